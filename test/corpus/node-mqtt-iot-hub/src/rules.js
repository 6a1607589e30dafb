const thresholds = require('../config/thresholds.json')

function decideVentilation(reading) {
  if (reading.temperature === undefined) return null
  if (reading.temperature > thresholds.openAbove || reading.humidity > thresholds.maxHumidity) return { vent: true }
  if (reading.temperature < thresholds.closeBelow) return { vent: false }
  return null
}

module.exports = { decideVentilation }
