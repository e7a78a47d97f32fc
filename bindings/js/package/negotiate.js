// Language negotiation, answering exactly as the C library (a port of crates/core/src/lang: parse.rs,
// tag.rs, list.rs) over the same CLDR rows (cldr.js, generated from crates/core/src/lang/cldr.rs).
// A tag is parsed into language, script and region, its missing subtags filled in from CLDR's
// likely subtags, and matched to the closest catalog language by CLDR's distances (ICU's
// LocaleMatcher). Every function takes `allowed(id)`: the catalog languages it may answer (all of
// them for the C library's answers, the loaded ones for the texts' language); English (0) is the
// default. Subtags are lowercase strings ('' for none).
import {
  ALIASES, GROUP_REGION_DISTANCE, LANGUAGES, REGION_DISTANCE, REGION_GROUPS, REGIONS_BY_SCRIPT,
  SCRIPT_DISTANCE, SCRIPT_RULES, SCRIPTS_BY_REGION, SUPPORTED, UND_REGIONS, UND_SCRIPTS,
  UND_SCRIPT_REGIONS,
} from './cldr.js';

/** Whether the string of 2-letter regions `set` holds `region`. */
function has(set, region) {
  for (let i = 0; i < set.length; i += 2) if (set.substr(i, 2) === region) return true;
  return false;
}

/** Whether char code `c` ends a tag: NUL, `.` (POSIX charset), `@` (POSIX modifier), ASCII
 * whitespace, `,`, `:`, `;`. */
const ends = (c) => c === 0 || c === 46 || c === 64 || c === 44 || c === 58 || c === 59 || c === 32
  || (c >= 9 && c <= 13 && c !== 11);

/** A tag's subtags up to its end (`-` and `_` separate them), each lowercased if it is ASCII
 * letters or digits, with its kind: 1 letters, 2 digits, 0 anything else (empty too). */
function subtags(tag) {
  const out = [];
  let start = 0;
  let kind = 3;
  for (let i = 0; ; i++) {
    const c = i < tag.length ? tag.charCodeAt(i) : 0;
    if (c === 45 || c === 95 || ends(c)) {
      const s = tag.slice(start, i);
      kind = i === start ? 0 : kind;
      out.push({ s: kind ? s.toLowerCase() : s, kind });
      if (c !== 45 && c !== 95) return out;
      start = i + 1;
      kind = 3;
    } else {
      const letter = (c | 32) >= 97 && (c | 32) <= 122;
      const digit = c >= 48 && c <= 57;
      kind &= (letter ? 1 : 0) | (digit ? 2 : 0);
    }
  }
}

/** A tag's language, script and region, canonicalized (see parse.rs); null if it names none. */
function parse(tag) {
  const all = subtags(tag);
  const first = all[0];
  let i = 1;
  let lang;
  if (first.kind === 1 && first.s.length >= 2 && first.s.length <= 3) {
    lang = first.s === 'und' ? '' : first.s;
  } else if (first.kind === 1 && first.s === 'i' && all.length > 1 && all[1].kind === 1 && all[1].s === 'default') {
    lang = 'en';
    i = 2;
  } else {
    return null;
  }
  let script = '';
  let region = '';
  // Where the next subtag may go, in BCP 47's order: 0 extlang, 1 more extlangs, 2 script,
  // 3 region, 4 variants.
  let position = 0;
  for (; i < all.length; i++) {
    const { s, kind } = all[i];
    const letters = kind === 1;
    const n = s.length;
    if (letters && n === 3 && position === 0) {
      lang = lang === 'zh' && s === 'min' ? 'nan' : s;
      position = 1;
    } else if (letters && n === 3 && position === 1) {
      // More extended language subtags: ignored.
    } else if (letters && n === 4 && position <= 2) {
      script = s;
      position = 3;
    } else if (((letters && n === 2) || (n === 3 && kind === 2)) && position <= 3) {
      region = s;
      position = 4;
    } else if (letters && n === 5 && position === 0 && lang === 'zh') {
      const legacy = s === 'guoyu' ? 'zh' : s === 'hakka' ? 'hak' : s === 'xiang' ? 'hsn' : '';
      if (legacy) {
        lang = legacy;
        position = 2;
      } else {
        position = 4;
      }
    } else if (kind === 0 || n === 1 || n >= 9) {
      // An extension, private use, or a malformed subtag: the rest is ignored.
      break;
    } else {
      position = 4;
    }
  }
  if (lang.length > 2 || lang === 'in') lang = ALIASES[lang] || lang;
  return lang || script || region ? { lang, script, region } : null;
}

/** The catalog languages a LANGUAGES row leads to, that `allowed` accepts. */
const targets = (row, allowed) => row.slice(3).filter(allowed);

/** The language (and script) of an `und` tag from likely subtags; null if none (tag.rs). */
function undetermined(lsr) {
  if (lsr.script) {
    const und = UND_SCRIPTS.find((r) => r[1] === lsr.script);
    lsr.lang = und ? und[0] : 'en';
    if (!lsr.region) {
      lsr.region = und ? und[2] : 'us';
    } else {
      const row = UND_SCRIPT_REGIONS.find((r) => r[1] === lsr.script && has(r[2], lsr.region));
      if (row) lsr.lang = row[0];
    }
    return lsr;
  }
  const row = UND_REGIONS.find((r) => has(r[2], lsr.region));
  if (!row) return null;
  lsr.lang = row[0];
  lsr.script = row[1];
  return lsr;
}

/** Fills in a tag's missing script and region from its language's row and CLDR's exceptions. */
function fill(lsr, row) {
  if (!lsr.script) {
    const e = SCRIPTS_BY_REGION.find((r) => r[0] === lsr.lang);
    lsr.script = e && has(e[2], lsr.region) ? e[1] : row[0];
  }
  if (!lsr.region) {
    const e = REGIONS_BY_SCRIPT.find((r) => r[0] === lsr.lang && r[1] === lsr.script);
    lsr.region = e ? e[2] : row[1];
  }
  return lsr;
}

/** The distance between two regions of one language and script (region groups, else default). */
function regionDistance(desired, supported) {
  if (desired.region === supported[2]) return 0;
  if (desired.lang !== supported[0]) return REGION_DISTANCE;
  const g = REGION_GROUPS.find((r) => r[0] === desired.lang && (!r[1] || r[1] === desired.script));
  return !g || has(g[2], desired.region) === has(g[2], supported[2]) ? REGION_DISTANCE : GROUP_REGION_DISTANCE;
}

/** The allowed catalog language closest to a tag, as { lang, distance }, or null (tag.rs). */
function closest(tag, allowed) {
  let lsr = parse(tag);
  if (lsr && !lsr.lang) lsr = undetermined(lsr);
  const row = lsr && LANGUAGES[lsr.lang];
  if (!row) return null;
  const desired = fill(lsr, row);
  const ids = targets(row, allowed);
  const same = ids.find((id) => SUPPORTED[id][1] === desired.script);
  if (same !== undefined) return { lang: same, distance: row[2] + regionDistance(desired, SUPPORTED[same]) };
  let best = null;
  for (const id of ids) {
    const supported = SUPPORTED[id];
    const rule = SCRIPT_RULES.find((r) => r[0] === desired.lang && r[1] === supported[0]
      && r[2] === desired.script && r[3] === supported[1]);
    if (!rule) continue;
    const distance = row[2] + rule[4] + (desired.region === supported[2] ? 0 : rule[5]);
    if (distance < (best ? best.distance : SCRIPT_DISTANCE)) best = { lang: id, distance };
  }
  return best;
}

/** The allowed catalog language for one BCP 47 or POSIX tag, English (0) if none matches. */
export function fromTag(tag, allowed) {
  const m = closest(tag, allowed);
  return m ? m.lang : 0;
}

/** Whether char code `c` is ASCII whitespace; a list separator: that, `,` or `:`. */
const isSpace = (c) => c === 32 || (c >= 9 && c <= 13 && c !== 11);
const isSeparator = (c) => c === 44 || c === 58 || isSpace(c);
/** Entries after this many, well-formed or not, are ignored. */
const MAX_ENTRIES = 32;
/** What each further entry costs (ICU's demotion per desired locale). */
const DEMOTION = 5;

/** A list's first MAX_ENTRIES entries (list.rs): { tag, key, weight } (key: the tag with ASCII
 * case and `-` versus `_` ignored; weight in thousandths), or null for a malformed one. */
function entries(list) {
  const out = [];
  const n = list.length;
  let i = 0;
  const at = () => (i < n ? list.charCodeAt(i) : -1);
  const skip = (accept) => { while (i < n && accept(list.charCodeAt(i))) i++; };
  while (out.length < MAX_ENTRIES) {
    skip(isSeparator);
    if (i >= n) break;
    const start = i;
    skip((c) => !isSeparator(c) && c !== 59);
    const tag = list.slice(start, i);
    const afterTag = i;
    skip(isSpace);
    let weight = 1000;
    if (at() === 59) {
      i++;
      weight = parseWeight();
      if (i < n && !isSeparator(at())) weight = -1;
    } else {
      i = afterTag;
    }
    // A malformed entry ends at the next separator.
    skip((c) => !isSeparator(c));
    out.push(tag && weight >= 0 ? { tag, key: tag.replace(/[A-Z_]/g, (c) => (c === '_' ? '-' : c.toLowerCase())), weight } : null);
  }
  return out;

  /** `q=WEIGHT` after an entry's `;`, as ICU reads it, in thousandths; -1 if malformed. */
  function parseWeight() {
    const take = (accept) => (i < n && accept(list.charCodeAt(i)) ? list.charCodeAt(i++) : -1);
    skip(isSpace);
    if (take((c) => (c | 32) === 113) < 0) return -1;
    skip(isSpace);
    if (take((c) => c === 61) < 0) return -1;
    skip(isSpace);
    const unit = take((c) => c === 48 || c === 49);
    if (unit < 0) return -1;
    let weight = (unit - 48) * 1000;
    if (take((c) => c === 46) >= 0) {
      let place = 100;
      let decimals = 0;
      for (let d = take(isDigit); d >= 0; d = take(isDigit)) {
        decimals++;
        if (decimals <= 3) weight += (d - 48) * place;
        else if (decimals === 4 && d >= 53) weight += 1;
        place = Math.floor(place / 10);
      }
    }
    skip(isSpace);
    return weight <= 1000 ? weight : -1;
  }
}

const isDigit = (c) => c >= 48 && c <= 57;

/** The allowed catalog language for a preference list (Accept-Language, POSIX LANGUAGE,
 * navigator.languages.join()), as ICU picks it; English (0) if no entry matches (list.rs). A NUL
 * ends the list. */
export function fromList(list, allowed) {
  const nul = list.indexOf('\0');
  const all = entries(nul < 0 ? list : list.slice(0, nul));
  let best = 0;
  let bestDistance = SCRIPT_DISTANCE;
  // Weight levels from the highest down; within one, the listed order.
  for (let above = 1001; ;) {
    let level = 0;
    for (const e of all) if (e && e.weight < above && e.weight > level) level = e.weight;
    if (level === 0) return best;
    for (let k = 0; k < all.length; k++) {
      const e = all[k];
      if (!e || e.weight !== level) continue;
      // A repeated entry counts at its last place only.
      if (all.slice(k + 1).some((later) => later && later.key === e.key)) continue;
      const m = closest(e.tag, allowed);
      if (m && m.distance < bestDistance) {
        best = m.lang;
        bestDistance = m.distance;
      }
      if (bestDistance <= DEMOTION) return best;
      bestDistance -= DEMOTION;
    }
    above = level;
  }
}
