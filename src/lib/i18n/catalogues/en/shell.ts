import type { Message } from '../../message'

/** The app shell: header, navigation, footer, page titles, loading and error pages. */
export const shell = {
  'shell.productName': 'Privacy centre',
  'shell.operatorName': 'Dialogra',
  'shell.skipLink': 'Skip to main content',
  'shell.nav.label': 'Main menu',
  'shell.account.signedInAs': 'Signed in as',
  'shell.account.signOut': 'Sign out',
  'shell.account.signingOut': 'Signing out…',
  'shell.footer.contactHeading': 'Contact the privacy team',
  'shell.footer.emailLabel': 'Email:',
  'shell.footer.phoneLabel': 'Phone:',
  'shell.footer.complainLink': 'Complain to the CNIL',
  'shell.footer.complainHint':
    'The CNIL is the French data protection authority. You can complain to it if you are not happy with our answer. Its website is in French.',
  'shell.footer.operator': 'Service provided by Dialogra.',
  'shell.loading': 'Loading…',
  'shell.notFound.title': 'Page not found',
  'shell.notFound.typed': 'If you typed the web address, check it is correct.',
  'shell.notFound.pasted': 'If you pasted the web address, check you copied the entire address.',
  'shell.notFound.contact':
    'If the web address is correct or you selected a link or button, contact the privacy team if you need help:',
  'shell.notFound.homeLink': 'Go to the privacy centre home page',
  'shell.serviceProblem.retrying': 'Trying again…',
  'shell.serviceProblem.contact': 'If the problem continues, contact the privacy team:',
} as const satisfies Record<string, Message>
