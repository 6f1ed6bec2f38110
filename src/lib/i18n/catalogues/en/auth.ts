import type { Message } from '../../message'

export const auth = {
  'auth.signIn.title': 'Sign in',
  'auth.signIn.intro': 'Sign in to see the data Dialogra holds about you and to exercise your rights.',
  'auth.signIn.email': 'Email address',
  'auth.signIn.password': 'Password',
  'auth.signIn.submit': 'Sign in',
  'auth.signIn.invalidCredentials': 'Enter a correct email address and password',
  'auth.signIn.rateLimited': {
    one: 'Too many attempts. Try again in {count} second.',
    other: 'Too many attempts. Try again in {count} seconds.',
  },
  'auth.signIn.rateLimitedMinutes': {
    one: 'Too many attempts. Try again in {count} minute.',
    other: 'Too many attempts. Try again in {count} minutes.',
  },
  'auth.signIn.signedOut': 'You have signed out. Your data is no longer shown on this device.',
  'auth.signOut': 'Sign out',
  'auth.signingOut': 'Signing out…',
  'auth.failure.server': 'The service is not working properly. Nothing was sent. Try again in a few minutes.',
  'auth.failure.network': 'We couldn’t connect. Check your connection and try again.',
  'auth.failure.timeout': 'The service is taking too long to answer. Try again.',
  'auth.sessionExpired.title': 'You’ve been signed out',
  'auth.sessionExpired.body':
    'Your session has expired. Sign in again to carry on: what you entered on this page is kept.',
  'auth.sessionExpired.leave': 'Go to the sign-in page',
  'auth.stepUp.title': 'Confirm it’s you',
  'auth.stepUp.body': 'To do this, enter your password again.',
  'auth.stepUp.submit': 'Confirm',
  'auth.stepUp.wrongPassword': 'The password is not correct',
  'auth.stepUp.cancelled': 'Action cancelled: you did not confirm it’s you.',
} as const satisfies Record<string, Message>
