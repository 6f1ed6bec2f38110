import { QueryClient } from '@tanstack/react-query'
import fc from 'fast-check'
import { delay, http } from 'msw'
import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { contactPreferenceMutations } from '#src/features/contact-preferences/api/contact-preference-mutations'
import { contactPreferenceQueries } from '#src/features/contact-preferences/api/contact-preference-queries'
import { setCsrfToken } from '#src/lib/csrf-token'
import { server } from '#src/mocks/node'
import { apiUrl } from '#src/mocks/server/api-url'
import { db } from '#src/mocks/server/db'
import { createSession } from '#src/mocks/session/test-controls'
import { demoAccount } from '#test/support/demo-people'

/*
 * Rapid toggling as a property: whatever the number of quick presses on one switch and however long each
 * answer takes, once everything has settled the cache (what the switch shows) and the server hold the last
 * choice. The real mutation options run against the mock; only the clicks are left out, to afford 1,000 runs.
 */

const topicId = 'tailored-advertising'

function storedRecord() {
  const user = db.users.findFirst((q) => q.where({ email: demoAccount('typical').email }))
  return db.topicPreferences.findFirst((q) => q.where({ userId: user?.id ?? '', topicId }))
}

test('quick presses with answers at any pace end with the switch and the server on the last choice', async () => {
  setCsrfToken(createSession(demoAccount('typical').email).csrfToken)
  let delays: readonly number[] = [0]
  let calls = 0
  server.use(
    http.patch(apiUrl(endpoints.contactPreferences.updateTopic.path), async () => {
      await delay(delays[calls++ % delays.length] ?? 0)
      return undefined
    }),
  )

  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 5 }),
      fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 5 }),
      async (presses, answerDelays) => {
        delays = answerDelays
        calls = 0
        const record = storedRecord()
        if (!record) throw new Error('no preference record')
        await db.topicPreferences.update(record, {
          data(draft) {
            draft.channels = ['post']
          },
        })
        const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
        const { queryKey } = contactPreferenceQueries.list()
        await client.query(contactPreferenceQueries.list())
        const options = contactPreferenceMutations.updateTopic(topicId)

        const settled: Array<Promise<unknown>> = []
        for (let press = 0; press < presses; press++) {
          const topic = client.getQueryData(queryKey)?.topics.find((candidate) => candidate.id === topicId)
          const isOn = !(topic?.channels.includes('sms') ?? false)
          settled.push(
            client
              .getMutationCache()
              .build(client, options)
              .execute({ channels: { sms: isOn } }),
          )
          // The next press comes in a later task at the soonest, as a click does, after the optimistic update.
          await new Promise((resolve) => setTimeout(resolve, 0))
        }
        await Promise.all(settled)

        const isLastChoiceOn = presses % 2 === 1
        const shown = client.getQueryData(queryKey)?.topics.find((candidate) => candidate.id === topicId)
        expect(shown?.channels.includes('sms')).toBe(isLastChoiceOn)
        expect(storedRecord()?.channels.includes('sms')).toBe(isLastChoiceOn)
        expect(calls).toBe(presses)
        client.clear()
      },
    ),
    { numRuns: 1000 },
  )
}, 120_000)
