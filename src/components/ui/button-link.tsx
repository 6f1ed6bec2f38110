import type { ComponentProps } from 'react'
import { Link } from 'react-router'

import { cn } from '#src/lib/cn'

import { buttonBaseClasses, buttonVariantClasses, type ButtonVariant } from './button'

export type ButtonLinkProps = ComponentProps<typeof Link> & {
  variant?: Exclude<ButtonVariant, 'quiet'>
}

/** A link that looks like a button, for navigation that starts a task ("Start now"). */
export function ButtonLink({ variant = 'primary', className, ...props }: ButtonLinkProps) {
  return (
    <Link
      {...props}
      // `visited:` would otherwise recolour the text through the global a:visited rule.
      className={cn(buttonBaseClasses, buttonVariantClasses[variant], 'visited:text-inherit', className)}
    />
  )
}
