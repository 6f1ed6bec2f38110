import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'

import { ErrorState } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import type { HeadingLevel } from '#src/components/ui/heading'
import { Spinner } from '#src/components/ui/spinner'

type Loaded<T extends readonly UseQueryResult[]> = { [K in keyof T]: NonNullable<T[K]['data']> }

export type QueryStateProps<T extends readonly UseQueryResult[]> = {
  queries: T
  loadingLabel: string
  headingLevel?: HeadingLevel
  children: (...data: Loaded<T>) => ReactNode
}

function allLoaded<T extends readonly UseQueryResult[]>(queries: T): Loaded<T> | null {
  const data = queries.map((query) => query.data)
  if (data.some((value) => value === undefined)) return null
  // Every entry was just checked to be defined, which is what Loaded<T> states.
  return data as Loaded<T>
}

/**
 * One place for the three states of a page that needs several queries: a spinner, an error with Retry
 * (retrying only what failed), or the content once every query has data.
 */
export function QueryState<T extends readonly UseQueryResult[]>({
  queries,
  loadingLabel,
  headingLevel = 2,
  children,
}: QueryStateProps<T>) {
  const failed = queries.find((query) => query.isError && query.data === undefined)
  if (failed) {
    return (
      <ErrorState
        kind={getErrorStateKind(failed.error)}
        headingLevel={headingLevel}
        onRetry={() => {
          for (const query of queries) if (query.isError) void query.refetch()
        }}
        isRetrying={queries.some((query) => query.isFetching)}
      />
    )
  }
  const data = allLoaded(queries)
  if (!data) return <Spinner label={loadingLabel} />
  return <>{children(...data)}</>
}
