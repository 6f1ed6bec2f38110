import { expect, test } from 'vitest'

import type { PolicyDocument, PolicySection } from '#src/contract/policies'
import { comparePolicies } from '#src/features/policy/policy-diff'

const t = (text: string) => ({ fr: text, en: text })

function document(sections: PolicySection[]): PolicyDocument {
  return {
    id: '2026-09',
    effectiveOn: '2026-09-01',
    summary: t(''),
    isSignificant: false,
    isSampleHistory: false,
    changes: [],
    title: t('Politique'),
    referenceLanguage: 'fr',
    sections,
  }
}

function section(id: PolicySection['id'], text: string, subsections: PolicySection['subsections'] = []): PolicySection {
  return { id, title: t(id), blocks: [{ type: 'paragraph', id: `${id}-text`, term: null, text: t(text) }], subsections }
}

test('sections pair by id: added, removed, moved and changed, in the order of the text', () => {
  const before = document([
    section('privacy', 'A'),
    section('cookies', 'gone'),
    section('security', 'B'),
    section('retention', 'kept 5 years'),
  ])
  const after = document([
    section('privacy', 'A'),
    section('retention', 'kept 10 years'),
    section('security', 'B'),
    section('legal-bases', 'new'),
  ])
  const { changed, unchanged } = comparePolicies(before, after, 'fr')
  expect(unchanged.map((unit) => unit.id)).toEqual(['privacy'])
  // A removed section stays where it stood; the others follow the later version's order.
  expect(changed.map((unit) => [unit.id, unit.status, unit.isMoved])).toEqual([
    ['cookies', 'removed', false],
    ['retention', 'changed', false],
    ['security', 'unchanged', true],
    ['legal-bases', 'added', false],
  ])
})

test('a sub-section that moves to another section is moved; the centre’s notes are never compared', () => {
  const before = document([
    section('sharing', 'S', [{ id: 'third-parties', title: t('Tiers'), blocks: [] }]),
    section('transfers', 'T'),
  ])
  const after = document([
    section('sharing', 'S'),
    {
      ...section('transfers', 'T', [{ id: 'third-parties', title: t('Tiers'), blocks: [] }]),
      blocks: [
        { type: 'paragraph', id: 'transfers-text', term: null, text: t('T') },
        { type: 'note', id: 'transfers-note', text: t('Note du centre') },
      ],
    },
  ])
  const { changed } = comparePolicies(before, after, 'fr')
  expect(changed.map((unit) => [unit.id, unit.status, unit.isMoved])).toEqual([['third-parties', 'unchanged', true]])
})

test('words are compared one by one, and a block that changed kind is removed then added', () => {
  const before = document([section('retention', 'conservées 5 ans')])
  const after = document([
    {
      ...section('retention', ''),
      blocks: [{ type: 'heading', id: 'retention-text', text: t('conservées 10 ans') }],
    },
  ])
  const [unit] = comparePolicies(before, after, 'fr').changed
  expect(unit?.blocks.map((block) => [block.type, block.presence])).toEqual([
    ['paragraph', 'removed'],
    ['heading', 'added'],
  ])
  const words = comparePolicies(before, document([section('retention', 'conservées 10 ans')]), 'fr').changed[0]
  const paragraph = words?.blocks[0]
  expect(paragraph?.type === 'paragraph' ? paragraph.text : []).toEqual([
    { kind: 'same', text: 'conservées ' },
    { kind: 'removed', text: '5' },
    { kind: 'added', text: '10' },
    { kind: 'same', text: ' ans' },
  ])
})
