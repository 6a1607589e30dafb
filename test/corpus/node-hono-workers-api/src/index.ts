import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { links } from './routes/links'

export type Env = { Bindings: { LINKS: KVNamespace } }

const app = new Hono<Env>()
app.use('/api/*', cors())
app.route('/api/links', links)

app.get('/:code', async (c) => {
  const target = await c.env.LINKS.get(c.req.param('code'))
  return target ? c.redirect(target, 301) : c.notFound()
})

export default app
