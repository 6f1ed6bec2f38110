/**
 * Mock and test code never ships (ASVS5 15.2.3), and no raw-HTML or dynamic-code sinks (ASVS5 1.3.2, 3.2.2),
 * as file scans: no browser is launched. Needs `npm run build` to have produced dist/; `npm test` and
 * `npm run test:e2e` build it before Playwright runs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

const root = path.resolve(import.meta.dirname, '../..')
const dist = path.join(root, 'dist')
const src = path.join(root, 'src')

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}

const relative = (file: string): string => path.relative(root, file)

/** Text that only mock or test code carries. `msw` is matched as a word so words like "msworld" don't count. */
const forbiddenInBundle: readonly (readonly [string, RegExp])[] = [
  ['setupWorker', /setupWorker/],
  ['mockServiceWorker', /mockServiceWorker/],
  ['__mocks', /__mocks/],
  ['msw', /\bmsw\b/i],
  ['?scenario=', /\?scenario=/],
  ['dev-panel', /dev-panel/],
  ['React Query Devtools', /ReactQueryDevtools|react-query-devtools/],
]

function distFiles(): string[] {
  expect(existsSync(path.join(dist, 'index.html')), 'dist/index.html is missing: run `npm run build` first').toBe(true)
  return listFiles(dist)
}

test('the production build ships no mock service worker file', () => {
  const names = distFiles().map(relative)
  expect(names.filter((name) => path.basename(name) === 'mockServiceWorker.js')).toEqual([])
})

test('the production bundle contains no mock, scenario or dev-panel code', () => {
  const textFiles = distFiles().filter((file) => /\.(js|mjs|css|html|json|txt|webmanifest)$/.test(file))
  expect(textFiles.length).toBeGreaterThan(0)
  const hits: string[] = []
  for (const file of textFiles) {
    const text = readFileSync(file, 'utf8')
    for (const [label, pattern] of forbiddenInBundle) {
      if (pattern.test(text)) hits.push(`${relative(file)}: ${label}`)
    }
  }
  expect(hits).toEqual([])
})

test('the production build publishes no source maps', () => {
  const files = distFiles()
  expect(files.filter((file) => file.endsWith('.map')).map(relative)).toEqual([])
  const withMapComment = files
    .filter((file) => /\.(js|css)$/.test(file) && statSync(file).size > 0)
    .filter((file) => /[#@] sourceMappingURL=/.test(readFileSync(file, 'utf8')))
    .map(relative)
  expect(withMapComment).toEqual([])
})

/** Raw-HTML and dynamic-code sinks banned by the lint config; this grep backs it up. */
const sinks: readonly (readonly [string, RegExp])[] = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
  ['eval', /(?<![\w$.])eval\s*\(|\.eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string setTimeout/setInterval', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
]

test('src/ contains no raw-HTML or dynamic-code sinks', () => {
  const hits: string[] = []
  for (const file of listFiles(src).filter((name) => /\.(ts|tsx|js|jsx|mts|cts)$/.test(name))) {
    const lines = readFileSync(file, 'utf8').split('\n')
    lines.forEach((line, index) => {
      for (const [label, pattern] of sinks) {
        if (pattern.test(line)) hits.push(`${relative(file)}:${String(index + 1)}: ${label}`)
      }
    })
  }
  expect(hits).toEqual([])
})
