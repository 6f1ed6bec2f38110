import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, useSyncExternalStore } from 'react'

import { Button } from '#src/components/ui/button'
import { Dialog } from '#src/components/ui/dialog'
import { StatusMessage } from '#src/components/ui/status-message'
import { useT, type Translate } from '#src/lib/i18n/i18n-context'
import { idleTimer } from '#src/lib/idle-timer'
import { askToSignInAgain, sessionQueries } from '#src/lib/session'

import { authMutations } from '../api/auth-mutations'
import { useSignOut } from '../use-sign-out'

/** GOV.UK and MoJ warn two minutes before; a shorter timeout is warned at half its length. */
const warningLeadMs = 2 * 60 * 1000

/** The countdown is announced every 15 s, then every 5 s in the last 20 s: often enough, never every second. */
function announcedSeconds(seconds: number): number {
  const step = seconds > 20 ? 15 : 5
  // Rounded up, so each announcement is exact at the moment it changes and never says less than is left.
  return Math.ceil(seconds / step) * step
}

function formatDuration(t: Translate, totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60)
  const seconds = totalSeconds % 60
  if (minutes === 0) return t('auth.timeout.seconds', { count: seconds })
  if (seconds === 0) return t('auth.timeout.minutes', { count: minutes })
  return t('auth.timeout.minutesAndSeconds', {
    minutes: t('auth.timeout.minutes', { count: minutes }),
    seconds: t('auth.timeout.seconds', { count: seconds }),
  })
}

type OpenWarning = {
  /** The deadline the warning was opened for. Activity moves the deadline, which closes the warning. */
  deadline: number
  openedAt: number
}

/**
 * Warns before the idle timeout ends the session, and lets the person extend it as often as they need
 * (WCAG 2.2.1, GOV.UK and MoJ timeout research). The deadline comes from the idle timer
 * store, on this browser's clock. When it runs out, the in-place sign-in dialog takes over, so what was
 * typed on the page stays (WCAG 3.3.7).
 */
export function SessionTimeoutWarning() {
  const t = useT()
  const queryClient = useQueryClient()
  const deadline = useSyncExternalStore(idleTimer.subscribe, idleTimer.getDeadline)
  const timeoutMs = useSyncExternalStore(idleTimer.subscribe, idleTimer.getTimeoutMs)
  const { mutate: expire } = useMutation(authMutations.expire())
  const { signOut, isSigningOut } = useSignOut()
  const [warning, setWarning] = useState<OpenWarning | null>(null)
  const [now, setNow] = useState(0)
  const [isExtending, setIsExtending] = useState(false)
  const isOpen = warning !== null && warning.deadline === deadline

  useEffect(() => {
    if (deadline === null || timeoutMs === null) return
    const warnAt = deadline - Math.min(warningLeadMs, timeoutMs / 2)
    const warnTimer = setTimeout(
      () => {
        const openedAt = Date.now()
        setWarning({ deadline, openedAt })
        setNow(openedAt)
      },
      Math.max(0, warnAt - Date.now()),
    )
    const expiryTimer = setTimeout(() => expire(), Math.max(0, deadline - Date.now()))
    return () => {
      clearTimeout(warnTimer)
      clearTimeout(expiryTimer)
    }
  }, [deadline, timeoutMs, expire])

  useEffect(() => {
    if (!isOpen) return
    const ticker = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(ticker)
  }, [isOpen])

  if (!isOpen || timeoutMs === null) return null

  const secondsLeft = Math.max(0, Math.ceil((warning.deadline - now) / 1000))
  // Empty for the first second: a live region speaks when its text changes, not when it appears.
  const announcement =
    now > warning.openedAt ? t('auth.timeout.timeLeft', { time: formatDuration(t, announcedSeconds(secondsLeft)) }) : ''

  async function handleStay() {
    if (isExtending) return
    setIsExtending(true)
    try {
      // GET /session is the keep-alive: the server refreshes its idle timer and the answer restarts ours,
      // which moves the deadline and so closes the warning.
      const queryKey = sessionQueries.current().queryKey
      await queryClient.refetchQueries({ queryKey })
      // Too late after all (the server ended the session first): sign in again over the page.
      if (queryClient.getQueryData(queryKey) === null) askToSignInAgain(queryClient)
    } finally {
      setIsExtending(false)
    }
  }

  return (
    // Esc means "stay signed in": closing the warning must never end the session (WAI-ARIA modal dialog pattern).
    <Dialog
      isOpen
      onClose={() => void handleStay()}
      title={t('auth.timeout.title')}
      initialFocus="heading"
      hasCloseButton={false}
    >
      <p>{t('auth.timeout.body', { duration: formatDuration(t, Math.round(timeoutMs / 1000)) })}</p>
      {/* Ticks each second for the eye; screen readers get the calmer status below instead. */}
      <p aria-hidden="true" className="text-xl font-bold">
        {t('auth.timeout.timeLeft', { time: formatDuration(t, secondsLeft) })}
      </p>
      <StatusMessage isVisuallyHidden>{announcement}</StatusMessage>
      <p>{t('auth.timeout.kept')}</p>
      <div className="flex flex-wrap gap-4">
        <Button onClick={() => void handleStay()}>{t('auth.timeout.stay')}</Button>
        <Button variant="secondary" onClick={signOut} isPending={isSigningOut} pendingLabel={t('auth.signingOut')}>
          {t('auth.timeout.signOut')}
        </Button>
      </div>
    </Dialog>
  )
}
