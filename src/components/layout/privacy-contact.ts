/**
 * How to reach the operator's privacy team. The seed policy obfuscates its e-mail address, so the address is
 * operator configuration (seed README, "Contact"); the demo uses a reserved example domain (RFC 2606).
 * Move these into `config/` once the app has an operator configuration module.
 */
export const privacyContact = {
  email: 'privacy@dialogra.example',
  /** E.164, for the `tel:` URL. */
  phone: '+442045771003',
  /** Grouped as UK numbers are usually written, so it is easy to read aloud and type. */
  phoneDisplay: '+44 20 4577 1003',
  /** The supervisory authority named by the operator (GDPR Art. 77); its complaint page is in French. */
  complaintUrl: 'https://www.cnil.fr/fr/plaintes',
} as const
