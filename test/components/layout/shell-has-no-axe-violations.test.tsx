import { screen } from '@testing-library/react'
import { Outlet } from 'react-router'
import { expect, test } from 'vitest'

import { NotFoundRoute } from '#src/app/routes/not-found'
import { RouteErrorBoundary } from '#src/app/routes/route-error'
import { AccountMenu } from '#src/components/layout/account-menu'
import { AppHeader } from '#src/components/layout/app-header'
import { AppLayout } from '#src/components/layout/app-layout'
import { MainNav } from '#src/components/layout/main-nav'
import { Page } from '#src/components/layout/page'
import { PageLoading } from '#src/components/layout/page-loading'
import { RouteAnnouncer } from '#src/components/layout/route-announcer'
import { expectNoA11yViolations } from '#test/support/a11y'

import { renderWithRouter } from './render-with-router'

/** The signed-in shell, as the root layout composes it. */
function SignedInLayout() {
  return (
    <AppLayout
      header={
        <AppHeader
          nav={
            <MainNav
              items={[
                { href: '/', label: 'Aperçu' },
                { href: '/requests', label: 'Mes demandes' },
              ]}
            />
          }
          accountMenu={<AccountMenu userName="Camille Martin" onSignOut={() => undefined} />}
        />
      }
    >
      <Outlet />
      <RouteAnnouncer />
    </AppLayout>
  )
}

function failingLoader(): never {
  throw new Error('boom')
}

const routes = [
  {
    Component: SignedInLayout,
    HydrateFallback: PageLoading,
    children: [
      { path: '/', element: <Page title="Aperçu">Bienvenue</Page> },
      { path: '/broken', loader: failingLoader, ErrorBoundary: RouteErrorBoundary, element: null },
      { path: '*', Component: NotFoundRoute },
    ],
  },
]

test('the signed-in shell around a page has no axe violations', async () => {
  const { container } = renderWithRouter(routes)
  expect(screen.getByRole('heading', { level: 1, name: 'Aperçu' })).toBeVisible()
  await expectNoA11yViolations(container)
})

test('the service problem page has no axe violations', async () => {
  const { container } = renderWithRouter(routes, { initialEntries: ['/broken'] })
  await screen.findByRole('heading', { level: 1, name: 'Désolé, le service rencontre un problème' })
  await expectNoA11yViolations(container)
})

test('the page-not-found page has no axe violations, in English too', async () => {
  const { container } = renderWithRouter(routes, { initialEntries: ['/nope'], locale: 'en' })
  expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expectNoA11yViolations(container)
})
