import axe from 'axe-core';
import type { Page } from 'playwright-core';

type Violation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; why: string }>;
};

declare global {
  /** axe-core, once its script is added to the page. */
  interface Window {
    axe: typeof axe;
  }
}

/**
 * Runs axe-core inside the page (WCAG 2.x A/AA rules and best practices) and fails on any
 * violation, whatever its impact (minor and moderate included), listing each rule with the
 * elements it found. Waits for transitions first so a half-faded modal is not judged on its
 * intermediate colours.
 */
export async function expectAccessible(page: Page, context = ''): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  const injected = await page.evaluate(() => 'axe' in window);
  // Evaluated by the browser's debugger protocol, which the page's CSP (no inline scripts) lets
  // through; an inline <script> tag would be blocked (and reported as a violation).
  if (!injected) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target.map(String), why: node.any[0]?.message ?? '' })),
    }));
  });
  const report = (violations as Violation[]).map(
    (violation) =>
      `${violation.impact} ${violation.id}: ${violation.help}\n    ${violation.nodes
        .slice(0, 12)
        .map((node) => `${node.target.join(' ')}: ${node.why}`)
        .join('\n    ')}`,
  );
  if (report.length > 0) throw new Error(`axe-core on ${context || page.url()}:\n  ${report.join('\n  ')}`);
}
