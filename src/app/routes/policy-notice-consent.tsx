import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'

import { ErrorState } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import { Spinner } from '#src/components/ui/spinner'
import { StatusMessage } from '#src/components/ui/status-message'
import type { ConsentPurposeId } from '#src/contract/consents'
import { consentQueries } from '#src/features/consents/api/consent-queries'
import { ConsentItem } from '#src/features/consents/components/consent-item'

/**
 * The consent a policy change makes necessary, inside the policy notice: the Consents page's own item (its
 * wording, what withdrawing changes, one switch that is off until the person turns it on, GDPR Art. 4(11),
 * 7(2)), composed here because the policy feature never reaches into the consents feature.
 */
export function PolicyNoticeConsent({ purposeId }: { purposeId: ConsentPurposeId }) {
  const list = useQuery(consentQueries.list())
  const [message, setMessage] = useState('')
  const consent = list.data?.consents.find((candidate) => candidate.purposeId === purposeId)
  return (
    <>
      {list.isPending ? <Spinner /> : null}
      {list.isError ? (
        <ErrorState
          kind={getErrorStateKind(list.error)}
          headingLevel={4}
          onRetry={() => void list.refetch()}
          isRetrying={list.isFetching}
        />
      ) : null}
      {list.data && consent ? (
        <ul>
          <ConsentItem
            consent={consent}
            policyVersion={list.data.currentPolicyVersion}
            isWithdrawingAll={false}
            onSaved={setMessage}
          />
        </ul>
      ) : null}
      <StatusMessage>{message}</StatusMessage>
    </>
  )
}
