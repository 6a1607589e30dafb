import middy from '@middy/core'
import jsonBodyParser from '@middy/http-json-body-parser'
import { PutCommand } from '@aws-sdk/lib-dynamodb'
import { ulid } from 'ulid'
import { documents, json, table } from '../lib/table.js'

async function join(event) {
  const { eventId } = event.pathParameters
  const { email, name } = event.body ?? {}
  if (!email) return json(400, { error: 'email is required' })
  const entry = { pk: `EVENT#${eventId}`, sk: `ENTRY#${ulid()}`, email, name, joinedAt: new Date().toISOString() }
  await documents.send(new PutCommand({ TableName: table, Item: entry }))
  return json(201, { position: entry.sk.slice(6) })
}

export const handler = middy(join).use(jsonBodyParser())
