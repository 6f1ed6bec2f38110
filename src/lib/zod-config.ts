import { config } from 'zod/v4/core'

/**
 * zod probes at start-up whether it may compile parsers with `new Function`; under our CSP
 * (`script-src 'self'`, no 'unsafe-eval') that probe is a reported violation. Parsing without code
 * generation is plenty fast for API responses. Imported first by main.tsx, before any schema exists.
 */
config({ jitless: true })
