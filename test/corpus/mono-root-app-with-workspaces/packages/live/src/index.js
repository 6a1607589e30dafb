import Redis from 'ioredis'

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379')

export function publishVote(pollId, tally) {
  return redis.publish(`poll:${pollId}`, JSON.stringify(tally))
}
