import { Collection } from '@msw/data'

import { ConsentEventRecordSchema, ObjectionEventRecordSchema } from '../consents/records'
import { PrivacyMessageRecordSchema } from '../contact/records'
import {
  CookieRecordSchema,
  ErasedRecordSchema,
  ProfileCorrectionRecordSchema,
  ReceivedDataRecordSchema,
  RecentContactRecordSchema,
} from '../my-data/records'
import { PolicyAcknowledgementRecordSchema } from '../policy/records'
import { RightsRequestRecordSchema } from '../rights-requests/records'
import { SessionRecordSchema, SignInAttemptRecordSchema, UserRecordSchema } from '../session/records'
import {
  ContactDetailsRecordSchema,
  EmailChangeRecordSchema,
  PreferenceHistoryRecordSchema,
  TopicPreferenceRecordSchema,
} from '../settings/records'

import { mockClock } from './clock'
import { IdempotencyRecordSchema, OutboxMessageRecordSchema } from './records'

/**
 * The mock server's database: the state it can change. Tests read it as "the server's view"
 * when an outcome is invisible in the UI. Large generated history (transactions, usage events)
 * is not here: see my-data/generated-history.ts.
 */
export const db = {
  // Shared by every area
  idempotency: new Collection({ schema: IdempotencyRecordSchema }),
  outbox: new Collection({ schema: OutboxMessageRecordSchema }),
  // session/
  users: new Collection({ schema: UserRecordSchema }),
  sessions: new Collection({ schema: SessionRecordSchema }),
  signInAttempts: new Collection({ schema: SignInAttemptRecordSchema }),
  // my-data/
  profileCorrections: new Collection({ schema: ProfileCorrectionRecordSchema }),
  profileCookies: new Collection({ schema: CookieRecordSchema }),
  profileReceivedData: new Collection({ schema: ReceivedDataRecordSchema }),
  profileRecentContacts: new Collection({ schema: RecentContactRecordSchema }),
  erasedRecords: new Collection({ schema: ErasedRecordSchema }),
  // settings/
  contactDetails: new Collection({ schema: ContactDetailsRecordSchema }),
  emailChanges: new Collection({ schema: EmailChangeRecordSchema }),
  topicPreferences: new Collection({ schema: TopicPreferenceRecordSchema }),
  preferenceHistory: new Collection({ schema: PreferenceHistoryRecordSchema }),
  // consents/
  consentEvents: new Collection({ schema: ConsentEventRecordSchema }),
  objectionEvents: new Collection({ schema: ObjectionEventRecordSchema }),
  // rights-requests/
  rightsRequests: new Collection({ schema: RightsRequestRecordSchema }),
  // contact/
  privacyMessages: new Collection({ schema: PrivacyMessageRecordSchema }),
  // policy/
  policyAcknowledgements: new Collection({ schema: PolicyAcknowledgementRecordSchema }),
}
export type Db = typeof db

type TableLike<T> = {
  all(): T[]
  clear(): void
  create(value: T): Promise<unknown>
}

/** A collection seen by persistence: snapshot to JSON, restore from untrusted JSON. */
export type PersistedTable = {
  readonly name: string
  snapshot(): unknown[]
  restore(rows: readonly unknown[]): Promise<void>
}

function table<T extends object>(
  name: string,
  collection: TableLike<T>,
  parse: (value: unknown) => T | undefined,
): PersistedTable {
  return {
    name,
    // Spread copies drop @msw/data's internal symbols, leaving plain JSON.
    snapshot: () => collection.all().map((record) => ({ ...record })),
    async restore(rows) {
      collection.clear()
      for (const row of rows) {
        // localStorage is untrusted input (OWASP HTML5 CS): anything off-schema is dropped.
        const record = parse(row)
        if (record) await collection.create(record)
      }
    },
  }
}

/** Every mutable collection, for persistence (a test checks that none is missing). */
export const persistedTables: readonly PersistedTable[] = [
  table('idempotency', db.idempotency, (v) => IdempotencyRecordSchema.safeParse(v).data),
  table('outbox', db.outbox, (v) => OutboxMessageRecordSchema.safeParse(v).data),
  table('users', db.users, (v) => UserRecordSchema.safeParse(v).data),
  table('sessions', db.sessions, (v) => SessionRecordSchema.safeParse(v).data),
  table('signInAttempts', db.signInAttempts, (v) => SignInAttemptRecordSchema.safeParse(v).data),
  table('profileCorrections', db.profileCorrections, (v) => ProfileCorrectionRecordSchema.safeParse(v).data),
  table('profileCookies', db.profileCookies, (v) => CookieRecordSchema.safeParse(v).data),
  table('profileReceivedData', db.profileReceivedData, (v) => ReceivedDataRecordSchema.safeParse(v).data),
  table('profileRecentContacts', db.profileRecentContacts, (v) => RecentContactRecordSchema.safeParse(v).data),
  table('erasedRecords', db.erasedRecords, (v) => ErasedRecordSchema.safeParse(v).data),
  table('contactDetails', db.contactDetails, (v) => ContactDetailsRecordSchema.safeParse(v).data),
  table('emailChanges', db.emailChanges, (v) => EmailChangeRecordSchema.safeParse(v).data),
  table('topicPreferences', db.topicPreferences, (v) => TopicPreferenceRecordSchema.safeParse(v).data),
  table('preferenceHistory', db.preferenceHistory, (v) => PreferenceHistoryRecordSchema.safeParse(v).data),
  table('consentEvents', db.consentEvents, (v) => ConsentEventRecordSchema.safeParse(v).data),
  table('objectionEvents', db.objectionEvents, (v) => ObjectionEventRecordSchema.safeParse(v).data),
  table('rightsRequests', db.rightsRequests, (v) => RightsRequestRecordSchema.safeParse(v).data),
  table('privacyMessages', db.privacyMessages, (v) => PrivacyMessageRecordSchema.safeParse(v).data),
  table(
    'policyAcknowledgements',
    db.policyAcknowledgements,
    (v) => PolicyAcknowledgementRecordSchema.safeParse(v).data,
  ),
]

const pendingWrites = new Set<Promise<unknown>>()
const resetListeners = new Set<() => void>()

/**
 * @msw/data writes are async, but some test helpers (createSession) must be synchronous.
 * They register their write here, and every handler awaits `settleWrites()` first, so a request
 * never sees the db half-written.
 */
export function trackWrite(write: Promise<unknown>): void {
  pendingWrites.add(write)
  void write.finally(() => pendingWrites.delete(write))
}

/** Runs `write` once every write already pending has landed, and tracks it in turn. */
export function trackWriteAfterPending(write: () => Promise<unknown>): Promise<void> {
  const chained = Promise.all([...pendingWrites])
    .then(write)
    .then(() => undefined)
  trackWrite(chained)
  return chained
}

export async function settleWrites(): Promise<void> {
  while (pendingWrites.size > 0) await Promise.all([...pendingWrites])
}

/** Modules holding server state outside the db (the session "cookie jar") clear it with the db. */
export function onClearDb(listener: () => void): () => void {
  resetListeners.add(listener)
  return () => resetListeners.delete(listener)
}

/**
 * Empties every collection and puts the clock back: the whole server state, so one test's sessions or time
 * travel never leak into the next. It does not seed: the demo world is built by `seedDemoWorld()` (seed.ts),
 * which test setup and the browser's start call explicitly. Runs after every test: keep it cheap.
 */
export async function clearDb(): Promise<void> {
  await settleWrites()
  mockClock.reset()
  for (const collection of Object.values(db)) collection.clear()
  for (const listener of resetListeners) listener()
}
