import { expect, test } from 'vitest'

import { env } from '#src/config/env'
import { endpoints } from '#src/contract/endpoints'
import {
  PolicyAcknowledgementListSchema,
  PolicyAcknowledgementSchema,
  PolicyArchiveSchema,
  PolicyDocumentSchema,
  PolicyNoticeSchema,
} from '#src/contract/policies'
import { createApiClient } from '#src/lib/api-client'
import { mockClock } from '#src/mocks/server/clock'
import { db } from '#src/mocks/server/db'
import { findUserByEmail } from '#src/mocks/session/users'
import { apiFailure } from '#test/support/api-failure'
import { signIn, type SignedIn } from '#test/support/api-session'
import { demoAccount, type Person } from '#test/support/demo-people'

/*
 * The privacy-policy endpoints seen from outside the page: what anyone may read, what needs a session, and
 * what an acknowledgement records (and does not). The db is read as the server's view.
 */

const anonymous = createApiClient({ baseUrl: env.apiBaseUrl, timeoutMs: 5000, getCsrfToken: () => null })

function userIdOf(person: Person): string {
  return findUserByEmail(demoAccount(person).email)?.id ?? ''
}

function acknowledge(client: SignedIn['client'], body: unknown) {
  return client.request(endpoints.policy.acknowledge, { schema: PolicyAcknowledgementSchema, body })
}

test('a signed-out visitor reads the archive, the version in force and any published version', async () => {
  const archive = await anonymous.request(endpoints.policy.versions, { schema: PolicyArchiveSchema })
  expect(archive.inForceVersionId).toBe('2026-09')
  expect(archive.versions.map((version) => [version.id, version.status, version.isSampleHistory])).toEqual([
    ['2026-12', 'upcoming', true],
    ['2026-09', 'in-force', false],
    ['2024-03', 'superseded', true],
    ['2021-06', 'superseded', true],
    ['2018-05', 'superseded', true],
    ['2016-10', 'superseded', true],
  ])

  const current = await anonymous.request(endpoints.policy.current, { schema: PolicyDocumentSchema })
  expect(current).toMatchObject({ id: '2026-09', effectiveOn: '2026-09-01', referenceLanguage: 'fr' })
  expect(current.sections.map((section) => section.id)).toEqual([
    'privacy',
    'information-we-collect',
    'purposes',
    'legal-bases',
    'required-information',
    'sharing',
    'transfers',
    'retention',
    'security',
    'rights',
    'changes',
    'contact',
  ])

  for (const versionId of ['2016-10', '2018-05', '2021-06', '2024-03', '2026-09', '2026-12']) {
    const version = await anonymous.request(endpoints.policy.version, {
      schema: PolicyDocumentSchema,
      params: { versionId },
    })
    expect(version.id).toBe(versionId)
  }
})

test('a version that does not exist is a 404 problem, whatever the id looks like', async () => {
  for (const versionId of ['2019-01', 'latest', '../me', '2026-09x']) {
    const error = await apiFailure(
      anonymous.request(endpoints.policy.version, { schema: PolicyDocumentSchema, params: { versionId } }),
    )
    expect([error.status, error.code]).toEqual([404, 'not_found'])
  }
})

test('the planned version takes effect a month into the demo: the archive, the current text and the notice follow the clock', async () => {
  mockClock.advance({ months: 1 })
  const archive = await anonymous.request(endpoints.policy.versions, { schema: PolicyArchiveSchema })
  expect(archive.inForceVersionId).toBe('2026-12')
  expect(archive.versions.slice(0, 2).map((version) => version.status)).toEqual(['in-force', 'superseded'])
  const current = await anonymous.request(endpoints.policy.current, { schema: PolicyDocumentSchema })
  expect(current.id).toBe('2026-12')

  for (const person of ['typical', 'large', 'new'] as const) {
    const { client } = await signIn(person)
    const { notice } = await client.request(endpoints.policy.notice, { schema: PolicyNoticeSchema })
    expect(notice?.version.id, person).toBe('2026-12')
    expect(notice?.sinceVersionId, person).toBe('2026-09')
    expect(notice?.changes.map((change) => change.id)).toEqual(['c2026-12-partners', 'c2026-12-voice-recordings'])
    expect(notice?.consentsNeeded).toEqual(['partner-sharing'])
  }
})

test('no notice is due while the version in force has been acknowledged', async () => {
  for (const person of ['typical', 'large', 'new'] as const) {
    const { client } = await signIn(person)
    const { notice } = await client.request(endpoints.policy.notice, { schema: PolicyNoticeSchema })
    expect(notice, person).toBeNull()
  }
})

test('someone who never acknowledged anything is told about every significant change since they signed up', async () => {
  const userId = userIdOf('typical')
  db.policyAcknowledgements.deleteMany((q) => q.where({ userId }))
  const { client } = await signIn('typical')
  const { notice } = await client.request(endpoints.policy.notice, { schema: PolicyNoticeSchema })
  // The account was created under 2021-06: the changes of 2024-03 and 2026-09 are due.
  expect(notice?.sinceVersionId).toBe('2021-06')
  expect(notice?.changes.map((change) => change.id)).toEqual([
    'c2024-03-voice-recordings',
    'c2024-03-call-logs',
    'c2024-03-transactions',
    'c2026-09-tailored-advertising',
  ])
  expect(notice?.consentsNeeded).toEqual([])
})

test('acknowledging records the version and the time, once, and is never a consent', async () => {
  mockClock.advance({ months: 1 })
  const { client } = await signIn('typical')
  const userId = userIdOf('typical')
  const consentEventsBefore = db.consentEvents.findMany((q) => q.where({ userId })).length

  const first = await acknowledge(client, { versionId: '2026-12' })
  expect(first).toMatchObject({
    versionId: '2026-12',
    acknowledgedAt: '2026-12-28T09:00:00.000Z',
    channel: 'privacy-centre',
  })
  expect(first).not.toHaveProperty('userId')
  const again = await acknowledge(client, { versionId: '2026-12' })
  expect(again).toEqual(first)

  const { notice } = await client.request(endpoints.policy.notice, { schema: PolicyNoticeSchema })
  expect(notice).toBeNull()
  const list = await client.request(endpoints.policy.acknowledgements, { schema: PolicyAcknowledgementListSchema })
  expect(list.acknowledgements.map((record) => record.versionId)).toEqual(['2026-12', '2026-09', '2024-03'])

  // The server's view: one acknowledgement kept, and not a single consent event written for it.
  expect(db.policyAcknowledgements.findMany((q) => q.where({ userId, versionId: '2026-12' }))).toHaveLength(1)
  expect(db.consentEvents.findMany((q) => q.where({ userId }))).toHaveLength(consentEventsBefore)
})

test('only the version in force can be acknowledged; a malformed body names the field', async () => {
  mockClock.advance({ months: 1 })
  const { client } = await signIn('new')
  for (const versionId of ['2026-09', '2030-01']) {
    const error = await apiFailure(acknowledge(client, { versionId }))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual({ versionId: ['validation.policy.versionId.notInForce'] })
  }
  for (const body of [{}, { versionId: 42 }, { versionId: 'latest' }]) {
    const error = await apiFailure(acknowledge(client, body))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual({ versionId: ['validation.policy.versionId.required'] })
  }
  expect(db.policyAcknowledgements.findMany((q) => q.where({ userId: userIdOf('new') }))).toHaveLength(1)
})

test('the notice and acknowledgements need a session, and acknowledging needs the CSRF token', async () => {
  for (const request of [
    anonymous.request(endpoints.policy.notice, { schema: PolicyNoticeSchema }),
    anonymous.request(endpoints.policy.acknowledgements, { schema: PolicyAcknowledgementListSchema }),
    anonymous.request(endpoints.policy.acknowledge, {
      schema: PolicyAcknowledgementSchema,
      body: { versionId: '2026-09' },
    }),
  ]) {
    expect((await apiFailure(request)).status).toBe(401)
  }
  const { client } = await signIn('typical', { csrf: false })
  const error = await apiFailure(acknowledge(client, { versionId: '2026-09' }))
  expect([error.status, error.code]).toEqual([403, 'csrf_failed'])
})

test('a person sees only their own acknowledgements', async () => {
  const { client } = await signIn('new')
  const list = await client.request(endpoints.policy.acknowledgements, { schema: PolicyAcknowledgementListSchema })
  expect(list.acknowledgements).toEqual([
    { id: 'pack_new-account_01', versionId: '2026-09', acknowledgedAt: '2026-11-26T16:30:20.000Z', channel: 'sign-up' },
  ])
})

test('reading the policy while signed in keeps the session alive, as any request with the session would', async () => {
  await signIn('typical')
  mockClock.advance({ seconds: 20 * 60 })
  await anonymous.request(endpoints.policy.current, { schema: PolicyDocumentSchema })
  mockClock.advance({ seconds: 20 * 60 })
  // 40 minutes after signing in, past the 30-minute idle timeout had the read not counted. The mock's session
  // travels with every request from this "browser", like a cookie, whichever client sends it.
  const list = await anonymous.request(endpoints.policy.acknowledgements, { schema: PolicyAcknowledgementListSchema })
  expect(list.acknowledgements.length).toBeGreaterThan(0)
})
