import { mutationOptions } from '@tanstack/react-query'

import { endpoints } from '#src/contract/endpoints'
import { PolicyAcknowledgementSchema } from '#src/contract/policies'
import { api } from '#src/lib/api-client'
import { withReauthentication } from '#src/lib/with-reauthentication'

import { policyNoticeQueries } from './policy-queries'

export const policyMutations = {
  all: () => ['policy-notice'] as const,
  /**
   * Records that the person read about a version's changes. Not optimistic: the server decides whether the
   * version can be acknowledged and stamps the time. It never gives or changes a consent.
   */
  acknowledge: () =>
    mutationOptions({
      mutationKey: [...policyMutations.all(), 'acknowledge'],
      mutationFn: (versionId: string) =>
        withReauthentication(() =>
          api.request(endpoints.policy.acknowledge, { schema: PolicyAcknowledgementSchema, body: { versionId } }),
        ),
      onSettled: (_data, _error, _variables, _result, context) =>
        context.client.invalidateQueries({ queryKey: policyNoticeQueries.all() }),
    }),
}
