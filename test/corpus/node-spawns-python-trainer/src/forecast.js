import { spawn } from 'node:child_process'

// The model lives in ../training (Python); Node only starts it and reads its JSON answer.
export function runForecast(storeId, days = 7) {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['training/forecast.py', '--store', String(storeId), '--days', String(days)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`forecast exited ${code}`))))
  })
}
