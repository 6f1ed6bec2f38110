import { useQuery } from '@tanstack/react-query'

import { Alert } from '#src/components/ui/alert'
import { EmptyState } from '#src/components/ui/empty-state'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import type { PolicyArchive, PolicyDocument } from '#src/contract/policies'
import { isApiError } from '#src/lib/api-error'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { policyQueries } from '../api/policy-queries'

import { Loaded } from './loaded'
import { PolicyDocumentView } from './policy-document'
import { useFormatCalendarDate } from './use-policy-formats'

function ArchiveLink() {
  const { t } = useI18n()
  return (
    <TextLink to={paths.policyArchive.getHref()} className="inline-block">
      {t('policy.document.archiveLink')}
    </TextLink>
  )
}

/** `/policy`: the version in force, and the next one when it is already published. */
export function CurrentPolicy() {
  const { t } = useI18n()
  const formatCalendarDate = useFormatCalendarDate()
  const current = useQuery(policyQueries.current())
  const archive = useQuery(policyQueries.archive())
  const upcoming = archive.data?.versions.find((version) => version.status === 'upcoming')

  return (
    <Loaded query={current}>
      {(policy) => (
        <PolicyDocumentView
          policy={policy}
          status={
            <>
              <p className="max-w-prose">
                {t('policy.status.inForce', { version: policy.id, date: formatCalendarDate(policy.effectiveOn) })}{' '}
                <span className="print:hidden">
                  <ArchiveLink />
                </span>
              </p>
              {upcoming ? (
                <Alert variant="info" title={t('policy.upcoming.title')} className="my-4 print:hidden">
                  <p className="max-w-prose">
                    {t('policy.upcoming.body', {
                      version: upcoming.id,
                      date: formatCalendarDate(upcoming.effectiveOn),
                    })}{' '}
                    <TextLink to={paths.policyCompare.getHref(policy.id, upcoming.id)} className="inline-block">
                      {t('policy.upcoming.compare')}
                    </TextLink>
                  </p>
                </Alert>
              ) : null}
            </>
          }
        />
      )}
    </Loaded>
  )
}

/** Where one version stands today, from the archive: in force, replaced (by which, when) or still to come. */
function VersionStatus({ policy, archive }: { policy: PolicyDocument; archive: PolicyArchive }) {
  const { t } = useI18n()
  const formatCalendarDate = useFormatCalendarDate()
  const entry = archive.versions.find((version) => version.id === policy.id)
  const inForce = archive.inForceVersionId
  // The archive is newest first: the version after this one is the one listed just before it.
  const index = archive.versions.findIndex((version) => version.id === policy.id)
  const next = index > 0 ? archive.versions[index - 1] : undefined
  const date = formatCalendarDate(policy.effectiveOn)
  const [earlier = policy.id, later = inForce] = [policy.id, inForce].sort()
  const compare =
    entry?.status === 'in-force' ? null : (
      <TextLink to={paths.policyCompare.getHref(earlier, later)}>
        {t('policy.status.compareWithCurrent', { version: inForce })}
      </TextLink>
    )

  return (
    <div className="max-w-prose space-y-2">
      <p>
        {entry?.status === 'in-force'
          ? t('policy.status.inForce', { version: policy.id, date })
          : entry?.status === 'upcoming'
            ? t('policy.status.upcoming', { version: policy.id, date })
            : t('policy.status.superseded', {
                version: policy.id,
                date,
                next: next?.id ?? inForce,
                until: next ? formatCalendarDate(next.effectiveOn) : '',
              })}
      </p>
      <ul className="list-disc space-y-1 ps-6 print:hidden">
        {entry?.status === 'in-force' ? null : (
          <li>
            <TextLink to={paths.policy.getHref()}>{t('policy.status.readCurrent')}</TextLink>
          </li>
        )}
        {compare ? <li>{compare}</li> : null}
        <li>
          <ArchiveLink />
        </li>
      </ul>
    </div>
  )
}

/** `/policy/versions/:versionId`: any published version, with where it stands. */
export function PolicyVersion({ versionId }: { versionId: string }) {
  const { t } = useI18n()
  const version = useQuery(policyQueries.version(versionId))
  const archive = useQuery(policyQueries.archive())

  if (version.isError && isApiError(version.error) && version.error.status === 404) {
    return (
      <EmptyState title={t('policy.version.notFound.title')} action={<ArchiveLink />}>
        <p>{t('policy.version.notFound.body', { version: versionId })}</p>
      </EmptyState>
    )
  }
  return (
    <Loaded query={version}>
      {(policy) => (
        <PolicyDocumentView
          policy={policy}
          status={<Loaded query={archive}>{(data) => <VersionStatus policy={policy} archive={data} />}</Loaded>}
        />
      )}
    </Loaded>
  )
}
