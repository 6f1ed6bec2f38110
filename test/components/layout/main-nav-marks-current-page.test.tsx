import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'

import { MainNav } from '#src/components/layout/main-nav'

import { renderWithRouter } from './render-with-router'

const items = [
  { href: '/', label: 'Aperçu' },
  { href: '/requests', label: 'Mes demandes' },
]

const routes = [{ path: '*', element: <MainNav items={items} /> }]

test('the link to the current page is marked as the current page', () => {
  renderWithRouter(routes, { initialEntries: ['/requests'] })
  const nav = screen.getByRole('navigation', { name: 'Menu principal' })
  expect(nav).toBeVisible()
  expect(screen.getByRole('link', { name: 'Mes demandes' })).toHaveAttribute('aria-current', 'page')
  // The home link must not claim every page.
  expect(screen.getByRole('link', { name: 'Aperçu' })).not.toHaveAttribute('aria-current')
})

test('inside a section, its link marks the location without claiming to be the page', () => {
  renderWithRouter(routes, { initialEntries: ['/requests/42'] })
  expect(screen.getByRole('link', { name: 'Mes demandes' })).toHaveAttribute('aria-current', 'true')
})

test('following a nav link moves the current marker', async () => {
  const { user } = renderWithRouter(routes, { initialEntries: ['/requests'] })
  await user.click(screen.getByRole('link', { name: 'Aperçu' }))
  expect(screen.getByRole('link', { name: 'Aperçu' })).toHaveAttribute('aria-current', 'page')
  expect(screen.getByRole('link', { name: 'Mes demandes' })).not.toHaveAttribute('aria-current')
})
