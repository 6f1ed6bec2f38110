import type { RetentionPeriod, RetentionRule } from '#src/contract/register'
import { useI18n } from '#src/lib/i18n/i18n-context'

const periodKeys = {
  day: 'myData.period.day',
  month: 'myData.period.month',
  year: 'myData.period.year',
} as const

/** A retention rule in words: "10 ans après son enregistrement", or that the policy states no period. */
export function useDescribeRetention(): (rule: RetentionRule) => string {
  const { t } = useI18n()
  const period = ({ unit, count }: RetentionPeriod) => t(periodKeys[unit], { count })
  return (rule) => {
    switch (rule.kind) {
      case 'fixed':
        return t('myData.retention.fixed', { period: period(rule.period) })
      case 'until-account-deleted':
        return rule.processedWithin
          ? t('myData.retention.untilAccountDeletedWithin', { period: period(rule.processedWithin) })
          : t('myData.retention.untilAccountDeleted')
      case 'not-stated':
        return t('myData.retention.notStated')
    }
  }
}
