import { Routes } from '@angular/router'
import { FlightListComponent } from './flights/flight-list.component'

export const routes: Routes = [
  { path: '', component: FlightListComponent },
  { path: '**', redirectTo: '' },
]
