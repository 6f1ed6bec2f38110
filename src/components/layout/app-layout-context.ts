import { createContext, useContext } from 'react'

/**
 * Lets a route error page know whether the shell is already around it. The root route's `errorElement`
 * replaces the root layout, so that page must draw the shell itself to keep the skip link, header and help.
 */
export const AppLayoutContext = createContext(false)

export function useIsInsideAppLayout(): boolean {
  return useContext(AppLayoutContext)
}
