import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { objectToDirectMarketing } from '#src/mocks/effects/direct-marketing-objection'
import { server } from '#src/mocks/node'
import { db } from '#src/mocks/server/db'
import { scenarioHandler } from '#src/mocks/server/scenarios'
import { expectNoA11yViolations } from '#test/support/a11y'

import { objectionName, openConsentsPage, userIdOf } from './support'

function objectionRegion(): HTMLElement {
  return screen.getByRole('region', { name: 'Votre droit de vous opposer à la prospection commerciale' })
}

test('the objection to direct marketing is shown apart and takes one press, with no reason asked', async () => {
  const { user } = await openConsentsPage('typical')
  const section = within(objectionRegion())
  const toggle = await section.findByRole('switch', { name: objectionName })
  expect(toggle).not.toBeChecked()
  expect(section.getByText('Aucune opposition enregistrée.')).toBeVisible()
  expect(section.getByText(/sans donner de raison/)).toBeVisible()

  await user.click(toggle)

  expect(toggle).toBeChecked()
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  expect(section.queryByRole('textbox')).not.toBeInTheDocument()
  expect(
    await section.findByText('Opposition enregistrée le 28 novembre 2026, dans ce centre de confidentialité.'),
  ).toBeVisible()
  expect(await screen.findByText('Votre opposition à la prospection commerciale est enregistrée.')).toHaveAttribute(
    'role',
    'status',
  )
  const events = db.objectionEvents.findMany((q) => q.where({ userId: userIdOf('typical') }))
  expect(events.map((event) => [event.action, event.channel])).toEqual([['objected', 'privacy-centre']])
  await expectNoA11yViolations(document.body)
})

test('a refused objection rolls back and says the person still does not object', async () => {
  server.use(scenarioHandler('serverError', endpoints.consents.updateObjection, { once: true }))
  const { user } = await openConsentsPage('typical')
  const toggle = await within(objectionRegion()).findByRole('switch', { name: objectionName })

  await user.click(toggle)

  expect(await within(objectionRegion()).findByRole('alert')).toHaveTextContent(
    'Votre choix n’a pas pu être enregistré : vous ne vous opposez toujours pas à la prospection. Réessayez.',
  )
  expect(toggle).not.toBeChecked()
  expect(toggle).toHaveFocus()
  expect(db.objectionEvents.findMany((q) => q.where({ userId: userIdOf('typical') }))).toHaveLength(0)
  await expectNoA11yViolations(document.body)
})

test('the large account sees its objection, made through a rights request, and its history', async () => {
  const { user } = await openConsentsPage('large')
  const section = within(objectionRegion())
  expect(await section.findByRole('switch', { name: objectionName })).toBeChecked()
  expect(
    section.getByText('Opposition enregistrée le 15 janvier 2023, par une demande d’exercice de vos droits.', {
      selector: 'p',
    }),
  ).toBeVisible()
  await user.click(section.getByText('Historique de votre opposition'))
  const history = within(section.getByRole('list'))
  expect(history.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    'Opposition enregistrée le 15 janvier 2023, par une demande d’exercice de vos droits.',
    'Opposition levée le 2 juillet 2021, dans ce centre de confidentialité.',
    'Opposition enregistrée le 10 mars 2019, dans ce centre de confidentialité.',
  ])

  // Lifting it is the same single press.
  await user.click(section.getByRole('switch', { name: objectionName }))
  await waitFor(() =>
    expect(
      section.getByText('Opposition levée le 28 novembre 2026, dans ce centre de confidentialité.', { selector: 'p' }),
    ).toBeVisible(),
  )
})

test('an objection filed as a rights request is recorded once, however often it is filed', async () => {
  const userId = userIdOf('typical')
  await objectToDirectMarketing(userId, 'rights-request')
  await objectToDirectMarketing(userId, 'rights-request')
  await objectToDirectMarketing(userId, 'privacy-centre')

  const events = db.objectionEvents.findMany((q) => q.where({ userId }))
  expect(events.map((event) => [event.action, event.channel, event.occurredAt])).toEqual([
    ['objected', 'rights-request', '2026-11-28T09:00:00.000Z'],
  ])
  await openConsentsPage('typical')
  expect(await within(objectionRegion()).findByRole('switch', { name: objectionName })).toBeChecked()
  expect(
    within(objectionRegion()).getByText(
      'Opposition enregistrée le 28 novembre 2026, par une demande d’exercice de vos droits.',
    ),
  ).toBeVisible()
})
