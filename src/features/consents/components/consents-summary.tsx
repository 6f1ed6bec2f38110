/** The overview's consent summary: how many consents are given and the last change. */
export function ConsentsSummary() {
  return null
}
