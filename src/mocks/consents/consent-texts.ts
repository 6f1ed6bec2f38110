import type { LocalizedText } from '#src/contract/common'
import type { ConsentPurposeId } from '#src/contract/consents'
import type { DataCategoryId } from '#src/contract/register'

/**
 * What the operator shows for each consent, read from Dialogra's policy ("Transferts de groupes",
 * "Les partenaires, sponsors et annonceurs", cookies). The wording changed with the policy versions;
 * every event quotes the wording of the version in force when it happened.
 */

/** Policy versions, oldest first; the last is in force. */
export const policyVersions = ['2016-10', '2018-05', '2021-06', '2024-03', '2026-09'] as const
export type PolicyVersion = (typeof policyVersions)[number]
export const currentPolicyVersion: PolicyVersion = '2026-09'

/** The three wordings each consent has had: up to 2021-06, 2024-03, and the current 2026-09. */
type WordingEra = 'before-2024' | '2024' | '2026'

function getWordingEra(version: string): WordingEra {
  if (version >= '2026-09') return '2026'
  if (version >= '2024-03') return '2024'
  return 'before-2024'
}

type ConsentText = {
  title: LocalizedText
  description: LocalizedText
  ifWithdrawn: LocalizedText
  dataCategories: DataCategoryId[]
  wording: Record<WordingEra, LocalizedText>
}

export const consentTexts: Readonly<Record<ConsentPurposeId, ConsentText>> = {
  'group-marketing': {
    title: {
      fr: 'Marketing par les autres sociétés du groupe Dialogra',
      en: 'Marketing by the other Dialogra group companies',
    },
    description: {
      fr: 'Nous transmettons votre nom, votre adresse e-mail et vos achats aux autres produits et sociétés du groupe Dialogra, qui peuvent alors vous présenter leurs offres.',
      en: 'We pass your name, email address and purchases to the other Dialogra products and group companies, who may then tell you about their offers.',
    },
    ifWithdrawn: {
      fr: 'Les sociétés du groupe ne reçoivent plus vos données pour leur marketing. Votre compte et nos services restent exactement les mêmes.',
      en: 'Group companies no longer receive your data for their marketing. Your account and our services stay exactly the same.',
    },
    dataCategories: ['account', 'user-data', 'transactions'],
    wording: {
      'before-2024': {
        fr: 'J’accepte que Dialogra communique mes informations aux sociétés de son groupe à des fins de marketing.',
        en: 'I agree that Dialogra may share my information with its group companies for marketing purposes.',
      },
      '2024': {
        fr: 'J’accepte que Dialogra transmette mon nom, mon adresse e-mail et mes achats aux sociétés du groupe Dialogra pour qu’elles me présentent leurs offres.',
        en: 'I agree that Dialogra may pass my name, email address and purchases to the Dialogra group companies so they can tell me about their offers.',
      },
      '2026': {
        fr: 'J’accepte que Dialogra transmette mon nom, mon adresse e-mail et mes achats aux autres sociétés du groupe Dialogra pour qu’elles me présentent leurs offres. Je peux retirer ce consentement à tout moment.',
        en: 'I agree that Dialogra may pass my name, email address and purchases to the other Dialogra group companies so they can tell me about their offers. I can withdraw this consent at any time.',
      },
    },
  },
  'partner-sharing': {
    title: {
      fr: 'Partage avec nos partenaires, sponsors et annonceurs',
      en: 'Sharing with our partners, sponsors and advertisers',
    },
    description: {
      fr: 'Nous partageons votre adresse e-mail et vos centres d’intérêt avec nos partenaires, sponsors et annonceurs, qui peuvent vous contacter avec leurs propres offres.',
      en: 'We share your email address and interests with our partners, sponsors and advertisers, who may contact you with their own offers.',
    },
    ifWithdrawn: {
      fr: 'Nous cessons de partager vos données avec eux. Votre compte et nos services restent exactement les mêmes.',
      en: 'We stop sharing your data with them. Your account and our services stay exactly the same.',
    },
    dataCategories: ['account', 'user-data', 'ad-reactions'],
    wording: {
      'before-2024': {
        fr: 'J’accepte que mes informations soient partagées avec les partenaires et annonceurs de Dialogra.',
        en: 'I agree that my information may be shared with Dialogra’s partners and advertisers.',
      },
      '2024': {
        fr: 'J’accepte que Dialogra partage mon adresse e-mail et mes centres d’intérêt avec ses partenaires, sponsors et annonceurs.',
        en: 'I agree that Dialogra may share my email address and interests with its partners, sponsors and advertisers.',
      },
      '2026': {
        fr: 'J’accepte que Dialogra partage mon adresse e-mail et mes centres d’intérêt avec ses partenaires, sponsors et annonceurs, qui pourront me présenter leurs offres. Je peux retirer ce consentement à tout moment.',
        en: 'I agree that Dialogra may share my email address and interests with its partners, sponsors and advertisers, who may tell me about their offers. I can withdraw this consent at any time.',
      },
    },
  },
  'cookies-consent': {
    title: {
      fr: 'Cookies et technologies similaires soumis à consentement',
      en: 'Cookies and similar technologies that need your consent',
    },
    description: {
      fr: 'Des cookies de mesure d’audience et de publicité enregistrent comment vous utilisez nos services. Les cookies indispensables au fonctionnement du service ne dépendent pas de ce choix.',
      en: 'Audience-measurement and advertising cookies record how you use our services. Cookies the service needs to work do not depend on this choice.',
    },
    ifWithdrawn: {
      fr: 'Ces cookies ne sont plus déposés et ceux déjà déposés ne sont plus lus. Le service fonctionne exactement de la même façon.',
      en: 'These cookies are no longer set, and those already set are no longer read. The service works exactly the same.',
    },
    dataCategories: ['cookies', 'connection-data'],
    wording: {
      'before-2024': {
        fr: 'J’accepte les cookies de mesure d’audience et de publicité.',
        en: 'I accept audience-measurement and advertising cookies.',
      },
      '2024': {
        fr: 'J’accepte que Dialogra et ses partenaires déposent des cookies de mesure d’audience et de publicité sur mon appareil.',
        en: 'I agree that Dialogra and its partners may set audience-measurement and advertising cookies on my device.',
      },
      '2026': {
        fr: 'J’accepte que Dialogra et ses partenaires déposent et lisent des cookies de mesure d’audience et de publicité sur mon appareil. Je peux retirer ce consentement à tout moment, aussi simplement.',
        en: 'I agree that Dialogra and its partners may set and read audience-measurement and advertising cookies on my device. I can withdraw this consent at any time, just as easily.',
      },
    },
  },
}

/** The exact sentence shown for a consent under a policy version. */
export function getConsentWording(purposeId: ConsentPurposeId, version: string): LocalizedText {
  return consentTexts[purposeId].wording[getWordingEra(version)]
}

/** The controller, as a receipt names it (Kantara: piiControllers): the policy's contacts, the e-mail at a reserved domain. */
export const controller = {
  name: 'Dialogra',
  email: 'privacy@dialogra.example',
  phone: '+442045771003',
} as const

export function getPolicyUrl(version: string): string {
  return `https://dialogra.example/privacy-policy/${version}`
}

/** The policy version in force at an instant: each took effect on the first day of its month (UTC). */
export function getPolicyVersionAt(instant: string): PolicyVersion {
  let inForce: PolicyVersion = policyVersions[0]
  for (const version of policyVersions) if (`${version}-01T00:00:00.000Z` <= instant) inForce = version
  return inForce
}
