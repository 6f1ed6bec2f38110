import { http, HttpResponse, type HttpHandler } from 'msw'

import { endpoints } from '#src/contract/endpoints'
import type { Problem } from '#src/contract/problem'
import {
  DataRecordPageSchema,
  DataRecordSchema,
  DataSummarySchema,
  RecordPageQuerySchema,
  recordPageMaxSize,
  type DataRecord,
  type DataRecordPage,
} from '#src/contract/profile'
import { DataCategoryIdSchema, type DataCategoryId } from '#src/contract/register'

import { apiUrl } from '../server/api-url'
import { mockClock } from '../server/clock'
import { handle, withSession, type AuthInfo } from '../server/middleware'
import { hashString } from '../server/prng'
import { baseHeaders, json, jsonText, problem, toFieldErrors, validationProblem } from '../server/responses'

import { demoRecordingSeconds, getRecord, queryRecords, summarise } from './records-query'

type Params = { params: Record<string, string | readonly string[] | undefined> }

const defaultPageSize = 100

function notFound() {
  return problem({ status: 404, code: 'not_found', title: 'No such record' })
}

/** An unknown category is a 404, like any resource that does not exist. */
function readCategory({ params }: Params): DataCategoryId | null {
  return DataCategoryIdSchema.safeParse(params.categoryId).data ?? null
}

function readRecordId({ params }: Params): string {
  const value = params.recordId
  return typeof value === 'string' ? value : ''
}

/**
 * Cursors are opaque to clients (they must not build them): here, the next offset, encoded. A real API
 * would use a keyset cursor; the filters travel again with each page, so the cursor only holds the position.
 */
function encodeCursor(offset: number): string {
  return btoa(`o:${offset}`).replaceAll('=', '')
}

function decodeCursor(cursor: string | undefined): number | null {
  if (cursor === undefined) return 0
  try {
    const match = /^o:(\d{1,9})$/.exec(atob(cursor))
    return match ? Number(match[1]) : null
  } catch {
    return null
  }
}

/**
 * The records page, checked against the contract like `json()` does, but sent without the Content-Length that
 * MSW's `HttpResponse.json` measures by copying the whole text into a Blob: that copy cost more than building
 * the page, and this is the largest and most frequent response (one per page while a long list scrolls).
 */
function recordPage(page: DataRecordPage): HttpResponse<string> {
  return jsonText(JSON.stringify(DataRecordPageSchema.parse(page)))
}

function listRecords(info: AuthInfo & Params): HttpResponse<string | Problem> {
  const categoryId = readCategory(info)
  if (!categoryId) return notFound()
  const query = Object.fromEntries(new URL(info.request.url).searchParams)
  const parsed = RecordPageQuerySchema.safeParse(query)
  if (!parsed.success) return validationProblem(toFieldErrors(parsed.error.issues))
  const { from, to, q, sort, cursor, limit } = parsed.data
  if (from && to && from > to) return validationProblem({ to: ['validation.myData.to.beforeFrom'] })
  const offset = decodeCursor(cursor)
  if (offset === null) return problem({ status: 400, title: 'The cursor is not one this server issued' })
  const page = queryRecords(info.auth.user, categoryId, {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(q ? { q } : {}),
    sort: sort ?? 'newest',
    offset,
    limit: Math.min(limit ?? defaultPageSize, recordPageMaxSize),
  })
  return recordPage({
    items: page.items,
    total: page.total,
    nextCursor: page.hasMore ? encodeCursor(offset + page.items.length) : null,
  })
}

function showRecord(info: AuthInfo & Params): HttpResponse<DataRecord | Problem> {
  const categoryId = readCategory(info)
  // Another person's record id finds nothing in this person's data: the same 404 as a made-up id.
  const record = categoryId ? getRecord(info.auth.user, categoryId, readRecordId(info)) : null
  return record ? json(DataRecordSchema, record) : notFound()
}

const sampleRate = 8_000

/**
 * A short tone standing in for the call's sound (8 kHz, 8-bit mono WAV, 16 KB), its pitch taken from the
 * record id so two recordings sound different. Real recordings would be served the same way.
 */
function toneWav(recordId: string): ArrayBuffer {
  const samples = sampleRate * demoRecordingSeconds
  const buffer = new ArrayBuffer(44 + samples)
  const view = new DataView(buffer)
  const ascii = (offset: number, value: string) => {
    for (let i = 0; i < value.length; i++) view.setUint8(offset + i, value.charCodeAt(i))
  }
  ascii(0, 'RIFF')
  view.setUint32(4, 36 + samples, true)
  ascii(8, 'WAVE')
  ascii(12, 'fmt ')
  view.setUint32(16, 16, true)
  view.setUint16(20, 1, true) // PCM
  view.setUint16(22, 1, true) // mono
  view.setUint32(24, sampleRate, true)
  view.setUint32(28, sampleRate, true) // byte rate
  view.setUint16(32, 1, true) // block align
  view.setUint16(34, 8, true) // bits per sample
  ascii(36, 'data')
  view.setUint32(40, samples, true)
  const frequency = 330 + (hashString(recordId) % 6) * 55
  for (let i = 0; i < samples; i++) {
    const fade = Math.min(1, i / 400, (samples - i) / 400)
    view.setUint8(44 + i, Math.round(128 + 60 * fade * Math.sin((2 * Math.PI * frequency * i) / sampleRate)))
  }
  return buffer
}

function playRecording(info: AuthInfo & Params): HttpResponse<ArrayBuffer | Problem> {
  const categoryId = readCategory(info)
  const record = categoryId ? getRecord(info.auth.user, categoryId, readRecordId(info)) : null
  // A deleted recording (past its one month) is a 404 like any missing one: nothing is kept to play.
  if (!record?.audio) return notFound()
  const responseHeaders = baseHeaders({ 'Content-Type': 'audio/wav' })
  return new HttpResponse(toneWav(record.id), { status: 200, headers: responseHeaders })
}

/** The endpoints of My data: the summary and the person's records. */
export const myDataHandlers: HttpHandler[] = [
  http.get(
    apiUrl(endpoints.profile.summary.path),
    handle(
      withSession(({ auth }) =>
        json(DataSummarySchema, {
          asOf: mockClock.now().toISOString(),
          categories: DataCategoryIdSchema.options.map((categoryId) => summarise(auth.user, categoryId)),
        }),
      ),
    ),
  ),
  http.get(apiUrl(endpoints.profile.records.path), handle(withSession(listRecords))),
  http.get(apiUrl(endpoints.profile.record.path), handle(withSession(showRecord))),
  http.get(apiUrl(endpoints.profile.recordingAudio.path), handle(withSession(playRecording))),
]
