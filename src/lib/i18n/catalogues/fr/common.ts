import type { Message } from '../../message'

export const common = {
  'common.productName': 'Centre de confidentialité',
  'common.operatorName': 'Dialogra',
  'common.error.generic': 'Une erreur est survenue. Réessayez.',
  'common.loading': 'Chargement…',
  'common.retry': 'Réessayer',
  'common.cancel': 'Annuler',
  'common.close': 'Fermer',
} as const satisfies Record<string, Message>
