//! The one check of a line of text typed or imported: names, titles, notes.

use std::borrow::Cow;

use crate::error::{Error, Result};

/// Whether a character cannot be seen or changes how the text around it reads: control
/// characters, Unicode's invisible format characters (category Cf: zero-width spaces
/// and joiners, bidirectional overrides and isolates, the soft hyphen, the byte order
/// mark, tag characters), the fillers that draw nothing (Hangul fillers), the combining
/// grapheme joiner, and the line and paragraph separators. A name holding one looks
/// like another name, reads backwards, or breaks a line where none shows.
pub fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{AD}'
                | '\u{34F}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{3164}'
                | '\u{FFA0}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{600}'..='\u{605}'
                | '\u{61C}'
                | '\u{6DD}'
                | '\u{70F}'
                | '\u{8E2}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{110BD}'
                | '\u{110CD}'
                | '\u{13430}'..='\u{1343F}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0001}'
                | '\u{E0020}'..='\u{E007F}'
        )
}

/// A line of text: trimmed, 1 to `max` characters, with no control or invisible
/// character (`allowed` may let one through, as a tab in a declaration). `noun` names
/// it for the message ("a practice name"), `whence` says where it came from.
pub fn line(text: &str, noun: &str, max: usize, whence: &str, allowed: &[char]) -> Result<String> {
    let t = text.trim();
    // Byte checks first, for the bulk imports: a text of at most `max` bytes has at most
    // `max` characters, and ASCII text has no invisible characters but its controls.
    let too_long = t.len() > max && t.chars().count() > max;
    let bad = |c: char| hidden(c) && !allowed.contains(&c);
    let hidden_char =
        if t.is_ascii() { t.chars().find(|c| c.is_ascii_control() && bad(*c)) } else { t.chars().find(|c| bad(*c)) };
    if t.is_empty() || too_long {
        return Err(Error::invalid(format!("not {noun}: {text:?}"))
            .at(whence)
            .with_hint(format!("1 to {max} characters on one line")));
    }
    if let Some(c) = hidden_char {
        return Err(Error::invalid(format!(
            "not {noun}: {text:?} holds an invisible or control character (U+{:04X})",
            c as u32
        ))
        .at(whence)
        .with_hint("retype it without hidden characters (line breaks, zero-width spaces, right-to-left overrides)"));
    }
    Ok(t.to_string())
}

/// A text value of an iCalendar (RFC 5545) or vCard (RFC 6350) content line: backslash,
/// semicolon, comma and newline escaped, other control characters dropped.
pub fn escape_content(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes an iCalendar or vCard content line folded at 75 octets (never inside a UTF-8
/// character), CRLF.
pub fn fold_content(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

/// Text that a spreadsheet would run as a formula gets a leading `'`, so that
/// `=1+1` shows as text. Numeric cells never pass through here.
pub fn neutralise_formula(s: &str) -> Cow<'_, str> {
    match s.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => Cow::Owned(format!("'{s}")),
        _ => Cow::Borrowed(s),
    }
}

/// Undoes [`neutralise_formula`] on text read back from an engage CSV.
pub fn restore_formula(s: &str) -> &str {
    match s.as_bytes() {
        [b'\'', b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r', ..] => &s[1..],
        _ => s,
    }
}

/// A skill tag as the README says: lower case, each run of characters other than letters
/// and digits one `-`, no `-` at either end (`Urgent Care` → `urgent-care`).
pub fn tag(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A fund name: a normalised tag (`Clinical contingency` → `clinical-contingency`), or
/// `project:<name>`.
pub fn fund(text: &str, whence: &str) -> Result<String> {
    // A project's or a scheme's fund keeps its name as given.
    for prefix in ["project:", "scheme:"] {
        if let Some(name) = text.trim().strip_prefix(prefix) {
            if name.trim().is_empty() {
                return Err(Error::invalid(format!("not a fund: {text:?}")).at(whence));
            }
            return Ok(format!("{prefix}{}", name.trim()));
        }
    }
    let tag = tag(text);
    if tag.is_empty() || tag.len() > 60 {
        return Err(Error::invalid(format!("not a fund: {text:?}"))
            .at(whence)
            .with_hint("a fund is a short name such as contingency, locality or board-member"));
    }
    Ok(tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_refused() {
        assert_eq!(line("  Dr Asha Patel ", "a name", 100, "t", &[]).unwrap(), "Dr Asha Patel");
        assert_eq!(line("Siân Llŷr-Öztürk", "a name", 100, "t", &[]).unwrap(), "Siân Llŷr-Öztürk");
        for bad in [
            "Dr \u{202E}kirtaP",
            "Asha\u{200B}Patel",
            "Asha\u{FEFF}",
            "A\u{2066}B",
            "Ash\u{AD}a",
            "a\tb",
            "a\nb",
            "Dr Asha\u{3164}Patel",
            "Dr A\u{34F}sha Patel",
            "Dr Asha\u{2028}Patel",
            "As\u{2029}ha",
            "\u{115F}Asha",
            "Asha\u{1160}",
            "Asha\u{FFA0}",
        ] {
            let e = line(bad, "a name", 100, "t", &[]).unwrap_err();
            assert!(e.message.contains("invisible or control character"), "{bad:?}: {}", e.message);
        }
        assert_eq!(line("a\tb", "a declaration", 500, "t", &['\t']).unwrap(), "a\tb");
        assert!(line("", "a name", 100, "t", &[]).is_err());
        assert!(line(&"x".repeat(101), "a name", 100, "t", &[]).is_err());
        assert!(line(&"é".repeat(100), "a name", 100, "t", &[]).is_ok());
    }
}
