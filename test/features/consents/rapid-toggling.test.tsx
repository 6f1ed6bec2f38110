import { screen, waitFor, within } from '@testing-library/react'
import fc from 'fast-check'
import { delay, http } from 'msw'
import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { server } from '#src/mocks/node'
import { resetDemoWorld } from '#src/mocks/seed'
import { apiUrl } from '#src/mocks/server/api-url'

import { consentItem, consentNames, consentSwitch, openConsentsPage, serverStatus } from './support'

/** Answers each update after its own delay, so later requests could overtake earlier ones if they ran in parallel. */
function delayConsentUpdates(delaysMs: readonly number[]) {
  let call = 0
  server.use(
    http.put(apiUrl(endpoints.consents.update.path), async () => {
      await delay(delaysMs[call % delaysMs.length] ?? 0)
      call += 1
      return undefined
    }),
  )
}

// Rapid toggling ends consistent: quick presses with uneven server delays end with the screen and the server agreeing.
test.each([
  { presses: 5, delaysMs: [240, 10, 180, 60, 0], isGiven: false },
  { presses: 4, delaysMs: [0, 300, 20, 150], isGiven: true },
])(
  'pressing a consent $presses times quickly ends in the last state chosen, on screen and on the server',
  async ({ presses, delaysMs, isGiven }) => {
    delayConsentUpdates(delaysMs)
    const { user } = await openConsentsPage('typical')
    const toggle = consentSwitch(consentNames.groupMarketing)

    for (let press = 0; press < presses; press++) await user.click(toggle)
    if (isGiven) expect(toggle).toBeChecked()
    else expect(toggle).not.toBeChecked()

    const item = within(consentItem(consentNames.groupMarketing))
    await waitFor(() => expect(item.queryByText('Enregistrement…')).not.toBeInTheDocument(), { timeout: 4000 })
    if (isGiven) expect(toggle).toBeChecked()
    else expect(toggle).not.toBeChecked()
    expect(serverStatus('typical', 'group-marketing')).toBe(isGiven ? 'given' : 'withdrawn')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  },
)

test('whatever the number of presses and the server’s delays, the screen and the server end in the same state', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 6 }),
      fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 6 }),
      async (presses, delaysMs) => {
        server.resetHandlers()
        await resetDemoWorld()
        delayConsentUpdates(delaysMs)
        const { user, unmount } = await openConsentsPage('typical')
        const toggle = consentSwitch(consentNames.cookies)

        for (let press = 0; press < presses; press++) await user.click(toggle)
        const item = within(consentItem(consentNames.cookies))
        await waitFor(() => expect(item.queryByText('Enregistrement…')).not.toBeInTheDocument(), { timeout: 4000 })

        // Cookies start given: an odd number of presses withdraws them.
        const isGiven = presses % 2 === 0
        expect(toggle).toHaveAttribute('aria-checked', String(isGiven))
        expect(serverStatus('typical', 'cookies-consent')).toBe(isGiven ? 'given' : 'withdrawn')
        // Each run starts from a fresh page, as a person reloading would.
        unmount()
      },
    ),
    { numRuns: 4 },
  )
}, 60_000)
