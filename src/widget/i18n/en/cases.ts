// English texts of the case list and the case detail. Each comes in a module of its own, so the list's code brings
// only the list's texts (see `addEnglish`).
import type { Widen } from '../widen.js';
import { casesDetail } from './cases-detail.js';
import { casesList } from './cases-list.js';

export const cases = { list: casesList, detail: casesDetail };

export type CasesMessages = Widen<typeof cases>;
