import type { Message } from '../../message'

/**
 * Texts of the shared UI kit (components/ui and components/form). French is the reference;
 * wording follows GOV.UK's plain-language patterns. French typography puts a non-breaking space
 * before ":" (U+00A0), so the colon never wraps onto its own line.
 */
export const forms = {
  'forms.errorSummary.title': 'Il y a un problème',
  'forms.error.prefix': 'Erreur\u00a0:',
  'forms.field.optional': '(facultatif)',
  'forms.characterCount.limit': {
    one: 'Vous pouvez saisir jusqu’à {count}\u00a0caractère',
    other: 'Vous pouvez saisir jusqu’à {count}\u00a0caractères',
  },
  'forms.characterCount.remaining': {
    one: 'Il vous reste {count}\u00a0caractère',
    other: 'Il vous reste {count}\u00a0caractères',
  },
  'forms.characterCount.over': {
    one: 'Vous avez {count}\u00a0caractère de trop',
    other: 'Vous avez {count}\u00a0caractères de trop',
  },
  'forms.button.pending': 'Envoi en cours…',
  'forms.switch.on': 'Activé',
  'forms.switch.off': 'Désactivé',
  'forms.dialog.close': 'Fermer',
  'forms.confirmDialog.cancel': 'Annuler',
  'forms.spinner.loading': 'Chargement en cours…',
  'forms.alert.important': 'Important',
  'forms.alert.success': 'C’est fait',
  'forms.errorState.retry': 'Réessayer',
  'forms.errorState.server.title': 'Désolé, le service rencontre un problème',
  'forms.errorState.server.body': 'Réessayez plus tard.',
  'forms.errorState.network.title': 'Nous n’avons pas pu nous connecter',
  'forms.errorState.network.body': 'Vérifiez votre connexion, puis réessayez.',
  'forms.errorState.timeout.title': 'Le service met trop de temps à répondre',
  'forms.errorState.timeout.body': 'Réessayez dans quelques instants.',
  'forms.errorState.contract.title': 'Désolé, nous ne pouvons pas afficher ces informations',
  'forms.errorState.contract.body': 'Le service a envoyé une réponse inattendue. Réessayez plus tard.',
  'forms.errorState.rateLimited.title': 'Trop de tentatives',
  'forms.errorState.rateLimited.body': 'Attendez quelques minutes, puis réessayez.',
  'forms.problem.server':
    'Désolé, le service rencontre un problème. Vos réponses n’ont pas été envoyées. Réessayez plus tard.',
  'forms.problem.network':
    'Nous n’avons pas pu nous connecter. Vos réponses n’ont pas été envoyées. Vérifiez votre connexion, puis réessayez.',
  'forms.problem.timeout': 'Le service a mis trop de temps à répondre. Vos réponses ont été conservées. Réessayez.',
  'forms.problem.rateLimited': 'Vous avez fait trop de tentatives. Attendez quelques minutes, puis réessayez.',
} as const satisfies Record<string, Message>
