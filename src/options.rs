//! What the caller can ask of [`crate::analyze`].

use serde_json::Value;

use crate::error::Error;
use crate::span::OffsetUnit;

/// The default and the largest sensible input: 10 MB.
pub const DEFAULT_MAX_BYTES: usize = 10 * 1024 * 1024;

/// Options for one analysis. Plain data: build it with struct-update syntax.
///
/// ```
/// let options = lede::Options { reference_date: Some("2016-09-23".into()), ..Default::default() };
/// assert!(lede::analyze("Hello.", &options).is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The day the article was published, `YYYY-MM-DD`. Later stages resolve
    /// "yesterday" or "on Monday" against it. Without it, the dateline or a
    /// date in the text is used.
    pub reference_date: Option<String>,
    /// The unit of every offset in the output.
    pub offsets: OffsetUnit,
    /// Inputs longer than this many UTF-8 bytes are refused with [`Error::InputTooLarge`].
    pub max_bytes: usize,
    /// Include the `tokens` layer (it is large, so it is off by default).
    pub tokens: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { reference_date: None, offsets: OffsetUnit::Utf16, max_bytes: DEFAULT_MAX_BYTES, tokens: false }
    }
}

/// The option names, as written in JSON.
const OPTION_NAMES: &[&str] = &["reference_date", "offsets", "max_bytes", "tokens"];

fn invalid(option: &'static str, message: String) -> Error {
    Error::InvalidOption { option, message }
}

impl Options {
    /// Reads options from a JSON object (what JavaScript callers and batch
    /// lines pass). Unknown keys and wrong types are errors that name the option;
    /// `null` means "the default".
    pub fn from_json(value: &Value) -> Result<Options, Error> {
        let mut options = Options::default();
        let object = match value {
            Value::Null => return Ok(options),
            Value::Object(object) => object,
            other => return Err(invalid("options", format!("options must be an object, not {other}"))),
        };
        for (key, value) in object {
            let Some(&name) = OPTION_NAMES.iter().find(|n| **n == key) else {
                return Err(Error::InvalidOption {
                    option: "options",
                    message: format!("unknown option `{key}`; the options are {}", OPTION_NAMES.join(", ")),
                });
            };
            if value.is_null() {
                continue;
            }
            match name {
                "reference_date" => {
                    let text = value
                        .as_str()
                        .ok_or_else(|| invalid("reference_date", format!("expected a YYYY-MM-DD string, not {value}")))?;
                    options.reference_date = Some(text.to_string());
                }
                "offsets" => {
                    options.offsets = match value.as_str() {
                        Some("utf16") => OffsetUnit::Utf16,
                        Some("char") => OffsetUnit::Char,
                        Some("byte") => OffsetUnit::Byte,
                        _ => return Err(invalid("offsets", format!("expected \"utf16\", \"char\" or \"byte\", not {value}"))),
                    }
                }
                "max_bytes" => {
                    // JavaScript numbers arrive as floats; accept whole non-negative ones.
                    let bytes = value
                        .as_u64()
                        .or_else(|| {
                            value.as_f64().filter(|f| *f >= 0.0 && f.fract() == 0.0 && *f <= u64::MAX as f64).map(|f| f as u64)
                        })
                        .ok_or_else(|| invalid("max_bytes", format!("expected a whole number of bytes, not {value}")))?;
                    options.max_bytes = usize::try_from(bytes).unwrap_or(usize::MAX);
                }
                _ => {
                    options.tokens =
                        value.as_bool().ok_or_else(|| invalid("tokens", format!("expected true or false, not {value}")))?;
                }
            }
        }
        options.reference_date()?;
        Ok(options)
    }

    /// Checks the options and parses the reference date.
    pub(crate) fn reference_date(&self) -> Result<Option<jiff::civil::Date>, Error> {
        let Some(value) = self.reference_date.as_deref().map(str::trim).filter(|v| !v.is_empty()) else {
            return Ok(None);
        };
        let parsed = parse_iso_date(value).ok_or_else(|| Error::InvalidOption {
            option: "reference_date",
            message: format!("`{value}` is not a calendar date in the form YYYY-MM-DD"),
        })?;
        Ok(Some(parsed))
    }
}

/// Parses exactly `YYYY-MM-DD` into a real calendar date.
fn parse_iso_date(value: &str) -> Option<jiff::civil::Date> {
    let bytes = value.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return None;
    }
    value.parse::<jiff::civil::Date>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn options_from_json_name_the_bad_option() {
        let options =
            Options::from_json(&json!({"reference_date": "2016-09-23", "offsets": "byte", "max_bytes": 100.0, "tokens": true}))
                .unwrap();
        assert_eq!(options.offsets, OffsetUnit::Byte);
        assert_eq!(options.max_bytes, 100);
        assert!(options.tokens);
        assert_eq!(Options::from_json(&Value::Null).unwrap(), Options::default());
        assert_eq!(Options::from_json(&json!({"offsets": null})).unwrap(), Options::default());
        let cases = [
            (json!({"offsets": "bogus"}), "offsets"),
            (json!({"reference_date": "2016-13-45"}), "reference_date"),
            (json!({"reference_date": 20160923}), "reference_date"),
            (json!({"max_bytes": -1}), "max_bytes"),
            (json!({"max_bytes": 1.5}), "max_bytes"),
            (json!({"tokens": "yes"}), "tokens"),
            (json!({"colour": "red"}), "colour"),
            (json!("utf16"), "options"),
        ];
        for (value, named) in cases {
            let message = Options::from_json(&value).unwrap_err().to_string();
            assert!(message.contains(named), "{value}: {message}");
        }
    }

    #[test]
    fn reference_date_must_be_a_real_iso_date() {
        let with = |d: &str| Options { reference_date: Some(d.into()), ..Default::default() };
        assert_eq!(with("2016-09-23").reference_date().unwrap().unwrap().to_string(), "2016-09-23");
        assert_eq!(with("  ").reference_date().unwrap(), None);
        for bad in ["2016-13-01", "2016-02-30", "23/09/2016", "2016-9-23", "yesterday"] {
            let error = with(bad).reference_date().unwrap_err().to_string();
            assert!(error.contains("reference_date") && error.contains(bad), "{error}");
        }
    }
}
