/** The request to keep the app's storage: it lives with the settings it writes (settings.ts). */
export { requestPersistence } from './settings';
