import type { Message } from '../../message'

/** English texts of features/rights-requests; the keys mirror fr/rights-requests.ts. */
export const rightsRequests = {
  'rightsRequests.nav': 'My requests',
  'rightsRequests.loading': 'Loading your requests…',

  'rightsRequests.kind.access': 'See my data',
  'rightsRequests.kind.rectification': 'Have my data corrected',
  'rightsRequests.kind.erasure': 'Have my data erased',
  'rightsRequests.kind.restriction': 'Restrict the use of my data',
  'rightsRequests.kind.objection': 'Object to a use of my data',
  'rightsRequests.kind.portability': 'Get my data in a file',
  'rightsRequests.kind.access.description':
    'Get a copy of all the data Dialogra holds about you, or of the parts you choose, with what we do with it. It is free.',
  'rightsRequests.kind.rectification.description':
    'Ask us to correct information that is wrong, or complete it with a statement.',
  'rightsRequests.kind.erasure.description':
    'Ask us to delete your account, or some of your data, except what the law requires us to keep.',
  'rightsRequests.kind.restriction.description':
    'Ask us to keep your data without using it, for example while we check that it is accurate.',
  'rightsRequests.kind.objection.description':
    'Ask us to stop a use of your data based on our legitimate interest, such as tailored advertising.',
  'rightsRequests.kind.portability.description':
    'Get the data you gave us in a machine-readable file, to reuse it elsewhere.',

  'rightsRequests.status.received': 'Received',
  'rightsRequests.status.in-progress': 'In progress',
  'rightsRequests.status.extended': 'Extended',
  'rightsRequests.status.completed': 'Completed',
  'rightsRequests.status.refused': 'Refused',
  'rightsRequests.status.cancelled': 'Cancelled',
  'rightsRequests.status.overdue': 'Overdue',

  'rightsRequests.event.received': 'Request received',
  'rightsRequests.event.identity-confirmed': 'Identity confirmed by your sign-in',
  'rightsRequests.event.in-progress': 'Work started',
  'rightsRequests.event.extended': 'Time to answer extended',
  'rightsRequests.event.completed': 'Request completed',
  'rightsRequests.event.refused': 'Request refused',
  'rightsRequests.event.cancelled': 'Request cancelled at your request',

  'rightsRequests.category.account': 'Account information',
  'rightsRequests.category.user-data': 'Usage data',
  'rightsRequests.category.customer-service': 'Exchanges with customer service',
  'rightsRequests.category.transactions': 'Transaction data',
  'rightsRequests.category.connection-data': 'Connection data (IP address)',
  'rightsRequests.category.cookies': 'Cookies and similar technologies',
  'rightsRequests.category.ad-reactions': 'Reactions to ads and campaigns',
  'rightsRequests.category.third-party-data': 'Data received from third parties',

  'rightsRequests.purpose.group-administration': 'Sharing with other Dialogra products for administration',
  'rightsRequests.purpose.security': 'Using the IP address against malicious use',
  'rightsRequests.purpose.merger-or-acquisition': 'Disclosure in a merger or acquisition',
  'rightsRequests.purpose.tailored-advertising': 'Tailored offers and advertising (direct marketing)',
  'rightsRequests.purpose.analytics': 'Analytics and statistics',
  'rightsRequests.purpose.legal-claims': 'Establishing, exercising or defending legal claims',
  'rightsRequests.purpose.service-quality-training': 'Recordings for customer service training',

  'rightsRequests.ground.accuracy-contested': 'I dispute that my data is accurate',
  'rightsRequests.ground.unlawful-keep': 'My data is used unlawfully, but I want you to keep it rather than erase it',
  'rightsRequests.ground.legal-claim': 'I need it for a legal claim',
  'rightsRequests.ground.objection-pending': 'I objected to its use and am waiting for your answer',

  'rightsRequests.keptFor.legal-obligations': 'a legal obligation',
  'rightsRequests.keptFor.legal-claims': 'defending our rights in case of a dispute',

  'rightsRequests.choose.title': 'Make a request',
  'rightsRequests.choose.intro':
    'Choose the right you want to exercise. You do not have to give reasons, except to object to a use based on our legitimate interest. We answer within one month.',

  'rightsRequests.flow.chooseAnother': 'Choose another right',
  'rightsRequests.form.continue': 'Continue',
  'rightsRequests.form.categories.hint': 'Select all the categories concerned.',

  'rightsRequests.access.free': 'The copy of your data is free.',
  'rightsRequests.access.scope.legend': 'Which data do you want to receive?',
  'rightsRequests.access.scope.all': 'All my data',
  'rightsRequests.access.scope.categories': 'Some categories only',
  'rightsRequests.access.categories.legend': 'Which categories?',

  'rightsRequests.erasure.scope.legend': 'What do you want erased?',
  'rightsRequests.erasure.scope.all': 'My account and all my data',
  'rightsRequests.erasure.scope.categories': 'Some categories of data only',
  'rightsRequests.erasure.categories.legend': 'Which categories?',
  'rightsRequests.erasure.scope.items': 'Only the items chosen in My data',
  'rightsRequests.erasure.items.legend': 'Items to erase',
  'rightsRequests.erasure.items.hint':
    'To add one, open the item in My data and choose “Ask for this item to be erased”.',
  'rightsRequests.erasure.items.none': 'No item chosen.',
  'rightsRequests.erasure.item.label': '{category}: {kind} of {date}',
  'rightsRequests.erasure.item.unknown': '{category}: item not found',
  'rightsRequests.erasure.item.remove': 'Remove',
  'rightsRequests.erasure.item.removed': 'Item removed: {label}',
  'validation.rightsRequest.items.required': 'Choose at least one item, or erase categories or the whole account',
  'validation.rightsRequest.items.tooMany': 'You can choose 50 items at most; beyond that, choose categories',
  'validation.rightsRequest.items.unknown': 'One of the items chosen is not part of your data: remove it',
  'rightsRequests.erasure.reason.label': 'Why are you asking for erasure?',
  'rightsRequests.erasure.reason.hint': 'You do not have to answer.',
  'rightsRequests.erasure.preview.title': 'What will happen',
  'rightsRequests.erasure.preview.cancel': 'You can cancel your request until we start working on it.',
  'rightsRequests.erasure.deleted.future': 'What will be erased',
  'rightsRequests.erasure.deleted.past': 'What was erased',
  'rightsRequests.erasure.deleted.none': 'Nothing: all the data chosen must be kept.',
  'rightsRequests.erasure.kept.future': 'What will be kept, why and until when',
  'rightsRequests.erasure.kept.past': 'What was kept, why and until when',
  'rightsRequests.erasure.kept.none': 'Nothing: none of this data needs to be kept.',
  'rightsRequests.erasure.kept.why': 'Why: {reason}.',
  'rightsRequests.erasure.kept.how': 'How long: {rule}.',
  'rightsRequests.erasure.kept.until': 'Erased by {date} at the latest.',
  'rightsRequests.erasure.closesAccount.future':
    'Your account will be closed: you will no longer be able to sign in or use Dialogra’s services.',
  'rightsRequests.erasure.closesAccount.past': 'Your account was closed.',

  'rightsRequests.restriction.ground.legend': 'Why are you asking for restriction?',
  'rightsRequests.restriction.scope.legend': 'Which data is concerned?',
  'rightsRequests.restriction.scope.all': 'All my data',
  'rightsRequests.restriction.scope.categories': 'Some categories only',
  'rightsRequests.restriction.categories.legend': 'Which categories?',
  'rightsRequests.restriction.details.label': 'Details',

  'rightsRequests.objection.purpose.legend': 'Which use of your data do you object to?',
  'rightsRequests.objection.purpose.hint':
    'These are the uses based on Dialogra’s legitimate interest, from our record of processing.',
  'rightsRequests.objection.grounds.label': 'What in your situation justifies your objection?',
  'rightsRequests.objection.grounds.hint':
    'We will stop this use unless we have compelling legitimate grounds to continue it.',
  'rightsRequests.objection.directMarketing.title': 'No reason is needed',
  'rightsRequests.objection.directMarketing.body':
    'You can always refuse direct marketing. Your objection takes effect as soon as you send your request.',

  'rightsRequests.rectification.item.legend': 'Which information is wrong?',
  'rightsRequests.rectification.item.name': 'Your name',
  'rightsRequests.rectification.item.current': 'Currently: {value}',
  'rightsRequests.rectification.correctValue.label': 'What is the correct value?',
  'rightsRequests.rectification.statement.label': 'Supplementary statement',
  'rightsRequests.rectification.statement.hint':
    'To complete information that is incomplete, explain what we should add.',

  'rightsRequests.rectification.nothing.title': 'Nothing to correct here',
  'rightsRequests.rectification.nothing.body':
    'The information in this item is not text you can correct yourself. Write to the privacy team to tell us about a mistake.',
  'rightsRequests.portability.what':
    'You will get the data you gave us or that your use produced (account, usage, transactions) in a JSON file, a structured, machine-readable format.',
  'rightsRequests.portability.how':
    'Your request is recorded and then handled by our team; the file will be ready to download on the request’s page.',

  'rightsRequests.check.title': 'Check your request',
  'rightsRequests.check.kind': 'Right',
  'rightsRequests.check.scope': 'Data concerned',
  'rightsRequests.check.scope.all': 'All my data',
  'rightsRequests.check.ground': 'Ground',
  'rightsRequests.check.purpose': 'Use concerned',
  'rightsRequests.check.grounds': 'Your situation',
  'rightsRequests.check.grounds.notNeeded': 'Not asked for direct marketing',
  'rightsRequests.check.item': 'Information to correct',
  'rightsRequests.check.statement': 'Supplementary statement',
  'rightsRequests.check.format': 'Format',
  'rightsRequests.check.format.json': 'JSON file',
  'rightsRequests.check.notGiven': 'Not given',
  'rightsRequests.check.change': 'Change',
  'rightsRequests.check.fixAnswers': 'Change your answers',
  'rightsRequests.check.declaration':
    'By sending this request, you confirm that this information is correct. You will get an acknowledgement.',
  'rightsRequests.check.erasure.reauth': 'To protect your data, we may ask you for your password again.',
  'rightsRequests.check.submit': 'Send the request',
  'rightsRequests.check.submit.erasure': 'Ask for my data to be erased',
  'rightsRequests.check.pending': 'Sending the request…',
  'rightsRequests.check.noDraft.title': 'Your answers are no longer available',
  'rightsRequests.check.noDraft.body':
    'To protect your data, your answers are kept only in this tab, until the page is reloaded.',
  'rightsRequests.check.noDraft.start': 'Start the request again',

  'rightsRequests.problem.server':
    'Your request was not sent because the service has a problem. Your answers are kept. Try again in a few moments.',
  'rightsRequests.problem.network':
    'We could not connect. Your request was not sent. Check your connection, then try again.',
  'rightsRequests.problem.timeout':
    'The service took too long to answer. Try again: your request will not be recorded twice.',
  'rightsRequests.problem.offline': 'Your request was not sent because you are offline. Your answers are kept.',
  'rightsRequests.problem.rateLimited':
    'Your request was not sent because too many requests were sent in a short time. Try again later.',
  'rightsRequests.problem.csrf':
    'Your request was not sent because we could not check that it came from you. Try again.',
  'rightsRequests.problem.signInCancelled':
    'Your request was not sent because you did not sign in again. Your answers are kept.',

  'rightsRequests.confirmation.title': 'Request sent',
  'rightsRequests.confirmation.received': 'Request received',
  'rightsRequests.confirmation.done': 'Request received and already applied',
  'rightsRequests.confirmation.referenceLabel': 'Your reference',
  'rightsRequests.confirmation.announcement': 'Request sent. Your reference is {reference}.',
  'rightsRequests.confirmation.emailSent': 'We have sent an acknowledgement to {email}.',
  'rightsRequests.confirmation.emailSent.accountAddress': 'We have sent an acknowledgement to your account’s address.',
  'rightsRequests.confirmation.next.title': 'What happens next',
  'rightsRequests.confirmation.next.answer': 'We will answer by {date} at the latest.',
  'rightsRequests.confirmation.next.extension':
    'If your request is complex, we can extend this by two months at most. We will tell you before that date, with the reason and the new date.',
  'rightsRequests.confirmation.next.cancel': 'You can follow your request, and cancel it until we start working on it.',
  'rightsRequests.confirmation.next.done': 'Your request took effect at once. You do not need to do anything else.',
  'rightsRequests.confirmation.follow': 'Follow this request',

  'rightsRequests.list.title': 'My requests',
  'rightsRequests.list.caption': 'Your requests, newest first',
  'rightsRequests.list.new': 'Make a request',
  'rightsRequests.list.empty.title': 'You have not made any requests',
  'rightsRequests.list.empty.body': 'You can see your data, have it corrected or erased, or object to its use.',
  'rightsRequests.list.kind': 'Request',
  'rightsRequests.list.reference': 'Reference',
  'rightsRequests.list.received': 'Received',
  'rightsRequests.list.status': 'Status',
  'rightsRequests.list.due': 'Answer due',
  'rightsRequests.list.left': 'Days left',
  'rightsRequests.list.answered': 'Answered',
  'rightsRequests.list.daysLeft': { one: '{count} day', other: '{count} days' },
  'rightsRequests.list.overdue': { one: '{count} day overdue', other: '{count} days overdue' },

  'rightsRequests.detail.title': 'Request: {kind}',
  'rightsRequests.detail.titleLoading': 'Your request',
  'rightsRequests.detail.reference': 'Reference',
  'rightsRequests.detail.status': 'Status',
  'rightsRequests.detail.receivedAt': 'Received',
  'rightsRequests.detail.dueDate': 'Answer due',
  'rightsRequests.detail.categories': 'Data concerned',
  'rightsRequests.detail.records': 'Items concerned',
  'rightsRequests.detail.timeline': 'History',
  'rightsRequests.detail.newDueDate': 'New answer date: {date}.',
  'rightsRequests.detail.extensionReason': 'Reason:',
  'rightsRequests.detail.refusalReasons': 'Reasons:',
  'rightsRequests.detail.messages': 'Messages from the privacy team',
  'rightsRequests.detail.messages.none': 'No messages yet.',
  'rightsRequests.detail.messages.from': 'Dialogra privacy team',
  'rightsRequests.detail.backToList': 'Back to my requests',

  'rightsRequests.clock.title': 'Time to answer',
  'rightsRequests.clock.used': { one: '{count} day used.', other: '{count} days used.' },
  'rightsRequests.clock.left': { one: '{count} day left.', other: '{count} days left.' },
  'rightsRequests.clock.dueOn': 'Answer due by {date} at the latest.',
  'rightsRequests.clock.overdue': {
    one: 'This request is {count} day overdue.',
    other: 'This request is {count} days overdue.',
  },
  'rightsRequests.clock.dueWas': 'We should have answered by {date} at the latest.',
  'rightsRequests.clock.extended':
    'The original time limit, {initial}, was extended to {date}. The reason is in the history.',
  'rightsRequests.clock.overdue.what':
    'We have not answered within the legal time limit. You can complain to the CNIL, the data protection authority.',

  'rightsRequests.outcome.title': 'Our answer',
  'rightsRequests.outcome.access': 'The copy of your data is ready, as JSON.',
  'rightsRequests.outcome.portability': 'The file of your data is ready, as machine-readable JSON.',
  'rightsRequests.outcome.download': 'Download my data (JSON)',
  'rightsRequests.outcome.downloading': 'Preparing the file…',
  'rightsRequests.outcome.downloaded': 'The file has been downloaded.',
  'rightsRequests.outcome.downloadFailed':
    'The file could not be downloaded because the service has a problem. Try again in a few moments.',
  'rightsRequests.outcome.rectification': 'The information was corrected. New value: {value}.',
  'rightsRequests.outcome.rectification.myData': 'See my data',
  'rightsRequests.outcome.refused.title': 'Why we refused your request',
  'rightsRequests.outcome.refused.rights': 'If you disagree, you can complain to the CNIL or go to court.',

  'rightsRequests.cancel.button': 'Cancel this request',
  'rightsRequests.cancel.title': 'Cancel this request?',
  'rightsRequests.cancel.body': 'We will not handle request {reference}. You can make a new one at any time.',
  'rightsRequests.cancel.confirm': 'Yes, cancel the request',
  'rightsRequests.cancel.keep': 'No, keep it',
  'rightsRequests.cancel.done': 'Request {reference} is cancelled.',
  'rightsRequests.cancel.failed':
    'The request was not cancelled, because the service has a problem or the work has started. Reload the page.',

  'rightsRequests.complaint.title': 'Complain to the CNIL',
  'rightsRequests.complaint.description':
    'If we do not answer, or if our answer does not satisfy you, you can complain to the data protection authority.',
  'rightsRequests.complaint.intro':
    'The Commission nationale de l’informatique et des libertés (CNIL) is the French data protection authority. This is not a request to Dialogra: you contact the CNIL directly.',
  'rightsRequests.complaint.when.title': 'When to complain',
  'rightsRequests.complaint.when.noAnswer': 'We did not answer within one month (or the extended time).',
  'rightsRequests.complaint.when.refused': 'We refused your request and you disagree with our reasons.',
  'rightsRequests.complaint.when.unsatisfied': 'You think we use your data unlawfully.',
  'rightsRequests.complaint.how.title': 'How to do it',
  'rightsRequests.complaint.how.first': 'Keep your request’s reference and any answers from us.',
  'rightsRequests.complaint.how.online': 'Make your complaint online on the CNIL’s website.',
  'rightsRequests.complaint.how.post': 'Or write to the CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.',
  'rightsRequests.complaint.cnilLink': 'Make a complaint on the CNIL’s website (in French)',
  'rightsRequests.complaint.howTo': 'How to complain to the CNIL',
  'rightsRequests.complaint.court': 'You can also go to court.',

  'rightsRequests.summary.title': 'Your requests',
  'rightsRequests.summary.none': 'No open requests.',
  'rightsRequests.summary.open': { one: '{count} open request.', other: '{count} open requests.' },
  'rightsRequests.summary.overdue': { one: '{count} request overdue.', other: '{count} requests overdue.' },
  'rightsRequests.summary.next': 'Next deadline: {kind}, on {date}.',
  'rightsRequests.summary.all': 'See all my requests',
  'rightsRequests.summary.new': 'Make a request',

  'validation.rightsRequest.kind.required': 'Choose the right you want to exercise',
  'validation.rightsRequest.scope.required': 'Choose the data concerned',
  'validation.rightsRequest.categories.required': 'Select at least one category',
  'validation.rightsRequest.purposeId.required': 'Choose the use you object to',
  'validation.rightsRequest.ground.required': 'Choose the ground for your request',
  'validation.rightsRequest.grounds.required': 'Explain what in your situation justifies your objection',
  'validation.rightsRequest.grounds.tooLong': 'Your explanation must be 2,000 characters or fewer',
  'validation.rightsRequest.item.required': 'Choose the information to correct',
  'validation.rightsRequest.correctValue.required': 'Enter the correct value',
  'validation.rightsRequest.correctValue.tooLong': 'The correct value must be 2,000 characters or fewer',
  'validation.rightsRequest.statement.tooLong': 'Your statement must be 2,000 characters or fewer',
  'validation.rightsRequest.reason.tooLong': 'Your reason must be 2,000 characters or fewer',
  'validation.rightsRequest.details.tooLong': 'Your details must be 2,000 characters or fewer',
} as const satisfies Record<string, Message>
