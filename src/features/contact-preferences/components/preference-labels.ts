import type {
  Channel,
  Frequency,
  PreferenceChangeSource,
  PreferenceSettingValue,
} from '#src/contract/contact-preferences'
import type { MessageKey } from '#src/lib/i18n/catalogue'

export const channelLabelKeys = {
  email: 'contactPreferences.channel.email',
  sms: 'contactPreferences.channel.sms',
  phone: 'contactPreferences.channel.phone',
  post: 'contactPreferences.channel.post',
} as const satisfies Record<Channel, MessageKey>

export const frequencyLabelKeys = {
  immediate: 'contactPreferences.frequency.immediate',
  weekly: 'contactPreferences.frequency.weekly',
  monthly: 'contactPreferences.frequency.monthly',
} as const satisfies Record<Frequency, MessageKey>

export const sourceLabelKeys = {
  'privacy-centre': 'contactPreferences.history.source.privacy-centre',
  'unsubscribe-link': 'contactPreferences.history.source.unsubscribe-link',
  'customer-service': 'contactPreferences.history.source.customer-service',
  'sign-up': 'contactPreferences.history.source.sign-up',
} as const satisfies Record<PreferenceChangeSource, MessageKey>

export const settingValueLabelKeys = {
  on: 'contactPreferences.history.value.on',
  off: 'contactPreferences.history.value.off',
  ...frequencyLabelKeys,
} as const satisfies Record<PreferenceSettingValue, MessageKey>
