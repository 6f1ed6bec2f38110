import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { server } from '#src/mocks/node'
import { scenarioHandler } from '#src/mocks/server/scenarios'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderApp } from '#test/support/render-app'

import { consentItem, consentNames, consentSwitch } from './support'

async function openOverview(person: 'typical' | 'new') {
  const view = await renderApp({ url: '/', signedInAs: person })
  await screen.findByRole('heading', { level: 1, name: 'Aperçu' })
  expect(await screen.findByRole('heading', { level: 2, name: 'Vos consentements' })).toBeVisible()
  return view
}

test('the overview says how many consents are given and the last change, and links to the consents', async () => {
  const { user, router } = await openOverview('typical')
  expect(await screen.findByText('2 consentements donnés sur 3')).toBeVisible()
  expect(
    screen.getByText(
      'Dernier changement le 1 octobre 2026\u00a0: Cookies et technologies similaires soumis à consentement (renouvelé).'.replace(
        /\u00a0/g,
        ' ',
      ),
    ),
  ).toBeVisible()
  await expectNoA11yViolations(document.body)

  await user.click(screen.getByRole('link', { name: 'Gérer vos consentements' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Vos consentements' })).toBeVisible()
  expect(router.state.location.pathname).toBe('/consents')

  // A withdrawal shows on the overview after navigating back.
  await user.click(await screen.findByRole('switch', { name: consentNames.cookies }))
  await within(consentItem(consentNames.cookies)).findByText(/^Retiré le 28 novembre 2026/)
  expect(consentSwitch(consentNames.cookies)).not.toBeChecked()
  await router.navigate('/')
  expect(await screen.findByText('1 consentement donné sur 3')).toBeVisible()
  expect(screen.getByText(/Dernier changement le 28 novembre 2026/)).toBeVisible()
})

test('a new account’s summary counts its sign-up consent', async () => {
  await openOverview('new')
  expect(await screen.findByText('1 consentement donné sur 3')).toBeVisible()
})

test('when the consents cannot load, the summary shows its own error and the link still works', async () => {
  server.use(scenarioHandler('serverError', endpoints.consents.list))
  await openOverview('typical')
  expect(
    await screen.findByRole('heading', { level: 3, name: 'Désolé, le service rencontre un problème' }),
  ).toBeVisible()
  expect(screen.getByRole('link', { name: 'Gérer vos consentements' })).toBeVisible()
  expect(screen.getAllByText(/Zyxcanary Qwertyson/).length).toBeGreaterThan(0)
  await expectNoA11yViolations(document.body)
})
