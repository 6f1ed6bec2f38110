import { NotFoundPage } from '#src/components/layout/not-found-page'

/** Any address the app does not know. */
export function NotFoundRoute() {
  return <NotFoundPage />
}
