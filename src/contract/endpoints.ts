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
  // My data (issue 3)
  // Settings: contact details and preferences (issue 4)
  // Consents (issue 5)
  // Rights requests (issue 6)
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
