import { useId } from 'react'

import { demoAccounts } from '#src/mocks/session/demo-accounts'

import { useDevPanelLocale, useDevPanelText } from './messages'

/** Lists the demo accounts on the sign-in page, so a visitor of the demo can sign in (mock mode only). */
export function SignInHint() {
  const text = useDevPanelText()
  const locale = useDevPanelLocale()
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="mt-8 rounded border border-border bg-surface-muted p-4 text-ink">
      <h2 id={headingId} className="text-lg font-bold">
        {text('hintHeading')}
      </h2>
      <p className="mt-1">{text('hintHelp')}</p>
      <dl className="mt-4 space-y-4">
        {demoAccounts.map((account) => (
          <div key={account.email}>
            <dt className="font-bold">{account.label[locale]}</dt>
            <dd className="mt-1">{account.description[locale]}</dd>
            <dd>
              {text('hintEmail')} <code className="break-all font-mono">{account.email}</code>
            </dd>
            <dd>
              {text('hintPassword')} <code className="font-mono">{account.password}</code>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
