import { Heading } from '#src/components/ui/heading'
import { TextLink } from '#src/components/ui/text-link'
import { env } from '#src/config/env'
import { paths } from '#src/config/paths'
import { endpoints, toPath } from '#src/contract/endpoints'
import type { DataRecord } from '#src/contract/profile'
import type { DataCategory, Purpose } from '#src/contract/register'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { ActOnData } from './act-on-data'
import { ComplaintInfo } from './complaint-info'
import { FieldValueText } from './field-value-text'
import { useDescribeRetention } from './use-describe-retention'
import { WhyWeHoldThis } from './why-we-hold-this'

export type RecordDetailProps = { category: DataCategory; purposes: readonly Purpose[]; record: DataRecord }

/** Where a voice recording's sound is served; the <audio> element fetches it with the session cookie. */
function recordingUrl(record: DataRecord): string {
  const path = toPath(endpoints.profile.recordingAudio.path, { categoryId: record.categoryId, recordId: record.id })
  return env.apiBaseUrl.replace(/\/$/, '') + path
}

/** One record: every field, until when it is kept and under which rule, why it is held, and what to do about it. */
export function RecordDetail({ category, purposes, record }: RecordDetailProps) {
  const { t, localize, formatDate } = useI18n()
  const describeRetention = useDescribeRetention()

  return (
    <div className="space-y-8">
      <dl className="grid gap-1 [&_dd]:mb-3 [&_dt]:font-bold">
        <dt>{t('myData.record.kind')}</dt>
        <dd>{localize(record.kindLabel)}</dd>
        {record.fields.map((field) => {
          const label = category.fields.find((entry) => entry.key === field.key)?.label
          return (
            <div key={field.key} className="contents">
              <dt>{label ? localize(label) : field.key}</dt>
              <dd>
                <FieldValueText value={field.value} />
                {field.correctedAt ? (
                  <span className="block text-ink-muted">
                    {t('myData.record.correctedOn', { date: formatDate(field.correctedAt) })}
                  </span>
                ) : null}
              </dd>
            </div>
          )
        })}
      </dl>

      <section aria-labelledby="record-retention" className="space-y-2">
        <Heading level={2} id="record-retention" className="text-xl font-bold">
          {t('myData.record.retentionTitle')}
        </Heading>
        <p className="text-lg font-bold">
          {record.deletionOn
            ? t('myData.record.keptUntil', { date: formatDate(record.deletionOn) })
            : t(
                record.retention.kind === 'not-stated'
                  ? 'myData.record.noDateNotStated'
                  : 'myData.record.noDateAccount',
              )}
        </p>
        <p>{t('myData.record.rule', { rule: describeRetention(record.retention) })}</p>
      </section>

      {record.audio ? (
        <section aria-labelledby="record-audio" className="space-y-2">
          <Heading level={2} id="record-audio" className="text-xl font-bold">
            {t('myData.record.audioTitle')}
          </Heading>
          <p>
            {record.deletionOn
              ? t('myData.record.audioUntil', { date: formatDate(record.deletionOn) })
              : t('myData.record.audioHint')}
          </p>
          <audio controls preload="none" src={recordingUrl(record)} aria-labelledby="record-audio">
            <track kind="captions" />
          </audio>
          <p className="text-sm text-ink-muted">{t('myData.record.audioDemo')}</p>
        </section>
      ) : null}

      <section aria-labelledby="record-why" className="space-y-2">
        <Heading level={2} id="record-why" className="text-xl font-bold">
          {t('myData.why.title')}
        </Heading>
        <WhyWeHoldThis category={category} purposes={purposes} />
      </section>

      <ActOnData category={category} purposes={purposes} recordId={record.id} />
      <p>
        <TextLink to={paths.dataCategory.getHref(category.id)}>
          {t('myData.record.back', { category: localize(category.name) })}
        </TextLink>
      </p>
      <ComplaintInfo />
    </div>
  )
}
