import { onlineManager } from '@tanstack/react-query'
import { act, screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { http } from 'msw'
import { expect, onTestFinished, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { headers } from '#src/contract/headers'
import { setCsrfToken } from '#src/lib/csrf-token'
import { server } from '#src/mocks/node'
import { apiUrl } from '#src/mocks/server/api-url'
import { db } from '#src/mocks/server/db'
import { validationProblem } from '#src/mocks/server/responses'
import { scenarioHandler } from '#src/mocks/server/scenarios'
import { expireCurrentSession } from '#src/mocks/session/test-controls'
import { expectNoA11yViolations } from '#test/support/a11y'
import { demoAccount } from '#test/support/demo-people'
import { renderApp } from '#test/support/render-app'

const createUrl = apiUrl(endpoints.privacyMessages.create.path)
const pageTitle = 'Contacter l’équipe confidentialité'
const submitName = 'Envoyer le message'

/** A canary: if this string appears in the receipt e-mail, the free text leaked (e-mail never carries it). */
const canary = 'Canari-texte-libre-7f3a'

/** Exactly 2,000 code points of French, Arabic (RTL), Hebrew and emoji, kept whole after a failure. */
function buildLongMessage(): string {
  const pattern = Array.from(`Données ${canary} مرحبا بالعالم שלום 👩‍👩‍👧‍👦 café ✅ `)
  const codePoints = Array.from({ length: 2000 }, (_, index) => pattern[index % pattern.length] ?? 'a')
  codePoints[1999] = '🙂' // never end on a space, which the schema would trim
  return codePoints.join('')
}

async function openContactPage() {
  const view = await renderApp({ url: '/contact', signedInAs: 'typical' })
  await screen.findByRole('heading', { level: 1, name: pageTitle })
  return view
}

/** Pastes rather than types: a person pasting 2,000 characters is realistic, and 2,000 keystrokes are slow. */
async function writeMessage(user: UserEvent, { topic = 'Mes droits', message }: { topic?: string; message: string }) {
  await user.click(screen.getByRole('radio', { name: topic }))
  await user.click(screen.getByRole('textbox', { name: 'Votre message' }))
  await user.paste(message)
}

function getMessageBox(): HTMLTextAreaElement {
  const box = screen.getByRole('textbox', { name: 'Votre message' })
  if (!(box instanceof HTMLTextAreaElement)) throw new Error('The message field is not a textarea')
  return box
}

/** Holds every create request until `release()`, then lets the real handler answer. */
function holdCreateRequests() {
  let release!: () => void
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  server.use(
    http.post(createUrl, async () => {
      await gate
      return undefined
    }),
  )
  return { release }
}

/** Records the Idempotency-Key of each create request, then lets the next handler answer. */
function recordIdempotencyKeys(): string[] {
  const keys: string[] = []
  server.use(
    http.post(createUrl, ({ request }) => {
      keys.push(request.headers.get(headers.idempotencyKey) ?? '')
      return undefined
    }),
  )
  return keys
}

test('sending a message shows the reference, the date received and the answer date, and e-mails a receipt without the text', async () => {
  const { user } = await openContactPage()
  await expectNoA11yViolations(document.body)

  await writeMessage(user, { message: `Que faites-vous de mon adresse IP ? ${canary}` })
  await user.click(screen.getByRole('button', { name: submitName }))

  expect(await screen.findByRole('heading', { name: 'Message envoyé' })).toHaveFocus()
  expect(screen.getByText('PRV-2026-000001')).toBeVisible()
  expect(screen.getByText('Mes droits')).toBeVisible()
  // The mock clock is frozen at 28 November 2026; the policy promises an answer within 30 days.
  expect(screen.getByText('Reçu le')).toBeVisible()
  expect(screen.getByText('28 novembre 2026')).toBeVisible()
  expect(screen.getByText('Réponse au plus tard le')).toBeVisible()
  expect(screen.getByText('28 décembre 2026')).toBeVisible()
  expect(screen.getByText(/vous répondra au plus tard le 28 décembre 2026/)).toBeVisible()
  expect(screen.getByText('Nous avons envoyé un accusé de réception à z•••@example.test.')).toBeVisible()
  expect(screen.getByText('Message envoyé. Votre référence est PRV-2026-000001.')).toHaveAttribute('role', 'status')
  expect(screen.queryByText(new RegExp(canary))).not.toBeInTheDocument()
  expect(document.title).toBe(`${pageTitle} – Centre de confidentialité`)
  await expectNoA11yViolations(document.body)

  // The server's view: the e-mail is invisible in the UI. Exactly one, to the account, without the text.
  const mail = db.outbox.all()
  expect(mail).toHaveLength(1)
  expect(mail[0]?.to).toBe(demoAccount('typical').email)
  expect(mail[0]?.body).toContain('PRV-2026-000001')
  expect(mail[0]?.body).toContain('28 décembre 2026')
  expect(`${mail[0]?.subject} ${mail[0]?.body}`).not.toContain(canary)
})

test('an empty submit shows the error summary, which takes focus and links to each field with the inline wording', async () => {
  const { user } = await openContactPage()

  await user.click(screen.getByRole('button', { name: submitName }))

  await screen.findByRole('heading', { name: 'Il y a un problème' })
  expect(document.title).toBe(`Erreur\u00a0: ${pageTitle} – Centre de confidentialité`)
  const summary = within(screen.getByRole('alert'))
  // The summary's container takes focus, so its heading and links are read first and Tab reaches its first link.
  await user.tab()
  expect(summary.getByRole('link', { name: 'Choisissez le sujet de votre message' })).toHaveFocus()

  const topicGroup = screen.getByRole('group', { name: 'À quel sujet souhaitez-vous nous écrire\u00a0?' })
  expect(topicGroup).toHaveAccessibleDescription('Erreur\u00a0: Choisissez le sujet de votre message')
  await user.click(summary.getByRole('link', { name: 'Choisissez le sujet de votre message' }))
  expect(screen.getByRole('radio', { name: 'Mes données' })).toHaveFocus()

  const box = getMessageBox()
  expect(box).toHaveAttribute('aria-invalid', 'true')
  expect(box).toHaveAccessibleDescription(expect.stringContaining('Erreur\u00a0: Saisissez votre message'))
  // The hint and the limit stay announced with the field (WCAG 3.3.2).
  expect(box).toHaveAccessibleDescription(expect.stringContaining('N’indiquez pas votre mot de passe'))
  expect(box).toHaveAccessibleDescription(
    expect.stringContaining('Vous pouvez saisir jusqu’à 2\u202f000\u00a0caractères'),
  )
  await user.click(summary.getByRole('link', { name: 'Saisissez votre message' }))
  expect(box).toHaveFocus()
  expect(box).not.toBeRequired()
  expect(screen.getByRole('form', { name: pageTitle })).toHaveAttribute('novalidate')

  await expectNoA11yViolations(document.body)
  // The server's view: nothing was stored.
  expect(db.privacyMessages.all()).toHaveLength(0)
})

test('the character count counts code points, as the server does, and too long a message is refused in the same words', async () => {
  const { user } = await openContactPage()
  await writeMessage(user, { message: '👨‍👩‍👧‍👦'.repeat(10) })
  // A family emoji is 7 code points: 10 of them leave 2,000 − 70.
  expect(screen.getByText(/^Il vous reste 1\s930\scaractères$/)).toBeVisible()

  await user.paste('a'.repeat(1931))
  expect(screen.getByText(/^Vous avez 1\scaractère de trop$/)).toBeVisible()
  await user.click(screen.getByRole('button', { name: submitName }))
  expect(
    await within(screen.getByRole('alert')).findByRole('link', {
      name: 'Votre message doit comporter 2\u00a0000\u00a0caractères au maximum',
    }),
  ).toBeVisible()
  expect(getMessageBox()).toHaveAccessibleDescription(
    expect.stringContaining('Votre message doit comporter 2\u00a0000\u00a0caractères au maximum'),
  )
})

test('a 422 from the server is shown on the field it concerns, in the contract’s words, and the text stays', async () => {
  // A server whose rules are stricter than the form's: its 422 must still reach the field.
  server.use(
    http.post(
      createUrl,
      () => validationProblem({ message: ['validation.privacyMessage.message.forbiddenCharacters'] }),
      {
        once: true,
      },
    ),
  )
  const { user } = await openContactPage()
  await writeMessage(user, { message: 'Texte collé depuis un traitement de texte' })
  await user.click(screen.getByRole('button', { name: submitName }))

  const wording =
    'Votre message contient des caractères qui ne sont pas autorisés\u00a0: supprimez les caractères de contrôle ou de mise en forme invisibles, par exemple en retapant le texte que vous avez collé'
  const summary = within(await screen.findByRole('alert'))
  await user.click(summary.getByRole('link', { name: wording }))
  const box = getMessageBox()
  expect(box).toHaveFocus()
  expect(box).toHaveAttribute('aria-invalid', 'true')
  expect(box).toHaveAccessibleDescription(expect.stringContaining(wording))
  expect(box).toHaveValue('Texte collé depuis un traitement de texte')
  expect(screen.getByRole('radio', { name: 'Mes droits' })).toBeChecked()
})

test('a server error keeps every character typed, says the message was not sent, and trying again sends it once', async () => {
  server.use(scenarioHandler('serverError', endpoints.privacyMessages.create, { once: true }))
  // Registered last, so it runs first and sees every attempt.
  const keys = recordIdempotencyKeys()
  const message = buildLongMessage()
  const { user } = await openContactPage()
  await writeMessage(user, { topic: 'Mes données', message })
  expect(screen.getByText(/^Il vous reste 0\scaractère$/)).toBeVisible()

  await user.click(screen.getByRole('button', { name: submitName }))

  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(
    'Votre message n’a pas été envoyé, car le service rencontre un problème. Ce que vous avez écrit est conservé. Réessayez dans quelques instants.',
  )
  expect(getMessageBox().value).toBe(message)
  expect(screen.getByRole('radio', { name: 'Mes données' })).toBeChecked()
  const button = screen.getByRole('button', { name: submitName })
  expect(button).not.toHaveAttribute('aria-disabled')
  expect(button).toBeEnabled()

  await user.click(button)
  expect(await screen.findByRole('heading', { name: 'Message envoyé' })).toHaveFocus()
  // The requirement is a count: the retry reused the first key, and the server holds one message,
  // exactly as written (the server's view).
  expect(keys).toHaveLength(2)
  expect(keys[1]).toBe(keys[0])
  expect(db.privacyMessages.all().map((record) => record.message)).toEqual([message])
})

test('a network failure says we couldn’t connect, which is not the server-error message, and a retry works', async () => {
  server.use(scenarioHandler('networkFailure', endpoints.privacyMessages.create, { once: true }))
  const { user } = await openContactPage()
  await writeMessage(user, { message: 'Bonjour, je voudrais savoir…' })
  await user.click(screen.getByRole('button', { name: submitName }))

  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('Nous n’avons pas pu nous connecter. Votre message n’a pas été envoyé.')
  expect(alert).toHaveTextContent('Vérifiez votre connexion, puis réessayez.')
  expect(alert).not.toHaveTextContent('le service rencontre un problème')
  expect(getMessageBox()).toHaveValue('Bonjour, je voudrais savoir…')

  await user.click(screen.getByRole('button', { name: submitName }))
  expect(await screen.findByRole('heading', { name: 'Message envoyé' })).toBeVisible()
})

test('a double click sends one message; the button says it is sending and keeps focus meanwhile', async () => {
  const { release } = holdCreateRequests()
  const { user } = await openContactPage()
  await writeMessage(user, { message: 'Un seul message, s’il vous plaît.' })

  await user.dblClick(screen.getByRole('button', { name: submitName }))
  await user.click(screen.getByRole('button', { name: 'Envoi du message…' }))

  const pending = screen.getByRole('button', { name: 'Envoi du message…' })
  expect(pending).toHaveAttribute('aria-disabled', 'true')
  expect(pending).toBeEnabled()
  expect(pending).toHaveFocus()
  release()
  expect(await screen.findByRole('heading', { name: 'Message envoyé' })).toHaveFocus()
  // The requirement is a count (a double submit sends one message): the server's view holds one message.
  expect(db.privacyMessages.all()).toHaveLength(1)
})

test('pressing Enter twice on the button sends one message', async () => {
  const { release } = holdCreateRequests()
  const { user } = await openContactPage()
  await writeMessage(user, { message: 'Un seul message, même au clavier.' })

  screen.getByRole('button', { name: submitName }).focus()
  await user.keyboard('{Enter}{Enter}')
  expect(screen.getByRole('button', { name: 'Envoi du message…' })).toHaveFocus()
  release()
  expect(await screen.findByRole('heading', { name: 'Message envoyé' })).toBeVisible()
  expect(db.privacyMessages.all()).toHaveLength(1)
})

test('when the session expires while typing, signing in again in place sends the message once, as typed', async () => {
  const keys = recordIdempotencyKeys()
  const message = buildLongMessage()
  const { user } = await openContactPage()
  await writeMessage(user, { message })
  await expireCurrentSession()

  await user.click(screen.getByRole('button', { name: submitName }))

  const dialog = await screen.findByRole('dialog', { name: 'Vous avez été déconnecté' })
  // The form is still there, under the dialog, with everything typed.
  expect(getMessageBox().value).toBe(message)
  await user.type(within(dialog).getByLabelText('Mot de passe'), demoAccount('typical').password)
  await user.click(within(dialog).getByRole('button', { name: 'Se connecter' }))

  expect(await screen.findByRole('heading', { name: 'Message envoyé' })).toBeVisible()
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  // The server's view: one message, exactly as typed, sent with the same key before and after sign-in.
  expect(db.privacyMessages.all().map((record) => record.message)).toEqual([message])
  expect(new Set(keys).size).toBe(1)
})

test('with a tampered CSRF token the server refuses the message and the page says it was not sent', async () => {
  const { user } = await openContactPage()
  await writeMessage(user, { message: 'Ce message doit venir de moi.' })
  setCsrfToken('tampered-token-000000000000')

  await user.click(screen.getByRole('button', { name: submitName }))

  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Votre message n’a pas été envoyé, car nous n’avons pas pu vérifier qu’il venait bien de vous.',
  )
  expect(getMessageBox()).toHaveValue('Ce message doit venir de moi.')
  // The server's view: the forged request changed nothing.
  expect(db.privacyMessages.all()).toHaveLength(0)
  expect(db.outbox.all()).toHaveLength(0)

  // The session's real token is fetched again, so the person's own retry goes through.
  await user.click(screen.getByRole('button', { name: submitName }))
  expect(await screen.findByRole('heading', { name: 'Message envoyé' })).toBeVisible()
})

test('offline, the message is not sent and the page says so; back online, it is sent once', async () => {
  onTestFinished(() => {
    onlineManager.setOnline(true)
  })
  const { user } = await openContactPage()
  await writeMessage(user, { message: 'Écrit dans le train.' })

  act(() => {
    onlineManager.setOnline(false)
  })
  // Announced through a live region that was already on the page (WCAG 4.1.3).
  expect(
    screen.getAllByRole('status').filter((region) => region.textContent.startsWith('Vous êtes hors ligne.')),
  ).toHaveLength(1)
  await user.click(screen.getByRole('button', { name: submitName }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Votre message n’a pas été envoyé, car vous êtes hors ligne. Ce que vous avez écrit est conservé.',
  )
  expect(getMessageBox()).toHaveValue('Écrit dans le train.')
  // No silent queue for a message with legal weight: the server's view stays empty.
  expect(db.privacyMessages.all()).toHaveLength(0)

  act(() => {
    onlineManager.setOnline(true)
  })
  expect(screen.queryByText(/^Vous êtes hors ligne\./)).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: submitName }))
  expect(await screen.findByRole('heading', { name: 'Message envoyé' })).toBeVisible()
  expect(db.privacyMessages.all()).toHaveLength(1)
})

test('when too many messages were sent, the page says when to try again', async () => {
  server.use(scenarioHandler('rateLimited', endpoints.privacyMessages.create, { once: true }))
  const { user } = await openContactPage()
  await writeMessage(user, { message: 'Encore une question.' })
  await user.click(screen.getByRole('button', { name: submitName }))

  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Votre message n’a pas été envoyé, car trop de messages ont été envoyés en peu de temps.',
  )
  expect(screen.getByText(/^Vous pourrez réessayer à partir de \d{1,2}[:h]\s?\d{2}\.$/)).toBeVisible()
  expect(getMessageBox()).toHaveValue('Encore une question.')
})

test('after a message is sent, “Écrire un autre message” opens an empty form', async () => {
  const { user } = await openContactPage()
  await writeMessage(user, { message: 'Premier message.' })
  await user.click(screen.getByRole('button', { name: submitName }))
  await user.click(await screen.findByRole('button', { name: 'Écrire un autre message' }))

  expect(getMessageBox()).toHaveValue('')
  await writeMessage(user, { topic: 'Autre chose', message: 'Second message.' })
  await user.click(screen.getByRole('button', { name: submitName }))
  expect(await screen.findByText('PRV-2026-000002')).toBeVisible()
})
