import { QueryCommand } from '@aws-sdk/lib-dynamodb'
import { documents, json, table } from '../lib/table.js'

export async function handler(event) {
  const { eventId } = event.pathParameters
  const result = await documents.send(
    new QueryCommand({
      TableName: table,
      KeyConditionExpression: 'pk = :pk and begins_with(sk, :entry)',
      ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':entry': 'ENTRY#' },
      Limit: 100,
    }),
  )
  return json(200, result.Items.map(({ email, name, joinedAt }) => ({ email, name, joinedAt })))
}
