import { useMutation } from '@tanstack/react-query'

import { StatusMessage } from '#src/components/ui/status-message'
import { useT } from '#src/lib/i18n/i18n-context'

import { privacyMessageMutations } from '../api/privacy-message-mutations'

import { ContactConfirmation } from './contact-confirmation'
import { ContactForm } from './contact-form'

/**
 * "Contact the privacy team": the form, then the receipt. The mutation lives here, above both, so the
 * receipt is the mutation's own data (server state stays in TanStack Query, never copied) and the live
 * region exists before the success text is put in it (WCAG 4.1.3).
 */
export function ContactPrivacyTeam() {
  const t = useT()
  const mutation = useMutation(privacyMessageMutations.create())
  const receipt = mutation.data

  return (
    <>
      <StatusMessage isVisuallyHidden>
        {receipt ? t('privacyMessages.confirmation.announcement', { reference: receipt.reference }) : null}
      </StatusMessage>
      {receipt ? (
        <ContactConfirmation
          receipt={receipt}
          onWriteAnother={() => {
            mutation.reset()
          }}
        />
      ) : (
        <>
          <div className="mb-6 flex max-w-2xl flex-col gap-4">
            <p>{t('privacyMessages.intro')}</p>
            <p>{t('privacyMessages.intro.answerTime')}</p>
          </div>
          <ContactForm onSend={mutation.mutateAsync} isPending={mutation.isPending} />
        </>
      )}
    </>
  )
}
