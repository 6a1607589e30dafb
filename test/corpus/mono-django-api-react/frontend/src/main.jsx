import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'
import Books from './Books.jsx'

createRoot(document.getElementById('root')).render(
  <QueryClientProvider client={new QueryClient()}>
    <Books />
  </QueryClientProvider>,
)
