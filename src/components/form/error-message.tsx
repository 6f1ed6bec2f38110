import { useI18n } from '#src/lib/i18n/i18n-context'

export type ErrorMessageProps = {
  id: string
  /** A catalogue key (the contract's validation messages are keys). */
  message: string
}

/**
 * The inline error under a label. It starts with a visually hidden "Error:" so screen readers
 * announce it as an error and not as a hint (govuk-frontend error-message).
 */
export function ErrorMessage({ id, message }: ErrorMessageProps) {
  const { t, translateKey } = useI18n()
  return (
    <p id={id} className="font-bold text-error">
      {/* The space sits outside the hidden span so the text reads "Error: Enter…" (govuk-frontend). */}
      <span className="sr-only">{t('forms.error.prefix')}</span> {translateKey(message)}
    </p>
  )
}
