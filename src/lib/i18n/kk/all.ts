/** Every Kazakh string at once, for tests and the bench (the app loads them screen by screen). */
import { core } from './core';
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

export const kk = { ...core, ...conditions, ...checkin, ...history, ...screening, ...start, ...settings, ...issues, ...calendar, ...describe, ...share, ...family, ...erase, ...report, ...backup, ...revocation, ...revocationToday, ...letters, ...lock };
