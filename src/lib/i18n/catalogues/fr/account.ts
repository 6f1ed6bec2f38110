import type { Message } from '../../message'

export const account = {
  'account.overview.title': 'Aperçu',
  'account.overview.greeting': 'Bonjour {name}',
  'account.overview.intro':
    'Ce centre vous montre ce que Dialogra sait de vous et vous permet d’exercer vos droits sur vos données.',
  'account.summary.title': 'Votre compte',
  'account.summary.name': 'Nom',
  'account.summary.email': 'Adresse e-mail de connexion',
  'account.summary.createdAt': 'Compte créé le',
  'account.summary.lastSignInAt': 'Connexion précédente',
  'account.summary.firstSignIn': 'C’est votre première connexion',
  'account.summary.passwordChangedAt': 'Mot de passe modifié le',
  'account.summary.loading': 'Chargement de votre compte…',
} as const satisfies Record<string, Message>
