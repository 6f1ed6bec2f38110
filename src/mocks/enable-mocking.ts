import { worker } from './browser'
import { applyScenarios } from './dev-controls'
import { seedDemoWorld } from './seed'
import { isApiUrl } from './server/api-url'
import { mockClock } from './server/clock'
import { loadPersistedState, savePendingState, savePersistedState, saveSoon } from './server/persistence'
import { mockSettings } from './server/settings'

/**
 * Starts the mock backend in the browser. main.tsx awaits it before the first render, so no request
 * can reach the network first. Imported dynamically and only when mocks are enabled (QUALITY check 22).
 */
export async function enableMocking(): Promise<void> {
  mockSettings.setRuntime('browser')
  // A demo session should idle out like a real one, so the browser clock follows real time.
  mockClock.useRealTime()
  // The demo world is built, then the saved state restored over it, while the service worker starts: all must
  // be done before the first request, which main.tsx only sends once this resolves.
  await Promise.all([
    seedDemoWorld().then(loadPersistedState),
    worker.start({
      quiet: true,
      serviceWorker: { url: '/mockServiceWorker.js' },
      // Unknown API paths are bugs worth a warning; assets, fonts and the dev server's own requests are not.
      onUnhandledRequest(request, print) {
        if (isApiUrl(request.url)) print.warning()
      },
    }),
  ])
  applyScenarios(window.location.search)

  // Write the "disk" after each mocked response: at once after a request that may change data, soon after
  // a read (which only refreshes the session's idle expiry), and before the page goes away.
  worker.events.on('response:mocked', ({ request }) => {
    if (readMethods.has(request.method)) saveSoon()
    else savePersistedState()
  })
  window.addEventListener('pagehide', savePendingState)
}

const readMethods = new Set(['GET', 'HEAD'])
