import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { useNavigate } from 'react-router'

import { Form } from '#src/components/form/form'
import { SelectField } from '#src/components/form/select-field'
import { Button } from '#src/components/ui/button'
import { paths } from '#src/config/paths'
import type { PolicyArchive } from '#src/contract/policies'
import { useT } from '#src/lib/i18n/i18n-context'

import { ComparePolicyFormSchema, type ComparePolicyForm } from '../compare-form-schema'

import { useFormatCalendarDate } from './use-policy-formats'

type CompareFormProps = {
  versions: PolicyArchive['versions']
  /** The versions compared now; nothing is chosen for the person otherwise. */
  values?: ComparePolicyForm
}

/** Picks any two versions. The comparison always reads from the earlier to the later one. */
export function CompareForm({ versions, values = { from: '', to: '' } }: CompareFormProps) {
  const t = useT()
  const navigate = useNavigate()
  const formatCalendarDate = useFormatCalendarDate()
  const form = useForm({
    resolver: zodResolver(ComparePolicyFormSchema),
    values,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })
  const options = versions.map((version) => ({
    value: version.id,
    label: t('policy.compare.option', { version: version.id, date: formatCalendarDate(version.effectiveOn) }),
  }))

  function handleSubmit({ from, to }: ComparePolicyForm) {
    // Version ids sort as the months they took effect.
    const [earlier = from, later = to] = [from, to].sort()
    void navigate(paths.policyCompare.getHref(earlier, later))
  }

  return (
    <Form form={form} onSubmit={handleSubmit} aria-label={t('policy.compare.formLabel')} className="max-w-xl">
      <div className="flex flex-wrap gap-x-6">
        <SelectField
          name="from"
          label={t('policy.compare.from')}
          options={options}
          placeholder={t('policy.compare.choose')}
        />
        <SelectField
          name="to"
          label={t('policy.compare.to')}
          options={options}
          placeholder={t('policy.compare.choose')}
        />
      </div>
      <div>
        <Button type="submit">{t('policy.compare.submit')}</Button>
      </div>
    </Form>
  )
}
