import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'

import { Page } from '#src/components/layout/page'

import { renderWithRouter, ShellLayout } from './render-with-router'

const routes = [
  {
    Component: ShellLayout,
    children: [{ path: '/', element: <Page title="Aperçu">Contenu</Page> }],
  },
]

test('the skip link is the first thing Tab reaches and moves focus to the main content', async () => {
  const { user } = renderWithRouter(routes)

  await user.tab()
  const skipLink = screen.getByRole('link', { name: 'Aller au contenu principal' })
  expect(skipLink).toHaveFocus()
  expect(skipLink).toHaveAttribute('href', '#main-content')

  await user.keyboard('{Enter}')
  const main = screen.getByRole('main')
  expect(main).toHaveAttribute('id', 'main-content')
  expect(main).toHaveFocus()
})
