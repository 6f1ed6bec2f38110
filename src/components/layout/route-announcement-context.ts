import { createContext, useContext } from 'react'

export type RouteAnnouncement = {
  /** False until the first in-app navigation: on the first load the browser itself reads the new page. */
  hasNavigated: boolean
  /** Puts the page name in the polite live region that `RouteAnnouncer` renders. */
  announce: (pageName: string) => void
  /**
   * Asks the next page that mounts to take focus even though the URL did not change: after "Try again" on
   * an error page succeeds, the button that had focus is gone and focus would otherwise fall to <body>.
   */
  requestFocusOnNextPage: () => void
  /** True once per request; the page that consumes it moves focus. */
  takeFocusRequest: () => boolean
}

/** Provided by `AppLayout`, which outlives every page; pages write to it, `RouteAnnouncer` reads the message. */
export const RouteAnnouncementContext = createContext<RouteAnnouncement | null>(null)
export const RouteAnnouncementMessageContext = createContext('')

/** Null outside `AppLayout`; a page then still sets its title but neither moves focus nor announces. */
export function useRouteAnnouncement(): RouteAnnouncement | null {
  return useContext(RouteAnnouncementContext)
}

export function useRouteAnnouncementMessage(): string {
  return useContext(RouteAnnouncementMessageContext)
}
