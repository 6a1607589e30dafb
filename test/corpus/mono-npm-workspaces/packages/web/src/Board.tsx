import { DndContext, type DragEndEvent } from '@dnd-kit/core'
import type { Card } from '@tasklane/shared'
import useSWR from 'swr'

const fetcher = (url: string) => fetch(url).then((r) => r.json())

export function Board({ id }: { id: string }) {
  const { data: cards = [], mutate } = useSWR<Card[]>(`/api/boards/${id}/cards`, fetcher)
  const onDragEnd = async (event: DragEndEvent) => {
    if (!event.over) return
    await fetch(`/api/cards/${event.active.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: event.over.id }),
    })
    mutate()
  }
  return (
    <DndContext onDragEnd={onDragEnd}>
      {(['todo', 'doing', 'done'] as const).map((status) => (
        <section key={status} id={status}>
          <h2>{status}</h2>
          {cards.filter((c) => c.status === status).map((c) => (
            <article key={c.id}>{c.title}</article>
          ))}
        </section>
      ))}
    </DndContext>
  )
}
