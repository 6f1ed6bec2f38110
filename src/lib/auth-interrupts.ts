import { createChangeListeners } from './change-listeners'

/**
 * When the API needs the person to prove who they are again, the app asks in place, in a dialog over
 * the page, instead of navigating away: the form and everything typed stay mounted (WCAG 3.3.7,
 * RFC 9470 step-up). This React-free store lets non-React code (mutation functions, the
 * query cache) wait for the dialog that the protected layout renders.
 */
export type InterruptKind = 'sign-in' | 'step-up'

export class ReauthenticationCancelledError extends Error {
  override readonly name = 'ReauthenticationCancelledError'
}

type Pending = {
  kind: InterruptKind
  promise: Promise<void>
  resolve: () => void
  reject: (error: Error) => void
}

let pending: Pending | null = null
const { subscribe, notify } = createChangeListeners()

export const authInterrupts = {
  subscribe,

  /** The open interrupt, for `useSyncExternalStore`. */
  getSnapshot: (): InterruptKind | null => pending?.kind ?? null,

  /**
   * Asks for authentication and resolves once the person has given it. Concurrent requests share one
   * dialog; a sign-in request outranks a step-up, since a new sign-in is a fresh authentication too.
   */
  request: (kind: InterruptKind): Promise<void> => {
    if (pending && (pending.kind === kind || pending.kind === 'sign-in')) return pending.promise
    let resolve!: () => void
    let reject!: (error: Error) => void
    const promise = new Promise<void>((res, rej) => {
      resolve = res
      reject = rej
    })
    const previous = pending
    pending = { kind, promise, resolve, reject }
    // A step-up waiting when the session expires is satisfied by the new sign-in.
    if (previous) promise.then(previous.resolve, previous.reject)
    notify()
    return promise
  },

  complete: (): void => {
    const current = pending
    pending = null
    current?.resolve()
    notify()
  },

  cancel: (): void => {
    const current = pending
    pending = null
    current?.reject(new ReauthenticationCancelledError())
    notify()
  },
}
