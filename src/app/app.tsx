import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { RouterProvider, type createBrowserRouter } from 'react-router'

import type { Catalogue } from '#src/lib/i18n/catalogue'
import { I18nProvider } from '#src/lib/i18n/i18n-provider'
import type { Locale } from '#src/lib/i18n/message'

import { DevToolsContext, type DevTools } from './dev-tools-context'

type AppProps = {
  queryClient: QueryClient
  router: ReturnType<typeof createBrowserRouter>
  i18n: { locale: Locale; catalogue: Catalogue }
  devTools: DevTools | null
}

/** The providers, in one place for the browser entry and the tests' `renderApp`. */
export function App({ queryClient, router, i18n, devTools }: AppProps) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider initial={i18n}>
          <DevToolsContext value={devTools}>
            <RouterProvider router={router} />
          </DevToolsContext>
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>
  )
}
