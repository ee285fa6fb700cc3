// tests/browser/pay.mjs — a citizen pays a dossier's fee in headless Chromium (desktop): signs
// in with the login form → the dossier's receipt → "Thanh toán phí, lệ phí trực tuyến" → the
// fee page (the amount in figures and words) → "Thanh toán trực tuyến" → the gateway
// stand-in's page → "Thanh toán" → back on the portal's return page, which says the payment
// went through → the IPN settles it (read in the database) → the fee page says nothing is
// due, and links the e-receipt → the e-receipt: its title, the amount in figures and words,
// the gateway's transaction number; printed as a PDF, one A4 page. No console error, failed
// request or page error. The dossier is made by pay.t (DVC_PAY_ID, DVC_PAY_CODE, and the
// applicant's DVC_PAY_LOGIN and DVC_PAY_PASSWORD). Prints TAP.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tap, VIEWPORTS, dbRows, env, launch, requireStack, screenshotDir, squash, watchdog, watchProblems } from './lib.mjs';

const T = {
	loginField: 'Số định danh cá nhân (CCCD) hoặc thư điện tử',
	password: 'Mật khẩu',
	login: 'Đăng nhập',
	payLink: 'Thanh toán phí, lệ phí trực tuyến',
	payTitle: 'Thanh toán phí, lệ phí',
	words: 'Bằng chữ: ',
	pay: 'Thanh toán trực tuyến',
	sandbox: 'Cổng thanh toán thử nghiệm',
	sandboxPay: 'Thanh toán',
	paid: 'Giao dịch thanh toán đã thành công.',
	nothing: 'Hồ sơ này hiện không có khoản phí, lệ phí nào cần thanh toán.',
	receipt: 'Xem biên lai',
	receiptTitle: 'Biên lai thu phí, lệ phí điện tử',
};

const tap = new Tap();
requireStack(tap, { db: true });
watchdog(tap, 180);
const shots = screenshotDir();
const id = Number(process.env.DVC_PAY_ID || 0);
const code = process.env.DVC_PAY_CODE || '';
if (!id || !code || !process.env.DVC_PAY_LOGIN) tap.skipAll('no dossier: run it through pay.t');

const browser = await launch();
const vp = VIEWPORTS.find((v) => v.name === 'desktop');
const context = await browser.newContext({ ...vp.options, baseURL: env.url, locale: 'vi-VN' });
const page = await context.newPage();
const problems = [];
watchProblems(context, page, problems);

try {
	await page.goto('/account/login');
	const form = page.locator('form[action="/account/login"]');
	await form.getByLabel(T.loginField, { exact: true }).fill(process.env.DVC_PAY_LOGIN);
	await form.getByLabel(T.password, { exact: true }).fill(process.env.DVC_PAY_PASSWORD);
	await Promise.all([page.waitForURL((u) => u.pathname !== '/account/login'), form.getByRole('button', { name: T.login, exact: true }).click()]);
	tap.ok(true, 'signed in with the login form');

	await page.goto(`/submit/${id}/receipt`);
	await Promise.all([page.waitForURL((u) => u.pathname === `/pay/${code}`), page.getByRole('link', { name: T.payLink, exact: true }).click()]);
	tap.is(await page.locator('h1').innerText(), T.payTitle, 'the receipt leads to the fee page');
	const due = dbRows(`SELECT SUM(amount) FROM dossier_fees WHERE dossier_id = ${id}`)[0][0];
	const figures = `${Number(due).toLocaleString('de-DE')} đồng`;
	const body = squash(await page.locator('main').innerText());
	tap.ok(body.includes(figures), `the amount due in figures (${figures})`, [body]);
	const words = (body.match(/Bằng chữ: ([^\n]*?đồng)/) || [])[1] || '';
	tap.ok(/^[A-ZĐ]\S* .*đồng$/u.test(words), `… and in words (${words})`, [body]);
	await page.screenshot({ path: join(shots, 'pay-fees.png'), fullPage: true });

	await Promise.all([page.waitForURL((u) => u.pathname === '/sandbox/pay/vpcpay.html'), page.getByRole('button', { name: T.pay, exact: true }).click()]);
	tap.is(await page.locator('h1').innerText(), T.sandbox, 'to the gateway (the stand-in)');
	await page.screenshot({ path: join(shots, 'pay-gateway.png'), fullPage: true });
	await Promise.all([page.waitForURL((u) => u.pathname === '/pay/return'), page.getByRole('button', { name: T.sandboxPay, exact: true }).click()]);
	tap.ok((await page.locator('main').innerText()).includes(T.paid), 'back on the portal: the payment went through');
	await page.screenshot({ path: join(shots, 'pay-return.png'), fullPage: true });

	let state = '';
	for (let i = 0; i < 100 && state !== 'paid'; i += 1) {
		state = (dbRows(`SELECT state FROM payments WHERE dossier_id = ${id} ORDER BY id DESC LIMIT 1`)[0] || [''])[0];
		if (state !== 'paid') await new Promise((r) => setTimeout(r, 100));
	}
	tap.is(state, 'paid', 'the IPN settled the payment');

	await page.goto(`/pay/${code}`);
	tap.ok((await page.locator('main').innerText()).includes(T.nothing), 'the fee page: nothing is due any more');
	await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/pay/receipt/')), page.getByRole('link', { name: T.receipt, exact: true }).click()]);
	tap.is((await page.locator('h1').textContent()).trim(), T.receiptTitle, 'the e-receipt (its title, shown in capitals)');
	const receipt = squash(await page.locator('main').innerText());
	tap.ok(receipt.includes(figures) && receipt.includes(words), '… the amount in figures and in words', [receipt]);
	const txn = dbRows(`SELECT gateway_txn_no FROM payments WHERE dossier_id = ${id} AND state = 'paid'`)[0][0];
	tap.ok(receipt.includes(txn), `… the gateway's transaction number (${txn})`, [receipt]);
	await page.screenshot({ path: join(shots, 'pay-receipt.png'), fullPage: true });
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	writeFileSync(join(shots, 'pay-receipt.pdf'), pdf);
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
	tap.is(pages, 1, 'printed: one A4 page');
} catch (err) {
	tap.fail('the payment walk', err);
}
tap.ok(problems.length === 0, 'no console error, failed request or page error', problems);
await browser.close();
tap.done();
