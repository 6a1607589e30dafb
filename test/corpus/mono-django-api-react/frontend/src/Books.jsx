import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'

const API = import.meta.env.VITE_API_URL ?? 'http://localhost:8000/api'

export default function Books() {
  const [shelf, setShelf] = useState('')
  const { data, isLoading } = useQuery({
    queryKey: ['books', shelf],
    queryFn: () => fetch(`${API}/books/?${shelf ? `shelf=${shelf}` : ''}`).then((r) => r.json()),
  })
  return (
    <main>
      <input placeholder="Shelf" value={shelf} onChange={(e) => setShelf(e.target.value)} />
      {isLoading ? <p>Loading…</p> : (
        <ul>
          {data.results.map((b) => (
            <li key={b.id}>{b.title} — {b.author}</li>
          ))}
        </ul>
      )}
    </main>
  )
}
