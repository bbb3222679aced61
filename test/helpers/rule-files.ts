/** Test helper: what a rule file is refused with. */
import { parseRuleFile } from '../../src/rules/catalogue.js';
import { RuleError } from '../../src/rules/schema.js';

/** The refusal of a rule file (a RuleError naming file, line, column, rule and key), or a test failure when the file loads. */
export function ruleFileRefusal(text: string, file = 'mine.yaml'): RuleError {
  try {
    parseRuleFile(text, file);
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('the rule file was accepted');
}
