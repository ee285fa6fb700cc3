// tests/browser/admin-calendar.mjs — the back office's calendar and settings in a browser, on a
// phone (390×844) and on a desktop (1280×800): the demo administrator signs in; the year view
// of 2026 and the settings page have one h1, no horizontal scrolling (the months wrap), and
// axe-core (WCAG 2.1 A and AA) finds no serious or critical violation; then, without
// JavaScript needed, a day is added through the form as a person types it (a Sunday holiday:
// saved with the warning), found marked in its month, opened from it, and removed with the
// edit page's button. Screenshots in $DVC_VAR/screenshots/. Prints TAP; run by
// admin-calendar.t under tests/run.

import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
	Tap, VIEWPORTS, answerSecondFactor, env, launch, noSideScroll, requireStack, screenshotDir, squash, watchdog,
} from './lib.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

const tap = new Tap();
requireStack(tap);
watchdog(tap, 240);

async function axeCheck(page, label) {
	await page.addScriptTag({ path: AXE });
	const violations = await page.evaluate(async (tags) => {
		// eslint-disable-next-line no-undef
		const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
			target: v.nodes[0] ? v.nodes[0].target.join(' ') : '' }));
	}, TAGS);
	const blocking = violations.filter((v) => BLOCKING.has(v.impact));
	tap.ok(blocking.length === 0, `${label}: axe-core: no serious or critical violations`,
		blocking.map((v) => `${v.id} (${v.impact}): ${v.help}; first: ${v.target}`));
}

const browser = await launch();
try {
	for (const vp of VIEWPORTS) {
		const context = await browser.newContext({ ...vp.options, locale: 'vi-VN', bypassCSP: true, javaScriptEnabled: true });
		context.setDefaultTimeout(15000);
		const page = await context.newPage();
		await page.goto(`${env.url}/account/login?next=%2Fadmin%2Fcalendar%3Fyear%3D2026`);
		await page.fill('#field-login', 'quantri@demo.thanhhoa.gov.vn');
		await page.fill('#field-password', 'DemoDVC@2026');
		await Promise.all([page.waitForEvent('load'), page.click('form[action="/account/login"] button[type="submit"]')]);
		// The administrator's second factor (lib.mjs: the code of the demo key).
		await answerSecondFactor(page, 'quantri@demo.thanhhoa.gov.vn');
		tap.ok(/\/admin\/calendar\?year=2026$/.test(page.url()), `${vp.name}: the administrator signs in and comes to the year view`,
			[page.url()]);

		for (const path of ['/admin/calendar?year=2026', '/admin/settings']) {
			const response = await page.goto(`${env.url}${path}`);
			tap.is(response.status(), 200, `${vp.name}: ${path}: 200`);
			tap.is(await page.locator('h1').count(), 1, `${vp.name}: ${path}: one h1`);
			await noSideScroll(tap, page, vp, path);
			await axeCheck(page, `${vp.name}: ${path}`);
			await page.screenshot({ path: join(screenshotDir(), `admin-${path.replace(/\W+/g, '-')}-${vp.name}.png`), fullPage: true });
		}
		await page.goto(`${env.url}/admin/calendar?year=2026`);
		if (vp.name === 'phone') {
			const boxes = await page.locator('table.cal-month').evaluateAll((ts) => ts.slice(0, 2).map((t) => t.getBoundingClientRect().top));
			tap.ok(boxes[1] > boxes[0], 'phone: the months wrap, one under the other');
		} else {
			const boxes = await page.locator('table.cal-month').evaluateAll((ts) => ts.slice(0, 2).map((t) => t.getBoundingClientRect().top));
			tap.ok(boxes[1] === boxes[0], 'desktop: the months side by side');
		}

		// A Sunday holiday of 2033, typed as a person does: saved, with the warning.
		const day = vp.name === 'phone' ? '04/09/2033' : '11/09/2033';
		const form = page.locator('#form-add');
		await form.getByLabel('Ngày', { exact: true }).fill(day);
		await form.getByLabel('Loại ngày').selectOption('holiday');
		await form.getByLabel('Tên gọi').fill('Ngày lễ của phép thử trình duyệt');
		await Promise.all([page.waitForURL(/msg=weekend/), form.getByRole('button', { name: 'Thêm vào lịch' }).click()]);
		const banner = squash(await page.locator('#msg').innerText());
		tap.ok(banner.includes(`Đã lưu ngày nghỉ ${day}`) && banner.includes('Điều 112 khoản 3'),
			`${vp.name}: added on a Sunday: saved, with the warning`, [banner]);
		const iso = day.split('/').reverse().join('-');
		tap.ok(/cal-weekend-holiday/.test(await page.locator(`#d-${iso}`).getAttribute('class')),
			`${vp.name}: marked in its month`);
		await Promise.all([page.waitForURL(/edit=/), page.locator(`#d-${iso} a`).click()]);
		tap.is(await page.locator('#field-name').inputValue(), 'Ngày lễ của phép thử trình duyệt', `${vp.name}: its edit page, the name filled in`);
		await Promise.all([page.waitForURL(/msg=removed/), page.getByRole('button', { name: 'Xóa khỏi lịch' }).click()]);
		tap.ok(squash(await page.locator('#msg').innerText()).includes(`Đã xóa khỏi lịch ngày ${day}`), `${vp.name}: removed`);
		await context.close();
	}
} finally {
	await browser.close();
	tap.done();
}
