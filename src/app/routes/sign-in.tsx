import { use } from 'react'
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router'

import { Page } from '#src/components/layout/page'
import { Alert } from '#src/components/ui/alert'
import { paths } from '#src/config/paths'
import { SignInForm } from '#src/features/auth/components/sign-in-form'
import { useT } from '#src/lib/i18n/i18n-context'
import { safeReturnTo } from '#src/lib/safe-return-to'

import { DevToolsContext } from '../dev-tools-context'

function hasSignedOut(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'hasSignedOut' in state && state.hasSignedOut === true
}

export function SignInRoute() {
  const t = useT()
  const navigate = useNavigate()
  const location = useLocation()
  const [searchParams] = useSearchParams()
  const devTools = use(DevToolsContext)

  function handleSignedIn() {
    void navigate(safeReturnTo(searchParams.get('returnTo')), { replace: true })
  }

  return (
    <Page title={t('auth.signIn.title')}>
      {hasSignedOut(location.state) ? (
        <Alert variant="success" className="mb-6">
          {t('auth.signIn.signedOut')}
        </Alert>
      ) : null}
      <p className="mb-6 max-w-prose">{t('auth.signIn.intro')}</p>
      <div className="max-w-md">
        <SignInForm onSignedIn={handleSignedIn} />
      </div>
      {/* After the form, so the sign-in itself stays the first thing in the tab order. */}
      <p className="mt-6 max-w-prose">
        {t('policy.link.signIn')}{' '}
        {/* Its own box, so the link never breaks across two lines and its focus ring reads as one target. */}
        <Link to={paths.policy.getHref()} className="inline-block">
          {t('policy.link.signInLink')}
        </Link>
      </p>
      {devTools ? <devTools.SignInHint /> : null}
    </Page>
  )
}
