//! Runs the built `room-err` binary and checks its output and exit status.

use std::process::{Command, Output};

use room_errors_core::{action, audience, codes, languages, message, name, retry_after_ms};

fn room_err(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_room-err"))
        .args(args)
        .output()
        .expect("room-err runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn known_code_prints_every_language() {
    let output = room_err(&["-1101"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(
        text.starts_with("-1101 ERR_CAMERA_NOT_AUTHORIZED\n"),
        "{text}"
    );
    assert!(text.contains("category:  device\n"), "{text}");
    assert!(text.contains("retryable: no\n"), "{text}");
    for language in languages() {
        let line = format!("{}: ", language.tag);
        let found = text
            .lines()
            .find(|l| l.starts_with(&line))
            .unwrap_or_else(|| panic!("{line} in {text}"));
        assert!(found.ends_with(message(-1101, language.id)), "{found}");
    }
}

#[test]
fn lang_picks_one_language() {
    let output = room_err(&["--lang", "zh_TW.UTF-8", "100012"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.contains("retryable: yes\n"), "{text}");
    assert!(text.contains(message(100012, 2)), "{text}");
    assert!(!text.contains(message(100012, 0)), "{text}");
}

#[test]
fn lang_takes_a_preference_list() {
    for langs in [
        "fr-CH, fr;q=0.9, zh-TW;q=0.8, *;q=0.5",
        "fr_FR:zh_TW:en",
        "fr zh-Hant",
    ] {
        let output = room_err(&["--lang", langs, "100012"]);
        assert_eq!(output.status.code(), Some(0), "{langs}");
        let text = stdout(&output);
        assert!(text.contains(message(100012, 2)), "{langs}: {text}");
        assert!(!text.contains(message(100012, 0)), "{langs}: {text}");
    }
}

#[test]
fn unknown_code_says_so_and_exits_1() {
    let output = room_err(&["0", "123456"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("123456: unknown error code\n"), "{text}");
    assert!(text.contains("category:  unknown\n"), "{text}");
    assert!(text.contains(message(123456, 0)), "{text}");
}

#[test]
fn usage_errors_exit_2_with_usage() {
    for args in [
        &["abc"][..],
        &[],
        &["--list", "--format", "xml"],
        &["--lang"],
        &["1.5"],
    ] {
        let output = room_err(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&output.stderr);
        assert!(err.contains("usage: room-err"), "{args:?}: {err}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn help_and_version() {
    let help = room_err(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).starts_with("usage: room-err"));
    let version = room_err(&["--version"]);
    assert_eq!(
        stdout(&version),
        format!("room-err {}\n", room_errors_core::VERSION)
    );
}

#[test]
fn list_table_has_a_row_per_code() {
    let text = stdout(&room_err(&["--list"]));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), codes().len() + 1);
    assert!(lines[0].trim_start().starts_with("CODE"));
    for (line, &code) in lines[1..].iter().zip(codes()) {
        let mut fields = line.split_whitespace();
        assert_eq!(fields.next(), Some(code.to_string().as_str()));
        assert_eq!(fields.next(), Some(name(code)));
        assert!(line.ends_with(message(code, 0)), "{line}");
    }
}

#[test]
fn list_markdown_and_json() {
    let markdown = stdout(&room_err(&[
        "--list", "--format", "markdown", "--lang", "zh-Hans",
    ]));
    assert_eq!(markdown.lines().count(), codes().len() + 2);
    assert!(markdown.contains(&format!(
        "| -2343 | `ERR_SEAT_LOCKED` | seat | `{}` | {} | {} |",
        action(-2343).as_str(),
        audience(-2343).as_str(),
        message(-2343, 1)
    )));

    let json = stdout(&room_err(&["--list", "--format", "json"]));
    assert!(json.starts_with("[\n") && json.ends_with("]\n"));
    assert_eq!(json.matches("\"code\": ").count(), codes().len());
    assert!(json.contains(&format!(
        "{{\"code\": -2, \"name\": \"ERR_FREQ_LIMIT\", \"category\": \"general\", \"retryable\": true, \
         \"action\": \"retry\", \"audience\": \"{}\", \"retry_after_ms\": {}, \"messages\": {{\"en\": \"{}\"",
        audience(-2).as_str(),
        retry_after_ms(-2),
        message(-2, 0)
    )));
    for language in languages() {
        assert_eq!(
            json.matches(&format!("\"{}\": ", language.tag)).count(),
            codes().len() * 4,
            "messages, summaries, remedies and user messages"
        );
    }
}

#[test]
fn export_writes_the_files_of_a_format() {
    let out = std::env::temp_dir().join(format!("room-err-export-{}", std::process::id()));
    let out_arg = out.to_str().expect("UTF-8 temp path");
    let output = room_err(&[
        "export", "--format", "po", "--lang", "th,ja", "--out", out_arg,
    ]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let mut files: Vec<_> = std::fs::read_dir(&out)
        .expect("output folder")
        .map(|e| e.expect("entry").file_name().into_string().expect("UTF-8"))
        .collect();
    files.sort();
    assert_eq!(files, ["ja.po", "room_errors.pot", "th.po"]);
    let th = std::fs::read_to_string(out.join("th.po")).expect("th.po");
    assert!(th.contains("\"Language: th\\n\""), "{th}");
    assert_eq!(th.matches("\nmsgctxt ").count(), {
        let with_remedy = codes()
            .iter()
            .filter(|&&c| !room_errors_core::remedy(c, 0).is_empty());
        codes().len() + with_remedy.count()
    });
    std::fs::remove_dir_all(&out).expect("cleanup");
}

#[test]
fn export_and_import_refuse_bad_arguments() {
    let bad_format = room_err(&["export", "--format", "yaml"]);
    assert_eq!(bad_format.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_format.stderr).contains("xcstrings, strings, android"));
    let bad_lang = room_err(&[
        "export",
        "--format",
        "po",
        "--lang",
        "tlh",
        "--out",
        "/nonexistent",
    ]);
    assert_eq!(bad_lang.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad_lang.stderr).contains("unknown language `tlh`"));
    let bad_file = room_err(&[
        "import",
        "--catalog",
        "/nonexistent/catalog.rs",
        "notes.txt",
    ]);
    assert_eq!(bad_file.status.code(), Some(1));
}
