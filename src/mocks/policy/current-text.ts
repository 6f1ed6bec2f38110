import type { PolicySection } from '#src/contract/policies'

import { heading, item, list, note, paragraph, row, section, subItem, subsection, text } from './blocks'

/*
 * Dialogra's privacy policy as published (../shared/seed/privacy-policy.fr.txt): version 2026-09, the one in
 * force when the demo starts. The French is the reference and is kept as written, mistranslations included;
 * the English translates it faithfully, so it keeps them too. The e-mail address the published text hides is
 * the operator's configured one (a reserved example domain). Where the centre reads a passage differently,
 * a `note` block says so; notes are the centre's words, never the policy's.
 */

/** The privacy team's address, as the operator configured it (the published text hides it). */
export const operatorEmail = 'privacy@dialogra.example'

export const policyTitle = text('Politique de confidentialité', 'Privacy policy')

const term = text

export const privacySection = section('privacy', text('Vie privée', 'Privacy'), [
  paragraph(
    'privacy-intro',
    "Nous attachons une grande importance au respect de votre vie privée. C'est pourquoi nous avons élaboré cette politique afin que vous compreniez comment nous recueillons, utilisons, communiquons et divulguons les informations personnelles. Voici notre politique de confidentialité sur dialogra.com",
    'We attach great importance to respecting your privacy. That is why we have drawn up this policy, so that you understand how we collect, use, communicate and disclose personal information. Here is our privacy policy on dialogra.com',
  ),
  list('privacy-principles', 'bulleted', [
    item(
      'privacy-principles-1',
      "Avant ou au moment de la collecte d'informations personnelles, nous identifierons les raisons pour lesquelles les informations sont collectées.",
      'Before or at the time personal information is collected, we will identify the reasons for which the information is collected.',
    ),
    item(
      'privacy-principles-2',
      "Nous collecterons et utiliserons les informations personnelles uniquement dans le but d'atteindre les objectifs que nous avons spécifiés et à d'autres fins compatibles, sauf si nous obtenons le consentement de la personne concernée ou si la loi l'exige.",
      'We will collect and use personal information solely to achieve the objectives we have specified and for other compatible purposes, unless we obtain the consent of the person concerned or the law requires it.',
    ),
    item(
      'privacy-principles-3',
      'Nous ne conserverons les informations personnelles que le temps nécessaire à la réalisation de ces objectifs.',
      'We will keep personal information only for as long as necessary to achieve these objectives.',
    ),
    item(
      'privacy-principles-4',
      'Nous collecterons les informations personnelles par des moyens légaux et équitables et, le cas échéant, avec la connaissance ou le consentement de la personne concernée.',
      'We will collect personal information by lawful and fair means and, where appropriate, with the knowledge or consent of the person concerned.',
    ),
    item(
      'privacy-principles-5',
      'Les données à caractère personnel doivent être pertinentes au regard des finalités pour lesquelles elles sont utilisées et, dans la mesure nécessaire à ces finalités, elles doivent être exactes, complètes et à jour.',
      'Personal data must be relevant to the purposes for which it is used and, to the extent necessary for those purposes, it must be accurate, complete and up to date.',
    ),
    item(
      'privacy-principles-6',
      "Nous protégerons les informations personnelles par des mesures de sécurité raisonnables contre la perte ou le vol, ainsi que contre l'accès, la divulgation, la copie, l'utilisation ou la modification non autorisés.",
      'We will protect personal information with reasonable security measures against loss or theft, as well as against unauthorised access, disclosure, copying, use or modification.',
    ),
    item(
      'privacy-principles-7',
      'Nous mettrons à la disposition de nos clients des informations sur nos politiques et pratiques en matière de gestion des informations personnelles.',
      'We will make information about our policies and practices for managing personal information available to our customers.',
    ),
  ]),
  paragraph(
    'privacy-commitment',
    'Nous nous engageons à mener nos activités conformément à ces principes afin de garantir la protection et le maintien de la confidentialité des informations personnelles.',
    'We are committed to conducting our business in accordance with these principles, in order to ensure that the confidentiality of personal information is protected and maintained.',
  ),
])

export const cookiesParagraph = paragraph(
  'user-generated-information-cookies',
  "Nous pouvons également recueillir d'autres informations sur votre utilisation de nos services par le biais de cookies et de technologies similaires.",
  'We may also collect other information about your use of our services through cookies and similar technologies.',
)

const informationWeCollectSection = section(
  'information-we-collect',
  text(
    'Quelles sont les informations personnelles que nous recueillons auprès de vous ?',
    'What personal information do we collect from you?',
  ),
  [
    paragraph(
      'information-we-collect-intro',
      "Lorsque vous accédez à nos services, que vous vous inscrivez, que vous y participez, que vous créez un compte ou que vous les utilisez d'une autre manière, nous pouvons collecter des informations personnelles vous concernant. Les informations personnelles que nous recueillons dépendent des circonstances et des services que vous utilisez, mais peuvent consister en ce qui suit :",
      'When you access our services, sign up, take part in them, create an account or use them in any other way, we may collect personal information about you. The personal information we collect depends on the circumstances and the services you use, but may consist of the following:',
    ),
  ],
  [
    subsection(
      'user-generated-information',
      text("Informations personnelles générées par l'utilisateur", 'Personal information generated by the user'),
      [
        paragraph(
          'user-generated-information-purchase-references',
          "Vos références d'achat, c'est-à-dire si vous réagissez à des publicités ou à des campagnes.",
          'Your purchase references, that is, whether you respond to advertisements or campaigns.',
        ),
        list('user-generated-information-list', 'bulleted', [
          item('user-generated-information-ip-address', 'Adresse IP', 'IP address'),
        ]),
        cookiesParagraph,
      ],
    ),
    subsection(
      'information-from-third-parties',
      text(
        'Informations personnelles recueillies auprès de tiers',
        'Personal information collected from third parties',
      ),
      [
        paragraph(
          'information-from-third-parties-sources',
          "Nous pouvons compléter les informations que nous recueillons auprès de vous par des informations que nous recevons de tiers et par votre utilisation de sites web, de produits ou de services offerts par d'autres produits de Dialogra et de ses sociétés affiliées. Il peut s'agir, par exemple, d'informations que nous recevons de tiers qui fournissent nos solutions de paiement afin de permettre le paiement lors de l'utilisation de nos services.",
          'We may supplement the information we collect from you with information we receive from third parties and from your use of websites, products or services offered by other Dialogra products and its affiliated companies. This may be, for example, information we receive from third parties who provide our payment solutions, so that payment is possible when you use our services.',
        ),
      ],
    ),
  ],
)

export const purposesB4 = subItem(
  'purposes-b-4',
  "Afin de vous proposer des offres, des nouvelles, des informations, des produits ou des services susceptibles de vous intéresser, y compris de la publicité sur mesure, en fonction de vos centres d'intérêt.",
  'In order to offer you offers, news, information, products or services that may interest you, including tailored advertising, based on your interests.',
)

export const purposesB5 = subItem(
  'purposes-b-5',
  "À des fins d'analyse et de statistiques",
  'For analysis and statistical purposes',
)

const purposesSection = section(
  'purposes',
  text('Pourquoi recueillons-nous vos informations personnelles ?', 'Why do we collect your personal information?'),
  [
    heading('purposes-heading', 'Notre objectif', 'Our purpose'),
    paragraph(
      'purposes-intro',
      'Nous traitons vos données personnelles aux fins suivantes :',
      'We process your personal data for the following purposes:',
    ),
    list('purposes-list', 'plain', [
      item(
        'purposes-a',
        'A) Dans le cadre de notre relation contractuelle :',
        'A) In the context of our contractual relationship:',
        {
          items: [
            subItem(
              'purposes-a-1',
              'pour gérer le paiement de votre compte et vous transmettre les informations relatives à votre commande et à votre facture',
              'to manage the payment of your account and send you the information about your order and your invoice',
            ),
            subItem(
              'purposes-a-2',
              'Pour suivre vos achats afin de nous assurer que nous pouvons vous fournir les services auxquels vous avez droit',
              'To track your purchases in order to make sure that we can provide you with the services you are entitled to',
            ),
            subItem(
              'purposes-a-3',
              "pour communiquer avec vous au sujet de votre abonnement, de votre compte ou de l'achat de nos services",
              'to communicate with you about your subscription, your account or the purchase of our services',
            ),
            subItem(
              'purposes-a-4',
              'Pour vous informer des modifications apportées à nos services',
              'To inform you of changes made to our services',
            ),
            subItem(
              'purposes-a-5',
              'fournir des offres, des nouvelles, des informations, des produits ou des services que vous nous demandez',
              'provide offers, news, information, products or services that you ask us for',
            ),
          ],
        },
      ),
      item('purposes-b', 'B) À des fins légitimes :', 'B) For legitimate purposes:', {
        items: [
          subItem(
            'purposes-b-1',
            "Partager vos informations avec d'autres produits de Dialogra lorsque cela est nécessaire à des fins administratives ou pour vous fournir nos services.",
            'Share your information with other Dialogra products when this is necessary for administrative purposes or to provide you with our services.',
          ),
          subItem(
            'purposes-b-2',
            "Utiliser l'adresse IP ou d'autres informations nécessaires pour bloquer l'utilisation malveillante de nos services dans le but de protéger nos services ou d'appliquer ou d'utiliser nos conditions générales.",
            'Use the IP address or other necessary information to block malicious use of our services in order to protect our services or to apply or use our general terms and conditions.',
          ),
          subItem(
            'purposes-b-3',
            "Fournir des informations dans le cadre d'un processus de fusion et d'acquisition à des fins de gestion commerciale et stratégique.",
            'Provide information in a merger and acquisition process for commercial and strategic management purposes.',
          ),
          purposesB4,
          purposesB5,
          subItem(
            'purposes-b-6',
            'Établir, exercer ou défendre des exigences légales',
            'Establish, exercise or defend legal requirements',
          ),
        ],
      }),
      item(
        'purposes-c',
        "C) Nous pouvons également traiter vos informations personnelles si cela est nécessaire pour nous conformer à une obligation légale ou à une décision d'une autorité.",
        'C) We may also process your personal information if this is necessary to comply with a legal obligation or a decision of an authority.',
      ),
    ]),
  ],
)

export const legalBasesSection = section(
  'legal-bases',
  text(
    'Sur quelle base juridique du GDPR le traitement de vos données personnelles repose-t-il ?',
    'On which GDPR legal basis is the processing of your personal data based?',
  ),
  [
    list('legal-bases-list', 'bulleted', [
      item(
        'legal-bases-a',
        "le point (A) est nécessaire à la conclusion et à l'exécution de nos obligations à la suite de notre accord avec vous ;",
        'point (A) is necessary for the conclusion and performance of our obligations following our agreement with you;',
      ),
      item(
        'legal-bases-b',
        'le point (B) est nécessaire pour nos intérêts légitimes dans le développement, la gestion, la protection et la commercialisation de nos services ainsi que dans une perspective commerciale et stratégique ;',
        'point (B) is necessary for our legitimate interests in developing, managing, protecting and marketing our services, as well as from a commercial and strategic perspective;',
      ),
      item(
        'legal-bases-c',
        'le point (C) ne sera appliqué que si nous avons reçu votre consentement à un tel traitement ;',
        'point (C) will only be applied if we have received your consent to such processing;',
      ),
      item(
        'legal-bases-d',
        'le point (D) est nécessaire pour se conformer à des obligations légales ;',
        'point (D) is necessary to comply with legal obligations;',
      ),
    ]),
    note(
      'legal-bases-note',
      'Cette liste ne correspond pas aux points des finalités\u00a0: elle présente le point (C) comme le consentement, alors que le point C des finalités concerne les obligations légales, et elle ajoute un point (D) qui n’a pas de liste de finalités. Le centre rattache chaque finalité à la base que sa propre phrase indique\u00a0: le contrat (point A), les intérêts légitimes (point B), l’obligation légale (point C des finalités) et le consentement pour le marketing des sociétés du groupe et le partage avec les partenaires et annonceurs.',
      'This list does not match the points of the purposes: it presents point (C) as consent, whereas point C of the purposes is about legal obligations, and it adds a point (D) that has no list of purposes. The centre attaches each purpose to the basis its own sentence states: the contract (point A), legitimate interests (point B), legal obligation (point C of the purposes) and consent for marketing by the group companies and for sharing with partners and advertisers.',
    ),
  ],
)

const requiredInformationSection = section(
  'required-information',
  text(
    'Est-il obligatoire de fournir vos informations personnelles ?',
    'Is it mandatory to provide your personal information?',
  ),
  [
    paragraph(
      'required-information-mandatory',
      `Les informations personnelles que nous vous demandons et qui sont marquées d'une manière ou d'une autre comme étant "obligatoires" sont nécessaires pour que nous puissions fournir nos services (pour des raisons légales, contractuelles, administratives, techniques ou similaires).`,
      'The personal information we ask you for and which is marked in one way or another as "mandatory" is necessary for us to be able to provide our services (for legal, contractual, administrative, technical or similar reasons).',
    ),
    paragraph(
      'required-information-optional',
      "Toutefois, certaines de vos informations personnelles peuvent n'être requises que si vous utilisez des fonctions spécifiques, activez des parties facultatives du service ou demandez l'accès à certaines ressources, offres, promotions, programmes ou autres de notre part ou de celle de nos partenaires commerciaux.",
      'However, some of your personal information may only be required if you use specific functions, activate optional parts of the service or request access to certain resources, offers, promotions, programmes or other things from us or from our business partners.',
    ),
    paragraph(
      'required-information-notice',
      'Vous en serez informé avant de collecter ces informations personnelles auprès de vous.',
      'You will be informed of this before this personal information is collected from you.',
    ),
  ],
)

export const partnersSharingParagraph = paragraph(
  'partners-sponsors-advertisers-sharing',
  'Nous pouvons partager vos informations personnelles avec nos collaborateurs et sponsors. En outre, nous pouvons également partager vos informations personnelles avec nos collaborateurs et annonceurs, mais seulement après que vous en ayez fait la demande ou que vous y ayez consenti.',
  'We may share your personal information with our collaborators and sponsors. In addition, we may also share your personal information with our collaborators and advertisers, but only after you have asked for it or consented to it.',
)

export const partnersNote = note(
  'partners-sponsors-advertisers-note',
  '«\u00a0Collaborateurs\u00a0» est une erreur de traduction\u00a0: le centre le lit comme «\u00a0partenaires\u00a0». La première phrase permet de partager vos informations avec les partenaires et sponsors sans condition\u00a0; la seconde ne permet de les partager avec les partenaires et annonceurs qu’à votre demande ou avec votre consentement.',
  '“Collaborateurs” (collaborators) is a mistranslation: the centre reads it as “partners”. The first sentence allows your information to be shared with partners and sponsors without any condition; the second allows it to be shared with partners and advertisers only at your request or with your consent.',
)

const sharingSection = section(
  'sharing',
  text(
    'Avec qui pouvons-nous partager vos informations personnelles ?',
    'With whom may we share your personal information?',
  ),
  [],
  [
    subsection('group-transfers', text('Transferts de groupes', 'Group transfers'), [
      paragraph(
        'group-transfers-disclosure',
        "Nous pouvons divulguer vos informations personnelles à d'autres produits de la société, si cela est nécessaire à des fins administratives ou pour vous fournir nos services. Si vous y avez consenti, nous pouvons également divulguer vos informations personnelles à des produits de la société et des sociétés de son groupe à des fins de marketing. Les produits qui ont accès à vos informations personnelles suivent des pratiques conformes à la présente politique de confidentialité.",
        'We may disclose your personal information to other products of the company, if this is necessary for administrative purposes or to provide you with our services. If you have consented to it, we may also disclose your personal information to products of the company and the companies of its group for marketing purposes. The products that have access to your personal information follow practices that comply with this privacy policy.',
      ),
    ]),
    subsection(
      'partners-sponsors-advertisers',
      text('Les partenaires, sponsors et annonceurs', 'Partners, sponsors and advertisers'),
      [
        partnersSharingParagraph,
        partnersNote,
        paragraph(
          'partners-sponsors-advertisers-aggregated',
          "Comme indiqué, nous pouvons également utiliser des informations agrégées pour contrôler l'utilisation de nos services afin de nous aider à les améliorer et à les développer, et nous pouvons mettre ces informations agrégées à la disposition de tiers, tels que des partenaires de contenu ou des annonceurs. Les informations agrégées ne comprennent pas d'informations personnelles et ne peuvent pas être liées à vous.",
          'As stated, we may also use aggregated information to monitor the use of our services in order to help us improve and develop them, and we may make this aggregated information available to third parties, such as content partners or advertisers. Aggregated information does not include personal information and cannot be linked to you.',
        ),
      ],
    ),
    subsection(
      'third-parties',
      text(
        "Tiers pour des raisons de sécurité ou d'autres raisons légitimes",
        'Third parties for security or other legitimate reasons',
      ),
      [
        paragraph(
          'third-parties-intro',
          'Nous pouvons également divulguer vos informations personnelles à des tiers si nous avons des raisons de penser que la divulgation de ces informations personnelles est nécessaire :',
          'We may also disclose your personal information to third parties if we have reason to believe that disclosing this personal information is necessary:',
        ),
        list('third-parties-list', 'bulleted', [
          item(
            'third-parties-1',
            "afin de respecter les obligations légales applicables, y compris les demandes, les ordonnances judiciaires, les demandes du gouvernement ou les garanties de recherche, ou si la loi l'exige ;",
            'in order to comply with applicable legal obligations, including requests, court orders, government requests or search guarantees, or if the law requires it;',
          ),
          item(
            'third-parties-2',
            'Protéger nos droits ou nos biens, ou la sécurité de nos clients ou de nos employés ;',
            'Protect our rights or our property, or the safety of our customers or our employees;',
          ),
          item(
            'third-parties-3',
            "Protéger contre l'utilisation frauduleuse, malveillante, abusive, non autorisée ou illégale de nos services ou de l'abonnement à nos services et protéger notre réseau, nos services, nos appareils et nos utilisateurs contre une telle utilisation ;",
            'Protect against fraudulent, malicious, abusive, unauthorised or unlawful use of our services or of the subscription to our services, and protect our network, our services, our devices and our users against such use;',
          ),
          item(
            'third-parties-4',
            'Promouvoir ou se défendre contre des plaintes ou des réclamations en justice, des affaires et des procédures administratives, etc ;',
            'Promote or defend against complaints or legal claims, cases and administrative proceedings, etc;',
          ),
          item(
            'third-parties-5',
            'Pour évaluer le risque de crédit, à des fins de reporting ou pour recevoir le paiement de nos services ;',
            'To assess credit risk, for reporting purposes or to receive payment for our services;',
          ),
          item(
            'third-parties-6',
            "Dans le cadre d'une fusion ou d'un regroupement, à condition que l'acheteur ou le vendeur potentiel s'engage à respecter et à traiter vos données personnelles conformément à notre politique de confidentialité ;",
            'In the context of a merger or a combination, provided that the potential buyer or seller undertakes to respect and process your personal data in accordance with our privacy policy;',
          ),
          item('third-parties-7', 'Aux auditeurs externes et aux superviseurs', 'To external auditors and supervisors'),
        ]),
        note(
          'third-parties-note',
          '«\u00a0Garanties de recherche\u00a0» est une erreur de traduction\u00a0: le centre le lit comme «\u00a0mandats de perquisition\u00a0».',
          '“Garanties de recherche” (search guarantees) is a mistranslation: the centre reads it as “search warrants”.',
        ),
      ],
    ),
  ],
)

export const transfersParagraph = paragraph(
  'transfers-outside-eea',
  `Les données personnelles que nous recueillons auprès de vous peuvent être transférées et stockées en dehors de l'Espace économique européen ("EEE"), y compris vers des destinations non couvertes par une décision de la Commission européenne relative à un niveau de protection adéquat pour le traitement des données personnelles. Elles peuvent être partagées avec d'autres produits au sein de l'entreprise, traitées par des employés travaillant pour nous ou pour l'un de nos fournisseurs en dehors de l'EEE. Ce personnel peut, par exemple, être impliqué dans l'exécution de votre commande, le traitement de vos informations de paiement et l'exécution de nos services d'assistance. Nous prenons toutes les précautions raisonnables pour nous assurer que vos informations personnelles sont traitées en toute sécurité et conformément à la présente politique de confidentialité et nous avons pris les mesures de protection appropriées pour protéger vos informations personnelles. Pour obtenir de plus amples informations ou une copie de ces mesures de protection, veuillez nous contacter en utilisant les coordonnées figurant à la fin de la présente politique de protection de la vie privée.`,
  'The personal data we collect from you may be transferred and stored outside the European Economic Area ("EEA"), including to destinations not covered by a decision of the European Commission on an adequate level of protection for the processing of personal data. It may be shared with other products within the company, and processed by employees working for us or for one of our suppliers outside the EEA. These staff may, for example, be involved in fulfilling your order, processing your payment information and providing our support services. We take all reasonable precautions to make sure that your personal information is processed securely and in accordance with this privacy policy, and we have taken appropriate protective measures to protect your personal information. For further information or a copy of these protective measures, please contact us using the contact details at the end of this privacy protection policy.',
)

const transfersSection = section(
  'transfers',
  text('Où traitons-nous vos informations personnelles ?', 'Where do we process your personal information?'),
  [transfersParagraph],
)

const deletionColumn = text('Délai de suppression', 'Deletion period')

export const retentionRows = {
  userData: row('retention-user-data', [
    [text("Données de l'utilisateur", 'User data')],
    [
      text(
        'Les données utilisateur sont des informations sur la façon dont vous utilisez le service et sur les commandes que vous effectuez.',
        'User data is information about how you use the service and about the orders you place.',
      ),
    ],
    [
      text(
        "Jusqu'à ce que le compte soit supprimé (traitement dans les 5 ans)",
        'Until the account is deleted (processing within 5 years)',
      ),
    ],
  ]),
  customerService: row('retention-customer-service', [
    [text('Données relatives au service à la clientèle', 'Customer service data')],
    [
      text(
        'Les données relatives au service clientèle sont des informations que vous fournissez lorsque vous êtes en contact avec le service clientèle de Dialogra et des enregistrements vocaux réalisés à des fins éducatives.',
        'Customer service data is information you provide when you are in contact with Dialogra customer service, and voice recordings made for educational purposes.',
      ),
    ],
    [
      text("3 ans (journaux d'appels et dialogues textuels)", '3 years (call logs and text dialogues)'),
      text('1 mois (enregistrements vocaux)', '1 month (voice recordings)'),
    ],
  ]),
  account: row('retention-account', [
    [text('Informations sur le compte', 'Account information')],
    [
      text(
        "Les informations relatives au compte sont des informations concernant votre compte, telles que le nom d'utilisateur, le mot de passe et les informations relatives aux achats effectués dans le cadre du service Dialogra.",
        'Account information is information about your account, such as the username, the password and information about purchases made in the Dialogra service.',
      ),
    ],
    [text("Jusqu'à la suppression du compte", 'Until the account is deleted')],
  ]),
  transactions: row('retention-transactions', [
    [text('Données de transaction', 'Transaction data')],
    [
      text(
        'Les données de transaction sont des informations sur les transactions effectuées sur votre compte en relation avec les achats effectués sur le service Dialogra.',
        'Transaction data is information about the transactions made on your account in connection with purchases made on the Dialogra service.',
      ),
    ],
    [text('10 ans', '10 years')],
  ]),
}

export const retentionSection = section(
  'retention',
  text('Combien de temps conservons-nous vos données personnelles ?', 'How long do we keep your personal data?'),
  [
    paragraph(
      'retention-criteria',
      `Nous ne conserverons vos informations personnelles qu'aussi longtemps que nous le jugerons nécessaire pour atteindre les objectifs décrits ci-dessus dans la section "Pourquoi traitons-nous vos informations personnelles". Ensuite, nous supprimerons ou, dans certains cas, rendrons anonymes vos informations personnelles. Nous vérifions régulièrement si nous avons sauvegardé des informations personnelles à supprimer. Étant donné que nous traitons vos informations personnelles à des fins différentes, la durée réelle de conservation des informations personnelles peut varier.`,
      'We will only keep your personal information for as long as we consider necessary to achieve the objectives described above in the section "Why do we process your personal information". After that, we will delete or, in some cases, anonymise your personal information. We regularly check whether we have stored personal information that should be deleted. As we process your personal information for different purposes, the actual retention period of personal information may vary.',
    ),
    {
      type: 'table',
      id: 'retention-table',
      caption: text(
        "En règle générale, les délais de suppression suivants s'appliquent :",
        'As a general rule, the following deletion periods apply:',
      ),
      columns: [text('Type de données', 'Type of data'), text("Qu'est-ce que c'est ?", 'What is it?'), deletionColumn],
      rows: [retentionRows.userData, retentionRows.customerService, retentionRows.account, retentionRows.transactions],
    },
    note(
      'retention-note',
      '«\u00a0Traitement dans les 5 ans\u00a0» est ambigu\u00a0: cela peut vouloir dire que la suppression a lieu dans les 5 ans qui suivent la suppression du compte, ou que les données sont traitées 5 ans au plus. Le centre cite la phrase telle quelle et ne choisit pas entre les deux.',
      '“Processing within 5 years” is ambiguous: it may mean that the deletion takes place within 5 years of the account being deleted, or that the data is processed for 5 years at most. The centre quotes the phrase as it is and does not choose between the two.',
    ),
  ],
)

export const securitySection = section(
  'security',
  text('Comment protégeons-nous vos informations personnelles ?', 'How do we protect your personal information?'),
  [
    paragraph(
      'security-measures',
      "La protection de vos informations personnelles est importante pour nous. Toutes les informations personnelles que vous nous fournissez sont stockées sur des serveurs sécurisés et nous avons mis en place des procédures strictes de protection contre la perte, l'abus, l'accès non autorisé, la modification, la divulgation ou la destruction de vos informations personnelles. Toutes les transactions de paiement seront cryptées au moyen d'une technologie standard et soumises aux normes de sécurité PCI.",
      'The protection of your personal information is important to us. All the personal information you give us is stored on secure servers, and we have put in place strict procedures to protect against the loss, misuse, unauthorised access, modification, disclosure or destruction of your personal information. All payment transactions will be encrypted using standard technology and subject to PCI security standards.',
    ),
    paragraph(
      'security-incidents',
      "Bien que nous nous efforcions de protéger vos données personnelles, nous ne pouvons pas garantir que nos mesures de sécurité empêchent toute tentative non autorisée d'accès, d'utilisation ou de divulgation des informations personnelles. Toutefois, nous maintenons des plans de sécurité et d'incident, y compris des plans de gestion de toute violation de la sécurité des données, en cas d'incident physique ou technique, afin de traiter ce problème en temps opportun et de limiter tout effet négatif d'un tel incident.",
      'Although we strive to protect your personal data, we cannot guarantee that our security measures will prevent every unauthorised attempt to access, use or disclose personal information. However, we maintain security and incident plans, including plans for managing any breach of data security, in the event of a physical or technical incident, in order to deal with the problem in good time and to limit any negative effect of such an incident.',
    ),
  ],
)

export const rightsItems = {
  access: item(
    'rights-access',
    "Vous avez le droit de vérifier si nous traitons des informations personnelles vous concernant et, le cas échéant, d'accéder à vos informations personnelles.",
    'You have the right to check whether we process personal information about you and, if so, to access your personal information.',
    { term: term("Droit d'accès à vos informations personnelles :", 'Right of access to your personal information:') },
  ),
  rectification: item(
    'rights-rectification',
    'Si vous estimez que les informations personnelles que nous traitons à votre sujet sont inexactes, vous avez le droit de les faire corriger.',
    'If you believe that the personal information we process about you is inaccurate, you have the right to have it corrected.',
    {
      term: term(
        "Droit d'obtenir la correction des informations personnelles :",
        'Right to obtain the correction of personal information:',
      ),
    },
  ),
  erasure: item(
    'rights-erasure',
    'Dans certaines circonstances, par exemple si vos informations personnelles ont été traitées illégalement ou si vous avez retiré votre consentement (si le traitement de vos informations personnelles est basé sur votre consentement), vous avez le droit de demander à ce que nous supprimions vos informations personnelles.',
    'In certain circumstances, for example if your personal information has been processed unlawfully or if you have withdrawn your consent (if the processing of your personal information is based on your consent), you have the right to ask us to delete your personal information.',
    {
      term: term(
        "Droit de supprimer des informations personnelles (droit à l'oubli) :",
        'Right to delete personal information (right to be forgotten):',
      ),
    },
  ),
  restriction: item(
    'rights-restriction',
    "dans certaines circonstances, c'est-à-dire si vous jouez le jeu de l'exactitude de vos informations personnelles ou si vous vous opposez à notre objectif légitime de traiter vos informations personnelles, vous avez le droit de demander que nous limitions le traitement de vos informations personnelles jusqu'à ce qu'une solution ait été trouvée.",
    'in certain circumstances, that is, if you play the game of the accuracy of your personal information or if you object to our legitimate purpose of processing your personal information, you have the right to ask us to restrict the processing of your personal information until a solution has been found.',
    { term: term('Droit de limiter le traitement :', 'Right to restrict processing:') },
  ),
  objection: item(
    'rights-objection',
    "dans certaines circonstances, c'est-à-dire si vous estimez que nous avons un intérêt légitime à traiter vos informations personnelles, vous avez le droit de vous opposer, pour des raisons liées à votre situation particulière, à ce traitement.",
    'in certain circumstances, that is, if you consider that we have a legitimate interest in processing your personal information, you have the right to object, on grounds relating to your particular situation, to this processing.',
    { term: term("Droit de s'opposer au traitement :", 'Right to object to processing:') },
  ),
  portability: item(
    'rights-portability',
    "Si vos informations personnelles sont traitées automatiquement sur la base de votre consentement ou dans le cadre de l'exécution de notre relation contractuelle, vous avez le droit de nous demander de vous fournir vos informations personnelles dans un format lisible par machine afin de les transmettre à un autre responsable du traitement des données.",
    'If your personal information is processed automatically on the basis of your consent or in the performance of our contractual relationship, you have the right to ask us to provide you with your personal information in a machine-readable format in order to pass it on to another data controller.',
    { term: term('Droit à la portabilité des données :', 'Right to data portability:') },
  ),
  complaint: item(
    'rights-complaint',
    'Vous avez le droit de déposer une plainte concernant le traitement de vos informations personnelles auprès de votre autorité de contrôle.',
    'You have the right to lodge a complaint about the processing of your personal information with your supervisory authority.',
    {
      term: term(
        "Droit de déposer une plainte auprès de l'autorité de contrôle :",
        'Right to lodge a complaint with the supervisory authority:',
      ),
    },
  ),
}

export const rightsNote = note(
  'rights-note',
  '«\u00a0Si vous jouez le jeu de l’exactitude\u00a0» est une erreur de traduction\u00a0: le centre le lit comme «\u00a0si vous contestez l’exactitude de vos informations personnelles\u00a0» (RGPD, article\u00a018, paragraphe\u00a01, point\u00a0a). La politique ne nomme pas d’autorité de contrôle\u00a0: vous pouvez vous adresser à celle du pays où vous vivez (RGPD, article\u00a077), la CNIL en France.',
  '“If you play the game of the accuracy” is a mistranslation: the centre reads it as “if you contest the accuracy of your personal information” (GDPR Article 18(1)(a)). The policy names no supervisory authority: you can turn to the one of the country where you live (GDPR Article 77), the CNIL in France.',
)

export const withdrawConsentParagraph = paragraph(
  'rights-withdraw-consent',
  "Si le traitement de vos informations personnelles est basé sur votre consentement, vous avez le droit de retirer ce consentement à tout moment (toutefois, cela n'affectera pas le traitement basé sur votre consentement avant le retrait) en nous contactant ou en mettant à jour les paramètres du service (le cas échéant).",
  'If the processing of your personal information is based on your consent, you have the right to withdraw this consent at any time (however, this will not affect processing based on your consent before the withdrawal) by contacting us or by updating the settings of the service (where applicable).',
)

export const contactPreferencesParagraph = paragraph(
  'rights-contact-preferences',
  `Sachez également que vous pouvez modifier vos préférences de contact sur la page "Paramètres" si vous ne souhaitez pas recevoir certains types d'informations de notre part. Vous pouvez également le faire à tout moment en nous contactant à l'adresse ${operatorEmail} ou en appelant le +44 2045771003.`,
  `Please also note that you can change your contact preferences on the "Paramètres" (Settings) page if you do not wish to receive certain types of information from us. You can also do so at any time by contacting us at ${operatorEmail} or by calling +44 2045771003.`,
)

export const rightsSection = section(
  'rights',
  text(
    'Comment pouvez-vous accéder à vos informations personnelles ?',
    'How can you access your personal information?',
  ),
  [
    paragraph(
      'rights-intro',
      "Nous comprenons que vous puissiez parfois avoir besoin d'informations supplémentaires sur vos données personnelles et la manière dont elles sont traitées, ou que vous souhaitiez mettre à jour ou corriger les données personnelles que vous nous avez communiquées. Par conséquent, vous bénéficiez des droits suivants :",
      'We understand that you may sometimes need further information about your personal data and the way it is processed, or that you may wish to update or correct the personal data you have given us. Consequently, you have the following rights:',
    ),
    list('rights-list', 'plain', Object.values(rightsItems)),
    rightsNote,
    withdrawConsentParagraph,
    paragraph(
      'rights-requests',
      'Veuillez nous contacter en utilisant les coordonnées ci-dessous pour faire une demande concernant vos droits. Nous ferons des efforts commercialement raisonnables pour répondre à votre demande dans les 30 jours suivant sa réception. Si nous ne pouvons pas répondre à votre demande dans un délai de 30 jours, nous vous en informerons, en vous indiquant la raison du retard et la date à laquelle nous pensons pouvoir répondre à votre demande.',
      'Please contact us using the contact details below to make a request about your rights. We will make commercially reasonable efforts to answer your request within 30 days of receiving it. If we cannot answer your request within 30 days, we will let you know, telling you the reason for the delay and the date by which we expect to be able to answer your request.',
    ),
    contactPreferencesParagraph,
  ],
)

const changesSection = section(
  'changes',
  text('Modifications de la présente politique de confidentialité', 'Changes to this privacy policy'),
  [
    paragraph(
      'changes-publication',
      "Notre politique de confidentialité peut être modifiée de temps à autre. Veillez donc à consulter régulièrement la dernière version de cette politique. Nous divulguerons ici toute modification de la politique de confidentialité et, si les changements sont importants, nous vous enverrons un message plus visible, par exemple par courrier électronique. Si nous modifions la présente politique de confidentialité d'une manière qui affecte la façon dont nous utilisons vos informations personnelles, nous vous informerons des choix qui s'offrent à vous à la suite de ces modifications. Nous conserverons également les versions antérieures de la présente politique de confidentialité dans une archive afin que vous puissiez les consulter.",
      'Our privacy policy may be changed from time to time. So please make sure you regularly read the latest version of this policy. We will disclose any change to the privacy policy here and, if the changes are significant, we will send you a more visible message, for example by email. If we change this privacy policy in a way that affects how we use your personal information, we will tell you about the choices open to you as a result of these changes. We will also keep the previous versions of this privacy policy in an archive so that you can read them.',
    ),
  ],
)

/** The laws the policy names; the GDPR's number is mistyped ("20116/679") in the published text. */
export function contactParagraph(laws: { fr: string; en: string }) {
  return paragraph(
    'contact-questions',
    `Les questions, commentaires et demandes concernant la présente politique de confidentialité sont les bienvenus et doivent être adressés à ${operatorEmail}. Nous sommes soumis et liés par ${laws.fr}`,
    `Questions, comments and requests about this privacy policy are welcome and should be sent to ${operatorEmail}. We are subject to and bound by ${laws.en}`,
  )
}

export const lawsAsPublished = {
  fr: 'le Règlement général (UE) 20116/679 du Parlement européen et du Conseil du 27 avril 2016 sur la protection des données (" GDPR "), la loi n° 429 du 31 mai 2000 sur le traitement des données personnelles (" loi sur les données personnelles ") et la loi n° 227 du 22 avril 2002 sur les services de la société de l\'information, y compris certains aspects du commerce électronique (la " loi sur le commerce électronique ").',
  en: 'the General Regulation (EU) 20116/679 of the European Parliament and of the Council of 27 April 2016 on data protection (" GDPR "), Act No. 429 of 31 May 2000 on the processing of personal data (" Personal Data Act ") and Act No. 227 of 22 April 2002 on information society services, including certain aspects of electronic commerce (the " E-commerce Act ").',
}

export const addressNote = {
  fr: 'Le texte publié de la politique masque l’adresse e-mail de l’équipe confidentialité\u00a0: le centre affiche celle que Dialogra a configurée.',
  en: 'The published text of the policy hides the privacy team’s email address: the centre shows the one Dialogra has configured.',
}

export const contactSection = section('contact', text('Contact', 'Contact'), [
  contactParagraph(lawsAsPublished),
  note(
    'contact-note',
    `${addressNote.fr} «\u00a020116/679\u00a0» est une coquille\u00a0: le règlement général sur la protection des données est le règlement (UE) 2016/679.`,
    `${addressNote.en} “20116/679” is a typo: the General Data Protection Regulation is Regulation (EU) 2016/679.`,
  ),
])

/** Version 2026-09, section by section, in the order of the published text. */
export const currentSections: PolicySection[] = [
  privacySection,
  informationWeCollectSection,
  purposesSection,
  legalBasesSection,
  requiredInformationSection,
  sharingSection,
  transfersSection,
  retentionSection,
  securitySection,
  rightsSection,
  changesSection,
  contactSection,
]
