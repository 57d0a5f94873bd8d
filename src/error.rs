//! Errors of the register, each carrying the exit code the README gives it.
//!
//! The message says what is wrong; `at` says where (the record, file:line and field, or
//! the flag), so that one line says what and where, and no code needs to read the
//! where back out of the text.

use std::fmt;

/// What went wrong, as far as the exit code is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The program or its storage failed (I/O, database, newer schema): exit 1.
    Storage,
    /// A command-line usage error outside clap's own checks (a missing `--yes`): exit 2.
    Usage,
    /// Invalid input data; nothing was written: exit 3.
    Invalid,
    /// No such record, or no register yet: exit 4.
    NotFound,
    /// Duplicate, ambiguous reference, record in use, locked month: exit 5.
    Conflict,
    /// The database stayed locked beyond the busy timeout: exit 6.
    Busy,
}

impl Kind {
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Storage => 1,
            Kind::Usage => 2,
            Kind::Invalid => 3,
            Kind::NotFound => 4,
            Kind::Conflict => 5,
            Kind::Busy => 6,
        }
    }
}

/// An error with its kind, a one-line message, an optional hint and optional detail
/// lines (the candidates of an ambiguous reference, one a line).
#[derive(Debug)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    /// Where: `file.csv:12, field code`, `--date`, `PERSON`.
    pub at: Option<String>,
    pub hint: Option<String>,
    pub details: Vec<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Error {
        Error { kind, message: message.into(), at: None, hint: None, details: Vec::new() }
    }
    pub fn storage(message: impl Into<String>) -> Error {
        Error::new(Kind::Storage, message)
    }
    pub fn usage(message: impl Into<String>) -> Error {
        Error::new(Kind::Usage, message)
    }
    pub fn invalid(message: impl Into<String>) -> Error {
        Error::new(Kind::Invalid, message)
    }
    pub fn not_found(message: impl Into<String>) -> Error {
        Error::new(Kind::NotFound, message)
    }
    pub fn conflict(message: impl Into<String>) -> Error {
        Error::new(Kind::Conflict, message)
    }
    /// Says where the error is; an empty place says nothing.
    pub fn at(mut self, at: impl Into<String>) -> Error {
        let at = at.into();
        self.at = (!at.is_empty()).then_some(at);
        self
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Error {
        self.hint = Some(hint.into());
        self
    }
    pub fn with_details(mut self, details: Vec<String>) -> Error {
        self.details = details;
        self
    }
    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        match &self.at {
            Some(at) => write!(f, " ({at})"),
            None => Ok(()),
        }
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::storage(format!("I/O error: {e}"))
    }
}
