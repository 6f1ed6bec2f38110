import type { ReactNode } from 'react'

import { useT } from '#src/lib/i18n/i18n-context'

import { Button } from './button'
import { Dialog } from './dialog'

export type ConfirmDialogProps = {
  isOpen: boolean
  title: ReactNode
  /** What will happen, in plain words. */
  children: ReactNode
  confirmLabel: string
  cancelLabel?: string
  /** `warning` for destructive actions such as erasure (GOV.UK warning button). */
  confirmVariant?: 'primary' | 'warning'
  onConfirm: () => void
  /** Cancel button and Esc. */
  onCancel: () => void
  /** While the confirmed action runs: the confirm button shows its pending state. */
  isPending?: boolean
}

/** A question with two answers. Focus starts on the heading so the consequence is read first. */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  cancelLabel,
  confirmVariant = 'primary',
  onConfirm,
  onCancel,
  isPending = false,
}: ConfirmDialogProps) {
  const t = useT()
  return (
    <Dialog isOpen={isOpen} onClose={onCancel} title={title} initialFocus="heading" hasCloseButton={false}>
      <div>{children}</div>
      <div className="flex flex-wrap gap-4">
        <Button variant={confirmVariant} isPending={isPending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {cancelLabel ?? t('forms.confirmDialog.cancel')}
        </Button>
      </div>
    </Dialog>
  )
}
