import { createHash } from 'node:crypto'
import OpenAI from 'openai'
import Redis from 'ioredis'

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY })
const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379')

// The model runs at the provider; this service only builds the prompt and caches the answer.
export async function suggestRecipes({ ingredients, diet }) {
  const key = 'suggest:' + createHash('sha256').update(JSON.stringify([ingredients.sort(), diet])).digest('hex')
  const cached = await redis.get(key)
  if (cached) return JSON.parse(cached)
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    response_format: { type: 'json_object' },
    messages: [
      { role: 'system', content: 'Suggest three recipes as JSON {"recipes":[{"title","steps":[]}]} using mostly the given ingredients.' },
      { role: 'user', content: `Ingredients: ${ingredients.join(', ')}. Diet: ${diet ?? 'none'}.` },
    ],
  })
  const answer = JSON.parse(completion.choices[0].message.content)
  await redis.set(key, JSON.stringify(answer), 'EX', 86_400)
  return answer
}
