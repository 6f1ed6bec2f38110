import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'

import { expectNoA11yViolations } from '#test/support/a11y'
import { renderApp } from '#test/support/render-app'

/** Each category, its French name and something its table must show for the typical customer. */
const categories = [
  { id: 'account', name: 'Informations sur le compte', cell: 'Zyxcanary Qwertyson' },
  {
    id: 'user-data',
    name: 'Données de l’utilisateur',
    cell: /^(Connexion|Session d’utilisation|Fonction utilisée|Clic sur une publicité|Campagne ouverte|Paramètres modifiés)$/,
  },
  { id: 'customer-service', name: 'Données relatives au service client', cell: 'Enregistrement vocal' },
  { id: 'transactions', name: 'Données de transaction', cell: /€/ },
  {
    id: 'connection-data',
    name: 'Adresses IP et données de connexion',
    cell: /^(192\.0\.2|198\.51\.100|203\.0\.113)\./,
  },
  { id: 'cookies', name: 'Cookies et identifiants similaires', cell: 'dlg_session' },
  {
    id: 'ad-reactions',
    name: 'Réactions aux publicités et campagnes',
    cell: /^(Clic sur une publicité|Campagne ouverte|Achat après une publicité)$/,
  },
  { id: 'third-party-data', name: 'Données reçues de tiers', cell: 'Prestataire de paiement' },
] as const

for (const category of categories) {
  test(`the ${category.id} page lists the records and says why they are held: purposes, legal basis, source, recipients, transfers, retention`, async () => {
    const { container, user } = await renderApp({ url: `/my-data/${category.id}`, signedInAs: 'typical' })
    expect(await screen.findByRole('heading', { level: 1, name: category.name })).toBeInTheDocument()
    const table = await screen.findByRole('table', {
      name: new RegExp(`^${category.name}, du plus récent au plus ancien`),
    })
    expect(within(table).getAllByRole('cell', { name: category.cell }).length).toBeGreaterThan(0)
    expect(within(within(table).getAllByRole('rowheader')[0] ?? table).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(new RegExp(`^/my-data/${category.id}/`)),
    )

    await user.click(screen.getByText('Pourquoi nous conservons ces données'))
    const why = screen.getByRole('main')
    expect(why).toHaveTextContent(
      /Finalités et bases légales.*base légale : (l’exécution de votre contrat|l’intérêt légitime de Dialogra|votre consentement|une obligation légale)/,
    )
    expect(why).toHaveTextContent(
      /D’où viennent ces données(Fournies par vous|Produites par votre utilisation|Reçues de tiers)\./,
    )
    expect(why).toHaveTextContent(/Qui les reçoit\S/)
    expect(why).toHaveTextContent(/Transferts hors de l’Espace économique européen.*décision d’adéquation/)
    expect(why).toHaveTextContent(
      /Combien de temps nous les gardons(.*Conservé|La politique de confidentialité de Dialogra n’indique aucune durée)/,
    )
    expect(why).toHaveTextContent(/Devez-vous les fournir \?(Oui|Non)\./)
    expect(why).toHaveTextContent(
      /Décisions automatiséesAucune décision fondée uniquement sur un traitement automatisé/,
    )
    expect(screen.getByRole('link', { name: /Demander l’effacement de ces données/ })).toHaveAttribute(
      'href',
      `/requests/new/erasure?categoryId=${category.id}`,
    )
    await expectNoA11yViolations(container)
  })
}

test('legitimate-interest purposes state the interest and can be objected to', async () => {
  const { user } = await renderApp({ url: '/my-data/user-data', signedInAs: 'typical' })
  await screen.findByRole('heading', { level: 1, name: 'Données de l’utilisateur' })
  await user.click(screen.getByText('Pourquoi nous conservons ces données'))
  expect(screen.getAllByText(/^Intérêt légitime poursuivi : /).length).toBeGreaterThan(0)
  expect(
    screen.getByRole('link', { name: 'M’opposer à la finalité « Offres et publicité sur mesure »' }),
  ).toHaveAttribute('href', '/requests/new/objection?purposeId=tailored-advertising')
  expect(
    screen.getAllByText(
      /Conservé jusqu’à la suppression de votre compte ; la suppression est effectuée dans un délai de 5 ans\./,
    ).length,
  ).toBeGreaterThan(0)
})

test('the customer-service page gives each kind its own retention: recordings one month, logs and dialogues three years', async () => {
  const { user } = await renderApp({ url: '/my-data/customer-service', signedInAs: 'typical' })
  await screen.findByRole('table', { name: /^Données relatives au service client/ })
  await user.click(screen.getByText('Pourquoi nous conservons ces données'))
  expect(
    screen.getByText('Enregistrements vocaux : Conservé 1 mois à compter de son enregistrement, puis supprimé.'),
  ).toBeInTheDocument()
  expect(
    screen.getByText('Journaux d’appels : Conservé 3 ans à compter de son enregistrement, puis supprimé.'),
  ).toBeInTheDocument()
})

test('an unknown category is the "page not found" page', async () => {
  await renderApp({ url: '/my-data/salaries', signedInAs: 'typical' })
  expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument()
})
