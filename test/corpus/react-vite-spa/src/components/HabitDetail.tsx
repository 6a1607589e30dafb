import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router-dom'
import { fetchHabit } from '../api/habits'

export default function HabitDetail() {
  const { id = '' } = useParams()
  const { data } = useQuery({ queryKey: ['habit', id], queryFn: () => fetchHabit(id) })
  if (!data) return null
  return (
    <section>
      <h1>{data.name}</h1>
      <p>{data.doneDates.length} days done</p>
    </section>
  )
}
