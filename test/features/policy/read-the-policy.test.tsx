import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { server } from '#src/mocks/node'
import { findVersion, toDocument } from '#src/mocks/policy/versions'
import { apiUrl } from '#src/mocks/server/api-url'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderApp } from '#test/support/render-app'

import { failThenRetry } from './support'

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
  expect(screen.getByText(/^Nous traitons vos données personnelles aux fins suivantes/)).toHaveAttribute(
    'id',
    'purposes-intro',
  )
  expect(screen.getByText(/y compris de la publicité sur mesure/)).toHaveAttribute('id', 'purposes-b-4')
  // The retention table is a real table, with its headers and rows.
  const table = screen.getByRole('table', { name: /les délais de suppression suivants/ })
  expect(table).toHaveAttribute('id', 'retention-table')
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual(['Type de données', "Qu'est-ce que c'est ?", 'Délai de suppression'])
  const customerService = within(table).getByRole('row', { name: /^Données relatives au service à la clientèle/ })
  expect(customerService).toHaveAttribute('id', 'retention-customer-service')
  expect(within(customerService).getByText(/1 mois \(enregistrements vocaux\)/)).toBeVisible()
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

test('in English, the page shows the centre’s translation, says the French is the reference, and offers it', async () => {
  const { user, router } = await renderApp({ url: '/policy', locale: 'en' })
  expect(await screen.findByRole('heading', { level: 1, name: 'Privacy policy' })).toBeVisible()
  expect(
    await screen.findByRole('heading', { level: 2, name: 'How long do we keep your personal data?' }),
  ).toBeVisible()
  expect(screen.getByText(/^You are reading the English translation the centre made/)).toBeVisible()
  // The policy's own mistranslation is kept, and the centre's note says how it reads it.
  expect(screen.getByText(/with our collaborators and sponsors/)).toBeVisible()
  expect(screen.getByText(/“Collaborateurs” \(collaborators\) is a mistranslation/)).toBeVisible()
  await expectNoA11yViolations(document.body)

  await user.click(screen.getByRole('link', { name: 'Read the reference text, in French' }))
  expect(router.state.location.search).toBe('?text=fr')
  const heading = await screen.findByRole('heading', {
    level: 2,
    name: 'Combien de temps conservons-nous vos données personnelles ?',
  })
  // The text is marked as French for screen readers and translation tools (WCAG 3.1.2); the page stays English.
  const text = screen.getByRole('article', { name: 'Politique de confidentialité' })
  expect(text).toHaveAttribute('lang', 'fr')
  expect(text).toContainElement(heading)
  expect(screen.getByRole('heading', { level: 1, name: 'Privacy policy' })).toBeVisible()
  expect(screen.getAllByText('Note from the privacy centre (not the text of the policy)')[0]).toHaveAttribute(
    'lang',
    'en',
  )
  expect(screen.getByRole('link', { name: 'Read the centre’s English translation' })).toBeVisible()
  await expectNoA11yViolations(document.body)
})

test('a link to a passage opens the policy there, with focus on it', async () => {
  await renderApp({ url: '/policy#purposes-b-4' })
  const passage = await screen.findByText(/y compris de la publicité sur mesure/)
  await waitFor(() => expect(passage).toHaveFocus())
  expect(passage).toHaveAttribute('id', 'purposes-b-4')
})

test('the contents move focus to a section and put its anchor in the address', async () => {
  const { user } = await renderApp({ url: '/policy' })
  const contents = await screen.findByRole('navigation', { name: 'Sommaire' })
  await user.click(
    within(contents).getByRole('link', { name: 'Combien de temps conservons-nous vos données personnelles ?' }),
  )
  expect(
    screen.getByRole('heading', { level: 2, name: 'Combien de temps conservons-nous vos données personnelles ?' }),
  ).toHaveFocus()
  expect(window.location.hash).toBe('#retention')
})

test('the policy is linked from the footer and from the sign-in page', async () => {
  const { user } = await renderApp({ url: '/sign-in' })
  await screen.findByRole('heading', { level: 1, name: 'Se connecter' })
  expect(
    within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Politique de confidentialité de Dialogra' }),
  ).toHaveAttribute('href', '/policy')
  await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'politique de confidentialité' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Politique de confidentialité' })).toBeVisible()
})

test('My data links to the policy its facts come from', async () => {
  const { user } = await renderApp({ url: '/my-data', signedInAs: 'typical' })
  const link = await screen.findByRole('link', { name: 'lire la politique de confidentialité' })
  expect(screen.getByRole('main')).toContainElement(link)
  expect(
    within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Politique de confidentialité de Dialogra' }),
  ).toBeVisible()
  await user.click(link)
  expect(await screen.findByRole('heading', { level: 1, name: 'Politique de confidentialité' })).toBeVisible()
  // Signed in, the page keeps the centre's navigation around the policy.
  expect(screen.getByRole('navigation', { name: 'Menu principal' })).toBeVisible()
})

test('policy content that looks like code is shown as text, never run', async () => {
  const payload = '<script>window.__policyPwned = true</script><img src=x onerror="window.__policyPwned = true">'
  server.use(
    http.get(apiUrl(endpoints.policy.current.path), () => {
      const version = findVersion('2026-09')!
      const policy = toDocument(version)
      const [first, ...rest] = policy.sections
      return HttpResponse.json({
        ...policy,
        sections: [
          {
            ...first!,
            title: { fr: payload, en: payload },
            blocks: [{ type: 'paragraph', id: 'privacy-intro', term: null, text: { fr: payload, en: payload } }],
          },
          ...rest,
        ],
      })
    }),
  )
  await renderApp({ url: '/policy' })
  expect(await screen.findByRole('heading', { level: 2, name: payload })).toBeVisible()
  expect(screen.getByText(payload, { selector: 'p' })).toBeVisible()
  expect(within(screen.getByRole('main')).queryByRole('img')).not.toBeInTheDocument()
  expect((window as { __policyPwned?: boolean }).__policyPwned).toBeUndefined()
})

test('when the policy cannot be loaded, the page says so and offers a retry', async () => {
  await failThenRetry(endpoints.policy.current, '/policy')
  expect(await screen.findByText('Version 2026-09, en vigueur depuis le 1er septembre 2026.')).toBeVisible()
})
