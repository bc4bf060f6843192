//! Whitespace found eight bytes at a time.
//!
//! The time-expression windows are whitespace-separated chunks counted around each trigger;
//! testing eight bytes at once (one `u64`, a few arithmetic operations) does in one step what
//! took a table load and a branch per byte.

const ONES: u64 = u64::from_le_bytes([1; 8]);
const HIGH: u64 = ONES * 0x80;

/// Per byte of `v` (all below 0x80): the byte's high bit set when it lies in `lo..=hi`.
#[inline]
const fn in_range(v: u64, lo: u8, hi: u8) -> u64 {
    // `v + 0x80 - lo` reaches 0x80 exactly when `v >= lo`, and never carries into the next
    // byte (at most 0x7f + 0x80).
    (v + ONES * (0x80 - lo as u64)) & !(v + ONES * (0x7f - hi as u64)) & HIGH
}

/// Per byte of `x`: the high bit set for ASCII whitespace (space, `\t`, `\n`, `\x0b`, `\x0c`,
/// `\r`).
#[inline]
const fn space_bytes(x: u64) -> u64 {
    let v = x & !HIGH;
    (in_range(v, b'\t', b'\r') | in_range(v, b' ', b' ')) & !x & HIGH
}

#[inline]
fn load(b: &[u8], i: usize) -> Option<u64> {
    b.get(i..i + 8)
        .map(|c| u64::from_le_bytes(c.try_into().expect("8 bytes")))
}

/// The first ASCII whitespace byte at or after `i` in `b` (or `b.len()`).
#[inline]
pub(super) fn next_space(b: &[u8], mut i: usize) -> usize {
    while let Some(x) = load(b, i) {
        let m = space_bytes(x);
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != 0x0b {
        i += 1;
    }
    i
}

/// The start of the run of non-whitespace bytes that ends at `i` in `b`: the byte after the last
/// ASCII whitespace byte before `i` (or 0).
#[inline]
pub(super) fn after_prev_space(b: &[u8], mut i: usize) -> usize {
    while i >= 8 {
        let x = u64::from_le_bytes(b[i - 8..i].try_into().expect("8 bytes"));
        let m = space_bytes(x);
        if m != 0 {
            return i - (m.leading_zeros() / 8) as usize;
        }
        i -= 8;
    }
    while i > 0 && !b[i - 1].is_ascii_whitespace() && b[i - 1] != 0x0b {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_space(b: u8) -> bool {
        matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
    }

    /// Every chunk end and start agrees with a byte-by-byte scan, for every byte value at every
    /// offset of a word, at text ends and across 8-byte chunk edges.
    #[test]
    fn runs_match_byte_by_byte_scans() {
        let mut texts: Vec<Vec<u8>> = Vec::new();
        for v in 0..=255u8 {
            for k in 0..20 {
                let mut t = b"Abc_19xyzQWERTYuiop0987".to_vec();
                t.truncate(k + 3);
                t[k] = v;
                texts.push(t);
            }
        }
        texts.push(
            "Goïta — déjà vu\u{a0}in\tMay\r\n2026 \x0b\x0cx"
                .as_bytes()
                .to_vec(),
        );
        for t in &texts {
            for i in 0..=t.len() {
                let mut e = i;
                while e < t.len() && !is_space(t[e]) {
                    e += 1;
                }
                assert_eq!(next_space(t, i), e, "{t:?} {i}");
                let mut s = i;
                while s > 0 && !is_space(t[s - 1]) {
                    s -= 1;
                }
                assert_eq!(after_prev_space(t, i), s, "{t:?} {i}");
            }
        }
    }
}
