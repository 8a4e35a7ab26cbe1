/**
 * Activities NEAR a ban category without being in its lexicon (lexicon.ts): a book reading when
 * journalism is banned, volunteering when civic activity is. Screening that finds none of a ban's
 * words but one of these says "unclear — ask in writing and log the answer" (screen.ts), never
 * "allowed". Same entry syntax as the lexicon; all three languages are searched.
 *
 * Recall over precision here, unlike the lexicon: a false "unclear" costs a question, a missed one
 * may cost a breach. Still, nothing in an ordinary errand: no "reading", no "meeting" alone.
 */
import type { BanCategory } from './checkins';
import type { LexiconEntries } from './lexicon';

export const NEAR: Readonly<Record<BanCategory, LexiconEntries>> = {
	political: {
		en: ['debate*', 'town hall*', 'public hearing*', 'meet* the mayor', 'meet* a deputy', 'meeting with a deputy', 'akimat*', 'parliament*'],
		ru: ['дебат*', 'публичн* слушани*', 'встреч* с депутат*', 'встреч* с аким*', 'акимат*', 'парламент*'],
		kk: ['дебат*', 'әкімдік*', 'әкіммен кездесу*', 'депутатпен кездесу*']
	},
	civic: {
		en: ['volunteer*', 'residents meeting*', 'residents’ meeting*', "residents' meeting*", 'tenants meeting*', 'parents committee*', 'school council*', 'community meeting*', 'neighbourhood meeting*', 'association*', 'mentor*'],
		ru: ['волонтер*', 'собрани* жильцов', 'собрани* собственников', 'родительск* комитет*', 'попечительск* совет*', 'субботник*', 'наставни*', 'ассоциаци*'],
		kk: ['волонтер*', 'еріктілер*', 'ерікті болу*', 'ерікті ретінде*', 'тұрғындар жиналысы*', 'ата-аналар комитеті*', 'сенбілік*']
	},
	journalism: {
		en: ['book reading*', 'poetry reading*', 'public reading*', 'literary evening*', 'book club*', 'lecture*', 'give a talk', 'giving a talk', 'gave a talk', 'public talk*', 'speech*', '!speech therap*', 'lead* a training', 'give a training', 'run* a training', 'conduct* a training', 'hold* a training', 'panel discussion*', 'conference*', 'seminar*', 'webinar*', 'workshop*', 'master class*', 'masterclass*', 'essay*', 'newsletter*', 'exhibition*', 'film screening*', 'documentar*', 'translat* a book'],
		ru: ['чтени* книг*', 'литературн* вечер*', 'книжн* клуб*', 'лекци*', 'выступ*', 'доклад*', 'семинар*', 'тренинг*', 'вебинар*', 'мастер-класс*', 'конференци*', 'эссе', 'рассылк*', 'выставк*', 'показ* фильм*', 'документальн*', 'перев* книг*'],
		kk: ['кітап оқу*', 'әдеби кеш*', 'дәріс*', 'баяндама*', 'сөз сөйле*', 'семинар*', 'тренинг*', 'вебинар*', 'конференция*', 'көрме*', 'деректі фильм*']
	},
	'social-media': {
		en: ['blog*', 'vlog*', 'livestream*', 'live stream*', 'stream on*', 'upload*', 'website*', 'comment*', 'forum*', 'channel*'],
		ru: ['блог*', 'влог*', 'стрим*', 'прям* эфир*', 'сайт*', 'коммент*', 'форум*', 'канал', 'канале', 'каналу', 'каналы', 'каналов', 'выложить', 'выложу'],
		kk: ['блог*', 'тікелей эфир*', 'сайт*', 'пікір*']
	},
	charitable: {
		en: ['donat*', 'fundrais*', 'raise money', 'raising money', 'collect* money', 'food bank*', 'orphanage*', 'shelter*', 'help* the needy', 'help* the poor'],
		ru: ['пожертв*', 'сбор* денег', 'собрать деньги', 'собираем деньги', 'приют*', 'детск* дом*', 'детдом*', 'помощь нуждающимся', 'помочь нуждающимся'],
		// Not садақа: alms are religious practice, which the lexicon leaves alone (lexicon.ts).
		kk: ['балалар үйі*', 'мұқтаж*']
	},
	religious: {
		en: ['sermon*', 'preach*', 'prayer group*', 'religious lesson*', 'quran lesson*', 'bible study', 'bible class*'],
		ru: ['пропове*', 'уроки корана', 'урок* корана', 'религиозн* урок*', 'изучени* библи*'],
		kk: ['уағыз*', 'құран сабағы*', 'діни сабақ*']
	},
	assembly: {
		en: ['gathering*', 'flash mob*', 'flashmob*', 'parade*', 'concert*', 'festival*'],
		ru: ['собрани*', 'флешмоб*', 'парад*', 'концерт*', 'фестивал*', 'шестви*'],
		kk: ['жиын*', 'флешмоб*', 'шеру*', 'концерт*', 'фестиваль*']
	},
	other: { en: [], ru: [], kk: [] }
};
