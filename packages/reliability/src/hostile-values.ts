/**
 * Values no well-behaved client sends, by the kind of slot they go into. Each must be refused, except
 * `semantic` ones (e.g. -1 as an expected version), which may also be an idempotent no-op: the
 * checksum of the seller's rows shows that nothing changed either way.
 */
export type HostileValue = { label: string; value: unknown; semantic?: boolean };

const MEGABYTE = 'x'.repeat(1024 * 1024);

export function invalidValuesFor(scalar: string): HostileValue[] {
  const common: HostileValue[] = [
    { label: 'an object', value: { nested: { deeper: true } } },
    { label: 'a boolean', value: true },
  ];
  const numbers: HostileValue[] = [
    { label: 'negative', value: -1, semantic: true },
    { label: 'fractional', value: 1.5 },
    { label: 'beyond 32 bits', value: 2 ** 31 },
    { label: 'beyond safe integers', value: 2 ** 53 + 2 },
    { label: 'huge', value: 1e308 },
    { label: 'a numeric string', value: '12' },
  ];
  const strings: HostileValue[] = [
    { label: '1 MB string', value: MEGABYTE },
    { label: 'NUL byte', value: 'before\u0000after' },
    { label: 'lone surrogate', value: 'half \uD800 a pair' },
  ];
  const ids: HostileValue[] = [
    { label: 'SQL in an ID', value: "' OR '1'='1' --" },
    { label: 'path in an ID', value: '../../../etc/passwd' },
    { label: 'NUL in an ID', value: '00000000-0000-4000-8000-00000000000\u0000' },
    { label: 'long ID', value: 'f'.repeat(10_000) },
    { label: 'a number as ID', value: 12345 },
  ];
  const byKind: Record<string, HostileValue[]> = {
    Int: numbers,
    SafeInt: numbers,
    Float: numbers.filter((v) => v.label !== 'fractional'),
    String: strings,
    ID: ids,
    DateTime: [
      ...strings,
      { label: 'not a date', value: '2026-13-45T99:99:99Z' },
      { label: 'year 99999', value: '+099999-01-01T00:00:00Z' },
    ],
    Boolean: [
      { label: 'a string', value: 'yes' },
      { label: 'a number', value: 1 },
    ],
    JSON: [{ label: '1 MB JSON string', value: MEGABYTE }],
  };
  const specific = byKind[scalar] ?? [{ label: 'an unknown enum value', value: 'NOT_A_VALUE' }, ...strings];
  return [...specific, ...common.filter((c) => !(scalar === 'Boolean' && typeof c.value === 'boolean'))];
}

/**
 * Text that is valid but dangerous where it is shown: it may be stored, and must then come out as
 * the same text (escaped in HTML, literal in PDFs), never as markup or a query.
 */
export const HOSTILE_TEXT = [
  `<script>alert("od-xss")</script><img src=x onerror=alert(1)>`,
  `'; DROP TABLE orders; -- od-sql`,
  `\u202Eevil-rtl\u202C zero\u200Bwidth \uFEFFbom 👩‍👩‍👧 e\u0301`,
];
