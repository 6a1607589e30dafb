// The organisation's repositories through the REST API, filtered the way an audit wants them:
// archived, disabled and forked repositories left out unless asked for, a topic, a name pattern,
// a maximum count, and private ones the token cannot read set aside with the reason.
import picomatch from 'picomatch'
import { GitHubApiError, type RestClient } from './rest.js'

/** The fields of `GET /orgs/{org}/repos` items this module reads; anything else is ignored. */
export interface RepositoryRecord {
  full_name: string
  name: string
  archived?: boolean
  disabled?: boolean
  fork?: boolean
  private?: boolean
  visibility?: string
  topics?: string[]
  permissions?: { pull?: boolean }
}

export interface ListFilters {
  /** Keep repositories with any of these topics; empty keeps all. */
  topics?: string[]
  /** Keep repositories whose name (without the owner) matches any of these globs; empty keeps all. */
  names?: string[]
  includeArchived?: boolean
  includeForks?: boolean
  /** At most this many repositories, the first by name. */
  max?: number
}

export const DEFAULT_MAX_REPOSITORIES = 1000
const PROBE_CONCURRENCY = 4

export interface Exclusions {
  archived: number
  disabled: number
  fork: number
  topic: number
  name: number
  limit: number
}

export interface Listing {
  /** `owner/name`, sorted, that the token can read. */
  repositories: string[]
  /** Selected, but the token cannot read them. */
  unreadable: { repository: string; reason: string }[]
  /** How many the filters left out, by filter. */
  excluded: Exclusions
  /** Repositories the organisation listed. */
  listed: number
}

/** The filters alone, on records already fetched: pure, in name order. */
export function selectRepositories(
  records: readonly RepositoryRecord[],
  filters: ListFilters = {},
): { selected: RepositoryRecord[]; excluded: Exclusions } {
  const excluded: Exclusions = { archived: 0, disabled: 0, fork: 0, topic: 0, name: 0, limit: 0 }
  const topics = (filters.topics ?? []).map((t) => t.toLowerCase())
  const names = filters.names ?? []
  const nameMatches = names.length > 0 ? picomatch(names, { nocase: true, dot: true }) : undefined
  const unique = new Map<string, RepositoryRecord>()
  for (const record of records) {
    if (typeof record?.full_name === 'string') unique.set(record.full_name.toLowerCase(), record)
  }
  const kept: RepositoryRecord[] = []
  for (const record of [...unique.values()].sort((a, b) =>
    compareNames(a.full_name, b.full_name),
  )) {
    if (record.archived && !filters.includeArchived) excluded.archived++
    else if (record.disabled) excluded.disabled++
    else if (record.fork && !filters.includeForks) excluded.fork++
    else if (
      topics.length > 0 &&
      !(record.topics ?? []).some((t) => topics.includes(t.toLowerCase()))
    )
      excluded.topic++
    else if (nameMatches && !nameMatches(record.name ?? record.full_name.split('/').pop() ?? ''))
      excluded.name++
    else kept.push(record)
  }
  const max = filters.max ?? DEFAULT_MAX_REPOSITORIES
  excluded.limit = Math.max(0, kept.length - max)
  return { selected: kept.slice(0, max), excluded }
}

function compareNames(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? -1 : x > y ? 1 : 0
}

/**
 * Lists `org`'s repositories, applies the filters, and asks about each private or internal one
 * whether the token can read it (a listing can name repositories that SAML single sign-on or a
 * fine-grained token's selection then refuses).
 */
export async function listOrgRepositories(
  client: RestClient,
  org: string,
  filters: ListFilters = {},
): Promise<Listing> {
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(org))
    throw new Error(`'${org}' is not an organisation name`)
  let records: RepositoryRecord[]
  try {
    records = await client.paginate<RepositoryRecord>(
      `orgs/${org}/repos?type=all&sort=full_name&per_page=100`,
    )
  } catch (err) {
    if (
      err instanceof GitHubApiError &&
      (err.status === 401 || err.status === 403 || err.status === 404)
    ) {
      throw new Error(
        `could not list the repositories of ${org} (${err.message}): the token needs read access to the organisation's repositories (Metadata: read)`,
      )
    }
    throw err
  }
  const { selected, excluded } = selectRepositories(records, filters)
  const verdicts = await mapLimited(selected, PROBE_CONCURRENCY, (record) =>
    readable(client, record),
  )
  const repositories: string[] = []
  const unreadable: Listing['unreadable'] = []
  selected.forEach((record, i) => {
    const reason = verdicts[i]
    if (reason === undefined) repositories.push(record.full_name)
    else unreadable.push({ repository: record.full_name, reason })
  })
  return { repositories, unreadable, excluded, listed: records.length }
}

/** Undefined when the token can read the repository, else why not. */
async function readable(client: RestClient, record: RepositoryRecord): Promise<string | undefined> {
  if (record.permissions && record.permissions.pull === false)
    return 'the token has no read access to it'
  const isPublic = record.private === false && (record.visibility ?? 'public') === 'public'
  if (isPublic) return undefined
  try {
    await client.request(
      'GET',
      `repos/${record.full_name.split('/').map(encodeURIComponent).join('/')}`,
    )
    return undefined
  } catch (err) {
    if (err instanceof GitHubApiError && err.status >= 400 && err.status < 500)
      return `the token cannot read it (${err.message})`
    throw err
  }
}

async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
