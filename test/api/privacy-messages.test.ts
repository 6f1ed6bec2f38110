import { expect, test } from 'vitest'

import { applyProblemToForm } from '#src/components/form/apply-problem'
import { endpoints } from '#src/contract/endpoints'
import { headers } from '#src/contract/headers'
import { PrivacyMessageSchema } from '#src/contract/privacy-messages'
import { apiFailure } from '#test/support/api-failure'
import { signIn } from '#test/support/api-session'

/*
 * Messages to the privacy team (the /contact page's resource) over HTTP only: what the server accepts, refuses
 * and answers. What it stores and mails, and how it survives faults and retries, is read from the mock's db in
 * test/mocks/contact/privacy-messages.test.ts: no endpoint lists messages or mail.
 */
const create = endpoints.privacyMessages.create

test('the server refuses an invalid body with the contract’s messages per field, which the form maps to its fields', async () => {
  const { client } = await signIn()
  const error = await apiFailure(
    client.request(create, {
      schema: PrivacyMessageSchema,
      body: { topic: 'weather', message: 'Bonjour\u0000' },
      idempotencyKey: crypto.randomUUID(),
    }),
  )
  expect(error.status).toBe(422)
  expect(error.fieldErrors).toEqual({
    topic: ['validation.privacyMessage.topic.required'],
    message: ['validation.privacyMessage.message.forbiddenCharacters'],
  })

  const calls: Array<[string, { type?: string; message?: string }]> = []
  expect(
    applyProblemToForm(error, (name, fieldError) => {
      calls.push([name, { type: fieldError.type, message: fieldError.message }])
    }),
  ).toBe(true)
  expect(calls).toEqual([
    ['topic', { type: 'server', message: 'validation.privacyMessage.topic.required' }],
    ['message', { type: 'server', message: 'validation.privacyMessage.message.forbiddenCharacters' }],
  ])
})

test('a message without the CSRF header is refused with 403', async () => {
  const { client } = await signIn('typical', { csrf: false })
  const error = await apiFailure(
    client.request(create, {
      schema: PrivacyMessageSchema,
      body: { topic: 'other', message: 'Bonjour' },
      idempotencyKey: crypto.randomUUID(),
    }),
  )
  expect(error.status).toBe(403)
  expect(error.code).toBe('csrf_failed')
})

test('the receipt on the wire does not echo the text of the message', async () => {
  const { session, fetch } = await signIn()
  const response = await fetch(create.path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      [headers.csrf]: session.csrfToken,
      [headers.idempotencyKey]: crypto.randomUUID(),
    },
    body: JSON.stringify({ topic: 'my-data', message: 'Texte-canari-9d1' }),
  })
  expect(response.status).toBe(201)
  const text = await response.text()
  expect(text).not.toContain('Texte-canari-9d1')
  expect(Object.keys(PrivacyMessageSchema.parse(JSON.parse(text))).sort()).toEqual([
    'answerDueBy',
    'id',
    'receivedAt',
    'reference',
    'topic',
  ])
})

test('sending again with the same Idempotency-Key returns the same receipt', async () => {
  const { client } = await signIn()
  const request = {
    schema: PrivacyMessageSchema,
    body: { topic: 'other' as const, message: 'Une question sur la CNIL.' },
    idempotencyKey: crypto.randomUUID(),
  }
  const first = await client.request(create, request)
  expect(first.reference).toMatch(/^PRV-\d{4}-\d{6}$/)
  expect(await client.request(create, request)).toEqual(first)
})
