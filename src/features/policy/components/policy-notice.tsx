import { useMutation, useQuery } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react'
import { useLocation } from 'react-router'

import { Alert } from '#src/components/ui/alert'
import { Button } from '#src/components/ui/button'
import { Heading } from '#src/components/ui/heading'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import type { ConsentPurposeId } from '#src/contract/consents'
import type { PolicyAcknowledgement } from '#src/contract/policies'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { policyMutations } from '../api/policy-mutations'
import { policyNoticeQueries } from '../api/policy-queries'

import { useFormatCalendarDate, useFormatInstant } from './use-policy-formats'

type NoticeRegionProps = {
  ref: RefObject<HTMLDivElement | null>
  headingId: string
  title: string
  children: ReactNode
}

/** A labelled region that can take focus (a notification banner, as GOV.UK's): not printed with the page. */
function NoticeRegion({ ref, headingId, title, children }: NoticeRegionProps) {
  return (
    <div
      ref={ref}
      role="region"
      aria-labelledby={headingId}
      tabIndex={-1}
      className="mb-8 border-l-8 border-info bg-surface-muted p-4 text-ink print:hidden"
    >
      <Heading level={2} id={headingId} className="text-xl font-bold">
        {title}
      </Heading>
      {children}
    </div>
  )
}

type PolicyNoticeProps = {
  /**
   * The consent a change makes necessary, asked for in the Consents page's own terms and controls. The app
   * composes it from the consents feature; this notice only says why it is asked, and never gives it.
   */
  renderConsentRequest: (purposeId: ConsentPurposeId) => ReactNode
}

/**
 * The more visible notice the policy promises for significant changes (GDPR Art. 13(3), WP29 transparency
 * guidelines on changes): shown at the top of every signed-in page until the person acknowledges it. It takes
 * focus once when it appears, so a screen reader reads it (WCAG 4.1.3), and it stays out of the way otherwise:
 * nothing on the page is blocked. Acknowledging records the version and the time, and nothing more.
 */
export function PolicyNotice({ renderConsentRequest }: PolicyNoticeProps) {
  const { t, localize } = useI18n()
  const formatCalendarDate = useFormatCalendarDate()
  const formatInstant = useFormatInstant()
  const { key: locationKey } = useLocation()
  const headingId = useId()
  const hintId = useId()
  const notice = useQuery(policyNoticeQueries.current())
  const acknowledge = useMutation(policyMutations.acknowledge())
  const [acknowledged, setAcknowledged] = useState<{ record: PolicyAcknowledgement; locationKey: string } | null>(null)
  const regionRef = useRef<HTMLDivElement>(null)
  const confirmationRef = useRef<HTMLDivElement>(null)
  const focusedVersionRef = useRef<string | null>(null)
  const current = notice.data?.notice ?? null
  const versionId = current?.version.id ?? null
  const isConfirmationShown = acknowledged !== null && acknowledged.locationKey === locationKey

  // Once per version: the page moves focus to its own heading after a navigation, and this runs a task later.
  useEffect(() => {
    if (versionId === null || focusedVersionRef.current === versionId) return
    const timer = setTimeout(() => {
      focusedVersionRef.current = versionId
      regionRef.current?.focus()
    }, 0)
    return () => clearTimeout(timer)
  }, [versionId])

  // The button that had focus is gone: the confirmation takes it, so the outcome is read out.
  useEffect(() => {
    if (isConfirmationShown) confirmationRef.current?.focus()
  }, [isConfirmationShown])

  if (isConfirmationShown) {
    return (
      <NoticeRegion ref={confirmationRef} headingId={headingId} title={t('policy.notice.done.title')}>
        <p className="mt-2 max-w-prose">
          {t('policy.notice.done.body', {
            version: acknowledged.record.versionId,
            date: formatInstant(acknowledged.record.acknowledgedAt),
          })}{' '}
          <TextLink to={paths.consents.getHref()} className="inline-block">
            {t('policy.notice.done.consentsLink')}
          </TextLink>
        </p>
      </NoticeRegion>
    )
  }
  // A notice that cannot be loaded is not the page's content: the page carries on without it.
  if (!current) return null

  function handleAcknowledge() {
    if (versionId === null) return
    acknowledge.mutate(versionId, { onSuccess: (record) => setAcknowledged({ record, locationKey }) })
  }

  return (
    <NoticeRegion ref={regionRef} headingId={headingId} title={t('policy.notice.title')}>
      <p className="mt-2 max-w-prose">
        {t('policy.notice.inForce', {
          version: current.version.id,
          date: formatCalendarDate(current.version.effectiveOn),
        })}{' '}
        {t('policy.notice.changesSince', { since: current.sinceVersionId })}
      </p>
      <ul className="mt-2 max-w-prose list-disc space-y-1 ps-6">
        {current.changes.map((change) => (
          <li key={change.id}>{localize(change.summary)}</li>
        ))}
      </ul>
      {current.version.isSampleHistory ? <p className="mt-2 max-w-prose">{t('policy.notice.sample')}</p> : null}
      <p className="mt-3">
        <TextLink to={paths.policyCompare.getHref(current.sinceVersionId, current.version.id)}>
          {t('policy.notice.compare', { since: current.sinceVersionId, version: current.version.id })}
        </TextLink>
      </p>
      {current.consentsNeeded.map((purposeId) => (
        <div key={purposeId} className="mt-4">
          <Heading level={3} className="text-lg font-bold">
            {t('policy.notice.consent.title')}
          </Heading>
          <p className="mt-1 max-w-prose">{t('policy.notice.consent.body')}</p>
          {renderConsentRequest(purposeId)}
        </div>
      ))}
      <div className="mt-4">
        <p id={hintId} className="mb-2 max-w-prose">
          {t('policy.notice.acknowledgeHint')}
        </p>
        <Button
          variant="secondary"
          onClick={handleAcknowledge}
          isPending={acknowledge.isPending}
          aria-describedby={hintId}
        >
          {t('policy.notice.acknowledge')}
        </Button>
        {acknowledge.isError ? (
          <Alert variant="error" className="mt-2">
            {t('policy.notice.error')}
          </Alert>
        ) : null}
      </div>
    </NoticeRegion>
  )
}
