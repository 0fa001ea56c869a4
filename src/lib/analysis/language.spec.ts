import { describe, expect, it } from 'vitest';
import { checkEnglish } from './language';
import { createNlp } from './nlp';
import { readText } from './text-doc';

const nlp = createNlp();

describe('checkEnglish', () => {
	it.each([
		['English news', 'The alliance is studying everything, and its chair said that a more proactive approach is under consideration by the members of the committee after the incidents in the east.', true],
		['German', 'Die Allianz prüft alle Optionen, und ihr Vorsitzender sagte, dass ein proaktiverer Ansatz von den Mitgliedern des Ausschusses nach den Vorfällen im Osten erwogen werde.', false],
		['Russian', 'Альянс изучает все варианты, и его председатель заявил, что более активный подход рассматривается членами комитета после инцидентов на востоке страны.', false],
		['too short to judge', 'Bonjour tout le monde.', true]
	])('%s', (_, text, english) => {
		expect(checkEnglish(readText(nlp, text)).english).toBe(english);
	});
});
