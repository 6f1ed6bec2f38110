import type { HttpHandler } from 'msw'

/** The endpoints of issue 4 (Settings). */
export const contactPreferenceHandlers: HttpHandler[] = []
