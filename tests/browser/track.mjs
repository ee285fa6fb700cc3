// tests/browser/track.mjs — the receipt's QR code opens the public lookup directly, in
// headless Chromium on a phone and on a desktop: the demo citizen signs in, submits a dossier
// of a full-process procedure (received online) → the receipt: the printed address under the
// QR code is a link, the one the QR code encodes (track_url of the page's XML), carrying the
// dossier's token, beside "Hồ sơ của tôi" → followed, signed out in a fresh context (as a
// phone scanning the paper would): the dossier at once, no code or digits to type, its status
// and timeline, the applicant's name only masked, nothing personal. A token changed by one
// character: the page of a lookup that found nothing. Screenshots of the lookup go to
// $DVC_VAR/screenshots/track-*.png. Prints TAP; run by track.t.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	Tap, VIEWPORTS, checkCode, dbRows, env, launch, requireStack, screenshotDir, squash, watchdog, watchProblems,
	noSideScroll,
} from './lib.mjs';

const DEMO = { login: 'congdan@demo.thanhhoa.gov.vn', password: 'DemoDVC@2026' };

// The words of the pages (xslt/i18n/vi*.xsl) the test finds things by.
const T = {
	login: 'Đăng nhập',
	start: 'Bắt đầu nộp hồ sơ',
	saveNext: 'Lưu và tiếp tục',
	submit: 'Nộp hồ sơ',
	submitted: 'Nộp hồ sơ thành công',
	qr: 'Mã QR tra cứu hồ sơ',
	mine: 'Hồ sơ của tôi',
	title: 'Tra cứu hồ sơ',
	result: 'Kết quả tra cứu',
	history: 'Quá trình xử lý',
	step1: 'Nộp hồ sơ trực tuyến',
	status1: 'Mới đăng ký',
	notFound: 'Không tìm thấy hồ sơ.',
};

const tap = new Tap();
requireStack(tap, { db: true });
watchdog(tap, 240);

// A level-4 procedure received at Hạc Thành, online, whose required components all take PDF.
function procedure() {
	const rows = dbRows(`SELECT p.id, p.current_code FROM procedures p WHERE p.level = 4
		AND p.gov_level = 'commune' AND FIND_IN_SET('online', p.channels) > 0
		AND NOT EXISTS (SELECT 1 FROM procedure_components c WHERE c.procedure_id = p.id
			AND c.required = 1 AND NOT FIND_IN_SET('pdf', c.file_types))
		AND (SELECT COUNT(*) FROM procedure_components c WHERE c.procedure_id = p.id AND c.required = 1)
			BETWEEN 1 AND 3
		ORDER BY p.id LIMIT 1`);
	if (rows.length === 0) throw new Error('no level-4 commune procedure taking PDFs');
	return { id: Number(rows[0][0]), code: checkCode(rows[0][1]) };
}

async function makePdf(browser, dir) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.setContent('<!doctype html><html lang="vi"><meta charset="utf-8"><h1>TỜ KHAI</h1><p>Kính gửi: UBND phường Hạc Thành</p>');
	const path = join(dir, 'to-khai.pdf');
	writeFileSync(path, await page.pdf({ format: 'A4' }));
	await context.close();
	return path;
}

// Loads url in page and waits for it; the response.
async function open(page, url) {
	return page.goto(url.startsWith('http') ? url : `${env.url}${url}`, { waitUntil: 'load' });
}

async function clickTo(page, locator, pathTest) {
	await Promise.all([
		page.waitForURL((u) => pathTest(u), { waitUntil: 'load' }),
		locator.click(),
	]);
}

// The demo citizen submits a dossier of p in the browser; the receipt page's URL.
async function submitDossier(page, p, pdf) {
	await open(page, '/account/login');
	const form = page.locator('main form').first();
	await form.locator('input[name="login"]').fill(DEMO.login);
	await form.locator('input[name="password"]').fill(DEMO.password);
	await clickTo(page, form.getByRole('button', { name: T.login, exact: true }), (u) => u.pathname !== '/account/login');
	await open(page, `/submit/new?procedure=${encodeURIComponent(p.code)}`);
	if (new URL(page.url()).pathname === '/submit/new') {
		await clickTo(page, page.getByRole('button', { name: T.start, exact: true }), (u) => /^\/submit\/\d+\/info$/.test(u.pathname));
	}
	const id = new URL(page.url()).pathname.split('/')[2];
	const base = `/submit/${id}`;
	await open(page, `${base}/info`);
	const address = page.locator('[name="applicant_address"]');
	if ((await address.inputValue()) === '') await address.fill('Số 8 ngõ 12 đường Trần Phú, phường Hạc Thành');
	await clickTo(page, page.getByRole('button', { name: T.saveNext, exact: true }), (u) => u.pathname === `${base}/files`);
	const required = dbRows(`SELECT id, sort FROM procedure_components WHERE procedure_id = ${p.id} AND required = 1
		ORDER BY sort`);
	for (const [cid, sort] of required) {
		// Each upload lands on its own component: the URL of the one before cannot satisfy the wait.
		await page.getByLabel(`Chọn tệp cho thành phần ${sort}`, { exact: true }).setInputFiles(pdf);
		await clickTo(page, page.getByRole('button', { name: `Tải lên tệp cho thành phần ${sort}`, exact: true }),
			(u) => u.searchParams.get('msg') === 'uploaded' && u.hash === `#component-${cid}`);
	}
	await open(page, `${base}/delivery`);
	await page.locator('input[name="channel"][value="online"]').check();
	await clickTo(page, page.getByRole('button', { name: T.saveNext, exact: true }), (u) => u.pathname === `${base}/fees`);
	await open(page, `${base}/review`);
	await clickTo(page, page.getByRole('button', { name: T.submit, exact: true }),
		(u) => u.pathname === `${base}/receipt`);
	return { id, url: page.url() };
}

const shots = screenshotDir();
const browser = await launch();
const dir = mkdtempSync(join(tmpdir(), 'dvc-track-'));
try {
	const pdf = await makePdf(browser, dir);
	const p = procedure();
	tap.diag(`procedure ${p.code}`);
	for (const vp of VIEWPORTS) {
		const label = (what) => `${vp.name}: ${what}`;
		const context = await browser.newContext({ ...vp.options, locale: 'vi-VN' });
		context.setDefaultTimeout(15000);
		const page = await context.newPage();
		const problems = [];
		await watchProblems(context, page, problems, new Set([404]));
		let step = 'submit';
		try {
			const { id, url } = await submitDossier(page, p, pdf);
			const [code, token, name] = dbRows(`SELECT d.code, d.track_token, d.applicant_name FROM dossiers d
				WHERE d.id = ${Number(id)}`)[0];
			tap.ok(new URL(url).searchParams.get('msg') === 'submitted'
				&& squash(await page.locator('.banner-title').innerText()) === T.submitted,
			label(`dossier ${code} submitted: "${T.submitted}"`));

			step = 'the receipt';
			const banner = page.locator('.banner');
			const trackLink = banner.locator('a.receipt-track-link');
			const want = `${env.url}/track/${token}`;
			tap.is(await trackLink.getAttribute('href'), want, label('the success banner links the tracking address (the token)'));
			tap.is(await banner.getByRole('link', { name: T.mine, exact: true }).getAttribute('href'), '/dossiers/',
				label(`… and "${T.mine}"`));
			const xml = await page.request.get(`${env.url}${new URL(url).pathname}?format=xml`);
			const trackUrl = ((await xml.text()).match(/<track_url>([^<]*)<\/track_url>/) ?? [])[1]?.replace(/&amp;/g, '&');
			tap.is(trackUrl, want, label('the QR code encodes that address (track_url of the page data)'));
			const printed = page.locator('.slip-qr figcaption a.slip-qr-url');
			tap.is(await printed.getAttribute('href'), want, label('the address printed under the QR code is that link'));
			tap.is(squash(await printed.innerText()), want, label('… and prints it in full'));
			tap.ok(await page.getByRole('img', { name: T.qr, exact: true }).isVisible(), label('the QR code is shown'));
			await noSideScroll(tap, page, vp, 'the receipt');

			// Scanned or typed on another device: no session, no cookie.
			step = 'the link, signed out';
			const stranger = await browser.newContext({ ...vp.options, locale: 'vi-VN' });
			const phone = await stranger.newPage();
			const strangerProblems = [];
			await watchProblems(stranger, phone, strangerProblems, new Set([404]));
			const res = await open(phone, trackUrl);
			tap.is(res.status(), 200, label('the link opens with 200'));
			tap.is(new URL(phone.url()).pathname, `/track/${token}`, label('at /track/TOKEN'));
			tap.is(squash(await phone.getByRole('heading', { level: 1 }).innerText()), T.title, label(`the page "${T.title}"`));
			const result = phone.getByRole('region', { name: T.result, exact: true });
			tap.ok(await result.isVisible(), label(`the dossier at once ("${T.result}"), no code or digits typed`));
			const text = squash(await result.innerText());
			tap.ok(text.includes(code) && text.includes(T.status1), label(`its code and status ("${T.status1}")`), [text.slice(0, 300)]);
			tap.ok(text.includes(T.history) && text.includes(T.step1), label(`its timeline, from "${T.step1}"`));
			const first = squash(name).charAt(0);
			tap.ok(!text.includes(squash(name)) && text.includes(`${first}***`), label('the name only masked'), [name]);
			const [phoneNo, cccd, email] = dbRows(`SELECT applicant_phone, applicant_citizen_id, applicant_email
				FROM dossiers WHERE id = ${Number(id)}`)[0];
			const whole = await phone.content();
			tap.ok(![phoneNo, cccd, email].some((s) => s && whole.includes(s)), label('no phone, CCCD or e-mail on the page'));
			await noSideScroll(tap, phone, vp, 'the lookup');
			await phone.screenshot({ path: join(shots, `track-${vp.name}.png`), fullPage: true });

			step = 'a changed token';
			const changed = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
			const miss = await open(phone, `/track/${changed}`);
			tap.is(miss.status(), 404, label('a token changed by one character: 404'));
			tap.ok(squash(await phone.getByRole('main').innerText()).includes(T.notFound)
				&& !(await phone.getByRole('region', { name: T.result, exact: true }).count()),
			label('… the page of a lookup that found nothing'));
			tap.ok(strangerProblems.length === 0, label('no console error, failed request or CSP violation (signed out)'), strangerProblems);
			await stranger.close();
		} catch (err) {
			tap.fail(label(`${step}: ${err.message.split('\n')[0]}`), err);
		}
		tap.ok(problems.length === 0, label('no console error, failed request or CSP violation'), problems);
		await context.close();
	}
} finally {
	await browser.close();
	rmSync(dir, { recursive: true, force: true });
}
tap.done();
