import * as z from 'zod/mini'

import { IdSchema, TimestampSchema } from './common'

/** The account holder as the overview shows them. The password is never returned, only when it changed. */
export const AccountSchema = z.object({
  id: IdSchema,
  name: z.string(),
  email: z.string(),
  createdAt: TimestampSchema,
  passwordChangedAt: TimestampSchema,
  lastSignInAt: z.nullable(TimestampSchema),
})
export type Account = z.infer<typeof AccountSchema>
