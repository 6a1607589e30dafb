import { request } from 'undici'

export async function nextTracks(trackId) {
  const { statusCode, body } = await request(`${process.env.RECOMMENDER_URL}/next?track=${encodeURIComponent(trackId)}`)
  if (statusCode !== 200) return []
  const { tracks } = await body.json()
  return tracks
}
