import type { ReactNode } from 'react'
import { Link } from 'react-router'

import { Alert } from '#src/components/ui/alert'
import { Button } from '#src/components/ui/button'
import { Heading } from '#src/components/ui/heading'
import type { PolicyDocument, PolicySection, PolicySubsection } from '#src/contract/policies'
import { useI18n } from '#src/lib/i18n/i18n-context'
import type { Locale } from '#src/lib/i18n/message'

import { toBlockView } from '../policy-view'

import { useFocusUrlPassage } from './focus-passage'
import { PassageLink } from './passage-link'
import { PolicyBlockView } from './policy-blocks'
import { textLanguageParam, useTextLocale } from './use-policy-formats'

/** The French text is the reference; the page says so, and offers the other language of the text. */
function ReferenceText({ textLocale }: { textLocale: Locale }) {
  const { t } = useI18n()
  const other: Locale = textLocale === 'fr' ? 'en' : 'fr'
  return (
    <p className="max-w-prose print:hidden">
      {t(textLocale === 'fr' ? 'policy.reference.isReference' : 'policy.reference.isTranslation')}{' '}
      <Link
        to={`?${new URLSearchParams({ [textLanguageParam]: other }).toString()}`}
        replace
        hrefLang={other}
        className="inline-block"
      >
        {t(other === 'fr' ? 'policy.reference.readFrench' : 'policy.reference.readEnglish')}
      </Link>
    </p>
  )
}

function ContentsLink({ unit, textLocale }: { unit: PolicySection | PolicySubsection; textLocale: Locale }) {
  return <PassageLink id={unit.id}>{unit.title[textLocale]}</PassageLink>
}

function Contents({ sections, textLocale }: { sections: readonly PolicySection[]; textLocale: Locale }) {
  const { t } = useI18n()
  return (
    <nav aria-labelledby="policy-contents-heading" className="my-6 print:hidden">
      <Heading level={2} id="policy-contents-heading" className="text-xl font-bold">
        {t('policy.document.contents')}
      </Heading>
      <ol className="mt-2 list-decimal space-y-1 ps-6">
        {sections.map((section) => (
          <li key={section.id}>
            <ContentsLink unit={section} textLocale={textLocale} />
            {section.subsections.length > 0 ? (
              <ul className="mt-1 list-disc space-y-1 ps-6">
                {section.subsections.map((sub) => (
                  <li key={sub.id}>
                    <ContentsLink unit={sub} textLocale={textLocale} />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  )
}

type PolicyDocumentViewProps = {
  policy: PolicyDocument
  /** What this version is today (in force, replaced, coming), with links: shown above the text. */
  status: ReactNode
}

/**
 * One version of the policy: where it stands, which text is the reference, its contents, then every section
 * with its anchors. Prints as the text alone (the page's chrome and buttons are hidden in print).
 */
export function PolicyDocumentView({ policy, status }: PolicyDocumentViewProps) {
  const { t, locale } = useI18n()
  const textLocale = useTextLocale()
  useFocusUrlPassage()

  return (
    <>
      {status}
      {policy.isSampleHistory ? (
        <Alert variant="warning" className="my-4 print:border-ink" title={t('policy.sample.title')} headingLevel={2}>
          <p className="max-w-prose">{t('policy.sample.body')}</p>
        </Alert>
      ) : null}
      <ReferenceText textLocale={textLocale} />
      <p className="mt-4 print:hidden">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('policy.document.print')}
        </Button>
      </p>
      <Contents sections={policy.sections} textLocale={textLocale} />
      {/* Named by the policy's own title, in the text's language, so the name and the text read alike. */}
      <article aria-label={policy.title[textLocale]} lang={textLocale === locale ? undefined : textLocale}>
        {policy.sections.map((section) => (
          <section key={section.id} className="mt-8 border-t-2 border-border pt-6 print:break-inside-auto">
            <Heading level={2} id={section.id} className="scroll-mt-4 text-2xl font-bold target:bg-surface-muted">
              {section.title[textLocale]}
            </Heading>
            {section.blocks.map((block) => (
              <PolicyBlockView key={block.id} view={toBlockView(block, textLocale)} headingLevel={3} hasAnchors />
            ))}
            {section.subsections.map((sub) => (
              <section key={sub.id} className="mt-6">
                <Heading level={3} id={sub.id} className="scroll-mt-4 text-xl font-bold target:bg-surface-muted">
                  {sub.title[textLocale]}
                </Heading>
                {sub.blocks.map((block) => (
                  <PolicyBlockView key={block.id} view={toBlockView(block, textLocale)} headingLevel={4} hasAnchors />
                ))}
              </section>
            ))}
          </section>
        ))}
      </article>
    </>
  )
}
