import { screen } from '@testing-library/react'
import { expect, test, vi } from 'vitest'

import { AccountMenu } from '#src/components/layout/account-menu'
import { AppHeader } from '#src/components/layout/app-header'
import { MainNav } from '#src/components/layout/main-nav'

import { renderWithRouter } from './render-with-router'

function renderHeader(props: { onSignOut: () => void; isSigningOut?: boolean }) {
  return renderWithRouter([
    {
      path: '/',
      element: (
        <AppHeader
          nav={<MainNav items={[{ href: '/', label: 'Aperçu' }]} />}
          accountMenu={<AccountMenu userName="Camille Martin" {...props} />}
        />
      ),
    },
  ])
}

test('the header shows who is signed in and a visible sign-out button', async () => {
  const onSignOut = vi.fn()
  const { user } = renderHeader({ onSignOut })

  const banner = screen.getByRole('banner')
  expect(banner).toHaveTextContent('Session ouverte au nom de Camille Martin')
  const signOut = screen.getByRole('button', { name: 'Se déconnecter' })
  expect(signOut).toBeVisible()

  await user.click(signOut)
  expect(onSignOut).toHaveBeenCalledTimes(1)
})

test('while signing out, presses are ignored, focus stays and the wait is announced', async () => {
  const onSignOut = vi.fn()
  const { user } = renderHeader({ onSignOut, isSigningOut: true })

  const signOut = screen.getByRole('button', { name: 'Se déconnecter' })
  await user.click(signOut)
  expect(onSignOut).not.toHaveBeenCalled()
  expect(signOut).toHaveFocus()
  expect(signOut).toHaveAttribute('aria-disabled', 'true')
  // A polite live region, announced without moving focus.
  expect(screen.getByText('Déconnexion en cours…')).toHaveAttribute('aria-live', 'polite')
})
