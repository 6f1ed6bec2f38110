import type { Message } from '../../message'

/** "Contact the privacy team" and its contract's validation texts; the keys mirror fr/privacy-messages.ts. */
export const privacyMessages = {
  /** The main navigation's link to /contact. */
  'privacyMessages.nav': 'Contact the privacy team',
  'privacyMessages.page.title': 'Contact the privacy team',
  'privacyMessages.intro':
    'Write to Dialogra’s data protection team if you have a question about your personal data, your rights or how we use your data.',
  'privacyMessages.intro.answerTime': 'We answer within 30 days of receiving your message.',

  'privacyMessages.form.topic.legend': 'What is your message about?',
  'privacyMessages.topic.my-data': 'My data',
  'privacyMessages.topic.my-data.hint': 'What data we hold about you, where it comes from, how long we keep it',
  'privacyMessages.topic.rights': 'My rights',
  'privacyMessages.topic.rights.hint':
    'Getting a copy of your data, having it corrected or erased, objecting to its use, taking it elsewhere',
  'privacyMessages.topic.consents': 'My consents',
  'privacyMessages.topic.consents.hint': 'The uses of your data you have agreed to or refused',
  'privacyMessages.topic.other': 'Something else',
  'privacyMessages.form.message.label': 'Your message',
  'privacyMessages.form.message.hint': 'Do not include your password or bank details. We will never ask you for them.',
  'privacyMessages.form.submit': 'Send message',
  'privacyMessages.form.pending': 'Sending message…',

  'privacyMessages.offline.banner':
    'You’re offline. You can keep writing: your message will be kept, and you can send it once you’re back online.',
  'privacyMessages.problem.offline':
    'Your message hasn’t been sent because you’re offline. What you wrote has been kept. Reconnect to the internet, then send it again.',
  'privacyMessages.problem.server':
    'Your message was not sent because there is a problem with the service. What you wrote has been kept. Try again in a few moments.',
  'privacyMessages.problem.network':
    'We couldn’t connect. Your message was not sent. Check your connection and try again. What you wrote has been kept.',
  'privacyMessages.problem.timeout':
    'The service took too long to respond, and we do not know whether your message arrived. Try again: if it did arrive, it will not be sent twice.',
  'privacyMessages.problem.rateLimited':
    'Your message was not sent because too many messages were sent in a short time. What you wrote has been kept.',
  'privacyMessages.problem.rateLimited.retryAt': 'You can try again from {time}.',
  'privacyMessages.problem.rateLimited.retryLater': 'Wait a few minutes, then try again.',
  'privacyMessages.problem.csrf':
    'Your message was not sent because we could not check that it came from you. What you wrote has been kept. Try again.',
  'privacyMessages.problem.signInCancelled':
    'Your message was not sent because you did not sign in again. What you wrote has been kept. Send it again to sign in.',

  'privacyMessages.confirmation.title': 'Message sent',
  'privacyMessages.confirmation.referenceLabel': 'Your reference',
  'privacyMessages.confirmation.announcement': 'Message sent. Your reference is {reference}.',
  'privacyMessages.confirmation.summary.topic': 'Topic',
  'privacyMessages.confirmation.summary.receivedAt': 'Received on',
  'privacyMessages.confirmation.summary.answerDueBy': 'Answer by',
  'privacyMessages.confirmation.emailSent': 'We have sent a confirmation to {email}.',
  'privacyMessages.confirmation.emailSent.accountAddress':
    'We have sent a confirmation to your account’s email address.',
  'privacyMessages.confirmation.nextSteps.title': 'What happens next',
  'privacyMessages.confirmation.nextSteps.answer':
    'The privacy team will answer by {date}, within 30 days of receiving your message.',
  'privacyMessages.confirmation.nextSteps.delay':
    'If we need more time, we will tell you why and the date by which you can expect our answer.',
  'privacyMessages.confirmation.nextSteps.reference':
    'If you write to us again about this message, quote the reference {reference}.',
  'privacyMessages.confirmation.writeAnother': 'Write another message',
  'privacyMessages.confirmation.backToOverview': 'Go back to the overview',

  'validation.privacyMessage.topic.required': 'Select what your message is about',
  'validation.privacyMessage.message.required': 'Enter your message',
  'validation.privacyMessage.message.tooLong': 'Your message must be 2,000 characters or fewer',
  'validation.privacyMessage.message.forbiddenCharacters':
    'Your message contains characters that are not allowed: remove invisible control or formatting characters, for example by retyping text you pasted',
} as const satisfies Record<string, Message>
