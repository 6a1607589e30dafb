import seedrandom from 'seedrandom'

function distance(a, b) {
  const dx = a.lat - b.lat
  const dy = (a.lng - b.lng) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180))
  return Math.sqrt(dx * dx + dy * dy) * 111.32
}

function tourLength(order, stops) {
  let total = 0
  for (let i = 1; i < order.length; i++) total += distance(stops[order[i - 1]], stops[order[i]])
  return total
}

export default function anneal({ stops, iterations, seed = 'routes' }) {
  const random = seedrandom(seed)
  let order = stops.map((_, i) => i)
  let best = order.slice()
  let current = tourLength(order, stops)
  let bestLength = current
  let temperature = 10
  for (let step = 0; step < iterations; step++) {
    const i = 1 + Math.floor(random() * (order.length - 2))
    const j = i + 1 + Math.floor(random() * (order.length - i - 1))
    const candidate = order.slice(0, i).concat(order.slice(i, j + 1).reverse(), order.slice(j + 1))
    const length = tourLength(candidate, stops)
    if (length < current || random() < Math.exp((current - length) / temperature)) {
      order = candidate
      current = length
      if (length < bestLength) {
        best = candidate
        bestLength = length
      }
    }
    temperature *= 0.99997
  }
  return { order: best, km: Math.round(bestLength * 10) / 10 }
}
