import { expect, test } from 'vitest'

import {
  ContactDetailsSchema,
  ContactPreferencesSchema,
  ContactTopicSchema,
  PreferenceHistorySchema,
  StopMarketingResultSchema,
} from '#src/contract/contact-preferences'
import { endpoints } from '#src/contract/endpoints'
import { headers } from '#src/contract/headers'
import type { ApiClient } from '#src/lib/api-client'
import { apiFailure } from '#test/support/api-failure'
import { signIn } from '#test/support/api-session'
import { contactDetailsBody, saveContactDetails } from '#test/support/contact-details'

/*
 * The Settings endpoints over HTTP only: what the server accepts, refuses and stores (the acceptance list for
 * the real API). Saves read the version they start from rather than assume the seed. The sign-in email change
 * needs the mailbox and the server's clock: it is tested in test/mocks/settings/.
 */

/** The strong ETag of the details as they are now. */
async function currentEtag(client: ApiClient) {
  const details = await client.request(endpoints.contactDetails.get, { schema: ContactDetailsSchema })
  return { version: details.version, etag: `"${String(details.version)}"` }
}

test('the details carry their version as a strong ETag and are never cached', async () => {
  const { fetch } = await signIn('typical')
  const response = await fetch(endpoints.contactDetails.get.path)
  expect(response.status).toBe(200)
  const details = ContactDetailsSchema.parse(await response.json())
  expect(response.headers.get(headers.etag)).toBe(`"${String(details.version)}"`)
  expect(response.headers.get(headers.cacheControl)).toBe('no-store')
})

test('a save needs If-Match; a stale version gets 409 and changes nothing; the current one saves and moves the version on', async () => {
  const { client } = await signIn()
  const { version, etag } = await currentEtag(client)
  expect((await apiFailure(saveContactDetails(client, {}))).status).toBe(428)
  const saved = await saveContactDetails(client, {}, etag)
  expect(saved.version).toBe(version + 1)
  expect(saved.language).toBe('en')

  const conflict = await apiFailure(saveContactDetails(client, { language: 'fr' }, etag))
  expect(conflict.status).toBe(409)
  expect(conflict.code).toBe('conflict')
  const stored = await client.request(endpoints.contactDetails.get, { schema: ContactDetailsSchema })
  expect(stored).toMatchObject({ version: version + 1, language: 'en' })
})

test('a save without the CSRF header is refused', async () => {
  const { client } = await signIn('typical', { csrf: false })
  const error = await apiFailure(saveContactDetails(client, {}, (await currentEtag(client)).etag))
  expect(error.status).toBe(403)
  expect(error.code).toBe('csrf_failed')
})

test('the server checks the body with the contract: E.164 phone, possible number, address lines, ownership fields stripped', async () => {
  const { client } = await signIn()
  const { version, etag } = await currentEtag(client)
  const notE164 = await apiFailure(saveContactDetails(client, { phone: '06 12 34 56 78' }, etag))
  expect(notE164.fieldErrors).toEqual({ phone: ['validation.contactDetails.phone.format'] })

  const impossible = await apiFailure(saveContactDetails(client, { phone: '+3361' }, etag))
  expect(impossible.fieldErrors).toEqual({ phone: ['validation.contactDetails.phone.invalid'] })

  const address = await apiFailure(
    saveContactDetails(client, { postalAddress: { ...contactDetailsBody.postalAddress, line1: '', city: 'Pa\u202Eris' } }, etag),
  )
  expect(address.fieldErrors).toEqual({
    'postalAddress.line1': ['validation.contactDetails.address.line1.required'],
    'postalAddress.city': ['validation.contactDetails.address.city.forbiddenCharacters'],
  })

  const saved = await client.request(endpoints.contactDetails.update, {
    schema: ContactDetailsSchema,
    body: { ...contactDetailsBody, userId: 'usr_someone_else', version: 99 },
    ifMatch: etag,
  })
  expect(saved.version).toBe(version + 1)
  expect((await currentEtag(client)).version).toBe(version + 1)
})

test('topic changes follow the rules: a contractual topic keeps exactly one channel, only offered channels and frequencies', async () => {
  const { client } = await signIn()
  const patch = (topicId: string, change: unknown) =>
    client.request(endpoints.contactPreferences.updateTopic, {
      schema: ContactTopicSchema,
      params: { topicId },
      body: change,
    })
  const historyLength = async () =>
    (await client.request(endpoints.contactPreferences.history, { schema: PreferenceHistorySchema })).entries.length

  const off = await apiFailure(patch('account-communications', { channels: { email: false, post: false } }))
  expect(off.fieldErrors).toEqual({ channels: ['validation.contactPreferences.channels.exactlyOne'] })
  const unavailable = await apiFailure(patch('partner-sharing', { channels: { phone: true } }))
  expect(unavailable.fieldErrors).toEqual({ 'channels.phone': ['validation.contactPreferences.channel.unavailable'] })
  const frequency = await apiFailure(patch('partner-sharing', { frequency: 'immediate' }))
  expect(frequency.fieldErrors).toEqual({ frequency: ['validation.contactPreferences.frequency.unavailable'] })
  expect((await apiFailure(patch('security', { channels: { email: true } }))).status).toBe(404)
  expect((await apiFailure(patch('not-a-topic', {}))).status).toBe(404)

  const moved = await patch('account-communications', { channels: { email: false, post: true } })
  expect(moved.channels).toEqual(['post'])
  // The same change again changes nothing, and records nothing.
  const before = await historyLength()
  await patch('account-communications', { channels: { email: false, post: true } })
  expect(await historyLength()).toBe(before)
})

test('SMS and calls need a phone number on file; email does not', async () => {
  const { client } = await signIn('new')
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
  const { client } = await signIn('large')
  const before = await client.request(endpoints.contactPreferences.get, { schema: ContactPreferencesSchema })
  const stopped = await client.request(endpoints.contactPreferences.stopMarketing, {
    schema: StopMarketingResultSchema,
  })
  expect(stopped.topics.filter((topic) => topic.isMarketing).every((topic) => topic.channels.length === 0)).toBe(true)

  const { client: stranger } = await signIn('typical')
  const foreign = await apiFailure(
    stranger.request(endpoints.contactPreferences.undo, {
      schema: ContactPreferencesSchema,
      params: { changeId: stopped.changeId },
    }),
  )
  expect(foreign.status).toBe(404)

  const { client: owner } = await signIn('large')
  const undone = await owner.request(endpoints.contactPreferences.undo, {
    schema: ContactPreferencesSchema,
    params: { changeId: stopped.changeId },
  })
  expect(undone.topics.map((topic) => topic.channels)).toEqual(before.topics.map((topic) => topic.channels))
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
