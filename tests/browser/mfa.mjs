// tests/browser/mfa.mjs — the second factor in a browser (modules/account/mfa.c): the demo
// administrator types the password, is asked for the code of its authenticator (computed by
// lib.mjs from the demo key), the administration out of reach meanwhile; the code typed, it
// lands where it was going. On a phone and on a desktop.

import {
	Tap, VIEWPORTS, answerSecondFactor, env, launch, requireStack, squash, watchdog, watchProblems,
	noSideScroll,
} from './lib.mjs';

const ADMIN = { login: 'quantri@demo.thanhhoa.gov.vn', password: 'DemoDVC@2026' };

const tap = new Tap();
requireStack(tap, { db: true });
watchdog(tap, 180);

const browser = await launch();
for (const vp of VIEWPORTS) {
	const label = (s) => `${vp.name}: ${s}`;
	const context = await browser.newContext(vp.options);
	const page = await context.newPage();
	const problems = [];
	watchProblems(context, page, problems);
	try {
		await page.goto(`${env.url}/admin/audit`);
		const form = page.locator('form[action="/account/login"]');
		await form.getByLabel('Số định danh cá nhân (CCCD) hoặc thư điện tử', { exact: true }).fill(ADMIN.login);
		await form.getByLabel('Mật khẩu', { exact: true }).fill(ADMIN.password);
		await Promise.all([page.waitForEvent('load'), form.getByRole('button', { name: 'Đăng nhập', exact: true }).click()]);
		const at = new URL(page.url());
		tap.ok(at.pathname === '/account/mfa' && at.searchParams.get('next') === '/admin/audit',
			label('the password right: the code is asked, the way back kept'), [page.url()]);
		tap.is(squash(await page.getByRole('heading', { level: 1 }).innerText()), 'Xác thực hai bước', label('the page "Xác thực hai bước"'));
		tap.ok(await page.getByLabel('Mã xác thực', { exact: true }).isVisible(), label('a field "Mã xác thực"'));
		await noSideScroll(tap, page, vp, 'the code page');
		const other = await context.newPage();
		await other.goto(`${env.url}/admin/`);
		tap.is(new URL(other.url()).pathname, '/account/mfa', label('/admin/ meanwhile: back to the code'));
		await other.close();
		tap.ok(await answerSecondFactor(page, ADMIN.login), label('the code typed'));
		tap.is(new URL(page.url()).pathname, '/admin/audit', label('signed in, at /admin/audit'));
	} catch (err) {
		tap.fail(label(err.message.split('\n')[0]), err);
	}
	tap.ok(problems.length === 0, label('no console error, failed request or CSP violation'), problems);
	await context.close();
}
await browser.close();
tap.done();
