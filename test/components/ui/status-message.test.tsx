import { screen } from '@testing-library/react'
import { useState } from 'react'
import { expect, test } from 'vitest'

import { StatusMessage } from '#src/components/ui/status-message'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderWithProviders } from '#test/support/render-with-providers'

function Harness() {
  const [message, setMessage] = useState('')
  return (
    <>
      <button type="button" onClick={() => setMessage('Enregistré')}>
        Enregistrer
      </button>
      <StatusMessage>{message}</StatusMessage>
    </>
  )
}

test('a status message is announced from a region that already exists, without moving focus', async () => {
  const { user, container } = renderWithProviders(<Harness />)
  const region = screen.getByRole('status')
  expect(region).toBeEmptyDOMElement()
  expect(region).toHaveAttribute('aria-live', 'polite')

  const button = screen.getByRole('button', { name: 'Enregistrer' })
  await user.click(button)

  expect(screen.getByRole('status')).toBe(region)
  expect(region).toHaveTextContent('Enregistré')
  expect(button).toHaveFocus()
  await expectNoA11yViolations(container)
})
