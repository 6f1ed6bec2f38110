import * as z from 'zod/mini'

import { DateSchema, IdSchema, LocalizedTextSchema, TimestampSchema } from './common'
import { ConsentPurposeIdSchema, PolicyVersionSchema } from './consents'
import { DataCategoryIdSchema, PurposeIdSchema } from './register'

/*
 * The operator's privacy policy, version by version, as structured content: sections of headings,
 * paragraphs, lists, tables and the centre's own notes, every text as plain strings in both languages.
 * Never HTML: the client renders each block with its own elements, so nothing in a policy can run.
 * GDPR Art. 12(1) asks for the information in a concise, intelligible and easily accessible form, and
 * Art. 13(3) and 14(4) for changes to be told; previous versions stay readable (the policy promises an archive).
 *
 * Anchors. Every section and every passage of a version has an id, used as the `#fragment` of its URL
 * (`/policy#retention-table`, `/policy/versions/2024-03#purposes-b-4`). An id keeps its meaning from one
 * version to the next, so a link made today still lands on the same passage in a later version, and the
 * comparison pairs passages by id:
 * - a section or sub-section: its `PolicySectionId` (`retention`, `partners-sponsors-advertisers`);
 * - a block inside a section: `<section id>-<what it is>` (`retention-table`, `legal-bases-list`,
 *   `transfers-outside-eea`, `partners-sponsors-advertisers-note`);
 * - an item of a list: `<section id>-<letter or name>` or `<section id>-<letter>-<n>`, counting from 1 in the
 *   order of the text (`purposes-a`, `purposes-b-4`, `legal-bases-c`, `rights-erasure`, `third-parties-5`);
 * - a row of a table: `<section id>-<row>` (`retention-customer-service`).
 * Ids are lowercase words joined by hyphens (safe in a URL as they are), unique within a version.
 * The app builds these links with `paths.policy.getHref(id)` and `paths.policyVersion.getHref(version, id)`.
 */

/** The sections and sub-sections of the policy, by the stable id their anchor uses. */
export const PolicySectionIdSchema = z.enum([
  'privacy',
  'information-we-collect',
  'user-generated-information',
  'information-from-third-parties',
  /** Only in versions before 2018-05: cookies had a section of their own, then moved into `user-generated-information`. */
  'cookies',
  'purposes',
  'legal-bases',
  'required-information',
  'sharing',
  'group-transfers',
  'partners-sponsors-advertisers',
  'third-parties',
  'transfers',
  'retention',
  'security',
  'rights',
  'changes',
  'contact',
])
export type PolicySectionId = z.infer<typeof PolicySectionIdSchema>

/** The id of a section or a passage, used as a URL fragment as it is. */
export const PolicyAnchorSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80))

/** A line of text that may open with a term in bold ("Droit d’accès à vos informations personnelles :"). */
const PolicyTextItemSchema = z.object({
  id: PolicyAnchorSchema,
  term: z.nullable(LocalizedTextSchema),
  text: LocalizedTextSchema,
})
export type PolicyTextItem = z.infer<typeof PolicyTextItemSchema>

/** A list item with, at most, one level of items below it (the purposes' points A and B). */
export const PolicyListItemSchema = z.object({
  ...PolicyTextItemSchema.shape,
  items: z.array(PolicyTextItemSchema),
})
export type PolicyListItem = z.infer<typeof PolicyListItemSchema>

export const PolicyTableRowSchema = z.object({
  id: PolicyAnchorSchema,
  /** One entry per column; a cell holds one or more lines. The first cell names the row. */
  cells: z.array(z.array(LocalizedTextSchema)),
})
export type PolicyTableRow = z.infer<typeof PolicyTableRowSchema>

/**
 * The kinds of block. `note` is not the policy's text: it is the centre's reading of a passage (a
 * mistranslation, an ambiguity), shown apart and marked as the centre's, and left out of comparisons.
 * `bulleted` lists show bullets; `plain` lists carry their own markers in the text ("A) …").
 */
export const PolicyBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), id: PolicyAnchorSchema, text: LocalizedTextSchema }),
  z.object({ type: z.literal('paragraph'), ...PolicyTextItemSchema.shape }),
  z.object({
    type: z.literal('list'),
    id: PolicyAnchorSchema,
    style: z.enum(['bulleted', 'plain']),
    items: z.array(PolicyListItemSchema),
  }),
  z.object({
    type: z.literal('table'),
    id: PolicyAnchorSchema,
    caption: LocalizedTextSchema,
    columns: z.array(LocalizedTextSchema),
    rows: z.array(PolicyTableRowSchema),
  }),
  z.object({ type: z.literal('note'), id: PolicyAnchorSchema, text: LocalizedTextSchema }),
])
export type PolicyBlock = z.infer<typeof PolicyBlockSchema>

export const PolicySubsectionSchema = z.object({
  id: PolicySectionIdSchema,
  title: LocalizedTextSchema,
  blocks: z.array(PolicyBlockSchema),
})
export type PolicySubsection = z.infer<typeof PolicySubsectionSchema>

export const PolicySectionSchema = z.object({
  ...PolicySubsectionSchema.shape,
  subsections: z.array(PolicySubsectionSchema),
})
export type PolicySection = z.infer<typeof PolicySectionSchema>

/** What a change is about, so "what this means for you" can tell who it concerns and how to act. */
export const PolicyChangeAspectSchema = z.enum([
  'collection',
  'purpose',
  'legal-basis',
  'recipient',
  'transfer',
  'retention',
  'rights',
  'contact',
  'wording',
])

/**
 * One change a version made to the one before it, tagged with what it touches. `consentNeeded` names the
 * consent the change makes necessary: it is asked for separately, never assumed from reading the change.
 */
export const PolicyChangeSchema = z.object({
  id: PolicyAnchorSchema,
  sectionId: PolicySectionIdSchema,
  aspects: z.array(PolicyChangeAspectSchema),
  summary: LocalizedTextSchema,
  /** A significant change gets a more visible notice (the policy, "Modifications de la présente politique"). */
  isSignificant: z.boolean(),
  purposeIds: z.array(PurposeIdSchema),
  categoryIds: z.array(DataCategoryIdSchema),
  consentNeeded: z.nullable(ConsentPurposeIdSchema),
})
export type PolicyChange = z.infer<typeof PolicyChangeSchema>

/** What the archive says about a version; the text itself is `PolicyDocument`. */
export const PolicyVersionInfoSchema = z.object({
  id: PolicyVersionSchema,
  /** The calendar date (UTC) the version took or takes effect. */
  effectiveOn: DateSchema,
  summary: LocalizedTextSchema,
  isSignificant: z.boolean(),
  /**
   * Sample history made for the demonstration of the centre, not a text the operator published: the
   * earlier versions the consent ledger quotes and a planned future version. Always shown as such.
   */
  isSampleHistory: z.boolean(),
  /** The changes from the previous version; empty for the first. */
  changes: z.array(PolicyChangeSchema),
})
export type PolicyVersionInfo = z.infer<typeof PolicyVersionInfoSchema>

/** Where a version stands on the server's date: in force, replaced by a later one, or published ahead. */
export const PolicyVersionStatusSchema = z.enum(['in-force', 'superseded', 'upcoming'])
export type PolicyVersionStatus = z.infer<typeof PolicyVersionStatusSchema>

/** GET /policy/versions: every published version, newest first, with its status today. Public. */
export const PolicyArchiveSchema = z.object({
  inForceVersionId: PolicyVersionSchema,
  versions: z.array(z.object({ ...PolicyVersionInfoSchema.shape, status: PolicyVersionStatusSchema })),
})
export type PolicyArchive = z.infer<typeof PolicyArchiveSchema>

/**
 * GET /policy/versions/:versionId and /policy/versions/current: one version's full text. Public. The French
 * text is the reference; the English is a translation, and the page says so.
 */
export const PolicyDocumentSchema = z.object({
  ...PolicyVersionInfoSchema.shape,
  title: LocalizedTextSchema,
  referenceLanguage: z.literal('fr'),
  sections: z.array(PolicySectionSchema),
})
export type PolicyDocument = z.infer<typeof PolicyDocumentSchema>

/**
 * That the person has read about a version's changes, with when. It is never a consent to anything
 * (GDPR Art. 4(11), 7): consents are their own records, given separately.
 */
export const PolicyAcknowledgementSchema = z.object({
  id: IdSchema,
  versionId: PolicyVersionSchema,
  acknowledgedAt: TimestampSchema,
  /** `sign-up`: the version shown when the account was created; `privacy-centre`: the notice here. */
  channel: z.enum(['sign-up', 'privacy-centre']),
})
export type PolicyAcknowledgement = z.infer<typeof PolicyAcknowledgementSchema>

export const PolicyAcknowledgementListSchema = z.object({
  /** Newest first. */
  acknowledgements: z.array(PolicyAcknowledgementSchema),
})

/** POST /me/policy-acknowledgements: only the version in force can be acknowledged. */
export const CreatePolicyAcknowledgementBodySchema = z.object({
  versionId: z
    .string('validation.policy.versionId.required')
    .check(z.regex(/^\d{4}-\d{2}$/, 'validation.policy.versionId.required')),
})

/**
 * GET /me/policy-notice: the more visible notice of significant changes the person has not acknowledged
 * yet, or null. `sinceVersionId` is the last version they acknowledged (or the one in force when their
 * account was created); `changes` are the significant changes since; `consentsNeeded` the consents those
 * changes make necessary, to ask for separately.
 */
export const PolicyNoticeSchema = z.object({
  notice: z.nullable(
    z.object({
      version: PolicyVersionInfoSchema,
      sinceVersionId: PolicyVersionSchema,
      changes: z.array(PolicyChangeSchema),
      consentsNeeded: z.array(ConsentPurposeIdSchema),
    }),
  ),
})
export type PolicyNotice = z.infer<typeof PolicyNoticeSchema>
