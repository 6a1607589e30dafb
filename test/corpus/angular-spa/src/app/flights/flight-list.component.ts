import { AsyncPipe, DatePipe } from '@angular/common'
import { Component, inject } from '@angular/core'
import { MatTableModule } from '@angular/material/table'
import { FlightService } from './flight.service'

@Component({
  selector: 'app-flight-list',
  standalone: true,
  imports: [AsyncPipe, DatePipe, MatTableModule],
  template: `
    <table mat-table [dataSource]="(flights$ | async) ?? []">
      <ng-container matColumnDef="number">
        <th mat-header-cell *matHeaderCellDef>Flight</th>
        <td mat-cell *matCellDef="let f">{{ f.number }}</td>
      </ng-container>
      <ng-container matColumnDef="departs">
        <th mat-header-cell *matHeaderCellDef>Departs</th>
        <td mat-cell *matCellDef="let f">{{ f.departs | date: 'short' }}</td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns"></tr>
    </table>
  `,
})
export class FlightListComponent {
  columns = ['number', 'departs']
  flights$ = inject(FlightService).upcoming()
}
