// Turns a catalogue's literal type into its shape: every string leaf becomes `string`, so translations must
// have the same keys as English but may say anything.
export type Widen<T> = T extends string ? string : T extends object ? { [K in keyof T]: Widen<T[K]> } : T;
