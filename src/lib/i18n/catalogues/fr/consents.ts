import type { Message } from '../../message'

/** French texts of features/consents and of its contract's validation messages. French is the reference. */
export const consents = {
  /** The main navigation's link. */
  'consents.nav': 'Consentements',

  'consents.page.title': 'Vos consentements',
  'consents.page.intro':
    'Certaines utilisations de vos données dépendent uniquement de votre accord. Chacune est un choix séparé, et rien n’est coché d’avance. Vous pouvez retirer un consentement à tout moment, en un seul geste, aussi simplement que vous l’avez donné, et le redonner de la même façon.',
  'consents.page.lawful':
    'Un retrait vaut pour l’avenir : ce que nous avons fait avec votre accord avant que vous le retiriez reste licite (RGPD, article 7, paragraphe 3). Retirer un consentement ne change rien à votre compte ni à nos services.',
  'consents.page.loading': 'Chargement de vos consentements…',

  'consents.list.title': 'Vos choix',
  'consents.consent.ifWithdrawn': 'Si vous le retirez\u00a0:',
  'consents.consent.wording': 'Texte qui vous est présenté (politique de confidentialité, version {version})',
  'consents.consent.saving': 'Enregistrement…',
  'consents.consent.notGiven': 'Jamais donné.',
  'consents.consent.event.given': 'Donné le {date}, {channel}, sous la version {version} de la politique.',
  'consents.consent.event.renewed': 'Renouvelé le {date}, {channel}, sous la version {version} de la politique.',
  'consents.consent.event.withdrawn': 'Retiré le {date}, {channel}, sous la version {version} de la politique.',
  'consents.consent.saved.given': 'Consentement donné\u00a0: {purpose}.',
  'consents.consent.saved.withdrawn':
    'Consentement retiré\u00a0: {purpose}. Ce qui a été fait avant votre retrait reste licite.',
  'consents.consent.error.stillGiven':
    'Votre choix n’a pas pu être enregistré\u00a0: «\u00a0{purpose}\u00a0» est toujours donné. Réessayez.',
  'consents.consent.error.stillNotGiven':
    'Votre choix n’a pas pu être enregistré\u00a0: «\u00a0{purpose}\u00a0» n’est toujours pas donné. Réessayez.',

  'consents.channel.privacy-centre': 'dans ce centre de confidentialité',
  'consents.channel.sign-up': 'lors de votre inscription',
  'consents.channel.cookie-banner': 'dans le bandeau cookies',
  'consents.channel.rights-request': 'par une demande d’exercice de vos droits',
  'consents.channelName.privacy-centre': 'Centre de confidentialité',
  'consents.channelName.sign-up': 'Inscription',
  'consents.channelName.cookie-banner': 'Bandeau cookies',
  'consents.channelName.rights-request': 'Demande d’exercice de droits',
  'consents.action.given': 'Donné',
  'consents.action.withdrawn': 'Retiré',
  'consents.action.renewed': 'Renouvelé',

  'consents.withdrawAll.button': 'Retirer tous mes consentements',
  'consents.withdrawAll.hint':
    'Un seul clic retire tous les consentements ci-dessus. Vous pourrez en redonner un à tout moment.',
  'consents.withdrawAll.noneGiven': 'Aucun consentement n’est donné pour le moment.',
  'consents.withdrawAll.done': 'Tous vos consentements sont retirés. Ce qui a été fait avant reste licite.',
  'consents.withdrawAll.error': 'Vos consentements n’ont pas pu être retirés\u00a0: rien n’a changé. Réessayez.',

  'consents.objection.title': 'Votre droit de vous opposer à la prospection commerciale',
  'consents.objection.intro':
    'Dialogra vous présente des offres et des publicités choisies d’après vos centres d’intérêt. Elle le fait au nom de son intérêt légitime, sans vous demander votre consentement. Vous pouvez vous y opposer à tout moment, sans donner de raison\u00a0: nous arrêtons alors, sans exception (RGPD, article 21).',
  'consents.objection.label':
    'Je m’oppose à la prospection commerciale, y compris au profilage pour la publicité ciblée',
  'consents.objection.effect':
    'Tant que vous vous y opposez, vous ne recevez plus d’offres commerciales et vos données ne servent plus à choisir les publicités qui vous sont montrées. Votre compte et nos services restent les mêmes.',
  'consents.objection.none': 'Aucune opposition enregistrée.',
  'consents.objection.event.objected': 'Opposition enregistrée le {date}, {channel}.',
  'consents.objection.event.objection-lifted': 'Opposition levée le {date}, {channel}.',
  'consents.objection.saved.on': 'Votre opposition à la prospection commerciale est enregistrée.',
  'consents.objection.saved.off': 'Votre opposition à la prospection commerciale est levée.',
  'consents.objection.error.stillObjecting':
    'Votre choix n’a pas pu être enregistré\u00a0: votre opposition est toujours en place. Réessayez.',
  'consents.objection.error.stillNotObjecting':
    'Votre choix n’a pas pu être enregistré\u00a0: vous ne vous opposez toujours pas à la prospection. Réessayez.',
  'consents.objection.history': 'Historique de votre opposition',
  'consents.objection.loading': 'Chargement de votre opposition…',

  'consents.ledger.title': 'Historique de vos consentements',
  'consents.ledger.intro':
    'Chaque choix est conservé avec le texte exact qui vous était présenté et la version de la politique alors en vigueur. Pour chacun, vous pouvez consulter, imprimer et télécharger un reçu.',
  'consents.ledger.filter': 'Afficher les événements de',
  'consents.ledger.filter.all': 'Tous les consentements',
  'consents.ledger.caption': { one: '{count} événement', other: '{count} événements' },
  'consents.ledger.column.date': 'Date',
  'consents.ledger.column.purpose': 'Consentement',
  'consents.ledger.column.action': 'Choix',
  'consents.ledger.column.channel': 'Où',
  'consents.ledger.column.version': 'Version de la politique',
  'consents.ledger.column.wording': 'Texte présenté',
  'consents.ledger.column.receipt': 'Reçu',
  'consents.ledger.showWording': 'Lire le texte',
  'consents.ledger.receipt': 'Reçu',
  'consents.ledger.receiptLabel': 'Reçu\u00a0: {action}, {purpose}, {date}',
  'consents.ledger.empty.title': 'Aucun choix enregistré',
  'consents.ledger.empty.body': 'Vous n’avez encore donné ni retiré aucun consentement.',
  'consents.ledger.loading': 'Chargement de l’historique…',

  'consents.receipt.title': 'Reçu de consentement',
  'consents.receipt.intro':
    'Ce reçu reprend l’enregistrement que Dialogra conserve de votre choix. Vous pouvez l’imprimer ou le télécharger au format JSON (norme ISO/IEC TS 27560).',
  'consents.receipt.loading': 'Chargement du reçu…',
  'consents.receipt.eventId': 'Numéro du reçu',
  'consents.receipt.recordId': 'Enregistrement du consentement',
  'consents.receipt.principalId': 'Votre identifiant',
  'consents.receipt.purpose': 'Consentement',
  'consents.receipt.purposeDescription': 'Ce que cela signifie',
  'consents.receipt.action': 'Votre choix',
  'consents.receipt.occurredAt': 'Date et heure',
  'consents.receipt.channel': 'Où',
  'consents.receipt.policyVersion': 'Version de la politique de confidentialité',
  'consents.receipt.wording': 'Texte qui vous était présenté',
  'consents.receipt.controller': 'Responsable du traitement',
  'consents.receipt.legalBasis': 'Base légale',
  'consents.receipt.legalBasis.consent': 'Votre consentement (RGPD, article 6, paragraphe 1, point a)',
  'consents.receipt.dataCategories': 'Données concernées',
  'consents.receipt.download': 'Télécharger le reçu (JSON)',
  'consents.receipt.downloaded': 'Le reçu {fileName} a été téléchargé.',
  'consents.receipt.print': 'Imprimer le reçu',
  'consents.receipt.back': 'Retour à vos consentements',
  'consents.receipt.notFound.title': 'Ce reçu est introuvable',
  'consents.receipt.notFound.body':
    'Il n’existe pas ou ne concerne pas votre compte. Retrouvez vos reçus dans l’historique de vos consentements.',

  'consents.dataCategory.account': 'Informations sur le compte',
  'consents.dataCategory.user-data': 'Données d’utilisation',
  'consents.dataCategory.customer-service': 'Service client',
  'consents.dataCategory.transactions': 'Transactions',
  'consents.dataCategory.connection-data': 'Données de connexion (adresse IP)',
  'consents.dataCategory.cookies': 'Cookies et technologies similaires',
  'consents.dataCategory.ad-reactions': 'Réactions aux publicités et campagnes',
  'consents.dataCategory.third-party-data': 'Données reçues de tiers',

  'consents.summary.title': 'Vos consentements',
  'consents.summary.count': {
    one: '{count} consentement donné sur {total}',
    other: '{count} consentements donnés sur {total}',
  },
  'consents.summary.lastChange': 'Dernier changement le {date}\u00a0: {purpose} ({action}).',
  'consents.summary.noChange': 'Vous n’avez encore fait aucun choix.',
  'consents.summary.link': 'Gérer vos consentements',

  'validation.consents.isGiven.required': 'Indiquez si vous donnez ou retirez ce consentement',
  'validation.consents.isObjecting.required': 'Indiquez si vous vous opposez à la prospection commerciale',
} as const satisfies Record<string, Message>
