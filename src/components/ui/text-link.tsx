import type { ComponentProps } from 'react'
import { Link } from 'react-router'

import { cn } from '#src/lib/cn'

export type TextLinkProps = ComponentProps<typeof Link>

/** An in-app link; the global `a` styles give the colour and underline. */
export function TextLink({ className, ...props }: TextLinkProps) {
  return <Link {...props} className={cn('text-link underline underline-offset-2', className)} />
}
