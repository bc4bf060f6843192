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

    // Titles: a period after a title never ends a sentence.
    title_dr: "Dr. Ann Lee treated the wounded. She left at dawn." => ["Dr. Ann Lee treated the wounded.", "She left at dawn."];
    title_sen: "Sen. Ann Lee voted against the bill." => ["Sen. Ann Lee voted against the bill."];
    title_chain: "Lt. Col. Amadou Sow led the patrol. It returned." => ["Lt. Col. Amadou Sow led the patrol.", "It returned."];
    title_mrs_ms: "Mrs. Traoré and Ms. Keita arrived. They spoke." => ["Mrs. Traoré and Ms. Keita arrived.", "They spoke."];
    title_prof_rev: "Prof. Diop thanked Rev. Sarr." => ["Prof. Diop thanked Rev. Sarr."];
    title_mt_fig: "The summit of Mt. Kenya is shown in Fig. 2 below." => ["The summit of Mt. Kenya is shown in Fig. 2 below."];
    title_vs: "Mali vs. Senegal ended 1-1. Fans left." => ["Mali vs. Senegal ended 1-1.", "Fans left."];

    // Weak abbreviations: a boundary only before a common sentence opener (or a line break).
    month_abbrev_date: "The deal closed on Jan. 12, 2026, officials said." => ["The deal closed on Jan. 12, 2026, officials said."];
    month_abbrev_sept: "The Sept. 11 attacks changed the region." => ["The Sept. 11 attacks changed the region."];
    month_abbrev_end: "The vote is due in Jan. The parties disagree." => ["The vote is due in Jan.", "The parties disagree."];
    inc_mid: "Shares of Acme Inc. rose 5 percent." => ["Shares of Acme Inc. rose 5 percent."];
    inc_end_then_opener: "He works for Acme Inc. The firm is in Dakar." => ["He works for Acme Inc.", "The firm is in Dakar."];
    corp_then_name: "Acme Corp. Chief Executive Ann Lee resigned." => ["Acme Corp. Chief Executive Ann Lee resigned."];
    corp_end_of_text: "He sued Acme Corp." => ["He sued Acme Corp."];
    ltd_end_of_line: "He joined Acme Ltd.\nShares rose." => ["He joined Acme Ltd.", "Shares rose."];
    etc_then_opener: "They took food, water, etc. The trucks left." => ["They took food, water, etc.", "The trucks left."];
    etc_then_lower: "They took food, water, etc. and left." => ["They took food, water, etc. and left."];
    number_abbrev: "He was ranked No. 3 in the world." => ["He was ranked No. 3 in the world."];
    number_after_no_ends: "He was ranked No. 3. The team was not." => ["He was ranked No. 3.", "The team was not."];
    street_abbrev: "He lives on Main St. The house burned." => ["He lives on Main St.", "The house burned."];
    saint_abbrev: "Flights to St. Louis resumed." => ["Flights to St. Louis resumed."];
    jr_mid: "Martin Luther King Jr. was born in Atlanta." => ["Martin Luther King Jr. was born in Atlanta."];

    // Acronyms with inner periods.
    uk_midsentence: "The U.K. government said it would help." => ["The U.K. government said it would help."];
    uk_end_then_opener: "Troops came from the U.K. They landed at night." => ["Troops came from the U.K.", "They landed at night."];
    us_hyphenated: "The U.S.-led coalition withdrew. Fighting resumed." => ["The U.S.-led coalition withdrew.", "Fighting resumed."];
    us_then_name: "U.S. Secretary of State Ann Lee flew in." => ["U.S. Secretary of State Ann Lee flew in."];
    ie_lower: "The north, i.e. the desert, is calm." => ["The north, i.e. the desert, is calm."];
    eg_then_capital: "Some cities, e.g. Gao and Kidal, fell." => ["Some cities, e.g. Gao and Kidal, fell."];
    pm_then_day: "The curfew starts at 9 p.m. Monday in Bamako." => ["The curfew starts at 9 p.m. Monday in Bamako."];
    am_then_opener: "The blast came at 6 a.m. The army responded." => ["The blast came at 6 a.m.", "The army responded."];

    // Initials.
    initials_two: "George W. Bush met J. R. Jones." => ["George W. Bush met J. R. Jones."];
    initial_letter_then_opener: "They chose Plan B. The vote was close." => ["They chose Plan B.", "The vote was close."];
    initial_at_end: "The memo was signed by Ann B. Smith." => ["The memo was signed by Ann B. Smith."];

    // Numbers.
    decimal_percent: "Turnout was 45.5%. Officials were pleased." => ["Turnout was 45.5%.", "Officials were pleased."];
    decimal_money: "Aid of $1.5 billion arrived. More is due." => ["Aid of $1.5 billion arrived.", "More is due."];
    year_at_end: "He was born in 1960. He died in 2020." => ["He was born in 1960.", "He died in 2020."];
    number_starts_sentence: "Profits fell. 2025 was a bad year." => ["Profits fell.", "2025 was a bad year."];
    decimal_in_brackets: "The vote (55.3 percent) was valid." => ["The vote (55.3 percent) was valid."];

    // Ellipses.
    ellipsis_char_upper: "They waited\u{2026} Nobody came." => ["They waited\u{2026}", "Nobody came."];
    ellipsis_char_lower: "He paused \u{2026} then spoke." => ["He paused \u{2026} then spoke."];
    ellipsis_spaced: "The list goes on. . . The end came." => ["The list goes on. . .", "The end came."];
    ellipsis_at_end: "And then..." => ["And then..."];
    ellipsis_in_quote: "\"Well...\" She paused." => ["\"Well...\"", "She paused."];

    // Sentence-final quotes and brackets.
    quote_final_lower: "\"Who fired?\" he asked." => ["\"Who fired?\" he asked."];
    quote_final_upper: "\"Who fired?\" Nobody answered." => ["\"Who fired?\"", "Nobody answered."];
    curly_quote_final: "She called it \u{201c}a disaster.\u{201d} Aid stalled." => ["She called it \u{201c}a disaster.\u{201d}", "Aid stalled."];
    single_quote_final: "He said 'enough.' Then he left." => ["He said 'enough.'", "Then he left."];
    bracket_sentence: "(The vote was close.) Results came later." => ["(The vote was close.)", "Results came later."];
    bracket_then_period: "Prices rose (see below). The index fell." => ["Prices rose (see below).", "The index fell."];
    quote_opens_next: "He left. \"We will return,\" he said." => ["He left.", "\"We will return,\" he said."];
    exclamations: "Stop! Police! Nobody move." => ["Stop!", "Police!", "Nobody move."];
    interrobang: "Really?! Yes." => ["Really?!", "Yes."];

    // Headlines, bylines, datelines and blank lines.
    headline_byline_dateline: "Junta Extends Transition\nBy Ann Lee\nBAMAKO, May 3 - The junta said it would stay." => ["Junta Extends Transition", "By Ann Lee", "BAMAKO, May 3 - The junta said it would stay."];
    all_caps_headline: "MALI: JUNTA EXTENDS RULE\n\nThe junta said so." => ["MALI: JUNTA EXTENDS RULE", "The junta said so."];
    blank_line_with_spaces: "First paragraph\n   \t\nSecond paragraph" => ["First paragraph", "Second paragraph"];
    blank_line_ends_lowercase: "the end of one\n\nthe start of two" => ["the end of one", "the start of two"];
    many_blank_lines: "\n\n\nOne.\n\n\n\nTwo.\n\n" => ["One.", "Two."];

    // Bullets.
    star_bullets: "* Gao fell\n* Kidal held" => ["* Gao fell", "* Kidal held"];
    dot_bullets: "\u{2022} Gao\n\u{2022} Kidal" => ["\u{2022} Gao", "\u{2022} Kidal"];
    numbered_list: "1. First item\n2. Second item" => ["1. First item", "2. Second item"];
    numbered_list_paren: "1) troops\n2) police" => ["1) troops", "2) police"];

    // Line endings.
    crlf: "The army left.\r\nThe rebels arrived." => ["The army left.", "The rebels arrived."];
    crlf_blank_line: "Headline\r\n\r\nBody text." => ["Headline", "Body text."];
    crlf_wrapped: "The convoy left\r\nand headed north." => ["The convoy left\r\nand headed north."];
    lone_cr_blank_line: "Headline\r\rBody text." => ["Headline", "Body text."];
    lone_cr_line: "First line\rSecond line" => ["First line", "Second line"];

    // Spaces and other scripts.
    many_spaces: "One.   Two.\tThree." => ["One.", "Two.", "Three."];
    nbsp_after_period: "One.\u{a0}Two." => ["One.", "Two."];
    accented_opener: "Goïta arrived. \u{c9}lys\u{e9}e officials met him." => ["Goïta arrived.", "\u{c9}lys\u{e9}e officials met him."];
    emoji_before_period: "Great news \u{1f389}. The team won." => ["Great news \u{1f389}.", "The team won."];
    domain_name: "Visit www.example.org for details." => ["Visit www.example.org for details."];
    no_space_after_period: "It ended.Then nothing." => ["It ended.Then nothing."];
    bom_at_start: "\u{feff}Troops left. They returned." => ["Troops left.", "They returned."];
    number_mid_line_ends: "Mali won 2. Senegal lost." => ["Mali won 2.", "Senegal lost."];
    indented_numbered_list: "Steps:\n  1. Go north\n  2. Stop" => ["Steps:", "1. Go north", "2. Stop"];
}

/// Over-long stretches are cut near the cap: at whitespace when there is some in the window's
/// second half, at a character boundary otherwise; nothing is lost either way.
#[test]
fn over_long_sentences_are_capped() {
    use chronicle::segment::MAX_SENTENCE_LEN;
    let words = "troops ".repeat(3 * MAX_SENTENCE_LEN / 7);
    let junk = "é".repeat(MAX_SENTENCE_LEN); // 2 bytes a char, no whitespace
    for text in [words.as_str(), junk.as_str()] {
        let spans = split(text);
        assert!(spans.len() >= 2, "not cut");
        let mut prev = 0;
        for s in &spans {
            assert!(
                (s.len() <= MAX_SENTENCE_LEN && s.len() >= MAX_SENTENCE_LEN / 4)
                    || s.end == text.trim_end().len()
            );
            assert!(text[prev..s.start].trim().is_empty());
            prev = s.end;
        }
        assert!(text[prev..].trim().is_empty());
    }
    // Word text is cut between words, never inside "troops".
    for s in split(&words) {
        assert!(words[s.range()].starts_with("troops") && words[s.range()].ends_with("troops"));
    }
}
