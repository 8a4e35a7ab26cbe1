/**
 * Kazakh for the app's frame: its name, navigation and common actions.
 */
import type { Translation } from '../catalog';
import type { app as english } from '../en/app';

export const app = {
	'app.name': 'Clearday',
	'app.tagline': 'Жазаңыздың талаптары, мерзімдері мен жазбаларыңыз – тек өз телефоныңызда.',

	'nav.label': 'Негізгі мәзір',
	'nav.today': 'Бүгін',
	'nav.checkIn': 'Белгілеу',
	'nav.conditions': 'Талаптар',
	'nav.history': 'Тарих',
	'nav.more': 'Тағы',
	'common.save': 'Сақтау',
	'common.cancel': 'Болдырмау',
	'common.back': 'Артқа',
	'common.loading': 'Жүктелуде…',
	'common.optional': 'міндетті емес',
	'common.fixProblems': 'Төмендегі қателерді түзетіңіз. Ештеңе сақталған жоқ.',
	'error.storage.quota': 'Телефон жадында бос орын қалмады. Ештеңе сақталған жоқ. Орын босатып, қайталап көріңіз.',
	'error.storage.unavailable': 'Бұл браузер қолданбаға деректерді сақтауға мүмкіндік бермейді (жасырын режим қосулы ма?). Ештеңе сақталған жоқ.',
	'error.storage.locked': 'Clearday құлыптаулы. Ештеңе сақталмады. Қолданбаның құлпын ашып, қайталап көріңіз.',
	'error.storage.unknown': 'Телефон мұны сақтай алмады. Ештеңе сақталған жоқ. Қайталап көріңіз.',
	'error.unexpected': 'Бірдеңе дұрыс болмады. Ештеңе өзгертілген жоқ. Қолданбаны қайта жүктеңіз.'
} satisfies Translation<typeof english>;
