import Image from 'next/image'
import Link from 'next/link'

export default function ProductCard({ product }) {
  return (
    <Link href={`/products/${product.slug}`} className="card">
      <Image src={product.image} alt={product.name} width={320} height={320} />
      <h2>{product.name}</h2>
      <span>€{(product.priceCents / 100).toFixed(2)}</span>
    </Link>
  )
}
