import { EventCard } from '@eventful/ui'

export const revalidate = 60

async function upcoming() {
  const res = await fetch(`${process.env.API_URL}/events?upcoming=1`, { next: { revalidate: 60 } })
  return (await res.json()) as { id: string; title: string; startsAt: string; venue: string }[]
}

export default async function Home() {
  const events = await upcoming()
  return (
    <main>
      <h1>What’s on</h1>
      {events.map((e) => (
        <EventCard key={e.id} href={`/events/${e.id}`} title={e.title} startsAt={e.startsAt} venue={e.venue} />
      ))}
    </main>
  )
}
