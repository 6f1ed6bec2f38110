import { createContext, useContext } from 'react'

export type RouteAnnouncement = {
  /** False until the first in-app navigation: the first page load is announced by the browser itself. */
  hasNavigated: boolean
  /** Puts the page name in the polite live region. */
  announce: (pageName: string) => void
}

export const RouteAnnouncementContext = createContext<RouteAnnouncement | null>(null)

/** Null outside `RouteAnnouncer` (the root route's error page); pages then skip the announcement. */
export function useRouteAnnouncement(): RouteAnnouncement | null {
  return useContext(RouteAnnouncementContext)
}
