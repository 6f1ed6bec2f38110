import type { HttpHandler } from 'msw'

/** The endpoints of issue 3 (My data: register and the user's records). */
export const profileHandlers: HttpHandler[] = []
