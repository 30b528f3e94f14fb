// Writes the corpus of bad import files (NNN-name.json) and manifest.json, which names the
// message each file must get: run `node tests/bad-imports/make.mjs` after changing a case.
// tests/data/bad_imports.rs reads them all through the import path.
//
// `expect` is the ImportError the file must produce (one sentence on screen each), or
// "accepted" for a file that is hostile but valid: markup and scripts in free text are text,
// so they are imported and must come back exactly as they were written.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';

const dir = new URL('./', import.meta.url);
const MB = 1024 * 1024;

/** A schema-3 document with every field filled, valid as it is. */
const valid = () => ({
  schema_version: 3,
  active: 'a1',
  assessments: [
    {
      id: 'a1',
      name: '本社',
      created_at: '2026-10-01T09:00:00.000Z',
      answers: {
        'pre-1.1': { answer: 'yes' },
        'mig-4.1': { answer: 'no', note: '確認中', owner: '情報政策課', due: '2027-03-31' },
        'sla-1': { answer: 'defined', value: '99.9%以上' },
      },
      responsibility: {
        model: 'saas',
        pattern: 'direct',
        cells: { 'user:data': { setter: '山田', manager: '佐藤', manager_side: 'own', confirmed: true } },
      },
      role: 'cloud_manager',
      stage: { stage: '1', reason: '前提条件チェックの結果' },
      organization: '〇〇市 情報政策課',
      followups: { 'rsp:user:data:manager_missing': { note: '契約で確認', owner: '総務課', due: '2027-01-31' } },
      snapshots: [
        {
          id: 's1',
          label: '上期',
          taken_at: '2026-10-02T09:00:00.000Z',
          answers: { 'pre-1.1': { answer: 'yes', note: '当時' } },
        },
      ],
    },
  ],
});

const cases = [];
/** A case: a name, the expected message, and the file's text (or a function of a valid document). */
const add = (name, expect, content) => {
  const text = typeof content === 'function' ? JSON.stringify(content(valid())) : content;
  cases.push({ name, expect, text });
};
/** A valid document changed by `change` (which edits it in place). */
const edit = (change) => (doc) => {
  change(doc);
  return doc;
};
const a = (doc) => doc.assessments[0];

// Markup and scripts in every free-text field: accepted, and kept as text.
const markup = '<script>alert(1)</script><img src=x onerror=alert(2)><b>&amp;</b>"\'`${x}';
const freeText = {
  'name': (d, t) => (a(d).name = t),
  'organization': (d, t) => (a(d).organization = t),
  'note': (d, t) => (a(d).answers['mig-4.1'].note = t),
  'value': (d, t) => (a(d).answers['sla-1'].value = t),
  'owner': (d, t) => (a(d).answers['mig-4.1'].owner = t),
  'followup-note': (d, t) => (a(d).followups['rsp:user:data:manager_missing'].note = t),
  'followup-owner': (d, t) => (a(d).followups['rsp:user:data:manager_missing'].owner = t),
  'setter': (d, t) => (a(d).responsibility.cells['user:data'].setter = t),
  'manager': (d, t) => (a(d).responsibility.cells['user:data'].manager = t),
  'stage-reason': (d, t) => (a(d).stage.reason = t),
  'snapshot-label': (d, t) => (a(d).snapshots[0].label = t),
  'snapshot-note': (d, t) => (a(d).snapshots[0].answers['pre-1.1'].note = t),
};
for (const [field, set] of Object.entries(freeText)) {
  add(`markup-in-${field}`, 'accepted', edit((d) => set(d, markup)));
}
add('markup-in-item-id', 'accepted', edit((d) => (a(d).answers['<svg onload=alert(1)>'] = { answer: 'yes' })));

// Strings of 1 MB, in free text and in ids: longer than any field of the app allows.
const big = 'あ'.repeat(MB / 3);
for (const field of ['name', 'note', 'value', 'owner', 'followup-note', 'setter', 'stage-reason', 'snapshot-label']) {
  add(`1mb-${field}`, 'damaged', edit((d) => freeText[field](d, big)));
}
add('1mb-item-id', 'damaged', edit((d) => (a(d).answers['x'.repeat(MB)] = { answer: 'yes' })));
add('1mb-assessment-id', 'damaged', edit((d) => {
  a(d).id = 'x'.repeat(MB);
  d.active = a(d).id;
}));
add('1mb-unknown-field', 'damaged', edit((d) => (d.padding = 'x'.repeat(MB))));

// Nesting 10,000 deep.
add('nested-10000-arrays', 'not_ours', '['.repeat(10000) + ']'.repeat(10000));
add('nested-10000-objects', 'not_ours', '{"a":'.repeat(10000) + '1' + '}'.repeat(10000));
add('nested-10000-in-a-note', 'not_ours', JSON.stringify(valid()).replace('"確認中"', '['.repeat(10000) + ']'.repeat(10000)));

// Wrong types in every field.
const wrong = {
  'schema_version-string': [(d) => (d.schema_version = '3'), 'not_ours'],
  'active-number': [(d) => (d.active = 1)],
  'assessments-object': [(d) => (d.assessments = { a1: a(d) })],
  'assessment-string': [(d) => (d.assessments = ['a1'])],
  'id-number': [(d) => (a(d).id = 1)],
  'name-number': [(d) => (a(d).name = 42)],
  'created_at-bool': [(d) => (a(d).created_at = true)],
  'answers-array': [(d) => (a(d).answers = [{ answer: 'yes' }])],
  'response-string': [(d) => (a(d).answers['pre-1.1'] = 'yes')],
  'answer-number': [(d) => (a(d).answers['pre-1.1'].answer = 1)],
  'note-number': [(d) => (a(d).answers['mig-4.1'].note = 3)],
  'value-array': [(d) => (a(d).answers['sla-1'].value = ['99.9%'])],
  'owner-object': [(d) => (a(d).answers['mig-4.1'].owner = { name: '山田' })],
  'due-number': [(d) => (a(d).answers['mig-4.1'].due = 20270331)],
  'responsibility-string': [(d) => (a(d).responsibility = 'saas')],
  'model-number': [(d) => (a(d).responsibility.model = 3)],
  'pattern-bool': [(d) => (a(d).responsibility.pattern = true)],
  'virtual_network-string': [(d) => (a(d).responsibility.virtual_network = 'yes')],
  'cells-array': [(d) => (a(d).responsibility.cells = [])],
  'setter-number': [(d) => (a(d).responsibility.cells['user:data'].setter = 7)],
  'confirmed-string': [(d) => (a(d).responsibility.cells['user:data'].confirmed = 'true')],
  'role-number': [(d) => (a(d).role = 2)],
  'stage-string': [(d) => (a(d).stage = '1')],
  'stage-reason-null': [(d) => (a(d).stage.reason = null)],
  'organization-array': [(d) => (a(d).organization = ['〇〇市'])],
  'followups-array': [(d) => (a(d).followups = [])],
  'followup-due-bool': [(d) => (a(d).followups['rsp:user:data:manager_missing'].due = false)],
  'snapshots-object': [(d) => (a(d).snapshots = { s1: a(d).snapshots[0] })],
  'snapshot-id-number': [(d) => (a(d).snapshots[0].id = 1)],
  'snapshot-label-null': [(d) => (a(d).snapshots[0].label = null)],
  'snapshot-taken_at-number': [(d) => (a(d).snapshots[0].taken_at = 1730000000)],
  'snapshot-answers-string': [(d) => (a(d).snapshots[0].answers = 'yes')],
};
for (const [name, [change, expect = 'damaged']] of Object.entries(wrong)) {
  add(`wrong-type-${name}`, expect, edit(change));
}

// Duplicate ids.
add('duplicate-assessment-id', 'damaged', edit((d) => d.assessments.push({ ...a(d), created_at: '2026-10-03T09:00:00.000Z', snapshots: [] })));
add('duplicate-snapshot-and-assessment-id', 'damaged', edit((d) => (a(d).snapshots[0].id = 'a1')));
add('duplicate-snapshot-id', 'damaged', edit((d) => a(d).snapshots.push({ ...a(d).snapshots[0], label: '下期' })));
add('duplicate-item-key', 'damaged', JSON.stringify(valid()).replace('"pre-1.1":{"answer":"yes"}', '"pre-1.1":{"answer":"yes"},"pre-1.1":{"answer":"no"}'));
add('duplicate-field', 'damaged', JSON.stringify(valid()).replace('"name":"本社"', '"name":"本社","name":"支所"'));
add('empty-assessment-id', 'damaged', edit((d) => {
  a(d).id = '';
  d.active = '';
}));

// Unknown fields and unknown answers.
add('unknown-field-top', 'damaged', edit((d) => (d.language_v4 = 'ja')));
add('unknown-field-assessment', 'damaged', edit((d) => (a(d).score = 100)));
add('unknown-field-response', 'damaged', edit((d) => (a(d).answers['pre-1.1'].comment = 'x')));
add('unknown-field-cell', 'damaged', edit((d) => (a(d).responsibility.cells['user:data'].email = 'a@example.com')));
add('unknown-field-followup', 'damaged', edit((d) => (a(d).followups['rsp:user:data:manager_missing'].status = 'open')));
add('unknown-field-snapshot', 'damaged', edit((d) => (a(d).snapshots[0].score = 1)));
add('unknown-answer-maybe', 'damaged', edit((d) => (a(d).answers['pre-1.1'].answer = 'maybe')));
add('unknown-answer-capitalized', 'damaged', edit((d) => (a(d).answers['pre-1.1'].answer = 'Yes')));
add('unknown-answer-empty', 'damaged', edit((d) => (a(d).answers['pre-1.1'].answer = '')));
add('unknown-answer-in-snapshot', 'damaged', edit((d) => (a(d).snapshots[0].answers['pre-1.1'].answer = 'si')));
add('unknown-manager-side', 'damaged', edit((d) => (a(d).responsibility.cells['user:data'].manager_side = 'nobody')));

// Dates that are not dates.
add('due-words', 'damaged', edit((d) => (a(d).answers['mig-4.1'].due = 'tomorrow')));
add('due-february-30', 'damaged', edit((d) => (a(d).answers['mig-4.1'].due = '2027-02-30')));
add('due-slashes', 'damaged', edit((d) => (a(d).answers['mig-4.1'].due = '2027/03/31')));
add('due-month-13', 'damaged', edit((d) => (a(d).answers['mig-4.1'].due = '2027-13-01')));
add('followup-due-dotted', 'damaged', edit((d) => (a(d).followups['rsp:user:data:manager_missing'].due = '31.03.2027')));
add('snapshot-due-words', 'damaged', edit((d) => (a(d).snapshots[0].answers['pre-1.1'].due = 'soon')));
add('created_at-words', 'damaged', edit((d) => (a(d).created_at = 'yesterday')));
add('created_at-hour-25', 'damaged', edit((d) => (a(d).created_at = '2026-10-01T25:00:00.000Z')));
add('created_at-no-zone', 'damaged', edit((d) => (a(d).created_at = '2026-10-01T09:00:00')));
add('taken_at-empty', 'damaged', edit((d) => (a(d).snapshots[0].taken_at = '')));
add('taken_at-date-only', 'damaged', edit((d) => (a(d).snapshots[0].taken_at = '2026-10-02')));

// Snapshots that point at nothing.
add('snapshot-empty-id', 'damaged', edit((d) => (a(d).snapshots[0].id = '')));
add('snapshot-of-a-missing-assessment', 'damaged', edit((d) => (a(d).snapshots[0].assessment = 'a9')));
add('snapshots-beside-the-assessments', 'damaged', edit((d) => {
  d.snapshots = [{ ...a(d).snapshots[0], assessment: 'a9' }];
  a(d).snapshots = [];
}));
add('active-is-a-snapshot', 'damaged', edit((d) => (d.active = 's1')));
add('active-is-nothing', 'damaged', edit((d) => (d.active = 'a9')));

// Every earlier schema, with a broken field.
const schema1 = () => ({
  schema_version: 1,
  language: 'ja',
  active: 'a1',
  assessments: [{ id: 'a1', name: '本社', created_at: '2025-04-01T09:30:00.000Z', answers: { 'pre-1.1': { answer: 'yes' } } }],
});
const schema2 = () => ({
  ...schema1(),
  schema_version: 2,
  assessments: [{ ...schema1().assessments[0], responsibility: { model: 'saas' }, role: 'management' }],
});
const old = (make, change) => () => {
  const doc = make();
  change(doc);
  return doc;
};
add('schema-1-language-unknown', 'damaged', old(schema1, (d) => (d.language = 'fr')));
add('schema-1-language-missing', 'damaged', old(schema1, (d) => delete d.language));
add('schema-1-answers-array', 'damaged', old(schema1, (d) => (d.assessments[0].answers = [])));
add('schema-1-answer-unknown', 'damaged', old(schema1, (d) => (d.assessments[0].answers['pre-1.1'].answer = 'maybe')));
add('schema-1-responsibility-string', 'damaged', old(schema1, (d) => (d.assessments[0].responsibility = 'saas')));
add('schema-1-no-assessments', 'damaged', old(schema1, (d) => (d.assessments = [])));
add('schema-2-language-number', 'damaged', old(schema2, (d) => (d.language = 1)));
add('schema-2-role-number', 'damaged', old(schema2, (d) => (d.assessments[0].role = 1)));
add('schema-2-model-array', 'damaged', old(schema2, (d) => (d.assessments[0].responsibility.model = ['saas'])));
add('schema-2-due-words', 'damaged', old(schema2, (d) => (d.assessments[0].answers['pre-1.1'].due = 'next week')));
add('schema-2-created_at-words', 'damaged', old(schema2, (d) => (d.assessments[0].created_at = 'last year')));

// What the import already told apart, kept here so the corpus covers every sentence.
add('empty', 'empty', '');
add('whitespace-only', 'empty', ' \n\t ');
add('not-text', 'not_text', '{"schema_version":3\u0000}');
add('csv-export', 'csv', '項目,回答\npre-1.1,はい\n');
add('not-json', 'not_json', 'schema_version: 3\n');
add('truncated', 'truncated', JSON.stringify(valid()).slice(0, 200));
add('newer-schema', 'newer', edit((d) => (d.schema_version = 4)));
add('schema-0', 'not_ours', edit((d) => (d.schema_version = 0)));
add('another-apps-json', 'not_ours', '{"name":"x","items":[1,2,3]}');

// Wrong types in the fields the list above left out. They come last so that the earlier files
// keep their numbers.
const moreWrong = {
  'manager-number': (d) => (a(d).responsibility.cells['user:data'].manager = 7),
  'manager_side-array': (d) => (a(d).responsibility.cells['user:data'].manager_side = ['own']),
  'followup-note-number': (d) => (a(d).followups['rsp:user:data:manager_missing'].note = 3),
  'followup-owner-object': (d) => (a(d).followups['rsp:user:data:manager_missing'].owner = { name: '山田' }),
  'snapshot-responsibility-string': (d) => (a(d).snapshots[0].responsibility = 'saas'),
  'snapshot-role-number': (d) => (a(d).snapshots[0].role = 2),
  'snapshot-stage-string': (d) => (a(d).snapshots[0].stage = '1'),
  'stage-stage-number': (d) => (a(d).stage.stage = 1),
};
for (const [name, change] of Object.entries(moreWrong)) {
  add(`wrong-type-${name}`, 'damaged', edit(change));
}

for (const file of readdirSync(dir)) {
  if (/^\d{3}-.*\.json$/.test(file)) rmSync(new URL(file, dir));
}
const manifest = cases.map(({ name, expect, text }, index) => {
  const file = `${String(index + 1).padStart(3, '0')}-${name}.json`;
  writeFileSync(new URL(file, dir), text);
  return { file, expect };
});
writeFileSync(new URL('manifest.json', dir), `${JSON.stringify(manifest, null, 1)}\n`);
console.log(`${manifest.length} files`);
