import type { CreateRightsRequestBody } from '#src/contract/rights-requests'

import { clockStart } from '../server/clock'
import type { Db } from '../server/db'
import type { UserRecord } from '../session/records'

import {
  advanceRightsRequest,
  appliedSummaries,
  completionMessage,
  getErasurePreview,
  getLatestItemDates,
  getStatutoryDueDate,
} from './lifecycle'
import type { PlannedStep, RightsRequestRecord } from './records'

type SeedRequest = {
  body: CreateRightsRequestBody
  receivedAt: string
  plan: PlannedStep[]
}

function buildRecord(user: UserRecord, index: number, seed: SeedRequest): RightsRequestRecord {
  const receivedAt = new Date(seed.receivedAt)
  const erasureStatement =
    // The seeded erasures name categories or the whole account, never single records.
    seed.body.kind === 'erasure' && seed.body.scope !== 'items'
      ? getErasurePreview(seed.body.scope, seed.body.categories, getLatestItemDates(user))
      : null
  const record: RightsRequestRecord = {
    id: `rr_seed_${user.historySeed}_${String(index)}`,
    reference: '',
    userId: user.id,
    kind: seed.body.kind,
    receivedAt: seed.receivedAt,
    initialDueDate: getStatutoryDueDate(receivedAt),
    body: seed.body,
    erasureStatement,
    events: [{ kind: 'received', at: seed.receivedAt }],
    messages: [],
    plan: seed.plan.map((step) =>
      step.kind === 'completed' && seed.body.kind === 'erasure' && erasureStatement
        ? { ...step, outcome: { kind: 'erasure', statement: erasureStatement } }
        : step,
    ),
    outcome: null,
  }
  // The seed describes the whole story; what has happened by the clock's start is on the timeline already.
  return advanceRightsRequest(record, clockStart).record
}

/**
 * The typical account's requests, one at each interesting stage on 28 November 2026: extended (answered
 * after the clock moves a month), completed (an erasure with its statement), overdue (an objection the team
 * has not answered in time), pending and cancellable (a restriction that starts next week), and refused.
 */
function typicalAccountRequests(): SeedRequest[] {
  return [
    {
      body: { kind: 'access', scope: 'all', categories: [] },
      receivedAt: '2026-10-05T14:12:00.000Z',
      plan: [
        { kind: 'identity-confirmed', at: '2026-10-05T14:12:00.000Z' },
        { kind: 'in-progress', at: '2026-10-07T08:30:00.000Z' },
        {
          kind: 'extended',
          at: '2026-10-30T10:00:00.000Z',
          reason: {
            fr: 'Votre compte contient près de quatre ans d’échanges avec le service client, dont nous devons relire chaque enregistrement pour masquer les informations concernant d’autres personnes.',
            en: 'Your account holds almost four years of exchanges with customer service, and we must review each record to hide information about other people.',
          },
          newDueDate: '2027-01-05',
          message: {
            fr: 'Nous avons besoin de plus de temps pour préparer une copie complète de vos données. Nous vous répondrons au plus tard le 5 janvier 2027.',
            en: 'We need more time to prepare a complete copy of your data. We will answer by 5 January 2027 at the latest.',
          },
        },
        {
          kind: 'completed',
          at: '2026-12-18T09:00:00.000Z',
          message: completionMessage,
          outcome: { kind: 'copy', format: 'application/json' },
        },
      ],
    },
    {
      body: { kind: 'erasure', scope: 'categories', categories: ['ad-reactions', 'cookies', 'transactions'] },
      receivedAt: '2026-08-12T18:40:00.000Z',
      plan: [
        { kind: 'identity-confirmed', at: '2026-08-12T18:40:00.000Z' },
        { kind: 'in-progress', at: '2026-08-14T09:00:00.000Z' },
        { kind: 'completed', at: '2026-09-03T11:20:00.000Z', message: completionMessage },
      ],
    },
    {
      body: {
        kind: 'objection',
        purposeId: 'analytics',
        grounds: 'Je ne souhaite pas que mes habitudes d’utilisation servent à des statistiques.',
      },
      receivedAt: '2026-09-20T07:55:00.000Z',
      plan: [
        { kind: 'identity-confirmed', at: '2026-09-20T07:55:00.000Z' },
        { kind: 'in-progress', at: '2026-09-24T13:00:00.000Z' },
      ],
    },
    {
      body: { kind: 'restriction', ground: 'accuracy-contested', scope: 'categories', categories: ['transactions'] },
      receivedAt: '2026-11-20T16:05:00.000Z',
      plan: [
        { kind: 'identity-confirmed', at: '2026-11-20T16:05:00.000Z' },
        { kind: 'in-progress', at: '2026-12-01T09:00:00.000Z' },
        {
          kind: 'completed',
          at: '2026-12-12T15:00:00.000Z',
          message: completionMessage,
          outcome: { kind: 'applied', summary: appliedSummaries.restriction },
        },
      ],
    },
    {
      body: {
        kind: 'rectification',
        categoryId: 'transactions',
        recordId: 'invoice-2026-0412',
        field: 'amount',
        correctValue: '9,99 €',
      },
      receivedAt: '2026-05-04T10:00:00.000Z',
      plan: [
        { kind: 'identity-confirmed', at: '2026-05-04T10:00:00.000Z' },
        { kind: 'in-progress', at: '2026-05-06T09:00:00.000Z' },
        {
          kind: 'refused',
          at: '2026-05-20T14:30:00.000Z',
          reason: {
            fr: 'Le montant de cette facture est exact : il correspond au paiement reçu le 12 avril 2026. Nous ne pouvons pas modifier une facture émise, que la loi nous oblige à conserver telle quelle.',
            en: 'The amount on this invoice is correct: it matches the payment received on 12 April 2026. We cannot alter an invoice once issued, which the law requires us to keep as it is.',
          },
        },
      ],
    },
  ]
}

/** The large account: one old access request, answered. The new account has none. */
function largeAccountRequests(): SeedRequest[] {
  return [
    {
      body: { kind: 'access', scope: 'categories', categories: ['account', 'connection-data'] },
      receivedAt: '2025-03-10T09:00:00.000Z',
      plan: [
        { kind: 'identity-confirmed', at: '2025-03-10T09:00:00.000Z' },
        { kind: 'in-progress', at: '2025-03-12T09:00:00.000Z' },
        {
          kind: 'completed',
          at: '2025-03-28T09:00:00.000Z',
          message: completionMessage,
          outcome: { kind: 'copy', format: 'application/json' },
        },
      ],
    },
  ]
}

/** Deterministic demo data of this resource for the seeded users; runs on every reset. */
export async function seedRightsRequests(database: Db, users: readonly UserRecord[]): Promise<void> {
  const [typical, large] = users
  const records: RightsRequestRecord[] = []
  if (typical) records.push(...typicalAccountRequests().map((seed, index) => buildRecord(typical, index, seed)))
  if (large) records.push(...largeAccountRequests().map((seed, index) => buildRecord(large, index, seed)))
  // References in order of receipt, as the server numbers them.
  records.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
  const perYear = new Map<string, number>()
  for (const record of records) {
    const year = record.receivedAt.slice(0, 4)
    const number = (perYear.get(year) ?? 0) + 1
    perYear.set(year, number)
    await database.rightsRequests.create({ ...record, reference: `DRT-${year}-${String(number).padStart(6, '0')}` })
  }
}
