//! Number words shared by the time and quantities stages.

/// The value of a one-word number below a hundred ("seven", "forty"), or None.
pub fn small_word_number(word: &str) -> Option<f64> {
    if let Some(n) = ONES.iter().position(|w| *w == word) {
        return Some(n as f64);
    }
    TENS.iter().position(|w| *w == word).map(|n| (n as f64 + 2.0) * 10.0)
}

/// Number words below twenty, by value.
pub const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// The tens from twenty, by value.
pub const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// The value of a Unicode vulgar fraction character ("½" is 0.5).
pub fn vulgar_fraction(text: &str) -> Option<f64> {
    Some(match text {
        "½" => 0.5,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "⅛" => 0.125,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn small_number_words() {
        assert_eq!(super::small_word_number("zero"), Some(0.0));
        assert_eq!(super::small_word_number("nineteen"), Some(19.0));
        assert_eq!(super::small_word_number("ninety"), Some(90.0));
        assert_eq!(super::small_word_number("hundred"), None);
    }
}
