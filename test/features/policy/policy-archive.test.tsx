import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderApp } from '#test/support/render-app'

import { failThenRetry } from './support'

function archiveRows(): HTMLElement[] {
  const table = screen.getByRole('table', { name: '6 versions publiées' })
  return within(table).getAllByRole('row').slice(1)
}

test('the archive lists every version with its date, status, what it changed, and which are sample history', async () => {
  await renderApp({ url: '/policy/versions' })
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Versions de la politique de confidentialité' }),
  ).toBeVisible()
  await screen.findByRole('table', { name: '6 versions publiées' })
  const rows = archiveRows().map((row) =>
    within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  )
  const versions = archiveRows().map((row) => within(row).getByRole('rowheader').textContent)
  expect(versions).toEqual([
    '2026-12Exemple d’historique',
    '2026-09',
    '2024-03Exemple d’historique',
    '2021-06Exemple d’historique',
    '2018-05Exemple d’historique',
    '2016-10Exemple d’historique',
  ])
  expect(rows.map(([effective]) => effective)).toEqual([
    '28 décembre 2026À venir',
    '1er septembre 2026En vigueur',
    '1er mars 2024Remplacée',
    '1er juin 2021Remplacée',
    '1er mai 2018Remplacée',
    '1er octobre 2016Remplacée',
  ])
  expect(rows[1]?.[1]).toMatch(/^Changements importantsLes offres qui peuvent vous intéresser comprennent désormais/)
  expect(rows[1]?.[2]).toBe('Comparer 2024-03 et 2026-09')
  expect(rows[5]?.[2]).toBe('Première version')
  // Signed out, nothing personal is shown.
  expect(
    screen.queryByRole('heading', { name: 'Les versions dont vous avez pris connaissance' }),
  ).not.toBeInTheDocument()
  await expectNoA11yViolations(document.body)
})

test('every version opens its own text, marked as sample history where it is, with where it stands', async () => {
  const { user } = await renderApp({ url: '/policy/versions' })
  await screen.findByRole('table', { name: '6 versions publiées' })
  await user.click(screen.getByRole('link', { name: '2021-06' }))

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Politique de confidentialité, version 2021-06' }),
  ).toBeVisible()
  expect(
    await screen.findByText(
      'Version 2021-06, entrée en vigueur le 1er juin 2021 et remplacée le 1er mars 2024 par la version 2024-03. Elle n’est plus en vigueur.',
    ),
  ).toBeVisible()
  expect(screen.getByRole('heading', { level: 2, name: 'Exemple d’historique' })).toBeVisible()
  // The text of that version: transaction data was then kept 5 years.
  const table = screen.getByRole('table', { name: /les délais de suppression suivants/ })
  const transactions = within(table).getByRole('row', { name: /^Données de transaction/ })
  expect(within(transactions).getByText('5 ans')).toBeVisible()
  expect(screen.getByRole('link', { name: 'Comparer avec la version en vigueur (2026-09)' })).toHaveAttribute(
    'href',
    '/policy/compare?from=2021-06&to=2026-09',
  )
  await expectNoA11yViolations(document.body)

  await user.click(screen.getByRole('link', { name: 'Lire la version en vigueur' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Politique de confidentialité' })).toBeVisible()
  expect(await screen.findByText('Version 2026-09, en vigueur depuis le 1er septembre 2026.')).toBeVisible()
  expect(screen.queryByRole('heading', { name: 'Exemple d’historique' })).not.toBeInTheDocument()
})

test('the planned version can be read before it takes effect, and the current page announces it', async () => {
  const { user } = await renderApp({ url: '/policy' })
  const upcoming = await screen.findByRole('region', { name: 'Une nouvelle version a été publiée' })
  expect(within(upcoming).getByText(/^La version 2026-12 entrera en vigueur le 28 décembre 2026\./)).toBeVisible()
  await user.click(screen.getByRole('link', { name: 'Toutes les versions de la politique' }))
  await screen.findByRole('table', { name: '6 versions publiées' })
  await user.click(screen.getByRole('link', { name: '2026-12' }))
  expect(await screen.findByText('Version 2026-12 : elle entrera en vigueur le 28 décembre 2026.')).toBeVisible()
  expect(screen.getByRole('heading', { level: 2, name: 'Exemple d’historique' })).toBeVisible()
  await expectNoA11yViolations(document.body)
})

test('a version that was never published is a page that says so', async () => {
  await renderApp({ url: '/policy/versions/2019-01' })
  expect(await screen.findByRole('heading', { level: 2, name: 'Cette version n’existe pas' })).toBeVisible()
  expect(screen.getByText('Aucune version « 2019-01 » de la politique n’a été publiée.')).toBeVisible()
  expect(screen.getByRole('link', { name: 'Toutes les versions de la politique' })).toHaveAttribute(
    'href',
    '/policy/versions',
  )
  await expectNoA11yViolations(document.body)
})

test('signed in, the archive lists the versions the person acknowledged, and where', async () => {
  await renderApp({ url: '/policy/versions', signedInAs: 'typical' })
  const heading = await screen.findByRole('heading', {
    level: 2,
    name: 'Les versions dont vous avez pris connaissance',
  })
  const section = screen.getByRole('region', { name: 'Les versions dont vous avez pris connaissance' })
  expect(section).toContainElement(heading)
  expect(await within(section).findAllByRole('listitem')).toHaveLength(2)
  expect(
    within(section)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    'Version 2026-09\u00a0: dans ce centre de confidentialité, le 1er octobre 2026 à 07:57',
    'Version 2024-03\u00a0: dans ce centre de confidentialité, le 10 avril 2024 à 08:02',
  ])
  expect(within(section).getByText(/Ce n’est jamais un consentement/)).toBeVisible()
  await expectNoA11yViolations(document.body)
})

test('when the archive cannot be loaded, the page says so and offers a retry', async () => {
  await failThenRetry(endpoints.policy.versions, '/policy/versions')
  expect(await screen.findByRole('table', { name: '6 versions publiées' })).toBeVisible()
})
