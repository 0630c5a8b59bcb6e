import type { EntityKind } from '../analysis/types';

/** Token types in legend order; the single source of truth, checked against package.json by a test. */
export const TOKEN_TYPES: readonly EntityKind[] = ['person', 'organization', 'place', 'date', 'commitment'];

/** Token modifiers in legend order. */
export const TOKEN_MODIFIERS: readonly string[] = ['official'];

/** The legend sent in the server capabilities. */
export const legend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/** Bit of the `official` modifier. */
export const OFFICIAL_MODIFIER = 1 << TOKEN_MODIFIERS.indexOf('official');
