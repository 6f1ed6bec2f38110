import { zodResolver } from '@hookform/resolvers/zod'
import { useMutation } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'

import { applyProblemToForm } from '#src/components/form/apply-problem'
import { Form } from '#src/components/form/form'
import { TextField } from '#src/components/form/text-field'
import { Button } from '#src/components/ui/button'
import { SignInBodySchema, type Session, type SignInBody } from '#src/contract/session'
import { isApiError } from '#src/lib/api-error'
import { useT } from '#src/lib/i18n/i18n-context'

import { authMutations } from '../api/auth-mutations'

type SignInFormProps = {
  onSignedIn: (session: Session) => void
  /** Prefills the email, e.g. when signing in again in place after the session expired. */
  defaultEmail?: string
  submitLabel?: string
}

/**
 * Email and password, GOV.UK style: validated on submit, one summary, one clear message for wrong
 * credentials (never saying which of the two was wrong), and a wait stated in words when rate limited.
 */
export function SignInForm({ onSignedIn, defaultEmail = '', submitLabel }: SignInFormProps) {
  const t = useT()
  const signIn = useMutation(authMutations.signIn())
  const [retryAfterSeconds, setRetryAfterSeconds] = useState<number | null>(null)
  const form = useForm<SignInBody>({
    resolver: zodResolver(SignInBodySchema),
    defaultValues: { email: defaultEmail, password: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })

  // The button stays blocked until the server's wait is over, then the person may try again (Retry-After).
  useEffect(() => {
    if (retryAfterSeconds === null) return
    const timer = window.setTimeout(() => setRetryAfterSeconds(null), retryAfterSeconds * 1000)
    return () => window.clearTimeout(timer)
  }, [retryAfterSeconds])

  async function handleSubmit(values: SignInBody) {
    if (retryAfterSeconds !== null) return
    try {
      onSignedIn(await signIn.mutateAsync(values))
    } catch (error) {
      if (isApiError(error) && error.code === 'invalid_credentials') {
        form.setError('email', { type: 'server', message: 'auth.signIn.invalidCredentials' })
        return
      }
      if (isApiError(error) && error.status === 429) setRetryAfterSeconds(error.retryAfterSeconds ?? 60)
      applyProblemToForm(error, form.setError)
    }
  }

  const isWaiting = retryAfterSeconds !== null
  const waitMinutes = Math.ceil((retryAfterSeconds ?? 0) / 60)

  return (
    <Form form={form} onSubmit={handleSubmit}>
      <TextField
        name="email"
        label={t('auth.signIn.email')}
        type="email"
        // "username" is the token password managers look for on a sign-in form (HTML autofill, WCAG 3.3.8).
        autoComplete="username"
        spellCheck={false}
      />
      <TextField name="password" label={t('auth.signIn.password')} type="password" autoComplete="current-password" />
      {isWaiting ? (
        <p className="font-bold">
          {retryAfterSeconds < 120
            ? t('auth.signIn.rateLimited', { count: retryAfterSeconds })
            : t('auth.signIn.rateLimitedMinutes', { count: waitMinutes })}
        </p>
      ) : null}
      <div>
        <Button type="submit" isPending={signIn.isPending} aria-disabled={isWaiting || undefined}>
          {submitLabel ?? t('auth.signIn.submit')}
        </Button>
      </div>
    </Form>
  )
}
