// Must run before any module that builds a zod schema.
import './lib/zod-config'

import { createRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'

import { App } from './app/app'
import type { DevTools } from './app/dev-tools-context'
import { createQueryClient } from './app/query-client'
import { createRoutes } from './app/router'
import { loadCatalogue } from './lib/i18n/catalogue'
import { readLocalePreference } from './lib/i18n/locale-preference'
import './styles/index.css'

/**
 * Mock mode only: start the MSW worker before the first request and load the dev panel. The constant is
 * false in production builds, so the bundler drops both imports and no mock code ships (ASVS5 15.2.3).
 */
async function loadDevTools(): Promise<DevTools | null> {
  if (!__MOCKS_ENABLED__) return null
  const [{ enableMocking }, { devTools }] = await Promise.all([
    import('./mocks/enable-mocking'),
    import('./dev-panel/dev-tools'),
  ])
  await enableMocking()
  return devTools
}

async function start(): Promise<void> {
  const locale = readLocalePreference()
  const [catalogue, devTools] = await Promise.all([loadCatalogue(locale), loadDevTools()])
  const queryClient = createQueryClient()
  const router = createBrowserRouter(createRoutes(queryClient))
  const root = document.getElementById('root')
  if (!root) throw new Error('The page has no #root element')
  createRoot(root).render(
    <App queryClient={queryClient} router={router} i18n={{ locale, catalogue }} devTools={devTools} />,
  )
}

void start()
