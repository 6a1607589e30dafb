const express = require('express')
const dayjs = require('dayjs')
const Booking = require('../models/booking')

const router = express.Router()

router.get('/', async (req, res) => {
  const from = dayjs().startOf('day').toDate()
  const bookings = await Booking.find({ start: { $gte: from } }).sort('start').lean()
  res.render('bookings/index', { bookings, dayjs })
})

router.get('/new', (req, res) => res.render('bookings/new', { booking: {} }))

router.post('/', async (req, res) => {
  const booking = new Booking(req.body)
  try {
    await booking.save()
    req.flash('info', `Booked ${booking.room} for ${booking.name}`)
    res.redirect('/bookings')
  } catch (err) {
    res.status(422).render('bookings/new', { booking, error: err.message })
  }
})

router.delete('/:id', async (req, res) => {
  await Booking.findByIdAndDelete(req.params.id)
  res.redirect('/bookings')
})

module.exports = router
