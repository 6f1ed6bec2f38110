import { zodResolver } from '@hookform/resolvers/zod'
import { useMutation } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'

import { applyProblemToForm } from '#src/components/form/apply-problem'
import { Form } from '#src/components/form/form'
import { TextField } from '#src/components/form/text-field'
import { Button } from '#src/components/ui/button'
import { Dialog } from '#src/components/ui/dialog'
import { ReauthenticateBodySchema, type ReauthenticateBody } from '#src/contract/session'
import { isApiError } from '#src/lib/api-error'
import { authInterrupts } from '#src/lib/auth-interrupts'
import { useT } from '#src/lib/i18n/i18n-context'

import { authMutations } from '../api/auth-mutations'

/**
 * Step-up (RFC 9470): the API wants the password again before a sensitive action (erasure, data download,
 * sign-in email change). The action itself waits and is sent once more after this succeeds. Paste and
 * password managers work (WCAG 3.3.8): the field is a plain password input with `current-password`.
 */
export function StepUpDialog() {
  const t = useT()
  const reauthenticate = useMutation(authMutations.reauthenticate())
  const form = useForm<ReauthenticateBody>({
    resolver: zodResolver(ReauthenticateBodySchema),
    defaultValues: { password: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })

  async function handleSubmit(values: ReauthenticateBody) {
    try {
      await reauthenticate.mutateAsync(values)
      authInterrupts.complete()
    } catch (error) {
      if (isApiError(error) && error.code === 'invalid_credentials') {
        form.setError('password', { type: 'server', message: 'auth.stepUp.wrongPassword' })
        return
      }
      applyProblemToForm(error, form.setError)
    }
  }

  return (
    <Dialog isOpen onClose={() => authInterrupts.cancel()} title={t('auth.stepUp.title')} initialFocus="first-field">
      <p>{t('auth.stepUp.body')}</p>
      <Form form={form} onSubmit={handleSubmit}>
        <TextField name="password" label={t('auth.signIn.password')} type="password" autoComplete="current-password" />
        <div className="flex flex-wrap gap-4">
          <Button type="submit" isPending={reauthenticate.isPending}>
            {t('auth.stepUp.submit')}
          </Button>
          <Button variant="secondary" onClick={() => authInterrupts.cancel()}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </Dialog>
  )
}
