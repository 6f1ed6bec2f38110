import type { ComponentProps } from 'react'

import { cn } from '#src/lib/cn'

export type SelectProps = ComponentProps<'select'> & {
  hasError?: boolean
}

/** A native select, styled; labelling and error wiring are the caller's (see form/select-field). */
export function Select({ className, hasError = false, ...props }: SelectProps) {
  return (
    <select
      {...props}
      className={cn(
        'block min-h-11 w-full max-w-md rounded-none border-2 bg-surface px-2 py-1 text-base text-ink',
        hasError ? 'border-error' : 'border-input-border',
        className,
      )}
    />
  )
}
