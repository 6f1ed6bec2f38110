import { useRef, type ComponentProps, type ReactNode, type SubmitEvent } from 'react'
import { FormProvider, useFormState, type FieldValues, type SubmitHandler, type UseFormReturn } from 'react-hook-form'

import { cn } from '#src/lib/cn'

import { ErrorSummary } from './error-summary'
import { getErrorList } from './get-error-list'
import { useErrorTitlePrefix } from './use-error-title-prefix'

export type FormProps<TFieldValues extends FieldValues> = Omit<
  ComponentProps<'form'>,
  'onSubmit' | 'noValidate' | 'children'
> & {
  /** The `useForm` result; call it in the feature component with `zodResolver(Schema)`, the contract's own schema. */
  form: UseFormReturn<TFieldValues>
  onSubmit: SubmitHandler<TFieldValues>
  children: ReactNode
}

/**
 * The one form wrapper (GOV.UK validation pattern): provides the form to the field kit, turns off browser
 * validation bubbles (`noValidate`), shows the error summary above the fields after a failed
 * submit (client or server errors, including `root.server`), prefixes the title with "Error: "
 * meanwhile, and ignores submits while one is pending (govuk-frontend preventDoubleClick).
 */
export function Form<TFieldValues extends FieldValues>({
  form,
  onSubmit,
  children,
  className,
  ...formProps
}: FormProps<TFieldValues>) {
  const { errors, submitCount } = useFormState({ control: form.control })
  // A ref, not formState.isSubmitting: the second of two quick submits arrives before React has
  // re-rendered with the pending state, and must still be ignored.
  const isSubmittingRef = useRef(false)

  const errorList = getErrorList(errors)
  // Client errors only exist after a submit (mode onSubmit); a root error may be set by an
  // un-awaited mutation after the submit completed, and must show as well.
  const isSummaryShown = errorList.length > 0 && (submitCount > 0 || errors.root !== undefined)
  useErrorTitlePrefix(isSummaryShown)

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    if (isSubmittingRef.current) return
    isSubmittingRef.current = true
    try {
      await form.handleSubmit(onSubmit)(event)
    } finally {
      isSubmittingRef.current = false
    }
  }

  return (
    <FormProvider {...form}>
      <form
        {...formProps}
        noValidate
        onSubmit={(event) => void handleSubmit(event)}
        className={cn('flex flex-col gap-6', className)}
      >
        {isSummaryShown ? <ErrorSummary key={submitCount} errors={errorList} /> : null}
        {children}
      </form>
    </FormProvider>
  )
}
