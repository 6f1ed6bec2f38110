import type { ReactNode } from 'react'
import { useController } from 'react-hook-form'

import { Radio } from '#src/components/ui/radio'

import type { ChoiceOption } from './checkbox-group'
import { Fieldset } from './fieldset'
import { getOptionId } from './option-id'

export type RadioGroupProps = {
  /** A field holding the chosen value (a string). */
  name: string
  legend: ReactNode
  hint?: ReactNode
  isOptional?: boolean
  options: ReadonlyArray<ChoiceOption>
}

/**
 * Radios in a fieldset, bound to a string field. The error is described on the fieldset, not
 * marked with aria-invalid on each radio: ARIA does not support aria-invalid on role radio, and
 * govuk-frontend does the same.
 */
export function RadioGroup({ name, legend, hint, isOptional, options }: RadioGroupProps) {
  const { field, fieldState } = useController({ name })
  const message = fieldState.error?.message
  const value: unknown = field.value
  return (
    <Fieldset name={name} legend={legend} hint={hint} errorMessage={message} isOptional={isOptional}>
      {options.map((option, index) => (
        <Radio
          key={option.value}
          id={getOptionId(name, index)}
          ref={index === 0 ? field.ref : undefined}
          name={field.name}
          value={option.value}
          label={option.label}
          hint={option.hint}
          checked={value === option.value}
          onChange={() => field.onChange(option.value)}
          onBlur={field.onBlur}
          disabled={field.disabled}
        />
      ))}
    </Fieldset>
  )
}
