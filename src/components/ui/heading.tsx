import type { ComponentProps } from 'react'

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6

export type HeadingProps = ComponentProps<'h2'> & {
  /** Components sit at different depths of a page, so the caller chooses the level (WCAG 1.3.1). */
  level: HeadingLevel
}

export function Heading({ level, ...props }: HeadingProps) {
  const Tag = `h${level}` as const
  return <Tag {...props} />
}
