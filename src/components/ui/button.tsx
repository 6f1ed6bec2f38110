import type { ComponentProps, MouseEvent } from 'react'

import { cn } from '#src/lib/cn'
import { useT } from '#src/lib/i18n/i18n-context'

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'quiet'

export const buttonVariantClasses: Record<ButtonVariant, string> = {
  primary: 'bg-primary text-on-primary hover:bg-primary-hover border-2 border-transparent',
  secondary: 'bg-secondary text-ink hover:bg-secondary-hover border-2 border-secondary-border',
  warning: 'bg-warning-button text-on-primary hover:bg-warning-button-hover border-2 border-transparent',
  quiet: 'bg-transparent text-link underline underline-offset-2 border-2 border-transparent',
}

/** 44px high (WCAG 2.5.5 AAA; 2.5.8 needs 24) and full width on narrow screens, like GOV.UK. */
export const buttonBaseClasses =
  'inline-flex min-h-11 min-w-11 w-full sm:w-auto items-center justify-center gap-2 rounded px-4 py-2 text-base font-semibold no-underline cursor-pointer aria-disabled:cursor-progress aria-disabled:opacity-80'

export type ButtonProps = ComponentProps<'button'> & {
  variant?: ButtonVariant
  /**
   * While true the button shows a pending label, is `aria-disabled` and ignores clicks, but stays
   * focusable: the `disabled` attribute would drop focus to <body> (a busy button keeps focus).
   */
  isPending?: boolean
  /** Replaces the catalogue's "Sending…" while pending. */
  pendingLabel?: string
}

export function Button({
  variant = 'primary',
  isPending = false,
  pendingLabel,
  type = 'button',
  className,
  onClick,
  children,
  ...props
}: ButtonProps) {
  const t = useT()

  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (isPending) {
      // govuk-frontend's preventDoubleClick: a second activation must not submit the form again.
      // preventDefault also cancels the implicit submission Enter triggers through this button.
      event.preventDefault()
      return
    }
    onClick?.(event)
  }

  return (
    <button
      {...props}
      type={type}
      className={cn(buttonBaseClasses, buttonVariantClasses[variant], className)}
      aria-disabled={isPending ? true : props['aria-disabled']}
      onClick={handleClick}
    >
      {isPending ? (pendingLabel ?? t('forms.button.pending')) : children}
    </button>
  )
}
