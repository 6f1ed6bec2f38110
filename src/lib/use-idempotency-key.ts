import { useCallback, useRef } from 'react'

/**
 * One Idempotency-Key per logical submission (IETF Idempotency-Key draft): the same key for every retry of the
 * same content (after a timeout, a network error, a re-authentication), a new one once the content
 * changes or after a success. Keys are UUIDv4, so they cannot be guessed (IETF idempotency draft).
 */
export function useIdempotencyKey() {
  const current = useRef<{ key: string; content: string } | null>(null)

  const keyFor = useCallback((content: unknown): string => {
    const serialised = JSON.stringify(content)
    if (!current.current || current.current.content !== serialised) {
      current.current = { key: crypto.randomUUID(), content: serialised }
    }
    return current.current.key
  }, [])

  const renew = useCallback(() => {
    current.current = null
  }, [])

  return { keyFor, renew }
}
