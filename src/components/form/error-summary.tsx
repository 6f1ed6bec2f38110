import { useLayoutEffect, useRef, type MouseEvent } from 'react'

import { useI18n } from '#src/lib/i18n/i18n-context'

import type { ErrorListItem } from './get-error-list'

export type ErrorSummaryProps = {
  errors: ReadonlyArray<ErrorListItem>
}

/** The label or legend a person should see above the field they jump to. */
function getCaption(field: HTMLElement): HTMLElement | null {
  const legend = field.closest('fieldset')?.querySelector('legend')
  const isChoice = field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')
  // govuk-frontend scrolls to the legend for options in a group, so the question stays in view.
  if (isChoice && legend) return legend
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement) {
    return field.labels?.[0] ?? null
  }
  return null
}

/**
 * GOV.UK error summary (govuk-frontend error-summary.mjs): a heading "There is a problem", one
 * link per error to `#field-id`, focused when it appears so it is read first. `role="alert"` sits
 * on an inner element, as govuk-frontend does, so the summary is announced without also
 * announcing the whole container twice. Mount it anew for each failed submit (the <Form> keys it
 * on the submit count) so focus moves to it every time.
 */
export function ErrorSummary({ errors }: ErrorSummaryProps) {
  const { t, translateKey } = useI18n()
  const ref = useRef<HTMLDivElement>(null)

  // A layout effect, so focus has moved by the time the summary is on screen: nothing can be
  // typed into or read from the old focus in between.
  useLayoutEffect(() => {
    ref.current?.focus()
  }, [])

  function handleLinkClick(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    // getElementById needs no escaping, unlike a `#a.b` selector, so dotted paths work as they are.
    const field = document.getElementById(fieldId)
    if (!field) return
    event.preventDefault()
    // Scroll the label into view, then focus without scrolling: jumping straight to the input
    // would hide its label above the top of the screen (govuk-frontend).
    getCaption(field)?.scrollIntoView()
    field.focus({ preventScroll: true })
  }

  return (
    <div ref={ref} tabIndex={-1} className="border-4 border-error p-4">
      <div role="alert">
        <h2 className="text-xl font-bold">{t('forms.errorSummary.title')}</h2>
        <ul className="mt-2 flex flex-col gap-1">
          {errors.map((item) =>
            item.isRoot ? (
              <li key={item.path} className="font-bold">
                {translateKey(item.message)}
              </li>
            ) : (
              <li key={item.path}>
                <a
                  href={`#${item.path}`}
                  onClick={(event) => handleLinkClick(event, item.path)}
                  className="font-bold text-error underline visited:text-error"
                >
                  {translateKey(item.message)}
                </a>
              </li>
            ),
          )}
        </ul>
      </div>
    </div>
  )
}
