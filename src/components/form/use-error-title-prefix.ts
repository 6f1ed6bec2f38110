import { useEffect } from 'react'

import { useT } from '#src/lib/i18n/i18n-context'

/**
 * While `isActive`, the page title starts with "Error: " (GOV.UK error summary, WCAG 2.4.2), so
 * screen reader users hear that the page has errors as soon as the title is read. The prefix is
 * removed when errors clear or the component unmounts, and is never added twice.
 */
export function useErrorTitlePrefix(isActive: boolean): void {
  const t = useT()
  const prefix = `${t('forms.error.prefix')} `
  useEffect(() => {
    if (!isActive) return
    if (!document.title.startsWith(prefix)) document.title = `${prefix}${document.title}`
    return () => {
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length)
    }
  }, [isActive, prefix])
}
