import type { CategorySummary, DataSummary } from '#src/contract/profile'
import type { DataCategory, ProcessingRegister } from '#src/contract/register'

export type CategoryRow = { category: DataCategory; summary: CategorySummary }

const emptySummary = (category: DataCategory): CategorySummary => ({
  categoryId: category.id,
  count: 0,
  oldestAt: null,
  newestAt: null,
  nextDeletionOn: null,
  nextDeletionCount: 0,
  oldestDeletionOn: null,
})

/** The register's categories, in its order, each with the person's summary (none held when missing). */
export function joinCategoryRows(register: ProcessingRegister, summary: DataSummary): CategoryRow[] {
  return register.categories.map((category) => ({
    category,
    summary: summary.categories.find((line) => line.categoryId === category.id) ?? emptySummary(category),
  }))
}
