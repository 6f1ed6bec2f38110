/** Header names shared by the client and the mock, so the two cannot drift. */
export const headers = {
  /** Anti-CSRF: a non-safelisted header carrying the session's token (OWASP custom-request-header pattern). */
  csrf: 'X-CSRF-Token',
  idempotencyKey: 'Idempotency-Key',
  ifMatch: 'If-Match',
  etag: 'ETag',
  retryAfter: 'Retry-After',
  wwwAuthenticate: 'WWW-Authenticate',
  clearSiteData: 'Clear-Site-Data',
  cacheControl: 'Cache-Control',
} as const

/** RFC 9470: the resource server asks for a more recent authentication with this challenge. */
export const stepUpChallengeError = 'insufficient_user_authentication'
