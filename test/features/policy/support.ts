import { screen } from '@testing-library/react'
import { expect } from 'vitest'

import type { Endpoint } from '#src/contract/endpoints'
import { server } from '#src/mocks/node'
import { scenarioHandler } from '#src/mocks/server/scenarios'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderApp } from '#test/support/render-app'

/**
 * Opens `url` while `endpoint` fails: the page shows GOV.UK's "problem with the service" state (checked with
 * axe), then the endpoint recovers and the person presses Retry. The caller checks what comes back.
 */
export async function failThenRetry(endpoint: Endpoint, url: string): Promise<void> {
  server.use(scenarioHandler('serverError', endpoint))
  const { user } = await renderApp({ url })
  expect(
    await screen.findByRole('heading', { level: 2, name: 'Désolé, le service rencontre un problème' }),
  ).toBeVisible()
  await expectNoA11yViolations(document.body)
  server.resetHandlers()
  await user.click(screen.getByRole('button', { name: 'Réessayer' }))
}
