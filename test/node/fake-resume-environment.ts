// A clock and page signals for the resume rules (ResumeWatch and the hand-off watch built on it): timers run when
// the test advances time, and the test says when the user comes back or the page hides.
import type { ResumeEnvironment } from '../../src/widget/views/activation/resume-watch.js';

export function fakeEnvironment() {
  let now = 0;
  let visible = true;
  const timers = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  let returnListener: (() => void) | null = null;
  const env: ResumeEnvironment = {
    setTimeout: (run, delay) => {
      timers.set(next, { at: now + delay, run });
      return next++;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    onReturn: (callback) => {
      returnListener = callback;
      return () => {
        returnListener = null;
      };
    },
    isVisible: () => visible,
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...timers]) {
      if (timer.at <= now) {
        timers.delete(id);
        timer.run();
      }
    }
  };
  return {
    env,
    advance,
    comeBack: () => returnListener?.(),
    hide: () => (visible = false),
    show: () => (visible = true),
    pending: () => timers.size,
    listening: () => returnListener !== null,
  };
}
