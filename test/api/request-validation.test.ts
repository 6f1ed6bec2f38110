import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { headers } from '#src/contract/headers'
import { ProblemSchema, problemContentType } from '#src/contract/problem'
import { anonymousFetch, signIn } from '#test/support/api-session'
import { demoAccount } from '#test/support/demo-people'

/*
 * What every endpoint does with what it receives, over HTTP only: bodies that are not JSON, malformed or
 * hostile, field errors as catalogue keys, and no caching of anything personal. The wrappers themselves
 * (CSRF, step-up, idempotency on a test route) are tested in test/mocks/server/middleware.test.ts.
 */

function post(path: string, body: string, contentType = 'application/json'): Promise<Response> {
  return anonymousFetch(path, { method: 'POST', headers: { 'Content-Type': contentType }, body })
}

async function problemOf(response: Response) {
  expect(response.headers.get('Content-Type')).toContain(problemContentType)
  expect(response.headers.get(headers.cacheControl)).toBe('no-store')
  return ProblemSchema.parse(await response.json())
}

test('a 422 maps every field path to its catalogue keys', async () => {
  const signIn = await post(endpoints.session.signIn.path, JSON.stringify({ email: '', password: '' }))
  expect(signIn.status).toBe(422)
  const body = await problemOf(signIn)
  expect(body.code).toBe('validation_failed')
  expect(body.errors).toEqual({
    email: ['validation.email.required'],
    password: ['validation.password.required'],
  })
})

test('malformed JSON is a 400, a non-JSON body a 415', async () => {
  expect((await post(endpoints.session.signIn.path, '{"email":')).status).toBe(400)
  expect((await post(endpoints.session.signIn.path, 'x', 'text/plain')).status).toBe(415)
})

test('__proto__ and constructor keys are ignored: signing in with them still works', async () => {
  const { email, password } = demoAccount('typical')
  const hostile = `{"email":"${email}","password":"${password}","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`
  expect((await post(endpoints.session.signIn.path, hostile)).status).toBe(201)
  expect(Reflect.get({}, 'polluted')).toBeUndefined()
})

test('every session and account endpoint answers with Cache-Control: no-store, signed in or not', async () => {
  const all = [
    { method: 'GET', path: endpoints.session.current.path },
    { method: 'DELETE', path: endpoints.session.signOut.path },
    { method: 'POST', path: endpoints.session.reauthenticate.path },
    { method: 'GET', path: endpoints.account.me.path },
    { method: 'POST', path: endpoints.session.signIn.path },
  ] as const
  for (const signedIn of [false, true]) {
    const send = signedIn ? (await signIn('typical')).fetch : anonymousFetch
    for (const { method, path } of all) {
      const response = await send(path, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: method === 'GET' || method === 'DELETE' ? null : '{}',
      })
      expect(response.headers.get(headers.cacheControl), `${method} ${path}`).toBe('no-store')
    }
  }
})
