import { screen } from '@testing-library/react'
import { useState } from 'react'
import { expect, test } from 'vitest'

import { ConfirmDialog } from '#src/components/ui/confirm-dialog'
import { Dialog } from '#src/components/ui/dialog'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderWithProviders } from '#test/support/render-with-providers'

function PasswordDialogHarness() {
  const [isOpen, setIsOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setIsOpen(true)}>
        Confirmer mon identité
      </button>
      <Dialog
        isOpen={isOpen}
        onClose={() => setIsOpen(false)}
        title="Saisissez votre mot de passe"
        initialFocus="first-field"
      >
        <label htmlFor="password">Mot de passe</label>
        <input id="password" type="password" autoComplete="current-password" />
      </Dialog>
    </>
  )
}

test('a dialog is named by its heading and focuses its first field', async () => {
  const { user, container } = renderWithProviders(<PasswordDialogHarness />)
  await user.click(screen.getByRole('button', { name: 'Confirmer mon identité' }))

  expect(screen.getByRole('dialog', { name: 'Saisissez votre mot de passe' })).toBeVisible()
  expect(screen.getByLabelText('Mot de passe')).toHaveFocus()
  await expectNoA11yViolations(container)
})

test('Esc closes the dialog and focus returns to the button that opened it', async () => {
  const { user } = renderWithProviders(<PasswordDialogHarness />)
  const opener = screen.getByRole('button', { name: 'Confirmer mon identité' })
  await user.click(opener)
  await user.keyboard('{Escape}')

  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  expect(opener).toHaveFocus()
})

test('the Close button closes the dialog too', async () => {
  const { user } = renderWithProviders(<PasswordDialogHarness />)
  const opener = screen.getByRole('button', { name: 'Confirmer mon identité' })
  await user.click(opener)
  await user.click(screen.getByRole('button', { name: 'Fermer' }))
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  expect(opener).toHaveFocus()
})

function ConfirmHarness({ onConfirm }: { onConfirm: () => void }) {
  const [isOpen, setIsOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setIsOpen(true)}>
        Supprimer mes données
      </button>
      <ConfirmDialog
        isOpen={isOpen}
        title="Supprimer toutes vos données ?"
        confirmLabel="Oui, supprimer"
        confirmVariant="warning"
        onConfirm={onConfirm}
        onCancel={() => setIsOpen(false)}
      >
        <p>Vous ne pourrez pas annuler.</p>
      </ConfirmDialog>
    </>
  )
}

test('a confirmation starts on its heading and Cancel returns focus', async () => {
  let confirmations = 0
  const { user, container } = renderWithProviders(<ConfirmHarness onConfirm={() => (confirmations += 1)} />)
  const opener = screen.getByRole('button', { name: 'Supprimer mes données' })
  await user.click(opener)

  expect(screen.getByRole('heading', { name: 'Supprimer toutes vos données ?' })).toHaveFocus()
  await expectNoA11yViolations(container)
  await user.click(screen.getByRole('button', { name: 'Oui, supprimer' }))
  expect(confirmations).toBe(1)
  await user.click(screen.getByRole('button', { name: 'Annuler' }))
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  expect(opener).toHaveFocus()
})
