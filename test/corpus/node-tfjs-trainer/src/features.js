export const FEATURES = ['tenureMonths', 'monthlySpend', 'supportTickets', 'logins30d', 'discounted']

export function toRow(customer) {
  return FEATURES.map((f) => Number(customer[f]) || 0)
}

export function standardize(rows) {
  const cols = rows[0].length
  const mean = Array(cols).fill(0)
  const std = Array(cols).fill(0)
  for (const r of rows) r.forEach((v, i) => (mean[i] += v / rows.length))
  for (const r of rows) r.forEach((v, i) => (std[i] += (v - mean[i]) ** 2 / rows.length))
  const scale = std.map((s) => Math.sqrt(s) || 1)
  return { mean, scale, rows: rows.map((r) => r.map((v, i) => (v - mean[i]) / scale[i])) }
}
