import type { ReactNode } from 'react'
import { Link } from 'react-router'

import { paths } from '#src/config/paths'
import { useT } from '#src/lib/i18n/i18n-context'

import { LanguageSwitch } from './language-switch'

type AppHeaderProps = {
  nav?: ReactNode
  accountMenu?: ReactNode
}

/**
 * Product name, language switch and account controls, then the navigation on its own row.
 * Everything wraps rather than collapsing behind a menu button: fewer moving parts, nothing hidden, and no
 * horizontal scrolling at 320 px (WCAG 1.4.10 reflow). Not sticky, so it never covers the focused element
 * (WCAG 2.4.11 focus not obscured).
 */
export function AppHeader({ nav, accountMenu }: AppHeaderProps) {
  const t = useT()
  return (
    <header className="border-b-4 border-link bg-surface print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link
          to={paths.overview.getHref()}
          className="inline-block py-1 text-xl font-bold text-ink visited:text-ink no-underline hover:underline"
        >
          {t('shell.productName')}
        </Link>
        <div className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-2">
          <LanguageSwitch />
          {accountMenu}
        </div>
      </div>
      {nav ? <div className="mx-auto max-w-5xl px-4">{nav}</div> : null}
    </header>
  )
}
