import { useLocation } from 'react-router'

import { Heading } from '#src/components/ui/heading'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import { useI18n } from '#src/lib/i18n/i18n-context'

import {
  getPersonalImpact,
  type ChangeImpact,
  type ImpactAction,
  type PersonalContextState,
  type VersionedChange,
} from '../personal-impact'

import { Loaded } from './loaded'

function ActionLink({ action }: { action: ImpactAction }) {
  const { t, localize } = useI18n()
  switch (action.kind) {
    case 'withdraw':
      return (
        <TextLink to={`${paths.consents.getHref()}?${new URLSearchParams({ purpose: action.purposeId }).toString()}`}>
          {t('policy.impact.action.withdraw', { consent: localize(action.title) })}
        </TextLink>
      )
    case 'object':
      return (
        <TextLink to={paths.requestFlow.getHref('objection', { purposeId: action.purposeId })}>
          {t('policy.impact.action.object', { purpose: localize(action.title) })}
        </TextLink>
      )
    case 'preferences':
      return <TextLink to={paths.settings.getHref()}>{t('policy.impact.action.preferences')}</TextLink>
    case 'erasure':
      return action.category ? (
        <TextLink to={paths.requestFlow.getHref('erasure', { categoryId: action.category.id })}>
          {t('policy.impact.action.eraseCategory', { category: localize(action.category.name) })}
        </TextLink>
      ) : (
        <TextLink to={paths.requestFlow.getHref('erasure')}>{t('policy.impact.action.erase')}</TextLink>
      )
  }
}

function actionKey(action: ImpactAction): string {
  if (action.kind === 'withdraw' || action.kind === 'object') return `${action.kind}-${action.purposeId}`
  if (action.kind === 'erasure') return `erasure-${action.category?.id ?? 'any'}`
  return action.kind
}

/** Why one change concerns the person, and what they can do about it. */
function Impact({ impact }: { impact: ChangeImpact }) {
  const { t, localize } = useI18n()
  const reasons = [
    ...impact.givenConsents.map((consent) => t('policy.impact.reason.consent', { consent: localize(consent.title) })),
    ...impact.purposes.map((purpose) => t('policy.impact.reason.purpose', { purpose: localize(purpose.name) })),
    ...impact.categories.map((category) => t('policy.impact.reason.category', { category: localize(category.name) })),
  ]
  return (
    <li className="border-b-2 border-border py-4">
      <p className="max-w-prose font-semibold">{localize(impact.change.summary)}</p>
      <p className="text-ink-muted">{t('policy.impact.version', { version: impact.versionId })}</p>
      <p className="mt-2">{t('policy.impact.because')}</p>
      <ul className="list-disc space-y-1 ps-6">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <OtherConsents impact={impact} />
      {impact.actions.length > 0 ? (
        <>
          <p className="mt-2">{t('policy.impact.whatYouCanDo')}</p>
          <ul className="list-disc space-y-1 ps-6">
            {impact.actions.map((action) => (
              <li key={actionKey(action)}>
                <ActionLink action={action} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  )
}

/** A consent the change is about, which the person has not given: nothing changes for them unless they give it. */
function OtherConsents({ impact }: { impact: ChangeImpact }) {
  const { t, localize } = useI18n()
  return impact.otherConsents.map((consent) => (
    <p key={consent.purposeId} className="mt-2 max-w-prose">
      {t('policy.impact.consentNotGiven', { consent: localize(consent.title) })}
    </p>
  ))
}

type PersonalImpactViewProps = {
  state: PersonalContextState
  changes: readonly VersionedChange[]
}

/**
 * "What this means for you": the changes between the two versions that touch the person's own consents,
 * purposes or data, with links to act (withdraw, object, change preferences, ask for erasure). Signed out,
 * it offers to sign in and come back here.
 */
export function PersonalImpactView({ state, changes }: PersonalImpactViewProps) {
  const { t, localize } = useI18n()
  const location = useLocation()

  return (
    <section aria-labelledby="policy-impact-heading" className="mt-10">
      <Heading level={2} id="policy-impact-heading" className="text-2xl font-bold">
        {t('policy.impact.title')}
      </Heading>
      {state.status === 'signed-out' ? (
        <p className="mt-2 max-w-prose">
          {t('policy.impact.signedOut')}{' '}
          <TextLink to={paths.signIn.getHref(`${location.pathname}${location.search}`)} className="inline-block">
            {t('policy.impact.signIn')}
          </TextLink>
        </p>
      ) : (
        <Loaded
          headingLevel={3}
          query={{
            data: state.status === 'ready' ? state.context : undefined,
            isError: state.status === 'error',
            error: state.status === 'error' ? state.error : null,
            isFetching: state.status === 'error' && state.isRetrying,
            refetch: state.status === 'error' ? state.onRetry : () => undefined,
          }}
        >
          {(context) => {
            const { concerning, others } = getPersonalImpact(changes, context)
            return (
              <>
                <p className="mt-2 max-w-prose">{t('policy.impact.intro')}</p>
                {concerning.length === 0 ? (
                  <p className="mt-4 max-w-prose font-semibold">{t('policy.impact.none')}</p>
                ) : (
                  <ul className="mt-2">
                    {concerning.map((impact) => (
                      <Impact key={impact.change.id} impact={impact} />
                    ))}
                  </ul>
                )}
                {others.length > 0 ? (
                  <details className="mt-4">
                    <summary className="cursor-pointer text-link underline underline-offset-2">
                      {t('policy.impact.others', { count: others.length })}
                    </summary>
                    <ul className="mt-2 list-disc space-y-2 ps-6">
                      {others.map((impact) => (
                        <li key={impact.change.id}>
                          {localize(impact.change.summary)}
                          <OtherConsents impact={impact} />
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </>
            )
          }}
        </Loaded>
      )}
    </section>
  )
}
