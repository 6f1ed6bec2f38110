import type { ReactNode } from 'react'

import { cn } from '#src/lib/cn'

export type FieldWrapperProps = {
  hasError: boolean
  children: ReactNode
}

/** The left border marks a field in error, as in GOV.UK; the text says it too (WCAG 1.4.1). */
export function FieldWrapper({ hasError, children }: FieldWrapperProps) {
  return <div className={cn('flex flex-col gap-1', hasError && 'border-l-4 border-error ps-3')}>{children}</div>
}
