import { elementScroll, observeElementOffset, observeElementRect, Virtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useState } from 'react'

export type RowWindowOptions = {
  count: number
  rowHeight: number
  /** The scrolling element, from a callback ref kept in state (null before it mounts). */
  scrollElement: HTMLElement | null
}

/**
 * The window of rows to draw in a scrolled list of fixed-height rows: TanStack Virtual's engine, re-rendering
 * only when the window moves by a row or the list grows (its own hook re-renders, synchronously, on every
 * scroll event, which cost long tasks over 100,000 rows). Before layout, and where there is none (a hidden
 * tab, jsdom), it assumes a screenful so rows still render.
 */
export function useRowWindow({ count, rowHeight, scrollElement }: RowWindowOptions): Virtualizer<HTMLElement, Element> {
  // The engine is a mutable object read during render: the React Compiler must not cache what it returns.
  'use no memo'
  // Setting the same window again is a no-op for React: only a moved window renders.
  const [, setWindow] = useState('')
  const fallbackRect = { width: 960, height: rowHeight * 12 }
  const options: ConstructorParameters<typeof Virtualizer<HTMLElement, Element>>[0] = {
    count,
    getScrollElement: () => scrollElement,
    estimateSize: () => rowHeight,
    // Few rows beyond the view: the whole table is laid out again each time rows come and go.
    overscan: 4,
    initialRect: fallbackRect,
    scrollToFn: elementScroll,
    observeElementOffset,
    observeElementRect: (instance, onChange) =>
      observeElementRect(instance, (rect) => onChange(rect.height > 0 ? rect : fallbackRect)),
    onChange: (instance) => {
      setWindow(
        `${String(instance.range?.startIndex)}:${String(instance.range?.endIndex)}:${String(instance.getTotalSize())}`,
      )
    },
  }
  const [virtualizer] = useState(() => new Virtualizer(options))
  virtualizer.setOptions(options)
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer])
  useLayoutEffect(() => {
    virtualizer._willUpdate()
  })
  return virtualizer
}
