import { useEffect, useId, useLayoutEffect, useRef, type ReactNode, type SyntheticEvent } from 'react'

import { cn } from '#src/lib/cn'
import { useT } from '#src/lib/i18n/i18n-context'

import { Button } from './button'

export type DialogProps = {
  isOpen: boolean
  /** Called for Esc, the close button and any other close request; the parent sets `isOpen` to false. */
  onClose: () => void
  title: ReactNode
  children: ReactNode
  /**
   * Where focus goes on open (WAI-ARIA modal dialog pattern): the first form field, or the heading for
   * warnings and confirmations, so the whole message is read before any action.
   */
  initialFocus?: 'first-field' | 'heading'
  /** Hide the "Close" button when the content has its own way out (ConfirmDialog's Cancel). */
  hasCloseButton?: boolean
  className?: string
}

const fieldSelector = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])'

/**
 * A modal built on the native `<dialog>` and `showModal()`: the browser makes the rest of the page
 * inert, keeps Tab within the dialog (and the browser's own toolbar), closes on Esc and draws it in the top layer (WAI-ARIA APG dialog).
 * React state stays the source of truth: Esc is turned into `onClose`, and the element follows
 * `isOpen`.
 */
export function Dialog({
  isOpen,
  onClose,
  title,
  children,
  initialFocus = 'heading',
  hasCloseButton = true,
  className,
}: DialogProps) {
  const t = useT()
  const titleId = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const openerRef = useRef<Element | null>(null)
  // Set while we close the element ourselves (unmount, StrictMode's effect replay), so the `close` event
  // that follows — synchronously or a task later — is not mistaken for the person closing the dialog.
  const isClosingItselfRef = useRef(false)

  // Layout effect: the dialog opens and takes focus in the same commit that renders it open.
  useLayoutEffect(() => {
    const dialog = dialogRef.current
    if (!dialog || !isOpen || dialog.open) return
    openerRef.current = document.activeElement
    dialog.showModal()
    const firstField = initialFocus === 'first-field' ? dialog.querySelector<HTMLElement>(fieldSelector) : null
    // Browsers differ on what showModal() focuses when nothing has `autofocus` (the dialog itself
    // or its first focusable element, which would be the Close button), so we choose explicitly.
    ;(firstField ?? headingRef.current)?.focus()

    return () => {
      if (dialog.open) {
        isClosingItselfRef.current = true
        dialog.close()
      }
    }
  }, [isOpen, initialFocus])

  useEffect(() => {
    if (!isOpen) return
    return () => {
      // Browsers return focus to the opener on close, but not when the dialog element is removed
      // with the page, and React may refocus the element that had focus inside the dialog when it
      // commits. A passive cleanup runs after that commit, so the opener gets focus in every case.
      const opener = openerRef.current
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [isOpen])

  function handleCancel(event: SyntheticEvent<HTMLDialogElement>) {
    // Esc: let the parent decide, so `isOpen` never disagrees with the element.
    event.preventDefault()
    onClose()
  }

  function handleClose() {
    if (isClosingItselfRef.current) {
      isClosingItselfRef.current = false
      return
    }
    // A close we did not start (e.g. a `<form method="dialog">` inside): tell the parent.
    if (isOpen) onClose()
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onCancel={handleCancel}
      onClose={handleClose}
      className={cn(
        'm-auto w-[calc(100%-2rem)] max-w-xl rounded border-2 border-ink bg-surface p-0 text-ink',
        className,
      )}
    >
      <div className="flex flex-col gap-4 p-4 sm:p-6">
        <div className="flex items-start justify-between gap-4">
          <h2 id={titleId} ref={headingRef} tabIndex={-1} className="text-2xl font-bold">
            {title}
          </h2>
          {hasCloseButton ? (
            <Button variant="quiet" className="w-auto shrink-0" onClick={onClose}>
              {t('forms.dialog.close')}
            </Button>
          ) : null}
        </div>
        {children}
      </div>
    </dialog>
  )
}
