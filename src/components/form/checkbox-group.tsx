import type { ReactNode } from 'react'
import { useController } from 'react-hook-form'

import { Checkbox } from '#src/components/ui/checkbox'

import { Fieldset } from './fieldset'
import { getOptionId } from './option-id'

export type ChoiceOption = { value: string; label: ReactNode; hint?: ReactNode }

export type CheckboxGroupProps = {
  /** A field holding the array of checked values. */
  name: string
  legend: ReactNode
  hint?: ReactNode
  isOptional?: boolean
  options: ReadonlyArray<ChoiceOption>
}

/** Checkboxes in a fieldset, bound to a `string[]` field. */
export function CheckboxGroup({ name, legend, hint, isOptional, options }: CheckboxGroupProps) {
  const { field, fieldState } = useController({ name })
  const message = fieldState.error?.message
  const rawValue: unknown = field.value
  const checkedValues = Array.isArray(rawValue)
    ? rawValue.filter((item): item is string => typeof item === 'string')
    : []

  function handleToggle(value: string, isChecked: boolean) {
    // Keep the options' order, so the submitted array does not depend on the order of clicks.
    const next = options
      .map((option) => option.value)
      .filter((optionValue) => (optionValue === value ? isChecked : checkedValues.includes(optionValue)))
    field.onChange(next)
  }

  return (
    <Fieldset name={name} legend={legend} hint={hint} errorMessage={message} isOptional={isOptional}>
      {options.map((option, index) => (
        <Checkbox
          key={option.value}
          id={getOptionId(name, index)}
          // Only the first box receives RHF's ref: it is the one focus goes to.
          ref={index === 0 ? field.ref : undefined}
          name={field.name}
          value={option.value}
          label={option.label}
          hint={option.hint}
          checked={checkedValues.includes(option.value)}
          onChange={(event) => handleToggle(option.value, event.target.checked)}
          onBlur={field.onBlur}
          disabled={field.disabled}
          aria-invalid={message ? true : undefined}
        />
      ))}
    </Fieldset>
  )
}
