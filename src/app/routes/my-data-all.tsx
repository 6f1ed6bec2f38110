import { Page } from '#src/components/layout/page'
import { AllMyData } from '#src/features/my-data/components/all-my-data'
import { useT } from '#src/lib/i18n/i18n-context'

/** `/my-data/all`: every layer of My data at once, printable. */
export function MyDataAllRoute() {
  const t = useT()
  return (
    <Page title={t('myData.all.title')}>
      <AllMyData />
    </Page>
  )
}
