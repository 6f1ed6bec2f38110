import { useMutation } from '@tanstack/react-query'

import { Alert } from '#src/components/ui/alert'
import { Button } from '#src/components/ui/button'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import { isApiError } from '#src/lib/api-error'
import type { MessageKey } from '#src/lib/i18n/catalogue'
import { useT } from '#src/lib/i18n/i18n-context'

import { contactDetailsMutations } from '../api/contact-details-mutations'

function getFailureKey(error: unknown): MessageKey {
  if (isApiError(error) && error.status === 422) return 'contactPreferences.confirmEmail.invalid'
  if (isApiError(error) && error.status === 409) return 'contactPreferences.confirmEmail.taken'
  if (isApiError(error) && error.kind === 'network') return 'forms.problem.network'
  return 'forms.problem.server'
}

/**
 * The page the link in the confirmation message opens. The change happens only when the signed-in person
 * presses the button: a mail scanner that follows the link changes nothing (a GET never changes state).
 */
export function ConfirmNewEmail({ token }: { token: string | null }) {
  const t = useT()
  const mutation = useMutation(contactDetailsMutations.confirmEmail())

  if (token === null || token.trim() === '') {
    return (
      <div className="flex max-w-prose flex-col gap-4">
        <Alert variant="warning">
          <p>{t('contactPreferences.confirmEmail.missing')}</p>
        </Alert>
        <p>
          <TextLink to={paths.settings.getHref()}>{t('contactPreferences.confirmEmail.back')}</TextLink>
        </p>
      </div>
    )
  }

  if (mutation.isSuccess) {
    return (
      // The button that was pressed is gone: focus moves to the outcome, so it is read next (WCAG 2.4.3).
      <div
        ref={(node) => {
          node?.focus()
        }}
        tabIndex={-1}
        className="flex max-w-prose flex-col gap-4"
      >
        <Alert variant="success" title={t('contactPreferences.confirmEmail.done.title')}>
          <p>{t('contactPreferences.confirmEmail.done.body', { email: mutation.data.email })}</p>
        </Alert>
        <p>
          <TextLink to={paths.settings.getHref()}>{t('contactPreferences.confirmEmail.back')}</TextLink>
        </p>
      </div>
    )
  }

  return (
    <div className="flex max-w-prose flex-col gap-4">
      <p>{t('contactPreferences.confirmEmail.intro')}</p>
      {mutation.isError ? (
        <Alert variant="error">
          <p>{t(getFailureKey(mutation.error))}</p>
        </Alert>
      ) : null}
      <div>
        <Button
          onClick={() => {
            mutation.mutate({ token })
          }}
          isPending={mutation.isPending}
          pendingLabel={t('contactPreferences.confirmEmail.pending')}
        >
          {t('contactPreferences.confirmEmail.submit')}
        </Button>
      </div>
      <p>
        <TextLink to={paths.settings.getHref()}>{t('contactPreferences.confirmEmail.back')}</TextLink>
      </p>
    </div>
  )
}
