// The shared conformance vectors (target/vectors/*.tsv, see BRIEF) and tests/lang/cases.tsv
// checked against a loaded room-errors API, with every language loaded. Plain ES2019 with no
// host API, so that Node, Chromium and QuickJS run the same checks; the caller reads the files.

/** The rows of a vectors file as objects by column, fields unescaped. */
export function rows(text) {
  const lines = text.split('\n').filter((line) => line !== '');
  const columns = lines[0].slice(1).split('\t');
  return lines.slice(1).map((line) => {
    const fields = line.split('\t').map(unescape);
    const row = {};
    columns.forEach((c, i) => { row[c] = fields[i]; });
    return row;
  });
}

const ESCAPES = { '\\': '\\', t: '\t', n: '\n', r: '\r', 0: '\0' };
const unescape = (field) => field.replace(/\\(x[0-9A-Fa-f]{2}|.)/g, (all, e) => (e.length === 3
  ? String.fromCharCode(parseInt(e.slice(1), 16)) : ESCAPES[e]));

/** The rows of tests/lang/cases.tsv: { input, expected }. */
export function cases(text) {
  return text.split('\n').filter((line) => line && line[0] !== '#').map((line) => {
    const [input, expected] = line.split('\t');
    return { input, expected };
  });
}

/** Checks `api` against `files` ({ 'texts.tsv': text, …, 'cases.tsv': text }); returns
 * { checks, failures } (at most 20 failures described). */
export function check(api, files) {
  let checks = 0;
  const failures = [];
  const expect = (actual, expected, what) => {
    checks++;
    if (actual !== expected && failures.length < 20) {
      failures.push(`${what}: ${JSON.stringify(actual)} !== ${JSON.stringify(expected)}`);
    }
  };
  const meta = {};
  for (const r of rows(files['meta.tsv'])) meta[r.key] = r.value;
  expect(api.version, meta.version, 'version');
  expect(Object.keys(api.RoomErrorLanguage).length, +meta.languages, 'languages');
  expect(Object.keys(api.RoomErrorAction).length, +meta.actions, 'actions');
  const id = {};
  for (const r of rows(files['langs.tsv'])) {
    expect(api.langTag(+r.id), r.tag, `langTag(${r.id})`);
    if (!(r.tag in id)) id[r.tag] = +r.id;
  }
  const english = {};
  for (const r of rows(files['texts.tsv'])) {
    const code = +r.code;
    for (const lang of [id[r.lang], r.lang]) {
      const at = `(${code}, ${JSON.stringify(lang)})`;
      expect(api.message(code, lang), r.message, `message${at}`);
      expect(api.summary(code, lang), r.summary, `summary${at}`);
      expect(api.remedy(code, lang), r.remedy, `remedy${at}`);
      expect(api.userMessage(code, lang), r.user_message, `userMessage${at}`);
    }
    expect(api.messageForTag(code, r.lang), r.message, `messageForTag(${code}, ${r.lang})`);
    if (r.lang === 'en') english[code] = r.message;
    if (code !== 0) {
      const e = new api.RoomError(code, id[r.lang]);
      expect(e.localizedMessage, r.message, `RoomError(${code}, ${r.lang}).localizedMessage`);
      expect(e.summary, r.summary, `RoomError(${code}, ${r.lang}).summary`);
      expect(e.remedy, r.remedy, `RoomError(${code}, ${r.lang}).remedy`);
      expect(e.userMessage, r.user_message, `RoomError(${code}, ${r.lang}).userMessage`);
      expect(e.lang, id[r.lang], `RoomError(${code}, ${r.lang}).lang`);
    }
  }
  const known = [];
  for (const r of rows(files['codes.tsv'])) {
    const code = +r.code;
    const at = `(${code})`;
    expect(api.isKnown(code), r.known === '1', `isKnown${at}`);
    expect(api.name(code), r.name, `name${at}`);
    expect(api.categoryId(code), +r.category_id, `categoryId${at}`);
    expect(api.category(code), r.category, `category${at}`);
    expect(api.actionId(code), +r.action_id, `actionId${at}`);
    expect(api.action(code), r.action, `action${at}`);
    expect(api.audienceId(code), +r.audience_id, `audienceId${at}`);
    expect(api.audience(code), r.audience, `audience${at}`);
    expect(api.retryAfterMs(code), +r.retry_after_ms, `retryAfterMs${at}`);
    expect(api.isRetryable(code), r.retryable === '1', `isRetryable${at}`);
    if (r.known === '1') known.push(code);
    if (code !== 0) {
      const e = new api.RoomError(code, 0);
      expect(e.message, `${r.name || 'UNKNOWN'} (${code}): ${english[code]}`, `RoomError(${code}).message`);
      expect(e.codeName, r.name, `RoomError(${code}).codeName`);
      expect(e.category, r.category, `RoomError(${code}).category`);
      expect(e.action, r.action, `RoomError(${code}).action`);
      expect(e.audience, r.audience, `RoomError(${code}).audience`);
      expect(e.retryAfterMs, +r.retry_after_ms, `RoomError(${code}).retryAfterMs`);
      expect(e.isRetryable, r.retryable === '1', `RoomError(${code}).isRetryable`);
    }
  }
  expect(api.codes().join(), known.join(), 'codes()');
  for (const r of rows(files['actions.tsv'])) {
    const action = +r.action_id;
    expect(api.actionName(action), r.name, `actionName(${action})`);
    expect(api.actionLabel(action, id[r.lang]), r.label, `actionLabel(${action}, ${r.lang})`);
    if (r.name) expect(api.actionLabel(r.name, r.lang), r.label, `actionLabel(${r.name}, ${r.lang})`);
  }
  for (const r of rows(files['tags.tsv'])) {
    expect(api.langFromTag(r.input), id[r.expected], `langFromTag(${JSON.stringify(r.input)})`);
  }
  for (const r of rows(files['lists.tsv'])) {
    expect(api.langFromList(r.input), id[r.expected], `langFromList(${JSON.stringify(r.input)})`);
  }
  for (const r of cases(files['cases.tsv'])) {
    expect(api.langFromList(r.input), id[r.expected], `cases.tsv langFromList(${JSON.stringify(r.input)})`);
    if (!/[,:; \t]/.test(r.input)) {
      expect(api.langFromTag(r.input), id[r.expected], `cases.tsv langFromTag(${JSON.stringify(r.input)})`);
    }
  }
  return { checks, failures };
}

/** The files check() reads. */
export const FILES = ['meta.tsv', 'langs.tsv', 'texts.tsv', 'codes.tsv', 'actions.tsv', 'tags.tsv', 'lists.tsv'];
