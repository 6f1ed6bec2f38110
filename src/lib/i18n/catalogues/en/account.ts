import type { Message } from '../../message'

export const account = {
  'account.overview.title': 'Overview',
  'account.overview.greeting': 'Hello {name}',
  'account.overview.intro':
    'This centre shows you what Dialogra knows about you and lets you exercise your rights over your data.',
  'account.summary.title': 'Your account',
  'account.summary.name': 'Name',
  'account.summary.email': 'Sign-in email address',
  'account.summary.createdAt': 'Account created on',
  'account.summary.lastSignInAt': 'Previous sign-in',
  'account.summary.firstSignIn': 'This is your first sign-in',
  'account.summary.passwordChangedAt': 'Password last changed on',
  'account.summary.loading': 'Loading your account…',
} as const satisfies Record<string, Message>
