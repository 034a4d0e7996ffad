/** Filling in Payload's admin forms in the end-to-end tests. */
import type { Page } from 'playwright-core';

/**
 * Picks an option in one of Payload's select or relationship fields by its label. The field is
 * found by its id: Payload's comboboxes have no accessible name (the label is not tied to them).
 */
export async function chooseOption(page: Page, fieldId: string, label: string) {
  await page.locator(`#field-${fieldId}`).getByRole('combobox').click();
  await page.getByRole('option', { name: label, exact: true }).click();
}
