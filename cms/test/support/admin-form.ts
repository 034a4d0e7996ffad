/** Filling in Payload's admin forms in the end-to-end tests. */
import type { Locator, Page } from 'playwright-core';

/**
 * Waits until React has hydrated the element: before that, what the test types is lost when React
 * takes the field over, and a click sends the bare HTML form (a dev server compiles a page's
 * scripts on first use, so this can take many seconds). React marks each element it owns with a
 * `__reactFiber$…` property.
 */
export async function waitForHydration(element: Locator) {
  await element.waitFor();
  await element.page().waitForFunction(
    (el) => el !== null && Object.keys(el).some((key) => key.startsWith('__reactFiber$')),
    await element.elementHandle(),
  );
}

/**
 * Picks an option in one of Payload's select or relationship fields by its label. The field is
 * found by its id: Payload's comboboxes have no accessible name (the label is not tied to them).
 */
export async function chooseOption(page: Page, fieldId: string, label: string) {
  await page.locator(`#field-${fieldId}`).getByRole('combobox').click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

export interface AdminUser {
  email: string;
  password: string;
}

/** Fills in and sends the admin's login page that is open (after a redirect to it, say). */
export async function fillLogin(page: Page, user: AdminUser) {
  await waitForHydration(page.getByRole('button', { name: 'Inloggen' }));
  await page.getByRole('textbox', { name: /^E-mail/ }).fill(user.email);
  await page.getByLabel(/^Wachtwoord/).fill(user.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** Logs in through the admin's own login page at `adminUrl` and waits for the dashboard. */
export async function logIn(page: Page, adminUrl: string, user: AdminUser) {
  await page.goto(`${adminUrl}/admin/login`);
  await fillLogin(page, user);
  await page.waitForURL(/\/admin\/?$/);
}
