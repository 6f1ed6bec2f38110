import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'

import { PageLoading } from '#src/components/layout/page-loading'
import { fr } from '#src/lib/i18n/catalogues/fr'
import { I18nProvider } from '#src/lib/i18n/i18n-provider'

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

test('the loading message waits 300 ms, in a status region that was already there', () => {
  render(
    <I18nProvider initial={{ locale: 'fr', catalogue: fr }}>
      <PageLoading />
    </I18nProvider>,
  )
  const status = screen.getByRole('status')
  expect(status).toHaveTextContent('')

  act(() => {
    vi.advanceTimersByTime(299)
  })
  expect(status).toHaveTextContent('')

  act(() => {
    vi.advanceTimersByTime(1)
  })
  expect(screen.getByRole('status')).toBe(status)
  expect(status).toHaveTextContent('Chargement…')
})
