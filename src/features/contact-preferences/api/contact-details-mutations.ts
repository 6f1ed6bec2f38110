import { mutationOptions } from '@tanstack/react-query'

import {
  ContactDetailsSchema,
  type ConfirmEmailBody,
  type UpdateContactDetailsBody,
} from '#src/contract/contact-preferences'
import { endpoints } from '#src/contract/endpoints'
import { api } from '#src/lib/api-client'
import { sessionQueries } from '#src/lib/session'
import { withReauthentication } from '#src/lib/with-reauthentication'

import { contactDetailsQueries } from './contact-details-queries'

export type UpdateContactDetailsVariables = {
  body: UpdateContactDetailsBody
  /** The version the person started editing from: sent as `If-Match`, so a change made elsewhere is never overwritten. */
  version: number
}

/** The account summary's cache key (features/account): it shows the sign-in email, which may have changed. */
const accountQueryKey = ['account'] as const

export const contactDetailsMutations = {
  all: () => ['contact-details'] as const,

  /**
   * Saves the whole form. A new sign-in email makes the API ask for the password again (RFC 9470): the
   * step-up dialog opens in place and the same request is sent once more. Not optimistic: the email stays
   * pending until confirmed, which only the server knows.
   */
  update: () =>
    mutationOptions({
      mutationKey: [...contactDetailsMutations.all(), 'update'],
      // Offline, the person is told at once that nothing was saved, rather than a silent queue.
      networkMode: 'always',
      mutationFn: ({ body, version }: UpdateContactDetailsVariables) =>
        withReauthentication(() =>
          api.request(endpoints.contactDetails.update, {
            schema: ContactDetailsSchema,
            body,
            ifMatch: `"${String(version)}"`,
          }),
        ),
      onSuccess: (details, _variables, _result, context) => {
        context.client.setQueryData(contactDetailsQueries.detail().queryKey, details)
      },
    }),

  /** Uses the link sent to the new address; the session and the account then show the new email. */
  confirmEmail: () =>
    mutationOptions({
      mutationKey: [...contactDetailsMutations.all(), 'confirm-email'],
      networkMode: 'always',
      mutationFn: (body: ConfirmEmailBody) =>
        withReauthentication(() =>
          api.request(endpoints.contactDetails.confirmEmail, { schema: ContactDetailsSchema, body }),
        ),
      onSuccess: async (details, _variables, _result, context) => {
        context.client.setQueryData(contactDetailsQueries.detail().queryKey, details)
        await Promise.all([
          context.client.invalidateQueries({ queryKey: sessionQueries.all() }),
          context.client.invalidateQueries({ queryKey: accountQueryKey }),
        ])
      },
    }),
}
