import { useId } from 'react'

import { Heading, type HeadingLevel } from '#src/components/ui/heading'
import { cn } from '#src/lib/cn'
import { useI18n } from '#src/lib/i18n/i18n-context'

import type { BlockView, ListItemView, TableRowView, TextItemView } from '../policy-view'

import { RichTextView } from './rich-text'

type BlockProps = {
  /** The level of headings inside the block's section (the section's own heading is one level up). */
  headingLevel: HeadingLevel
  /** On a version's page each passage carries its anchor id; a comparison shows two versions and carries none. */
  hasAnchors: boolean
}

/** A passage someone linked to stands out while it is the URL's target. */
const anchorClasses = 'scroll-mt-4 target:bg-surface-muted'

function anchor(id: string, hasAnchors: boolean) {
  return hasAnchors ? { id } : {}
}

function ItemText({ item }: { item: TextItemView }) {
  return (
    <>
      {item.term ? (
        <>
          <strong>
            <RichTextView parts={item.term} />
          </strong>{' '}
        </>
      ) : null}
      <RichTextView parts={item.text} />
    </>
  )
}

function ListItem({ item, hasAnchors }: { item: ListItemView; hasAnchors: boolean }) {
  return (
    <li {...anchor(item.id, hasAnchors)} className={anchorClasses}>
      <ItemText item={item} />
      {item.items.length > 0 ? (
        <ul className="mt-1 list-disc space-y-1 ps-6">
          {item.items.map((sub) => (
            <li key={sub.id} {...anchor(sub.id, hasAnchors)} className={anchorClasses}>
              <ItemText item={sub} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  )
}

function TableRow({ row, hasAnchors }: { row: TableRowView; hasAnchors: boolean }) {
  const cellClasses = 'border-b border-border px-2 py-2 text-start align-top whitespace-pre-line'
  return (
    <tr {...anchor(row.id, hasAnchors)} className={anchorClasses}>
      {row.cells.map((cell, index) =>
        index === 0 ? (
          <th key={index} scope="row" className={cn(cellClasses, 'font-semibold')}>
            <RichTextView parts={cell} />
          </th>
        ) : (
          <td key={index} className={cellClasses}>
            <RichTextView parts={cell} />
          </td>
        ),
      )}
    </tr>
  )
}

function TableBlock({ view, hasAnchors }: { view: Extract<BlockView, { type: 'table' }>; hasAnchors: boolean }) {
  const captionId = useId()
  return (
    // Scrolls on its own at 320 px (WCAG 1.4.10); focusable and named so a keyboard can scroll it too.
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="my-4 max-w-full overflow-x-auto print:overflow-visible"
    >
      <table {...anchor(view.id, hasAnchors)} className={cn('w-full border-collapse', anchorClasses)}>
        <caption id={captionId} className="mb-2 text-start font-bold">
          <RichTextView parts={view.caption} />
        </caption>
        <thead>
          <tr>
            {view.columns.map((column, index) => (
              <th key={index} scope="col" className="border-b-2 border-ink px-2 py-2 text-start font-bold">
                <RichTextView parts={column} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <TableRow key={row.id} row={row} hasAnchors={hasAnchors} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The centre's note: apart from the policy, and saying it is not the policy's. */
function NoteBlock({ view, hasAnchors }: { view: Extract<BlockView, { type: 'note' }>; hasAnchors: boolean }) {
  const { t, locale } = useI18n()
  const labelId = useId()
  return (
    <div
      role="note"
      aria-labelledby={labelId}
      {...anchor(view.id, hasAnchors)}
      className={cn('my-4 max-w-prose border-l-4 border-info bg-surface-muted p-3 break-inside-avoid', anchorClasses)}
    >
      {/* The label is the page's language, even when the policy's text is shown in the other one (WCAG 3.1.2). */}
      <p id={labelId} lang={locale} className="font-bold">
        {t('policy.note.label')}
      </p>
      <p className="mt-1">
        <RichTextView parts={view.text} />
      </p>
    </div>
  )
}

/** One block of a policy: heading, paragraph, list, table or the centre's note, as React elements only. */
export function PolicyBlockView({ view, headingLevel, hasAnchors }: BlockProps & { view: BlockView }) {
  switch (view.type) {
    case 'heading':
      return (
        <Heading
          level={headingLevel}
          {...anchor(view.id, hasAnchors)}
          className={cn('mt-4 text-lg font-bold', anchorClasses)}
        >
          <RichTextView parts={view.text} />
        </Heading>
      )
    case 'paragraph':
      return (
        <p {...anchor(view.id, hasAnchors)} className={cn('my-3 max-w-prose', anchorClasses)}>
          <ItemText item={view} />
        </p>
      )
    case 'list':
      return (
        <ul
          {...anchor(view.id, hasAnchors)}
          className={cn(
            'my-3 max-w-prose space-y-2',
            view.style === 'bulleted' ? 'list-disc ps-6' : 'list-none',
            anchorClasses,
          )}
        >
          {view.items.map((item) => (
            <ListItem key={item.id} item={item} hasAnchors={hasAnchors} />
          ))}
        </ul>
      )
    case 'table':
      return <TableBlock view={view} hasAnchors={hasAnchors} />
    case 'note':
      return <NoteBlock view={view} hasAnchors={hasAnchors} />
  }
}
