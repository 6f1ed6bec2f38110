import { elementScroll, observeElementOffset, observeElementRect, Virtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useReducer, useRef, useState, type RefObject } from 'react'

export type RowWindowOptions = {
  count: number
  rowHeight: number
  scrollRef: RefObject<HTMLElement | null>
}

/**
 * The window of rows to draw in a scrolled list of fixed-height rows: TanStack Virtual's engine, re-rendering
 * only when the window moves by a row or the list grows (its own hook re-renders, synchronously, on every
 * scroll event, which cost long tasks over 100,000 rows). Before layout, and where there is none (a hidden
 * tab, jsdom), it assumes a screenful so rows still render.
 */
export function useRowWindow({ count, rowHeight, scrollRef }: RowWindowOptions): Virtualizer<HTMLElement, Element> {
  // The engine is a mutable object read during render: the React Compiler must not cache what it returns.
  'use no memo'
  const [, rerender] = useReducer((version: number) => version + 1, 0)
  const lastWindow = useRef('')
  const fallbackRect = { width: 960, height: rowHeight * 12 }
  const options: ConstructorParameters<typeof Virtualizer<HTMLElement, Element>>[0] = {
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 15,
    initialRect: fallbackRect,
    scrollToFn: elementScroll,
    observeElementOffset,
    observeElementRect: (instance, onChange) =>
      observeElementRect(instance, (rect) => onChange(rect.height > 0 ? rect : fallbackRect)),
    onChange: (instance) => {
      const current = `${String(instance.range?.startIndex)}:${String(instance.range?.endIndex)}:${String(instance.getTotalSize())}`
      if (current === lastWindow.current) return
      lastWindow.current = current
      rerender()
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
