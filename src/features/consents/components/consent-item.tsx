import { useMutation } from '@tanstack/react-query'

import { Alert } from '#src/components/ui/alert'
import { Switch } from '#src/components/ui/switch'
import type { Consent } from '#src/contract/consents'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { consentMutations } from '../api/consent-mutations'

import { channelPhrases, eventSentences } from './consent-labels'

type ConsentItemProps = {
  consent: Consent
  /** The policy version in force, whose wording the consent shows now. */
  policyVersion: string
  /** A "withdraw all" is saving, so this consent's state is not confirmed yet either. */
  isWithdrawingAll: boolean
  onSaved: (message: string) => void
}

/**
 * One consent: what it means, what changes if it is withdrawn, its state, and one switch that gives or
 * withdraws it. The same single press either way, no dialog, no re-authentication (GDPR Art. 7(3)).
 * The switch moves at once; the words say "Saving…" until the server has confirmed it.
 */
export function ConsentItem({ consent, policyVersion, isWithdrawingAll, onSaved }: ConsentItemProps) {
  const { t, localize, formatDate } = useI18n()
  const mutation = useMutation(consentMutations.update())
  const title = localize(consent.title)
  const isGiven = consent.status === 'given'
  const isSaving = mutation.isPending || isWithdrawingAll

  function handleCheckedChange(next: boolean) {
    mutation.mutate(
      { purposeId: consent.purposeId, isGiven: next },
      {
        onSuccess: () =>
          onSaved(t(next ? 'consents.consent.saved.given' : 'consents.consent.saved.withdrawn', { purpose: title })),
      },
    )
  }

  const { lastEvent } = consent
  const state = isSaving
    ? t('consents.consent.saving')
    : lastEvent && consent.status !== 'not-given'
      ? t(eventSentences[lastEvent.action], {
          date: formatDate(lastEvent.occurredAt),
          channel: t(channelPhrases[lastEvent.channel]),
          version: lastEvent.policyVersion,
        })
      : t('consents.consent.notGiven')

  return (
    <li className="border-b-2 border-border py-4">
      <Switch
        label={title}
        description={localize(consent.description)}
        isChecked={isGiven}
        onCheckedChange={handleCheckedChange}
      />
      <p className="mt-1 font-semibold">{state}</p>
      <p className="mt-2">
        <span className="font-semibold">{t('consents.consent.ifWithdrawn')}</span> {localize(consent.ifWithdrawn)}
      </p>
      <details className="mt-2">
        <summary className="cursor-pointer text-link underline underline-offset-2">
          {t('consents.consent.wording', { version: policyVersion })}
        </summary>
        <blockquote className="mt-2 border-l-4 border-border ps-3">{localize(consent.wording)}</blockquote>
      </details>
      {mutation.isError ? (
        <Alert variant="error" className="mt-2">
          {t(isGiven ? 'consents.consent.error.stillGiven' : 'consents.consent.error.stillNotGiven', {
            purpose: title,
          })}
        </Alert>
      ) : null}
    </li>
  )
}
