/**
 * The session's anti-CSRF token, held in memory only: never in web storage (ASVS5 14.3.3),
 * and gone with the tab. The session query writes it; the API client reads it for every mutation.
 */
let csrfToken: string | null = null

export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

export function getCsrfToken(): string | null {
  return csrfToken
}
