// The parts of a case that load on demand, once a case is on screen: the sections every case shows, beside their
// data; what the case waits for, its quotes and its exclusive period only once the case is in a stage that has
// them. Until a part has arrived its section shows the loading line, and if it fails, the error with the retry.
import { onDemand } from '../on-demand.js';

export const caseParts = {
  sections: onDemand('case-sections', () => import('./case-sections.js')),
  blocking: onDemand('case-blocking', () => import('./case-blocking.js')),
  quotes: onDemand('case-quote-requests', () => import('./case-quote-requests.js')),
  exclusivePeriod: onDemand('case-exclusive-period', () => import('./case-exclusive-period.js')),
};
