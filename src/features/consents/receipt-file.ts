import type { ConsentReceipt } from '#src/contract/consents'

/**
 * The receipt as a file, in the field names of ISO/IEC TS 27560:2023 (consent record information
 * structure), completed with Kantara Consent Receipt v1.1 fields where 27560 is silent (jurisdiction,
 * collection method, controller contact). Built from the server's record only, so the file says exactly
 * what the operator keeps. The wording is given in both languages the centre shows it in.
 */
export function buildReceiptRecord(receipt: ConsentReceipt) {
  return {
    schema_version: 'ISO/IEC TS 27560:2023',
    record_id: receipt.recordId,
    pii_principal_id: receipt.principalId,
    pii_controllers: [
      {
        pii_controller: receipt.controller.name,
        contact: receipt.controller.email,
        phone: receipt.controller.phone,
        email: receipt.controller.email,
      },
    ],
    jurisdiction: receipt.jurisdiction,
    purposes: [
      {
        purpose_id: receipt.purposeId,
        purpose: receipt.purposeTitle,
        purpose_description: receipt.purposeDescription,
        lawful_basis: receipt.legalBasis,
        pii_categories: receipt.dataCategories,
      },
    ],
    notice: {
      notice_id: `${receipt.policyUrl}#${receipt.purposeId}`,
      notice_version: receipt.policyVersion,
      notice_url: receipt.policyUrl,
      notice_content: receipt.wording,
    },
    event: {
      event_id: receipt.id,
      event_time: receipt.occurredAt,
      event_type: receipt.action,
      event_by: 'pii_principal',
      event_state: receipt.action === 'withdrawn' ? 'withdrawn' : 'given',
      collection_method: receipt.channel,
    },
  }
}

export function getReceiptFileName(receipt: ConsentReceipt): string {
  return `consent-receipt-${receipt.id}.json`
}
