import type { DataRecord } from '#src/contract/profile'
import { type DataCategoryId, DataCategoryIdSchema } from '#src/contract/register'
import {
  directMarketingPurposeId,
  type CreateRightsRequestBody,
  type ErasureItem,
  type ErasurePreview,
  type RightsRequest,
  type RightsRequestEvent,
  type RightsRequestStatus,
  type RightsRequestSummary,
} from '#src/contract/rights-requests'

import { getUserHistory } from '../my-data/generated-history'
import { addToDate } from '../server/clock'
import type { UserRecord } from '../session/records'

import type { PlannedStep, RightsRequestRecord } from './records'

/*
 * The legal clock of a rights request (GDPR Art. 12(3)): an answer within one month of receipt; the
 * controller may extend by two further months where necessary, telling the person within the first month,
 * with the reasons. Every function here is pure and takes the mock clock's "now" as an argument.
 */

function toCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** Business rule: the answer is due one calendar month after receipt (Jan 31 → Feb 28), as a UTC date. */
export function getStatutoryDueDate(receivedAt: Date): string {
  return toCalendarDate(addToDate(receivedAt, { months: 1 }))
}

/** Business rule: an extension may move the due date to at most three months after receipt. */
export function getLatestExtendedDueDate(receivedAt: Date): string {
  return toCalendarDate(addToDate(receivedAt, { months: 3 }))
}

/**
 * Business rule: an extension is lawful only when it is announced before the first month ends, gives a
 * reason, and moves the date forward to no later than three months after receipt.
 */
export function isLawfulExtension(receivedAt: Date, step: Pick<PlannedStep, 'at' | 'reason' | 'newDueDate'>): boolean {
  const initialDue = getStatutoryDueDate(receivedAt)
  if (step.reason === undefined || step.newDueDate === undefined) return false
  return (
    toCalendarDate(new Date(step.at)) <= initialDue &&
    step.newDueDate > initialDue &&
    step.newDueDate <= getLatestExtendedDueDate(receivedAt)
  )
}

/** Whole days from `today` to `dueDate`, both calendar dates in UTC: 0 on the due date, negative after it. */
export function getDaysLeft(now: Date, dueDate: string): number {
  const today = Date.parse(toCalendarDate(now))
  return Math.round((Date.parse(dueDate) - today) / 86_400_000)
}

const statusOfEvent: Partial<Record<RightsRequestEvent['kind'], RightsRequestStatus>> = {
  received: 'received',
  'in-progress': 'in-progress',
  extended: 'extended',
  completed: 'completed',
  refused: 'refused',
  cancelled: 'cancelled',
}

const finalStatuses = new Set<RightsRequestStatus>(['completed', 'refused', 'cancelled'])

export function getStatus(record: RightsRequestRecord): RightsRequestStatus {
  let status: RightsRequestStatus = 'received'
  for (const event of record.events) status = statusOfEvent[event.kind] ?? status
  return status
}

export function isOpen(record: RightsRequestRecord): boolean {
  return !finalStatuses.has(getStatus(record))
}

/** Business rule: a request can be cancelled until the team starts working on it. */
export function canCancel(record: RightsRequestRecord): boolean {
  return getStatus(record) === 'received'
}

export function getDueDate(record: RightsRequestRecord): string {
  let due = record.initialDueDate
  for (const event of record.events) if (event.kind === 'extended' && event.newDueDate) due = event.newDueDate
  return due
}

export type Advanced = {
  record: RightsRequestRecord
  /** Steps that became events in this call: the caller runs their side effects once. */
  reached: readonly PlannedStep[]
}

/**
 * Moves a request along its plan up to `now`: each planned step whose time has come becomes an event
 * (with its message and outcome). A final event ends the plan. Returns the same record when nothing changed.
 */
export function advanceRightsRequest(record: RightsRequestRecord, now: Date): Advanced {
  const due = record.plan.filter((step) => Date.parse(step.at) <= now.getTime())
  if (due.length === 0 || !isOpen(record)) return { record, reached: [] }
  const events = [...record.events]
  const messages = [...record.messages]
  let outcome = record.outcome
  const reached: PlannedStep[] = []
  let plan = record.plan.filter((step) => Date.parse(step.at) > now.getTime())
  for (const step of due) {
    events.push({
      kind: step.kind,
      at: step.at,
      ...(step.reason ? { reason: step.reason } : {}),
      ...(step.newDueDate ? { newDueDate: step.newDueDate } : {}),
    })
    if (step.message)
      messages.push({ id: `${record.id}_msg${String(messages.length + 1)}`, sentAt: step.at, body: step.message })
    if (step.outcome) outcome = step.outcome
    reached.push(step)
    if (step.kind === 'completed' || step.kind === 'refused') {
      plan = []
      break
    }
  }
  return { record: { ...record, events, messages, outcome, plan }, reached }
}

/** Cancelling keeps the timeline and drops the plan: nothing more will happen. */
export function cancelRightsRequest(record: RightsRequestRecord, now: Date): RightsRequestRecord {
  return { ...record, events: [...record.events, { kind: 'cancelled', at: now.toISOString() }], plan: [] }
}

function getClosedAt(record: RightsRequestRecord): string | null {
  if (isOpen(record)) return null
  return record.events.at(-1)?.at ?? null
}

export function toRightsRequestSummary(record: RightsRequestRecord, now: Date): RightsRequestSummary {
  const dueDate = getDueDate(record)
  const daysLeft = getDaysLeft(now, dueDate)
  return {
    id: record.id,
    reference: record.reference,
    kind: record.kind,
    status: getStatus(record),
    receivedAt: record.receivedAt,
    dueDate,
    initialDueDate: record.initialDueDate,
    daysLeft,
    isOverdue: isOpen(record) && daysLeft < 0,
    closedAt: getClosedAt(record),
  }
}

function getCategories(body: CreateRightsRequestBody): DataCategoryId[] {
  if (body.kind === 'access' || body.kind === 'erasure' || body.kind === 'restriction') {
    return body.scope === 'all' ? [] : [...body.categories]
  }
  if (body.kind === 'rectification') return [body.categoryId]
  return []
}

export function toRightsRequest(record: RightsRequestRecord, now: Date): RightsRequest {
  const { body } = record
  return {
    ...toRightsRequestSummary(record, now),
    asOf: now.toISOString(),
    categories: getCategories(body),
    ...(body.kind === 'erasure' && body.scope === 'items' && record.erasureStatement
      ? {
          records: [...record.erasureStatement.deleted, ...record.erasureStatement.kept].flatMap((item) =>
            item.record ? [item.record] : [],
          ),
        }
      : {}),
    ...(body.kind === 'objection' ? { purposeId: body.purposeId } : {}),
    ...(body.kind === 'restriction' ? { ground: body.ground } : {}),
    events: record.events,
    messages: record.messages,
    outcome: record.outcome,
    canCancel: canCancel(record),
  }
}

/* ----------------------------------------------------------------------------------- erasure */

/** What erasure cannot remove, and why (Art. 17(3)): the policy's retention rules. */
type Retained = { keptFor: ErasureItem['keptFor']; retention: NonNullable<ErasureItem['retention']>; years: number }
const retainedOnErasure: Partial<Record<DataCategoryId, Retained>> = {
  // Accounting and tax law: transaction records are kept 10 years (policy, "Données de transaction").
  transactions: {
    keptFor: 'legal-obligations',
    retention: {
      fr: '10\u00a0ans après chaque transaction, pour respecter nos obligations comptables et fiscales',
      en: '10 years after each transaction, to meet our accounting and tax obligations',
    },
    years: 10,
  },
  // Call logs and text dialogues: 3 years, to establish or defend legal claims (policy, point B).
  'customer-service': {
    keptFor: 'legal-claims',
    retention: {
      fr: '3\u00a0ans après chaque échange avec le service client, en cas de litige',
      en: '3 years after each exchange with customer service, in case of a legal claim',
    },
    years: 3,
  },
}

/** The latest date of each category's items, so "kept until" can be a real date. */
export type LatestItemDates = Partial<Record<DataCategoryId, string>>

/**
 * Business rule: what an erasure request deletes and keeps. Everything is deleted except what a legal
 * obligation or legal claims require keeping; erasing the account category closes the account.
 */
/** The newest item of each category that has dated items, for "kept until" dates. */
export function getLatestItemDates(user: UserRecord): LatestItemDates {
  const history = getUserHistory(user)
  const newest = (dates: readonly string[]) =>
    dates.reduce<string | undefined>((max, date) => (max === undefined || date > max ? date : max), undefined)
  const transactions = newest(history.transactions.map((item) => item.occurredAt))
  const customerService = newest(
    history.customerService.filter((item) => item.channel !== 'voice_recording').map((item) => item.occurredAt),
  )
  return {
    ...(transactions === undefined ? {} : { transactions }),
    ...(customerService === undefined ? {} : { 'customer-service': customerService }),
  }
}

export function getErasurePreview(
  scope: 'all' | 'categories',
  categories: readonly DataCategoryId[],
  latest: LatestItemDates,
): ErasurePreview {
  const chosen =
    scope === 'all'
      ? DataCategoryIdSchema.options
      : DataCategoryIdSchema.options.filter((id) => categories.includes(id))
  const deleted: ErasureItem[] = []
  const kept: ErasureItem[] = []
  for (const categoryId of chosen) {
    const rule = retainedOnErasure[categoryId]
    const last = latest[categoryId]
    if (rule && last !== undefined) {
      kept.push({
        categoryId,
        ...(rule.keptFor ? { keptFor: rule.keptFor } : {}),
        retention: rule.retention,
        keptUntil: toCalendarDate(addToDate(new Date(last), { months: rule.years * 12 })),
      })
    } else {
      deleted.push({ categoryId })
    }
  }
  return { deleted, kept, closesAccount: chosen.includes('account') }
}

/**
 * Business rule: an erasure of chosen records (My data's items), record by record. A record of a category
 * kept for a legal obligation or legal claims (Art. 17(3)(b), (e)) is kept, with the reason and the date its
 * own retention rule deletes it (the register's, as My data shows it); voice recordings, which no such rule
 * keeps, and every other record are erased. Naming the account record closes the account.
 */
export function getItemErasurePreview(records: readonly DataRecord[]): ErasurePreview {
  const deleted: ErasureItem[] = []
  const kept: ErasureItem[] = []
  for (const record of records) {
    const label = {
      categoryId: record.categoryId,
      recordId: record.id,
      kindLabel: record.kindLabel,
      recordedAt: record.recordedAt,
    }
    const rule = retainedOnErasure[record.categoryId]
    if (rule && record.kind !== 'voice-recording') {
      kept.push({
        categoryId: record.categoryId,
        record: label,
        ...(rule.keptFor ? { keptFor: rule.keptFor } : {}),
        retention: rule.retention,
        keptUntil:
          record.deletionOn ?? toCalendarDate(addToDate(new Date(record.recordedAt), { months: rule.years * 12 })),
      })
    } else {
      deleted.push({ categoryId: record.categoryId, record: label })
    }
  }
  return { deleted, kept, closesAccount: records.some((record) => record.categoryId === 'account') }
}

/* -------------------------------------------------------------------------------------- plan */

const hour = 3_600_000
const day = 24 * hour

function at(receivedAt: Date, ms: number): string {
  return new Date(receivedAt.getTime() + ms).toISOString()
}

/** Plain-language texts of what a restriction or an objection changes, once applied. */
export const appliedSummaries = {
  restriction: {
    fr: 'Nous conservons les données concernées mais ne les utilisons plus, sauf pour un litige ou avec votre accord. Nous vous préviendrons avant de lever cette limitation.',
    en: 'We keep the data concerned but no longer use it, except for a legal claim or with your agreement. We will tell you before this restriction is lifted.',
  },
  objection: {
    fr: 'Nous avons cessé d’utiliser vos données pour ce traitement.',
    en: 'We have stopped using your data for this processing.',
  },
  directMarketing: {
    fr: 'Nous avons cessé d’utiliser vos données pour la publicité personnalisée, dès réception de votre demande.',
    en: 'We stopped using your data for tailored advertising as soon as we received your request.',
  },
} as const

export const completionMessage = {
  fr: 'Nous avons traité votre demande. Vous trouverez notre réponse sur cette page.',
  en: 'We have dealt with your request. Our answer is on this page.',
}

/**
 * How the team handles a newly filed request. The signed-in session is enough to confirm identity
 * (EDPB Guidelines 01/2022 §3.3): no ID copy is asked. Objection to direct marketing takes effect at
 * once (Art. 21(3)), so it is completed on receipt.
 */
export function planForNewRequest(
  body: CreateRightsRequestBody,
  receivedAt: Date,
  erasureStatement: ErasurePreview | null,
): PlannedStep[] {
  const identity: PlannedStep = { kind: 'identity-confirmed', at: at(receivedAt, 0) }
  if (body.kind === 'objection' && body.purposeId === directMarketingPurposeId) {
    return [
      identity,
      {
        kind: 'completed',
        at: at(receivedAt, 0),
        outcome: { kind: 'applied', summary: appliedSummaries.directMarketing },
      },
    ]
  }
  const started: PlannedStep = { kind: 'in-progress', at: at(receivedAt, 2 * day) }
  const completed = (days: number, outcome: NonNullable<PlannedStep['outcome']>): PlannedStep => ({
    kind: 'completed',
    at: at(receivedAt, days * day),
    message: completionMessage,
    outcome,
  })
  switch (body.kind) {
    case 'access':
    case 'portability':
      return [identity, started, completed(10, { kind: 'copy', format: 'application/json' })]
    case 'erasure':
      return [
        identity,
        started,
        completed(14, {
          kind: 'erasure',
          statement: erasureStatement ?? { deleted: [], kept: [], closesAccount: false },
        }),
      ]
    case 'rectification':
      return [
        identity,
        started,
        completed(5, { kind: 'rectification', field: body.field, newValue: body.correctValue }),
      ]
    case 'restriction':
      return [identity, started, completed(7, { kind: 'applied', summary: appliedSummaries.restriction })]
    case 'objection':
      return [identity, started, completed(21, { kind: 'applied', summary: appliedSummaries.objection })]
  }
}
