import { screen, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'

import { countCharacters } from '#src/components/form/count-characters'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderWithProviders } from '#test/support/render-with-providers'

import { FormHarness, HarnessSchema } from './form-harness'

const family = '👨‍👩‍👧‍👦'

test('the count is in code points, like the schema’s .max()', () => {
  // 11 UTF-16 units, 7 code points: `maxlength` would count 11.
  expect(family.length).toBe(11)
  expect(countCharacters(family)).toBe(7)
  // e + combining accent is one character once NFC-normalised.
  expect(countCharacters('e\u0301')).toBe(1)
  expect(HarnessSchema.shape.details.safeParse('x'.repeat(3) + family).success).toBe(true)
  expect(HarnessSchema.shape.details.safeParse('x'.repeat(4) + family).success).toBe(false)
})

test('typing emoji shows the same remaining count as the schema allows, and says when over', async () => {
  const { user, container } = renderWithProviders(<FormHarness />)
  const details = screen.getByRole('textbox', { name: 'Détails' })
  expect(details).toHaveAccessibleDescription('Vous pouvez saisir jusqu’à 10\u00a0caractères')
  expect(screen.getByText('Il vous reste 10 caractères')).toBeVisible()

  await user.type(details, family)
  expect(screen.getByText('Il vous reste 3 caractères')).toBeVisible()

  // People may type past the limit: no maxlength cuts the text.
  await user.type(details, 'abcd')
  expect(details).toHaveValue(`${family}abcd`)
  expect(screen.getByText('Vous avez 1 caractère de trop')).toBeVisible()
  await expectNoA11yViolations(container)
})

test('the count is announced politely once typing stops, not on every key', async () => {
  const { user } = renderWithProviders(<FormHarness />)
  const details = screen.getByRole('textbox', { name: 'Détails' })
  const announcer = screen.getAllByRole('status').find((region) => region.classList.contains('sr-only'))
  expect(announcer).toBeEmptyDOMElement()

  await user.type(details, 'abc')
  // Right after typing, nothing has been announced yet.
  expect(announcer).toBeEmptyDOMElement()
  expect(details).toHaveFocus()
  await waitFor(() => expect(announcer).toHaveTextContent('Il vous reste 7 caractères'), { timeout: 3000 })
  expect(details).toHaveFocus()
})
