//! Command-line parsing.

use std::fmt;

/// The usage text, printed by `--help` and after a usage error.
pub const USAGE: &str = "\
usage: room-err [--lang LANGS] CODE...
       room-err --list [--format table|json|markdown] [--lang LANGS]

Looks up room-engine error codes: name, category, whether to retry, and the message
in every language, or only in the best one for LANGS: a tag (zh-Hant, zh_TW.UTF-8,
en-US) or a preference list (a POSIX $LANGUAGE such as zh_TW:ja:en, an Accept-Language
value such as 'fr-CH, fr;q=0.9, zh-TW;q=0.8', or tags separated by commas or spaces).

  --list           print the whole catalog (table by default)
  --format FORMAT  table, json or markdown (with --list)
  --lang LANGS     one language only (table and markdown: the message column)
  -h, --help       print this help
  -V, --version    print the version

Exit status: 0 on success, 1 if a code is unknown, 2 on a usage error.";

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
    let mut args = args.into_iter();
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
        ] {
            assert!(parse_strs(args).is_err(), "{args:?}");
        }
    }
}
