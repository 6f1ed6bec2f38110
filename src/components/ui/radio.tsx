import type { ComponentProps, ReactNode } from 'react'

import { cn } from '#src/lib/cn'

export type RadioProps = Omit<ComponentProps<'input'>, 'type' | 'id'> & {
  id: string
  label: ReactNode
  hint?: ReactNode
}

/** One native radio button with its label; groups are built by form/radio-group. */
export function Radio({ id, label, hint, className, ...props }: RadioProps) {
  const hintId = `${id}-item-hint`
  return (
    <div className={cn('flex items-start gap-3 py-1', className)}>
      <input
        {...props}
        id={id}
        type="radio"
        aria-describedby={hint ? hintId : undefined}
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
