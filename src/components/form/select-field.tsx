import type { ComponentProps, ReactNode } from 'react'

import { Select } from '#src/components/ui/select'

import { FieldFrame } from './field-frame'
import { useField } from './use-field'

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
  const { ids, message, value, onChange, controlProps, disabled } = useField(name, { hasHint: Boolean(hint) })
  return (
    <FieldFrame ids={ids} label={label} hint={hint} isOptional={isOptional} message={message}>
      <Select
        {...selectProps}
        {...controlProps}
        value={typeof value === 'string' ? value : ''}
        onChange={onChange}
        disabled={disabled ?? selectProps.disabled}
        hasError={Boolean(message)}
      >
        {placeholder === undefined ? null : <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </FieldFrame>
  )
}
