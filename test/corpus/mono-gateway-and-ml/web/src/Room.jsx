import { useEffect, useState } from 'react'
import { io } from 'socket.io-client'

const socket = io(import.meta.env.VITE_GATEWAY_URL ?? 'http://localhost:8080')

export default function Room({ roomId }) {
  const [track, setTrack] = useState(null)
  const [listeners, setListeners] = useState(0)
  useEffect(() => {
    socket.emit('room:join', roomId)
    socket.on('track:play', setTrack)
    socket.on('listeners', setListeners)
    return () => {
      socket.off('track:play', setTrack)
      socket.off('listeners', setListeners)
    }
  }, [roomId])
  return (
    <main>
      <h1>Room {roomId}</h1>
      <p>{listeners} listening</p>
      <p>Now playing: {track ?? '—'}</p>
    </main>
  )
}
