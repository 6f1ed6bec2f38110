import { useMemo, useRef, useState, type ReactNode } from 'react'
import { useLocation } from 'react-router'

import {
  RouteAnnouncementContext,
  RouteAnnouncementMessageContext,
  type RouteAnnouncement,
} from './route-announcement-context'

type RouteAnnouncementProviderProps = { children: ReactNode }

/**
 * Knows whether the person has navigated yet and holds the route announcement. It must outlive pages (they
 * remount on every navigation), so `AppLayout` renders it. `location.key === 'default'` is not a reliable
 * "first load" test: after a reload the browser router restores the previous entry's key.
 */
export function RouteAnnouncementProvider({ children }: RouteAnnouncementProviderProps) {
  const location = useLocation()
  const [initialKey] = useState(location.key)
  const [hasNavigated, setHasNavigated] = useState(false)
  const [message, setMessage] = useState('')

  // Adjusting state while rendering (React's documented pattern) rather than in an effect: the page that
  // mounts in this same commit then already sees `hasNavigated` in its first effect.
  if (!hasNavigated && location.key !== initialKey) setHasNavigated(true)

  // A ref, not state: the request is read once in an effect and must not re-render anything.
  const hasFocusRequest = useRef(false)

  const announcement = useMemo<RouteAnnouncement>(
    () => ({
      hasNavigated,
      announce: setMessage,
      requestFocusOnNextPage: () => {
        hasFocusRequest.current = true
      },
      takeFocusRequest: () => {
        const hadRequest = hasFocusRequest.current
        hasFocusRequest.current = false
        return hadRequest
      },
    }),
    [hasNavigated],
  )

  return (
    <RouteAnnouncementContext value={announcement}>
      <RouteAnnouncementMessageContext value={message}>{children}</RouteAnnouncementMessageContext>
    </RouteAnnouncementContext>
  )
}
