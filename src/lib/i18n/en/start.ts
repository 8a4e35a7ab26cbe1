/**
 * English for the start screens.
 */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';

export const start = {
} satisfies CatalogShape;

// Formatter is here for messages that format dates, money or plurals.
export type { Formatter };
