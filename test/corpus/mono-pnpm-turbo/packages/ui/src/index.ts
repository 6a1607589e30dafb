export { Button } from './Button'
export { EventCard } from './EventCard'
