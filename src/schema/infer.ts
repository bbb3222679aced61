/**
 * The TypeScript type of a value valid under a JSON Schema written as a `const` object, so that a
 * schema and the type the code uses cannot drift apart. Covers the subset the schemas here use:
 * type (string, integer, number, boolean, null, array, object), const, enum, properties / required /
 * additionalProperties, oneOf / anyOf, and `$ref` into the definitions handed in as `D`.
 * Keywords that only narrow values (pattern, minimum, if/then, …) do not change the type.
 */
type Simplify<T> = { readonly [K in keyof T]: T[K] } & {};
type RequiredKeys<S> = S extends { readonly required: readonly (infer R)[] } ? R : never;
type PropsOf<S> = S extends { readonly properties: infer P } ? P : {};
type ObjectOf<S, D> = Simplify<
  { readonly [K in keyof PropsOf<S> as K extends RequiredKeys<S> ? K : never]: Infer<PropsOf<S>[K], D> } & {
    readonly [K in keyof PropsOf<S> as K extends RequiredKeys<S> ? never : K]?: Infer<PropsOf<S>[K], D>;
  } & (S extends { readonly additionalProperties: infer A } ? (A extends false ? {} : A extends true ? { readonly [key: string]: unknown } : { readonly [key: string]: Infer<A, D> }) : {})
>;

type RefName<R> = R extends `#/definitions/${infer N}` ? N : never;

/** The type of a value valid under schema `S`, with `$ref: '#/definitions/X'` looked up in `D`. */
export type Infer<S, D = {}> = S extends { readonly $ref: infer R }
  ? RefName<R> extends keyof D
    ? Infer<D[RefName<R>], D>
    : unknown
  : S extends { readonly oneOf: readonly (infer U)[] }
    ? U extends unknown
      ? Infer<U, D>
      : never
    : S extends { readonly anyOf: readonly (infer U)[] }
      ? U extends unknown
        ? Infer<U, D>
        : never
      : S extends { readonly const: infer C }
        ? C
        : S extends { readonly enum: readonly (infer E)[] }
          ? E
          : S extends { readonly type: 'string' }
            ? string
            : S extends { readonly type: 'integer' | 'number' }
              ? number
              : S extends { readonly type: 'boolean' }
                ? boolean
                : S extends { readonly type: 'null' }
                  ? null
                : S extends { readonly type: 'array'; readonly items: infer I }
                  ? readonly Infer<I, D>[]
                  : S extends { readonly type: 'array' }
                    ? readonly unknown[]
                    : S extends { readonly type: 'object' }
                      ? ObjectOf<S, D>
                      : unknown;
