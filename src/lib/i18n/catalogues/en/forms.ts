import type { Message } from '../../message'

/** Texts of the shared UI kit; the keys mirror fr/forms.ts exactly. */
export const forms = {
  'forms.errorSummary.title': 'There is a problem',
  'forms.error.prefix': 'Error:',
  'forms.field.optional': '(optional)',
  'forms.characterCount.limit': {
    one: 'You can enter up to {count} character',
    other: 'You can enter up to {count} characters',
  },
  'forms.characterCount.remaining': {
    one: 'You have {count} character remaining',
    other: 'You have {count} characters remaining',
  },
  'forms.characterCount.over': {
    one: 'You have {count} character too many',
    other: 'You have {count} characters too many',
  },
  'forms.button.pending': 'Sending…',
  'forms.switch.on': 'On',
  'forms.switch.off': 'Off',
  'forms.dialog.close': 'Close',
  'forms.confirmDialog.cancel': 'Cancel',
  'forms.spinner.loading': 'Loading…',
  'forms.alert.important': 'Important',
  'forms.alert.success': 'Success',
  'forms.errorState.retry': 'Try again',
  'forms.errorState.server.title': 'Sorry, there is a problem with the service',
  'forms.errorState.server.body': 'Try again later.',
  'forms.errorState.network.title': 'We couldn’t connect',
  'forms.errorState.network.body': 'Check your connection and try again.',
  'forms.errorState.timeout.title': 'The service is taking too long to respond',
  'forms.errorState.timeout.body': 'Try again in a few moments.',
  'forms.errorState.contract.title': 'Sorry, we cannot show this information',
  'forms.errorState.contract.body': 'The service sent a response we did not expect. Try again later.',
  'forms.errorState.rateLimited.title': 'Too many attempts',
  'forms.errorState.rateLimited.body': 'Wait a few minutes, then try again.',
  'forms.problem.server':
    'Sorry, there is a problem with the service. Your answers have not been sent. Try again later.',
  'forms.problem.network': 'We couldn’t connect. Your answers have not been sent. Check your connection and try again.',
  'forms.problem.timeout': 'The service took too long to respond. Your answers have been kept. Try again.',
  'forms.problem.rateLimited': 'You have made too many attempts. Wait a few minutes, then try again.',
} as const satisfies Record<string, Message>
