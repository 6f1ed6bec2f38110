import type { ReactNode } from 'react'

import { Page } from '#src/components/layout/page'
import { ContactDetailsSection } from '#src/features/contact-preferences/components/contact-details-section'
import { ContactPreferencesPanel } from '#src/features/contact-preferences/components/contact-preferences-panel'
import { PreferenceHistory } from '#src/features/contact-preferences/components/preference-history'
import { useT } from '#src/lib/i18n/i18n-context'

/** A region named by its heading, so each part of the page is a landmark a screen reader can jump to. */
function SettingsSection({ headingId, title, children }: { headingId: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  )
}

/** `/settings` (the policy's "Paramètres"): contact details, contact preferences and their history. */
export function SettingsRoute() {
  const t = useT()
  return (
    <Page title={t('contactPreferences.page.title')}>
      <p className="mb-8 max-w-prose">{t('contactPreferences.page.intro')}</p>
      <div className="flex flex-col gap-12">
        {/* The form names itself with this heading's id (contact-details-heading). */}
        <SettingsSection headingId="contact-details-heading" title={t('contactPreferences.details.title')}>
          <ContactDetailsSection />
        </SettingsSection>
        <SettingsSection headingId="contact-preferences-heading" title={t('contactPreferences.preferences.title')}>
          <ContactPreferencesPanel />
        </SettingsSection>
        <SettingsSection headingId="preference-history-heading" title={t('contactPreferences.history.title')}>
          <PreferenceHistory />
        </SettingsSection>
      </div>
    </Page>
  )
}
