import type { ReactNode } from 'react'

import { ErrorMessage } from './error-message'
import { FieldLabel } from './field-label'
import { FieldWrapper } from './field-wrapper'
import { Hint } from './hint'

type FieldFrameProps = {
  ids: { id: string; hintId: string; errorId: string }
  label: ReactNode
  hint?: ReactNode
  isOptional?: boolean
  message: string | undefined
  children: ReactNode
}

/** GOV.UK's order for a single field: label, hint, error message, then the control. */
export function FieldFrame({ ids, label, hint, isOptional = false, message, children }: FieldFrameProps) {
  return (
    <FieldWrapper hasError={Boolean(message)}>
      <FieldLabel htmlFor={ids.id} isOptional={isOptional}>
        {label}
      </FieldLabel>
      {hint ? <Hint id={ids.hintId}>{hint}</Hint> : null}
      {message ? <ErrorMessage id={ids.errorId} message={message} /> : null}
      {children}
    </FieldWrapper>
  )
}
