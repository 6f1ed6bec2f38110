/**
 * The document headers themselves (strict CSP, ASVS5 3.4.3): the production policy (what `vite preview` of dist/
 * and the host send) has no `worker-src`, the mock/demo policy adds only `worker-src 'self'`, and
 * vite.config.ts wires them to preview by mode and keeps the CSP off the dev server.
 */
import type { ConfigEnv, UserConfig } from 'vite'
import { describe, expect, it } from 'vitest'

import {
  cacheControlFor,
  contentSecurityPolicy,
  documentHeaders,
  parseCsp,
} from '../../scripts/lib/document-headers.mjs'
import viteConfig from '../../vite.config'

const production = parseCsp(contentSecurityPolicy({ mockServiceWorker: false }))
const demo = parseCsp(contentSecurityPolicy({ mockServiceWorker: true }))

describe('Content-Security-Policy', () => {
  it('production has the required strict directives and no worker-src', () => {
    expect(Object.fromEntries(production)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'self'"],
    })
    expect(production.has('worker-src')).toBe(false)
  })

  it('no policy allows inline or eval script', () => {
    for (const policy of [production, demo]) {
      for (const directive of ['script-src', 'default-src']) {
        expect(policy.get(directive)).not.toContain("'unsafe-inline'")
        expect(policy.get(directive)).not.toContain("'unsafe-eval'")
      }
    }
  })

  it('the demo policy is production plus worker-src self, nothing else', () => {
    expect(demo.get('worker-src')).toEqual(["'self'"])
    const withoutWorker = new Map(demo)
    withoutWorker.delete('worker-src')
    expect(withoutWorker).toEqual(production)
  })
})

describe('the document header set', () => {
  const headers = documentHeaders({ mockServiceWorker: false })

  it('has HSTS for at least a year, including subdomains', () => {
    const hsts = headers['Strict-Transport-Security'] ?? ''
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000)
    expect(hsts).toContain('includeSubDomains')
  })

  it('has nosniff, a referrer policy, COOP, a permissions policy and a no-cache document', () => {
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cache-Control': 'no-cache',
    })
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/)
  })

  it('makes hashed assets immutable and revalidates everything else', () => {
    expect(cacheControlFor('/assets/index-c5cXZUCy.css')).toMatch(/immutable/)
    for (const path of ['/', '/index.html', '/sign-in', '/favicon.svg', '/mockServiceWorker.js']) {
      expect(cacheControlFor(path)).toBe('no-cache')
    }
  })
})

describe('vite.config.ts', () => {
  /**
   * Vitest has loaded .env.test (VITE_ENABLE_MOCKS=true) into process.env, which loadEnv would prefer to
   * the mode's .env files: the config is resolved with it removed, as in a plain `vite preview`.
   */
  function resolve(mode: string, isPreview: boolean): UserConfig {
    const env: ConfigEnv = { command: 'serve', mode, isPreview, isSsrBuild: false }
    const saved = process.env.VITE_ENABLE_MOCKS
    delete process.env.VITE_ENABLE_MOCKS
    try {
      return viteConfig(env)
    } finally {
      if (saved !== undefined) process.env.VITE_ENABLE_MOCKS = saved
    }
  }

  it('`vite preview` (production mode) sends the production CSP, without worker-src', () => {
    const config = resolve('production', true)
    const csp = parseCsp(String(config.preview?.headers?.['Content-Security-Policy']))
    expect(csp).toEqual(production)
  })

  it('`vite preview --mode demo` adds worker-src for the MSW worker', () => {
    const config = resolve('demo', true)
    const csp = parseCsp(String(config.preview?.headers?.['Content-Security-Policy']))
    expect(csp).toEqual(demo)
  })

  it('the dev server gets the other headers but no CSP (HMR injects inline code)', () => {
    const config = resolve('mock', false)
    expect(config.server?.headers?.['Content-Security-Policy']).toBeUndefined()
    expect(config.server?.headers?.['X-Content-Type-Options']).toBe('nosniff')
  })
})
