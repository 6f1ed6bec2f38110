import { screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { expect, test } from 'vitest'

import { Button } from '#src/components/ui/button'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderWithProviders } from '#test/support/render-with-providers'

import { FormHarness } from '../form/form-harness'

function fillValidForm(user: ReturnType<typeof renderWithProviders>['user']) {
  return (async () => {
    await user.type(screen.getByRole('textbox', { name: 'Adresse e-mail' }), 'a@exemple.fr')
    await user.click(screen.getByRole('radio', { name: 'Par e-mail' }))
    await user.click(screen.getByRole('checkbox', { name: 'Actualités' }))
  })()
}

test('a pending button says so, stays focusable and is aria-disabled, not disabled', async () => {
  const { user, container } = renderWithProviders(
    <Button isPending variant="primary">
      Envoyer
    </Button>,
  )
  const button = screen.getByRole('button', { name: 'Envoi en cours…' })
  expect(button).toHaveAttribute('aria-disabled', 'true')
  expect(button).toBeEnabled()
  await user.tab()
  expect(button).toHaveFocus()
  await expectNoA11yViolations(container)
})

test('double clicking submit sends once, and the button keeps focus while pending', async () => {
  let submissions = 0
  let finish: () => void = () => {}
  const { user } = renderWithProviders(
    <FormHarness
      onValidSubmit={() => {
        submissions += 1
        return new Promise<void>((resolve) => {
          finish = resolve
        })
      }}
    />,
  )
  await fillValidForm(user)

  await user.dblClick(screen.getByRole('button', { name: 'Envoyer' }))
  const pending = await screen.findByRole('button', { name: 'Envoi en cours…' })
  expect(pending).toHaveFocus()
  await user.click(pending)
  await user.keyboard('{Enter}{Enter}')
  expect(submissions).toBe(1)

  finish()
  await waitFor(() => expect(screen.getByRole('button', { name: 'Envoyer' })).toHaveFocus())
  expect(submissions).toBe(1)
})

test('clicks on a pending action button are ignored', async () => {
  let clicks = 0
  function Harness() {
    const [isPending, setIsPending] = useState(false)
    return (
      <Button
        isPending={isPending}
        onClick={() => {
          clicks += 1
          setIsPending(true)
        }}
      >
        Exporter
      </Button>
    )
  }
  const { user } = renderWithProviders(<Harness />)
  await user.dblClick(screen.getByRole('button', { name: 'Exporter' }))
  expect(clicks).toBe(1)
})
