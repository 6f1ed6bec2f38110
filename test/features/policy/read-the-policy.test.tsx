import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'

import { expectNoA11yViolations } from '#test/support/a11y'
import { renderApp } from '#test/support/render-app'

test('a signed-out visitor reads the version in force, every kind of block, and which text is the reference', async () => {
  const { router } = await renderApp({ url: '/policy' })
  expect(await screen.findByRole('heading', { level: 1, name: 'Politique de confidentialité' })).toBeVisible()
  expect(await screen.findByText('Version 2026-09, en vigueur depuis le 1er septembre 2026.')).toBeVisible()
  expect(screen.getByText('Ce texte en français est le texte de référence de la politique.')).toBeVisible()
  expect(router.state.location.pathname).toBe('/policy')

  // Sections and sub-sections, each with its anchor.
  expect(
    screen.getByRole('heading', { level: 2, name: 'Combien de temps conservons-nous vos données personnelles ?' }),
  ).toHaveAttribute('id', 'retention')
  expect(screen.getByRole('heading', { level: 3, name: 'Transferts de groupes' })).toHaveAttribute(
    'id',
    'group-transfers',
  )
  // A heading inside a section, a paragraph, a list item with its own anchor.
  expect(screen.getByRole('heading', { level: 3, name: 'Notre objectif' })).toHaveAttribute('id', 'purposes-heading')
  expect(screen.getByText(/^Nous traitons vos données personnelles aux fins suivantes/).closest('p')).toHaveAttribute(
    'id',
    'purposes-intro',
  )
  expect(screen.getByText(/y compris de la publicité sur mesure/).closest('li')).toHaveAttribute('id', 'purposes-b-4')
  // The retention table is a real table, with its headers and rows.
  const table = screen.getByRole('table', { name: /les délais de suppression suivants/ })
  expect(table).toHaveAttribute('id', 'retention-table')
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual(['Type de données', "Qu'est-ce que c'est ?", 'Délai de suppression'])
  const customerService = within(table).getByRole('rowheader', { name: 'Données relatives au service à la clientèle' })
  expect(customerService.closest('tr')).toHaveAttribute('id', 'retention-customer-service')
  expect(within(customerService.closest('tr')!).getByText(/1 mois \(enregistrements vocaux\)/)).toBeVisible()
  // The centre's notes are marked as the centre's, not the policy's.
  const notes = screen.getAllByRole('note')
  expect(notes.length).toBeGreaterThanOrEqual(5)
  expect(
    within(notes[0]!).getByText('Note du centre de confidentialité (ce n’est pas le texte de la politique)'),
  ).toBeVisible()
  // The address the published text hides is the operator's configured one.
  expect(screen.getAllByText(/privacy@dialogra\.example/).length).toBeGreaterThan(0)
  await expectNoA11yViolations(document.body)
})
