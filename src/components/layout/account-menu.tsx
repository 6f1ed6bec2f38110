import { useT } from '#src/lib/i18n/i18n-context'

type AccountMenuProps = {
  userName: string
  onSignOut: () => void
  isSigningOut?: boolean
}

/**
 * The signed-in person's name and an always-visible sign-out button. No disclosure: ASVS5 7.4.4 wants a
 * visible sign-out control on every authenticated page, and a closed menu would hide it.
 */
export function AccountMenu({ userName, onSignOut, isSigningOut = false }: AccountMenuProps) {
  const t = useT()

  function handleSignOut() {
    // Ignore repeat presses while pending (govuk-frontend's preventDoubleClick); the button stays focusable.
    if (isSigningOut) return
    onSignOut()
  }

  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-2">
      <p className="min-w-0 wrap-anywhere">
        <span className="text-sm">{t('shell.account.signedInAs')}</span>{' '}
        <span className="font-semibold">{userName}</span>
      </p>
      <button
        type="button"
        onClick={handleSignOut}
        aria-disabled={isSigningOut || undefined}
        className="min-h-11 rounded border-2 border-secondary-border bg-secondary px-3 py-1.5 font-semibold text-ink hover:bg-secondary-hover aria-disabled:opacity-70"
      >
        {t('shell.account.signOut')}
      </button>
      {/* Present before its text changes, so screen readers announce the pending state (WCAG 4.1.3). Not
          role="status": the header is on every page, and pages' own status messages are found by that role. */}
      <p aria-live="polite" className="sr-only">
        {isSigningOut ? t('shell.account.signingOut') : ''}
      </p>
    </div>
  )
}
