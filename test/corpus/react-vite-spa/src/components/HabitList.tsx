import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { format } from 'date-fns'
import { Link } from 'react-router-dom'
import { fetchHabits, markDone } from '../api/habits'

export default function HabitList() {
  const queryClient = useQueryClient()
  const { data: habits = [], isLoading } = useQuery({ queryKey: ['habits'], queryFn: fetchHabits })
  const today = format(new Date(), 'yyyy-MM-dd')
  const done = useMutation({
    mutationFn: (id: string) => markDone(id, today),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['habits'] }),
  })
  if (isLoading) return <p>Loading…</p>
  return (
    <ul>
      {habits.map((h) => (
        <li key={h.id}>
          <Link to={`/habits/${h.id}`}>{h.name}</Link>
          <button disabled={h.doneDates.includes(today)} onClick={() => done.mutate(h.id)}>
            Done today
          </button>
        </li>
      ))}
    </ul>
  )
}
