import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'

import { EmptyState } from '#src/components/ui/empty-state'
import { ErrorState } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import { Heading } from '#src/components/ui/heading'
import { Spinner } from '#src/components/ui/spinner'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import type { PolicyArchive } from '#src/contract/policies'
import { isApiError } from '#src/lib/api-error'
import type { MessageKey } from '#src/lib/i18n/catalogue'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { policyQueries } from '../api/policy-queries'
import type { PersonalContextState, VersionedChange } from '../personal-impact'
import { comparePolicies, type PolicyComparison, type UnitComparison, type UnitStatus } from '../policy-diff'

import { CompareForm } from './compare-form'
import { Loaded } from './loaded'
import { PassageLink } from './passage-link'
import { PersonalImpactView } from './personal-impact-view'
import { PolicyBlockView } from './policy-blocks'
import { RichTextView } from './rich-text'
import { useFormatCalendarDate } from './use-policy-formats'

const statusNames: Readonly<Record<Exclude<UnitStatus, 'unchanged'>, MessageKey>> = {
  added: 'policy.diff.status.added',
  removed: 'policy.diff.status.removed',
  changed: 'policy.diff.status.changed',
}

function unitHeadingId(id: string): string {
  return `compare-${id}`
}

/** A section's title as the later version has it (as the earlier one had it, for a removed section). */
function titleText(unit: UnitComparison): string {
  const kept = unit.title.filter((part) => part.kind !== 'removed')
  return (kept.length > 0 ? kept : unit.title).map((part) => part.text).join('')
}

function ChangedUnit({ unit }: { unit: UnitComparison }) {
  const { t } = useI18n()
  const status = unit.status === 'unchanged' ? null : t(statusNames[unit.status])
  const labels = [status, unit.isMoved ? t('policy.diff.status.moved') : null].filter((label) => label !== null)
  return (
    <section aria-labelledby={unitHeadingId(unit.id)} className="mt-8 border-t-2 border-border pt-6">
      {unit.parentTitle ? <p className="text-ink-muted">{unit.parentTitle}</p> : null}
      <Heading level={3} id={unitHeadingId(unit.id)} className="text-xl font-bold">
        <RichTextView parts={unit.title} />
      </Heading>
      <p className="mt-1 font-semibold">{labels.join(', ')}</p>
      {unit.isMoved && unit.status === 'unchanged' ? (
        <p className="mt-2 max-w-prose">{t('policy.diff.movedOnly')}</p>
      ) : (
        unit.blocks.map((view, index) => (
          <PolicyBlockView key={`${view.id}-${String(index)}`} view={view} headingLevel={4} hasAnchors={false} />
        ))
      )}
    </section>
  )
}

/** The changes each version between the two made, as the archive summarises them. */
function ChangesBetween({ versions }: { versions: PolicyArchive['versions'] }) {
  const { t, localize } = useI18n()
  const formatCalendarDate = useFormatCalendarDate()
  return (
    <section aria-labelledby="policy-changes-heading" className="mt-8">
      <Heading level={2} id="policy-changes-heading" className="text-2xl font-bold">
        {t('policy.compare.changesTitle')}
      </Heading>
      <ul className="mt-2 space-y-4">
        {versions.map((version) => (
          <li key={version.id}>
            <p className="font-semibold">
              {t('policy.compare.versionLine', { version: version.id, date: formatCalendarDate(version.effectiveOn) })}
            </p>
            <ul className="mt-1 list-disc space-y-1 ps-6">
              {version.changes.map((change) => (
                <li key={change.id} className="max-w-prose">
                  {change.isSignificant ? <strong>{t('policy.compare.significant')} </strong> : null}
                  {localize(change.summary)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  )
}

function ComparisonResult({ comparison, to }: { comparison: PolicyComparison; to: string }) {
  const { t } = useI18n()
  return (
    <>
      <section aria-labelledby="policy-changed-heading" className="mt-10">
        <Heading level={2} id="policy-changed-heading" className="text-2xl font-bold">
          {t('policy.diff.changedTitle', { count: comparison.changed.length })}
        </Heading>
        <p className="mt-2 max-w-prose">{t('policy.diff.legend')}</p>
        {comparison.changed.length > 0 ? (
          <ul className="mt-2 list-disc space-y-1 ps-6">
            {comparison.changed.map((unit) => (
              <li key={unit.id}>
                <PassageLink id={unitHeadingId(unit.id)}>{titleText(unit)}</PassageLink>
              </li>
            ))}
          </ul>
        ) : null}
        {comparison.changed.map((unit) => (
          <ChangedUnit key={unit.id} unit={unit} />
        ))}
      </section>
      <section aria-labelledby="policy-unchanged-heading" className="mt-10">
        <Heading level={2} id="policy-unchanged-heading" className="text-2xl font-bold">
          {t('policy.diff.unchangedTitle', { count: comparison.unchanged.length })}
        </Heading>
        <ul className="mt-2 list-disc space-y-1 ps-6">
          {comparison.unchanged.map((unit) => (
            <li key={unit.id}>
              <TextLink to={paths.policyVersion.getHref(to, unit.id)}>{titleText(unit)}</TextLink>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}

type ComparisonProps = {
  from: string
  to: string
  archive: PolicyArchive
  personal: PersonalContextState
}

function Comparison({ from, to, archive, personal }: ComparisonProps) {
  const { t, locale } = useI18n()
  const before = useQuery(policyQueries.version(from))
  const after = useQuery(policyQueries.version(to))
  const comparison = useMemo(
    () => (before.data && after.data ? comparePolicies(before.data, after.data, locale) : null),
    [before.data, after.data, locale],
  )
  // Version ids sort as the months they took effect; the archive lists newest first.
  const between = archive.versions.filter((version) => version.id > from && version.id <= to).reverse()
  const changes: VersionedChange[] = between.flatMap((version) =>
    version.changes.map((change) => ({ versionId: version.id, change })),
  )

  const failed = [before, after].find((query) => query.isError)
  if (failed && isApiError(failed.error) && failed.error.status === 404) {
    return (
      <EmptyState
        title={t('policy.version.notFound.title')}
        headingLevel={2}
        action={<TextLink to={paths.policyArchive.getHref()}>{t('policy.document.archiveLink')}</TextLink>}
      >
        <p>{t('policy.compare.notFound')}</p>
      </EmptyState>
    )
  }

  return (
    <>
      <ChangesBetween versions={between} />
      <PersonalImpactView state={personal} changes={changes} />
      {comparison ? (
        <ComparisonResult comparison={comparison} to={to} />
      ) : failed ? (
        <ErrorState
          kind={getErrorStateKind(failed.error)}
          onRetry={() => void failed.refetch()}
          isRetrying={failed.isFetching}
        />
      ) : (
        <Spinner label={t('policy.loading')} />
      )}
    </>
  )
}

type PolicyComparisonViewProps = {
  /** The earlier and the later version; either may be missing when the page is opened without a choice. */
  from: string | null
  to: string | null
  personal: PersonalContextState
}

/**
 * Compares two versions: the changes each version made, what they mean for the person, then the sections that
 * changed (first, word by word) and those that did not.
 */
export function PolicyComparisonView({ from, to, personal }: PolicyComparisonViewProps) {
  const { t } = useI18n()
  const archive = useQuery(policyQueries.archive())
  return (
    <Loaded query={archive}>
      {(data) => (
        <>
          <p className="max-w-prose">{t('policy.compare.intro')}</p>
          <div className="mt-6 print:hidden">
            <CompareForm
              versions={data.versions}
              values={from && to ? { from, to } : undefined}
              key={`${from ?? ''}-${to ?? ''}`}
            />
          </div>
          {from && to ? <Comparison from={from} to={to} archive={data} personal={personal} /> : null}
        </>
      )}
    </Loaded>
  )
}
