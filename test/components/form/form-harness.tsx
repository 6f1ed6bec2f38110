import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { z } from 'zod'

import { applyProblemToForm } from '#src/components/form/apply-problem'
import { CheckboxGroup } from '#src/components/form/checkbox-group'
import { Form } from '#src/components/form/form'
import { RadioGroup } from '#src/components/form/radio-group'
import { TextField } from '#src/components/form/text-field'
import { TextareaField } from '#src/components/form/textarea-field'
import { Button } from '#src/components/ui/button'

/** A stand-in for a feature form: GOV.UK's form settings (validate on submit), with a dotted field path. */
export const HarnessSchema = z.object({
  contact: z.object({ email: z.string().min(1, 'validation.email.required') }),
  channel: z.enum(['email', 'post'], { error: 'validation.password.required' }),
  topics: z.array(z.string()).min(1, 'common.error.generic'),
  details: z.string().max(10, 'validation.email.tooLong'),
})
export type HarnessValues = z.infer<typeof HarnessSchema>

type FormHarnessProps = {
  /** Runs on a valid submit; may throw an ApiError to exercise the server path. */
  onValidSubmit?: (values: HarnessValues) => Promise<void>
}

export function FormHarness({ onValidSubmit }: FormHarnessProps) {
  const form = useForm<HarnessValues>({
    resolver: zodResolver(HarnessSchema),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
    defaultValues: { contact: { email: '' }, topics: [], details: '' },
  })

  async function handleSubmit(values: HarnessValues) {
    try {
      await onValidSubmit?.(values)
    } catch (error) {
      applyProblemToForm(error, form.setError)
    }
  }

  return (
    // Named so tests can find the form by its role.
    <Form form={form} onSubmit={handleSubmit} aria-label="Nous contacter">
      <TextField
        name="contact.email"
        label="Adresse e-mail"
        hint="Nous l’utilisons pour vous répondre"
        type="email"
        autoComplete="email"
        spellCheck={false}
      />
      <RadioGroup
        name="channel"
        legend="Comment voulez-vous être contacté ?"
        options={[
          { value: 'email', label: 'Par e-mail' },
          { value: 'post', label: 'Par courrier' },
        ]}
      />
      <CheckboxGroup
        name="topics"
        legend="Sujets"
        hint="Cochez tout ce qui s’applique"
        options={[
          { value: 'news', label: 'Actualités' },
          { value: 'offers', label: 'Offres' },
        ]}
      />
      <TextareaField name="details" label="Détails" maxCharacters={10} />
      <Button type="submit" isPending={form.formState.isSubmitting}>
        Envoyer
      </Button>
    </Form>
  )
}
