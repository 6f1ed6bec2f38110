import type { Channel, ContactTopic, Frequency } from '#src/contract/contact-preferences'
import type { PurposeId } from '#src/contract/register'

export type TopicDefinition = Omit<ContactTopic, 'channels' | 'frequency'> & {
  /** The choice of a new account: privacy by default (GDPR Art. 25), marketing off (CPCE art. L34-5). */
  defaultChannels: readonly Channel[]
  defaultFrequency: Frequency | null
}

/**
 * The topics Dialogra writes about, each tied to a purpose of its register (policy points A and B, and
 * consent). Order is the page's order: contractual messages first, marketing after, partners last.
 */
export const topicDefinitions: readonly TopicDefinition[] = [
  {
    id: 'account-communications',
    legalBasis: 'contract',
    title: { fr: 'Votre compte et vos commandes', en: 'Your account and orders' },
    description: {
      fr: 'Confirmations de commande, factures, sécurité de votre compte.',
      en: 'Order confirmations, invoices, the security of your account.',
    },
    isRequired: true,
    isMarketing: false,
    isDirectMarketing: false,
    availableChannels: ['email', 'sms', 'post'],
    frequencies: [],
    defaultChannels: ['email'],
    defaultFrequency: null,
  },
  {
    id: 'service-changes',
    legalBasis: 'contract',
    title: { fr: 'Changements de nos services', en: 'Changes to our services' },
    description: {
      fr: 'Modifications de nos conditions, de nos tarifs ou de cette politique de confidentialité.',
      en: 'Changes to our terms, our prices or this privacy policy.',
    },
    isRequired: true,
    isMarketing: false,
    isDirectMarketing: false,
    availableChannels: ['email', 'post'],
    frequencies: [],
    defaultChannels: ['email'],
    defaultFrequency: null,
  },
  {
    id: 'requested-offers',
    legalBasis: 'contract',
    title: { fr: 'Offres et nouveautés que vous avez demandées', en: 'Offers and news you asked for' },
    description: {
      fr: 'Les lettres d’information et les alertes auxquelles vous vous êtes inscrit.',
      en: 'The newsletters and alerts you signed up for.',
    },
    isRequired: false,
    isMarketing: true,
    isDirectMarketing: false,
    availableChannels: ['email', 'sms', 'post'],
    frequencies: ['immediate', 'weekly', 'monthly'],
    defaultChannels: [],
    defaultFrequency: 'weekly',
  },
  {
    id: 'tailored-advertising',
    legalBasis: 'legitimate-interest',
    title: { fr: 'Offres personnalisées', en: 'Tailored offers' },
    description: {
      fr: 'Des offres choisies d’après vos achats et votre utilisation de nos services (prospection commerciale).',
      en: 'Offers chosen from your purchases and your use of our services (direct marketing).',
    },
    isRequired: false,
    isMarketing: true,
    isDirectMarketing: true,
    availableChannels: ['email', 'sms', 'phone', 'post'],
    frequencies: ['immediate', 'weekly', 'monthly'],
    defaultChannels: [],
    defaultFrequency: 'monthly',
  },
  {
    id: 'partner-sharing',
    legalBasis: 'consent',
    title: { fr: 'Offres de nos partenaires', en: 'Offers from our partners' },
    description: {
      fr: 'Des offres de partenaires choisis, envoyées par nous : vos coordonnées ne leur sont pas transmises.',
      en: 'Offers from selected partners, sent by us: your contact details are not passed on to them.',
    },
    isRequired: false,
    isMarketing: true,
    isDirectMarketing: false,
    availableChannels: ['email', 'sms'],
    frequencies: ['weekly', 'monthly'],
    defaultChannels: [],
    defaultFrequency: 'monthly',
  },
]

export function findTopicDefinition(topicId: PurposeId): TopicDefinition | undefined {
  return topicDefinitions.find((topic) => topic.id === topicId)
}
