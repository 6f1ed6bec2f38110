import { expect, test } from 'vitest'

import type { LocalizedText } from '#src/contract/common'
import { PolicyDocumentSchema, type PolicyDocument, type PolicySection } from '#src/contract/policies'
import { operatorEmail } from '#src/mocks/policy/current-text'
import { findVersion, policyVersionIds, toDocument } from '#src/mocks/policy/versions'

import publishedText from './privacy-policy.fr.txt?raw'

/*
 * The policy's text as the mock serves it. `privacy-policy.fr.txt` here is a copy of the operator's published
 * policy (../shared/seed/), kept with the test so the check runs on any checkout.
 */

function documentOf(id: string): PolicyDocument {
  const version = findVersion(id)
  if (!version) throw new Error(`No version ${id}`)
  return PolicyDocumentSchema.parse(toDocument(version))
}

/** Every piece of the policy's own text in a version (the centre's notes are not the policy's). */
function policyTexts(sections: readonly PolicySection[]): LocalizedText[] {
  return sections.flatMap((section) =>
    [section, ...section.subsections].flatMap((unit) => [
      unit.title,
      ...unit.blocks.flatMap((block): LocalizedText[] => {
        switch (block.type) {
          case 'heading':
            return [block.text]
          case 'paragraph':
            return block.term ? [block.term, block.text] : [block.text]
          case 'list':
            return block.items.flatMap((item) => [
              ...(item.term ? [item.term] : []),
              item.text,
              ...item.items.map((sub) => sub.text),
            ])
          case 'table':
            return [block.caption, ...block.columns, ...block.rows.flatMap((row) => row.cells.flat())]
          case 'note':
            return []
        }
      }),
    ]),
  )
}

function allAnchors(document: PolicyDocument): string[] {
  return document.sections.flatMap((section) =>
    [section, ...section.subsections].flatMap((unit) => [
      unit.id,
      ...unit.blocks.flatMap((block) => [
        block.id,
        ...(block.type === 'list' ? block.items.flatMap((item) => [item.id, ...item.items.map((sub) => sub.id)]) : []),
        ...(block.type === 'table' ? block.rows.map((row) => row.id) : []),
      ]),
    ]),
  )
}

const squash = (value: string) => value.replace(/\s+/g, ' ').trim()

test('the French of the version in force is the published text, word for word', () => {
  const published = squash(publishedText).replace('[email protected] .', '[email protected].')
  const texts = policyTexts(documentOf('2026-09').sections)
  expect(texts.length).toBeGreaterThan(80)
  for (const { fr } of texts) {
    expect(published, fr).toContain(squash(fr.replaceAll(operatorEmail, '[email protected]')))
  }
})

test('every version has both languages, valid anchors, unique within it, and a sample flag', () => {
  expect(policyVersionIds).toEqual(['2016-10', '2018-05', '2021-06', '2024-03', '2026-09', '2026-12'])
  for (const id of policyVersionIds) {
    const document = documentOf(id)
    const anchors = allAnchors(document)
    expect(new Set(anchors).size, id).toBe(anchors.length)
    for (const { fr, en } of policyTexts(document.sections)) {
      expect(fr.trim(), id).not.toBe('')
      expect(en.trim(), id).not.toBe('')
    }
    expect(document.isSampleHistory, id).toBe(id !== '2026-09')
  }
})

test('anchors keep their meaning: the provenance ids exist in the version in force', () => {
  const anchors = allAnchors(documentOf('2026-09'))
  for (const id of [
    'purposes-b-4',
    'retention-table',
    'retention-customer-service',
    'legal-bases-c',
    'group-transfers-disclosure',
    'partners-sponsors-advertisers-sharing',
    'transfers-outside-eea',
    'rights-objection',
    'user-generated-information-ip-address',
    'information-from-third-parties-sources',
  ]) {
    expect(anchors).toContain(id)
  }
})

test('the sample history differs from the text in force where it matters', () => {
  const fr = (id: string) => JSON.stringify(documentOf(id).sections)
  // A retention period: transaction data was kept 5 years before 2024-03.
  expect(fr('2021-06')).toContain('"5 ans"')
  expect(fr('2026-09')).toContain('"10 ans"')
  // A purpose: analytics arrived in 2021-06; tailored advertising in 2026-09.
  expect(fr('2018-05')).not.toContain("À des fins d'analyse et de statistiques")
  expect(fr('2024-03')).not.toContain('publicité sur mesure')
  // A recipient: advertisers received data without any condition in 2016-10.
  expect(fr('2016-10')).toContain('avec nos collaborateurs, sponsors et annonceurs.')
  // A legal basis: the section did not exist before the GDPR.
  expect(documentOf('2016-10').sections.map((section) => section.id)).not.toContain('legal-bases')
  // The planned version needs consent for any partner sharing and keeps voice recordings longer.
  expect(fr('2026-12')).toContain('3 mois (enregistrements vocaux)')
})
