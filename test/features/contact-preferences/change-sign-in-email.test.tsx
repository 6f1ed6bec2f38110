import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'

import { db } from '#src/mocks/server/db'
import { ageCurrentAuthentication } from '#src/mocks/session/test-controls'
import { expectNoA11yViolations } from '#test/support/a11y'
import { demoAccount } from '#test/support/demo-people'
import { renderApp } from '#test/support/render-app'

const oldEmail = demoAccount('typical').email
const newEmail = 'nouvelle.adresse@example.test'

async function requestNewEmail() {
  const view = await renderApp({ url: '/settings', signedInAs: 'typical' })
  const { user } = view
  const email = await screen.findByRole('textbox', { name: 'Adresse e-mail' }, { timeout: 5000 })
  // The last sign-in is older than the five minutes a sensitive change allows (RFC 9470 max_age=300).
  await ageCurrentAuthentication(600)
  await user.clear(email)
  await user.type(email, newEmail)
  await user.click(screen.getByRole('button', { name: 'Enregistrer mes coordonnées' }))
  return view
}

/** The link of the confirmation message, as the person would open it. */
function confirmationLink(): string {
  const message = db.outbox.findFirst((q) => q.where({ to: newEmail }))
  const link = /\/settings\/confirm-email\?token=[0-9a-f]+/.exec(message?.body ?? '')?.[0]
  if (!link) throw new Error('No confirmation link in the outbox')
  return link
}

test('a new sign-in email asks for the password first, then waits for the link sent to the new address; the old address is told', async () => {
  const { user } = await requestNewEmail()

  const dialog = await screen.findByRole('dialog', { name: 'Confirmez votre identité' })
  await expectNoA11yViolations(document.body)
  // Nothing changed before the person proved who they are.
  expect(db.outbox.all()).toHaveLength(0)
  await user.type(within(dialog).getByLabelText('Mot de passe'), demoAccount('typical').password)
  await user.click(within(dialog).getByRole('button', { name: 'Confirmer' }))

  expect(
    await screen.findByText(
      /^Vos coordonnées sont enregistrées\. Nous avons envoyé un lien à nouvelle\.adresse@example\.test\s:\souvrez-le/,
    ),
  ).toBeVisible()
  expect(screen.getByRole('region', { name: 'Nouvelle adresse en attente de confirmation' })).toHaveTextContent(
    `Tant que vous ne l’avez pas ouvert, vous vous connectez toujours avec ${oldEmail}.`,
  )
  await expectNoA11yViolations(document.body)

  // The server's view (the mail is invisible in the UI): the sign-in email has not changed yet.
  expect(db.users.findFirst((q) => q.where({ email: oldEmail }))).toBeDefined()
  const toNew = db.outbox.findMany((q) => q.where({ to: newEmail }))
  const toOld = db.outbox.findMany((q) => q.where({ to: oldEmail }))
  expect(toNew).toHaveLength(1)
  expect(toNew[0]?.subject).toBe('Confirmez votre nouvelle adresse e-mail')
  expect(toNew[0]?.body).toMatch(/\/settings\/confirm-email\?token=[0-9a-f]{48}/)
  expect(toOld).toHaveLength(1)
  expect(toOld[0]?.subject).toBe('Demande de changement de votre adresse e-mail')
  // The token itself is never stored, only its digest.
  const token = new URL(confirmationLink(), 'http://app.test').searchParams.get('token') ?? ''
  expect(JSON.stringify(db.emailChanges.all())).not.toContain(token)
})

test('cancelling the password step leaves the email unchanged and keeps what was typed', async () => {
  const { user } = await requestNewEmail()
  const dialog = await screen.findByRole('dialog', { name: 'Confirmez votre identité' })
  await user.click(within(dialog).getByRole('button', { name: 'Annuler' }))

  const summary = within(await screen.findByRole('alert'))
  expect(summary.getByText(/Votre adresse e-mail n’a pas été changée/)).toBeVisible()
  expect(screen.getByRole('textbox', { name: 'Adresse e-mail' })).toHaveValue(newEmail)
  expect(db.outbox.all()).toHaveLength(0)
  expect(db.emailChanges.all()).toHaveLength(0)
})

test('opening the link while signed in and confirming makes the new address the sign-in email', async () => {
  const first = await requestNewEmail()
  const dialog = await screen.findByRole('dialog', { name: 'Confirmez votre identité' })
  await first.user.type(within(dialog).getByLabelText('Mot de passe'), demoAccount('typical').password)
  await first.user.click(within(dialog).getByRole('button', { name: 'Confirmer' }))
  await screen.findByRole('region', { name: 'Nouvelle adresse en attente de confirmation' })
  const link = confirmationLink()
  first.unmount()

  const { user } = await renderApp({ url: link, signedInAs: 'typical' })
  await screen.findByRole('heading', { level: 1, name: 'Confirmer votre nouvelle adresse e-mail' }, { timeout: 5000 })
  await expectNoA11yViolations(document.body)
  await user.click(screen.getByRole('button', { name: 'Confirmer ma nouvelle adresse' }))

  expect(await screen.findByRole('heading', { name: 'Adresse e-mail confirmée' })).toBeVisible()
  expect(
    screen.getByText(`Vous vous connectez désormais avec ${newEmail}. Nous avons prévenu votre ancienne adresse.`),
  ).toBeVisible()
  await expectNoA11yViolations(document.body)
  // The header's "signed in as" and the account read the new email after the session was refreshed.
  expect(db.users.findFirst((q) => q.where({ email: newEmail }))).toBeDefined()
  expect(db.outbox.findMany((q) => q.where({ to: oldEmail })).map((mail) => mail.subject)).toContain(
    'Votre adresse e-mail de connexion a changé',
  )

  // Back on Settings, the form shows the new sign-in email and nothing is pending any more.
  await user.click(screen.getByRole('link', { name: 'Retour aux paramètres' }))
  expect(await screen.findByRole('textbox', { name: 'Adresse e-mail' })).toHaveValue(newEmail)
  expect(screen.queryByRole('region', { name: 'Nouvelle adresse en attente de confirmation' })).not.toBeInTheDocument()
})

test('a used, unknown or missing link is refused in plain words', async () => {
  const { user } = await renderApp({ url: '/settings/confirm-email?token=abc123', signedInAs: 'typical' })
  await user.click(await screen.findByRole('button', { name: 'Confirmer ma nouvelle adresse' }, { timeout: 5000 }))
  expect(await screen.findByText(/Ce lien ne fonctionne plus/)).toBeVisible()
  await expectNoA11yViolations(document.body)
  await waitFor(() => expect(db.users.findFirst((q) => q.where({ email: oldEmail }))).toBeDefined())
})

test('a link without its token says so', async () => {
  await renderApp({ url: '/settings/confirm-email', signedInAs: 'typical' })
  expect(await screen.findByText(/Ce lien est incomplet/, {}, { timeout: 5000 })).toBeVisible()
  await expectNoA11yViolations(document.body)
})
