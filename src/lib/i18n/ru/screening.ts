/**
 * Russian for «Можно ли это делать?»: the question, the word check's results, and the caveat
 * that goes with every result.
 */
import type { Translation } from '../catalog';
import type { screening as en } from '../en/screening';

function capitalise(text: string): string {
	return text.charAt(0).toLocaleUpperCase('ru') + text.slice(1);
}

export const screening = {
	'canI.title': 'Можно ли это делать?',
	'canI.intro': 'Опишите своими словами, на любом языке, что вы собираетесь сделать. Приложение ищет слова, на которые могут распространяться ваши запреты на деятельность.',
	'canI.text': 'Что вы собираетесь сделать?',
	'canI.text.hint': 'Например: «Дать интервью газете» или «Пост в Instagram о суде».',
	'canI.date': 'Когда? (если известно)',
	'canI.check': 'Проверить',
	'canI.caveat': 'Это проверка по словам, а не юридическая консультация. Такие запреты сформулированы расплывчато; прежде чем действовать, спросите адвоката.',
	'canI.noBan':
		'В вашем деле нет запрета на деятельность, поэтому проверять не по чему. Если вы не уверены, что разрешает ваш приговор, спросите адвоката.',
	'canI.noBanInForce': 'Сегодня ни один из ваших запретов на деятельность не действует, поэтому проверка не проводилась. Если вы не уверены, спросите адвоката.',
	'canI.results': 'Результат',
	'canI.found': (p, f) =>
		p.count === 1
			? 'Это может подпадать под один из ваших запретов.'
			: `Это может подпадать под ${f.plural(p.count, { one: '# ваш запрет', few: '# ваших запрета', many: '# ваших запретов', other: '# ваших запрета' })}.`,
	'canI.yourText': 'Найденные слова в вашем тексте:',
	'canI.match': (p, f, t) => `${capitalise(t(`category.${p.category}`))}: ${f.list(p.words.map((w) => `«${w}»`))}`,
	'canI.source.keyword': '(слова, указанные для этого условия)',
	'canI.source.lexicon': '(словарь приложения)',
	'canI.source.keyword+lexicon': '(слова, указанные для этого условия, и словарь приложения)',
	'canI.nothing': 'Слов, относящихся к запретам, в этом тексте не найдено.',
	'canI.log': 'Записать как запланированную деятельность',
	'canI.log.hint': 'Сохраняет запись о том, что вы проверили и что решили, — чтобы при необходимости показать её адвокату.'
} satisfies Translation<typeof en>;
