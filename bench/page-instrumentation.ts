// Installed in a bench page before any of its scripts: records the timers and the event listeners on
// long-lived targets (window, document, <html>, <body>, and objects that are not nodes, such as MediaQueryList
// or AbortSignal) that are still active, so mount/unmount cycles can show what a widget leaves behind.
// Targets and listeners are held weakly, so the records do not keep anything alive themselves.

export interface LeftoverTimer {
  kind: 'timeout' | 'interval' | 'animationFrame';
  delayMs: number;
  createdBy: string;
}

export interface LeftoverListener {
  target: string;
  type: string;
  createdBy: string;
}

export interface Leftovers {
  timers: LeftoverTimer[];
  listeners: LeftoverListener[];
}

declare global {
  interface Window {
    /** Starts recording; what was set up before (the page, the bundle's module code) is not counted. */
    benchStartTracking(): void;
    /** Timers and listeners recorded since `benchStartTracking` that are still active now. */
    benchLeftovers(): Leftovers;
  }
}

/** Runs in the page, as an init script; must be self-contained. */
export function instrumentTimersAndListeners(): void {
  let tracking = false;
  const caller = () =>
    (new Error().stack ?? '')
      .split('\n')
      .slice(3, 6)
      .map((line) => line.trim().replace(/^at /, ''))
      .join(' < ');

  const timers = new Map<number, LeftoverTimer>();
  const originalSetTimeout = window.setTimeout.bind(window);
  const originalSetInterval = window.setInterval.bind(window);
  const originalClearTimeout = window.clearTimeout.bind(window);
  const originalClearInterval = window.clearInterval.bind(window);
  const originalRequestFrame = window.requestAnimationFrame.bind(window);
  const originalCancelFrame = window.cancelAnimationFrame.bind(window);

  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    if (!tracking || typeof handler !== 'function') return originalSetTimeout(handler, delay, ...args);
    const id = originalSetTimeout(() => {
      timers.delete(id);
      (handler as (...values: unknown[]) => void)(...args);
    }, delay);
    timers.set(id, { kind: 'timeout', delayMs: delay ?? 0, createdBy: caller() });
    return id;
  }) as typeof window.setTimeout;
  window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = originalSetInterval(handler, delay, ...args);
    if (tracking) timers.set(id, { kind: 'interval', delayMs: delay ?? 0, createdBy: caller() });
    return id;
  }) as typeof window.setInterval;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    originalClearTimeout(id);
  }) as typeof window.clearTimeout;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    originalClearInterval(id);
  }) as typeof window.clearInterval;
  // Animation frame ids share no space with timer ids, so they are kept apart by sign.
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    if (!tracking) return originalRequestFrame(callback);
    const id = originalRequestFrame((time) => {
      timers.delete(-id);
      callback(time);
    });
    timers.set(-id, { kind: 'animationFrame', delayMs: 0, createdBy: caller() });
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    timers.delete(-id);
    originalCancelFrame(id);
  };

  interface ListenerRecord {
    target: WeakRef<EventTarget>;
    listener: WeakRef<object>;
    type: string;
    capture: boolean;
    createdBy: string;
  }
  const listeners = new Set<ListenerRecord>();
  const originalAdd = EventTarget.prototype.addEventListener;
  const originalRemove = EventTarget.prototype.removeEventListener;
  const longLived = (target: EventTarget) =>
    !(target instanceof Node) || target === document || target === document.documentElement || target === document.body;
  const captureOf = (options?: boolean | EventListenerOptions) =>
    typeof options === 'boolean' ? options : options?.capture === true;
  const find = (target: EventTarget, type: string, listener: object, capture: boolean) => {
    for (const record of listeners) {
      const recordTarget = record.target.deref();
      const recordListener = record.listener.deref();
      if (recordTarget === undefined || recordListener === undefined) listeners.delete(record);
      else if (
        recordTarget === target &&
        recordListener === listener &&
        record.type === type &&
        record.capture === capture
      )
        return record;
    }
    return undefined;
  };

  EventTarget.prototype.addEventListener = function (this: EventTarget, type, listener, options) {
    originalAdd.call(this, type, listener, options);
    if (!tracking || !listener || !longLived(this)) return;
    const capture = captureOf(options);
    if (find(this, type, listener, capture)) return;
    const record: ListenerRecord = {
      target: new WeakRef(this),
      listener: new WeakRef(listener),
      type,
      capture,
      createdBy: caller(),
    };
    listeners.add(record);
    const settings = typeof options === 'object' ? options : {};
    if (settings.once) originalAdd.call(this, type, () => listeners.delete(record), { once: true, capture });
    if (settings.signal) originalAdd.call(settings.signal, 'abort', () => listeners.delete(record), { once: true });
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type, listener, options) {
    originalRemove.call(this, type, listener, options);
    if (!listener) return;
    const record = find(this, type, listener, captureOf(options));
    if (record) listeners.delete(record);
  };

  const describe = (target: EventTarget) =>
    target === window
      ? 'window'
      : target === document
        ? 'document'
        : target instanceof Element
          ? target.localName
          : target.constructor.name;
  window.benchStartTracking = () => {
    tracking = true;
  };
  window.benchLeftovers = () => ({
    timers: [...timers.values()],
    listeners: [...listeners].flatMap((record) => {
      const target = record.target.deref();
      return target && record.listener.deref()
        ? [{ target: describe(target), type: record.type, createdBy: record.createdBy }]
        : [];
    }),
  });
}
