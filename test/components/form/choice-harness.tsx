import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { z } from 'zod'

import { CheckboxField } from '#src/components/form/checkbox-field'
import { Form } from '#src/components/form/form'
import { SelectField } from '#src/components/form/select-field'
import { Button } from '#src/components/ui/button'

const ChoiceSchema = z.object({
  language: z.enum(['fr', 'en'], { error: 'validation.email.required' }),
  isConfirmed: z.literal(true, { error: 'validation.password.required' }),
})
type ChoiceValues = z.infer<typeof ChoiceSchema>

/** A stand-in form for the select and single-checkbox fields. */
export function ChoiceHarness({ onValidSubmit }: { onValidSubmit: (values: ChoiceValues) => void }) {
  const form = useForm<ChoiceValues>({
    resolver: zodResolver(ChoiceSchema),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })
  return (
    <Form form={form} onSubmit={(values) => onValidSubmit(values)} aria-label="Préférences">
      <SelectField
        name="language"
        label="Langue"
        hint="Pour nos courriers"
        placeholder="Choisissez une langue"
        options={[
          { value: 'fr', label: 'Français' },
          { value: 'en', label: 'Anglais' },
        ]}
      />
      <CheckboxField name="isConfirmed" label="Je confirme" hint="Obligatoire" />
      <Button type="submit">Envoyer</Button>
    </Form>
  )
}
