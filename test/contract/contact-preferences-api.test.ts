import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'

import {
  ContactDetailsSchema,
  ContactPreferencesSchema,
  ContactTopicSchema,
  PreferenceHistorySchema,
  StopMarketingResultSchema,
  type UpdateContactDetailsBody,
} from '#src/contract/contact-preferences'
import { endpoints } from '#src/contract/endpoints'
import { headers } from '#src/contract/headers'
import type { ApiClient } from '#src/lib/api-client'
import { server } from '#src/mocks/node'
import { apiUrl } from '#src/mocks/server/api-url'
import { mockClock } from '#src/mocks/server/clock'
import { db } from '#src/mocks/server/db'
import { ageCurrentAuthentication, createSession } from '#src/mocks/session/test-controls'
import { apiFailure } from '#test/support/api-failure'
import { demoAccount } from '#test/support/render-app'
import { signedInClient } from '#test/support/signed-in-client'

/*
 * The Settings endpoints seen from outside the page: what the mock server accepts, refuses and stores
 * (the acceptance list for the real API). The db is read as the server's view.
 */

const body: UpdateContactDetailsBody = {
  email: demoAccount('typical').email,
  phone: '+33612345678',
  postalAddress: { line1: '1 place du Marché', line2: '', postcode: '75004', city: 'Paris', country: 'FR' },
  language: 'en',
}

function save(client: ApiClient, changes: Partial<UpdateContactDetailsBody>, ifMatch?: string) {
  return client.request(endpoints.contactDetails.update, {
    schema: ContactDetailsSchema,
    body: { ...body, ...changes },
    ...(ifMatch === undefined ? {} : { ifMatch }),
  })
}

test('the details carry their version as a strong ETag and are never cached', async () => {
  createSession(demoAccount('typical').email)
  const response = await fetch(apiUrl(endpoints.contactDetails.get.path))
  expect(response.status).toBe(200)
  expect(response.headers.get(headers.etag)).toBe('"1"')
  expect(response.headers.get(headers.cacheControl)).toBe('no-store')
})

test('a save needs If-Match; a stale version gets 409 and changes nothing; the current one saves and moves the version on', async () => {
  const { client } = signedInClient()
  expect((await apiFailure(save(client, {}))).status).toBe(428)
  const saved = await save(client, {}, '"1"')
  expect(saved.version).toBe(2)
  expect(saved.language).toBe('en')

  const conflict = await apiFailure(save(client, { language: 'fr' }, '"1"'))
  expect(conflict.status).toBe(409)
  expect(conflict.code).toBe('conflict')
  const stored = db.contactDetails.findFirst((q) => q.where({ version: 2 }))
  expect(stored?.language).toBe('en')
})

test('a save without the CSRF header is refused', async () => {
  const error = await apiFailure(save(signedInClient('typical', { csrf: false }).client, {}, '"1"'))
  expect(error.status).toBe(403)
  expect(error.code).toBe('csrf_failed')
})

test('the server checks the body with the contract: E.164 phone, possible number, address lines, ownership fields stripped', async () => {
  const { client } = signedInClient()
  const notE164 = await apiFailure(save(client, { phone: '06 12 34 56 78' }, '"1"'))
  expect(notE164.fieldErrors).toEqual({ phone: ['validation.contactDetails.phone.format'] })

  const impossible = await apiFailure(save(client, { phone: '+3361' }, '"1"'))
  expect(impossible.fieldErrors).toEqual({ phone: ['validation.contactDetails.phone.invalid'] })

  const address = await apiFailure(
    save(client, { postalAddress: { ...body.postalAddress, line1: '', city: 'Pa\u202Eris' } }, '"1"'),
  )
  expect(address.fieldErrors).toEqual({
    'postalAddress.line1': ['validation.contactDetails.address.line1.required'],
    'postalAddress.city': ['validation.contactDetails.address.city.forbiddenCharacters'],
  })

  const user = db.users.findFirst((q) => q.where({ email: demoAccount('typical').email }))
  const saved = await client.request(endpoints.contactDetails.update, {
    schema: ContactDetailsSchema,
    body: { ...body, userId: 'usr_someone_else', version: 99 },
    ifMatch: '"1"',
  })
  expect(saved.version).toBe(2)
  expect(db.contactDetails.findFirst((q) => q.where({ userId: user?.id ?? '' }))?.version).toBe(2)
})

test('a new sign-in email needs a recent authentication; a phone or address change does not', async () => {
  const { client } = signedInClient()
  await ageCurrentAuthentication(600)
  const stepUp = await apiFailure(save(client, { email: 'autre@example.test' }, '"1"'))
  expect(stepUp.isStepUpRequired).toBe(true)
  expect(stepUp.maxAgeSeconds).toBe(300)
  expect(db.outbox.all()).toHaveLength(0)

  const saved = await save(client, { phone: '+447700900123' }, '"1"')
  expect(saved.phone).toBe('+447700900123')
  expect(saved.pendingEmail).toBeNull()
})

test('the confirmation link works once, only for its account, and only for 24 hours', async () => {
  const { client } = signedInClient()
  const saved = await save(client, { email: 'Nouvelle@Example.test' }, '"1"')
  expect(saved.email).toBe(demoAccount('typical').email)
  expect(saved.pendingEmail).toBe('Nouvelle@Example.test')
  const link = db.outbox.findFirst((q) => q.where({ to: 'Nouvelle@Example.test' }))?.body ?? ''
  const token = /token=([0-9a-f]+)/.exec(link)?.[1] ?? ''

  const { client: otherAccount } = signedInClient('large')
  const foreign = await apiFailure(
    otherAccount.request(endpoints.contactDetails.confirmEmail, { schema: ContactDetailsSchema, body: { token } }),
  )
  expect(foreign.fieldErrors).toEqual({ token: ['validation.contactDetails.confirmation.token.invalid'] })

  const { client: owner } = signedInClient('typical')
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
  await save(signedInClient().client, { email: 'tardive@example.test' }, '"1"')
  const token = /token=([0-9a-f]+)/.exec(
    db.outbox.findFirst((q) => q.where({ to: 'tardive@example.test' }))?.body ?? '',
  )?.[1]
  mockClock.advance({ days: 1, seconds: 1 })
  const error = await apiFailure(
    signedInClient().client.request(endpoints.contactDetails.confirmEmail, {
      schema: ContactDetailsSchema,
      body: { token: token ?? '' },
    }),
  )
  expect(error.status).toBe(422)
})

test('topic changes follow the rules: a contractual topic keeps exactly one channel, only offered channels and frequencies', async () => {
  const { client } = signedInClient()
  const patch = (topicId: string, change: unknown) =>
    client.request(endpoints.contactPreferences.updateTopic, {
      schema: ContactTopicSchema,
      params: { topicId },
      body: change,
    })

  const off = await apiFailure(patch('account-communications', { channels: { email: false } }))
  expect(off.fieldErrors).toEqual({ channels: ['validation.contactPreferences.channels.exactlyOne'] })
  const unavailable = await apiFailure(patch('partner-sharing', { channels: { phone: true } }))
  expect(unavailable.fieldErrors).toEqual({ 'channels.phone': ['validation.contactPreferences.channel.unavailable'] })
  const frequency = await apiFailure(patch('partner-sharing', { frequency: 'immediate' }))
  expect(frequency.fieldErrors).toEqual({ frequency: ['validation.contactPreferences.frequency.unavailable'] })
  expect((await apiFailure(patch('security', { channels: { email: true } }))).status).toBe(404)
  expect((await apiFailure(patch('not-a-topic', {}))).status).toBe(404)

  const before = db.preferenceHistory.all().length
  const moved = await patch('account-communications', { channels: { email: false, post: true } })
  expect(moved.channels).toEqual(['post'])
  // The same change again changes nothing, and records nothing.
  await patch('account-communications', { channels: { email: false, post: true } })
  expect(db.preferenceHistory.all()).toHaveLength(before + 1)
})

test('SMS and calls need a phone number on file; email does not', async () => {
  const { client } = signedInClient('new')
  const patch = (change: unknown) =>
    client.request(endpoints.contactPreferences.updateTopic, {
      schema: ContactTopicSchema,
      params: { topicId: 'tailored-advertising' },
      body: change,
    })
  const refused = await apiFailure(patch({ channels: { sms: true, phone: true } }))
  expect(refused.fieldErrors).toEqual({
    'channels.sms': ['validation.contactPreferences.channel.phoneNeeded'],
    'channels.phone': ['validation.contactPreferences.channel.phoneNeeded'],
  })
  expect((await patch({ channels: { email: true } })).channels).toEqual(['email'])
})

test('"Stop all marketing" is recorded once and can be undone once; another account cannot undo it', async () => {
  const { client } = signedInClient('large')
  const stopped = await client.request(endpoints.contactPreferences.stopMarketing, {
    schema: StopMarketingResultSchema,
  })
  expect(stopped.topics.filter((topic) => topic.isMarketing).every((topic) => topic.channels.length === 0)).toBe(true)

  const { client: stranger } = signedInClient('typical')
  const foreign = await apiFailure(
    stranger.request(endpoints.contactPreferences.undo, {
      schema: ContactPreferencesSchema,
      params: { changeId: stopped.changeId },
    }),
  )
  expect(foreign.status).toBe(404)

  const { client: owner } = signedInClient('large')
  const undone = await owner.request(endpoints.contactPreferences.undo, {
    schema: ContactPreferencesSchema,
    params: { changeId: stopped.changeId },
  })
  expect(undone.topics.find((topic) => topic.id === 'tailored-advertising')?.channels).toEqual(['email'])
  const twice = await apiFailure(
    owner.request(endpoints.contactPreferences.undo, {
      schema: ContactPreferencesSchema,
      params: { changeId: stopped.changeId },
    }),
  )
  expect(twice.status).toBe(409)

  const history = await owner.request(endpoints.contactPreferences.history, { schema: PreferenceHistorySchema })
  expect(history.entries.slice(0, 2).map((entry) => entry.action)).toEqual(['undo', 'stop-marketing'])
  expect(history.entries[1]?.undoneAt).not.toBeNull()
})

test('a response that breaks the contract is refused by the client', async () => {
  server.use(
    http.get(apiUrl(endpoints.contactPreferences.get.path), () => HttpResponse.json({ topics: [{ id: 'x' }] })),
  )
  const error = await apiFailure(
    signedInClient().client.request(endpoints.contactPreferences.get, { schema: ContactPreferencesSchema }),
  )
  expect(error.kind).toBe('contract')
})
