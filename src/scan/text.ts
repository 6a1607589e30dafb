// Turns raw bytes into text the parsers can trust, or says why it cannot.

export type DecodedText =
  | {
      ok: true
      text: string
      /** For UTF-8: the bytes the text was decoded from, without the byte-order mark. */
      utf8?: Uint8Array
    }
  | { ok: false; reason: 'binary' }

const UTF8 = new TextDecoder('utf-8')
const utf16le = new TextDecoder('utf-16le')
const utf16be = new TextDecoder('utf-16be')

/**
 * Decodes UTF-8 (with or without a byte-order mark) and BOM-marked UTF-16.
 * A NUL byte in the first 8 KiB of non-UTF-16 content marks the file as binary.
 * CRLF and lone CR become LF so every parser sees one line ending.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  let text: string
  let utf8: Uint8Array | undefined
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = utf16le.decode(bytes.subarray(2))
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = utf16be.decode(bytes.subarray(2))
  else {
    const head = bytes.subarray(0, 8192)
    if (head.includes(0)) return { ok: false, reason: 'binary' }
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
    utf8 = bytes.subarray(start)
    text = UTF8.decode(utf8)
  }
  return {
    ok: true,
    text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text,
    ...(utf8 ? { utf8 } : {}),
  }
}

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}
