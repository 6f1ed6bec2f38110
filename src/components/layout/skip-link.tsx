import type { MouseEvent } from 'react'

import { useT } from '#src/lib/i18n/i18n-context'

export const mainContentId = 'main-content'

/**
 * The first focusable element on every page (WCAG 2.4.1), hidden until focused.
 *
 * The click is handled in script, as govuk-frontend's `skip-link.mjs` does: a bare `#main-content` jump
 * does not move keyboard focus in every browser, and in a data router a hash change is a history entry that
 * the router would treat as a navigation (which would re-run the page's focus-on-navigation logic).
 */
export function SkipLink() {
  const t = useT()

  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    const target = document.getElementById(mainContentId)
    if (!target) return
    event.preventDefault()
    // tabindex only while focused, so a mouse click inside <main> does not focus (and outline) the whole region.
    target.setAttribute('tabindex', '-1')
    target.addEventListener(
      'blur',
      () => {
        target.removeAttribute('tabindex')
      },
      { once: true },
    )
    target.focus()
  }

  return (
    <a
      href={`#${mainContentId}`}
      onClick={handleClick}
      className="sr-only focus:not-sr-only focus:block focus:bg-surface-muted focus:px-4 focus:py-3 focus:font-semibold focus:text-ink focus:underline"
    >
      {t('shell.skipLink')}
    </a>
  )
}
