import type { Channel, Frequency, PostalAddress } from '#src/contract/contact-preferences'
import type { PurposeId } from '#src/contract/register'

import type { Db } from '../server/db'
import type { UserRecord } from '../session/records'

import type { PreferenceHistoryRecord, TopicPreferenceRecord } from './records'
import { topicDefinitions } from './topics'

type SeedPerson = {
  phone: string | null
  postalAddress: PostalAddress
  language: 'fr' | 'en'
  choices: Partial<Record<PurposeId, { channels: Channel[]; frequency?: Frequency }>>
  history: ReadonlyArray<Omit<PreferenceHistoryRecord, 'id' | 'userId'>>
}

/** By seed-user index (typical, large, new), as session/demo-accounts.ts orders them. */
const seedPeople: readonly SeedPerson[] = [
  {
    // The PII canary phone (QUALITY Part 3).
    phone: '+447700900123',
    postalAddress: {
      line1: '12 rue des Canaris',
      line2: 'Bâtiment B',
      postcode: '75011',
      city: 'Paris',
      country: 'FR',
    },
    language: 'fr',
    choices: {
      'requested-offers': { channels: ['email'], frequency: 'weekly' },
      'tailored-advertising': { channels: ['post'], frequency: 'monthly' },
    },
    history: [
      {
        at: '2023-03-14T10:12:00.000Z',
        source: 'sign-up',
        action: 'update',
        changes: [{ topicId: 'requested-offers', setting: 'email', from: null, to: 'on' }],
        undoneAt: null,
      },
      {
        at: '2025-09-03T16:20:00.000Z',
        source: 'customer-service',
        action: 'update',
        changes: [{ topicId: 'tailored-advertising', setting: 'post', from: 'off', to: 'on' }],
        undoneAt: null,
      },
    ],
  },
  {
    phone: '+33612345678',
    postalAddress: { line1: '4 allée des Tilleuls', line2: '', postcode: '69003', city: 'Lyon', country: 'FR' },
    language: 'fr',
    choices: {
      'account-communications': { channels: ['post'] },
      'tailored-advertising': { channels: ['email'], frequency: 'weekly' },
    },
    history: [
      {
        at: '2017-05-02T08:00:00.000Z',
        source: 'sign-up',
        action: 'update',
        changes: [{ topicId: 'tailored-advertising', setting: 'email', from: null, to: 'on' }],
        undoneAt: null,
      },
      {
        at: '2024-01-19T11:45:00.000Z',
        source: 'unsubscribe-link',
        action: 'update',
        changes: [{ topicId: 'requested-offers', setting: 'email', from: 'on', to: 'off' }],
        undoneAt: null,
      },
    ],
  },
  {
    phone: null,
    postalAddress: { line1: '8 quai de la Fosse', line2: '', postcode: '44000', city: 'Nantes', country: 'FR' },
    language: 'fr',
    choices: {},
    history: [],
  },
]

/** Deterministic demo data of this resource for the seeded users; runs on every reset. */
export async function seedSettings(database: Db, users: readonly UserRecord[]): Promise<void> {
  for (const [index, user] of users.entries()) {
    const person = seedPeople[index]
    if (!person) continue
    await database.contactDetails.create({
      id: `cdt_${user.id}`,
      userId: user.id,
      phone: person.phone,
      postalAddress: person.postalAddress,
      language: person.language,
      version: 1,
      updatedAt: user.createdAt,
    })
    for (const topic of topicDefinitions) {
      const choice = person.choices[topic.id]
      const record: TopicPreferenceRecord = {
        id: `tpr_${user.id}_${topic.id}`,
        userId: user.id,
        topicId: topic.id,
        channels: choice ? [...choice.channels] : [...topic.defaultChannels],
        frequency: topic.frequencies.length === 0 ? null : (choice?.frequency ?? topic.defaultFrequency),
      }
      await database.topicPreferences.create(record)
    }
    for (const [position, entry] of person.history.entries()) {
      await database.preferenceHistory.create({ ...entry, id: `phe_${user.id}_${String(position)}`, userId: user.id })
    }
  }
}
