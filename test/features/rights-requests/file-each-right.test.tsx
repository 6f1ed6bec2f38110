import { screen, waitFor } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'

import { getDirectMarketingObjection } from '#src/mocks/consents/direct-marketing-objection'
import { getUserHistory } from '#src/mocks/my-data/generated-history'
import { getRecord } from '#src/mocks/my-data/records-query'
import { mockClock } from '#src/mocks/server/clock'
import { db } from '#src/mocks/server/db'
import { findUserByEmail } from '#src/mocks/session/users'
import { expectNoA11yViolations } from '#test/support/a11y'
import { captureDownloads } from '#test/support/capture-downloads'
import { demoAccount } from '#test/support/demo-people'
import { renderApp } from '#test/support/render-app'

import { clearDrafts, checkTitle, openFlow, requestsOf } from './rights-request-helpers'

// Drafts live in memory for the whole tab, like the app's; each test starts with none.
afterEach(clearDrafts)

const sendName = 'Envoyer la demande'

/** The clock moved past the session's idle timeout: come back as the person would, signed in again. */
async function comeBackLater(unmount: () => void, url: string, days: number) {
  unmount()
  mockClock.advance({ days })
  return renderApp({ url, signedInAs: 'new' })
}

test('a rectification shows the current value, files the correct one with a statement, and the new name is applied when completed', async () => {
  const { user, unmount } = await renderApp({ url: '/requests/new', signedInAs: 'new' })
  await openFlow(user, 'Faire corriger mes données')
  const item = await screen.findByRole('radio', { name: 'Votre nom' })
  expect(item).toHaveAccessibleDescription('Actuellement\u00a0: Noah Petit')
  await user.click(item)
  await user.type(screen.getByRole('textbox', { name: /Quelle est la bonne valeur/ }), 'Noé Petit')
  await user.type(
    screen.getByRole('textbox', { name: /Déclaration complémentaire/ }),
    'Mon prénom s’écrit avec un accent.',
  )
  await expectNoA11yViolations(document.body)
  await user.click(screen.getByRole('button', { name: 'Continuer' }))

  await screen.findByRole('heading', { level: 1, name: checkTitle })
  expect(screen.getByText('Noé Petit')).toBeVisible()
  expect(screen.getByText('Mon prénom s’écrit avec un accent.')).toBeVisible()
  await user.click(screen.getByRole('button', { name: sendName }))
  await user.click(await screen.findByRole('link', { name: 'Suivre cette demande' }))
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Demande\u00a0: Faire corriger mes données' }),
  ).toBeVisible()
  expect(screen.getByText('Reçue', { selector: 'strong' })).toBeVisible()

  await comeBackLater(unmount, `/requests/${requestsOf('new')[0]?.id ?? ''}`, 6)
  expect(await screen.findByText('L’information a été corrigée. Nouvelle valeur : Noé Petit.')).toBeVisible()
  expect(screen.getByText('Traitée', { selector: 'strong' })).toBeVisible()
  expect(screen.getByRole('link', { name: 'Voir mes données' })).toBeVisible()
  // The server's view: the account now holds the corrected name (My data reads it from there).
  expect(findUserByEmail(demoAccount('new').email)?.name).toBe('Noé Petit')
  await expectNoA11yViolations(document.body)
})

test('a restriction asks for the ground and the scope, and is applied a week later', async () => {
  const { user, unmount } = await renderApp({ url: '/requests/new', signedInAs: 'new' })
  await openFlow(user, 'Limiter l’utilisation de mes données')
  await user.click(screen.getByRole('radio', { name: 'Je conteste l’exactitude de mes données' }))
  await user.click(screen.getByRole('radio', { name: 'Toutes mes données' }))
  await user.click(screen.getByRole('button', { name: 'Continuer' }))
  await screen.findByRole('heading', { level: 1, name: checkTitle })
  expect(screen.getByText('Je conteste l’exactitude de mes données')).toBeVisible()
  await user.click(screen.getByRole('button', { name: sendName }))
  expect(await screen.findByRole('heading', { level: 2, name: 'Demande reçue' })).toBeVisible()

  await comeBackLater(unmount, `/requests/${requestsOf('new')[0]?.id ?? ''}`, 8)
  expect(await screen.findByText(/Nous conservons les données concernées mais ne les utilisons plus/)).toBeVisible()
  expect(screen.getByText('Limiter l’utilisation de mes données', { exact: false })).toBeVisible()
})

test('an objection to a legitimate-interest use asks for the grounds relating to the person’s situation', async () => {
  const { user } = await renderApp({ url: '/requests/new', signedInAs: 'new' })
  await openFlow(user, 'M’opposer à une utilisation de mes données')
  const analytics = screen.getByRole('radio', { name: 'Analyses et statistiques' })
  // The interest Dialogra states for this use, from the register (GDPR Art. 13(1)(d)).
  await waitFor(() => {
    expect(analytics).toHaveAccessibleDescription(/^Améliorer et développer nos services/)
  })
  await user.click(analytics)
  const grounds = screen.getByRole('textbox', { name: /justifie votre opposition/ })
  await user.type(grounds, 'Je travaille dans la concurrence.')
  await user.click(screen.getByRole('button', { name: 'Continuer' }))
  await screen.findByRole('heading', { level: 1, name: checkTitle })
  expect(screen.getByText('Analyses et statistiques')).toBeVisible()
  expect(screen.getByText('Je travaille dans la concurrence.')).toBeVisible()
  await user.click(screen.getByRole('button', { name: sendName }))
  expect(await screen.findByRole('heading', { level: 2, name: 'Demande reçue' })).toBeVisible()
  expect(screen.getByText('Nous vous répondrons au plus tard le 28 décembre 2026.')).toBeVisible()
  // The acknowledgement never carries the grounds: free text stays out of e-mail.
  expect(
    db.outbox
      .all()
      .map((mail) => mail.body)
      .join('\n'),
  ).not.toContain('concurrence')
})

test('an objection to direct marketing asks no grounds, takes effect at once and stops it in Consents too', async () => {
  const { user } = await renderApp({ url: '/requests/new', signedInAs: 'new' })
  await openFlow(user, 'M’opposer à une utilisation de mes données')
  await user.click(screen.getByRole('radio', { name: 'Offres et publicité personnalisées (prospection)' }))
  expect(screen.getByRole('region', { name: 'Aucune justification n’est demandée' })).toBeVisible()
  expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
  await expectNoA11yViolations(document.body)
  await user.click(screen.getByRole('button', { name: 'Continuer' }))
  await screen.findByRole('heading', { level: 1, name: checkTitle })
  expect(screen.getByText('Non demandé pour la prospection')).toBeVisible()
  await user.click(screen.getByRole('button', { name: sendName }))

  expect(await screen.findByRole('heading', { level: 2, name: 'Demande reçue et déjà appliquée' })).toBeVisible()
  expect(screen.getByText('Votre demande a pris effet immédiatement. Vous n’avez rien d’autre à faire.')).toBeVisible()
  expect(requestsOf('new')[0]?.events.at(-1)?.kind).toBe('completed')
  // The server's view: Consents records the objection, made through a rights request.
  const userId = findUserByEmail(demoAccount('new').email)?.id ?? ''
  expect(getDirectMarketingObjection(userId).isObjecting).toBe(true)
  expect(getDirectMarketingObjection(userId).history[0]?.channel).toBe('rights-request')
})

test('portability is filed as a request, and its answer is a JSON file to download', async () => {
  const { user, unmount } = await renderApp({ url: '/requests/new', signedInAs: 'new' })
  await openFlow(user, 'Récupérer mes données dans un fichier')
  expect(screen.getByText(/dans un fichier JSON, un format structuré et lisible par une machine/)).toBeVisible()
  await user.click(screen.getByRole('button', { name: 'Continuer' }))
  await screen.findByRole('heading', { level: 1, name: checkTitle })
  expect(screen.getByText('Fichier JSON')).toBeVisible()
  await user.click(screen.getByRole('button', { name: sendName }))
  expect(await screen.findByRole('heading', { level: 2, name: 'Demande reçue' })).toBeVisible()

  const { user: laterUser } = await comeBackLater(unmount, `/requests/${requestsOf('new')[0]?.id ?? ''}`, 11)
  const download = await screen.findByRole('button', { name: 'Télécharger mes données (JSON)' })
  expect(screen.getByText('Le fichier de vos données est prêt, au format JSON, lisible par une machine.')).toBeVisible()
  const downloads = captureDownloads()
  await laterUser.click(download)
  expect(await screen.findByText('Le fichier a été téléchargé.')).toBeVisible()
  // The file a person saves: named after the request, machine-readable, with their data in it.
  expect(downloads.names).toEqual([expect.stringMatching(/^DRT-\d{4}-\d{6}\.json$/)])
  const file: unknown = JSON.parse((await downloads.blobs[0]?.text()) ?? 'null')
  expect(JSON.stringify(file)).toContain(demoAccount('new').email)
  downloads.restore()
})

test('a rectification opened from a record in My data offers that record’s text, and the correction shows there once completed', async () => {
  const owner = findUserByEmail(demoAccount('typical').email)
  if (!owner) throw new Error('No typical user')
  const contact = getUserHistory(owner).customerService.findLast((item) => item.channel === 'call_log')
  if (!contact) throw new Error('No call log')
  const { user, unmount } = await renderApp({
    url: `/requests/new/rectification?categoryId=customer-service&recordId=${contact.id}`,
    signedInAs: 'typical',
  })
  const topic = await screen.findByRole('radio', { name: 'Sujet' })
  expect(topic).toHaveAccessibleDescription(/^Actuellement\u00a0: \S/)
  // Other text can be corrected too; dates and durations cannot be retyped.
  expect(screen.getByRole('radio', { name: 'Type de contact' })).toBeVisible()
  expect(screen.queryByRole('radio', { name: 'Durée' })).not.toBeInTheDocument()
  await user.click(topic)
  await user.type(screen.getByRole('textbox', { name: /Quelle est la bonne valeur/ }), 'Question sur un remboursement')
  await user.click(screen.getByRole('button', { name: 'Continuer' }))
  await user.click(await screen.findByRole('button', { name: sendName }))
  expect(await screen.findByRole('heading', { level: 2, name: 'Demande reçue' })).toBeVisible()

  unmount()
  mockClock.advance({ days: 6 })
  await renderApp({ url: '/requests', signedInAs: 'typical' })
  await screen.findByRole('table')
  // The server's view of My data: the record now holds the corrected topic.
  const corrected = getRecord(owner, 'customer-service', contact.id)
  expect(corrected?.fields.find((field) => field.key === 'topic')?.value).toEqual({
    type: 'text',
    value: 'Question sur un remboursement',
  })
})
