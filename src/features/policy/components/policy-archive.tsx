import { useQuery } from '@tanstack/react-query'

import { Heading } from '#src/components/ui/heading'
import { Table, type TableColumn } from '#src/components/ui/table'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import type { PolicyArchive } from '#src/contract/policies'
import { PolicyVersionLink } from '#src/entities/policy/policy-version-link'
import { useI18n } from '#src/lib/i18n/i18n-context'
import { sessionQueries } from '#src/lib/session'

import { policyNoticeQueries, policyQueries } from '../api/policy-queries'

import { CompareForm } from './compare-form'
import { statusNames } from './labels'
import { Loaded } from './loaded'
import { useFormatCalendarDate, useFormatInstant } from './use-policy-formats'

type Entry = PolicyArchive['versions'][number]

/** When the person said they had read each version, and where: recorded, and not a consent. */
function Acknowledgements() {
  const { t } = useI18n()
  const formatInstant = useFormatInstant()
  const acknowledgements = useQuery(policyNoticeQueries.acknowledgements())
  return (
    <section aria-labelledby="policy-acknowledgements-heading" className="mt-10">
      <Heading level={2} id="policy-acknowledgements-heading" className="text-2xl font-bold">
        {t('policy.acknowledgements.title')}
      </Heading>
      <p className="mt-2 max-w-prose">{t('policy.acknowledgements.intro')}</p>
      <Loaded query={acknowledgements} headingLevel={3}>
        {({ acknowledgements: list }) =>
          list.length === 0 ? (
            <p className="mt-2">{t('policy.acknowledgements.none')}</p>
          ) : (
            <ul className="mt-2 list-disc space-y-1 ps-6">
              {list.map((record) => (
                <li key={record.id}>
                  {t(
                    record.channel === 'sign-up'
                      ? 'policy.acknowledgements.atSignUp'
                      : 'policy.acknowledgements.inCentre',
                    { version: record.versionId, date: formatInstant(record.acknowledgedAt) },
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  )
}

/** `/policy/versions`: every version with its date, what it changed, and a way to compare any two. */
export function PolicyArchiveView() {
  const { t, localize } = useI18n()
  const formatCalendarDate = useFormatCalendarDate()
  const archive = useQuery(policyQueries.archive())
  const { data: session } = useQuery(sessionQueries.current())

  return (
    <>
      <p className="max-w-prose">{t('policy.archive.intro')}</p>
      <p className="mt-2 max-w-prose">{t('policy.archive.sampleNote')}</p>
      <Loaded query={archive}>
        {({ versions }) => {
          const columns: ReadonlyArray<TableColumn<Entry>> = [
            {
              key: 'version',
              header: t('policy.archive.column.version'),
              isRowHeader: true,
              cell: (entry) => (
                <>
                  <PolicyVersionLink versionId={entry.id} className="whitespace-nowrap" />
                  {entry.isSampleHistory ? (
                    <span className="mt-1 block text-sm font-normal">{t('policy.archive.sample')}</span>
                  ) : null}
                </>
              ),
            },
            {
              key: 'effective',
              header: t('policy.archive.column.effective'),
              cell: (entry) => (
                <>
                  <span className="block">{formatCalendarDate(entry.effectiveOn)}</span>
                  <span className="block font-semibold">{t(statusNames[entry.status])}</span>
                </>
              ),
            },
            {
              key: 'summary',
              header: t('policy.archive.column.summary'),
              cell: (entry) => (
                <>
                  {entry.isSignificant && entry.changes.length > 0 ? (
                    <span className="block font-semibold">{t('policy.archive.significant')}</span>
                  ) : null}
                  <span className="block max-w-prose">{localize(entry.summary)}</span>
                </>
              ),
            },
            {
              key: 'compare',
              header: t('policy.archive.column.compare'),
              cell: (entry) => {
                // The archive is newest first: the previous version is the next entry.
                const previous = versions[versions.indexOf(entry) + 1]
                return previous ? (
                  <TextLink to={paths.policyCompare.getHref(previous.id, entry.id)}>
                    {t('policy.archive.compareWithPrevious', { previous: previous.id, version: entry.id })}
                  </TextLink>
                ) : (
                  t('policy.archive.firstVersion')
                )
              },
            },
          ]
          return (
            <>
              <Table
                className="mt-6"
                caption={t('policy.archive.caption', { count: versions.length })}
                columns={columns}
                rows={versions}
                getRowKey={(entry) => entry.id}
              />
              <section aria-labelledby="policy-compare-heading" className="mt-10">
                <Heading level={2} id="policy-compare-heading" className="mb-4 text-2xl font-bold">
                  {t('policy.compare.heading')}
                </Heading>
                <CompareForm versions={versions} />
              </section>
            </>
          )
        }}
      </Loaded>
      {session ? <Acknowledgements /> : null}
    </>
  )
}
