import type { Message } from '../../message'

/** French texts of features/contact-preferences and of its contract's validation messages. French is the reference. */
export const contactPreferences = {
  /** The main navigation's link. */
  'contactPreferences.nav': 'Paramètres',
  'contactPreferences.page.title': 'Paramètres',
  'contactPreferences.page.intro':
    'Choisissez comment nous vous contactons\u00a0: vos coordonnées, puis, pour chaque sujet, par quel moyen et à quelle fréquence.',

  // Contact details
  'contactPreferences.details.title': 'Vos coordonnées',
  'contactPreferences.details.email.label': 'Adresse e-mail',
  'contactPreferences.details.email.hint':
    'C’est aussi l’adresse avec laquelle vous vous connectez. Pour la changer, nous vous demanderons votre mot de passe, puis de confirmer la nouvelle adresse.',
  'contactPreferences.details.phone.label': 'Numéro de téléphone',
  'contactPreferences.details.phone.hint':
    'Pour les SMS et les appels, si vous les choisissez. Pour un numéro hors de France et du Royaume-Uni, commencez par l’indicatif, par exemple +32.',
  'contactPreferences.details.address.legend': 'Adresse postale',
  'contactPreferences.details.address.line1': 'Adresse, ligne 1',
  'contactPreferences.details.address.line2': 'Adresse, ligne 2',
  'contactPreferences.details.address.postcode': 'Code postal',
  'contactPreferences.details.address.city': 'Ville',
  'contactPreferences.details.address.country': 'Pays',
  'contactPreferences.details.language.label': 'Langue de nos messages',
  'contactPreferences.details.language.fr': 'Français',
  'contactPreferences.details.language.en': 'Anglais',
  'contactPreferences.details.submit': 'Enregistrer mes coordonnées',
  'contactPreferences.details.pending': 'Enregistrement en cours…',
  'contactPreferences.details.saved': 'Vos coordonnées sont enregistrées.',
  'contactPreferences.details.savedEmailPending':
    'Vos coordonnées sont enregistrées. Nous avons envoyé un lien à {email}\u00a0: ouvrez-le pour confirmer votre nouvelle adresse.',
  'contactPreferences.details.pendingEmail.title': 'Nouvelle adresse en attente de confirmation',
  'contactPreferences.details.pendingEmail.body':
    'Nous avons envoyé un lien à {email}. Tant que vous ne l’avez pas ouvert, vous vous connectez toujours avec {current}. Le lien est valable 24 heures.',
  'contactPreferences.details.problem.reauthCancelled':
    'Votre adresse e-mail n’a pas été changée, car vous n’avez pas confirmé votre identité. Vos saisies sont conservées.',
  'contactPreferences.details.conflict.title': 'Ces coordonnées ont été modifiées ailleurs',
  'contactPreferences.details.conflict.body':
    'Quelqu’un, peut-être vous dans une autre fenêtre, a modifié vos coordonnées depuis que vous avez ouvert cette page. Rien n’a été enregistré. Rechargez les coordonnées actuelles\u00a0: vos modifications restent dans le formulaire.',
  'contactPreferences.details.conflict.reload': 'Recharger en gardant mes modifications',
  'contactPreferences.details.conflict.reloading': 'Rechargement…',
  'contactPreferences.details.conflict.reloaded.title': 'Coordonnées actuelles rechargées',
  'contactPreferences.details.conflict.reloaded.body':
    'Vos modifications sont toujours dans le formulaire. Vérifiez-les par rapport aux valeurs enregistrées ailleurs, puis enregistrez.',
  'contactPreferences.details.conflict.current': '{field} enregistré(e) ailleurs\u00a0: {value}',
  'contactPreferences.details.conflict.none': 'aucun',
  'contactPreferences.details.conflict.reloadFailed':
    'Nous n’avons pas pu recharger vos coordonnées. Vérifiez votre connexion, puis réessayez.',
  'contactPreferences.leave.title': 'Quitter sans enregistrer\u00a0?',
  'contactPreferences.leave.body':
    'Vous avez modifié vos coordonnées sans les enregistrer. Si vous quittez cette page, ces modifications seront perdues.',
  'contactPreferences.leave.confirm': 'Quitter sans enregistrer',
  'contactPreferences.leave.cancel': 'Rester sur la page',

  // Confirming a new email
  'contactPreferences.confirmEmail.title': 'Confirmer votre nouvelle adresse e-mail',
  'contactPreferences.confirmEmail.intro':
    'Vous avez demandé à vous connecter avec une nouvelle adresse e-mail. Confirmez-la pour qu’elle remplace l’actuelle.',
  'contactPreferences.confirmEmail.submit': 'Confirmer ma nouvelle adresse',
  'contactPreferences.confirmEmail.pending': 'Confirmation en cours…',
  'contactPreferences.confirmEmail.done.title': 'Adresse e-mail confirmée',
  'contactPreferences.confirmEmail.done.body':
    'Vous vous connectez désormais avec {email}. Nous avons prévenu votre ancienne adresse.',
  'contactPreferences.confirmEmail.missing':
    'Ce lien est incomplet. Ouvrez le lien du message que nous vous avons envoyé.',
  'contactPreferences.confirmEmail.invalid':
    'Ce lien ne fonctionne plus\u00a0: il a déjà servi, une demande plus récente l’a remplacé, il a expiré ou il concerne un autre compte. Demandez un nouveau lien depuis vos paramètres.',
  'contactPreferences.confirmEmail.taken':
    'Cette adresse est déjà utilisée par un autre compte. Votre adresse de connexion n’a pas changé.',
  'contactPreferences.confirmEmail.back': 'Retour aux paramètres',

  // Contact preferences
  'contactPreferences.preferences.title': 'Vos préférences de contact',
  'contactPreferences.preferences.intro':
    'Chaque choix est enregistré dès que vous le faites. Les messages commerciaux par e-mail et par SMS sont désactivés tant que vous ne les activez pas.',
  'contactPreferences.preferences.required':
    'Ces messages sont nécessaires à votre contrat\u00a0: vous ne pouvez pas les désactiver, mais vous choisissez comment les recevoir.',
  'contactPreferences.preferences.channelLegend': 'Recevoir par',
  'contactPreferences.preferences.frequency.label': 'Fréquence',
  'contactPreferences.preferences.rollback.on':
    'Impossible de modifier «\u00a0{setting}\u00a0» pour «\u00a0{topic}\u00a0». Ce réglage est toujours activé. Réessayez.',
  'contactPreferences.preferences.rollback.off':
    'Impossible de modifier «\u00a0{setting}\u00a0» pour «\u00a0{topic}\u00a0». Ce réglage est toujours désactivé. Réessayez.',
  'contactPreferences.preferences.refused.on':
    '«\u00a0{setting}\u00a0» pour «\u00a0{topic}\u00a0» n’a pas été modifié\u00a0: {reason}. Ce réglage est toujours activé.',
  'contactPreferences.preferences.refused.off':
    '«\u00a0{setting}\u00a0» pour «\u00a0{topic}\u00a0» n’a pas été modifié\u00a0: {reason}. Ce réglage est toujours désactivé.',
  'contactPreferences.preferences.rollback.frequency':
    'Impossible de changer la fréquence de «\u00a0{topic}\u00a0». La fréquence précédente est conservée. Réessayez.',
  'contactPreferences.preferences.rollback.channel':
    'Impossible de changer le moyen de contact de «\u00a0{topic}\u00a0». Le choix précédent est conservé. Réessayez.',
  'contactPreferences.stopAll.title': 'Arrêter toute la prospection',
  'contactPreferences.stopAll.body':
    'En un clic, désactivez tous les messages commerciaux, sur tous les moyens de contact. Les messages liés à votre compte continuent.',
  'contactPreferences.stopAll.button': 'Arrêter toute la prospection',
  'contactPreferences.stopAll.pending': 'Arrêt en cours…',
  'contactPreferences.stopAll.done': 'Toute la prospection est arrêtée.',
  'contactPreferences.stopAll.undo': 'Annuler',
  'contactPreferences.stopAll.undoPending': 'Annulation…',
  'contactPreferences.stopAll.undone': 'Vos choix précédents sont rétablis.',
  'contactPreferences.stopAll.failed': 'La prospection n’a pas pu être arrêtée. Vos choix n’ont pas changé. Réessayez.',
  'contactPreferences.stopAll.undoFailed': 'L’annulation n’a pas fonctionné. Vos choix n’ont pas changé. Réessayez.',
  'contactPreferences.tailored.title': 'Offres personnalisées\u00a0: votre droit de vous opposer',
  'contactPreferences.tailored.rightToObject':
    'Vous pouvez vous opposer à tout moment, sans avoir à vous justifier, à ce que nous utilisions vos données pour vous envoyer des offres personnalisées, et au profilage qui sert à les choisir. Ce droit est absolu\u00a0: dès que vous l’exercez, nous arrêtons (RGPD, article 21, paragraphes 2 et 3).',
  'contactPreferences.tailored.switches':
    'Ci-dessous, vous choisissez seulement par quels moyens nous pouvons vous écrire. Vous opposer au traitement lui-même est un choix distinct, enregistré avec vos consentements.',
  'contactPreferences.tailored.objectLink': 'M’opposer à la prospection dans mes consentements',

  'contactPreferences.channel.email': 'E-mail',
  'contactPreferences.channel.sms': 'SMS',
  'contactPreferences.channel.phone': 'Téléphone',
  'contactPreferences.channel.post': 'Courrier',
  'contactPreferences.frequency.immediate': 'Au fil de l’eau',
  'contactPreferences.frequency.weekly': 'Résumé hebdomadaire',
  'contactPreferences.frequency.monthly': 'Résumé mensuel',

  // History
  'contactPreferences.history.title': 'Historique de vos préférences',
  'contactPreferences.history.caption': 'Modifications de vos préférences de contact, les plus récentes d’abord',
  'contactPreferences.history.empty': 'Vous n’avez encore modifié aucune préférence.',
  'contactPreferences.history.when': 'Date',
  'contactPreferences.history.what': 'Modification',
  'contactPreferences.history.source': 'Origine',
  'contactPreferences.history.action.stop-marketing': 'Arrêt de toute la prospection',
  'contactPreferences.history.action.undo': 'Annulation de l’arrêt de la prospection',
  'contactPreferences.history.undone': '(annulé)',
  'contactPreferences.history.noChange': 'Aucun réglage n’était activé',
  'contactPreferences.history.change': '{topic}, {setting}\u00a0: {value}',
  'contactPreferences.history.value.on': 'activé',
  'contactPreferences.history.value.off': 'désactivé',
  'contactPreferences.history.setting.frequency': 'fréquence',
  'contactPreferences.history.source.privacy-centre': 'Centre de confidentialité',
  'contactPreferences.history.source.unsubscribe-link': 'Lien de désinscription d’un message',
  'contactPreferences.history.source.customer-service': 'Service client',
  'contactPreferences.history.source.sign-up': 'Création du compte',

  // Validation (contract and form)
  'validation.contactDetails.email.required': 'Saisissez votre adresse e-mail',
  'validation.contactDetails.email.tooLong': 'L’adresse e-mail doit comporter 254 caractères au maximum',
  'validation.contactDetails.email.format': 'Saisissez une adresse e-mail au bon format, par exemple nom@exemple.fr',
  'validation.contactDetails.email.forbiddenCharacters':
    'L’adresse e-mail contient un caractère invisible ou de contrôle\u00a0: retapez-la',
  'validation.contactDetails.phone.format':
    'Saisissez un numéro de téléphone au bon format, par exemple 06 12 34 56 78 ou +44 7700 900123',
  'validation.contactDetails.phone.invalid':
    'Saisissez un numéro de téléphone valide, par exemple 06 12 34 56 78 ou +44 7700 900123',
  'validation.contactDetails.phone.forbiddenCharacters':
    'Le numéro de téléphone contient un caractère invisible ou de contrôle\u00a0: retapez-le',
  'validation.contactDetails.address.line1.required': 'Saisissez la première ligne de votre adresse',
  'validation.contactDetails.address.line1.tooLong': 'La ligne 1 de l’adresse doit comporter 100 caractères au maximum',
  'validation.contactDetails.address.line1.forbiddenCharacters':
    'La ligne 1 de l’adresse contient un retour à la ligne ou un caractère de contrôle\u00a0: retirez-le',
  'validation.contactDetails.address.line2.tooLong': 'La ligne 2 de l’adresse doit comporter 100 caractères au maximum',
  'validation.contactDetails.address.line2.forbiddenCharacters':
    'La ligne 2 de l’adresse contient un retour à la ligne ou un caractère de contrôle\u00a0: retirez-le',
  'validation.contactDetails.address.postcode.required': 'Saisissez votre code postal',
  'validation.contactDetails.address.postcode.tooLong': 'Le code postal doit comporter 16 caractères au maximum',
  'validation.contactDetails.address.postcode.forbiddenCharacters':
    'Le code postal contient un caractère de contrôle\u00a0: retirez-le',
  'validation.contactDetails.address.city.required': 'Saisissez votre ville',
  'validation.contactDetails.address.city.tooLong': 'La ville doit comporter 60 caractères au maximum',
  'validation.contactDetails.address.city.forbiddenCharacters':
    'La ville contient un retour à la ligne ou un caractère de contrôle\u00a0: retirez-le',
  'validation.contactDetails.address.country.required': 'Choisissez votre pays',
  'validation.contactDetails.language.required': 'Choisissez la langue de nos messages',
  'validation.contactDetails.confirmation.token.required': 'Ce lien est incomplet',
  'validation.contactDetails.confirmation.token.invalid': 'Ce lien ne fonctionne plus',
  'validation.contactPreferences.channel.unavailable': 'Ce moyen de contact n’est pas proposé pour ce sujet',
  'validation.contactPreferences.channels.exactlyOne': 'Choisissez un seul moyen de contact pour ces messages',
  'validation.contactPreferences.frequency.unavailable': 'Cette fréquence n’est pas proposée pour ce sujet',
  'validation.contactPreferences.channel.phoneNeeded':
    'Pour recevoir des SMS ou des appels, ajoutez d’abord un numéro de téléphone à vos coordonnées',
} as const satisfies Record<string, Message>
