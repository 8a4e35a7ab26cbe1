/** Every English string at once: the reference for tests (the app loads them screen by screen). */
import { enCore } from './index';
import { conditions } from './conditions';
import { checkin } from './checkin';
import { history } from './history';
import { screening } from './screening';
import { start } from './start';
import { settings } from './settings';
import { issues } from './issues';
import { calendar } from './calendar';
import { describe } from './describe';
import { share } from './share';
import { family } from './family';
import { erase } from './erase';
import { lock } from './lock';
import { report } from './report';
import { backup } from './backup';
import { revocation } from './revocation';
import { revocationToday } from './revocationToday';
import { letters } from './letters';

export const en = { ...enCore, ...conditions, ...checkin, ...history, ...screening, ...start, ...settings, ...issues, ...calendar, ...describe, ...share, ...family, ...erase, ...report, ...backup, ...revocation, ...revocationToday, ...letters, ...lock };

/** The screens' catalogs, for tests that render every screen's strings (`englishMessages(zone, SCREENS)`). */
export const SCREENS = [conditions, checkin, history, screening, start, settings, issues, calendar, describe, share, family, erase, report, backup, revocation, revocationToday, letters, lock];
