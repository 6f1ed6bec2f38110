/**
 * The ids of a field's parts (GOV.UK error summary): the field's id is its name, verbatim, so the error
 * summary can link to `#name` from an error path alone; names with dots ("address.postcode") stay
 * valid ids, and code that builds selectors from them must escape them (CSS.escape).
 */
export function getFieldIds(name: string) {
  return { id: name, hintId: `${name}-hint`, errorId: `${name}-error` }
}

/** Joins the ids of the parts that are present, for aria-describedby. */
export function joinIds(...ids: ReadonlyArray<string | false | null | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(' ')
  return joined === '' ? undefined : joined
}
