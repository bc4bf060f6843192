//! A compact byte trie over sorted surfaces, walked from word starts.
//!
//! Every gazetteer match must be a whole word, so a match can only begin where a word begins:
//! instead of running an Aho-Corasick automaton over every byte of the text (and throwing away
//! the matches inside words), the scan skips to the bytes that can start a surface at a word
//! start (upper-case letters, mostly) and walks the trie from there, keeping the longest surface
//! that also ends a word. No failure links are needed, so the trie builds in one pass over the
//! sorted surfaces.
//!
//! Layout: nodes are numbered in breadth-first order, and the `len` edges of a node, in byte
//! order, lead to nodes `first + 1 ..= first + len`, because every node but the root is created
//! by exactly one edge, in the same order. A node of up to 5 edges holds their bytes in its
//! 16-byte record with the tag of its key, so one step of a walk usually reads one cache line; a
//! node of more edges (the letters after a capital) has them as a 256-bit set, where an edge's
//! rank is one population count. The root's children are kept in a 256-entry table.
//!
//! Exact look-ups of one word ([`Trie::get`], asked for every capitalized token) go through a
//! hash table of the keys of up to 16 bytes instead of a walk: one probe, usually, instead of a
//! search among a node's edges at every byte. [`Trie::get_at`] reads the key in place from the
//! text, as two masked 8-byte words.

/// No value / no node.
const NONE: u32 = u32::MAX;

/// A trie from byte strings to values (their rank in the sorted input) and tags.
#[derive(Debug)]
pub(crate) struct Trie {
    /// Patterns are stored ASCII-lowercased, and text bytes are lowercased while walking.
    fold: bool,
    /// Child of the root for each byte (0 = none: the root is nobody's child).
    root: Box<[u32; 256]>,
    /// Whether a key starts with each byte as seen in the text (both cases when folding).
    starts: [bool; 256],
    nodes: Vec<Node>,
    /// The edges of each node of more than [`INLINE`] edges, as a bitmap (see [`Wide`]).
    wide: Vec<Wide>,
    /// The keys of 1 to [`SHORT`] bytes, for [`Trie::get`].
    short: ShortKeys,
}

/// One node: 16 bytes, so a step of a walk usually touches one cache line.
#[derive(Clone, Copy, Debug)]
struct Node {
    /// The node's first edge is edge number `first` of the trie (edge `k` leads to node `k + 1`).
    first: u32,
    /// The value of the key ending here, or `NONE`.
    value: u32,
    /// Number of edges.
    len: u16,
    /// The tag of the key ending here (0 if none).
    tag: u8,
    /// The first `INLINE` edge bytes, copied here to save a look-up elsewhere; for a
    /// node of more edges, the index of its [`Wide`] in the first four bytes (little-endian).
    inline: [u8; INLINE],
}

/// The edge bytes of a node with many edges (the letters after a capital, mostly) as a 256-bit
/// set: an edge's rank among them, one population count, replaces a search of the edges.
#[derive(Clone, Copy, Debug)]
struct Wide {
    bits: [u64; 4],
    /// Number of edges in the words before each word of `bits`.
    before: [u16; 4],
}

impl Wide {
    /// The set of `edges` (sorted, distinct).
    fn new(edges: &[u8]) -> Wide {
        let mut bits = [0u64; 4];
        for &b in edges {
            bits[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        let mut before = [0u16; 4];
        for w in 1..4 {
            before[w] = before[w - 1] + bits[w - 1].count_ones() as u16;
        }
        Wide { bits, before }
    }

    /// The index of edge byte `b` among the node's edges, if it is one.
    #[inline]
    fn rank(&self, b: u8) -> Option<usize> {
        let w = usize::from(b >> 6);
        let bit = 1u64 << (b & 63);
        let word = self.bits[w];
        (word & bit != 0)
            .then(|| usize::from(self.before[w]) + (word & (bit - 1)).count_ones() as usize)
    }
}

const INLINE: usize = 5;

/// Longest key in [`ShortKeys`].
const SHORT: usize = 16;

/// Open-addressing table of the short keys: packed bytes and length to value and tag.
#[derive(Debug)]
struct ShortKeys {
    slots: Vec<ShortSlot>,
    shift: u32,
}

/// A short key (`len` 0: an empty slot), its bytes zero-padded in two words.
#[derive(Clone, Copy, Debug, Default)]
struct ShortSlot {
    lo: u64,
    hi: u64,
    value: u32,
    len: u8,
    tag: u8,
}

impl ShortKeys {
    /// The table of the keys of 1 to [`SHORT`] bytes among `keys` (distinct), key `i` with
    /// value `i` and tag `tags[i]`.
    fn build(keys: &[&[u8]], tags: &[u8]) -> ShortKeys {
        let n = keys
            .iter()
            .filter(|k| (1..=SHORT).contains(&k.len()))
            .count();
        let size = (n * 2).next_power_of_two().max(16);
        let mut table = ShortKeys {
            slots: vec![ShortSlot::default(); size],
            shift: 64 - size.trailing_zeros(),
        };
        for (i, key) in keys.iter().enumerate() {
            let Some((lo, hi)) = pack(key, false) else {
                continue;
            };
            let mut k = table.slot(lo, hi, key.len());
            while table.slots[k].len != 0 {
                k = (k + 1) & (size - 1);
            }
            table.slots[k] = ShortSlot {
                lo,
                hi,
                value: i as u32,
                len: key.len() as u8,
                tag: tags[i],
            };
        }
        table
    }

    fn slot(&self, lo: u64, hi: u64, len: usize) -> usize {
        let h = (lo ^ hi.rotate_left(29) ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> self.shift) as usize
    }

    /// The value and tag of `key` (1 to [`SHORT`] bytes, ASCII-lowercased with `fold`).
    fn get(&self, key: &[u8], fold: bool) -> Option<(u32, u8)> {
        let (lo, hi) = pack(key, fold)?;
        self.get_packed(lo, hi, key.len())
    }

    /// [`ShortKeys::get`] of the key `text[start..start + len]`, read in place: two masked word
    /// loads when 16 bytes of text follow `start` (no copy into a buffer), [`pack`] otherwise.
    fn get_at(&self, text: &[u8], start: usize, len: usize) -> Option<(u32, u8)> {
        let window = text.get(start..).and_then(|rest| rest.first_chunk::<16>());
        let Some(window) = window.filter(|_| (1..=SHORT).contains(&len)) else {
            return self.get(text.get(start..start + len)?, false);
        };
        let (lo, hi) = window.split_at(8);
        let word = |b: &[u8], keep: usize| {
            let x = u64::from_le_bytes(b.try_into().expect("8 bytes"));
            if keep >= 8 {
                x
            } else {
                x & ((1u64 << (8 * keep)) - 1)
            }
        };
        self.get_packed(word(lo, len), word(hi, len.saturating_sub(8)), len)
    }

    /// The look-up of a key packed by [`pack`] (or as [`ShortKeys::get_at`] reads it).
    fn get_packed(&self, lo: u64, hi: u64, len: usize) -> Option<(u32, u8)> {
        let key_len = len;
        let mask = self.slots.len() - 1;
        let mut k = self.slot(lo, hi, key_len);
        loop {
            let s = &self.slots[k];
            if s.len == 0 {
                return None;
            }
            if s.lo == lo && s.hi == hi && usize::from(s.len) == key_len {
                return Some((s.value, s.tag));
            }
            k = (k + 1) & mask;
        }
    }

    fn heap_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<ShortSlot>()
    }
}

/// `key` (1 to [`SHORT`] bytes) zero-padded into two little-endian words, ASCII-lowercased with
/// `fold`; `None` for other lengths.
fn pack(key: &[u8], fold: bool) -> Option<(u64, u64)> {
    if key.is_empty() || key.len() > SHORT {
        return None;
    }
    let mut buf = [0u8; SHORT];
    buf[..key.len()].copy_from_slice(key);
    if fold {
        buf.make_ascii_lowercase();
    }
    let (lo, hi) = buf.split_at(8);
    Some((
        u64::from_le_bytes(lo.try_into().ok()?),
        u64::from_le_bytes(hi.try_into().ok()?),
    ))
}

impl Trie {
    /// Builds the trie of `keys`, which must be sorted and distinct; key `i` gets value `i` and
    /// tag `tags[i]`. With `fold`, keys must already be ASCII-lowercased.
    pub(crate) fn build(keys: &[&[u8]], tags: &[u8], fold: bool) -> Trie {
        debug_assert!(keys.windows(2).all(|w| w[0] < w[1]));
        debug_assert_eq!(keys.len(), tags.len());
        // Breadth-first: node n covers keys[lo..hi], which share their first `depth` bytes.
        let mut ranges: Vec<(u32, u32, u32)> = vec![(0, keys.len() as u32, 0)];
        let mut nodes = Vec::with_capacity(keys.len() * 4);
        let mut edge_bytes = Vec::with_capacity(keys.len() * 4);
        let mut wide = Vec::new();
        let mut n = 0;
        while n < ranges.len() {
            let (lo, hi, depth) = ranges[n];
            let (mut i, hi, d) = (lo as usize, hi as usize, depth as usize);
            let mut node = Node {
                first: edge_bytes.len() as u32,
                value: NONE,
                len: 0,
                tag: 0,
                inline: [0; INLINE],
            };
            // The key equal to the prefix itself sorts first.
            if i < hi && keys[i].len() == d {
                node.value = i as u32;
                node.tag = tags[i];
                i += 1;
            }
            while i < hi {
                let b = keys[i][d];
                let j = i + keys[i..hi].partition_point(|k| k[d] == b);
                if let Some(slot) = node.inline.get_mut(usize::from(node.len)) {
                    *slot = b;
                }
                node.len += 1;
                edge_bytes.push(b);
                ranges.push((i as u32, j as u32, depth + 1));
                i = j;
            }
            if usize::from(node.len) > INLINE {
                let idx = (wide.len() as u32).to_le_bytes();
                node.inline[..idx.len()].copy_from_slice(&idx);
                wide.push(Wide::new(&edge_bytes[node.first as usize..]));
            }
            nodes.push(node);
            n += 1;
        }
        let mut root = Box::new([0u32; 256]);
        let mut starts = [false; 256];
        let r = nodes[0];
        for k in r.first..r.first + u32::from(r.len) {
            let b = edge_bytes[k as usize];
            root[b as usize] = k + 1;
            starts[b as usize] = true;
            if fold {
                starts[b.to_ascii_uppercase() as usize] = true;
            }
        }
        Trie {
            fold,
            root,
            starts,
            nodes,
            wide,
            short: ShortKeys::build(keys, tags),
        }
    }

    /// Whether some key starts with byte `b` (as seen in the text), for each byte.
    #[inline]
    pub(crate) fn start_bytes(&self) -> &[bool; 256] {
        &self.starts
    }

    /// Whether some key starts with byte `b` (as seen in the text).
    #[cfg(test)]
    fn starts_with_byte(&self, b: u8) -> bool {
        self.starts[b as usize]
    }

    #[inline]
    fn child(&self, node: u32, b: u8) -> Option<u32> {
        if node == 0 {
            let c = self.root[b as usize];
            return (c != 0).then_some(c);
        }
        let nd = &self.nodes[node as usize];
        let len = usize::from(nd.len);
        let k = if len <= INLINE {
            nd.inline[..len].iter().position(|&e| e == b)?
        } else {
            let [a, b1, c, d, _] = nd.inline;
            let idx = u32::from_le_bytes([a, b1, c, d]) as usize;
            self.wide.get(idx)?.rank(b)?
        };
        Some(nd.first + k as u32 + 1)
    }

    /// Walks `text` from `start`; calls `on_key(end, value, tag)` for every key that is a prefix
    /// of `text[start..]`, shortest first. A line break in the text matches a space of a key.
    #[inline]
    pub(crate) fn walk(&self, text: &[u8], start: usize, on_key: impl FnMut(usize, u32, u8)) {
        // One branch on `fold` per walk, not per byte.
        if self.fold {
            self.walk_with::<true>(text, start, on_key)
        } else {
            self.walk_with::<false>(text, start, on_key)
        }
    }

    #[inline]
    fn walk_with<const FOLD: bool>(
        &self,
        text: &[u8],
        start: usize,
        mut on_key: impl FnMut(usize, u32, u8),
    ) {
        let mut node = 0;
        for (i, &b) in text[start..].iter().enumerate() {
            let b = if FOLD { b.to_ascii_lowercase() } else { b };
            match self.child(node, b) {
                Some(c) => node = c,
                // A line break stands for the space between two words of a key: wire text
                // wraps inside names ("Los\nAngeles"). Keys hold single spaces, so a blank line
                // never matches. Tried only once the byte itself has failed.
                None if b == b'\n' => match self.child(node, b' ') {
                    Some(c) => node = c,
                    None => return,
                },
                None => return,
            }
            let nd = &self.nodes[node as usize];
            if nd.value != NONE {
                on_key(start + i + 1, nd.value, nd.tag);
            }
        }
    }

    /// The value and tag of exactly `key`, if it is in the trie.
    pub(crate) fn get(&self, key: &[u8]) -> Option<(u32, u8)> {
        if key.len() <= SHORT {
            return self.short.get(key, self.fold);
        }
        self.get_by_walk(key)
    }

    /// [`Trie::get`] of `text[start..start + len]`, read in place (see [`ShortKeys::get_at`]).
    pub(crate) fn get_at(&self, text: &[u8], start: usize, len: usize) -> Option<(u32, u8)> {
        if len <= SHORT && !self.fold {
            return self.short.get_at(text, start, len);
        }
        self.get(text.get(start..start + len)?)
    }

    /// [`Trie::get`] by a walk from the root (keys longer than [`SHORT`]).
    fn get_by_walk(&self, key: &[u8]) -> Option<(u32, u8)> {
        let mut node = 0;
        for &b in key {
            let b = if self.fold { b.to_ascii_lowercase() } else { b };
            node = self.child(node, b)?;
        }
        let nd = &self.nodes[node as usize];
        (nd.value != NONE && !key.is_empty()).then_some((nd.value, nd.tag))
    }

    /// Heap bytes used.
    pub(crate) fn heap_bytes(&self) -> usize {
        256 * 4
            + self.nodes.capacity() * std::mem::size_of::<Node>()
            + self.wide.capacity() * std::mem::size_of::<Wide>()
            + self.short.heap_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trie(keys: &[&str], fold: bool) -> Trie {
        let keys: Vec<&[u8]> = keys.iter().map(|k| k.as_bytes()).collect();
        let tags: Vec<u8> = (0..keys.len()).map(|i| i as u8 + 1).collect();
        Trie::build(&keys, &tags, fold)
    }

    fn prefixes(t: &Trie, text: &str) -> Vec<(usize, u32)> {
        let mut out = Vec::new();
        t.walk(text.as_bytes(), 0, |end, v, tag| {
            assert_eq!(tag, v as u8 + 1);
            out.push((end, v))
        });
        out
    }

    #[test]
    fn a_line_break_matches_a_space_of_a_key() {
        let t = trie(&["Los Angeles", "New York City"], false);
        assert_eq!(prefixes(&t, "Los\nAngeles"), [(11, 0)]);
        assert_eq!(prefixes(&t, "New York\nCity"), [(13, 1)]);
        assert!(prefixes(&t, "Los\n\nAngeles").is_empty());
        assert!(prefixes(&t, "Los \nAngeles").is_empty());
    }

    #[test]
    fn walks_every_prefix_key() {
        let t = trie(
            &["New", "New York", "New York City", "Newark", "Niger"],
            false,
        );
        assert_eq!(
            prefixes(&t, "New York Cityscape"),
            [(3, 0), (8, 1), (13, 2)]
        );
        assert_eq!(prefixes(&t, "Newark"), [(3, 0), (6, 3)]);
        assert_eq!(prefixes(&t, "Nigeria"), [(5, 4)]);
        assert!(prefixes(&t, "new").is_empty());
        assert_eq!(t.get(b"New York"), Some((1, 2)));
        assert_eq!(t.get(b"New Yor"), None);
        assert_eq!(t.get(b""), None);
        assert!(t.starts_with_byte(b'N') && !t.starts_with_byte(b'n'));
    }

    #[test]
    fn many_edges_use_a_bitmap() {
        // Edge bytes in all four 64-bit words of the bitmap (digits, capitals, lower case, the
        // first bytes of "é" and "ß").
        let mut keys: Vec<String> = ('0'..='9')
            .chain('A'..='Z')
            .chain('a'..='z')
            .chain(['é', 'ß'])
            .map(|c| format!("X{c}"))
            .collect();
        keys.sort();
        let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
        let t = trie(&refs, false);
        for (i, k) in refs.iter().enumerate() {
            assert_eq!(t.get_by_walk(k.as_bytes()).map(|x| x.0), Some(i as u32));
            assert_eq!(
                prefixes(&t, &format!("{k} and more")),
                [(k.len(), i as u32)]
            );
        }
        for missing in ["X!", "X~", "X\u{7f}", "Xè", "X"] {
            assert_eq!(t.get_by_walk(missing.as_bytes()), None, "{missing:?}");
        }
    }

    /// The hash table of short keys answers every look-up as the walk from the root does: for
    /// every key, its other casings, its prefixes and extensions, short and long, folded or not.
    #[test]
    fn short_keys_answer_as_the_walk() {
        let mut keys = vec![
            "a",
            "ab",
            "abc",
            "Abc",
            "New",
            "New York",
            "New York City",
            "Niger",
            "Nigeria",
            "exactly sixteen!",
            "seventeen bytes!!",
            "a much longer key than sixteen bytes",
            "Goïta",
            "x\u{0}y",
        ];
        keys.sort();
        for fold in [false, true] {
            let lowered: Vec<String> = keys.iter().map(|k| k.to_ascii_lowercase()).collect();
            let mut ks: Vec<&str> = if fold {
                lowered.iter().map(String::as_str).collect()
            } else {
                keys.clone()
            };
            ks.sort();
            ks.dedup();
            let t = trie(&ks, fold);
            let mut probes: Vec<String> = vec![String::new(), "x".into(), "x\u{0}".into()];
            for k in &keys {
                probes.extend([
                    k.to_string(),
                    k.to_ascii_uppercase(),
                    k.to_ascii_lowercase(),
                    format!("{k}s"),
                    format!("{k}\u{0}"),
                    k.chars().skip(1).collect(),
                    k.chars().take(k.chars().count() - 1).collect(),
                ]);
            }
            for p in &probes {
                assert_eq!(t.get(p.as_bytes()), t.get_by_walk(p.as_bytes()), "{p:?}");
                // Read in place, with text after the key (words loaded past it) or none.
                let within = format!("({p}) and the rest of the sentence");
                assert_eq!(
                    t.get_at(within.as_bytes(), 1, p.len()),
                    t.get(p.as_bytes()),
                    "{p:?}"
                );
                assert_eq!(
                    t.get_at(p.as_bytes(), 0, p.len()),
                    t.get(p.as_bytes()),
                    "{p:?}"
                );
            }
            for (i, k) in ks.iter().enumerate() {
                assert_eq!(t.get(k.as_bytes()).map(|x| x.0), Some(i as u32), "{k:?}");
            }
        }
    }

    #[test]
    fn folded() {
        let t = trie(&["acme", "acme widgets"], true);
        assert_eq!(prefixes(&t, "ACME Widgets"), [(4, 0), (12, 1)]);
        assert!(t.starts_with_byte(b'A') && t.starts_with_byte(b'a'));
        assert!(trie(&[], false).get(b"x").is_none());
    }
}
