import { afterEach, vi } from 'vitest'

/**
 * jsdom has no object URLs and cannot "navigate" to a download; the app uses the real APIs in browsers.
 * These stand-ins keep each Blob the page built and the file name it offered, so a test reads the very
 * file a person would save. Call it before the click.
 */
export function captureDownloads() {
  const blobs: Blob[] = []
  const names: string[] = []
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      blobs.push(blob)
      return `blob:download-${String(blobs.length)}`
    },
  })
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined })
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download)
  })
  return { blobs, names, restore: () => click.mockRestore() }
}

afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL')
  Reflect.deleteProperty(URL, 'revokeObjectURL')
})
