/**
 * Does a text look like a CloudFormation template (a Resources section or an AWSTemplateFormatVersion)?
 * For files that failed to parse during directory discovery, and for pre-commit's staged files. Its own
 * module so the pre-commit entry can use it without loading the engine.
 */
export function looksLikeTemplate(text: string): boolean {
  return /^\uFEFF?\s*(Resources|AWSTemplateFormatVersion)\s*:/m.test(text) || /"(Resources|AWSTemplateFormatVersion)"\s*:/.test(text.slice(0, 20000));
}
