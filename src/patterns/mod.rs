//! Context rules over tokens and gazetteer cues, each with a stable id reported in `source`.
//!
//! Rules see the sentence's tokens and the gazetteer's cue matches (titles, organization head
//! words, legal suffixes) and propose [`Candidate`]s to the resolver.

use crate::document::{Entity, Label, Source, Span};
use crate::gazetteer::{EntryKind, Gazetteer, Match};
use crate::resolve::{Candidate, Priority};
use crate::tokens::{Shape, Token};

/// What rules may read about a document.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub gazetteer: &'a Gazetteer,
    pub matches: &'a [Match],
}

impl Context<'_> {
    fn token_text(&self, t: Token) -> &str {
        &self.text[t.span.range()]
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
    person_after_title(ctx, out);
    person_given_name(ctx, out);
    organization_head_word(ctx, out);
}

fn push(out: &mut Vec<Candidate>, span: Span, label: Label, rule: &'static str) {
    out.push(Candidate {
        entity: Entity::new(span, label, Source::Rule(rule)),
        priority: Priority::Rule,
    });
}

/// `rule:person.title_name`: a title followed by capitalized words ("Consul General ... Ruslan
/// Golubovsky" -> "Ruslan Golubovsky"). The title itself is left out of the span.
fn person_after_title(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    for m in ctx
        .matches
        .iter()
        .filter(|m| ctx.has_kind(m, EntryKind::Title))
    {
        let mut i = ctx.token_at(m.span.end);
        // Allow "Consul General in Cape Town, Ruslan Golubovsky"? Not here: adjacency only.
        let first = i;
        while i < ctx.tokens.len() && i - first < 4 {
            let t = ctx.tokens[i];
            if t.shape != Shape::Capitalized || ctx.token_text(t).contains('.') {
                break;
            }
            i += 1;
        }
        if i > first {
            let span = Span::new(ctx.tokens[first].span.start, ctx.tokens[i - 1].span.end);
            if !ctx.text[m.span.end..span.start].trim().is_empty() {
                continue;
            }
            push(out, span, Label::Person, "rule:person.title_name");
        }
    }
}

/// The most capitalized words a rule reads before an organization head word.
const MAX_NAME_WORDS: usize = 8;

/// `rule:org.head_word`: capitalized words ending in an organization head word ("Africa Corps",
/// "Wagner Group").
fn organization_head_word(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    for m in ctx
        .matches
        .iter()
        .filter(|m| ctx.has_kind(m, EntryKind::OrgHead))
    {
        let head = ctx.token_at(m.span.start);
        // The head word must be a token of its own, not the tail of one ("Al-Corps").
        if ctx
            .tokens
            .get(head)
            .is_none_or(|t| t.span.start != m.span.start)
        {
            continue;
        }
        let mut i = head;
        // At most MAX_NAME_WORDS words before the head: bounded work on runs of capitals.
        while i > 0 && head - i < MAX_NAME_WORDS {
            let t = ctx.tokens[i - 1];
            if !t.is_upper_initial()
                || !ctx.text[t.span.end..ctx.tokens[i].span.start]
                    .trim()
                    .is_empty()
            {
                break;
            }
            i -= 1;
        }
        if i < head {
            let span = Span::new(ctx.tokens[i].span.start, m.span.end);
            push(out, span, Label::Organization, "rule:org.head_word");
        }
    }
}

/// `rule:person.given_name`: a known given name followed by one or two capitalized words that are
/// not themselves places or organizations ("Thomas Ullman").
fn person_given_name(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let mut i = 0;
    while i + 1 < toks.len() {
        let t = toks[i];
        if t.shape != Shape::Capitalized || !ctx.gazetteer.name_part(ctx.token_text(t)).given {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < toks.len() && j - i <= 2 {
            let n = toks[j];
            let adjacent = ctx.text[toks[j - 1].span.end..n.span.start] == *" ";
            if n.shape != Shape::Capitalized || !adjacent {
                break;
            }
            j += 1;
        }
        if j > i + 1 {
            push(
                out,
                Span::new(t.span.start, toks[j - 1].span.end),
                Label::Person,
                "rule:person.given_name",
            );
            i = j;
        } else {
            i += 1;
        }
    }
}
