import { useEffect } from 'react'

import { Page } from '#src/components/layout/page'
import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'
import { MyDataCategories } from '#src/features/my-data/components/my-data-categories'
import { useT } from '#src/lib/i18n/i18n-context'

/** `/my-data`: every category held, with its count and why it is held. */
export function MyDataRoute() {
  const t = useT()
  // Most people go on to open a category: fetch that page's code while they read this one.
  useEffect(() => {
    void import('./my-data-category')
  }, [])
  return (
    <Page title={t('myData.page.title')}>
      <p className="mb-6 max-w-prose">
        {t('policy.link.myData')}{' '}
        <TextLink to={paths.policy.getHref()} className="inline-block">
          {t('policy.link.myDataLink')}
        </TextLink>
      </p>
      <MyDataCategories />
    </Page>
  )
}
