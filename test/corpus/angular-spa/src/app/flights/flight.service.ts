import { HttpClient } from '@angular/common/http'
import { Injectable, inject } from '@angular/core'
import { Observable } from 'rxjs'
import { environment } from '../../environments/environment'

export interface Flight {
  number: string
  departs: string
  crew: string[]
}

@Injectable({ providedIn: 'root' })
export class FlightService {
  private http = inject(HttpClient)

  upcoming(): Observable<Flight[]> {
    return this.http.get<Flight[]>(`${environment.apiUrl}/flights?upcoming=true`)
  }
}
