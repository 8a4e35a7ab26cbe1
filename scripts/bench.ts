/**
 * `npm run bench`: the engine's figures on this machine. Each figure is the median of many
 * runs after a warm-up, with the spread (10th–90th percentile) and the extremes.
 */
import { performance } from 'node:perf_hooks';
import { evaluate, parseCaseFile, upcoming, type CaseFile } from '../src/lib/domain';
import { benchCase } from './bench-case';
import { benchApp } from './bench-app';
import { benchLanguages } from './bench-languages';
import { benchIntegrity } from './bench-integrity';

interface Figure {
	name: string;
	median: number;
	p10: number;
	p90: number;
	min: number;
	max: number;
	runs: number;
	goal?: number;
}

function measure(name: string, run: () => unknown, options: { runs?: number; goal?: number } = {}): Figure {
	const runs = options.runs ?? 50;
	for (let i = 0; i < Math.max(3, runs / 10); i++) run();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		run();
		times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
	return { name, median: at(0.5), p10: at(0.1), p90: at(0.9), min: times[0]!, max: times[times.length - 1]!, runs, goal: options.goal };
}

function print(figures: Figure[]): void {
	const ms = (value: number) => value.toFixed(2).padStart(8);
	console.log(`${'figure'.padEnd(44)} ${'median'.padStart(8)} ${'p10'.padStart(8)} ${'p90'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}  runs  goal`);
	for (const f of figures) {
		const verdict = f.goal === undefined ? '' : `≤ ${f.goal} ms ${f.median <= f.goal ? 'met' : 'MISSED'}`;
		console.log(`${f.name.padEnd(44)} ${ms(f.median)} ${ms(f.p10)} ${ms(f.p90)} ${ms(f.min)} ${ms(f.max)} ${String(f.runs).padStart(5)}  ${verdict}`);
	}
}

const now = new Date('2026-11-23T12:00:00+05:00');
const figures: Figure[] = [];
const evaluated: Record<number, number> = {};
for (const [count, goal, parseGoal] of [
	[5_000, 2, undefined],
	[50_000, 20, 50]
] as const) {
	const json = benchCase(count);
	const file: CaseFile = parseCaseFile(json);
	const status = evaluate(file, now);
	console.log(`case with ${file.checkIns.length} check-ins, ${file.rules.length} rules: level ${status.level}, ${status.alerts.length} alerts`);
	const evaluation = measure(`evaluate() · ${count} check-ins`, () => evaluate(file, now), { runs: count > 10_000 ? 40 : 200, goal });
	evaluated[count] = evaluation.median;
	figures.push(evaluation);
	figures.push(measure(`parseCaseFile() · ${count} check-ins`, () => parseCaseFile(json), { runs: count > 10_000 ? 15 : 50, goal: parseGoal }));
	const from = new Date('2023-04-25T00:00:00+05:00');
	const to = new Date('2029-04-25T00:00:00+05:00');
	figures.push(measure(`upcoming() · whole sentence · ${count} check-ins`, () => upcoming(file, from, to), { runs: 50 }));
}
console.log();
print(figures);
console.log(`\nevaluate() 50,000 / 5,000 check-ins: ×${(evaluated[50_000]! / evaluated[5_000]!).toFixed(1)} (linear would be ×10)`);

await benchLanguages();
await benchIntegrity();
await benchApp();
