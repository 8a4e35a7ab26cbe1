import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseCaseFile } from './casefile';
import { BAN_CATEGORIES, type BanCategory } from './checkins';
import { LEXICON } from './lexicon';
import { screenActivity, type BanMatch } from './screen';
import type { CaseFile } from './types';

function caseFile(rules: object[]): CaseFile {
	return parseCaseFile({
		format: 'clearday-case',
		version: 1,
		case: { id: 'c1', title: 'Suspended sentence', timeZone: 'Asia/Almaty', sentence: { from: '2023-04-25', until: '2029-04-24' } },
		rules,
		checkIns: []
	});
}

function ban(id: string, categories: readonly BanCategory[], extra: object = {}) {
	return { id, kind: 'activity-ban', title: `Ban ${id}`, categories, ...extra };
}

const EVERYTHING = caseFile([ban('ban', BAN_CATEGORIES)]);

function lexiconMatch(category: BanCategory, words: string[], ruleId = 'ban'): BanMatch {
	return { ruleId, category, words, source: 'lexicon' };
}

function keywordMatch(category: BanCategory, words: string[], ruleId = 'ban'): BanMatch {
	return { ruleId, category, words, source: 'keyword' };
}

describe('screenActivity: the lexicon, per category and language', () => {
	it.each<[string, BanCategory, string[]]>([
		// political
		['Attend the opposition party congress', 'political', ['opposition', 'party congress']],
		['Observe the elections in Almaty', 'political', ['elections']],
		['вступить в партию «Аманат»', 'political', ['партию']],
		['агитировать за кандидата в депутаты маслихата', 'political', ['агитировать', 'кандидата в депутаты', 'маслихата']],
		['быть наблюдателем на выборах', 'political', ['выборах']],
		['сайлауға қатысу', 'political', ['сайлауға']],
		['саяси партияның жиналысына бару', 'political', ['саяси', 'партияның']],
		// civic
		['speak at a round table of NGOs on human rights', 'civic', ['round table', 'NGOs', 'human rights']],
		['выступить на круглом столе правозащитников', 'civic', ['круглом столе', 'правозащитников']],
		['провести тренинг для активистов', 'civic', ['тренинг', 'активистов']],
		['дөңгелек үстелге қатысу', 'civic', ['дөңгелек үстелге']],
		['қоғамдық ұйымның семинарына бару', 'civic', ['қоғамдық ұйымның', 'семинарына']],
		// journalism
		['give an interview to a newspaper', 'journalism', ['interview', 'newspaper']],
		['book review for a local magazine', 'journalism', ['book review', 'magazine']],
		['дать интервью газете', 'journalism', ['интервью', 'газете']],
		['написать статью в журнал', 'journalism', ['статью']],
		['газетке сұхбат беру', 'journalism', ['газетке', 'сұхбат']],
		['мақала жазу', 'journalism', ['мақала']],
		// social media
		['post a photo on Instagram', 'social-media', ['post', 'Instagram']],
		['выложить пост в инстаграме', 'social-media', ['пост', 'инстаграме']],
		['вести стрим на ютубе', 'social-media', ['стрим', 'ютубе']],
		['әлеуметтік желіде пост жазу', 'social-media', ['әлеуметтік желіде', 'пост']],
		['тиктокқа видео салу', 'social-media', ['тиктокқа', 'видео салу']],
		// charitable
		['volunteer at a charity fundraiser', 'charitable', ['volunteer', 'charity', 'fundraiser']],
		['сбор средств на лечение ребёнка', 'charitable', ['сбор средств']],
		['волонтёром в благотворительном фонде', 'charitable', ['волонтёром', 'благотворительном']],
		['қайырымдылық акциясына қатысу', 'charitable', ['қайырымдылық']],
		['емделуге қаржы жинау', 'charitable', ['қаржы жинау']],
		// religious
		['lead a Bible study group', 'religious', ['Bible study']],
		['читать проповедь в молельном доме', 'religious', ['проповедь']],
		['жұма сайын уағыз айту', 'religious', ['уағыз']],
		// assembly
		['join the protest rally downtown', 'assembly', ['protest', 'rally']],
		['пойти на митинг, а потом на митинге выступить', 'assembly', ['митинг', 'митинге']],
		['одиночный пикет у акимата', 'assembly', ['пикет']],
		['митингіге бару', 'assembly', ['митингіге']],
		['наразылық акциясына шығу', 'assembly', ['наразылық акциясына']],
		['шеруге қатысу', 'assembly', ['шеруге']],
		// other
		['make a public statement', 'other', ['public statement']]
	])('%s → %s %j', (text, category, words) => {
		expect(screenActivity(EVERYTHING, text)).toEqual([lexiconMatch(category, words)]);
	});

	it('reads everyday spellings: ё, capitals, Kazakh typed without Kazakh letters, a Latin i inside a Cyrillic word', () => {
		expect(screenActivity(EVERYTHING, 'ВОЛОНТЕР')).toEqual([lexiconMatch('charitable', ['ВОЛОНТЕР'])]);
		expect(screenActivity(EVERYTHING, 'макала жаздым')).toEqual([lexiconMatch('journalism', ['макала'])]);
		expect(screenActivity(EVERYTHING, 'кайырымдылык кеши')).toEqual([lexiconMatch('charitable', ['кайырымдылык'])]);
		expect(screenActivity(EVERYTHING, 'митингiге бардым')).toEqual([lexiconMatch('assembly', ['митингiге'])]);
		expect(screenActivity(EVERYTHING, 'Instagram’ға сурет')).toEqual([lexiconMatch('social-media', ['Instagram'])]);
	});

	it('reads hashtags and mentions, camel-case hashtags word by word', () => {
		expect(screenActivity(EVERYTHING, 'сегодня #митинг в 18:00')).toEqual([lexiconMatch('assembly', ['митинг'])]);
		expect(screenActivity(EVERYTHING, '#StopTheRally')).toEqual([lexiconMatch('assembly', ['Rally'])]);
		expect(screenActivity(EVERYTHING, 'отметить @tiktok')).toEqual([lexiconMatch('social-media', ['tiktok'])]);
		expect(screenActivity(EVERYTHING, '#ЗаЧистыйВоздухМитинг')).toEqual([lexiconMatch('assembly', ['Митинг'])]);
		expect(screenActivity(EVERYTHING, '#TikTok')).toEqual([lexiconMatch('social-media', ['TikTok'])]);
	});

	it('searches all three languages whatever the locale, and reports categories in BAN_CATEGORIES order', () => {
		const text = 'пост в Instagram про rally и сұхбат с журналистом';
		const expected = [
			lexiconMatch('journalism', ['сұхбат', 'журналистом']),
			lexiconMatch('social-media', ['пост', 'Instagram']),
			lexiconMatch('assembly', ['rally'])
		];
		expect(screenActivity(EVERYTHING, text, 'en')).toEqual(expected);
		expect(screenActivity(EVERYTHING, text, 'ru')).toEqual(expected);
		expect(screenActivity(EVERYTHING, text, 'kk')).toEqual(expected);
	});

	it('reports each word once, as written, in text order, with spacing collapsed', () => {
		expect(screenActivity(EVERYTHING, 'Митинг, ещё митинг и снова МИТИНГИ')).toEqual([lexiconMatch('assembly', ['Митинг', 'МИТИНГИ'])]);
		expect(screenActivity(EVERYTHING, 'на круглом\n   столе')).toEqual([lexiconMatch('civic', ['круглом столе'])]);
	});

	it('takes the longest phrase where entries overlap', () => {
		expect(screenActivity(EVERYTHING, 'пресс-конференция')).toEqual([lexiconMatch('journalism', ['пресс-конференция'])]);
		expect(screenActivity(EVERYTHING, 'стать кандидатом в депутаты')).toEqual([lexiconMatch('political', ['кандидатом в депутаты'])]);
	});

	it('does not read a plain word as the front of a hyphenated compound, but a stem or a later part still counts', () => {
		expect(screenActivity(EVERYTHING, 'a post-war novel')).toEqual([]);
		expect(screenActivity(EVERYTHING, 'an instagram-post')).toEqual([lexiconMatch('social-media', ['instagram', 'post'])]);
		expect(screenActivity(EVERYTHING, 'фейсбук-страница')).toEqual([lexiconMatch('social-media', ['фейсбук'])]);
		expect(screenActivity(EVERYTHING, 'a counter-protest')).toEqual([lexiconMatch('assembly', ['counter-protest'])]);
	});

	it('keeps exclusions out of their category only', () => {
		expect(screenActivity(EVERYTHING, 'send it by post from the post office')).toEqual([]);
		expect(screenActivity(EVERYTHING, 'пост ГАИ на трассе')).toEqual([]);
		expect(screenActivity(EVERYTHING, 'соблюдаю Великий пост')).toEqual([]);
		expect(screenActivity(EVERYTHING, 'осуждён по статье 274 УК')).toEqual([]);
		expect(screenActivity(EVERYTHING, 'протест прокурора по моему делу')).toEqual([]);
		expect(screenActivity(EVERYTHING, 'job interview at a bank')).toEqual([]);
		expect(screenActivity(EVERYTHING, 'баспасөз мәслихатына бару')).toEqual([lexiconMatch('journalism', ['баспасөз'])]);
		// The exclusion "партия товара" does not hide the assembly in the same sentence.
		expect(screenActivity(EVERYTHING, 'партия товара для митинга')).toEqual([lexiconMatch('assembly', ['митинга'])]);
	});

	it('matches every lexicon entry with its own words, and no exclusion with its own words', () => {
		const failures: string[] = [];
		for (const category of BAN_CATEGORIES) {
			for (const entry of [...LEXICON[category].en, ...LEXICON[category].ru, ...LEXICON[category].kk]) {
				const exclusion = entry.startsWith('!');
				const text = entry.replace(/^!/, '').replaceAll('*', '').replace(/(^|\s)#(?=\s|$)/g, '$1274');
				const matched = screenActivity(EVERYTHING, text).some((match) => match.category === category);
				if (matched === exclusion) failures.push(`${category}: ${entry}`);
			}
		}
		expect(failures).toEqual([]);
	});
});

describe('screenActivity: innocent activities', () => {
	const INNOCENT = [
		// English
		'buy groceries',
		"doctor's appointment",
		'post office',
		'pick up a parcel at the post office',
		'birthday party for my mum',
		'dinner party with friends',
		'football with my son',
		'work in the office',
		'job interview at a bank',
		'read the newspaper over breakfast',
		'report to the probation officer',
		'pay the fine at the bank',
		'go to the gym for training',
		'fix the car at the garage',
		'visit grandma in hospital',
		'walk the dog in the park',
		'book a table for Friday',
		'go to church on Sunday',
		'donate blood at the clinic',
		'trip to Astana in March',
		'listen to a podcast on the bus',
		'post-operative check-up',
		// Russian
		'пойти в магазин',
		'постановление суда прочитать',
		'поставить машину',
		'постелить постель',
		'постирать бельё',
		'день рождения мамы',
		'футбол с сыном',
		'работа в офисе',
		'отправить посылку',
		'сходить в баню',
		'купить партию товара',
		'сыграть партию в шахматы',
		'расписаться в журнале у инспектора',
		'собеседование на работу',
		'записаться к врачу',
		'забрать ребёнка из садика',
		'купить эфирное масло',
		'тренировка в спортзале',
		'маршрут до работы',
		'в марте поеду к бабушке',
		'встреча одноклассников',
		'оплатить штраф по статье 74 КоАП',
		'протестировать новую программу на работе',
		'политика конфиденциальности банка',
		'купить круглый стол на кухню',
		'открыть письмо от банка',
		'сходить в церковь',
		// Kazakh
		'дүкенге бару',
		'дәрігерге бару',
		'балаларды мектепке апару',
		'анамның туған күні',
		'жұмысқа бару',
		'пошта бөлімшесіне бару',
		'пойызға билет алу',
		'наурыз мейрамы',
		'құқық қорғау органдарына бару',
		'баспалдақпен көтерілу',
		'киімдерімді жинадым',
		'көлікті жөндеу',
		'футбол ойнау',
		'мешітке намазға бару',
		'ақша жинап жүрмін',
		'пробация инспекторына бару'
	];

	it('has at least 40 of them, in all three languages', () => {
		expect(INNOCENT.length).toBeGreaterThanOrEqual(40);
		expect(INNOCENT.filter((text) => /[a-z]/i.test(text)).length).toBeGreaterThanOrEqual(10);
		expect(INNOCENT.filter((text) => /[әіңғүұқөһ]/.test(text)).length).toBeGreaterThanOrEqual(10);
	});

	it.each(INNOCENT)('%s matches nothing under a ban of every category', (text) => {
		expect(screenActivity(EVERYTHING, text)).toEqual([]);
		expect(screenActivity(EVERYTHING, text, 'kk')).toEqual([]);
	});
});

describe('Kazakh everyday words', () => {
	it.each<[string, BanCategory, string[]]>([
		// social networks, their everyday names and what people do there
		['инстаграмға сторис салу', 'social-media', ['инстаграмға', 'сторис']],
		['фейсбукта жазба жариялау', 'social-media', ['фейсбукта', 'жазба жариялау']],
		['телеграм-арнада пост жазу', 'social-media', ['телеграм-арнада', 'пост']],
		['тиктокқа видео салдым', 'social-media', ['тиктокқа', 'видео салдым']],
		['ютубта тікелей эфир жүргізу', 'social-media', ['ютубта', 'тікелей эфир']],
		['постымды жойдым', 'social-media', ['постымды']],
		['досымның жазбасына лайк басу', 'social-media', ['лайк басу']],
		['сот туралы интернетке жариялау', 'social-media', ['интернетке жариялау']],
		['блог жүргізу', 'social-media', ['блог']],
		// assemblies
		['митингке шығу', 'assembly', ['митингке']],
		['әкімдік алдында пикетке тұру', 'assembly', ['пикетке']],
		['наразылық акциясына бару', 'assembly', ['наразылық акциясына']],
		['жұмысшылар ереуілге шықты', 'assembly', ['ереуілге']],
		['аштық жариялау', 'assembly', ['аштық жариялау']],
		['аштық акциясын қолдау', 'assembly', ['аштық акциясын']],
		// journalism
		['телеарнаға сұхбат беру', 'journalism', ['сұхбат']],
		['газетке мақала жазу', 'journalism', ['газетке', 'мақала']],
		['подкаст жазу', 'journalism', ['подкаст']],
		['кітапқа шолу жасау', 'journalism', ['кітапқа шолу']],
		['жаңа кітап туралы шолу жазу', 'journalism', ['кітап туралы шолу']],
		// charity
		['науқас балаға қаражат жинау', 'charitable', ['қаражат жинау']],
		['еріктілер тобына қосылу', 'charitable', ['еріктілер']],
		['гуманитарлық көмек тарату', 'charitable', ['гуманитарлық көмек']],
		['аз қамтылған отбасыларға көмек көрсету', 'charitable', ['аз қамтылған отбасыларға көмек']],
		// politics
		['партияға мүше болу', 'political', ['партияға']],
		['сайлауда бақылаушы болу', 'political', ['сайлауда']],
		['тәуелсіз бақылаушы ретінде бару', 'political', ['тәуелсіз бақылаушы']],
		['кандидат үшін үгіттеу', 'political', ['үгіттеу']],
		// civic
		['петицияға қол қою', 'civic', ['петицияға']],
		['ашық үндеуге қол қою', 'civic', ['ашық үндеуге']],
		['тұрғындардан қол жинау', 'civic', ['қол жинау']],
		['дөңгелек үстелде сөйлеу', 'civic', ['дөңгелек үстелде']],
		['жастарға тренинг өткізу', 'civic', ['тренинг']],
		['вебинар жүргізу', 'civic', ['вебинар']],
		['семинарға қатысу', 'civic', ['семинарға']]
	])('%s → %s %j', (text, category, words) => {
		expect(screenActivity(EVERYTHING, text, 'kk')).toEqual([lexiconMatch(category, words)]);
	});

	it.each([
		'айыппұлды ерікті түрде төлеу',
		'инспектормен профилактикалық сұхбат',
		'дәрігермен сұхбат',
		'гуманитарлық пәндер бойынша емтихан',
		'банктің құпиялылық саясаты',
		'тауар партиясын қабылдау',
		'бір партия шахмат ойнау',
		'жұма уағызын тыңдау',
		'автобуста подкаст тыңдау',
		'пробацияда журналға қол қою',
		'ата-аналар жиналысына бару',
		'дүкенде акция болып жатыр',
		'мерекелік шеруді теледидардан көру',
		'интернетке ақша салу',
		'садақа беру',
		'ораза ұстау',
		'зекет беру',
		'қоғамдық жұмыстарды өтеу',
		'нанды үгіту',
		'телеграмда анама хат жазу',
		'асүйге дөңгелек үстел сатып алу',
		'кешке серуендеуге шығу',
		'мақаланы оқыдым',
		'ақша жинап, көлік алу'
	])('%s matches nothing under a ban of every category', (text) => {
		expect(screenActivity(EVERYTHING, text, 'kk')).toEqual([]);
	});
});

describe('Russian everyday words', () => {
	it.each<[string, BanCategory, string[]]>([
		// social media: the networks by their everyday names, and what people do there
		['выложить сторис в инсту', 'social-media', ['сторис', 'инсту']],
		['написать пост в фейсбуке', 'social-media', ['пост', 'фейсбуке']],
		['сториз в фэйсбуке', 'social-media', ['сториз', 'фэйсбуке']],
		['завести телеграм-канал', 'social-media', ['телеграм-канал']],
		['снять видео для тиктока', 'social-media', ['тиктока']],
		['загрузить ролик на ютюб', 'social-media', ['ютюб']],
		['сделать репост новости ВКонтакте', 'social-media', ['репост', 'ВКонтакте']],
		['поставить лайк под фото подруги', 'social-media', ['лайк']],
		['лайкнуть запись друга', 'social-media', ['лайкнуть']],
		['вести блог о жизни', 'social-media', ['блог']],
		['выйти в прямой эфир', 'social-media', ['прямой эфир']],
		['вести канал на Яндекс Дзене', 'social-media', ['Яндекс Дзене']],
		// assemblies
		['пойти на митинг', 'assembly', ['митинг']],
		['стоять в одиночном пикете', 'assembly', ['пикете']],
		['участвовать в шествии', 'assembly', ['шествии']],
		['выйти на акцию у акимата', 'assembly', ['выйти на акцию']],
		['объявить забастовку на заводе', 'assembly', ['забастовку']],
		['начать голодовку', 'assembly', ['голодовку']],
		['участие в мирном собрании', 'assembly', ['мирном собрании']],
		// journalism
		['дать интервью телеканалу', 'journalism', ['интервью']],
		['написать статью для сайта', 'journalism', ['статью']],
		['вести колонку в газете', 'journalism', ['вести колонку', 'газете']],
		['записать подкаст с другом', 'journalism', ['подкаст']],
		['выступить на радио', 'journalism', ['выступить на радио']],
		['написать рецензию на книгу', 'journalism', ['рецензию']],
		// charity
		['сделать пожертвование в фонд', 'charitable', ['пожертвование']],
		['благотворительность для детей', 'charitable', ['благотворительность']],
		['сбор средств для соседки', 'charitable', ['сбор средств']],
		['волонтёрство в приюте', 'charitable', ['волонтёрство']],
		['собрать деньги на операцию другу', 'charitable', ['собрать деньги на операцию']],
		['кормить бездомных по выходным', 'charitable', ['кормить бездомных']],
		// politics
		['вступить в партию', 'political', ['партию']],
		['голосовать на выборах', 'political', ['выборах']],
		['быть независимым наблюдателем', 'political', ['независимым наблюдателем']],
		// civic
		['подписать петицию', 'civic', ['петицию']],
		['открытое обращение к властям', 'civic', ['открытое обращение']],
		['сбор подписей против застройки', 'civic', ['сбор подписей']],
		['круглый стол по экологии', 'civic', ['круглый стол']],
		['провести тренинг', 'civic', ['тренинг']],
		['семинар для молодёжи', 'civic', ['семинар']],
		['вебинар о правах', 'civic', ['вебинар']],
		// other
		['выступить с речью на собрании', 'other', ['выступить с речью']]
	])('%s → %s %j', (text, category, words) => {
		expect(screenActivity(EVERYTHING, text, 'ru')).toEqual([lexiconMatch(category, words)]);
	});

	it.each([
		'постановление суда',
		'пошёл в магазин',
		'постоять в очереди в ЦОНе',
		'акция в магазине: скидка на молоко',
		'купить акции компании',
		'починить газовую колонку',
		'купить колонку для телефона',
		'погулять с собакой породы лайка',
		'купить лосины из лайкры',
		'лечебная голодовка три дня',
		'сделать выбор в пользу нового тарифа',
		'наблюдатель за погодой',
		'обращение в банк по кредиту',
		'сбор документов для пособия',
		'посмотреть футбол в прямой трансляции',
		'переписка в телеграме с братом',
		'отправить сообщение в вотсап',
		'пост ДПС на въезде в город',
		'фонд социального медицинского страхования'
	])('%s matches nothing', (text) => {
		expect(screenActivity(EVERYTHING, text, 'ru')).toEqual([]);
	});
});

describe('screenActivity: rules and their keywords', () => {
	it('reports only the categories the rule bans', () => {
		const file = caseFile([ban('sm', ['social-media'])]);
		expect(screenActivity(file, 'интервью газете на митинге и пост в инстаграме')).toEqual([lexiconMatch('social-media', ['пост', 'инстаграме'], 'sm')]);
		expect(screenActivity(file, 'интервью газете на митинге')).toEqual([]);
	});

	it('matches a keyword in any language, before the lexicon, under the lexicon category of the keyword', () => {
		const file = caseFile([ban('ban', ['journalism'], { keywords: ['book review', 'рецензи*'] })]);
		expect(screenActivity(file, 'рецензию на роман и book review')).toEqual([
			keywordMatch('journalism', ['рецензию', 'book review']),
			lexiconMatch('journalism', ['рецензию', 'book review'])
		]);
	});

	it('files a keyword under a banned category its own words fall in, else the only category, else other', () => {
		const twoCategories = caseFile([ban('ban', ['political', 'journalism'], { keywords: ['интервью*', 'Amanat', 'митинг*'] })]);
		expect(screenActivity(twoCategories, 'интервью для Amanat о митинге')).toEqual([
			keywordMatch('journalism', ['интервью']),
			// "Amanat" is in no lexicon; "митинг*" is assembly, which this rule does not ban.
			keywordMatch('other', ['Amanat', 'митинге']),
			lexiconMatch('journalism', ['интервью'])
		]);
		const oneCategory = caseFile([ban('ban', ['social-media'], { keywords: ['WhatsApp'] })]);
		expect(screenActivity(oneCategory, 'написать в WhatsApp')).toEqual([keywordMatch('social-media', ['WhatsApp'])]);
	});

	it('reads keyword endings only where the keyword has a star', () => {
		const exact = caseFile([ban('ban', ['other'], { keywords: ['кітап'] })]);
		expect(screenActivity(exact, 'кітап')).toEqual([keywordMatch('other', ['кітап'])]);
		expect(screenActivity(exact, 'кітапқа')).toEqual([]);
		const stem = caseFile([ban('ban', ['other'], { keywords: ['кітап*', 'дөңгелек үстел*'] })]);
		expect(screenActivity(stem, 'кітапқа пікір, дөңгелек үстелге бару')).toEqual([keywordMatch('other', ['кітапқа', 'дөңгелек үстелге'])]);
	});

	it('matches keywords as written, even where the lexicon excludes the words', () => {
		const file = caseFile([ban('ban', ['social-media'], { keywords: ['post office'] })]);
		expect(screenActivity(file, 'go to the post office')).toEqual([keywordMatch('social-media', ['post office'])]);
	});

	it('gives matches per rule, in file order, ignoring rules that are not bans', () => {
		const file = caseFile([
			ban('a', ['assembly']),
			{ id: 'fine', kind: 'deadline', title: 'Pay the fine', due: '2023-06-01', what: 'Pay the fine' },
			ban('b', ['journalism', 'assembly'], { keywords: ['Nariman'] })
		]);
		expect(screenActivity(file, 'интервью про Nariman на митинге')).toEqual([
			lexiconMatch('assembly', ['митинге'], 'a'),
			keywordMatch('other', ['Nariman'], 'b'),
			lexiconMatch('journalism', ['интервью'], 'b'),
			lexiconMatch('assembly', ['митинге'], 'b')
		]);
	});

	it('returns nothing for a file without bans or for a text without words', () => {
		expect(screenActivity(caseFile([]), 'митинг')).toEqual([]);
		expect(screenActivity(EVERYTHING, '')).toEqual([]);
		expect(screenActivity(EVERYTHING, ' ,.!?#@ 🙂 ')).toEqual([]);
	});
});

describe('screenActivity: at', () => {
	// Asia/Almaty moved from UTC+6 to UTC+5 at 2024-03-01 00:00 local: 23:00–24:00 on 29 February came twice.
	const file = caseFile([
		ban('ended', ['assembly'], { until: '2024-02-29' }),
		ban('later', ['assembly'], { from: '2024-06-01' }),
		ban('sentence', ['assembly'])
	]);
	const screenedAt = (at?: string) => screenActivity(file, 'митинг', 'ru', at === undefined ? undefined : new Date(at)).map((match) => match.ruleId);

	it('screens every ban without at', () => {
		expect(screenedAt()).toEqual(['ended', 'later', 'sentence']);
	});

	it('keeps a ban through the last millisecond of its last local day, the repeated hour included', () => {
		expect(screenedAt('2024-02-29T23:59:59.999+06:00')).toEqual(['ended', 'sentence']);
		expect(screenedAt('2024-02-29T23:30:00+05:00')).toEqual(['ended', 'sentence']);
		expect(screenedAt('2024-02-29T23:59:59.999+05:00')).toEqual(['ended', 'sentence']);
		expect(screenedAt('2024-03-01T00:00:00+05:00')).toEqual(['sentence']);
	});

	it('leaves out a ban not started yet until local midnight of its first day', () => {
		expect(screenedAt('2024-05-31T23:59:59.999+05:00')).toEqual(['sentence']);
		expect(screenedAt('2024-05-31T19:00:00Z')).toEqual(['later', 'sentence']);
	});

	it('defaults a ban to the sentence period', () => {
		expect(screenedAt('2023-04-24T23:59:59.999+06:00')).toEqual([]);
		expect(screenedAt('2023-04-25T00:00:00+06:00')).toEqual(['ended', 'sentence']);
		expect(screenedAt('2029-04-24T23:59:59.999+05:00')).toEqual(['later', 'sentence']);
		expect(screenedAt('2029-04-25T00:00:00+05:00')).toEqual([]);
	});

	it('refuses an invalid date', () => {
		expect(() => screenActivity(file, 'митинг', 'ru', new Date(Number.NaN))).toThrow(RangeError);
	});
});

describe('screenActivity: properties', () => {
	const lexiconWords = BAN_CATEGORIES.flatMap((category) => [...LEXICON[category].en, ...LEXICON[category].ru, ...LEXICON[category].kk]).map((entry) => entry.replace(/[!*#]/g, ''));
	const text = fc.oneof(
		fc.string({ unit: 'binary' }),
		fc.string({ unit: 'grapheme' }),
		fc.array(fc.oneof(fc.constantFrom(...lexiconWords), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom(' ', '-', '#', '@', '\n', '’')), { maxLength: 12 }).map((parts) => parts.join(''))
	);

	it('never throws, and reports only banned categories (or a keyword filed under other), with words from the text', () => {
		fc.assert(
			fc.property(text, fc.subarray([...BAN_CATEGORIES], { minLength: 1 }), fc.constantFrom('en' as const, 'ru' as const, 'kk' as const), (input, categories, locale) => {
				const file = caseFile([ban('ban', categories, { keywords: ['митинг*', 'Nariman'] })]);
				const collapsed = input.replace(/\s+/gu, ' ');
				for (const match of screenActivity(file, input, locale)) {
					expect(match.ruleId).toBe('ban');
					if (match.source === 'lexicon' || match.category !== 'other') expect(categories).toContain(match.category);
					expect(match.words.length).toBeGreaterThan(0);
					for (const word of match.words) expect(collapsed).toContain(word);
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('screens a paragraph in well under a millisecond', () => {
		const paragraph =
			'Tomorrow I want to take my son to football, then go to the post office and the bank to pay the fine. ' +
			'Потом хочу сходить в магазин, забрать посылку и, может быть, написать пост в инстаграме про день рождения мамы. ' +
			'Кешке дүкенге барып, анамның туған күніне сыйлық аламын, содан кейін достарыммен кездесемін. ' +
			'Maybe a friend will ask me to speak at a round table or give an interview — I would need to check first.';
		screenActivity(EVERYTHING, paragraph);
		const runs = 200;
		const start = performance.now();
		for (let i = 0; i < runs; i++) screenActivity(EVERYTHING, paragraph);
		expect((performance.now() - start) / runs).toBeLessThan(1);
	});
});

describe('screenActivity: clarifications of a ban', () => {
	const asked = { kind: 'clarification', ruleId: 'ban', question: 'What does the ban cover?', askedTo: 'Bostandyk District Court', at: '2024-09-10T10:00:00+05:00', recordedAt: '2024-09-10T10:00:00+05:00' };
	const answer = { on: '2024-10-02', source: 'Ruling of the Bostandyk District Court', covers: ['interview*', 'book review*', 'training*', 'writing books'], excludes: ['wedding*', 'book reading*'] };

	function clarified(checkIns: object[], categories: readonly BanCategory[] = ['journalism']): CaseFile {
		return parseCaseFile({
			format: 'clearday-case',
			version: 1,
			case: { id: 'c1', title: 'Suspended sentence', timeZone: 'Asia/Almaty', sentence: { from: '2023-04-25', until: '2029-04-24' } },
			rules: [ban('ban', categories)],
			checkIns
		});
	}
	const answered = () => clarified([{ ...asked, id: 'q1', recordedAt: '2024-10-03T09:00:00+05:00', answer }]);

	it('cites the answer first, before the lexicon, with its date, source and the items matched', () => {
		const matches = screenActivity(answered(), 'Give an interview to a newspaper');
		expect(matches[0]).toEqual({
			ruleId: 'ban',
			category: 'journalism',
			words: ['interview'],
			source: 'clarification',
			clarification: { checkInId: 'q1', on: '2024-10-02', source: 'Ruling of the Bostandyk District Court', verdict: 'covered', items: ['interview*'] }
		});
		expect(matches.slice(1).map((match) => match.source)).toEqual(['lexicon']);
	});

	it('finds what only the answer names (a training), filed under the ban’s only category', () => {
		const matches = screenActivity(answered(), 'Lead a two-day training for young lawyers');
		expect(matches.map((match) => [match.source, match.category, match.words, match.clarification?.verdict])).toEqual([['clarification', 'journalism', ['training'], 'covered']]);
	});

	it('says what an answer excludes, and drops word-list matches it settles', () => {
		const matches = screenActivity(answered(), 'Book reading at a friend’s wedding');
		expect(matches.map((match) => [match.source, match.words, match.clarification?.verdict])).toEqual([['clarification', ['Book reading', 'wedding'], 'excluded']]);
	});

	it('ignores a question without an answer, and an answer that a later correction replaced', () => {
		expect(screenActivity(clarified([{ ...asked, id: 'q1' }]), 'Lead a training').map((match) => match.source)).toEqual(['unclear']);
		const withdrawn = clarified([
			{ ...asked, id: 'q1', answer },
			{ ...asked, id: 'q2', supersedes: 'q1', recordedAt: '2024-10-05T10:00:00+05:00', answer: { ...answer, covers: ['round table*'] } }
		]);
		expect(screenActivity(withdrawn, 'Lead a training').some((match) => match.source === 'clarification')).toBe(false);
		expect(screenActivity(withdrawn, 'Round table on the new law')[0]!.clarification).toMatchObject({ checkInId: 'q2', items: ['round table*'] });
	});

	it('works across languages in the answer’s keyword syntax', () => {
		const file = clarified([{ ...asked, id: 'q1', answer: { ...answer, covers: ['интервью', 'сұхбат*'] } }]);
		expect(screenActivity(file, 'Газетке сұхбат беру')[0]).toMatchObject({ source: 'clarification', words: ['сұхбат'] });
	});
});

describe('screenActivity: unclear activities near a banned category', () => {
	it.each<[string, BanCategory, string[]]>([
		['A book reading at the city library', 'journalism', ['book reading']],
		['Литературный вечер в кофейне', 'journalism', ['Литературный вечер']],
		['Volunteer at the animal shelter', 'civic', ['Volunteer']],
		['Leave a comment on a forum', 'social-media', ['comment', 'forum']],
		['Открыть сайт о рецептах', 'social-media', ['сайт']],
		['Помочь детскому дому', 'charitable', ['детскому дому']],
		['Go to a concert', 'assembly', ['concert']],
		['Meet the mayor', 'political', ['Meet the mayor']],
		// A residents' meeting is no ban word, but close to civic activity: ask first.
		['Собрание жильцов дома', 'civic', ['Собрание жильцов']]
	])('%s is unclear under a %s ban', (text, category, words) => {
		const file = caseFile([ban('ban', [category])]);
		expect(screenActivity(file, text)).toEqual([{ ruleId: 'ban', category, words, source: 'unclear' }]);
	});

	it('is said only when nothing else matched for that ban, and only for banned categories', () => {
		const file = caseFile([ban('ban', ['journalism'])]);
		expect(screenActivity(file, 'Give an interview and a lecture').map((match) => match.source)).toEqual(['lexicon']);
		expect(screenActivity(caseFile([ban('ban', ['religious'])]), 'A book reading at the library')).toEqual([]);
	});

	it('respects the lexicon’s exclusions (donating blood is not charity)', () => {
		expect(screenActivity(caseFile([ban('ban', ['charitable'])]), 'Donate blood at the clinic')).toEqual([]);
	});

	it('is never said for everyday errands', () => {
		const file = EVERYTHING;
		for (const text of ['Buy bread', 'Take the kids to school', 'Doctor’s appointment', 'Поход в магазин', 'Дүкенге бару', 'Pay the electricity bill online'])
			expect(screenActivity(file, text), text).toEqual([]);
	});
});
