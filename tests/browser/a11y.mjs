// tests/browser/a11y.mjs — the automated accessibility check of the catalogue's pages, on a
// phone (390×844, touch) and on a desktop (1280×800): axe-core with the WCAG 2.1 A and AA
// rules finds no serious or critical violation; and each page has one h1, <html lang="vi">, a
// non-empty <title>, and a skip link as the first thing Tab reaches, which moves the focus to
// the main content. Prints TAP; run by a11y.t under tests/run.
//
// The pages: home, a search, a search that finds nothing, the detail of "đăng ký khai sinh"
// (the first result of the search) and of one procedure of each other level, a 400 and a 404.

import { createRequire } from 'node:module';
import {
	Tap, VIEWPORTS, checkCode, dbRows, env, launch, requireStack, squash, watchdog,
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

async function checkPage(context, vp, target) {
	const label = `${vp.name}: ${target.name} ${target.path}`;
	const page = await context.newPage();
	try {
		const response = await page.goto(`${env.url}${target.path}`);
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
		{ name: '400 page', path: '/procedures?khong=1', status: 400 },
		{ name: '404 page', path: '/procedures/9.999999.000.00.00.H56', status: 404 },
	];
	for (const vp of VIEWPORTS) {
		tap.diag(`${vp.name}: ${vp.options.viewport.width}×${vp.options.viewport.height}`);
		const context = await browser.newContext({ ...vp.options, locale: 'vi-VN', bypassCSP: true });
		context.setDefaultTimeout(15000);
		context.setDefaultNavigationTimeout(20000);
		for (const target of pages) await checkPage(context, vp, target);
		await context.close();
	}
} catch (err) {
	tap.fail('the browser ran', err);
} finally {
	await browser.close();
}
tap.done();
