import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'

import { createQueryClient } from '#src/app/query-client'
import { accountQueries } from '#src/features/account/api/account-queries'
import { server } from '#src/mocks/node'
import { apiUrl } from '#src/mocks/server/api-url'
import { createSession } from '#src/mocks/session/test-controls'
import { demoAccount } from '#test/support/demo-people'

/** Counts hits: here the number of requests is itself the requirement (no retry storm). */
function failWith(status: number) {
  let hits = 0
  server.use(
    http.get(apiUrl('/me'), () => {
      hits += 1
      return HttpResponse.json({ title: 'Failure', status }, { status })
    }),
  )
  return () => hits
}

test.each([500, 503, 408, 429])('the production defaults retry a %i twice before showing the error', async (status) => {
  createSession(demoAccount('typical').email)
  const hits = failWith(status)
  const queryClient = createQueryClient({ retryDelay: 0 })
  await expect(queryClient.query(accountQueries.me())).rejects.toMatchObject({ status })
  expect(hits()).toBe(3)
})

test.each([400, 403, 404, 422])('the production defaults never retry a %i', async (status) => {
  createSession(demoAccount('typical').email)
  const hits = failWith(status)
  const queryClient = createQueryClient({ retryDelay: 0 })
  await expect(queryClient.query(accountQueries.me())).rejects.toMatchObject({ status })
  expect(hits()).toBe(1)
})

test('a 401 is not retried: one request, then the sign-in prompt', async () => {
  const hits = failWith(401)
  const queryClient = createQueryClient({ retryDelay: 0 })
  await expect(queryClient.query(accountQueries.me())).rejects.toMatchObject({ status: 401 })
  expect(hits()).toBe(1)
})
