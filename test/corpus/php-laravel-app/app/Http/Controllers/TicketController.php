<?php

namespace App\Http\Controllers;

use App\Models\Ticket;
use Illuminate\Http\Request;

class TicketController extends Controller
{
    public function index()
    {
        return view('tickets.index', ['tickets' => Ticket::latest()->paginate(25)]);
    }

    public function show(Ticket $ticket)
    {
        return view('tickets.show', compact('ticket'));
    }

    public function create()
    {
        return view('tickets.create');
    }

    public function store(Request $request)
    {
        $data = $request->validate(['subject' => 'required|max:200', 'body' => 'required']);
        $ticket = Ticket::create($data + ['status' => 'open']);
        return redirect()->route('tickets.show', $ticket);
    }
}
