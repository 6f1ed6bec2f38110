import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'

import { Button } from '#src/components/ui/button'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import type { PrivacyMessage } from '#src/contract/privacy-messages'
import { useI18n } from '#src/lib/i18n/i18n-context'
import { maskEmail } from '#src/lib/mask-email'
import { sessionQueries } from '#src/lib/session'

import { getTopicLabelKey } from './topic-labels'

export type ContactConfirmationProps = {
  receipt: PrivacyMessage
  onWriteAnother: () => void
}

/**
 * GOV.UK confirmation page: a panel with the reference, then the facts of the receipt and what happens
 * next, with the answer date the policy promises (the receipt a rights request gets, applied to a message).
 * The person's own text is not shown again: the server does not echo it.
 */
export function ContactConfirmation({ receipt, onWriteAnother }: ContactConfirmationProps) {
  const { t, formatDate } = useI18n()
  const { data: session } = useQuery(sessionQueries.current())
  const headingRef = useRef<HTMLHeadingElement>(null)

  // The form the person was in has gone: focus the panel's heading so the keyboard and the screen reader
  // start from the outcome (GOV.UK confirmation pages start at the panel).
  useEffect(() => {
    headingRef.current?.focus()
  }, [])

  // A calendar date: formatted in UTC, or a reader west of Greenwich would see the day before.
  const answerDueBy = formatDate(receipt.answerDueBy, { dateStyle: 'long', timeZone: 'UTC' })
  const receivedAt = formatDate(receipt.receivedAt, { dateStyle: 'long' })

  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <div className="bg-success p-6 text-center text-on-primary">
        <h2 ref={headingRef} tabIndex={-1} className="text-3xl font-bold">
          {t('privacyMessages.confirmation.title')}
        </h2>
        <p className="mt-4 text-xl">
          {t('privacyMessages.confirmation.referenceLabel')}
          <br />
          <strong className="text-2xl font-bold wrap-break-word">{receipt.reference}</strong>
        </p>
      </div>

      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 border-y border-border py-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('privacyMessages.confirmation.summary.topic')}</dt>
        <dd>{t(getTopicLabelKey(receipt.topic))}</dd>
        <dt className="font-semibold">{t('privacyMessages.confirmation.summary.receivedAt')}</dt>
        <dd>{receivedAt}</dd>
        <dt className="font-semibold">{t('privacyMessages.confirmation.summary.answerDueBy')}</dt>
        <dd>{answerDueBy}</dd>
      </dl>

      <p>
        {session
          ? t('privacyMessages.confirmation.emailSent', { email: maskEmail(session.user.email) })
          : t('privacyMessages.confirmation.emailSent.accountAddress')}
      </p>

      <section aria-labelledby="privacy-message-next-steps" className="flex flex-col gap-3">
        <h2 id="privacy-message-next-steps" className="text-2xl font-bold">
          {t('privacyMessages.confirmation.nextSteps.title')}
        </h2>
        <p>{t('privacyMessages.confirmation.nextSteps.answer', { date: answerDueBy })}</p>
        <p>{t('privacyMessages.confirmation.nextSteps.delay')}</p>
        <p>{t('privacyMessages.confirmation.nextSteps.reference', { reference: receipt.reference })}</p>
      </section>

      <div className="flex flex-col items-start gap-4 sm:flex-row sm:items-center">
        <Button variant="secondary" onClick={onWriteAnother}>
          {t('privacyMessages.confirmation.writeAnother')}
        </Button>
        <TextLink to={paths.overview.getHref()}>{t('privacyMessages.confirmation.backToOverview')}</TextLink>
      </div>
    </div>
  )
}
