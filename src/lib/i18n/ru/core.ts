/** Russian for what the first screen needs (English: en/index.ts, enCore), fetched as one chunk. */
import { app } from './app';
import { engine } from './engine';
import { today } from './today';
import { pwa } from './pwa';

export const core = { ...app, ...engine, ...today, ...pwa };
