import { zodResolver } from '@hookform/resolvers/zod'
import { onlineManager } from '@tanstack/react-query'
import { useState, useSyncExternalStore } from 'react'
import { useForm } from 'react-hook-form'

import { applyProblemToForm } from '#src/components/form/apply-problem'
import { Form } from '#src/components/form/form'
import { RadioGroup } from '#src/components/form/radio-group'
import { TextareaField } from '#src/components/form/textarea-field'
import { Button } from '#src/components/ui/button'
import { StatusMessage } from '#src/components/ui/status-message'
import {
  CreatePrivacyMessageBodySchema,
  PrivacyMessageTopicSchema,
  privacyMessageMaxCharacters,
  type CreatePrivacyMessageBody,
  type PrivacyMessage,
} from '#src/contract/privacy-messages'
import { isApiError } from '#src/lib/api-error'
import { ReauthenticationCancelledError } from '#src/lib/auth-interrupts'
import type { MessageKey } from '#src/lib/i18n/catalogue'
import { useI18n } from '#src/lib/i18n/i18n-context'
import { useIdempotencyKey } from '#src/lib/use-idempotency-key'

import type { CreatePrivacyMessageVariables } from '../api/privacy-message-mutations'

import { getTopicLabelKey } from './topic-labels'

const topicHintKeys = {
  'my-data': 'privacyMessages.topic.my-data.hint',
  rights: 'privacyMessages.topic.rights.hint',
  consents: 'privacyMessages.topic.consents.hint',
  other: undefined,
} as const satisfies Record<CreatePrivacyMessageBody['topic'], MessageKey | undefined>

export type ContactFormProps = {
  /** `mutateAsync` of `privacyMessageMutations.create()`, owned by the parent so the receipt outlives the form. */
  onSend: (variables: CreatePrivacyMessageVariables) => Promise<PrivacyMessage>
  isPending: boolean
}

function subscribeToOnline(listener: () => void): () => void {
  return onlineManager.subscribe(listener)
}

/**
 * What went wrong, in the person's terms, when the message did not reach the server: every message says
 * it was NOT sent and that what they wrote is kept (GOV.UK "there is a problem with the service" pages,
 * WCAG 3.3.7). A timeout is an unknown outcome, so it says so: the retry reuses the Idempotency-Key and
 * cannot create a second message.
 */
function getProblemKey(error: unknown): MessageKey {
  if (error instanceof ReauthenticationCancelledError) return 'privacyMessages.problem.signInCancelled'
  if (!isApiError(error)) return 'privacyMessages.problem.server'
  if (error.kind === 'network') return 'privacyMessages.problem.network'
  if (error.kind === 'timeout') return 'privacyMessages.problem.timeout'
  if (error.status === 429 || error.code === 'rate_limited') return 'privacyMessages.problem.rateLimited'
  if (error.code === 'csrf_failed') return 'privacyMessages.problem.csrf'
  return 'privacyMessages.problem.server'
}

/**
 * The message form, GOV.UK style: validated on submit with the contract's own schema, errors
 * in the summary and inline, and what was typed is never cleared after a failure.
 */
export function ContactForm({ onSend, isPending }: ContactFormProps) {
  const { t, formatDate } = useI18n()
  const { keyFor, renew } = useIdempotencyKey()
  const isOnline = useSyncExternalStore(subscribeToOnline, () => onlineManager.isOnline())
  /** After a 429: when the person may try again (Retry-After, as an ISO instant), or null when unknown. */
  const [rateLimit, setRateLimit] = useState<{ retryAt: string | null } | null>(null)

  const form = useForm({
    resolver: zodResolver(CreatePrivacyMessageBodySchema),
    defaultValues: { message: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // Focus goes to the error summary, not to the first field (GOV.UK error summary).
    shouldFocusError: false,
  })

  function showProblem(error: unknown) {
    // Another send of this same submission (same key) is still running: its own outcome will show.
    if (isApiError(error) && error.code === 'idempotency_key_in_flight') return
    // The key was used for other content: a fresh one lets the person's retry through.
    if (isApiError(error) && error.code === 'idempotency_key_reused') renew()
    if (isApiError(error) && error.status === 422 && Object.keys(error.fieldErrors).length > 0) {
      applyProblemToForm(error, form.setError)
      return
    }
    const key = getProblemKey(error)
    if (key === 'privacyMessages.problem.rateLimited') {
      const seconds = isApiError(error) ? error.retryAfterSeconds : undefined
      setRateLimit({ retryAt: seconds === undefined ? null : new Date(Date.now() + seconds * 1000).toISOString() })
    }
    form.setError('root.server', { type: 'server', message: key })
  }

  async function handleSubmit(body: CreatePrivacyMessageBody) {
    setRateLimit(null)
    if (!onlineManager.isOnline()) {
      // No silent queue for a message with legal weight: say it was not sent.
      form.setError('root.server', { type: 'offline', message: 'privacyMessages.problem.offline' })
      return
    }
    try {
      // The parsed body (trimmed, NFC) names the content: retyping a space at the end is the same message.
      await onSend({ body, idempotencyKey: keyFor(body) })
      renew()
    } catch (error) {
      showProblem(error)
    }
  }

  return (
    <Form form={form} onSubmit={handleSubmit} className="max-w-2xl" aria-label={t('privacyMessages.page.title')}>
      {/* Present from the start, so its text is announced when the connection drops or sending starts,
          without moving focus (WCAG 4.1.3). */}
      <StatusMessage>
        {isOnline ? null : (
          <p className="border-l-8 border-caution bg-surface-muted p-4 font-bold">
            {t('privacyMessages.offline.banner')}
          </p>
        )}
        {isPending ? <span className="sr-only">{t('privacyMessages.form.pending')}</span> : null}
      </StatusMessage>
      <RadioGroup
        name="topic"
        legend={t('privacyMessages.form.topic.legend')}
        options={PrivacyMessageTopicSchema.options.map((topic) => {
          const hintKey = topicHintKeys[topic]
          return {
            value: topic,
            label: t(getTopicLabelKey(topic)),
            ...(hintKey === undefined ? {} : { hint: t(hintKey) }),
          }
        })}
      />
      <TextareaField
        name="message"
        label={t('privacyMessages.form.message.label')}
        hint={t('privacyMessages.form.message.hint')}
        maxCharacters={privacyMessageMaxCharacters}
        rows={10}
      />
      {rateLimit === null ? null : (
        <p className="font-bold">
          {rateLimit.retryAt === null
            ? t('privacyMessages.problem.rateLimited.retryLater')
            : t('privacyMessages.problem.rateLimited.retryAt', {
                time: formatDate(rateLimit.retryAt, { hour: 'numeric', minute: '2-digit' }),
              })}
        </p>
      )}
      <div>
        <Button type="submit" isPending={isPending} pendingLabel={t('privacyMessages.form.pending')}>
          {t('privacyMessages.form.submit')}
        </Button>
      </div>
    </Form>
  )
}
