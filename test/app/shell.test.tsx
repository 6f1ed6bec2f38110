import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'

import { readLocalePreference } from '#src/lib/i18n/locale-preference'
import { server } from '#src/mocks/node'
import { apiUrl } from '#src/mocks/server/api-url'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderApp } from '#test/support/render-app'

test('switching to English changes the text and the page language, and the choice is remembered', async () => {
  const { user, unmount } = await renderApp({ url: '/', signedInAs: 'typical' })
  await screen.findByRole('heading', { level: 1, name: 'Aperçu' })
  expect(document.documentElement).toHaveAttribute('lang', 'fr')

  await user.click(screen.getByRole('button', { name: /English/ }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument()
  expect(document.documentElement).toHaveAttribute('lang', 'en')
  expect(document.title).toBe('Overview – Privacy centre')

  // A new visit starts in the remembered language.
  unmount()
  await renderApp({ url: '/', signedInAs: 'typical', locale: readLocalePreference() })
  expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument()
})

test('an unknown address shows a page-not-found page with a way back', async () => {
  const { container } = await renderApp({ url: '/no-such-page', signedInAs: 'typical' })
  expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument()
  expect(document.title).toMatch(/^Page introuvable/)
  await expectNoA11yViolations(container)
})

test('a response that breaks the contract shows an error state with a retry, never wrong data', async () => {
  server.use(http.get(apiUrl('/me'), () => HttpResponse.json({ id: 42, name: null })))
  const { user, container } = await renderApp({ url: '/', signedInAs: 'typical' })
  const retry = await screen.findByRole('button', { name: 'Réessayer' })
  expect(screen.queryByText('zyx.canary+pii@example.test')).not.toBeInTheDocument()
  await expectNoA11yViolations(container)

  // Once the server behaves again, Retry brings the real data.
  server.resetHandlers()
  await user.click(retry)
  expect(await screen.findByText('zyx.canary+pii@example.test')).toBeInTheDocument()
})

test('a server failure on a panel shows the service-problem message without jargon or details', async () => {
  server.use(
    http.get(apiUrl('/me'), () =>
      HttpResponse.json(
        {
          title: 'Internal',
          status: 500,
          detail: 'TypeError at db.query(SELECT * FROM users) zyx.canary+pii@example.test',
        },
        { status: 500 },
      ),
    ),
  )
  await renderApp({ url: '/', signedInAs: 'typical' })
  await screen.findByRole('button', { name: 'Réessayer' })
  expect(document.body).not.toHaveTextContent('500')
  expect(document.body).not.toHaveTextContent('SELECT')
  expect(document.body).not.toHaveTextContent('TypeError')
})

test('the overview page has its title and no accessibility violations', async () => {
  const { container } = await renderApp({ url: '/', signedInAs: 'large' })
  await screen.findByText('elise.durand@example.test')
  expect(document.title).toBe('Aperçu – Centre de confidentialité')
  await expectNoA11yViolations(container)
})

test('when the service fails on first load, the GOV.UK problem page takes focus and offers a retry', async () => {
  server.use(http.get(apiUrl('/session'), () => HttpResponse.json({ title: 'Down', status: 503 }, { status: 503 })))
  const { container } = await renderApp({ url: '/' })
  const heading = await screen.findByRole('heading', { level: 1, name: /Désolé, le service rencontre un problème/ })
  await waitFor(() => expect(heading).toHaveFocus())
  expect(document.title).toMatch(/^Désolé, le service rencontre un problème/)
  expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument()
  expect(document.body).not.toHaveTextContent('503')
  await expectNoA11yViolations(container)
})
