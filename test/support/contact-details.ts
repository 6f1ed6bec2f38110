import { ContactDetailsSchema, type UpdateContactDetailsBody } from '#src/contract/contact-preferences'
import { endpoints } from '#src/contract/endpoints'
import type { ApiClient } from '#src/lib/api-client'
import { demoAccount } from '#test/support/demo-people'

/** A valid body for the typical person's contact details; tests override one field at a time. */
export const contactDetailsBody: UpdateContactDetailsBody = {
  email: demoAccount('typical').email,
  phone: '+33612345678',
  postalAddress: { line1: '1 place du Marché', line2: '', postcode: '75004', city: 'Paris', country: 'FR' },
  language: 'en',
}

/** PUT /contact-details with `changes` over the valid body, sending `ifMatch` when given. */
export function saveContactDetails(client: ApiClient, changes: Partial<UpdateContactDetailsBody>, ifMatch?: string) {
  return client.request(endpoints.contactDetails.update, {
    schema: ContactDetailsSchema,
    body: { ...contactDetailsBody, ...changes },
    ...(ifMatch === undefined ? {} : { ifMatch }),
  })
}
