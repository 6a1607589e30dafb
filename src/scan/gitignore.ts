// Git's ignore rules: one compiled matcher per ignore file, tested deepest first the way git does.

import type ignore from 'ignore'

/**
 * The `ignore` package, loaded by loadIgnoreRules(): an empty repository never compiles a rule, and
 * its start-up then skips loading and compiling the package's code.
 */
let ignoreFactory: typeof ignore | undefined

/** Loads the `ignore` package; the functions below that compile rules need it loaded first. */
export async function loadIgnoreRules(): Promise<void> {
  ignoreFactory ??= (await import('ignore')).default
}

function newMatcher(): ignore.Ignore {
  if (!ignoreFactory) throw new Error('gitignore rules compiled before loadIgnoreRules()')
  return ignoreFactory({ ignorecase: false })
}

/** The rules of one ignore file (or the user's globs), relative to the directory they belong to. */
export interface IgnoreLevel {
  /** Repository-relative directory the patterns are relative to, '' for the root. */
  dir: string
  /** Shown in skip details, e.g. `src/.gitignore`. */
  label: string
  matcher: ignore.Ignore
  /**
   * Set when every rule is a plain name rule (no slash but a trailing one, no negation, no
   * escape): a path's own match then depends on its name alone. Shared by the copies
   * scopedToDirectory makes, so each name and each directory is tested once per walk.
   */
  byName?: NameAnswers
}

export interface IgnoreMatch {
  /** e.g. `src/.gitignore:3 (build/)`. */
  detail: string
}

/** Compiles the text of one ignore file; each rule remembers its line for the skip detail. */
export function compileIgnoreFile(dir: string, label: string, text: string): IgnoreLevel {
  const patterns: ignore.PatternParams[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.trim() === '' || line.startsWith('#')) continue
    patterns.push({ pattern: line, mark: String(i + 1) })
  }
  const matcher = newMatcher().add(patterns)
  return patterns.every((p) => isNameRule(p.pattern))
    ? { dir, label, matcher, byName: { names: new Map(), dirs: new Map() } }
    : { dir, label, matcher }
}

/**
 * A rule that matches a path by its last segment only, as git does for a pattern with no slash
 * (a trailing one only marks a directory rule). Negations and escapes are left to the general path.
 */
function isNameRule(pattern: string): boolean {
  const body = pattern.trimEnd()
  if (body === '' || body.startsWith('!') || body.includes('\\')) return false
  const name = body.endsWith('/') ? body.slice(0, -1) : body
  return name !== '' && !name.includes('/')
}

/** Compiles user-supplied globs with gitignore semantics, relative to the root. */
export function compileIgnoreGlobs(label: string, globs: readonly string[]): IgnoreLevel {
  // Users write `./scratch/` as often as `scratch/`; git has no such form, so drop the `./`.
  const patterns = globs.map((glob) => glob.trim().replace(/^(!?)(?:\.\/)+/, '$1'))
  return { dir: '', label, matcher: newMatcher().add(patterns) }
}

/**
 * The same levels with a fresh result cache each, for testing the entries of one directory. The
 * `ignore` package caches the answer for every path it is asked about, and for all its parents;
 * over a whole walk that cache would hold every path of the repository. A copy shares the
 * compiled rules (`add` of an instance takes its rules as they are), so making one is cheap, and
 * its cache is dropped with the directory.
 */
export function scopedToDirectory(levels: readonly IgnoreLevel[]): IgnoreLevel[] {
  return levels.map((level) => ({
    ...level,
    matcher: newMatcher().add(level.matcher),
  }))
}

function relativeTo(dir: string, path: string): string | undefined {
  if (dir === '') return path
  return path.startsWith(dir) && path.charCodeAt(dir.length) === 47
    ? path.slice(dir.length + 1)
    : undefined
}

/**
 * Whether a path is ignored by the levels in force for it (outermost first). Like git, the
 * deepest level with a matching rule decides, and a negated rule there re-includes the path.
 * Callers prune ignored directories, so a path's parents are known not to be ignored.
 */
export function matchIgnored(
  levels: readonly IgnoreLevel[],
  path: string,
  isDirectory: boolean,
): IgnoreMatch | undefined {
  for (let i = levels.length - 1; i >= 0; i--) {
    const level = levels[i]!
    const relative = relativeTo(level.dir, path)
    if (relative === undefined || relative === '') continue
    const result = level.byName
      ? testByName(level, level.byName, relative, isDirectory)
      : level.matcher.test(isDirectory ? `${relative}/` : relative)
    if (result.unignored) return undefined
    if (result.ignored) {
      const rule = result.rule
      const where = rule?.mark ? `${level.label}:${rule.mark}` : level.label
      return { detail: rule ? `${where} (${rule.pattern.trim()})` : where }
    }
  }
  return undefined
}

/** Answers of a level of name rules: by name (`x` or `x/`), and by directory (`a/b/`). */
interface NameAnswers {
  names: Map<string, ignore.TestResult>
  dirs: Map<string, ignore.TestResult>
}

/**
 * What `level.matcher.test` answers for a level of name rules only, without testing the whole
 * path: the `ignore` package answers for the path's directory first (an ignored directory settles
 * it, the directory's own answer found the same way), then tests the path, where a name rule sees
 * only the last segment.
 */
function testByName(
  level: IgnoreLevel,
  answers: NameAnswers,
  relative: string,
  isDirectory: boolean,
): ignore.TestResult {
  const slash = relative.lastIndexOf('/')
  if (slash >= 0) {
    const dir = relative.slice(0, slash + 1)
    let parent = answers.dirs.get(dir)
    if (parent === undefined) {
      parent = testByName(level, answers, relative.slice(0, slash), true)
      answers.dirs.set(dir, parent)
    }
    if (parent.ignored) return parent
  }
  const name = slash >= 0 ? relative.slice(slash + 1) : relative
  const key = isDirectory ? `${name}/` : name
  let result = answers.names.get(key)
  if (result === undefined) {
    result = level.matcher.test(key)
    answers.names.set(key, result)
  }
  return result
}
