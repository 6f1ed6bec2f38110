import type { ReactNode } from 'react'

export type HintProps = { id: string; children: ReactNode }

/** Help text under a label, linked to the field by aria-describedby. */
export function Hint({ id, children }: HintProps) {
  return (
    <div id={id} className="text-ink-muted">
      {children}
    </div>
  )
}
