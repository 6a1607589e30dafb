const CMS = process.env.CMS_URL ?? 'https://cms.fernwood.example'

export async function listProducts({ category }) {
  const url = new URL('/products', CMS)
  if (category) url.searchParams.set('category', category)
  const res = await fetch(url)
  return res.ok ? res.json() : []
}

export async function getProduct(slug) {
  const res = await fetch(new URL(`/products/${encodeURIComponent(slug)}`, CMS))
  return res.ok ? res.json() : null
}
