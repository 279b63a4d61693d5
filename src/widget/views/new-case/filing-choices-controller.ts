// Loads what the creditor may file a case under (its divisions) and assign it to (its team), beside the form:
// the form shows at once and gains the two fields when the lists arrive. A list that cannot be read leaves its
// field out, as for a creditor without divisions; Debitura then files the case as it would without the field.
import type { ReactiveControllerHost } from 'lit';
import type { CollectionPartnerUserDto } from '../../../wire/case-resources.js';
import type { DivisionDto } from '../../../wire/divisions.js';
import type { CustomerApi } from '../../api/customer-api-client.js';
import { LoadController } from '../../api/load-controller.js';
import { divisionChoices, teamChoices, type FilingChoices } from './rules/filing-choices.js';

export class FilingChoicesController {
  readonly #divisions: LoadController<readonly [CustomerApi], DivisionDto[]>;
  readonly #team: LoadController<readonly [CustomerApi], CollectionPartnerUserDto[]>;
  #made: { divisions: unknown; team: unknown; teamLoading: boolean; locale: string; choices: FilingChoices } | null =
    null;

  constructor(host: ReactiveControllerHost, client: () => CustomerApi | null) {
    const args = () => {
      const current = client();
      return current ? ([current] as const) : null;
    };
    this.#divisions = new LoadController(host, { args, load: ([api], signal) => api.listDivisions(signal) });
    this.#team = new LoadController(host, { args, load: ([api], signal) => api.listTeamUsers(signal) });
  }

  /** The choices as they stand; the same object while the lists and the locale stay the same. */
  choices(locale: string): FilingChoices {
    const divisions = this.#divisions.value;
    const team = this.#team.value;
    const teamLoading = this.#team.state.status === 'idle' || this.#team.state.status === 'loading';
    const made = this.#made;
    if (
      made &&
      made.divisions === divisions &&
      made.team === team &&
      made.teamLoading === teamLoading &&
      made.locale === locale
    )
      return made.choices;
    const choices = {
      divisions: divisionChoices(divisions ?? []),
      team: teamChoices(team ?? [], locale),
      teamLoading,
    };
    this.#made = { divisions, team, teamLoading, locale, choices };
    return choices;
  }
}
