//! Characters that make text on screen read differently from the text itself. An emitted command
//! holding one could show one value and run another, so the JSON writer escapes them (as it does
//! controls) and no shell word carries them raw.

/// Every format character (general category Cf) of Unicode 17.0, as inclusive ranges:
/// - the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks
///   (U+200E, U+200F, U+061C) reorder the text around them, so a value can show its end first;
/// - the zero-width space, non-joiner, joiner and word joiner (U+200B–U+200D, U+2060), U+FEFF, the
///   soft hyphen (U+00AD), the invisible operators (U+2061–U+2064) and the tag characters
///   (U+E0001, U+E0020–U+E007F) show nothing, so they hide text or smuggle it past a reader;
/// - the rest (Arabic number signs, interlinear annotation, Egyptian and shorthand format controls,
///   musical beams) are invisible or change the glyphs near them too.
///
/// Joiners also shape emoji and some scripts' names; escaped, they still reach the CLI unchanged.
const FORMAT_CHARACTERS: [(u32, u32); 21] = [
    (0xAD, 0xAD),
    (0x600, 0x605),
    (0x61C, 0x61C),
    (0x6DD, 0x6DD),
    (0x70F, 0x70F),
    (0x890, 0x891),
    (0x8E2, 0x8E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
];

/// The line and paragraph separators, which some displays break the line at while a shell reads
/// on: the command would seem to end where it does not.
const SEPARATORS: [char; 2] = ['\u{2028}', '\u{2029}'];

/// Whether `c` hides text or changes how the text around it reads on screen (see
/// [`FORMAT_CHARACTERS`] and [`SEPARATORS`]).
///
/// Left out, because what they show is what they are: spaces other than U+0020 (U+00A0,
/// U+2000–U+200A, U+3000, …) show as a space, and a shell word holding one is quoted; blank
/// letters such as the Hangul fillers and U+2800 show as blank space; combining marks and variation
/// selectors change the character before them, which stays visible. Controls are
/// [`char::is_control`], handled alike by the callers.
pub fn hides_or_reorders(c: char) -> bool {
    let code = u32::from(c);
    // Everything listed is at or above U+00AD: ASCII and Latin-1 text leave at the first test.
    code >= 0xAD
        && (SEPARATORS.contains(&c)
            || FORMAT_CHARACTERS
                .binary_search_by(|&(first, last)| {
                    if last < code {
                        std::cmp::Ordering::Less
                    } else if first > code {
                        std::cmp::Ordering::Greater
                    } else {
                        std::cmp::Ordering::Equal
                    }
                })
                .is_ok())
}

/// The ranges of characters [`hides_or_reorders`] is true for, for the package's renderer.
pub fn ranges() -> impl Iterator<Item = (u32, u32)> {
    FORMAT_CHARACTERS.into_iter().chain(SEPARATORS.map(|c| (u32::from(c), u32::from(c))))
}

/// Marks in `table` the first UTF-8 byte of every character [`hides_or_reorders`] is true for, so
/// a byte scan can skip the text that holds none.
pub(crate) const fn mark_lead_bytes(mut table: [bool; 256]) -> [bool; 256] {
    let mut range = 0;
    while range < FORMAT_CHARACTERS.len() {
        let (mut code, last) = FORMAT_CHARACTERS[range];
        while code <= last {
            table[lead_byte(code) as usize] = true;
            code += 1;
        }
        range += 1;
    }
    table[lead_byte(0x2028) as usize] = true;
    table
}

const fn lead_byte(code: u32) -> u8 {
    match code {
        0..=0x7F => code as u8,
        0x80..=0x7FF => 0xC0 | (code >> 6) as u8,
        0x800..=0xFFFF => 0xE0 | (code >> 12) as u8,
        _ => 0xF0 | (code >> 18) as u8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn the_table_is_sorted_and_holds_the_bidirectional_controls() {
        assert!(FORMAT_CHARACTERS.windows(2).all(|pair| pair[0].1 < pair[1].0));
        let bidi = ('\u{202A}'..='\u{202E}').chain('\u{2066}'..='\u{2069}').chain(['\u{200E}', '\u{200F}', '\u{61C}']);
        for c in bidi.chain(['\u{200B}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{2028}', '\u{2029}', '\u{E0041}']) {
            assert!(hides_or_reorders(c), "U+{:04X}", u32::from(c));
        }
        for c in ['a', ' ', '\u{A0}', '\u{2000}', '\u{3000}', 'é', '\u{301}', '\u{FE0F}', '😀', '\u{3164}'] {
            assert!(!hides_or_reorders(c), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn lead_bytes_are_those_of_utf_8() {
        let table = mark_lead_bytes([false; 256]);
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| hides_or_reorders(c)) {
            assert!(table[usize::from(c.encode_utf8(&mut [0; 4]).as_bytes()[0])], "U+{:04X}", u32::from(c));
        }
    }

    /// The table against the regex crate's Unicode tables, which may be of another version: every
    /// format character they know must be in the table.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_format_character_is_listed() {
        let format = regex::Regex::new(r"^\p{Cf}$").expect("a valid pattern");
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if format.is_match(c.encode_utf8(&mut [0; 4])) {
                assert!(hides_or_reorders(c), "U+{:04X} is a format character", u32::from(c));
            }
        }
    }
}
