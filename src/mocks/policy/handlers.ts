import { http, type DefaultBodyType, type HttpHandler, type HttpResponse, type PathParams } from 'msw'

import { endpoints } from '#src/contract/endpoints'
import {
  CreatePolicyAcknowledgementBodySchema,
  PolicyAcknowledgementListSchema,
  PolicyAcknowledgementSchema,
  PolicyArchiveSchema,
  PolicyDocumentSchema,
  PolicyNoticeSchema,
  type PolicyAcknowledgement,
  type PolicyArchive,
  type PolicyDocument,
  type PolicyVersionStatus,
} from '#src/contract/policies'
import type { Problem } from '#src/contract/problem'

import { apiUrl } from '../server/api-url'
import { mockClock } from '../server/clock'
import { db } from '../server/db'
import { handle, withCsrf, withSession, type AuthInfo, type Reply } from '../server/middleware'
import { randomToken } from '../server/prng'
import { json, parseBody, problem, validationProblem } from '../server/responses'
import { resumeSession } from '../session/session-store'

import { getAcknowledgements, getPolicyNotice } from './rules'
import { findVersion, getPublishedVersions, getVersionInForceAt, toDocument, toVersionInfo } from './versions'

/**
 * The policy is public: a signed-out visitor reads every published version. A signed-in person's read still
 * counts as activity for their session, as it would for a server that receives the session cookie with it
 * (the client restarts its idle countdown on every successful response).
 */
function publicRead<I extends { request: Request }, R extends DefaultBodyType>(resolver: (info: I) => HttpResponse<R>) {
  return async (info: I): Promise<HttpResponse<R>> => {
    await resumeSession()
    return resolver(info)
  }
}

function notFound() {
  return problem({ status: 404, code: 'not_found', title: 'Not found' })
}

function listVersions(): HttpResponse<PolicyArchive> {
  const now = mockClock.now()
  const inForce = getVersionInForceAt(now)
  const status = (id: string, effectiveOn: string): PolicyVersionStatus =>
    id === inForce.id ? 'in-force' : `${effectiveOn}T00:00:00.000Z` > now.toISOString() ? 'upcoming' : 'superseded'
  const versions = getPublishedVersions(now)
    .reverse()
    .map((version) => ({ ...toVersionInfo(version), status: status(version.id, version.effectiveOn) }))
  return json(PolicyArchiveSchema, { inForceVersionId: inForce.id, versions })
}

function readCurrentVersion(): HttpResponse<PolicyDocument> {
  return json(PolicyDocumentSchema, toDocument(getVersionInForceAt(mockClock.now())))
}

/** A version not yet published is as unknown as one that never existed. */
function readVersion({ params }: { request: Request; params: PathParams }): HttpResponse<PolicyDocument | Problem> {
  const id = typeof params.versionId === 'string' ? params.versionId : ''
  const published = getPublishedVersions(mockClock.now()).some((version) => version.id === id)
  const version = published ? findVersion(id) : undefined
  if (!version) return notFound()
  return json(PolicyDocumentSchema, toDocument(version))
}

function readNotice({ auth }: AuthInfo) {
  return json(PolicyNoticeSchema, { notice: getPolicyNotice(auth.user, mockClock.now()) })
}

function listAcknowledgements({ auth }: AuthInfo) {
  return json(PolicyAcknowledgementListSchema, { acknowledgements: getAcknowledgements(auth.user.id) })
}

/**
 * Business rule: only the version in force can be acknowledged, once; asking again answers the record already
 * kept (200 instead of 201). The record holds the version and the time, and nothing else: no consent follows.
 */
async function acknowledge({ request, auth }: AuthInfo): Reply<PolicyAcknowledgement> {
  const parsed = await parseBody(request, CreatePolicyAcknowledgementBodySchema)
  if (!parsed.ok) return parsed.response
  const inForce = getVersionInForceAt(mockClock.now())
  if (parsed.data.versionId !== inForce.id) {
    return validationProblem({ versionId: ['validation.policy.versionId.notInForce'] })
  }
  const existing = db.policyAcknowledgements.findFirst((q) => q.where({ userId: auth.user.id, versionId: inForce.id }))
  if (existing) return json(PolicyAcknowledgementSchema, existing)
  const record = await db.policyAcknowledgements.create({
    id: `pack_${randomToken(8)}`,
    userId: auth.user.id,
    versionId: inForce.id,
    acknowledgedAt: mockClock.now().toISOString(),
    channel: 'privacy-centre',
  })
  return json(PolicyAcknowledgementSchema, record, { status: 201 })
}

/** The privacy policy's endpoints: versions are public; the notice and acknowledgements are the person's. */
export const policyHandlers: HttpHandler[] = [
  // Registered before `:versionId`, which would otherwise take "current" for a version id.
  http.get(apiUrl(endpoints.policy.current.path), handle(publicRead(readCurrentVersion))),
  http.get(apiUrl(endpoints.policy.versions.path), handle(publicRead(listVersions))),
  http.get(apiUrl(endpoints.policy.version.path), handle(publicRead(readVersion))),
  http.get(apiUrl(endpoints.policy.notice.path), handle(withSession(readNotice))),
  http.get(apiUrl(endpoints.policy.acknowledgements.path), handle(withSession(listAcknowledgements))),
  http.post(apiUrl(endpoints.policy.acknowledge.path), handle(withSession(withCsrf(acknowledge)))),
]
