import { sql } from '../db.js'

export const resolvers = {
  Query: {
    trail: async (_, { id }) => (await sql`select * from trails where id = ${id}`)[0],
    trails: (_, { region, difficulty, limit }) => sql`
      select * from trails
      where (${region ?? null}::int is null or region_id = ${region ?? null})
        and (${difficulty ?? null}::text is null or difficulty = ${difficulty ?? null})
      order by name limit ${limit}`,
    regions: () => sql`select * from regions order by name`,
  },
  Region: {
    trails: (region, { limit }) => sql`select * from trails where region_id = ${region.id} limit ${limit}`,
  },
}

// Batched per request so a list of trails costs one region query.
export const loaders = {
  Trail: {
    async region(queries) {
      const ids = queries.map(({ obj }) => obj.region_id)
      const rows = await sql`select * from regions where id in ${sql(ids)}`
      return ids.map((id) => rows.find((r) => r.id === id))
    },
  },
}
