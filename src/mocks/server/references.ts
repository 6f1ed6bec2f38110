/**
 * Business rule: a reference reads "<prefix>-<year>-<six digits>", numbered in order of receipt within the year,
 * so the team and the person can quote it on the phone. The number is not an identifier: the record's id stays
 * opaque and unguessable.
 */
export function getNextYearlyReference(
  prefix: string,
  receivedAt: Date,
  existing: readonly { reference: string }[],
): string {
  const start = `${prefix}-${receivedAt.getUTCFullYear()}-`
  const highest = existing
    .filter((record) => record.reference.startsWith(start))
    .reduce((max, record) => Math.max(max, Number(record.reference.slice(start.length))), 0)
  return `${start}${String(highest + 1).padStart(6, '0')}`
}
