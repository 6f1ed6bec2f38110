import type { ComponentProps, ReactNode } from 'react'
import { useController } from 'react-hook-form'

import { Select } from '#src/components/ui/select'

import { ErrorMessage } from './error-message'
import { getFieldIds, joinIds } from './field-ids'
import { FieldLabel } from './field-label'
import { FieldWrapper } from './field-wrapper'
import { Hint } from './hint'

export type SelectOption = { value: string; label: string }

export type SelectFieldProps = Omit<
  ComponentProps<'select'>,
  'name' | 'id' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'ref' | 'required' | 'children' | 'multiple'
> & {
  name: string
  label: ReactNode
  hint?: ReactNode
  isOptional?: boolean
  options: ReadonlyArray<SelectOption>
  /** A first, empty option ("Choose…"), so no answer is preselected for the person. */
  placeholder?: string
}

/** A labelled native select wired to the surrounding <Form>. Prefer radios for 2–7 options (GOV.UK). */
export function SelectField({
  name,
  label,
  hint,
  isOptional = false,
  options,
  placeholder,
  ...selectProps
}: SelectFieldProps) {
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
      <FieldLabel htmlFor={id} isOptional={isOptional}>
        {label}
      </FieldLabel>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {message ? <ErrorMessage id={errorId} message={message} /> : null}
      <Select
        {...selectProps}
        id={id}
        name={fieldName}
        ref={ref}
        value={typeof value === 'string' ? value : ''}
        onChange={onChange}
        onBlur={onBlur}
        disabled={disabled ?? selectProps.disabled}
        hasError={Boolean(message)}
        aria-invalid={message ? true : undefined}
        aria-describedby={joinIds(hint ? hintId : undefined, message ? errorId : undefined)}
      >
        {placeholder === undefined ? null : <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </FieldWrapper>
  )
}
