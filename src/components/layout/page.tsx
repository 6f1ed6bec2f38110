import { useEffect, useEffectEvent, useLayoutEffect, useRef, type ReactNode } from 'react'
import { useLocation } from 'react-router'

import { useT } from '#src/lib/i18n/i18n-context'

import { useRouteAnnouncement } from './route-announcement-context'

type PageProps = {
  title: string
  children: ReactNode
  headingId?: string
  /**
   * Also move focus to the heading on the first load. Only error pages want this (GOV.UK service-problem page): the
   * person expected a page and got a different one, so their screen reader should start at the heading.
   */
  shouldFocusOnLoad?: boolean
}

/**
 * Every screen's heading and document title. After an in-app navigation (link, Back, Forward) focus moves
 * to the h1 and the page name is announced, as a full page load would do (WCAG 2.4.2, 2.4.3).
 */
export function Page({ title, children, headingId, shouldFocusOnLoad = false }: PageProps) {
  const t = useT()
  const productName = t('shell.productName')
  const { key: locationKey } = useLocation()
  const announcement = useRouteAnnouncement()
  const headingRef = useRef<HTMLHeadingElement>(null)

  // The one write of document.title, in a layout effect keyed on the title. The form kit prepends "Error: "
  // from a passive effect, and all layout effects run before passive ones, so after any commit (even a
  // language switch that changes both) the prefix is applied last instead of being overwritten here.
  useLayoutEffect(() => {
    document.title = `${title} – ${productName}`
  }, [title, productName])

  // An effect event reads the latest title without re-running on it: a language switch changes the title
  // but must neither steal focus nor announce.
  const handleArrival = useEffectEvent(() => {
    const hasNavigated = announcement?.hasNavigated ?? false
    const hasFocusRequest = announcement?.takeFocusRequest() ?? false
    if (!hasNavigated && !hasFocusRequest && !shouldFocusOnLoad) return
    // Without preventScroll, so the browser keeps the focused heading in view whatever scroll position the
    // router restored (WCAG 2.4.11: scroll restoration must not hide the focused heading).
    headingRef.current?.focus()
    if (hasNavigated || hasFocusRequest) announcement?.announce(title)
  })

  useEffect(() => {
    handleArrival()
  }, [locationKey])

  return (
    <>
      <h1 ref={headingRef} id={headingId} tabIndex={-1} className="mb-6 text-3xl font-bold wrap-break-word">
        {title}
      </h1>
      {children}
    </>
  )
}
