import { isPossiblePhoneNumber } from 'libphonenumber-js/min'
import { http, type HttpHandler } from 'msw'

import { paths } from '#src/config/paths'
import {
  ConfirmEmailBodySchema,
  ContactDetailsSchema,
  ContactPreferencesSchema,
  ContactTopicParamsSchema,
  ContactTopicSchema,
  PreferenceChangeParamsSchema,
  PreferenceHistorySchema,
  StopMarketingResultSchema,
  UpdateContactDetailsBodySchema,
  UpdateContactTopicBodySchema,
  contactPreferenceRuleMessages,
  ChannelSchema,
  type ContactDetails,
  type ContactPreferences,
  type ContactTopic,
  type PreferenceHistory,
  type StopMarketingResult,
  type PreferenceChange,
  type PreferenceChangeAction,
  type UpdateContactTopicBody,
} from '#src/contract/contact-preferences'
import { endpoints } from '#src/contract/endpoints'
import { headers } from '#src/contract/headers'
import type { PurposeId } from '#src/contract/register'

import { apiUrl } from '../server/api-url'
import { addToDate, mockClock } from '../server/clock'
import { db } from '../server/db'
import { formatMailDateTime } from '../server/mail'
import { handle, withCsrf, withFreshAuth, withSession, type AuthInfo, type Reply } from '../server/middleware'
import { randomToken } from '../server/prng'
import { json, parseBody, problem, validationProblem } from '../server/responses'
import type { UserRecord } from '../session/records'
import { findUserByEmail, normaliseEmail } from '../session/users'

import type {
  ContactDetailsRecord,
  PreferenceHistoryRecord,
  TopicPreferenceRecord,
} from './records'
import { findTopicDefinition, topicDefinitions, type TopicDefinition } from './topics'

type ParamsInfo = AuthInfo & { params: Readonly<Record<string, string | readonly string[] | undefined>> }

/** How long the link sent to a new email address works (QUALITY check 60: time-limited). */
const emailConfirmationHours = 24
/** Changing the sign-in email needs an authentication at most this old (QUALITY check 8). */
const stepUpMaxAgeSeconds = 300

/* ------------------------------------------------------------------------------ contact details */

function findDetails(userId: string) {
  return db.contactDetails.findFirst((q) => q.where({ userId }))
}

/** Business rule: the change waiting for confirmation is the newest one neither used, replaced nor expired. */
function findOpenEmailChange(userId: string) {
  const now = mockClock.now().getTime()
  return db.emailChanges
    .findMany((q) => q.where({ userId }))
    .filter((change) => change.closedAt === null && new Date(change.expiresAt).getTime() > now)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]
}

function toContactDetails(user: UserRecord, details: ContactDetailsRecord) {
  return {
    email: user.email,
    pendingEmail: findOpenEmailChange(user.id)?.newEmail ?? null,
    phone: details.phone,
    postalAddress: details.postalAddress,
    language: details.language,
    version: details.version,
    updatedAt: details.updatedAt,
  }
}

/** The strong ETag of a version (RFC 9110 §8.8.3). */
function toEtag(version: number): string {
  return `"${String(version)}"`
}

function detailsResponse(user: UserRecord, details: ContactDetailsRecord) {
  return json(ContactDetailsSchema, toContactDetails(user, details), {
    headers: { [headers.etag]: toEtag(details.version) },
  })
}

/** Business rule: `If-Match` must name the current version; `*` or a list are not accepted for this resource. */
function readIfMatch(request: Request): string | null {
  const value = request.headers.get(headers.ifMatch)
  return value === null ? null : value.trim().replace(/^W\//, '')
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * Business rule: a new sign-in email waits for its owner. A single-use link goes to the new address; the
 * old address is told at once, so a person whose account was taken over can react (ASVS5 6.3.7).
 * Any earlier request still open is closed: only the newest link works.
 */
async function requestEmailChange(user: UserRecord, newEmail: string): Promise<void> {
  const now = mockClock.now()
  for (const change of db.emailChanges.findMany((q) => q.where({ userId: user.id }))) {
    if (change.closedAt === null) {
      await db.emailChanges.update(change, {
        data(draft) {
          draft.closedAt = now.toISOString()
        },
      })
    }
  }
  const token = randomToken(24)
  const expiresAt = addToDate(now, { seconds: emailConfirmationHours * 3600 }).toISOString()
  await db.emailChanges.create({
    id: `emc_${randomToken(8)}`,
    userId: user.id,
    newEmail,
    tokenDigest: await sha256Hex(token),
    createdAt: now.toISOString(),
    expiresAt,
    closedAt: null,
  })
  await db.outbox.create({
    id: `mail_${randomToken(8)}`,
    to: newEmail,
    subject: 'Confirmez votre nouvelle adresse e-mail',
    body: [
      'Bonjour,',
      '',
      'Vous avez demandé à utiliser cette adresse pour vous connecter au centre de confidentialité de Dialogra.',
      `Pour confirmer, ouvrez ce lien en étant connecté, avant le ${formatMailDateTime(expiresAt)} (UTC) :`,
      paths.confirmEmail.getHref(token),
      '',
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : rien ne changera.',
      '',
      'L’équipe confidentialité de Dialogra',
    ].join('\n'),
    sentAt: now.toISOString(),
  })
  await db.outbox.create({
    id: `mail_${randomToken(8)}`,
    to: user.email,
    subject: 'Demande de changement de votre adresse e-mail',
    body: [
      'Bonjour,',
      '',
      'Une demande a été faite pour remplacer l’adresse e-mail de connexion de votre compte Dialogra.',
      'Elle ne changera que lorsque le lien envoyé à la nouvelle adresse aura été ouvert.',
      'Si vous n’êtes pas à l’origine de cette demande, changez votre mot de passe et contactez-nous.',
      '',
      'L’équipe confidentialité de Dialogra',
    ].join('\n'),
    sentAt: now.toISOString(),
  })
}

function getContactDetails({ auth }: AuthInfo): Reply<ContactDetails> {
  const details = findDetails(auth.user.id)
  if (!details) return Promise.resolve(problem({ status: 404, code: 'not_found' }))
  return Promise.resolve(detailsResponse(auth.user, details))
}

/** Saves phone, address and language, and starts an email change when the email differs. */
async function saveContactDetails(info: AuthInfo): Reply<ContactDetails> {
  const { request, auth } = info
  const details = findDetails(auth.user.id)
  if (!details) return problem({ status: 404, code: 'not_found' })
  const ifMatch = readIfMatch(request)
  if (ifMatch === null) {
    return problem({ status: 428, code: 'precondition_failed', title: `Send an ${headers.ifMatch} header` })
  }
  const parsed = await parseBody(request, UpdateContactDetailsBodySchema)
  if (!parsed.ok) return parsed.response
  const body = parsed.data
  // The wire format is E.164; the country's numbering plan decides whether the number can exist (lengths).
  if (body.phone !== null && !isPossiblePhoneNumber(body.phone)) {
    return validationProblem({ phone: ['validation.contactDetails.phone.invalid'] })
  }
  if (ifMatch !== toEtag(details.version)) {
    return problem({ status: 409, code: 'conflict', title: 'These details were changed since you loaded them' })
  }
  const isEmailChange = normaliseEmail(body.email) !== normaliseEmail(auth.user.email)
  const save = async (): Reply<ContactDetails> => {
    const now = mockClock.now().toISOString()
    await db.contactDetails.update(details, {
      data(draft) {
        draft.phone = body.phone
        draft.postalAddress = body.postalAddress
        draft.language = body.language
        draft.version = details.version + 1
        draft.updatedAt = now
      },
    })
    if (isEmailChange) await requestEmailChange(auth.user, body.email)
    const saved = findDetails(auth.user.id)
    if (!saved) return problem({ status: 404, code: 'not_found' })
    return detailsResponse(auth.user, saved)
  }
  // Only a change of the sign-in email is sensitive: a phone number or an address is saved without asking.
  return isEmailChange ? withFreshAuth(stepUpMaxAgeSeconds)(save)(info) : save()
}

async function confirmEmail({ request, auth }: AuthInfo): Reply<ContactDetails> {
  const parsed = await parseBody(request, ConfirmEmailBodySchema)
  if (!parsed.ok) return parsed.response
  const tokenDigest = await sha256Hex(parsed.data.token)
  const change = findOpenEmailChange(auth.user.id)
  // A link of another account, an old, used or replaced link: all read the same, so nothing is revealed.
  if (!change || change.tokenDigest !== tokenDigest) {
    return validationProblem({ token: ['validation.contactDetails.confirmation.token.invalid'] })
  }
  const owner = findUserByEmail(change.newEmail)
  if (owner && owner.id !== auth.user.id) {
    return problem({ status: 409, code: 'conflict', title: 'This address is already used by another account' })
  }
  const now = mockClock.now().toISOString()
  const oldEmail = auth.user.email
  await db.emailChanges.update(change, {
    data(draft) {
      draft.closedAt = now
    },
  })
  const userRecord = db.users.findFirst((q) => q.where({ id: auth.user.id }))
  if (!userRecord) return problem({ status: 404, code: 'not_found' })
  await db.users.update(userRecord, {
    data(draft) {
      draft.email = change.newEmail
    },
  })
  await db.outbox.create({
    id: `mail_${randomToken(8)}`,
    to: oldEmail,
    subject: 'Votre adresse e-mail de connexion a changé',
    body: [
      'Bonjour,',
      '',
      `Depuis le ${formatMailDateTime(now)} (UTC), vous vous connectez à votre compte Dialogra avec une autre adresse e-mail.`,
      'Si vous n’êtes pas à l’origine de ce changement, contactez-nous sans attendre.',
      '',
      'L’équipe confidentialité de Dialogra',
    ].join('\n'),
    sentAt: now,
  })
  const user = db.users.findFirst((q) => q.where({ id: auth.user.id }))
  const details = findDetails(auth.user.id)
  if (!user || !details) return problem({ status: 404, code: 'not_found' })
  return detailsResponse(user, details)
}

/* -------------------------------------------------------------------------- contact preferences */

function findPreference(userId: string, topicId: PurposeId) {
  return db.topicPreferences.findFirst((q) => q.where({ userId, topicId }))
}

function toTopic(definition: TopicDefinition, record: TopicPreferenceRecord | undefined): ContactTopic {
  const { defaultChannels, defaultFrequency, ...topic } = definition
  return {
    ...topic,
    // Channels in the order the topic offers them, whatever order they were switched on in.
    channels: definition.availableChannels.filter((channel) => (record?.channels ?? defaultChannels).includes(channel)),
    frequency: topic.frequencies.length === 0 ? null : (record?.frequency ?? defaultFrequency),
  }
}

function listTopics(userId: string): ContactTopic[] {
  return topicDefinitions.map((definition) => toTopic(definition, findPreference(userId, definition.id)))
}

async function writePreference(userId: string, topic: ContactTopic): Promise<void> {
  const existing = findPreference(userId, topic.id)
  if (existing) {
    await db.topicPreferences.update(existing, {
      data(draft) {
        draft.channels = [...topic.channels]
        draft.frequency = topic.frequency
      },
    })
    return
  }
  await db.topicPreferences.create({
    id: `tpr_${userId}_${topic.id}`,
    userId,
    topicId: topic.id,
    channels: [...topic.channels],
    frequency: topic.frequency,
  })
}

/** What differs between two states of a topic, as history entries list it. */
function diffTopic(before: ContactTopic, after: ContactTopic): PreferenceChange[] {
  const changes: PreferenceChange[] = []
  for (const channel of before.availableChannels) {
    const was = before.channels.includes(channel)
    const is = after.channels.includes(channel)
    if (was !== is)
      changes.push({ topicId: before.id, setting: channel, from: was ? 'on' : 'off', to: is ? 'on' : 'off' })
  }
  if (after.frequency !== null && before.frequency !== after.frequency) {
    changes.push({ topicId: before.id, setting: 'frequency', from: before.frequency, to: after.frequency })
  }
  return changes
}

async function recordHistory(
  userId: string,
  action: PreferenceChangeAction,
  changes: PreferenceChange[],
): Promise<PreferenceHistoryRecord> {
  const record: PreferenceHistoryRecord = {
    id: `phe_${randomToken(8)}`,
    userId,
    at: mockClock.now().toISOString(),
    source: 'privacy-centre',
    action,
    changes,
    undoneAt: null,
  }
  await db.preferenceHistory.create(record)
  return record
}

/**
 * Business rules of a topic change: only channels the topic offers, only its frequencies, and a
 * contractual topic keeps exactly one channel (it cannot be switched off; GDPR Art. 6(1)(b)).
 * Returns the new state, or the field errors.
 */
function applyTopicChange(
  topic: ContactTopic,
  body: UpdateContactTopicBody,
): { ok: true; topic: ContactTopic } | { ok: false; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {}
  const channels = new Set(topic.channels)
  for (const channel of ChannelSchema.options) {
    const isOn = body.channels?.[channel]
    if (isOn === undefined) continue
    if (!topic.availableChannels.includes(channel)) {
      errors[`channels.${channel}`] = [contactPreferenceRuleMessages.channelUnavailable]
      continue
    }
    if (isOn) channels.add(channel)
    else channels.delete(channel)
  }
  if (topic.isRequired && channels.size !== 1) {
    errors.channels = [contactPreferenceRuleMessages.requiredTopicNeedsOneChannel]
  }
  if (body.frequency !== undefined && !topic.frequencies.includes(body.frequency)) {
    errors.frequency = [contactPreferenceRuleMessages.frequencyUnavailable]
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    topic: {
      ...topic,
      channels: topic.availableChannels.filter((channel) => channels.has(channel)),
      frequency: body.frequency ?? topic.frequency,
    },
  }
}

/** Channels that reach a phone: switching one on needs a number on file (the post needs an address, always on file). */
const phoneChannels: ReadonlySet<string> = new Set(['sms', 'phone'])

/** Business rule: SMS and calls cannot be switched on without a phone number to send them to. */
function findChannelsNeedingPhone(
  before: ContactTopic,
  after: ContactTopic,
  phone: string | null,
): Record<string, string[]> | null {
  if (phone !== null) return null
  const added = after.channels.filter((channel) => phoneChannels.has(channel) && !before.channels.includes(channel))
  if (added.length === 0) return null
  return Object.fromEntries(
    added.map((channel) => [`channels.${channel}`, [contactPreferenceRuleMessages.phoneNeeded]]),
  )
}

function getPreferences({ auth }: AuthInfo): Reply<ContactPreferences> {
  return Promise.resolve(json(ContactPreferencesSchema, { topics: listTopics(auth.user.id) }))
}

async function updateTopic({ request, auth, params }: ParamsInfo): Reply<ContactTopic> {
  const topicParams = ContactTopicParamsSchema.safeParse(params)
  const definition = topicParams.success ? findTopicDefinition(topicParams.data.topicId) : undefined
  if (!definition) return problem({ status: 404, code: 'not_found' })
  const parsed = await parseBody(request, UpdateContactTopicBodySchema)
  if (!parsed.ok) return parsed.response
  const before = toTopic(definition, findPreference(auth.user.id, definition.id))
  const result = applyTopicChange(before, parsed.data)
  if (!result.ok) return validationProblem(result.errors)
  const phoneErrors = findChannelsNeedingPhone(before, result.topic, findDetails(auth.user.id)?.phone ?? null)
  if (phoneErrors) return validationProblem(phoneErrors)
  const changes = diffTopic(before, result.topic)
  if (changes.length > 0) {
    await writePreference(auth.user.id, result.topic)
    await recordHistory(auth.user.id, 'update', changes)
  }
  return json(ContactTopicSchema, result.topic)
}

/**
 * Business rule: "Stop all marketing" switches off every channel of every marketing topic in one change,
 * recorded as one history entry that an undo can reverse (EDPB 03/2022: refusing as easy as accepting).
 */
async function stopMarketing({ auth }: AuthInfo): Reply<StopMarketingResult> {
  const changes: PreferenceChange[] = []
  for (const topic of listTopics(auth.user.id)) {
    if (!topic.isMarketing || topic.channels.length === 0) continue
    const after = { ...topic, channels: [] }
    changes.push(...diffTopic(topic, after))
    await writePreference(auth.user.id, after)
  }
  const entry = await recordHistory(auth.user.id, 'stop-marketing', changes)
  return json(StopMarketingResultSchema, { topics: listTopics(auth.user.id), changeId: entry.id })
}

/**
 * Business rule: undoing "Stop all marketing" switches back on what it switched off, except what the
 * person has changed again since. It works once.
 */
async function undoChange({ auth, params }: ParamsInfo): Reply<ContactPreferences> {
  const changeParams = PreferenceChangeParamsSchema.safeParse(params)
  const entry = changeParams.success
    ? db.preferenceHistory.findFirst((q) => q.where({ id: changeParams.data.changeId, userId: auth.user.id }))
    : undefined
  if (!entry || entry.action !== 'stop-marketing') return problem({ status: 404, code: 'not_found' })
  if (entry.undoneAt !== null) return problem({ status: 409, code: 'conflict', title: 'Already undone' })
  const changes: PreferenceChange[] = []
  for (const definition of topicDefinitions) {
    const before = toTopic(definition, findPreference(auth.user.id, definition.id))
    const restore = entry.changes.filter(
      (change) => change.topicId === definition.id && change.setting !== 'frequency' && change.to === 'off',
    )
    const channels = new Set(before.channels)
    for (const change of restore) if (change.setting !== 'frequency') channels.add(change.setting)
    const after = { ...before, channels: before.availableChannels.filter((channel) => channels.has(channel)) }
    const diff = diffTopic(before, after)
    if (diff.length === 0) continue
    changes.push(...diff)
    await writePreference(auth.user.id, after)
  }
  await db.preferenceHistory.update(entry, {
    data(draft) {
      draft.undoneAt = mockClock.now().toISOString()
    },
  })
  await recordHistory(auth.user.id, 'undo', changes)
  return json(ContactPreferencesSchema, { topics: listTopics(auth.user.id) })
}

function getHistory({ auth }: AuthInfo): Reply<PreferenceHistory> {
  const records = db.preferenceHistory.findMany((q) => q.where({ userId: auth.user.id }))
  // Newest first; entries of the same instant keep their order of creation, newest first too.
  const entries = records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => b.record.at.localeCompare(a.record.at) || b.index - a.index)
    .map(({ record }) => record)
  return Promise.resolve(json(PreferenceHistorySchema, { entries }))
}

/** The endpoints of Settings: contact details (with the sign-in email) and contact preferences. */
export const settingsHandlers: HttpHandler[] = [
  http.get(apiUrl(endpoints.contactDetails.get.path), handle(withSession(getContactDetails))),
  http.put(apiUrl(endpoints.contactDetails.update.path), handle(withSession(withCsrf(saveContactDetails)))),
  http.post(apiUrl(endpoints.contactDetails.confirmEmail.path), handle(withSession(withCsrf(confirmEmail)))),
  http.get(apiUrl(endpoints.contactPreferences.history.path), handle(withSession(getHistory))),
  http.get(apiUrl(endpoints.contactPreferences.get.path), handle(withSession(getPreferences))),
  http.post(apiUrl(endpoints.contactPreferences.stopMarketing.path), handle(withSession(withCsrf(stopMarketing)))),
  http.post(apiUrl(endpoints.contactPreferences.undo.path), handle(withSession(withCsrf(undoChange)))),
  http.patch(apiUrl(endpoints.contactPreferences.updateTopic.path), handle(withSession(withCsrf(updateTopic)))),
]
