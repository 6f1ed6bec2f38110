import type { ReactNode } from 'react'
import { useNavigate, useSearchParams } from 'react-router'

import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import { DataCategoryIdSchema } from '#src/contract/register'
import {
  ObjectionPurposeIdSchema,
  type CreateRightsRequestBody,
  type RightsRequestKind,
} from '#src/contract/rights-requests'
import { useT } from '#src/lib/i18n/i18n-context'

import { rightsRequestDrafts, useDraftOwnerId, useRightsRequestDraft } from '../draft-store'

import { kindDescriptionKeys } from './labels'
import {
  AccessForm,
  ErasureForm,
  ObjectionForm,
  PortabilityStep,
  RectificationStep,
  RestrictionForm,
  type RequestFormProps,
} from './request-forms'

const forms = {
  access: AccessForm,
  rectification: RectificationStep,
  erasure: ErasureForm,
  restriction: RestrictionForm,
  objection: ObjectionForm,
  portability: PortabilityStep,
} satisfies Record<RightsRequestKind, (props: RequestFormProps) => ReactNode>

/**
 * Answers given by a link from elsewhere (My data's "ask to erase this category", "object to this use"):
 * the flow starts with them chosen, and the person still confirms everything.
 */
function getPrefill(kind: RightsRequestKind, searchParams: URLSearchParams): CreateRightsRequestBody | undefined {
  const category = DataCategoryIdSchema.safeParse(searchParams.get('categoryId'))
  const purpose = ObjectionPurposeIdSchema.safeParse(searchParams.get('purposeId'))
  const recordId = searchParams.get('recordId')
  // "Ask to erase this item": only that record, which the person may remove or widen to categories.
  if (kind === 'erasure' && category.success && recordId) {
    return { kind, scope: 'items', categories: [], items: [{ categoryId: category.data, recordId }] }
  }
  if ((kind === 'access' || kind === 'erasure') && category.success) {
    return { kind, scope: 'categories', categories: [category.data] }
  }
  if (kind === 'objection' && purpose.success) return { kind, purposeId: purpose.data }
  return undefined
}

export type RequestFlowProps = { kind: RightsRequestKind; title: string }

/**
 * The questions of one right. Valid answers go to the in-memory draft, then to "check your answers";
 * coming back through a "change" link shows them again as they were.
 */
export function RequestFlow({ kind, title }: RequestFlowProps) {
  const t = useT()
  const navigate = useNavigate()
  const ownerId = useDraftOwnerId()
  const [searchParams] = useSearchParams()
  const draft = useRightsRequestDraft(ownerId, kind) ?? getPrefill(kind, searchParams)
  const FormOfKind = forms[kind]

  function handleContinue(answers: CreateRightsRequestBody) {
    if (ownerId === undefined) return
    rightsRequestDrafts.save(ownerId, answers)
    void navigate(paths.requestCheck.getHref(kind))
  }

  return (
    <div className="flex flex-col gap-6">
      <p className="max-w-2xl">{t(kindDescriptionKeys[kind])}</p>
      <FormOfKind draft={draft} onContinue={handleContinue} title={title} />
      <p>
        <TextLink to={paths.newRequest.getHref()}>{t('rightsRequests.flow.chooseAnother')}</TextLink>
      </p>
    </div>
  )
}
