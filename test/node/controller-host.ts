// Stands in for a LitElement in node tests of reactive controllers: collects controllers, counts update
// requests, and drives connect, update and disconnect the way Lit does.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ControllerHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updatesRequested = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updatesRequested++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  connect(): void {
    for (const controller of this.controllers) controller.hostConnected?.();
  }
  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
  update(): void {
    for (const controller of this.controllers) controller.hostUpdate?.();
  }
}
