/** The overview's open rights requests and their next deadline. */
export function OpenRequestsSummary() {
  return null
}
