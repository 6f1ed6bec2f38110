import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect } from 'react'
import { useForm } from 'react-hook-form'

import { applyProblemToForm } from '#src/components/form/apply-problem'
import { Form } from '#src/components/form/form'
import { TextField } from '#src/components/form/text-field'
import { Button } from '#src/components/ui/button'
import { RecordFiltersFormSchema, recordSearchMaxLength, type RecordFiltersForm } from '#src/contract/profile'
import { isApiError } from '#src/lib/api-error'
import { useI18n } from '#src/lib/i18n/i18n-context'

export type RecordFiltersProps = {
  values: RecordFiltersForm
  onApply: (values: RecordFiltersForm) => void
  /** The list's failure: a 422 about the filters (a hand-edited URL) is shown against the fields. */
  listError: unknown
}

/** Date range and text search, applied by the server; the values live in the URL, so a view can be shared or kept. */
export function RecordFilters({ values, onApply, listError }: RecordFiltersProps) {
  const { t } = useI18n()
  const form = useForm({
    resolver: zodResolver(RecordFiltersFormSchema),
    values,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })
  const { setError } = form

  useEffect(() => {
    if (isApiError(listError) && listError.status === 422) applyProblemToForm(listError, setError)
  }, [listError, setError])

  return (
    <Form form={form} onSubmit={onApply} aria-label={t('myData.filters.title')} className="max-w-3xl">
      <div className="flex flex-wrap gap-x-6">
        <TextField name="from" type="date" label={t('myData.filters.from')} isOptional className="w-auto" />
        <TextField name="to" type="date" label={t('myData.filters.to')} isOptional className="w-auto" />
      </div>
      <TextField
        name="q"
        type="search"
        label={t('myData.filters.q')}
        hint={t('myData.filters.qHint')}
        isOptional
        maxLength={recordSearchMaxLength * 2}
        spellCheck={false}
        autoComplete="off"
      />
      <div className="flex flex-wrap gap-4">
        <Button type="submit">{t('myData.filters.apply')}</Button>
        <Button type="button" variant="secondary" onClick={() => onApply({ from: '', to: '', q: '' })}>
          {t('myData.filters.clear')}
        </Button>
      </div>
    </Form>
  )
}
