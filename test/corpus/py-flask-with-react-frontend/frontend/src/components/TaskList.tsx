import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { addTask, fetchTasks, toggleTask } from '../api'

export function TaskList() {
  const client = useQueryClient()
  const [title, setTitle] = useState('')
  const tasks = useQuery({ queryKey: ['tasks'], queryFn: fetchTasks })
  const refresh = () => client.invalidateQueries({ queryKey: ['tasks'] })
  const add = useMutation({ mutationFn: addTask, onSuccess: refresh })
  const toggle = useMutation({ mutationFn: toggleTask, onSuccess: refresh })

  if (tasks.isLoading) return <p>Loading…</p>
  if (tasks.isError) return <p>Could not load tasks.</p>
  return (
    <main>
      <form onSubmit={(e) => { e.preventDefault(); add.mutate(title); setTitle('') }}>
        <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="New task" />
      </form>
      <ul>
        {tasks.data?.map((t) => (
          <li key={t.id} onClick={() => toggle.mutate(t.id)} style={{ textDecoration: t.done ? 'line-through' : 'none' }}>
            {t.title}
          </li>
        ))}
      </ul>
    </main>
  )
}
