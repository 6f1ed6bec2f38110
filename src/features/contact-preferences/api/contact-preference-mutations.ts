import { mutationOptions, type QueryClient } from '@tanstack/react-query'

import {
  ContactPreferencesSchema,
  ContactTopicSchema,
  StopMarketingResultSchema,
  type ContactPreferences,
  type ContactTopic,
  type UpdateContactTopicBody,
} from '#src/contract/contact-preferences'
import { endpoints } from '#src/contract/endpoints'
import type { PurposeId } from '#src/contract/register'
import { api } from '#src/lib/api-client'
import { withReauthentication } from '#src/lib/with-reauthentication'

import { contactPreferenceQueries } from './contact-preference-queries'

/** The topic as it will be once the server applies `body`: what an optimistic switch shows at once. */
function applyToTopic(topic: ContactTopic, body: UpdateContactTopicBody): ContactTopic {
  const channels = new Set(topic.channels)
  for (const channel of topic.availableChannels) {
    const isOn = body.channels?.[channel]
    if (isOn === true) channels.add(channel)
    if (isOn === false) channels.delete(channel)
  }
  return {
    ...topic,
    channels: topic.availableChannels.filter((channel) => channels.has(channel)),
    frequency: body.frequency ?? topic.frequency,
  }
}

function replaceTopic(preferences: ContactPreferences, topic: ContactTopic): ContactPreferences {
  return { topics: preferences.topics.map((candidate) => (candidate.id === topic.id ? topic : candidate)) }
}

const updateKey = ['contact-preferences', 'update'] as const

/** Refetches the preferences and their history once no other change is on its way (TkDodo, concurrent optimistic updates). */
async function settleChanges(client: QueryClient): Promise<void> {
  if (client.isMutating({ mutationKey: updateKey }) === 1) {
    await client.invalidateQueries({ queryKey: contactPreferenceQueries.all() })
  }
}

export const contactPreferenceMutations = {
  all: () => ['contact-preferences'] as const,

  /**
   * One topic's switch, channel choice or frequency, saved at once and shown at once (an optimistic update): cancel,
   * snapshot, set, roll back on error. Changes to one topic run one after the other (`scope`), so quick
   * repeated presses reach the server in order and the last choice wins, as on the screen. The cache is
   * refetched only when the last change has settled, so nothing flickers back meanwhile.
   */
  updateTopic: (topicId: PurposeId) =>
    mutationOptions({
      mutationKey: updateKey,
      scope: { id: `contact-preferences:${topicId}` },
      networkMode: 'always',
      mutationFn: (body: UpdateContactTopicBody) =>
        withReauthentication(() =>
          api.request(endpoints.contactPreferences.updateTopic, {
            schema: ContactTopicSchema,
            params: { topicId },
            body,
          }),
        ),
      onMutate: async (body, context) => {
        const { queryKey } = contactPreferenceQueries.list()
        await context.client.cancelQueries({ queryKey })
        const previous = context.client.getQueryData(queryKey)
        const topic = previous?.topics.find((candidate) => candidate.id === topicId)
        if (previous && topic) context.client.setQueryData(queryKey, replaceTopic(previous, applyToTopic(topic, body)))
        return { previous }
      },
      onError: (_error, _body, snapshot, context) => {
        if (snapshot?.previous) context.client.setQueryData(contactPreferenceQueries.list().queryKey, snapshot.previous)
      },
      onSettled: (_data, _error, _body, _snapshot, context) => settleChanges(context.client),
    }),

  /**
   * "Stop all marketing": one request, one history entry. Not optimistic: the result names the change
   * that "Undo" reverses.
   */
  stopMarketing: () =>
    mutationOptions({
      mutationKey: updateKey,
      networkMode: 'always',
      mutationFn: () =>
        withReauthentication(() =>
          api.request(endpoints.contactPreferences.stopMarketing, { schema: StopMarketingResultSchema }),
        ),
      onSuccess: (result, _variables, _snapshot, context) => {
        context.client.setQueryData(contactPreferenceQueries.list().queryKey, { topics: result.topics })
      },
      onSettled: (_data, _error, _variables, _snapshot, context) => settleChanges(context.client),
    }),

  /** Reverses a "Stop all marketing" (what was switched on again since stays as it is). */
  undo: () =>
    mutationOptions({
      mutationKey: updateKey,
      networkMode: 'always',
      mutationFn: (changeId: string) =>
        withReauthentication(() =>
          api.request(endpoints.contactPreferences.undo, { schema: ContactPreferencesSchema, params: { changeId } }),
        ),
      onSuccess: (preferences, _variables, _snapshot, context) => {
        context.client.setQueryData(contactPreferenceQueries.list().queryKey, preferences)
      },
      onSettled: (_data, _error, _variables, _snapshot, context) => settleChanges(context.client),
    }),
}
