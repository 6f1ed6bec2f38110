import { screen } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'

import { rightsRequestDrafts } from '#src/features/rights-requests/draft-store'
import type { RightsRequestRecord } from '#src/mocks/rights-requests/records'
import { db } from '#src/mocks/server/db'
import { findUserByEmail } from '#src/mocks/session/users'
import { demoAccount, type Person } from '#test/support/demo-people'

/** The server's view of a person's requests: filing and cancelling are invisible until the list reloads. */
export function requestsOf(person: Person): RightsRequestRecord[] {
  const user = findUserByEmail(demoAccount(person).email)
  if (!user) throw new Error(`No user for ${person}`)
  return db.rightsRequests.findMany((q) => q.where({ userId: user.id }))
}

/** From the choice page, opens the flow of one right by its link. */
export async function openFlow(user: UserEvent, linkName: string): Promise<void> {
  await screen.findByRole('heading', { level: 1, name: 'Faire une demande' })
  await user.click(screen.getByRole('link', { name: linkName }))
  await screen.findByRole('heading', { level: 1, name: linkName })
}

export const checkTitle = 'Vérifiez votre demande'

export function clearDrafts(): void {
  rightsRequestDrafts.clear()
}
