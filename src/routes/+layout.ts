// The app is a static shell: no server rendering, every route prerendered.
export const ssr = false;
export const prerender = true;
