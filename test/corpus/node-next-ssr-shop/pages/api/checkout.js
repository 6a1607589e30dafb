import Stripe from 'stripe'
import { getProduct } from '../../lib/catalog'

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY)

export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end()
  const product = await getProduct(req.body.slug)
  if (!product) return res.status(404).end()
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: product.stripePriceId, quantity: 1 }],
    success_url: `${process.env.SITE_URL}/thanks`,
    cancel_url: `${process.env.SITE_URL}/products/${product.slug}`,
  })
  res.redirect(303, session.url)
}
