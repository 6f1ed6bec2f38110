import * as z from 'zod/mini'

import { CountSchema, IdSchema, LocalizedTextSchema, TimestampSchema } from './common'
import { DataCategoryIdSchema } from './register'

/*
 * Consents (GDPR Art. 7) and the objection to direct marketing (Art. 21(2)-(3)). Every consent event is
 * kept, with the exact wording shown and the policy version in force, so the operator can demonstrate
 * each consent (Art. 7(1)) and the person can see and download the same record.
 */

/** The purposes the register bases on consent (PurposeIdSchema): each one a separate choice (Art. 7(2)). */
export const ConsentPurposeIdSchema = z.enum(['group-marketing', 'partner-sharing', 'cookies-consent'])
export type ConsentPurposeId = z.infer<typeof ConsentPurposeIdSchema>

/** A policy version id, the month it took effect: "2026-09". */
export const PolicyVersionSchema = z.string().check(z.regex(/^\d{4}-\d{2}$/))

/** Where a choice was made: this centre, the sign-up form, the cookie banner, or a rights request. */
export const ConsentChannelSchema = z.enum(['privacy-centre', 'sign-up', 'cookie-banner', 'rights-request'])
export type ConsentChannel = z.infer<typeof ConsentChannelSchema>

/** `renewed`: the same consent asked again and given again (a new policy version, the yearly cookie banner). */
export const ConsentActionSchema = z.enum(['given', 'withdrawn', 'renewed'])
export type ConsentAction = z.infer<typeof ConsentActionSchema>

/** `not-given`: never asked, or asked and not given. Nothing is ever pre-ticked (Art. 4(11), Recital 32). */
export const ConsentStatusSchema = z.enum(['given', 'withdrawn', 'not-given'])
export type ConsentStatus = z.infer<typeof ConsentStatusSchema>

/** One entry of the consent ledger: append-only, never edited. */
export const ConsentEventSchema = z.object({
  id: IdSchema,
  purposeId: ConsentPurposeIdSchema,
  /** The consent's name as it was shown then. */
  purposeTitle: LocalizedTextSchema,
  action: ConsentActionSchema,
  occurredAt: TimestampSchema,
  channel: ConsentChannelSchema,
  policyVersion: PolicyVersionSchema,
  /** The exact sentence the person was shown when making this choice. */
  wording: LocalizedTextSchema,
})
export type ConsentEvent = z.infer<typeof ConsentEventSchema>

export const ConsentSchema = z.object({
  purposeId: ConsentPurposeIdSchema,
  title: LocalizedTextSchema,
  /** What the consent allows, in plain words. */
  description: LocalizedTextSchema,
  /** What changes if it is withdrawn: the service itself never does (Art. 7(4), EDPB 05/2020 §3.1.4). */
  ifWithdrawn: LocalizedTextSchema,
  /** The exact sentence shown now, under the current policy version. */
  wording: LocalizedTextSchema,
  dataCategories: z.array(DataCategoryIdSchema),
  status: ConsentStatusSchema,
  /** The event that set the current status; null when never asked. */
  lastEvent: z.nullable(ConsentEventSchema),
})
export type Consent = z.infer<typeof ConsentSchema>

export const ConsentListSchema = z.object({
  currentPolicyVersion: PolicyVersionSchema,
  consents: z.array(ConsentSchema),
})
export type ConsentList = z.infer<typeof ConsentListSchema>

export const UpdateConsentBodySchema = z.object({
  isGiven: z.boolean('validation.consents.isGiven.required'),
})

export const ConsentEventListParamsSchema = z.object({
  purposeId: z.optional(ConsentPurposeIdSchema),
})

export const ConsentEventListSchema = z.object({
  /** Newest first. */
  events: z.array(ConsentEventSchema),
  total: CountSchema,
})
export type ConsentEventList = z.infer<typeof ConsentEventListSchema>

/**
 * One event with what a receipt needs besides it (ISO/IEC TS 27560 consent record; Kantara Consent
 * Receipt v1.1 where 27560 is silent): who consented, who the controller is, the purpose's legal basis
 * and data categories. The client builds the receipt file from this, so it quotes the server's record.
 */
export const ConsentReceiptSchema = z.object({
  ...ConsentEventSchema.shape,
  /** The consent record (one per person and purpose) this event belongs to. */
  recordId: IdSchema,
  principalId: IdSchema,
  controller: z.object({ name: z.string(), email: z.string(), phone: z.string() }),
  jurisdiction: z.string(),
  legalBasis: z.literal('consent'),
  purposeDescription: LocalizedTextSchema,
  dataCategories: z.array(DataCategoryIdSchema),
  /** The policy document the wording belongs to. */
  policyUrl: z.string(),
})
export type ConsentReceipt = z.infer<typeof ConsentReceiptSchema>

/** One change of the objection to direct marketing. */
export const ObjectionEventSchema = z.object({
  id: IdSchema,
  action: z.enum(['objected', 'objection-lifted']),
  occurredAt: TimestampSchema,
  channel: ConsentChannelSchema,
})

/**
 * The objection to direct marketing, including the profiling for tailored advertising that the policy
 * bases on legitimate interest (purpose 'tailored-advertising'). Absolute (Art. 21(3)): no reason asked.
 */
export const DirectMarketingObjectionSchema = z.object({
  purposeId: z.literal('tailored-advertising'),
  isObjecting: z.boolean(),
  /** Newest first. */
  history: z.array(ObjectionEventSchema),
})
export type DirectMarketingObjection = z.infer<typeof DirectMarketingObjectionSchema>

export const UpdateObjectionBodySchema = z.object({
  isObjecting: z.boolean('validation.consents.isObjecting.required'),
})
