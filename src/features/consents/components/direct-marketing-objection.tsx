import { useMutation, useQuery } from '@tanstack/react-query'

import { Alert } from '#src/components/ui/alert'
import { ErrorState } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import { Heading } from '#src/components/ui/heading'
import { Spinner } from '#src/components/ui/spinner'
import { Switch } from '#src/components/ui/switch'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { objectionMutations } from '../api/consent-mutations'
import { objectionQueries } from '../api/consent-queries'

import { channelPhrases } from './consent-labels'

type DirectMarketingObjectionProps = {
  onSaved: (message: string) => void
}

/**
 * The right to object to direct marketing, profiling for tailored advertising included (GDPR Art. 21(2)-(3)),
 * shown apart from the consents because it is not one: the policy bases tailored advertising on legitimate
 * interest. One switch, no reason asked, effective at once (Art. 21(4): shown clearly and separately).
 */
export function DirectMarketingObjection({ onSaved }: DirectMarketingObjectionProps) {
  const { t, formatDate } = useI18n()
  const objection = useQuery(objectionQueries.current())
  const mutation = useMutation(objectionMutations.update())

  function handleCheckedChange(isObjecting: boolean) {
    mutation.mutate(
      { isObjecting },
      { onSuccess: () => onSaved(t(isObjecting ? 'consents.objection.saved.on' : 'consents.objection.saved.off')) },
    )
  }

  const latest = objection.data?.history[0]

  return (
    <section aria-labelledby="objection-heading" className="mt-10 rounded border-4 border-ink p-4 sm:p-6">
      <Heading level={2} id="objection-heading" className="text-2xl font-bold">
        {t('consents.objection.title')}
      </Heading>
      <p className="mt-2 max-w-prose">{t('consents.objection.intro')}</p>
      {objection.isPending ? <Spinner label={t('consents.objection.loading')} /> : null}
      {objection.isError ? (
        <ErrorState
          kind={getErrorStateKind(objection.error)}
          headingLevel={3}
          onRetry={() => void objection.refetch()}
          isRetrying={objection.isFetching}
        />
      ) : null}
      {objection.data ? (
        <>
          <Switch
            className="mt-2"
            label={t('consents.objection.label')}
            description={t('consents.objection.effect')}
            isChecked={objection.data.isObjecting}
            onCheckedChange={handleCheckedChange}
          />
          <p className="mt-1 font-semibold">
            {mutation.isPending
              ? t('consents.consent.saving')
              : latest
                ? t(`consents.objection.event.${latest.action}`, {
                    date: formatDate(latest.occurredAt),
                    channel: t(channelPhrases[latest.channel]),
                  })
                : t('consents.objection.none')}
          </p>
          {mutation.isError ? (
            <Alert variant="error" className="mt-2">
              {t(
                objection.data.isObjecting
                  ? 'consents.objection.error.stillObjecting'
                  : 'consents.objection.error.stillNotObjecting',
              )}
            </Alert>
          ) : null}
          {objection.data.history.length > 1 ? (
            <details className="mt-3">
              <summary className="cursor-pointer text-link underline underline-offset-2">
                {t('consents.objection.history')}
              </summary>
              <ul className="mt-2 list-disc ps-6">
                {objection.data.history.map((event) => (
                  <li key={event.id}>
                    {t(`consents.objection.event.${event.action}`, {
                      date: formatDate(event.occurredAt),
                      channel: t(channelPhrases[event.channel]),
                    })}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : null}
    </section>
  )
}
