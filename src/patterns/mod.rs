//! Context rules over tokens and gazetteer cues, each with a stable id reported in `source`.
//!
//! Rules see the sentence's tokens and the gazetteer's cue matches (titles, organization head
//! words, legal suffixes) and propose [`Candidate`]s to the resolver.

use crate::document::{Entity, Label, Source, Span};
use crate::gazetteer::{EntryKind, Gazetteer, Match, NamePart, WordInfo};
use crate::resolve::{Candidate, Priority};
use crate::tokens::{Shape, Token};
use crate::words;

mod acronym;
mod dateline;
mod facility;
mod location;
mod organization;
mod person;

pub(crate) use location::adjective_alias;
pub(crate) use person::{
    bare_name_word, not_name_word, particle, particle_tail, syllable_given_name,
};

/// The rules' word lists, registered as word classes ([`crate::words`]).
pub(crate) const WORD_LISTS: &[&[crate::words::WordList]] = &[
    person::WORD_LISTS,
    location::WORD_LISTS,
    organization::WORD_LISTS,
    facility::WORD_LISTS,
];

/// What rules may read about a document.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub gazetteer: &'a Gazetteer,
    pub matches: &'a [Match],
    /// Per token: what the gazetteer knows of it, looked up once for capitalized tokens (the
    /// ones several rules ask about), `None` for the others.
    pub known: &'a [Option<WordInfo>],
    /// The tokens the rules start from, gathered once per document.
    pub starts: &'a Starts,
}

/// The tokens the rules start from, gathered in one pass over a document so that each rule
/// reads only its own few, in document order. Kept by the caller between documents: filling
/// it clears the previous document's lists and keeps their memory.
#[derive(Default)]
pub(crate) struct Starts {
    /// Capitalized and all-caps words.
    upper: Vec<usize>,
    /// Capitalized words.
    capitalized: Vec<usize>,
    /// Capitalized words and numbers (`organization::shaped_words`).
    shaped: Vec<usize>,
    /// Words in a class of `organization::CUE_CLASSES`.
    cues: Vec<usize>,
    /// The one-byte tokens "," (`organization::apposed_group`), "&"
    /// (`organization::ampersand`) and "(" (acronym definitions).
    marks: Vec<usize>,
    /// Tokens `location::find` acts on: capitalized words, commas, lower-case place cues and
    /// words that may be "camp(s)".
    places: Vec<usize>,
    /// Capitalized and lower-case words that may be an Arabic article and a name
    /// (`location::article_place`).
    articles: Vec<usize>,
    /// Capitalized words and lower-case article-shaped words ([`Starts::mentions`]).
    mentions: Vec<usize>,
    /// Words that may be a role before a name (`person::after_role`).
    roles: Vec<usize>,
    /// Words in the class of facility heads and airfield nouns (`facility::find`).
    facilities: Vec<usize>,
    /// "By", "BY" and "by" (`person::byline`).
    bylines: Vec<usize>,
    /// Per token: the name `person::read_name` read there, once read (several person rules
    /// read a name at the same token).
    names: Vec<std::cell::Cell<u32>>,
    /// The line `person::title_case_line` read last, as (start, end, whether it is in title
    /// case once read): several rules ask it of the same line, candidate after candidate.
    headline: std::cell::Cell<Option<(usize, usize, Option<bool>)>>,
    /// Per byte of the text: the index of the match [`Context::match_covering`] returns, or
    /// [`NO_MATCH`]. Empty when the matches' ends are not in order (overlapping matches of two
    /// tries) or too many, where the binary search answers.
    cover: Vec<u16>,
}

/// [`Starts::cover`] of a byte no match covers.
const NO_MATCH: u16 = u16::MAX;

impl Starts {
    /// Gathers the start tokens of `tokens`, tokens of `text`, and the bytes `matches` (in order
    /// of start) cover.
    pub(crate) fn fill(&mut self, text: &str, tokens: &[Token], matches: &[Match]) {
        self.clear();
        self.fill_cover(text.len(), matches);
        self.names.resize_with(tokens.len(), Default::default);
        let bytes = text.as_bytes();
        // A token's bytes are read only where a list needs them (not for numbers and all-caps
        // words), and the two class-only lists share one test.
        let word = |t: &Token| &bytes[t.span.range()];
        for (i, t) in tokens.iter().enumerate() {
            match t.shape {
                Shape::Capitalized => {
                    self.upper.push(i);
                    self.capitalized.push(i);
                    self.shaped.push(i);
                    self.places.push(i);
                    self.mentions.push(i);
                    let word = word(t);
                    if location::article_shaped(word) {
                        self.articles.push(i);
                    }
                    if t.class & words::ROLE_INITIAL != 0 {
                        self.roles.push(i);
                    }
                    if word == b"By" {
                        self.bylines.push(i);
                    }
                }
                Shape::AllCaps => {
                    self.upper.push(i);
                    if t.span.len() == 2 && word(t) == b"BY" {
                        self.bylines.push(i);
                    }
                }
                Shape::Number => self.shaped.push(i),
                Shape::Lower => {
                    let word = word(t);
                    if t.class & location::CUES != 0
                        || matches!(word, [b'c', _, _, _] | [b'c', _, _, _, _])
                    {
                        self.places.push(i);
                    }
                    if location::article_shaped(word) {
                        self.articles.push(i);
                        self.mentions.push(i);
                    }
                    if t.class & (words::ROLE | words::ROLE_PLURAL) != 0
                        || person::ist_shaped(word)
                        || person::compound_role(word)
                    {
                        self.roles.push(i);
                    }
                    if word == b"by" {
                        self.bylines.push(i);
                    }
                }
                // One-byte marks: only punctuation tokens are.
                Shape::Punct => match bytes.get(t.span.start) {
                    _ if t.span.len() != 1 => {}
                    Some(b',') => {
                        self.places.push(i);
                        self.marks.push(i);
                    }
                    Some(b'&' | b'(') => self.marks.push(i),
                    _ => {}
                },
            }
            if t.class & (organization::CUE_CLASSES | words::FACILITY) != 0 {
                if t.class & organization::CUE_CLASSES != 0 {
                    self.cues.push(i);
                }
                if t.class & words::FACILITY != 0 {
                    self.facilities.push(i);
                }
            }
        }
    }

    /// Fills [`Starts::cover`], if the matches' ends are in order: then the match covering a
    /// byte `b` is the first whose end lies past `b`, if it starts at or before `b`, so match `k`
    /// covers the bytes from the later of its start and the end of match `k - 1` to its end.
    fn fill_cover(&mut self, len: usize, matches: &[Match]) {
        let in_order = matches.windows(2).all(|w| w[0].span.end <= w[1].span.end);
        if !in_order || matches.len() >= usize::from(NO_MATCH) {
            return;
        }
        // Set to "no match" by copies of a block (a resize writes element by element), then
        // each match's bytes.
        const BLOCK: [u16; 256] = [NO_MATCH; 256];
        while self.cover.len() < len {
            let n = (len - self.cover.len()).min(BLOCK.len());
            self.cover.extend_from_slice(&BLOCK[..n]);
        }
        let mut prev_end = 0;
        for (k, m) in (0u16..).zip(matches) {
            if let Some(bytes) = self
                .cover
                .get_mut(prev_end.max(m.span.start)..m.span.end.min(len))
            {
                bytes.fill(k);
            }
            prev_end = m.span.end;
        }
    }

    /// Capitalized words and lower-case article-shaped words ("al-Rashidi"): the tokens that
    /// may mention a person's key (`crate::coreference`).
    pub(crate) fn mentions(&self) -> &[usize] {
        &self.mentions
    }

    /// Capitalized words.
    pub(crate) fn capitalized(&self) -> &[usize] {
        &self.capitalized
    }

    /// Empties the lists, keeping their memory.
    pub(crate) fn clear(&mut self) {
        self.cover.clear();
        self.upper.clear();
        self.capitalized.clear();
        self.shaped.clear();
        self.cues.clear();
        self.marks.clear();
        self.places.clear();
        self.articles.clear();
        self.mentions.clear();
        self.roles.clear();
        self.facilities.clear();
        self.bylines.clear();
        self.names.clear();
        self.headline.set(None);
    }
}

impl Context<'_> {
    /// The text of token `i`.
    fn word(&self, i: usize) -> &str {
        &self.text[self.tokens[i].span.range()]
    }

    /// What the gazetteer knows of token `i`.
    #[inline]
    fn word_info(&self, i: usize) -> WordInfo {
        match self.known.get(i) {
            Some(Some(info)) => *info,
            _ => self.gazetteer.word_info(self.word(i)),
        }
    }

    /// Whether token `i` is a known given name and/or surname.
    #[inline]
    fn name_part(&self, i: usize) -> NamePart {
        self.word_info(i).name
    }

    /// Whether tokens `a` and `a + 1` are separated by spaces only (no line break, no gap);
    /// false when either is missing.
    fn spaced(&self, a: usize) -> bool {
        let (Some(x), Some(y)) = (self.tokens.get(a), self.tokens.get(a + 1)) else {
            return false;
        };
        let gap = self
            .text
            .as_bytes()
            .get(x.span.end..y.span.start)
            .unwrap_or_default();
        gap == b" " || !gap.is_empty() && gap.iter().all(|&b| b == b' ')
    }

    /// Whether tokens `a` and `a + 1` touch (no space between them).
    fn touching(&self, a: usize) -> bool {
        match (self.tokens.get(a), self.tokens.get(a + 1)) {
            (Some(x), Some(y)) => x.span.end == y.span.start,
            _ => false,
        }
    }

    /// The gazetteer match that covers byte `at`, if any: the first in order whose end lies
    /// past `at`, if it starts at or before `at`. Read from [`Starts::cover`] when it was filled,
    /// searched otherwise.
    fn match_covering(&self, at: usize) -> Option<&Match> {
        if let Some(&k) = self.starts.cover.get(at) {
            return self.matches.get(k as usize);
        }
        let i = self.matches.partition_point(|m| m.span.end <= at);
        self.matches
            .get(i)
            .filter(|m| m.span.start <= at && at < m.span.end)
    }

    /// Whether the gazetteer match covering byte `at` has an entry of a kind `pred` accepts.
    fn covered_by(&self, at: usize, pred: impl Fn(EntryKind) -> bool) -> bool {
        self.match_covering(at)
            .is_some_and(|m| self.gazetteer.entries_of(m.pattern).any(|e| pred(e.kind)))
    }

    /// Index of the first token starting at or after `byte`.
    fn token_at(&self, byte: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < byte)
    }

    fn has_kind(&self, m: &Match, kind: EntryKind) -> bool {
        self.gazetteer.entries_of(m.pattern).any(|e| e.kind == kind)
    }
}

/// Runs every rule, appending candidates.
pub(crate) fn find(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    // At equal span and priority the earlier proposal wins: organizations first, then place
    // context ("the town of X"), then name evidence. A dateline's place comes first of all:
    // "BAMAKO" there is the city, whatever else its capitals could be.
    dateline::find(ctx, out);
    organization::find(ctx, out);
    location::find(ctx, out);
    facility::find(ctx, out);
    person::find(ctx, out);
}

fn push(out: &mut Vec<Candidate>, span: Span, label: Label, rule: &'static str) {
    out.push(Candidate {
        entity: Entity::new(span, label, Source::Rule(rule)),
        priority: Priority::Rule,
    });
}
