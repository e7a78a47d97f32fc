//! `room-err`: look up room-engine error codes.
//!
//! ```text
//! room-err [--lang LANGS] CODE...
//! room-err --list [--format table|json|markdown] [--lang LANGS]
//! room-err export --format FORMAT [--lang TAGS] [--out DIR]
//! room-err import [--catalog FILE] FILE...
//! ```
//! Exit status: 0 on success, 1 if a code is unknown or an export or import fails, 2 on a usage
//! error.

mod args;
mod escape;
mod export;
mod import;
mod output;

use std::io::{self, Write};
use std::process::ExitCode;

use args::{Command, USAGE};

fn main() -> ExitCode {
    let command = match args::parse(std::env::args().skip(1)) {
        Ok(command) => command,
        Err(error) => {
            eprintln!("room-err: {error}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut out = io::stdout().lock();
    let (text, status) = match command {
        Command::Help => (format!("{USAGE}\n"), ExitCode::SUCCESS),
        Command::Version => (
            format!("room-err {}\n", room_errors_core::VERSION),
            ExitCode::SUCCESS,
        ),
        Command::List { format, lang } => (output::list(format, lang), ExitCode::SUCCESS),
        Command::Export {
            formats,
            langs,
            out,
        } => {
            let written = export::select(langs.as_deref())
                .and_then(|langs| export::write(&formats, &langs, std::path::Path::new(&out)));
            match written {
                Ok(paths) => (
                    format!("room-err export: {} files under {out}\n", paths.len()),
                    ExitCode::SUCCESS,
                ),
                Err(error) => {
                    eprintln!("room-err export: {error}");
                    return ExitCode::FAILURE;
                }
            }
        }
        Command::Import { catalog, files } => match import::run(&catalog, &files) {
            Ok(report) => (report, ExitCode::SUCCESS),
            Err(error) => {
                eprintln!("room-err import: {error}");
                return ExitCode::FAILURE;
            }
        },
        Command::Lookup { codes, lang } => {
            let unknown = codes.iter().any(|&c| !room_errors_core::is_known(c));
            let status = if unknown {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            };
            (output::lookup(&codes, lang), status)
        }
    };
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => status,
        // A closed pipe (`room-err --list | head`) is not an error worth a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => status,
        Err(e) => {
            eprintln!("room-err: {e}");
            ExitCode::FAILURE
        }
    }
}
