import type { LocalizedText } from '#src/contract/common'
import type { PolicyBlock, PolicySection } from '#src/contract/policies'
import type { Locale } from '#src/lib/i18n/message'

/*
 * What the renderer draws: a policy's blocks with their text in one language, each text a list of runs that
 * are unchanged, inserted or deleted. A version read on its own has only unchanged runs; a comparison (see
 * policy-diff.ts, loaded with the comparison page only) marks the differences. One renderer serves both.
 */

export type TextPart = { readonly kind: 'same' | 'added' | 'removed'; readonly text: string }
export type RichText = readonly TextPart[]

/** Whether a whole item, row or block was added or removed; null when it is in both versions. */
export type Presence = 'added' | 'removed' | null

export type TextItemView = { id: string; presence: Presence; term: RichText | null; text: RichText }
export type ListItemView = TextItemView & { items: TextItemView[] }
export type TableRowView = { id: string; presence: Presence; cells: RichText[] }

export type BlockView = { id: string; presence: Presence } & (
  | { type: 'heading'; text: RichText }
  | { type: 'paragraph'; term: RichText | null; text: RichText }
  | { type: 'list'; style: 'bulleted' | 'plain'; items: ListItemView[] }
  | { type: 'table'; caption: RichText; columns: RichText[]; rows: TableRowView[] }
  | { type: 'note'; text: RichText }
)

export function plain(text: string): RichText {
  return [{ kind: 'same', text }]
}

/** Every run of a text marked as inserted or deleted (a whole block, item or row that only one version has). */
export function marked(text: string, presence: Presence): RichText {
  return presence === null ? plain(text) : [{ kind: presence, text }]
}

/** A table cell's lines, kept apart by line breaks (rendered with `whitespace-pre-line`). */
export function cellText(lines: readonly LocalizedText[], locale: Locale): string {
  return lines.map((line) => line[locale]).join('\n')
}

/** A block of one version, all of it unchanged, or all of it inserted or deleted. */
export function toBlockView(block: PolicyBlock, locale: Locale, presence: Presence = null): BlockView {
  const text = (value: LocalizedText) => marked(value[locale], presence)
  const term = (value: LocalizedText | null) => (value ? text(value) : null)
  switch (block.type) {
    case 'heading':
    case 'note':
      return { type: block.type, id: block.id, presence, text: text(block.text) }
    case 'paragraph':
      return { type: 'paragraph', id: block.id, presence, term: term(block.term), text: text(block.text) }
    case 'list':
      return {
        type: 'list',
        id: block.id,
        presence,
        style: block.style,
        items: block.items.map((item) => ({
          id: item.id,
          presence,
          term: term(item.term),
          text: text(item.text),
          items: item.items.map((sub) => ({ id: sub.id, presence, term: term(sub.term), text: text(sub.text) })),
        })),
      }
    case 'table':
      return {
        type: 'table',
        id: block.id,
        presence,
        caption: text(block.caption),
        columns: block.columns.map(text),
        rows: block.rows.map((row) => ({
          id: row.id,
          presence,
          cells: row.cells.map((lines) => marked(cellText(lines, locale), presence)),
        })),
      }
  }
}

/** A section or sub-section, flattened: comparisons and tables of contents go through these one by one. */
export type PolicyUnit = {
  id: string
  title: LocalizedText
  /** The section a sub-section belongs to; null for a section. */
  parent: { id: string; title: LocalizedText } | null
  blocks: readonly PolicyBlock[]
}

export function toUnits(sections: readonly PolicySection[]): PolicyUnit[] {
  return sections.flatMap((section) => [
    { id: section.id, title: section.title, parent: null, blocks: section.blocks },
    ...section.subsections.map((sub) => ({
      id: sub.id,
      title: sub.title,
      parent: { id: section.id, title: section.title },
      blocks: sub.blocks,
    })),
  ])
}
