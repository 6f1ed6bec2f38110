import { HttpResponse } from 'msw'
import { parse, safeParse, type $ZodIssue, type $ZodType, type input, type output } from 'zod/v4/core'

import { headers } from '#src/contract/headers'
import {
  ProblemSchema,
  problemContentType,
  type FieldErrors,
  type Problem,
  type ProblemCode,
} from '#src/contract/problem'

import { mockClock } from './clock'

/**
 * Headers every API response carries. `no-store` because every response here is personal data or
 * sets/clears a session (ASVS5 14.3.2, QUALITY check 27). `Date` is the mock clock's time, so a
 * client can compute expiry countdowns against the server's clock, as it would with a real server.
 */
export function baseHeaders(init?: HeadersInit): Headers {
  const result = new Headers(init)
  result.set(headers.cacheControl, 'no-store')
  result.set('Date', mockClock.now().toUTCString())
  return result
}

/** A JSON success response, checked against its contract schema (strips server-only fields). */
export function json<S extends $ZodType<Record<string, unknown>>>(
  schema: S,
  data: input<S>,
  init: { status?: number; headers?: HeadersInit } = {},
): HttpResponse<output<S>> {
  return HttpResponse.json(parse(schema, data), { status: init.status ?? 200, headers: baseHeaders(init.headers) })
}

/**
 * A JSON success response from text already checked against its schema and serialised: for large or cached
 * bodies, where `HttpResponse.json` would measure the text again by copying it into a Blob.
 */
export function jsonText(text: string): HttpResponse<string> {
  return new HttpResponse(text, { status: 200, headers: baseHeaders({ 'Content-Type': 'application/json' }) })
}

export function noContent(init: { headers?: HeadersInit } = {}): HttpResponse<undefined> {
  return new HttpResponse<undefined>(null, { status: 204, headers: baseHeaders(init.headers) })
}

const titles: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

export type ProblemInit = {
  status: number
  code?: ProblemCode
  title?: string
  detail?: string
  errors?: FieldErrors
  headers?: HeadersInit
}

/** An RFC 9457 problem response, validated with the contract's ProblemSchema before it is sent. */
export function problem({ status, code, title, detail, errors, headers: extra }: ProblemInit): HttpResponse<Problem> {
  const body = ProblemSchema.parse({
    type: 'about:blank',
    title: title ?? titles[status] ?? 'Error',
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(code === undefined ? {} : { code }),
    ...(errors === undefined ? {} : { errors }),
  })
  const responseHeaders = baseHeaders(extra)
  responseHeaders.set('Content-Type', problemContentType)
  // HttpResponse.json keeps an explicit Content-Type, so the body is problem+json (RFC 9457).
  return HttpResponse.json(body, { status, headers: responseHeaders })
}

/** 422 with one entry per field path; messages are catalogue keys, passed through unchanged. */
export function validationProblem(errors: FieldErrors): HttpResponse<Problem> {
  return problem({ status: 422, code: 'validation_failed', title: 'Your request has errors', errors })
}

export function unauthenticated(): HttpResponse<Problem> {
  return problem({ status: 401, code: 'unauthenticated', title: 'You are not signed in' })
}

export function serverError(): HttpResponse<Problem> {
  // Generic on purpose: no stack trace, no internals (ASVS5 16.5.1).
  return problem({ status: 500, code: 'server_error', title: 'Something went wrong' })
}

/** Keys that could reach Object.prototype if a later merge copied them (QUALITY checks 7 and 63). */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype'])

export type ParsedBody<T> = { ok: true; data: T } | { ok: false; response: HttpResponse<Problem> }

function isJsonContentType(value: string | null): boolean {
  if (value === null) return false
  const mediaType = value.split(';')[0]?.trim().toLowerCase() ?? ''
  return mediaType === 'application/json' || mediaType.endsWith('+json')
}

/** Turns zod issues into the problem's `errors`: "address.postcode" → ['validation.postcode.format']. */
export function toFieldErrors(issues: readonly $ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    // An issue about the whole body (not an object, say) has an empty path; react-hook-form calls that "root".
    const path = issue.path.length === 0 ? 'root' : issue.path.map(String).join('.')
    const messages = errors[path] ?? []
    if (!messages.includes(issue.message)) messages.push(issue.message)
    errors[path] = messages
  }
  return errors
}

/**
 * Reads and validates a JSON body with the same contract schema the form uses (ASVS5 2.2.2):
 * 415 unless JSON, 400 for malformed JSON, 422 with field errors for a schema failure.
 * Unknown keys are stripped by the (non-strict) zod object, so clients cannot assert ownership fields.
 */
export async function parseBody<S extends $ZodType>(request: Request, schema: S): Promise<ParsedBody<output<S>>> {
  if (!isJsonContentType(request.headers.get('Content-Type'))) {
    return { ok: false, response: problem({ status: 415, title: 'Send the body as application/json' }) }
  }
  let raw: unknown
  try {
    const text = await request.clone().text()
    raw = JSON.parse(text, (key, value: unknown) => (forbiddenKeys.has(key) ? undefined : value))
  } catch {
    return { ok: false, response: problem({ status: 400, title: 'The request body is not valid JSON' }) }
  }
  const result = safeParse(schema, raw)
  if (!result.success) return { ok: false, response: validationProblem(toFieldErrors(result.error.issues)) }
  return { ok: true, data: result.data }
}
