//! A sentence seen as tokens with their entities: word tests, clause bounds and noun phrases.
//!
//! Everything here is heuristic and shallow (no parser): closed word classes decide where a
//! clause starts and ends and where a noun phrase stops.

use crate::document::{Entity, Label, Span};
use crate::tokens::{Shape, Token};
use crate::words::{self, Case, Class, WordList};

/// Words that end a noun phrase when walking over it (prepositions, conjunctions, auxiliaries,
/// pronouns). Determiners are handled separately.
const FUNCTION: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "by",
    "with",
    "from",
    "into",
    "onto",
    "over",
    "under",
    "about",
    "against",
    "between",
    "among",
    "through",
    "during",
    "after",
    "before",
    "since",
    "until",
    "within",
    "without",
    "across",
    "near",
    "around",
    "toward",
    "towards",
    "upon",
    "via",
    "per",
    "amid",
    "despite",
    "like",
    "as",
    "than",
    "or",
    "but",
    "nor",
    "so",
    "yet",
    "if",
    "because",
    "while",
    "when",
    "where",
    "who",
    "which",
    "that",
    "whose",
    "whom",
    "whether",
    "although",
    "though",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "shall",
    "it",
    "they",
    "he",
    "she",
    "we",
    "i",
    "you",
    "them",
    "him",
    "us",
    "there",
    "here",
    "not",
    "also",
    "just",
    "already",
    "then",
    "still",
    "now",
    "never",
    "again",
    "even",
    "only",
    "said",
    "says",
    "say",
    "told",
    "including",
    "such",
    "how",
    "what",
    "why",
    "once",
    "both",
    "either",
    "neither",
    "whereas",
    "unless",
    "let",
    "having",
    "according",
];

/// Aspectual verbs before an -ing form ("began returning"), part of the verb chain there.
const ASPECT_VERBS: &[&str] = &[
    "began",
    "begin",
    "begins",
    "started",
    "start",
    "starts",
    "continued",
    "continue",
    "continues",
    "kept",
    "keep",
    "keeps",
    "resumed",
    "resume",
    "resumes",
    "stopped",
];

/// Determiners and possessive pronouns: they open a noun phrase.
pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my",
    "your", "every", "each", "any", "no", "another", "some", "all",
];

/// Auxiliaries, modals, negation and common adverbs that sit between a subject and its verb.
/// Verbs of state before a participle ("remains detained", "stayed closed").
const STATE_VERBS: &[&str] = &[
    "remain",
    "remains",
    "remained",
    "remaining",
    "stay",
    "stays",
    "stayed",
    "staying",
];

const VERB_CHAIN: &[&str] = &[
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "did",
    "does",
    "do",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "shall",
    "not",
    "never",
    "just",
    "also",
    "already",
    "then",
    "later",
    "earlier",
    "still",
    "yet",
    "again",
    "finally",
    "ever",
    "now",
    "soon",
    "first",
    "eventually",
    "reportedly",
    "allegedly",
    "apparently",
    "unexpectedly",
    "simply",
    "have",
    "got",
    "get",
    "gets",
    "cannot",
    "'",
    "’",
    "ll",
    "d",
    "s",
    "re",
    "ve",
    "initially",
    "subsequently",
    "previously",
    "formally",
    "officially",
    "effectively",
    "successfully",
    "quickly",
    "briefly",
    "only",
    "all",
    "both",
    "each",
];

/// Irregular past verbs of news narrative (closed class): after "and" they start a
/// coordinated verb phrase, not a noun ("attacked a patrol and took refuge").
const IRREGULAR_PAST: &[&str] = &[
    "took", "fled", "fought", "left", "held", "made", "gave", "went", "came", "struck", "shot",
    "sent", "stole", "blew", "threw", "brought", "kept", "ran", "overran", "began", "won", "lost",
    "met", "told", "led", "withdrew", "broke", "caught", "drove", "fell", "hid", "sought", "spoke",
    "stood", "swore", "tore", "wrote", "bought", "sold", "built", "found", "paid", "laid", "flew",
    "rode",
];

/// Compass directions that place a phrase before "of" ("south-west of the capital").
const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
];

/// Quantifier heads: "hundreds of troops" is a phrase about troops.
const QUANTIFIERS: &[&str] = &[
    "hundreds",
    "thousands",
    "dozens",
    "scores",
    "tens",
    "millions",
    "some",
    "many",
    "most",
    "all",
    "both",
    "several",
    "group",
    "groups",
    "number",
    "members",
    "units",
    "part",
    "one",
    "two",
    "three",
    "none",
    "each",
    "majority",
    "rest",
    "remnants",
];

/// Personal pronouns that can be subjects.
pub(crate) const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "you"];

/// A word list and a word class that holds every word of it (compared ignoring case), for
/// [`SentenceView::is_one_of`]. Each module's such lists are in its `GATED_LISTS`, where a test
/// checks that the class holds them.
pub(crate) type GatedList = (Class, &'static [&'static str]);

/// Reporting verbs that start another clause after a trigger ([`SentenceView::clause`]).
const SAYS: GatedList = (C_REPORTING, &["said", "says", "told", "tells", "added"]);

/// Relative pronouns of a non-restrictive relative clause.
const WHO_WHICH: GatedList = (words::RELATIVE, &["who", "which"]);

/// Words that are no part of a lower-case noun phrase.
const AND_SAID: GatedList = (words::DO_OR_AND | C_REPORTING, &["and", "said"]);

/// Prepositions of a date in the verb chain ("had on Monday attacked").
const DATE_PREPOSITIONS: GatedList = (
    C_FUNCTION,
    &["on", "in", "at", "since", "during", "by", "until"],
);

/// The gated lists of this module.
#[cfg(test)]
pub(crate) const GATED_LISTS: &[GatedList] = &[SAYS, WHO_WHICH, AND_SAID, DATE_PREPOSITIONS];

/// A sentence's tokens and entities.
pub(crate) struct SentenceView<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// Entities of the sentence, sorted.
    pub ents: &'a [Entity],
    /// Per token: index into `ents` of the entity containing its start, or `u32::MAX`.
    pub ent_of: &'a [u32],
    /// The word classes of all tokens together: a class no token has needs no search.
    pub classes: Class,
}

/// Word class bits tested by [`SentenceView::has`] (computed once per token, [`crate::words`]).
pub(crate) const C_FUNCTION: Class = words::FUNCTION;
pub(crate) const C_DETERMINER: Class = words::DETERMINER;
pub(crate) const C_CHAIN: Class = words::CHAIN;
pub(crate) const C_REPORTING: Class = words::REPORTING;
pub(crate) const C_LOCATIVE: Class = words::LOCATIVE;
pub(crate) const C_MODAL: Class = words::MODAL;
/// [`CLAUSE_OPENERS`].
pub(crate) const C_OPENER: Class = words::OPENER;

/// The word lists of this module, registered as word classes (all compared ignoring case).
pub(crate) const WORD_LISTS: &[WordList] = &[
    (FUNCTION, Case::Fold, words::FUNCTION),
    (CLAUSE_OPENERS, Case::Fold, words::OPENER),
    (DETERMINERS, Case::Fold, words::DETERMINER),
    (VERB_CHAIN, Case::Fold, words::CHAIN),
    (SUBORDINATORS, Case::Fold, words::SUBORDINATOR),
    (QUANTIFIERS, Case::Fold, words::QUANTIFIER),
    (RELATIVES, Case::Fold, words::RELATIVE),
    (SUBJECT_PRONOUNS, Case::Fold, words::SUBJECT_PRONOUN),
    (CLAUSE_PUNCTUATION, Case::Fold, words::CLAUSE_PUNCT),
];

impl<'a> SentenceView<'a> {
    /// Fills `ent_of` for `toks` and `ents`; returns the word classes of all tokens together
    /// (for [`classes`](Self::classes)).
    pub(crate) fn map_entities(toks: &[Token], ents: &[Entity], ent_of: &mut Vec<u32>) -> Class {
        ent_of.clear();
        let mut classes = 0;
        let mut e = 0;
        for t in toks {
            classes |= t.class;
            while e < ents.len() && ents[e].span.end <= t.span.start {
                e += 1;
            }
            let inside = ents
                .get(e)
                .is_some_and(|x| x.span.start <= t.span.start && t.span.start < x.span.end);
            ent_of.push(if inside { e as u32 } else { u32::MAX });
        }
        classes
    }

    pub(crate) fn len(&self) -> usize {
        self.toks.len()
    }

    /// The token's text ("" past the end).
    pub(crate) fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.span.range()])
    }

    pub(crate) fn is(&self, i: usize, w: &str) -> bool {
        i < self.toks.len() && self.word(i).eq_ignore_ascii_case(w)
    }

    /// Whether token `i` is one of `words` (lower-case), ignoring ASCII case.
    pub(crate) fn is_any(&self, i: usize, words: &[&str]) -> bool {
        if i >= self.toks.len() {
            return false;
        }
        let w = self.word(i).as_bytes();
        // Compare the first byte and the length before the whole word: the lists are long and
        // this runs for many tokens.
        let Some(&first) = w.first() else {
            return false;
        };
        let first = first.to_ascii_lowercase();
        words.iter().any(|x| {
            let x = x.as_bytes();
            x.len() == w.len() && x.first() == Some(&first) && x.eq_ignore_ascii_case(w)
        })
    }

    /// [`is_any`](Self::is_any) for a list inside a word class: the token's class bit rules
    /// out most tokens before the list is searched.
    pub(crate) fn is_one_of(&self, i: usize, (class, words): GatedList) -> bool {
        self.has(i, class) && self.is_any(i, words)
    }

    /// Case-insensitive membership in a list of lower-case boxed words.
    pub(crate) fn is_in(&self, i: usize, words: &[Box<str>]) -> bool {
        let w = self.word(i).as_bytes();
        // The length and the first byte before the whole word, as in `is_any`.
        let Some(first) = w.first().map(u8::to_ascii_lowercase) else {
            return false; // past the end (tokens are never empty)
        };
        words.iter().any(|x| {
            let x = x.as_bytes();
            x.len() == w.len() && x.first() == Some(&first) && x.eq_ignore_ascii_case(w)
        })
    }

    /// Whether token `i` is in a word class of `bits` (`C_*`, [`crate::words`]).
    pub(crate) fn has(&self, i: usize, bits: Class) -> bool {
        self.toks.get(i).is_some_and(|t| t.class & bits != 0)
    }

    pub(crate) fn ent(&self, i: usize) -> Option<&'a Entity> {
        let e = *self.ent_of.get(i)?;
        self.ents.get(e as usize)
    }

    pub(crate) fn ent_index(&self, i: usize) -> Option<u32> {
        let e = *self.ent_of.get(i)?;
        (e != u32::MAX).then_some(e)
    }

    /// The token's shape (punctuation past the end).
    pub(crate) fn shape(&self, i: usize) -> Shape {
        self.toks.get(i).map_or(Shape::Punct, |t| t.shape)
    }

    pub(crate) fn is_punct(&self, i: usize, chars: &[char]) -> bool {
        let Some(t) = self.toks.get(i).filter(|t| t.shape == Shape::Punct) else {
            return false;
        };
        // An ASCII first byte is the first character, without decoding.
        match self.text.as_bytes().get(t.span.start) {
            Some(&b) if b.is_ascii() => chars.contains(&char::from(b)),
            _ => self
                .word(i)
                .chars()
                .next()
                .is_some_and(|c| chars.contains(&c)),
        }
    }

    /// Whether token `i` is a hyphen (`is_punct(i, &['-'])`, from the byte).
    fn is_dash(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.shape == Shape::Punct && self.text.as_bytes()[t.span.start] == b'-')
    }

    /// Whether token `i` is a hyphen standing alone between spaces, used as a dash: the
    /// dateline's "BAMAKO, March 3 (Reuters) - Rebels attacked...", "X - and Y - said".
    fn is_spaced_dash(&self, i: usize) -> bool {
        let bytes = self.text.as_bytes();
        self.is_dash(i)
            && self.toks[i].span.len() == 1
            && self.toks[i]
                .span
                .start
                .checked_sub(1)
                .is_some_and(|p| bytes[p].is_ascii_whitespace())
            && bytes
                .get(self.toks[i].span.end)
                .is_some_and(|c| c.is_ascii_whitespace())
    }

    /// Whether token `i` is a dash: a spaced hyphen, "--", an em or en dash.
    fn is_any_dash(&self, i: usize) -> bool {
        self.is_spaced_dash(i)
            || self.is_dash(i) && self.is_dash(i + 1)
            || self.is_punct(i, &['—', '–'])
    }

    /// The first token after a news dateline that opens the sentence ("BAMAKO, March 3
    /// (Reuters) - ...", "NIAMEY, Niger (AP) — ..."), or 0 when there is none: an upper-case
    /// first word and a dash within the first [`DATELINE_TOKENS`] tokens. The dateline's date
    /// is the document's date, not the date of an event of the sentence.
    pub(crate) fn dateline_end(&self) -> usize {
        if self.shape(0) != Shape::AllCaps {
            return 0;
        }
        (1..self.len().min(DATELINE_TOKENS))
            .find(|&i| self.is_any_dash(i))
            .map_or(0, |i| {
                if self.is_dash(i) && self.is_dash(i + 1) {
                    i + 2
                } else {
                    i + 1
                }
            })
    }

    pub(crate) fn is_word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].shape != Shape::Punct
    }

    /// Lower-case word ending in "-ly" (an adverb, roughly).
    pub(crate) fn is_adverb(&self, i: usize) -> bool {
        if self.shape(i) != Shape::Lower {
            return false;
        }
        let w = self.word(i);
        w.len() > 4
            && w.ends_with("ly")
            && !matches!(
                w,
                "family"
                    | "rally"
                    | "ally"
                    | "assembly"
                    | "supply"
                    | "reply"
                    | "italy"
                    | "july"
                    | "monopoly"
                    | "anomaly"
                    | "homily"
            )
    }

    /// A time expression with a usable value.
    pub(crate) fn is_date(&self, i: usize) -> bool {
        self.ent(i).is_some_and(is_dated)
    }

    /// Token index range `[a, b)` covering `span`.
    pub(crate) fn tokens_of(&self, span: Span) -> (usize, usize) {
        let a = self.toks.partition_point(|t| t.span.end <= span.start);
        let b = self.toks.partition_point(|t| t.span.start < span.end);
        (a, b.max(a))
    }

    /// Whether token `i` ends a clause (and is not inside an entity).
    fn boundary_word(&self, i: usize) -> bool {
        if self.ent_index(i).is_some() {
            return false;
        }
        if self.shape(i) == Shape::Punct {
            return self.has(i, words::CLAUSE_PUNCT);
        }
        self.has(i, C_OPENER)
    }

    /// Whether token `i` is a word in none of the classes `bits`: then it bounds no clause
    /// (bounds are punctuation, openers and, after the trigger, reporting verbs).
    fn plain_word(&self, i: usize, bits: Class) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.shape != Shape::Punct && t.class & bits == 0)
    }

    /// Clause of tokens `[a, b)`: `(lo, hi, opener)` where `opener` is the subordinator or
    /// relative word that opens the clause, if any (it is inside `[lo, hi)`). Clauses are
    /// bounded by openers, clause punctuation, dashes (a dateline's too), the closing comma of
    /// ", who ...," before the trigger and a reporting verb after it.
    pub(crate) fn clause(&self, a: usize, b: usize) -> (usize, usize, Option<usize>) {
        let mut lo = 0;
        let mut opener = None;
        for i in (0..a).rev() {
            if self.plain_word(i, C_OPENER) || self.is_scare_quote(i) {
                continue;
            }
            // "Thiam, who lives in France, rejected ...": the main clause resumes after the
            // relative clause's closing comma.
            if self.is_punct(i, &[',']) && self.closed_relative(i).is_some() {
                lo = i + 1;
                break;
            }
            // "X, a former officer who now runs a gang, claimed": a restrictive relative
            // clause inside an apposition ends at the comma before the trigger.
            if self.is_one_of(i, WHO_WHICH)
                && i > 0
                && !self.is_punct(i - 1, &[','])
                && (i + 1..a).any(|k| self.is_punct(k, &[',']))
            {
                continue;
            }
            if self.boundary_word(i) {
                if self.shape(i) == Shape::Punct {
                    lo = i + 1;
                } else {
                    lo = i;
                    opener = Some(i);
                }
                break;
            }
            // "--" or a spaced "-" as a dash.
            if self.is_dash(i) && i > 0 && self.is_dash(i - 1) || self.is_spaced_dash(i) {
                lo = i + 1;
                break;
            }
        }
        let mut hi = self.len();
        for i in b..self.len() {
            if self.plain_word(i, C_OPENER | C_REPORTING) || self.is_scare_quote(i) {
                continue;
            }
            if self.boundary_word(i)
                || (self.is_dash(i) && self.is_dash(i + 1))
                || self.is_spaced_dash(i)
                || self.starts_reporting(i, b)
            {
                hi = i;
                break;
            }
        }
        // A non-restrictive relative clause ends at its closing comma: "The envoy, who had
        // met the rebels in Doha, left the country on Friday".
        if let Some(o) = opener {
            if o > 0 && self.is_punct(o - 1, &[',']) && self.is_one_of(o, WHO_WHICH) {
                if let Some(c) =
                    (b..hi).find(|&i| self.is_punct(i, &[',']) && !self.is_digit_group(i))
                {
                    hi = c;
                }
            }
        }
        // A fronted subordinate clause ends at its first comma: "When X left Kidal, Y said".
        // (Not one after its main clause: "were killed when gunmen, dressed in uniforms,
        // attacked" keeps its subject before the participle phrase.)
        if let Some(o) = opener {
            if self.has(o, words::SUBORDINATOR) {
                let fronted = o == 0
                    || o == self.dateline_end()
                    || self.shape(o - 1) == Shape::Punct
                    || self.has(o - 1, C_OPENER)
                    || self.is_any(o - 1, &["and", "but", "then"]);
                if let Some(c) = (o + 1..a)
                    .find(|&i| self.is_punct(i, &[',']))
                    .filter(|_| fronted)
                {
                    lo = c + 1;
                    opener = None;
                } else if let Some(c) = (b..hi).find(|&i| self.is_punct(i, &[','])) {
                    hi = c;
                }
            }
        }
        (lo, hi, opener)
    }

    /// When the comma at `c` closes a non-restrictive relative clause (", who ...," or ",
    /// which ...,"), the relative pronoun's index.
    pub(crate) fn closed_relative(&self, c: usize) -> Option<usize> {
        let mut o = c;
        while o > 1 && c - o < RELATIVE_CLAUSE_TOKENS {
            o -= 1;
            // (Not the comma of a date inside the clause: ", who led the coup on July 26,
            // 2023,".)
            if self.is_punct(o, &[',']) && self.ent_index(o).is_none()
                || self.has(o, words::CLAUSE_PUNCT)
            {
                return None;
            }
            if self.is_one_of(o, WHO_WHICH) && self.ent_index(o).is_none() {
                return (self.is_punct(o - 1, &[',']) && o + 1 < c).then_some(o);
            }
        }
        None
    }

    /// Whether token `i` (after the trigger ending at `b`) is a reporting verb that starts
    /// another clause: "condemned the coup and said a summit would be held in Abuja", "killed
    /// nine people, officials said on Tuesday". The reported clause's places and dates are not
    /// the trigger's.
    fn starts_reporting(&self, i: usize, b: usize) -> bool {
        // Only verbs that are never participles of the event ("the attack claimed 20 lives",
        // "killings reported in the region").
        i > b && self.is_one_of(i, SAYS) && self.ent_index(i).is_none() && !self.is(i - 1, "as")
    }

    /// Whether token `i` can be inside a noun phrase.
    pub(crate) fn in_np(&self, i: usize) -> bool {
        if self.ent_index(i).is_some() {
            return true;
        }
        match self.shape(i) {
            Shape::Punct => self.is_punct(i, &['\'', '’', '-', '&']) || self.is_digit_group(i),
            Shape::Number => true,
            Shape::Capitalized | Shape::AllCaps => !self.has(i, C_FUNCTION),
            Shape::Lower => {
                !self.has(i, C_FUNCTION)
                    && !self.has(i, C_DETERMINER)
                    && !self.is_adverb(i)
                    && !self.is_one_of(i, AND_SAID)
            }
        }
    }

    /// A comma or period inside a number: "2,000", "1.5".
    fn is_digit_group(&self, i: usize) -> bool {
        i > 0
            && self.is_punct(i, &[',', '.'])
            && self.shape(i - 1) == Shape::Number
            && self.shape(i + 1) == Shape::Number
            && self.toks[i - 1].span.end == self.toks[i].span.start
            && self.toks[i].span.end == self.toks[i + 1].span.start
    }

    /// The length of a quantity modifier starting at `i` before a number: "more than", "fewer
    /// than", "less than", "at least", "at most", "up to" (2), or 0.
    fn quantity_modifier(&self, i: usize) -> usize {
        let two = self.is(i + 1, "than") && self.is_any(i, &["more", "fewer", "less"])
            || self.is(i, "at") && self.is_any(i + 1, &["least", "most"])
            || self.is(i, "up") && self.is(i + 1, "to");
        if two && (self.shape(i + 2) == Shape::Number || self.has(i + 2, words::QUANTIFIER)) {
            2
        } else {
            0
        }
    }

    /// The noun phrase ending at token `e` (inclusive), not reaching before `limit`:
    /// `[s, e + 1)`, with a leading determiner left out.
    pub(crate) fn np_ending_at(&self, e: usize, limit: usize) -> Option<(usize, usize)> {
        if e >= self.len() || !self.in_np(e) || self.shape(e) == Shape::Punct {
            return None;
        }
        let mut s = e;
        while s > limit && e - s < 8 {
            let t = s - 1;
            // (", adding government soldiers retreated": a reporting gerund opens a clause.)
            // (", targeting residents who": an -ing verb after a comma opens a clause.)
            let clause_gerund = t > 0
                && self.shape(t) == Shape::Lower
                && self.word(t).ends_with("ing")
                && self.is_punct(t - 1, &[',']);
            let joins = self.in_np(t) && !self.is_any(t, REPORTING_GERUNDS) && !clause_gerund
                || (self.is(t, "and")
                    && t > limit
                    && self.in_np(t - 1)
                    && !self.is_adverb(t - 1)
                    && !self.is_date(t - 1))
                || (self.is_punct(t, &[',']) && t > limit && self.comma_in_list(t));
            if joins {
                s = t;
            } else {
                break;
            }
        }
        // Leading punctuation or "and" is not part of the phrase.
        while s < e && (self.shape(s) == Shape::Punct || self.is(s, "and")) {
            s += 1;
        }
        // "at least five people", "more than 200 people": the quantity's modifier belongs.
        if s > limit && self.quantity_modifier(s - 1) == 2 {
            s -= 1;
        } else if s >= limit + 2 && self.quantity_modifier(s - 2) == 2 {
            s -= 2;
        }
        // "hundreds of overwhelmed Russian troops" stays "overwhelmed Russian troops"; a leading
        // lower-case adjective before the first entity goes: "Russian troops".
        if let Some(first_ent) = (s..=e).find(|&i| self.ent_index(i).is_some()) {
            let lead_lower = (s..first_ent).all(|i| self.shape(i) == Shape::Lower);
            let head_lower = self.shape(e) == Shape::Lower && self.ent_index(e).is_none();
            if first_ent > s && lead_lower && head_lower {
                s = first_ent;
            }
        }
        // "Sudan's paramilitary Rapid Support Forces": a name that heads the phrase, not its
        // possessor and modifiers.
        if let Some(head) = self.ent(e).filter(|h| {
            matches!(h.label, Label::Organization | Label::Person)
                && h.span.end == self.toks[e].span.end
        }) {
            let (hx, _) = self.tokens_of(head.span);
            if hx > s
                && (s..hx).any(|k| self.is(k, "s") && k > s && self.is_punct(k - 1, &['\'', '’']))
            {
                s = hx;
            }
        }
        Some((s, e + 1))
    }

    /// A comma inside a coordination list ("X, Y and Z"): both neighbours are entities and an
    /// "and" / "or" follows within the phrase ("In Nigeria's Borno State, Boko Haram fighters
    /// killed" is a fronted place, not a list; nor is a fronted date: "In January, Niger, Mali
    /// and Chad announced").
    fn comma_in_list(&self, t: usize) -> bool {
        let item = |k: usize| self.ent(k).is_some_and(|e| !e.label.is_temporal());
        item(t - 1)
            && item(t + 1)
            && (t + 1..self.len().min(t + 1 + LIST_ITEM_TOKENS))
                .take_while(|&k| {
                    self.in_np(k) || self.is_punct(k, &[',']) || self.is_any(k, &["and", "or"])
                })
                .any(|k| self.is_any(k, &["and", "or"]))
    }

    /// The noun phrase starting at token `s` (after determiners), not reaching `limit`:
    /// `[start, end)`.
    pub(crate) fn np_starting_at(&self, s: usize, limit: usize) -> Option<(usize, usize)> {
        let mut i = s;
        while i < limit && (self.has(i, C_DETERMINER) || self.is_adverb(i)) {
            i += 1;
        }
        let start = i;
        let mut end = i + self.quantity_modifier(i);
        if end > limit {
            return None;
        }
        while end < limit && end - start < 10 {
            // "arrested three suspects the next day": the time expression is not in it.
            if end > start && self.ent(end).is_some_and(|e| e.label.is_temporal()) {
                break;
            }
            // "captured a base south-west of the capital": a direction before "of" places
            // the phrase; it is not in it.
            if end > start && self.is(end + 1, "of") && self.is_any(end, DIRECTIONS) {
                break;
            }
            // "took Kitshanga late on Thursday": "late"/"early" before a date is not in it.
            if end > start && self.is_any(end, &["late", "early"]) {
                let k = if self.is_any(end + 1, &["on", "in"]) {
                    end + 2
                } else {
                    end + 1
                };
                if self.ent(k).is_some_and(|e| e.label.is_temporal()) {
                    break;
                }
            }
            if end > start && self.verb_after_head(end) {
                // "the shelling by RSF fighters killed 14 people": the verb ends the phrase.
                break;
            }
            if self.in_np(end) {
                end += 1;
            } else if self.is(end, "and") && end + 1 < limit && end > start {
                // "Malian troops and Wagner mercenaries": continue over the conjunction.
                let mut j = end + 1;
                while j < limit && self.has(j, C_DETERMINER) {
                    j += 1;
                }
                // Another noun phrase, not a coordinated verb ("killed X and besieged Y").
                let np_start = j > end + 1
                    || self.ent_index(j).is_some()
                    || matches!(
                        self.shape(j),
                        Shape::Capitalized | Shape::AllCaps | Shape::Number
                    )
                    || (self.shape(j) == Shape::Lower && self.word(j).ends_with('s'))
                    || (self.shape(j) == Shape::Lower
                        && !self.word(j).ends_with("ed")
                        && !self.word(j).ends_with("ing")
                        && !self.is_any(j, IRREGULAR_PAST)
                        && j + 1 < limit
                        && self.in_np(j + 1)
                        && self.shape(j + 1) != Shape::Punct);
                if j < limit && np_start && self.in_np(j) && self.shape(j) != Shape::Punct {
                    end = j;
                } else {
                    break;
                }
            } else if self.is(end, "of")
                && end > start
                && self.has(end - 1, words::QUANTIFIER)
                && end + 1 < limit
            {
                // "two of his aides", "dozens of the villagers": past the determiner too.
                end += 1;
                while end + 1 < limit && self.has(end, C_DETERMINER) {
                    end += 1;
                }
            } else {
                break;
            }
        }
        // Trailing punctuation is not part of it.
        while end > start && self.shape(end - 1) == Shape::Punct {
            end -= 1;
        }
        (end > start).then_some((start, end))
    }

    /// Whether token `i` is a lower-case "-ed" word or an irregular past ("took") right after a
    /// noun head (a name, or a lower-case word of five letters or more that is no adverb): the
    /// verb after a subject ("RSF fighters killed", "a village killed", "the rebels took"), not
    /// a modifier of the phrase ("armed men", "U.S.-led forces", "a long awaited deal").
    fn verb_after_head(&self, i: usize) -> bool {
        if i == 0 || self.shape(i) != Shape::Lower || self.ent_index(i).is_some() {
            return false;
        }
        let w = self.word(i);
        if (w.len() < 5 || !w.ends_with("ed")) && !self.is_any(i, IRREGULAR_PAST) {
            return false;
        }
        let p = i - 1;
        self.ent_index(p).is_some()
            || matches!(self.shape(p), Shape::Capitalized | Shape::AllCaps)
            || (self.shape(p) == Shape::Lower
                && !self.has(p, C_DETERMINER | C_FUNCTION)
                && !self.is_adverb(p)
                && self.word(p).len() >= 5)
    }

    /// The byte span of tokens `[s, e)`.
    pub(crate) fn span_of(&self, s: usize, e: usize) -> Span {
        let start = self.toks.get(s).map_or(0, |t| t.span.start);
        let end = e
            .checked_sub(1)
            .and_then(|i| self.toks.get(i))
            .map_or(start, |t| t.span.end);
        Span::new(start, end.max(start))
    }

    /// Whether token `t` is a verb of state ("remains", "stayed") before the participle at
    /// `a` ("remains detained", "stayed closed"): the participle names a state, in the
    /// passive.
    pub(crate) fn remain_before_participle(&self, t: usize, a: usize) -> bool {
        let w = self.word(a);
        self.is_any(t, STATE_VERBS)
            && (w.ends_with("ed") || w.ends_with("en") || self.is_any(a, &["held", "kept"]))
    }

    /// Walks left from `i` (exclusive) over the verb chain (auxiliaries, adverbs, "since" after
    /// an auxiliary, dates and their prepositions, a verb of state before a participle); returns
    /// the first token that is not part of it, if `>= lo`.
    pub(crate) fn skip_chain_left(&self, i: usize, lo: usize) -> Option<usize> {
        let mut j = i;
        while j > lo {
            let t = j - 1;
            if self.has(t, C_CHAIN) || self.is_adverb(t) || self.is_date(t) {
                j = t;
                continue;
            }
            // "a claim Kigali has long denied": "long" after a perfect auxiliary is an adverb.
            if t > lo && self.is(t, "long") && self.is_any(t - 1, &["has", "have", "had"]) {
                j = t;
                continue;
            }
            if self.is_date(t + 1) && self.is_one_of(t, DATE_PREPOSITIONS) {
                j = t;
                continue;
            }
            if self.is_punct(t, &['\'', '’']) {
                j = t;
                continue;
            }
            // "Bazoum remains detained": a verb of state before a participle.
            if self.remain_before_participle(t, i) {
                j = t;
                continue;
            }
            // "have since captured": "since" as an adverb after an auxiliary.
            if self.is(t, "since") && t > lo && self.has(t - 1, C_CHAIN) {
                j = t;
                continue;
            }
            // "families began returning": an aspectual verb before an -ing form.
            if self.word(t + 1).ends_with("ing") && self.is_any(t, ASPECT_VERBS) {
                j = t;
                continue;
            }
            return Some(t);
        }
        None
    }

    /// When token `i` closes a short parenthetical ("Rapid Support Forces (RSF)", "the Allied
    /// Democratic Forces (ADF)"), the last token before its opening parenthesis, if that is
    /// at or after `lo`: the name the parenthetical is attached to.
    pub(crate) fn before_parenthetical(&self, i: usize, lo: usize) -> Option<usize> {
        if !self.is_punct(i, &[')']) {
            return None;
        }
        let mut j = i;
        while j > lo + 1 && i - j < PARENTHETICAL_TOKENS {
            j -= 1;
            if self.is_punct(j, &['(']) {
                return (j + 1 < i && self.shape(j - 1) != Shape::Punct).then_some(j - 1);
            }
            if self.shape(j) == Shape::Punct && !self.is_punct(j, &['-', '.', '&', '\'', '’']) {
                return None;
            }
        }
        None
    }

    /// Whether the quotation mark at `i` is one of a pair around a few words with no
    /// punctuation inside (scare quotes: 'launched its "final assault" on the city'), which
    /// bounds no clause.
    pub(crate) fn is_scare_quote(&self, i: usize) -> bool {
        if !self.is_punct(i, &['"', '“', '”']) {
            return false;
        }
        let words_to = |from: usize, to: usize| (from..to).all(|k| self.is_word(k));
        let forward = (i + 2..self.len().min(i + 2 + SCARE_QUOTE_WORDS))
            .find(|&k| self.shape(k) == Shape::Punct)
            .is_some_and(|k| self.is_punct(k, &['"', '”']) && words_to(i + 1, k));
        let backward = (i.saturating_sub(1 + SCARE_QUOTE_WORDS)..i.saturating_sub(1))
            .rev()
            .find(|&k| self.shape(k) == Shape::Punct)
            .is_some_and(|k| self.is_punct(k, &['"', '“']) && words_to(k + 1, i));
        forward || backward
    }

    /// Whether an "and" / "," at `t` joins verb phrases ("captured X, killed Y and besieged Z").
    pub(crate) fn is_conjunction(&self, t: usize) -> bool {
        self.is(t, "and") || self.is(t, "or") || self.is_punct(t, &[','])
    }
}

/// How far a list's "and" may come after one of its commas.
const LIST_ITEM_TOKENS: usize = 8;

/// The longest parenthetical after a name: "(RSF)", "(M23)", "(ISWAP)".
const PARENTHETICAL_TOKENS: usize = 5;

/// The most words inside scare quotes.
const SCARE_QUOTE_WORDS: usize = 4;

/// Gerunds that open a reported clause after a comma (", adding ...", ", saying ...").
const REPORTING_GERUNDS: &[&str] = &["adding", "saying", "noting", "stating", "insisting"];

/// Whether an entity is a time expression an event can be dated by.
pub(crate) fn is_dated(e: &Entity) -> bool {
    matches!(e.label, Label::Date | Label::Time)
        && e.value
            .as_deref()
            .is_some_and(|v| !v.is_empty() && !v.starts_with('P'))
}

/// The longest non-restrictive relative clause [`SentenceView::closed_relative`] looks over.
const RELATIVE_CLAUSE_TOKENS: usize = 20;

/// How far into a sentence a dateline's closing dash may be.
const DATELINE_TOKENS: usize = 16;

/// Punctuation that ends a clause (each a one-character token).
const CLAUSE_PUNCTUATION: &[&str] = &[";", ":", "—", "–", "\"", "“", "”", "?", "!", "[", "]"];

/// Words that open a clause.
const CLAUSE_OPENERS: &[&str] = &[
    "who", "whom", "whose", "which", "where", "when", "while", "whereas", "although", "though",
    "because", "but", "if", "unless", "whether", "that", "once",
];

/// Openers that introduce a subordinate clause (fronted ones end at their first comma).
pub(crate) const SUBORDINATORS: &[&str] = &[
    "when", "while", "whereas", "although", "though", "because", "if", "unless", "once",
];

/// Relative pronouns.
pub(crate) const RELATIVES: &[&str] = &["who", "which", "that", "whom"];
