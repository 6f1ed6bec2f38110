import type { ReactNode } from 'react'

import { AppLayoutContext } from './app-layout-context'
import { SiteFooter } from './site-footer'
import { mainContentId, SkipLink } from './skip-link'

type AppLayoutProps = {
  header: ReactNode
  children: ReactNode
}

/** Skip link, header, the page's <main>, footer. The root layout renders this once around the route outlet. */
export function AppLayout({ header, children }: AppLayoutProps) {
  return (
    <AppLayoutContext value={true}>
      <div className="flex min-h-dvh flex-col bg-white text-slate-900">
        <SkipLink />
        {header}
        <main id={mainContentId} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 wrap-break-word">
          {children}
        </main>
        <SiteFooter />
      </div>
    </AppLayoutContext>
  )
}
