export const schema = `
  type Trail {
    id: ID!
    name: String!
    lengthKm: Float!
    difficulty: Difficulty!
    region: Region!
  }

  type Region {
    id: ID!
    name: String!
    trails(limit: Int = 20): [Trail!]!
  }

  enum Difficulty { EASY MODERATE HARD }

  type Query {
    trail(id: ID!): Trail
    trails(region: ID, difficulty: Difficulty, limit: Int = 20): [Trail!]!
    regions: [Region!]!
  }
`
