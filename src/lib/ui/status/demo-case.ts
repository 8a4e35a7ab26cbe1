/** The demo case shipped with the app (docs/examples), validated like any imported file. */
import example from '../../../../docs/examples/almaty-suspended-sentence.json';
import { parseCaseFile, type CaseFile } from '$lib/domain';

export function loadDemoCase(): CaseFile {
	return parseCaseFile(example);
}
