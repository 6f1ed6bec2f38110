import { cn } from '#src/lib/cn'
import { useT } from '#src/lib/i18n/i18n-context'

export type SpinnerProps = {
  /** Replaces the catalogue's "Loading…". */
  label?: string
  /** Show the label next to the spinner instead of only to screen readers. */
  isLabelVisible?: boolean
  className?: string
}

/**
 * A loading indicator with a text equivalent in a status region. The spin is turned off for
 * people who ask for reduced motion (`motion-reduce:`), leaving a static ring and the label.
 * Place it where the content will appear; for announcements that must not be missed, pair it
 * with a StatusMessage that already exists in the page.
 */
export function Spinner({ label, isLabelVisible = false, className }: SpinnerProps) {
  const t = useT()
  return (
    <div role="status" className={cn('inline-flex items-center gap-2', className)}>
      <span
        aria-hidden="true"
        className="inline-block size-6 animate-spin rounded-full border-4 border-ink border-t-transparent motion-reduce:animate-none"
      />
      <span className={isLabelVisible ? undefined : 'sr-only'}>{label ?? t('forms.spinner.loading')}</span>
    </div>
  )
}
