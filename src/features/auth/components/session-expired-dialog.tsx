import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useNavigate } from 'react-router'

import { Button } from '#src/components/ui/button'
import { Dialog } from '#src/components/ui/dialog'
import { paths } from '#src/config/paths'
import type { Session } from '#src/contract/session'
import { authInterrupts } from '#src/lib/auth-interrupts'
import { useT } from '#src/lib/i18n/i18n-context'
import { forgetSession, getLastKnownUser, sessionQueries } from '#src/lib/session'

import { SignInForm } from './sign-in-form'

/**
 * The session ended while the person was on a page: they sign in again over it, so the form they were
 * filling in and what they typed stay (WCAG 3.3.7 redundant entry). Nothing is written to web storage.
 */
export function SessionExpiredDialog() {
  const t = useT()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  // Read once: signing in while the dialog is open replaces it.
  const [previous] = useState(getLastKnownUser)

  function handleSignedIn(session: Session) {
    if (previous && previous.id !== session.user.id) {
      // Someone else signed in: what was on screen belongs to the previous person and must go.
      authInterrupts.cancel()
      forgetSession(queryClient)
      queryClient.setQueryData(sessionQueries.current().queryKey, session)
      void navigate(paths.overview.getHref(), { replace: true })
      return
    }
    authInterrupts.complete()
  }

  function handleLeave() {
    const returnTo = `${window.location.pathname}${window.location.search}`
    authInterrupts.cancel()
    forgetSession(queryClient)
    void navigate(paths.signIn.getHref(returnTo), { replace: true })
  }

  return (
    // Closing (Esc) keeps the page and its typing; the next request that needs the session asks again.
    <Dialog
      isOpen
      onClose={() => authInterrupts.cancel()}
      title={t('auth.sessionExpired.title')}
      initialFocus="heading"
    >
      <p>{t('auth.sessionExpired.body')}</p>
      <SignInForm onSignedIn={handleSignedIn} defaultEmail={previous?.email ?? ''} />
      <div>
        <Button variant="quiet" onClick={handleLeave}>
          {t('auth.sessionExpired.leave')}
        </Button>
      </div>
    </Dialog>
  )
}
