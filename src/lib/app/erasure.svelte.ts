/** Set once everything on this phone was erased (erase.ts): the app then shows only that, until opened again. */
export const erasure = $state({ done: false });
