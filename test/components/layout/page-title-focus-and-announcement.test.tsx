import { screen, waitFor } from '@testing-library/react'
import { Link } from 'react-router'
import { expect, test } from 'vitest'

import { Page } from '#src/components/layout/page'

import { renderWithRouter, ShellLayout } from './render-with-router'

function FirstPage() {
  return (
    <Page title="Mes consentements">
      <Link to="/second">Vers la deuxième page</Link>
    </Page>
  )
}

function SecondPage() {
  return (
    <Page title="Mes demandes">
      <Link to="/">Retour</Link>
    </Page>
  )
}

const routes = [
  {
    Component: ShellLayout,
    children: [
      { path: '/', Component: FirstPage },
      { path: '/second', Component: SecondPage },
    ],
  },
]

function getAnnouncer() {
  // The polite live region has no role of its own (so it never collides with pages' status messages).
  return screen.getByTestId('route-announcer')
}

test('the first load sets the title but leaves focus and the announcer alone', () => {
  renderWithRouter(routes)
  expect(document.title).toBe('Mes consentements – Centre de confidentialité')
  expect(screen.getByRole('heading', { level: 1, name: 'Mes consentements' })).not.toHaveFocus()
  expect(getAnnouncer()).toHaveTextContent('')
})

test('following a link sets the title, focuses the h1 and announces the page', async () => {
  const { user } = renderWithRouter(routes)
  await user.click(screen.getByRole('link', { name: 'Vers la deuxième page' }))

  const heading = await screen.findByRole('heading', { level: 1, name: 'Mes demandes' })
  await waitFor(() => expect(heading).toHaveFocus())
  expect(document.title).toBe('Mes demandes – Centre de confidentialité')
  expect(getAnnouncer()).toHaveTextContent('Mes demandes')
})

test('going back to the first page also moves focus and announces it', async () => {
  const { user, router } = renderWithRouter(routes)
  await user.click(screen.getByRole('link', { name: 'Vers la deuxième page' }))
  await screen.findByRole('heading', { level: 1, name: 'Mes demandes' })

  await router.navigate(-1)

  const heading = await screen.findByRole('heading', { level: 1, name: 'Mes consentements' })
  await waitFor(() => expect(heading).toHaveFocus())
  expect(document.title).toBe('Mes consentements – Centre de confidentialité')
  expect(getAnnouncer()).toHaveTextContent('Mes consentements')
})

test('switching language retitles the page without moving focus', async () => {
  const { user } = renderWithRouter(routes)
  const switchButton = screen.getByRole('button', { name: 'Change the language to English' })
  await user.click(switchButton)

  await waitFor(() => {
    expect(document.title).toBe('Mes consentements – Privacy centre')
  })
  expect(screen.getByRole('button', { name: 'Passer en français' })).toHaveFocus()
})
