import type { Message } from '../../message'

/**
 * French texts of features/rights-requests and of its contract's validation messages. French is the reference;
 * wording follows GOV.UK's patterns and the CNIL's plain-language names of the rights.
 */
export const rightsRequests = {
  /** The main navigation's link. */
  'rightsRequests.nav': 'Mes demandes',
  'rightsRequests.loading': 'Chargement de vos demandes…',

  'rightsRequests.kind.access': 'Accéder à mes données',
  'rightsRequests.kind.rectification': 'Faire corriger mes données',
  'rightsRequests.kind.erasure': 'Faire effacer mes données',
  'rightsRequests.kind.restriction': 'Limiter l’utilisation de mes données',
  'rightsRequests.kind.objection': 'M’opposer à une utilisation de mes données',
  'rightsRequests.kind.portability': 'Récupérer mes données dans un fichier',
  'rightsRequests.kind.access.description':
    'Recevez une copie de toutes les données que Dialogra détient sur vous, ou de celles que vous choisissez, avec ce que nous en faisons. C’est gratuit.',
  'rightsRequests.kind.rectification.description':
    'Demandez la correction d’une information inexacte, ou complétez-la par une déclaration.',
  'rightsRequests.kind.erasure.description':
    'Demandez la suppression de votre compte, ou de certaines de vos données, sauf celles que la loi nous oblige à garder.',
  'rightsRequests.kind.restriction.description':
    'Demandez que nous gardions vos données sans les utiliser, par exemple le temps de vérifier qu’elles sont exactes.',
  'rightsRequests.kind.objection.description':
    'Demandez que nous cessions une utilisation de vos données fondée sur notre intérêt légitime, comme la publicité personnalisée.',
  'rightsRequests.kind.portability.description':
    'Recevez les données que vous nous avez fournies dans un fichier lisible par une machine, pour les réutiliser ailleurs.',

  'rightsRequests.status.received': 'Reçue',
  'rightsRequests.status.in-progress': 'En cours de traitement',
  'rightsRequests.status.extended': 'Délai prolongé',
  'rightsRequests.status.completed': 'Traitée',
  'rightsRequests.status.refused': 'Refusée',
  'rightsRequests.status.cancelled': 'Annulée',
  'rightsRequests.status.overdue': 'En retard',

  'rightsRequests.event.received': 'Demande reçue',
  'rightsRequests.event.identity-confirmed': 'Identité confirmée par votre connexion',
  'rightsRequests.event.in-progress': 'Traitement commencé',
  'rightsRequests.event.extended': 'Délai de réponse prolongé',
  'rightsRequests.event.completed': 'Demande traitée',
  'rightsRequests.event.refused': 'Demande refusée',
  'rightsRequests.event.cancelled': 'Demande annulée à votre demande',

  'rightsRequests.category.account': 'Informations sur le compte',
  'rightsRequests.category.user-data': 'Données d’utilisation',
  'rightsRequests.category.customer-service': 'Échanges avec le service client',
  'rightsRequests.category.transactions': 'Données de transaction',
  'rightsRequests.category.connection-data': 'Données de connexion (adresse IP)',
  'rightsRequests.category.cookies': 'Cookies et technologies similaires',
  'rightsRequests.category.ad-reactions': 'Réactions aux publicités et campagnes',
  'rightsRequests.category.third-party-data': 'Données reçues de tiers',

  'rightsRequests.purpose.group-administration': 'Partage avec les autres produits Dialogra pour l’administration',
  'rightsRequests.purpose.security': 'Utilisation de l’adresse IP contre les usages malveillants',
  'rightsRequests.purpose.merger-or-acquisition': 'Communication en cas de fusion ou d’acquisition',
  'rightsRequests.purpose.tailored-advertising': 'Offres et publicité personnalisées (prospection)',
  'rightsRequests.purpose.analytics': 'Analyses et statistiques',
  'rightsRequests.purpose.legal-claims': 'Constatation, exercice ou défense de droits en justice',
  'rightsRequests.purpose.service-quality-training': 'Enregistrements pour la formation du service client',

  'rightsRequests.ground.accuracy-contested': 'Je conteste l’exactitude de mes données',
  'rightsRequests.ground.unlawful-keep':
    'Mes données sont utilisées illégalement, mais je veux que vous les gardiez plutôt que de les effacer',
  'rightsRequests.ground.legal-claim': 'J’en ai besoin pour une action en justice',
  'rightsRequests.ground.objection-pending': 'Je me suis opposé à leur utilisation et attends votre réponse',

  'rightsRequests.keptFor.legal-obligations': 'une obligation légale',
  'rightsRequests.keptFor.legal-claims': 'la défense de nos droits en cas de litige',

  'rightsRequests.choose.title': 'Faire une demande',
  'rightsRequests.choose.intro':
    'Choisissez le droit que vous souhaitez exercer. Vous n’avez pas à justifier votre demande, sauf pour vous opposer à une utilisation fondée sur notre intérêt légitime. Nous vous répondons dans un délai d’un mois.',

  'rightsRequests.flow.chooseAnother': 'Choisir un autre droit',
  'rightsRequests.form.continue': 'Continuer',
  'rightsRequests.form.categories.hint': 'Cochez toutes les catégories concernées.',

  'rightsRequests.access.free': 'La copie de vos données est gratuite.',
  'rightsRequests.access.scope.legend': 'Quelles données voulez-vous recevoir\u00a0?',
  'rightsRequests.access.scope.all': 'Toutes mes données',
  'rightsRequests.access.scope.categories': 'Certaines catégories seulement',
  'rightsRequests.access.categories.legend': 'Quelles catégories\u00a0?',

  'rightsRequests.erasure.scope.legend': 'Que voulez-vous faire effacer\u00a0?',
  'rightsRequests.erasure.scope.all': 'Mon compte et toutes mes données',
  'rightsRequests.erasure.scope.categories': 'Certaines catégories de données seulement',
  'rightsRequests.erasure.categories.legend': 'Quelles catégories\u00a0?',
  'rightsRequests.erasure.scope.items': 'Seulement les éléments choisis dans Mes données',
  'rightsRequests.erasure.items.legend': 'Éléments à effacer',
  'rightsRequests.erasure.items.hint':
    'Pour en ajouter, ouvrez l’élément dans Mes données et choisissez «\u00a0Demander l’effacement de cet élément\u00a0».',
  'rightsRequests.erasure.items.none': 'Aucun élément choisi.',
  'rightsRequests.erasure.item.label': '{category}\u00a0: {kind} du {date}',
  'rightsRequests.erasure.item.unknown': '{category}\u00a0: élément introuvable',
  'rightsRequests.erasure.item.remove': 'Retirer',
  'rightsRequests.erasure.item.removed': 'Élément retiré\u00a0: {label}',
  'validation.rightsRequest.items.required':
    'Choisissez au moins un élément, ou effacez des catégories ou tout le compte',
  'validation.rightsRequest.items.tooMany':
    'Vous pouvez choisir 50\u00a0éléments au plus\u00a0; au-delà, choisissez des catégories',
  'validation.rightsRequest.items.unknown':
    'Un des éléments choisis ne fait pas partie de vos données\u00a0: retirez-le',
  'rightsRequests.erasure.reason.label': 'Pourquoi demandez-vous l’effacement\u00a0?',
  'rightsRequests.erasure.reason.hint': 'Vous n’êtes pas obligé de répondre.',
  'rightsRequests.erasure.preview.title': 'Ce qui se passera',
  'rightsRequests.erasure.preview.cancel':
    'Vous pourrez annuler votre demande tant que nous n’avons pas commencé à la traiter.',
  'rightsRequests.erasure.deleted.future': 'Ce qui sera effacé',
  'rightsRequests.erasure.deleted.past': 'Ce qui a été effacé',
  'rightsRequests.erasure.deleted.none': 'Rien\u00a0: toutes les données choisies doivent être conservées.',
  'rightsRequests.erasure.kept.future': 'Ce qui sera conservé, pourquoi et jusqu’à quand',
  'rightsRequests.erasure.kept.past': 'Ce qui a été conservé, pourquoi et jusqu’à quand',
  'rightsRequests.erasure.kept.none': 'Rien\u00a0: aucune de ces données n’a besoin d’être conservée.',
  'rightsRequests.erasure.kept.why': 'Pourquoi\u00a0: {reason}.',
  'rightsRequests.erasure.kept.how': 'Durée\u00a0: {rule}.',
  'rightsRequests.erasure.kept.until': 'Effacées au plus tard le {date}.',
  'rightsRequests.erasure.closesAccount.future':
    'Votre compte sera fermé\u00a0: vous ne pourrez plus vous connecter ni utiliser les services de Dialogra.',
  'rightsRequests.erasure.closesAccount.past': 'Votre compte a été fermé.',

  'rightsRequests.restriction.ground.legend': 'Pourquoi demandez-vous la limitation\u00a0?',
  'rightsRequests.restriction.scope.legend': 'Quelles données sont concernées\u00a0?',
  'rightsRequests.restriction.scope.all': 'Toutes mes données',
  'rightsRequests.restriction.scope.categories': 'Certaines catégories seulement',
  'rightsRequests.restriction.categories.legend': 'Quelles catégories\u00a0?',
  'rightsRequests.restriction.details.label': 'Précisions',

  'rightsRequests.objection.purpose.legend': 'À quelle utilisation de vos données vous opposez-vous\u00a0?',
  'rightsRequests.objection.purpose.hint':
    'Ce sont les utilisations fondées sur l’intérêt légitime de Dialogra, d’après notre registre des traitements.',
  'rightsRequests.objection.grounds.label': 'Qu’est-ce qui, dans votre situation, justifie votre opposition\u00a0?',
  'rightsRequests.objection.grounds.hint':
    'Nous cesserons cette utilisation, sauf si nous avons des motifs impérieux et légitimes de la poursuivre.',
  'rightsRequests.objection.directMarketing.title': 'Aucune justification n’est demandée',
  'rightsRequests.objection.directMarketing.body':
    'Vous pouvez toujours refuser la prospection. Votre opposition prendra effet dès l’envoi de votre demande.',

  'rightsRequests.rectification.item.legend': 'Quelle information est inexacte\u00a0?',
  'rightsRequests.rectification.item.name': 'Votre nom',
  'rightsRequests.rectification.item.current': 'Actuellement\u00a0: {value}',
  'rightsRequests.rectification.correctValue.label': 'Quelle est la bonne valeur\u00a0?',
  'rightsRequests.rectification.statement.label': 'Déclaration complémentaire',
  'rightsRequests.rectification.statement.hint':
    'Pour compléter une information incomplète, expliquez ce que nous devrions ajouter.',

  'rightsRequests.rectification.nothing.title': 'Rien à corriger ici',
  'rightsRequests.rectification.nothing.body':
    'Les informations de cet élément ne sont pas du texte que vous pouvez corriger vous-même. Écrivez à l’équipe confidentialité pour nous signaler une erreur.',
  'rightsRequests.portability.what':
    'Vous recevrez les données que vous nous avez fournies ou que votre utilisation a produites (compte, utilisation, transactions), dans un fichier JSON, un format structuré et lisible par une machine.',
  'rightsRequests.portability.how':
    'Votre demande est enregistrée puis traitée par notre équipe\u00a0; le fichier sera à télécharger sur la page de la demande.',

  'rightsRequests.check.title': 'Vérifiez votre demande',
  'rightsRequests.check.kind': 'Droit',
  'rightsRequests.check.scope': 'Données concernées',
  'rightsRequests.check.scope.all': 'Toutes mes données',
  'rightsRequests.check.ground': 'Motif',
  'rightsRequests.check.purpose': 'Utilisation concernée',
  'rightsRequests.check.grounds': 'Votre situation',
  'rightsRequests.check.grounds.notNeeded': 'Non demandé pour la prospection',
  'rightsRequests.check.item': 'Information à corriger',
  'rightsRequests.check.statement': 'Déclaration complémentaire',
  'rightsRequests.check.format': 'Format',
  'rightsRequests.check.format.json': 'Fichier JSON',
  'rightsRequests.check.notGiven': 'Non renseigné',
  'rightsRequests.check.change': 'Modifier',
  'rightsRequests.check.fixAnswers': 'Modifier vos réponses',
  'rightsRequests.check.declaration':
    'En envoyant cette demande, vous confirmez que ces informations sont exactes. Vous recevrez un accusé de réception.',
  'rightsRequests.check.erasure.reauth':
    'Pour protéger vos données, nous vous demanderons peut-être de saisir à nouveau votre mot de passe.',
  'rightsRequests.check.submit': 'Envoyer la demande',
  'rightsRequests.check.submit.erasure': 'Demander l’effacement de mes données',
  'rightsRequests.check.pending': 'Envoi de la demande…',
  'rightsRequests.check.noDraft.title': 'Vos réponses ne sont plus disponibles',
  'rightsRequests.check.noDraft.body':
    'Pour protéger vos données, vos réponses ne sont gardées que dans cet onglet, tant que la page n’est pas rechargée.',
  'rightsRequests.check.noDraft.start': 'Recommencer la demande',

  'rightsRequests.problem.server':
    'Votre demande n’a pas été envoyée, car le service rencontre un problème. Vos réponses sont conservées. Réessayez dans quelques instants.',
  'rightsRequests.problem.network':
    'Nous n’avons pas pu nous connecter. Votre demande n’a pas été envoyée. Vérifiez votre connexion, puis réessayez.',
  'rightsRequests.problem.timeout':
    'Le service a mis trop de temps à répondre. Réessayez\u00a0: votre demande ne sera pas enregistrée deux fois.',
  'rightsRequests.problem.offline':
    'Votre demande n’a pas été envoyée, car vous êtes hors ligne. Vos réponses sont conservées.',
  'rightsRequests.problem.rateLimited':
    'Votre demande n’a pas été envoyée, car trop de demandes ont été envoyées en peu de temps. Réessayez plus tard.',
  'rightsRequests.problem.csrf':
    'Votre demande n’a pas été envoyée, car nous n’avons pas pu vérifier qu’elle venait bien de vous. Réessayez.',
  'rightsRequests.problem.signInCancelled':
    'Votre demande n’a pas été envoyée, car vous ne vous êtes pas reconnecté. Vos réponses sont conservées.',

  'rightsRequests.confirmation.title': 'Demande envoyée',
  'rightsRequests.confirmation.received': 'Demande reçue',
  'rightsRequests.confirmation.done': 'Demande reçue et déjà appliquée',
  'rightsRequests.confirmation.referenceLabel': 'Votre référence',
  'rightsRequests.confirmation.announcement': 'Demande envoyée. Votre référence est {reference}.',
  'rightsRequests.confirmation.emailSent': 'Nous avons envoyé un accusé de réception à {email}.',
  'rightsRequests.confirmation.emailSent.accountAddress':
    'Nous avons envoyé un accusé de réception à l’adresse de votre compte.',
  'rightsRequests.confirmation.next.title': 'Et maintenant\u00a0?',
  'rightsRequests.confirmation.next.answer': 'Nous vous répondrons au plus tard le {date}.',
  'rightsRequests.confirmation.next.extension':
    'Si votre demande est complexe, nous pouvons prolonger ce délai de deux mois au plus. Nous vous le dirons avant cette date, avec la raison et la nouvelle date.',
  'rightsRequests.confirmation.next.cancel':
    'Vous pouvez suivre votre demande et l’annuler tant que nous n’avons pas commencé à la traiter.',
  'rightsRequests.confirmation.next.done':
    'Votre demande a pris effet immédiatement. Vous n’avez rien d’autre à faire.',
  'rightsRequests.confirmation.follow': 'Suivre cette demande',

  'rightsRequests.list.title': 'Mes demandes',
  'rightsRequests.list.caption': 'Vos demandes, de la plus récente à la plus ancienne',
  'rightsRequests.list.new': 'Faire une demande',
  'rightsRequests.list.empty.title': 'Vous n’avez fait aucune demande',
  'rightsRequests.list.empty.body':
    'Vous pouvez accéder à vos données, les faire corriger ou effacer, ou vous opposer à leur utilisation.',
  'rightsRequests.list.kind': 'Demande',
  'rightsRequests.list.reference': 'Référence',
  'rightsRequests.list.received': 'Reçue le',
  'rightsRequests.list.status': 'Statut',
  'rightsRequests.list.due': 'Réponse due le',
  'rightsRequests.list.left': 'Jours restants',
  'rightsRequests.list.answered': 'Répondu',
  'rightsRequests.list.daysLeft': { one: '{count}\u00a0jour', other: '{count}\u00a0jours' },
  'rightsRequests.list.overdue': {
    one: 'En retard de {count}\u00a0jour',
    other: 'En retard de {count}\u00a0jours',
  },

  'rightsRequests.detail.title': 'Demande\u00a0: {kind}',
  'rightsRequests.detail.titleLoading': 'Votre demande',
  'rightsRequests.detail.reference': 'Référence',
  'rightsRequests.detail.status': 'Statut',
  'rightsRequests.detail.receivedAt': 'Reçue le',
  'rightsRequests.detail.dueDate': 'Réponse due le',
  'rightsRequests.detail.categories': 'Données concernées',
  'rightsRequests.detail.records': 'Éléments concernés',
  'rightsRequests.detail.timeline': 'Historique',
  'rightsRequests.detail.newDueDate': 'Nouvelle date de réponse\u00a0: {date}.',
  'rightsRequests.detail.extensionReason': 'Raison\u00a0:',
  'rightsRequests.detail.refusalReasons': 'Motifs\u00a0:',
  'rightsRequests.detail.messages': 'Messages de l’équipe confidentialité',
  'rightsRequests.detail.messages.none': 'Aucun message pour le moment.',
  'rightsRequests.detail.messages.from': 'Équipe confidentialité de Dialogra',
  'rightsRequests.detail.backToList': 'Retour à mes demandes',

  'rightsRequests.clock.title': 'Délai de réponse',
  'rightsRequests.clock.used': { one: '{count}\u00a0jour écoulé.', other: '{count}\u00a0jours écoulés.' },
  'rightsRequests.clock.left': { one: 'Il reste {count}\u00a0jour.', other: 'Il reste {count}\u00a0jours.' },
  'rightsRequests.clock.dueOn': 'Réponse due au plus tard le {date}.',
  'rightsRequests.clock.overdue': {
    one: 'Cette demande est en retard de {count}\u00a0jour.',
    other: 'Cette demande est en retard de {count}\u00a0jours.',
  },
  'rightsRequests.clock.dueWas': 'Nous aurions dû vous répondre au plus tard le {date}.',
  'rightsRequests.clock.extended':
    'Le délai initial, jusqu’au {initial}, a été prolongé jusqu’au {date}. La raison est indiquée dans l’historique.',
  'rightsRequests.clock.overdue.what':
    'Nous n’avons pas répondu dans le délai légal. Vous pouvez adresser une réclamation à la CNIL, l’autorité de protection des données.',

  'rightsRequests.outcome.title': 'Notre réponse',
  'rightsRequests.outcome.access': 'La copie de vos données est prête, au format JSON.',
  'rightsRequests.outcome.portability': 'Le fichier de vos données est prêt, au format JSON, lisible par une machine.',
  'rightsRequests.outcome.download': 'Télécharger mes données (JSON)',
  'rightsRequests.outcome.downloading': 'Préparation du fichier…',
  'rightsRequests.outcome.downloaded': 'Le fichier a été téléchargé.',
  'rightsRequests.outcome.downloadFailed':
    'Le fichier n’a pas pu être téléchargé, car le service rencontre un problème. Réessayez dans quelques instants.',
  'rightsRequests.outcome.rectification': 'L’information a été corrigée. Nouvelle valeur\u00a0: {value}.',
  'rightsRequests.outcome.rectification.myData': 'Voir mes données',
  'rightsRequests.outcome.refused.title': 'Pourquoi nous avons refusé votre demande',
  'rightsRequests.outcome.refused.rights':
    'Si vous n’êtes pas d’accord, vous pouvez adresser une réclamation à la CNIL ou saisir la justice.',

  'rightsRequests.cancel.button': 'Annuler cette demande',
  'rightsRequests.cancel.title': 'Annuler cette demande\u00a0?',
  'rightsRequests.cancel.body':
    'Nous ne traiterons pas la demande {reference}. Vous pourrez en faire une nouvelle à tout moment.',
  'rightsRequests.cancel.confirm': 'Oui, annuler la demande',
  'rightsRequests.cancel.keep': 'Non, la garder',
  'rightsRequests.cancel.done': 'La demande {reference} est annulée.',
  'rightsRequests.cancel.failed':
    'La demande n’a pas été annulée, car le service rencontre un problème ou le traitement a commencé. Rechargez la page.',

  'rightsRequests.complaint.title': 'Adresser une réclamation à la CNIL',
  'rightsRequests.complaint.description':
    'Si nous ne répondons pas, ou si notre réponse ne vous satisfait pas, vous pouvez vous plaindre à l’autorité de protection des données.',
  'rightsRequests.complaint.intro':
    'La Commission nationale de l’informatique et des libertés (CNIL) est l’autorité française de protection des données. Ce n’est pas une demande à Dialogra\u00a0: vous vous adressez directement à elle.',
  'rightsRequests.complaint.when.title': 'Quand vous plaindre',
  'rightsRequests.complaint.when.noAnswer': 'Nous n’avons pas répondu dans le délai d’un mois (ou le délai prolongé).',
  'rightsRequests.complaint.when.refused':
    'Nous avons refusé votre demande et vous n’êtes pas d’accord avec nos motifs.',
  'rightsRequests.complaint.when.unsatisfied': 'Vous pensez que nous utilisons vos données de façon illégale.',
  'rightsRequests.complaint.how.title': 'Comment faire',
  'rightsRequests.complaint.how.first': 'Gardez la référence de votre demande et nos éventuelles réponses.',
  'rightsRequests.complaint.how.online': 'Déposez votre plainte en ligne sur le site de la CNIL.',
  'rightsRequests.complaint.how.post': 'Ou écrivez à la CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.',
  'rightsRequests.complaint.cnilLink': 'Déposer une plainte sur le site de la CNIL',
  'rightsRequests.complaint.howTo': 'Comment adresser une réclamation à la CNIL',
  'rightsRequests.complaint.court': 'Vous pouvez aussi saisir la justice.',

  'rightsRequests.summary.title': 'Vos demandes',
  'rightsRequests.summary.none': 'Aucune demande en cours.',
  'rightsRequests.summary.open': {
    one: '{count}\u00a0demande en cours.',
    other: '{count}\u00a0demandes en cours.',
  },
  'rightsRequests.summary.overdue': {
    one: '{count}\u00a0demande en retard.',
    other: '{count}\u00a0demandes en retard.',
  },
  'rightsRequests.summary.next': 'Prochaine échéance\u00a0: {kind}, le {date}.',
  'rightsRequests.summary.all': 'Voir toutes mes demandes',
  'rightsRequests.summary.new': 'Faire une demande',

  'validation.rightsRequest.kind.required': 'Choisissez le droit que vous souhaitez exercer',
  'validation.rightsRequest.scope.required': 'Choisissez les données concernées',
  'validation.rightsRequest.categories.required': 'Cochez au moins une catégorie',
  'validation.rightsRequest.purposeId.required': 'Choisissez l’utilisation à laquelle vous vous opposez',
  'validation.rightsRequest.ground.required': 'Choisissez le motif de votre demande',
  'validation.rightsRequest.grounds.required': 'Expliquez ce qui, dans votre situation, justifie votre opposition',
  'validation.rightsRequest.grounds.tooLong': 'Votre explication doit comporter 2\u00a0000\u00a0caractères au maximum',
  'validation.rightsRequest.item.required': 'Choisissez l’information à corriger',
  'validation.rightsRequest.correctValue.required': 'Saisissez la bonne valeur',
  'validation.rightsRequest.correctValue.tooLong':
    'La bonne valeur doit comporter 2\u00a0000\u00a0caractères au maximum',
  'validation.rightsRequest.statement.tooLong':
    'Votre déclaration doit comporter 2\u00a0000\u00a0caractères au maximum',
  'validation.rightsRequest.reason.tooLong': 'Votre raison doit comporter 2\u00a0000\u00a0caractères au maximum',
  'validation.rightsRequest.details.tooLong': 'Vos précisions doivent comporter 2\u00a0000\u00a0caractères au maximum',
} as const satisfies Record<string, Message>
