import type { Component } from 'svelte';

/**
 * Set once everything on this phone was erased (erase.ts): the screen that says so, which the
 * app then shows alone until it is opened again.
 */
export const erasure = $state<{ screen: Component | undefined }>({ screen: undefined });
