import type { ReactNode } from 'react'

import { cn } from '#src/lib/cn'

export type StatusMessageProps = {
  /** The current message; empty until there is something to say. */
  children?: ReactNode
  /** For messages that are only for screen readers (the change is already visible elsewhere). */
  isVisuallyHidden?: boolean
  className?: string
}

/**
 * A polite live region ("Saved", "Request sent", "Loading"): announced without moving focus
 * (WCAG 4.1.3 status messages). Screen readers only announce changes to a region that was
 * already in the page, so render this component up front, empty, and change its children;
 * mounting it together with its text is often silent.
 */
export function StatusMessage({ children, isVisuallyHidden = false, className }: StatusMessageProps) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={cn(isVisuallyHidden && 'sr-only', className)}>
      {children}
    </div>
  )
}
