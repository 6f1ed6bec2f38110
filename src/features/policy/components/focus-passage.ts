import { useEffect } from 'react'
import { useLocation } from 'react-router'

/**
 * Moves focus to a passage (a section heading, a paragraph, a table row), so a keyboard or screen-reader user
 * lands where the link pointed (WCAG 2.4.3). A passage is not focusable by itself: tabindex is added only until
 * it loses focus, as the skip link does with <main>.
 */
export function focusPassage(id: string): boolean {
  const target = document.getElementById(id)
  if (!target) return false
  if (!target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1')
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true })
  }
  target.scrollIntoView({ block: 'start' })
  target.focus({ preventScroll: true })
  return true
}

/**
 * Opens a page at the passage its URL names (`/policy#purposes-b-4`, from a provenance link). The page moves
 * focus to its heading after every navigation; this runs a task later, once the text is on screen, so the
 * passage wins. Call it from the component that renders the text, so it runs once the text is there.
 */
export function useFocusUrlPassage(): void {
  const { hash, key } = useLocation()
  useEffect(() => {
    if (hash.length < 2) return
    const timer = setTimeout(() => focusPassage(decodeURIComponent(hash.slice(1))), 0)
    return () => clearTimeout(timer)
  }, [hash, key])
}
