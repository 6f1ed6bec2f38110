import { cn } from '#src/lib/cn'
import type { MessageKey } from '#src/lib/i18n/catalogue'
import { useT } from '#src/lib/i18n/i18n-context'

import { Button } from './button'
import { Heading, type HeadingLevel } from './heading'

export type ErrorStateKind = 'server' | 'network' | 'timeout' | 'contract' | 'rateLimited'

export type ErrorStateProps = {
  /** Which failure; see `getErrorStateKind` to derive it from an ApiError. */
  kind: ErrorStateKind
  /** Leave out when retrying makes no sense; the text still tells the person what to do. */
  onRetry?: () => void
  isRetrying?: boolean
  headingLevel?: HeadingLevel
  className?: string
}

/** The words for each failure, shared with the route error page so a page and a panel say the same. */
export const errorStateTexts: Record<ErrorStateKind, { title: MessageKey; body: MessageKey }> = {
  server: { title: 'forms.errorState.server.title', body: 'forms.errorState.server.body' },
  network: { title: 'forms.errorState.network.title', body: 'forms.errorState.network.body' },
  timeout: { title: 'forms.errorState.timeout.title', body: 'forms.errorState.timeout.body' },
  contract: { title: 'forms.errorState.contract.title', body: 'forms.errorState.contract.body' },
  rateLimited: { title: 'forms.errorState.rateLimited.title', body: 'forms.errorState.rateLimited.body' },
}

/**
 * In-place failure of a query, in GOV.UK's "there is a problem with the service" style: a plain
 * heading, what to do, and a Retry button. It never shows raw error details (status codes, stack
 * traces, server messages), which mean nothing to people and can leak internals, and it uses the
 * normal text colour: the heading carries the meaning.
 */
export function ErrorState({ kind, onRetry, isRetrying = false, headingLevel = 2, className }: ErrorStateProps) {
  const t = useT()
  const { title, body } = errorStateTexts[kind]
  return (
    <div className={cn('flex flex-col gap-3 py-4', className)}>
      <Heading level={headingLevel} className="text-xl font-bold">
        {t(title)}
      </Heading>
      <p>{t(body)}</p>
      {onRetry ? (
        <div>
          <Button
            variant="secondary"
            onClick={onRetry}
            isPending={isRetrying}
            pendingLabel={t('forms.spinner.loading')}
          >
            {t('forms.errorState.retry')}
          </Button>
        </div>
      ) : null}
    </div>
  )
}
