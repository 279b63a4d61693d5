// The partner staff page: the console, a staff sign-in switch (signed out, the proxy refuses every call and the
// console says so), the language and the colour scheme.
import 'debitura-collect/console';
import type { DebituraPartnerConsole } from 'debitura-collect/console';

const partnerConsole = document.querySelector<DebituraPartnerConsole>('debitura-partner-console')!;
const staff = document.querySelector<HTMLSelectElement>('#staff')!;
const locale = document.querySelector<HTMLSelectElement>('#locale')!;
const scheme = document.querySelector<HTMLSelectElement>('#scheme')!;

void fetch('/api/demo/staff')
  .then((response) => response.json())
  .then((session: { signedIn: boolean }) => {
    staff.value = session.signedIn ? 'staff' : '';
  });
staff.addEventListener('change', () => {
  void fetch('/api/demo/staff', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ signedIn: staff.value !== '' }),
  }).then(() => {
    // A new sign-in is a new page in a real back office.
    location.reload();
  });
});
locale.addEventListener('change', () => partnerConsole.setAttribute('locale', locale.value));
scheme.addEventListener('change', () => {
  document.documentElement.dataset.scheme = scheme.value;
  partnerConsole.setAttribute('theme', scheme.value);
});
