import { screen, within } from '@testing-library/react'
import { delay, http } from 'msw'
import { expect, test } from 'vitest'

import { endpoints } from '#src/contract/endpoints'
import { server } from '#src/mocks/node'
import { apiUrl } from '#src/mocks/server/api-url'
import { scenarioHandler } from '#src/mocks/server/scenarios'
import { expectNoA11yViolations } from '#test/support/a11y'
import { demoAccount } from '#test/support/demo-people'
import { renderApp } from '#test/support/render-app'

async function fillIn(user: Awaited<ReturnType<typeof renderApp>>['user'], email: string, password: string) {
  if (email) await user.type(screen.getByLabelText('Adresse e-mail'), email)
  if (password) await user.type(screen.getByLabelText('Mot de passe'), password)
  await user.click(screen.getByRole('button', { name: 'Se connecter' }))
}

test('signing in with a demo account opens the overview with the person’s name', async () => {
  const { user, router, container } = await renderApp({ url: '/sign-in' })
  expect(await screen.findByRole('heading', { level: 1, name: 'Se connecter' })).toBeInTheDocument()
  await expectNoA11yViolations(container)
  // Input purpose for autofill and password managers (WCAG 1.3.5, 3.3.8).
  expect(screen.getByLabelText('Adresse e-mail')).toHaveAttribute('type', 'email')
  expect(screen.getByLabelText('Adresse e-mail')).toHaveAttribute('autocomplete', 'username')
  expect(screen.getByLabelText('Adresse e-mail')).toHaveAttribute('spellcheck', 'false')
  expect(screen.getByLabelText('Mot de passe')).toHaveAttribute('autocomplete', 'current-password')

  const typical = demoAccount('typical')
  await fillIn(user, typical.email, typical.password)

  expect(await screen.findByRole('heading', { level: 1, name: 'Aperçu' })).toBeInTheDocument()
  expect(router.state.location.pathname).toBe('/')
  expect(await screen.findByText('Bonjour Zyxcanary Qwertyson')).toBeInTheDocument()
  expect(screen.getByRole('button', { name: /Se déconnecter/ })).toBeVisible()
  // The account shows the sign-in before this one, so a sign-in that was not theirs stands out.
  expect(await screen.findByText(/^20 novembre 2026/)).toBeInTheDocument()
})

test('an empty submit shows the error summary, focused, with links that reach each field', async () => {
  const { user, container } = await renderApp({ url: '/sign-in' })
  await screen.findByRole('heading', { level: 1, name: 'Se connecter' })
  await user.click(screen.getByRole('button', { name: 'Se connecter' }))

  const summary = await screen.findByRole('alert')
  expect(within(summary).getByRole('heading', { name: 'Il y a un problème' })).toBeInTheDocument()
  expect(document.title).toMatch(/^Erreur/)

  // Focus is on the summary itself (govuk-frontend), so the next Tab reaches its first link.
  const emailLink = within(summary).getByRole('link', { name: 'Saisissez votre adresse e-mail' })
  await user.tab()
  expect(emailLink).toHaveFocus()
  within(summary).getByRole('link', { name: 'Saisissez votre mot de passe' })
  // The inline message says the same as the summary (GOV.UK).
  expect(screen.getByLabelText('Adresse e-mail')).toHaveAccessibleDescription(/Saisissez votre adresse e-mail/)
  expect(screen.getByLabelText('Adresse e-mail')).toHaveAttribute('aria-invalid', 'true')
  await user.click(emailLink)
  expect(screen.getByLabelText('Adresse e-mail')).toHaveFocus()
  await expectNoA11yViolations(container)
})

test('an email in the wrong format is refused before anything is sent', async () => {
  const { user } = await renderApp({ url: '/sign-in' })
  await screen.findByRole('heading', { level: 1, name: 'Se connecter' })
  await fillIn(user, 'camille.example.test', 'secret')
  expect(await screen.findByRole('link', { name: /Saisissez une adresse e-mail au bon format/ })).toBeInTheDocument()
})

test('a wrong password gets one clear message that does not say which part was wrong, and keeps what was typed', async () => {
  const { user, router } = await renderApp({ url: '/sign-in' })
  await screen.findByRole('heading', { level: 1, name: 'Se connecter' })
  const typical = demoAccount('typical')
  await fillIn(user, typical.email, 'not-the-password')

  const summary = await screen.findByRole('alert')
  expect(within(summary).getAllByRole('link')).toHaveLength(1)
  expect(
    within(summary).getByRole('link', { name: 'Saisissez une adresse e-mail et un mot de passe corrects' }),
  ).toBeInTheDocument()
  expect(screen.getByLabelText('Adresse e-mail')).toHaveValue(typical.email)
  expect(screen.getByLabelText('Mot de passe')).toHaveValue('not-the-password')
  expect(router.state.location.pathname).toBe('/sign-in')
})

test('too many attempts say when to try again, and the button waits', async () => {
  server.use(scenarioHandler('rateLimited', endpoints.session.signIn))
  const { user, container } = await renderApp({ url: '/sign-in' })
  await screen.findByRole('heading', { level: 1, name: 'Se connecter' })
  const typical = demoAccount('typical')
  await fillIn(user, typical.email, typical.password)

  expect(await screen.findByText('Trop de tentatives. Réessayez dans 30 secondes.')).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Se connecter' })).toHaveAttribute('aria-disabled', 'true')
  expect(screen.getByLabelText('Adresse e-mail')).toHaveValue(typical.email)
  await expectNoA11yViolations(container)
})

test('five wrong passwords in a row lock sign-in for that address, even with the right password', async () => {
  const { user } = await renderApp({ url: '/sign-in' })
  await screen.findByRole('heading', { level: 1, name: 'Se connecter' })
  const typical = demoAccount('typical')
  await user.type(screen.getByLabelText('Adresse e-mail'), typical.email)
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await user.clear(screen.getByLabelText('Mot de passe'))
    await user.type(screen.getByLabelText('Mot de passe'), `wrong-${attempt}`)
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))
    await screen.findByRole('link', { name: 'Saisissez une adresse e-mail et un mot de passe corrects' })
  }
  await user.clear(screen.getByLabelText('Mot de passe'))
  await user.type(screen.getByLabelText('Mot de passe'), typical.password)
  await user.click(screen.getByRole('button', { name: 'Se connecter' }))
  expect(await screen.findByText(/Trop de tentatives\. Réessayez dans \d+ minutes?\./)).toBeInTheDocument()
})

test('a signed-out visitor is sent to sign-in and, once signed in, back to the page they asked for', async () => {
  const { user, router } = await renderApp({ url: '/contact' })
  await screen.findByRole('heading', { level: 1, name: 'Se connecter' })
  expect(router.state.location.pathname).toBe('/sign-in')
  expect(router.state.location.search).toBe('?returnTo=%2Fcontact')

  const typical = demoAccount('typical')
  await fillIn(user, typical.email, typical.password)
  await screen.findByRole('heading', { level: 1, name: /Contacter l’équipe|Contacter l'équipe/ })
  expect(router.state.location.pathname).toBe('/contact')
})

test('a return address on another site is ignored: sign-in leads to the overview', async () => {
  const { user, router } = await renderApp({ url: '/sign-in?returnTo=%2F%2Fevil.test%2Fphish' })
  await screen.findByRole('heading', { level: 1, name: 'Se connecter' })
  const typical = demoAccount('typical')
  await fillIn(user, typical.email, typical.password)
  await screen.findByRole('heading', { level: 1, name: 'Aperçu' })
  expect(router.state.location.pathname).toBe('/')
})

test('someone already signed in who opens the sign-in page goes straight to the overview', async () => {
  const { router } = await renderApp({ url: '/sign-in', signedInAs: 'typical' })
  await screen.findByRole('heading', { level: 1, name: 'Aperçu' })
  expect(router.state.location.pathname).toBe('/')
})

test('a signed-out visitor to the overview is sent to sign-in, not shown an error', async () => {
  // The session check answers after the page's own data request, as it can on a real network.
  server.use(
    http.get(apiUrl(endpoints.session.current.path), async () => {
      await delay(50)
    }),
  )
  const { router } = await renderApp({ url: '/' })
  expect(await screen.findByRole('heading', { level: 1, name: 'Se connecter' })).toBeInTheDocument()
  expect(router.state.location.pathname).toBe('/sign-in')
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
})
