import type { HttpHandler } from 'msw'

/** The endpoints of issue 6 (Rights requests). */
export const rightsRequestHandlers: HttpHandler[] = []
