// Takes screenshots of the served app in Japanese and English at desktop and phone widths,
// empty and with answers, into e2e/screenshots/. Usage: node scripts/screenshots.mjs [url]
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { launchOptions } from '../e2e/chromium.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:8181/portal/self-check/';
const out = 'e2e/screenshots';
await mkdir(out, { recursive: true });
const browser = await chromium.launch(launchOptions);
const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

for (const [sizeName, viewport] of Object.entries(sizes)) {
  for (const lang of ['ja', 'en']) {
    const page = await browser.newPage({ viewport });
    await page.goto(url);
    await page.locator('fieldset.question').first().waitFor();
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.screenshot({ path: `${out}/${sizeName}-${lang}-top.png` });
    // Answer: 1.1 Yes, then six Yes and one No -> stage 1; migration with two No.
    const yes = lang === 'ja' ? 'はい' : 'Yes';
    const no = lang === 'ja' ? 'いいえ' : 'No';
    const pre = page.locator('#pre fieldset.question');
    for (let i = 0; i < 8; i++) {
      await pre.nth(i).getByLabel(i === 5 ? no : yes, { exact: true }).check();
    }
    const mig = page.locator('#mig fieldset.question');
    for (let i = 0; i < 9; i++) {
      await mig.nth(i).getByLabel(i === 2 || i === 6 ? no : yes, { exact: true }).check();
    }
    await page.locator('#pre .result').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/${sizeName}-${lang}-pre-result.png` });
    await page.locator('#mig .result').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/${sizeName}-${lang}-mig-result.png` });
    await page.screenshot({ path: `${out}/${sizeName}-${lang}-full.png`, fullPage: true });
    await page.close();
  }
}
// The recovery notice (unreadable stored data) and the keyboard focus ring, at desktop width.
for (const lang of ['ja', 'en']) {
  const context = await browser.newContext({ viewport: sizes.desktop });
  const page = await context.newPage();
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('cloud-self-check', '{"schema_version": 1, "truncated');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto(url);
  await page.locator('fieldset.question').first().waitFor();
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  await page.screenshot({ path: `${out}/desktop-${lang}-notice.png` });
  // Tab past the skip link, language buttons, dismiss button and nav to the first radio.
  await page.locator('#pre-1\\.1-yes').focus();
  await page.keyboard.press('ArrowRight');
  await page.locator('#pre fieldset.question').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/desktop-${lang}-focus.png` });
  await context.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
