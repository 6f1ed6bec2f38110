import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'

import { ApiError } from '#src/lib/api-error'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderWithProviders } from '#test/support/render-with-providers'

import { FormHarness } from './form-harness'

/**
 * The summary's focus target: the tabindex=-1 wrapper around its heading. It has no role or name of
 * its own (role="alert" sits inside it), so it is picked among the generic elements.
 */
function getSummaryFocusTarget(heading: HTMLElement) {
  return screen
    .getAllByRole('generic')
    .find((element) => element.getAttribute('tabindex') === '-1' && element.contains(heading))
}

test('an empty submit shows the error summary, focuses it and prefixes the title', async () => {
  document.title = 'Nous contacter – Centre de confidentialité'
  const { user, container } = renderWithProviders(<FormHarness />)

  await user.click(screen.getByRole('button', { name: 'Envoyer' }))

  const heading = await screen.findByRole('heading', { name: 'Il y a un problème' })
  expect(getSummaryFocusTarget(heading)).toHaveFocus()
  expect(screen.getByRole('alert')).toContainElement(heading)
  expect(document.title).toBe('Erreur\u00a0: Nous contacter – Centre de confidentialité')
  await expectNoA11yViolations(container)
})

test('each summary link repeats the inline message and moves focus to its field', async () => {
  const { user } = renderWithProviders(<FormHarness />)
  await user.click(screen.getByRole('button', { name: 'Envoyer' }))
  const summary = within(await screen.findByRole('alert'))

  await user.click(summary.getByRole('link', { name: 'Saisissez votre adresse e-mail' }))
  const email = screen.getByRole('textbox', { name: 'Adresse e-mail' })
  expect(email).toHaveFocus()
  expect(email).toHaveAccessibleDescription(
    'Nous l’utilisons pour vous répondre Erreur\u00a0: Saisissez votre adresse e-mail',
  )

  // Groups: the link lands on the first option, whose id is the bare field name.
  await user.click(summary.getByRole('link', { name: 'Saisissez votre mot de passe' }))
  expect(screen.getByRole('radio', { name: 'Par e-mail' })).toHaveFocus()

  await user.click(summary.getByRole('link', { name: 'Une erreur est survenue. Réessayez.' }))
  expect(screen.getByRole('checkbox', { name: 'Actualités' })).toHaveFocus()
})

test('the title prefix goes once the errors are fixed, and on unmount', async () => {
  document.title = 'Nous contacter'
  const { user, unmount } = renderWithProviders(<FormHarness onValidSubmit={async () => {}} />)
  await user.click(screen.getByRole('button', { name: 'Envoyer' }))
  await user.click(screen.getByRole('button', { name: 'Envoyer' }))
  expect(document.title).toBe('Erreur\u00a0: Nous contacter')

  await user.type(screen.getByRole('textbox', { name: 'Adresse e-mail' }), 'a@exemple.fr')
  await user.click(screen.getByRole('radio', { name: 'Par courrier' }))
  await user.click(screen.getByRole('checkbox', { name: 'Offres' }))
  await user.click(screen.getByRole('button', { name: 'Envoyer' }))

  await waitFor(() => expect(screen.queryByRole('heading', { name: 'Il y a un problème' })).not.toBeInTheDocument())
  expect(document.title).toBe('Nous contacter')

  await user.click(screen.getByRole('button', { name: 'Envoyer' }))
  unmount()
  expect(document.title).toBe('Nous contacter')
})

async function fillValidForm(user: ReturnType<typeof renderWithProviders>['user']) {
  await user.type(screen.getByRole('textbox', { name: 'Adresse e-mail' }), 'a@exemple.fr')
  await user.click(screen.getByRole('radio', { name: 'Par e-mail' }))
  await user.click(screen.getByRole('checkbox', { name: 'Actualités' }))
}

test('a 422 puts the server’s messages on the fields and in the summary, keeping what was typed', async () => {
  const problem = new ApiError({
    kind: 'http',
    status: 422,
    code: 'validation_failed',
    fieldErrors: { 'contact.email': ['validation.email.format'] },
  })
  const { user } = renderWithProviders(<FormHarness onValidSubmit={() => Promise.reject(problem)} />)
  await fillValidForm(user)
  await user.click(screen.getByRole('button', { name: 'Envoyer' }))

  const summary = within(await screen.findByRole('alert'))
  const message = 'Saisissez une adresse e-mail au bon format, par exemple nom@exemple.fr'
  expect(summary.getByRole('link', { name: message })).toBeVisible()
  const email = screen.getByRole('textbox', { name: 'Adresse e-mail' })
  expect(email).toHaveValue('a@exemple.fr')
  expect(email).toHaveAttribute('aria-invalid', 'true')
  expect(email).toHaveAccessibleDescription(`Nous l’utilisons pour vous répondre Erreur\u00a0: ${message}`)
})

test('a network failure is reported in the summary as a form-level error', async () => {
  const failure = new ApiError({ kind: 'network' })
  const { user } = renderWithProviders(<FormHarness onValidSubmit={() => Promise.reject(failure)} />)
  await fillValidForm(user)
  await user.click(screen.getByRole('button', { name: 'Envoyer' }))

  const summary = within(await screen.findByRole('alert'))
  expect(
    summary.getByText(
      'Nous n’avons pas pu nous connecter. Vos réponses n’ont pas été envoyées. Vérifiez votre connexion, puis réessayez.',
    ),
  ).toBeVisible()
  expect(summary.queryByRole('link')).not.toBeInTheDocument()
  expect(getSummaryFocusTarget(screen.getByRole('heading', { name: 'Il y a un problème' }))).toHaveFocus()
})

test('the summary speaks English when the page does', async () => {
  document.title = 'Contact us'
  const { user } = renderWithProviders(<FormHarness />, { locale: 'en' })
  await user.click(screen.getByRole('button', { name: 'Envoyer' }))
  expect(await screen.findByRole('heading', { name: 'There is a problem' })).toBeVisible()
  expect(document.title).toBe('Error: Contact us')
})
