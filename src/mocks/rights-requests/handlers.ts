import { http, type HttpHandler, type HttpResponse } from 'msw'

import { endpoints } from '#src/contract/endpoints'
import type { Problem } from '#src/contract/problem'
import type { DataRecord } from '#src/contract/profile'
import { type DataCategoryId, DataCategoryIdSchema } from '#src/contract/register'
import {
  CreateRightsRequestBodySchema,
  ErasurePreviewParamsSchema,
  ErasurePreviewSchema,
  RightsRequestCopySchema,
  RightsRequestListSchema,
  RightsRequestSchema,
  type CreateRightsRequestBody,
  type ErasurePreview,
  type RecordRef,
  type RightsRequest,
  type RightsRequestCopy,
  type RightsRequestKind,
} from '#src/contract/rights-requests'

import { applyRightsRequestOutcome } from '../effects/rights-request-outcomes'
import { getUserHistory } from '../my-data/generated-history'
import { erasedRecordIds, getRecord } from '../my-data/records-query'
import { apiUrl } from '../server/api-url'
import { mockClock } from '../server/clock'
import { db, type Db } from '../server/db'
import { formatMailDate } from '../server/mail'
import { handle, withCsrf, withFreshAuth, withIdempotency, withSession, type AuthInfo, type Reply } from '../server/middleware'
import { randomToken } from '../server/prng'
import { getNextYearlyReference } from '../server/references'
import { json, parseBody, problem, validationProblem } from '../server/responses'
import type { UserRecord } from '../session/records'

import {
  advanceRightsRequest,
  cancelRightsRequest,
  canCancel,
  getErasurePreview,
  getItemErasurePreview,
  getStatutoryDueDate,
  isOpen,
  planForNewRequest,
  toRightsRequest,
  toRightsRequestSummary,
  getLatestItemDates,
} from './lifecycle'
import type { RightsRequestRecord } from './records'

/** Step-up window for erasure (QUALITY check 8): an authentication no older than five minutes. */
const erasureMaxAuthAgeSeconds = 300

/**
 * Business rule: references read "DRT-<year>-<six digits>" ("demande de droit"), numbered in order of
 * receipt within the year across all requests. The id stays opaque.
 */
function getNextRightsRequestReference(receivedAt: Date, existing: readonly RightsRequestRecord[]): string {
  return getNextYearlyReference('DRT', receivedAt, existing)
}

/** Business rule: only a text or coded value of the person's own record can be retyped (dates and amounts cannot). */
function isRectifiable(user: UserRecord, categoryId: DataCategoryId, recordId: string, field: string): boolean {
  const record = getRecord(user, categoryId, recordId)
  return (
    record?.fields.some(
      (entry) => entry.key === field && (entry.value.type === 'text' || entry.value.type === 'label'),
    ) ?? false
  )
}

/**
 * Business rule: the records an erasure of items names, each the person's own and still held (not past its
 * deletion date, not erased already); the same record named twice counts once. Null when any is not: the
 * answer is the same whether the id is someone else's or no one's, so it reveals nothing (IDOR).
 */
function findOwnRecords(user: UserRecord, refs: readonly RecordRef[]): DataRecord[] | null {
  const records: DataRecord[] = []
  for (const { categoryId, recordId } of refs) {
    if (records.some((record) => record.categoryId === categoryId && record.id === recordId)) continue
    const record = erasedRecordIds(user.id, categoryId).has(recordId) ? null : getRecord(user, categoryId, recordId)
    if (!record) return null
    records.push(record)
  }
  return records
}

/** What an erasure would do for this person: by category, or record by record (null: a record is not theirs). */
function previewFor(
  user: UserRecord,
  body: Extract<CreateRightsRequestBody, { kind: 'erasure' }>,
): ErasurePreview | null {
  if (body.scope !== 'items') return getErasurePreview(body.scope, body.categories, getLatestItemDates(user))
  const records = findOwnRecords(user, body.items ?? [])
  return records ? getItemErasurePreview(records) : null
}

/**
 * Brings the person's requests up to the server's now: planned steps whose time has come become events.
 * Called before every read, so the lifecycle follows the simulated clock without a background job.
 */
export async function progressRightsRequests(database: Db, userId: string, now: Date): Promise<RightsRequestRecord[]> {
  const records = database.rightsRequests.findMany((q) => q.where({ userId }))
  const result: RightsRequestRecord[] = []
  for (const record of records) {
    const { record: next, reached } = advanceRightsRequest(record, now)
    if (reached.length > 0) {
      await database.rightsRequests.update((q) => q.where({ id: record.id }), {
        data(draft) {
          draft.events = next.events
          draft.messages = next.messages
          draft.plan = next.plan
          draft.outcome = next.outcome
        },
      })
      await applyRightsRequestOutcome(next, reached)
    }
    result.push(next)
  }
  return result.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
}

const kindLabels: Record<RightsRequestKind, string> = {
  access: 'droit d’accès',
  rectification: 'droit de rectification',
  erasure: 'droit à l’effacement',
  restriction: 'droit à la limitation du traitement',
  objection: 'droit d’opposition',
  portability: 'droit à la portabilité',
}

/**
 * The acknowledgement e-mail: reference, right, date received and due date. It never repeats what the
 * person typed (grounds, correct value, statement): mail travels beyond the centre's control (QUALITY check 12).
 */
function buildAcknowledgement(to: string, record: RightsRequestRecord) {
  return {
    id: `mail_${randomToken(8)}`,
    to,
    subject: `Nous avons bien reçu votre demande (${record.reference})`,
    body: [
      'Bonjour,',
      '',
      `Nous avons bien reçu le ${formatMailDate(record.receivedAt)} votre demande au titre du ${kindLabels[record.kind]}.`,
      `Votre référence : ${record.reference}.`,
      `Nous vous répondrons au plus tard le ${formatMailDate(record.initialDueDate)}. Si nous avons besoin de plus de temps, nous vous en donnerons la raison et la nouvelle date avant cette échéance.`,
      'Vous pouvez suivre votre demande dans le centre de confidentialité, rubrique « Mes demandes ».',
      '',
      'Pour protéger vos informations, ce courriel ne reproduit pas ce que vous avez écrit.',
      '',
      'L’équipe confidentialité de Dialogra',
    ].join('\n'),
    sentAt: record.receivedAt,
  }
}

function findUser(userId: string): UserRecord | undefined {
  return db.users.findFirst((q) => q.where({ id: userId }))
}

async function createRightsRequest(info: AuthInfo, body: CreateRightsRequestBody): Reply<RightsRequest> {
  const { auth } = info
  const now = mockClock.now()
  // A correction must name a text field of one of the person's own records (My data's records).
  if (body.kind === 'rectification' && !isRectifiable(auth.user, body.categoryId, body.recordId, body.field)) {
    return validationProblem({ field: ['validation.rightsRequest.item.required'] })
  }
  const erasureStatement = body.kind === 'erasure' ? previewFor(auth.user, body) : null
  // An erasure of items must name the person's own records: a 422 on the field, whoever's the id is.
  if (body.kind === 'erasure' && erasureStatement === null) {
    return validationProblem({ items: ['validation.rightsRequest.items.unknown'] })
  }
  const receivedAt = now.toISOString()
  const base: RightsRequestRecord = {
    id: `rr_${randomToken(10)}`,
    reference: getNextRightsRequestReference(now, db.rightsRequests.all()),
    userId: auth.user.id,
    kind: body.kind,
    receivedAt,
    initialDueDate: getStatutoryDueDate(now),
    body,
    erasureStatement,
    events: [{ kind: 'received', at: receivedAt }],
    messages: [],
    plan: planForNewRequest(body, now, erasureStatement),
    outcome: null,
  }
  // Steps due at receipt (identity confirmed; an objection to direct marketing applied at once) happen now.
  const { record, reached } = advanceRightsRequest(base, now)
  await db.rightsRequests.create(record)
  await applyRightsRequestOutcome(record, reached)
  await db.outbox.create(buildAcknowledgement(auth.user.email, record))
  return json(RightsRequestSchema, toRightsRequest(record, now), { status: 201 })
}

async function handleCreate(info: AuthInfo): Reply<RightsRequest> {
  const parsed = await parseBody(info.request, CreateRightsRequestBodySchema)
  if (!parsed.ok) return parsed.response
  const body = parsed.data
  // Erasure is the one right that destroys data: it needs a recent authentication (QUALITY check 8).
  if (body.kind === 'erasure') {
    return withFreshAuth(erasureMaxAuthAgeSeconds)((next: AuthInfo) => createRightsRequest(next, body))(info)
  }
  return createRightsRequest(info, body)
}

async function listRightsRequests({ auth }: AuthInfo) {
  const now = mockClock.now()
  const records = await progressRightsRequests(db, auth.user.id, now)
  return json(RightsRequestListSchema, {
    asOf: now.toISOString(),
    requests: records.map((record) => toRightsRequestSummary(record, now)),
    openCount: records.filter(isOpen).length,
  })
}

/** The person's own request, or a 404 that does not reveal whether someone else's exists (IDOR). */
async function findOwnRequest(auth: AuthInfo['auth'], requestId: string | undefined, now: Date) {
  const records = await progressRightsRequests(db, auth.user.id, now)
  return records.find((record) => record.id === requestId)
}

function notFound() {
  return problem({ status: 404, code: 'not_found', title: 'No such request' })
}

type RequestIdParams = { requestId: string }

async function getRightsRequest({ auth, params }: AuthInfo & { params: RequestIdParams }): Reply<RightsRequest> {
  const now = mockClock.now()
  const record = await findOwnRequest(auth, params.requestId, now)
  if (!record) return notFound()
  return json(RightsRequestSchema, toRightsRequest(record, now))
}

async function cancelRequest({ auth, params }: AuthInfo & { params: RequestIdParams }): Reply<RightsRequest> {
  const now = mockClock.now()
  const record = await findOwnRequest(auth, params.requestId, now)
  if (!record) return notFound()
  if (!canCancel(record)) {
    return problem({ status: 409, code: 'conflict', title: 'This request can no longer be cancelled' })
  }
  const cancelled = cancelRightsRequest(record, now)
  await db.rightsRequests.update((q) => q.where({ id: record.id }), {
    data(draft) {
      draft.events = cancelled.events
      draft.plan = cancelled.plan
    },
  })
  return json(RightsRequestSchema, toRightsRequest(cancelled, now))
}

function previewErasure({ auth, request }: AuthInfo): HttpResponse<ErasurePreview | Problem> {
  const search = Object.fromEntries(new URL(request.url).searchParams)
  const params = ErasurePreviewParamsSchema.safeParse(search)
  if (!params.success) return problem({ status: 400, title: 'Send scope=all, categories or items' })
  if (params.data.scope === 'items') {
    const refs: RecordRef[] = []
    for (const pair of (params.data.items ?? '').split(',').filter(Boolean)) {
      const [categoryId = '', recordId = ''] = pair.split(':')
      const category = DataCategoryIdSchema.safeParse(categoryId)
      if (!category.success || recordId === '') return problem({ status: 400, title: `Unknown item ${pair}` })
      refs.push({ categoryId: category.data, recordId })
    }
    const preview = previewFor(auth.user, { kind: 'erasure', scope: 'items', categories: [], items: refs })
    // Someone else's record, or one no longer held: not found, like any record that is not the person's.
    if (!preview || refs.length === 0) return problem({ status: 404, code: 'not_found', title: 'No such item' })
    return json(ErasurePreviewSchema, preview)
  }
  const categories: DataCategoryId[] = []
  for (const id of (params.data.categories ?? '').split(',').filter(Boolean)) {
    const category = DataCategoryIdSchema.safeParse(id)
    if (!category.success) return problem({ status: 400, title: `Unknown category ${id}` })
    categories.push(category.data)
  }
  return json(ErasurePreviewSchema, getErasurePreview(params.data.scope, categories, getLatestItemDates(auth.user)))
}

/**
 * The copy of an access or portability request (Art. 15(3), 20): the data the server holds, by category,
 * as JSON. Portability covers only what the person provided or generated (account, usage, transactions).
 */
export function buildRightsRequestCopy(record: RightsRequestRecord, now: Date): RightsRequestCopy | undefined {
  const user = findUser(record.userId)
  if (!user) return undefined
  const history = getUserHistory(user)
  const wanted: readonly DataCategoryId[] =
    record.body.kind === 'portability'
      ? ['account', 'user-data', 'transactions']
      : record.body.kind === 'access' && record.body.scope === 'categories'
        ? record.body.categories
        : DataCategoryIdSchema.options
  const recordsOf = (categoryId: DataCategoryId): RightsRequestCopy['categories'][number]['records'] => {
    switch (categoryId) {
      case 'account':
        return [
          { name: user.name, email: user.email, createdAt: user.createdAt, passwordChangedAt: user.passwordChangedAt },
        ]
      case 'transactions':
        return history.transactions.map(({ userId: _owner, ...item }) => item)
      case 'user-data':
        return history.usageEvents.map(({ userId: _owner, ...item }) => item)
      case 'customer-service':
        return history.customerService.map(({ userId: _owner, ...item }) => item)
      default:
        return []
    }
  }
  return {
    reference: record.reference,
    generatedAt: now.toISOString(),
    categories: wanted.map((categoryId) => ({ categoryId, records: recordsOf(categoryId) })),
  }
}

async function getCopy({ auth, params }: AuthInfo & { params: RequestIdParams }): Reply<RightsRequestCopy> {
  const now = mockClock.now()
  const record = await findOwnRequest(auth, params.requestId, now)
  if (!record) return notFound()
  if (record.outcome?.kind !== 'copy') return notFound()
  const copy = buildRightsRequestCopy(record, now)
  if (!copy) return notFound()
  return json(RightsRequestCopySchema, copy)
}

/** The endpoints of Rights requests. The erasure preview is registered before `:requestId`. */
export const rightsRequestHandlers: HttpHandler[] = [
  http.get(apiUrl(endpoints.rightsRequests.list.path), handle(withSession(listRightsRequests))),
  http.post(
    apiUrl(endpoints.rightsRequests.create.path),
    handle(withSession(withCsrf(withIdempotency(RightsRequestSchema)(handleCreate)))),
  ),
  http.get(apiUrl(endpoints.rightsRequests.erasurePreview.path), handle(withSession(previewErasure))),
  http.get<RequestIdParams>(apiUrl(endpoints.rightsRequests.detail.path), handle(withSession(getRightsRequest))),
  http.get<RequestIdParams>(apiUrl(endpoints.rightsRequests.copy.path), handle(withSession(getCopy))),
  http.post<RequestIdParams>(
    apiUrl(endpoints.rightsRequests.cancel.path),
    handle(withSession(withCsrf(cancelRequest))),
  ),
]
