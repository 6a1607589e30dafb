import seedrandom from 'seedrandom'
import { quantile } from 'simple-statistics'
import { cholesky } from './linalg.js'

function gaussian(random) {
  const u = 1 - random()
  const v = random()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
}

// Arithmetic-average Asian call: 1e6 paths x 252 steps, all on the calling thread.
export function asianCall({ spot, strike, rate, vol, years, paths = 1_000_000, steps = 252, seed = 'desk' }) {
  const random = seedrandom(seed)
  const dt = years / steps
  const drift = (rate - 0.5 * vol * vol) * dt
  const diffusion = vol * Math.sqrt(dt)
  let payoffSum = 0
  for (let p = 0; p < paths; p++) {
    let price = spot
    let sum = 0
    for (let s = 0; s < steps; s++) {
      price *= Math.exp(drift + diffusion * gaussian(random))
      sum += price
    }
    payoffSum += Math.max(sum / steps - strike, 0)
  }
  return Math.exp(-rate * years) * (payoffSum / paths)
}

export function portfolioVaR({ weights, vols, correlation, horizonDays = 10, scenarios = 500_000, level = 0.99 }) {
  const random = seedrandom('var')
  const lower = cholesky(correlation)
  const losses = new Float64Array(scenarios)
  const scale = Math.sqrt(horizonDays / 252)
  for (let i = 0; i < scenarios; i++) {
    const z = weights.map(() => gaussian(random))
    let pnl = 0
    for (let a = 0; a < weights.length; a++) {
      let shock = 0
      for (let b = 0; b <= a; b++) shock += lower[a][b] * z[b]
      pnl += weights[a] * vols[a] * scale * shock
    }
    losses[i] = -pnl
  }
  return quantile(Array.from(losses), level)
}
