/**
 * The governance bodies view as a browser test finds it: nested lists, each body a list item whose
 * card is headed by the body's name (src/renderer/src/features/governance/BodiesView.tsx).
 */
import type { Locator, Page } from 'playwright-core';

/** The list item of the body named `name` (its own card's heading, not a body below it). */
export function bodyNode(page: Page, name: string): Locator {
  return page.locator(`xpath=//li[contains(@class, "body-node")][./div[contains(@class, "body-card")]//*[contains(@class, "body-name")][normalize-space(.) = "${name}"]]`);
}

/** The names of the bodies directly below `node`. */
export function childBodyNames(node: Locator): Promise<string[]> {
  return node.locator(':scope > ul > li.body-node > .body-card .body-name').allTextContents();
}
