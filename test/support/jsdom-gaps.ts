/**
 * Test-only stand-ins for browser features jsdom 29 lacks. Components use the real APIs; only the
 * test environment is completed here. Remove each part once jsdom ships it.
 *
 * - HTMLDialogElement.show/showModal/close and `open` (jsdom/jsdom#3294, still open): enough of the
 *   HTML spec to test our Dialog — `open` reflects the attribute, showModal() opens, Esc on an open
 *   modal fires a cancelable `cancel` event and closes unless it is cancelled, close() fires
 *   `close`. Not emulated: inertness of the rest of the page, the top layer, the focus trap and
 *   the browser's own focus return; those are checked in real Chromium by the browser tests.
 * - Element.scrollIntoView: jsdom has no layout, so there is nothing to scroll; a no-op is exact.
 */
const modalStack: HTMLDialogElement[] = []

function handleEscape(event: KeyboardEvent) {
  if (event.key !== 'Escape') return
  const dialog = modalStack.at(-1)
  if (!dialog) return
  const cancel = new Event('cancel', { cancelable: true })
  if (dialog.dispatchEvent(cancel)) dialog.close()
}

if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  Object.defineProperty(HTMLDialogElement.prototype, 'open', {
    configurable: true,
    get(this: HTMLDialogElement) {
      return this.hasAttribute('open')
    },
    set(this: HTMLDialogElement, value: boolean) {
      this.toggleAttribute('open', value)
    },
  })
  HTMLDialogElement.prototype.show = function show(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    if (this.hasAttribute('open')) throw new DOMException('The dialog is already open.', 'InvalidStateError')
    this.setAttribute('open', '')
    modalStack.push(this)
    if (modalStack.length === 1) document.addEventListener('keydown', handleEscape)
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement, returnValue?: string) {
    if (!this.hasAttribute('open')) return
    if (returnValue !== undefined) this.returnValue = returnValue
    this.removeAttribute('open')
    const index = modalStack.indexOf(this)
    if (index !== -1) modalStack.splice(index, 1)
    if (modalStack.length === 0) document.removeEventListener('keydown', handleEscape)
    this.dispatchEvent(new Event('close'))
  }
}

if (typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = function scrollIntoView() {}
}
