import { zodResolver } from '@hookform/resolvers/zod'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useForm, useFormContext, useWatch } from 'react-hook-form'
import { useSearchParams } from 'react-router'
import * as z from 'zod/mini'

import { Fieldset } from '#src/components/form/fieldset'
import { Form } from '#src/components/form/form'
import { RadioGroup } from '#src/components/form/radio-group'
import { TextareaField } from '#src/components/form/textarea-field'
import { Alert } from '#src/components/ui/alert'
import { Button } from '#src/components/ui/button'
import { ErrorState } from '#src/components/ui/error-state'
import { getErrorStateKind } from '#src/components/ui/get-error-state-kind'
import { Spinner } from '#src/components/ui/spinner'
import { StatusMessage } from '#src/components/ui/status-message'
import { DataCategoryIdSchema, type DataCategoryId } from '#src/contract/register'
import {
  AccessRequestBodySchema,
  directMarketingPurposeId,
  ErasureRequestBodySchema,
  ObjectionPurposeIdSchema,
  ObjectionRequestBodySchema,
  RectificationRequestBodySchema,
  RestrictionGroundSchema,
  RestrictionRequestBodySchema,
  rightsRequestTextMaxCharacters,
  type CreateRightsRequestBody,
  type RecordRef,
} from '#src/contract/rights-requests'
import { useI18n, useT } from '#src/lib/i18n/i18n-context'

import { rightsRequestQueries } from '../api/rights-request-queries'
import type { RightsRequestDraft } from '../draft-store'

import { ErasureItemList } from './erasure-items'
import { groundLabelKeys, purposeLabelKeys } from './labels'
import { ScopeFields } from './scope-fields'

export type RequestFormProps = {
  draft: RightsRequestDraft | undefined
  /** The answers are valid: keep them and go to "check your answers". */
  onContinue: (answers: CreateRightsRequestBody) => void
  title: string
}

function ContinueButton() {
  const t = useT()
  return (
    <div>
      <Button type="submit">{t('rightsRequests.form.continue')}</Button>
    </div>
  )
}

/** My data's id of the one account record (the account category holds a single record). */
const accountRecordId = 'account'

const formSettings = {
  mode: 'onSubmit',
  reValidateMode: 'onSubmit',
  // Focus goes to the error summary, not to the first field (GOV.UK error summary).
  shouldFocusError: false,
} as const

export function AccessForm({ draft, onContinue, title }: RequestFormProps) {
  const t = useT()
  const form = useForm({
    ...formSettings,
    resolver: zodResolver(AccessRequestBodySchema),
    defaultValues: draft?.kind === 'access' ? draft : { kind: 'access', categories: [] },
  })
  return (
    <Form form={form} onSubmit={onContinue} aria-label={title} className="max-w-2xl">
      <p>{t('rightsRequests.access.free')}</p>
      <ScopeFields
        legend={t('rightsRequests.access.scope.legend')}
        allLabel={t('rightsRequests.access.scope.all')}
        categoriesLabel={t('rightsRequests.access.scope.categories')}
        categoriesLegend={t('rightsRequests.access.categories.legend')}
      />
      <ContinueButton />
    </Form>
  )
}

/**
 * The records of My data an erasure names, each with a "Remove" button. Removing one says so and moves
 * focus to the next "Remove" button, or to "no item chosen", so focus is never lost with the button.
 * That element is also where the error summary's link leads (`#items`).
 */
function ErasureItemsField() {
  const t = useT()
  const { setValue, getFieldState, formState } = useFormContext<ErasureAnswers>()
  const items = useWatch<ErasureAnswers, 'items'>({ name: 'items' }) ?? []
  const [removed, setRemoved] = useState<{ count: number; label: string } | null>(null)
  const message = getFieldState('items', formState).error?.message

  useEffect(() => {
    if (removed) document.getElementById('items')?.focus()
  }, [removed])

  function handleRemove(item: RecordRef, label: string) {
    const next = items.filter((entry) => entry.categoryId !== item.categoryId || entry.recordId !== item.recordId)
    setValue('items', next)
    setRemoved({ count: (removed?.count ?? 0) + 1, label: t('rightsRequests.erasure.item.removed', { label }) })
  }

  return (
    <>
      <Fieldset
        name="items"
        legend={t('rightsRequests.erasure.items.legend')}
        hint={t('rightsRequests.erasure.items.hint')}
        errorMessage={message}
      >
        <ErasureItemList items={items} onRemove={handleRemove} targetId="items" />
      </Fieldset>
      <StatusMessage isVisuallyHidden>{removed?.label ?? null}</StatusMessage>
    </>
  )
}

type ErasureAnswers = z.infer<typeof ErasureRequestBodySchema>

export function ErasureForm({ draft, onContinue, title }: RequestFormProps) {
  const t = useT()
  const form = useForm({
    ...formSettings,
    resolver: zodResolver(ErasureRequestBodySchema),
    defaultValues: draft?.kind === 'erasure' ? draft : { kind: 'erasure', categories: [], reason: '' },
  })
  // "Only these items" is offered when the flow was opened on records of My data, and stays after removing them.
  const [hasItems] = useState(() => draft?.kind === 'erasure' && (draft.items ?? []).length > 0)
  return (
    <Form form={form} onSubmit={onContinue} aria-label={title} className="max-w-2xl">
      <ScopeFields
        legend={t('rightsRequests.erasure.scope.legend')}
        allLabel={t('rightsRequests.erasure.scope.all')}
        categoriesLabel={t('rightsRequests.erasure.scope.categories')}
        categoriesLegend={t('rightsRequests.erasure.categories.legend')}
        {...(hasItems
          ? { items: { label: t('rightsRequests.erasure.scope.items'), reveal: <ErasureItemsField /> } }
          : {})}
      />
      <TextareaField
        name="reason"
        label={t('rightsRequests.erasure.reason.label')}
        hint={t('rightsRequests.erasure.reason.hint')}
        isOptional
        maxCharacters={rightsRequestTextMaxCharacters}
        rows={5}
      />
      <ContinueButton />
    </Form>
  )
}

export function RestrictionForm({ draft, onContinue, title }: RequestFormProps) {
  const t = useT()
  const form = useForm({
    ...formSettings,
    resolver: zodResolver(RestrictionRequestBodySchema),
    defaultValues: draft?.kind === 'restriction' ? draft : { kind: 'restriction', categories: [], details: '' },
  })
  return (
    <Form form={form} onSubmit={onContinue} aria-label={title} className="max-w-2xl">
      <RadioGroup
        name="ground"
        legend={t('rightsRequests.restriction.ground.legend')}
        options={RestrictionGroundSchema.options.map((ground) => ({
          value: ground,
          label: t(groundLabelKeys[ground]),
        }))}
      />
      <ScopeFields
        legend={t('rightsRequests.restriction.scope.legend')}
        allLabel={t('rightsRequests.restriction.scope.all')}
        categoriesLabel={t('rightsRequests.restriction.scope.categories')}
        categoriesLegend={t('rightsRequests.restriction.categories.legend')}
      />
      <TextareaField
        name="details"
        label={t('rightsRequests.restriction.details.label')}
        isOptional
        maxCharacters={rightsRequestTextMaxCharacters}
        rows={5}
      />
      <ContinueButton />
    </Form>
  )
}

function ObjectionGrounds() {
  const t = useT()
  const purposeId: unknown = useWatch({ name: 'purposeId' })
  if (purposeId === directMarketingPurposeId) {
    return (
      <Alert variant="info" title={t('rightsRequests.objection.directMarketing.title')} headingLevel={2}>
        <p>{t('rightsRequests.objection.directMarketing.body')}</p>
      </Alert>
    )
  }
  return (
    <TextareaField
      name="grounds"
      label={t('rightsRequests.objection.grounds.label')}
      hint={t('rightsRequests.objection.grounds.hint')}
      maxCharacters={rightsRequestTextMaxCharacters}
      rows={6}
    />
  )
}

export function ObjectionForm({ draft, onContinue, title }: RequestFormProps) {
  const { t, localize } = useI18n()
  // The interest Dialogra states for each use (register, GDPR Art. 13(1)(d)) helps the person say why it
  // should give way to their situation; the choice works without it while the register loads.
  const register = useQuery(rightsRequestQueries.register())
  function getInterest(purposeId: string) {
    const interest = register.data?.purposes.find((purpose) => purpose.id === purposeId)?.legitimateInterest
    return interest ? { hint: localize(interest) } : {}
  }
  const form = useForm({
    ...formSettings,
    resolver: zodResolver(ObjectionRequestBodySchema),
    defaultValues: draft?.kind === 'objection' ? draft : { kind: 'objection', grounds: '' },
  })
  return (
    <Form
      form={form}
      // Grounds typed before switching to direct marketing are not sent: none are asked for it.
      onSubmit={(answers) =>
        onContinue(answers.purposeId === directMarketingPurposeId ? { ...answers, grounds: '' } : answers)
      }
      aria-label={title}
      className="max-w-2xl"
    >
      <RadioGroup
        name="purposeId"
        legend={t('rightsRequests.objection.purpose.legend')}
        hint={t('rightsRequests.objection.purpose.hint')}
        options={ObjectionPurposeIdSchema.options.map((purposeId) => ({
          value: purposeId,
          label: t(purposeLabelKeys[purposeId]),
          ...getInterest(purposeId),
        }))}
      />
      <ObjectionGrounds />
      <ContinueButton />
    </Form>
  )
}

/** The item to correct, as one radio value: category, record and field. */
const itemSeparator = '\u001f'
function toItemValue(categoryId: string, recordId: string, field: string): string {
  return [categoryId, recordId, field].join(itemSeparator)
}

const RectificationFormSchema = z.object({
  item: z
    .string('validation.rightsRequest.item.required')
    .check(z.minLength(1, 'validation.rightsRequest.item.required')),
  correctValue: RectificationRequestBodySchema.shape.correctValue,
  statement: RectificationRequestBodySchema.shape.statement,
})
type RectificationFormValues = z.infer<typeof RectificationFormSchema>

export type RectificationItem = {
  categoryId: DataCategoryId
  recordId: string
  field: string
  label: string
  currentValue: string
}

export type RectificationFormProps = RequestFormProps & { items: readonly RectificationItem[] }

/** Art. 16: choose the item as we hold it, give the correct value, optionally add a statement. */
export function RectificationForm({ draft, onContinue, title, items }: RectificationFormProps) {
  const t = useT()
  const form = useForm<RectificationFormValues>({
    ...formSettings,
    resolver: zodResolver(RectificationFormSchema),
    defaultValues:
      draft?.kind === 'rectification'
        ? {
            item: toItemValue(draft.categoryId, draft.recordId, draft.field),
            correctValue: draft.correctValue,
            statement: draft.statement ?? '',
          }
        : { correctValue: '', statement: '' },
  })

  function handleContinue(values: RectificationFormValues) {
    const chosen = items.find((item) => toItemValue(item.categoryId, item.recordId, item.field) === values.item)
    if (!chosen) {
      form.setError('item', { type: 'validate', message: 'validation.rightsRequest.item.required' })
      return
    }
    onContinue({
      kind: 'rectification',
      categoryId: chosen.categoryId,
      recordId: chosen.recordId,
      field: chosen.field,
      correctValue: values.correctValue,
      statement: values.statement,
    })
  }

  return (
    <Form form={form} onSubmit={handleContinue} aria-label={title} className="max-w-2xl">
      <RadioGroup
        name="item"
        legend={t('rightsRequests.rectification.item.legend')}
        options={items.map((item) => ({
          value: toItemValue(item.categoryId, item.recordId, item.field),
          label: item.label,
          hint: t('rightsRequests.rectification.item.current', { value: item.currentValue }),
        }))}
      />
      <TextareaField
        name="correctValue"
        label={t('rightsRequests.rectification.correctValue.label')}
        maxCharacters={rightsRequestTextMaxCharacters}
        rows={2}
      />
      <TextareaField
        name="statement"
        label={t('rightsRequests.rectification.statement.label')}
        hint={t('rightsRequests.rectification.statement.hint')}
        isOptional
        maxCharacters={rightsRequestTextMaxCharacters}
        rows={5}
      />
      <ContinueButton />
    </Form>
  )
}

/** The account holder's name, as held: what can be corrected when no record of My data was chosen. */
function AccountNameRectification(props: RequestFormProps) {
  const t = useT()
  const account = useQuery(rightsRequestQueries.account())
  if (account.isPending) return <Spinner label={t('rightsRequests.loading')} />
  if (account.isError) {
    return (
      <ErrorState
        kind={getErrorStateKind(account.error)}
        onRetry={() => void account.refetch()}
        isRetrying={account.isFetching}
      />
    )
  }
  const items: RectificationItem[] = [
    {
      categoryId: 'account',
      recordId: accountRecordId,
      field: 'name',
      label: t('rightsRequests.rectification.item.name'),
      currentValue: account.data.name,
    },
  ]
  return <RectificationForm {...props} items={items} />
}

/** A record chosen in My data ("ask to correct"): its text fields, named as the register names them. */
function RecordRectification({
  categoryId,
  recordId,
  ...props
}: RequestFormProps & { categoryId: DataCategoryId; recordId: string }) {
  const { t, localize } = useI18n()
  const record = useQuery(rightsRequestQueries.dataRecord(categoryId, recordId))
  const register = useQuery(rightsRequestQueries.register())
  if (record.isPending || register.isPending) return <Spinner label={t('rightsRequests.loading')} />
  if (record.isError || register.isError) {
    const error = record.error ?? register.error
    return (
      <ErrorState
        kind={getErrorStateKind(error)}
        onRetry={() => {
          void record.refetch()
          void register.refetch()
        }}
        isRetrying={record.isFetching || register.isFetching}
      />
    )
  }
  const fields = register.data.categories.find((category) => category.id === categoryId)?.fields ?? []
  const items = record.data.fields.flatMap((field): RectificationItem[] => {
    const definition = fields.find((entry) => entry.key === field.key)
    // Only values held as text can be retyped; dates and amounts are explained by the team instead.
    if (!definition) return []
    const label = localize(definition.label)
    if (field.value.type === 'text')
      return [{ categoryId, recordId, field: field.key, label, currentValue: field.value.value }]
    if (field.value.type === 'label') {
      return [{ categoryId, recordId, field: field.key, label, currentValue: localize(field.value.value) }]
    }
    return []
  })
  if (items.length === 0) {
    return (
      <Alert variant="info" title={t('rightsRequests.rectification.nothing.title')}>
        <p>{t('rightsRequests.rectification.nothing.body')}</p>
      </Alert>
    )
  }
  return <RectificationForm {...props} items={items} />
}

/**
 * Art. 16: the item comes from My data's link (`?categoryId=…&recordId=…`), from the draft when coming back
 * through a "change" link, or else is the account holder's name.
 */
export function RectificationStep(props: RequestFormProps) {
  const [searchParams] = useSearchParams()
  const { draft } = props
  const fromDraft = draft?.kind === 'rectification' ? draft : undefined
  const categoryId = DataCategoryIdSchema.safeParse(fromDraft?.categoryId ?? searchParams.get('categoryId'))
  const recordId = fromDraft?.recordId ?? searchParams.get('recordId')
  if (categoryId.success && recordId !== null && !(categoryId.data === 'account' && recordId === accountRecordId)) {
    return <RecordRectification {...props} categoryId={categoryId.data} recordId={recordId} />
  }
  return <AccountNameRectification {...props} />
}

/** Art. 20: nothing to choose; the file covers the data the person provided, as JSON. */
export function PortabilityStep({ onContinue }: RequestFormProps) {
  const t = useT()
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <p>{t('rightsRequests.portability.what')}</p>
      <p>{t('rightsRequests.portability.how')}</p>
      <div>
        <Button onClick={() => onContinue({ kind: 'portability' })}>{t('rightsRequests.form.continue')}</Button>
      </div>
    </div>
  )
}
