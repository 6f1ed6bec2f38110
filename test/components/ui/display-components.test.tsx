import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'

import { Alert } from '#src/components/ui/alert'
import { ButtonLink } from '#src/components/ui/button-link'
import { Card } from '#src/components/ui/card'
import { EmptyState } from '#src/components/ui/empty-state'
import { ErrorState } from '#src/components/ui/error-state'
import { ExternalLink } from '#src/components/ui/external-link'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import { ProgressBar } from '#src/components/ui/progress-bar'
import { Spinner } from '#src/components/ui/spinner'
import { Table } from '#src/components/ui/table'
import { TextLink } from '#src/components/ui/text-link'
import { ApiError } from '#src/lib/api-error'
import { expectNoA11yViolations } from '#test/support/a11y'
import { renderWithProviders } from '#test/support/render-with-providers'

test('error and success alerts are announced; info is a named region', async () => {
  const { container } = renderWithProviders(
    <>
      <Alert variant="success" title="C’est fait">
        Votre demande a été envoyée.
      </Alert>
      <Alert variant="info" title="Important">
        Les exports expirent après 7 jours.
      </Alert>
      <Alert variant="warning" title="Attention">
        Cette action est définitive.
      </Alert>
    </>,
  )
  expect(screen.getByRole('alert')).toHaveTextContent('Votre demande a été envoyée.')
  expect(screen.getByRole('region', { name: 'Important' })).toBeVisible()
  await expectNoA11yViolations(container)
})

test('a network failure reads plainly, without details, and offers a retry', async () => {
  let retries = 0
  const { user, container } = renderWithProviders(<ErrorState kind="network" onRetry={() => (retries += 1)} />, {
    locale: 'en',
  })
  expect(screen.getByRole('heading', { name: 'We couldn’t connect' })).toBeVisible()
  expect(screen.getByText('Check your connection and try again.')).toBeVisible()
  await user.click(screen.getByRole('button', { name: 'Try again' }))
  expect(retries).toBe(1)
  await expectNoA11yViolations(container)
})

test('each failure kind gets its own wording', () => {
  expect(getErrorStateKind(new ApiError({ kind: 'timeout' }))).toBe('timeout')
  expect(getErrorStateKind(new ApiError({ kind: 'contract' }))).toBe('contract')
  expect(getErrorStateKind(new ApiError({ kind: 'http', status: 429, code: 'rate_limited' }))).toBe('rateLimited')
  expect(getErrorStateKind(new ApiError({ kind: 'http', status: 500 }))).toBe('server')
  expect(getErrorStateKind(new TypeError('boom'))).toBe('server')
  renderWithProviders(<ErrorState kind="server" />)
  expect(screen.getByRole('heading', { name: 'Désolé, le service rencontre un problème' })).toBeVisible()
  expect(screen.queryByText(/500|boom/)).not.toBeInTheDocument()
})

test('a table has a caption and header scopes', async () => {
  const rows = [
    { id: 'a', name: 'Export de mars', size: 12 },
    { id: 'b', name: 'Export d’avril', size: 8 },
  ]
  const { container } = renderWithProviders(
    <Table
      caption="Vos exports"
      rows={rows}
      getRowKey={(row) => row.id}
      columns={[
        { key: 'name', header: 'Nom', cell: (row) => row.name, isRowHeader: true },
        { key: 'size', header: 'Taille (Mo)', cell: (row) => row.size, isNumeric: true },
      ]}
    />,
  )
  const table = screen.getByRole('table', { name: 'Vos exports' })
  expect(within(table).getByRole('columnheader', { name: 'Taille (Mo)' })).toHaveAttribute('scope', 'col')
  expect(within(table).getByRole('rowheader', { name: 'Export d’avril' })).toHaveAttribute('scope', 'row')
  await expectNoA11yViolations(container)
})

test('progress, spinner, card, empty state and links are accessible', async () => {
  const { container } = renderWithProviders(
    <>
      <ProgressBar label="Préparation de votre export" value={40} />
      <Spinner />
      <Card title="Consentements">
        <EmptyState title="Aucun export" action={<ButtonLink to="/exports/new">Demander un export</ButtonLink>}>
          Vous n’avez pas encore demandé d’export.
        </EmptyState>
      </Card>
      <TextLink to="/aide">Aide</TextLink>
      <ExternalLink href="https://www.cnil.fr/">CNIL</ExternalLink>
    </>,
  )
  // toHaveValue() does not support <progress>, so its value is read from the element itself.
  expect(screen.getByRole<HTMLProgressElement>('progressbar', { name: 'Préparation de votre export' }).value).toBe(40)
  expect(screen.getByRole('status')).toHaveTextContent('Chargement en cours…')
  expect(screen.getByRole('link', { name: 'Demander un export' })).toHaveAttribute('href', '/exports/new')
  expect(screen.getByRole('link', { name: 'CNIL' })).toHaveAttribute('href', 'https://www.cnil.fr/')
  await expectNoA11yViolations(container)
})

test('an unsafe external URL is shown as text, not as a link', () => {
  renderWithProviders(
    <>
      <ExternalLink href="javascript:alert(1)">Piège</ExternalLink>
      <ExternalLink href="data:text/html,<script>alert(1)</script>">Autre piège</ExternalLink>
      <ExternalLink href="mailto:dpo@exemple.fr" allowMailto>
        dpo@exemple.fr
      </ExternalLink>
    </>,
  )
  expect(screen.getByText('Piège')).not.toHaveAttribute('href')
  expect(screen.queryByRole('link', { name: 'Autre piège' })).not.toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'dpo@exemple.fr' })).toHaveAttribute('href', 'mailto:dpo@exemple.fr')
})
