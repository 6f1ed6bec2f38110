import type { LocalizedText } from '#src/contract/common'
import type { ConsentPurposeId, ConsentStatus } from '#src/contract/consents'
import type { PolicyChange } from '#src/contract/policies'
import type { DataCategory, DataCategoryId, Purpose, PurposeId } from '#src/contract/register'

/*
 * "What this means for you": which changes between two versions touch the person's own consents, the
 * purposes their data serves and the categories they have data in, and what they can do about each. The app
 * layer gathers those facts from the consents API, the register and the data summary; this is only the logic.
 */

/** What the person's account holds, as the consents API, the register and GET /me/data tell it. */
export type PersonalContext = {
  consents: ReadonlyArray<{ purposeId: ConsentPurposeId; status: ConsentStatus; title: LocalizedText }>
  purposes: readonly Purpose[]
  categories: readonly DataCategory[]
  categoryIdsWithData: ReadonlySet<DataCategoryId>
}

/** The state of that context while it loads, for the comparison page to show. */
export type PersonalContextState =
  | { status: 'signed-out' }
  | { status: 'pending' }
  | { status: 'error'; error: unknown; onRetry: () => void; isRetrying: boolean }
  | { status: 'ready'; context: PersonalContext }

export type ImpactAction =
  | { kind: 'withdraw'; purposeId: ConsentPurposeId; title: LocalizedText }
  | { kind: 'object'; purposeId: PurposeId; title: LocalizedText }
  | { kind: 'preferences' }
  | { kind: 'erasure'; category: DataCategory | null }

export type ChangeImpact = {
  versionId: string
  change: PolicyChange
  /** Consents the change touches that the person has given. */
  givenConsents: Array<{ purposeId: ConsentPurposeId; title: LocalizedText }>
  /** Consents it touches that the person has not given: nothing changes for them unless they give it. */
  otherConsents: Array<{ purposeId: ConsentPurposeId; title: LocalizedText }>
  /** Other purposes it touches that the person's data serves. */
  purposes: Purpose[]
  /** Categories it touches that the person has data in. */
  categories: DataCategory[]
  actions: ImpactAction[]
}

export type VersionedChange = { versionId: string; change: PolicyChange }

type Aspect = PolicyChange['aspects'][number]

/** Changes to what is kept, collected, sent where or used how can be answered by asking for erasure (GDPR Art. 17). */
const erasableAspects: ReadonlySet<Aspect> = new Set(['collection', 'purpose', 'recipient', 'transfer', 'retention'])

function getActions(impact: Omit<ChangeImpact, 'actions'>): ImpactAction[] {
  const actions: ImpactAction[] = impact.givenConsents.map(({ purposeId, title }) => ({
    kind: 'withdraw',
    purposeId,
    title,
  }))
  // Legitimate interests can be objected to (Art. 21(1)); direct marketing without grounds (Art. 21(2)).
  for (const purpose of impact.purposes) {
    if (purpose.legalBasis === 'legitimate-interest') {
      actions.push({ kind: 'object', purposeId: purpose.id, title: purpose.name })
    }
  }
  if (impact.purposes.some((purpose) => purpose.isDirectMarketing) || impact.givenConsents.length > 0) {
    actions.push({ kind: 'preferences' })
  }
  if (impact.categories.length > 0 && impact.change.aspects.some((aspect) => erasableAspects.has(aspect))) {
    actions.push({ kind: 'erasure', category: impact.categories.length === 1 ? (impact.categories[0] ?? null) : null })
  }
  return actions
}

/**
 * Sorts the changes into those that concern the person (with what to do) and the others. A change concerns
 * them when it touches a consent they gave, a purpose their data serves, or a category they have data in.
 */
export function getPersonalImpact(
  changes: readonly VersionedChange[],
  context: PersonalContext,
): { concerning: ChangeImpact[]; others: ChangeImpact[] } {
  const consentById = new Map<PurposeId, PersonalContext['consents'][number]>(
    context.consents.map((consent) => [consent.purposeId, consent]),
  )
  const categoriesWithData = context.categories.filter((category) => context.categoryIdsWithData.has(category.id))
  const purposesServed = new Set(categoriesWithData.flatMap((category) => category.purposeIds))
  const impacts = changes.map(({ versionId, change }): ChangeImpact => {
    const touchedConsents = change.purposeIds.flatMap((id) => {
      const consent = consentById.get(id)
      return consent ? [consent] : []
    })
    const impact = {
      versionId,
      change,
      givenConsents: touchedConsents.filter((consent) => consent.status === 'given'),
      otherConsents: touchedConsents.filter((consent) => consent.status !== 'given'),
      purposes: context.purposes.filter(
        (purpose) =>
          change.purposeIds.includes(purpose.id) && !consentById.has(purpose.id) && purposesServed.has(purpose.id),
      ),
      categories: categoriesWithData.filter((category) => change.categoryIds.includes(category.id)),
    }
    return { ...impact, actions: getActions(impact) }
  })
  const concerns = (impact: ChangeImpact) =>
    impact.givenConsents.length > 0 || impact.purposes.length > 0 || impact.categories.length > 0
  return { concerning: impacts.filter(concerns), others: impacts.filter((impact) => !concerns(impact)) }
}
