import { screen, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'

import { Page } from '#src/components/layout/page'

import { renderWithRouter, ShellLayout } from './render-with-router'

const routes = [{ Component: ShellLayout, children: [{ path: '/', element: <Page title="Aperçu">x</Page> }] }]

test('the language switch names its action in the target language and switches the whole shell', async () => {
  const { user } = renderWithRouter(routes)
  expect(screen.getByRole('link', { name: 'Centre de confidentialité' })).toBeVisible()

  const toEnglish = screen.getByRole('button', { name: 'Change the language to English' })
  expect(toEnglish).toHaveAttribute('lang', 'en')
  expect(toEnglish).toHaveTextContent('English')
  await user.click(toEnglish)

  expect(await screen.findByRole('link', { name: 'Privacy centre' })).toBeVisible()
  expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument()
  expect(document.documentElement).toHaveAttribute('lang', 'en')

  const toFrench = screen.getByRole('button', { name: 'Passer en français' })
  expect(toFrench).toHaveAttribute('lang', 'fr')
  expect(toFrench).toHaveTextContent('Français')
  await user.click(toFrench)

  await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'fr'))
  expect(screen.getByRole('link', { name: 'Centre de confidentialité' })).toBeVisible()
})
