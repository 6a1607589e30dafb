import { TestBed } from '@angular/core/testing'
import { provideHttpClient } from '@angular/common/http'
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing'
import { FlightService } from './flight.service'

describe('FlightService', () => {
  it('asks the API for upcoming flights', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] })
    TestBed.inject(FlightService).upcoming().subscribe()
    const req = TestBed.inject(HttpTestingController).expectOne((r) => r.url.endsWith('/flights?upcoming=true'))
    expect(req.request.method).toBe('GET')
  })
})
