import { screen } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'

import { db } from '#src/mocks/server/db'
import { expectNoA11yViolations } from '#test/support/a11y'
import { demoAccount } from '#test/support/demo-people'
import { renderApp } from '#test/support/render-app'

import { clearDrafts, requestsOf } from './rights-request-helpers'

// Drafts live in memory for the whole tab, like the app's; each test starts with none.
afterEach(clearDrafts)

test('filing an access request for chosen categories shows the receipt and e-mails a masked-address acknowledgement', async () => {
  const { user, router } = await renderApp({ url: '/requests/new', signedInAs: 'new' })
  await screen.findByRole('heading', { level: 1, name: 'Faire une demande' })
  await expectNoA11yViolations(document.body)

  await user.click(screen.getByRole('link', { name: 'Accéder à mes données' }))
  await screen.findByRole('heading', { level: 1, name: 'Accéder à mes données' })
  expect(screen.getByText('La copie de vos données est gratuite.')).toBeVisible()
  await user.click(screen.getByRole('radio', { name: 'Certaines catégories seulement' }))
  await user.click(screen.getByRole('checkbox', { name: 'Données de transaction' }))
  await user.click(screen.getByRole('checkbox', { name: 'Informations sur le compte' }))
  await expectNoA11yViolations(document.body)
  await user.click(screen.getByRole('button', { name: 'Continuer' }))

  await screen.findByRole('heading', { level: 1, name: 'Vérifiez votre demande' })
  expect(router.state.location.pathname).toBe('/requests/new/access/check')
  expect(screen.getByText('Informations sur le compte')).toBeVisible()
  expect(screen.getByText('Données de transaction')).toBeVisible()
  // Nothing is filed before the person confirms (WCAG 3.3.4 error prevention).
  expect(requestsOf('new')).toHaveLength(0)
  await expectNoA11yViolations(document.body)
  await user.click(screen.getByRole('button', { name: 'Envoyer la demande' }))

  expect(await screen.findByRole('heading', { level: 2, name: 'Demande reçue' })).toBeVisible()
  // The page's heading takes focus after the navigation, as on every page (WCAG 2.4.3).
  expect(screen.getByRole('heading', { level: 1, name: 'Demande envoyée' })).toHaveFocus()
  expect(screen.getByText('DRT-2026-000006')).toBeVisible()
  expect(screen.getByText('Accéder à mes données')).toBeVisible()
  expect(screen.getByText('28 novembre 2026')).toBeVisible()
  // One month after 28 November 2026 (GDPR Art. 12(3)).
  expect(screen.getByText('28 décembre 2026')).toBeVisible()
  expect(screen.getByText('Nous vous répondrons au plus tard le 28 décembre 2026.')).toBeVisible()
  expect(screen.getByText('Nous avons envoyé un accusé de réception à n•••@example.test.')).toBeVisible()
  await expectNoA11yViolations(document.body)

  expect(requestsOf('new')).toHaveLength(1)
  const mail = db.outbox.all()
  expect(mail).toHaveLength(1)
  expect(mail[0]?.to).toBe(demoAccount('new').email)
})
