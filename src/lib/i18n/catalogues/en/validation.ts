import type { Message } from '../../message'

export const validation = {
  'validation.email.required': 'Enter your email address',
  'validation.email.tooLong': 'Email address must be 254 characters or fewer',
  'validation.email.format': 'Enter an email address in the correct format, like name@example.com',
  'validation.password.required': 'Enter your password',
} as const satisfies Record<string, Message>
