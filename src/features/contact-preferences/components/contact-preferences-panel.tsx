import { useMutation, useQuery } from '@tanstack/react-query'
import { useRef, useState } from 'react'

import { Button } from '#src/components/ui/button'
import { Spinner } from '#src/components/ui/spinner'
import { StatusMessage } from '#src/components/ui/status-message'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import { useT } from '#src/lib/i18n/i18n-context'

import { contactPreferenceMutations } from '../api/contact-preference-mutations'
import { contactPreferenceQueries } from '../api/contact-preference-queries'

import { PanelErrorState } from './panel-error-state'
import { TopicPreferences } from './topic-preferences'

type Notice = { text: string; undoChangeId: string | null }

/**
 * The topics by channel, "Stop all marketing" with its undo, and the direct-marketing topic set apart with
 * the absolute right to object (GDPR Art. 21(2)-(4)). Every change saves at once; a refused one is said in
 * the live region, which exists before any text is put in it (WCAG 4.1.3 status messages).
 */
export function ContactPreferencesPanel() {
  const t = useT()
  const query = useQuery(contactPreferenceQueries.list())
  const stopAll = useMutation(contactPreferenceMutations.stopMarketing())
  const undo = useMutation(contactPreferenceMutations.undo())
  const [notice, setNotice] = useState<Notice | null>(null)
  const stopButtonRef = useRef<HTMLButtonElement>(null)

  function handleRefused(text: string) {
    setNotice({ text, undoChangeId: null })
  }

  function handleStopAll() {
    setNotice(null)
    stopAll.mutate(undefined, {
      onSuccess: (result) => {
        setNotice({ text: t('contactPreferences.stopAll.done'), undoChangeId: result.changeId })
      },
      onError: () => {
        setNotice({ text: t('contactPreferences.stopAll.failed'), undoChangeId: null })
      },
    })
  }

  function handleUndo(changeId: string) {
    undo.mutate(changeId, {
      onSuccess: () => {
        setNotice({ text: t('contactPreferences.stopAll.undone'), undoChangeId: null })
        // The Undo button is gone: focus goes back to the action it undid, not to the page's start.
        stopButtonRef.current?.focus()
      },
      onError: () => {
        setNotice({ text: t('contactPreferences.stopAll.undoFailed'), undoChangeId: changeId })
      },
    })
  }

  if (query.isPending) return <Spinner label={t('forms.spinner.loading')} />
  if (query.isError) return <PanelErrorState query={query} />

  const topics = query.data.topics
  const everyday = topics.filter((topic) => !topic.isDirectMarketing)
  const directMarketing = topics.filter((topic) => topic.isDirectMarketing)

  return (
    <div className="flex flex-col gap-6">
      <p className="max-w-prose">{t('contactPreferences.preferences.intro')}</p>
      <section aria-labelledby="stop-all-heading" className="max-w-2xl border-4 border-border p-4">
        <h3 id="stop-all-heading" className="text-xl font-bold">
          {t('contactPreferences.stopAll.title')}
        </h3>
        <p className="mt-2">{t('contactPreferences.stopAll.body')}</p>
        <div className="mt-4">
          <Button
            ref={stopButtonRef}
            variant="secondary"
            onClick={handleStopAll}
            isPending={stopAll.isPending}
            pendingLabel={t('contactPreferences.stopAll.pending')}
          >
            {t('contactPreferences.stopAll.button')}
          </Button>
        </div>
      </section>
      <div className="max-w-2xl">
        <StatusMessage>
          {notice === null ? null : (
            <p className="border-l-8 border-info bg-surface-muted p-4 font-semibold">{notice.text}</p>
          )}
        </StatusMessage>
        {notice?.undoChangeId ? (
          <div className="bg-surface-muted px-4 pb-4">
            <Button
              variant="secondary"
              isPending={undo.isPending}
              pendingLabel={t('contactPreferences.stopAll.undoPending')}
              onClick={() => {
                handleUndo(notice.undoChangeId ?? '')
              }}
            >
              {t('contactPreferences.stopAll.undo')}
            </Button>
          </div>
        ) : null}
      </div>
      <div className="flex max-w-2xl flex-col gap-6">
        {everyday.map((topic) => (
          <TopicPreferences key={topic.id} topic={topic} onRefused={handleRefused} />
        ))}
      </div>
      {directMarketing.length === 0 ? null : (
        <section aria-labelledby="tailored-offers-heading" className="max-w-2xl border-l-8 border-info p-4">
          <h3 id="tailored-offers-heading" className="text-xl font-bold">
            {t('contactPreferences.tailored.title')}
          </h3>
          <p className="mt-2">{t('contactPreferences.tailored.rightToObject')}</p>
          <p className="mt-2">{t('contactPreferences.tailored.switches')}</p>
          <p className="mt-2">
            <TextLink to={paths.consents.getHref()}>{t('contactPreferences.tailored.objectLink')}</TextLink>
          </p>
          <div className="mt-4 flex flex-col gap-6">
            {directMarketing.map((topic) => (
              <TopicPreferences key={topic.id} topic={topic} onRefused={handleRefused} />
            ))}
          </div>
        </section>
      )}
    </div>
  )
}
