import { demoAccounts } from '#src/mocks/session/demo-accounts'

/** The demo people, by the role they play in tests. The API suite signs in with their e-mail and password. */
export const people = {
  typical: 0,
  large: 1,
  new: 2,
} as const
export type Person = keyof typeof people

export function demoAccount(person: Person) {
  const account = demoAccounts[people[person]]
  if (!account) throw new Error(`No demo account for ${person}`)
  return account
}
