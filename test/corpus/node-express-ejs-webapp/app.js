const path = require('path')
const express = require('express')
const session = require('express-session')
const flash = require('connect-flash')
const methodOverride = require('method-override')
const morgan = require('morgan')
const mongoose = require('mongoose')
const bookings = require('./routes/bookings')

const app = express()
app.set('view engine', 'ejs')
app.set('views', path.join(__dirname, 'views'))
app.use(morgan('tiny'))
app.use(express.urlencoded({ extended: false }))
app.use(methodOverride('_method'))
app.use(express.static(path.join(__dirname, 'public')))
app.use(session({ secret: process.env.SESSION_SECRET || 'dev', resave: false, saveUninitialized: false }))
app.use(flash())
app.use((req, res, next) => {
  res.locals.messages = req.flash('info')
  next()
})

app.get('/', (req, res) => res.redirect('/bookings'))
app.use('/bookings', bookings)

if (require.main === module) {
  mongoose.connect(process.env.MONGO_URL || 'mongodb://localhost/parish').then(() => {
    app.listen(process.env.PORT || 3000)
  })
}

module.exports = app
