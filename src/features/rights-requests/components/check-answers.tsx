import { onlineManager, useMutation, useQuery } from '@tanstack/react-query'
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { useNavigate } from 'react-router'

import { Button } from '#src/components/ui/button'
import { ButtonLink } from '#src/components/ui/button-link'
import { EmptyState } from '#src/components/ui/empty-state'
import { ErrorState } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import { Spinner } from '#src/components/ui/spinner'
import { StatusMessage } from '#src/components/ui/status-message'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import type { CreateRightsRequestBody, RightsRequestKind } from '#src/contract/rights-requests'
import { isApiError } from '#src/lib/api-error'
import { ReauthenticationCancelledError } from '#src/lib/auth-interrupts'
import type { MessageKey } from '#src/lib/i18n/catalogue'
import { useI18n } from '#src/lib/i18n/i18n-context'
import { useIdempotencyKey } from '#src/lib/use-idempotency-key'

import { rightsRequestMutations } from '../api/rights-request-mutations'
import { rightsRequestQueries, type ErasureChoice } from '../api/rights-request-queries'
import { useDraftOwnerId, useRightsRequestDraft } from '../draft-store'

import { ErasureItemList } from './erasure-items'
import { ErasureStatement } from './erasure-statement'
import { categoryLabelKeys, groundLabelKeys, kindLabelKeys, purposeLabelKeys } from './labels'

type Row = { key: string; label: string; value: ReactNode; field: string }

function useRows(answers: CreateRightsRequestBody): Row[] {
  const { t } = useI18n()
  const none = t('rightsRequests.check.notGiven')
  const scopeRow = (scope: 'all' | 'categories', categories: readonly (keyof typeof categoryLabelKeys)[]): Row => ({
    key: 'scope',
    label: t('rightsRequests.check.scope'),
    field: 'scope',
    value:
      scope === 'all' ? (
        t(answers.kind === 'erasure' ? 'rightsRequests.erasure.scope.all' : 'rightsRequests.check.scope.all')
      ) : (
        <ul className="list-disc ps-5">
          {categories.map((id) => (
            <li key={id}>{t(categoryLabelKeys[id])}</li>
          ))}
        </ul>
      ),
  })
  const text = (value: string | undefined) =>
    value ? <span className="whitespace-pre-wrap wrap-break-word">{value}</span> : none
  switch (answers.kind) {
    case 'access':
      return [scopeRow(answers.scope, answers.categories)]
    case 'erasure':
      return [
        answers.scope === 'items'
          ? {
              key: 'scope',
              label: t('rightsRequests.check.scope'),
              field: 'scope',
              value: <ErasureItemList items={answers.items ?? []} />,
            }
          : scopeRow(answers.scope, answers.categories),
        {
          key: 'reason',
          label: t('rightsRequests.erasure.reason.label'),
          field: 'reason',
          value: text(answers.reason),
        },
      ]
    case 'restriction':
      return [
        {
          key: 'ground',
          label: t('rightsRequests.check.ground'),
          field: 'ground',
          value: t(groundLabelKeys[answers.ground]),
        },
        scopeRow(answers.scope, answers.categories),
        {
          key: 'details',
          label: t('rightsRequests.restriction.details.label'),
          field: 'details',
          value: text(answers.details),
        },
      ]
    case 'objection':
      return [
        {
          key: 'purpose',
          label: t('rightsRequests.check.purpose'),
          field: 'purposeId',
          value: t(purposeLabelKeys[answers.purposeId]),
        },
        {
          key: 'grounds',
          label: t('rightsRequests.check.grounds'),
          field: 'grounds',
          value:
            answers.purposeId === 'tailored-advertising'
              ? t('rightsRequests.check.grounds.notNeeded')
              : text(answers.grounds),
        },
      ]
    case 'rectification':
      return [
        {
          key: 'item',
          label: t('rightsRequests.check.item'),
          field: 'item',
          value: t('rightsRequests.rectification.item.name'),
        },
        {
          key: 'correctValue',
          label: t('rightsRequests.rectification.correctValue.label'),
          field: 'correctValue',
          value: text(answers.correctValue),
        },
        {
          key: 'statement',
          label: t('rightsRequests.check.statement'),
          field: 'statement',
          value: text(answers.statement),
        },
      ]
    case 'portability':
      return [
        {
          key: 'format',
          label: t('rightsRequests.check.format'),
          field: 'format',
          value: t('rightsRequests.check.format.json'),
        },
      ]
  }
}

/** What went wrong when the request did not reach the server: it says it was NOT sent, and the answers are kept. */
function getProblemKey(error: unknown): MessageKey {
  if (error instanceof ReauthenticationCancelledError) return 'rightsRequests.problem.signInCancelled'
  if (!isApiError(error)) return 'rightsRequests.problem.server'
  if (error.kind === 'network') return 'rightsRequests.problem.network'
  if (error.kind === 'timeout') return 'rightsRequests.problem.timeout'
  if (error.status === 429 || error.code === 'rate_limited') return 'rightsRequests.problem.rateLimited'
  if (error.code === 'csrf_failed') return 'rightsRequests.problem.csrf'
  return 'rightsRequests.problem.server'
}

type Problem = { kind: 'message'; key: MessageKey } | { kind: 'fields'; messages: string[] }

function ProblemSummary({ problem, changeHref }: { problem: Problem; changeHref: string }) {
  const { t, translateKey } = useI18n()
  const ref = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    ref.current?.focus()
  }, [problem])
  return (
    <div ref={ref} tabIndex={-1} className="border-4 border-error p-4">
      <div role="alert">
        <h2 className="text-xl font-bold">{t('forms.errorSummary.title')}</h2>
        {problem.kind === 'message' ? (
          <p className="mt-2 font-bold">{t(problem.key)}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-1 font-bold">
            {problem.messages.map((message) => (
              <li key={message}>{translateKey(message)}</li>
            ))}
          </ul>
        )}
      </div>
      {problem.kind === 'fields' ? (
        <p className="mt-2">
          <TextLink to={changeHref}>{t('rightsRequests.check.fixAnswers')}</TextLink>
        </p>
      ) : null}
    </div>
  )
}

function ErasurePreviewPanel({ choice }: { choice: ErasureChoice }) {
  const { t } = useI18n()
  const preview = useQuery(rightsRequestQueries.erasurePreview(choice))
  return (
    <section aria-labelledby="erasure-preview-title" className="flex flex-col gap-4 border-4 border-caution p-4">
      <h2 id="erasure-preview-title" className="text-2xl font-bold">
        {t('rightsRequests.erasure.preview.title')}
      </h2>
      {preview.isPending ? <Spinner label={t('rightsRequests.loading')} /> : null}
      {preview.isError ? (
        <ErrorState
          kind={getErrorStateKind(preview.error)}
          headingLevel={3}
          onRetry={() => void preview.refetch()}
          isRetrying={preview.isFetching}
        />
      ) : null}
      {preview.data ? <ErasureStatement statement={preview.data} tense="future" headingLevel={3} /> : null}
      <p>{t('rightsRequests.erasure.preview.cancel')}</p>
    </section>
  )
}

/**
 * GOV.UK "check your answers": every answer with a "change" link back to its question (answers kept), then
 * submission with one Idempotency-Key per set of answers: a double click, a retry after a failure, a lost
 * response or a new sign-in can never file two requests (IETF Idempotency-Key draft).
 */
export function CheckAnswers({ kind }: { kind: RightsRequestKind }) {
  const { t } = useI18n()
  const ownerId = useDraftOwnerId()
  const draft = useRightsRequestDraft(ownerId, kind)
  if (!draft || ownerId === undefined) {
    return (
      <EmptyState
        title={t('rightsRequests.check.noDraft.title')}
        action={<ButtonLink to={paths.requestFlow.getHref(kind)}>{t('rightsRequests.check.noDraft.start')}</ButtonLink>}
      >
        <p>{t('rightsRequests.check.noDraft.body')}</p>
      </EmptyState>
    )
  }
  return <SubmitAnswers answers={draft} kind={kind} />
}

/** The answers, the erasure preview, and the one button that files the request. */
function SubmitAnswers({ answers, kind }: { answers: CreateRightsRequestBody; kind: RightsRequestKind }) {
  const { t } = useI18n()
  const navigate = useNavigate()
  const mutation = useMutation(rightsRequestMutations.create())
  const { keyFor, renew } = useIdempotencyKey()
  const [problem, setProblem] = useState<Problem | null>(null)
  const isSubmittingRef = useRef(false)
  const rows = useRows(answers)
  const flowHref = paths.requestFlow.getHref(kind)
  const isErasure = answers.kind === 'erasure'

  async function handleSubmit() {
    if (isSubmittingRef.current) return
    if (!onlineManager.isOnline()) {
      // No silent queue for a request with legal weight: the person must know it was not sent.
      setProblem({ kind: 'message', key: 'rightsRequests.problem.offline' })
      return
    }
    isSubmittingRef.current = true
    setProblem(null)
    try {
      const request = await mutation.mutateAsync({ body: answers, idempotencyKey: keyFor(answers) })
      renew()
      // The confirmation page discards the draft, so this page never shows "no answers" on the way out.
      void navigate(paths.requestConfirmation.getHref(request.id))
    } catch (error) {
      // Another send of the same answers is still running: its own outcome will show.
      if (isApiError(error) && error.code === 'idempotency_key_in_flight') return
      if (isApiError(error) && error.code === 'idempotency_key_reused') renew()
      if (isApiError(error) && error.status === 422 && Object.keys(error.fieldErrors).length > 0) {
        setProblem({ kind: 'fields', messages: [...new Set(Object.values(error.fieldErrors).flat())] })
        return
      }
      setProblem({ kind: 'message', key: getProblemKey(error) })
    } finally {
      isSubmittingRef.current = false
    }
  }

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <StatusMessage isVisuallyHidden>{mutation.isPending ? t('rightsRequests.check.pending') : null}</StatusMessage>
      {problem ? <ProblemSummary problem={problem} changeHref={flowHref} /> : null}
      <dl className="border-t border-border">
        <div className="grid gap-1 border-b border-border py-3 sm:grid-cols-[14rem_1fr_auto] sm:gap-4">
          <dt className="font-bold">{t('rightsRequests.check.kind')}</dt>
          <dd>{t(kindLabelKeys[kind])}</dd>
          <dd>
            <TextLink to={paths.newRequest.getHref()}>
              {t('rightsRequests.check.change')}{' '}
              <span className="sr-only">{t('rightsRequests.check.kind').toLowerCase()}</span>
            </TextLink>
          </dd>
        </div>
        {rows.map((row) => (
          <div key={row.key} className="grid gap-1 border-b border-border py-3 sm:grid-cols-[14rem_1fr_auto] sm:gap-4">
            <dt className="font-bold">{row.label}</dt>
            <dd>{row.value}</dd>
            <dd>
              {kind === 'portability' ? null : (
                <TextLink to={`${flowHref}#${row.field}`}>
                  {t('rightsRequests.check.change')} <span className="sr-only">{row.label.toLowerCase()}</span>
                </TextLink>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {answers.kind === 'erasure' ? <ErasurePreviewPanel choice={answers} /> : null}
      <p>{isErasure ? t('rightsRequests.check.erasure.reauth') : t('rightsRequests.check.declaration')}</p>
      <div>
        <Button
          variant={isErasure ? 'warning' : 'primary'}
          isPending={mutation.isPending}
          pendingLabel={t('rightsRequests.check.pending')}
          onClick={() => void handleSubmit()}
        >
          {isErasure ? t('rightsRequests.check.submit.erasure') : t('rightsRequests.check.submit')}
        </Button>
      </div>
    </div>
  )
}
