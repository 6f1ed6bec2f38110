/**
 * Counts characters as the contract's `z.string().max()` does: in Unicode code points, not UTF-16
 * units (the server's unit too), so an emoji counts as its code points, the same on both sides.
 * The text is NFC-normalised first, as the rights-request rules require before validation
 * (OWASP input validation for free-form Unicode), so "é" typed as e + accent counts once.
 */
export function countCharacters(value: string): number {
  return Array.from(value.normalize('NFC')).length
}
