import { Collection } from '@msw/data'

import { mockClock } from './clock'
import { ConsentEventRecordSchema, ObjectionEventRecordSchema } from './consents-records'
import {
  ContactDetailsRecordSchema,
  EmailChangeRecordSchema,
  PreferenceHistoryRecordSchema,
  TopicPreferenceRecordSchema,
} from './contact-preferences-records'
import { PolicyAcknowledgementRecordSchema } from './policy/records'
import { seedPolicyAcknowledgements } from './policy/seed'
import {
  CookieRecordSchema,
  ProfileCorrectionRecordSchema,
  ReceivedDataRecordSchema,
  RecentContactRecordSchema,
} from './profile-records'
import {
  IdempotencyRecordSchema,
  OutboxMessageRecordSchema,
  PrivacyMessageRecordSchema,
  SessionRecordSchema,
  SignInAttemptRecordSchema,
  UserRecordSchema,
} from './records'
import { ErasedRecordSchema, RightsRequestRecordSchema } from './rights-requests-records'
import { seedConsents } from './seed/consents'
import { seedContactPreferences } from './seed/contact-preferences'
import { buildSeedUsers } from './seed/demo-accounts'
import { seedProfiles } from './seed/profile'
import { seedRightsRequests } from './seed/rights-requests'

/**
 * The mock server's database: the state it can change. Tests read it as "the server's view"
 * when an outcome is invisible in the UI. Large generated history (transactions, usage events)
 * is not here: see seed/history.ts.
 */
export const db = {
  users: new Collection({ schema: UserRecordSchema }),
  sessions: new Collection({ schema: SessionRecordSchema }),
  signInAttempts: new Collection({ schema: SignInAttemptRecordSchema }),
  idempotency: new Collection({ schema: IdempotencyRecordSchema }),
  outbox: new Collection({ schema: OutboxMessageRecordSchema }),
  privacyMessages: new Collection({ schema: PrivacyMessageRecordSchema }),
  // My data (issue 3)
  profileCorrections: new Collection({ schema: ProfileCorrectionRecordSchema }),
  profileCookies: new Collection({ schema: CookieRecordSchema }),
  profileReceivedData: new Collection({ schema: ReceivedDataRecordSchema }),
  profileRecentContacts: new Collection({ schema: RecentContactRecordSchema }),
  // Settings: contact details and preferences (issue 4)
  contactDetails: new Collection({ schema: ContactDetailsRecordSchema }),
  emailChanges: new Collection({ schema: EmailChangeRecordSchema }),
  topicPreferences: new Collection({ schema: TopicPreferenceRecordSchema }),
  preferenceHistory: new Collection({ schema: PreferenceHistoryRecordSchema }),
  // Consents (issue 5)
  consentEvents: new Collection({ schema: ConsentEventRecordSchema }),
  objectionEvents: new Collection({ schema: ObjectionEventRecordSchema }),
  // Rights requests (issue 6)
  rightsRequests: new Collection({ schema: RightsRequestRecordSchema }),
  erasedRecords: new Collection({ schema: ErasedRecordSchema }),
  // Privacy policy
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

/** Every mutable collection, for persistence. Add new collections here too. */
export const persistedTables: readonly PersistedTable[] = [
  table('users', db.users, (v) => UserRecordSchema.safeParse(v).data),
  table('sessions', db.sessions, (v) => SessionRecordSchema.safeParse(v).data),
  table('signInAttempts', db.signInAttempts, (v) => SignInAttemptRecordSchema.safeParse(v).data),
  table('idempotency', db.idempotency, (v) => IdempotencyRecordSchema.safeParse(v).data),
  table('outbox', db.outbox, (v) => OutboxMessageRecordSchema.safeParse(v).data),
  table('privacyMessages', db.privacyMessages, (v) => PrivacyMessageRecordSchema.safeParse(v).data),
  // My data (issue 3)
  table('profileCorrections', db.profileCorrections, (v) => ProfileCorrectionRecordSchema.safeParse(v).data),
  table('profileCookies', db.profileCookies, (v) => CookieRecordSchema.safeParse(v).data),
  table('profileReceivedData', db.profileReceivedData, (v) => ReceivedDataRecordSchema.safeParse(v).data),
  table('profileRecentContacts', db.profileRecentContacts, (v) => RecentContactRecordSchema.safeParse(v).data),
  // Settings: contact details and preferences (issue 4)
  table('contactDetails', db.contactDetails, (v) => ContactDetailsRecordSchema.safeParse(v).data),
  table('emailChanges', db.emailChanges, (v) => EmailChangeRecordSchema.safeParse(v).data),
  table('topicPreferences', db.topicPreferences, (v) => TopicPreferenceRecordSchema.safeParse(v).data),
  table('preferenceHistory', db.preferenceHistory, (v) => PreferenceHistoryRecordSchema.safeParse(v).data),
  // Consents (issue 5)
  table('consentEvents', db.consentEvents, (v) => ConsentEventRecordSchema.safeParse(v).data),
  table('objectionEvents', db.objectionEvents, (v) => ObjectionEventRecordSchema.safeParse(v).data),
  // Rights requests (issue 6)
  table('rightsRequests', db.rightsRequests, (v) => RightsRequestRecordSchema.safeParse(v).data),
  table('erasedRecords', db.erasedRecords, (v) => ErasedRecordSchema.safeParse(v).data),
  // Privacy policy
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

/** Modules holding server state outside the db (the session "cookie jar") clear it on reset. */
export function onResetDb(listener: () => void): () => void {
  resetListeners.add(listener)
  return () => resetListeners.delete(listener)
}

async function seedDb(): Promise<void> {
  const users = buildSeedUsers()
  for (const user of users) await db.users.create(user)
  await seedProfiles(db, users)
  await seedContactPreferences(db, users)
  await seedConsents(db, users)
  await seedRightsRequests(db, users)
  await seedPolicyAcknowledgements(db, users)
}

/**
 * Clears every collection, reseeds the three demo users and puts the clock back: the whole server
 * state, so one test's sessions or time travel never leak into the next. Runs after every test: keep it cheap.
 */
export async function resetDb(): Promise<void> {
  await settleWrites()
  mockClock.reset()
  for (const collection of Object.values(db)) collection.clear()
  for (const listener of resetListeners) listener()
  await seedDb()
}

// The first test (and the first page load) must find the demo users without calling resetDb().
trackWrite(seedDb())

/** Users are unique by email, compared case-insensitively like mail systems do. */
export function findUserByEmail(email: string): ReturnType<typeof db.users.findFirst> {
  const wanted = normaliseEmail(email)
  return db.users.findFirst((q) => q.where({ email: (value) => normaliseEmail(value) === wanted }))
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase()
}
