import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { server } from '#src/mocks/node'
import { scenarioHandler } from '#src/mocks/server/scenarios'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderApp } from '#test/support/render-app'

import { consentNames } from '../consents/support'

const impactHeading = 'Ce que cela change pour vous'

/** French quotes, with the non-breaking spaces French typography puts inside them. */
function quoted(text: string): string {
  return `«\u00a0${text}\u00a0»`
}

/** A compared section: a region named by its title (with the words that mark it added or removed). */
function changedSection(name: string | RegExp): HTMLElement {
  return screen.getByRole('region', { name })
}

function impactSection(): Promise<HTMLElement> {
  return screen.findByRole('region', { name: impactHeading })
}

/** The item of "what this means for you" about one change, found by the start of its summary. */
async function impactOf(section: HTMLElement, summary: RegExp): Promise<HTMLElement> {
  await within(section).findByText(summary)
  const item = within(section)
    .getAllByRole('listitem')
    .find((candidate) => within(candidate).queryByText(summary))
  if (!item) throw new Error(`No change ${String(summary)}`)
  return item
}

test('comparing the oldest and the current versions shows the changed sections first: added, removed and moved', async () => {
  await renderApp({ url: '/policy/compare?from=2016-10&to=2026-09' })
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Comparer les versions 2016-10 et 2026-09' }),
  ).toBeVisible()
  const changedHeading = await screen.findByRole('heading', { level: 2, name: /sections modifiées$/ })
  const unchangedHeading = screen.getByRole('heading', { level: 2, name: /sections? inchangées?$/ })
  // Changed sections come before the unchanged ones.
  expect(changedHeading.compareDocumentPosition(unchangedHeading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()

  // A section the GDPR brought, one that disappeared, and one that changed place.
  const legalBases = changedSection(/Sur quelle base juridique du GDPR/)
  expect(within(legalBases).getByText('Section ajoutée')).toBeVisible()
  expect(within(legalBases).getAllByRole('insertion').length).toBeGreaterThan(0)
  expect(within(legalBases).queryAllByRole('deletion')).toHaveLength(0)
  const cookies = changedSection(/Cookies/)
  expect(within(cookies).getByText('Section supprimée')).toBeVisible()
  expect(
    within(cookies)
      .getAllByRole('deletion')
      .map((run) => run.textContent),
  ).toEqual([
    '−[début de la suppression]Cookies[fin de la suppression]',
    expect.stringMatching(/Nous utilisons des cookies/),
  ])
  expect(within(cookies).queryAllByRole('insertion')).toHaveLength(0)
  expect(screen.getAllByText(/déplacée$/).length).toBeGreaterThan(0)

  // Word by word: the retention of transaction data went from 5 to 10 years.
  const retention = changedSection('Combien de temps conservons-nous vos données personnelles ?')
  const transactions = within(retention).getByRole('row', { name: /^Données de transaction/ })
  // Marked without relying on colour: a symbol, underline or strike-through, and words a screen reader reads.
  expect(within(transactions).getByRole('deletion')).toHaveTextContent(
    '−[début de la suppression]5[fin de la suppression]',
  )
  expect(within(transactions).getByRole('insertion')).toHaveTextContent('+[début de l’ajout]10[fin de l’ajout]')

  // What changed, version by version, with the significant changes marked in words.
  const changes = screen.getByRole('region', { name: 'Ce qui a changé' })
  expect(within(changes).getByText('Version 2018-05, entrée en vigueur le 1er mai 2018')).toBeVisible()
  expect(within(changes).getAllByText('Changement important :').length).toBeGreaterThan(3)

  // Unchanged sections link to the later version's text.
  const unchanged = screen.getByRole('region', { name: /sections? inchangées?$/ })
  for (const link of within(unchanged).getAllByRole('link')) {
    expect(link).toHaveAttribute('href', expect.stringMatching(/^\/policy\/versions\/2026-09#[a-z-]+$/))
  }
  // Signed out: what this means is offered after signing in, and back here.
  expect(
    within(await impactSection()).getByRole('link', { name: 'Se connecter pour voir ce que cela change pour vous' }),
  ).toHaveAttribute('href', '/sign-in?returnTo=%2Fpolicy%2Fcompare%3Ffrom%3D2016-10%26to%3D2026-09')
  await expectNoA11yViolations(document.body)
})

test('a comparison asked for the other way round reads from the earlier version to the later one', async () => {
  const { router } = await renderApp({ url: '/policy/compare?from=2026-09&to=2024-03' })
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Comparer les versions 2024-03 et 2026-09' }),
  ).toBeVisible()
  expect(router.state.location.search).toBe('?from=2024-03&to=2026-09')
})

test('the comparison form needs two different versions, and compares them in order', async () => {
  const { user, router } = await renderApp({ url: '/policy/versions' })
  const form = await screen.findByRole('form', { name: 'Choisir les versions à comparer' })

  await user.click(within(form).getByRole('button', { name: 'Comparer' }))
  const summary = await screen.findByRole('alert')
  // The summary's focus target is the wrapper around its alert (govuk-frontend): a generic with tabindex -1.
  const focusTarget = screen
    .getAllByRole('generic')
    .find((element) => element.getAttribute('tabindex') === '-1' && element.contains(summary))
  await waitFor(() => expect(focusTarget).toHaveFocus())
  expect(within(summary).getByRole('link', { name: 'Choisissez une version' })).toHaveAttribute('href', '#from')
  expect(within(summary).getByRole('link', { name: 'Choisissez l’autre version' })).toHaveAttribute('href', '#to')
  expect(document.title).toMatch(/^Erreur/)
  await expectNoA11yViolations(document.body)

  await user.selectOptions(within(form).getByRole('combobox', { name: 'Une version' }), '2026-09 – 1er septembre 2026')
  await user.selectOptions(
    within(form).getByRole('combobox', { name: 'L’autre version' }),
    '2026-09 – 1er septembre 2026',
  )
  await user.click(within(form).getByRole('button', { name: 'Comparer' }))
  expect(
    await within(screen.getByRole('alert')).findByRole('link', { name: 'Choisissez deux versions différentes' }),
  ).toBeVisible()
  // What was chosen stays chosen (WCAG 3.3.7).
  expect(within(form).getByRole('combobox', { name: 'Une version' })).toHaveValue('2026-09')

  await user.selectOptions(within(form).getByRole('combobox', { name: 'Une version' }), '2021-06 – 1er juin 2021')
  await user.click(within(form).getByRole('button', { name: 'Comparer' }))
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Comparer les versions 2021-06 et 2026-09' }),
  ).toBeVisible()
  expect(router.state.location.search).toBe('?from=2021-06&to=2026-09')
})

test('what this means for you, for someone whose consents the change does not touch', async () => {
  // The typical customer withdrew the partner-sharing consent in 2024 and has customer-service data.
  await renderApp({ url: '/policy/compare?from=2026-09&to=2026-12', signedInAs: 'typical' })
  const section = await impactSection()
  const partners = await impactOf(section, /^Nous ne partageons plus vos informations avec nos partenaires/)
  expect(
    within(partners).getByText(
      `Vous n’avez pas donné le consentement « ${consentNames.partnerSharing} » : cette partie du changement ne s’applique à vos données que si vous le donnez.`,
    ),
  ).toBeVisible()
  expect(within(partners).queryByRole('link', { name: /^Retirer votre consentement/ })).not.toBeInTheDocument()
  // Tailored advertising still concerns them: their data serves it, and they can object without a reason.
  expect(
    within(partners).getByRole('link', {
      name: `Vous opposer à la finalité ${quoted('Offres et publicité sur mesure')}`,
    }),
  ).toHaveAttribute('href', '/requests/new/objection?purposeId=tailored-advertising')
  expect(within(partners).getByRole('link', { name: 'Modifier vos préférences de contact' })).toHaveAttribute(
    'href',
    '/settings',
  )

  const recordings = await impactOf(section, /^Les enregistrements vocaux du service client sont conservés 3 mois/)
  expect(
    within(recordings).getByText('nous détenons des données de la catégorie « Données relatives au service client »'),
  ).toBeVisible()
  expect(
    within(recordings).getByRole('link', {
      name: `Demander l’effacement de vos données ${quoted('Données relatives au service client')}`,
    }),
  ).toHaveAttribute('href', '/requests/new/erasure?categoryId=customer-service')
  // The correction of a typo concerns nobody's data.
  expect(within(section).getByText('1 autre changement ne vous concerne pas')).toBeInTheDocument()
  await expectNoA11yViolations(document.body)
})

test('what this means for you, for someone whose consent the change touches: a link to withdraw it', async () => {
  const { user } = await renderApp({ url: '/consents', signedInAs: 'typical' })
  await user.click(await screen.findByRole('switch', { name: consentNames.partnerSharing }))
  await screen.findByText(/^Consentement donné\s: Partage avec nos partenaires/)

  await user.click(screen.getAllByRole('link', { name: 'Politique de confidentialité de Dialogra' })[0]!)
  await screen.findByRole('heading', { level: 1, name: 'Politique de confidentialité' })
  await user.click(await screen.findByRole('link', { name: 'Voir ce qui va changer' }))

  const section = await impactSection()
  const partners = await impactOf(section, /^Nous ne partageons plus vos informations avec nos partenaires/)
  expect(within(partners).getByText(`vous avez donné le consentement « ${consentNames.partnerSharing} »`)).toBeVisible()
  expect(
    within(partners).getByRole('link', { name: `Retirer votre consentement ${quoted(consentNames.partnerSharing)}` }),
  ).toHaveAttribute('href', '/consents?purpose=partner-sharing')
  await expectNoA11yViolations(document.body)
})

test('a new account with no customer-service data is not concerned by the longer keeping of recordings', async () => {
  await renderApp({ url: '/policy/compare?from=2026-09&to=2026-12', signedInAs: 'new' })
  const section = await impactSection()
  await within(section).findByText(/^Nous ne partageons plus vos informations avec nos partenaires/)
  expect(within(section).getByText('2 autres changements ne vous concernent pas')).toBeInTheDocument()
  const others = within(section).getByRole('group')
  expect(
    within(others).getByText(/^Les enregistrements vocaux du service client sont conservés 3 mois/),
  ).toBeInTheDocument()
})

test('when what the person holds cannot be loaded, the comparison still shows and the personal part offers a retry', async () => {
  server.use(scenarioHandler('serverError', endpoints.consents.list))
  const { user } = await renderApp({ url: '/policy/compare?from=2026-09&to=2026-12', signedInAs: 'typical' })
  const section = await impactSection()
  expect(
    await within(section).findByRole('heading', { level: 3, name: 'Désolé, le service rencontre un problème' }),
  ).toBeVisible()
  expect(await screen.findByRole('heading', { level: 2, name: /sections? modifiées?$/ })).toBeVisible()
  await expectNoA11yViolations(document.body)

  server.resetHandlers()
  await user.click(within(section).getByRole('button', { name: 'Réessayer' }))
  expect(
    await within(section).findByText(/^Nous ne partageons plus vos informations avec nos partenaires/),
  ).toBeVisible()
})

test('a version that was never published cannot be compared', async () => {
  await renderApp({ url: '/policy/compare?from=2019-01&to=2026-09' })
  expect(await screen.findByRole('heading', { level: 2, name: 'Cette version n’existe pas' })).toBeVisible()
  expect(screen.getByText('L’une des deux versions demandées n’a pas été publiée.')).toBeVisible()
  await expectNoA11yViolations(document.body)
})
