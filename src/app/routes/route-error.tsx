import { useEffect, useRef } from 'react'
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router'

import { AppHeader } from '#src/components/layout/app-header'
import { AppLayout } from '#src/components/layout/app-layout'
import { useIsInsideAppLayout } from '#src/components/layout/app-layout-context'
import { NotFoundPage } from '#src/components/layout/not-found-page'
import { Page } from '#src/components/layout/page'
import { PrivacyTeamContact } from '#src/components/layout/privacy-team-contact'
import { useRouteAnnouncement } from '#src/components/layout/route-announcement-context'
import { Button } from '#src/components/ui/button'
import { errorStateTexts, type ErrorStateKind } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import { useT } from '#src/lib/i18n/i18n-context'

const headingId = 'route-error-heading'

/**
 * Every route's `errorElement`. A 404 response is the "Page not found" page; anything else is a service
 * problem page. The error itself is never shown or logged here: its message or body may hold a stack, SQL
 * or personal data (ASVS5 16.5.1: generic error messages only).
 */
export function RouteErrorBoundary() {
  const error = useRouteError()
  const isInsideAppLayout = useIsInsideAppLayout()
  const content =
    isRouteErrorResponse(error) && error.status === 404 ? (
      <NotFoundPage />
    ) : (
      <ServiceProblem kind={getErrorStateKind(error)} />
    )
  // The root route's errorElement replaces the root layout, so this page draws the shell itself (without
  // the signed-in parts: the session may be what failed to load).
  if (isInsideAppLayout) return content
  return <AppLayout header={<AppHeader />}>{content}</AppLayout>
}

/**
 * A whole page that failed, in ErrorState's words so it reads the same as a failed panel: a lost
 * connection gets its own words (check your connection), everything else the GOV.UK "Sorry, there is a problem with
 * the service" page.
 */
function ServiceProblem({ kind }: { kind: ErrorStateKind }) {
  const t = useT()
  const error = useRouteError()
  const revalidator = useRevalidator()
  const announcement = useRouteAnnouncement()
  const isRetrying = revalidator.state === 'loading'

  // Revalidating re-runs the loaders of every route on screen, which is what failed in most cases. It also
  // recovers from an error thrown while rendering: React Router's route error boundary resets itself when a
  // revalidation ends and renders the route again. No reload, so nothing held in memory is lost.
  function handleRetry() {
    // If it works, this page and the focused button disappear; the recovered page takes focus instead.
    announcement?.requestFocusOnNextPage()
    revalidator.revalidate().catch(() => undefined)
  }

  // A retry that fails again with a loader error leaves this page mounted and would change nothing a screen
  // reader notices; taking focus back to the heading reads the page again. (A render error remounts the
  // page, and `Page` focuses the heading itself.)
  const previousError = useRef(error)
  useEffect(() => {
    if (previousError.current === error) return
    previousError.current = error
    announcement?.takeFocusRequest()
    document.getElementById(headingId)?.focus()
  }, [error, announcement])

  const { title, body } = errorStateTexts[kind]
  return (
    <Page title={t(title)} headingId={headingId} shouldFocusOnLoad>
      <div className="max-w-prose space-y-4">
        <p>{t(body)}</p>
        <div>
          <Button onClick={handleRetry} isPending={isRetrying} pendingLabel={t('shell.serviceProblem.retrying')}>
            {t('forms.errorState.retry')}
          </Button>
        </div>
        <p>{t('shell.serviceProblem.contact')}</p>
        <PrivacyTeamContact />
      </div>
    </Page>
  )
}
