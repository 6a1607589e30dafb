import Head from 'next/head'
import { getProduct } from '../../lib/catalog'

export async function getServerSideProps({ params }) {
  const product = await getProduct(params.slug)
  if (!product) return { notFound: true }
  return { props: { product } }
}

export default function ProductPage({ product }) {
  return (
    <>
      <Head>
        <title>{product.name} — Fernwood</title>
        <meta name="description" content={product.summary} />
      </Head>
      <article>
        <h1>{product.name}</h1>
        <p>{product.summary}</p>
        <form action="/api/checkout" method="POST">
          <input type="hidden" name="slug" value={product.slug} />
          <button type="submit">Buy for €{(product.priceCents / 100).toFixed(2)}</button>
        </form>
      </article>
    </>
  )
}
