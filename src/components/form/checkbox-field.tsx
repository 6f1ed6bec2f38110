import type { ReactNode } from 'react'
import { useController } from 'react-hook-form'

import { Checkbox } from '#src/components/ui/checkbox'

import { ErrorMessage } from './error-message'
import { getFieldIds, joinIds } from './field-ids'
import { FieldWrapper } from './field-wrapper'
import { Hint } from './hint'

export type CheckboxFieldProps = {
  /** A boolean field, e.g. an erasure confirmation. */
  name: string
  label: ReactNode
  hint?: ReactNode
}

/** A single checkbox bound to a boolean field. */
export function CheckboxField({ name, label, hint }: CheckboxFieldProps) {
  // Destructured: the compiler treats the whole `field` object as a ref (it carries `ref`), so
  // reading any of its properties during render would count as a ref access.
  const {
    field: { ref, name: fieldName, value, onChange, onBlur, disabled },
    fieldState,
  } = useController<Record<string, unknown>>({ name })
  const { id, hintId, errorId } = getFieldIds(name)
  const message = fieldState.error?.message
  return (
    <FieldWrapper hasError={Boolean(message)}>
      {message ? <ErrorMessage id={errorId} message={message} /> : null}
      <Checkbox
        id={id}
        name={fieldName}
        ref={ref}
        label={label}
        checked={value === true}
        onChange={(event) => onChange(event.target.checked)}
        onBlur={onBlur}
        disabled={disabled}
        aria-invalid={message ? true : undefined}
        aria-describedby={joinIds(hint ? hintId : undefined, message ? errorId : undefined)}
      />
      {/* The hint sits under the label, indented with it; it is the checkbox's own item hint. */}
      {hint ? (
        <div className="ps-9">
          <Hint id={hintId}>{hint}</Hint>
        </div>
      ) : null}
    </FieldWrapper>
  )
}
