import { useQuery } from '@tanstack/react-query'

import { EmptyState } from '#src/components/ui/empty-state'
import { Spinner } from '#src/components/ui/spinner'
import { Table } from '#src/components/ui/table'
import type { ContactTopic, PreferenceChange, PreferenceHistoryEntry } from '#src/contract/contact-preferences'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { contactPreferenceQueries } from '../api/contact-preference-queries'

import { PanelErrorState } from './panel-error-state'
import { channelLabelKeys, settingValueLabelKeys, sourceLabelKeys } from './preference-labels'

/** What changed, when and from where, newest first, as the API records it (GDPR Art. 5(2), Art. 7(1)). */
export function PreferenceHistory() {
  const { t, formatDateTime, localize } = useI18n()
  const history = useQuery(contactPreferenceQueries.history())
  const preferences = useQuery(contactPreferenceQueries.list())

  if (history.isPending) return <Spinner />
  if (history.isError) return <PanelErrorState query={history} />
  if (history.data.entries.length === 0)
    return <EmptyState title={t('contactPreferences.history.empty')} headingLevel={3} />

  const topics: readonly ContactTopic[] = preferences.data?.topics ?? []

  function describeChange(change: PreferenceChange): string {
    const topic = topics.find((candidate) => candidate.id === change.topicId)
    return t('contactPreferences.history.change', {
      topic: topic ? localize(topic.title) : change.topicId,
      setting: t(
        change.setting === 'frequency'
          ? 'contactPreferences.history.setting.frequency'
          : channelLabelKeys[change.setting],
      ),
      value: t(settingValueLabelKeys[change.to]),
    })
  }

  function describeEntry(entry: PreferenceHistoryEntry) {
    const heading =
      entry.action === 'update' ? null : (
        <p className="font-semibold">
          {t(`contactPreferences.history.action.${entry.action}`)}
          {entry.undoneAt === null ? null : ` ${t('contactPreferences.history.undone')}`}
        </p>
      )
    return (
      <>
        {heading}
        {entry.changes.length === 0 ? (
          <p>{t('contactPreferences.history.noChange')}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {entry.changes.map((change) => (
              <li key={`${change.topicId}-${change.setting}`}>{describeChange(change)}</li>
            ))}
          </ul>
        )}
      </>
    )
  }

  return (
    <Table
      caption={t('contactPreferences.history.caption')}
      isCaptionVisuallyHidden
      rows={history.data.entries}
      getRowKey={(entry) => entry.id}
      columns={[
        {
          key: 'when',
          header: t('contactPreferences.history.when'),
          isRowHeader: true,
          cell: (entry) => formatDateTime(entry.at),
        },
        { key: 'what', header: t('contactPreferences.history.what'), cell: describeEntry },
        {
          key: 'source',
          header: t('contactPreferences.history.source'),
          cell: (entry) => t(sourceLabelKeys[entry.source]),
        },
      ]}
    />
  )
}
