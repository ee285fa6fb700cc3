// tests/browser/admin.mjs — the procedures editor of dvc-admin in headless Chromium (issue 12,
// "Must show"): the demo administrator signs in, goes from the back office's home to the
// procedures, opens "Thêm thủ tục mới", fills the form as a person does (found by its labels:
// code, name, field, unit, level, time limit, the online channel; two components, the second
// in a row added by "Thêm dòng", which posts the form back keeping what was typed; a fee typed
// "50.000"), and saves it: it is published, version 1, with its two components and its fee.
// Then the demo citizen, in another browser, types a keyword of its name without diacritics
// in the home page's search, finds it, opens it, presses "Nộp hồ sơ trực tuyến" then "Bắt đầu
// nộp hồ sơ", and reaches the first step of the submission with a draft of that procedure.
// The administrator withdraws it at last: the search no longer offers it.
// Then the editor's pages on a phone and a desktop: axe-core (WCAG 2.1 A and AA) finds no
// serious or critical violation on the list, the empty form, the form with its errors, a saved
// procedure's form and a version, and none scrolls sideways. Desktop (1280×800) otherwise; no console error, failed request, page error or CSP violation;
// screenshots in $DVC_VAR/screenshots/admin-*. Prints TAP; run by admin.t under tests/run.

import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
	Tap, VIEWPORTS, answerSecondFactor, checkCode, dbRows, env, fillRegistration, launch, noSideScroll, requireStack, screenshotDir, squash,
	verifyAndSignIn, watchdog, watchProblems,
} from './lib.mjs';

const ADMIN = { login: 'quantri@demo.thanhhoa.gov.vn', password: 'DemoDVC@2026' };
// A citizen registered for the test (a draft of the demo citizen's would show in other tests).
const PERSON = { name: 'Trịnh Văn Ong', born: '1979-03-14', phone: '0915 135 246' };
const PASSWORD = 'Nuoi-Ong-Mat-2026!';
const CODE = checkCode(`B${Date.now() % 1000000000}.H56`);
const NAME = 'Cấp giấy phép nuôi ong mật thử nghiệm';
const QUERY = 'nuoi ong mat thu nghiem';

// The words of the pages (xslt/i18n/vi*.xsl) the test finds things by.
const T = {
	loginId: 'Số định danh cá nhân (CCCD) hoặc thư điện tử',
	password: 'Mật khẩu',
	login: 'Đăng nhập',
	procedures: 'Thủ tục hành chính',
	add: 'Thêm thủ tục mới',
	code: 'Mã thủ tục',
	name: 'Tên thủ tục',
	field: 'Lĩnh vực',
	agency: 'Cơ quan giải quyết',
	gov: 'Cấp thực hiện',
	level: 'Mức độ dịch vụ công trực tuyến',
	hours: 'Thời hạn giải quyết (giờ làm việc)',
	online: 'Trực tuyến',
	component: 'Tên giấy tờ',
	addComponent: 'Thêm dòng: Thành phần hồ sơ',
	feeName: 'Tên khoản thu',
	amount: 'Mức thu (đồng)',
	save: 'Lưu và áp dụng',
	saved: 'Đã lưu và áp dụng thủ tục.',
	searchLabel: 'Tìm thủ tục hành chính',
	search: 'Tìm kiếm',
	found: 'Tìm thấy ',
	apply: 'Nộp hồ sơ trực tuyến',
	start: 'Bắt đầu nộp hồ sơ',
	infoTitle: 'Thông tin người nộp hồ sơ',
};
const COMPONENTS = ['Đơn đề nghị cấp giấy phép nuôi ong', 'Bản sao giấy xác nhận diện tích trại ong'];

const tap = new Tap();
requireStack(tap, { db: true });
watchdog(tap, 240);
const shots = screenshotDir();
const vp = VIEWPORTS.find((v) => v.name === 'desktop');

const h1 = async (page) => squash(await page.getByRole('heading', { level: 1 }).innerText());

async function go(page, locator, path) {
	await Promise.all([
		page.waitForURL((u) => (typeof path === 'string' ? u.pathname === path : path.test(u.pathname)),
			{ waitUntil: 'load' }),
		locator.click(),
	]);
}

async function signIn(page, who) {
	await page.goto(`${env.url}/account/login`);
	const form = page.locator('form[action="/account/login"]');
	await form.getByLabel(T.loginId, { exact: true }).fill(who.login);
	await form.getByLabel(T.password, { exact: true }).fill(who.password);
	await Promise.all([page.waitForEvent('load'), form.getByRole('button', { name: T.login, exact: true }).click()]);
	await answerSecondFactor(page, who.login);
	if (/^\/account\/(login|mfa)/.test(new URL(page.url()).pathname)) throw new Error(`${who.login} could not sign in`);
}

// The administrator's session, once signed in (the second factor answered once): the other
// contexts of the test start from it.
let adminState;

async function context(browser, more = {}) {
	const c = await browser.newContext({ ...vp.options, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', ...more });
	c.setDefaultTimeout(15000);
	c.setDefaultNavigationTimeout(20000);
	return c;
}

async function administrator(browser) {
	const ctx = await context(browser);
	const page = await ctx.newPage();
	const problems = [];
	await watchProblems(ctx, page, problems);
	let step = 'sign in';
	try {
		await signIn(page, ADMIN);
		adminState = await ctx.storageState();
		step = 'the procedures list';
		await page.goto(`${env.url}/admin/`);
		await go(page, page.getByRole('main').getByRole('link', { name: T.procedures, exact: true }), '/admin/procedures');
		tap.is(await h1(page), T.procedures, 'the back office links to the procedures');
		await go(page, page.getByRole('link', { name: T.add, exact: true }), '/admin/procedures/new');
		tap.is(await h1(page), 'Thêm thủ tục hành chính', `"${T.add}" opens the form`);

		step = 'the form';
		// The field and unit of a demo procedure of Hạc Thành that a citizen submits online.
		const [field, agency] = dbRows(`SELECT f.name, a.name FROM procedures p JOIN fields f ON f.id = p.field_id
			JOIN agencies a ON a.id = p.agency_id WHERE p.is_current = 1 AND p.level = 4 AND a.code = '000.01.30.H56'
			ORDER BY p.id LIMIT 1`)[0];
		const form = page.locator('form.admin-form');
		await form.getByLabel(T.code, { exact: true }).fill(CODE);
		await form.getByLabel(T.name, { exact: true }).fill(NAME);
		await form.getByLabel(T.field, { exact: true }).selectOption({ label: field });
		await form.getByLabel(T.agency, { exact: true }).selectOption({ label: agency });
		await form.getByLabel(T.gov, { exact: true }).selectOption({ label: 'Cấp xã' });
		await form.getByLabel(T.level, { exact: true }).selectOption({ label: 'Toàn trình' });
		await form.getByLabel(T.hours, { exact: true }).fill('40');
		await form.getByLabel(T.online, { exact: true }).check();
		await form.locator('#components-1').getByLabel(T.component, { exact: true }).fill(COMPONENTS[0]);
		await form.locator('#fees-1').getByLabel(T.feeName, { exact: true }).fill('Lệ phí cấp giấy phép');
		await form.locator('#fees-1').getByLabel(T.amount, { exact: true }).fill('50.000');
		// Two blank rows then; one more asked for, and what was typed is still there.
		await Promise.all([page.waitForEvent('load'), form.getByRole('button', { name: T.addComponent }).click()]);
		tap.is(await page.locator('#components-1').getByLabel(T.component, { exact: true }).inputValue(), COMPONENTS[0],
			'"Thêm dòng" keeps the component typed');
		tap.is(await page.locator('#fees-1').getByLabel(T.amount, { exact: true }).inputValue(), '50000',
			'… and the fee (read as 50000)');
		tap.is(await page.locator('fieldset.admin-row[id^="components-"]').count(), 4, '… with one more blank row (1 + 3)');
		await page.locator('#components-2').getByLabel(T.component, { exact: true }).fill(COMPONENTS[1]);
		await page.screenshot({ path: join(shots, 'admin-form.png'), fullPage: true });
		await page.locator('#components-2').screenshot({ path: join(shots, 'admin-form-row.png') });

		step = 'save';
		await go(page, page.getByRole('button', { name: T.save, exact: true }), `/admin/procedures/${CODE}`);
		tap.is(squash(await page.getByRole('status').first().innerText()), T.saved, 'saved: the page says so');
		await page.screenshot({ path: join(shots, 'admin-saved.png'), fullPage: true });
		const rows = dbRows(`SELECT p.version, p.is_current, (SELECT COUNT(*) FROM procedure_components c
			WHERE c.procedure_id = p.id), (SELECT GROUP_CONCAT(amount) FROM procedure_fees f WHERE f.procedure_id = p.id)
			FROM procedures p WHERE p.code = '${CODE}'`);
		tap.is(JSON.stringify(rows), JSON.stringify([['1', '1', '2', '50000']]),
			'published: version 1, current, two components, the fee of 50.000 đồng');
	} catch (err) {
		tap.fail(`administrator: ${step}`, err);
	}
	tap.ok(problems.length === 0, 'administrator: no console error, failed request or CSP violation', problems);
	await ctx.close();
}

async function citizen(browser) {
	const ctx = await context(browser);
	const page = await ctx.newPage();
	const problems = [];
	await watchProblems(ctx, page, problems);
	let step = 'register';
	try {
		for (let i = 0; !PERSON.cccd && i < 20; i += 1) {
			const cccd = `0380791${String(randomInt(0, 100000)).padStart(5, '0')}`;
			if (dbRows(`SELECT COUNT(*) FROM users WHERE citizen_id = '${cccd}'`)[0][0] === '0') PERSON.cccd = cccd;
		}
		PERSON.email = `trinhvanong.${PERSON.cccd}@example.vn`;
		await page.goto(`${env.url}/account/register`);
		const reg = page.locator('form[action="/account/register"]');
		await fillRegistration(reg, PERSON, PASSWORD);
		await Promise.all([page.waitForEvent('load'), reg.getByRole('button', { name: 'Đăng ký', exact: true }).click()]);
		await verifyAndSignIn(page, PERSON, PASSWORD);
		step = 'search';
		await page.goto(`${env.url}/`);
		await page.getByLabel(T.searchLabel, { exact: true }).fill(QUERY);
		await go(page, page.getByRole('button', { name: T.search, exact: true }), '/procedures');
		const first = page.getByRole('region', { name: new RegExp(`^${T.found}`) })
			.getByRole('listitem').first().getByRole('heading', { level: 3 }).getByRole('link');
		tap.is(squash(await first.innerText()), NAME, `"${QUERY}", typed without diacritics, finds it first`);
		await page.screenshot({ path: join(shots, 'admin-citizen-search.png'), fullPage: true });

		step = 'open and start';
		await go(page, first, `/procedures/${CODE}`);
		tap.is(await h1(page), NAME, 'its page opens');
		const text = squash(await page.getByRole('main').innerText());
		tap.ok(COMPONENTS.every((c) => text.includes(c)), '… with its two components');
		await go(page, page.getByRole('main').getByRole('link', { name: T.apply, exact: true }).first(), '/submit/new');
		await go(page, page.getByRole('button', { name: T.start, exact: true }), /^\/submit\/\d+\/info$/);
		tap.is(await h1(page), T.infoTitle, 'the citizen reaches the first step of the submission');
		const id = Number(new URL(page.url()).pathname.split('/')[2]);
		tap.is(dbRows(`SELECT d.status FROM dossiers d JOIN procedures p ON p.id = d.procedure_id
			WHERE d.id = ${id} AND p.code = '${CODE}' AND p.version = 1`).map((r) => r[0]).join(), '0',
			`… a draft (${id}) of the new procedure`);
		await page.screenshot({ path: join(shots, 'admin-citizen-start.png'), fullPage: true });
	} catch (err) {
		tap.fail(`citizen: ${step}`, err);
	}
	tap.ok(problems.length === 0, 'citizen: no console error, failed request or CSP violation', problems);
	await ctx.close();
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axeCheck(page, label) {
	await page.addScriptTag({ path: AXE });
	const bad = await page.evaluate(async (tags) => {
		// eslint-disable-next-line no-undef
		const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id} (${v.impact}): ${v.help}; first: ${v.nodes[0] ? v.nodes[0].target.join(' ') : ''}`);
	}, TAGS);
	tap.ok(bad.length === 0, `${label}: axe-core: no serious or critical violation`, bad);
}

// The administrator withdraws the procedure: the search no longer offers it.
async function withdraw(browser) {
	const ctx = await context(browser, { storageState: adminState });
	const page = await ctx.newPage();
	try {
		await page.goto(`${env.url}/admin/procedures/${CODE}`);
		await go(page, page.getByRole('button', { name: 'Ngừng áp dụng thủ tục', exact: true }), `/admin/procedures/${CODE}`);
		tap.is(squash(await page.getByRole('status').first().innerText()), 'Đã ngừng áp dụng thủ tục.',
			'the administrator withdraws it');
		await page.goto(`${env.url}/procedures?q=${encodeURIComponent(QUERY)}`);
		tap.is(await page.locator(`a[href="/procedures/${CODE}"]`).count(), 0, '… and the search no longer offers it');
	} catch (err) {
		tap.fail('withdraw', err);
	}
	await ctx.close();
}

async function accessible(browser) {
	for (const v of VIEWPORTS) {
		// axe-core is injected past the page's CSP: this context only.
		const ctx = await browser.newContext({ ...v.options, locale: 'vi-VN', bypassCSP: true, storageState: adminState });
		ctx.setDefaultTimeout(15000);
		const page = await ctx.newPage();
		try {
			for (const path of ['/admin/procedures', '/admin/procedures/new', `/admin/procedures/${CODE}`,
				`/admin/procedures/${CODE}/versions?v=1`]) {
				await page.goto(`${env.url}${path}`);
				await axeCheck(page, `${v.name}: ${path}`);
				await noSideScroll(tap, page, v, path);
			}
			await page.goto(`${env.url}/admin/procedures/new`);
			await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: T.save, exact: true }).click()]);
			tap.ok(await page.locator('.error-summary').isVisible(), `${v.name}: the empty form sent: its errors listed`);
			await axeCheck(page, `${v.name}: the form with its errors`);
		} catch (err) {
			tap.fail(`${v.name}: accessibility`, err);
		}
		await ctx.close();
	}
}

const browser = await launch();
try {
	await administrator(browser);
	await citizen(browser);
	await accessible(browser);
	await withdraw(browser);
} finally {
	await browser.close();
}
tap.done();
