// tests/browser/account.mjs — a new citizen registers, logs out, logs in again and sees their
// name in the header, in headless Chromium on a phone (390×844, touch) and on a desktop
// (1280×800), each in a fresh browser context:
//   home → "Đăng ký" in the header → the empty form submitted first: an error summary that has
//   the focus and whose links move the focus to the fields → the form filled by its labels as a
//   person would (a name with diacritics, a CCCD made to match the birth date, the date through
//   the date input, a mobile number, a unique e-mail, the password twice, the consent box) →
//   "Hãy kiểm tra thư điện tử", nobody signed in → the link of the message (read from the
//   stack's mail folder) verifies the address → signing in → the profile with the name in the
//   header → "Đăng xuất" → the header
//   offers "Đăng nhập", the notice says "Bạn đã đăng xuất." → a wrong password: the generic
//   error in the summary, the login kept → the right one with the keyboard alone (Tab, Enter)
//   → the name in the header on the profile and on the home page → "Đăng xuất", then "Quên
//   mật khẩu?" on the sign-in page: the e-mail typed, the answer; the link read from the outbox
//   opens the new-password form; the new password set, the sign-in page says so, and it signs in.
// On every page: no horizontal scrolling; no console error, failed request or CSP violation.
// Screenshots go to $DVC_VAR/screenshots/account-*.png. Prints TAP; run by account.t under
// tests/run.

import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import {
	Tap, VIEWPORTS, dbRows, env, launch, mailLink, requireStack, screenshotDir, squash, watchdog, watchProblems,
	noSideScroll as sideScroll
} from './lib.mjs';

// The words of the pages (xslt/i18n/vi*.xsl) the test finds things by, as a citizen does.
const T = {
	register: 'Đăng ký',
	registerTitle: 'Đăng ký tài khoản',
	login: 'Đăng nhập',
	logout: 'Đăng xuất',
	accountNav: 'Tài khoản',
	accountOf: 'Tài khoản của tôi: ',
	errors: 'Có lỗi cần sửa',
	errorPrefix: 'Lỗi: ',
	fullName: 'Họ và tên',
	cccd: 'Số định danh cá nhân (CCCD)',
	birth: 'Ngày sinh',
	phone: 'Số điện thoại di động',
	email: 'Thư điện tử',
	password: 'Mật khẩu',
	password2: 'Nhập lại mật khẩu',
	consent: 'Tôi đồng ý để cơ quan nhà nước xử lý dữ liệu cá nhân',
	loginField: 'Số định danh cá nhân (CCCD) hoặc thư điện tử',
	profileTitle: 'Tài khoản của tôi',
	personal: 'Thông tin cá nhân',
	checkMail: 'Hãy kiểm tra thư điện tử',
	verified: 'Đã xác nhận thư điện tử của tài khoản. Bạn có thể đăng nhập và nộp hồ sơ trực tuyến.',
	loggedOut: 'Bạn đã đăng xuất.',
	wrong: 'Số định danh (hoặc thư điện tử) hoặc mật khẩu không đúng.',
	forgot: 'Quên mật khẩu?',
	forgotSubmit: 'Gửi đường dẫn đặt lại mật khẩu',
	forgotSent: 'Hãy kiểm tra hộp thư điện tử',
	resetTitle: 'Đặt lại mật khẩu',
	newPassword: 'Mật khẩu mới',
	newPassword2: 'Nhập lại mật khẩu mới',
	resetDone: 'Đã đặt lại mật khẩu.',
};

// Two citizens, one per viewport: a woman born in the 1900s (fourth CCCD digit 1) and one born
// in the 2000s (3). Their CCCDs start with 038, Thanh Hóa's code.
const PEOPLE = {
	phone: {
		name: 'Trần Thị Bích Ngọc', born: { y: 1994, m: 5, d: 17 }, sex: 'female', phone: '0987 654 321', mail: 'bichngoc',
	},
	desktop: {
		name: 'Đặng Thị Hồng Nhung', born: { y: 2003, m: 11, d: 23 }, sex: 'female', phone: '0356 123 789', mail: 'hongnhung',
	},
};
const PASSWORD = 'Tr@nThi-2026-x';
const WRONG_PASSWORD = 'Tr@nThi-2026-y';
const NEW_PASSWORD = 'Hàm Rồng-2026-đỏ';
const PROVINCE = '038';

const tap = new Tap();
requireStack(tap);
watchdog(tap, 240);
const shots = screenshotDir();

// The person's CCCD: province, century and sex, the year's last two digits, six random digits
// (another draw when the database already has the number).
function makeCccd(person) {
	const century = Math.floor(person.born.y / 100) - 19; // 0 for the 1900s, 1 for the 2000s
	const digit4 = century * 2 + (person.sex === 'female' ? 1 : 0);
	const yy = String(person.born.y % 100).padStart(2, '0');
	for (let i = 0; i < 20; i += 1) {
		const cccd = `${PROVINCE}${digit4}${yy}${String(randomInt(0, 1000000)).padStart(6, '0')}`;
		if (!env.dbSocket || dbRows(`SELECT COUNT(*) FROM users WHERE citizen_id = '${cccd}'`)[0][0] === '0') {
			return cccd;
		}
	}
	throw new Error('no free CCCD in 20 draws');
}

const two = (n) => String(n).padStart(2, '0');
const isoDate = (b) => `${b.y}-${two(b.m)}-${two(b.d)}`;
const viDate = (b) => `${two(b.d)}/${two(b.m)}/${b.y}`;

const noSideScroll = (page, vp, where) => sideScroll(tap, page, vp, where);

async function shot(page, vp, n, what) {
	await page.screenshot({ path: join(shots, `account-${vp.name}-${n}-${what}.png`), fullPage: true });
}

// A tap on a phone, a click elsewhere.
function press(vp, locator) {
	return vp.options.hasTouch ? locator.tap() : locator.click();
}

// Into a field as a person does it: a tap or click, then the keys one by one.
async function type(vp, field, text) {
	await press(vp, field);
	await field.pressSequentially(text, { delay: 2 });
}

// The id of the element with the focus ('' for none), or tag:text when it has no id.
function focusedId(page) {
	return page.evaluate(() => {
		const a = document.activeElement;
		if (!a || a === document.body) return '';
		return a.id || `${a.tagName.toLowerCase()}.${a.className}:${a.textContent.replace(/\s+/g, ' ').trim()}`;
	});
}

// The date input: reached with Tab from the field before it (the caret lands on its first
// part), then the digits typed in the order it shows them. A Vietnamese Chromium shows
// dd/mm/yyyy, Debian's headless one (en-US only) mm/dd/yyyy: when the day first does not give
// the date, the person clears the field and types the month first.
async function typeDate(page, before, field, b) {
	const orders = [[b.d, b.m], [b.m, b.d]];
	for (const [first, second] of orders) {
		await field.fill('');
		await before.focus();
		await page.keyboard.press('Tab');
		if ((await focusedId(page)) !== (await field.getAttribute('id'))) return false;
		await page.keyboard.type(`${two(first)}${two(second)}${b.y}`, { delay: 10 });
		if ((await field.inputValue()) === isoDate(b)) return true;
	}
	return false;
}

// The account navigation of the header and who it names.
function accountNav(page) {
	return page.getByRole('banner').getByRole('navigation', { name: T.accountNav, exact: true });
}

async function headerSaysSignedIn(page, vp, person, where) {
	const nav = accountNav(page);
	const link = nav.getByRole('link', { name: `${T.accountOf}${person.name}`, exact: true });
	const visible = (await link.count()) === 1 && (await link.isVisible());
	tap.ok(visible, `${vp.name}: ${where}: the header shows "${person.name}", a link to the profile`,
		[`header account navigation: ${squash(await nav.innerText().catch((e) => e.message))}`]);
	if (visible) {
		tap.is(await link.getAttribute('href'), '/account/profile', `${vp.name}: ${where}: the name links to /account/profile`);
		const logout = nav.getByRole('button', { name: T.logout, exact: true });
		tap.ok((await logout.count()) === 1 && (await logout.isVisible()),
			`${vp.name}: ${where}: the header has the "${T.logout}" button`);
	}
}

// The reset walk, signed in at the start: returns signed in with the new password.
async function forgotten(page, vp, person) {
	await Promise.all([
		page.waitForURL((u) => u.pathname === '/account/login', { waitUntil: 'load' }),
		press(vp, accountNav(page).getByRole('button', { name: T.logout, exact: true })),
	]);
	await Promise.all([
		page.waitForURL((u) => u.pathname === '/account/forgot', { waitUntil: 'load' }),
		press(vp, page.getByRole('main').getByRole('link', { name: T.forgot, exact: true })),
	]);
	tap.is(new URL(page.url()).pathname, '/account/forgot', `${vp.name}: "${T.forgot}" on the sign-in page opens /account/forgot`);
	const form = page.locator('form[action="/account/forgot"]');
	await type(vp, form.getByLabel(T.loginField, { exact: true }), person.email);
	await Promise.all([
		page.waitForResponse((r) => r.url().endsWith('/account/forgot') && r.request().method() === 'POST'),
		page.waitForEvent('load'),
		press(vp, form.getByRole('button', { name: T.forgotSubmit, exact: true })),
	]);
	tap.is(squash(await page.getByRole('heading', { level: 1 }).innerText()), T.forgotSent,
		`${vp.name}: the answer: "${T.forgotSent}"`);
	await noSideScroll(page, vp, 'forgotten password answer');
	await shot(page, vp, 8, 'forgot-sent');
	const rows = dbRows('SELECT REGEXP_SUBSTR(body, \'/account/reset[?]token=[A-Za-z0-9_-]+\') FROM outbox'
		+ ` WHERE recipient = '${person.email}' ORDER BY id DESC LIMIT 1`);
	const link = rows.length ? rows[0][0] : '';
	tap.ok(/^\/account\/reset\?token=[A-Za-z0-9_-]{43}$/.test(link), `${vp.name}: the message in the outbox has the link`, [link]);
	await page.goto(`${env.url}${link}`);
	tap.is(squash(await page.getByRole('heading', { level: 1 }).innerText()), T.resetTitle,
		`${vp.name}: the link opens "${T.resetTitle}"`);
	const reset = page.locator('form[action="/account/reset"]');
	await type(vp, reset.getByLabel(T.newPassword, { exact: true }), NEW_PASSWORD);
	await type(vp, reset.getByLabel(T.newPassword2, { exact: true }), NEW_PASSWORD);
	await noSideScroll(page, vp, 'reset page');
	await Promise.all([
		page.waitForURL((u) => u.pathname === '/account/login', { waitUntil: 'load' }),
		press(vp, reset.getByRole('button', { name: T.resetTitle, exact: true })),
	]);
	const said = squash(await page.getByRole('main').getByRole('status').innerText().catch(() => ''));
	tap.ok(said.startsWith(T.resetDone), `${vp.name}: the sign-in page says "${T.resetDone}"`, [said]);
	await shot(page, vp, 9, 'reset-done');
	const login = page.locator('form[action="/account/login"]');
	await type(vp, login.getByLabel(T.loginField, { exact: true }), person.email);
	await type(vp, login.getByLabel(T.password, { exact: true }), NEW_PASSWORD);
	await Promise.all([
		page.waitForURL((u) => u.pathname === '/account/profile', { waitUntil: 'load' }),
		press(vp, login.getByRole('button', { name: T.login, exact: true })),
	]);
	await headerSaysSignedIn(page, vp, person, 'signed in with the new password');
}

async function scenario(browser, vp) {
	const person = { ...PEOPLE[vp.name] };
	person.cccd = makeCccd(person);
	person.email = `${person.mail}.${person.cccd}@example.vn`;
	tap.diag(`${vp.name}: ${vp.options.viewport.width}×${vp.options.viewport.height}`
		+ `${vp.options.isMobile ? ', mobile, touch' : ''}; ${person.name}, CCCD ${person.cccd},`
		+ ` born ${viDate(person.born)}, ${person.email}`);
	const context = await browser.newContext({ ...vp.options, locale: 'vi-VN' });
	context.setDefaultTimeout(15000);
	context.setDefaultNavigationTimeout(20000);
	const page = await context.newPage();
	const problems = [];
	await watchProblems(context, page, problems);
	let step = 'start';
	try {
		// The home page, then "Đăng ký" in the header.
		step = 'open the home page';
		const home = await page.goto(`${env.url}/`);
		tap.is(home.status(), 200, `${vp.name}: the home page answers 200`);
		step = 'follow "Đăng ký" in the header';
		await Promise.all([
			page.waitForURL((u) => u.pathname === '/account/register'),
			press(vp, accountNav(page).getByRole('link', { name: T.register, exact: true })),
		]);
		tap.is(squash(await page.getByRole('heading', { level: 1 }).innerText()), T.registerTitle,
			`${vp.name}: "${T.register}" in the header opens "${T.registerTitle}"`);
		await noSideScroll(page, vp, 'register page');

		// The empty form sent: the error summary has the focus, each link moves the focus to its
		// field.
		step = 'submit the empty register form';
		const submit = page.getByRole('main').getByRole('button', { name: T.register, exact: true });
		await Promise.all([
			page.waitForResponse((r) => r.url().endsWith('/account/register') && r.request().method() === 'POST'),
			page.waitForEvent('load'),
			press(vp, submit),
		]);
		tap.ok((await page.title()).startsWith(T.errorPrefix), `${vp.name}: the title starts with "${T.errorPrefix}"`,
			[`title: ${await page.title()}`]);
		const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: T.errors }) });
		tap.ok(await summary.isVisible(), `${vp.name}: an error summary "${T.errors}" is shown`);
		tap.ok(await summary.evaluate((s) => s === document.activeElement),
			`${vp.name}: the error summary has the focus`, [`focused: ${await focusedId(page)}`]);
		await noSideScroll(page, vp, 'register page with errors');
		await shot(page, vp, 1, 'register-errors');
		const links = summary.getByRole('link');
		const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		const wantFields = ['full_name', 'citizen_id', 'birth_date', 'phone', 'email', 'password', 'consent'];
		const listed = hrefs.map((h) => h.replace(/^#field-/, ''));
		tap.ok(wantFields.every((f) => listed.includes(f)),
			`${vp.name}: the summary links to each empty field (${wantFields.join(', ')})`, [`links: ${hrefs.join(' ')}`]);
		const formOrder = await page.locator('form[action="/account/register"] [id^="field-"]')
			.evaluateAll((els) => els.map((e) => e.id.replace(/^field-/, '')));
		const inFormOrder = formOrder.filter((f) => listed.includes(f));
		tap.ok(JSON.stringify(listed) === JSON.stringify(inFormOrder),
			`${vp.name}: the summary lists the errors in the order of the fields on the form`,
			[`summary: ${listed.join(', ')}`, `form:    ${inFormOrder.join(', ')}`]);
		const wrongFocus = [];
		for (let i = 0; i < hrefs.length; i += 1) {
			await press(vp, links.nth(i));
			const id = hrefs[i].slice(1);
			const f = await page.evaluate((want) => {
				const a = document.activeElement;
				const r = a ? a.getBoundingClientRect() : null;
				return {
					id: a ? a.id : '',
					inView: r !== null && r.bottom > 0 && r.top < window.innerHeight,
					invalid: a ? a.getAttribute('aria-invalid') : null,
					said: a && a.getAttribute('aria-describedby') ? a.getAttribute('aria-describedby').split(/\s+/)
						.map((x) => document.getElementById(x)?.textContent.replace(/\s+/g, ' ').trim()).join(' | ') : '',
					want,
				};
			}, id);
			if (f.id !== id || !f.inView || f.invalid !== 'true' || !f.said.includes(squash(await links.nth(i).innerText()))) {
				wrongFocus.push(`${hrefs[i]}: ${JSON.stringify(f)}`);
			}
		}
		tap.ok(hrefs.length > 0 && wrongFocus.length === 0,
			`${vp.name}: each of the ${hrefs.length} summary links moves the focus to its field, in view, `
			+ 'aria-invalid, its message read with it', wrongFocus);

		// The form filled in by its labels.
		step = 'fill the register form';
		const form = page.locator('form[action="/account/register"]');
		const field = (label) => form.getByLabel(label, { exact: true });
		await type(vp, field(T.fullName), person.name);
		await type(vp, field(T.cccd), person.cccd);
		const dateOk = await typeDate(page, field(T.cccd), field(T.birth), person.born);
		tap.ok(dateOk, `${vp.name}: ${viDate(person.born)} typed into the date input "${T.birth}"`,
			[`value: ${await field(T.birth).inputValue()}`]);
		if (!dateOk) await field(T.birth).fill(isoDate(person.born));
		await type(vp, field(T.phone), person.phone);
		await type(vp, field(T.email), person.email);
		await type(vp, field(T.password), PASSWORD);
		await type(vp, field(T.password2), PASSWORD);
		const consent = form.getByRole('checkbox', { name: new RegExp(`^${T.consent}`) });
		await press(vp, consent);
		tap.ok(await consent.isChecked(), `${vp.name}: the consent box is ticked`);
		const typed = {
			name: await field(T.fullName).inputValue(),
			cccd: await field(T.cccd).inputValue(),
			email: await field(T.email).inputValue(),
		};
		tap.ok(typed.name === person.name && typed.cccd === person.cccd && typed.email === person.email,
			`${vp.name}: the name, CCCD and e-mail are in their fields as typed`, [JSON.stringify(typed)]);
		await shot(page, vp, 2, 'register-filled');

		step = 'submit the register form';
		await Promise.all([
			page.waitForResponse((r) => r.url().endsWith('/account/register') && r.request().method() === 'POST'),
			page.waitForEvent('load'),
			press(vp, submit),
		]);
		tap.is(squash(await page.getByRole('heading', { level: 1 }).innerText()), T.checkMail,
			`${vp.name}: registering answers "${T.checkMail}"`);
		const sent = squash(await page.getByRole('main').getByRole('status').innerText().catch(() => ''));
		tap.ok(sent.includes(person.email), `${vp.name}: … naming the address the message went to`, [sent]);
		tap.ok(!squash(await accountNav(page).innerText()).includes(person.name),
			`${vp.name}: nobody is signed in before the address is verified`);
		await noSideScroll(page, vp, 'check your mail');
		await shot(page, vp, 2, 'register-sent');

		step = 'open the link of the message';
		const link = await mailLink(person.email);
		await page.goto(`${env.url}${link}`);
		tap.is(squash(await page.getByRole('main').getByRole('status').innerText().catch(() => '')), T.verified,
			`${vp.name}: the link of the message says "${T.verified}"`);
		await noSideScroll(page, vp, 'address verified');
		await Promise.all([
			page.waitForURL((u) => u.pathname === '/account/login'),
			press(vp, page.getByRole('main').getByRole('link', { name: T.login, exact: true })),
		]);
		step = 'sign in after the verification';
		const firstLogin = page.locator('form[action="/account/login"]');
		await type(vp, firstLogin.getByLabel(T.loginField, { exact: true }), person.cccd);
		await type(vp, firstLogin.getByLabel(T.password, { exact: true }), PASSWORD);
		await Promise.all([
			page.waitForURL((u) => u.pathname === '/account/profile', { waitUntil: 'load' }),
			press(vp, firstLogin.getByRole('button', { name: T.login, exact: true })),
		]);
		tap.is(squash(await page.getByRole('heading', { level: 1 }).innerText()), T.profileTitle,
			`${vp.name}: the page is "${T.profileTitle}"`);
		await headerSaysSignedIn(page, vp, person, 'after registering');
		const facts = squash(await page.getByRole('region', { name: T.personal, exact: true }).innerText());
		tap.ok(facts.includes(person.name) && facts.includes(person.cccd) && facts.includes(viDate(person.born)),
			`${vp.name}: "${T.personal}" shows the name, the CCCD and the birth date ${viDate(person.born)}`, [facts]);
		await noSideScroll(page, vp, 'profile');
		await shot(page, vp, 3, 'profile-registered');
		await page.getByRole('banner').screenshot({ path: join(shots, `account-${vp.name}-3-header-signed-in.png`) });

		// "Đăng xuất".
		step = 'log out';
		await Promise.all([
			page.waitForURL((u) => u.pathname === '/account/login', { waitUntil: 'load' }),
			press(vp, accountNav(page).getByRole('button', { name: T.logout, exact: true })),
		]);
		const nav = accountNav(page);
		tap.ok(await nav.getByRole('link', { name: T.login, exact: true }).isVisible(),
			`${vp.name}: after "${T.logout}" the header offers "${T.login}"`, [squash(await nav.innerText())]);
		tap.ok(!squash(await nav.innerText()).includes(person.name) && (await nav.getByRole('button').count()) === 0,
			`${vp.name}: the header no longer names ${person.name} nor has a log-out button`, [squash(await nav.innerText())]);
		tap.is(squash(await page.getByRole('main').getByRole('status').innerText().catch(() => '')), T.loggedOut,
			`${vp.name}: the notice says "${T.loggedOut}"`);
		await shot(page, vp, 4, 'logged-out');
		const gone = await page.goto(`${env.url}/account/profile`);
		tap.ok(new URL(page.url()).pathname === '/account/login' || gone.status() === 403,
			`${vp.name}: the profile is no longer open (login page or 403)`, [`${gone.status()} ${page.url()}`]);

		// A wrong password: the same words whichever part was wrong, the login kept.
		step = 'log in with a wrong password';
		await page.goto(`${env.url}/`);
		await Promise.all([
			page.waitForURL((u) => u.pathname === '/account/login'),
			press(vp, accountNav(page).getByRole('link', { name: T.login, exact: true })),
		]);
		const loginForm = page.locator('form[action="/account/login"]');
		const loginField = loginForm.getByLabel(T.loginField, { exact: true });
		const passwordField = loginForm.getByLabel(T.password, { exact: true });
		await type(vp, loginField, person.cccd);
		await type(vp, passwordField, WRONG_PASSWORD);
		await Promise.all([
			page.waitForResponse((r) => r.url().endsWith('/account/login') && r.request().method() === 'POST'),
			page.waitForEvent('load'),
			press(vp, loginForm.getByRole('button', { name: T.login, exact: true })),
		]);
		const loginSummary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: T.errors }) });
		const summaryText = squash(await loginSummary.innerText().catch(() => ''));
		tap.ok(summaryText.includes(T.wrong), `${vp.name}: a wrong password: the summary says "${T.wrong}"`,
			[`summary: ${summaryText || '(none)'}`]);
		tap.is(await loginField.inputValue(), person.cccd, `${vp.name}: the login field keeps the CCCD typed`);
		tap.is(await passwordField.inputValue(), '', `${vp.name}: the password field is empty again`);
		tap.ok(!squash(await accountNav(page).innerText()).includes(person.name),
			`${vp.name}: nobody is signed in after the wrong password`);
		await noSideScroll(page, vp, 'login page with the error');
		await shot(page, vp, 5, 'login-error');

		// The right password with the keyboard alone, on a fresh login page: Tab to the login,
		// type it, Tab to the password, type it, Tab to the button, Enter.
		step = 'log in with the keyboard';
		await page.goto(`${env.url}/account/login`);
		let tabs = 0;
		while ((await focusedId(page)) !== 'field-login' && tabs < 30) {
			await page.keyboard.press('Tab');
			tabs += 1;
		}
		tap.is(await focusedId(page), 'field-login', `${vp.name}: Tab reaches the login field (${tabs} presses)`);
		await page.keyboard.type(person.cccd, { delay: 5 });
		await page.keyboard.press('Tab');
		tap.is(await focusedId(page), 'field-password', `${vp.name}: the next Tab reaches the password`);
		await page.keyboard.type(PASSWORD, { delay: 5 });
		await page.keyboard.press('Tab');
		const onButton = await page.evaluate(() => {
			const a = document.activeElement;
			return a && a.tagName === 'BUTTON' && a.type === 'submit' ? a.textContent.replace(/\s+/g, ' ').trim() : '';
		});
		tap.is(onButton, T.login, `${vp.name}: the next Tab reaches the "${T.login}" button`);
		await Promise.all([
			page.waitForURL((u) => u.pathname === '/account/profile', { waitUntil: 'load' }),
			page.keyboard.press('Enter'),
		]);
		tap.is(new URL(page.url()).pathname, '/account/profile', `${vp.name}: Enter signs in: the profile opens`);
		await headerSaysSignedIn(page, vp, person, 'signed in again, profile');
		const signins = squash(await page.locator('#signins').innerText());
		tap.ok(/Thành công/i.test(signins) && /sai mật khẩu/i.test(signins),
			`${vp.name}: "recent sign-ins" lists this sign-in and the wrong password`, [signins.slice(0, 400)]);
		const caption = await page.locator('#signins table caption').evaluate((c) => {
			const r = c.getBoundingClientRect();
			const lh = parseFloat(getComputedStyle(c).lineHeight) || parseFloat(getComputedStyle(c).fontSize) * 1.5;
			return { width: Math.round(r.width), table: Math.round(c.parentElement.getBoundingClientRect().width),
				lines: Math.round(r.height / lh) };
		});
		// On a phone the stacked table's caption once shrank to its longest word (fixed in dvc.css).
		tap.ok(caption.lines <= 3, `${vp.name}: the caption of the sign-ins table runs across the table (${caption.lines} lines)`,
			[`caption ${caption.width} px wide in ${caption.lines} lines; table ${caption.table} px`]);
		await noSideScroll(page, vp, 'profile signed in again');
		await shot(page, vp, 6, 'profile-signed-in');

		// The header is on every page: the home page too.
		step = 'open the home page signed in';
		await Promise.all([
			page.waitForURL((u) => u.pathname === '/'),
			press(vp, page.getByRole('banner').getByRole('link').first()),
		]);
		await headerSaysSignedIn(page, vp, person, 'home page');
		await noSideScroll(page, vp, 'home page signed in');
		await shot(page, vp, 7, 'home-signed-in');

		// A forgotten password: out, "Quên mật khẩu?", the link from the outbox, a new password.
		step = 'reset a forgotten password';
		if (env.dbSocket) await forgotten(page, vp, person);
	} catch (err) {
		tap.fail(`${vp.name}: ${step}`, err);
		await shot(page, vp, 10, 'failure').catch(() => {});
	}
	tap.ok(problems.length === 0, `${vp.name}: no console errors, failed requests, page errors or CSP violations`, problems);
	await context.close();
}

const browser = await launch();
try {
	for (const vp of VIEWPORTS) await scenario(browser, vp);
} catch (err) {
	tap.fail('the browser ran', err);
} finally {
	await browser.close();
}
tap.diag(`screenshots: ${shots}`);
tap.done();
