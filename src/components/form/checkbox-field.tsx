import type { ReactNode } from 'react'

import { Checkbox } from '#src/components/ui/checkbox'

import { ErrorMessage } from './error-message'
import { FieldWrapper } from './field-wrapper'
import { Hint } from './hint'
import { useField } from './use-field'

export type CheckboxFieldProps = {
  /** A boolean field, e.g. an erasure confirmation. */
  name: string
  label: ReactNode
  hint?: ReactNode
}

/** A single checkbox bound to a boolean field. */
export function CheckboxField({ name, label, hint }: CheckboxFieldProps) {
  const { ids, message, value, onChange, controlProps, disabled } = useField(name, { hasHint: Boolean(hint) })
  return (
    <FieldWrapper hasError={Boolean(message)}>
      {message ? <ErrorMessage id={ids.errorId} message={message} /> : null}
      <Checkbox
        {...controlProps}
        label={label}
        checked={value === true}
        onChange={(event) => onChange(event.target.checked)}
        disabled={disabled}
      />
      {/* The hint sits under the label, indented with it; it is the checkbox's own item hint. */}
      {hint ? (
        <div className="ps-9">
          <Hint id={ids.hintId}>{hint}</Hint>
        </div>
      ) : null}
    </FieldWrapper>
  )
}
