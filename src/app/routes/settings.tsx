import { Page } from '#src/components/layout/page'
import { ContactDetailsSection } from '#src/features/contact-preferences/components/contact-details-section'
import { ContactPreferencesPanel } from '#src/features/contact-preferences/components/contact-preferences-panel'
import { PreferenceHistory } from '#src/features/contact-preferences/components/preference-history'
import { useT } from '#src/lib/i18n/i18n-context'

/** `/settings` (the policy's "Paramètres"): contact details, contact preferences and their history. */
export function SettingsRoute() {
  const t = useT()
  return (
    <Page title={t('contactPreferences.page.title')}>
      <p className="mb-8 max-w-prose">{t('contactPreferences.page.intro')}</p>
      <div className="flex flex-col gap-12">
        <section aria-labelledby="contact-details-heading">
          <h2 id="contact-details-heading" className="mb-4 text-2xl font-bold">
            {t('contactPreferences.details.title')}
          </h2>
          <ContactDetailsSection />
        </section>
        <section aria-labelledby="contact-preferences-heading">
          <h2 id="contact-preferences-heading" className="mb-4 text-2xl font-bold">
            {t('contactPreferences.preferences.title')}
          </h2>
          <ContactPreferencesPanel />
        </section>
        <section aria-labelledby="preference-history-heading">
          <h2 id="preference-history-heading" className="mb-4 text-2xl font-bold">
            {t('contactPreferences.history.title')}
          </h2>
          <PreferenceHistory />
        </section>
      </div>
    </Page>
  )
}
