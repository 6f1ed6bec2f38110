import { mutationOptions } from '@tanstack/react-query'

import { endpoints } from '#src/contract/endpoints'
import { PrivacyMessageSchema, type CreatePrivacyMessageBody } from '#src/contract/privacy-messages'
import { api } from '#src/lib/api-client'
import { withReauthentication } from '#src/lib/with-reauthentication'

export type CreatePrivacyMessageVariables = {
  body: CreatePrivacyMessageBody
  /**
   * From `useIdempotencyKey().keyFor(body)` at the call site: the same key for every retry of the same
   * content (after a 500, a network error, a timeout or a new sign-in), so the server stores it once
   * (IETF Idempotency-Key draft).
   */
  idempotencyKey: string
}

export const privacyMessageMutations = {
  all: () => ['privacy-messages'] as const,

  /**
   * Sends a message to the privacy team. Not optimistic: the server assigns the reference and the
   * answer date, so the page waits for them. Nothing is cached, as the centre lists no messages yet.
   */
  create: () =>
    mutationOptions({
      mutationKey: [...privacyMessageMutations.all(), 'create'],
      // 'always', not the default 'online': offline, TanStack would pause the mutation and send it by
      // itself once back online: a silent background queue, where a message with legal weight must never wait
      // unseen (the person must know it was not sent). The form refuses to send while offline instead, and says so.
      networkMode: 'always',
      // A session that expired while the person was typing opens the in-place sign-in dialog, then this
      // same closure runs once more: same body, same Idempotency-Key, fresh CSRF token.
      mutationFn: ({ body, idempotencyKey }: CreatePrivacyMessageVariables) =>
        withReauthentication(() =>
          api.request(endpoints.privacyMessages.create, { schema: PrivacyMessageSchema, body, idempotencyKey }),
        ),
    }),
}
