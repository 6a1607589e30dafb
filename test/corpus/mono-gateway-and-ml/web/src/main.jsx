import React from 'react'
import { createRoot } from 'react-dom/client'
import Room from './Room.jsx'

createRoot(document.getElementById('root')).render(<Room roomId={location.hash.slice(1) || 'lobby'} />)
