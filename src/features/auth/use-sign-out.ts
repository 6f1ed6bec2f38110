import { useMutation } from '@tanstack/react-query'
import { useNavigate } from 'react-router'

import { paths } from '#src/config/paths'

import { authMutations } from './api/auth-mutations'

/**
 * Signs out and lands on the sign-in page, which confirms it. The client forgets the person even when the
 * server cannot be reached (see `authMutations.signOut`), so the navigation happens whatever the outcome.
 */
export function useSignOut() {
  const navigate = useNavigate()
  const mutation = useMutation(authMutations.signOut())
  function signOut() {
    mutation.mutate(undefined, {
      onSettled: () => {
        void navigate(paths.signIn.getHref(), { replace: true, state: { hasSignedOut: true } })
      },
    })
  }
  return { signOut, isSigningOut: mutation.isPending }
}
