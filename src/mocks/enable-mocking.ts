import { isApiUrl } from './api-url'
import { worker } from './browser'
import { mockClock } from './clock'
import { settleWrites } from './db'
import { applyScenarios } from './dev-controls'
import { loadPersistedState, savePersistedState } from './persistence'
import { mockSettings } from './settings'

/**
 * Starts the mock backend in the browser. main.tsx awaits it before the first render, so no request
 * can reach the network first. Imported dynamically and only when mocks are enabled (QUALITY check 22).
 */
export async function enableMocking(): Promise<void> {
  mockSettings.setRuntime('browser')
  // A demo session should idle out like a real one, so the browser clock follows real time.
  mockClock.useRealTime()
  await settleWrites()
  await loadPersistedState()
  applyScenarios(window.location.search)

  await worker.start({
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
    // Unknown API paths are bugs worth a warning; assets, fonts and the dev server's own requests are not.
    onUnhandledRequest(request, print) {
      if (isApiUrl(request.url)) print.warning()
    },
  })

  // Each mocked response may have changed server state: write the "disk" after it.
  worker.events.on('response:mocked', () => savePersistedState())
  window.addEventListener('pagehide', savePersistedState)
}
