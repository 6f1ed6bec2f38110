import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { server } from '#src/mocks/node'
import { mockClock } from '#src/mocks/server/clock'
import { db } from '#src/mocks/server/db'
import { scenarioHandler } from '#src/mocks/server/scenarios'
import { expectNoA11yViolations } from '#test/support/a11y'
import { demoAccount } from '#test/support/demo-people'
import { renderApp } from '#test/support/render-app'

import { consentNames, serverStatus, userIdOf } from '../consents/support'

const noticeName = 'Notre politique de confidentialité a changé'
const acknowledgeName = 'J’ai pris connaissance de ces changements'

/** The planned version 2026-12 takes effect on 28 December 2026, a month into the demo. */
function letThePlannedVersionTakeEffect() {
  mockClock.advance({ months: 1 })
}

async function openOverview() {
  const view = await renderApp({ url: '/', signedInAs: 'typical' })
  await screen.findByRole('heading', { level: 1, name: 'Aperçu' })
  return view
}

test('no notice while the version in force is the one the person last acknowledged', async () => {
  const { queryClient } = await openOverview()
  // The server's answer has arrived (an absence is only meaningful once the question was answered).
  await waitFor(() => expect(queryClient.getQueryState(['policy-notice', 'current'])?.status).toBe('success'))
  expect(screen.queryByRole('region', { name: noticeName })).not.toBeInTheDocument()
})

test('after a significant version takes effect, the next sign-in shows a focused notice with the changes and the comparison', async () => {
  letThePlannedVersionTakeEffect()
  const { user } = await renderApp({ url: '/sign-in' })
  await screen.findByRole('heading', { level: 1, name: 'Se connecter' })
  const typical = demoAccount('typical')
  await user.type(screen.getByLabelText('Adresse e-mail'), typical.email)
  await user.type(screen.getByLabelText('Mot de passe'), typical.password)
  await user.click(screen.getByRole('button', { name: 'Se connecter' }))

  const notice = await screen.findByRole('region', { name: noticeName })
  await waitFor(() => expect(notice).toHaveFocus())
  expect(screen.getByRole('heading', { level: 1, name: 'Aperçu' })).toBeVisible()
  expect(
    within(notice).getByText(
      /^La version 2026-12 de la politique de confidentialité est en vigueur depuis le 28 décembre 2026\. Voici ses changements importants depuis la version 2026-09/,
    ),
  ).toBeVisible()
  const [changes] = within(notice).getAllByRole('list')
  expect(
    within(changes!)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    expect.stringMatching(
      /^Nous ne partageons plus vos informations avec nos partenaires et sponsors sans votre consentement/,
    ),
    'Les enregistrements vocaux du service client sont conservés 3 mois au lieu de 1 mois.',
  ])
  expect(
    within(notice).getByRole('link', {
      name: 'Voir ce qui a changé entre les versions 2026-09 et 2026-12, et ce que cela change pour vous',
    }),
  ).toHaveAttribute('href', '/policy/compare?from=2026-09&to=2026-12')
  // The consent the change needs is asked for apart, in the Consents page's terms, and is not given.
  expect(
    within(notice).getByRole('heading', { level: 3, name: 'Un consentement vous est demandé, séparément' }),
  ).toBeVisible()
  expect(within(notice).getByRole('switch', { name: consentNames.partnerSharing })).not.toBeChecked()
  await expectNoA11yViolations(document.body)
})

test('acknowledging is recorded with the version and the time, and is not a consent to anything', async () => {
  letThePlannedVersionTakeEffect()
  const { user } = await openOverview()
  const userId = userIdOf('typical')
  const consentEvents = db.consentEvents.findMany((q) => q.where({ userId })).length
  const notice = await screen.findByRole('region', { name: noticeName })

  await user.click(within(notice).getByRole('button', { name: acknowledgeName }))

  const confirmation = await screen.findByRole('region', { name: 'C’est enregistré' })
  await waitFor(() => expect(confirmation).toHaveFocus())
  expect(confirmation).toHaveTextContent(
    'Vous avez indiqué le 28 décembre 2026 à 09:00 avoir pris connaissance de la version 2026-12. Ce n’est pas un consentement',
  )
  expect(screen.queryByRole('region', { name: noticeName })).not.toBeInTheDocument()
  await expectNoA11yViolations(document.body)

  // The server's view: one acknowledgement with the version and the time, and no consent event at all.
  expect(db.policyAcknowledgements.findMany((q) => q.where({ userId, versionId: '2026-12' }))).toEqual([
    expect.objectContaining({ acknowledgedAt: '2026-12-28T09:00:00.000Z', channel: 'privacy-centre' }),
  ])
  expect(db.consentEvents.findMany((q) => q.where({ userId }))).toHaveLength(consentEvents)
  expect(serverStatus('typical', 'partner-sharing')).toBe('withdrawn')

  // Listed with the others in the archive; the notice does not come back on the next page.
  await user.click(within(confirmation).getByRole('link', { name: 'Voir vos consentements' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Vos consentements' })).toBeVisible()
  expect(screen.queryByRole('region', { name: noticeName })).not.toBeInTheDocument()
  expect(screen.queryByRole('region', { name: 'C’est enregistré' })).not.toBeInTheDocument()
  expect(await screen.findByRole('switch', { name: consentNames.partnerSharing })).not.toBeChecked()
})

test('the consent a change needs is given only by its own switch, which does not acknowledge the notice', async () => {
  letThePlannedVersionTakeEffect()
  const { user } = await openOverview()
  const notice = await screen.findByRole('region', { name: noticeName })
  const consentSwitch = within(notice).getByRole('switch', { name: consentNames.partnerSharing })

  await user.click(consentSwitch)

  await waitFor(() => expect(serverStatus('typical', 'partner-sharing')).toBe('given'))
  expect(await within(notice).findByText(/^Consentement donné\s: Partage avec nos partenaires/)).toBeVisible()
  expect(consentSwitch).toBeChecked()
  // Still to acknowledge: giving a consent is not reading the notice, and the reverse is not true either.
  expect(screen.getByRole('region', { name: noticeName })).toBeVisible()
  expect(db.policyAcknowledgements.findMany((q) => q.where({ versionId: '2026-12' }))).toEqual([])
  await expectNoA11yViolations(document.body)
})

test('an acknowledgement that fails says so and keeps the notice', async () => {
  letThePlannedVersionTakeEffect()
  server.use(scenarioHandler('serverError', endpoints.policy.acknowledge))
  const { user } = await openOverview()
  const notice = await screen.findByRole('region', { name: noticeName })

  await user.click(within(notice).getByRole('button', { name: acknowledgeName }))

  expect(await within(notice).findByRole('alert')).toHaveTextContent('Nous n’avons pas pu l’enregistrer. Réessayez.')
  expect(within(notice).getByRole('button', { name: acknowledgeName })).toBeVisible()
  expect(db.policyAcknowledgements.findMany((q) => q.where({ versionId: '2026-12' }))).toEqual([])
  await expectNoA11yViolations(document.body)
})

test('the notice’s link opens the comparison of the two versions', async () => {
  letThePlannedVersionTakeEffect()
  const { user, router } = await openOverview()
  const notice = await screen.findByRole('region', { name: noticeName })

  await user.click(
    within(notice).getByRole('link', { name: /^Voir ce qui a changé entre les versions 2026-09 et 2026-12/ }),
  )

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Comparer les versions 2026-09 et 2026-12' }),
  ).toBeVisible()
  expect(router.state.location.search).toBe('?from=2026-09&to=2026-12')
  expect(await screen.findByRole('heading', { level: 2, name: 'Ce que cela change pour vous' })).toBeVisible()
})
