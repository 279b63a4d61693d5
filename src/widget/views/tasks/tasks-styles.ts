// Layout of the tasks view, by the width of whatever holds the widget (a container query, as the case list): on a
// wide container each task's case and action sit beside its text; on a narrow one they go beneath, full width.
import { css } from 'lit';

export const tasksStyles = css`
  :host {
    display: block;
    container: tasks / inline-size;
  }
  .tasks {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .tasks__head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  h3,
  h4,
  p {
    margin: 0;
  }
  h3 {
    font-size: 1.125em;
  }
  h4 {
    font-size: 1em;
  }
  .quiet {
    color: var(--_muted);
  }
  .list {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .task {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--_space) calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .task--overdue {
    border-inline-start: 4px solid var(--_danger);
  }
  .task__text {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .task__type {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  .deadline {
    font-size: 0.875em;
  }
  .deadline--overdue {
    color: var(--_danger);
    font-weight: 700;
  }
  .task__actions {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: var(--_space);
  }
  a.button {
    text-decoration: none;
  }
  .skeleton {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .skeleton span {
    display: block;
    height: 4.5em;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  @container tasks (width < 36em) {
    .task {
      grid-template-columns: minmax(0, 1fr);
    }
    .task__actions {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
    }
  }
  @media (forced-colors: active) {
    .task--overdue {
      border-inline-start-color: CanvasText;
    }
  }
`;
