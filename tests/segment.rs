//! Sentence splitter cases: (name, text, expected sentences).

use chronicle::segment::split;

fn sentences(text: &str) -> Vec<&str> {
    split(text).into_iter().map(|s| &text[s.range()]).collect()
}

macro_rules! cases {
    ($($name:ident: $text:expr => [$($s:expr),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                let expected: Vec<&str> = vec![$($s),*];
                assert_eq!(sentences($text), expected, "text: {:?}", $text);
            }
        )*
    };
}

cases! {
    two_plain: "The army left. The rebels arrived." => ["The army left.", "The rebels arrived."];
    title_mr: "Mr. Keita spoke first. He was brief." => ["Mr. Keita spoke first.", "He was brief."];
    title_gen: "Gen. Diarra denied it." => ["Gen. Diarra denied it."];
    us_midsentence: "The U.S. embassy closed. Staff left." => ["The U.S. embassy closed.", "Staff left."];
    us_end_then_opener: "Aid came from the U.S. The rest came later." => ["Aid came from the U.S.", "The rest came later."];
    initials: "John F. Kennedy was elected in 1960." => ["John F. Kennedy was elected in 1960."];
    decimal: "Growth was 3.5 percent. Prices rose." => ["Growth was 3.5 percent.", "Prices rose."];
    version: "Version 1.2.3 shipped. It works." => ["Version 1.2.3 shipped.", "It works."];
    quote_final: "He called it a \"surprise.\" Others disagreed." => ["He called it a \"surprise.\"", "Others disagreed."];
    blank_line_headline: "Rebels Take Town\n\nThe town fell." => ["Rebels Take Town", "The town fell."];
    byline: "By Jane Doe\nThe town fell." => ["By Jane Doe", "The town fell."];
    ellipsis_upper: "They waited... Nobody came." => ["They waited...", "Nobody came."];
    ellipsis_lower: "They waited... and waited." => ["They waited... and waited."];
    month_abbrev: "On Jan. 5 the talks began." => ["On Jan. 5 the talks began."];
    corp_mid: "Acme Corp. said profits rose." => ["Acme Corp. said profits rose."];
    eg: "Some towns, e.g. Gao, fell. Others held." => ["Some towns, e.g. Gao, fell.", "Others held."];
    question: "Who fired first? Nobody knows." => ["Who fired first?", "Nobody knows."];
    bullets: "Demands:\n- a ceasefire\n- elections" => ["Demands:", "- a ceasefire", "- elections"];
    wrapped_line: "The convoy left the city\nand headed north." => ["The convoy left the city\nand headed north."];
    empty: "" => [];
    only_space: "  \n\t " => [];
    trimmed: "  Hello there.  " => ["Hello there."];
}
