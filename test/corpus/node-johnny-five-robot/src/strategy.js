const WHITE = 300

// Back off the ring edge first, charge when the opponent is close, otherwise spin to search.
function nextMove({ left, right, distance }) {
  if (left < WHITE && right < WHITE) return { left: -255, right: -255 }
  if (left < WHITE) return { left: 200, right: -255 }
  if (right < WHITE) return { left: -255, right: 200 }
  if (distance < 40) return { left: 255, right: 255 }
  return { left: 120, right: -120 }
}

module.exports = { nextMove }
