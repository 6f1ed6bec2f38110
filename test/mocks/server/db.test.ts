import { expect, test } from 'vitest'

import { db, persistedTables } from '#src/mocks/server/db'

test('persistence covers every collection of the db, so a reload restores all the server’s state', () => {
  expect(persistedTables.map((table) => table.name).sort()).toEqual(Object.keys(db).sort())
})

test('each persisted table snapshots its own collection', () => {
  for (const table of persistedTables) {
    const collection = db[table.name as keyof typeof db]
    expect(table.snapshot()).toHaveLength(collection.count())
  }
})
