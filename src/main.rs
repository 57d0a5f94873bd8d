//! The `engage` binary: parse the command line, run it, map errors to exit codes.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report(&e),
    }
}

/// Prints an error as SPEC §1 says and picks its exit code. A closed pipe is not an
/// error: the reader has what it wanted.
fn report(e: &anyhow::Error) -> ExitCode {
    for cause in e.chain() {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
        }
    }
    match e.chain().find_map(|c| c.downcast_ref::<engage::Error>()) {
        Some(err) => {
            eprintln!("error: {}", err.message);
            for line in &err.details {
                eprintln!("  {line}");
            }
            if let Some(hint) = &err.hint {
                eprintln!("hint: {hint}");
            }
            ExitCode::from(err.exit_code())
        }
        None => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        crate::cli::Cli::command().debug_assert();
    }
}
