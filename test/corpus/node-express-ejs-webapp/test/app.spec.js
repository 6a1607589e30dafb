const request = require('supertest')
const { expect } = require('chai')
const app = require('../app')

describe('GET /', () => {
  it('redirects to the bookings page', async () => {
    const res = await request(app).get('/')
    expect(res.status).to.equal(302)
    expect(res.headers.location).to.equal('/bookings')
  })
})
