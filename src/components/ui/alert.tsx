import { useId, type ReactNode } from 'react'

import { cn } from '#src/lib/cn'

import { Heading, type HeadingLevel } from './heading'

export type AlertVariant = 'info' | 'success' | 'warning' | 'error'

export type AlertProps = {
  variant: AlertVariant
  title?: ReactNode
  children?: ReactNode
  headingLevel?: HeadingLevel
  className?: string
}

const variantClasses: Record<AlertVariant, string> = {
  info: 'border-info',
  success: 'border-success',
  warning: 'border-caution',
  error: 'border-error',
}

/**
 * A banner. Roles follow GOV.UK's notification banner: `success` and `error` report the outcome
 * of something the person just did, so they use role="alert" and are announced when they appear;
 * `info` is a labelled region (landmark) that is read in place; `warning` is static text.
 * Colour is only a border: the title carries the meaning (WCAG 1.4.1).
 */
export function Alert({ variant, title, children, headingLevel = 2, className }: AlertProps) {
  const titleId = useId()
  const roleProps =
    variant === 'success' || variant === 'error'
      ? { role: 'alert' }
      : variant === 'info' && title
        ? { role: 'region', 'aria-labelledby': titleId }
        : {}
  return (
    <div {...roleProps} className={cn('border-l-8 bg-surface-muted p-4 text-ink', variantClasses[variant], className)}>
      {title ? (
        <Heading level={headingLevel} id={titleId} className="text-xl font-bold">
          {title}
        </Heading>
      ) : null}
      {children ? <div className={title ? 'mt-2' : undefined}>{children}</div> : null}
    </div>
  )
}
