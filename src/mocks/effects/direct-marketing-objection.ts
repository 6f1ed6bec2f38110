import { setDirectMarketingObjection } from '../consents/direct-marketing-objection'

/**
 * Effect of an objection to direct marketing made through a rights request, or in the centre, on Consents
 * (GDPR Art. 21(3)): it stops direct marketing at once, and Consents shows it with the channel it came through.
 * Idempotent: objecting twice records one objection.
 */
export async function objectToDirectMarketing(userId: string, via: 'privacy-centre' | 'rights-request'): Promise<void> {
  await setDirectMarketingObjection(userId, true, via)
}
