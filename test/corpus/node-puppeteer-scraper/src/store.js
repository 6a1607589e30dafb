import Database from 'better-sqlite3'

const db = new Database(process.env.DB_PATH ?? 'prices.db')
db.exec(`create table if not exists prices (site text, sku text, title text, price real, seen_at text,
         primary key (site, sku))`)

const select = db.prepare('select price from prices where site = ? and sku = ?')
const upsert = db.prepare(`insert into prices values (@site, @sku, @title, @price, datetime('now'))
  on conflict(site, sku) do update set price = excluded.price, title = excluded.title, seen_at = excluded.seen_at`)

export function recordPrice(site, item) {
  const previous = select.get(site, item.sku)
  upsert.run({ site, ...item })
  if (previous && previous.price !== item.price) return { site, ...item, old: previous.price }
  return null
}
