import type { DevTools } from '#src/app/dev-tools-context'

import { DevPanel } from './dev-panel'
import { SignInHint } from './sign-in-hint'

/** What main.tsx hands to the app in mock mode (and never in production builds). */
export const devTools: DevTools = { Panel: DevPanel, SignInHint }
