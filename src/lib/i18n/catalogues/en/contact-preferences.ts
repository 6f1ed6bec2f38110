import type { Message } from '../../message'

/** English texts of features/contact-preferences; the keys mirror fr/contact-preferences.ts. */
export const contactPreferences = {
  'contactPreferences.nav': 'Settings',
  'contactPreferences.page.title': 'Settings',
  'contactPreferences.page.intro':
    'Choose how we contact you: your contact details, then, for each topic, by which means and how often.',

  // Contact details
  'contactPreferences.details.title': 'Your contact details',
  'contactPreferences.details.email.label': 'Email address',
  'contactPreferences.details.email.hint':
    'It is also the address you sign in with. To change it, we will ask for your password, then for you to confirm the new address.',
  'contactPreferences.details.phone.label': 'Phone number',
  'contactPreferences.details.phone.hint':
    'For text messages and calls, if you choose them. For a number outside France and the UK, start with the country code, for example +32.',
  'contactPreferences.details.address.legend': 'Postal address',
  'contactPreferences.details.address.line1': 'Address line 1',
  'contactPreferences.details.address.line2': 'Address line 2',
  'contactPreferences.details.address.postcode': 'Postcode',
  'contactPreferences.details.address.city': 'Town or city',
  'contactPreferences.details.address.country': 'Country',
  'contactPreferences.details.language.label': 'Language of our messages',
  'contactPreferences.details.language.fr': 'French',
  'contactPreferences.details.language.en': 'English',
  'contactPreferences.details.submit': 'Save my contact details',
  'contactPreferences.details.pending': 'Saving…',
  'contactPreferences.details.saved': 'Your contact details are saved.',
  'contactPreferences.details.savedEmailPending':
    'Your contact details are saved. We sent a link to {email}: open it to confirm your new address.',
  'contactPreferences.details.pendingEmail.title': 'New address waiting for confirmation',
  'contactPreferences.details.pendingEmail.body':
    'We sent a link to {email}. Until you open it, you still sign in with {current}. The link works for 24 hours.',
  'contactPreferences.details.problem.reauthCancelled':
    'Your email address was not changed, because you did not confirm it is you. What you typed is kept.',
  'contactPreferences.details.conflict.title': 'These details were changed elsewhere',
  'contactPreferences.details.conflict.body':
    'Someone, perhaps you in another window, changed your contact details since you opened this page. Nothing was saved. Reload the current details: your changes stay in the form.',
  'contactPreferences.details.conflict.reload': 'Reload and keep my changes',
  'contactPreferences.details.conflict.reloading': 'Reloading…',
  'contactPreferences.details.conflict.reloaded.title': 'Current details reloaded',
  'contactPreferences.details.conflict.reloaded.body':
    'Your changes are still in the form. Check them against the values saved elsewhere, then save.',
  'contactPreferences.details.conflict.current': '{field} saved elsewhere: {value}',
  'contactPreferences.details.conflict.none': 'none',
  'contactPreferences.details.conflict.reloadFailed':
    'We could not reload your contact details. Check your connection, then try again.',
  'contactPreferences.leave.title': 'Leave without saving?',
  'contactPreferences.leave.body':
    'You changed your contact details without saving them. If you leave this page, these changes will be lost.',
  'contactPreferences.leave.confirm': 'Leave without saving',
  'contactPreferences.leave.cancel': 'Stay on this page',

  // Confirming a new email
  'contactPreferences.confirmEmail.title': 'Confirm your new email address',
  'contactPreferences.confirmEmail.intro':
    'You asked to sign in with a new email address. Confirm it so that it replaces the current one.',
  'contactPreferences.confirmEmail.submit': 'Confirm my new address',
  'contactPreferences.confirmEmail.pending': 'Confirming…',
  'contactPreferences.confirmEmail.done.title': 'Email address confirmed',
  'contactPreferences.confirmEmail.done.body': 'You now sign in with {email}. We have told your old address.',
  'contactPreferences.confirmEmail.missing': 'This link is incomplete. Open the link in the message we sent you.',
  'contactPreferences.confirmEmail.invalid':
    'This link no longer works: it was already used, a newer request replaced it, it expired or it belongs to another account. Ask for a new link from your settings.',
  'contactPreferences.confirmEmail.taken':
    'This address is already used by another account. Your sign-in address has not changed.',
  'contactPreferences.confirmEmail.back': 'Back to settings',

  // Contact preferences
  'contactPreferences.preferences.title': 'Your contact preferences',
  'contactPreferences.preferences.intro':
    'Each choice is saved as soon as you make it. Marketing by email and text message stays off until you switch it on.',
  'contactPreferences.preferences.required':
    'These messages are part of your contract: you cannot switch them off, but you choose how you receive them.',
  'contactPreferences.preferences.channelLegend': 'Receive by',
  'contactPreferences.preferences.frequency.label': 'How often',
  'contactPreferences.preferences.rollback.on':
    'Could not change “{setting}” for “{topic}”. It is still on. Try again.',
  'contactPreferences.preferences.rollback.off':
    'Could not change “{setting}” for “{topic}”. It is still off. Try again.',
  'contactPreferences.preferences.refused.on': '“{setting}” for “{topic}” was not changed: {reason}. It is still on.',
  'contactPreferences.preferences.refused.off': '“{setting}” for “{topic}” was not changed: {reason}. It is still off.',
  'contactPreferences.preferences.rollback.frequency':
    'Could not change how often we write about “{topic}”. The previous choice is kept. Try again.',
  'contactPreferences.preferences.rollback.channel':
    'Could not change how you receive “{topic}”. The previous choice is kept. Try again.',
  'contactPreferences.stopAll.title': 'Stop all marketing',
  'contactPreferences.stopAll.body':
    'In one click, switch off every marketing message, on every channel. Messages about your account continue.',
  'contactPreferences.stopAll.button': 'Stop all marketing',
  'contactPreferences.stopAll.pending': 'Stopping…',
  'contactPreferences.stopAll.done': 'All marketing is stopped.',
  'contactPreferences.stopAll.undo': 'Undo',
  'contactPreferences.stopAll.undoPending': 'Undoing…',
  'contactPreferences.stopAll.undone': 'Your previous choices are back.',
  'contactPreferences.stopAll.failed': 'Marketing could not be stopped. Your choices have not changed. Try again.',
  'contactPreferences.stopAll.undoFailed': 'Undo did not work. Your choices have not changed. Try again.',
  'contactPreferences.tailored.title': 'Tailored offers: your right to object',
  'contactPreferences.tailored.rightToObject':
    'You can object at any time, without giving a reason, to our using your data to send you tailored offers, and to the profiling used to choose them. This right is absolute: as soon as you use it, we stop (GDPR, Article 21(2) and (3)).',
  'contactPreferences.tailored.switches':
    'Below, you only choose by which means we may write to you. Objecting to the processing itself is a separate choice, recorded with your consents.',
  'contactPreferences.tailored.objectLink': 'Object to direct marketing in my consents',

  'contactPreferences.channel.email': 'Email',
  'contactPreferences.channel.sms': 'Text message',
  'contactPreferences.channel.phone': 'Phone',
  'contactPreferences.channel.post': 'Post',
  'contactPreferences.frequency.immediate': 'As it happens',
  'contactPreferences.frequency.weekly': 'Weekly digest',
  'contactPreferences.frequency.monthly': 'Monthly digest',

  // History
  'contactPreferences.history.title': 'History of your preferences',
  'contactPreferences.history.caption': 'Changes to your contact preferences, newest first',
  'contactPreferences.history.empty': 'You have not changed any preference yet.',
  'contactPreferences.history.when': 'Date',
  'contactPreferences.history.what': 'Change',
  'contactPreferences.history.source': 'From',
  'contactPreferences.history.action.stop-marketing': 'All marketing stopped',
  'contactPreferences.history.action.undo': 'Stopping all marketing undone',
  'contactPreferences.history.undone': '(undone)',
  'contactPreferences.history.noChange': 'Nothing was switched on',
  'contactPreferences.history.change': '{topic}, {setting}: {value}',
  'contactPreferences.history.value.on': 'on',
  'contactPreferences.history.value.off': 'off',
  'contactPreferences.history.setting.frequency': 'how often',
  'contactPreferences.history.source.privacy-centre': 'Privacy centre',
  'contactPreferences.history.source.unsubscribe-link': 'Unsubscribe link in a message',
  'contactPreferences.history.source.customer-service': 'Customer service',
  'contactPreferences.history.source.sign-up': 'Account creation',

  // Validation (contract and form)
  'validation.contactDetails.email.required': 'Enter your email address',
  'validation.contactDetails.email.tooLong': 'Email address must be 254 characters or fewer',
  'validation.contactDetails.email.format': 'Enter an email address in the correct format, like name@example.com',
  'validation.contactDetails.email.forbiddenCharacters':
    'Email address contains an invisible or control character: type it again',
  'validation.contactDetails.phone.format':
    'Enter a phone number in the correct format, like 06 12 34 56 78 or +44 7700 900123',
  'validation.contactDetails.phone.invalid': 'Enter a valid phone number, like 06 12 34 56 78 or +44 7700 900123',
  'validation.contactDetails.phone.forbiddenCharacters':
    'Phone number contains an invisible or control character: type it again',
  'validation.contactDetails.address.line1.required': 'Enter the first line of your address',
  'validation.contactDetails.address.line1.tooLong': 'Address line 1 must be 100 characters or fewer',
  'validation.contactDetails.address.line1.forbiddenCharacters':
    'Address line 1 contains a line break or control character: remove it',
  'validation.contactDetails.address.line2.tooLong': 'Address line 2 must be 100 characters or fewer',
  'validation.contactDetails.address.line2.forbiddenCharacters':
    'Address line 2 contains a line break or control character: remove it',
  'validation.contactDetails.address.postcode.required': 'Enter your postcode',
  'validation.contactDetails.address.postcode.tooLong': 'Postcode must be 16 characters or fewer',
  'validation.contactDetails.address.postcode.forbiddenCharacters': 'Postcode contains a control character: remove it',
  'validation.contactDetails.address.city.required': 'Enter your town or city',
  'validation.contactDetails.address.city.tooLong': 'Town or city must be 60 characters or fewer',
  'validation.contactDetails.address.city.forbiddenCharacters':
    'Town or city contains a line break or control character: remove it',
  'validation.contactDetails.address.country.required': 'Select your country',
  'validation.contactDetails.language.required': 'Select the language of our messages',
  'validation.contactDetails.confirmation.token.required': 'This link is incomplete',
  'validation.contactDetails.confirmation.token.invalid': 'This link no longer works',
  'validation.contactPreferences.channel.unavailable': 'This channel is not offered for this topic',
  'validation.contactPreferences.channels.exactlyOne': 'Choose one channel for these messages',
  'validation.contactPreferences.frequency.unavailable': 'This frequency is not offered for this topic',
  'validation.contactPreferences.channel.phoneNeeded':
    'To get text messages or calls, first add a phone number to your contact details',
} as const satisfies Record<string, Message>
