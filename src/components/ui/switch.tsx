import { useId, type ReactNode } from 'react'

import { cn } from '#src/lib/cn'
import { useT } from '#src/lib/i18n/i18n-context'

export type SwitchProps = {
  /** The purpose, e.g. "Marketing emails": it is the switch's accessible name (WCAG 4.1.2 name, role, value). */
  label: ReactNode
  description?: ReactNode
  isChecked: boolean
  onCheckedChange: (isChecked: boolean) => void
  /** While a change is saving: further presses are ignored, the switch stays focusable. */
  isPending?: boolean
  className?: string
}

/**
 * `<button role="switch" aria-checked>`: a native button already toggles on Space and Enter and is
 * focusable, so no key handling is needed. The visible "On"/"Off" text shows the state without
 * relying on colour (WCAG 1.4.1); it is aria-hidden because aria-checked already announces the
 * state, and keeping it out of the name means the name is exactly the visible label, which voice
 * control users say (WCAG 2.5.3).
 */
export function Switch({ label, description, isChecked, onCheckedChange, isPending = false, className }: SwitchProps) {
  const t = useT()
  const labelId = useId()
  const descriptionId = useId()

  return (
    <div className={cn('flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-2', className)}>
      <div>
        <span id={labelId} className="font-semibold">
          {label}
        </span>
        {description ? (
          <p id={descriptionId} className="text-ink-muted">
            {description}
          </p>
        ) : null}
      </div>
      <button
        type="button"
        role="switch"
        aria-checked={isChecked}
        aria-labelledby={labelId}
        aria-describedby={description ? descriptionId : undefined}
        aria-disabled={isPending || undefined}
        onClick={() => {
          if (!isPending) onCheckedChange(!isChecked)
        }}
        className="inline-flex min-h-11 items-center gap-3 rounded px-1 cursor-pointer aria-disabled:cursor-progress"
      >
        {/* The track and thumb use ink and surface colours, which contrast well over 3:1 in both themes (WCAG 1.4.11). */}
        <span
          aria-hidden="true"
          className={cn(
            'relative inline-block h-7 w-12 rounded-full border-2 border-ink transition-colors',
            isChecked ? 'bg-ink' : 'bg-surface',
          )}
        >
          <span
            className={cn(
              'absolute top-0.5 left-0 size-5 rounded-full transition-transform motion-reduce:transition-none',
              isChecked ? 'translate-x-5.5 bg-surface' : 'translate-x-0.5 bg-ink',
            )}
          />
        </span>
        <span aria-hidden="true" className="min-w-[5.5rem] text-start font-semibold">
          {isChecked ? t('forms.switch.on') : t('forms.switch.off')}
        </span>
      </button>
    </div>
  )
}
