import { act, screen, waitFor, within } from '@testing-library/react'
import { expect, onTestFinished, test, vi } from 'vitest'

import { mockClock } from '#src/mocks/server/clock'
import { db } from '#src/mocks/server/db'
import { sessionCookie } from '#src/mocks/session/session-store'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderApp } from '#test/support/render-app'

const warningName = 'Vous allez bientôt être déconnecté'
const minutes = 60

/**
 * Fake timers for the browser's clock (Date, setTimeout, setInterval) that still move with real time, so
 * Testing Library's waits and the query client's scheduling keep working. The mock server's clock is
 * another clock altogether (frozen at its own date): the client never compares the two.
 */
async function openPage(url = '/') {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    shouldAdvanceTime: true,
  })
  onTestFinished(() => {
    vi.useRealTimers()
  })
  const view = await renderApp({ url, signedInAs: 'typical', advanceTimers: vi.advanceTimersByTime })
  await screen.findByRole('heading', { level: 1 })
  // Let the page's requests settle: the idle time counts from the last response.
  await waitFor(() => expect(view.queryClient.isFetching()).toBe(0))
  return view
}

/** The person does nothing for a while: both the browser's and the server's clocks move on. */
async function idleFor(seconds: number) {
  mockClock.advance({ seconds })
  await act(() => vi.advanceTimersByTimeAsync(seconds * 1000))
}

/** The server's view: the browser's session as the mock server holds it (invisible in the UI). */
function serverSession() {
  const id = sessionCookie.get()
  return id === null ? undefined : db.sessions.findFirst((q) => q.where({ id }))
}

function secondsFromServerNow(iso: string): number {
  return (new Date(iso).getTime() - mockClock.now().getTime()) / 1000
}

test('the warning appears two minutes before the idle timeout, not before, and says how long is left', async () => {
  const { container } = await openPage()

  await idleFor(27 * minutes + 50)
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

  await idleFor(20)
  const dialog = await screen.findByRole('dialog', { name: warningName })
  expect(within(dialog).getByRole('heading', { name: warningName })).toHaveFocus()
  expect(within(dialog).getByText(/30 minutes sans activité/)).toBeInTheDocument()
  expect(within(dialog).getByRole('button', { name: 'Rester connecté' })).toBeInTheDocument()
  expect(within(dialog).getByRole('button', { name: 'Se déconnecter' })).toBeInTheDocument()

  // The live region is in place, empty, when the warning opens, and speaks a moment later.
  const status = within(dialog).getByRole('status')
  expect(status).toBeEmptyDOMElement()
  await act(() => vi.advanceTimersByTimeAsync(1000))
  expect(status).toHaveTextContent(/^Vous serez déconnecté dans (1 minute et 45 secondes|2 minutes)\.$/)
  await expectNoA11yViolations(container)
})

test('the countdown is announced every 15 seconds, then every 5 in the last 20, not every second', async () => {
  await openPage()
  await idleFor(28 * minutes)
  const dialog = await screen.findByRole('dialog', { name: warningName })
  const status = within(dialog).getByRole('status')

  const announcements: string[] = []
  for (let second = 0; second < 115; second++) {
    await act(() => vi.advanceTimersByTimeAsync(1000))
    const text = status.textContent
    if (text && text !== announcements.at(-1)) announcements.push(text)
  }
  // About 115 seconds went by; the region changed about a dozen times, at round steps.
  expect(announcements.length).toBeGreaterThanOrEqual(8)
  expect(announcements.length).toBeLessThanOrEqual(12)
  for (const text of announcements) {
    expect(text).toMatch(/^Vous serez déconnecté dans (\d minutes?( et \d+ secondes)?|\d+ secondes)\.$/)
  }
  expect(announcements).toContain('Vous serez déconnecté dans 1 minute et 30 secondes.')
  expect(announcements).toContain('Vous serez déconnecté dans 30 secondes.')
  expect(announcements).toContain('Vous serez déconnecté dans 10 secondes.')
})

test('"Rester connecté" refreshes the session on the server, and the warning returns only after another 28 idle minutes', async () => {
  const { user } = await openPage()
  await idleFor(28 * minutes + 10)
  const dialog = await screen.findByRole('dialog', { name: warningName })
  // Before: the server would end the session within two minutes.
  expect(secondsFromServerNow(serverSession()?.idleExpiresAt ?? '')).toBeLessThanOrEqual(2 * minutes)

  await user.click(within(dialog).getByRole('button', { name: 'Rester connecté' }))
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  // The keep-alive reached the server: its idle timer starts again from now.
  expect(secondsFromServerNow(serverSession()?.idleExpiresAt ?? '')).toBe(30 * minutes)

  await idleFor(27 * minutes + 50)
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  await idleFor(20)
  expect(await screen.findByRole('dialog', { name: warningName })).toBeInTheDocument()
})

test('the session can be extended ten times in a row (WCAG 2.2.1)', async () => {
  const { user } = await openPage()
  for (let time = 1; time <= 10; time++) {
    await idleFor(28 * minutes + 30)
    const dialog = await screen.findByRole('dialog', { name: warningName })
    await user.click(within(dialog).getByRole('button', { name: 'Rester connecté' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  }
  // The server's view after the tenth extension: still signed in, for another 30 minutes.
  expect(secondsFromServerNow(serverSession()?.idleExpiresAt ?? '')).toBe(30 * minutes)
  expect(screen.getByRole('heading', { level: 1, name: 'Aperçu' })).toBeInTheDocument()
})

test('Esc means "stay signed in"', async () => {
  const { user } = await openPage()
  await idleFor(28 * minutes + 10)
  await screen.findByRole('dialog', { name: warningName })

  await user.keyboard('{Escape}')
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  // The server's view: Esc extended the session rather than ending it.
  expect(secondsFromServerNow(serverSession()?.idleExpiresAt ?? '')).toBe(30 * minutes)

  await idleFor(5 * minutes)
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
})

test('an API response in between postpones the warning', async () => {
  const { queryClient } = await openPage()
  await idleFor(20 * minutes)
  await act(() => queryClient.invalidateQueries())
  await waitFor(() => expect(queryClient.isFetching()).toBe(0))

  await idleFor(27 * minutes)
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  await idleFor(1 * minutes + 20)
  expect(await screen.findByRole('dialog', { name: warningName })).toBeInTheDocument()
})

test('"Se déconnecter" in the warning signs out', async () => {
  const { user, router } = await openPage()
  await idleFor(28 * minutes + 10)
  const dialog = await screen.findByRole('dialog', { name: warningName })

  await user.click(within(dialog).getByRole('button', { name: 'Se déconnecter' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Se connecter' })).toBeInTheDocument()
  expect(router.state.location.pathname).toBe('/sign-in')
  expect(screen.getByText(/Vous êtes déconnecté/)).toBeInTheDocument()
  // The server's view: the session is gone.
  expect(serverSession()).toBeUndefined()
})

test('when the time runs out, the in-place sign-in opens and what was typed on the page stays', async () => {
  const { user } = await openPage('/contact')
  const message = screen.getByRole('textbox', { name: 'Votre message' })
  await user.click(message)
  await user.paste('Je voudrais savoir quelles données vous avez sur moi.')
  // Focus moves on before the idle time: user-event's simulated "change on blur" fired by the warning's
  // own focus move, outside any user-event call, trips React's act() warning in jsdom.
  await user.tab()

  await idleFor(28 * minutes + 10)
  await screen.findByRole('dialog', { name: warningName })
  await idleFor(2 * minutes)

  const signIn = await screen.findByRole('dialog', { name: 'Vous avez été déconnecté' })
  expect(screen.queryByRole('dialog', { name: warningName })).not.toBeInTheDocument()
  expect(within(signIn).getByText(/ce que vous avez saisi sur cette page est conservé/)).toBeInTheDocument()
  // The page stays mounted behind the modal, with the person's text.
  expect(screen.getByRole('textbox', { name: 'Votre message', hidden: true })).toHaveValue(
    'Je voudrais savoir quelles données vous avez sur moi.',
  )
  // The server's view: the session is over there too.
  await waitFor(() => expect(serverSession()).toBeUndefined())
})
