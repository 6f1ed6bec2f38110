import { diffArrays, diffWords } from 'diff'

import type { LocalizedText } from '#src/contract/common'
import type { PolicyBlock, PolicyDocument, PolicyTextItem } from '#src/contract/policies'
import type { Locale } from '#src/lib/i18n/message'

import {
  cellText,
  marked,
  plain,
  toBlockView,
  toUnits,
  type BlockView,
  type ListItemView,
  type PolicyUnit,
  type RichText,
  type TableRowView,
  type TextItemView,
} from './policy-view'

/*
 * Compares two versions of the policy with jsdiff: sections, blocks, list items and table rows are paired by
 * their stable ids (so a reworded passage is one change, not a deletion and an insertion), then the text of
 * each pair is compared word by word. The centre's notes are not the policy's text and are left out.
 * This module, and jsdiff with it, loads with the comparison page only.
 */

export type UnitStatus = 'added' | 'removed' | 'changed' | 'unchanged'

export type UnitComparison = {
  id: string
  title: RichText
  /** The section a sub-section belongs to, in the later version (the earlier one for a removed sub-section). */
  parentTitle: string | null
  status: UnitStatus
  /** In both versions, but at another place in the later one. */
  isMoved: boolean
  blocks: BlockView[]
}

export type PolicyComparison = {
  /** Added, removed, changed or moved sections, in the later version's order (a removed one where it stood). */
  changed: UnitComparison[]
  unchanged: UnitComparison[]
}

type Pair<T> = { before?: T; after?: T }

/** Pairs two sequences by id, in order: jsdiff's longest common subsequence of the ids, then what is on one side only. */
function align<T extends { id: string }>(before: readonly T[], after: readonly T[]): Pair<T>[] {
  const beforeById = new Map(before.map((entry) => [entry.id, entry]))
  const afterById = new Map(after.map((entry) => [entry.id, entry]))
  return diffArrays(
    before.map((entry) => entry.id),
    after.map((entry) => entry.id),
  ).flatMap((change) =>
    change.value.map((id) =>
      change.added
        ? { after: afterById.get(id) }
        : change.removed
          ? { before: beforeById.get(id) }
          : { before: beforeById.get(id), after: afterById.get(id) },
    ),
  )
}

class TextComparer {
  private readonly segmenter: Intl.Segmenter

  constructor(private readonly locale: Locale) {
    this.segmenter = new Intl.Segmenter(locale, { granularity: 'word' })
  }

  text(before: string, after: string): RichText {
    if (before === after) return plain(after)
    return diffWords(before, after, { intlSegmenter: this.segmenter }).map((change) => ({
      kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
      text: change.value,
    }))
  }

  localized(before: LocalizedText, after: LocalizedText): RichText {
    return this.text(before[this.locale], after[this.locale])
  }

  optional(before: LocalizedText | null, after: LocalizedText | null): RichText | null {
    if (!before && !after) return null
    return this.text(before?.[this.locale] ?? '', after?.[this.locale] ?? '')
  }

  item(pair: Pair<PolicyTextItem>): TextItemView {
    const { before, after } = pair
    const side = after ?? before
    if (!side) throw new Error('An aligned pair has at least one side')
    if (!before || !after) {
      const presence = after ? 'added' : 'removed'
      return {
        id: side.id,
        presence,
        term: side.term ? marked(side.term[this.locale], presence) : null,
        text: marked(side.text[this.locale], presence),
      }
    }
    return {
      id: after.id,
      presence: null,
      term: this.optional(before.term, after.term),
      text: this.localized(before.text, after.text),
    }
  }

  block(before: PolicyBlock, after: PolicyBlock): BlockView[] {
    const presence = null
    if (before.type === 'heading' && after.type === 'heading') {
      return [{ type: 'heading', id: after.id, presence, text: this.localized(before.text, after.text) }]
    }
    if (before.type === 'paragraph' && after.type === 'paragraph') {
      return [{ type: 'paragraph', ...this.item({ before, after }) }]
    }
    if (before.type === 'list' && after.type === 'list') {
      const items = align(before.items, after.items).map((pair): ListItemView => {
        const item = this.item(pair)
        const subItems =
          pair.before && pair.after
            ? align(pair.before.items, pair.after.items).map((sub) => this.item(sub))
            : (pair.after ?? pair.before)?.items.map((sub) => this.item(pair.after ? { after: sub } : { before: sub }))
        return { ...item, items: subItems ?? [] }
      })
      return [{ type: 'list', id: after.id, presence, style: after.style, items }]
    }
    if (before.type === 'table' && after.type === 'table') {
      const rows = align(before.rows, after.rows).map(({ before: old, after: next }): TableRowView => {
        const row = next ?? old
        if (!row) throw new Error('An aligned pair has at least one side')
        if (!old || !next) {
          const rowPresence = next ? 'added' : 'removed'
          return {
            id: row.id,
            presence: rowPresence,
            cells: row.cells.map((lines) => marked(cellText(lines, this.locale), rowPresence)),
          }
        }
        const width = Math.max(old.cells.length, next.cells.length)
        return {
          id: next.id,
          presence: null,
          cells: Array.from({ length: width }, (_, index) =>
            this.text(cellText(old.cells[index] ?? [], this.locale), cellText(next.cells[index] ?? [], this.locale)),
          ),
        }
      })
      return [
        {
          type: 'table',
          id: after.id,
          presence,
          caption: this.localized(before.caption, after.caption),
          columns: after.columns.map((column, index) =>
            this.localized(before.columns[index] ?? { fr: '', en: '' }, column),
          ),
          rows,
        },
      ]
    }
    // A passage that changed kind (a paragraph become a list) reads best as removed, then added.
    return [toBlockView(before, this.locale, 'removed'), toBlockView(after, this.locale, 'added')]
  }

  blocks(before: readonly PolicyBlock[], after: readonly PolicyBlock[]): BlockView[] {
    return align(withoutNotes(before), withoutNotes(after)).flatMap(({ before: old, after: next }) => {
      if (old && next) return this.block(old, next)
      if (next) return [toBlockView(next, this.locale, 'added')]
      return old ? [toBlockView(old, this.locale, 'removed')] : []
    })
  }
}

function withoutNotes(blocks: readonly PolicyBlock[]): PolicyBlock[] {
  return blocks.filter((block) => block.type !== 'note')
}

function isChanged(parts: RichText | null): boolean {
  return parts?.some((part) => part.kind !== 'same') ?? false
}

function itemChanged(item: TextItemView): boolean {
  return item.presence !== null || isChanged(item.term) || isChanged(item.text)
}

/** Whether a block view shows any difference at all. */
export function blockChanged(view: BlockView): boolean {
  if (view.presence !== null) return true
  switch (view.type) {
    case 'heading':
    case 'note':
      return isChanged(view.text)
    case 'paragraph':
      return itemChanged(view)
    case 'list':
      return view.items.some((item) => itemChanged(item) || item.items.some(itemChanged))
    case 'table':
      return (
        isChanged(view.caption) ||
        view.columns.some(isChanged) ||
        view.rows.some((row) => row.presence !== null || row.cells.some(isChanged))
      )
  }
}

/** Units in both versions whose place changed: out of jsdiff's common sequence of their siblings, or under another section. */
function findMovedUnits(before: readonly PolicyUnit[], after: readonly PolicyUnit[]): Set<string> {
  const moved = new Set<string>()
  const parentOf = (units: readonly PolicyUnit[]) => new Map(units.map((unit) => [unit.id, unit.parent?.id ?? null]))
  const beforeParents = parentOf(before)
  const afterParents = parentOf(after)
  const siblings = (units: readonly PolicyUnit[], parentId: string | null) =>
    units.filter((unit) => (unit.parent?.id ?? null) === parentId).map((unit) => unit.id)
  for (const parentId of new Set([null, ...afterParents.values()])) {
    for (const change of diffArrays(siblings(before, parentId), siblings(after, parentId))) {
      if (!change.added && !change.removed) continue
      for (const id of change.value) if (beforeParents.has(id) && afterParents.has(id)) moved.add(id)
    }
  }
  for (const [id, parentId] of afterParents) {
    if (beforeParents.has(id) && beforeParents.get(id) !== parentId) moved.add(id)
  }
  return moved
}

/** Compares `before` with `after` (an earlier and a later version) in `locale`. */
export function comparePolicies(before: PolicyDocument, after: PolicyDocument, locale: Locale): PolicyComparison {
  const comparer = new TextComparer(locale)
  const beforeUnits = toUnits(before.sections)
  const afterUnits = toUnits(after.sections)
  const afterIds = new Set(afterUnits.map((unit) => unit.id))
  const beforeById = new Map(beforeUnits.map((unit) => [unit.id, unit]))
  const moved = findMovedUnits(beforeUnits, afterUnits)
  const units: UnitComparison[] = []

  for (const { before: old, after: next } of align(beforeUnits, afterUnits)) {
    // A moved unit shows once, at its place in the later version.
    if (old && !next && afterIds.has(old.id)) continue
    const earlier = old ?? (next ? beforeById.get(next.id) : undefined)
    const unit = next ?? earlier
    if (!unit) continue
    const parentTitle = unit.parent ? unit.parent.title[locale] : null
    if (!earlier || !next) {
      const status = next ? 'added' : 'removed'
      units.push({
        id: unit.id,
        title: [{ kind: status, text: unit.title[locale] }],
        parentTitle,
        status,
        isMoved: false,
        blocks: withoutNotes(unit.blocks).map((block) => toBlockView(block, locale, status)),
      })
      continue
    }
    const title = comparer.localized(earlier.title, next.title)
    const blocks = comparer.blocks(earlier.blocks, next.blocks)
    const isChangedUnit = isChanged(title) || blocks.some(blockChanged)
    units.push({
      id: next.id,
      title,
      parentTitle,
      status: isChangedUnit ? 'changed' : 'unchanged',
      isMoved: moved.has(next.id),
      blocks,
    })
  }

  return {
    changed: units.filter((unit) => unit.status !== 'unchanged' || unit.isMoved),
    unchanged: units.filter((unit) => unit.status === 'unchanged' && !unit.isMoved),
  }
}
