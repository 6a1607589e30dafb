require('dotenv').config()

const name = process.env.GREETING_NAME || 'world'
console.log(`Hello, ${name}!`)
