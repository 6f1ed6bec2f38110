import { useMemo, useState, type ReactNode } from 'react'
import { useLocation } from 'react-router'

import { RouteAnnouncementContext, type RouteAnnouncement } from './route-announcement-context'

type RouteAnnouncerProps = { children: ReactNode }

/**
 * Rendered once by the root layout, around everything that can contain a `Page`. A client-side navigation
 * is silent for screen readers, so each `Page` publishes its name here and this polite live region reads it
 * out (QUALITY check 45; the approach Gatsby and Next.js route announcers take).
 *
 * It also owns "has the person navigated yet", because only a component that outlives pages can know it:
 * pages remount on every navigation, and `location.key === 'default'` is not reliable (after a reload the
 * browser router restores the previous entry's key).
 */
export function RouteAnnouncer({ children }: RouteAnnouncerProps) {
  const location = useLocation()
  const [initialKey] = useState(location.key)
  const [hasNavigated, setHasNavigated] = useState(false)
  const [message, setMessage] = useState('')

  // Adjusting state while rendering (React's documented pattern) rather than in an effect, so the page that
  // mounts in this same commit already sees `hasNavigated` and can move focus in its first effect.
  if (!hasNavigated && location.key !== initialKey) setHasNavigated(true)

  const value = useMemo<RouteAnnouncement>(() => ({ hasNavigated, announce: setMessage }), [hasNavigated])

  return (
    <RouteAnnouncementContext value={value}>
      {children}
      {/* Always in the DOM, so only its text changes: live regions inserted with their text are often missed. */}
      <p role="status" aria-atomic="true" className="sr-only" data-route-announcer="">
        {message}
      </p>
    </RouteAnnouncementContext>
  )
}
