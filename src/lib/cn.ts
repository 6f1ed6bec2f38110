/**
 * Joins class names, skipping falsy values, so conditional classes read as
 * `cn('base', isActive && 'active')`. A dependency (clsx, tailwind-merge) would add weight to the
 * sign-in page for a one-line job; components avoid conflicting utilities instead of merging them.
 */
export function cn(...classNames: ReadonlyArray<string | false | null | undefined>): string {
  return classNames.filter(Boolean).join(' ')
}
