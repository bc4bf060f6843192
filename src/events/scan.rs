//! The trigger search: aho-corasick's leftmost-longest DFA over the trigger surfaces, copied
//! into a dense table with a search loop of a few instructions per byte of text.
//!
//! The trigger automaton runs over every byte of every document, so its inner loop matters:
//! on news text the crate's generic search (`AhoCorasick::find_iter`) takes about 19
//! instructions per byte, this table walk (four bytes a round, one comparison a byte, no bounds
//! test) about 11. The table here is read off the crate's DFA state by state, and the loop
//! follows the crate's leftmost search (a match is remembered, the walk goes on until the dead
//! state; the next search starts at the match's end), so the matches are the crate's.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{Anchored, MatchKind, dfa};

use crate::error::Error;

/// A dense DFA over the trigger surfaces (ASCII-case-insensitive, leftmost-longest).
#[derive(Debug)]
pub(crate) struct TriggerDfa {
    /// Byte -> equivalence class: bytes no surface tells apart share one.
    classes: [u8; 256],
    /// Number of classes (the row length of `trans`).
    stride: usize,
    /// Transitions: `trans[state + class]` is the next state. States are row offsets
    /// (`index * stride`): first the states that are neither dead nor matching (the start among
    /// them), then the dead state at `dead`, then the match states, so that one comparison
    /// (`state >= dead`) tells the search loop to stop and look. The length is a power of two.
    trans: Vec<u32>,
    /// The unanchored start state.
    start: u32,
    /// The dead state; the first match state follows it.
    dead: u32,
    /// Per match state (by `(state - dead) / stride - 1`): the pattern and its length.
    matches: Vec<(u32, u32)>,
}

impl TriggerDfa {
    /// The DFA of `surfaces` (lower-case; matched ignoring ASCII case).
    pub(crate) fn build(surfaces: &[String]) -> Result<TriggerDfa, Error> {
        let aut = dfa::DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(surfaces)
            .map_err(|e| Error::invalid_data(format!("cannot build trigger automaton: {e}")))?;
        let classes = byte_classes(surfaces);
        let stride = usize::from(classes.iter().copied().max().unwrap_or(0)) + 1;
        let mut reps = vec![0u8; stride];
        for b in (0..=255u8).rev() {
            reps[usize::from(classes[usize::from(b)])] = b;
        }
        let start = aut
            .start_state(Anchored::No)
            .map_err(|e| Error::invalid_data(format!("cannot build trigger automaton: {e}")))?;
        // Every state reachable from the start, in discovery order.
        let mut states: Vec<StateID> = vec![start];
        let mut seen = std::collections::HashSet::new();
        seen.insert(start);
        let mut k = 0;
        while k < states.len() {
            let s = states[k];
            k += 1;
            if aut.is_dead(s) {
                continue;
            }
            for &b in &reps {
                let t = aut.next_state(Anchored::No, s, b);
                if seen.insert(t) {
                    states.push(t);
                }
            }
        }
        // Numbering: plain states, then the dead state, then match states.
        let mut order: Vec<StateID> = Vec::with_capacity(states.len() + 1);
        order.extend(
            states
                .iter()
                .copied()
                .filter(|&s| !aut.is_dead(s) && !aut.is_match(s)),
        );
        let dead = order.len();
        // (A lexicon whose automaton never dies still gets a dead row, unreachable.)
        order.push(
            states
                .iter()
                .copied()
                .find(|&s| aut.is_dead(s))
                .unwrap_or(StateID::ZERO),
        );
        order.extend(states.iter().copied().filter(|&s| aut.is_match(s)));
        let offset = |i: usize| -> Result<u32, Error> {
            u32::try_from(i * stride)
                .map_err(|_| Error::invalid_data("trigger automaton too large".to_string()))
        };
        let mut index = std::collections::HashMap::with_capacity(order.len());
        for (i, &s) in order.iter().enumerate() {
            if i != dead {
                index.insert(s, offset(i)?);
            }
        }
        let dead_at = offset(dead)?;
        // (Padded to a power of two, for the search to mask its index instead of testing it;
        // the padding is never read, and left zero not to take memory.)
        let mut trans = vec![0u32; (order.len() * stride).next_power_of_two()];
        trans[dead * stride..(dead + 1) * stride].fill(dead_at);
        let mut matches = Vec::new();
        for (i, &s) in order.iter().enumerate() {
            if i == dead {
                continue; // the dead state stays dead
            }
            for (c, &b) in reps.iter().enumerate() {
                let t = aut.next_state(Anchored::No, s, b);
                trans[i * stride + c] = if aut.is_dead(t) { dead_at } else { index[&t] };
            }
            if i > dead {
                let pid = aut.match_pattern(s, 0);
                matches.push((pid.as_u32(), aut.pattern_len(pid) as u32));
            }
        }
        Ok(TriggerDfa {
            classes,
            stride,
            trans,
            start: index.get(&start).copied().unwrap_or(dead_at),
            dead: dead_at,
            matches,
        })
    }

    /// Calls `f(pattern, start, end)` for each leftmost-longest, non-overlapping match in
    /// `hay`, in order.
    pub(crate) fn for_each_match(&self, hay: &[u8], mut f: impl FnMut(usize, usize, usize)) {
        let trans = &self.trans[..];
        let classes = &self.classes;
        let dead = self.dead;
        // Every state's row is inside the table, so the mask changes no index; it only shows
        // the compiler that none is out of bounds.
        let mask = trans.len().wrapping_sub(1);
        let step =
            |s: u32, b: u8| trans[(s as usize + usize::from(classes[usize::from(b)])) & mask];
        let n = hay.len();
        let mut at = 0;
        while at < n {
            let mut s = self.start;
            // The last match state seen and the end of its match (0: none yet).
            let (mut found, mut end) = (0, 0);
            let mut i = at;
            loop {
                // Through plain states, remembering nothing: four bytes a round while four
                // are left, then one by one.
                'plain: {
                    let mut chunks = hay[i..].chunks_exact(4);
                    for c in &mut chunks {
                        s = step(s, c[0]);
                        if s >= dead {
                            i += 1;
                            break 'plain;
                        }
                        s = step(s, c[1]);
                        if s >= dead {
                            i += 2;
                            break 'plain;
                        }
                        s = step(s, c[2]);
                        if s >= dead {
                            i += 3;
                            break 'plain;
                        }
                        s = step(s, c[3]);
                        i += 4;
                        if s >= dead {
                            break 'plain;
                        }
                    }
                    for &b in chunks.remainder() {
                        s = step(s, b);
                        i += 1;
                        if s >= dead {
                            break 'plain;
                        }
                    }
                }
                if s <= dead {
                    break; // dead, or the text ended in a plain state
                }
                (found, end) = (s, i);
                if i == n {
                    break;
                }
            }
            if end == 0 {
                return;
            }
            let (pattern, len) = self.matches[(found - dead) as usize / self.stride - 1];
            f(pattern as usize, end - len as usize, end);
            at = end;
        }
    }
}

/// Byte classes for `surfaces` matched ignoring ASCII case: one class per byte that occurs in
/// a surface (an ASCII letter together with its upper case), and class 0 for every other byte.
fn byte_classes(surfaces: &[String]) -> [u8; 256] {
    let mut classes = [0u8; 256];
    // At most 230 classes besides 0: upper-case letters share their lower case's.
    let mut next = 1u8;
    for s in surfaces {
        for b in s.bytes() {
            let low = b.to_ascii_lowercase();
            if classes[usize::from(low)] == 0 {
                classes[usize::from(low)] = next;
                classes[usize::from(low.to_ascii_uppercase())] = next;
                next += 1;
            }
        }
    }
    classes
}

#[cfg(test)]
mod tests {
    use aho_corasick::AhoCorasick;

    use super::*;

    /// The table search reports exactly the matches of the crate's own search, on text full of
    /// near misses: triggers inside words, overlapping surfaces, other casings, curly quotes.
    #[test]
    fn same_matches_as_aho_corasick() {
        let surfaces: Vec<String> = [
            "attack",
            "attacks",
            "attacked",
            "heart attack",
            "coup",
            "coup d'état",
            "coup d\u{2019}etat",
            "seize",
            "seized power",
            "protest",
            "protesters",
            "killed",
            "kill",
            "skill",
            "a",
        ]
        .map(String::from)
        .to_vec();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&surfaces)
            .unwrap();
        let ours = TriggerDfa::build(&surfaces).unwrap();
        let texts = [
            "",
            "a",
            "Rebels ATTACKED the base; a heart attack killed him.",
            "The coupled attackers skillfully killed. Coup d'état, coup d\u{2019}etat, coup d'et",
            "They seized power and seized the town; protesters protest-protested.",
            "attackattacksattacked heart attac heart attack",
            "Ünïcödé attack — «coup» \u{2019}kill\u{2019}",
        ];
        for t in texts {
            let expected: Vec<(usize, usize, usize)> = ac
                .find_iter(t)
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                .collect();
            let mut got = Vec::new();
            ours.for_each_match(t.as_bytes(), |p, s, e| got.push((p, s, e)));
            assert_eq!(got, expected, "{t:?}");
        }
    }

    /// No surfaces: no match, and no panic.
    #[test]
    fn empty_lexicon_matches_nothing() {
        let ours = TriggerDfa::build(&[]).unwrap();
        let mut n = 0;
        ours.for_each_match(b"Rebels attacked the base.", |_, _, _| n += 1);
        assert_eq!(n, 0);
    }
}
