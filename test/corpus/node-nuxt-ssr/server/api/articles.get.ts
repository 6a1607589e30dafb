import { serverQueryContent } from '#content/server'

export default defineEventHandler(async (event) => {
  const articles = await serverQueryContent(event, 'articles').only(['_path', 'title', 'description', 'date']).sort({ date: -1 }).find()
  return articles.map((a) => ({ ...a, slug: a._path?.split('/').pop() }))
})
