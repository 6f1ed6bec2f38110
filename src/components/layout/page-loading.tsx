import { useEffect, useState } from 'react'

import { useT } from '#src/lib/i18n/i18n-context'

/** Fast responses should not flash a spinner; slower ones must say something (WCAG 4.1.3). */
const showAfterMs = 300

/**
 * Placeholder while a page's data loads. It reserves the page's height so the content does not jump when it
 * arrives, and its status region exists before its text appears so the message is announced without moving
 * focus (WCAG 4.1.3 status messages).
 */
export function PageLoading() {
  const t = useT()
  const [isVisible, setIsVisible] = useState(false)

  useEffect(() => {
    const timer = window.setTimeout(() => {
      setIsVisible(true)
    }, showAfterMs)
    return () => {
      window.clearTimeout(timer)
    }
  }, [])

  return (
    <div className="flex min-h-[50vh] items-start justify-center pt-16">
      <p role="status" className="flex items-center gap-3 text-lg">
        {isVisible ? (
          <>
            <span
              aria-hidden="true"
              className="size-6 rounded-full border-4 border-border border-t-ink motion-safe:animate-spin"
            />
            {t('shell.loading')}
          </>
        ) : null}
      </p>
    </div>
  )
}
