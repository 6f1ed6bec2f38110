import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'

import { NotFoundRoute } from '#src/app/routes/not-found'

import { renderWithRouter, ShellLayout } from './render-with-router'

const routes = [
  {
    Component: ShellLayout,
    children: [
      { path: '/', element: <p>Accueil</p> },
      { path: '*', Component: NotFoundRoute },
    ],
  },
]

test('an unknown address shows the GOV.UK page-not-found page with a way home', async () => {
  const { user } = renderWithRouter(routes, { initialEntries: ['/nope'] })

  expect(screen.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible()
  expect(document.title).toBe('Page introuvable – Centre de confidentialité')
  expect(screen.getByText('Si vous avez saisi l’adresse web, vérifiez qu’elle est correcte.')).toBeVisible()
  expect(
    screen.getByText('Si vous avez collé l’adresse web, vérifiez que vous avez copié l’adresse entière.'),
  ).toBeVisible()

  await user.click(screen.getByRole('link', { name: 'Aller à l’accueil du centre de confidentialité' }))
  expect(screen.getByText('Accueil')).toBeVisible()
})

test('the page-not-found page reads naturally in English', () => {
  renderWithRouter(routes, { initialEntries: ['/nope'], locale: 'en' })
  expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  expect(screen.getByText('If you typed the web address, check it is correct.')).toBeVisible()
  expect(document.title).toBe('Page not found – Privacy centre')
})
