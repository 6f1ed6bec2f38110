import { useQuery } from '@tanstack/react-query'

import { Spinner } from '#src/components/ui/spinner'

import { contactDetailsQueries } from '../api/contact-details-queries'

import { ContactDetailsForm } from './contact-details-form'
import { PanelErrorState } from './panel-error-state'

/** The contact-details form once its data is there (an edit form takes the query's data as its defaults). */
export function ContactDetailsSection() {
  const query = useQuery(contactDetailsQueries.detail())
  if (query.isPending) return <Spinner />
  if (query.isError) return <PanelErrorState query={query} />
  return <ContactDetailsForm details={query.data} />
}
