import type { LocalizedText } from '#src/contract/common'
import {
  ProcessingRegisterSchema,
  type DataCategory,
  type ProcessingRegister,
  type Purpose,
} from '#src/contract/register'

/*
 * Dialogra's processing register, read from its privacy policy (../shared/seed/privacy-policy.fr.txt and the
 * facts in its README). The French follows the policy's own words; the English translates them. Where the policy
 * is silent (no retention period for cookies, IP addresses, ad reactions and data received from third parties;
 * the named safeguards for transfers), the register says so instead of inventing an answer.
 */

const recipients = {
  groupAdministration: {
    fr: 'Les autres produits et sociétés du groupe Dialogra, pour l’administration ou pour vous fournir nos services',
    en: 'Other Dialogra products and group companies, for administration or to provide our services',
  },
  groupMarketing: {
    fr: 'Les produits et sociétés du groupe Dialogra, à des fins de marketing, seulement si vous y avez consenti',
    en: 'Dialogra products and group companies, for marketing, only if you consented',
  },
  partnersAndSponsors: { fr: 'Nos collaborateurs et sponsors', en: 'Our partners and sponsors' },
  partnersAndAdvertisers: {
    fr: 'Nos collaborateurs et annonceurs, seulement après votre demande ou votre consentement',
    en: 'Our partners and advertisers, only after you asked for it or consented',
  },
  aggregatedOnly: {
    fr: 'Des partenaires de contenu et des annonceurs, qui ne reçoivent que des informations agrégées, impossibles à relier à vous',
    en: 'Content partners and advertisers, who receive aggregated information only, which cannot be linked to you',
  },
  authorities: {
    fr: 'Les tribunaux, le gouvernement et les autorités, lorsque la loi, une ordonnance ou une demande officielle l’exige',
    en: 'Courts, government and authorities, when the law, a court order or an official request requires it',
  },
  safety: {
    fr: 'Des tiers qui nous aident à protéger nos droits, nos biens, la sécurité de nos clients et de nos employés, et à lutter contre la fraude',
    en: 'Third parties who help us protect our rights, property and the safety of our customers and staff, and fight fraud',
  },
  legalClaims: {
    fr: 'Des tiers impliqués dans des plaintes, des réclamations en justice et des procédures administratives',
    en: 'Third parties involved in complaints, legal claims and administrative proceedings',
  },
  creditAndPayment: {
    fr: 'Des tiers qui évaluent le risque de crédit, établissent des rapports ou encaissent le paiement de nos services',
    en: 'Third parties who assess credit risk, report, or collect payment for our services',
  },
  mergerCounterparty: {
    fr: 'L’acheteur ou le vendeur potentiel lors d’une fusion ou d’un regroupement, tenu de respecter cette politique',
    en: 'The prospective buyer or seller in a merger or acquisition, bound to follow this policy',
  },
  auditors: { fr: 'Les auditeurs externes et les superviseurs', en: 'External auditors and supervisors' },
  paymentProviders: { fr: 'Les prestataires de solutions de paiement', en: 'Payment-solution providers' },
  suppliersOutsideEea: {
    fr: 'Des fournisseurs et du personnel hors de l’EEE (exécution de votre commande, traitement du paiement, assistance)',
    en: 'Suppliers and staff outside the EEA (fulfilling your order, processing your payment, support)',
  },
} satisfies Record<string, LocalizedText>

/** Point B of the policy: the interests Dialogra states for every legitimate-interest purpose. */
const statedInterest = {
  fr: 'Le développement, la gestion, la protection et la commercialisation de nos services, dans une perspective commerciale et stratégique',
  en: 'Developing, managing, protecting and marketing our services, from a commercial and strategic perspective',
}

function interest(specific: LocalizedText): LocalizedText {
  return { fr: `${specific.fr}. ${statedInterest.fr}.`, en: `${specific.en}. ${statedInterest.en}.` }
}

const purposes: Purpose[] = [
  // A) Contract
  {
    id: 'payment-and-invoicing',
    legalBasis: 'contract',
    name: { fr: 'Paiement, commandes et factures', en: 'Payment, orders and invoices' },
    description: {
      fr: 'Gérer le paiement de votre compte et vous transmettre les informations relatives à votre commande et à votre facture.',
      en: 'Managing payment for your account and sending you the information about your order and invoice.',
    },
    legitimateInterest: null,
    isDirectMarketing: false,
    recipients: [recipients.paymentProviders, recipients.creditAndPayment, recipients.suppliersOutsideEea],
  },
  {
    id: 'purchase-tracking',
    legalBasis: 'contract',
    name: { fr: 'Suivi de vos achats', en: 'Tracking your purchases' },
    description: {
      fr: 'Suivre vos achats afin de nous assurer que nous pouvons vous fournir les services auxquels vous avez droit.',
      en: 'Tracking your purchases to make sure we can provide the services you are entitled to.',
    },
    legitimateInterest: null,
    isDirectMarketing: false,
    recipients: [recipients.suppliersOutsideEea],
  },
  {
    id: 'account-communications',
    legalBasis: 'contract',
    name: { fr: 'Communications sur votre compte', en: 'Messages about your account' },
    description: {
      fr: 'Communiquer avec vous au sujet de votre abonnement, de votre compte ou de l’achat de nos services.',
      en: 'Communicating with you about your subscription, your account or your purchases of our services.',
    },
    legitimateInterest: null,
    isDirectMarketing: false,
    recipients: [recipients.suppliersOutsideEea],
  },
  {
    id: 'service-changes',
    legalBasis: 'contract',
    name: { fr: 'Modifications de nos services', en: 'Changes to our services' },
    description: {
      fr: 'Vous informer des modifications apportées à nos services.',
      en: 'Telling you about changes to our services.',
    },
    legitimateInterest: null,
    isDirectMarketing: false,
    recipients: [],
  },
  {
    id: 'requested-offers',
    legalBasis: 'contract',
    name: { fr: 'Offres et informations que vous demandez', en: 'Offers and information you ask for' },
    description: {
      fr: 'Vous fournir les offres, nouvelles, informations, produits ou services que vous nous demandez.',
      en: 'Providing the offers, news, information, products or services you ask us for.',
    },
    legitimateInterest: null,
    isDirectMarketing: false,
    recipients: [recipients.partnersAndAdvertisers],
  },
  // B) Legitimate interests
  {
    id: 'group-administration',
    legalBasis: 'legitimate-interest',
    name: { fr: 'Partage au sein du groupe Dialogra', en: 'Sharing within the Dialogra group' },
    description: {
      fr: 'Partager vos informations avec d’autres produits de Dialogra lorsque cela est nécessaire à des fins administratives ou pour vous fournir nos services.',
      en: 'Sharing your information with other Dialogra products when needed for administration or to provide our services.',
    },
    legitimateInterest: interest({
      fr: 'Administrer le groupe et vous fournir les services de ses différents produits',
      en: 'Administering the group and providing the services of its products',
    }),
    isDirectMarketing: false,
    recipients: [recipients.groupAdministration],
  },
  {
    id: 'security',
    legalBasis: 'legitimate-interest',
    name: { fr: 'Sécurité et lutte contre les abus', en: 'Security and preventing abuse' },
    description: {
      fr: 'Utiliser l’adresse IP ou d’autres informations nécessaires pour bloquer l’utilisation malveillante de nos services.',
      en: 'Using the IP address or other necessary information to block malicious use of our services.',
    },
    legitimateInterest: interest({
      fr: 'Protéger nos services et appliquer nos conditions générales',
      en: 'Protecting our services and enforcing our terms and conditions',
    }),
    isDirectMarketing: false,
    recipients: [recipients.safety],
  },
  {
    id: 'merger-or-acquisition',
    legalBasis: 'legitimate-interest',
    name: { fr: 'Fusion ou acquisition', en: 'Merger or acquisition' },
    description: {
      fr: 'Fournir des informations dans le cadre d’un processus de fusion et d’acquisition.',
      en: 'Providing information in a merger and acquisition process.',
    },
    legitimateInterest: interest({
      fr: 'La gestion commerciale et stratégique de l’entreprise',
      en: 'Commercial and strategic management of the company',
    }),
    isDirectMarketing: false,
    recipients: [recipients.mergerCounterparty],
  },
  {
    id: 'tailored-advertising',
    legalBasis: 'legitimate-interest',
    name: { fr: 'Offres et publicité sur mesure', en: 'Offers and tailored advertising' },
    description: {
      fr: 'Vous proposer des offres, nouvelles, informations, produits ou services susceptibles de vous intéresser, y compris de la publicité sur mesure, en fonction de vos centres d’intérêt.',
      en: 'Offering you offers, news, information, products or services that may interest you, including advertising tailored to your interests.',
    },
    legitimateInterest: interest({
      fr: 'Faire connaître et vendre nos services',
      en: 'Promoting and selling our services',
    }),
    isDirectMarketing: true,
    recipients: [recipients.partnersAndSponsors, recipients.aggregatedOnly],
  },
  {
    id: 'analytics',
    legalBasis: 'legitimate-interest',
    name: { fr: 'Analyses et statistiques', en: 'Analytics and statistics' },
    description: {
      fr: 'Analyser l’utilisation de nos services et établir des statistiques pour les améliorer et les développer.',
      en: 'Analysing how our services are used and producing statistics to improve and develop them.',
    },
    legitimateInterest: interest({
      fr: 'Améliorer et développer nos services',
      en: 'Improving and developing our services',
    }),
    isDirectMarketing: false,
    recipients: [recipients.aggregatedOnly],
  },
  {
    id: 'legal-claims',
    legalBasis: 'legitimate-interest',
    name: { fr: 'Droits en justice', en: 'Legal claims' },
    description: {
      fr: 'Établir, exercer ou défendre des droits en justice.',
      en: 'Establishing, exercising or defending legal claims.',
    },
    legitimateInterest: interest({
      fr: 'Pouvoir faire valoir nos droits ou nous défendre',
      en: 'Being able to assert our rights or defend ourselves',
    }),
    isDirectMarketing: false,
    recipients: [recipients.legalClaims, recipients.auditors],
  },
  {
    id: 'service-quality-training',
    legalBasis: 'legitimate-interest',
    name: { fr: 'Formation du service client', en: 'Customer-service training' },
    description: {
      fr: 'Enregistrer des appels au service client à des fins éducatives.',
      en: 'Recording customer-service calls for educational purposes.',
    },
    legitimateInterest: interest({
      fr: 'Former notre personnel et améliorer la qualité du service client',
      en: 'Training our staff and improving the quality of customer service',
    }),
    isDirectMarketing: false,
    recipients: [recipients.suppliersOutsideEea],
  },
  // C) Legal obligation
  {
    id: 'legal-obligations',
    legalBasis: 'legal-obligation',
    name: { fr: 'Obligations légales', en: 'Legal obligations' },
    description: {
      fr: 'Traiter vos informations lorsque cela est nécessaire pour nous conformer à une obligation légale ou à une décision d’une autorité.',
      en: 'Processing your information when needed to comply with a legal obligation or a decision of an authority.',
    },
    legitimateInterest: null,
    isDirectMarketing: false,
    recipients: [recipients.authorities, recipients.auditors],
  },
  // Consent
  {
    id: 'group-marketing',
    legalBasis: 'consent',
    name: { fr: 'Marketing des sociétés du groupe', en: 'Marketing by group companies' },
    description: {
      fr: 'Communiquer vos informations aux produits et sociétés du groupe Dialogra à des fins de marketing.',
      en: 'Disclosing your information to Dialogra products and group companies for marketing.',
    },
    legitimateInterest: null,
    isDirectMarketing: true,
    recipients: [recipients.groupMarketing],
  },
  {
    id: 'partner-sharing',
    legalBasis: 'consent',
    name: { fr: 'Partage avec des partenaires et annonceurs', en: 'Sharing with partners and advertisers' },
    description: {
      fr: 'Partager vos informations avec nos collaborateurs et annonceurs.',
      en: 'Sharing your information with our partners and advertisers.',
    },
    legitimateInterest: null,
    isDirectMarketing: true,
    recipients: [recipients.partnersAndAdvertisers],
  },
  {
    id: 'cookies-consent',
    legalBasis: 'consent',
    name: { fr: 'Cookies et technologies similaires', en: 'Cookies and similar technologies' },
    description: {
      fr: 'Recueillir d’autres informations sur votre utilisation de nos services par des cookies et des technologies similaires.',
      en: 'Collecting further information about your use of our services through cookies and similar technologies.',
    },
    legitimateInterest: null,
    isDirectMarketing: false,
    recipients: [recipients.aggregatedOnly],
  },
]

/** "Où traitons-nous vos informations personnelles ?": it applies to everything the policy collects. */
const transfers: DataCategory['transfers'] = {
  outsideEea: true,
  withoutAdequacyDecision: true,
  description: {
    fr: 'Vos données peuvent être transférées et stockées hors de l’Espace économique européen, y compris vers des pays sans décision d’adéquation de la Commission européenne. Du personnel de Dialogra ou de ses fournisseurs peut les traiter, par exemple pour exécuter votre commande, traiter votre paiement ou vous assister.',
    en: 'Your data may be transferred to and stored outside the European Economic Area, including countries without a European Commission adequacy decision. Staff of Dialogra or its suppliers may process it there, for example to fulfil your order, process your payment or support you.',
  },
  safeguards: {
    fr: 'Dialogra indique avoir pris des mesures de protection appropriées, sans les nommer dans sa politique. Vous pouvez en demander une copie à l’équipe confidentialité.',
    en: 'Dialogra states that it has taken appropriate safeguards but does not name them in its policy. You can ask the privacy team for a copy.',
  },
}

const noAutomatedDecision: DataCategory['automatedDecisionMaking'] = {
  exists: false,
  description: {
    fr: 'Aucune décision fondée uniquement sur un traitement automatisé et produisant des effets juridiques ou importants pour vous n’est prise avec ces données.',
    en: 'No decision based solely on automated processing with legal or similarly significant effects on you is made with this data.',
  },
}

/** Tailoring ads is profiling, though not a decision with legal effects: said plainly (GDPR Art. 13(2)(f)). */
const profilingForAds: DataCategory['automatedDecisionMaking'] = {
  exists: false,
  description: {
    fr: `${noAutomatedDecision.description.fr} Ces données servent toutefois à adapter les offres et la publicité à vos centres d’intérêt (profilage) : vous pouvez vous y opposer à tout moment, sans avoir à vous justifier.`,
    en: `${noAutomatedDecision.description.en} This data is, however, used to tailor offers and advertising to your interests (profiling): you can object to that at any time, without giving a reason.`,
  },
}

const notRequiredGenerated: DataCategory['required'] = {
  isRequired: false,
  consequence: {
    fr: 'Vous n’avez rien à fournir : ces données sont produites lorsque vous utilisez le service.',
    en: 'You have nothing to provide: this data is produced as you use the service.',
  },
}

const field = (key: string, fr: string, en: string, description: LocalizedText | null = null) => ({
  key,
  label: { fr, en },
  description,
})

const occurredAt = field('occurredAt', 'Date et heure', 'Date and time')
const ipAddress = field('ipAddress', 'Adresse IP', 'IP address', {
  fr: 'Le numéro qui identifie l’appareil ou le réseau depuis lequel vous vous connectez.',
  en: 'The number that identifies the device or network you connect from.',
})

const categories: DataCategory[] = [
  {
    id: 'account',
    name: { fr: 'Informations sur le compte', en: 'Account information' },
    description: {
      fr: 'Les informations concernant votre compte, telles que le nom d’utilisateur, le mot de passe et les informations relatives aux achats effectués dans le service Dialogra.',
      en: 'Information about your account, such as your username, your password and information about purchases made in the Dialogra service.',
    },
    fields: [
      field('name', 'Nom d’utilisateur', 'Username'),
      field('email', 'Adresse e-mail', 'Email address'),
      field('createdAt', 'Compte créé le', 'Account created on'),
      field('passwordChangedAt', 'Mot de passe modifié le', 'Password last changed', {
        fr: 'Votre mot de passe lui-même n’est jamais affiché ni envoyé : seule la date de son dernier changement l’est.',
        en: 'Your password itself is never shown or sent: only the date it was last changed.',
      }),
      field('lastSignInAt', 'Connexion précédente', 'Previous sign-in'),
    ],
    source: {
      kind: 'provided-by-you',
      description: {
        fr: 'Vous les avez fournies en créant votre compte ou en le modifiant.',
        en: 'You provided it when you created or changed your account.',
      },
    },
    purposeIds: [
      'payment-and-invoicing',
      'purchase-tracking',
      'account-communications',
      'service-changes',
      'group-administration',
      'security',
      'legal-obligations',
    ],
    recipients: [recipients.groupAdministration, recipients.paymentProviders, recipients.suppliersOutsideEea],
    transfers,
    retention: { kind: 'until-account-deleted', processedWithin: null },
    retentionByKind: [],
    required: {
      isRequired: true,
      consequence: {
        fr: 'Sans ces informations, Dialogra ne peut pas créer ni gérer votre compte.',
        en: 'Without this information, Dialogra cannot create or manage your account.',
      },
    },
    automatedDecisionMaking: noAutomatedDecision,
  },
  {
    id: 'user-data',
    name: { fr: 'Données de l’utilisateur', en: 'User data' },
    description: {
      fr: 'Les informations sur la façon dont vous utilisez le service et sur les commandes que vous effectuez.',
      en: 'Information about how you use the service and the orders you place.',
    },
    fields: [field('event', 'Événement', 'Event'), occurredAt, ipAddress, field('duration', 'Durée', 'Duration')],
    source: {
      kind: 'generated-by-your-use',
      description: {
        fr: 'Elles sont produites par votre utilisation du service.',
        en: 'It is produced by your use of the service.',
      },
    },
    purposeIds: ['purchase-tracking', 'group-administration', 'security', 'tailored-advertising', 'analytics'],
    recipients: [recipients.groupAdministration, recipients.partnersAndSponsors, recipients.aggregatedOnly],
    transfers,
    retention: { kind: 'until-account-deleted', processedWithin: { unit: 'year', count: 5 } },
    retentionByKind: [],
    required: notRequiredGenerated,
    automatedDecisionMaking: profilingForAds,
  },
  {
    id: 'customer-service',
    name: { fr: 'Données relatives au service client', en: 'Customer-service data' },
    description: {
      fr: 'Les informations que vous fournissez lorsque vous êtes en contact avec le service client de Dialogra (journaux d’appels, dialogues textuels) et les enregistrements vocaux réalisés à des fins éducatives.',
      en: 'The information you give when you are in contact with Dialogra’s customer service (call logs, text dialogues) and voice recordings made for educational purposes.',
    },
    fields: [
      field('channel', 'Type de contact', 'Kind of contact'),
      field('topic', 'Sujet', 'Topic'),
      occurredAt,
      field('duration', 'Durée', 'Duration'),
    ],
    source: {
      kind: 'provided-by-you',
      description: {
        fr: 'Vous les avez données en contactant le service client ; les enregistrements sont faits pendant vos appels.',
        en: 'You gave it when you contacted customer service; recordings are made during your calls.',
      },
    },
    purposeIds: ['account-communications', 'service-quality-training', 'legal-claims'],
    recipients: [recipients.suppliersOutsideEea, recipients.legalClaims],
    transfers,
    retention: { kind: 'fixed', period: { unit: 'year', count: 3 }, from: 'recorded' },
    retentionByKind: [
      {
        kind: 'call-log',
        label: { fr: 'Journaux d’appels', en: 'Call logs' },
        retention: { kind: 'fixed', period: { unit: 'year', count: 3 }, from: 'recorded' },
      },
      {
        kind: 'text-dialogue',
        label: { fr: 'Dialogues textuels', en: 'Text dialogues' },
        retention: { kind: 'fixed', period: { unit: 'year', count: 3 }, from: 'recorded' },
      },
      {
        kind: 'voice-recording',
        label: { fr: 'Enregistrements vocaux', en: 'Voice recordings' },
        retention: { kind: 'fixed', period: { unit: 'month', count: 1 }, from: 'recorded' },
      },
    ],
    required: {
      isRequired: false,
      consequence: {
        fr: 'Vous choisissez de contacter le service client ; sans ces informations, il ne peut pas traiter votre demande.',
        en: 'You choose to contact customer service; without this information it cannot handle your request.',
      },
    },
    automatedDecisionMaking: noAutomatedDecision,
  },
  {
    id: 'transactions',
    name: { fr: 'Données de transaction', en: 'Transaction data' },
    description: {
      fr: 'Les informations sur les transactions effectuées sur votre compte en relation avec les achats effectués sur le service Dialogra.',
      en: 'Information about the transactions on your account related to purchases made in the Dialogra service.',
    },
    fields: [
      field('kind', 'Type', 'Type'),
      field('description', 'Article', 'Item'),
      field('amount', 'Montant', 'Amount'),
      field('paymentMethod', 'Moyen de paiement', 'Payment method'),
      field('purchaseReference', 'Référence d’achat', 'Purchase reference', {
        fr: 'La publicité ou la campagne à laquelle vous avez réagi avant cet achat, s’il y en a une.',
        en: 'The advert or campaign you reacted to before this purchase, if any.',
      }),
      occurredAt,
    ],
    source: {
      kind: 'generated-by-your-use',
      description: {
        fr: 'Elles sont produites par vos achats dans le service.',
        en: 'It is produced by your purchases in the service.',
      },
    },
    purposeIds: ['payment-and-invoicing', 'purchase-tracking', 'legal-claims', 'legal-obligations'],
    recipients: [
      recipients.paymentProviders,
      recipients.creditAndPayment,
      recipients.authorities,
      recipients.auditors,
      recipients.suppliersOutsideEea,
    ],
    transfers,
    retention: { kind: 'fixed', period: { unit: 'year', count: 10 }, from: 'recorded' },
    retentionByKind: [],
    required: {
      isRequired: true,
      consequence: {
        fr: 'Sans elles, Dialogra ne peut pas encaisser vos paiements ni vous fournir ce que vous avez acheté.',
        en: 'Without it, Dialogra cannot take your payments or provide what you bought.',
      },
    },
    automatedDecisionMaking: noAutomatedDecision,
  },
  {
    id: 'connection-data',
    name: { fr: 'Adresses IP et données de connexion', en: 'IP addresses and connection data' },
    description: {
      fr: 'L’adresse IP depuis laquelle vous vous connectez, et quand.',
      en: 'The IP address you connect from, and when.',
    },
    fields: [occurredAt, ipAddress],
    source: {
      kind: 'generated-by-your-use',
      description: {
        fr: 'Elles sont produites chaque fois que vous vous connectez.',
        en: 'It is produced each time you sign in.',
      },
    },
    purposeIds: ['security', 'analytics'],
    recipients: [recipients.safety],
    transfers,
    retention: { kind: 'not-stated' },
    retentionByKind: [],
    required: notRequiredGenerated,
    automatedDecisionMaking: noAutomatedDecision,
  },
  {
    id: 'cookies',
    name: { fr: 'Cookies et identifiants similaires', en: 'Cookies and similar identifiers' },
    description: {
      fr: 'Les informations sur votre utilisation de nos services recueillies par des cookies et des technologies similaires.',
      en: 'Information about your use of our services collected through cookies and similar technologies.',
    },
    fields: [
      field('name', 'Nom du cookie', 'Cookie name'),
      field('role', 'Rôle', 'What it does'),
      field('setAt', 'Déposé le', 'Set on'),
    ],
    source: {
      kind: 'generated-by-your-use',
      description: {
        fr: 'Ils sont déposés par votre navigateur lorsque vous utilisez nos services.',
        en: 'Your browser stores them when you use our services.',
      },
    },
    purposeIds: ['cookies-consent', 'security', 'analytics', 'tailored-advertising'],
    recipients: [recipients.aggregatedOnly],
    transfers,
    retention: { kind: 'not-stated' },
    retentionByKind: [],
    required: notRequiredGenerated,
    automatedDecisionMaking: profilingForAds,
  },
  {
    id: 'ad-reactions',
    name: { fr: 'Réactions aux publicités et campagnes', en: 'Reactions to ads and campaigns' },
    description: {
      fr: 'Vos références d’achat, c’est-à-dire si vous réagissez à des publicités ou à des campagnes.',
      en: 'Your purchase references, that is, whether you react to advertisements or campaigns.',
    },
    fields: [
      field('reaction', 'Réaction', 'Reaction'),
      field('campaign', 'Publicité ou campagne', 'Advert or campaign'),
      occurredAt,
    ],
    source: {
      kind: 'generated-by-your-use',
      description: {
        fr: 'Elles sont produites lorsque vous ouvrez une campagne, cliquez sur une publicité ou achetez après l’avoir vue.',
        en: 'It is produced when you open a campaign, click an advert or buy after seeing one.',
      },
    },
    purposeIds: ['tailored-advertising', 'analytics'],
    recipients: [recipients.partnersAndSponsors, recipients.aggregatedOnly],
    transfers,
    retention: { kind: 'not-stated' },
    retentionByKind: [],
    required: notRequiredGenerated,
    automatedDecisionMaking: profilingForAds,
  },
  {
    id: 'third-party-data',
    name: { fr: 'Données reçues de tiers', en: 'Data received from third parties' },
    description: {
      fr: 'Les informations que nous recevons d’autres produits de Dialogra et de ses sociétés affiliées, et des tiers qui fournissent nos solutions de paiement.',
      en: 'Information we receive from other Dialogra products and affiliates, and from the third parties that provide our payment solutions.',
    },
    fields: [
      field('sender', 'Reçu de', 'Received from'),
      field('content', 'Ce que nous avons reçu', 'What we received'),
      field('receivedAt', 'Reçu le', 'Received on'),
    ],
    source: {
      kind: 'received-from-third-party',
      description: {
        fr: 'Reçues de prestataires de solutions de paiement et d’autres produits et sociétés affiliées de Dialogra.',
        en: 'Received from payment-solution providers and from other Dialogra products and affiliates.',
      },
    },
    purposeIds: ['payment-and-invoicing', 'group-administration', 'security'],
    recipients: [recipients.groupAdministration, recipients.paymentProviders],
    transfers,
    retention: { kind: 'not-stated' },
    retentionByKind: [],
    required: {
      isRequired: false,
      consequence: {
        fr: 'Vous n’avez rien à fournir : ces données nous sont transmises par les tiers nommés ci-dessus.',
        en: 'You have nothing to provide: the third parties named above send this data to us.',
      },
    },
    automatedDecisionMaking: noAutomatedDecision,
  },
]

/** Parsed once with the contract's schema, so the mock can never serve a register that breaks it. */
export const processingRegister: ProcessingRegister = ProcessingRegisterSchema.parse({ categories, purposes })
