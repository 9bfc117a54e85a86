// Opens the HTML report in a real headless Chromium (Debian's, driven by playwright-core) and
// checks what a person would see: scenario names, a failure message, charts drawn with content,
// dark mode, the cluster state of a failed scenario, a Service's endpoints in the cluster view at
// chosen instants, no script errors; screenshots go to reports/out/browser/ for a look.
// Installs chromium via test/support/ensure-chromium.sh when missing; skips, saying why, only if that fails.
import { test } from 'node:test';
import { expect } from 'expect';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderHtml } from './render-html.ts';
import { fixtureModel, gradingModel, serviceModel } from '../format/fixture-run.ts';

const CHROMIUM = '/usr/bin/chromium';
const OUT = fileURLToPath(new URL('../out/browser/', import.meta.url));
const ENSURE = fileURLToPath(new URL('../../test/support/ensure-chromium.sh', import.meta.url));
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function chromiumMissingReason(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  try {
    execFileSync('bash', [ENSURE], { stdio: ['ignore', 'inherit', 'pipe'], timeout: 600_000 });
  } catch (error) {
    return `chromium could not be installed: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
  }
  return existsSync(CHROMIUM) ? undefined : 'chromium could not be installed (still missing after ensure-chromium.sh)';
}

test('the report renders in headless Chromium with names, failure and drawn charts', { timeout: 660_000 }, async (t) => {
  const reason = chromiumMissingReason();
  if (reason) {
    console.log(`SKIP browser test: ${reason}`);
    t.skip(reason);
    return;
  }
  mkdirSync(OUT, { recursive: true });
  const file = `${OUT}report.html`;
  writeFileSync(file, renderHtml(fixtureModel(), { deterministic: true }));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`file://${file}`);
      for (const name of ['Deployment becomes available', 'Failing check', 'Scale to 9', 'Undefined step']) {
        expect(await page.getByRole('heading', { name }).isVisible()).toBe(true);
      }
      const failure = page.locator('#s1-2 pre.error');
      expect(await failure.isVisible()).toBe(true);
      expect(await failure.textContent()).toContain('expected deployment "web" to have 4 available replicas, observed 3');
      expect(await page.locator('canvas').count()).toBeGreaterThanOrEqual(3);
      expect(await paintedPixels(page, '#s1-1 canvas')).toBeGreaterThan(500);
      const background = await page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
      await page.locator('#s1-2').scrollIntoViewIfNeeded();
      const shot = `${OUT}scenario-failed-${colorScheme}.png`;
      await page.screenshot({ path: shot });
      expect(statSync(shot).size).toBeGreaterThan(20_000);
      expect(errors).toEqual([]);
      await page.close();
    }
  } finally {
    await browser.close();
  }
});

test('filter box hides scenarios that do not match and the cluster view lists objects', { timeout: 120_000 }, async (t) => {
  if (!existsSync(CHROMIUM)) { t.skip('chromium missing (see the previous test)'); return; }
  mkdirSync(OUT, { recursive: true });
  const file = `${OUT}report.html`;
  writeFileSync(file, renderHtml(fixtureModel(), { deterministic: true }));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    await page.fill('#filter-text', 'scale to');
    expect(await page.locator('#filter-count').textContent()).toBe('2 shown');
    expect(await page.locator('#s1-1').isHidden()).toBe(true);
    await page.fill('#filter-text', '');
    await page.locator('#s1-2 details', { hasText: 'Cluster at any virtual instant' }).locator('summary').click();
    const rows = page.locator('#s1-2 [data-cluster] tbody tr');
    expect(await rows.allTextContents()).toEqual(['Nodenode-11', 'Nodenode-22', 'defaultPodbig<none>3']);
    await page.locator('#s1-2-cv-at').fill('0');
    expect(await page.locator('#s1-2 [data-cluster] output').textContent()).toBe('t = 0s');
    expect(await rows.count()).toBe(2);
  } finally {
    await browser.close();
  }
});

test('a failed scenario shows kubectl get all and the objects involved, readable in light and dark', { timeout: 120_000 }, async (t) => {
  if (!existsSync(CHROMIUM)) { t.skip('chromium missing (see the first test)'); return; }
  mkdirSync(OUT, { recursive: true });
  const file = `${OUT}report-grading.html`;
  writeFileSync(file, renderHtml(gradingModel({ seed: 11 }), { deterministic: true }));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`file://${file}`);
      const heading = page.locator('#s1-2-state');
      await heading.scrollIntoViewIfNeeded();
      expect(await heading.textContent()).toBe('Cluster state at the failure');
      const state = page.getByLabel('kubectl get all -A -o wide at the failure').first();
      expect(await state.isVisible()).toBe(true);
      const lines = (await state.innerText()).split('\n');
      expect(lines.filter((l) => l.startsWith('default ')).map((l) => l.split(/\s+/)[1])).toEqual([
        'pod/web-7fd845f59b-mv4mp', 'pod/web-7fd845f59b-s6lfs', 'service/kubernetes', 'deployment.apps/web', 'replicaset.apps/web-7fd845f59b',
      ]);
      const yaml = page.getByLabel('objects involved as YAML').first();
      expect(await yaml.isVisible()).toBe(true);
      expect((await yaml.innerText()).split('\n').slice(1, 3)).toEqual(['apiVersion: apps/v1', 'kind: Deployment']);
      const colors = await page.evaluate<string[]>(`(() => { const s = getComputedStyle(document.querySelector('#s1-2 pre.state')); return [s.color, s.backgroundColor]; })()`);
      expect(colors[0]).not.toBe(colors[1]);
      const shot = `${OUT}failure-state-${colorScheme}.png`;
      await page.locator('#s1-2 pre.state').first().screenshot({ path: shot });
      expect(statSync(shot).size).toBeGreaterThan(15_000);
      expect(errors).toEqual([]);
      await page.close();
    }
  } finally {
    await browser.close();
  }
});

test('the cluster view shows each Service\'s ready endpoints at the chosen instant, filterable by address', { timeout: 120_000 }, async (t) => {
  if (!existsSync(CHROMIUM)) { t.skip('chromium missing (see the first test)'); return; }
  mkdirSync(OUT, { recursive: true });
  const file = `${OUT}report-service.html`;
  writeFileSync(file, renderHtml(serviceModel({ seed: 7 }), { deterministic: true }));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`file://${file}`);
    const view = page.locator('#s1-1 [data-cluster]');
    await page.locator('#s1-1 details', { hasText: 'Cluster at any virtual instant' }).locator('summary').click();
    const services = async (): Promise<string[][]> => (await tableRows(page, '#s1-1 [data-cluster] tbody tr'))
      .filter((cells) => cells[1] === 'Service' || cells[1] === 'Endpoints').map((cells) => cells.slice(1, 5));
    expect(await view.locator('output').textContent()).toBe('t = 3.6s');
    expect(await services()).toEqual([
      ['Endpoints', 'kubernetes', '', '172.18.0.2:6443'], ['Endpoints', 'web', '', '10.244.1.2:80, 10.244.1.3:80, 10.244.2.2:80'],
      ['Service', 'kubernetes', '', '172.18.0.2:6443'], ['Service', 'web', '', '10.244.1.2:80, 10.244.1.3:80, 10.244.2.2:80'],
    ]);
    await page.locator('#s1-1-cv-at').fill('3');
    expect(await view.locator('output').textContent()).toBe('t = 2.8s');
    expect((await services()).filter((cells) => cells[1] === 'web')).toEqual([
      ['Endpoints', 'web', '', '10.244.1.2:80, 10.244.2.2:80'], ['Service', 'web', '', '10.244.1.2:80, 10.244.2.2:80'],
    ]);
    await page.locator('#s1-1-cv-at').fill('1');
    expect((await services()).filter((cells) => cells[1] === 'web')).toEqual([['Endpoints', 'web', '', '<none>'], ['Service', 'web', '', '<none>']]);
    await page.locator('#s1-1-cv-at').fill('5');
    await page.fill('#s1-1-cv-q', '10.244.1.3');
    expect((await tableRows(page, '#s1-1 [data-cluster] tbody tr')).map((cells) => `${cells[1]}/${cells[2]}`)).toEqual(['Endpoints/web', 'Service/web']);
    const shot = `${OUT}cluster-view-endpoints.png`;
    await view.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(5_000);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

/** The text of each cell of the rows `selector` finds, in the page. */
async function tableRows(page: import('playwright-core').Page, selector: string): Promise<string[][]> {
  return page.evaluate<string[][]>(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((tr) => [...tr.cells].map((td) => td.textContent))`);
}

/** Counts canvas pixels that are not fully transparent, inside the page. */
async function paintedPixels(page: import('playwright-core').Page, selector: string): Promise<number> {
  // A string, not a closure: the test's tsconfig has no DOM library; this runs in the page.
  return page.evaluate<number>(`(() => {
    const c = document.querySelector(${JSON.stringify(selector)});
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
    return painted;
  })()`);
}
