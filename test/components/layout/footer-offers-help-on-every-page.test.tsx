import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'

import { Page } from '#src/components/layout/page'

import { renderWithRouter, ShellLayout } from './render-with-router'

test('the footer offers the privacy team and the CNIL', () => {
  renderWithRouter([{ Component: ShellLayout, children: [{ path: '/', element: <Page title="Aperçu">x</Page> }] }], {
    locale: 'en',
  })
  const footer = within(screen.getByRole('contentinfo'))

  expect(footer.getByRole('heading', { name: 'Contact the privacy team' })).toBeVisible()
  expect(footer.getByRole('link', { name: 'privacy@dialogra.example' })).toHaveAttribute(
    'href',
    'mailto:privacy@dialogra.example',
  )
  expect(footer.getByRole('link', { name: '+44 20 4577 1003' })).toHaveAttribute('href', 'tel:+442045771003')
  expect(footer.getByRole('link', { name: 'Complain to the CNIL' })).toHaveAttribute(
    'href',
    'https://www.cnil.fr/fr/plaintes',
  )
})
