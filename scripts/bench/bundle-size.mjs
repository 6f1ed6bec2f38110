/**
 * Bundle size: gzip bytes of what `/sign-in` loads first, and of all JavaScript.
 *
 * Sign-in first load = the entry chunk (index.html) + its static imports, recursively
 * + the lazily loaded route chunk whose source is src/app/routes/sign-in.tsx + its static imports
 * + the CSS those chunks pull in. Each file counts once. gzip at level 9, like most budget tools.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const SIGN_IN_ROUTE = 'src/app/routes/sign-in.tsx'
const SIGN_IN_JS_BUDGET = 150 * 1024

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length

/** Manifest keys reachable from `key` through static imports, `key` included. */
function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key) || !(key in manifest)) return seen
  seen.add(key)
  for (const imported of manifest[key].imports ?? []) staticClosure(manifest, imported, seen)
  return seen
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  )
}

export const bundleSize = {
  title: 'Bundle size (production build, gzip)',
  /** @param {import('./build.mjs').BenchContext} context */
  async run({ outDir, manifest }) {
    const notes = []
    const entryKey =
      Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('index.html')) ??
      Object.keys(manifest).find((key) => manifest[key].isEntry)
    if (!entryKey) throw new Error('no entry chunk in .vite/manifest.json')

    const keys = staticClosure(manifest, entryKey)
    if (SIGN_IN_ROUTE in manifest) {
      staticClosure(manifest, SIGN_IN_ROUTE, keys)
    } else {
      notes.push(`${SIGN_IN_ROUTE} is not in the manifest (not lazily loaded yet?): figure covers the entry only`)
    }

    const jsFiles = new Set()
    const cssFiles = new Set()
    for (const key of keys) {
      const chunk = manifest[key]
      if (chunk.file.endsWith('.js')) jsFiles.add(chunk.file)
      if (chunk.file.endsWith('.css')) cssFiles.add(chunk.file)
      for (const css of chunk.css ?? []) cssFiles.add(css)
    }
    const sum = (files) => [...files].reduce((total, file) => total + gzipSize(path.join(outDir, file)), 0)
    const signInJs = sum(jsFiles)
    const signInCss = sum(cssFiles)

    const allJs = listFiles(outDir).filter(
      (file) => file.endsWith('.js') && !file.includes(`${path.sep}.vite${path.sep}`),
    )
    const allJsSize = allJs.reduce((total, file) => total + gzipSize(file), 0)

    // Dynamic imports the entry starts with (e.g. the locale catalogue) load before the first render too,
    // but are outside the budget's definition: reported for context only.
    const entryDynamic = (manifest[entryKey].dynamicImports ?? []).filter(
      (key) => key !== SIGN_IN_ROUTE && key !== entryKey,
    )
    if (entryDynamic.length > 0) {
      notes.push(`not counted: entry's dynamic imports (${entryDynamic.join(', ')})`)
    }
    notes.push(`sign-in first-load JS files: ${[...jsFiles].join(', ')}`)
    if (cssFiles.size > 0) notes.push(`sign-in first-load CSS files: ${[...cssFiles].join(', ')}`)

    return {
      metrics: [
        { name: 'sign-in first-load JS', value: signInJs, unit: 'bytes', budget: SIGN_IN_JS_BUDGET },
        { name: 'sign-in first-load CSS', value: signInCss, unit: 'bytes' },
        { name: 'sign-in first-load JS + CSS', value: signInJs + signInCss, unit: 'bytes' },
        { name: `all JavaScript (${String(allJs.length)} files)`, value: allJsSize, unit: 'bytes' },
      ],
      notes,
    }
  },
}
