import Link from 'next/link'
import ProductCard from '../components/ProductCard'
import { listProducts } from '../lib/catalog'

export async function getServerSideProps({ query }) {
  const products = await listProducts({ category: query.category ?? null })
  return { props: { products } }
}

export default function Home({ products }) {
  return (
    <main>
      <h1>Fernwood Ceramics</h1>
      <nav>
        <Link href="/?category=mugs">Mugs</Link> · <Link href="/?category=plates">Plates</Link>
      </nav>
      <section className="grid">
        {products.map((p) => (
          <ProductCard key={p.slug} product={p} />
        ))}
      </section>
    </main>
  )
}
