import type { ComponentProps, ReactNode } from 'react'

import { cn } from '#src/lib/cn'

import { FieldFrame } from './field-frame'
import { useField } from './use-field'

export type TextFieldProps = Omit<
  ComponentProps<'input'>,
  'name' | 'id' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'ref' | 'required' | 'children'
> & {
  /** Field path in the form; also the input's id. */
  name: string
  label: ReactNode
  hint?: ReactNode
  isOptional?: boolean
}

/**
 * A labelled text input wired to the surrounding <Form> (GOV.UK field pattern). Pass `type`, `autoComplete`,
 * `spellCheck` and `inputMode` for the input's purpose (WCAG 1.3.5 identify input purpose), e.g. email:
 * `type="email" autoComplete="email" spellCheck={false}`.
 */
export function TextField({ name, label, hint, isOptional = false, className, ...inputProps }: TextFieldProps) {
  const { ids, message, value, onChange, controlProps, disabled } = useField(name, { hasHint: Boolean(hint) })
  return (
    <FieldFrame ids={ids} label={label} hint={hint} isOptional={isOptional} message={message}>
      <input
        type="text"
        {...inputProps}
        {...controlProps}
        value={typeof value === 'string' || typeof value === 'number' ? value : ''}
        onChange={onChange}
        disabled={disabled ?? inputProps.disabled}
        className={cn(
          'block min-h-11 w-full max-w-md rounded-none border-2 bg-surface px-2 py-1 text-base text-ink',
          message ? 'border-error' : 'border-input-border',
          className,
        )}
      />
    </FieldFrame>
  )
}
