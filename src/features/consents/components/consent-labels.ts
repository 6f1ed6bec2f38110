import type { ConsentAction, ConsentChannel } from '#src/contract/consents'
import type { DataCategoryId } from '#src/contract/register'
import type { MessageKey } from '#src/lib/i18n/catalogue'

/** Where a choice was made, inside a sentence ("given on 3 May, in the cookie banner"). */
export const channelPhrases: Record<ConsentChannel, MessageKey> = {
  'privacy-centre': 'consents.channel.privacy-centre',
  'sign-up': 'consents.channel.sign-up',
  'cookie-banner': 'consents.channel.cookie-banner',
  'rights-request': 'consents.channel.rights-request',
}

/** Where a choice was made, on its own (a table cell, a receipt field). */
export const channelNames: Record<ConsentChannel, MessageKey> = {
  'privacy-centre': 'consents.channelName.privacy-centre',
  'sign-up': 'consents.channelName.sign-up',
  'cookie-banner': 'consents.channelName.cookie-banner',
  'rights-request': 'consents.channelName.rights-request',
}

export const actionNames: Record<ConsentAction, MessageKey> = {
  given: 'consents.action.given',
  withdrawn: 'consents.action.withdrawn',
  renewed: 'consents.action.renewed',
}

export const eventSentences: Record<ConsentAction, MessageKey> = {
  given: 'consents.consent.event.given',
  withdrawn: 'consents.consent.event.withdrawn',
  renewed: 'consents.consent.event.renewed',
}

export const dataCategoryNames: Record<DataCategoryId, MessageKey> = {
  account: 'consents.dataCategory.account',
  'user-data': 'consents.dataCategory.user-data',
  'customer-service': 'consents.dataCategory.customer-service',
  transactions: 'consents.dataCategory.transactions',
  'connection-data': 'consents.dataCategory.connection-data',
  cookies: 'consents.dataCategory.cookies',
  'ad-reactions': 'consents.dataCategory.ad-reactions',
  'third-party-data': 'consents.dataCategory.third-party-data',
}
