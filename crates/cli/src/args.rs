//! Command-line parsing.

use std::fmt;

/// The usage text, printed by `--help` and after a usage error.
pub const USAGE: &str = "\
usage: room-err [--lang LANGS] CODE...
       room-err --list [--format table|json|markdown] [--lang LANGS]
       room-err export --format FORMAT [--lang TAGS] [--out DIR]
       room-err import [--catalog FILE] FILE...

Looks up room-engine error codes: name, category, whether to retry, and the message
in every language, or only in the best one for LANGS: a tag (zh-Hant, zh_TW.UTF-8,
en-US) or a preference list (a POSIX $LANGUAGE such as zh_TW:ja:en, an Accept-Language
value such as 'fr-CH, fr;q=0.9, zh-TW;q=0.8', or tags separated by commas or spaces).

  --list           print the whole catalog (table by default)
  --format FORMAT  table, json or markdown (with --list)
  --lang LANGS     one language only (table and markdown: the message column)
  -h, --help       print this help
  -V, --version    print the version

export writes the catalog as resource files under DIR (default: the current folder):
FORMAT is xcstrings, strings (Apple), android, arb (Flutter), i18next, xliff (XLIFF 1.2),
po (gettext PO and POT), html (a reference web page) or all (each in a folder of its name);
TAGS are catalog tags (en, zh-Hans, zh-Hant, ja, ...) separated by commas (default: all).

import writes the texts of translated PO or XLIFF files back into the catalog source
(default: the core crate's src/catalog.rs), changing nothing else; it refuses the whole import,
naming file and line, at an unknown code, a wrong language, a changed English source, a
missing text or a text that breaks a catalog rule.

Exit status: 0 on success, 1 if a code is unknown or an export or import fails,
2 on a usage error.";

/// How `--list` prints the catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Aligned plain-text columns.
    Table,
    /// One JSON array of objects with every language.
    Json,
    /// A Markdown table.
    Markdown,
}

/// What the command line asks for. `lang` is a language id when `--lang` was given.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// Look up codes.
    Lookup { codes: Vec<i32>, lang: Option<i32> },
    /// Print the catalog.
    List { format: Format, lang: Option<i32> },
    /// Write resource files.
    Export {
        formats: Vec<crate::export::Format>,
        langs: Option<String>,
        out: String,
    },
    /// Write translated texts back into the catalog source.
    Import { catalog: String, files: Vec<String> },
    /// Print the usage.
    Help,
    /// Print the version.
    Version,
}

/// A usage error.
#[derive(Debug, PartialEq, Eq)]
pub struct UsageError(String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn usage<T>(message: impl Into<String>) -> Result<T, UsageError> {
    Err(UsageError(message.into()))
}

/// Parses the arguments (without the program name).
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, UsageError> {
    let mut args = args.into_iter().peekable();
    match args.peek().map(String::as_str) {
        Some("export") => return parse_export(args.skip(1)),
        Some("import") => return parse_import(args.skip(1)),
        _ => {}
    }
    let (mut list, mut format, mut lang, mut codes) = (false, None, None, Vec::new());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--list" => list = true,
            "--format" => {
                format = Some(match args.next().as_deref() {
                    Some("table") => Format::Table,
                    Some("json") => Format::Json,
                    Some("markdown") => Format::Markdown,
                    Some(other) => return usage(format!("unknown format `{other}`")),
                    None => return usage("--format needs table, json or markdown"),
                })
            }
            "--lang" => match args.next() {
                Some(langs) => lang = Some(room_errors_core::lang_from_list(&langs)),
                None => return usage("--lang needs a language tag or list"),
            },
            option if option.starts_with("--") => {
                return usage(format!("unknown option `{option}`"))
            }
            _ => match arg.parse::<i32>() {
                Ok(code) => codes.push(code),
                Err(_) => return usage(format!("`{arg}` is not an error code (a 32-bit integer)")),
            },
        }
    }
    match (list, codes.is_empty()) {
        (true, true) => Ok(Command::List {
            format: format.unwrap_or(Format::Table),
            lang,
        }),
        (true, false) => usage("--list takes no codes"),
        (false, _) if format.is_some() => usage("--format goes with --list"),
        (false, true) => usage("no error code given"),
        (false, false) => Ok(Command::Lookup { codes, lang }),
    }
}

/// `export --format FORMAT [--lang TAGS] [--out DIR]`.
fn parse_export(mut args: impl Iterator<Item = String>) -> Result<Command, UsageError> {
    use crate::export::Format;
    let (mut formats, mut langs, mut out) = (None, None, String::from("."));
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--format" => {
                let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
                let accepted = format!("{} or all", names.join(", "));
                formats = Some(match args.next().as_deref() {
                    Some("all") => Format::ALL.to_vec(),
                    Some(name) => match Format::from_name(name) {
                        Some(format) => vec![format],
                        None => return usage(format!("unknown format `{name}`: use {accepted}")),
                    },
                    None => return usage(format!("--format needs {accepted}")),
                })
            }
            "--lang" => match args.next() {
                Some(tags) => langs = Some(tags),
                None => return usage("--lang needs catalog tags separated by commas"),
            },
            "--out" => match args.next() {
                Some(dir) => out = dir,
                None => return usage("--out needs a folder"),
            },
            other => return usage(format!("export: unexpected `{other}`")),
        }
    }
    match formats {
        Some(formats) => Ok(Command::Export {
            formats,
            langs,
            out,
        }),
        None => usage("export needs --format"),
    }
}

/// `import [--catalog FILE] FILE...`.
fn parse_import(mut args: impl Iterator<Item = String>) -> Result<Command, UsageError> {
    let (mut catalog, mut files) = (String::from(crate::import::CATALOG), Vec::new());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--catalog" => match args.next() {
                Some(path) => catalog = path,
                None => return usage("--catalog needs the path of catalog.rs"),
            },
            option if option.starts_with("--") => {
                return usage(format!("import: unknown option `{option}`"))
            }
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        return usage("import needs PO or XLIFF files");
    }
    Ok(Command::Import { catalog, files })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Result<Command, UsageError> {
        parse(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn codes_and_languages() {
        assert_eq!(
            parse_strs(&["-1101", "100012", "--lang", "zh_TW.UTF-8"]),
            Ok(Command::Lookup {
                codes: vec![-1101, 100012],
                lang: Some(2)
            })
        );
        assert_eq!(
            parse_strs(&["--list", "--format", "json"]),
            Ok(Command::List {
                format: Format::Json,
                lang: None
            })
        );
        assert_eq!(
            parse_strs(&["--list"]),
            Ok(Command::List {
                format: Format::Table,
                lang: None
            })
        );
        assert_eq!(
            parse_strs(&["-2147483648"]),
            Ok(Command::Lookup {
                codes: vec![i32::MIN],
                lang: None
            })
        );
    }

    #[test]
    fn export_and_import() {
        use crate::export::Format;
        assert_eq!(
            parse_strs(&["export", "--format", "po", "--lang", "th,ja", "--out", "x"]),
            Ok(Command::Export {
                formats: vec![Format::Po],
                langs: Some("th,ja".into()),
                out: "x".into()
            })
        );
        assert_eq!(
            parse_strs(&["export", "--format", "all"]),
            Ok(Command::Export {
                formats: Format::ALL.to_vec(),
                langs: None,
                out: ".".into()
            })
        );
        assert_eq!(
            parse_strs(&["import", "th.po", "--catalog", "c.rs", "ja.xlf"]),
            Ok(Command::Import {
                catalog: "c.rs".into(),
                files: vec!["th.po".into(), "ja.xlf".into()]
            })
        );
    }

    #[test]
    fn usage_errors() {
        for args in [
            &[][..],
            &["abc"],
            &["2147483648"],
            &["0x10"],
            &["--lang"],
            &["--list", "--format", "xml"],
            &["--format", "json", "0"],
            &["--list", "0"],
            &["--bogus"],
            &["export"],
            &["export", "--format", "yaml"],
            &["export", "--format", "po", "--out"],
            &["export", "--format", "po", "extra"],
            &["import"],
            &["import", "--catalog"],
            &["import", "--bogus", "th.po"],
        ] {
            assert!(parse_strs(args).is_err(), "{args:?}");
        }
    }
}
