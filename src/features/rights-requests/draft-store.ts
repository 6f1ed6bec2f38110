import { useQuery } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'

import type { CreateRightsRequestBody, RightsRequestKind } from '#src/contract/rights-requests'
import { createChangeListeners } from '#src/lib/change-listeners'
import { getLastKnownUser, sessionQueries } from '#src/lib/session'
import { onSessionEnd } from '#src/lib/session-end'

/**
 * The answers of a request being filed, kept in memory only (never web storage: they are personal data,
 * ASVS5 14.3.3), so they survive moving between the flow's pages, the "change" links and an in-place
 * sign-in after the session expired. One draft per right; a draft belongs to the person who wrote it and
 * is dropped on sign-out (`onSessionEnd`) and when someone else signs in.
 */
export type RightsRequestDraft = CreateRightsRequestBody

type Store = { ownerId: string | null; drafts: Partial<Record<RightsRequestKind, RightsRequestDraft>> }

let store: Store = { ownerId: null, drafts: {} }
const { subscribe, notify } = createChangeListeners()

function forOwner(ownerId: string): Store['drafts'] {
  if (store.ownerId !== ownerId) store = { ownerId, drafts: {} }
  return store.drafts
}

export const rightsRequestDrafts = {
  get(ownerId: string, kind: RightsRequestKind): RightsRequestDraft | undefined {
    if (store.ownerId !== ownerId) return undefined
    return store.drafts[kind]
  },
  save(ownerId: string, draft: RightsRequestDraft): void {
    store = { ownerId, drafts: { ...forOwner(ownerId), [draft.kind]: draft } }
    notify()
  },
  /** Forgets every draft (a new test, a new person). */
  clear(): void {
    store = { ownerId: null, drafts: {} }
    notify()
  },
  /** After the request was filed: the next request of this kind starts empty. */
  discard(ownerId: string, kind: RightsRequestKind): void {
    const drafts = Object.fromEntries(Object.entries(forOwner(ownerId)).filter(([draftKind]) => draftKind !== kind))
    store = { ownerId, drafts }
    notify()
  },
}

// Drafts must not outlive the session: signing out forgets them, even if the same person signs in again.
onSessionEnd(() => {
  rightsRequestDrafts.clear()
})

/** The draft of one right for the signed-in person, re-rendering when it changes. */
export function useRightsRequestDraft(
  ownerId: string | undefined,
  kind: RightsRequestKind,
): RightsRequestDraft | undefined {
  return useSyncExternalStore(subscribe, () =>
    ownerId === undefined ? undefined : rightsRequestDrafts.get(ownerId, kind),
  )
}

/**
 * Whose drafts to show: the signed-in person, or, while the in-place sign-in dialog is open after the
 * session expired, the person who was signed in, so the answers stay on screen under the dialog.
 */
export function useDraftOwnerId(): string | undefined {
  const { data: session } = useQuery(sessionQueries.current())
  return session?.user.id ?? getLastKnownUser()?.id
}
