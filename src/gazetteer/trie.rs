//! A compact byte trie over sorted surfaces, walked from word starts.
//!
//! Every gazetteer match must be a whole word, so a match can only begin where a word begins:
//! instead of running an Aho-Corasick automaton over every byte of the text (and throwing away
//! the matches inside words), the scan skips to the bytes that can start a surface at a word
//! start (upper-case letters, mostly) and walks the trie from there, keeping the longest surface
//! that also ends a word. No failure links are needed, so the trie builds in one pass over the
//! sorted surfaces.
//!
//! Layout: nodes are numbered in breadth-first order, and the edges of node `n` are
//! `edge_bytes[first[n]..first[n + 1]]` (sorted); edge `k` leads to node `k + 1`, because every
//! node but the root is created by exactly one edge, in the same order. The root's children are
//! also kept in a 256-entry table.

/// No value / no node.
const NONE: u32 = u32::MAX;

/// A trie from byte strings to values (their rank in the sorted input).
#[derive(Debug)]
pub(crate) struct Trie {
    /// Patterns are stored ASCII-lowercased, and text bytes are lowercased while walking.
    fold: bool,
    /// Child of the root for each byte (0 = none: the root is nobody's child).
    root: Box<[u32; 256]>,
    /// Start of each node's edges in `edge_bytes`, plus one sentinel.
    first: Vec<u32>,
    /// The value ending at each node, or `NONE`.
    value: Vec<u32>,
    edge_bytes: Vec<u8>,
}

impl Trie {
    /// Builds the trie of `keys`, which must be sorted and distinct; key `i` gets value `i`.
    /// With `fold`, keys must already be ASCII-lowercased.
    pub(crate) fn build(keys: &[&[u8]], fold: bool) -> Trie {
        debug_assert!(keys.windows(2).all(|w| w[0] < w[1]));
        // Breadth-first: node n covers keys[lo..hi], which share their first `depth` bytes.
        let mut ranges: Vec<(u32, u32, u32)> = vec![(0, keys.len() as u32, 0)];
        let mut first = Vec::with_capacity(keys.len() * 4);
        let mut value = Vec::with_capacity(keys.len() * 4);
        let mut edge_bytes = Vec::with_capacity(keys.len() * 4);
        let mut n = 0;
        while n < ranges.len() {
            let (lo, hi, depth) = ranges[n];
            let (mut i, hi, d) = (lo as usize, hi as usize, depth as usize);
            first.push(edge_bytes.len() as u32);
            // The key equal to the prefix itself sorts first.
            if i < hi && keys[i].len() == d {
                value.push(i as u32);
                i += 1;
            } else {
                value.push(NONE);
            }
            while i < hi {
                let b = keys[i][d];
                let j = i + keys[i..hi].partition_point(|k| k[d] == b);
                edge_bytes.push(b);
                ranges.push((i as u32, j as u32, depth + 1));
                i = j;
            }
            n += 1;
        }
        first.push(edge_bytes.len() as u32);
        let mut root = Box::new([0u32; 256]);
        for k in first[0]..first[1] {
            root[edge_bytes[k as usize] as usize] = k + 1;
        }
        Trie {
            fold,
            root,
            first,
            value,
            edge_bytes,
        }
    }

    /// Whether some key starts with byte `b` (as seen in the text).
    #[inline]
    pub(crate) fn starts_with_byte(&self, b: u8) -> bool {
        self.root[self.fold_byte(b) as usize] != 0
    }

    #[inline]
    fn fold_byte(&self, b: u8) -> u8 {
        if self.fold { b.to_ascii_lowercase() } else { b }
    }

    #[inline]
    fn child(&self, node: u32, b: u8) -> Option<u32> {
        if node == 0 {
            let c = self.root[b as usize];
            return (c != 0).then_some(c);
        }
        let (lo, hi) = (
            self.first[node as usize] as usize,
            self.first[node as usize + 1] as usize,
        );
        let edges = &self.edge_bytes[lo..hi];
        let k = if edges.len() <= 8 {
            edges.iter().position(|&e| e == b)?
        } else {
            edges.binary_search(&b).ok()?
        };
        Some((lo + k) as u32 + 1)
    }

    /// Walks `text` from `start`; calls `on_value(end, value)` for every key that is a prefix of
    /// `text[start..]`, shortest first.
    #[inline]
    pub(crate) fn walk(&self, text: &[u8], start: usize, mut on_value: impl FnMut(usize, u32)) {
        let mut node = 0;
        for (i, &b) in text[start..].iter().enumerate() {
            match self.child(node, self.fold_byte(b)) {
                Some(c) => node = c,
                None => return,
            }
            let v = self.value[node as usize];
            if v != NONE {
                on_value(start + i + 1, v);
            }
        }
    }

    /// The value of exactly `key`, if it is in the trie.
    pub(crate) fn get(&self, key: &[u8]) -> Option<u32> {
        let mut node = 0;
        for &b in key {
            node = self.child(node, self.fold_byte(b))?;
        }
        let v = self.value[node as usize];
        (v != NONE && !key.is_empty()).then_some(v)
    }

    /// Heap bytes used.
    pub(crate) fn heap_bytes(&self) -> usize {
        256 * 4 + self.first.capacity() * 4 + self.value.capacity() * 4 + self.edge_bytes.capacity()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trie(keys: &[&str], fold: bool) -> Trie {
        let keys: Vec<&[u8]> = keys.iter().map(|k| k.as_bytes()).collect();
        Trie::build(&keys, fold)
    }

    fn prefixes(t: &Trie, text: &str) -> Vec<(usize, u32)> {
        let mut out = Vec::new();
        t.walk(text.as_bytes(), 0, |end, v| out.push((end, v)));
        out
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
        assert_eq!(t.get(b"New York"), Some(1));
        assert_eq!(t.get(b"New Yor"), None);
        assert_eq!(t.get(b""), None);
        assert!(t.starts_with_byte(b'N') && !t.starts_with_byte(b'n'));
    }

    #[test]
    fn many_edges_use_binary_search() {
        let keys: Vec<String> = (b'A'..=b'Z').map(|c| format!("X{}", c as char)).collect();
        let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
        let t = trie(&refs, false);
        for (i, k) in refs.iter().enumerate() {
            assert_eq!(t.get(k.as_bytes()), Some(i as u32));
        }
        assert_eq!(t.get(b"Xa"), None);
    }

    #[test]
    fn folded() {
        let t = trie(&["acme", "acme widgets"], true);
        assert_eq!(prefixes(&t, "ACME Widgets"), [(4, 0), (12, 1)]);
        assert!(t.starts_with_byte(b'A') && t.starts_with_byte(b'a'));
        assert!(trie(&[], false).get(b"x").is_none());
    }
}
