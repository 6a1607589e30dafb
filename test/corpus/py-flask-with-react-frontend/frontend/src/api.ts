export interface Task {
  id: number
  title: string
  done: boolean
}

function headers(): HeadersInit {
  return {
    'Content-Type': 'application/json',
    Authorization: `Bearer ${localStorage.getItem('token') ?? ''}`,
  }
}

export async function fetchTasks(): Promise<Task[]> {
  const res = await fetch('/api/tasks', { headers: headers() })
  if (!res.ok) throw new Error(`tasks: ${res.status}`)
  return res.json()
}

export async function addTask(title: string): Promise<Task> {
  const res = await fetch('/api/tasks', { method: 'POST', headers: headers(), body: JSON.stringify({ title }) })
  return res.json()
}

export async function toggleTask(id: number): Promise<Task> {
  const res = await fetch(`/api/tasks/${id}`, { method: 'PATCH', headers: headers() })
  return res.json()
}
