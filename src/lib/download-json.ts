/**
 * Saves JSON built in the page as a file (a consent receipt, a request's copy): a Blob behind a temporary
 * object URL, released right after. Nothing is stored by the app.
 */
export function downloadJson(fileName: string, value: unknown): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked on the next task: Chromium starts the download from the click, after this handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
