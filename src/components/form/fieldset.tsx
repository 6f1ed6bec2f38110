import type { ReactNode } from 'react'

import { cn } from '#src/lib/cn'
import { useT } from '#src/lib/i18n/i18n-context'

import { ErrorMessage } from './error-message'
import { getFieldIds, joinIds } from './field-ids'
import { Hint } from './hint'

export type FieldsetProps = {
  /** The group's field name: its hint and error ids derive from it. */
  name: string
  legend: ReactNode
  hint?: ReactNode
  /** A catalogue key, when the group is in error. */
  errorMessage?: string
  isOptional?: boolean
  children: ReactNode
}

/**
 * fieldset/legend for groups of checkboxes or radios (WCAG 1.3.1). The hint and the error are
 * described on the fieldset, as govuk-frontend does, so they are read once on entering the group.
 */
export function Fieldset({ name, legend, hint, errorMessage, isOptional = false, children }: FieldsetProps) {
  const t = useT()
  const { hintId, errorId } = getFieldIds(name)
  return (
    <fieldset
      aria-describedby={joinIds(hint ? hintId : undefined, errorMessage ? errorId : undefined)}
      className={cn('flex min-w-0 flex-col gap-1', errorMessage && 'border-l-4 border-error ps-3')}
    >
      <legend className="mb-1 font-semibold">
        {legend}
        {isOptional ? ` ${t('forms.field.optional')}` : null}
      </legend>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {errorMessage ? <ErrorMessage id={errorId} message={errorMessage} /> : null}
      <div className="flex flex-col gap-1">{children}</div>
    </fieldset>
  )
}
