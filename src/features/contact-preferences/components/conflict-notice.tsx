import { Alert } from '#src/components/ui/alert'
import { Button } from '#src/components/ui/button'
import type { MessageKey } from '#src/lib/i18n/catalogue'
import { useT } from '#src/lib/i18n/i18n-context'

import type { ContactDetailsField, FieldDifference } from './contact-details-values'

export type ConflictState =
  | { kind: 'none' }
  | { kind: 'detected' }
  | { kind: 'reloading' }
  | { kind: 'reloadFailed' }
  | { kind: 'reloaded'; differences: readonly FieldDifference[] }

const fieldLabelKeys = {
  email: 'contactPreferences.details.email.label',
  phone: 'contactPreferences.details.phone.label',
  'postalAddress.line1': 'contactPreferences.details.address.line1',
  'postalAddress.line2': 'contactPreferences.details.address.line2',
  'postalAddress.postcode': 'contactPreferences.details.address.postcode',
  'postalAddress.city': 'contactPreferences.details.address.city',
  'postalAddress.country': 'contactPreferences.details.address.country',
  language: 'contactPreferences.details.language.label',
} as const satisfies Record<ContactDetailsField, MessageKey>

type ConflictNoticeProps = {
  state: ConflictState
  onReload: () => void
}

/**
 * A save refused because the details changed elsewhere (409 on `If-Match`, RFC 9110). Nothing was
 * overwritten and nothing typed is lost: the person reloads the current values, sees them next to their own
 * (still in the form), and saves again.
 */
export function ConflictNotice({ state, onReload }: ConflictNoticeProps) {
  const t = useT()
  if (state.kind === 'none') return null
  if (state.kind === 'reloaded') {
    return (
      <Alert variant="warning" title={t('contactPreferences.details.conflict.reloaded.title')} className="mb-6">
        <p>{t('contactPreferences.details.conflict.reloaded.body')}</p>
        {state.differences.length === 0 ? null : (
          <ul className="mt-2 list-disc ps-6">
            {state.differences.map(({ field, serverValue }) => (
              <li key={field}>
                {t('contactPreferences.details.conflict.current', {
                  field: t(fieldLabelKeys[field]),
                  value: serverValue === '' ? t('contactPreferences.details.conflict.none') : serverValue,
                })}
              </li>
            ))}
          </ul>
        )}
      </Alert>
    )
  }
  return (
    <Alert variant="error" title={t('contactPreferences.details.conflict.title')} className="mb-6">
      <p>{t('contactPreferences.details.conflict.body')}</p>
      {state.kind === 'reloadFailed' ? (
        <p className="mt-2 font-semibold">{t('contactPreferences.details.conflict.reloadFailed')}</p>
      ) : null}
      <div className="mt-4">
        <Button
          variant="secondary"
          onClick={onReload}
          isPending={state.kind === 'reloading'}
          pendingLabel={t('contactPreferences.details.conflict.reloading')}
        >
          {t('contactPreferences.details.conflict.reload')}
        </Button>
      </div>
    </Alert>
  )
}
