import axe from 'axe-core'
import { expect } from 'vitest'

/** axe's WCAG 2.0-2.2 A and AA rule sets; `wcag22aa` is what turns on target-size. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Runs axe-core on a rendered component and fails with a readable list of violations.
 * Colour contrast is off because jsdom does not compute styles or layout, so axe cannot judge it
 * there; the Playwright tests run axe with contrast in Chromium.
 */
export async function expectNoA11yViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: tags },
    rules: { 'color-contrast': { enabled: false } },
  })
  const report = results.violations.map(
    (violation) => `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  ${node.html}`).join('\n')}`,
  )
  expect(report, 'axe violations').toEqual([])
}
