import type { Message } from '../../message'

/** The app shell: header, navigation, footer, page titles, loading and error pages. */
export const shell = {
  'shell.productName': 'Centre de confidentialité',
  'shell.operatorName': 'Dialogra',
  'shell.skipLink': 'Aller au contenu principal',
  'shell.nav.label': 'Menu principal',
  'shell.account.signedInAs': 'Session ouverte au nom de',
  'shell.account.signOut': 'Se déconnecter',
  'shell.account.signingOut': 'Déconnexion en cours…',
  'shell.footer.contactHeading': 'Contacter l’équipe confidentialité',
  'shell.footer.emailLabel': 'E-mail :',
  'shell.footer.phoneLabel': 'Téléphone :',
  'shell.footer.complainLink': 'Porter plainte auprès de la CNIL',
  'shell.footer.complainHint':
    'La CNIL est l’autorité française de protection des données. Vous pouvez la saisir si vous n’êtes pas satisfait de notre réponse.',
  'shell.footer.operator': 'Service fourni par Dialogra.',
  'shell.loading': 'Chargement…',
  'shell.notFound.title': 'Page introuvable',
  'shell.notFound.typed': 'Si vous avez saisi l’adresse web, vérifiez qu’elle est correcte.',
  'shell.notFound.pasted': 'Si vous avez collé l’adresse web, vérifiez que vous avez copié l’adresse entière.',
  'shell.notFound.contact':
    'Si l’adresse web est correcte ou si vous avez sélectionné un lien ou un bouton, contactez l’équipe confidentialité si vous avez besoin d’aide :',
  'shell.notFound.homeLink': 'Aller à l’accueil du centre de confidentialité',
  'shell.serviceProblem.retrying': 'Nouvel essai en cours…',
  'shell.serviceProblem.contact': 'Si le problème persiste, contactez l’équipe confidentialité :',
} as const satisfies Record<string, Message>
