/**
 * Ids of the options in a group: the first is the group's name with no suffix, so the error
 * summary's `#name` link lands on it (GOV.UK error summary); the others follow govuk-frontend (`name-2`, …).
 */
export function getOptionId(name: string, index: number): string {
  return index === 0 ? name : `${name}-${index + 1}`
}
