/**
 * English for the screening screens.
 */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';

export const screening = {
} satisfies CatalogShape;

// Formatter is here for messages that format dates, money or plurals.
export type { Formatter };
