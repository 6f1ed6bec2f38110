import { setupServer } from 'msw/node'

import { handlers } from './handlers'

/** The mock backend in Vitest: same handlers as the browser; faults via `server.use(scenarioHandler(...))`. */
export const server = setupServer(...handlers)
