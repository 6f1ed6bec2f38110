import type { ReactNode } from 'react'

import { cn } from '#src/lib/cn'

import { Heading, type HeadingLevel } from './heading'

export type EmptyStateProps = {
  title: ReactNode
  /** What the empty list means and, if useful, how to add something. */
  children?: ReactNode
  /** A next step, e.g. a ButtonLink to create the first item. */
  action?: ReactNode
  headingLevel?: HeadingLevel
  className?: string
}

/** Shown instead of an empty list, so "nothing yet" is stated rather than implied by a blank. */
export function EmptyState({ title, children, action, headingLevel = 2, className }: EmptyStateProps) {
  return (
    <div className={cn('flex flex-col gap-3 py-4', className)}>
      <Heading level={headingLevel} className="text-xl font-bold">
        {title}
      </Heading>
      {children ? <div>{children}</div> : null}
      {action ? <div>{action}</div> : null}
    </div>
  )
}
