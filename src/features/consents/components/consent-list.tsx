import { useIsMutating, useMutation, useQuery } from '@tanstack/react-query'

import { Alert } from '#src/components/ui/alert'
import { Button } from '#src/components/ui/button'
import { ErrorState } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import { Heading } from '#src/components/ui/heading'
import { Spinner } from '#src/components/ui/spinner'
import { useT } from '#src/lib/i18n/i18n-context'

import { consentMutations } from '../api/consent-mutations'
import { consentQueries } from '../api/consent-queries'

import { ConsentItem } from './consent-item'

type ConsentListProps = {
  onSaved: (message: string) => void
}

/** Every consent as its own switch, then "Withdraw all": one action, no dialog, whatever the number given. */
export function ConsentList({ onSaved }: ConsentListProps) {
  const t = useT()
  const list = useQuery(consentQueries.list())
  const withdrawAll = useMutation(consentMutations.withdrawAll())
  const isWithdrawingAll = useIsMutating({ mutationKey: consentMutations.withdrawAll().mutationKey }) > 0
  const givenCount = list.data?.consents.filter((consent) => consent.status === 'given').length ?? 0

  function handleWithdrawAll() {
    if (givenCount === 0) return
    withdrawAll.mutate(undefined, { onSuccess: () => onSaved(t('consents.withdrawAll.done')) })
  }

  return (
    <section aria-labelledby="consents-list-heading" className="mt-8">
      <Heading level={2} id="consents-list-heading" className="text-2xl font-bold">
        {t('consents.list.title')}
      </Heading>
      {list.isPending ? <Spinner label={t('consents.page.loading')} /> : null}
      {list.isError ? (
        <ErrorState
          kind={getErrorStateKind(list.error)}
          headingLevel={3}
          onRetry={() => void list.refetch()}
          isRetrying={list.isFetching}
        />
      ) : null}
      {list.data ? (
        <>
          <ul className="mt-2">
            {list.data.consents.map((consent) => (
              <ConsentItem
                key={consent.purposeId}
                consent={consent}
                policyVersion={list.data.currentPolicyVersion}
                isWithdrawingAll={isWithdrawingAll}
                onSaved={onSaved}
              />
            ))}
          </ul>
          <div className="mt-6">
            <Button
              variant="secondary"
              isPending={withdrawAll.isPending}
              pendingLabel={t('consents.consent.saving')}
              aria-disabled={givenCount === 0 || undefined}
              aria-describedby="consents-withdraw-all-hint"
              onClick={handleWithdrawAll}
            >
              {t('consents.withdrawAll.button')}
            </Button>
            <p id="consents-withdraw-all-hint" className="mt-2 text-ink-muted">
              {givenCount === 0 ? t('consents.withdrawAll.noneGiven') : t('consents.withdrawAll.hint')}
            </p>
            {withdrawAll.isError ? (
              <Alert variant="error" className="mt-2">
                {t('consents.withdrawAll.error')}
              </Alert>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  )
}
