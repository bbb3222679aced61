/** Schema fragments more than one check's options use. Pure data. */
const port = { type: 'integer', minimum: 0, maximum: 65535 } as const;
/** A list of ports: numbers 0–65535 or [from, to] pairs. */
export const ports = { type: 'array', items: { oneOf: [port, { type: 'array', items: port, minItems: 2, maxItems: 2 }] } } as const;
export const strings = { type: 'array', items: { type: 'string' } } as const;
export const docs = { type: 'array', items: { enum: ['identity', 'trust', 'resource'] }, description: 'Which policy documents to read.' } as const;
