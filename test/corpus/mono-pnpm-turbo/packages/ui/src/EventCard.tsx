import { useState } from 'react'

export function EventCard(props: { href: string; title: string; startsAt: string; venue: string }) {
  const [saved, setSaved] = useState(false)
  return (
    <a className="event-card" href={props.href}>
      <h3>{props.title}</h3>
      <time dateTime={props.startsAt}>{new Date(props.startsAt).toDateString()}</time>
      <span>{props.venue}</span>
      <button onClick={(e) => { e.preventDefault(); setSaved(!saved) }}>{saved ? '★' : '☆'}</button>
    </a>
  )
}
