import type { ReactNode } from 'react'

import { cn } from '#src/lib/cn'

import { Heading, type HeadingLevel } from './heading'

export type CardProps = {
  title?: ReactNode
  headingLevel?: HeadingLevel
  children: ReactNode
  className?: string
}

/** A bordered panel grouping related content, e.g. a summary on the overview. */
export function Card({ title, headingLevel = 2, children, className }: CardProps) {
  return (
    <div className={cn('rounded border-2 border-border bg-surface p-4 sm:p-6', className)}>
      {title ? (
        <Heading level={headingLevel} className="mb-3 text-xl font-bold">
          {title}
        </Heading>
      ) : null}
      {children}
    </div>
  )
}
