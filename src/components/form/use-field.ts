import { useController } from 'react-hook-form'

import { getFieldIds, joinIds } from './field-ids'

type UseFieldOptions = {
  hasHint: boolean
  /** Ids of further descriptions (a character limit), read between the hint and the error. */
  describedBy?: string
}

/**
 * One field's wiring to the surrounding <Form> (GOV.UK field pattern): its ids, its error message (a catalogue key),
 * and the attributes every control gets — `aria-invalid` while in error, and `aria-describedby` naming the
 * hint, any extra description and the error, in that order.
 */
export function useField(name: string, { hasHint, describedBy }: UseFieldOptions) {
  // Destructured: the React Compiler treats the whole `field` object as a ref (it carries `ref`),
  // so reading any of its properties during render would count as a ref access.
  const {
    field: { ref, name: fieldName, value, onChange, onBlur, disabled },
    fieldState,
  } = useController<Record<string, unknown>>({ name })
  const ids = getFieldIds(name)
  const message = fieldState.error?.message
  return {
    ids,
    message,
    value,
    onChange,
    /** Spread onto the native control. */
    controlProps: {
      id: ids.id,
      name: fieldName,
      ref,
      onBlur,
      'aria-invalid': message ? true : undefined,
      'aria-describedby': joinIds(hasHint && ids.hintId, describedBy, message && ids.errorId),
    },
    disabled,
  }
}
