import type { HttpHandler } from 'msw'

/** The endpoints of issue 5 (Consents). */
export const consentHandlers: HttpHandler[] = []
