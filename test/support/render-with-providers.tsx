import { render, type RenderResult } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { MemoryRouter } from 'react-router'

import { en } from '#src/lib/i18n/catalogues/en'
import { fr } from '#src/lib/i18n/catalogues/fr'
import { I18nProvider } from '#src/lib/i18n/i18n-provider'
import type { Locale } from '#src/lib/i18n/message'

type RenderWithProvidersOptions = {
  locale?: Locale
  /** The memory router's URL, for components with links. */
  url?: string
}

/**
 * Renders a shared component (components/ui, components/form) with the providers it needs: the
 * i18n provider, loaded synchronously with a static catalogue, and a memory router. Screens and
 * features use renderApp instead, with the real routes.
 */
export function renderWithProviders(
  ui: ReactElement,
  { locale = 'fr', url = '/' }: RenderWithProvidersOptions = {},
): RenderResult & { user: UserEvent } {
  const catalogue = locale === 'en' ? en : fr
  const user = userEvent.setup()
  const view = render(
    <I18nProvider initial={{ locale, catalogue }}>
      <MemoryRouter initialEntries={[url]}>{ui}</MemoryRouter>
    </I18nProvider>,
  )
  return { ...view, user }
}
