import { screen } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'

import { renderApp } from '#test/support/render-app'

import { clearDrafts, requestsOf } from './rights-request-helpers'

afterEach(clearDrafts)

test('“ask to erase this category” from My data starts the erasure flow with that category chosen', async () => {
  await renderApp({ url: '/requests/new/erasure?categoryId=cookies', signedInAs: 'new' })
  expect(await screen.findByRole('radio', { name: 'Certaines catégories de données seulement' })).toBeChecked()
  expect(screen.getByRole('checkbox', { name: 'Cookies et technologies similaires' })).toBeChecked()
  expect(screen.getByRole('checkbox', { name: 'Données de transaction' })).not.toBeChecked()
})

test('“object to this use” from My data starts the objection flow with that use chosen', async () => {
  await renderApp({ url: '/requests/new/objection?purposeId=security', signedInAs: 'new' })
  expect(
    await screen.findByRole('radio', { name: 'Utilisation de l’adresse IP contre les usages malveillants' }),
  ).toBeChecked()
})

test('a link with a use that cannot be objected to here starts with nothing chosen', async () => {
  await renderApp({ url: '/requests/new/objection?purposeId=group-marketing', signedInAs: 'new' })
  expect(await screen.findByRole('radio', { name: 'Analyses et statistiques' })).not.toBeChecked()
  expect(screen.getAllByRole('radio').filter((radio) => radio instanceof HTMLInputElement && radio.checked)).toEqual([])
})

test('an unknown right in the address is a page not found', async () => {
  await renderApp({ url: '/requests/new/complaint-to-ceo', signedInAs: 'new' })
  expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible()
})

test('the flow, the list and the request page speak English too', async () => {
  const { user } = await renderApp({ url: '/requests', signedInAs: 'typical', locale: 'en' })
  await screen.findByRole('table', { name: 'Your requests, newest first' })
  expect(screen.getByText('39 days overdue')).toBeVisible()
  await user.click(screen.getByRole('link', { name: 'Object to a use of my data' }))
  expect(
    await screen.findByText(
      'This request is 39 days overdue. We should have answered by October 20, 2026 at the latest.',
      { selector: 'p' },
    ),
  ).toBeVisible()
  expect(screen.getByRole('link', { name: 'Make a complaint on the CNIL’s website (in French)' })).toBeVisible()

  await user.click(screen.getByRole('link', { name: 'Back to my requests' }))
  await screen.findByRole('heading', { level: 1, name: 'My requests' })
  await user.click(screen.getByRole('link', { name: 'Make a request' }))
  await screen.findByRole('heading', { level: 1, name: 'Make a request' })
  await user.click(screen.getByRole('link', { name: 'Have my data erased' }))
  await user.click(await screen.findByRole('radio', { name: 'My account and all my data' }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Check your request' })).toBeVisible()
  expect(await screen.findByText(/Your account will be closed/)).toBeVisible()
  expect(screen.getByRole('button', { name: 'Ask for my data to be erased' })).toBeVisible()
})

test('another person’s request, or one that does not exist, is a page not found', async () => {
  await renderApp({ url: `/requests/${requestsOf('typical')[0]?.id ?? ''}`, signedInAs: 'new' })
  expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible()
})
