/**
 * Counts characters as the contract's `z.string().max()` does: in Unicode code points, not UTF-16
 * units (QUALITY check 57), so an emoji counts as its code points, the same on both sides.
 * The text is NFC-normalised first, as the rights-request rules require before validation
 * (QUALITY check 58), so "é" typed as e + accent counts once.
 */
export function countCharacters(value: string): number {
  return Array.from(value.normalize('NFC')).length
}
