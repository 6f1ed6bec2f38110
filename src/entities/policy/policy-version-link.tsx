import { TextLink } from '#src/components/ui/text-link'
import { paths } from '#src/config/paths'

type PolicyVersionLinkProps = {
  versionId: string
  /** A section or passage of that version (see the anchor scheme in contract/policies.ts). */
  anchor?: string
  className?: string
}

/**
 * A policy version, linked to its text: wherever the centre quotes a version (the consent ledger, a receipt,
 * the archive), the person can open the words that were in force then. The version id is the link text, so
 * the link reads the same as the version it stands for; its column or label says what it is.
 */
export function PolicyVersionLink({ versionId, anchor, className }: PolicyVersionLinkProps) {
  return (
    <TextLink to={paths.policyVersion.getHref(versionId, anchor)} className={className}>
      {versionId}
    </TextLink>
  )
}
