import type { Message } from '../../message'

/**
 * "Contacter l’équipe confidentialité" (features/privacy-messages) and the validation texts of its contract
 * (contract/privacy-messages.ts). French is the reference; wording follows GOV.UK's patterns. French
 * typography puts a non-breaking space before ":" and inside "2 000".
 */
export const privacyMessages = {
  /** The main navigation's link to /contact. */
  'privacyMessages.nav': 'Contacter l’équipe confidentialité',
  'privacyMessages.page.title': 'Contacter l’équipe confidentialité',
  'privacyMessages.intro':
    'Écrivez à l’équipe de Dialogra chargée de la protection des données si vous avez une question sur vos données personnelles, sur vos droits ou sur la façon dont nous utilisons vos données.',
  'privacyMessages.intro.answerTime':
    'Nous vous répondons dans les 30\u00a0jours suivant la réception de votre message.',

  'privacyMessages.form.topic.legend': 'À quel sujet souhaitez-vous nous écrire\u00a0?',
  'privacyMessages.topic.my-data': 'Mes données',
  'privacyMessages.topic.my-data.hint':
    'Quelles données nous détenons sur vous, d’où elles viennent, combien de temps nous les conservons',
  'privacyMessages.topic.rights': 'Mes droits',
  'privacyMessages.topic.rights.hint':
    'Accéder à vos données, les faire rectifier ou effacer, vous opposer à leur utilisation, les récupérer',
  'privacyMessages.topic.consents': 'Mes consentements',
  'privacyMessages.topic.consents.hint': 'Les utilisations de vos données que vous avez acceptées ou refusées',
  'privacyMessages.topic.other': 'Autre chose',
  'privacyMessages.form.message.label': 'Votre message',
  'privacyMessages.form.message.hint':
    'N’indiquez pas votre mot de passe ni vos coordonnées bancaires. Nous ne vous les demanderons jamais.',
  'privacyMessages.form.submit': 'Envoyer le message',
  'privacyMessages.form.pending': 'Envoi du message…',

  'privacyMessages.offline.banner':
    'Vous êtes hors ligne. Vous pouvez continuer à écrire\u00a0: votre message sera conservé, et vous pourrez l’envoyer une fois reconnecté.',
  'privacyMessages.problem.offline':
    'Votre message n’a pas été envoyé, car vous êtes hors ligne. Ce que vous avez écrit est conservé. Reconnectez-vous à Internet, puis envoyez-le de nouveau.',
  'privacyMessages.problem.server':
    'Votre message n’a pas été envoyé, car le service rencontre un problème. Ce que vous avez écrit est conservé. Réessayez dans quelques instants.',
  'privacyMessages.problem.network':
    'Nous n’avons pas pu nous connecter. Votre message n’a pas été envoyé. Vérifiez votre connexion, puis réessayez. Ce que vous avez écrit est conservé.',
  'privacyMessages.problem.timeout':
    'Le service a mis trop de temps à répondre, et nous ne savons pas si votre message est arrivé. Réessayez\u00a0: s’il était bien arrivé, il ne sera pas envoyé deux fois.',
  'privacyMessages.problem.rateLimited':
    'Votre message n’a pas été envoyé, car trop de messages ont été envoyés en peu de temps. Ce que vous avez écrit est conservé.',
  'privacyMessages.problem.rateLimited.retryAt': 'Vous pourrez réessayer à partir de {time}.',
  'privacyMessages.problem.rateLimited.retryLater': 'Attendez quelques minutes, puis réessayez.',
  'privacyMessages.problem.csrf':
    'Votre message n’a pas été envoyé, car nous n’avons pas pu vérifier qu’il venait bien de vous. Ce que vous avez écrit est conservé. Réessayez.',
  'privacyMessages.problem.signInCancelled':
    'Votre message n’a pas été envoyé, car vous ne vous êtes pas reconnecté. Ce que vous avez écrit est conservé. Envoyez-le de nouveau pour vous reconnecter.',

  'privacyMessages.confirmation.title': 'Message envoyé',
  'privacyMessages.confirmation.referenceLabel': 'Votre référence',
  'privacyMessages.confirmation.announcement': 'Message envoyé. Votre référence est {reference}.',
  'privacyMessages.confirmation.summary.topic': 'Sujet',
  'privacyMessages.confirmation.summary.receivedAt': 'Reçu le',
  'privacyMessages.confirmation.summary.answerDueBy': 'Réponse au plus tard le',
  'privacyMessages.confirmation.emailSent': 'Nous avons envoyé un accusé de réception à {email}.',
  'privacyMessages.confirmation.emailSent.accountAddress':
    'Nous avons envoyé un accusé de réception à l’adresse e-mail de votre compte.',
  'privacyMessages.confirmation.nextSteps.title': 'Et maintenant\u00a0?',
  'privacyMessages.confirmation.nextSteps.answer':
    'L’équipe confidentialité vous répondra au plus tard le {date}, dans les 30\u00a0jours suivant la réception de votre message.',
  'privacyMessages.confirmation.nextSteps.delay':
    'Si nous avons besoin de plus de temps, nous vous expliquerons pourquoi et vous indiquerons la date à laquelle vous pouvez attendre notre réponse.',
  'privacyMessages.confirmation.nextSteps.reference':
    'Si vous nous écrivez de nouveau à propos de ce message, indiquez la référence {reference}.',
  'privacyMessages.confirmation.writeAnother': 'Écrire un autre message',
  'privacyMessages.confirmation.backToOverview': 'Retourner à l’accueil',

  'validation.privacyMessage.topic.required': 'Choisissez le sujet de votre message',
  'validation.privacyMessage.message.required': 'Saisissez votre message',
  'validation.privacyMessage.message.tooLong': 'Votre message doit comporter 2\u00a0000\u00a0caractères au maximum',
  'validation.privacyMessage.message.forbiddenCharacters':
    'Votre message contient des caractères qui ne sont pas autorisés\u00a0: supprimez les caractères de contrôle ou de mise en forme invisibles, par exemple en retapant le texte que vous avez collé',
} as const satisfies Record<string, Message>
