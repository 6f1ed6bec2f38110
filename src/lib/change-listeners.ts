/**
 * The subscribe/notify pair of a small store outside React, shaped for `useSyncExternalStore`:
 * `subscribe` is a plain function, so it can be passed detached from its object.
 */
export function createChangeListeners() {
  const listeners = new Set<() => void>()
  return {
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    notify: (): void => {
      for (const listener of listeners) listener()
    },
  }
}
