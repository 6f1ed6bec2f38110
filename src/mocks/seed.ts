import { seedConsents } from './consents/seed'
import { seedProfiles } from './my-data/seed'
import { seedPolicyAcknowledgements } from './policy/seed'
import { seedRightsRequests } from './rights-requests/seed'
import { clearDb, db } from './server/db'
import { buildSeedUsers } from './session/demo-accounts'
import { seedSettings } from './settings/seed'

/**
 * Builds the demo world in an empty db: the three demo people, then each area's deterministic data for them.
 * db.ts never seeds itself on import: test setup, the browser's start (enable-mocking.ts) and the dev panel's
 * reset call this explicitly, so the first request always finds the demo users.
 */
export async function seedDemoWorld(): Promise<void> {
  const users = buildSeedUsers()
  for (const user of users) await db.users.create(user)
  await seedProfiles(db, users)
  await seedSettings(db, users)
  await seedConsents(db, users)
  await seedRightsRequests(db, users)
  await seedPolicyAcknowledgements(db, users)
}

/** Back to the seed: every collection emptied, the clock put back, the demo world built again. */
export async function resetDemoWorld(): Promise<void> {
  await clearDb()
  await seedDemoWorld()
}
