// The designers' page: the state gallery, the theme editor and the language switch.
import '../src/widget/index.js';
import type { DebituraCollect } from '../src/widget/index.js';
import { mountGallery } from './gallery.js';
import { galleryStates } from './gallery-states.js';
import { mountInvoiceList } from './invoice-list.js';
import { startLocaleSwitch } from './locale-switch.js';
import { ThemeEditor } from './theme-editor.js';

const gallery = document.querySelector<HTMLElement>('#gallery');
const editorForm = document.querySelector<HTMLFormElement>('#theme-editor');
const themed = document.querySelector<HTMLElement>('#themed');
const locale = document.querySelector<HTMLSelectElement>('#locale');
const invoiceRows = document.querySelector<HTMLTableSectionElement>('#invoice-rows');
const liveWidget = document.querySelector<DebituraCollect>('debitura-collect#live-widget');

const editor = editorForm && themed ? new ThemeEditor(editorForm, themed) : null;
editor?.start();
// Screenshots and links can ask for a scheme: ?scheme=dark. Set before the gallery mounts its widgets.
if (new URL(location.href).searchParams.get('scheme') === 'dark') editor?.setScheme('dark');
if (locale) startLocaleSwitch(locale);
if (invoiceRows && liveWidget) mountInvoiceList(invoiceRows, liveWidget);
if (gallery) {
  // The pickers show the defaults read from a mounted widget.
  void mountGallery(galleryStates, gallery).then(() => editor?.applyPreset(''));
}
