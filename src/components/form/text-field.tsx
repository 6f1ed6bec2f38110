import type { ComponentProps, ReactNode } from 'react'
import { useController } from 'react-hook-form'

import { cn } from '#src/lib/cn'

import { ErrorMessage } from './error-message'
import { getFieldIds, joinIds } from './field-ids'
import { FieldLabel } from './field-label'
import { FieldWrapper } from './field-wrapper'
import { Hint } from './hint'

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
 * A labelled text input wired to the surrounding <Form> (STYLE §5). Pass `type`, `autoComplete`,
 * `spellCheck` and `inputMode` for the input's purpose (QUALITY check 55), e.g. email:
 * `type="email" autoComplete="email" spellCheck={false}`.
 */
export function TextField({ name, label, hint, isOptional = false, className, ...inputProps }: TextFieldProps) {
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
      <input
        type="text"
        {...inputProps}
        id={id}
        name={fieldName}
        ref={ref}
        value={typeof value === 'string' || typeof value === 'number' ? value : ''}
        onChange={onChange}
        onBlur={onBlur}
        disabled={disabled ?? inputProps.disabled}
        aria-invalid={message ? true : undefined}
        aria-describedby={joinIds(hint ? hintId : undefined, message ? errorId : undefined)}
        className={cn(
          'block min-h-11 w-full max-w-md rounded-none border-2 bg-surface px-2 py-1 text-base text-ink',
          message ? 'border-error' : 'border-input-border',
          className,
        )}
      />
    </FieldWrapper>
  )
}
