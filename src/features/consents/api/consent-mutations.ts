import { mutationOptions, type MutationFunctionContext } from '@tanstack/react-query'

import {
  ConsentListSchema,
  ConsentSchema,
  DirectMarketingObjectionSchema,
  type ConsentList,
  type ConsentPurposeId,
  type ConsentStatus,
  type DirectMarketingObjection,
} from '#src/contract/consents'
import { endpoints } from '#src/contract/endpoints'
import { api } from '#src/lib/api-client'
import { withReauthentication } from '#src/lib/with-reauthentication'

import { consentQueries, objectionQueries } from './consent-queries'

export type UpdateConsentVariables = { purposeId: ConsentPurposeId; isGiven: boolean }

type StatusSnapshot = ReadonlyMap<ConsentPurposeId, ConsentStatus>

const listKey = consentQueries.list().queryKey

/** Sets the cached status of some consents, leaving the rest of the list as it is. */
function setStatuses(context: MutationFunctionContext, statuses: StatusSnapshot): void {
  context.client.setQueryData(listKey, (list: ConsentList | undefined) =>
    list
      ? {
          ...list,
          consents: list.consents.map((consent) => ({
            ...consent,
            status: statuses.get(consent.purposeId) ?? consent.status,
          })),
        }
      : list,
  )
}

/**
 * Cancel, snapshot, set (TkDodo's "Concurrent Optimistic Updates"): a refetch in flight must not
 * overwrite the optimistic state, and the snapshot holds only the consents this change touches, so rolling
 * one back never undoes another change made meanwhile.
 */
async function applyOptimistically(
  context: MutationFunctionContext,
  change: (status: ConsentStatus, purposeId: ConsentPurposeId) => ConsentStatus,
): Promise<StatusSnapshot> {
  await context.client.cancelQueries({ queryKey: listKey })
  const previous = new Map<ConsentPurposeId, ConsentStatus>()
  const next = new Map<ConsentPurposeId, ConsentStatus>()
  for (const consent of context.client.getQueryData(listKey)?.consents ?? []) {
    const status = change(consent.status, consent.purposeId)
    if (status === consent.status) continue
    previous.set(consent.purposeId, consent.status)
    next.set(consent.purposeId, status)
  }
  setStatuses(context, next)
  return previous
}

/**
 * Only the last consent change to settle refetches: earlier ones would overwrite the optimistic state of
 * those still running, and the screen would flicker under quick toggles. The promise is returned so the
 * change stays "saving" until the fresh state (with its new ledger entry) has arrived.
 */
function refetchWhenLast(context: MutationFunctionContext): Promise<void> | undefined {
  if (context.client.isMutating({ mutationKey: consentMutations.all() }) !== 1) return undefined
  return context.client.invalidateQueries({ queryKey: consentQueries.all() })
}

export const consentMutations = {
  all: () => ['consents'] as const,

  /**
   * Gives or withdraws one consent: one request, no re-authentication (GDPR Art. 7(3)).
   * All consent changes share one scope, so they reach the server in the order they were made and the
   * last click wins, however fast the toggles. Network mode 'always': offline, the
   * change fails and is rolled back with a message instead of waiting silently in a queue.
   */
  update: () =>
    mutationOptions({
      mutationKey: [...consentMutations.all(), 'update'],
      scope: { id: 'consents' },
      networkMode: 'always',
      mutationFn: ({ purposeId, isGiven }: UpdateConsentVariables) =>
        withReauthentication(() =>
          api.request(endpoints.consents.update, { schema: ConsentSchema, params: { purposeId }, body: { isGiven } }),
        ),
      onMutate: ({ purposeId, isGiven }, context) =>
        applyOptimistically(context, (status, id) => (id === purposeId ? (isGiven ? 'given' : 'withdrawn') : status)),
      onError: (_error, _variables, previous, context) => {
        if (previous) setStatuses(context, previous)
      },
      onSettled: (_data, _error, _variables, _previous, context) => refetchWhenLast(context),
    }),

  /** "Withdraw all": one action, one request, whatever the number of consents given. */
  withdrawAll: () =>
    mutationOptions({
      mutationKey: [...consentMutations.all(), 'withdraw-all'],
      scope: { id: 'consents' },
      networkMode: 'always',
      mutationFn: () =>
        withReauthentication(() => api.request(endpoints.consents.withdrawAll, { schema: ConsentListSchema })),
      onMutate: (_variables: undefined, context) =>
        applyOptimistically(context, (status) => (status === 'given' ? 'withdrawn' : status)),
      onError: (_error, _variables, previous, context) => {
        if (previous) setStatuses(context, previous)
      },
      onSettled: (_data, _error, _variables, _previous, context) => refetchWhenLast(context),
    }),
}

export type UpdateObjectionVariables = { isObjecting: boolean }

const objectionKey = objectionQueries.current().queryKey

/** The objection to direct marketing: optimistic like a consent, and never behind a re-authentication. */
export const objectionMutations = {
  all: () => ['direct-marketing-objection'] as const,
  update: () =>
    mutationOptions({
      mutationKey: [...objectionMutations.all(), 'update'],
      scope: { id: 'direct-marketing-objection' },
      networkMode: 'always',
      mutationFn: (body: UpdateObjectionVariables) =>
        withReauthentication(() =>
          api.request(endpoints.consents.updateObjection, { schema: DirectMarketingObjectionSchema, body }),
        ),
      onMutate: async ({ isObjecting }, context) => {
        await context.client.cancelQueries({ queryKey: objectionKey })
        const previous = context.client.getQueryData(objectionKey)?.isObjecting
        context.client.setQueryData(objectionKey, (current: DirectMarketingObjection | undefined) =>
          current ? { ...current, isObjecting } : current,
        )
        return previous
      },
      onError: (_error, _variables, previous, context) => {
        if (previous === undefined) return
        context.client.setQueryData(objectionKey, (current: DirectMarketingObjection | undefined) =>
          current ? { ...current, isObjecting: previous } : current,
        )
      },
      onSettled: (_data, _error, _variables, _previous, context) => {
        if (context.client.isMutating({ mutationKey: objectionMutations.all() }) !== 1) return undefined
        return context.client.invalidateQueries({ queryKey: objectionQueries.all() })
      },
    }),
}
