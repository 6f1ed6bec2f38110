import type { ReactNode } from 'react'
import { useWatch } from 'react-hook-form'

import { CheckboxGroup } from '#src/components/form/checkbox-group'
import { RadioGroup } from '#src/components/form/radio-group'
import { DataCategoryIdSchema } from '#src/contract/register'
import { useT } from '#src/lib/i18n/i18n-context'

import { categoryLabelKeys } from './labels'

export type ScopeFieldsProps = {
  legend: string
  allLabel: string
  categoriesLabel: string
  categoriesLegend: string
  /** Erasure opened on records of My data: a third answer, "only these items", revealing `itemsReveal`. */
  items?: { label: string; reveal: ReactNode }
}

/**
 * "Everything or chosen categories", with the categories revealed under the second answer (GOV.UK
 * conditional reveal: the boxes appear after the radio that needs them, in reading order).
 */
export function ScopeFields({ legend, allLabel, categoriesLabel, categoriesLegend, items }: ScopeFieldsProps) {
  const t = useT()
  const scope: unknown = useWatch({ name: 'scope' })
  return (
    <>
      <RadioGroup
        name="scope"
        legend={legend}
        options={[
          { value: 'all', label: allLabel },
          { value: 'categories', label: categoriesLabel },
          ...(items ? [{ value: 'items', label: items.label }] : []),
        ]}
      />
      {items && scope === 'items' ? <div className="border-l-4 border-border ps-4">{items.reveal}</div> : null}
      {scope === 'categories' ? (
        <div className="border-l-4 border-border ps-4">
          <CheckboxGroup
            name="categories"
            legend={categoriesLegend}
            hint={t('rightsRequests.form.categories.hint')}
            options={DataCategoryIdSchema.options.map((id) => ({ value: id, label: t(categoryLabelKeys[id]) }))}
          />
        </div>
      ) : null}
    </>
  )
}
