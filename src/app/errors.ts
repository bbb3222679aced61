/** Anything that makes the whole run impossible (bad usage, config, rule, parameters or baseline file); adapters report it and exit 2. */
export class UsageError extends Error {}

/** The error a run reports when its inputs held no template at all; adapters recognise it by this prefix. */
export const NO_TEMPLATE_MESSAGE = 'no CloudFormation template found';
