/**
 * English: the reference catalog. Every other language has exactly these keys, with the same
 * parameters. Each feature keeps its strings in its own file here.
 */
import { app } from './app';
import { engine } from './engine';
import { today } from './today';
import { conditions } from './conditions';
import { checkin } from './checkin';
import { history } from './history';
import { screening } from './screening';
import { start } from './start';
import { settings } from './settings';
import { pwa } from './pwa';

export const en = { ...app, ...engine, ...today, ...conditions, ...checkin, ...history, ...screening, ...start, ...settings, ...pwa };

export type MessageKey = keyof typeof en;
