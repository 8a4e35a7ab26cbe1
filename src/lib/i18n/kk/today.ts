/**
 * Kazakh for the Today screen: the banner, alerts, what is coming up, the condition cards.
 */
import type { Translation } from '../catalog';
import type { today as english } from '../en/today';

export const today = {
	'today.title': 'Бүгін',
	'today.demo': 'Бұл – демо іс: Алматыда алты жылға шартты түрде сотталған адамның ойдан құрастырылған ісі. Кез келген әрекетті байқап көріңіз; мұндағы ештеңе сізге қатысты емес.',
	'today.removeDemo': 'Демо істі жою',
	'today.alerts': 'Ескертулер',
	'today.noAlerts': 'Ескерту жоқ.',
	'today.hiddenAlerts': (p, f) => `Жасырылған еске салулар (${f.number(p.count)})`,
	'today.comingUp': 'Алдағы мерзімдер',
	'today.nothingComingUp': 'Жоспарланған ештеңе жоқ.',
	'today.conditions': 'Сіздің талаптарыңыз',
	'today.noConditions': 'Әзірге талап қосылмаған.',
	'today.addCondition': 'Талап қосу',
	'today.canI': 'Мұны істеуге бола ма?',
	'today.canIHint': 'Жоспарыңызды орындамас бұрын оны тыйымдарыңызбен салыстырып тексеріңіз.',
	'today.asOf': (p) => `${p.at} жағдайы бойынша`,
	'today.loadFailed': 'Деректеріңізді осы құрылғыда оқу мүмкін болмады. Ештеңе өзгертілген жоқ.',

	'time.relativeDays': (p, f) => f.relativeDays(p.days),
	'alert.due': (p) => `Мерзімі: ${p.relative} (${p.at})`,
	'alert.overdue': (p) => `Мерзімі өтіп кетті (${p.date})`,
	'alert.event': (p) => `${p.at}`,
	'alert.hide': 'Жасыру',
	'alert.hideLabel': (p) => `Жасыру: ${p.text}`,
	'next.when': (p) => `${p.relative}, ${p.at}`,

	'action.reportedToday': 'Бүгін пробация қызметіне бардым',
	'action.recordPayment': 'Төлемді жазу',
	'action.markDone': 'Орындалды деп белгілеу',
	'action.planTrip': 'Сапар жоспарлау',
	'action.recordChange': 'Өзгерісті жазу',
	'action.checkActivity': 'Жоспарды осы тыйыммен салыстыру',
	'action.details': (p) => `Толығырақ: ${p.title}`,
	'action.recorded': 'Жазылды.'
} satisfies Translation<typeof english>;
