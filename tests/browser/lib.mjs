// tests/browser/lib.mjs — what the browser tests share: a small TAP writer, Debian's Chromium
// through playwright-core, the two viewports, the stack's environment (see tests/run) and a
// read-only look into its database.

import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

// The stack tests/run started; without it there is nothing to test.
export const env = {
	url: (process.env.DVC_URL || '').replace(/\/+$/, ''),
	var: process.env.DVC_VAR || '',
	dbSocket: process.env.DVC_DB_SOCKET || '',
	chromium: process.env.CHROMIUM || '/usr/bin/chromium',
};

// A phone (an iPhone 12-14 sized screen) and an ordinary laptop.
export const VIEWPORTS = [
	{
		name: 'phone',
		options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
	},
	{
		name: 'desktop',
		options: { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
	},
];

// TAP: "ok N - name" or "not ok N - name" with "# " diagnostics; the plan comes last, once
// every step has run (how many there are depends on what the pages hold).
export class Tap {
	constructor() {
		this.count = 0;
		this.failed = 0;
	}

	diag(...lines) {
		// Playwright colours its call logs: no escape sequences in the TAP.
		const plain = (l) => String(l).replace(/\x1b\[[0-9;]*m/g, '');
		for (const line of lines.flatMap((l) => plain(l).split('\n'))) {
			process.stdout.write(`# ${line}\n`);
		}
	}

	ok(pass, name, diagnostics = []) {
		this.count += 1;
		const label = String(name).replace(/#/g, '\\#').replace(/\n/g, ' ');
		process.stdout.write(`${pass ? 'ok' : 'not ok'} ${this.count} - ${label}\n`);
		if (!pass) {
			this.failed += 1;
			this.diag(...(Array.isArray(diagnostics) ? diagnostics : [diagnostics]));
		}
		return pass;
	}

	// got === want, with both shown when they differ.
	is(got, want, name) {
		return this.ok(got === want, name, [`got:  ${JSON.stringify(got)}`, `want: ${JSON.stringify(want)}`]);
	}

	// An exception where a step was expected to pass: a failed test with the error.
	fail(name, err) {
		const text = err && err.stack ? err.stack : String(err);
		return this.ok(false, name, text.split('\n').slice(0, 12));
	}

	skipAll(reason) {
		process.stdout.write(`1..0 # SKIP ${reason}\n`);
		process.exit(0);
	}

	done() {
		process.stdout.write(`1..${this.count}\n`);
		process.exitCode = this.failed > 0 ? 1 : 0;
	}
}

// Stops the test when something hangs: a browser test must never hold up `make test`.
export function watchdog(tap, seconds) {
	const timer = setTimeout(() => {
		tap.ok(false, `finished within ${seconds} s`, ['the test was stopped: something hung']);
		tap.done();
		process.exit(1);
	}, seconds * 1000);
	timer.unref();
}

// Checks the environment; skips the whole test when it does not come from tests/run.
export function requireStack(tap, { db = false } = {}) {
	if (!env.url) tap.skipAll('DVC_URL is not set: run it through tests/run');
	if (db && !env.dbSocket) tap.skipAll('DVC_DB_SOCKET is not set: run it through tests/run');
}

export async function launch() {
	return chromium.launch({
		executablePath: env.chromium,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

// Where the screenshots go, for a person to look at: $DVC_VAR/screenshots/.
export function screenshotDir() {
	const dir = join(env.var || process.cwd(), 'screenshots');
	mkdirSync(dir, { recursive: true });
	return dir;
}

// Runs one SELECT as root on the stack's MariaDB and returns its rows as arrays of strings.
// The SQL is fixed by the caller; values in it must have been checked first.
export function dbRows(sql) {
	const r = spawnSync(
		'mariadb',
		['--no-defaults', '-uroot', `--socket=${env.dbSocket}`, 'dvc', '-N', '-B', '-r', '-e', sql],
		{ encoding: 'utf8', timeout: 20000 },
	);
	if (r.error) throw new Error(`mariadb: ${r.error.message}`);
	if (r.status !== 0) throw new Error(`mariadb exited ${r.status}: ${r.stderr.trim()}`);
	return r.stdout
		.split('\n')
		.filter((line) => line !== '')
		.map((line) => line.split('\t'));
}

// A catalogue code as the portal prints it (1.001193.000.00.00.H56): safe inside SQL quotes.
export function checkCode(code) {
	if (!/^[0-9A-Za-z.\-]{1,40}$/.test(code)) throw new Error(`not a procedure code: ${JSON.stringify(code)}`);
	return code;
}

// Whitespace collapsed, as a reader sees the text.
export function squash(s) {
	return String(s ?? '').replace(/\s+/g, ' ').trim();
}

// Lower case without Vietnamese diacritics (đ → d): for comparisons that ignore them.
export function fold(s) {
	return squash(s)
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase();
}

// Collects what the browser complains about: console errors (failed loads among them), CSP
// violations (Chromium logs them as errors; the listener below names the directive), failed
// requests and uncaught exceptions. Not the page's icon cut off by leaving the page: Chromium
// fetches it after the load event, and the test moves on as soon as a page has loaded.
// expected (optional): a Set of statuses the test asks for on purpose (a refused upload's 415),
// whose "Failed to load resource" console line is each excused once.
export function watchProblems(context, page, problems, expected = new Set()) {
	page.on('console', (msg) => {
		const text = msg.text();
		const status = /^Failed to load resource: the server responded with a status of (\d+)/.exec(text);
		if (status && expected.has(Number(status[1]))) {
			expected.delete(Number(status[1]));
			return;
		}
		if (msg.type() === 'error' || /Content[ -]Security[ -]Policy/i.test(text)) {
			problems.push(`console ${msg.type()} on ${page.url()}: ${text}`);
		}
	});
	page.on('pageerror', (err) => problems.push(`page error on ${page.url()}: ${err.message}`));
	page.on('requestfailed', (req) => {
		if (req.failure()?.errorText === 'net::ERR_ABORTED' && req.url() === `${env.url}/static/emblem.svg`
			&& req.resourceType() === 'other') return;
		problems.push(`request failed on ${page.url()}: ${req.url()} (${req.resourceType()})`
			+ ` ${req.failure()?.errorText ?? ''}`);
	});
	return context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`
				+ ` at ${e.sourceFile || '?'}:${e.lineNumber || '?'}`);
		});
	});
}

// No horizontal scrolling at the viewport's width; names the elements wider than the screen.
export async function noSideScroll(tap, page, vp, where) {
	const width = vp.options.viewport.width;
	const m = await page.evaluate(() => {
		const root = document.documentElement;
		const cw = root.clientWidth;
		const wide = [...document.body.querySelectorAll('*')]
			.filter((e) => e.getBoundingClientRect().right > cw + 0.5 && e.getClientRects().length > 0)
			.slice(0, 6)
			.map((e) => {
				const cls = typeof e.className === 'string' && e.className.trim() !== ''
					? `.${e.className.trim().split(/\s+/).join('.')}` : '';
				return `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${cls}`
					+ ` (right edge ${Math.round(e.getBoundingClientRect().right)})`;
			});
		return { scrollWidth: root.scrollWidth, clientWidth: cw, wide };
	});
	tap.ok(m.scrollWidth <= width,
		`${vp.name}: ${where}: no horizontal scrolling (scrollWidth ${m.scrollWidth} <= ${width})`,
		[`clientWidth ${m.clientWidth}; wider than the screen:`, ...m.wide]);
}

// fillRegistration(FORM, PERSON, PASSWORD): the registration form (/account/register) filled
// in as a person does, found by its labels: name, CCCD, birth date, phone, e-mail, the password
// twice, the consent ticked. The caller submits it.
export async function fillRegistration(form, person, password) {
	await form.getByLabel('Họ và tên', { exact: true }).fill(person.name);
	await form.getByLabel('Số định danh cá nhân (CCCD)', { exact: true }).fill(person.cccd);
	await form.getByLabel('Ngày sinh', { exact: true }).fill(person.born);
	await form.getByLabel('Số điện thoại di động', { exact: true }).fill(person.phone);
	await form.getByLabel('Thư điện tử', { exact: true }).fill(person.email);
	await form.getByLabel('Mật khẩu', { exact: true }).fill(password);
	await form.getByLabel('Nhập lại mật khẩu', { exact: true }).fill(password);
	await form.getByRole('checkbox').check();
}

// mailLink(EMAIL, PATH = '/account/verify', AFTER = 0): the path and token of the link to PATH
// in the newest message to EMAIL that the stack's notifier wrote to $DVC_VAR/mail (each message
// a file, its recipients as X-Original-To lines), once more than AFTER such messages are there;
// waits up to 20 seconds, then throws. mailCount(EMAIL, PATH) counts them.
export function mailCount(email, path = '/account/verify') {
	return mailLinks(email, path).length;
}

function mailLinks(email, path) {
	const dir = join(env.var, 'mail');
	let files = [];
	try {
		files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
	} catch {
		return [];
	}
	const esc = (x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const re = new RegExp(`${esc(env.url)}(${esc(path)}\\?token=[A-Za-z0-9_-]+)`);
	const out = [];
	for (const f of files) {
		const text = readFileSync(join(dir, f), 'utf8');
		const to = [...text.matchAll(/^X-Original-To: (.*)$/gm)].map((m) => m[1].trim().toLowerCase());
		const m = text.match(re);
		if (to.includes(email.toLowerCase()) && m) out.push(m[1]);
	}
	return out;
}

export async function mailLink(email, path = '/account/verify', after = 0) {
	for (let i = 0; i < 200; i++) {
		const links = mailLinks(email, path);
		if (links.length > after) return links[links.length - 1];
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`no message to ${email} with a link to ${path} within 20 s`);
}

// verifyAndSignIn(PAGE, PERSON, PASSWORD): after the registration form was sent (the page says
// "Hãy kiểm tra thư điện tử"), opens the link of the message to PERSON.email, then signs in with
// PERSON.cccd and PASSWORD on the sign-in page; the profile is open when it returns. Throws
// with the page's words when a step fails.
export async function verifyAndSignIn(page, person, password) {
	const h1 = squash(await page.getByRole('heading', { level: 1 }).innerText().catch(() => ''));
	if (h1 !== 'Hãy kiểm tra thư điện tử') {
		const why = await page.locator('.error-summary').innerText().catch(() => '(no error summary)');
		throw new Error(`registering ${person.cccd} failed: ${page.url()}: ${h1}: ${squash(why)}`);
	}
	const link = await mailLink(person.email);
	const res = await page.goto(`${env.url}${link}`);
	if (res.status() !== 200) throw new Error(`the verification link answered ${res.status()}`);
	await page.goto(`${env.url}/account/login`);
	const form = page.locator('form[action="/account/login"]');
	await form.getByLabel('Số định danh cá nhân (CCCD) hoặc thư điện tử', { exact: true }).fill(person.cccd.replace(/\s/g, ''));
	await form.getByLabel('Mật khẩu', { exact: true }).fill(password);
	await Promise.all([
		page.waitForEvent('load'),
		form.getByRole('button', { name: 'Đăng nhập', exact: true }).click(),
	]);
	if (new URL(page.url()).pathname !== '/account/profile') {
		const why = await page.locator('.error-summary').innerText().catch(() => '(no error summary)');
		throw new Error(`signing in ${person.cccd} after the verification failed: ${page.url()}: ${squash(why)}`);
	}
}

// ------------------------------------------------------------------ the second factor

// The second factor as a person answers it with an authenticator app (modules/account/mfa.c):
// TOTP of RFC 6238 (HMAC-SHA-1, 6 digits, 30 s) from the account's key, which the tests know
// for the demo administrator (conf/dev/demo-mfa.txt, a public demo key) and for an account
// these helpers enrolled in this stack ($DVC_VAR/mfa-keys/LOGIN, shared with tests/http's
// DVC::Mfa).

function base32Decode(b32) {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
	let bits = '';
	for (const c of b32.toUpperCase().replace(/[\s=-]/g, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
	const bytes = [];
	for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
	return Buffer.from(bytes);
}

// The code of time step STEP (Math.floor(seconds / 30)) for the Base32 key.
export function totpCode(b32, step) {
	const msg = Buffer.alloc(8);
	msg.writeUInt32BE(Math.floor(step / 2 ** 32), 0);
	msg.writeUInt32BE(step % 2 ** 32, 4);
	const mac = createHmac('sha1', base32Decode(b32)).update(msg).digest();
	const o = mac[mac.length - 1] & 0x0f;
	return String((mac.readUInt32BE(o) & 0x7fffffff) % 1000000).padStart(6, '0');
}

function keyFile(login) {
	return join(env.var, 'mfa-keys', login.toLowerCase().replace(/[^a-z0-9@._-]/g, '_'));
}

// The key the tests know for LOGIN, or undefined.
export function mfaKey(login) {
	if (env.var && existsSync(keyFile(login))) return readFileSync(keyFile(login), 'utf8').trim();
	const repo = process.env.DVC_REPO || join(dirname(fileURLToPath(import.meta.url)), '..', '..');
	for (const line of readFileSync(join(repo, 'conf/dev/demo-mfa.txt'), 'utf8').split('\n')) {
		if (/^\s*(#|$)/.test(line)) continue;
		const [email, key] = line.split('|').map((f) => f.trim());
		if (email.toLowerCase() === login.toLowerCase()) return key;
	}
	return undefined;
}

// A step whose code the server has not taken yet (each code is good once): now or the next
// one, waiting for the clock when both were used (the database says which, when the test
// may read it).
async function freshStep(login) {
	let last = 0;
	if (env.dbSocket && /^[A-Za-z0-9@._-]+$/.test(login)) {
		const rows = dbRows(`SELECT COALESCE(MAX(m.last_step), 0) FROM user_mfa m JOIN users u ON u.id = m.user_id
			WHERE u.email = '${login.toLowerCase()}' OR u.citizen_id = '${login}'`);
		last = Number(rows[0][0]);
	}
	const now = Math.floor(Date.now() / 30000);
	if (last + 1 <= now) return now;
	if (last + 1 > now + 1) await new Promise((r) => setTimeout(r, last * 30000 - Date.now() + 200));
	return last + 1;
}

// On the page after the password: when it is the second factor's, answers it as LOGIN's owner
// would (the code of its key, or an enrolment whose key is then kept, and the recovery codes'
// "continue" link); anything else is left as it is. Returns true when it answered.
export async function answerSecondFactor(page, login) {
	if (new URL(page.url()).pathname !== '/account/mfa') return false;
	const form = page.locator('form[action="/account/mfa/enable"], form[action="/account/mfa"]').first();
	const code = form.getByLabel('Mã xác thực', { exact: true });
	if ((await form.getAttribute('action')) === '/account/mfa/enable') {
		const key = squash(await page.locator('.mfa-secret').innerText()).replace(/ /g, '');
		mkdirSync(join(env.var, 'mfa-keys'), { recursive: true });
		writeFileSync(keyFile(login), `${key}\n`);
		await code.fill(totpCode(key, Math.floor(Date.now() / 30000)));
		await Promise.all([page.waitForEvent('load'), form.getByRole('button').click()]);
		await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Tôi đã lưu các mã, tiếp tục' }).click()]);
		return true;
	}
	const key = mfaKey(login);
	if (!key) throw new Error(`no key known for the second factor of ${login}`);
	await code.fill(totpCode(key, await freshStep(login)));
	await Promise.all([page.waitForEvent('load'), form.getByRole('button', { name: 'Xác nhận', exact: true }).click()]);
	return true;
}

// Signs LOGIN in on the sign-in page (with the way back NEXT, if any), answering the second
// factor when one is asked. The page is where the sign-in lands.
export async function signInWithFactor(page, login, password, next) {
	await page.goto(`${env.url}/account/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
	const form = page.locator('form[action="/account/login"]');
	await form.getByLabel('Số định danh cá nhân (CCCD) hoặc thư điện tử', { exact: true }).fill(login);
	await form.getByLabel('Mật khẩu', { exact: true }).fill(password);
	await Promise.all([page.waitForEvent('load'), form.getByRole('button', { name: 'Đăng nhập', exact: true }).click()]);
	await answerSecondFactor(page, login);
}
