import type { ReactNode } from 'react'

import { ErrorState } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import type { HeadingLevel } from '#src/components/ui/heading'
import { Spinner } from '#src/components/ui/spinner'
import { useT } from '#src/lib/i18n/i18n-context'

type QueryResult<T> = {
  data: T | undefined
  isError: boolean
  error: unknown
  isFetching: boolean
  refetch: () => unknown
}

type LoadedProps<T> = {
  query: QueryResult<T>
  children: (data: T) => ReactNode
  headingLevel?: HeadingLevel
}

/** One query's loading and failure states, the GOV.UK way; `children` once there is data. */
export function Loaded<T>({ query, children, headingLevel }: LoadedProps<T>) {
  const t = useT()
  if (query.data !== undefined) return children(query.data)
  if (query.isError) {
    return (
      <ErrorState
        kind={getErrorStateKind(query.error)}
        headingLevel={headingLevel}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
      />
    )
  }
  return <Spinner label={t('policy.loading')} />
}
