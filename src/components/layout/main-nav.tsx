import { NavLink, useMatch } from 'react-router'

import { useT } from '#src/lib/i18n/i18n-context'

export type MainNavItem = { href: string; label: string }

type MainNavProps = { items: readonly MainNavItem[] }

/** The signed-in sections. The list wraps on narrow screens, so nothing scrolls sideways at 320 px (WCAG 1.4.10). */
export function MainNav({ items }: MainNavProps) {
  const t = useT()
  return (
    <nav aria-label={t('shell.nav.label')}>
      <ul className="flex flex-wrap gap-x-2 gap-y-1 py-2">
        {items.map((item) => (
          <li key={item.href}>
            <MainNavLink {...item} />
          </li>
        ))}
      </ul>
    </nav>
  )
}

function MainNavLink({ href, label }: MainNavItem) {
  // The home link would otherwise be "active" on every page.
  const isHome = href === '/'
  // On a section's own page the link is the current page; on a page inside the section (a request's detail)
  // it only marks the current location, so screen readers do not claim the person is on the list itself.
  const isCurrentPage = useMatch({ path: href, end: true }) !== null
  return (
    <NavLink
      to={href}
      end={isHome}
      aria-current={isCurrentPage ? 'page' : 'true'}
      className={({ isActive }) =>
        [
          'inline-block min-h-11 border-b-4 px-2 py-2 text-link visited:text-link no-underline hover:underline',
          isActive ? 'border-link font-semibold' : 'border-transparent',
        ].join(' ')
      }
    >
      {label}
    </NavLink>
  )
}
