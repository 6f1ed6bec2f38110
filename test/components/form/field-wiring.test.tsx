import { screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'

import { expectNoA11yViolations } from '#test/support/a11y'
import { renderWithProviders } from '#test/support/render-with-providers'

import { ChoiceHarness } from './choice-harness'
import { FormHarness } from './form-harness'

test('a field is labelled, described by its hint, and gets no required attribute', async () => {
  const { container } = renderWithProviders(<FormHarness />)
  const email = screen.getByRole('textbox', { name: 'Adresse e-mail' })
  expect(email).toHaveAttribute('id', 'contact.email')
  expect(email).toHaveAccessibleDescription('Nous l’utilisons pour vous répondre')
  expect(email).not.toHaveAttribute('aria-invalid')
  expect(email).not.toBeRequired()
  expect(email).toHaveAttribute('type', 'email')
  expect(email).toHaveAttribute('autocomplete', 'email')
  expect(email).toHaveAttribute('spellcheck', 'false')
  expect(screen.getByRole('form', { name: 'Nous contacter' })).toHaveAttribute('novalidate')
  await expectNoA11yViolations(container)
})

test('a field in error is invalid, and its message starts with a hidden “Erreur :”', async () => {
  const { user, container } = renderWithProviders(<FormHarness />)
  await user.click(screen.getByRole('button', { name: 'Envoyer' }))

  const email = screen.getByRole('textbox', { name: 'Adresse e-mail' })
  expect(email).toHaveAttribute('aria-invalid', 'true')
  // The summary link repeats the message in an <a>; the inline one is the <p> under the label.
  const inline = screen.getByText('Saisissez votre adresse e-mail', { selector: 'p' })
  expect(inline).toHaveAttribute('id', 'contact.email-error')
  expect(inline).toHaveTextContent('Erreur : Saisissez votre adresse e-mail')
  expect(within(inline).getByText('Erreur :')).toHaveClass('sr-only')
  expect(email).toHaveAttribute('aria-describedby', 'contact.email-hint contact.email-error')
  expect(email).toHaveAccessibleDescription(
    'Nous l’utilisons pour vous répondre Erreur\u00a0: Saisissez votre adresse e-mail',
  )
  await expectNoA11yViolations(container)
})

test('groups are fieldsets named by their legend, and the first option carries the bare name as id', async () => {
  const { user } = renderWithProviders(<FormHarness />)
  await user.click(screen.getByRole('button', { name: 'Envoyer' }))

  const topics = screen.getByRole('group', { name: 'Sujets' })
  expect(topics).toHaveAccessibleDescription(
    'Cochez tout ce qui s’applique Erreur\u00a0: Une erreur est survenue. Réessayez.',
  )
  expect(within(topics).getByRole('checkbox', { name: 'Actualités' })).toHaveAttribute('id', 'topics')
  expect(within(topics).getByRole('checkbox', { name: 'Offres' })).toHaveAttribute('id', 'topics-2')
  const channel = screen.getByRole('group', { name: 'Comment voulez-vous être contacté ?' })
  expect(within(channel).getByRole('radio', { name: 'Par e-mail' })).toHaveAttribute('id', 'channel')
})

test('what was typed is kept after a failed submit', async () => {
  const { user } = renderWithProviders(<FormHarness />)
  await user.type(screen.getByRole('textbox', { name: 'Détails' }), 'Bonjour')
  await user.click(screen.getByRole('button', { name: 'Envoyer' }))
  expect(screen.getByRole('textbox', { name: 'Détails' })).toHaveValue('Bonjour')
})

test('a select and a single checkbox are wired like every other field, and can be answered', async () => {
  const onValidSubmit = vi.fn()
  const { user } = renderWithProviders(<ChoiceHarness onValidSubmit={onValidSubmit} />)
  await user.click(screen.getByRole('button', { name: 'Envoyer' }))

  const select = screen.getByRole('combobox', { name: 'Langue' })
  expect(select).toHaveAttribute('aria-invalid', 'true')
  expect(select).toHaveAccessibleDescription('Pour nos courriers Erreur\u00a0: Saisissez votre adresse e-mail')
  const checkbox = screen.getByRole('checkbox', { name: 'Je confirme' })
  expect(checkbox).toHaveAttribute('aria-invalid', 'true')
  expect(checkbox).toHaveAccessibleDescription('Obligatoire Erreur\u00a0: Saisissez votre mot de passe')
  await expectNoA11yViolations(document.body)

  await user.selectOptions(select, 'Anglais')
  await user.click(checkbox)
  await user.click(screen.getByRole('button', { name: 'Envoyer' }))
  expect(onValidSubmit).toHaveBeenCalledWith({ language: 'en', isConfirmed: true })
})
