import { createChangeListeners } from './change-listeners'

/**
 * The end of the person's session on this device (sign-out), told to stores that keep personal data in
 * memory outside the query cache, so they forget it at once (ASVS 14.3.1). React-free, so every module can listen.
 * An expired session that the person may resume in place (the sign-in dialog) is not an end.
 */
const { subscribe, notify } = createChangeListeners()

/** Calls `listener` every time a session ends; returns the function that stops listening. */
export const onSessionEnd: (listener: () => void) => () => void = subscribe

/** Tells every listener the session ended. Called by `forgetSession` only. */
export const endSessionListeners: () => void = notify
