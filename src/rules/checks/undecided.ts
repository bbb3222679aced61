/**
 * The first value a check needed but could not read. When the check reports nothing else on the
 * resource, that value is reported as `unknown`: a list, an entry or a setting only known at deploy
 * time is never a pass. A check reports through `undecided.ctx` (or `undecided.report`) so that its
 * findings count as decided.
 */
import type { ConditionBranch, KeyPath } from '../../core/types.js';
import type { CheckContext, Report } from '../engine.js';

export class Undecided {
  private first: { path: KeyPath; reason: string; conditions: readonly ConditionBranch[] } | null = null;
  private reported = false;
  /** The check's context, with its reports counted. */
  readonly ctx: CheckContext;

  constructor(private readonly base: CheckContext) {
    this.ctx = { ...base, report: this.report };
  }

  readonly report = (r: Report): void => {
    this.reported = true;
    this.base.report(r);
  };

  get decided(): boolean {
    return this.reported;
  }

  note(path: KeyPath, reason: string, conditions: readonly ConditionBranch[] = []): void {
    this.first ??= { path, reason, conditions };
  }

  /** `texts` alternatives: a null one could not be read. */
  noteTexts(values: readonly (string | null)[], path: KeyPath, reason = 'the value is only known at deploy time'): void {
    if (values.includes(null)) this.note(path, reason);
  }

  /** Report the first unread value as `unknown`, unless the check reported something. */
  finish(): void {
    if (!this.reported && this.first) this.base.report({ path: this.first.path, outcome: 'unknown', data: { unknownReason: this.first.reason }, conditions: this.first.conditions });
  }
}
