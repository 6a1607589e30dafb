// Development only: hammers the consume endpoint to check Redis latency.
import autocannon from 'autocannon'

const result = await autocannon({
  url: 'http://localhost:3000/quota/acme/consume',
  method: 'POST',
  connections: 50,
  duration: 20,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ cost: 1 }),
})
console.log(autocannon.printResult(result))
