import { screen } from '@testing-library/react'
import { useState } from 'react'
import { expect, test } from 'vitest'

import { Switch } from '#src/components/ui/switch'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderWithProviders } from '#test/support/render-with-providers'

function Harness() {
  const [isChecked, setIsChecked] = useState(false)
  return (
    <Switch
      label="E-mails marketing"
      description="Nos offres, une fois par mois"
      isChecked={isChecked}
      onCheckedChange={setIsChecked}
    />
  )
}

test('a switch is named by its purpose and shows its state as text', async () => {
  const { container } = renderWithProviders(<Harness />)
  const toggle = screen.getByRole('switch', { name: 'E-mails marketing' })
  expect(toggle).not.toBeChecked()
  expect(toggle).toHaveAccessibleDescription('Nos offres, une fois par mois')
  expect(screen.getByText('Désactivé')).toBeVisible()
  await expectNoA11yViolations(container)
})

test('Space and Enter toggle the switch, and focus stays on it', async () => {
  const { user, container } = renderWithProviders(<Harness />)
  await user.tab()
  const toggle = screen.getByRole('switch', { name: 'E-mails marketing' })
  expect(toggle).toHaveFocus()

  await user.keyboard(' ')
  expect(toggle).toBeChecked()
  expect(screen.getByText('Activé')).toBeVisible()
  expect(toggle).toHaveFocus()

  await user.keyboard('{Enter}')
  expect(toggle).not.toBeChecked()
  expect(toggle).toHaveFocus()
  await expectNoA11yViolations(container)
})
