import type { ComponentProps, ReactNode } from 'react'

import { cn } from '#src/lib/cn'

export type CheckboxProps = Omit<ComponentProps<'input'>, 'type' | 'id'> & {
  id: string
  label: ReactNode
  hint?: ReactNode
}

/**
 * A native checkbox with its label and optional hint. The box is 24px and the label extends the
 * click target (WCAG 2.5.8).
 */
export function Checkbox({ id, label, hint, className, 'aria-describedby': describedBy, ...props }: CheckboxProps) {
  const hintId = `${id}-item-hint`
  return (
    <div className={cn('flex items-start gap-3 py-1', className)}>
      <input
        {...props}
        id={id}
        type="checkbox"
        aria-describedby={[describedBy, hint ? hintId : undefined].filter(Boolean).join(' ') || undefined}
        className="mt-0.5 size-6 shrink-0 cursor-pointer accent-ink"
      />
      <div>
        <label htmlFor={id} className="cursor-pointer">
          {label}
        </label>
        {hint ? (
          <p id={hintId} className="text-ink-muted">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  )
}
