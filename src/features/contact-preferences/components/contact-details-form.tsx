import { zodResolver } from '@hookform/resolvers/zod'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'

import { applyProblemToForm } from '#src/components/form/apply-problem'
import { Form } from '#src/components/form/form'
import { SelectField } from '#src/components/form/select-field'
import { TextField } from '#src/components/form/text-field'
import { Alert } from '#src/components/ui/alert'
import { Button } from '#src/components/ui/button'
import { StatusMessage } from '#src/components/ui/status-message'
import {
  CommunicationLanguageSchema,
  PostalCountrySchema,
  type ContactDetails,
} from '#src/contract/contact-preferences'
import { isApiError } from '#src/lib/api-error'
import { ReauthenticationCancelledError } from '#src/lib/auth-interrupts'
import { useI18n } from '#src/lib/i18n/i18n-context'

import { contactDetailsMutations } from '../api/contact-details-mutations'
import { contactDetailsQueries } from '../api/contact-details-queries'
import { ContactDetailsFormSchema, type ContactDetailsFormValues } from '../contact-details-form-schema'
import { normalisePhoneNumber } from '../phone-number'

import { ConflictNotice, type ConflictState } from './conflict-notice'
import { findDifferences, toFormValues } from './contact-details-values'
import { UnsavedChangesGuard } from './unsaved-changes-guard'

export type ContactDetailsFormProps = {
  details: ContactDetails
}

/**
 * Email, phone, postal address and language, saved together with one explicit save (GOV.UK form pattern,
 * validated on submit). The version the person started from travels as `If-Match`: a change made elsewhere meanwhile
 * is reported, never overwritten, and reloading it keeps everything typed here.
 */
export function ContactDetailsForm({ details }: ContactDetailsFormProps) {
  const { t, locale } = useI18n()
  const queryClient = useQueryClient()
  const mutation = useMutation(contactDetailsMutations.update())
  /** The server version these edits apply to: changes only on a save or an explicit reload, never in the background. */
  const [baseVersion, setBaseVersion] = useState(details.version)
  const [conflict, setConflict] = useState<ConflictState>({ kind: 'none' })
  const [savedMessage, setSavedMessage] = useState<string | null>(null)

  const form = useForm({
    resolver: zodResolver(ContactDetailsFormSchema),
    defaultValues: toFormValues(details),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })
  const { isDirty } = form.formState

  const countryNames = new Intl.DisplayNames([locale], { type: 'region' })

  async function handleSubmit(values: ContactDetailsFormValues) {
    setSavedMessage(null)
    const phone = values.phone === '' ? null : normalisePhoneNumber(values.phone)
    const body = { email: values.email, phone, postalAddress: values.postalAddress, language: values.language }
    try {
      const saved = await mutation.mutateAsync({ body, version: baseVersion })
      setBaseVersion(saved.version)
      setConflict({ kind: 'none' })
      // What the person typed stays on screen (their phone formatting included); it is now the saved state.
      form.reset(values)
      setSavedMessage(
        saved.pendingEmail === null
          ? t('contactPreferences.details.saved')
          : t('contactPreferences.details.savedEmailPending', { email: saved.pendingEmail }),
      )
    } catch (error) {
      if (isApiError(error) && error.status === 409 && error.code === 'conflict') {
        setConflict({ kind: 'detected' })
        return
      }
      if (error instanceof ReauthenticationCancelledError) {
        form.setError('root.server', { type: 'server', message: 'contactPreferences.details.problem.reauthCancelled' })
        return
      }
      applyProblemToForm(error, form.setError)
    }
  }

  async function handleReload() {
    setConflict({ kind: 'reloading' })
    try {
      const current = await queryClient.query({ ...contactDetailsQueries.detail(), staleTime: 0 })
      setBaseVersion(current.version)
      const differences = findDifferences(current, form.getValues())
      // The new defaults are the server's; the values stay what the person typed, so nothing is lost.
      form.reset(toFormValues(current), { keepValues: true })
      setConflict({ kind: 'reloaded', differences })
    } catch {
      setConflict({ kind: 'reloadFailed' })
    }
  }

  return (
    <>
      <UnsavedChangesGuard isDirty={isDirty && !mutation.isPending} />
      <StatusMessage>
        {savedMessage === null ? null : (
          <p className="mb-4 border-l-8 border-success bg-surface-muted p-4 font-semibold">{savedMessage}</p>
        )}
      </StatusMessage>
      <ConflictNotice state={conflict} onReload={() => void handleReload()} />
      <Form form={form} onSubmit={handleSubmit} className="max-w-2xl" aria-labelledby="contact-details-heading">
        <TextField
          name="email"
          label={t('contactPreferences.details.email.label')}
          hint={t('contactPreferences.details.email.hint')}
          type="email"
          autoComplete="email"
          spellCheck={false}
        />
        {details.pendingEmail === null ? null : (
          <Alert variant="info" title={t('contactPreferences.details.pendingEmail.title')} headingLevel={3}>
            <p>
              {t('contactPreferences.details.pendingEmail.body', {
                email: details.pendingEmail,
                current: details.email,
              })}
            </p>
          </Alert>
        )}
        <TextField
          name="phone"
          label={t('contactPreferences.details.phone.label')}
          hint={t('contactPreferences.details.phone.hint')}
          type="tel"
          autoComplete="tel"
          isOptional
        />
        <fieldset className="flex min-w-0 flex-col gap-4">
          <legend className="mb-2 text-xl font-bold">{t('contactPreferences.details.address.legend')}</legend>
          <TextField
            name="postalAddress.line1"
            label={t('contactPreferences.details.address.line1')}
            autoComplete="address-line1"
            dir="auto"
          />
          <TextField
            name="postalAddress.line2"
            label={t('contactPreferences.details.address.line2')}
            autoComplete="address-line2"
            dir="auto"
            isOptional
          />
          <TextField
            name="postalAddress.postcode"
            label={t('contactPreferences.details.address.postcode')}
            autoComplete="postal-code"
            className="max-w-48"
          />
          <TextField
            name="postalAddress.city"
            label={t('contactPreferences.details.address.city')}
            autoComplete="address-level2"
            dir="auto"
          />
          <SelectField
            name="postalAddress.country"
            label={t('contactPreferences.details.address.country')}
            autoComplete="country"
            options={PostalCountrySchema.options.map((code) => ({ value: code, label: countryNames.of(code) ?? code }))}
          />
        </fieldset>
        <SelectField
          name="language"
          label={t('contactPreferences.details.language.label')}
          options={CommunicationLanguageSchema.options.map((language) => ({
            value: language,
            label: t(
              language === 'fr' ? 'contactPreferences.details.language.fr' : 'contactPreferences.details.language.en',
            ),
          }))}
        />
        <div>
          <Button type="submit" isPending={mutation.isPending} pendingLabel={t('contactPreferences.details.pending')}>
            {t('contactPreferences.details.submit')}
          </Button>
        </div>
      </Form>
    </>
  )
}
