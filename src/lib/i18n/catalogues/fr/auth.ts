import type { Message } from '../../message'

export const auth = {
  'auth.signIn.title': 'Se connecter',
  'auth.signIn.intro': 'Connectez-vous pour voir les données que Dialogra détient sur vous et exercer vos droits.',
  'auth.signIn.email': 'Adresse e-mail',
  'auth.signIn.password': 'Mot de passe',
  'auth.signIn.submit': 'Se connecter',
  'auth.signIn.invalidCredentials': 'Saisissez une adresse e-mail et un mot de passe corrects',
  'auth.signIn.rateLimited': {
    one: 'Trop de tentatives. Réessayez dans {count} seconde.',
    other: 'Trop de tentatives. Réessayez dans {count} secondes.',
  },
  'auth.signIn.rateLimitedMinutes': {
    one: 'Trop de tentatives. Réessayez dans {count} minute.',
    other: 'Trop de tentatives. Réessayez dans {count} minutes.',
  },
  'auth.signIn.signedOut': 'Vous êtes déconnecté. Vos données ne sont plus affichées sur cet appareil.',
  'auth.signOut': 'Se déconnecter',
  'auth.signingOut': 'Déconnexion…',
  'auth.failure.server': 'Le service ne répond pas correctement. Rien n’a été envoyé. Réessayez dans quelques minutes.',
  'auth.failure.network': 'Connexion impossible. Vérifiez votre connexion internet et réessayez.',
  'auth.failure.timeout': 'Le service met trop de temps à répondre. Réessayez.',
  'auth.sessionExpired.title': 'Vous avez été déconnecté',
  'auth.sessionExpired.body':
    'Votre session a expiré. Reconnectez-vous pour continuer : ce que vous avez saisi sur cette page est conservé.',
  'auth.sessionExpired.leave': 'Aller à la page de connexion',
  'auth.timeout.title': 'Vous allez bientôt être déconnecté',
  'auth.timeout.body': 'Pour protéger vos données, nous vous déconnectons après {duration} sans activité.',
  'auth.timeout.timeLeft': 'Vous serez déconnecté dans {time}.',
  'auth.timeout.kept':
    'Si cela arrive, ce que vous avez saisi sur cette page est conservé : il vous suffira de vous reconnecter.',
  'auth.timeout.minutes': { one: '{count} minute', other: '{count} minutes' },
  'auth.timeout.seconds': { one: '{count} seconde', other: '{count} secondes' },
  'auth.timeout.minutesAndSeconds': '{minutes} et {seconds}',
  'auth.timeout.stay': 'Rester connecté',
  'auth.timeout.signOut': 'Se déconnecter',
  'auth.stepUp.title': 'Confirmez votre identité',
  'auth.stepUp.body': 'Pour cette action, saisissez à nouveau votre mot de passe.',
  'auth.stepUp.submit': 'Confirmer',
  'auth.stepUp.wrongPassword': 'Le mot de passe est incorrect',
  'auth.stepUp.cancelled': 'Action annulée : votre identité n’a pas été confirmée.',
} as const satisfies Record<string, Message>
