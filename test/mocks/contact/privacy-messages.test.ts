import { renderHook } from '@testing-library/react'
import fc from 'fast-check'
import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'

import { env } from '#src/config/env'
import { endpoints } from '#src/contract/endpoints'
import { PrivacyMessageSchema } from '#src/contract/privacy-messages'
import { createApiClient, type ApiClient } from '#src/lib/api-client'
import { useIdempotencyKey } from '#src/lib/use-idempotency-key'
import { server } from '#src/mocks/node'
import { resetDemoWorld } from '#src/mocks/seed'
import { apiUrl } from '#src/mocks/server/api-url'
import { db } from '#src/mocks/server/db'
import { scenarioHandler } from '#src/mocks/server/scenarios'
import { apiFailure } from '#test/support/api-failure'
import { signIn } from '#test/support/api-session'

/*
 * The endpoint seen from outside the form (CSRF, mass assignment, idempotency, character counting): what the
 * mock server stores when a client sends anything at all, and how it holds through faults and retries. Mock
 * only: the db is read as the server's view (no endpoint lists messages or mail) and faults are handler
 * overrides; what HTTP alone shows is in test/api/privacy-messages.test.ts.
 */
const create = endpoints.privacyMessages.create
const createUrl = apiUrl(create.path)

test('nothing is stored or e-mailed when the body is invalid or the CSRF header is missing', async () => {
  const send = (client: ApiClient, body: unknown) =>
    apiFailure(client.request(create, { schema: PrivacyMessageSchema, body, idempotencyKey: crypto.randomUUID() }))
  expect((await send((await signIn()).client, { topic: 'weather', message: 'Bonjour\u0000' })).status).toBe(422)
  expect((await send((await signIn('typical', { csrf: false })).client, { topic: 'other', message: 'Bonjour' })).status).toBe(403)
  expect(db.privacyMessages.all()).toHaveLength(0)
  expect(db.outbox.all()).toHaveLength(0)
})

test('property: keys a client adds to the body (owner, status, __proto__…) are never stored', async () => {
  const { session, client } = await signIn()
  const allowedKeys = ['answerDueBy', 'id', 'message', 'receivedAt', 'reference', 'topic', 'userId']
  const extraKeys = fc.oneof(
    fc.constantFrom(
      'userId',
      'ownerId',
      'status',
      'reference',
      'receivedAt',
      'answerDueBy',
      'id',
      '__proto__',
      'constructor',
      'polluted',
    ),
    fc.string(),
  )
  await fc.assert(
    fc.asyncProperty(fc.dictionary(extraKeys, fc.jsonValue(), { maxKeys: 6 }), async (extra) => {
      const receipt = await client.request(create, {
        schema: PrivacyMessageSchema,
        body: { ...extra, topic: 'consents', message: 'Pourquoi ce consentement ?' },
        idempotencyKey: crypto.randomUUID(),
      })
      const stored = db.privacyMessages.findFirst((q) => q.where({ id: receipt.id }))
      expect(Object.keys(stored ?? {}).sort()).toEqual(allowedKeys)
      expect(stored?.userId).toBe(session.user.id)
      expect(stored?.reference).toMatch(/^PRV-2026-\d{6}$/)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    }),
    { numRuns: 100 },
  )
})

test('a request that timed out is retried with the same key and the server holds one message', async () => {
  // The first attempt outlasts the client's limit, and the server commits it only afterwards: for the
  // client the outcome is unknown, the worst case for a retry.
  let release!: () => void
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  let committed: Promise<void> | undefined
  server.use(
    http.post(
      createUrl,
      async ({ request: sent }) => {
        const body = await sent.text()
        committed = gate.then(async () => {
          await fetch(createUrl, { method: 'POST', headers: sent.headers, body })
        })
        await committed
        return HttpResponse.error()
      },
      { once: true },
    ),
  )
  const { session } = await signIn()
  const clientWith = (timeoutMs: number) =>
    createApiClient({ baseUrl: env.apiBaseUrl, timeoutMs, getCsrfToken: () => session.csrfToken })
  const request = {
    schema: PrivacyMessageSchema,
    body: { topic: 'rights' as const, message: 'Combien de temps gardez-vous mes données ?' },
    idempotencyKey: crypto.randomUUID(),
  }
  const error = await apiFailure(clientWith(50).request(create, request))
  expect(error.kind).toBe('timeout')
  release()
  await committed
  expect(db.privacyMessages.all()).toHaveLength(1)

  const receipt = await clientWith(5000).request(create, request)
  expect(receipt.id).toBe(db.privacyMessages.all()[0]?.id)
  expect(db.privacyMessages.all()).toHaveLength(1)
  expect(db.outbox.all()).toHaveLength(1)
})

test('a response lost after the server stored the message: the retry with the same key returns the same receipt', async () => {
  const { client } = await signIn()
  const request = {
    schema: PrivacyMessageSchema,
    body: { topic: 'other' as const, message: 'Une question sur la CNIL.' },
    idempotencyKey: crypto.randomUUID(),
  }
  // The write is committed, then the connection drops before the answer arrives.
  server.use(
    http.post(
      createUrl,
      async ({ request: sent }) => {
        await fetch(createUrl, { method: 'POST', headers: sent.headers, body: await sent.text() })
        return HttpResponse.error()
      },
      { once: true },
    ),
  )
  expect((await apiFailure(client.request(create, request))).kind).toBe('network')
  expect(db.privacyMessages.all()).toHaveLength(1)

  const receipt = await client.request(create, request)
  expect(receipt.id).toBe(db.privacyMessages.all()[0]?.id)
  expect(db.privacyMessages.all()).toHaveLength(1)
  expect(db.outbox.all()).toHaveLength(1)
})

/*
 * The Idempotency-Key lifecycle, model-based: any sequence of submits (with or without a fault), edits and retries
 * leaves exactly one stored message per intent the server committed. An intent is one content between
 * two edits, ended early by a success the person saw (after which sending again is a new message).
 * Keys come from the real `useIdempotencyKey` hook, used as the form uses it.
 */
type Fault = 'none' | 'serverError' | 'networkFailure' | 'lostResponse'
type Model = { intent: number; committed: Set<number> }
type Real = {
  content: () => string
  edit: () => void
  send: () => Promise<'sent' | 'failed'>
}

class EditCommand implements fc.AsyncCommand<Model, Real> {
  check = () => true
  async run(model: Model, real: Real) {
    real.edit()
    model.intent += 1
    await Promise.resolve()
  }
  toString = () => 'edit'
}

class SubmitCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly fault: Fault) {}
  check = () => true
  async run(model: Model, real: Real) {
    if (this.fault === 'serverError') server.use(scenarioHandler('serverError', create, { once: true }))
    if (this.fault === 'networkFailure') server.use(scenarioHandler('networkFailure', create, { once: true }))
    if (this.fault === 'lostResponse') {
      server.use(
        http.post(
          createUrl,
          async ({ request }) => {
            await fetch(createUrl, { method: 'POST', headers: request.headers, body: await request.text() })
            return HttpResponse.error()
          },
          { once: true },
        ),
      )
    }
    const outcome = await real.send()
    if (this.fault === 'none' || this.fault === 'lostResponse') model.committed.add(model.intent)
    expect(outcome).toBe(this.fault === 'none' ? 'sent' : 'failed')
    if (outcome === 'sent') model.intent += 1
    // The invariant: the server holds one message per committed intent, never more.
    expect(db.privacyMessages.all()).toHaveLength(model.committed.size)
  }
  toString = () => `submit(${this.fault})`
}

test('property: whatever fails and however often the person retries or edits, each intent is stored once', async () => {
  const commands = [
    fc.constant(new EditCommand()),
    fc
      .constantFrom<Fault>('none', 'serverError', 'networkFailure', 'lostResponse')
      .map((fault) => new SubmitCommand(fault)),
  ]
  await fc.assert(
    fc.asyncProperty(fc.commands(commands, { maxCommands: 12 }), async (sequence) => {
      await resetDemoWorld()
      const { client } = await signIn()
      const { result, unmount } = renderHook(() => useIdempotencyKey())
      let version = 0
      const real: Real = {
        content: () => `Message, version ${version}`,
        edit: () => {
          version += 1
        },
        async send() {
          const body = { topic: 'other' as const, message: real.content() }
          try {
            await client.request(create, {
              schema: PrivacyMessageSchema,
              body,
              idempotencyKey: result.current.keyFor(body),
            })
            result.current.renew()
            return 'sent'
          } catch {
            return 'failed'
          }
        },
      }
      try {
        await fc.asyncModelRun(() => ({ model: { intent: 0, committed: new Set<number>() }, real }), sequence)
      } finally {
        unmount()
        server.resetHandlers()
      }
    }),
    { numRuns: 60 },
  )
})
