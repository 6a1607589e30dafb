import axios from 'axios'

export interface Habit {
  id: string
  name: string
  doneDates: string[]
}

const client = axios.create({ baseURL: '/api' })

export const fetchHabits = () => client.get<Habit[]>('/habits').then((r) => r.data)
export const fetchHabit = (id: string) => client.get<Habit>(`/habits/${id}`).then((r) => r.data)
export const markDone = (id: string, date: string) => client.post(`/habits/${id}/done`, { date })
