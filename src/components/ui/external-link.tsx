import type { ComponentProps } from 'react'

import { cn } from '#src/lib/cn'
import { safeHref } from '#src/lib/safe-href'

export type ExternalLinkProps = Omit<ComponentProps<'a'>, 'href'> & {
  /** Any URL, possibly from the server or the person: only https: (and mailto: when allowed) become links. */
  href: string
  allowMailto?: boolean
}

/**
 * A link to another site. Unsafe URLs are shown as plain text instead (ASVS5 1.2.2: safe URL schemes only), so the
 * information is not lost. It opens in the same tab, as GOV.UK recommends; `noreferrer` keeps the
 * privacy centre's URLs out of other sites' logs.
 */
export function ExternalLink({ href, allowMailto = false, className, children, rel, ...props }: ExternalLinkProps) {
  const safe = safeHref(href, { allowMailto })
  if (!safe) return <span className={className}>{children}</span>
  return (
    <a
      {...props}
      href={safe}
      rel={cn('noreferrer', rel)}
      className={cn('text-link underline underline-offset-2', className)}
    >
      {children}
    </a>
  )
}
