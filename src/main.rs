//! The `engage` binary: parse the command line, run it, map errors to exit codes.

mod cli;
// What people and scripts see, built from the data the library returns: the binary's
// own, so that the library cannot reach up to it.
mod demo;
mod output;
mod view;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = match cli::Cli::try_parse() {
        Ok(args) => args,
        Err(e) => {
            return match bad_value(&e) {
                Some(bad) => report(&bad.into()),
                None => clap_exit(&e),
            };
        }
    };
    match cli::run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report(&e),
    }
}

/// A value one of engage's parsers refused while clap read the line (a date, a month, a
/// financial year): the parser's error, at the option clap names (`--date <D>`).
fn bad_value(e: &clap::Error) -> Option<engage::Error> {
    use clap::error::{ContextKind, ErrorKind};
    if e.kind() != ErrorKind::ValueValidation {
        return None;
    }
    let bad = std::error::Error::source(e)?.downcast_ref::<engage::Error>()?;
    let option = e.get(ContextKind::InvalidArg).map(|arg| arg.to_string());
    let option = option.as_deref().and_then(|a| a.split_whitespace().next()).unwrap_or("");
    let mut err = engage::Error::new(bad.kind, bad.message.clone()).at(option);
    err.hint = bad.hint.clone();
    err.details = bad.details.clone();
    Some(err)
}

/// Help, the version, or a usage error (exit 2), printed by clap; output that cannot be
/// written is an error as for any command (a closed pipe is not).
fn clap_exit(e: &clap::Error) -> ExitCode {
    match e.print() {
        Ok(()) => ExitCode::from(e.exit_code() as u8),
        Err(io) if io.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(io) => {
            cli::stderr_line(&format!("error: cannot write the output: {io}"));
            ExitCode::from(1)
        }
    }
}

/// Prints an error as the README's exit codes say and picks its exit code. A closed pipe is not an
/// error: the reader has what it wanted.
fn report(e: &anyhow::Error) -> ExitCode {
    for cause in e.chain() {
        if let Some(io) = cause.downcast_ref::<std::io::Error>()
            && io.kind() == std::io::ErrorKind::BrokenPipe
        {
            return ExitCode::SUCCESS;
        }
    }
    match e.chain().find_map(|c| c.downcast_ref::<engage::Error>()) {
        Some(err) => {
            match &err.at {
                Some(at) => cli::stderr_line(&format!("error: {} ({})", shorten(&err.message), shorten(at))),
                None => cli::stderr_line(&format!("error: {}", shorten(&err.message))),
            }
            for line in &err.details {
                cli::stderr_line(&format!("  {line}"));
            }
            if let Some(hint) = &err.hint {
                cli::stderr_line(&format!("hint: {hint}"));
            }
            ExitCode::from(err.exit_code())
        }
        None => {
            let output = e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some());
            let what = if output { "cannot write the output: " } else { "" };
            cli::stderr_line(&format!("error: {what}{e:#}"));
            ExitCode::from(1)
        }
    }
}

/// Keeps an error on one readable line: control characters become spaces, and a huge
/// value quoted in it (from a file) is cut short, so the sentence around it is read whole.
fn shorten(text: &str) -> String {
    const MOST: usize = 200;
    const VALUE: usize = 60;
    let flat: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    if flat.chars().count() <= MOST {
        return flat;
    }
    // Quoted values ("…", as {:?} writes them) longer than VALUE characters are cut.
    let mut out = String::with_capacity(MOST * 2);
    let mut quoted: Option<String> = None;
    let mut escaped = false;
    for c in flat.chars() {
        match &mut quoted {
            None => {
                out.push(c);
                if c == '"' {
                    quoted = Some(String::new());
                }
            }
            Some(value) => {
                if c == '"' && !escaped {
                    if value.chars().count() > VALUE {
                        out.extend(value.chars().take(VALUE));
                        out.push('…');
                    } else {
                        out.push_str(value);
                    }
                    out.push('"');
                    quoted = None;
                } else {
                    escaped = c == '\\' && !escaped;
                    value.push(c);
                }
            }
        }
    }
    if let Some(value) = quoted {
        out.extend(value.chars().take(VALUE));
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_long_error_keeps_its_sentence_and_cuts_the_value() {
        let value = "x".repeat(5000);
        let message = format!("not a practice name: {value:?} is too long for the register, and more words follow");
        let short = super::shorten(&message);
        assert!(short.ends_with("is too long for the register, and more words follow"), "{short}");
        assert!(short.contains(&format!("\"{}…\"", "x".repeat(60))), "{short}");
        assert!(short.chars().count() < 200);
        assert_eq!(super::shorten("a\nb"), "a b");
    }

    #[test]
    fn the_command_line_is_well_formed() {
        crate::cli::full_command().debug_assert();
    }

    /// Every command's `--help`, as a person reads it at 100 columns: a change to the
    /// words is seen in review (`cargo insta review`, or INSTA_UPDATE=always).
    #[test]
    fn help_of_every_command() {
        fn walk(cmd: &mut clap::Command, path: &str) {
            let name = if path.is_empty() { "engage".to_string() } else { format!("{path} {}", cmd.get_name()) };
            let help = cmd.render_long_help().to_string();
            insta::assert_snapshot!(name.replace(' ', "-"), help);
            for sub in cmd.get_subcommands_mut().filter(|s| s.get_name() != "help") {
                walk(sub, &name);
            }
        }
        let mut cmd = <crate::cli::Cli as clap::CommandFactory>::command().term_width(100);
        cmd.build();
        walk(&mut cmd, "");
    }

    #[test]
    fn every_subcommand_has_help_and_an_example() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                let name = format!("{path} {}", sub.get_name());
                if sub.get_about().is_none() {
                    missing.push(format!("{name}: no help text"));
                }
                if sub.has_subcommands() {
                    walk(sub, &name, missing);
                } else if !sub.get_after_help().is_some_and(|h| h.to_string().contains("Example")) {
                    missing.push(format!("{name}: no example"));
                }
            }
        }
        let mut missing = Vec::new();
        walk(&crate::cli::full_command(), "engage", &mut missing);
        assert!(missing.is_empty(), "{missing:#?}");
    }

    /// The README: every option says what it does; `--help` ends with `Examples:`, each
    /// example one `engage …` line short enough never to wrap at 80 columns (a caption
    /// is a `# …` line above it), so it can be pasted.
    #[test]
    fn help_is_complete_and_its_examples_can_be_pasted() {
        fn walk(cmd: &clap::Command, path: &str, wrong: &mut Vec<String>) {
            let name = if path.is_empty() { "engage".to_string() } else { format!("{path} {}", cmd.get_name()) };
            for arg in cmd.get_arguments().filter(|a| !matches!(a.get_id().as_str(), "help" | "version")) {
                if arg.get_help().is_none() && arg.get_long_help().is_none() {
                    wrong.push(format!("{name}: {} has no description", arg.get_id()));
                }
            }
            if !cmd.has_subcommands() {
                let after = cmd.get_after_help().map(|h| h.to_string()).unwrap_or_default();
                let (head, examples) = after.split_once("Examples:").unwrap_or(("", ""));
                if !head.trim().is_empty() || examples.trim().is_empty() {
                    wrong.push(format!("{name}: the help must end with an `Examples:` section"));
                }
                // A long example goes on over lines ending in ` \`, as a shell takes it.
                let mut continued = false;
                for line in examples.lines().filter(|l| !l.trim().is_empty()) {
                    let l = line.trim_start();
                    let starts = l.starts_with("engage ") || l.starts_with("# ") || (continued && l.starts_with("--"));
                    continued = l.ends_with(" \\");
                    if !starts || line.len() > 78 || l.contains("  #") {
                        wrong.push(format!("{name}: not a pastable example line: {line:?}"));
                    }
                }
            }
            for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                walk(sub, &name, wrong);
            }
        }
        let mut wrong = Vec::new();
        walk(&crate::cli::full_command(), "", &mut wrong);
        assert!(wrong.is_empty(), "{} problems:\n{}", wrong.len(), wrong.join("\n"));
    }
}
