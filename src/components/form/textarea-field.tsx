import { useEffect, useState, type ComponentProps, type ReactNode } from 'react'

import { cn } from '#src/lib/cn'
import { useT } from '#src/lib/i18n/i18n-context'

import { countCharacters } from './count-characters'
import { FieldFrame } from './field-frame'
import { useField } from './use-field'

/** govuk-frontend's character count waits this long after the last key before announcing. */
const announceDelayMs = 1000

export type TextareaFieldProps = Omit<
  ComponentProps<'textarea'>,
  'name' | 'id' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'ref' | 'required' | 'maxLength' | 'children'
> & {
  name: string
  label: ReactNode
  hint?: ReactNode
  isOptional?: boolean
  /**
   * The contract's `.max()`: shows a character count. Deliberately not `maxLength`, which counts
   * UTF-16 units and silently cuts text; people may type past the limit and are told they are
   * over it (GOV.UK character count).
   */
  maxCharacters?: number
}

/** A labelled textarea wired to the surrounding <Form>, with an optional character count. */
export function TextareaField({
  name,
  label,
  hint,
  isOptional = false,
  maxCharacters,
  rows = 5,
  className,
  ...textareaProps
}: TextareaFieldProps) {
  const t = useT()
  const limitId = `${name}-info`
  const {
    ids,
    message,
    value: rawValue,
    onChange,
    controlProps,
    disabled,
  } = useField(name, { hasHint: Boolean(hint), describedBy: maxCharacters === undefined ? undefined : limitId })
  const value = typeof rawValue === 'string' ? rawValue : ''

  const remaining = maxCharacters === undefined ? undefined : maxCharacters - countCharacters(value)
  const countText =
    remaining === undefined
      ? ''
      : remaining >= 0
        ? t('forms.characterCount.remaining', { count: remaining })
        : t('forms.characterCount.over', { count: -remaining })

  // Announce the count once typing pauses: announcing on every key would interrupt the echo of
  // what is being typed (govuk-frontend character-count). Empty until the first change, so
  // nothing is read on page load.
  const [announcement, setAnnouncement] = useState('')
  const [initialValue] = useState(value)
  useEffect(() => {
    if (remaining === undefined || value === initialValue) return
    const timer = setTimeout(() => setAnnouncement(countText), announceDelayMs)
    return () => clearTimeout(timer)
  }, [countText, remaining, value, initialValue])

  const isOver = remaining !== undefined && remaining < 0
  return (
    <FieldFrame ids={ids} label={label} hint={hint} isOptional={isOptional} message={message}>
      <textarea
        rows={rows}
        {...textareaProps}
        {...controlProps}
        value={value}
        onChange={onChange}
        disabled={disabled ?? textareaProps.disabled}
        className={cn(
          'block w-full max-w-2xl rounded-none border-2 bg-surface px-2 py-1 text-base text-ink',
          message || isOver ? 'border-error' : 'border-input-border',
          className,
        )}
      />
      {maxCharacters === undefined ? null : (
        <>
          <span id={limitId} className="sr-only">
            {t('forms.characterCount.limit', { count: maxCharacters })}
          </span>
          {/* The visible count updates on every key; screen readers get the delayed copy below. */}
          <p aria-hidden="true" className={cn(isOver ? 'font-bold text-error' : 'text-ink-muted')}>
            {countText}
          </p>
          <div role="status" aria-live="polite" className="sr-only">
            {announcement}
          </div>
        </>
      )}
    </FieldFrame>
  )
}
