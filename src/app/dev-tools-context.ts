import { createContext, type ComponentType } from 'react'

/**
 * Developer tools exist only in mock mode. main.tsx imports them dynamically and passes them in here,
 * so no production chunk ever references the mock backend or the dev panel (ASVS5 15.2.3: no test code in production).
 */
export type DevTools = {
  /** Floating panel: reset data, latency, fault scenarios, simulated clock. */
  Panel: ComponentType
  /** Shown on the sign-in page: the demo accounts and their passwords. */
  SignInHint: ComponentType
}

export const DevToolsContext = createContext<DevTools | null>(null)
