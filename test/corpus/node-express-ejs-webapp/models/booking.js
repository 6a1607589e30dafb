const mongoose = require('mongoose')

const bookingSchema = new mongoose.Schema({
  name: { type: String, required: true },
  room: { type: String, enum: ['Main hall', 'Kitchen', 'Meeting room'], required: true },
  start: { type: Date, required: true },
  end: { type: Date, required: true },
})

module.exports = mongoose.model('Booking', bookingSchema)
