import type { Message } from '../../message'

/** English texts of features/consents; the keys mirror fr/consents.ts. */
export const consents = {
  'consents.nav': 'Consents',

  'consents.page.title': 'Your consents',
  'consents.page.intro':
    'Some uses of your data depend only on your agreement. Each one is a separate choice, and nothing is ticked in advance. You can withdraw a consent at any time, in one step, as easily as you gave it, and give it again the same way.',
  'consents.page.lawful':
    'Withdrawing applies from now on: what we did with your agreement before you withdrew it remains lawful (GDPR Article 7(3)). Withdrawing a consent changes nothing about your account or our services.',
  'consents.page.loading': 'Loading your consents…',

  'consents.list.title': 'Your choices',
  'consents.consent.ifWithdrawn': 'If you withdraw it:',
  'consents.consent.wording': 'Text shown to you (privacy policy version {version})',
  'consents.consent.saving': 'Saving…',
  'consents.consent.notGiven': 'Never given.',
  'consents.consent.event.given': 'Given on {date}, {channel}, under policy version {version}.',
  'consents.consent.event.renewed': 'Renewed on {date}, {channel}, under policy version {version}.',
  'consents.consent.event.withdrawn': 'Withdrawn on {date}, {channel}, under policy version {version}.',
  'consents.consent.saved.given': 'Consent given: {purpose}.',
  'consents.consent.saved.withdrawn':
    'Consent withdrawn: {purpose}. What was done before you withdrew it remains lawful.',
  'consents.consent.error.stillGiven': 'Your choice could not be saved: “{purpose}” is still given. Try again.',
  'consents.consent.error.stillNotGiven': 'Your choice could not be saved: “{purpose}” is still not given. Try again.',

  'consents.channel.privacy-centre': 'in this privacy centre',
  'consents.channel.sign-up': 'when you signed up',
  'consents.channel.cookie-banner': 'in the cookie banner',
  'consents.channel.rights-request': 'through a rights request',
  'consents.channelName.privacy-centre': 'Privacy centre',
  'consents.channelName.sign-up': 'Sign-up',
  'consents.channelName.cookie-banner': 'Cookie banner',
  'consents.channelName.rights-request': 'Rights request',
  'consents.action.given': 'Given',
  'consents.action.withdrawn': 'Withdrawn',
  'consents.action.renewed': 'Renewed',

  'consents.withdrawAll.button': 'Withdraw all my consents',
  'consents.withdrawAll.hint': 'One click withdraws every consent above. You can give any of them again at any time.',
  'consents.withdrawAll.noneGiven': 'No consent is given at the moment.',
  'consents.withdrawAll.done': 'All your consents are withdrawn. What was done before remains lawful.',
  'consents.withdrawAll.error': 'Your consents could not be withdrawn: nothing has changed. Try again.',

  'consents.objection.title': 'Your right to object to direct marketing',
  'consents.objection.intro':
    'Dialogra shows you offers and advertising chosen from your interests. It does so on the grounds of its legitimate interest, without asking for your consent. You can object at any time, without giving a reason: we then stop, with no exceptions (GDPR Article 21).',
  'consents.objection.label': 'I object to direct marketing, including profiling for tailored advertising',
  'consents.objection.effect':
    'While you object, you receive no marketing offers and your data is no longer used to choose the advertising you see. Your account and our services stay the same.',
  'consents.objection.none': 'No objection recorded.',
  'consents.objection.event.objected': 'Objection recorded on {date}, {channel}.',
  'consents.objection.event.objection-lifted': 'Objection lifted on {date}, {channel}.',
  'consents.objection.saved.on': 'Your objection to direct marketing is recorded.',
  'consents.objection.saved.off': 'Your objection to direct marketing is lifted.',
  'consents.objection.error.stillObjecting':
    'Your choice could not be saved: your objection is still in place. Try again.',
  'consents.objection.error.stillNotObjecting':
    'Your choice could not be saved: you still do not object to direct marketing. Try again.',
  'consents.objection.history': 'History of your objection',
  'consents.objection.loading': 'Loading your objection…',

  'consents.ledger.title': 'History of your consents',
  'consents.ledger.intro':
    'Every choice is kept with the exact text you were shown and the policy version in force at the time. For each one, you can view, print and download a receipt.',
  'consents.ledger.filter': 'Show the events of',
  'consents.ledger.filter.all': 'All consents',
  'consents.ledger.caption': { one: '{count} event', other: '{count} events' },
  'consents.ledger.column.date': 'Date',
  'consents.ledger.column.purpose': 'Consent',
  'consents.ledger.column.action': 'Choice',
  'consents.ledger.column.channel': 'Where',
  'consents.ledger.column.version': 'Policy version',
  'consents.ledger.column.wording': 'Text shown',
  'consents.ledger.column.receipt': 'Receipt',
  'consents.ledger.showWording': 'Read the text',
  'consents.ledger.receipt': 'Receipt',
  'consents.ledger.receiptLabel': 'Receipt: {action}, {purpose}, {date}',
  'consents.ledger.empty.title': 'No choice recorded',
  'consents.ledger.empty.body': 'You have not given or withdrawn any consent yet.',
  'consents.ledger.loading': 'Loading the history…',

  'consents.receipt.title': 'Consent receipt',
  'consents.receipt.intro':
    'This receipt repeats the record Dialogra keeps of your choice. You can print it or download it as JSON (ISO/IEC TS 27560).',
  'consents.receipt.loading': 'Loading the receipt…',
  'consents.receipt.eventId': 'Receipt number',
  'consents.receipt.recordId': 'Consent record',
  'consents.receipt.principalId': 'Your identifier',
  'consents.receipt.purpose': 'Consent',
  'consents.receipt.purposeDescription': 'What it means',
  'consents.receipt.action': 'Your choice',
  'consents.receipt.occurredAt': 'Date and time',
  'consents.receipt.channel': 'Where',
  'consents.receipt.policyVersion': 'Privacy policy version',
  'consents.receipt.wording': 'Text you were shown',
  'consents.receipt.controller': 'Controller',
  'consents.receipt.legalBasis': 'Legal basis',
  'consents.receipt.legalBasis.consent': 'Your consent (GDPR Article 6(1)(a))',
  'consents.receipt.dataCategories': 'Data concerned',
  'consents.receipt.download': 'Download the receipt (JSON)',
  'consents.receipt.downloaded': 'The receipt {fileName} has been downloaded.',
  'consents.receipt.print': 'Print the receipt',
  'consents.receipt.back': 'Back to your consents',
  'consents.receipt.notFound.title': 'This receipt cannot be found',
  'consents.receipt.notFound.body':
    'It does not exist or does not concern your account. Find your receipts in the history of your consents.',

  'consents.dataCategory.account': 'Account information',
  'consents.dataCategory.user-data': 'Usage data',
  'consents.dataCategory.customer-service': 'Customer service',
  'consents.dataCategory.transactions': 'Transactions',
  'consents.dataCategory.connection-data': 'Connection data (IP address)',
  'consents.dataCategory.cookies': 'Cookies and similar technologies',
  'consents.dataCategory.ad-reactions': 'Reactions to ads and campaigns',
  'consents.dataCategory.third-party-data': 'Data received from third parties',

  'consents.summary.title': 'Your consents',
  'consents.summary.count': {
    one: '{count} consent given out of {total}',
    other: '{count} consents given out of {total}',
  },
  'consents.summary.lastChange': 'Last change on {date}: {purpose} ({action}).',
  'consents.summary.noChange': 'You have not made any choice yet.',
  'consents.summary.link': 'Manage your consents',

  'validation.consents.isGiven.required': 'Say whether you give or withdraw this consent',
  'validation.consents.isObjecting.required': 'Say whether you object to direct marketing',
} as const satisfies Record<string, Message>
