import { useEffect, useRef } from 'react'
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router'

import { AppHeader } from '#src/components/layout/app-header'
import { AppLayout } from '#src/components/layout/app-layout'
import { useIsInsideAppLayout } from '#src/components/layout/app-layout-context'
import { Page } from '#src/components/layout/page'
import { PrivacyTeamContact } from '#src/components/layout/privacy-team-contact'
import { useT } from '#src/lib/i18n/i18n-context'

import { NotFoundRoute } from './not-found'

const headingId = 'service-problem-heading'

/**
 * Every route's `errorElement`. A 404 response is the "Page not found" page; anything else is the GOV.UK
 * "Sorry, there is a problem with the service" page. The error itself is never shown or logged here: its
 * message or body may hold a stack, SQL or personal data (QUALITY checks 28 and 30).
 */
export function RouteErrorBoundary() {
  const error = useRouteError()
  const isInsideAppLayout = useIsInsideAppLayout()
  const content = isRouteErrorResponse(error) && error.status === 404 ? <NotFoundRoute /> : <ServiceProblem />
  // The root route's errorElement replaces the root layout, so draw the shell here (without the signed-in
  // parts, which may be what failed to load).
  if (isInsideAppLayout) return content
  return <AppLayout header={<AppHeader />}>{content}</AppLayout>
}

function ServiceProblem() {
  const t = useT()
  const error = useRouteError()
  const revalidator = useRevalidator()
  const isRetrying = revalidator.state === 'loading'

  // Revalidating re-runs every active loader. It also recovers from an error thrown while rendering: React
  // Router's route error boundary resets itself when a revalidation ends, and renders the route again.
  function handleRetry() {
    if (isRetrying) return
    revalidator.revalidate().catch(() => undefined)
  }

  // A retry that fails the same way again would otherwise change nothing a screen reader notices; taking
  // focus back to the heading re-reads the page. A render error remounts this page, and `Page` does it.
  const previousError = useRef(error)
  useEffect(() => {
    if (previousError.current === error) return
    previousError.current = error
    document.getElementById(headingId)?.focus()
  }, [error])

  return (
    <Page title={t('shell.serviceProblem.title')} headingId={headingId} shouldFocusOnLoad>
      <div className="max-w-prose space-y-4">
        <p>{t('shell.serviceProblem.tryLater')}</p>
        <p>
          <button
            type="button"
            onClick={handleRetry}
            aria-disabled={isRetrying || undefined}
            className="min-h-11 rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 aria-disabled:opacity-70"
          >
            {t('shell.serviceProblem.retry')}
          </button>
        </p>
        <p role="status">{isRetrying ? t('shell.serviceProblem.retrying') : ''}</p>
        <p>{t('shell.serviceProblem.contact')}</p>
        <PrivacyTeamContact />
      </div>
    </Page>
  )
}
