/**
 * Every endpoint of the API as method + path template, relative to the API base URL.
 * The client fills templates with `toPath`; the mock handlers register the same templates,
 * so a URL or a method cannot differ between the two.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
export type Endpoint = { readonly method: HttpMethod; readonly path: `/${string}` }

function endpoint<M extends HttpMethod, P extends `/${string}`>(method: M, path: P) {
  return { method, path } as const
}

export const endpoints = {
  session: {
    current: endpoint('GET', '/session'),
    signIn: endpoint('POST', '/session'),
    signOut: endpoint('DELETE', '/session'),
    reauthenticate: endpoint('POST', '/session/reauthenticate'),
  },
  account: {
    me: endpoint('GET', '/me'),
  },
  privacyMessages: {
    create: endpoint('POST', '/me/privacy-messages'),
  },
  // My data
  register: { get: endpoint('GET', '/register') },
  profile: {
    summary: endpoint('GET', '/me/data'),
    records: endpoint('GET', '/me/data/:categoryId/records'),
    record: endpoint('GET', '/me/data/:categoryId/records/:recordId'),
    /** A voice recording's sound (audio/wav), playable until the recording is deleted. */
    recordingAudio: endpoint('GET', '/me/data/:categoryId/records/:recordId/audio'),
  },
  // Settings: contact details and preferences
  contactDetails: {
    get: endpoint('GET', '/me/contact-details'),
    update: endpoint('PUT', '/me/contact-details'),
    confirmEmail: endpoint('POST', '/me/contact-details/email-confirmations'),
  },
  contactPreferences: {
    get: endpoint('GET', '/me/contact-preferences'),
    updateTopic: endpoint('PATCH', '/me/contact-preferences/:topicId'),
    stopMarketing: endpoint('POST', '/me/contact-preferences/stop-marketing'),
    undo: endpoint('POST', '/me/contact-preferences/history/:changeId/undo'),
    history: endpoint('GET', '/me/contact-preferences/history'),
  },
  // Consents
  consents: {
    list: endpoint('GET', '/me/consents'),
    update: endpoint('PUT', '/me/consents/:purposeId'),
    withdrawAll: endpoint('POST', '/me/consents/withdraw-all'),
    events: endpoint('GET', '/me/consent-events'),
    receipt: endpoint('GET', '/me/consent-events/:eventId'),
    objection: endpoint('GET', '/me/direct-marketing-objection'),
    updateObjection: endpoint('PUT', '/me/direct-marketing-objection'),
  },
  // Rights requests
  rightsRequests: {
    list: endpoint('GET', '/me/rights-requests'),
    create: endpoint('POST', '/me/rights-requests'),
    erasurePreview: endpoint('GET', '/me/rights-requests/erasure-preview'),
    detail: endpoint('GET', '/me/rights-requests/:requestId'),
    copy: endpoint('GET', '/me/rights-requests/:requestId/copy'),
    cancel: endpoint('POST', '/me/rights-requests/:requestId/cancel'),
  },
  // Privacy policy: versions are public (a signed-out visitor reads them); the notice and acknowledgements are the person's
  policy: {
    versions: endpoint('GET', '/policy/versions'),
    current: endpoint('GET', '/policy/versions/current'),
    version: endpoint('GET', '/policy/versions/:versionId'),
    notice: endpoint('GET', '/me/policy-notice'),
    acknowledgements: endpoint('GET', '/me/policy-acknowledgements'),
    acknowledge: endpoint('POST', '/me/policy-acknowledgements'),
  },
} as const

export type PathParams = Readonly<Record<string, string>>

/** Fills `:name` segments; each value is URI-encoded so ids can never change the path's shape. */
export function toPath(template: string, params: PathParams = {}): string {
  return template.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${template}`)
    return encodeURIComponent(value)
  })
}

export function isMutation(method: HttpMethod): boolean {
  return method !== 'GET'
}
