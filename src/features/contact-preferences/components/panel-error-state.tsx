import { ErrorState } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'

type FailedQuery = { error: unknown; isFetching: boolean; refetch: () => Promise<unknown> }

/** A section of the Settings page whose data did not load: the others stay usable, this one offers a retry. */
export function PanelErrorState({ query }: { query: FailedQuery }) {
  return (
    <ErrorState
      kind={getErrorStateKind(query.error)}
      headingLevel={3}
      onRetry={() => void query.refetch()}
      isRetrying={query.isFetching}
    />
  )
}
