/** The overview's picture of the data held: categories, counts, next deletions, retention timeline. */
export function DataOverview() {
  return null
}
