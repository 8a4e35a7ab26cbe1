/**
 * English: the reference catalog. Every other language has exactly these keys, with the same
 * parameters. Each feature keeps its strings in its own file here.
 *
 * Only the frame, the engine's words and Today (`enCore`) are part of the first visit; each
 * other screen brings its own file when it is opened (see `i18n.use`). All of them together
 * (`en`, in all.ts) are the reference the tests check every language and every screen against.
 */
import { app } from './app';
import { engine } from './engine';
import { today } from './today';
import { pwa } from './pwa';
import type { conditions } from './conditions';
import type { checkin } from './checkin';
import type { history } from './history';
import type { screening } from './screening';
import type { start } from './start';
import type { settings } from './settings';
import type { issues } from './issues';
import type { calendar } from './calendar';
import type { describe } from './describe';
import type { share } from './share';
import type { family } from './family';
import type { erase } from './erase';
import type { report } from './report';
import type { backup } from './backup';
import type { revocation } from './revocation';
import type { revocationToday } from './revocationToday';
import type { lock } from './lock';
import type { letters } from './letters';

export const enCore = { ...app, ...engine, ...today, ...pwa };

export type MessageKey = keyof (typeof enCore &
	typeof conditions &
	typeof checkin &
	typeof history &
	typeof screening &
	typeof start &
	typeof settings &
	typeof issues &
	typeof calendar &
	typeof describe &
	typeof share &
	typeof family &
	typeof erase &
	typeof report &
	typeof backup &
	typeof revocation &
	typeof revocationToday &
	typeof letters &
	typeof lock);
