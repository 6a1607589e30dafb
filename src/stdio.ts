// Writing to standard output and error without building process.stdout or process.stderr: on a
// pipe that stream loads net and the stream modules, a few milliseconds of a short run's start-up.
import { writeSync } from 'node:fs'

/**
 * Writes the text to fd 1 or 2 as process.stdout.write or process.stderr.write would, in order with
 * their writes. On Linux those streams write files, pipes and terminals synchronously, so a direct
 * write keeps the order; elsewhere (a pipe on Windows is asynchronous), and for whatever a direct
 * write could not take (a full non-blocking pipe, a closed descriptor), the stream writes it.
 */
export function writeOutput(fd: 1 | 2, text: string): void {
  if (text === '') return
  const stream = () => (fd === 1 ? process.stdout : process.stderr)
  if (process.platform !== 'linux') {
    stream().write(text)
    return
  }
  const bytes = Buffer.from(text, 'utf8')
  let offset = 0
  try {
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset)
  } catch {
    // The stream takes the rest and reports its own errors, as it always did.
  }
  if (offset < bytes.length) stream().write(bytes.subarray(offset))
}
