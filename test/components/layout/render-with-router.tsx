import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, Outlet, RouterProvider, type RouteObject } from 'react-router'

import { AppHeader } from '#src/components/layout/app-header'
import { AppLayout } from '#src/components/layout/app-layout'
import { RouteAnnouncer } from '#src/components/layout/route-announcer'
import { en } from '#src/lib/i18n/catalogues/en'
import { fr } from '#src/lib/i18n/catalogues/fr'
import { I18nProvider } from '#src/lib/i18n/i18n-provider'
import type { Locale } from '#src/lib/i18n/message'

type Options = { initialEntries?: string[]; locale?: Locale }

/** A data router around the given routes, with the providers the shell needs; no app route table. */
export function renderWithRouter(routes: RouteObject[], { initialEntries = ['/'], locale = 'fr' }: Options = {}) {
  const router = createMemoryRouter(routes, { initialEntries })
  const user = userEvent.setup()
  const catalogue = locale === 'fr' ? fr : en
  const view = render(
    <I18nProvider initial={{ locale, catalogue }}>
      <RouterProvider router={router} />
    </I18nProvider>,
  )
  return { ...view, router, user }
}

/** The shell as the root layout uses it: one layout, one announcer, the outlet. */
export function ShellLayout() {
  return (
    <AppLayout header={<AppHeader />}>
      <Outlet />
      <RouteAnnouncer />
    </AppLayout>
  )
}
