import { useT } from '#src/lib/i18n/i18n-context'

import type { RichText } from '../policy-view'

/** The marker symbol keeps its own box, so the underline or the strike-through does not run through it. */
const symbolClasses = 'inline-block pe-0.5 font-bold'

/**
 * Text with its inserted and deleted runs marked so that colour is never needed (WCAG 1.4.1): an insertion is
 * underlined and opens with "+", a deletion is struck through and opens with "−", and each says where it
 * starts and ends in words screen readers read out, since most do not announce `<ins>` and `<del>` by default.
 * Every run is a text node: whatever a policy contains, it is shown, never run.
 */
export function RichTextView({ parts }: { parts: RichText }) {
  const t = useT()
  const [only] = parts
  // Unmarked text (a version read on its own) is a plain text node.
  if (parts.length === 1 && only?.kind === 'same') return only.text
  return parts.map((part, index) => {
    const key = `${String(index)}-${part.kind}`
    if (part.kind === 'same' || part.text.trim() === '') return <span key={key}>{part.text}</span>
    if (part.kind === 'added') {
      return (
        <ins
          key={key}
          className="mx-px bg-surface-muted font-semibold text-ink underline decoration-2 underline-offset-2"
        >
          <span aria-hidden="true" className={symbolClasses}>
            +
          </span>
          <span className="sr-only">{t('policy.diff.insertedStart')}</span>
          {part.text}
          <span className="sr-only">{t('policy.diff.insertedEnd')}</span>
        </ins>
      )
    }
    return (
      <del key={key} className="mx-px text-ink-muted line-through decoration-2">
        <span aria-hidden="true" className={symbolClasses}>
          −
        </span>
        <span className="sr-only">{t('policy.diff.deletedStart')}</span>
        {part.text}
        <span className="sr-only">{t('policy.diff.deletedEnd')}</span>
      </del>
    )
  })
}
