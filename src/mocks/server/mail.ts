/*
 * What the server's e-mails share. They are written in French, the centre's first language, and dated in UTC,
 * the server's clock; they land in the outbox collection (records.ts) instead of a mailbox.
 */

/** "28 novembre 2026": a calendar date in an e-mail. */
export function formatMailDate(iso: string): string {
  return new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso))
}

/** "28 novembre 2026 à 09:00": an instant in an e-mail; the text says "(UTC)" after it. */
export function formatMailDateTime(iso: string): string {
  return new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))
}
