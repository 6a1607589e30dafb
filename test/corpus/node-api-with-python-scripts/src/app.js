import Fastify from 'fastify'
import jwt from '@fastify/jwt'
import mysql from 'mysql2/promise'

const pool = mysql.createPool(process.env.DATABASE_URL ?? 'mysql://clinic@localhost/clinic')
const app = Fastify({ logger: true })
app.register(jwt, { secret: process.env.JWT_SECRET ?? 'dev' })
app.addHook('onRequest', (req) => req.jwtVerify())

app.get('/appointments', async (req) => {
  const [rows] = await pool.query(
    'select id, patient_id, doctor_id, starts_at from appointments where doctor_id = ? and starts_at >= now() order by starts_at',
    [req.user.doctorId],
  )
  return rows
})

app.post('/appointments', async (req, reply) => {
  const { patientId, startsAt } = req.body
  const [result] = await pool.execute('insert into appointments (patient_id, doctor_id, starts_at) values (?, ?, ?)', [
    patientId,
    req.user.doctorId,
    startsAt,
  ])
  reply.code(201).send({ id: result.insertId })
})

await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' })
