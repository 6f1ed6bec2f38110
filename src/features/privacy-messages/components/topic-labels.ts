import type { PrivacyMessageTopic } from '#src/contract/privacy-messages'
import type { MessageKey } from '#src/lib/i18n/catalogue'

const topicLabelKeys = {
  'my-data': 'privacyMessages.topic.my-data',
  rights: 'privacyMessages.topic.rights',
  consents: 'privacyMessages.topic.consents',
  other: 'privacyMessages.topic.other',
} as const satisfies Record<PrivacyMessageTopic, MessageKey>

/** The contract's topic values are vocabulary, not text: the feature maps each to its label. */
export function getTopicLabelKey(topic: PrivacyMessageTopic): MessageKey {
  return topicLabelKeys[topic]
}
