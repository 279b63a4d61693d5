// The import boundaries `npm run lint` enforces: widget, server and sandbox stand on src/wire alone and never
// import each other; the React wrapper may use the widget; the console may borrow the widget's styles, i18n and
// API helpers only; demo, test and bench may import anything.
import { describe, it } from 'node:test';
import { join } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { importBoundaries, packageBoundaries } from '../../build/lint-import-boundaries.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const root = '/project';
const options = [{ root, ...packageBoundaries }];
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

const allowed = (file: string, code: string) => ({ filename: join(root, file), code, options });
const crossing = (file: string, code: string) => ({
  filename: join(root, file),
  code,
  options,
  errors: [{ messageId: 'crossing' }],
});

tester.run('import-boundaries', importBoundaries, {
  valid: [
    allowed('src/widget/views/cases/list.ts', "import { CaseSchema } from '../../../wire/case.js';"),
    allowed('src/widget/views/cases/list.ts', "import { html } from 'lit';"),
    allowed('src/widget/views/cases/list.ts', "import { format } from '../../format/money.js';"),
    allowed('src/server/token-handler.ts', "import { TokenResponse } from '../wire/referral.js';"),
    allowed('src/sandbox/customer/routes.ts', "export * from '../../wire/case.js';"),
    allowed('src/react/index.ts', "import { DebituraCollect } from '../widget/debitura-collect.js';"),
    allowed('src/console/console.ts', "import { themeStyles } from '../widget/styles/theme-styles.js';"),
    allowed('src/console/console.ts', "import { en } from '../widget/i18n/en/index.js';"),
    allowed('src/console/console.ts', "import { CustomerApiClient } from '../widget/api/customer-api-client.js';"),
    allowed('src/console/console.ts', "import { formatMoney } from '../widget/format/money.js';"),
    allowed('src/console/console.ts', "import { defineElement } from '../widget/define-element.js';"),
    allowed('src/console/views/pager.ts', "import { pageWindow } from '../../widget/views/cases/page-window.js';"),
    allowed('src/console/views/list.ts', "import { renderPager } from '../../widget/views/cases/pager.js';"),
    allowed('test/node/anything.test.ts', "import { createSandbox } from '../../src/sandbox/index.js';"),
    allowed('demo/serve.ts', "import { createTokenHandler } from '../src/server/index.js';"),
    allowed('bench/run.ts', "import 'debitura-collect/server';"),
    allowed('demo/console/main.ts', "import 'debitura-collect/console';"),
  ],
  invalid: [
    crossing('src/widget/api/client.ts', "import { createTokenHandler } from '../../server/index.js';"),
    crossing('src/widget/api/client.ts', "import type { SandboxOptions } from '../../sandbox/options.js';"),
    crossing('src/widget/api/client.ts', "const server = await import('../../server/index.js');"),
    crossing('src/widget/api/client.ts', "type Handler = import('../../server/index.js').TokenHandler;"),
    crossing('src/widget/api/client.ts', "export { createSandbox } from '../../sandbox/index.js';"),
    crossing('src/widget/api/client.ts', "import { createTokenHandler } from 'debitura-collect/server';"),
    crossing('src/widget/api/client.ts', "import { backend } from '../../../test/browser-backend.js';"),
    crossing('src/server/proxy.ts', "import { createSandbox } from '../sandbox/index.js';"),
    crossing('src/server/proxy.ts', "import { DebituraApiError } from '../widget/api/api-error.js';"),
    crossing('src/sandbox/app.ts', "import { verifyWebhook } from '../server/webhook.js';"),
    crossing('src/wire/case.ts', "import { en } from '../widget/i18n/en/index.js';"),
    crossing('src/react/index.ts', "import { createTokenHandler } from '../server/index.js';"),
    crossing('src/console/console.ts', "import { CasesView } from '../widget/views/cases/cases-view.js';"),
    crossing('src/console/console.ts', "import { DebituraCollect } from 'debitura-collect';"),
    crossing('src/widget/index.ts', "import 'debitura-collect/console';"),
    crossing('src/react/index.ts', "import type {} from 'debitura-collect/console/jsx';"),
  ],
});
