// The built script-tag bundle on a page that has nothing else: `<script src>` and the element. English needs
// no further download; Danish arrives as `locales/da.json` beside the bundle. The page is served with
// `default-src 'self'`, and not one CSP violation may occur. The bundle's global (`window.DebituraCollect`)
// carries what pages without a bundler need, and `integrity.json` the SRI value of every file, which Chromium
// enforces. Needs the build (`npm test` runs it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { subresourceIntegrity } from '../../bench/bundle-sizes.js';
import { benchPagePath, scriptTagBundle, startPageServer } from '../../bench/page-server.js';
import { integrityManifestFile, type IntegrityManifest } from '../../build/integrity-manifest.js';
import { launchChromium } from '../e2e/chromium.js';

const root = new URL('../../', import.meta.url).pathname;

// Runs in the page. Kept as source text: the test's TypeScript transform would add helpers the page lacks.
const mountAndReadSource = `async (lang) => {
  await customElements.whenDefined('debitura-collect');
  const element = document.createElement('debitura-collect');
  element.setAttribute('environment', 'sandbox');
  element.setAttribute('token-endpoint', '/api/debitura/token');
  element.setAttribute('locale', lang);
  const ready = new Promise((resolve, reject) => {
    element.addEventListener('debitura-ready', resolve, { once: true });
    element.addEventListener('debitura-error', (event) => reject(new Error(JSON.stringify(event.detail))), { once: true });
  });
  document.body.append(element);
  await ready;
  const text = (node) =>
    [...(node instanceof Element && node.shadowRoot ? [node.shadowRoot] : []), ...node.childNodes]
      .map((child) => (child.nodeType === Node.TEXT_NODE ? child.textContent : text(child)))
      .join(' ');
  const shown = text(element).replace(/\\s+/g, ' ');
  element.remove();
  return shown;
}`;

// Runs in the page: whether the loader's `ready` resolved with the element registered.
const whenLoadedSource = `window.DebituraCollect.ready.then(
  () => customElements.get('debitura-collect') !== undefined,
  () => false,
)`;

function mountAndRead(page: Page, locale: string): Promise<string> {
  return page.evaluate(`(${mountAndReadSource})(${JSON.stringify(locale)})`) as Promise<string>;
}

test(
  'the script tag alone registers the widget, speaks English and Danish, and meets a strict CSP',
  { timeout: 60_000 },
  async () => {
    assert.ok(existsSync(join(root, scriptTagBundle)), 'no script-tag bundle; run `npm run build`');
    assert.ok(
      existsSync(join(root, 'dist/cdn/locales/da.json')),
      'the build wrote no locales/da.json beside the bundle',
    );
    const server = await startPageServer(root, { contentSecurityPolicy: "default-src 'self'" });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      const localeRequests: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      page.on('request', (request) => {
        if (request.url().includes('/locales/')) localeRequests.push(new URL(request.url()).pathname);
      });
      await page.goto(`${server.origin}${benchPagePath}`);

      const english = await mountAndRead(page, 'en');
      assert.match(english, /New collection case/);
      assert.deepEqual(localeRequests, [], 'English ships inside the bundle');

      const danish = await mountAndRead(page, 'da-DK');
      assert.match(danish, /Ny inkassosag/);
      assert.deepEqual(localeRequests, ['/dist/cdn/locales/da.json']);
      assert.deepEqual(violations, []);
    } finally {
      await browser.close();
      await server.close();
    }
  },
);

const cdnDir = join(root, 'dist/cdn');

test(
  'from a CDN on another origin, the bundle loads with its integrity value and fetches Danish beside itself',
  { timeout: 60_000 },
  async () => {
    const manifest = JSON.parse(readFileSync(join(cdnDir, integrityManifestFile), 'utf8')) as IntegrityManifest;
    // dist/cdn on one origin, as a CDN serves it; the partner's site (its page and token endpoint) on another.
    // The page comes from the site's server: Chromium lets only a page served from loopback reach loopback.
    const cdn = await startPageServer(root, { filesForAnyOrigin: true });
    const sitePage = mkdtempSync(join(tmpdir(), 'debitura-cdn-page-'));
    writeFileSync(
      join(sitePage, 'index.html'),
      `<!doctype html><script src="${cdn.origin}/${scriptTagBundle}" ` +
        `integrity="${manifest['debitura-collect.iife.js']}" crossorigin="anonymous"></script>`,
    );
    const site = await startPageServer(root, { appRoot: sitePage });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const localeRequests: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/locales/')) localeRequests.push(request.url());
      });
      await page.goto(`${site.origin}/`);
      assert.equal(await page.evaluate(whenLoadedSource), true, 'the widget from the CDN ran');
      assert.match(await mountAndRead(page, 'da'), /Ny inkassosag/);
      assert.deepEqual(localeRequests, [`${cdn.origin}/dist/cdn/locales/da.json`]);
    } finally {
      await browser.close();
      await site.close();
      await cdn.close();
      rmSync(sitePage, { recursive: true, force: true });
    }
  },
);

test(
  'a Danish page fetches its words once, beside the widget, with their integrity; changed words are refused',
  { timeout: 60_000 },
  async () => {
    const server = await startPageServer(root);
    const browser = await launchChromium();
    const danishPage = async (changeWords: boolean) => {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/locales/')) requests.push(request.url());
      });
      await page.route(`${server.origin}/danish.html`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="da"><script src="/${scriptTagBundle}"></script></html>`,
        }),
      );
      if (changeWords) {
        const words = readFileSync(join(cdnDir, 'locales/da.json'), 'utf8');
        await page.route(`${server.origin}/dist/cdn/locales/da.json`, (route) =>
          route.fulfill({ contentType: 'application/json', body: words.replace('Ny inkassosag', 'Ændret undervejs') }),
        );
      }
      await page.goto(`${server.origin}/danish.html`);
      return { page, requests };
    };
    try {
      const { page, requests } = await danishPage(false);
      // Asked for by the page's language before any widget exists, then taken by the widget's fetch.
      assert.equal(
        await page.evaluate(
          `document.querySelector('link[rel=preload][as=fetch][href$="locales/da.json"]')?.integrity`,
        ),
        JSON.parse(readFileSync(join(cdnDir, integrityManifestFile), 'utf8'))['locales/da.json'],
      );
      assert.match(await mountAndRead(page, 'da'), /Ny inkassosag/);
      assert.deepEqual(requests, [`${server.origin}/dist/cdn/locales/da.json`]);

      const changed = await danishPage(true);
      const shown = await mountAndRead(changed.page, 'da');
      assert.doesNotMatch(shown, /Ændret undervejs/);
      assert.match(shown, /New collection case/, 'the widget falls back to its English');
    } finally {
      await browser.close();
      await server.close();
    }
  },
);

/** Every file of dist/cdn, as its path inside the folder (`locales/da.json`). */
function cdnFiles(): string[] {
  return readdirSync(cdnDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(cdnDir, join(entry.parentPath, entry.name)))
    .sort();
}

test('integrity.json holds the SRI value of every file a page loads, and the README shows the CDN layout', () => {
  const manifest = JSON.parse(readFileSync(join(cdnDir, integrityManifestFile), 'utf8')) as IntegrityManifest;
  const loaded = cdnFiles().filter((file) => !file.endsWith('.map') && file !== integrityManifestFile);
  assert.deepEqual(Object.keys(manifest).sort(), loaded);
  for (const file of loaded) {
    assert.equal(manifest[file], subresourceIntegrity(readFileSync(join(cdnDir, file))), `${file}'s hash`);
  }
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  // Chunks carry a content hash in their names; the README names the files a partner points at.
  const hashedChunk = /-[\w-]{8}\.js(\.map)?$/;
  assert.ok(readme.includes('<name>-<hash>.js'), "the README's CDN layout explains the chunks");
  for (const file of cdnFiles().filter((name) => !hashedChunk.test(name))) {
    assert.ok(readme.includes(file), `the README's CDN layout names ${file}`);
  }
});

// Runs in the page: what the global offers, and a fetchToken that reports the session gone with its TokenError.
// The TokenError the script offers before the widget's code arrives is the script's own copy of the class; the
// widget takes it for its own.
const useGlobalSource = `async () => {
  const api = window.DebituraCollect;
  const EarlyTokenError = api.TokenError;
  await api.ready;
  const element = document.createElement(api.debituraCollectTag);
  element.fetchToken = async () => { throw new EarlyTokenError('signed_out'); };
  const failed = new Promise((resolve) => element.addEventListener('debitura-error', (event) => resolve(event.detail), { once: true }));
  document.body.append(element);
  const detail = await failed;
  await element.updateComplete;
  return {
    exports: Object.keys(api).sort(),
    defined: customElements.get(api.debituraCollectTag) === api.DebituraCollect,
    code: detail.code,
    shown: element.shadowRoot.textContent,
  };
}`;

test(
  'a script-tag page reaches TokenError, the error class and defineDebituraCollect through window.DebituraCollect',
  { timeout: 60_000 },
  async () => {
    const server = await startPageServer(root);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}${benchPagePath}`);
      const result = (await page.evaluate(`(${useGlobalSource})()`)) as {
        exports: string[];
        defined: boolean;
        code: string;
        shown: string;
      };
      for (const name of ['DebituraApiError', 'DebituraCollect', 'DebituraErrorEvent', 'TokenError']) {
        assert.ok(result.exports.includes(name), `window.DebituraCollect.${name}`);
      }
      assert.ok(result.exports.includes('defineDebituraCollect'));
      assert.ok(result.defined, 'the global holds the registered element class');
      assert.equal(result.code, 'signed_out');
      assert.match(result.shown, /You are signed out/);
    } finally {
      await browser.close();
      await server.close();
    }
  },
);

test(
  'Chromium loads the bundle with the integrity value from integrity.json, and refuses a wrong one',
  {
    timeout: 60_000,
  },
  async () => {
    const manifest = JSON.parse(readFileSync(join(cdnDir, integrityManifestFile), 'utf8')) as IntegrityManifest;
    const server = await startPageServer(root);
    const browser = await launchChromium();
    try {
      const registered = async (integrity: string) => {
        const page = await browser.newPage();
        // A partner's page on the same origin as the files: the bundle with its SRI value, nothing else.
        await page.route(`${server.origin}/sri.html`, (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><script src="/${scriptTagBundle}" integrity="${integrity}" crossorigin="anonymous"></script>`,
          }),
        );
        await page.goto(`${server.origin}/sri.html`);
        // A refused script never runs, so the page is loaded with no global at all.
        const defined = await page.evaluate(`window.DebituraCollect === undefined ? false : ${whenLoadedSource}`);
        await page.close();
        return defined;
      };
      assert.equal(await registered(manifest['debitura-collect.iife.js']!), true);
      assert.equal(await registered(subresourceIntegrity('something else')), false);
    } finally {
      await browser.close();
      await server.close();
    }
  },
);

/** The built chunk whose name starts with `prefix` (`new-case-view`), as its file name in dist/cdn. */
function chunkFile(prefix: string): string {
  const file = readdirSync(cdnDir).find((name) => name.startsWith(`${prefix}-`) && name.endsWith('.js'));
  assert.ok(file, `no ${prefix} chunk in dist/cdn`);
  return file;
}

// Runs in the page: mounts the form and reports what the widget shows once it has settled or failed.
const mountFormSource = `async () => {
  await window.DebituraCollect.ready;
  const element = document.createElement('debitura-collect');
  element.setAttribute('environment', 'sandbox');
  element.setAttribute('token-endpoint', '/api/debitura/token');
  const failed = new Promise((resolve) => element.addEventListener('debitura-error', (event) => resolve(event.detail), { once: true }));
  document.body.append(element);
  const detail = await failed;
  await element.updateComplete;
  return { code: detail.code, shown: element.shadowRoot.textContent, form: !!element.shadowRoot.querySelector('form, debitura-new-case') };
}`;

test(
  'a chunk whose bytes differ from what the script pinned never runs: the widget says so, or never starts',
  { timeout: 60_000 },
  async () => {
    const server = await startPageServer(root);
    const browser = await launchChromium();
    const tampered = async (file: string) => {
      const page = await browser.newPage();
      const original = readFileSync(join(cdnDir, file), 'utf8');
      await page.route(`${server.origin}/dist/cdn/${file}`, (route) =>
        route.fulfill({ contentType: 'text/javascript', body: `${original}\nconsole.log("changed on the way");` }),
      );
      await page.goto(`${server.origin}${benchPagePath}`);
      return page;
    };
    try {
      const viewPage = await tampered(chunkFile('new-case-view'));
      const result = (await viewPage.evaluate(`(${mountFormSource})()`)) as {
        code: string;
        shown: string;
        form: boolean;
      };
      assert.equal(result.code, 'view_load_failed');
      assert.match(result.shown, /This part of the page could not load/);
      assert.equal(result.form, false, 'no form from a changed file');

      // Changed only when fetched a second time: the widget imports the copy it checked, and never the other.
      const secondFetch = await browser.newPage();
      const logged: string[] = [];
      secondFetch.on('console', (message) => logged.push(message.text()));
      const file = chunkFile('new-case-view');
      const original = readFileSync(join(cdnDir, file), 'utf8');
      let fetches = 0;
      await secondFetch.route(`${server.origin}/dist/cdn/${file}`, (route) => {
        fetches += 1;
        const body = fetches > 1 ? `${original}\nconsole.log("changed on the way");` : original;
        return route.fulfill({ contentType: 'text/javascript', body });
      });
      await secondFetch.goto(`${server.origin}${benchPagePath}`);
      assert.match(await mountAndRead(secondFetch, 'en'), /New collection case/);
      assert.deepEqual(
        logged.filter((text) => text.includes('changed on the way')),
        [],
      );

      const entryPage = await tampered(chunkFile('debitura-collect'));
      assert.equal(await entryPage.evaluate(whenLoadedSource), false, 'ready rejects');
      assert.equal(await entryPage.evaluate(`customElements.get('debitura-collect') === undefined`), true);
    } finally {
      await browser.close();
      await server.close();
    }
  },
);

// Runs in the page: mounts the form, types a debtor's name as soon as the form is there, and reports when the
// API code's chunk was asked for against the form's `debitura:form-interactive` mark, what the widget shows once it
// has connected or failed, and what the name field holds then.
const mountFormAndTypeSource = `async (apiChunk) => {
  await window.DebituraCollect.ready;
  const element = document.createElement('debitura-collect');
  element.setAttribute('environment', 'sandbox');
  element.setAttribute('token-endpoint', '/api/debitura/token');
  const settled = new Promise((resolve) => {
    element.addEventListener('debitura-ready', () => resolve({ event: 'ready' }), { once: true });
    element.addEventListener('debitura-error', (event) => resolve({ event: 'error', code: event.detail.code }), { once: true });
  });
  document.body.append(element);
  const nameField = () => element.shadowRoot.querySelector('debitura-new-case')?.shadowRoot?.querySelector('#field-name');
  while (!nameField()) await new Promise((done) => setTimeout(done, 5));
  nameField().value = 'Nordisk Trælast ApS';
  nameField().dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  const outcome = await settled;
  await element.updateComplete;
  const usableAt = performance.getEntriesByName('debitura:form-interactive')[0].startTime;
  const asked = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(apiChunk));
  return {
    ...outcome,
    askedAfterUsable: asked ? asked.startTime >= usableAt : null,
    shown: element.shadowRoot.textContent.replace(/\\s+/g, ' '),
    name: nameField()?.value ?? null,
  };
}`;

// Runs in the page: presses the widget's Try again and reports what it shows once it has connected or failed.
const retryFormSource = `async () => {
  const element = document.querySelector('debitura-collect');
  const settled = new Promise((resolve) => {
    element.addEventListener('debitura-ready', () => resolve('ready'), { once: true });
    element.addEventListener('debitura-error', () => resolve('error'), { once: true });
  });
  [...element.shadowRoot.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Try again').click();
  const event = await settled;
  await element.updateComplete;
  const name = element.shadowRoot.querySelector('debitura-new-case').shadowRoot.querySelector('#field-name').value;
  return { event, shown: element.shadowRoot.textContent.replace(/\\s+/g, ' '), name };
}`;

test(
  'the API code comes after the form: it is asked for once the form is usable; when it cannot load, the form keeps what was typed, says the code did not load, and Try again connects; a page that opens on data asks for it at once',
  { timeout: 60_000 },
  async () => {
    const server = await startPageServer(root);
    const browser = await launchChromium();
    const apiChunk = chunkFile('customer-api');
    type Outcome = { event: string; code?: string; askedAfterUsable: boolean | null; shown: string; name: string };
    try {
      const intact = await browser.newPage();
      await intact.goto(`${server.origin}${benchPagePath}`);
      const connected = (await intact.evaluate(`(${mountFormAndTypeSource})(${JSON.stringify(apiChunk)})`)) as Outcome;
      assert.equal(connected.event, 'ready');
      assert.equal(connected.askedAfterUsable, true, 'the API code is asked for once the form is usable, not before');
      assert.match(connected.shown, /Collecting for/);
      assert.equal(connected.name, 'Nordisk Trælast ApS');

      const blocked = await browser.newPage();
      await blocked.route(`${server.origin}/dist/cdn/${apiChunk}`, (route) => route.abort('connectionfailed'));
      await blocked.goto(`${server.origin}${benchPagePath}`);
      const failed = (await blocked.evaluate(`(${mountFormAndTypeSource})(${JSON.stringify(apiChunk)})`)) as Outcome;
      assert.equal(failed.event, 'error');
      assert.equal(failed.code, 'view_load_failed', 'a file that did not arrive, as for a view: not a token problem');
      assert.match(failed.shown, /This part of the page could not load/);
      assert.match(failed.shown, /Try again/);
      assert.equal(failed.name, 'Nordisk Trælast ApS', 'what was typed stays');

      // The connection is back: Try again connects the same form.
      await blocked.unroute(`${server.origin}/dist/cdn/${apiChunk}`);
      const retried = (await blocked.evaluate(`(${retryFormSource})()`)) as {
        event: string;
        shown: string;
        name: string;
      };
      assert.equal(retried.event, 'ready');
      assert.match(retried.shown, /Collecting for/);
      assert.equal(retried.name, 'Nordisk Trælast ApS');

      // A page that opens on its case list needs the API code to show anything: it comes beside the widget's own.
      const casesPage = await browser.newPage();
      await casesPage.route(`${server.origin}/cases.html`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><body><debitura-collect view="cases" environment="sandbox" token-endpoint="/api/debitura/token"></debitura-collect><script src="/${scriptTagBundle}"></script></body></html>`,
        }),
      );
      await casesPage.goto(`${server.origin}/cases.html`);
      const order = (await casesPage.evaluate(`(async (apiChunk) => {
        const requested = () => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(apiChunk));
        while (!requested() || performance.getEntriesByName('debitura:connected').length === 0)
          await new Promise((done) => setTimeout(done, 20));
        const connectedAt = performance.getEntriesByName('debitura:connected')[0].startTime;
        const asked = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(apiChunk));
        return { askedBeforeConnect: asked.startTime < connectedAt };
      })(${JSON.stringify(apiChunk)})`)) as { askedBeforeConnect: boolean };
      assert.equal(order.askedBeforeConnect, true, 'the API code is asked for before the widget connects');
    } finally {
      await browser.close();
      await server.close();
    }
  },
);

// Runs in the page: opens the first case of the signed-in tenant and reports, once its sections have settled, what
// the case shows and whether the messages' element was defined.
const mountCaseSource = `async () => {
  await window.DebituraCollect.ready;
  const { accessToken } = await (await fetch('/api/debitura/token', { method: 'POST', credentials: 'include' })).json();
  const list = await (await fetch('/customer/cases?PageSize=1', { headers: { Authorization: 'Bearer ' + accessToken } })).json();
  const element = document.createElement('debitura-collect');
  element.setAttribute('environment', 'sandbox');
  element.setAttribute('token-endpoint', '/api/debitura/token');
  element.setAttribute('view', 'case');
  element.setAttribute('case-id', list.cases[0].id);
  const ready = new Promise((resolve) => element.addEventListener('debitura-ready', resolve, { once: true }));
  document.body.append(element);
  await ready;
  const detail = () => element.shadowRoot.querySelector('debitura-case-detail');
  const settled = () => detail()?.shadowRoot?.querySelector('.detail') && !detail().shadowRoot.querySelector('[aria-busy="true"]');
  while (!settled()) await new Promise((done) => setTimeout(done, 50));
  return {
    shown: detail().shadowRoot.textContent.replace(/\\s+/g, ' '),
    messagesDefined: customElements.get('debitura-case-messages') !== undefined,
  };
}`;

test(
  "a part of a view is pinned like the views: the case's sections arrive from their chunk, and a changed one never runs",
  { timeout: 60_000 },
  async () => {
    const server = await startPageServer(root);
    const browser = await launchChromium();
    try {
      const intact = await browser.newPage();
      await intact.goto(`${server.origin}${benchPagePath}`);
      const shown = (await intact.evaluate(`(${mountCaseSource})()`)) as { shown: string; messagesDefined: boolean };
      assert.match(shown.shown, /Timeline/);
      assert.doesNotMatch(shown.shown, /could not be loaded/);
      assert.equal(shown.messagesDefined, true, 'the sections arrived from their pinned chunk');

      const page = await browser.newPage();
      const logged: string[] = [];
      page.on('console', (message) => logged.push(message.text()));
      const file = chunkFile('case-sections');
      const original = readFileSync(join(cdnDir, file), 'utf8');
      await page.route(`${server.origin}/dist/cdn/${file}`, (route) =>
        route.fulfill({ contentType: 'text/javascript', body: `${original}\nconsole.log("changed on the way");` }),
      );
      await page.goto(`${server.origin}${benchPagePath}`);
      const result = (await page.evaluate(`(${mountCaseSource})()`)) as { shown: string; messagesDefined: boolean };
      assert.match(result.shown, /Summary/, 'the case itself is shown');
      assert.match(result.shown, /This part could not be loaded/);
      assert.match(result.shown, /Try again/);
      assert.equal(result.messagesDefined, false, 'no messages from a changed file');
      assert.deepEqual(
        logged.filter((text) => text.includes('changed on the way')),
        [],
      );
    } finally {
      await browser.close();
      await server.close();
    }
  },
);

/** The tag names the README's "Internal elements" section lists. */
function documentedInternalTags(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = /### Internal elements\n([\s\S]*?)\n#/.exec(readme)?.[1] ?? '';
  return [...section.matchAll(/`(debitura-[a-z-]+)`/g)].map((match) => match[1]!).sort();
}

test(
  'every tag the bundle registers is <debitura-collect> or an internal element the README documents',
  {
    timeout: 60_000,
  },
  async () => {
    const documented = documentedInternalTags();
    // The widget's views and the partner console's sections.
    const declared = ['src/widget/views', 'src/console/views']
      .flatMap((folder) =>
        readdirSync(join(root, folder), { recursive: true })
          .map(String)
          .filter((file) => file.endsWith('.ts'))
          .flatMap((file) => [
            ...readFileSync(join(root, folder, file), 'utf8').matchAll(
              /(?:Tag = |defineElement\()'(debitura-[a-z-]+)'/g,
            ),
          ]),
      )
      .map((match) => match[1]!)
      .filter((tag, index, tags) => tags.indexOf(tag) === index)
      .sort();
    assert.deepEqual(documented, declared, 'the README lists the internal elements the sources declare');

    const server = await startPageServer(root);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.addInitScript(`window.definedTags = [];
      const define = customElements.define.bind(customElements);
      customElements.define = (name, ...rest) => { window.definedTags.push(name); return define(name, ...rest); };`);
      await page.goto(`${server.origin}${benchPagePath}`);
      // Each view's code arrives when a widget first shows it: show them all.
      await page.evaluate(`window.DebituraCollect.ready.then(() => Promise.all(
        ['new-case', 'cases', 'case', 'tasks', 'payments', 'overview'].map((view) => {
          const element = document.createElement('debitura-collect');
          element.setAttribute('environment', 'sandbox');
          element.setAttribute('token-endpoint', '/api/debitura/token');
          element.setAttribute('view', view);
          const ready = new Promise((resolve) => element.addEventListener('debitura-ready', resolve, { once: true }));
          document.body.append(element);
          return ready;
        }),
      ))`);
      const defined = (await page.evaluate('window.definedTags')) as string[];
      assert.ok(defined.includes('debitura-collect'));
      assert.deepEqual(
        defined.filter((tag) => tag !== 'debitura-collect' && !documented.includes(tag)),
        [],
        'no undocumented global tag',
      );
    } finally {
      await browser.close();
      await server.close();
    }
  },
);
