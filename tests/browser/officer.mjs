// tests/browser/officer.mjs — a whole case in headless Chromium, from the citizen's submission
// to the result in the citizen's hands, through the three officers of UBND phường Hạc Thành
// (conf/dev/demo-accounts.txt), each in a browser context of their own:
//   the citizen (registered for the test, on a phone) submits "Thủ tục đăng ký khai sinh"
//   (level 4) with a real PDF per required component and the result to be received online
//   → 1. the receiver goes to /officer/, signs in and lands on "Hồ sơ cần xử lý"; "Chờ tiếp
//   nhận", the dossier found by its code, opened; "Tiếp nhận hồ sơ (lập Giấy tiếp nhận)": the
//   page says it is done, "Được tiếp nhận", the slip "Giấy tiếp nhận hồ sơ và hẹn trả kết
//   quả" under "Phiếu đã lập" (Số …/TNHS and the code); "Chuyển xử lý" to Hoàng Văn Nam:
//   "Đang xử lý" → 2. the processor: "Đang xử lý", a real PDF (Chromium's page.pdf()) through
//   "Trình phê duyệt kết quả điện tử": listed among the files → 3. the approver: "Chờ phê
//   duyệt", downloads the result (the same bytes), "Phê duyệt kết quả": "Đã xử lý xong" → 4.
//   the receiver again: "Chờ trả kết quả", "Trả kết quả": "Đã trả kết quả", the history (the
//   process-control slip) lists the six steps in order, by whom → 5. the citizen signs in
//   again, "Hồ sơ của tôi" → the receipt → "Kết quả giải quyết": the download's bytes are the
//   PDF the processor uploaded (SHA-256). The database agrees at every step.
// The officers work on a desktop (1280×800); at every step a second context of the same
// officer on a phone (390×844, touch) opens the inbox and the dossier with every action's
// form unfolded (their fields as wide as the phone allows). On every page: no horizontal
// scrolling; no console error, failed request, page error or CSP violation. Screenshots go to $DVC_VAR/screenshots/officer-*. Prints TAP;
// run by officer.t under tests/run.

import { createHash, randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	Tap, VIEWPORTS, dbRows, env, launch, noSideScroll, requireStack, screenshotDir, squash, watchdog, watchProblems,
	fillRegistration, verifyAndSignIn,
} from './lib.mjs';

const PROCEDURE = '1.001193.000.00.00.H56';
const AGENCY = '000.01.30.H56';
const PASSWORD = 'Ket-Qua-Dien-Tu-2026!';
const CITIZEN = { name: 'Trịnh Thị Mai Anh', born: '1994-11-03', digit4: '1', yy: '94', phone: '0978 135 246', mail: 'maianh' };

// The words of the pages (xslt/i18n/vi*.xsl) the test finds things by, as a person does.
const T = {
	loginField: 'Số định danh cá nhân (CCCD) hoặc thư điện tử',
	password: 'Mật khẩu',
	login: 'Đăng nhập',
	accountNav: 'Tài khoản',
	inbox: 'Hồ sơ cần xử lý',
	tabs: 'Nhóm hồ sơ',
	tab: {
		receive: 'Chờ tiếp nhận', process: 'Đang xử lý', approve: 'Chờ phê duyệt', return: 'Chờ trả kết quả',
	},
	q: 'Mã hồ sơ hoặc tên người nộp',
	filter: 'Lọc',
	role: { receiver: 'Tiếp nhận hồ sơ (một cửa)', processor: 'Xử lý hồ sơ', approver: 'Phê duyệt' },
	done: 'Đã thực hiện: ',
	accept: 'Tiếp nhận hồ sơ (lập Giấy tiếp nhận)',
	assign: 'Chuyển xử lý',
	assignTo: 'Chuyển cho cán bộ xử lý',
	proposeFile: 'Trình phê duyệt kết quả điện tử',
	resultFile: 'Tệp kết quả',
	approve: 'Phê duyệt kết quả',
	return: 'Trả kết quả',
	awaiting: 'Kết quả đang chờ phê duyệt',
	files: 'Thành phần hồ sơ',
	resultKind: 'Kết quả giải quyết',
	slips: 'Phiếu đã lập',
	slip1: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
	slipCode: 'Mã hồ sơ: ',
	history: 'Quá trình xử lý (Phiếu kiểm soát quá trình giải quyết hồ sơ)',
	applicant: 'Người nộp hồ sơ',
	status: {
		1: 'Mới đăng ký', 2: 'Được tiếp nhận', 4: 'Đang xử lý', 9: 'Đã xử lý xong', 10: 'Đã trả kết quả',
	},
	move: {
		submit: 'Nộp hồ sơ trực tuyến', accept: 'Tiếp nhận hồ sơ', assign: 'Chuyển xử lý',
		propose: 'Trình phê duyệt kết quả', approve: 'Phê duyệt kết quả', return: 'Trả kết quả',
	},
	// The citizen's side.
	apply: 'Nộp hồ sơ trực tuyến',
	start: 'Bắt đầu nộp hồ sơ',
	address: 'Địa chỉ liên hệ',
	saveNext: 'Lưu và tiếp tục',
	next: 'Tiếp tục',
	choose: 'Chọn tệp cho thành phần ',
	upload: 'Tải lên tệp cho thành phần ',
	online: /^Nhận kết quả trực tuyến/,
	submit: 'Nộp hồ sơ',
	mine: 'Hồ sơ của tôi',
	receiptLink: 'Giấy tiếp nhận',
	result: 'Kết quả giải quyết',
};

const tap = new Tap();
requireStack(tap, { db: true });
watchdog(tap, 420);
const shots = screenshotDir();
const DESKTOP = VIEWPORTS.find((v) => v.name === 'desktop');
const PHONE = VIEWPORTS.find((v) => v.name === 'phone');

// The demo officers of the ward, from the file the stack creates them from.
function officers() {
	const repo = process.env.DVC_REPO || join(dirname(fileURLToPath(import.meta.url)), '..', '..');
	const found = {};
	for (const line of readFileSync(join(repo, 'conf/dev/demo-accounts.txt'), 'utf8').split('\n')) {
		const f = line.split('|').map((s) => s.trim());
		if (f[0] !== 'officer' || !f[4]?.startsWith(`${AGENCY}:`)) continue;
		found[f[4].split(':')[1]] = { email: f[1], password: f[2], name: f[3] };
	}
	for (const role of ['receiver', 'processor', 'approver']) {
		if (!found[role]) throw new Error(`no demo ${role} of ${AGENCY} in conf/dev/demo-accounts.txt`);
	}
	return found;
}

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

// ------------------------------------------------------------------ the files

// Real PDFs printed by Chromium: the citizen's two papers and the result the processor signs.
async function makeFiles(browser, dir) {
	const context = await browser.newContext({ viewport: { width: 640, height: 400 } });
	const page = await context.newPage();
	const pdf = async (file, title, lines) => {
		await page.setContent(`<!doctype html><html lang="vi"><meta charset="utf-8">
			<style>body{font:13pt serif;margin:2cm}h1{font-size:15pt;text-align:center}</style>
			<h1>${title}</h1>${lines.map((l) => `<p>${l}</p>`).join('')}`);
		const path = join(dir, file);
		writeFileSync(path, await page.pdf({ format: 'A4' }));
		return { path, name: file };
	};
	const files = {
		form: await pdf('to-khai-khai-sinh.pdf', 'TỜ KHAI ĐĂNG KÝ KHAI SINH',
			['Kính gửi: Ủy ban nhân dân phường Hạc Thành', 'Họ, chữ đệm, tên người yêu cầu: Trịnh Thị Mai Anh']),
		birth: await pdf('giay-chung-sinh.pdf', 'GIẤY CHỨNG SINH',
			['Bệnh viện Phụ sản Thanh Hóa', 'Họ và tên mẹ: Trịnh Thị Mai Anh']),
		result: await pdf('Trích lục khai sinh.pdf', 'TRÍCH LỤC KHAI SINH (BẢN SAO)',
			['Ủy ban nhân dân phường Hạc Thành, tỉnh Thanh Hóa', 'Họ, chữ đệm, tên: Nguyễn Minh Khang',
				`Số: ${randomInt(100, 1000)}/TLKS — bản điện tử có chữ ký số`]),
	};
	await context.close();
	return files;
}

// ------------------------------------------------------------------ a person at a browser

const two = (n) => String(n).padStart(2, '0');

// A browser context of its own: one person on one device, watched for problems.
async function open(browser, vp, who) {
	const context = await browser.newContext({ ...vp.options, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
	context.setDefaultTimeout(15000);
	context.setDefaultNavigationTimeout(20000);
	const page = await context.newPage();
	const problems = [];
	await watchProblems(context, page, problems);
	return { browser, context, page, problems, vp, who, label: (what) => `${who} (${vp.name}): ${what}` };
}

async function close(s) {
	tap.ok(s.problems.length === 0, s.label('no console errors, failed requests, page errors or CSP violations'),
		s.problems);
	await s.context.close();
}

let shotNo = 0;
async function shot(s, what) {
	shotNo += 1;
	await s.page.screenshot({ path: join(shots, `officer-${two(shotNo)}-${s.vp.name}-${what}.png`), fullPage: true });
}

// A tap on a phone, a click elsewhere.
const press = (s, locator) => (s.vp.options.hasTouch ? locator.tap() : locator.click());

async function type(s, field, text) {
	await press(s, field);
	await field.fill('');
	await field.pressSequentially(text, { delay: 2 });
}

// Presses what leads to another page and waits for it (its path, and a test on the URL).
async function go(s, locator, path, test = () => true) {
	await Promise.all([
		s.page.waitForURL((u) => (typeof path === 'string' ? u.pathname === path : path.test(u.pathname)) && test(u),
			{ waitUntil: 'load' }),
		press(s, locator),
	]);
}

const h1 = async (page) => squash(await page.getByRole('heading', { level: 1 }).innerText());
const main = (page) => page.getByRole('main');
const sideScroll = (s, where) => noSideScroll(tap, s.page, s.vp, where);

// ------------------------------------------------------------------ the citizen

function newCccd() {
	for (let i = 0; i < 20; i += 1) {
		const cccd = `038${CITIZEN.digit4}${CITIZEN.yy}${String(randomInt(0, 1000000)).padStart(6, '0')}`;
		if (dbRows(`SELECT COUNT(*) FROM users WHERE citizen_id = '${cccd}'`)[0][0] === '0') return cccd;
	}
	throw new Error('no free CCCD in 20 draws');
}

async function register(s, person) {
	const { page } = s;
	await page.goto(`${env.url}/account/register`);
	const form = page.locator('form[action="/account/register"]');
	await fillRegistration(form, person, PASSWORD);
	await Promise.all([
		page.waitForResponse((r) => r.url().endsWith('/account/register') && r.request().method() === 'POST'),
		page.waitForEvent('load'),
		press(s, form.getByRole('button', { name: 'Đăng ký', exact: true })),
	]);
	await verifyAndSignIn(page, person, PASSWORD);
}

// The citizen submits a dossier of the procedure, the result to be received online; returns
// the dossier's id and code.
async function submit(s, person, files) {
	const { page } = s;
	const label = s.label;
	await page.goto(`${env.url}/procedures/${PROCEDURE}`);
	const name = await h1(page);
	tap.ok(/đăng ký khai sinh/i.test(name), label(`${PROCEDURE} is "${name}"`));
	await go(s, main(page).getByRole('link', { name: T.apply, exact: true }).first(), '/submit/new');
	await go(s, page.getByRole('button', { name: T.start, exact: true }), /^\/submit\/\d+\/info$/);
	const id = new URL(page.url()).pathname.split('/')[2];
	const base = `/submit/${id}`;
	await type(s, page.getByLabel(T.address, { exact: true }), 'Số 15 đường Bà Triệu, phường Hạc Thành, tỉnh Thanh Hóa');
	await go(s, page.getByRole('button', { name: T.saveNext, exact: true }), `${base}/files`);

	const procId = dbRows(`SELECT id FROM procedures WHERE current_code = '${PROCEDURE}'`)[0][0];
	const required = dbRows(`SELECT id, sort FROM procedure_components WHERE procedure_id = ${procId}
		AND required = 1 ORDER BY sort`);
	const papers = [files.form, files.birth];
	for (const [cid, sort] of required) {
		const file = papers.shift() ?? files.birth;
		await page.getByLabel(`${T.choose}${sort}`, { exact: true }).setInputFiles(file.path);
		await go(s, page.getByRole('button', { name: `${T.upload}${sort}`, exact: true }), `${base}/files`,
			(u) => u.searchParams.get('msg') === 'uploaded' && u.hash === `#component-${cid}`);
	}
	await sideScroll(s, 'the files step');
	await go(s, main(page).getByRole('link', { name: T.next, exact: true }), `${base}/delivery`);
	const online = page.getByRole('radio', { name: T.online });
	await press(s, online);
	tap.ok(await online.isChecked(), label('"Nhận kết quả trực tuyến" is chosen'));
	await go(s, page.getByRole('button', { name: T.saveNext, exact: true }), `${base}/fees`);
	// The fees step: no copy asked for (the fee per copy is paid only when asked), nothing to pay.
	await go(s, page.getByRole('button', { name: T.saveNext, exact: true }), `${base}/review`);
	await go(s, page.getByRole('button', { name: T.submit, exact: true }), `${base}/receipt`,
		(u) => u.searchParams.get('msg') === 'submitted');
	const code = squash(await page.locator('.slip .slip-code .code').innerText());
	const [dbCode, status, channel, agency, agencyName] = dbRows(`SELECT d.code, d.status, d.channel, a.code, a.name
		FROM dossiers d JOIN agencies a ON a.id = d.agency_id WHERE d.id = ${id}`)[0];
	tap.is(code, dbCode, label(`submitted: the receipt shows the code ${code}, the database's`));
	tap.is(`${status} ${channel} ${agency}`, `1 online ${AGENCY}`,
		label(`the dossier is "Mới đăng ký" (1), the result online, received by ${AGENCY}`));
	await sideScroll(s, 'the receipt');
	await shot(s, 'citizen-receipt');
	return { id, code, procedure: name, agency: agencyName };
}

// ------------------------------------------------------------------ the officers

// Goes to /officer/ as an officer does from a bookmark: the sign-in page, then the inbox.
async function signIn(s, officer) {
	const { page } = s;
	await page.goto(`${env.url}/officer/`);
	const at = new URL(page.url());
	tap.ok(at.pathname === '/account/login' && at.searchParams.get('next') === '/officer/',
		s.label('/officer/ unsigned leads to the sign-in page, to come back'), [page.url()]);
	const form = page.locator('form[action="/account/login"]');
	await type(s, form.getByLabel(T.loginField, { exact: true }), officer.email);
	await type(s, form.getByLabel(T.password, { exact: true }), officer.password);
	await Promise.all([
		page.waitForResponse((r) => r.url().endsWith('/account/login') && r.request().method() === 'POST'),
		page.waitForEvent('load'),
		press(s, form.getByRole('button', { name: T.login, exact: true })),
	]);
	tap.is(new URL(page.url()).pathname, '/officer/', s.label(`signs in as ${officer.email} and lands on /officer/`));
	tap.is(await h1(page), T.inbox, s.label(`the page is "${T.inbox}"`));
	const roles = squash(await page.locator('.inbox-roles').innerText().catch(() => ''));
	tap.ok(roles.includes('phường Hạc Thành') && roles.includes(T.role[officer.role]),
		s.label(`the inbox names the ward and the role "${T.role[officer.role]}"`), [roles]);
}

// The inbox tab, the dossier found by its code through the filter; returns its row's text.
async function findInTab(s, tab, d) {
	const { page } = s;
	if (new URL(page.url()).pathname !== '/officer/') {
		await go(s, page.getByRole('banner').getByRole('link', { name: T.inbox, exact: true }), '/officer/');
	}
	// A tab's name is its label and, apart, how many dossiers wait there.
	const tabs = page.getByRole('navigation', { name: T.tabs, exact: true });
	const link = tabs.getByRole('link', { name: new RegExp(`^${T.tab[tab]} \\d+$`) });
	await go(s, link, '/officer/', (u) => u.searchParams.get('tab') === tab);
	tap.is(await tabs.locator('a[aria-current="page"]').evaluate((a) => a.firstChild.textContent.trim()), T.tab[tab],
		s.label(`"${T.tab[tab]}" is the tab shown`));
	const count = Number(squash(await link.locator('.tab-count').innerText().catch(() => '0')));
	tap.ok(count >= 1, s.label(`"${T.tab[tab]}" counts ${count} dossier(s) waiting`));
	await type(s, page.getByLabel(T.q, { exact: true }), d.code);
	await go(s, page.getByRole('button', { name: T.filter, exact: true }), '/officer/',
		(u) => u.searchParams.get('q') === d.code && u.searchParams.get('tab') === tab);
	const rows = page.getByRole('row').filter({ has: page.getByRole('link', { name: d.code, exact: true }) });
	tap.is(await rows.count(), 1, s.label(`"${T.tab[tab]}" filtered by ${d.code}: its row`));
	const text = squash(await rows.first().innerText());
	tap.ok(text.includes(d.procedure) && text.includes(CITIZEN.name),
		s.label('the row names the procedure and the applicant'), [text]);
	await sideScroll(s, `inbox "${T.tab[tab]}"`);
	return text;
}

async function openDossier(s, d) {
	await go(s, s.page.getByRole('row').getByRole('link', { name: d.code, exact: true }), `/officer/dossiers/${d.id}`);
	tap.ok((await h1(s.page)).includes(d.code), s.label(`the dossier's page has the code ${d.code} in its title`));
}

const statusShown = async (page) => squash(await main(page).locator('.badge-status').first().innerText());
const dbStatus = (d) => dbRows(`SELECT status FROM dossiers WHERE id = ${d.id}`)[0][0];

// After an action: the page says it is done, the status in words and in the database.
async function moved(s, d, move, status) {
	const { page } = s;
	const banner = squash(await page.getByRole('status').filter({ hasText: T.done }).innerText().catch(() => ''));
	tap.is(banner, `${T.done}${T.move[move]}`, s.label(`the page says "${T.done}${T.move[move]}"`));
	tap.is(await statusShown(page), T.status[status], s.label(`the status reads "${T.status[status]}"`));
	tap.is(dbStatus(d), String(status), s.label(`the database has status ${status}`));
}

// A simple action: its one button.
async function act(s, d, label, move) {
	await go(s, main(s.page).getByRole('button', { name: label, exact: true }), `/officer/dossiers/${d.id}`,
		(u) => u.searchParams.get('msg') === 'done' && u.searchParams.get('move') === move);
}

// An action with fields: its <details> unfolded by its summary.
async function unfold(s, label) {
	const details = main(s.page).locator('form details').filter({
		has: s.page.locator('summary').getByText(label, { exact: true }),
	});
	await press(s, details.locator('summary'));
	tap.ok(await details.evaluate((e) => e.open), s.label(`"${label}" unfolds its form`));
	return details;
}

// The phone: the same officer in a second context looks at the inbox tab and the dossier,
// every action's form unfolded, before the desktop acts.
async function phoneLook(phones, browser, officer, tab, d, what) {
	let s = phones[officer.role];
	if (!s) {
		s = await open(browser, PHONE, officer.role);
		phones[officer.role] = s;
		await signIn(s, officer);
	}
	try {
		await findInTab(s, tab, d);
		await shot(s, `${what}-inbox`);
		await openDossier(s, d);
		const summaries = main(s.page).locator('form details > summary');
		for (let i = 0; i < (await summaries.count()); i += 1) await press(s, summaries.nth(i));
		await sideScroll(s, `the dossier with ${await summaries.count()} action form(s) unfolded`);
		const cramped = await main(s.page).locator('.action-body').evaluateAll((bodies) => bodies.flatMap((b) => [
			...b.querySelectorAll('textarea, select, input:not([type="hidden"]):not(.input-short)')]
			.filter((f) => f.getBoundingClientRect().width < 0.6 * b.clientWidth)
			.map((f) => `${f.id}: ${Math.round(f.getBoundingClientRect().width)} px of ${b.clientWidth}`)));
		tap.ok(cramped.length === 0, s.label('the unfolded forms\' fields have the width of the phone'), cramped);
		// A stacked table's cells: each value beside its label, none squeezed to a sliver.
		const narrow = await main(s.page).locator('.table-stack td').evaluateAll((tds) => tds
			.filter((td) => td.textContent.trim() !== '' && td.getBoundingClientRect().width < 120)
			.map((td) => `${td.dataset.label}: ${Math.round(td.getBoundingClientRect().width)} px`));
		tap.ok(narrow.length === 0, s.label('the history table\'s cells have room on the phone'), narrow);
		await shot(s, `${what}-dossier`);
	} catch (err) {
		tap.fail(s.label(`the phone's look at "${T.tab[tab]}"`), err);
		await shot(s, `${what}-failure`).catch(() => {});
	}
}

// The process-control slip on the dossier's page: its rows as [step, who] in order.
async function history(page) {
	const section = main(page).getByRole('region', { name: T.history, exact: true });
	return section.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.innerText
		.replace(/\s+/g, ' ').trim())));
}

// A download through the page's link: its name and its bytes.
async function download(s, link) {
	const [dl] = await Promise.all([s.page.waitForEvent('download'), press(s, link)]);
	const failure = await dl.failure();
	if (failure) throw new Error(`download failed: ${failure}`);
	return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

// ------------------------------------------------------------------ the case

async function run(browser, files, who) {
	const phones = {};
	const resultHash = sha256(readFileSync(files.result.path));
	let s;
	let step = 'the citizen registers';
	const person = { ...CITIZEN };
	person.cccd = newCccd();
	person.email = `${person.mail}.${person.cccd}@example.vn`;
	let d;

	// The citizen, on a phone.
	s = await open(browser, PHONE, 'citizen');
	try {
		await register(s, person);
		step = 'the citizen submits';
		d = await submit(s, person, files);
		tap.diag(`dossier ${d.id}, ${d.code}; citizen ${person.name}, CCCD ${person.cccd}`);
	} catch (err) {
		tap.fail(s.label(step), err);
		await shot(s, 'citizen-failure').catch(() => {});
	}
	await close(s);
	if (!d) return;

	// 1. The receiver accepts it, issues the receipt and assigns the processor.
	await phoneLook(phones, browser, who.receiver, 'receive', d, 'receiver');
	s = await open(browser, DESKTOP, 'receiver');
	try {
		step = 'sign in';
		await signIn(s, who.receiver);
		await shot(s, 'receiver-inbox');
		step = `"${T.tab.receive}"`;
		const row = await findInTab(s, 'receive', d);
		tap.ok(row.includes(T.status[1]), s.label(`the row says "${T.status[1]}"`), [row]);
		await shot(s, 'receiver-receive');
		step = 'the dossier';
		await openDossier(s, d);
		tap.is(await statusShown(s.page), T.status[1], s.label(`the status reads "${T.status[1]}"`));
		const names = (await main(s.page).locator('.file-list li a').allInnerTexts()).map(squash);
		tap.ok(names.includes(files.form.name) && names.includes(files.birth.name),
			s.label('the citizen\'s files are listed'), names);
		await sideScroll(s, 'the new dossier');
		await shot(s, 'receiver-dossier');

		step = `"${T.accept}"`;
		await act(s, d, T.accept, 'accept');
		await moved(s, d, 'accept', 2);
		const slips = main(s.page).getByRole('region', { name: T.slips, exact: true });
		const slipLink = slips.getByRole('link', { name: T.slip1, exact: true });
		tap.ok(await slipLink.isVisible(), s.label(`"${T.slip1}" is listed under "${T.slips}"`));
		const [slipId, slipNo, slipYear] = dbRows(`SELECT id, number, year FROM dossier_slips
			WHERE dossier_id = ${d.id} AND form = 1`)[0] ?? [];
		tap.ok(slipId !== undefined, s.label('the database holds the receipt slip (form 1)'));
		const listedSlip = squash(await slips.getByRole('listitem').first().innerText());
		tap.ok(listedSlip.includes(`Số ${slipNo}/TNHS`), s.label(`listed with its number as printed: "Số ${slipNo}/TNHS"`),
			[listedSlip]);
		await sideScroll(s, 'the accepted dossier');
		await shot(s, 'receiver-accepted');

		step = `the slip "${T.slip1}"`;
		await go(s, slipLink, `/officer/slips/${slipId}`);
		const slip = s.page.getByRole('article', { name: T.slip1 });
		const slipText = squash(await slip.innerText());
		tap.ok(slipText.includes(`Số: ${slipNo}/TNHS`), s.label(`the slip shows "Số: ${slipNo}/TNHS" (of ${slipYear})`),
			[slipText.slice(0, 300)]);
		tap.ok(slipText.includes(`${T.slipCode}${d.code}`), s.label(`the slip shows "${T.slipCode}${d.code}"`));
		tap.ok(slipText.includes(person.name), s.label('the slip names the applicant'));
		await sideScroll(s, 'the slip');
		await shot(s, 'receiver-slip');
		await go(s, main(s.page).getByRole('link', { name: new RegExp(d.code.replace(/\./g, '\\.')) }).first(),
			`/officer/dossiers/${d.id}`);

		step = `"${T.assign}"`;
		const form = await unfold(s, T.assign);
		const select = form.getByLabel(T.assignTo, { exact: true });
		const options = (await select.locator('option').allInnerTexts()).map(squash);
		const nam = options.find((o) => o.startsWith(who.processor.name));
		tap.ok(nam !== undefined, s.label(`"${T.assignTo}" offers ${who.processor.name}`), options);
		await select.selectOption({ label: nam });
		await sideScroll(s, `"${T.assign}" unfolded`);
		await shot(s, 'receiver-assign');
		await go(s, form.getByRole('button', { name: T.assign, exact: true }), `/officer/dossiers/${d.id}`,
			(u) => u.searchParams.get('move') === 'assign');
		await moved(s, d, 'assign', 4);
		const assignee = squash(await main(s.page).locator('dl > div').filter({ has: s.page.locator('dt', { hasText: /^Cán bộ xử lý$/ }) })
			.locator('dd').innerText().catch(() => ''));
		tap.is(assignee, who.processor.name, s.label(`"Cán bộ xử lý" is ${who.processor.name}`));
		tap.is(dbRows(`SELECT u.full_name FROM dossiers d JOIN users u ON u.id = d.assignee_id WHERE d.id = ${d.id}`)
			.map((r) => r[0]).join(), who.processor.name, s.label(`the database's assignee is ${who.processor.name}`));
		await shot(s, 'receiver-assigned');
	} catch (err) {
		tap.fail(s.label(step), err);
		await shot(s, 'receiver-failure').catch(() => {});
	}
	await close(s);

	// 2. The processor proposes the electronic result.
	await phoneLook(phones, browser, who.processor, 'process', d, 'processor');
	s = await open(browser, DESKTOP, 'processor');
	try {
		step = 'sign in';
		await signIn(s, who.processor);
		step = `"${T.tab.process}"`;
		await findInTab(s, 'process', d);
		await openDossier(s, d);
		tap.is(await statusShown(s.page), T.status[4], s.label(`the status reads "${T.status[4]}"`));
		step = `"${T.proposeFile}"`;
		const form = await unfold(s, T.proposeFile);
		await form.getByLabel(T.resultFile, { exact: true }).setInputFiles(files.result.path);
		await sideScroll(s, `"${T.proposeFile}" unfolded`);
		await shot(s, 'processor-upload');
		await go(s, form.getByRole('button', { name: T.proposeFile, exact: true }), `/officer/dossiers/${d.id}`,
			(u) => u.searchParams.get('move') === 'propose');
		await moved(s, d, 'propose', 4);
		tap.ok(await main(s.page).getByText(T.awaiting, { exact: true }).isVisible(), s.label(`"${T.awaiting}"`));
		const listed = (await main(s.page).getByRole('region', { name: T.files, exact: true }).locator('li')
			.allInnerTexts()).map(squash);
		tap.ok(listed.some((l) => l.startsWith(T.resultKind) && l.includes(files.result.name)),
			s.label(`"${files.result.name}" is listed among the files as "${T.resultKind}"`), listed);
		const stored = dbRows(`SELECT name, mime, size, sha256 FROM dossier_files WHERE dossier_id = ${d.id}
			AND kind = 'result'`);
		tap.is(stored.map((r) => r.join(' ')).join('\n'),
			`${files.result.name} application/pdf ${readFileSync(files.result.path).length} ${resultHash}`,
			s.label('the database holds the result: its name, type, size and SHA-256'));
		await sideScroll(s, 'the proposed result');
		await shot(s, 'processor-proposed');
	} catch (err) {
		tap.fail(s.label(step), err);
		await shot(s, 'processor-failure').catch(() => {});
	}
	await close(s);

	// 3. The approver looks at the result and approves it.
	await phoneLook(phones, browser, who.approver, 'approve', d, 'approver');
	s = await open(browser, DESKTOP, 'approver');
	try {
		step = 'sign in';
		await signIn(s, who.approver);
		step = `"${T.tab.approve}"`;
		await findInTab(s, 'approve', d);
		await openDossier(s, d);
		step = 'the result, downloaded';
		const got = await download(s, main(s.page).getByRole('link', { name: files.result.name, exact: true }));
		tap.ok(got.name === files.result.name && sha256(got.bytes) === resultHash,
			s.label('the approver downloads the result: the name and the bytes the processor uploaded'),
			[`${got.name}: ${sha256(got.bytes)}`]);
		step = `"${T.approve}"`;
		await shot(s, 'approver-dossier');
		await act(s, d, T.approve, 'approve');
		await moved(s, d, 'approve', 9);
		await sideScroll(s, 'the approved dossier');
		await shot(s, 'approver-approved');
	} catch (err) {
		tap.fail(s.label(step), err);
		await shot(s, 'approver-failure').catch(() => {});
	}
	await close(s);

	// 4. The receiver returns the result (online), and reads the history.
	await phoneLook(phones, browser, who.receiver, 'return', d, 'receiver-return');
	s = await open(browser, DESKTOP, 'receiver');
	try {
		step = 'sign in';
		await signIn(s, who.receiver);
		step = `"${T.tab.return}"`;
		await findInTab(s, 'return', d);
		await openDossier(s, d);
		step = `"${T.return}"`;
		await act(s, d, T.return, 'return');
		await moved(s, d, 'return', 10);
		tap.ok(await main(s.page).getByText('Bạn không có thao tác nào', { exact: false }).isVisible(),
			s.label('no action is left'));

		step = 'the history';
		const rows = await history(s.page);
		const R = who.receiver.name;
		const want = [
			[T.move.submit, T.applicant], [T.move.accept, R], [T.move.assign, R],
			[T.move.propose, who.processor.name], [T.move.approve, who.approver.name], [T.move.return, R],
		];
		tap.is(rows.map((r) => r[1]).join(' → '), want.map((w) => w[0]).join(' → '),
			s.label('the history lists the six steps in order'));
		const who1 = rows.map((r, i) => (r[2] ?? '').startsWith(want[i]?.[1] ?? '?'));
		tap.ok(rows.length === want.length && who1.every(Boolean), s.label('each step by whom'),
			rows.map((r) => r.join(' | ')));
		tap.is(rows[0]?.[2], `${T.applicant} Chuyển đến: ${d.agency}`,
			s.label('the submission: by the applicant, to the receiving unit (the applicant is of no unit)'));
		tap.ok((rows[2]?.[2] ?? '').includes(`Chuyển đến: ${who.processor.name}`),
			s.label(`the assignment says "Chuyển đến: ${who.processor.name}"`), [rows[2]?.[2]]);
		const stamp = (t) => t.replace(/^(\d\d)\/(\d\d)\/(\d{4}) (\d\d:\d\d)$/, '$3$2$1 $4');
		const times = rows.map((r) => stamp(r[0]));
		tap.ok(times.every((t, i) => /^\d{8} \d\d:\d\d$/.test(t) && (i === 0 || t >= times[i - 1])),
			s.label('its moments are dd/mm/yyyy HH:mm, in order'), rows.map((r) => r[0]));
		await sideScroll(s, 'the returned dossier');
		await shot(s, 'receiver-returned');

		step = 'the database';
		const events = dbRows(`SELECT e.move, e.from_status, e.to_status, e.role, COALESCE(u.full_name, '')
			FROM dossier_events e LEFT JOIN users u ON u.id = e.user_id WHERE e.dossier_id = ${d.id} ORDER BY e.at, e.id`);
		const wantEvents = [
			['submit', 0, 1, 'applicant', person.name], ['accept', 1, 2, 'receiver', R],
			['assign', 2, 4, 'receiver', R], ['propose', 4, 4, 'processor', who.processor.name],
			['approve', 4, 9, 'approver', who.approver.name], ['return', 9, 10, 'receiver', R],
		];
		tap.is(events.map((e) => e.join(' ')).join('\n'), wantEvents.map((e) => e.join(' ')).join('\n'),
			s.label(`the database's events: ${wantEvents.length}, in order, by whom`));
		tap.is(dbRows(`SELECT d.status, d.result_kind, f.sha256, d.returned_at IS NOT NULL, d.holder_agency_id = d.agency_id
			FROM dossiers d JOIN dossier_files f ON f.id = d.result_file_id WHERE d.id = ${d.id}`).map((r) => r.join(' ')).join(),
		`10 file ${resultHash} 1 1`, s.label('the dossier: status 10, returned, back at the desk, its result the uploaded file'));
		tap.is(dbRows(`SELECT COUNT(*) FROM dossier_slips WHERE dossier_id = ${d.id}`)[0][0], '1',
			s.label('one slip issued: the receipt'));
	} catch (err) {
		tap.fail(s.label(step), err);
		await shot(s, 'receiver-failure').catch(() => {});
	}
	await close(s);
	for (const p of Object.values(phones)) await close(p);

	// 5. The citizen comes back for the result.
	s = await open(browser, PHONE, 'citizen');
	try {
		step = 'sign in';
		await s.page.goto(`${env.url}/`);
		const nav = s.page.getByRole('banner').getByRole('navigation', { name: T.accountNav, exact: true });
		await go(s, nav.getByRole('link', { name: T.login, exact: true }), '/account/login');
		const form = s.page.locator('form[action="/account/login"]');
		await type(s, form.getByLabel(T.loginField, { exact: true }), person.cccd);
		await type(s, form.getByLabel(T.password, { exact: true }), PASSWORD);
		await go(s, form.getByRole('button', { name: T.login, exact: true }), '/account/profile');
		step = `"${T.mine}"`;
		await go(s, nav.getByRole('link', { name: T.mine, exact: true }), '/dossiers/');
		const row = s.page.getByRole('row').filter({ hasText: d.code });
		const rowText = squash(await row.innerText());
		tap.ok(rowText.includes(T.status[10]), s.label(`"${T.mine}" lists ${d.code} as "${T.status[10]}"`), [rowText]);
		await sideScroll(s, T.mine);
		await shot(s, 'citizen-mine');
		step = 'the receipt';
		await go(s, row.getByRole('link', { name: new RegExp(`^${T.receiptLink}`) }), `/submit/${d.id}/receipt`);
		const facts = main(s.page).locator('dl.receipt-facts > div').filter({ hasText: T.result });
		const link = facts.getByRole('link');
		tap.is(squash(await link.innerText()), files.result.name, s.label(`"${T.result}": ${files.result.name}`));
		await sideScroll(s, 'the receipt with the result');
		await shot(s, 'citizen-result');
		step = 'the download';
		const got = await download(s, link);
		tap.is(got.name, files.result.name, s.label('the download keeps the result\'s name'));
		tap.is(sha256(got.bytes), resultHash, s.label('the download\'s bytes are exactly the PDF the processor uploaded'));
	} catch (err) {
		tap.fail(s.label(step), err);
		await shot(s, 'citizen-failure').catch(() => {});
	}
	await close(s);
}

const browser = await launch();
const dir = mkdtempSync(join(tmpdir(), 'dvc-officer-'));
try {
	const who = officers();
	for (const [role, o] of Object.entries(who)) o.role = role;
	const files = await makeFiles(browser, dir);
	tap.ok(Object.values(files).every((f) => readFileSync(f.path).subarray(0, 5).toString('latin1') === '%PDF-'),
		'Chromium made real PDFs: the citizen\'s papers and the result');
	await run(browser, files, who);
} catch (err) {
	tap.fail('the browser ran', err);
} finally {
	await browser.close();
	rmSync(dir, { recursive: true, force: true });
}
tap.diag(`screenshots: ${shots}`);
tap.done();
