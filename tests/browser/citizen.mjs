// tests/browser/citizen.mjs — the applicant's side after submission, in headless Chromium on
// a phone: a citizen (registered for the test) has a dossier of "Thủ tục đăng ký khai sinh"
// at UBND phường Hạc Thành; the desk accepts it and assigns it, and the processor asks for a
// supplement (4 → 5), the officers over HTTP as their forms post (conf/dev/demo-accounts.txt).
// The citizen opens "Hồ sơ của tôi" from the header: the row says "Yêu cầu bổ sung giấy tờ"
// and "Nộp giấy tờ bổ sung", which leads to the dossier's page; the processor's request is
// shown, a real PDF (Chromium's page.pdf()) is uploaded to a component and the supplement sent:
// the page says so and reads "Đang xử lý", the database has status 4 and the applicant's event.
// The officers then finish and return the dossier; the citizen comes back to the page, rates
// the service "Rất hài lòng" with a comment, and the page shows the rating, once. On every page:
// no horizontal scrolling; no console error, failed request, page error or CSP violation.
// Screenshots go to $DVC_VAR/screenshots/citizen-*. Prints TAP; run by citizen.t under tests/run.

import { randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'playwright-core';
import {
	Tap, VIEWPORTS, dbRows, env, fillRegistration, launch, noSideScroll, requireStack, screenshotDir, squash,
	watchdog, watchProblems, verifyAndSignIn,
} from './lib.mjs';

const PROCEDURE = '1.001193.000.00.00.H56';
const AGENCY = '000.01.30.H56';
const PASSWORD = 'Bo-Sung-Giay-To-2026!';
const NOTE = 'Bổ sung bản sao giấy chứng nhận kết hôn của cha mẹ';

// The words of the pages (xslt/i18n/vi*.xsl) the test finds things by, as a person does.
const T = {
	accountNav: 'Tài khoản',
	mine: 'Hồ sơ của tôi',
	status5: 'Yêu cầu bổ sung giấy tờ',
	status4: 'Đang xử lý',
	status10: 'Đã trả kết quả',
	nextSupplement: 'Nộp giấy tờ bổ sung',
	nextRate: 'Đánh giá mức độ hài lòng',
	upload: 'Tải lên',
	send: 'Gửi giấy tờ bổ sung',
	sent: 'Đã gửi giấy tờ bổ sung. Hồ sơ được chuyển lại để tiếp tục xử lý.',
	uploaded: 'Đã tải lên',
	verySatisfied: 'Rất hài lòng',
	comment: 'Góp ý thêm',
	rate: 'Gửi đánh giá',
	rated: 'Cảm ơn bạn đã đánh giá.',
	ratedAs: 'Bạn đã đánh giá: Rất hài lòng',
};

const tap = new Tap();
requireStack(tap, { db: true });
watchdog(tap, 300);
const shots = screenshotDir();
const PHONE = VIEWPORTS.find((v) => v.name === 'phone');

// The demo officers of the ward, from the file the stack creates them from.
function officers() {
	const repo = process.env.DVC_REPO || join(dirname(fileURLToPath(import.meta.url)), '..', '..');
	const found = {};
	for (const line of readFileSync(join(repo, 'conf/dev/demo-accounts.txt'), 'utf8').split('\n')) {
		const f = line.split('|').map((s) => s.trim());
		if (f[0] !== 'officer' || !f[4]?.startsWith(`${AGENCY}:`)) continue;
		found[f[4].split(':')[1]] = { email: f[1], password: f[2] };
	}
	for (const role of ['receiver', 'processor', 'approver']) {
		if (!found[role]) throw new Error(`no demo ${role} of ${AGENCY} in conf/dev/demo-accounts.txt`);
	}
	return found;
}

const csrfOf = (html) => (/name="csrf" value="([0-9a-f]+)"/.exec(html) || [])[1];

// ------------------------------------------------------------------ HTTP, as the forms post

// form(API, PATH, FIELDS, PAGE): POSTs the form of PAGE (its CSRF token) to PATH; the status
// and where it leads. multipart: FIELDS may hold a file { name, mimeType, buffer }.
async function form(api, path, fields, page, multipart = false) {
	const got = await api.get(`${env.url}${page}`);
	const csrf = csrfOf(await got.text());
	if (!csrf) throw new Error(`no CSRF token on ${page} (${got.status()})`);
	const body = { csrf, ...fields };
	const r = await api.post(`${env.url}${path}`, { ...(multipart ? { multipart: body } : { form: body }),
		headers: { Origin: env.url }, maxRedirects: 0 });
	return { status: r.status(), location: r.headers().location ?? '' };
}

async function signIn(who) {
	const api = await request.newContext();
	const r = await form(api, '/account/login', { login: who.email, password: who.password }, '/account/login');
	if (r.status !== 303) throw new Error(`sign in ${who.email}: ${r.status}`);
	return api;
}

// An officer's move on the dossier, as the dossier's page posts it (the version it shows).
async function move(api, d, name, fields = {}) {
	const version = dbRows(`SELECT version FROM dossiers WHERE id = ${d.id}`)[0][0];
	const r = await form(api, `/officer/dossiers/${d.id}/move`, { move: name, version, ...fields },
		`/officer/dossiers/${d.id}`);
	if (r.status !== 303) throw new Error(`${name} on ${d.id}: ${r.status}`);
}

// The citizen's dossier submitted as the submission pages post it: a draft, a PDF per
// required component, the result online, submitted. Returns { id, code }.
async function submitted(api, pdf) {
	let r = await form(api, '/submit/new', { procedure: PROCEDURE, applicant_kind: 'citizen' },
		`/submit/new?procedure=${PROCEDURE}`);
	const id = (/^\/submit\/(\d+)\/info$/.exec(r.location) || [])[1];
	if (!id) throw new Error(`new draft: ${r.status} ${r.location}`);
	for (const [cid] of dbRows(`SELECT c.id FROM procedure_components c JOIN procedures p ON p.id = c.procedure_id
		WHERE p.current_code = '${PROCEDURE}' AND c.required = 1 ORDER BY c.sort`)) {
		r = await form(api, `/submit/${id}/files`, { component: cid, file: pdf }, `/submit/${id}/files`, true);
		if (r.status !== 303) throw new Error(`upload to ${cid}: ${r.status}`);
	}
	r = await form(api, `/submit/${id}/delivery`, { channel: 'online' }, `/submit/${id}/delivery`);
	if (r.status !== 303) throw new Error(`delivery: ${r.status}`);
	r = await form(api, `/submit/${id}/submit`, {}, `/submit/${id}/review`);
	if (r.status !== 303) throw new Error(`submit: ${r.status}`);
	return { id, code: dbRows(`SELECT code FROM dossiers WHERE id = ${id}`)[0][0] };
}

// ------------------------------------------------------------------ the citizen at a phone

const problems = [];
let shotNo = 0;
async function shot(page, what) {
	shotNo += 1;
	await page.screenshot({ path: join(shots, `citizen-${String(shotNo).padStart(2, '0')}-${what}.png`), fullPage: true });
}

async function go(page, locator, path, test = () => true) {
	await Promise.all([
		page.waitForURL((u) => u.pathname === path && test(u), { waitUntil: 'load' }),
		locator.tap(),
	]);
}

const main = (page) => page.getByRole('main');
const statusShown = async (page) => squash(await main(page).locator('.badge-status').first().innerText());

async function run(browser, who, dir) {
	const context = await browser.newContext({ ...PHONE.options, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
	context.setDefaultTimeout(15000);
	const page = await context.newPage();
	await watchProblems(context, page, problems);
	let step = 'a PDF';
	try {
		await page.setContent('<!doctype html><html lang="vi"><meta charset="utf-8"><h1>GIẤY CHỨNG NHẬN KẾT HÔN</h1>'
			+ '<p>Bản sao có chứng thực — Ủy ban nhân dân phường Hạc Thành</p>');
		const pdfPath = join(dir, 'ban-sao-giay-chung-nhan-ket-hon.pdf');
		writeFileSync(pdfPath, await page.pdf({ format: 'A4' }));
		const pdf = { name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: readFileSync(pdfPath) };

		step = 'the citizen registers';
		let cccd;
		do cccd = `0381940${String(randomInt(0, 100000)).padStart(5, '0')}`;
		while (dbRows(`SELECT COUNT(*) FROM users WHERE citizen_id = '${cccd}'`)[0][0] !== '0');
		const person = { name: 'Lê Thị Thu Hà', cccd, born: '1994-06-15', phone: '0912 468 135', email: `thuha.${cccd}@example.vn` };
		await page.goto(`${env.url}/account/register`);
		const reg = page.locator('form[action="/account/register"]');
		await fillRegistration(reg, person, PASSWORD);
		await Promise.all([
			page.waitForResponse((r) => r.url().endsWith('/account/register') && r.request().method() === 'POST'),
			page.waitForEvent('load'),
			reg.getByRole('button', { name: 'Đăng ký', exact: true }).tap(),
		]);
		await verifyAndSignIn(page, person, PASSWORD);

		step = 'the dossier submitted, then asked for a supplement';
		const d = await submitted(context.request, pdf);
		const o = {};
		for (const role of ['receiver', 'processor', 'approver']) o[role] = await signIn(who[role]);
		const processorId = dbRows(`SELECT id FROM users WHERE email = '${who.processor.email}'`)[0][0];
		await move(o.receiver, d, 'accept');
		await move(o.receiver, d, 'assign', { assignee: processorId });
		await move(o.processor, d, 'supplement', { note: NOTE });
		tap.is(dbRows(`SELECT status FROM dossiers WHERE id = ${d.id}`)[0][0], '5', `${d.code}: the processor asked for a supplement (5)`);

		step = `"${T.mine}"`;
		await page.goto(`${env.url}/`);
		const nav = page.getByRole('banner').getByRole('navigation', { name: T.accountNav, exact: true });
		await go(page, nav.getByRole('link', { name: T.mine, exact: true }), '/dossiers/');
		const row = page.getByRole('row').filter({ hasText: d.code });
		const rowText = squash(await row.innerText());
		tap.ok(rowText.includes(T.status5) && rowText.includes(T.nextSupplement),
			`"${T.mine}" lists ${d.code} as "${T.status5}", to "${T.nextSupplement}"`, [rowText]);
		await noSideScroll(tap, page, PHONE, T.mine);
		await shot(page, 'mine');

		step = 'the dossier\'s page';
		await go(page, row.getByRole('link', { name: T.nextSupplement, exact: true }), `/dossiers/${d.code}`);
		const section = main(page).locator('#supplement');
		tap.ok(squash(await section.innerText()).includes(NOTE), 'the page shows what the processor asked for', [NOTE]);
		await noSideScroll(tap, page, PHONE, 'the dossier asking for a supplement');
		await shot(page, 'supplement-asked');

		step = 'the upload';
		const upload = section.locator('form.upload').first();
		await upload.locator('input[type="file"]').setInputFiles(pdfPath);
		await go(page, upload.getByRole('button', { name: T.upload, exact: true }), `/dossiers/${d.code}`,
			(u) => u.searchParams.get('msg') === 'uploaded');
		tap.ok(squash(await section.innerText()).includes('ban-sao-giay-chung-nhan-ket-hon.pdf'),
			'the file is listed among the supplement\'s files');
		tap.is(dbRows(`SELECT COUNT(*) FROM dossier_files WHERE dossier_id = ${d.id} AND kind = 'supplement'`)[0][0], '1',
			'the database has the supplement\'s file');

		step = 'the supplement sent';
		await go(page, section.getByRole('button', { name: T.send, exact: true }), `/dossiers/${d.code}`,
			(u) => u.searchParams.get('msg') === 'supplemented');
		tap.is(squash(await page.getByRole('status').first().innerText()), T.sent, `the page says "${T.sent}"`);
		tap.is(await statusShown(page), T.status4, `the dossier reads "${T.status4}" again`);
		tap.is(dbRows(`SELECT d.status, e.move, e.role FROM dossiers d JOIN dossier_events e ON e.dossier_id = d.id
			WHERE d.id = ${d.id} ORDER BY e.id DESC LIMIT 1`)[0].join(' '), '4 supplemented applicant',
		'the database: status 4, the applicant\'s "supplemented" event');
		await noSideScroll(tap, page, PHONE, 'the dossier back in processing');
		await shot(page, 'supplement-sent');

		step = 'the officers finish and return it';
		await move(o.processor, d, 'propose');
		await move(o.approver, d, 'approve');
		await move(o.receiver, d, 'return');

		step = 'the rating';
		await page.goto(`${env.url}/dossiers/`);
		const row2 = page.getByRole('row').filter({ hasText: d.code });
		tap.ok(squash(await row2.innerText()).includes(T.nextRate), `"${T.mine}": "${T.nextRate}"`);
		await go(page, row2.getByRole('link', { name: T.nextRate, exact: true }), `/dossiers/${d.code}`);
		tap.is(await statusShown(page), T.status10, `the dossier reads "${T.status10}"`);
		const rating = main(page).locator('#rating');
		await rating.getByLabel(T.verySatisfied, { exact: true }).check();
		await rating.getByLabel(T.comment).fill('Cán bộ hướng dẫn rõ ràng, trả kết quả đúng hẹn.');
		await go(page, rating.getByRole('button', { name: T.rate, exact: true }), `/dossiers/${d.code}`,
			(u) => u.searchParams.get('msg') === 'rated');
		tap.is(squash(await page.getByRole('status').first().innerText()), T.rated, `the page says "${T.rated}"`);
		tap.ok(squash(await rating.innerText()).includes(T.ratedAs), `the page shows "${T.ratedAs}"`);
		tap.is(await rating.getByRole('button', { name: T.rate }).count(), 0, 'no form to rate again');
		tap.is(dbRows(`SELECT level, comment FROM dossier_ratings WHERE dossier_id = ${d.id}`).map((r) => r.join(' | ')).join(),
			'very_satisfied | Cán bộ hướng dẫn rõ ràng, trả kết quả đúng hẹn.', 'the database has the rating, once');
		await noSideScroll(tap, page, PHONE, 'the rated dossier');
		await shot(page, 'rated');
		for (const api of Object.values(o)) await api.dispose();
	} catch (err) {
		tap.fail(step, err);
		await shot(page, 'failure').catch(() => {});
	}
	tap.ok(problems.length === 0, 'no console errors, failed requests, page errors or CSP violations', problems);
	await context.close();
}

const browser = await launch();
const dir = mkdtempSync(join(tmpdir(), 'dvc-citizen-'));
try {
	await run(browser, officers(), dir);
} catch (err) {
	tap.fail('the browser ran', err);
} finally {
	await browser.close();
	rmSync(dir, { recursive: true, force: true });
}
tap.diag(`screenshots: ${shots}`);
tap.done();
