import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router-dom'
import { expect, it } from 'vitest'
import HabitList from './HabitList'

it('shows a loading state first', () => {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <HabitList />
      </MemoryRouter>
    </QueryClientProvider>,
  )
  expect(screen.getByText('Loading…')).toBeTruthy()
})
