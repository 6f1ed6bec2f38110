import type { ReactNode } from 'react'

import { AppLayoutContext } from './app-layout-context'
import { RouteAnnouncementProvider } from './route-announcement-provider'
import { SiteFooter } from './site-footer'
import { mainContentId, SkipLink } from './skip-link'

type AppLayoutProps = {
  header: ReactNode
  children: ReactNode
}

/**
 * Skip link, header, the page's <main>, footer. The root layout renders it once around the route outlet,
 * with one `RouteAnnouncer` among the children; it also carries the state `Page` needs to tell a first
 * load from a navigation.
 */
export function AppLayout({ header, children }: AppLayoutProps) {
  return (
    <AppLayoutContext value={true}>
      <RouteAnnouncementProvider>
        <div className="flex min-h-dvh flex-col bg-surface text-ink">
          <SkipLink />
          {header}
          <main id={mainContentId} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </div>
      </RouteAnnouncementProvider>
    </AppLayoutContext>
  )
}
