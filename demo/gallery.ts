// Mounts one live widget per state into the gallery and brings each into its state. A card says when its
// state is showing (`data-state="shown"`) or why it could not get there (`data-state="failed"`).
import type { GalleryState } from './gallery-states.js';

function card(state: GalleryState): { article: HTMLElement; status: HTMLElement } {
  const article = document.createElement('article');
  article.className = state.wide ? 'state-card state-card--wide' : 'state-card';
  article.id = `state-${state.id}`;
  article.dataset.state = 'pending';
  article.setAttribute('aria-labelledby', `state-${state.id}-title`);
  const title = document.createElement('h3');
  title.id = `state-${state.id}-title`;
  title.textContent = state.title;
  const note = document.createElement('p');
  note.className = 'state-card__note';
  note.textContent = state.note;
  const status = document.createElement('p');
  status.className = 'state-card__status';
  status.setAttribute('role', 'status');
  article.append(title, note, status);
  return { article, status };
}

async function show(state: GalleryState, container: HTMLElement): Promise<void> {
  const { article, status } = card(state);
  // While the scripted user plays, the card is inert: the widget's own focus moves (to a step heading, say) find
  // no focusable element, so the reader's focus and scroll position stay where they are.
  article.inert = true;
  container.append(article);
  try {
    const widget = document.createElement('debitura-collect');
    widget.setAttribute('locale', 'en');
    // A page of widgets names each one's landmark, so a screen reader's list of regions tells them apart.
    widget.setAttribute('label', `Debt collection: ${state.title}`);
    widget.setAttribute('theme', document.documentElement.dataset.scheme === 'dark' ? 'dark' : 'light');
    for (const [name, value] of Object.entries(await state.attributes())) widget.setAttribute(name, value);
    if (state.fetchToken) widget.fetchToken = state.fetchToken;
    article.insertBefore(widget, status);
    await state.reach(widget);
    article.dataset.state = 'shown';
  } catch (error) {
    article.dataset.state = 'failed';
    status.textContent = `Could not reach this state: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    article.inert = false;
  }
}

/** Mounts every state; resolves when each card is shown or has failed. */
export async function mountGallery(states: readonly GalleryState[], container: HTMLElement): Promise<void> {
  await Promise.all(states.map((state) => show(state, container)));
  container.dataset.complete = 'true';
}
