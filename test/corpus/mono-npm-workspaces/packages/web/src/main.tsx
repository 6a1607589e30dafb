import { createRoot } from 'react-dom/client'
import { Board } from './Board'

createRoot(document.getElementById('root')!).render(<Board id="default" />)
