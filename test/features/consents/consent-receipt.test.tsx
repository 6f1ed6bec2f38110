import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'

import { consentTexts } from '#src/mocks/consents/consent-texts'
import { db } from '#src/mocks/server/db'
import { expectNoA11yViolations } from '#test/support/a11y'
import { captureDownloads } from '#test/support/capture-downloads'
import { renderApp } from '#test/support/render-app'

import { consentItem, consentNames, consentSwitch, ledgerRows, openConsentsPage, userIdOf } from './support'

/** The value shown for a label of the receipt's description list (each term has one definition). */
function field(label: string): string {
  const index = screen.getAllByRole('term').findIndex((term) => term.textContent === label)
  return screen.getAllByRole('definition')[index]?.textContent ?? ''
}

test('a withdrawal’s receipt shows the event as recorded, and its JSON file carries the same facts in ISO/IEC TS 27560 fields', async () => {
  const downloads = captureDownloads()
  const { user, router } = await openConsentsPage('typical')
  await user.click(consentSwitch(consentNames.groupMarketing))
  await within(consentItem(consentNames.groupMarketing)).findByText(/^Retiré le 28 novembre 2026/)
  await waitFor(() => expect(ledgerRows()).toHaveLength(9))

  await user.click(within(ledgerRows()[0] ?? document.body).getByRole('link', { name: /^Reçu/ }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Reçu de consentement' })).toBeVisible()
  await screen.findByText('Numéro du reçu')

  const event = db.consentEvents
    .findMany((q) => q.where({ userId: userIdOf('typical'), purposeId: 'group-marketing' }))
    .at(-1)
  if (!event) throw new Error('no event recorded')
  expect(router.state.location.pathname).toBe(`/consents/receipts/${event.id}`)
  expect(field('Numéro du reçu')).toBe(event.id)
  expect(field('Consentement')).toBe(consentNames.groupMarketing)
  expect(field('Votre choix')).toBe('Retiré')
  expect(field('Date et heure')).toBe('28 novembre 2026 à 09:00')
  expect(field('Où')).toBe('Centre de confidentialité')
  expect(field('Version de la politique de confidentialité')).toBe('2026-09')
  expect(field('Texte qui vous était présenté')).toBe(event.wording.fr)
  expect(field('Base légale')).toBe('Votre consentement (RGPD, article 6, paragraphe 1, point a)')
  expect(field('Responsable du traitement')).toContain('Dialogra')
  expect(screen.getByRole('button', { name: 'Imprimer le reçu' })).toBeVisible()
  await expectNoA11yViolations(document.body)

  await user.click(screen.getByRole('button', { name: 'Télécharger le reçu (JSON)' }))
  expect(downloads.names).toEqual([`consent-receipt-${event.id}.json`])
  const blob = downloads.blobs[0]
  expect(blob?.type).toBe('application/json')
  const file: unknown = JSON.parse((await blob?.text()) ?? '')
  expect(file).toEqual({
    schema_version: 'ISO/IEC TS 27560:2023',
    record_id: `cr_${userIdOf('typical')}_group-marketing`,
    pii_principal_id: userIdOf('typical'),
    pii_controllers: [
      {
        pii_controller: 'Dialogra',
        contact: 'privacy@dialogra.example',
        phone: '+442045771003',
        email: 'privacy@dialogra.example',
      },
    ],
    jurisdiction: 'FR',
    purposes: [
      {
        purpose_id: 'group-marketing',
        purpose: event.purposeTitle,
        purpose_description: consentTexts['group-marketing'].description,
        lawful_basis: 'consent',
        pii_categories: ['account', 'user-data', 'transactions'],
      },
    ],
    notice: {
      notice_id: 'https://dialogra.example/privacy-policy/2026-09#group-marketing',
      notice_version: '2026-09',
      notice_url: 'https://dialogra.example/privacy-policy/2026-09',
      notice_content: event.wording,
    },
    event: {
      event_id: event.id,
      event_time: event.occurredAt,
      event_type: 'withdrawn',
      event_by: 'pii_principal',
      event_state: 'withdrawn',
      collection_method: 'privacy-centre',
    },
  })
  expect(screen.getByText(`Le reçu consent-receipt-${event.id}.json a été téléchargé.`)).toHaveAttribute(
    'role',
    'status',
  )
  downloads.restore()
})

test('an old receipt quotes the wording and policy version in force at the time, not today’s', async () => {
  const event = db.consentEvents.findFirst((q) =>
    q.where({ userId: userIdOf('typical'), purposeId: 'cookies-consent', action: 'given' }),
  )
  if (!event) throw new Error('no seeded event')
  await renderApp({ url: `/consents/receipts/${event.id}`, signedInAs: 'typical' })
  await screen.findByText('Numéro du reçu')
  expect(field('Version de la politique de confidentialité')).toBe('2021-06')
  expect(field('Où')).toBe('Bandeau cookies')
  expect(field('Votre choix')).toBe('Donné')
  expect(field('Date et heure')).toBe('14 mars 2023 à 10:15')
  expect(field('Texte qui vous était présenté')).toBe('J’accepte les cookies de mesure d’audience et de publicité.')
})

test('the receipt reads in English too', async () => {
  const event = db.consentEvents.findFirst((q) => q.where({ userId: userIdOf('new') }))
  if (!event) throw new Error('no seeded event')
  await renderApp({ url: `/consents/receipts/${event.id}`, signedInAs: 'new', locale: 'en' })
  expect(await screen.findByRole('heading', { level: 1, name: 'Consent receipt' })).toBeVisible()
  await screen.findByText('Receipt number')
  expect(screen.getByText('Marketing by the other Dialogra group companies')).toBeVisible()
  expect(screen.getByText('Sign-up')).toBeVisible()
  await expectNoA11yViolations(document.body)
})

test('someone else’s receipt is not found, and the page says so without showing anything of it', async () => {
  const othersEvent = db.consentEvents.findFirst((q) => q.where({ userId: userIdOf('large') }))
  if (!othersEvent) throw new Error('no seeded event')
  await renderApp({ url: `/consents/receipts/${othersEvent.id}`, signedInAs: 'typical' })
  expect(await screen.findByRole('heading', { name: 'Ce reçu est introuvable' })).toBeVisible()
  expect(screen.queryByText('Numéro du reçu')).not.toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Retour à vos consentements' })).toHaveAttribute('href', '/consents')
  await expectNoA11yViolations(document.body)
})
