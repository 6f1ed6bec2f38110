import { screen, waitFor, within } from '@testing-library/react'
import { Link } from 'react-router'
import { expect, test } from 'vitest'

import { RouteErrorBoundary } from '#src/app/routes/route-error'
import { Page } from '#src/components/layout/page'
import { PageLoading } from '#src/components/layout/page-loading'
import { ApiError } from '#src/lib/api-error'

import { renderWithRouter, ShellLayout } from './render-with-router'

/** What a careless error page would leak: a stack, SQL, a token and an e-mail address (ASVS5 16.5.1). */
const leakyMessage = 'TypeError at db.query("SELECT * FROM users") token=eyJhbGciOi alice@example.com'

/** A loader that fails the given number of times, then succeeds: a server that recovers. */
function createFlakyLoader(failures: number, fail: () => never) {
  let calls = 0
  return () => {
    calls += 1
    if (calls <= failures) fail()
    return null
  }
}

function routesWithLoader(loader: () => null) {
  return [
    {
      Component: ShellLayout,
      HydrateFallback: PageLoading,
      children: [
        {
          path: '/',
          loader,
          ErrorBoundary: RouteErrorBoundary,
          element: <Page title="Mes données">Vos données</Page>,
        },
      ],
    },
  ]
}

test('a failed page load shows the GOV.UK service problem page, with no error details', async () => {
  renderWithRouter(
    routesWithLoader(
      createFlakyLoader(Infinity, () => {
        throw new Error(leakyMessage)
      }),
    ),
  )

  const heading = await screen.findByRole('heading', { level: 1, name: 'Désolé, le service rencontre un problème' })
  // The person expected another page, so their screen reader starts at the heading (GOV.UK service-problem page).
  await waitFor(() => expect(heading).toHaveFocus())
  expect(document.title).toBe('Désolé, le service rencontre un problème – Centre de confidentialité')
  expect(screen.getByText('Réessayez plus tard.')).toBeVisible()
  expect(screen.getByRole('button', { name: 'Réessayer' })).toBeVisible()
  const main = screen.getByRole('main')
  expect(within(main).getByRole('link', { name: 'privacy@dialogra.example' })).toHaveAttribute(
    'href',
    'mailto:privacy@dialogra.example',
  )
  expect(main).not.toHaveTextContent(/SELECT|token|alice@example\.com|TypeError|500/)
  // The shell stays around the error, so help and the skip link are still there.
  expect(screen.getByRole('contentinfo')).toBeVisible()
})

test('trying again re-runs the page and shows it once the service recovers', async () => {
  const { user } = renderWithRouter(
    routesWithLoader(
      createFlakyLoader(1, () => {
        throw new Error(leakyMessage)
      }),
    ),
  )
  await user.click(await screen.findByRole('button', { name: 'Réessayer' }))

  const heading = await screen.findByRole('heading', { level: 1, name: 'Mes données' })
  // The Retry button is gone, so focus goes to the recovered page rather than falling to <body>.
  await waitFor(() => expect(heading).toHaveFocus())
  expect(document.title).toBe('Mes données – Centre de confidentialité')
  expect(screen.getByText('Vos données')).toBeVisible()
  expect(screen.queryByRole('heading', { name: 'Désolé, le service rencontre un problème' })).not.toBeInTheDocument()
})

test('trying again while the service is still down keeps the page and returns focus to its heading', async () => {
  const { user } = renderWithRouter(
    routesWithLoader(
      createFlakyLoader(Infinity, () => {
        throw new Error(leakyMessage)
      }),
    ),
  )
  const retry = await screen.findByRole('button', { name: 'Réessayer' })
  await user.click(retry)

  const heading = screen.getByRole('heading', { level: 1, name: 'Désolé, le service rencontre un problème' })
  await waitFor(() => expect(heading).toHaveFocus())
})

test('a lost connection says so instead of blaming the service', async () => {
  renderWithRouter(
    routesWithLoader(
      createFlakyLoader(Infinity, () => {
        throw new ApiError({ kind: 'network' })
      }),
    ),
  )

  expect(await screen.findByRole('heading', { level: 1, name: 'Nous n’avons pas pu nous connecter' })).toBeVisible()
  expect(screen.getByText('Vérifiez votre connexion, puis réessayez.')).toBeVisible()
  expect(screen.getByRole('button', { name: 'Réessayer' })).toBeVisible()
})

test('a 404 response from a loader shows the page-not-found page', async () => {
  renderWithRouter(
    routesWithLoader(
      createFlakyLoader(Infinity, () => {
        throw new Response(null, { status: 404 })
      }),
    ),
  )

  expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible()
  expect(screen.getByRole('link', { name: 'Aller à l’accueil du centre de confidentialité' })).toHaveAttribute(
    'href',
    '/',
  )
})

test('when the root route fails, the error page still draws the shell around itself', async () => {
  renderWithRouter([
    {
      path: '/',
      HydrateFallback: PageLoading,
      loader: createFlakyLoader(Infinity, () => {
        throw new Error(leakyMessage)
      }),
      ErrorBoundary: RouteErrorBoundary,
      element: <Link to="/">never shown</Link>,
    },
  ])

  const heading = await screen.findByRole('heading', { level: 1, name: 'Désolé, le service rencontre un problème' })
  await waitFor(() => expect(heading).toHaveFocus())
  expect(screen.getByRole('main')).toContainElement(heading)
  expect(screen.getByRole('link', { name: 'Aller au contenu principal' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Porter plainte auprès de la CNIL' })).toBeVisible()
})
