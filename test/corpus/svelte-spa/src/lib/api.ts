export interface Prediction {
  time: string
  height: number
}

const BASE = 'https://tides.example.org/api/v1'

export async function stations(): Promise<{ id: string; name: string }[]> {
  return (await fetch(`${BASE}/stations`)).json()
}

export async function predictions(id: string, days = 3): Promise<Prediction[]> {
  return (await fetch(`${BASE}/stations/${id}/predictions?days=${days}`)).json()
}
