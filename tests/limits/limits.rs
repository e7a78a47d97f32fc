//! The synthetic catalog of `synthesize.py` (its path in `LIMITS_EXPECTED`), built into a copy of
//! the core crate: every code answers every field in every language as written, unknown codes get
//! the unknown text, and the name segment and each language's segment are past 64 KiB, so the
//! tables use their wide (`u32`) layout.

use room_errors_core::{
    abi, action, audience, category, codes, is_known, message, name, remedy, retry_after_ms,
    summary,
};

/// Below this many checks the test ran too little to prove anything.
const FLOOR: usize = 4096 * 12 * 9;

#[test]
fn every_code_answers_as_synthesized() {
    let path = std::env::var("LIMITS_EXPECTED").expect("LIMITS_EXPECTED names the expected TSV");
    let expected = std::fs::read_to_string(&path).expect("the expected TSV is readable");
    let mut checks = 0;
    let mut check = |what: &str, code: i32, got: &str, want: &str| {
        assert_eq!(got, want, "{what} of {code}");
        checks += 1;
    };
    let mut languages = 0;
    for line in expected.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let [code, lang, n, cat, act, aud, delay, s, r, m] = f[..] else {
            panic!("{path}: not 10 fields: {line:?}")
        };
        let (code, lang): (i32, i32) = (code.parse().unwrap(), lang.parse().unwrap());
        languages = languages.max(lang + 1);
        check("name", code, name(code), n);
        check("category", code, category(code).as_str(), cat);
        check("action", code, action(code).as_str(), act);
        check("audience", code, audience(code).as_str(), aud);
        check(
            "retry delay",
            code,
            &retry_after_ms(code).to_string(),
            delay,
        );
        check("summary", code, summary(code, lang), s);
        check("remedy", code, remedy(code, lang), r);
        check("message", code, message(code, lang), m);
        check("known", code, &is_known(code).to_string(), "true");
    }
    assert_eq!(
        codes().len() * languages as usize,
        expected.lines().count(),
        "codes()"
    );

    // Codes next to the known ones are unknown (unless known themselves).
    for &code in codes() {
        for probe in [code.wrapping_add(1), code.wrapping_sub(1), !code] {
            if !codes().contains(&probe) {
                check("unknown name", probe, name(probe), "");
                check(
                    "unknown message",
                    probe,
                    message(probe, 0),
                    "Unknown error code.",
                );
            }
        }
    }

    // Past 64 KiB: the unknown code's text is at offset 0 of each language's segment.
    let unknown = i32::MIN + 7;
    assert!(!is_known(unknown));
    let widest = codes().iter().map(|&c| abi::name(c)).max().unwrap_or(0);
    assert!(
        widest > 0xffff,
        "the name segment is {widest} bytes, not past 64 KiB"
    );
    for lang in 0..languages {
        let start = abi::message(unknown, lang);
        let widest = codes()
            .iter()
            .map(|&c| abi::message(c, lang) - start)
            .max()
            .unwrap_or(0);
        assert!(
            widest > 0xffff,
            "language {lang}'s segment is {widest} bytes, not past 64 KiB"
        );
        checks += 1;
    }
    println!(
        "limits: {checks} checks over {} codes x {languages} languages",
        codes().len()
    );
    assert!(checks >= FLOOR, "only {checks} checks (floor {FLOOR})");
}
