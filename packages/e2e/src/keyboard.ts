import type { Locator } from 'playwright-core';

/**
 * Presses Tab until `target` has the focus, as a keyboard user does (Shift+Tab with `backwards`),
 * and checks the focus is visible there.
 */
export async function tabTo(target: Locator, { backwards = false, max = 300 } = {}) {
  const keyboardPage = target.page();
  const element = await target.elementHandle({ timeout: 15_000 });
  if (!element) throw new Error(`${target.toString()} is not on the page`);
  for (let press = 0; press <= max; press += 1) {
    if (await element.evaluate((node) => node === document.activeElement)) {
      const visible = await element.evaluate((node) => {
        const style = getComputedStyle(node);
        return node.matches(':focus-visible') && (style.outlineStyle !== 'none' || style.boxShadow !== 'none');
      });
      if (!visible) throw new Error(`${target.toString()} has the focus but shows no focus ring`);
      return;
    }
    await keyboardPage.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target.toString()} cannot be reached with Tab`);
}
