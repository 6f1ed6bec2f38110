import type { PolicyChange, PolicyDocument, PolicySection, PolicyVersionInfo } from '#src/contract/policies'
import { DataCategoryIdSchema, type DataCategoryId } from '#src/contract/register'

import { editListItems, note, paragraph, replaceBlock, replaceTableRow, row, section, subItem, text } from './blocks'
import {
  addressNote,
  contactParagraph,
  contactPreferencesParagraph,
  cookiesParagraph,
  currentSections,
  lawsAsPublished,
  operatorEmail,
  policyTitle,
  purposesB4,
  retentionRows,
  rightsItems,
  withdrawConsentParagraph,
} from './current-text'

/*
 * Every version of the policy the centre knows, oldest first. The policy area owns this list: the consent
 * ledger quotes these ids, and the notice of significant changes reads their dates.
 *
 * Only 2026-09 is the operator's published text. The four earlier versions are the sample history the consent
 * ledger already quotes, and 2026-12 is a planned future version that takes effect a month into the demo; all
 * of them are marked `isSampleHistory` and shown as such. Each earlier text is derived from the next one by the
 * passages that changed, so the comparison pairs passages by their stable ids.
 */

type VersionDefinition = PolicyVersionInfo & {
  /** From when the version is listed and readable: a future version is published ahead of taking effect. */
  publishedOn: string
  sections: PolicySection[]
}

/** Transfers concern everything the policy collects. */
const allCategories: DataCategoryId[] = DataCategoryIdSchema.options

function change(definition: Omit<PolicyChange, 'consentNeeded'> & Partial<Pick<PolicyChange, 'consentNeeded'>>) {
  return { consentNeeded: null, ...definition }
}

/* ------------------------------------------------------------------ 2026-12: planned, a month into the demo */

const sections2026_12 = replaceBlock(
  replaceBlock(
    replaceTableRow(
      replaceBlock(
        currentSections,
        'partners-sponsors-advertisers-sharing',
        paragraph(
          'partners-sponsors-advertisers-sharing',
          "Nous ne partageons vos informations personnelles avec nos collaborateurs, sponsors et annonceurs qu'après que vous en ayez fait la demande ou que vous y ayez consenti. Si vous avez donné ce consentement, vous pouvez le retirer à tout moment.",
          'We share your personal information with our collaborators, sponsors and advertisers only after you have asked for it or consented to it. If you have given this consent, you can withdraw it at any time.',
        ),
      ),
      'retention-table',
      row('retention-customer-service', [
        retentionRows.customerService.cells[0] ?? [],
        retentionRows.customerService.cells[1] ?? [],
        [
          text("3 ans (journaux d'appels et dialogues textuels)", '3 years (call logs and text dialogues)'),
          text('3 mois (enregistrements vocaux)', '3 months (voice recordings)'),
        ],
      ]),
    ),
    'partners-sponsors-advertisers-note',
    note(
      'partners-sponsors-advertisers-note',
      '«\u00a0Collaborateurs\u00a0» est une erreur de traduction\u00a0: le centre le lit comme «\u00a0partenaires\u00a0».',
      '“Collaborateurs” (collaborators) is a mistranslation: the centre reads it as “partners”.',
    ),
  ),
  'contact-note',
  note('contact-note', addressNote.fr, addressNote.en),
)

const correctedLaws = {
  fr: lawsAsPublished.fr.replace('20116/679', '2016/679'),
  en: lawsAsPublished.en.replace('20116/679', '2016/679'),
}

/* ------------------------------------------------------------------------------------ 2024-03 */

const sections2024_03 = replaceBlock(
  replaceBlock(
    editListItems(currentSections, 'purposes-list', (items) =>
      items.map((entry) =>
        entry.id === 'purposes-b'
          ? {
              ...entry,
              items: entry.items.map((sub) =>
                sub.id === purposesB4.id
                  ? subItem(
                      'purposes-b-4',
                      'Afin de vous proposer des offres, des nouvelles, des informations, des produits ou des services susceptibles de vous intéresser.',
                      'In order to offer you offers, news, information, products or services that may interest you.',
                    )
                  : sub,
              ),
            }
          : entry,
      ),
    ),
    withdrawConsentParagraph.id,
    paragraph(
      'rights-withdraw-consent',
      "Si le traitement de vos informations personnelles est basé sur votre consentement, vous avez le droit de retirer ce consentement à tout moment (toutefois, cela n'affectera pas le traitement basé sur votre consentement avant le retrait) en nous contactant.",
      'If the processing of your personal information is based on your consent, you have the right to withdraw this consent at any time (however, this will not affect processing based on your consent before the withdrawal) by contacting us.',
    ),
  ),
  contactPreferencesParagraph.id,
  paragraph(
    'rights-contact-preferences',
    `Sachez également que vous pouvez nous demander à tout moment de ne plus recevoir certains types d'informations de notre part, en nous contactant à l'adresse ${operatorEmail} ou en appelant le +44 2045771003.`,
    `Please also note that you can ask us at any time to stop sending you certain types of information, by contacting us at ${operatorEmail} or by calling +44 2045771003.`,
  ),
)

/* ------------------------------------------------------------------------------------ 2021-06 */

const sections2021_06 = replaceTableRow(
  replaceTableRow(sections2024_03, 'retention-table', {
    ...retentionRows.customerService,
    cells: [
      retentionRows.customerService.cells[0] ?? [],
      [
        text(
          'Les données relatives au service clientèle sont des informations que vous fournissez lorsque vous êtes en contact avec le service clientèle de Dialogra.',
          'Customer service data is information you provide when you are in contact with Dialogra customer service.',
        ),
      ],
      [text("5 ans (journaux d'appels et dialogues textuels)", '5 years (call logs and text dialogues)')],
    ],
  }),
  'retention-table',
  {
    ...retentionRows.transactions,
    cells: [...retentionRows.transactions.cells.slice(0, 2), [text('5 ans', '5 years')]],
  },
)

/* ------------------------------------------------------------------------------------ 2018-05 */

const sections2018_05 = replaceBlock(
  editListItems(sections2021_06, 'purposes-list', (items) =>
    items.map((entry) =>
      entry.id === 'purposes-b' ? { ...entry, items: entry.items.filter((sub) => sub.id !== 'purposes-b-5') } : entry,
    ),
  ),
  'transfers-outside-eea',
  paragraph(
    'transfers-outside-eea',
    `Les données personnelles que nous recueillons auprès de vous peuvent être transférées et stockées en dehors de l'Espace économique européen ("EEE"). Elles peuvent être partagées avec d'autres produits au sein de l'entreprise, traitées par des employés travaillant pour nous ou pour l'un de nos fournisseurs en dehors de l'EEE. Ce personnel peut, par exemple, être impliqué dans l'exécution de votre commande, le traitement de vos informations de paiement et l'exécution de nos services d'assistance. Nous prenons toutes les précautions raisonnables pour nous assurer que vos informations personnelles sont traitées en toute sécurité et conformément à la présente politique de confidentialité et nous avons pris les mesures de protection appropriées pour protéger vos informations personnelles.`,
    'The personal data we collect from you may be transferred and stored outside the European Economic Area ("EEA"). It may be shared with other products within the company, and processed by employees working for us or for one of our suppliers outside the EEA. These staff may, for example, be involved in fulfilling your order, processing your payment information and providing our support services. We take all reasonable precautions to make sure that your personal information is processed securely and in accordance with this privacy policy, and we have taken appropriate protective measures to protect your personal information.',
  ),
)

/* ------------------------------------------------------------------------------------ 2016-10 */

const cookiesSection = section('cookies', text('Cookies', 'Cookies'), [
  paragraph(
    'cookies-use',
    'Nous utilisons des cookies et des technologies similaires pour recueillir des informations sur votre utilisation de nos services. Vous pouvez refuser les cookies dans les paramètres de votre navigateur.',
    'We use cookies and similar technologies to collect information about your use of our services. You can refuse cookies in the settings of your browser.',
  ),
])

/** Before the GDPR: no legal bases (the section is left out of the order), cookies on their own, fewer rights, security before retention. */
function build2016Sections(): PolicySection[] {
  let sections = replaceBlock(sections2018_05, cookiesParagraph.id, null)
  sections = replaceBlock(
    sections,
    'partners-sponsors-advertisers-sharing',
    paragraph(
      'partners-sponsors-advertisers-sharing',
      'Nous pouvons partager vos informations personnelles avec nos collaborateurs, sponsors et annonceurs.',
      'We may share your personal information with our collaborators, sponsors and advertisers.',
    ),
  )
  sections = replaceBlock(
    sections,
    'partners-sponsors-advertisers-note',
    note(
      'partners-sponsors-advertisers-note',
      '«\u00a0Collaborateurs\u00a0» est une erreur de traduction\u00a0: le centre le lit comme «\u00a0partenaires\u00a0». Cette version permet de partager vos informations avec les partenaires, sponsors et annonceurs sans condition.',
      '“Collaborateurs” (collaborators) is a mistranslation: the centre reads it as “partners”. This version allows your information to be shared with partners, sponsors and advertisers without any condition.',
    ),
  )
  sections = editListItems(sections, 'rights-list', () => [
    rightsItems.access,
    rightsItems.rectification,
    {
      ...rightsItems.erasure,
      text: text(
        'Dans certaines circonstances, par exemple si vos informations personnelles ont été traitées illégalement, vous avez le droit de demander à ce que nous supprimions vos informations personnelles.',
        'In certain circumstances, for example if your personal information has been processed unlawfully, you have the right to ask us to delete your personal information.',
      ),
    },
  ])
  sections = replaceBlock(sections, 'rights-note', null)
  sections = replaceBlock(sections, 'rights-withdraw-consent', null)
  sections = replaceBlock(
    sections,
    'contact-questions',
    contactParagraph({
      fr: 'la loi n° 429 du 31 mai 2000 sur le traitement des données personnelles (" loi sur les données personnelles ") et la loi n° 227 du 22 avril 2002 sur les services de la société de l\'information, y compris certains aspects du commerce électronique (la " loi sur le commerce électronique ").',
      en: 'Act No. 429 of 31 May 2000 on the processing of personal data (" Personal Data Act ") and Act No. 227 of 22 April 2002 on information society services, including certain aspects of electronic commerce (the " E-commerce Act ").',
    }),
  )
  sections = replaceBlock(sections, 'contact-note', note('contact-note', addressNote.fr, addressNote.en))
  const byId = new Map(sections.map((current) => [current.id, current]))
  const order = [
    'privacy',
    'information-we-collect',
    'cookies',
    'purposes',
    'required-information',
    'sharing',
    'transfers',
    'security',
    'retention',
    'rights',
    'changes',
    'contact',
  ] as const
  return order.flatMap((id) => (id === 'cookies' ? [cookiesSection] : (byId.get(id) ?? [])))
}

const sections2016_10 = build2016Sections()

/* --------------------------------------------------------------------------------- the list */

const definitions: readonly VersionDefinition[] = [
  {
    id: '2016-10',
    effectiveOn: '2016-10-01',
    publishedOn: '2016-10-01',
    isSignificant: true,
    isSampleHistory: true,
    summary: text(
      'Première version de la politique, sous la loi danoise sur les données personnelles.',
      'First version of the policy, under the Danish Personal Data Act.',
    ),
    changes: [],
    sections: sections2016_10,
  },
  {
    id: '2018-05',
    effectiveOn: '2018-05-01',
    publishedOn: '2018-04-02',
    isSignificant: true,
    isSampleHistory: true,
    summary: text(
      'Mise en conformité avec le RGPD\u00a0: la base juridique de chaque traitement, de nouveaux droits, et le partage avec les annonceurs seulement à votre demande ou avec votre consentement.',
      'Brought in line with the GDPR: the legal basis of each processing, new rights, and sharing with advertisers only at your request or with your consent.',
    ),
    changes: [
      change({
        id: 'c2018-05-legal-bases',
        sectionId: 'legal-bases',
        aspects: ['legal-basis'],
        isSignificant: true,
        summary: text(
          'Nouvelle section\u00a0: la base juridique du RGPD sur laquelle repose chaque traitement.',
          'New section: the GDPR legal basis each processing relies on.',
        ),
        purposeIds: [],
        categoryIds: [],
      }),
      change({
        id: 'c2018-05-advertisers',
        sectionId: 'partners-sponsors-advertisers',
        aspects: ['recipient', 'legal-basis'],
        isSignificant: true,
        summary: text(
          'Vos informations ne sont plus partagées avec nos annonceurs qu’à votre demande ou avec votre consentement.',
          'Your information is no longer shared with our advertisers except at your request or with your consent.',
        ),
        purposeIds: ['partner-sharing'],
        categoryIds: ['user-data', 'ad-reactions'],
        consentNeeded: 'partner-sharing',
      }),
      change({
        id: 'c2018-05-rights',
        sectionId: 'rights',
        aspects: ['rights'],
        isSignificant: true,
        summary: text(
          'Nouveaux droits\u00a0: limitation, opposition, portabilité, réclamation auprès de l’autorité de contrôle et retrait du consentement à tout moment.',
          'New rights: restriction, objection, portability, complaint to the supervisory authority, and withdrawing consent at any time.',
        ),
        purposeIds: [],
        categoryIds: [],
      }),
      change({
        id: 'c2018-05-cookies',
        sectionId: 'user-generated-information',
        aspects: ['collection'],
        isSignificant: false,
        summary: text(
          'Les cookies ne forment plus une section à part\u00a0: ils sont décrits avec les informations générées par l’utilisateur.',
          'Cookies are no longer a section of their own: they are described with the information generated by the user.',
        ),
        purposeIds: ['cookies-consent'],
        categoryIds: ['cookies'],
      }),
      change({
        id: 'c2018-05-order',
        sectionId: 'security',
        aspects: ['wording'],
        isSignificant: false,
        summary: text(
          'La section sur la sécurité vient désormais après celle sur la conservation.',
          'The section on security now comes after the one on retention.',
        ),
        purposeIds: [],
        categoryIds: [],
      }),
      change({
        id: 'c2018-05-contact',
        sectionId: 'contact',
        aspects: ['contact'],
        isSignificant: false,
        summary: text(
          'Le RGPD est cité parmi les textes qui s’appliquent.',
          'The GDPR is named among the laws that apply.',
        ),
        purposeIds: [],
        categoryIds: [],
      }),
    ],
    sections: sections2018_05,
  },
  {
    id: '2021-06',
    effectiveOn: '2021-06-01',
    publishedOn: '2021-05-03',
    isSignificant: true,
    isSampleHistory: true,
    summary: text(
      'Les transferts hors de l’Espace économique européen peuvent viser des pays sans décision d’adéquation, et vous pouvez obtenir une copie des mesures de protection\u00a0; vos données servent aussi à des analyses et statistiques.',
      'Transfers outside the European Economic Area may go to countries without an adequacy decision, and you can get a copy of the safeguards; your data is also used for analysis and statistics.',
    ),
    changes: [
      change({
        id: 'c2021-06-transfers',
        sectionId: 'transfers',
        aspects: ['transfer'],
        isSignificant: true,
        summary: text(
          'Vos données peuvent être transférées vers des pays que la Commission européenne n’a pas reconnus comme offrant une protection adéquate\u00a0; vous pouvez demander une copie des mesures de protection.',
          'Your data may be transferred to countries the European Commission has not recognised as offering adequate protection; you can ask for a copy of the safeguards.',
        ),
        purposeIds: [],
        categoryIds: allCategories,
      }),
      change({
        id: 'c2021-06-analytics',
        sectionId: 'purposes',
        aspects: ['purpose'],
        isSignificant: true,
        summary: text(
          'Point B\u00a0: vos données servent aussi à des analyses et statistiques, au titre de nos intérêts légitimes.',
          'Point B: your data is also used for analysis and statistics, on the basis of our legitimate interests.',
        ),
        purposeIds: ['analytics'],
        categoryIds: ['user-data', 'cookies', 'connection-data'],
      }),
    ],
    sections: sections2021_06,
  },
  {
    id: '2024-03',
    effectiveOn: '2024-03-01',
    publishedOn: '2024-02-01',
    isSignificant: true,
    isSampleHistory: true,
    summary: text(
      'Les appels au service client peuvent être enregistrés à des fins éducatives (conservés 1 mois)\u00a0; les journaux d’appels et dialogues textuels sont conservés 3 ans au lieu de 5, les données de transaction 10 ans au lieu de 5.',
      'Customer service calls may be recorded for educational purposes (kept 1 month); call logs and text dialogues are kept 3 years instead of 5, transaction data 10 years instead of 5.',
    ),
    changes: [
      change({
        id: 'c2024-03-voice-recordings',
        sectionId: 'retention',
        aspects: ['collection', 'purpose', 'retention'],
        isSignificant: true,
        summary: text(
          'Le service client enregistre des appels à des fins éducatives\u00a0; ces enregistrements vocaux sont conservés 1 mois.',
          'Customer service records calls for educational purposes; these voice recordings are kept 1 month.',
        ),
        purposeIds: ['service-quality-training'],
        categoryIds: ['customer-service'],
      }),
      change({
        id: 'c2024-03-call-logs',
        sectionId: 'retention',
        aspects: ['retention'],
        isSignificant: true,
        summary: text(
          'Les journaux d’appels et dialogues textuels sont conservés 3 ans au lieu de 5.',
          'Call logs and text dialogues are kept 3 years instead of 5.',
        ),
        purposeIds: [],
        categoryIds: ['customer-service'],
      }),
      change({
        id: 'c2024-03-transactions',
        sectionId: 'retention',
        aspects: ['retention'],
        isSignificant: true,
        summary: text(
          'Les données de transaction sont conservées 10 ans au lieu de 5.',
          'Transaction data is kept 10 years instead of 5.',
        ),
        purposeIds: ['legal-obligations'],
        categoryIds: ['transactions'],
      }),
    ],
    sections: sections2024_03,
  },
  {
    id: '2026-09',
    effectiveOn: '2026-09-01',
    publishedOn: '2026-08-01',
    isSignificant: true,
    isSampleHistory: false,
    summary: text(
      'Les offres qui peuvent vous intéresser comprennent désormais la publicité sur mesure, selon vos centres d’intérêt\u00a0; vos préférences de contact se modifient sur la page «\u00a0Paramètres\u00a0».',
      'The offers that may interest you now include advertising tailored to your interests; you change your contact preferences on the “Paramètres” (Settings) page.',
    ),
    changes: [
      change({
        id: 'c2026-09-tailored-advertising',
        sectionId: 'purposes',
        aspects: ['purpose'],
        isSignificant: true,
        summary: text(
          'Point B\u00a0: les offres qui peuvent vous intéresser comprennent désormais la publicité sur mesure, selon vos centres d’intérêt (profilage), au titre de nos intérêts légitimes. Vous pouvez vous y opposer à tout moment.',
          'Point B: the offers that may interest you now include advertising tailored to your interests (profiling), on the basis of our legitimate interests. You can object to it at any time.',
        ),
        purposeIds: ['tailored-advertising'],
        categoryIds: ['user-data', 'ad-reactions'],
      }),
      change({
        id: 'c2026-09-settings',
        sectionId: 'rights',
        aspects: ['rights'],
        isSignificant: false,
        summary: text(
          'Vos préférences de contact se modifient sur la page «\u00a0Paramètres\u00a0», et un consentement se retire aussi en mettant à jour les paramètres du service.',
          'You change your contact preferences on the “Paramètres” (Settings) page, and you can also withdraw a consent by updating the service’s settings.',
        ),
        purposeIds: [],
        categoryIds: [],
      }),
    ],
    sections: currentSections,
  },
  {
    id: '2026-12',
    effectiveOn: '2026-12-28',
    publishedOn: '2026-11-16',
    isSignificant: true,
    isSampleHistory: true,
    summary: text(
      'Vos informations ne sont plus partagées avec nos partenaires et sponsors sans votre consentement\u00a0; les enregistrements vocaux du service client sont conservés 3 mois au lieu de 1 mois.',
      'Your information is no longer shared with our partners and sponsors without your consent; customer service voice recordings are kept 3 months instead of 1 month.',
    ),
    changes: [
      change({
        id: 'c2026-12-partners',
        sectionId: 'partners-sponsors-advertisers',
        aspects: ['recipient', 'legal-basis'],
        isSignificant: true,
        summary: text(
          'Nous ne partageons plus vos informations avec nos partenaires et sponsors sans votre consentement\u00a0: tout partage avec nos partenaires, sponsors et annonceurs se fait seulement à votre demande ou avec votre consentement.',
          'We no longer share your information with our partners and sponsors without your consent: any sharing with our partners, sponsors and advertisers happens only at your request or with your consent.',
        ),
        purposeIds: ['partner-sharing', 'tailored-advertising'],
        categoryIds: ['user-data', 'ad-reactions'],
        consentNeeded: 'partner-sharing',
      }),
      change({
        id: 'c2026-12-voice-recordings',
        sectionId: 'retention',
        aspects: ['retention'],
        isSignificant: true,
        summary: text(
          'Les enregistrements vocaux du service client sont conservés 3 mois au lieu de 1 mois.',
          'Customer service voice recordings are kept 3 months instead of 1 month.',
        ),
        purposeIds: ['service-quality-training'],
        categoryIds: ['customer-service'],
      }),
      change({
        id: 'c2026-12-contact',
        sectionId: 'contact',
        aspects: ['wording'],
        isSignificant: false,
        summary: text(
          'La référence du RGPD est corrigée\u00a0: règlement (UE) 2016/679.',
          'The reference of the GDPR is corrected: Regulation (EU) 2016/679.',
        ),
        purposeIds: [],
        categoryIds: [],
      }),
    ],
    sections: replaceBlock(sections2026_12, 'contact-questions', contactParagraph(correctedLaws)),
  },
]

/** The ids of every version, oldest first. */
export const policyVersionIds = definitions.map((definition) => definition.id)

function startOf(date: string): string {
  return `${date}T00:00:00.000Z`
}

/** The versions published at `instant` (the planned one is listed from its publication, before it applies). */
export function getPublishedVersions(instant: Date): VersionDefinition[] {
  const iso = instant.toISOString()
  return definitions.filter((definition) => startOf(definition.publishedOn) <= iso)
}

/** Business rule: the version in force at an instant is the latest whose effective date has begun (UTC). */
export function getVersionInForceAt(instant: Date): VersionDefinition {
  const iso = instant.toISOString()
  let inForce = definitions[0]
  for (const definition of definitions) if (startOf(definition.effectiveOn) <= iso) inForce = definition
  if (!inForce) throw new Error('No policy version is defined')
  return inForce
}

/** The versions after `afterId`, up to and including `upToId`, oldest first (ids sort as their months do). */
export function getVersionsBetween(afterId: string, upToId: string): VersionDefinition[] {
  return definitions.filter((definition) => definition.id > afterId && definition.id <= upToId)
}

export function findVersion(id: string): VersionDefinition | undefined {
  return definitions.find((definition) => definition.id === id)
}

/** What the archive and the notice say about a version, without its text. */
export function toVersionInfo({
  id,
  effectiveOn,
  summary,
  isSignificant,
  isSampleHistory,
  changes,
}: VersionDefinition) {
  return { id, effectiveOn, summary, isSignificant, isSampleHistory, changes }
}

export function toDocument(definition: VersionDefinition): PolicyDocument {
  return {
    ...toVersionInfo(definition),
    title: policyTitle,
    referenceLanguage: 'fr',
    sections: definition.sections,
  }
}
