<x-layout>
    <h1>Tickets</h1>
    <a href="{{ route('tickets.create') }}">New ticket</a>
    <ul>
        @foreach ($tickets as $ticket)
            <li><a href="{{ route('tickets.show', $ticket) }}">{{ $ticket->subject }}</a> — {{ $ticket->status }}</li>
        @endforeach
    </ul>
    {{ $tickets->links() }}
</x-layout>
