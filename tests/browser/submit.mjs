// tests/browser/submit.mjs — a citizen submits a dossier online in headless Chromium, on a
// phone (390×844, touch) and on a desktop (1280×800), each a citizen registered for the test
// in a fresh browser context (a draft of the same procedure by the same user would be resumed):
//   home → "dang ky khai sinh" typed without diacritics → the first result → "Nộp hồ sơ trực
//   tuyến" → "Bắt đầu nộp hồ sơ" → step 1, the applicant (the address typed) → step 2, the
//   files: a text file named .pdf refused with a message by its component, then one file per
//   required component through the file input found by its label: a real JPEG (a screenshot
//   Chromium took) for the identity paper, real PDFs (Chromium's page.pdf()) for the others,
//   each listed under its component → step 3, "Nhận qua dịch vụ bưu chính công ích" with the
//   address (province Thanh Hóa; the commune chosen, or typed when there is no commune list)
//   → step 4, the fees → step 5, the review: both kinds of file, the postal address, and the
//   expected due date, counted here from the holidays table → "Nộp hồ sơ" → the receipt: the
//   code in the national format (agency code-yyMMdd-NNNN), the one the database holds, the
//   due date the database holds (in the words of the slip, as dd/mm/yyyy HH:mm above it), the
//   QR code with the tracking address, the postal address, nothing wider than the slip
//   → printed (print media): the slip alone, the header, navigation and footer hidden; as a
//   PDF: one A4 page → the review again leads to the receipt, still one dossier → "Hồ sơ của
//   tôi" lists it "Mới đăng ký" with its due date dd/mm/yyyy HH:mm.
// On every page: no horizontal scrolling; no console error, failed request, page error or CSP
// violation. Screenshots (and the receipt's PDF) go to $DVC_VAR/screenshots/submit-*. Prints
// TAP; run by submit.t under tests/run.

import { randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	Tap, VIEWPORTS, checkCode, dbRows, env, launch, requireStack, screenshotDir, squash, watchdog, watchProblems, noSideScroll as sideScroll,
	fillRegistration, verifyAndSignIn,
} from './lib.mjs';

const QUERY = 'dang ky khai sinh';
const WANT = 'đăng ký khai sinh';

// The words of the pages (xslt/i18n/vi*.xsl) the test finds things by, as a citizen does.
const T = {
	searchLabel: 'Tìm thủ tục hành chính',
	search: 'Tìm kiếm',
	found: 'Tìm thấy ',
	apply: 'Nộp hồ sơ trực tuyến',
	start: 'Bắt đầu nộp hồ sơ',
	infoTitle: 'Thông tin người nộp hồ sơ',
	address: 'Địa chỉ liên hệ',
	phone: 'Số điện thoại di động',
	saveNext: 'Lưu và tiếp tục',
	copies: 'Số bản yêu cầu',
	next: 'Tiếp tục',
	filesTitle: 'Thành phần hồ sơ',
	choose: 'Chọn tệp cho thành phần ',
	upload: 'Tải lên tệp cho thành phần ',
	uploaded: 'Đã tải tệp lên.',
	noFile: 'Chưa có tệp.',
	complete: 'Đã có tệp cho tất cả thành phần bắt buộc.',
	errors: 'Có lỗi cần sửa',
	notAccepted: 'không phải loại được chấp nhận',
	deliveryTitle: 'Nhận kết quả',
	postal: /^Nhận qua dịch vụ bưu chính công ích/,
	postalShort: 'Nhận qua dịch vụ bưu chính công ích',
	recipient: 'Họ và tên người nhận',
	recipientPhone: 'Số điện thoại người nhận',
	street: 'Số nhà, đường/thôn, xóm',
	province: 'Tỉnh, thành phố',
	commune: 'Xã, phường, đặc khu',
	feesTitle: 'Phí, lệ phí',
	postalFee: 'Cước dịch vụ bưu chính',
	reviewTitle: 'Kiểm tra và nộp hồ sơ',
	reviewDue: 'Ngày hẹn trả kết quả dự kiến',
	submit: 'Nộp hồ sơ',
	submitted: 'Nộp hồ sơ thành công',
	slipTitle: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
	qr: 'Mã QR tra cứu hồ sơ',
	due: 'Thời gian trả kết quả giải quyết hồ sơ: ',
	received: 'Thời gian nhận hồ sơ: ',
	channel: 'Đăng ký nhận kết quả tại: ',
	to: 'Người nhận: ',
	mine: 'Hồ sơ của tôi',
	accountNav: 'Tài khoản',
	status1: 'Mới đăng ký',
	draftRow: 'Hồ sơ đang soạn (chưa nộp)',
};

// The dossier code: the agency's code (000.01.30.H56), the day (yyMMdd), the day's number.
const CODE = /^\d{3}\.\d{2}\.\d{2}\.H56-\d{6}-\d{4}$/;
const PROVINCE = 'Tỉnh Thanh Hóa';
const COMMUNE_TYPED = 'Phường Hạc Thành';

// One citizen per viewport (registered through the form; account.mjs tests that form).
const PEOPLE = {
	phone: { name: 'Lê Văn Hùng', born: '1988-07-21', digit4: '0', yy: '88', phone: '0912 468 135', mail: 'levanhung' },
	desktop: { name: 'Phạm Thị Thanh Hương', born: '2001-02-09', digit4: '3', yy: '01', phone: '0389 246 810', mail: 'thanhhuong' },
};
const PASSWORD = 'Nop-Ho-So-2026!';

const tap = new Tap();
requireStack(tap, { db: true });
watchdog(tap, 360);
const shots = screenshotDir();

// ------------------------------------------------------------------ the working-day calendar

// The portal's calendar, counted here on its own to know the due date to expect: the default
// sessions 07:30–11:30 and 13:00–17:00 in Vietnam's time (UTC+7), weekends off, the holidays
// and the swapped working days of the holidays table; the 15:00 rule for same-day procedures.
const VN = 7 * 3600;
const SESSIONS = [[7 * 3600 + 1800, 11 * 3600 + 1800], [13 * 3600, 17 * 3600]];
const DAY = 86400;

function calendar() {
	const rows = dbRows('SELECT TO_DAYS(day) - 719528, kind FROM holidays');
	return {
		holidays: new Set(rows.filter((r) => r[1] === 'holiday').map((r) => Number(r[0]))),
		workdays: new Set(rows.filter((r) => r[1] === 'workday').map((r) => Number(r[0]))),
	};
}

const dayOf = (t) => Math.floor((t + VN) / DAY);
const moment = (day, sec) => day * DAY + sec - VN;

function working(cal, day) {
	if (cal.workdays.has(day)) return true;
	const wday = (((day % 7) + 7 + 3) % 7); // 0 Monday; day 0 (1970-01-01) was a Thursday
	return wday < 5 && !cal.holidays.has(day);
}

// The moment minutes of working time after t (seconds since the epoch).
function addWorking(cal, t, minutes) {
	let left = minutes * 60;
	let day = dayOf(t);
	let sec = t - moment(day, 0);
	for (let n = 0; n < 4000; n += 1, day += 1, sec = 0) {
		if (!working(cal, day)) continue;
		for (const [from0, to] of SESSIONS) {
			const from = Math.max(sec, from0);
			if (from >= to) continue;
			if (left <= to - from) return moment(day, from + left);
			left -= to - from;
		}
	}
	throw new Error('no due date within ten years');
}

function nextOpen(cal, t) {
	let day = dayOf(t);
	let sec = t - moment(day, 0);
	for (let n = 0; n < 4000; n += 1, day += 1, sec = 0) {
		if (!working(cal, day)) continue;
		for (const [from, to] of SESSIONS) if (sec < to) return moment(day, Math.max(sec, from));
	}
	throw new Error('no working day within ten years');
}

function due(cal, t, hours, sameDay) {
	if (!sameDay) return addWorking(cal, t, hours * 60);
	const open = nextOpen(cal, t);
	let day = dayOf(open);
	if (open - moment(day, 0) > 15 * 3600 + 59) day = dayOf(nextOpen(cal, moment(day + 1, 0)));
	return moment(day, 17 * 3600);
}

const two = (n) => String(n).padStart(2, '0');

// A moment as the pages write it: dd/mm/yyyy HH:mm in Vietnam's time.
function vnTime(t) {
	const d = new Date((t + VN) * 1000);
	return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} `
		+ `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

// The same in the words of the slip (Decree 30/2020): "10 giờ 05 phút, ngày 07 tháng 3 năm
// 2026"; the months 1 and 2 keep their leading zero.
function vnWords(t) {
	const d = new Date((t + VN) * 1000);
	const m = d.getUTCMonth() + 1;
	return `${two(d.getUTCHours())} giờ ${two(d.getUTCMinutes())} phút, ngày ${two(d.getUTCDate())}`
		+ ` tháng ${m < 3 ? two(m) : m} năm ${d.getUTCFullYear()}`;
}

// ------------------------------------------------------------------ the files to upload

// A real PDF and a real JPEG, made by the browser itself in a page of its own: the PDF by
// printing a small form, the JPEG a screenshot of an identity card. Written to a temporary
// directory; the upload takes its name from the file, as a browser does.
async function makeFiles(browser, dir) {
	const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 1 });
	const page = await context.newPage();
	const form = (title, lines) => `<!doctype html><html lang="vi"><meta charset="utf-8">
		<style>body{font:14pt serif;margin:2cm}h1{font-size:16pt;text-align:center}</style>
		<h1>${title}</h1>${lines.map((l) => `<p>${l}</p>`).join('')}`;
	const files = {};
	await page.setContent(form('TỜ KHAI ĐĂNG KÝ KHAI SINH', [
		'Kính gửi: Ủy ban nhân dân phường Hạc Thành', 'Họ, chữ đệm, tên người yêu cầu: …',
		'Đề nghị cơ quan đăng ký khai sinh cho người dưới đây: …']));
	files.pdf1 = { path: join(dir, 'Tờ khai khai sinh.pdf'), name: 'Tờ khai khai sinh.pdf' };
	writeFileSync(files.pdf1.path, await page.pdf({ format: 'A4' }));
	await page.setContent(form('GIẤY CHỨNG SINH', ['Bệnh viện Đa khoa tỉnh Thanh Hóa',
		'Họ và tên mẹ: …', 'Đã sinh con vào lúc … giờ … phút, ngày … tháng … năm 2026']));
	files.pdf2 = { path: join(dir, 'giay-chung-sinh.pdf'), name: 'giay-chung-sinh.pdf' };
	writeFileSync(files.pdf2.path, await page.pdf({ format: 'A4' }));
	await page.setContent(`<!doctype html><html lang="vi"><meta charset="utf-8">
		<style>body{margin:0;background:#dfe6ee;font:16px sans-serif}
		.card{margin:40px auto;width:520px;height:320px;border-radius:16px;background:linear-gradient(135deg,#f4f0e1,#c9dcef);
		box-shadow:0 4px 12px #0004;padding:20px;box-sizing:border-box}.p{width:120px;height:160px;background:#8aa;float:left;margin-right:20px}
		</style><div class="card"><b>CĂN CƯỚC</b><p class="p"></p><p>Số định danh cá nhân: 038 xxx xxx xxx</p>
		<p>Họ, chữ đệm và tên: …</p><p>Ngày sinh: …</p></div>`);
	files.jpg = { path: join(dir, 'can-cuoc-mat-truoc.jpg'), name: 'can-cuoc-mat-truoc.jpg' };
	writeFileSync(files.jpg.path, await page.screenshot({ type: 'jpeg', quality: 80 }));
	await context.close();
	return files;
}

// ------------------------------------------------------------------ what the browser says

const noSideScroll = (page, vp, where) => sideScroll(tap, page, vp, where);

async function shot(page, vp, n, what) {
	await page.screenshot({ path: join(shots, `submit-${vp.name}-${n}-${what}.png`), fullPage: true });
}

// A tap on a phone, a click elsewhere.
function press(vp, locator) {
	return vp.options.hasTouch ? locator.tap() : locator.click();
}

// Into a field as a person does it: a tap or click, then the keys.
async function type(vp, field, text) {
	await press(vp, field);
	await field.fill('');
	await field.pressSequentially(text, { delay: 2 });
}

// Presses what leads to another page, and waits for that page (path, and a test on the URL).
async function go(page, vp, locator, path, test = () => true) {
	await Promise.all([
		page.waitForURL((u) => (typeof path === 'string' ? u.pathname === path : path.test(u.pathname)) && test(u),
			{ waitUntil: 'load' }),
		press(vp, locator),
	]);
}

const h1 = async (page) => squash(await page.getByRole('heading', { level: 1 }).innerText());

// An optional fee's name says "(nếu có yêu cầu)" once: the fee table adds the words to
// optional fees, and the demo catalogue has three whose names already end with them.
async function feeNamesOnce(page, vp, where) {
	const names = (await page.locator('table.fees-table tbody th').allInnerTexts()).map(squash);
	const twice = names.filter((n) => /\(nếu có yêu cầu\)\s*\(nếu có yêu cầu\)/.test(n));
	tap.ok(names.length > 0 && twice.length === 0, `${vp.name}: ${where}: each fee's name says "(nếu có yêu cầu)" at most once`,
		twice);
}

// ------------------------------------------------------------------ the citizen

function newCccd(person) {
	for (let i = 0; i < 20; i += 1) {
		const cccd = `038${person.digit4}${person.yy}${String(randomInt(0, 1000000)).padStart(6, '0')}`;
		if (dbRows(`SELECT COUNT(*) FROM users WHERE citizen_id = '${cccd}'`)[0][0] === '0') return cccd;
	}
	throw new Error('no free CCCD in 20 draws');
}

async function register(page, person) {
	await page.goto(`${env.url}/account/register`);
	const form = page.locator('form[action="/account/register"]');
	await fillRegistration(form, person, PASSWORD);
	await Promise.all([
		page.waitForResponse((r) => r.url().endsWith('/account/register') && r.request().method() === 'POST'),
		page.waitForEvent('load'),
		form.getByRole('button', { name: 'Đăng ký', exact: true }).click(),
	]);
	await verifyAndSignIn(page, person, PASSWORD);
}

// ------------------------------------------------------------------ the scenario

async function scenario(browser, vp, files, cal) {
	const person = { ...PEOPLE[vp.name] };
	person.cccd = newCccd(person);
	person.email = `${person.mail}.${person.cccd}@example.vn`;
	tap.diag(`${vp.name}: ${vp.options.viewport.width}×${vp.options.viewport.height}`
		+ `${vp.options.isMobile ? ', mobile, touch' : ''}; ${person.name}, CCCD ${person.cccd}, ${person.email}`);
	const context = await browser.newContext({ ...vp.options, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
	context.setDefaultTimeout(15000);
	context.setDefaultNavigationTimeout(20000);
	const page = await context.newPage();
	const problems = [];
	const expected = new Set([415]);
	await watchProblems(context, page, problems, expected);
	const label = (what) => `${vp.name}: ${what}`;
	let step = 'register';
	try {
		await register(page, person);
		const userId = dbRows(`SELECT id FROM users WHERE citizen_id = '${person.cccd}'`)[0][0];

		// Home → the search without diacritics → the first result.
		step = 'search from the home page';
		await page.goto(`${env.url}/`);
		const box = page.getByLabel(T.searchLabel, { exact: true });
		await type(vp, box, QUERY);
		await go(page, vp, page.getByRole('button', { name: T.search, exact: true }), '/procedures');
		const first = page.getByRole('region', { name: new RegExp(`^${T.found}`) })
			.getByRole('listitem').first().getByRole('heading', { level: 3 }).getByRole('link');
		const name = squash(await first.innerText());
		const href = await first.getAttribute('href');
		tap.ok(name.toLocaleLowerCase('vi').includes(WANT), label(`"${QUERY}" finds "${name}" first`));
		const code = checkCode(decodeURIComponent(href.replace(/^\/procedures\//, '')));
		const [procId, hours, sameDay] = dbRows(`SELECT id, processing_hours, same_day FROM procedures
			WHERE current_code = '${code}'`)[0].map(Number);

		step = 'open the procedure and apply';
		await go(page, vp, first, href);
		tap.is(await h1(page), name, label('the first result opens its page'));
		await go(page, vp, page.getByRole('main').getByRole('link', { name: T.apply, exact: true }).first(), '/submit/new',
			(u) => u.searchParams.get('procedure') === code);
		tap.is(await h1(page), name, label(`"${T.apply}" opens the start page of "${name}"`));
		await noSideScroll(page, vp, 'start page');
		await go(page, vp, page.getByRole('button', { name: T.start, exact: true }), /^\/submit\/\d+\/info$/);
		const id = new URL(page.url()).pathname.split('/')[2];
		const base = `/submit/${id}`;
		tap.ok(dbRows(`SELECT status FROM dossiers WHERE id = ${id} AND user_id = ${userId} AND procedure_id = ${procId}`)
			.map((r) => r[0]).join() === '0', label(`"${T.start}" makes draft ${id}, the citizen's, of this procedure`));

		// Step 1: the applicant from the account; the address typed.
		step = 'step 1, the applicant';
		tap.is(await h1(page), T.infoTitle, label(`step 1 is "${T.infoTitle}"`));
		const identity = squash(await page.locator('dl.identity').innerText());
		tap.ok(identity.includes(person.name) && identity.includes(person.cccd),
			label('the name and CCCD come from the account'), [identity]);
		tap.is((await page.getByLabel(T.phone, { exact: true }).inputValue()).replace(/\D/g, ''),
			person.phone.replace(/\D/g, ''), label('the phone number is prefilled from the account'));
		person.address = 'Số 8 ngõ 12 đường Trần Phú, phường Hạc Thành, tỉnh Thanh Hóa';
		await type(vp, page.getByLabel(T.address, { exact: true }), person.address);
		await noSideScroll(page, vp, 'step 1');
		await go(page, vp, page.getByRole('button', { name: T.saveNext, exact: true }), `${base}/files`);

		// Step 2: the files.
		step = 'step 2, the files';
		tap.is(await h1(page), T.filesTitle, label(`step 2 is "${T.filesTitle}"`));
		const required = dbRows(`SELECT id, sort, name, file_types FROM procedure_components
			WHERE procedure_id = ${procId} AND required = 1 ORDER BY sort`)
			.map(([cid, sort, cname, types]) => ({ id: cid, sort, name: squash(cname), types: types.split(',') }));
		tap.ok(required.length >= 2, label(`the procedure has ${required.length} required components (two at least)`));
		// The JPEG for the identity paper (a photo of the card), PDFs for the rest.
		const photo = required.find((c) => c.types.includes('jpg') && /tùy thân|căn cước/i.test(c.name))
			?? required.filter((c) => c.types.includes('jpg'))[1] ?? required.find((c) => c.types.includes('jpg'));
		const pdfs = [files.pdf1, files.pdf2];
		for (const c of required) {
			c.file = c === photo ? files.jpg : pdfs.shift() ?? files.pdf2;
		}
		const card = (c) => page.getByRole('region', { name: `${c.sort}. ${c.name}`, exact: true });
		const input = (c) => page.getByLabel(`${T.choose}${c.sort}`, { exact: true });
		const uploadButton = (c) => page.getByRole('button', { name: `${T.upload}${c.sort}`, exact: true });

		// A text file named .pdf: refused by its content, with a message by the component.
		step = 'step 2, a file that is not a PDF';
		await input(photo).setInputFiles({ name: 'giay-to-gia.pdf', mimeType: 'application/pdf',
			buffer: Buffer.from('Đây không phải là tệp PDF.\n'.repeat(20)) });
		const [refused] = await Promise.all([
			page.waitForResponse((r) => r.url().endsWith(`${base}/files`) && r.request().method() === 'POST'),
			page.waitForEvent('load'),
			press(vp, uploadButton(photo)),
		]);
		tap.is(refused.status(), 415, label('a text file named .pdf: 415'));
		const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: T.errors }) });
		const said = squash(await summary.innerText().catch(() => ''));
		tap.ok(said.includes('giay-to-gia.pdf') && said.includes(T.notAccepted),
			label(`the error summary names the file and says it is "${T.notAccepted}"`), [said]);
		tap.ok(await summary.evaluate((s) => s === document.activeElement).catch(() => false),
			label('the error summary has the focus'));
		tap.is(await input(photo).getAttribute('aria-invalid'), 'true', label('the component\'s file input is aria-invalid'));
		tap.ok((await card(photo).locator('.file-list li').count()) === 0
			&& (await card(photo).getByText(T.noFile, { exact: true }).isVisible()),
			label(`nothing was added to the component: "${T.noFile}"`));
		await noSideScroll(page, vp, 'step 2 with the error');
		await shot(page, vp, 1, 'files-error');

		// One real file per required component, each then listed under it.
		step = 'step 2, the uploads';
		for (const c of required) {
			await input(c).setInputFiles(c.file.path);
			await go(page, vp, uploadButton(c), `${base}/files`,
				(u) => u.searchParams.get('msg') === 'uploaded' && u.hash === `#component-${c.id}`);
			const items = (await card(c).getByRole('listitem').allInnerTexts()).map(squash);
			const kind = c.file === files.jpg ? 'JPG' : 'PDF';
			tap.ok(items.length === 1 && items[0].includes(c.file.name) && items[0].includes(kind),
				label(`${c.file.name} (${kind}) is listed under component ${c.sort}`), items);
		}
		tap.is(squash(await page.getByRole('status').innerText().catch(() => '')), T.uploaded, label(`the notice says "${T.uploaded}"`));
		tap.ok(await page.getByText(T.complete, { exact: true }).isVisible(), label(`"${T.complete}"`));
		const stored = dbRows(`SELECT c.sort, f.name, f.mime, f.size, LENGTH(f.sha256) FROM dossier_files f
			JOIN procedure_components c ON c.id = f.component_id WHERE f.dossier_id = ${id} ORDER BY c.sort`);
		const wantStored = required.map((c) => `${c.sort} ${c.file.name} ${c.file === files.jpg ? 'image/jpeg' : 'application/pdf'}`
			+ ` ${readFileSync(c.file.path).length} 64`);
		tap.is(stored.map((r) => r.join(' ')).join('\n'), wantStored.join('\n'),
			label('the database holds each file under its component, its type from the content, its size and hash'));
		await noSideScroll(page, vp, 'step 2 with the uploads');
		await shot(page, vp, 2, 'files');
		await go(page, vp, page.getByRole('main').getByRole('link', { name: T.next, exact: true }), `${base}/delivery`);

		// Step 3: by the public postal service.
		step = 'step 3, the postal delivery';
		tap.is(await h1(page), T.deliveryTitle, label(`step 3 is "${T.deliveryTitle}"`));
		const provinceCode = dbRows(`SELECT code FROM provinces WHERE name = '${PROVINCE}'`)[0][0];
		const address = { street: 'Số 27 đường Lê Lợi, tổ dân phố 5', province: PROVINCE, commune: COMMUNE_TYPED };
		const postal = page.getByRole('radio', { name: T.postal });
		await press(vp, postal);
		tap.ok(await postal.isChecked(), label(`"${T.postalShort}" is chosen`));
		const recipient = page.getByLabel(T.recipient, { exact: true });
		tap.is(await recipient.inputValue(), person.name, label('the recipient is prefilled with the applicant'));
		tap.is((await page.getByLabel(T.recipientPhone, { exact: true }).inputValue()).replace(/\D/g, ''),
			person.phone.replace(/\D/g, ''), label('the recipient\'s phone is prefilled'));
		await type(vp, page.getByLabel(T.street, { exact: true }), address.street);
		const province = page.getByLabel(T.province, { exact: true });
		tap.is(squash(await province.evaluate((s) => s.options[s.selectedIndex]?.text ?? '')), PROVINCE,
			label(`the province is ${PROVINCE} to begin with, the portal's own`));
		await province.selectOption({ label: PROVINCE });
		const commune = page.getByLabel(T.commune, { exact: true });
		if (await commune.evaluate((e) => e.tagName === 'SELECT')) {
			const options = await commune.locator('option').evaluateAll((os) => os.filter((o) => o.value !== '').map((o) => o.text));
			address.commune = options.find((o) => o === COMMUNE_TYPED) ?? options[0];
			await commune.selectOption({ label: address.commune });
			tap.diag(`${vp.name}: the commune chosen from a list of ${options.length}`);
		} else {
			await type(vp, commune, address.commune);
			tap.diag(`${vp.name}: no commune list (the table is empty): the commune typed`);
		}
		await noSideScroll(page, vp, 'step 3');
		await shot(page, vp, 3, 'delivery');
		await go(page, vp, page.getByRole('button', { name: T.saveNext, exact: true }), `${base}/fees`);
		tap.is(dbRows(`SELECT channel, postal_recipient, postal_street, postal_commune, postal_province_code
			FROM dossiers WHERE id = ${id}`)[0].join(' | '),
		['postal', person.name, address.street, address.commune, provinceCode].join(' | '), label('the database holds the postal address'));

		// Step 4: the fees.
		step = 'step 4, the fees';
		tap.is(await h1(page), T.feesTitle, label(`step 4 is "${T.feesTitle}"`));
		tap.ok(squash(await page.getByRole('main').innerText()).includes(T.postalFee),
			label('the fees page says the postage is paid to the postal service'));
		await feeNamesOnce(page, vp, 'the fees step');
		await noSideScroll(page, vp, 'step 4');
		const beforeReview = Math.floor(Date.now() / 1000);
		// A fee per copy asks how many (a copy of the birth certificate, 8.000 đồng each): two.
		const copies = page.getByLabel(T.copies, { exact: true });
		if (await copies.count() > 0) {
			await copies.first().fill('2');
			await go(page, vp, page.getByRole('button', { name: T.saveNext, exact: true }), `${base}/review`);
			const [quantity, due] = dbRows(`SELECT q.quantity, fe.amount * q.quantity FROM dossier_fee_quantities q
				JOIN procedure_fees fe ON fe.id = q.fee_id WHERE q.dossier_id = ${id} ORDER BY fe.sort LIMIT 1`)[0] ?? [];
			tap.is(quantity, '2', label('the fees step keeps the two copies asked for'));
			tap.ok(squash(await page.getByRole('main').innerText()).includes(Number(due).toLocaleString('de-DE')),
				label(`the review charges them: ${due} đồng`));
		} else
			await go(page, vp, page.getByRole('main').getByRole('link', { name: T.next, exact: true }), `${base}/review`);
		const afterReview = Math.ceil(Date.now() / 1000);

		// Step 5: the review.
		step = 'step 5, the review';
		tap.is(await h1(page), T.reviewTitle, label(`step 5 is "${T.reviewTitle}"`));
		const listed = squash(await page.getByRole('region', { name: T.filesTitle, exact: true }).innerText());
		const notListed = required.filter((c) => !listed.includes(c.file.name));
		tap.ok(notListed.length === 0 && listed.includes('(JPG') && listed.includes('(PDF'),
			label('the review lists every file, the PDF and the JPEG'), [listed.slice(0, 600)]);
		const delivery = squash(await page.getByRole('region', { name: T.deliveryTitle, exact: true }).innerText());
		tap.ok([T.postalShort, address.street, address.commune, PROVINCE, person.name].every((s) => delivery.includes(s)),
			label('the review shows the postal address'), [delivery]);
		await feeNamesOnce(page, vp, 'the review');
		const estimate = squash(await page.locator('#time dl > div').filter({ hasText: T.reviewDue }).locator('dd').innerText());
		const early = vnTime(due(cal, beforeReview, hours, sameDay === 1));
		const late = vnTime(due(cal, afterReview, hours, sameDay === 1));
		tap.ok(estimate === early || estimate === late,
			label(`"${T.reviewDue}" is ${estimate}: ${hours} working hours from now (${vnTime(beforeReview)})`),
			[`got ${estimate}, want ${early}${late !== early ? ` or ${late}` : ''}`]);
		await noSideScroll(page, vp, 'step 5');
		await shot(page, vp, 4, 'review');

		step = 'submit';
		await go(page, vp, page.getByRole('button', { name: T.submit, exact: true }), `${base}/receipt`,
			(u) => u.searchParams.get('msg') === 'submitted');

		// The receipt.
		step = 'the receipt';
		const [dbCode, dbStatus, submittedAt, dueAt] = dbRows(`SET time_zone = '+00:00';
			SELECT code, status, UNIX_TIMESTAMP(submitted_at), UNIX_TIMESTAMP(due_at) FROM dossiers WHERE id = ${id}`)[0];
		const banner = page.getByRole('status').filter({ hasText: T.submitted });
		tap.ok(await banner.isVisible(), label(`the banner says "${T.submitted}"`));
		const slip = page.getByRole('article', { name: T.slipTitle });
		tap.ok(await slip.isVisible(), label(`the slip "${T.slipTitle}" is shown`));
		const shown = squash(await slip.locator('.slip-code .code').innerText());
		tap.ok(CODE.test(shown), label(`the slip shows the dossier code ${shown}, agency code-yyMMdd-NNNN`));
		tap.is(shown, dbCode, label('the code is the one the database holds'));
		tap.ok(squash(await banner.innerText()).includes(dbCode), label('the banner repeats the code'));
		tap.is(dbStatus, '1', label('the dossier has status 1 (Mới đăng ký)'));
		const now = new Date((Number(submittedAt) + VN) * 1000);
		tap.is(dbCode.split('-')[1], `${two(now.getUTCFullYear() % 100)}${two(now.getUTCMonth() + 1)}${two(now.getUTCDate())}`,
			label('the code\'s day is the day it was submitted, in Vietnam'));
		const line = async (start) => squash(await slip.locator('.slip-items > li').filter({ hasText: start }).innerText());
		const dueLine = await line(T.due);
		tap.is(Number(dueAt), due(cal, Number(submittedAt), hours, sameDay === 1),
			label(`the database's due moment is ${hours} working hours after the submission (${vnTime(Number(dueAt))})`));
		tap.ok(dueLine.includes(vnWords(Number(dueAt))),
			label(`the slip gives the due date: ${vnWords(Number(dueAt))}`), [dueLine]);
		tap.is(vnTime(Number(dueAt)).slice(0, 10), estimate.slice(0, 10),
			label(`the due day is the one the review announced (${estimate.slice(0, 10)})`));
		tap.ok(squash(await page.getByRole('main').innerText()).includes(vnTime(Number(dueAt))),
			label(`the receipt page gives the due date as ${vnTime(Number(dueAt))} too`));
		tap.ok((await line(T.received)).includes(vnWords(Number(submittedAt))),
			label(`the slip gives the moment received: ${vnWords(Number(submittedAt))}`));
		const qr = slip.getByRole('img', { name: T.qr, exact: true });
		const qrFacts = await qr.evaluate((q) => ({
			tag: q.tagName.toLowerCase(),
			width: q.getBoundingClientRect().width,
			path: (q.querySelector('path')?.getAttribute('d') ?? '').length,
		})).catch((e) => ({ error: e.message }));
		tap.ok(qrFacts.tag === 'svg' && qrFacts.path > 100 && qrFacts.width >= 96,
			label(`the QR code: an svg with role img named "${T.qr}", drawn, ${Math.round(qrFacts.width ?? 0)} px wide`),
			[JSON.stringify(qrFacts)]);
		const caption = squash(await slip.locator('.slip-qr figcaption').innerText());
		const [token] = dbRows(`SELECT track_token FROM dossiers WHERE code = '${dbCode}'`).map((row) => row[0]);
		tap.ok(Boolean(token) && caption.includes(`/track/${token}`),
			label('under the QR code: the tracking address of this dossier (its token)'), [caption, token]);
		const channelLine = await line(T.channel);
		tap.ok([T.postalShort, address.street, address.commune, PROVINCE, `${T.to}${person.name}`].every((s) => channelLine.includes(s)),
			label('the slip gives the postal channel and the address'), [channelLine]);
		const slipText = squash(await slip.innerText());
		const absent = required.filter((c) => !slipText.includes(c.name));
		tap.ok(absent.length === 0, label(`the slip lists the ${required.length} components received`),
			absent.map((c) => `missing: ${c.name}`));
		tap.ok(slipText.includes(person.name) && slipText.includes(person.cccd) && slipText.includes(name),
			label('the slip names the applicant, the CCCD and the procedure'));
		await noSideScroll(page, vp, 'receipt');
		const spill = await slip.evaluate((sl) => [sl, ...sl.querySelectorAll('*')]
			.filter((e) => !(e instanceof SVGElement) && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
			.slice(0, 5)
			.map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.scrollWidth} px of content in ${e.clientWidth}`
				+ ` (${e.textContent.replace(/\s+/g, ' ').trim().slice(0, 60)})`));
		{
			tap.ok(spill.length === 0, label('nothing on the slip is wider than its box'), spill);
		}
		await shot(page, vp, 5, 'receipt');

		// Printed: the slip alone.
		step = 'print the receipt';
		await page.emulateMedia({ media: 'print' });
		const printed = await page.evaluate(() => {
			const vis = (sel) => [...document.querySelectorAll(sel)].some((e) => e.getClientRects().length > 0
				&& getComputedStyle(e).visibility !== 'hidden');
			return {
				header: vis('.site-header'), nav: vis('nav'), footer: vis('.site-footer'),
				banner: vis('.banner'), slip: vis('.slip'), qr: vis('.slip svg.qr'),
			};
		});
		tap.ok(!printed.header && !printed.nav && !printed.footer,
			label('printed: no header, navigation or footer'), [JSON.stringify(printed)]);
		tap.ok(!printed.banner && printed.slip && printed.qr, label('printed: the slip with its QR code, not the banner'),
			[JSON.stringify(printed)]);
		await shot(page, vp, 6, 'receipt-print');
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		writeFileSync(join(shots, `submit-${vp.name}-receipt.pdf`), pdf);
		const text = pdf.toString('latin1');
		const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
		tap.ok(text.startsWith('%PDF-') && pages === 1, label(`the receipt prints on one A4 page (${pages})`),
			[`${pdf.length} bytes, ${pages} page objects`]);
		await page.emulateMedia({ media: 'screen' });

		// Once submitted, the draft pages lead to the receipt; still one dossier.
		step = 'the review again';
		await page.goto(`${env.url}${base}/review`);
		tap.is(new URL(page.url()).pathname, `${base}/receipt`, label('the review of a submitted dossier leads to its receipt'));
		tap.is(dbRows(`SELECT COUNT(*), COUNT(code) FROM dossiers WHERE user_id = ${userId}`)[0].join(' '), '1 1',
			label('the citizen has one dossier, with a code'));

		// "Hồ sơ của tôi".
		step = 'Hồ sơ của tôi';
		await go(page, vp, page.getByRole('banner').getByRole('navigation', { name: T.accountNav, exact: true })
			.getByRole('link', { name: T.mine, exact: true }), '/dossiers/');
		const row = page.getByRole('row').filter({ hasText: dbCode });
		const rowText = squash(await row.innerText().catch(() => ''));
		tap.ok(rowText.includes(T.status1), label(`"${T.mine}" lists ${dbCode} as "${T.status1}"`), [rowText]);
		tap.ok(rowText.includes(vnTime(Number(dueAt))) && /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/.test(rowText),
			label(`with its due date ${vnTime(Number(dueAt))}`), [rowText]);
		tap.is(await page.getByText(T.draftRow, { exact: true }).count(), 0, label('no draft is left'));
		await noSideScroll(page, vp, T.mine);
		await shot(page, vp, 7, 'mine');
	} catch (err) {
		tap.fail(`${vp.name}: ${step}`, err);
		await shot(page, vp, 9, 'failure').catch(() => {});
	}
	tap.ok(problems.length === 0, label('no console errors, failed requests, page errors or CSP violations'), problems);
	await context.close();
}

const browser = await launch();
const dir = mkdtempSync(join(tmpdir(), 'dvc-submit-'));
try {
	const files = await makeFiles(browser, dir);
	const magic = {
		pdf: readFileSync(files.pdf1.path).subarray(0, 5).toString('latin1'),
		jpg: readFileSync(files.jpg.path).subarray(0, 3).toString('hex'),
	};
	tap.ok(magic.pdf === '%PDF-' && magic.jpg === 'ffd8ff', 'Chromium made a real PDF and a real JPEG to upload',
		[JSON.stringify(magic)]);
	const cal = calendar();
	for (const vp of VIEWPORTS) await scenario(browser, vp, files, cal);
} catch (err) {
	tap.fail('the browser ran', err);
} finally {
	await browser.close();
	rmSync(dir, { recursive: true, force: true });
}
tap.diag(`screenshots: ${shots}`);
tap.done();
