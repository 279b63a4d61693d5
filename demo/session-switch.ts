// The demo's "Signed in as" switch. It stands in for the partner's own sign-in: choosing a tenant sets the
// demo session cookie the token endpoint reads, then reloads the page as that user would see it.

interface DemoSession {
  tenant: string | null;
  /** The signed-in user's e-mail within the tenant. */
  user: string | null;
  environment: 'sandbox' | 'test';
  tenants: {
    externalTenantId: string;
    companyName: string;
    description: string;
    users: { name: string; email: string; role: string }[];
  }[];
}

const signedOutValue = '';
/** Any other externalTenantId, typed in: the only way to reach tenants of Debitura's real test environment. */
const otherTenantValue = '\u0000other';
/** Separates tenant and user in an option's value. */
const userSeparator = '\u0001';

async function loadSession(): Promise<DemoSession> {
  const response = await fetch('/api/demo/session', { credentials: 'include' });
  if (!response.ok) throw new Error(`GET /api/demo/session answered ${response.status}`);
  return (await response.json()) as DemoSession;
}

async function signInAs(tenant: string | null, user: string | null = null): Promise<void> {
  await fetch('/api/demo/session', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ tenant, user }),
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

  // A tenant that is not linked yet is offered once per user: administrators may activate, others may not.
  const seeded = session.tenants.flatMap((tenant) => {
    const current = tenant.externalTenantId === session.tenant;
    if (tenant.users.length === 0) {
      return [option(tenant.externalTenantId, `${tenant.companyName} · ${tenant.description}`, current)];
    }
    return tenant.users.map((user, index) =>
      option(
        `${tenant.externalTenantId}${userSeparator}${user.email}`,
        `${tenant.companyName} · ${user.name} (${user.role}) · ${tenant.description}`,
        current && (user.email === session.user || (session.user === null && index === 0)),
      ),
    );
  });
  const current = session.tenant;
  const unlisted = current !== null && !session.tenants.some((tenant) => tenant.externalTenantId === current);
  select.replaceChildren(
    ...(unlisted ? [option(current, current, true)] : []),
    ...seeded,
    option(signedOutValue, 'Nobody (signed out)', current === null),
    option(otherTenantValue, 'Another tenant id…', false),
  );
  select.disabled = false;
  const signedInValue = select.value;
  select.addEventListener('change', () => {
    if (select.value === otherTenantValue) {
      const typed = prompt('externalTenantId to sign in as')?.trim();
      if (typed) void signInAs(typed);
      else select.value = signedInValue;
      return;
    }
    if (select.value === signedOutValue) return void signInAs(null);
    const [tenant = '', user = null] = select.value.split(userSeparator);
    void signInAs(tenant, user);
  });

  if (session.environment === 'test') {
    document.querySelector('debitura-collect')?.setAttribute('environment', 'test');
  }
  if (environmentNote) {
    environmentNote.textContent = session.environment === 'test' ? "Debitura's test environment" : 'Local sandbox';
  }
}

void start();
