// tests/browser/a11y.mjs — the automated accessibility check of the catalogue's pages, on a
// phone (390×844, touch) and on a desktop (1280×800): axe-core with the WCAG 2.1 A and AA
// rules finds no serious or critical violation; and each page has one h1, <html lang="vi">, a
// non-empty <title>, and a skip link as the first thing Tab reaches, which moves the focus to
// the main content. Prints TAP; run by a11y.t under tests/run.
//
// The pages: home, a search, a search that finds nothing, the detail of "đăng ký khai sinh"
// (the first result of the search) and of one procedure of each other level, a 400 and a 404;
// login, register, register with errors after an empty submit (its error summary has the focus:
// the skip link is then reached by Shift+Tab to the start), the privacy notice; and, signed in
// as a citizen registered for the test, the profile and the password page; and a draft of
// that citizen's: the files step with an upload refused, the delivery step, the review, and
// the receipt once submitted; then "Hồ sơ của tôi" and that dossier's page (its feedback and
// withdrawal forms).

import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';
import {
	Tap, VIEWPORTS, checkCode, dbRows, env, launch, requireStack, squash, watchdog, verifyAndSignIn,
} from './lib.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

const tap = new Tap();
requireStack(tap);
watchdog(tap, 300);

// The detail pages: the first result of the search, then one procedure per other level (the
// level panel and the button differ) when the database can be asked.
async function detailPages(browser) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${env.url}/procedures?q=khai+sinh`);
	const href = await page.locator('.result-list > li').first().getByRole('link').first().getAttribute('href');
	await context.close();
	const pages = [{ name: 'procedure (first result)', path: href, status: 200 }];
	if (env.dbSocket) {
		const first = checkCode(decodeURIComponent(href.replace(/^\/procedures\//, '')));
		const rows = dbRows(`SELECT level, MIN(current_code) FROM procedures
			WHERE current_code IS NOT NULL AND current_code <> '${first}' GROUP BY level ORDER BY level DESC`);
		const firstLevel = dbRows(`SELECT level FROM procedures WHERE current_code = '${first}'`)[0]?.[0];
		for (const [level, code] of rows) {
			if (level === firstLevel) continue;
			pages.push({ name: `procedure (level ${level})`, path: `/procedures/${encodeURIComponent(checkCode(code))}`, status: 200 });
		}
	}
	return pages;
}

// A context signed in as a citizen registered through the form for this test (a CCCD of
// Thanh Hóa, 038, for a woman born in 1992; random last digits).
async function signedInContext(browser, vp) {
	const context = await browser.newContext({ ...vp.options, locale: 'vi-VN', bypassCSP: true });
	context.setDefaultTimeout(15000);
	context.setDefaultNavigationTimeout(20000);
	const page = await context.newPage();
	const cccd = `038192${String(randomInt(0, 1000000)).padStart(6, '0')}`;
	await page.goto(`${env.url}/account/register`);
	await page.fill('#field-full_name', 'Lê Thị Thu Hà');
	await page.fill('#field-citizen_id', cccd);
	await page.fill('#field-birth_date', '1992-03-08');
	await page.fill('#field-phone', '0912345679');
	await page.fill('#field-email', `a11y.${vp.name}.${cccd}@example.vn`);
	await page.fill('#field-password', 'Kiem-tra-A11y-2026');
	await page.fill('#field-password2', 'Kiem-tra-A11y-2026');
	await page.check('#field-consent');
	await Promise.all([page.waitForEvent('load'), page.click('form[action="/account/register"] button[type="submit"]')]);
	await verifyAndSignIn(page, { cccd, email: `a11y.${vp.name}.${cccd}@example.vn` }, 'Kiem-tra-A11y-2026');
	await page.close();
	return context;
}

// The register form sent empty: the page comes back with the error summary.
async function submitEmptyRegister(page) {
	await page.goto(`${env.url}/account/register`);
	const [response] = await Promise.all([
		page.waitForResponse((r) => r.url().endsWith('/account/register') && r.request().method() === 'POST'),
		page.waitForEvent('load'),
		page.click('form[action="/account/register"] button[type="submit"]'),
	]);
	return response;
}

// The submission pages need a draft: one per signed-in context, of the first result for
// "khai sinh", started and taken through its steps in a page of its own: the address, a PDF
// (printed by the browser) for each required component, the postal channel. The draft ends
// submitted when the receipt is checked, so the receipt comes last.
const drafts = new WeakMap();

async function submissionDraft(context) {
	if (drafts.has(context)) return drafts.get(context);
	const page = await context.newPage();
	try {
		await page.goto(`${env.url}/procedures?q=khai+sinh`);
		const href = await page.locator('.result-list > li').first().getByRole('link').first().getAttribute('href');
		const code = checkCode(decodeURIComponent(href.replace(/^\/procedures\//, '')));
		await page.setContent('<!doctype html><html lang="vi"><meta charset="utf-8"><p>Tờ khai đăng ký khai sinh</p>');
		const pdf = await page.pdf({ format: 'A4' });
		await page.goto(`${env.url}/submit/new?procedure=${encodeURIComponent(code)}`);
		if (!/\/submit\/\d+\/info$/.test(page.url())) { // else a draft begun before is resumed
			await Promise.all([page.waitForURL(/\/submit\/\d+\/info$/), page.click('form.start-form button[type="submit"]')]);
		}
		const base = new URL(page.url()).pathname.replace(/\/info$/, '');
		await page.fill('#field-applicant_address', 'Số 8 đường Trần Phú, phường Hạc Thành, tỉnh Thanh Hóa');
		await Promise.all([page.waitForURL(`${env.url}${base}/files`), page.click(`form[action="${base}/info"] button[type="submit"]`)]);
		const required = await page.locator('section.comp-card:has(.tag-required)').evaluateAll((ss) => ss.map((s) => s.id));
		for (const [i, id] of required.entries()) {
			const card = page.locator(`section[id="${id}"]`);
			await card.locator('input[type="file"]').setInputFiles({ name: `thanh-phan-${i + 1}.pdf`, mimeType: 'application/pdf', buffer: pdf });
			await Promise.all([
				page.waitForResponse((r) => r.url().endsWith(`${base}/files`) && r.request().method() === 'POST'),
				page.waitForEvent('load'),
				card.locator('form.upload button[type="submit"]').click(),
			]);
		}
		await page.goto(`${env.url}${base}/delivery`);
		const form = page.locator(`form[action="${base}/delivery"]`);
		await page.check('input[name="channel"][value="postal"]');
		await page.fill('#field-postal_street', 'Số 27 đường Lê Lợi');
		if ((await page.locator('select#field-postal_commune_code').count()) === 1) {
			await page.selectOption('#field-postal_commune_code', { index: 1 });
		} else {
			await page.fill('#field-postal_commune', 'Phường Hạc Thành');
		}
		await Promise.all([page.waitForURL(`${env.url}${base}/fees`), form.locator('button[type="submit"]:not([name])').click()]);
		drafts.set(context, base);
		return base;
	} finally {
		await page.close();
	}
}

// The files step after an upload refused for its content: the error by its component.
async function refusedUpload(page) {
	const base = await submissionDraft(page.context());
	await page.goto(`${env.url}${base}/files`);
	const form = page.locator('form.upload').first();
	await form.locator('input[type="file"]').setInputFiles({ name: 'khong-phai-pdf.pdf', mimeType: 'application/pdf',
		buffer: Buffer.from('Đây không phải là tệp PDF.\n') });
	const [response] = await Promise.all([
		page.waitForResponse((r) => r.url().endsWith(`${base}/files`) && r.request().method() === 'POST'),
		page.waitForEvent('load'),
		form.locator('button[type="submit"]').click(),
	]);
	return response;
}

// The receipt, just submitted: from the review, "Nộp hồ sơ".
async function submitDraft(page) {
	const base = await submissionDraft(page.context());
	await page.goto(`${env.url}${base}/review`);
	const [response] = await Promise.all([
		page.waitForResponse((r) => new URL(r.url()).pathname === `${base}/receipt`),
		page.waitForEvent('load'),
		page.click(`form[action="${base}/submit"] button[type="submit"]`),
	]);
	return response;
}

async function checkPage(context, vp, target) {
	const label = `${vp.name}: ${target.name} ${target.path}`;
	const page = await context.newPage();
	try {
		const response = target.open ? await target.open(page) : await page.goto(`${env.url}${target.path}`);
		tap.is(response.status(), target.status, `${label}: answers ${target.status}`);

		// axe-core, injected past the page's CSP (the context bypasses it for this test only).
		await page.addScriptTag({ path: AXE });
		const results = await page.evaluate(async (tags) => {
			// eslint-disable-next-line no-undef
			const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
			return {
				version: r.testEngine.version,
				incomplete: r.incomplete.map((v) => `${v.id}: ${v.nodes.length} to review, first: ${
					v.nodes[0] ? v.nodes[0].target.join(' ') : ''}`),
				violations: r.violations.map((v) => ({
					id: v.id,
					impact: v.impact,
					help: v.help,
					nodes: v.nodes.length,
					target: v.nodes[0] ? v.nodes[0].target.join(' ') : '',
					summary: v.nodes[0] ? v.nodes[0].failureSummary : '',
				})),
			};
		}, TAGS);
		const describe = (v) => [
			`${v.id} (${v.impact}): ${v.help}; ${v.nodes} element${v.nodes === 1 ? '' : 's'}, first: ${v.target}`,
			...String(v.summary).split('\n').slice(0, 4).map((l) => `    ${l}`),
		];
		const blocking = results.violations.filter((v) => BLOCKING.has(v.impact));
		tap.ok(blocking.length === 0,
			`${label}: axe-core ${results.version} (${TAGS.join(', ')}): no serious or critical violations`,
			blocking.flatMap(describe));
		for (const v of results.violations.filter((x) => !BLOCKING.has(x.impact))) {
			tap.diag(`note, ${label}: ${describe(v)[0]}`);
		}
		for (const line of results.incomplete) tap.diag(`axe could not decide, ${label}: ${line}`);

		const facts = await page.evaluate(() => ({
			h1: [...document.querySelectorAll('h1')].map((h) => h.textContent.replace(/\s+/g, ' ').trim()),
			lang: document.documentElement.getAttribute('lang'),
			title: document.title,
		}));
		tap.ok(facts.h1.length === 1, `${label}: exactly one h1`, [`h1: ${JSON.stringify(facts.h1)}`]);
		tap.is(facts.lang, 'vi', `${label}: <html lang="vi">`);
		tap.ok(squash(facts.title) !== '', `${label}: a <title>: ${squash(facts.title)}`);

		// The first Tab reaches a skip link, visible while focused, whose target then has the focus.
		// A form back with errors has put the focus on its error summary, in the main content:
		// Shift+Tab back to the start of the page, then Tab.
		if (target.summaryFocused) {
			const onSummary = await page.evaluate(() => {
				const a = document.activeElement;
				return a !== null && a.matches('.error-summary') && a.closest('#main') !== null;
			});
			tap.ok(onSummary, `${label}: the error summary, in the main content, has the focus on load`);
			for (let i = 0; i < 40; i += 1) {
				await page.keyboard.press('Shift+Tab');
				if (await page.evaluate(() => !document.activeElement || document.activeElement === document.body)) break;
			}
		}
		await page.keyboard.press('Tab');
		const skip = await page.evaluate(() => {
			const a = document.activeElement;
			if (!a || a === document.body) return { tag: '' };
			const r = a.getBoundingClientRect();
			const href = a.getAttribute('href') || '';
			return {
				tag: a.tagName.toLowerCase(),
				href,
				text: a.textContent.replace(/\s+/g, ' ').trim(),
				onScreen: r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0
					&& r.bottom <= window.innerHeight && r.right <= window.innerWidth,
				target: href.startsWith('#') && document.getElementById(decodeURIComponent(href.slice(1))) !== null,
			};
		});
		tap.ok(skip.tag === 'a' && skip.href.startsWith('#') && skip.target && skip.onScreen,
			`${label}: the first focusable element is a visible skip link to the content: ${skip.text ?? ''}`,
			[`focused: ${JSON.stringify(skip)}`]);
		if (skip.tag === 'a' && skip.target) {
			await page.keyboard.press('Enter');
			const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
			tap.is(`#${focused}`, skip.href, `${label}: following the skip link moves the focus to ${skip.href}`);
		}
	} catch (err) {
		tap.fail(`${label}: checked`, err);
	} finally {
		await page.close();
	}
}

const browser = await launch();
try {
	const pages = [
		{ name: 'home', path: '/', status: 200 },
		{ name: 'search', path: '/procedures?q=khai+sinh', status: 200 },
		{ name: 'search without results', path: '/procedures?q=khong+co+thu+tuc+nay', status: 200 },
		...(await detailPages(browser)),
		{ name: '400 page', path: '/procedures?page=0x1', status: 400 },
		{ name: '404 page', path: '/procedures/9.999999.000.00.00.H56', status: 404 },
		{ name: 'login', path: '/account/login', status: 200 },
		{ name: 'register', path: '/account/register', status: 200 },
		{ name: 'register with errors (sent empty)', path: '/account/register', status: 200,
			open: submitEmptyRegister, summaryFocused: true },
		{ name: 'privacy notice', path: '/account/privacy', status: 200 },
		{ name: 'forgotten password', path: '/account/forgot', status: 200 },
		{ name: 'reset link unknown', path: '/account/reset?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', status: 404,
			summaryFocused: true },
		{ name: 'track (empty form)', path: '/track', status: 200 },
		{ name: 'track (unknown token)', path: '/track/AAAAAAAAAAAAAAAAAAAAAA', status: 404, summaryFocused: true },
		{ name: 'profile (signed in)', path: '/account/profile', status: 200, signedIn: true },
		{ name: 'password page (signed in)', path: '/account/password', status: 200, signedIn: true },
		{ name: 'withdrawing consent, closing the account (signed in)', path: '/account/close', status: 200, signedIn: true },
		{ name: 'account closed', path: '/account/closed', status: 200 },
		{ name: "nginx's own 404 page", path: '/khong-co-trang-nay', status: 404 },
		{ name: 'submission files with an error (signed in)', path: '/submit/ID/files', status: 415, signedIn: true,
			open: refusedUpload, summaryFocused: true },
		{ name: 'submission delivery (signed in)', path: '/submit/ID/delivery', status: 200, signedIn: true,
			open: async (page) => page.goto(`${env.url}${await submissionDraft(page.context())}/delivery`) },
		{ name: 'submission review (signed in)', path: '/submit/ID/review', status: 200, signedIn: true,
			open: async (page) => page.goto(`${env.url}${await submissionDraft(page.context())}/review`) },
		{ name: 'receipt, just submitted (signed in)', path: '/submit/ID/receipt', status: 200, signedIn: true,
			open: submitDraft },
		{ name: 'my dossiers (signed in)', path: '/dossiers/', status: 200, signedIn: true },
		{ name: 'a dossier of mine (signed in)', path: '/dossiers/CODE', status: 200, signedIn: true,
			open: async (page) => {
				await page.goto(`${env.url}/dossiers/`);
				const href = await page.locator('a.dossier-code').first().getAttribute('href');
				return page.goto(`${env.url}${href}`);
			} },
	];
	for (const vp of VIEWPORTS) {
		tap.diag(`${vp.name}: ${vp.options.viewport.width}×${vp.options.viewport.height}`);
		const context = await browser.newContext({ ...vp.options, locale: 'vi-VN', bypassCSP: true });
		context.setDefaultTimeout(15000);
		context.setDefaultNavigationTimeout(20000);
		let signedIn = null;
		for (const target of pages) {
			if (!target.signedIn) {
				await checkPage(context, vp, target);
				continue;
			}
			try {
				signedIn ??= await signedInContext(browser, vp);
				await checkPage(signedIn, vp, target);
			} catch (err) {
				tap.fail(`${vp.name}: ${target.name} ${target.path}: signed in`, err);
			}
		}
		await context.close();
		if (signedIn) await signedIn.close();
	}
} catch (err) {
	tap.fail('the browser ran', err);
} finally {
	await browser.close();
}
tap.done();
