import type { ReactNode } from 'react'

import { useT } from '#src/lib/i18n/i18n-context'

export type FieldLabelProps = {
  htmlFor: string
  children: ReactNode
  /** GOV.UK marks the optional fields, not the required ones; the required state is then stated in text (WCAG 3.3.2). */
  isOptional?: boolean
}

export function FieldLabel({ htmlFor, children, isOptional = false }: FieldLabelProps) {
  const t = useT()
  return (
    <label htmlFor={htmlFor} className="block font-semibold">
      {children}
      {isOptional ? ` ${t('forms.field.optional')}` : null}
    </label>
  )
}
