import { screen, within } from '@testing-library/react'
import { http } from 'msw'

import type { ConsentPurposeId } from '#src/contract/consents'
import { endpoints } from '#src/contract/endpoints'
import { server } from '#src/mocks/node'
import { apiUrl } from '#src/mocks/server/api-url'
import { db } from '#src/mocks/server/db'
import { demoAccount, type Person } from '#test/support/demo-people'
import { renderApp } from '#test/support/render-app'

/** The consents' accessible names, as the switches are named by their visible titles. */
export const consentNames = {
  groupMarketing: 'Marketing par les autres sociétés du groupe Dialogra',
  partnerSharing: 'Partage avec nos partenaires, sponsors et annonceurs',
  cookies: 'Cookies et technologies similaires soumis à consentement',
} as const

export const objectionName = 'Je m’oppose à la prospection commerciale, y compris au profilage pour la publicité ciblée'

export async function openConsentsPage(person: Person = 'typical', url = '/consents') {
  const view = await renderApp({ url, signedInAs: person })
  // The large account's history makes the first render slower on a busy machine.
  await screen.findByRole('heading', { level: 1, name: 'Vos consentements' }, { timeout: 5000 })
  await screen.findByRole('switch', { name: consentNames.groupMarketing }, { timeout: 5000 })
  return view
}

/** The list item holding a consent's switch, its state line and its messages. */
export function consentItem(name: string): HTMLElement {
  const item = screen.getAllByRole('listitem').find((candidate) => within(candidate).queryByRole('switch', { name }))
  if (!item) throw new Error(`No list item around the switch "${name}"`)
  return item
}

export function consentSwitch(name: string): HTMLElement {
  return screen.getByRole('switch', { name })
}

/** The server's view of a consent: the action of the person's latest event for it. */
export function serverStatus(person: Person, purposeId: ConsentPurposeId): 'given' | 'withdrawn' | 'not-given' {
  const userId = db.users.findFirst((q) => q.where({ email: demoAccount(person).email }))?.id ?? ''
  const events = db.consentEvents.findMany((q) => q.where({ userId, purposeId }))
  const last = events.at(-1)
  if (!last) return 'not-given'
  return last.action === 'withdrawn' ? 'withdrawn' : 'given'
}

export function userIdOf(person: Person): string {
  const user = db.users.findFirst((q) => q.where({ email: demoAccount(person).email }))
  if (!user) throw new Error(`No user for ${person}`)
  return user.id
}

export function ledgerRows(): HTMLElement[] {
  const table = screen.getByRole('table', { name: /événements?$/ })
  // The first row holds the column headers.
  return within(table).getAllByRole('row').slice(1)
}

/** Holds every consent update until `release()`, then lets the real handler answer. */
export function holdConsentUpdates() {
  let release!: () => void
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  server.use(
    http.put(apiUrl(endpoints.consents.update.path), async () => {
      await gate
      return undefined
    }),
  )
  return { release }
}
