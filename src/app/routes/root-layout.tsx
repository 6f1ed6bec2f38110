import { useQuery } from '@tanstack/react-query'
import { use } from 'react'
import { Outlet } from 'react-router'

import { AccountMenu } from '#src/components/layout/account-menu'
import { AppHeader } from '#src/components/layout/app-header'
import { AppLayout } from '#src/components/layout/app-layout'
import { MainNav } from '#src/components/layout/main-nav'
import { RouteAnnouncer } from '#src/components/layout/route-announcer'
import { paths } from '#src/config/paths'
import { useSignOut } from '#src/features/auth/use-sign-out'
import { useT } from '#src/lib/i18n/i18n-context'
import { sessionQueries } from '#src/lib/session'

import { DevToolsContext } from '../dev-tools-context'

/** The shell around every page: skip link, header, main landmark, footer, route announcer. */
export function RootLayout() {
  const t = useT()
  const devTools = use(DevToolsContext)
  const { data: session } = useQuery(sessionQueries.current())
  const { signOut, isSigningOut } = useSignOut()

  const header = session ? (
    <AppHeader
      nav={
        <MainNav
          items={[
            { href: paths.overview.getHref(), label: t('account.overview.title') },
            { href: paths.myData.getHref(), label: t('myData.nav') },
            { href: paths.consents.getHref(), label: t('consents.nav') },
            { href: paths.requests.getHref(), label: t('rightsRequests.nav') },
            { href: paths.settings.getHref(), label: t('contactPreferences.nav') },
            { href: paths.contact.getHref(), label: t('privacyMessages.nav') },
          ]}
        />
      }
      accountMenu={<AccountMenu userName={session.user.name} onSignOut={signOut} isSigningOut={isSigningOut} />}
    />
  ) : (
    <AppHeader />
  )

  return (
    <AppLayout header={header}>
      <Outlet />
      <RouteAnnouncer />
      {devTools ? <devTools.Panel /> : null}
    </AppLayout>
  )
}
