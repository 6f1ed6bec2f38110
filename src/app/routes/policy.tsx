import { lazy, Suspense, useEffect } from 'react'
import { matchPath, useLocation, useNavigate, useSearchParams } from 'react-router'

import { Page } from '#src/components/layout/page'
import { PageLoading } from '#src/components/layout/page-loading'
import { paths } from '#src/config/paths'
import { PolicyArchiveView } from '#src/features/policy/components/policy-archive'
import { CurrentPolicy, PolicyVersion } from '#src/features/policy/components/policy-pages'
import { useT } from '#src/lib/i18n/i18n-context'

import { NotFoundRoute } from './not-found'

// The comparison brings jsdiff: it loads with that page only.
const PolicyCompareRoute = lazy(async () => ({ default: (await import('./policy-compare')).PolicyCompareRoute }))

/** `/policy`: the privacy policy in force, readable without signing in. */
function PolicyRoute() {
  const t = useT()
  return (
    <Page title={t('policy.page.title')}>
      <CurrentPolicy />
    </Page>
  )
}

/** `/policy/versions/:versionId`: one version of the policy, as it was (or will be) in force. */
function PolicyVersionRoute({ versionId }: { versionId: string }) {
  const t = useT()
  return (
    <Page title={t('policy.version.title', { version: versionId })}>
      <PolicyVersion versionId={versionId} />
    </Page>
  )
}

/** `/policy/versions`: the archive the policy promises, every version with its date and changes. */
function PolicyArchiveRoute() {
  const t = useT()
  return (
    <Page title={t('policy.archive.title')}>
      <PolicyArchiveView />
    </Page>
  )
}

/** `/policy/compare?from=&to=`: always from the earlier version to the later one (ids sort as their months). */
function PolicyCompareOrdered() {
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const from = searchParams.get('from')
  const to = searchParams.get('to')
  const isReversed = from !== null && to !== null && from > to
  useEffect(() => {
    if (isReversed) void navigate(paths.policyCompare.getHref(to, from), { replace: true })
  }, [isReversed, from, to, navigate])
  if (isReversed) return <PageLoading />
  return (
    <Suspense fallback={<PageLoading />}>
      <PolicyCompareRoute />
    </Suspense>
  )
}

/**
 * Every page of the privacy-policy area, under `/policy/*` (see policy-routes.ts). Matched here with the
 * router's own `matchPath` rather than nested <Routes>, which would add code to the app's first load.
 */
export function PolicyPages() {
  const { pathname } = useLocation()
  if (matchPath(paths.policy.path, pathname)) return <PolicyRoute />
  if (matchPath(paths.policyArchive.path, pathname)) return <PolicyArchiveRoute />
  const version = matchPath(paths.policyVersion.path, pathname)
  if (version) return <PolicyVersionRoute key={version.params.versionId} versionId={version.params.versionId ?? ''} />
  if (matchPath(paths.policyCompare.path, pathname)) return <PolicyCompareOrdered />
  return <NotFoundRoute />
}
