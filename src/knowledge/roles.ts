// Kept apart from the schemas so code that only names roles loads no schema library.

/** What a catalogued package is, where the evidence should say so. */
export const PACKAGE_ROLES = {
  /** Sends requests to a hosted model or AI service: I/O-bound integration work, not ML in the process. */
  'hosted-ai': 'calls a hosted AI API',
  /** Builds or loads compiled code (C, C++, Rust, WebAssembly) for the package. */
  native: 'compiled code',
  /** Builds an API on a web framework (Django REST framework on Django): the framework is its carrier. */
  'api-layer': 'an API layer on a web framework',
  /**
   * Renders pages on a server or builds them ahead (Next.js, Nuxt, Astro, SvelteKit). Without server
   * code of the component's own it builds a frontend, and its weight counts for the frontend.
   */
  'site-framework': 'a full-stack web framework',
  /**
   * Builds a static site from Markdown and templates (Hexo). Without server code of the component's
   * own its weight counts for the frontend, as a site framework's does.
   */
  'site-generator': 'a static-site generator',
  /**
   * Fills templates (Jinja2, EJS, Pug). Pages a server renders with it are server-side rendering;
   * without server code of the component's own it writes files (reports, configs, static pages).
   */
  'template-engine': 'a template engine',
} as const
