import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotateTimeml } from '../cli/timeml.js';
import { parseTimeml } from './timeml.js';

const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t5" type="DATE" value="1998-01-08">today</TIMEX3> after a <TIMEX3 tid="t6" type="DURATION" value="P5Y">five year</TIMEX3> rally.
The bank <EVENT eid="e2" class="OCCURRENCE">said</EVENT> on Jan. 2 that profit rose 5% last year, and it will report again next week.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
`;

test('reads the plain text, gold TIMEX3 spans and the DCT', () => {
  const doc = parseTimeml(TML);
  assert.equal(doc.dct, '1998-01-08');
  assert.deepEqual(
    doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value]),
    [
      ['today', 'DATE', '1998-01-08'],
      ['five year', 'DURATION', 'P5Y'],
    ],
  );
  assert.ok(!doc.text.includes('<'));
});

test('round trip: our TIMEX3 tags replace the old ones, the rest stays as it was', () => {
  const { xml, written } = annotateTimeml(TML);
  assert.equal(written, 5);
  // the head (DCT) and tail (TLINKs) are untouched; events are kept
  assert.ok(xml.startsWith(TML.slice(0, TML.indexOf('<TEXT>') + 6)));
  assert.ok(xml.endsWith(TML.slice(TML.indexOf('</TEXT>'))));
  assert.ok(xml.includes('<EVENT eid="e1" class="OCCURRENCE">fell</EVENT>'));
  assert.ok(!xml.includes('tid="t6"')); // the old tags are gone (ours are t1..t5)
  // removing every tag gives back the same text
  const strip = (s: string): string => s.slice(s.indexOf('<TEXT>'), s.indexOf('</TEXT>')).replace(/<[^>]+>/g, '');
  assert.equal(strip(xml), strip(TML));
  const again = parseTimeml(xml);
  assert.deepEqual(
    again.timexes.map((t) => [again.text.slice(t.start, t.end), t.type, t.value]),
    [
      ['today', 'DATE', '1998-01-08'],
      ['five year', 'DURATION', 'P5Y'],
      ['Jan. 2', 'DATE', '1998-01-02'],
      ['last year', 'DATE', '1997'],
      ['next week', 'DATE', '1998-W03'],
    ],
  );
  // our ids do not clash with the DCT's
  assert.ok(!/<TEXT>[\s\S]*tid="t0"/.test(xml));
});

test('a TIMEX3 that would cross another element is left out, keeping the XML well-formed', () => {
  const tml = TML.replace('on Jan. 2 that', 'on Jan. <EVENT eid="e9" class="OCCURRENCE">2 that</EVENT>');
  const { xml } = annotateTimeml(tml);
  assert.ok(!/<TIMEX3[^>]*>Jan\. <EVENT/.test(xml));
  // every open tag has its close in order
  const stack: string[] = [];
  for (const m of xml.slice(xml.indexOf('<TEXT>') + 6, xml.indexOf('</TEXT>')).matchAll(/<(\/?)(\w+)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (m[1]) assert.equal(stack.pop(), m[2]);
    else stack.push(m[2]);
  }
  assert.equal(stack.length, 0);
});

test('not TimeML is an input error', () => {
  assert.throws(() => parseTimeml('<html>hello</html>'), /not TimeML/);
});
