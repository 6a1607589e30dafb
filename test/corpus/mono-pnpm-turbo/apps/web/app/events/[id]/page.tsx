import { notFound } from 'next/navigation'

export default async function EventPage({ params }: { params: { id: string } }) {
  const res = await fetch(`${process.env.API_URL}/events/${params.id}`, { cache: 'no-store' })
  if (res.status === 404) notFound()
  const event = await res.json()
  return (
    <article>
      <h1>{event.title}</h1>
      <p>{event.venue}</p>
      <p>{new Date(event.startsAt).toLocaleString('en-GB')}</p>
    </article>
  )
}
