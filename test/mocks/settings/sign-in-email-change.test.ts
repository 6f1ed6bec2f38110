import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'

import { ContactDetailsSchema, ContactPreferencesSchema } from '#src/contract/contact-preferences'
import { endpoints } from '#src/contract/endpoints'
import type { ApiClient } from '#src/lib/api-client'
import { server } from '#src/mocks/node'
import { apiUrl } from '#src/mocks/server/api-url'
import { mockClock } from '#src/mocks/server/clock'
import { db } from '#src/mocks/server/db'
import { ageCurrentAuthentication } from '#src/mocks/session/test-controls'
import { apiFailure } from '#test/support/api-failure'
import { signIn } from '#test/support/api-session'
import { saveContactDetails } from '#test/support/contact-details'
import { demoAccount } from '#test/support/demo-people'

/*
 * Changing the sign-in email, and a server that breaks the contract. Mock only: the confirmation link is read
 * from the mock's outbox, step-up and expiry need the server's clock, and the broken answer is a handler
 * override; none of this can be done over HTTP (test/api/settings.test.ts holds the rest).
 */

/** The seeded details are at version 1. */
function save(client: ApiClient, changes: Parameters<typeof saveContactDetails>[1]) {
  return saveContactDetails(client, changes, '"1"')
}

function confirmationToken(to: string): string {
  const link = db.outbox.findFirst((q) => q.where({ to }))?.body ?? ''
  return /token=([0-9a-f]+)/.exec(link)?.[1] ?? ''
}

test('a new sign-in email needs a recent authentication; a phone or address change does not', async () => {
  const { client } = await signIn()
  await ageCurrentAuthentication(600)
  const stepUp = await apiFailure(save(client, { email: 'autre@example.test' }))
  expect(stepUp.isStepUpRequired).toBe(true)
  expect(stepUp.maxAgeSeconds).toBe(300)
  expect(db.outbox.all()).toHaveLength(0)

  const saved = await save(client, { phone: '+447700900123' })
  expect(saved.phone).toBe('+447700900123')
  expect(saved.pendingEmail).toBeNull()
})

test('the confirmation link works once, only for its account, and only for 24 hours', async () => {
  const { client } = await signIn()
  const saved = await save(client, { email: 'Nouvelle@Example.test' })
  expect(saved.email).toBe(demoAccount('typical').email)
  expect(saved.pendingEmail).toBe('Nouvelle@Example.test')
  const token = confirmationToken('Nouvelle@Example.test')

  const { client: otherAccount } = await signIn('large')
  const foreign = await apiFailure(
    otherAccount.request(endpoints.contactDetails.confirmEmail, { schema: ContactDetailsSchema, body: { token } }),
  )
  expect(foreign.fieldErrors).toEqual({ token: ['validation.contactDetails.confirmation.token.invalid'] })

  const { client: owner } = await signIn('typical')
  const confirmed = await owner.request(endpoints.contactDetails.confirmEmail, {
    schema: ContactDetailsSchema,
    body: { token },
  })
  expect(confirmed.email).toBe('Nouvelle@Example.test')
  expect(confirmed.pendingEmail).toBeNull()
  const again = await apiFailure(
    owner.request(endpoints.contactDetails.confirmEmail, { schema: ContactDetailsSchema, body: { token } }),
  )
  expect(again.status).toBe(422)
})

test('an expired confirmation link is refused', async () => {
  await save((await signIn()).client, { email: 'tardive@example.test' })
  const token = confirmationToken('tardive@example.test')
  mockClock.advance({ days: 1, seconds: 1 })
  const error = await apiFailure(
    (await signIn()).client.request(endpoints.contactDetails.confirmEmail, {
      schema: ContactDetailsSchema,
      body: { token },
    }),
  )
  expect(error.status).toBe(422)
})

test('a response that breaks the contract is refused by the client', async () => {
  const { client } = await signIn()
  server.use(
    http.get(apiUrl(endpoints.contactPreferences.get.path), () => HttpResponse.json({ topics: [{ id: 'x' }] })),
  )
  const error = await apiFailure(client.request(endpoints.contactPreferences.get, { schema: ContactPreferencesSchema }))
  expect(error.kind).toBe('contract')
})
