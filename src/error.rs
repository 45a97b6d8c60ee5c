//! The few ways an analysis can be refused.

use std::fmt;

/// Why [`crate::analyze`] refused to run. Text itself never causes an error
/// (problems with it become warnings); only options and size limits do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// An option has a value Lede cannot use. Fix the named option; the
    /// message says what form it takes.
    InvalidOption {
        /// The option's name as written in JSON, e.g. `reference_date`.
        option: &'static str,
        /// What is wrong and what is expected.
        message: String,
    },
    /// The input is longer than `max_bytes`. Split the text, or raise the
    /// `max_bytes` option if the machine has memory to spare.
    InputTooLarge {
        /// The input's size in UTF-8 bytes.
        bytes: usize,
        /// The limit in force.
        max_bytes: usize,
    },
}

impl Error {
    /// A stable machine-readable code: `invalid_option` or `input_too_large`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::InvalidOption { .. } => "invalid_option",
            Error::InputTooLarge { .. } => "input_too_large",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidOption { option, message } => write!(f, "invalid option `{option}`: {message}"),
            Error::InputTooLarge { bytes, max_bytes } => write!(
                f,
                "input is {bytes} bytes, more than the limit of {max_bytes} bytes (max_bytes); split the text or raise max_bytes"
            ),
        }
    }
}

impl std::error::Error for Error {}
