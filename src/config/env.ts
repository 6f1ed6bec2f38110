import * as z from 'zod/mini'

const EnvSchema = z.object({
  /** Absolute base of every API URL; MSW in Node needs absolute URLs, and a real API may live elsewhere. */
  apiBaseUrl: z.url(),
  /** Requests that take longer end as a timeout error with a way to retry, never an endless spinner. */
  requestTimeoutMs: z.int().check(z.positive()),
})
export type Env = z.infer<typeof EnvSchema>

function readEnv(): Env {
  return EnvSchema.parse({
    apiBaseUrl: import.meta.env.VITE_API_BASE_URL ?? new URL('/api', window.location.origin).href,
    requestTimeoutMs: 15_000,
  })
}

export const env: Env = readEnv()
