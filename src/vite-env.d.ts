/// <reference types="vite/client" />

/** True in the dev server, the demo build and tests; false in production builds, which then contain no mock code. */
declare const __MOCKS_ENABLED__: boolean

interface ImportMetaEnv {
  readonly VITE_ENABLE_MOCKS?: string
  readonly VITE_API_BASE_URL?: string
}
