import { useRouteAnnouncementMessage } from './route-announcement-context'

/**
 * The polite live region that reads the page name after a client-side navigation, which screen readers
 * otherwise do not notice (WCAG 4.1.3; the approach of Gatsby's and Next.js's route announcers).
 * Render it once, anywhere inside `AppLayout`. It is always in the DOM and only its text changes, because
 * live regions inserted together with their text are often not announced.
 *
 * `aria-live` rather than `role="status"`: it is on every page, and pages' own status messages are found by
 * that role (WCAG 4.1.3 status messages), so it must not be a second match. Tests find it by its test id.
 */
export function RouteAnnouncer() {
  const message = useRouteAnnouncementMessage()
  return (
    <p aria-live="polite" aria-atomic="true" className="sr-only" data-testid="route-announcer">
      {message}
    </p>
  )
}
