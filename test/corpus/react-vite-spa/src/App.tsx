import { Route, Routes } from 'react-router-dom'
import HabitList from './components/HabitList'
import HabitDetail from './components/HabitDetail'

export default function App() {
  return (
    <Routes>
      <Route path="/" element={<HabitList />} />
      <Route path="/habits/:id" element={<HabitDetail />} />
    </Routes>
  )
}
