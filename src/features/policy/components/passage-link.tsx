import type { MouseEvent, ReactNode } from 'react'

import { focusPassage } from './focus-passage'

/**
 * A link to a passage of this page. It moves focus there and puts the anchor in the address bar without a
 * navigation: the router would otherwise treat the new hash as a new page and send focus back to the heading.
 */
export function PassageLink({ id, children }: { id: string; children: ReactNode }) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    if (!focusPassage(id)) return
    event.preventDefault()
    window.history.replaceState(window.history.state, '', `#${id}`)
  }
  return (
    <a href={`#${id}`} onClick={handleClick}>
      {children}
    </a>
  )
}
