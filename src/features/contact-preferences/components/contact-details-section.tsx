import { useQuery } from '@tanstack/react-query'

import { ErrorState } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import { Spinner } from '#src/components/ui/spinner'

import { contactDetailsQueries } from '../api/contact-details-queries'

import { ContactDetailsForm } from './contact-details-form'

/** The contact-details form once its data is there (STYLE §5: edit forms take the query's data as defaults). */
export function ContactDetailsSection() {
  const query = useQuery(contactDetailsQueries.detail())
  if (query.isPending) return <Spinner />
  if (query.isError) {
    return (
      <ErrorState
        kind={getErrorStateKind(query.error)}
        headingLevel={3}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
      />
    )
  }
  return <ContactDetailsForm details={query.data} />
}
