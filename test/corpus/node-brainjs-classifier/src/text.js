import natural from 'natural'

const tokenizer = new natural.WordTokenizer()
export const TEAMS = ['billing', 'shipping', 'technical', 'account']

export function bagOfWords(text, vocabulary) {
  const stems = new Set(tokenizer.tokenize(text.toLowerCase()).map((t) => natural.PorterStemmer.stem(t)))
  return Object.fromEntries(vocabulary.map((word) => [word, stems.has(word) ? 1 : 0]))
}

export function buildVocabulary(texts, size = 400) {
  const counts = new Map()
  for (const text of texts) {
    for (const token of tokenizer.tokenize(text.toLowerCase())) {
      const stem = natural.PorterStemmer.stem(token)
      counts.set(stem, (counts.get(stem) ?? 0) + 1)
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, size).map(([w]) => w)
}
