import { db } from '../server/db'

/** Users are unique by email, compared case-insensitively like mail systems do. */
export function findUserByEmail(email: string): ReturnType<typeof db.users.findFirst> {
  const wanted = normaliseEmail(email)
  return db.users.findFirst((q) => q.where({ email: (value) => normaliseEmail(value) === wanted }))
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase()
}
