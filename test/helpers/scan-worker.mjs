// Starts the TypeScript entry point in a worker thread (tests only; the bundle needs no loader).
import { tsImport } from 'tsx/esm/api'

await tsImport('../../src/cli-entry.ts', import.meta.url)
