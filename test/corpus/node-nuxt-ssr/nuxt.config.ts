export default defineNuxtConfig({
  ssr: true,
  modules: ['@nuxt/content'],
  routeRules: { '/articles/**': { swr: 600 } },
  runtimeConfig: { cmsToken: '', public: { siteName: 'Field Notes' } },
})
