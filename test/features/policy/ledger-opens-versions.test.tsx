import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'

import { expectNoA11yViolations } from '#test/support/a11y'
import { renderApp } from '#test/support/render-app'

import { ledgerRows, openConsentsPage } from '../consents/support'

function versionLinks(): HTMLElement[] {
  // The ledger's fifth column holds the policy version in force when each event happened.
  return ledgerRows().map((row) => within(within(row).getAllByRole('cell')[3]!).getByRole('link'))
}

test('every policy version the consent ledger quotes opens its text', { timeout: 60_000 }, async () => {
  // Ten years of consent events: every version since 2016.
  const { user, unmount } = await openConsentsPage('large')
  await screen.findByRole('table', { name: /événements$/ })
  const links = new Map(versionLinks().map((link) => [link.textContent, link]))
  expect([...links.keys()].sort()).toEqual(['2016-10', '2018-05', '2021-06', '2024-03', '2026-09'])
  const hrefs = [...links.entries()].map(([version, link]) => [version, link.getAttribute('href') ?? ''] as const)
  expect(hrefs.every(([version, href]) => href === `/policy/versions/${version}`)).toBe(true)

  await user.click(links.get('2016-10')!)
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Politique de confidentialité, version 2016-10' }),
  ).toBeVisible()
  unmount()

  // Each of the others, opened from its link's address, shows that version's text.
  for (const [version, href] of hrefs.filter(([id]) => id !== '2016-10')) {
    const view = await renderApp({ url: href })
    expect(
      await screen.findByRole('heading', { level: 1, name: `Politique de confidentialité, version ${version}` }),
    ).toBeVisible()
    expect(await screen.findByRole('heading', { level: 2, name: 'Vie privée' })).toBeVisible()
    view.unmount()
  }
})

test('a consent receipt links to the policy version it was recorded under', async () => {
  const { user } = await openConsentsPage('typical', '/consents?purpose=cookies-consent')
  await screen.findByRole('table', { name: '4 événements' })
  const oldest = ledgerRows().at(-1)!
  await user.click(within(oldest).getByRole('link', { name: /^Reçu/ }))
  await screen.findByRole('heading', { level: 1, name: 'Reçu de consentement' })
  const version = await screen.findByRole('link', { name: '2021-06' })
  await user.click(version)
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Politique de confidentialité, version 2021-06' }),
  ).toBeVisible()
  expect(await screen.findByRole('heading', { level: 2, name: 'Exemple d’historique' })).toBeVisible()
  await expectNoA11yViolations(document.body)
})
