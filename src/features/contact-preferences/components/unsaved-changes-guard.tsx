import { useEffect } from 'react'
import { useBlocker } from 'react-router'

import { ConfirmDialog } from '#src/components/ui/confirm-dialog'
import { useT } from '#src/lib/i18n/i18n-context'

/**
 * Asks before leaving a form with unsaved changes: an in-app navigation opens a dialog (React Router's
 * `useBlocker`), and closing or reloading the tab gets the browser's own question (`beforeunload`).
 * Changing only the query string or the hash on the same page is not leaving.
 */
export function UnsavedChangesGuard({ isDirty }: { isDirty: boolean }) {
  const t = useT()
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => isDirty && currentLocation.pathname !== nextLocation.pathname,
  )

  useEffect(() => {
    if (!isDirty) return
    function handleBeforeUnload(event: BeforeUnloadEvent) {
      event.preventDefault()
    }
    window.addEventListener('beforeunload', handleBeforeUnload)
    return () => {
      window.removeEventListener('beforeunload', handleBeforeUnload)
    }
  }, [isDirty])

  return (
    <ConfirmDialog
      isOpen={blocker.state === 'blocked'}
      title={t('contactPreferences.leave.title')}
      confirmLabel={t('contactPreferences.leave.confirm')}
      cancelLabel={t('contactPreferences.leave.cancel')}
      confirmVariant="warning"
      onConfirm={() => {
        blocker.proceed?.()
      }}
      onCancel={() => {
        blocker.reset?.()
      }}
    >
      <p>{t('contactPreferences.leave.body')}</p>
    </ConfirmDialog>
  )
}
