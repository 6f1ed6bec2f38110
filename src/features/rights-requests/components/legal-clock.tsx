import { useId } from 'react'

import { privacyContact } from '#src/components/layout/privacy-contact'
import { ExternalLink } from '#src/components/ui/external-link'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import type { RightsRequest } from '#src/contract/rights-requests'
import { useI18n } from '#src/lib/i18n/i18n-context'

const dayMs = 86_400_000

/** Whole calendar days between two instants or dates, in UTC, as the server counts them. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / dayMs)
}

/**
 * The legal clock (GDPR Art. 12(3)) as a picture: the time used and the time left to the due date, the
 * first month and its extension, and "overdue" said in words with how to complain. Everything the
 * picture shows is also in the text beside it; the SVG has its own text alternative.
 */
export function LegalClock({ request }: { request: RightsRequest }) {
  const { t, formatDate } = useI18n()
  const titleId = useId()
  const descId = useId()
  const total = Math.max(1, daysBetween(request.receivedAt, request.dueDate))
  const used = Math.max(0, daysBetween(request.receivedAt, request.asOf))
  const firstMonth = daysBetween(request.receivedAt, request.initialDueDate)
  const isExtended = request.dueDate !== request.initialDueDate
  const extension = request.events.findLast((event) => event.kind === 'extended')
  const due = formatDate(request.dueDate, { dateStyle: 'long', timeZone: 'UTC' })
  const width = 600
  const scale = (days: number) => (Math.min(days, Math.max(total, used)) / Math.max(total, used)) * width
  const summary = request.isOverdue
    ? `${t('rightsRequests.clock.overdue', { count: -request.daysLeft })} ${t('rightsRequests.clock.dueWas', { date: due })}`
    : [
        t('rightsRequests.clock.used', { count: used }),
        t('rightsRequests.clock.left', { count: request.daysLeft }),
        t('rightsRequests.clock.dueOn', { date: due }),
      ].join(' ')

  return (
    <section aria-labelledby={`${titleId}-heading`} className="flex flex-col gap-3">
      <h2 id={`${titleId}-heading`} className="text-2xl font-bold">
        {t('rightsRequests.clock.title')}
      </h2>
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${String(width)} 48`}
        className="h-auto w-full max-w-2xl"
        preserveAspectRatio="none"
      >
        <title id={titleId}>{t('rightsRequests.clock.title')}</title>
        <desc id={descId}>{summary}</desc>
        <rect x="0" y="12" width={width} height="24" className="fill-surface-muted stroke-ink" strokeWidth="1" />
        <rect
          x="0"
          y="12"
          width={scale(used)}
          height="24"
          className={request.isOverdue ? 'fill-error' : 'fill-primary'}
        />
        {isExtended ? (
          <line
            x1={scale(firstMonth)}
            x2={scale(firstMonth)}
            y1="4"
            y2="44"
            className="stroke-ink"
            strokeWidth="3"
            strokeDasharray="4 3"
          />
        ) : null}
        <line x1={scale(total)} x2={scale(total)} y1="0" y2="48" className="stroke-ink" strokeWidth="3" />
      </svg>
      <p className={request.isOverdue ? 'font-bold' : undefined}>{summary}</p>
      {isExtended && extension ? (
        <p>
          {t('rightsRequests.clock.extended', {
            initial: formatDate(request.initialDueDate, { dateStyle: 'long', timeZone: 'UTC' }),
            date: due,
          })}
        </p>
      ) : null}
      {request.isOverdue ? (
        <div className="border-l-8 border-error bg-surface-muted p-4">
          <p className="font-bold">{t('rightsRequests.clock.overdue.what')}</p>
          <p className="mt-2">
            <ExternalLink href={privacyContact.complaintUrl}>{t('rightsRequests.complaint.cnilLink')}</ExternalLink>
          </p>
          <p className="mt-2">
            <TextLink to={paths.requestComplaint.getHref()}>{t('rightsRequests.complaint.howTo')}</TextLink>
          </p>
        </div>
      ) : null}
    </section>
  )
}
