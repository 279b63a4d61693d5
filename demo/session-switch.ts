// The demo's "Signed in as" switch. It stands in for the partner's own sign-in: choosing a tenant sets the
// demo session cookie the token endpoint reads, then reloads the page as that user would see it.

interface DemoSession {
  tenant: string | null;
  environment: 'sandbox' | 'test';
  tenants: { externalTenantId: string; companyName: string; description: string }[];
}

const signedOutValue = '';
/** Any other externalTenantId, typed in: the only way to reach tenants of Debitura's real test environment. */
const otherTenantValue = '\u0000other';

async function loadSession(): Promise<DemoSession> {
  const response = await fetch('/api/demo/session', { credentials: 'include' });
  if (!response.ok) throw new Error(`GET /api/demo/session answered ${response.status}`);
  return (await response.json()) as DemoSession;
}

async function signInAs(tenant: string | null): Promise<void> {
  await fetch('/api/demo/session', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ tenant }),
  });
  location.reload();
}

function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  element.selected = selected;
  return element;
}

async function start(): Promise<void> {
  const select = document.querySelector<HTMLSelectElement>('#tenant');
  const environmentNote = document.querySelector<HTMLElement>('#environment');
  if (!select) return;
  const session = await loadSession();

  const seeded = session.tenants.map((tenant) =>
    option(
      tenant.externalTenantId,
      `${tenant.companyName} · ${tenant.description}`,
      tenant.externalTenantId === session.tenant,
    ),
  );
  const current = session.tenant;
  const unlisted = current !== null && !session.tenants.some((tenant) => tenant.externalTenantId === current);
  select.replaceChildren(
    ...(unlisted ? [option(current, current, true)] : []),
    ...seeded,
    option(signedOutValue, 'Nobody (signed out)', current === null),
    option(otherTenantValue, 'Another tenant id…', false),
  );
  select.disabled = false;
  select.addEventListener('change', () => {
    if (select.value === otherTenantValue) {
      const typed = prompt('externalTenantId to sign in as')?.trim();
      if (typed) void signInAs(typed);
      else select.value = current ?? signedOutValue;
      return;
    }
    void signInAs(select.value === signedOutValue ? null : select.value);
  });

  if (session.environment === 'test') {
    document.querySelector('debitura-collect')?.setAttribute('environment', 'test');
  }
  if (environmentNote) {
    environmentNote.textContent = session.environment === 'test' ? "Debitura's test environment" : 'Local sandbox';
  }
}

void start();
