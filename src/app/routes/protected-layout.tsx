import { useSyncExternalStore } from 'react'
import { Outlet } from 'react-router'

import { SessionExpiredDialog } from '#src/features/auth/components/session-expired-dialog'
import { SessionTimeoutWarning } from '#src/features/auth/components/session-timeout-warning'
import { StepUpDialog } from '#src/features/auth/components/step-up-dialog'
import { PolicyNotice } from '#src/features/policy/components/policy-notice'
import { authInterrupts } from '#src/lib/auth-interrupts'

import { PolicyNoticeConsent } from './policy-notice-consent'

/**
 * Pages for signed-in people. The router's loader has already checked the session; this layout adds the
 * in-place dialogs that keep the page (and whatever was typed on it) mounted when the API asks the person
 * to sign in again or to confirm it is them, and the warning before the idle timeout (WCAG 2.2.1 timing adjustable),
 * which stands aside while the sign-in dialog is open: the session has ended then.
 */
export function ProtectedLayout() {
  const interrupt = useSyncExternalStore(authInterrupts.subscribe, authInterrupts.getSnapshot)
  return (
    <>
      {/* The notice of significant policy changes, above every signed-in page until acknowledged. */}
      {interrupt === 'sign-in' ? null : (
        <PolicyNotice renderConsentRequest={(purposeId) => <PolicyNoticeConsent purposeId={purposeId} />} />
      )}
      <Outlet />
      {interrupt === 'sign-in' ? null : <SessionTimeoutWarning />}
      {interrupt === 'sign-in' ? <SessionExpiredDialog /> : null}
      {interrupt === 'step-up' ? <StepUpDialog /> : null}
    </>
  )
}
