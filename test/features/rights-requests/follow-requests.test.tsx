import { screen, within } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'

import { mockClock } from '#src/mocks/server/clock'
import { db } from '#src/mocks/server/db'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderApp } from '#test/support/render-app'

import { clearDrafts, requestsOf } from './rights-request-helpers'

afterEach(clearDrafts)

function rowOf(linkName: string): HTMLElement {
  const row = screen.getAllByRole('row').find((candidate) => within(candidate).queryByRole('link', { name: linkName }))
  if (!row) throw new Error(`No row for ${linkName}`)
  return row
}

function requestId(kind: string): string {
  const record = requestsOf('typical').find((request) => request.kind === kind)
  if (!record) throw new Error(`No ${kind} request`)
  return record.id
}

test('the list shows each request’s type, reference, date received, status, due date and days left', async () => {
  await renderApp({ url: '/requests', signedInAs: 'typical' })
  await screen.findByRole('table', { name: 'Vos demandes, de la plus récente à la plus ancienne' })

  const restriction = within(rowOf('Limiter l’utilisation de mes données'))
  expect(restriction.getByText('Reçue')).toBeVisible()
  expect(restriction.getByText('20 nov. 2026')).toBeVisible()
  expect(restriction.getByText('20 déc. 2026')).toBeVisible()
  expect(restriction.getByText('22 jours')).toBeVisible()
  const access = within(rowOf('Accéder à mes données'))
  expect(access.getByText('Délai prolongé')).toBeVisible()
  expect(access.getByText('5 janv. 2027')).toBeVisible()
  const objection = within(rowOf('M’opposer à une utilisation de mes données'))
  expect(objection.getByText('En cours de traitement')).toBeVisible()
  expect(objection.getByText('En retard de 39 jours')).toBeVisible()
  expect(within(rowOf('Faire effacer mes données')).getByText('Traitée')).toBeVisible()
  expect(within(rowOf('Faire corriger mes données')).getByText('Refusée')).toBeVisible()
  expect(within(rowOf('Faire corriger mes données')).getByText('DRT-2026-000001')).toBeVisible()
  await expectNoA11yViolations(document.body)
})

test('a new account has no requests and is offered to make one', async () => {
  await renderApp({ url: '/requests', signedInAs: 'new' })
  expect(await screen.findByRole('heading', { name: 'Vous n’avez fait aucune demande' })).toBeVisible()
  expect(screen.getByRole('link', { name: 'Faire une demande' })).toBeVisible()
  await expectNoA11yViolations(document.body)
})

test('an extended request shows the reason, the new date on its clock, and the team’s message', async () => {
  await renderApp({ url: `/requests/${requestId('access')}`, signedInAs: 'typical' })
  await screen.findByRole('heading', { level: 1, name: 'Demande\u00a0: Accéder à mes données' })
  const clock = screen.getByRole('img', { name: /Délai de réponse/ })
  expect(clock).toHaveAccessibleName(expect.stringContaining('Il reste 38\u00a0jours.'))
  expect(
    screen.getByText(/Le délai initial, jusqu’au 5 novembre 2026, a été prolongé jusqu’au 5 janvier 2027/),
  ).toBeVisible()
  const timeline = within(screen.getByRole('region', { name: 'Historique' }))
  expect(timeline.getByText('Délai de réponse prolongé')).toBeVisible()
  expect(timeline.getByText('Nouvelle date de réponse : 5 janvier 2027.')).toBeVisible()
  expect(timeline.getByText(/relire chaque enregistrement pour masquer les informations/)).toBeVisible()
  const messages = within(screen.getByRole('region', { name: 'Messages de l’équipe confidentialité' }))
  expect(messages.getByText(/Nous avons besoin de plus de temps/)).toBeVisible()
  // The team has started: this request can no longer be cancelled.
  expect(screen.queryByRole('button', { name: 'Annuler cette demande' })).not.toBeInTheDocument()
  await expectNoA11yViolations(document.body)
})

test('an overdue request says so plainly and shows how to complain to the CNIL', async () => {
  const { user } = await renderApp({ url: `/requests/${requestId('objection')}`, signedInAs: 'typical' })
  expect(
    await screen.findByText(
      'Cette demande est en retard de 39 jours. Nous aurions dû vous répondre au plus tard le 20 octobre 2026.',
      { selector: 'p' },
    ),
  ).toBeVisible()
  expect(screen.getByText(/Nous n’avons pas répondu dans le délai légal/)).toBeVisible()
  expect(screen.getByRole('link', { name: 'Déposer une plainte sur le site de la CNIL' })).toHaveAttribute(
    'href',
    'https://www.cnil.fr/fr/plaintes',
  )
  expect(screen.getByText('En retard', { exact: false, selector: 'strong' })).toBeVisible()
  await expectNoA11yViolations(document.body)

  await user.click(screen.getByRole('link', { name: 'Comment adresser une réclamation à la CNIL' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Adresser une réclamation à la CNIL' })).toBeVisible()
  await expectNoA11yViolations(document.body)
})

test('a completed erasure states what was erased and what was kept, why and until when', async () => {
  await renderApp({ url: `/requests/${requestId('erasure')}`, signedInAs: 'typical' })
  const answer = within(await screen.findByRole('region', { name: 'Notre réponse' }))
  expect(answer.getByRole('heading', { name: 'Ce qui a été effacé' })).toBeVisible()
  expect(answer.getByText('Réactions aux publicités et campagnes')).toBeVisible()
  expect(answer.getByRole('heading', { name: 'Ce qui a été conservé, pourquoi et jusqu’à quand' })).toBeVisible()
  expect(answer.getByText('Pourquoi : une obligation légale.')).toBeVisible()
  expect(screen.queryByRole('img', { name: /Délai de réponse/ })).not.toBeInTheDocument()
  await expectNoA11yViolations(document.body)
})

test('a refused request gives the reasons and the right to complain', async () => {
  await renderApp({ url: `/requests/${requestId('rectification')}`, signedInAs: 'typical' })
  const refusal = within(await screen.findByRole('region', { name: 'Pourquoi nous avons refusé votre demande' }))
  expect(refusal.getByText(/Le montant de cette facture est exact/)).toBeVisible()
  expect(refusal.getByText(/adresser une réclamation à la CNIL ou saisir la justice/)).toBeVisible()
  expect(refusal.getByRole('link', { name: 'Déposer une plainte sur le site de la CNIL' })).toBeVisible()
  await expectNoA11yViolations(document.body)
})

test('a pending request can be cancelled after a confirmation', async () => {
  const { user } = await renderApp({ url: `/requests/${requestId('restriction')}`, signedInAs: 'typical' })
  await user.click(await screen.findByRole('button', { name: 'Annuler cette demande' }))
  const dialog = await screen.findByRole('dialog', { name: /Annuler cette demande/ })
  expect(within(dialog).getByText(/Nous ne traiterons pas la demande DRT-2026-000005/)).toBeVisible()
  await expectNoA11yViolations(document.body)

  await user.click(within(dialog).getByRole('button', { name: 'Non, la garder' }))
  expect(
    requestsOf('typical')
      .find((r) => r.kind === 'restriction')
      ?.events.at(-1)?.kind,
  ).not.toBe('cancelled')

  await user.click(screen.getByRole('button', { name: 'Annuler cette demande' }))
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Oui, annuler la demande' }))
  expect(await screen.findByText('Annulée', { selector: 'strong' })).toBeVisible()
  expect(screen.getByText('Demande annulée à votre demande')).toBeVisible()
  expect(screen.queryByRole('button', { name: 'Annuler cette demande' })).not.toBeInTheDocument()
  // The server's view: cancelled, and nothing more is planned.
  const record = db.rightsRequests.findFirst((q) => q.where({ id: requestId('restriction') }))
  expect(record?.events.at(-1)?.kind).toBe('cancelled')
  expect(record?.plan).toEqual([])
  await expectNoA11yViolations(document.body)
})

test('as the clock advances, requests move on: in progress after a week, answered after a month', async () => {
  const { unmount } = await renderApp({ url: '/requests', signedInAs: 'typical' })
  await screen.findByRole('table')
  expect(within(rowOf('Limiter l’utilisation de mes données')).getByText('Reçue')).toBeVisible()
  unmount()

  mockClock.advance({ days: 7 })
  const { unmount: unmountAgain } = await renderApp({ url: '/requests', signedInAs: 'typical' })
  await screen.findByRole('table')
  expect(within(rowOf('Limiter l’utilisation de mes données')).getByText('En cours de traitement')).toBeVisible()
  expect(within(rowOf('Limiter l’utilisation de mes données')).getByText('15 jours')).toBeVisible()
  expect(within(rowOf('Accéder à mes données')).getByText('Délai prolongé')).toBeVisible()
  unmountAgain()

  mockClock.advance({ months: 1 })
  const { user } = await renderApp({ url: '/requests', signedInAs: 'typical' })
  await screen.findByRole('table')
  expect(within(rowOf('Limiter l’utilisation de mes données')).getByText('Traitée')).toBeVisible()
  expect(within(rowOf('Accéder à mes données')).getByText('Traitée')).toBeVisible()
  expect(within(rowOf('Accéder à mes données')).getByText('Répondu')).toBeVisible()
  // The objection is still unanswered: more overdue than before.
  expect(within(rowOf('M’opposer à une utilisation de mes données')).getByText('En retard de 77 jours')).toBeVisible()
  await expectNoA11yViolations(document.body)

  await user.click(screen.getByRole('link', { name: 'Accéder à mes données' }))
  expect(await screen.findByRole('button', { name: 'Télécharger mes données (JSON)' })).toBeVisible()
  expect(screen.getByText('Demande traitée')).toBeVisible()
  await expectNoA11yViolations(document.body)
})

test('the overview shows the open requests and the next deadline', async () => {
  await renderApp({ url: '/', signedInAs: 'typical' })
  expect(await screen.findByText('3 demandes en cours.')).toBeVisible()
  expect(screen.getByText('1 demande en retard.')).toBeVisible()
  expect(
    screen.getByText('Prochaine échéance : Limiter l’utilisation de mes données, le 20 décembre 2026.'),
  ).toBeVisible()
  expect(screen.getByRole('link', { name: 'Voir toutes mes demandes' })).toBeVisible()
})

test('the overview of a new account says there are no open requests', async () => {
  await renderApp({ url: '/', signedInAs: 'new' })
  expect(await screen.findByText('Aucune demande en cours.')).toBeVisible()
})
