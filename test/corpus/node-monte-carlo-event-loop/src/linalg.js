import { matrix, zeros } from 'mathjs'

export function cholesky(a) {
  const n = a.length
  const l = zeros(n, n).toArray()
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = 0
      for (let k = 0; k < j; k++) sum += l[i][k] * l[j][k]
      l[i][j] = i === j ? Math.sqrt(a[i][i] - sum) : (a[i][j] - sum) / l[j][j]
    }
  }
  return matrix(l).toArray()
}
