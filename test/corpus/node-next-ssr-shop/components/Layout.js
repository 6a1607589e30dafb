import Link from 'next/link'

export default function Layout({ children }) {
  return (
    <>
      <header>
        <Link href="/">Fernwood</Link>
      </header>
      {children}
      <footer>Handmade in Porto</footer>
    </>
  )
}
