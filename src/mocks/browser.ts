import { setupWorker } from 'msw/browser'

import { handlers } from './handlers'

/** The mock backend in the browser (dev server and demo build only; imported dynamically by main.tsx). */
export const worker = setupWorker(...handlers)
