import { describe, expect, it } from 'vitest';
import { KAZAKHSTAN_ZONES, offsetText, RUSSIA_ZONES, zoneGroups, zoneName } from './zones';

describe('zoneGroups', () => {
	const supported = Intl.supportedValuesOf('timeZone');

	it('puts Kazakhstan and Russia first, then every other zone once, sorted', () => {
		const groups = zoneGroups(supported, ['Asia/Almaty']);
		expect(groups.kazakhstan[0]).toBe('Asia/Almaty');
		expect(groups.kazakhstan).toEqual([...KAZAKHSTAN_ZONES]);
		expect(groups.russia).toContain('Europe/Moscow');
		expect(groups.all).not.toContain('Asia/Almaty');
		expect(groups.all).not.toContain('Europe/Moscow');
		expect(groups.all).toContain('Europe/Berlin');
		expect(groups.all).toContain('UTC');
		expect([...groups.all].sort()).toEqual(groups.all);
		const everything = [...groups.kazakhstan, ...groups.russia, ...groups.all];
		expect(new Set(everything).size).toBe(everything.length);
		for (const zone of supported) expect(everything).toContain(zone);
	});

	it('still offers the main groups, the device zone and UTC without Intl.supportedValuesOf', () => {
		const groups = zoneGroups([], ['America/Sao_Paulo', 'Not/AZone', '+05:00']);
		expect(groups.kazakhstan.length).toBe(KAZAKHSTAN_ZONES.length);
		expect(groups.russia.length).toBe(RUSSIA_ZONES.length);
		expect(groups.all).toEqual(['America/Sao_Paulo', 'UTC']);
	});
});

describe('zone labels', () => {
	it('gives the offset at a moment, across Kazakhstan moving to UTC+5 in 2024', () => {
		expect(offsetText('Asia/Almaty', new Date('2023-06-01T00:00:00Z'))).toBe('UTC+06:00');
		expect(offsetText('Asia/Almaty', new Date('2024-06-01T00:00:00Z'))).toBe('UTC+05:00');
		expect(offsetText('America/St_Johns', new Date('2024-01-15T00:00:00Z'))).toBe('UTC−03:30');
		expect(offsetText('UTC', new Date())).toBe('UTC+00:00');
	});

	it('reads names with spaces', () => {
		expect(zoneName('America/St_Johns')).toBe('America / St Johns');
	});
});
