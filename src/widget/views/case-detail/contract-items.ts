// Reads a case's contract status as the list of documents the creditor sees, and picks the one link that walks
// them through signing. Debitura's combined signing link covers every pending document in order, so it wins over
// the per-document links.
import type { InvoiceDto } from '../../../wire/case.js';
import type { CaseContractStatusApiDTO, ContractItemDto } from '../../../wire/case-resources.js';

export type ContractKey = 'sdca' | 'poa' | 'pricingAppendix';
export type ContractState = 'signed' | 'needsSigning' | 'needsResigning';

export interface ContractItem {
  key: ContractKey;
  state: ContractState;
  solutionUrl: string | null;
}

/** The business error type Debitura uses for each missing document (a pricing appendix counts as a PoA). */
const reasonOf: Record<ContractKey, string> = {
  sdca: 'MissingDebtCollectionContract',
  poa: 'MissingPowerOfAttorney',
  pricingAppendix: 'MissingPowerOfAttorney',
};

function stateOf(item: ContractItemDto): ContractState {
  if (item.requiresResigning) return 'needsResigning';
  return item.signed ? 'signed' : 'needsSigning';
}

/** The documents to show, in signing order. The PoA appears only once a partner is assigned. */
export function contractItems(status: CaseContractStatusApiDTO): ContractItem[] {
  const items: ContractItem[] = [];
  const add = (key: ContractKey, item: ContractItemDto | null | undefined) => {
    if (item) items.push({ key, state: stateOf(item), solutionUrl: item.solutionUrl ?? null });
  };
  add('sdca', status.sdca);
  if (status.poa) add('poa', status.poa);
  else if (status.needsPoaSigning) items.push({ key: 'poa', state: 'needsSigning', solutionUrl: null });
  add('pricingAppendix', status.pricingAppendix);
  return items;
}

export function pendingContractItems(status: CaseContractStatusApiDTO): ContractItem[] {
  return contractItems(status).filter((item) => item.state !== 'signed');
}

export interface SigningHandoff {
  url: string;
  reasons: string[];
}

/** The link to send the creditor to, or null when nothing is pending or Debitura gave no link. */
export function signingHandoffOf(item: InvoiceDto, status: CaseContractStatusApiDTO): SigningHandoff | null {
  const pending = pendingContractItems(status);
  if (pending.length === 0) return null;
  const url =
    item.signingHandoff?.combinedSigningUrl ||
    pending.find((contract) => contract.solutionUrl)?.solutionUrl ||
    item.solutionUrl ||
    null;
  if (!url) return null;
  return { url, reasons: [...new Set(pending.map((contract) => reasonOf[contract.key]))] };
}
