/** Every URL of the app, in one place: routes register `path`, links call `getHref()`. */
export const paths = {
  signIn: {
    path: '/sign-in',
    getHref: (returnTo?: string) =>
      returnTo ? `/sign-in?${new URLSearchParams({ returnTo }).toString()}` : '/sign-in',
  },
  overview: { path: '/', getHref: () => '/' },
  contact: { path: '/contact', getHref: () => '/contact' },

  // My data
  myData: { path: '/my-data', getHref: () => '/my-data' },
  myDataAll: { path: '/my-data/all', getHref: () => '/my-data/all' },
  dataCategory: {
    path: '/my-data/:categoryId',
    getHref: (categoryId: string) => `/my-data/${encodeURIComponent(categoryId)}`,
  },
  dataRecord: {
    path: '/my-data/:categoryId/:recordId',
    getHref: (categoryId: string, recordId: string) =>
      `/my-data/${encodeURIComponent(categoryId)}/${encodeURIComponent(recordId)}`,
  },

  // Settings: contact details and contact preferences
  settings: { path: '/settings', getHref: () => '/settings' },
  confirmEmail: {
    path: '/settings/confirm-email',
    getHref: (token: string) => `/settings/confirm-email?${new URLSearchParams({ token }).toString()}`,
  },

  // Consents
  consents: { path: '/consents', getHref: () => '/consents' },
  consentReceipt: {
    path: '/consents/receipts/:eventId',
    getHref: (eventId: string) => `/consents/receipts/${encodeURIComponent(eventId)}`,
  },

  // Rights requests
  requests: { path: '/requests', getHref: () => '/requests' },
  newRequest: { path: '/requests/new', getHref: () => '/requests/new' },
  requestFlow: {
    path: '/requests/new/:kind',
    /** `query` pre-fills the flow from a link elsewhere, e.g. `{ categoryId, recordId }` from My data. */
    getHref: (kind: string, query?: Readonly<Record<string, string>>) =>
      `/requests/new/${encodeURIComponent(kind)}${query ? `?${new URLSearchParams(query).toString()}` : ''}`,
  },
  requestCheck: {
    path: '/requests/new/:kind/check',
    getHref: (kind: string) => `/requests/new/${encodeURIComponent(kind)}/check`,
  },
  requestComplaint: { path: '/requests/complaint', getHref: () => '/requests/complaint' },
  requestConfirmation: {
    path: '/requests/:requestId/confirmation',
    getHref: (requestId: string) => `/requests/${encodeURIComponent(requestId)}/confirmation`,
  },
  requestDetail: {
    path: '/requests/:requestId',
    getHref: (requestId: string) => `/requests/${encodeURIComponent(requestId)}`,
  },

  // Privacy policy: public pages. `anchor` is a section or passage id (the scheme is in contract/policies.ts).
  policy: { path: '/policy', getHref: (anchor?: string) => `/policy${anchor ? `#${encodeURIComponent(anchor)}` : ''}` },
  policyArchive: { path: '/policy/versions', getHref: () => '/policy/versions' },
  policyVersion: {
    path: '/policy/versions/:versionId',
    getHref: (versionId: string, anchor?: string) =>
      `/policy/versions/${encodeURIComponent(versionId)}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`,
  },
  policyCompare: {
    path: '/policy/compare',
    getHref: (from: string, to: string) => `/policy/compare?${new URLSearchParams({ from, to }).toString()}`,
  },
} as const
