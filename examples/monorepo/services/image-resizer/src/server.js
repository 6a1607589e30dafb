import express from 'express'
import multer from 'multer'
import { renditions } from './renditions.js'

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 25 * 1024 * 1024 } })
export const app = express()

// Every upload is decoded and re-encoded five times right here, in the request.
app.post('/photos', upload.single('photo'), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'photo is required' })
  const outputs = await renditions(req.file.buffer)
  res.json(outputs)
})

if (process.env.NODE_ENV !== 'test') app.listen(Number(process.env.PORT ?? 4000))
