import { useId } from 'react'

import { cn } from '#src/lib/cn'
import { useI18n } from '#src/lib/i18n/i18n-context'

export type ProgressBarProps = {
  /** What is progressing, e.g. "Preparing your download". */
  label: string
  /** Leave out for an indeterminate bar. */
  value?: number
  max?: number
  className?: string
}

/** Native `<progress>` named by a visible label, with the percentage also shown as text. */
export function ProgressBar({ label, value, max = 100, className }: ProgressBarProps) {
  const { formatNumber } = useI18n()
  const labelId = useId()
  const ratio = value === undefined ? undefined : Math.min(Math.max(value / max, 0), 1)
  return (
    <div className={cn('flex flex-col gap-1', className)}>
      <span id={labelId}>{label}</span>
      <div className="flex items-center gap-3">
        <progress aria-labelledby={labelId} value={value} max={max} className="h-4 w-full max-w-md accent-ink" />
        {ratio === undefined ? null : <span aria-hidden="true">{formatNumber(ratio, { style: 'percent' })}</span>}
      </div>
    </div>
  )
}
