import type { LocalizedText } from '#src/contract/common'
import type {
  PolicyBlock,
  PolicyListItem,
  PolicySection,
  PolicySectionId,
  PolicySubsection,
  PolicyTableRow,
  PolicyTextItem,
} from '#src/contract/policies'

/*
 * Small builders for the policy's structured text, so the versions read like the document they are, and
 * edits that derive one version from another (an earlier or a later one) by the passages' stable ids.
 */

export function text(fr: string, en: string): LocalizedText {
  return { fr, en }
}

export function heading(id: string, fr: string, en: string): PolicyBlock {
  return { type: 'heading', id, text: text(fr, en) }
}

export function paragraph(id: string, fr: string, en: string, term: LocalizedText | null = null): PolicyBlock {
  return { type: 'paragraph', id, term, text: text(fr, en) }
}

/** The centre's reading of a passage; shown apart from the policy and marked as the centre's. */
export function note(id: string, fr: string, en: string): PolicyBlock {
  return { type: 'note', id, text: text(fr, en) }
}

export function item(
  id: string,
  fr: string,
  en: string,
  { term = null, items = [] }: { term?: LocalizedText | null; items?: PolicyTextItem[] } = {},
): PolicyListItem {
  return { id, term, text: text(fr, en), items }
}

export function subItem(id: string, fr: string, en: string): PolicyTextItem {
  return { id, term: null, text: text(fr, en) }
}

export function list(id: string, style: 'bulleted' | 'plain', items: PolicyListItem[]): PolicyBlock {
  return { type: 'list', id, style, items }
}

export function row(id: string, cells: LocalizedText[][]): PolicyTableRow {
  return { id, cells }
}

export function subsection(id: PolicySectionId, title: LocalizedText, blocks: PolicyBlock[]): PolicySubsection {
  return { id, title, blocks }
}

export function section(
  id: PolicySectionId,
  title: LocalizedText,
  blocks: PolicyBlock[],
  subsections: PolicySubsection[] = [],
): PolicySection {
  return { id, title, blocks, subsections }
}

/* ---------------------------------------------------------------- edits between versions */

function mapBlocks(
  sections: readonly PolicySection[],
  change: (blocks: PolicyBlock[]) => PolicyBlock[],
): PolicySection[] {
  return sections.map((current) => ({
    ...current,
    blocks: change(current.blocks),
    subsections: current.subsections.map((sub) => ({ ...sub, blocks: change(sub.blocks) })),
  }))
}

function hasBlock(sections: readonly PolicySection[], blockId: string): boolean {
  return sections.some((current) =>
    [current, ...current.subsections].some((unit) => unit.blocks.some((block) => block.id === blockId)),
  )
}

/** Replaces the block with `blockId` (null removes it). Throws when there is none, so an edit never silently misses. */
export function replaceBlock(
  sections: readonly PolicySection[],
  blockId: string,
  next: PolicyBlock | null,
): PolicySection[] {
  if (!hasBlock(sections, blockId)) throw new Error(`No policy block "${blockId}"`)
  return mapBlocks(sections, (blocks) =>
    blocks.flatMap((block) => (block.id === blockId ? (next ? [next] : []) : [block])),
  )
}

/** Changes the items of the list with `listId`. */
export function editListItems(
  sections: readonly PolicySection[],
  listId: string,
  change: (items: PolicyListItem[]) => PolicyListItem[],
): PolicySection[] {
  if (!hasBlock(sections, listId)) throw new Error(`No policy list "${listId}"`)
  return mapBlocks(sections, (blocks) =>
    blocks.map((block) =>
      block.id === listId && block.type === 'list' ? { ...block, items: change(block.items) } : block,
    ),
  )
}

/** Replaces the row with `rowId` of the table with `tableId`. */
export function replaceTableRow(
  sections: readonly PolicySection[],
  tableId: string,
  next: PolicyTableRow,
): PolicySection[] {
  if (!hasBlock(sections, tableId)) throw new Error(`No policy table "${tableId}"`)
  return mapBlocks(sections, (blocks) =>
    blocks.map((block) =>
      block.id === tableId && block.type === 'table'
        ? { ...block, rows: block.rows.map((current) => (current.id === next.id ? next : current)) }
        : block,
    ),
  )
}
