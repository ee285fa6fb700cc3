// tests/browser/catalogue.mjs — a citizen finds a procedure in headless Chromium, on a phone
// (390×844, touch) and on a desktop (1280×800): searches "dang ky khai sinh" without
// diacritics from the home page, gets "… đăng ký khai sinh" first, opens it and sees its
// components, steps and legal basis (as the database has them), its fees and the button to
// apply; then narrows the search by field with the keyboard alone and the filter stays in the
// URL; then filters the whole catalogue by level, and the level stays in the page links and on
// page 2. On every page: no horizontal scrolling; no console error, failed request or CSP
// violation. Screenshots go to $DVC_VAR/screenshots/. Prints TAP; run by catalogue.t under
// tests/run.

import { join } from 'node:path';
import {
	Tap, VIEWPORTS, checkCode, dbRows, env, fold, launch, requireStack, screenshotDir, squash, watchdog, watchProblems, noSideScroll as sideScroll
} from './lib.mjs';

const QUERY = 'dang ky khai sinh';
const WANT = 'đăng ký khai sinh'; // what the first result's name holds, with its diacritics

// The words of the pages (xslt/i18n/vi*.xsl) the test finds things by, as a citizen does.
const T = {
	searchLabel: 'Tìm thủ tục hành chính',
	search: 'Tìm kiếm',
	found: 'Tìm thấy ',
	components: 'Thành phần hồ sơ',
	steps: 'Trình tự thực hiện',
	legal: 'Căn cứ pháp lý',
	fees: 'Phí, lệ phí',
	feesNone: 'Không mất phí, lệ phí',
	free: 'Miễn phí',
	unit: ' đồng',
	apply: 'Nộp hồ sơ trực tuyến',
	field: 'Lĩnh vực',
	pagination: 'Phân trang',
};

const tap = new Tap();
requireStack(tap, { db: true });
watchdog(tap, 240);
const shots = screenshotDir();

// 8.000 đồng, as the pages write money.
function money(amount) {
	const n = Number(amount);
	if (n === 0) return T.free;
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.') + T.unit;
}

const noSideScroll = (page, vp, where) => sideScroll(tap, page, vp, where);

async function shot(page, vp, n, what) {
	const path = join(shots, `catalogue-${vp.name}-${n}-${what}.png`);
	await page.screenshot({ path, fullPage: true });
}

// A tap on a phone, a click elsewhere.
function press(vp, locator) {
	return vp.options.hasTouch ? locator.tap() : locator.click();
}

async function focusedId(page) {
	return page.evaluate(() => {
		const a = document.activeElement;
		if (!a || a === document.body) return '';
		return a.id || `${a.tagName.toLowerCase()}:${squash(a.textContent)}`;
		function squash(s) { return String(s ?? '').replace(/\s+/g, ' ').trim(); }
	});
}

// Presses Tab until the element with this test (on focusedId) has the focus; true if it did.
async function tabTo(page, wanted, limit = 80) {
	for (let i = 0; i < limit; i += 1) {
		await page.keyboard.press('Tab');
		if (wanted(await focusedId(page))) return true;
	}
	return false;
}

async function scenario(browser, vp) {
	tap.diag(`${vp.name}: ${vp.options.viewport.width}×${vp.options.viewport.height}`
		+ `${vp.options.isMobile ? ', mobile, touch' : ''}`);
	const context = await browser.newContext({ ...vp.options, locale: 'vi-VN' });
	context.setDefaultTimeout(15000);
	context.setDefaultNavigationTimeout(20000);
	const page = await context.newPage();
	const problems = [];
	await watchProblems(context, page, problems);
	let step = 'start';
	try {
		// The home page, and a search without diacritics typed into the box found by its label.
		step = 'open the home page';
		const home = await page.goto(`${env.url}/`);
		tap.is(home.status(), 200, `${vp.name}: the home page answers 200`);
		await noSideScroll(page, vp, 'home page');
		step = 'type the search';
		const box = page.getByLabel(T.searchLabel, { exact: true });
		await press(vp, box);
		await box.pressSequentially(QUERY, { delay: 5 });
		tap.is(await box.inputValue(), QUERY, `${vp.name}: "${QUERY}" typed into the box labelled "${T.searchLabel}"`);
		await shot(page, vp, 1, 'home');
		step = 'press the search button';
		await Promise.all([
			page.waitForURL((u) => u.pathname === '/procedures'),
			press(vp, page.getByRole('button', { name: T.search, exact: true })),
		]);
		const url = new URL(page.url());
		tap.is(url.searchParams.get('q'), QUERY, `${vp.name}: the search button leads to /procedures?q=…`);

		// The results: "… đăng ký khai sinh" first.
		step = 'read the results';
		const results = page.getByRole('region', { name: new RegExp(`^${T.found}`) });
		await results.waitFor();
		tap.ok(await results.getByRole('heading', { level: 2 }).isVisible(),
			`${vp.name}: the results say how many were found`,
			[await results.getByRole('heading', { level: 2 }).innerText().catch((e) => e.message)]);
		const first = results.getByRole('listitem').first().getByRole('heading', { level: 3 }).getByRole('link');
		const name = squash(await first.innerText());
		const href = await first.getAttribute('href');
		tap.ok(name.toLocaleLowerCase('vi').includes(WANT),
			`${vp.name}: the first result's name holds "${WANT}": ${name}`,
			[`first result: ${name} (${href})`]);
		// The filters are folded: the first result is on the first screen, a phone's too.
		const firstBox = await first.boundingBox();
		tap.ok(firstBox !== null && firstBox.y + firstBox.height <= vp.options.viewport.height,
			`${vp.name}: the first result is on the first screen`,
			[`its bottom at ${firstBox ? Math.round(firstBox.y + firstBox.height) : '-'} px, the screen ${vp.options.viewport.height} px`]);
		await noSideScroll(page, vp, 'results page');
		await shot(page, vp, 2, 'results');
		const resultsUrl = page.url();

		// The procedure page.
		step = 'open the first result';
		await Promise.all([
			page.waitForURL((u) => u.pathname === href),
			press(vp, first),
		]);
		const code = checkCode(decodeURIComponent(href.replace(/^\/procedures\//, '')));
		tap.is(squash(await page.getByRole('heading', { level: 1 }).innerText()), name,
			`${vp.name}: the procedure page's h1 is the result's name`);
		tap.ok((await page.title()).startsWith(name), `${vp.name}: its title starts with the name`,
			[`title: ${await page.title()}`]);

		step = 'compare the components with the database';
		const want = dbRows(`SELECT c.name FROM procedure_components c JOIN procedures p ON p.id = c.procedure_id
			WHERE p.current_code = '${code}' ORDER BY c.sort`).map((r) => squash(r[0]));
		const components = page.getByRole('region', { name: T.components, exact: true });
		const rows = components.getByRole('rowheader');
		const got = (await rows.allInnerTexts()).map(squash);
		const missing = want.filter((w, i) => !(got[i] ?? '').includes(w));
		tap.ok(want.length > 0 && got.length === want.length && missing.length === 0,
			`${vp.name}: "${T.components}" lists the ${want.length} components the database has, in order`,
			[`database: ${want.length}, page: ${got.length}`, ...missing.map((m) => `not in its place: ${m}`),
				...got.map((g, i) => `page ${i + 1}: ${g.slice(0, 160)}`)]);
		const hidden = [];
		for (let i = 0; i < got.length; i += 1) {
			if (!(await rows.nth(i).isVisible())) hidden.push(got[i]);
		}
		tap.ok(hidden.length === 0, `${vp.name}: every component is visible`, hidden);

		step = 'compare the fees with the database';
		const fees = dbRows(`SELECT f.name, f.amount FROM procedure_fees f JOIN procedures p ON p.id = f.procedure_id
			WHERE p.current_code = '${code}' ORDER BY f.sort`);
		const feeRegion = page.getByRole('region', { name: T.fees, exact: true });
		tap.ok(await feeRegion.isVisible(), `${vp.name}: the "${T.fees}" section is visible`);
		if (fees.length === 0) {
			tap.ok(await feeRegion.getByText(T.feesNone).isVisible(), `${vp.name}: no fees: "${T.feesNone}" is shown`);
		}
		for (const [feeName, amount] of fees) {
			const row = feeRegion.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: squash(feeName) }) });
			const text = (await row.count()) === 1 && (await row.isVisible()) ? squash(await row.innerText()) : '';
			tap.ok(text.includes(money(amount)), `${vp.name}: fee "${squash(feeName)}" is shown with ${money(amount)}`,
				[`row: ${text || '(none visible)'}`]);
		}

		// The steps and the legal basis: one list item per step ("Bước N" line; every line when
		// none is numbered) and per legal document, as the database has them.
		step = 'compare the steps and the legal basis with the database';
		const [stepsText, legalText] = dbRows(`SELECT REPLACE(steps, '\\n', '\\\\n'), REPLACE(legal_basis, '\\n', '\\\\n')
			FROM procedures WHERE current_code = '${code}'`)[0].map((t) => t.split('\\n').map(squash).filter(Boolean));
		const numbered = stepsText.filter((l) => /^Bước \d+/.test(l));
		const wantSteps = numbered.length > 0 ? numbered.length : stepsText.length;
		const gotSteps = await page.getByRole('region', { name: T.steps, exact: true })
			.locator('ol.step-list > li').count();
		tap.ok(wantSteps > 0 && gotSteps === wantSteps,
			`${vp.name}: "${T.steps}" lists the ${wantSteps} steps the database has`, [`page: ${gotSteps}`]);
		const legal = page.getByRole('region', { name: T.legal, exact: true });
		const gotLegal = (await legal.count()) === 0 ? 0 : await legal.getByRole('listitem').count();
		tap.ok(gotLegal === legalText.length,
			`${vp.name}: "${T.legal}" lists the ${legalText.length} documents the database has`, [`page: ${gotLegal}`]);

		step = 'find the button to apply';
		const level = Number(dbRows(`SELECT level FROM procedures WHERE current_code = '${code}'`)[0]?.[0]);
		const apply = page.getByRole('link', { name: T.apply, exact: true });
		if (level === 4 || level === 3) {
			const visible = await apply.first().isVisible();
			tap.ok(visible, `${vp.name}: the "${T.apply}" button is visible (level ${level})`);
			const applyBox = await apply.first().boundingBox();
			tap.ok(applyBox !== null && applyBox.y + applyBox.height <= vp.options.viewport.height,
				`${vp.name}: the "${T.apply}" button is on the first screen`,
				[`its bottom at ${applyBox ? Math.round(applyBox.y + applyBox.height) : '-'} px, the screen ${vp.options.viewport.height} px`]);
			tap.is(await apply.first().getAttribute('href'), `/submit/new?procedure=${code}`,
				`${vp.name}: it leads to the new dossier for ${code}`);
		} else {
			tap.is(await apply.count(), 0, `${vp.name}: no "${T.apply}" button at level ${level}`);
		}
		await noSideScroll(page, vp, 'procedure page');
		await shot(page, vp, 3, 'procedure');

		// The filter form with the keyboard alone: Tab to the folded filters and open them with
		// Enter (no script), Tab to the field, choose the procedure's own field, Tab to the
		// button, Enter.
		step = 'filter by field with the keyboard';
		const [fieldId, fieldName] = dbRows(`SELECT f.id, f.name FROM fields f JOIN procedures p ON p.field_id = f.id
			WHERE p.current_code = '${code}'`)[0];
		await page.goto(resultsUrl);
		tap.ok(await tabTo(page, (id) => id === 'filters-more'), `${vp.name}: Tab reaches the folded filters`);
		await page.keyboard.press('Enter');
		tap.ok(await page.locator('details.filters-more').evaluate((d) => d.open), `${vp.name}: Enter unfolds them`);
		tap.ok(await tabTo(page, (id) => id === 'field'), `${vp.name}: Tab reaches the "${T.field}" select`);
		const select = page.locator('#field');
		const options = await select.locator('option').allInnerTexts();
		let chosen = false;
		for (let i = 0; i < options.length && !chosen; i += 1) {
			await page.keyboard.press('ArrowDown');
			chosen = squash(await select.evaluate((s) => s.options[s.selectedIndex].text)) === squash(fieldName);
		}
		tap.ok(chosen, `${vp.name}: the arrow keys choose "${fieldName}"`,
			[`selected: ${await select.evaluate((s) => s.options[s.selectedIndex].text)}`]);
		tap.ok(await tabTo(page, (id) => id === `button:${T.search}`, 20),
			`${vp.name}: Tab reaches the "${T.search}" button of the filters`);
		await Promise.all([
			page.waitForURL((u) => u.searchParams.has('field')),
			page.keyboard.press('Enter'),
		]);
		const filtered = new URL(page.url());
		tap.ok(filtered.searchParams.get('field') === fieldId && filtered.searchParams.get('q') === QUERY,
			`${vp.name}: Enter submits; the URL keeps the search and the field (field=${fieldId})`,
			[`url: ${page.url()}`]);
		tap.is(await page.locator('#field').inputValue(), fieldId, `${vp.name}: the field stays chosen in the form`);
		const resultFields = (await page.locator('.result-list > li dl.facts > div:first-child dd').allInnerTexts()).map(squash);
		const others = resultFields.filter((f) => f !== squash(fieldName));
		tap.ok(resultFields.length > 0 && others.length === 0,
			`${vp.name}: ${resultFields.length} results, every one in "${fieldName}"`, others);
		const kept = page.getByRole('region', { name: new RegExp(`^${T.found}`) })
			.getByRole('listitem').first().getByRole('heading', { level: 3 });
		tap.is(squash(await kept.innerText()), name, `${vp.name}: "${name}" is still first`);
		const pageLinks = await page.getByRole('navigation', { name: T.pagination })
			.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		const lost = pageLinks.filter((h) => {
			const p = new URL(h, 'http://x').searchParams;
			return p.get('field') !== fieldId || fold(p.get('q')) !== QUERY;
		});
		if (pageLinks.length > 0) {
			tap.ok(lost.length === 0, `${vp.name}: the ${pageLinks.length} page links keep the filter`, lost);
		} else {
			tap.diag(`${vp.name}: one page of results: no page links to check`);
		}
		await noSideScroll(page, vp, 'filtered results');
		await shot(page, vp, 4, 'filtered');

		// The whole catalogue is more than a page: the level chosen with the arrow keys stays in
		// the page links and on the next page.
		step = 'filter by level with the keyboard, then page';
		await page.goto(`${env.url}/procedures`);
		tap.ok(await tabTo(page, (id) => id === 'filters-more') && await page.keyboard.press('Enter') === undefined &&
			await tabTo(page, (id) => id.startsWith('level-')), `${vp.name}: Tab reaches the level radio buttons (filters unfolded with Enter)`);
		let level3 = false;
		for (let i = 0; i < 4 && !level3; i += 1) {
			await page.keyboard.press('ArrowDown');
			level3 = (await focusedId(page)) === 'level-3' && (await page.locator('#level-3').isChecked());
		}
		tap.ok(level3, `${vp.name}: the arrow keys check "level 3" (một phần)`, [`focused: ${await focusedId(page)}`]);
		tap.ok(await tabTo(page, (id) => id === `button:${T.search}`, 10),
			`${vp.name}: Tab goes on to the "${T.search}" button`);
		await Promise.all([
			page.waitForURL((u) => u.searchParams.get('level') === '3'),
			page.keyboard.press('Enter'),
		]);
		const levelLinks = await page.getByRole('navigation', { name: T.pagination })
			.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		const lostLevel = levelLinks.filter((h) => new URL(h, 'http://x').searchParams.get('level') !== '3');
		tap.ok(levelLinks.length > 0 && lostLevel.length === 0,
			`${vp.name}: level=3 in the URL; the ${levelLinks.length} page links keep it`, [`url: ${page.url()}`, ...lostLevel]);
		if (levelLinks.length > 0) {
			const next = page.getByRole('navigation', { name: T.pagination }).locator('a[rel="next"]');
			await Promise.all([
				page.waitForURL((u) => u.searchParams.get('page') === '2'),
				next.focus().then(() => page.keyboard.press('Enter')),
			]);
			const p2 = new URL(page.url()).searchParams;
			tap.ok(p2.get('level') === '3' && await page.locator('#level-3').isChecked(),
				`${vp.name}: page 2 keeps level=3 in the URL and in the form`, [`url: ${page.url()}`]);
		}
	} catch (err) {
		tap.fail(`${vp.name}: ${step}`, err);
		await shot(page, vp, 9, 'failure').catch(() => {});
	}
	tap.ok(problems.length === 0, `${vp.name}: no console errors, page errors or CSP violations`, problems);
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
