//! The pattern table of the tagger: one pattern per rule, tried in
//! priority order (longest forms first), and the word tables used to check
//! the context of a match.
//!
//! The rules are searched together as one multi-pattern regex
//! ([`SCANNER`]), whose matches come with their rule. The commonest forms
//! are then read from their words (in [`super::parse`]); the others by
//! their rule's own pattern run over the match only ([`Reader`]). The same
//! rules joined into one alternation of named groups ([`COMBINED`]) are the
//! reference both readings are checked against.
//!
//! Word boundaries are ASCII (`(?-u:\b)`) and digits are `[0-9]`, so the
//! lazy DFA runs over any text, Unicode included, without falling back to a
//! slower engine, and a matched digit string always parses.

use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

use regex_automata::dfa::onepass;
use regex_automata::nfa::thompson::WhichCaptures;
use regex_automata::nfa::thompson::backtrack::{self, BoundedBacktracker};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, PatternID, meta};

const MONTH_FULL: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH_ABBR: &str =
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?";
/// Month names in capitals, as in a timeline's headings ("MALI, AUGUST
/// 2020"): read only with their year.
const MONTH_CAPS: &str =
    "JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER";
const WEEKDAY: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const NUMBER_WORD: &str = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a|an|[0-9]{1,3}";
const ORDINAL_WORD: &str = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first";

/// The rules of the scanner, in the order their alternatives are tried.
/// Each is a named group `r_<name>` in [`SCANNER`].
pub const RULES: &[&str] = &[
    "heading",
    "iso",
    "range_mdy",
    "range_dmy",
    "mdy",
    "dmy",
    "slash",
    "dotted",
    "my",
    "day_rel_year",
    "month_rel_year",
    "range_md",
    "range_dm",
    "holiday",
    "islamic",
    "md",
    "dm",
    "season",
    "season_told",
    "quarter",
    "decade",
    "century",
    "year_range",
    "since_then",
    "that_unit",
    "ago",
    "in_time",
    "later",
    "following",
    "weekend",
    "edge_of",
    "in_the",
    "rel_unit",
    "rel_day",
    "nth_weekday",
    "weekday",
    "month_alone",
    "ordinal_day",
    "year",
];

/// The source text of [`SCANNER`]: the rules' patterns as alternatives.
pub fn scanner_source() -> String {
    rule_sources().join("|")
}

/// One pattern per rule, in the order of [`RULES`]; each is a named group
/// `r_<rule>` holding the rule's own named groups.
#[allow(clippy::too_many_lines)] // the pattern table reads best in one place
pub fn rule_sources() -> Vec<String> {
    let b = r"(?-u:\b)";
    let sp = r"(?u:[ \t\u{a0}]+)";
    let osp = r"(?u:[ \t\u{a0}]*)";
    let dash = r"[-–—]";
    // Between the days of a range: "9-10", "9 – 10", "1 to 3", "7 and 8".
    let to = format!(r"(?:{osp}{dash}{osp}|{sp}(?i-u:to|and|until|till|through){sp})");
    // The days listed between the first and the last: "26, 27 and 28
    // February" (the first and last bound the span).
    // A weekday before a day of a range: "from Saturday 27 to Sunday 28
    // July".
    let owd = format!("(?:(?:{WEEKDAY}),?{sp})?");
    let listed = format!(r"(?:(?:,{osp}[0-9]{{1,2}}(?:st|nd|rd|th)?)+,?)?");
    let month = |g: &str| format!("(?P<{g}>{MONTH_FULL}|{MONTH_ABBR})");
    let month_full = |g: &str| format!("(?P<{g}>{MONTH_FULL})");
    let day = |g: &str| format!("(?P<{g}>[0-9]{{1,2}})(?:st|nd|rd|th)?");
    let year = |g: &str| format!("(?P<{g}>[0-9]{{4}})");
    let wd = |g: &str| format!("(?:(?P<{g}>{WEEKDAY}),?{sp}(?:the{sp})?)?");
    // How many units ago or later: "two", "a", "half a", "a quarter of a"
    // (groups `<p>_n`, `<p>_half`, `<p>_qu` of the rule with prefix `p`).
    let counted = |p: &str| {
        format!(
            "(?:(?P<{p}_half>half){sp}an?|(?:a{sp})?(?P<{p}_qu>quarter){sp}of{sp}an?|(?P<{p}_n>{NUMBER_WORD}))"
        )
    };
    let units = "hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries";
    let alternatives = [
        // "2023:" at the start of a line, or "2023" alone on its line: a
        // chronology heading (context only).
        format!(
            r"(?P<r_heading>(?m:^)[ \t]*{}[ \t]*(?::|\r?(?m:$)))",
            year("hd_y")
        ),
        format!(
            // (With a time of day: "2023-07-26T10:00Z".)
            r"(?P<r_iso>{b}{}[-/](?P<iso_m>[0-9]{{2}})[-/](?P<iso_d>[0-9]{{2}})(?:T[0-9]{{2}}:[0-9]{{2}}(?::[0-9]{{2}}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{{2}}(?::?[0-9]{{2}})?)?)?{b})",
            year("iso_y")
        ),
        format!(
            r"(?P<r_range_mdy>{b}{}{sp}{}{listed}{to}{},?{sp}{}{b})",
            month("rmdy_m"),
            day("rmdy_d1"),
            day("rmdy_d2"),
            year("rmdy_y")
        ),
        format!(
            r"(?P<r_range_dmy>{b}{}{listed}{to}{}{sp}(?:of{sp})?{},?{sp}{}{b})",
            day("rdmy_d1"),
            day("rdmy_d2"),
            month("rdmy_m"),
            year("rdmy_y")
        ),
        format!(
            r"(?P<r_mdy>{b}{}{}{sp}{}(?:,{osp}|{sp}){}{b})",
            wd("mdy_wd"),
            month("mdy_m"),
            day("mdy_d"),
            year("mdy_y")
        ),
        format!(
            // (Also "26-Jul-2023".)
            r"(?P<r_dmy>{b}{}{}(?:{sp}(?:of{sp})?|-){}(?:,?{sp}|-){}{b})",
            wd("dmy_wd"),
            day("dmy_d"),
            month("dmy_m"),
            year("dmy_y")
        ),
        r"(?P<r_slash>(?-u:\b)(?P<sl_a>[0-9]{1,2})/(?P<sl_b>[0-9]{1,2})/(?P<sl_y>[0-9]{4}|[0-9]{2})(?-u:\b))".to_owned(),
        // "30.07.2023": day, month and year, as written where the day comes
        // first (a two-digit month and a four-digit year: "1.2.3" and
        // "version 1.2.2023" are none).
        r"(?P<r_dotted>(?-u:\b)(?P<dt_d>[0-9]{1,2})\.(?P<dt_m>[0-9]{2})\.(?P<dt_y>[0-9]{4})(?-u:\b))".to_owned(),
        format!(
            r"(?P<r_my>{b}(?:(?P<my_mod>(?i-u:early|late|mid)){osp}-?{osp})?(?P<my_m>{MONTH_FULL}|{MONTH_ABBR}|{MONTH_CAPS}),?{sp}(?:of{sp})?{}{b})",
            year("my_y")
        ),
        // "August last year", "January of this year".
        // "July 30 last year", "24 February next year".
        format!(
            r"(?P<r_day_rel_year>{b}(?:{}{sp}{}|{}{sp}(?:of{sp})?{}),?{sp}(?P<dry_mod>(?i-u:last|this|next)){sp}(?i-u:year){b})",
            month("dry_m"),
            day("dry_d"),
            day("dry_d2"),
            month("dry_m2")
        ),
        format!(
            r"(?P<r_month_rel_year>{b}{}{sp}(?:of{sp})?(?P<mry_mod>(?i-u:last|this|next)){sp}(?i-u:year){b})",
            month_full("mry_m")
        ),
        // "July 26-27", "26–27 July": a range of days in a year-less month.
        format!(
            r"(?P<r_range_md>{b}{}{sp}{}{listed}{to}{}{b})",
            month("rmd_m"),
            day("rmd_d1"),
            day("rmd_d2")
        ),
        format!(
            r"(?P<r_range_dm>{b}{owd}{}{listed}{to}{owd}{}{sp}(?:of{sp})?{}{b})",
            day("rdm_d1"),
            day("rdm_d2"),
            month("rdm_m")
        ),
        // Holidays on a fixed day: "Christmas Eve", "New Year's Day"
        // ("Christmas" alone after a preposition, checked by the parser).
        format!(
            r"(?P<r_holiday>{b}(?:New{sp}Year['’]s{sp}(?P<ho_ny>Day|Eve)|Christmas{sp}(?P<ho_xw>Day|Eve)|(?P<ho_x>Christmas)|(?P<ho_bd>Boxing{sp}Day)){b})"
        ),
        // Islamic feasts and Ramadan, whose days move with the lunar
        // year: "Eid al-Adha", "Tabaski 2023", "during Ramadan" (a name
        // such as "Ramadan" alone is checked by the parser).
        format!(
            r"(?P<r_islamic>{b}(?:(?P<is_fitr>Eid(?:{sp}|-)(?:al|el|ul)(?:{sp}|-)Fitr|Korite)|(?P<is_adha>Eid(?:{sp}|-)(?:al|el|ul)(?:{sp}|-)(?:Adha|Kabir|Kebir)|Tabaski)|(?P<is_ram>Ramadan|Ramadhan)|(?P<is_mawlid>Mawlid|Maouloud))(?:{sp}(?P<is_y>[0-9]{{4}}))?{b})"
        ),
        format!(
            r"(?P<r_md>{b}{}{}{sp}{}{b})",
            wd("md_wd"),
            month("md_m"),
            day("md_d")
        ),
        format!(
            r"(?P<r_dm>{b}{}{}{sp}(?:of{sp})?{}{b})",
            wd("dm_wd"),
            day("dm_d"),
            month("dm_m")
        ),
        format!(
            r"(?P<r_season>{b}(?i-u:(?:(?P<se_mod>last|this|next|past|early|late){sp})?(?P<se_s>spring|summer|autumn|fall|winter))(?:(?:{sp}(?i-u:of))?{sp}{}|(?P<se_nomod>)){b})",
            year("se_y")
        ),
        // "the following spring", "that summer", "the following May": a
        // season or a month told of from the date before.
        format!(
            r"(?P<r_season_told>{b}(?:(?i-u:(?:the{sp}(?P<st_rel>following|next|previous|preceding|same)|that){sp}(?P<st_s>spring|summer|autumn|fall|winter))|(?i-u:the{sp}(?P<st_mrel>following|next|previous|preceding)){sp}(?P<st_m>{MONTH_FULL})){b})"
        ),
        // "the third quarter of 2023", "the first half of next year",
        // "the first six months of the year", "Q4 2023", "Q3", "the
        // third quarter" (not "the second half" alone, which may be a
        // match's): a quarter, half or first or last months of a year.
        format!(
            r"(?P<r_quarter>{b}(?:(?i-u:(?:the{sp})?(?:(?P<qu_ord>first|second|third|fourth|final|1st|2nd|3rd|4th){sp}(?P<qu_kind>quarter|half)|(?P<qu_edge>first|last|final){sp}(?P<qu_n>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]){sp}months){sp}of{sp})(?:(?P<qu_y>[0-9]{{4}})|(?P<qu_mod>(?i-u:this|last|next|the)){sp}(?i-u:year))|(?i-u:the{sp}(?P<qu_alone>first|second|third|fourth|final|1st|2nd|3rd|4th){sp}quarter)|(?P<qu_q>Q[1-4])(?:{sp}(?P<qu_qy>[0-9]{{4}}))?|(?P<qu_h>H[12]){sp}(?P<qu_hy>[0-9]{{4}})){b})"
        ),
        // "the 1990s", "the 1990's", "the early '90s" (the apostrophe
        // form is checked in the parser to start a word), "the 60s and
        // 70s" (the bare form only after "the" or another decade, checked
        // in the parser: not "in his 60s").
        format!(
            r"(?P<r_decade>(?:{b}(?P<dc_mod>(?i-u:early|mid|late)){osp}-?{osp})?(?:{b}(?P<dc_full>1[0-9]|20)(?P<dc_d>[0-9])0['’]?s{b}|['’](?P<dc_short>[0-9])0s{b}|{b}(?P<dc_bare>[2-9])0s{b})|{b}(?i-u:the){sp}(?:(?P<dc_wmod>(?i-u:early|mid|late)){osp}-?{osp})?(?P<dc_word>(?i-u:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)){b})"
        ),
        format!(
            r"(?P<r_century>{b}(?:(?P<ce_num>[0-9]{{1,2}})(?:st|nd|rd|th)|(?P<ce_word>(?i-u:{ORDINAL_WORD}))){sp}(?i-u:century){b})"
        ),
        format!(
            r"(?P<r_year_range>{b}{}{osp}(?:{dash}|/){osp}(?P<yr_b>[0-9]{{4}}|[0-9]{{2}}){b})",
            year("yr_a")
        ),
        // "since then": from the previously mentioned date to the article date.
        format!(r"(?P<r_since_then>{b}(?i-u:since{sp}then){b})"),
        // "that night", "later that day", "the same day": the previously
        // mentioned date.
        format!(
            r"(?P<r_that_unit>{b}(?i-u:(?:(?P<th_edge>later|earlier){sp})?(?:that|the{sp}same){sp}(?P<th_u>day|night|morning|afternoon|evening|week|month|year)){b})"
        ),
        format!(
            // (Also "half a century ago", "a year and a half ago", "five
            // years from now", "in two weeks' time".)
            r"(?P<r_ago>{b}(?i-u:{count}(?P<ago_ahb>{sp}and{sp}a{sp}half)?{sp}(?P<ago_u>{units})(?P<ago_ah>{sp}and{sp}a{sp}half)?(?:{sp}ago(?:{sp}(?:(?P<ago_today>today)|this{sp}(?P<ago_this>week|month)|(?-i:(?P<ago_wd>{WEEKDAY}))))?|{sp}(?P<ago_fwd>from){sp}(?:now|(?P<ago_fwd_day>today)))){b})",
            count = counted("ago"),
        ),
        // "in two weeks' time", "in a year's time".
        format!(
            r"(?P<r_in_time>{b}(?i-u:in{sp}{count}(?P<tm_ahb>{sp}and{sp}a{sp}half)?{sp}(?P<tm_u>{units})(?P<tm_ah>{sp}and{sp}a{sp}half)?)(?u:['’])(?i-u:s?{sp}time){b})",
            count = counted("tm"),
        ),
        format!(
            r"(?P<r_later>{b}(?i-u:{count}(?P<lt_ahb>{sp}and{sp}a{sp}half)?{sp}(?P<lt_u>{units})(?P<lt_ah>{sp}and{sp}a{sp}half)?{sp}(?P<lt_dir>later|earlier)){b})",
            count = counted("lt"),
        ),
        format!(
            r"(?P<r_following>{b}(?i-u:the{sp}(?:(?P<fo_dir>following|next|previous|preceding){sp}(?P<fo_u>day|week|month|year|morning|afternoon|evening|night)|(?P<fo_du>day|week|month|year){sp}(?P<fo_day>after|before)(?:{sp}(?P<fo_rel>yesterday|tomorrow|last|next))?)){b})"
        ),
        // "over the weekend", "at the weekend": the expression is "the
        // weekend"; the preposition tells it is a time, not a noun ("the
        // weekend edition").
        format!(
            r"(?P<r_weekend>{b}(?i-u:over|at|during|on|by|until|till|since){sp}(?P<we_x>(?i-u:the){sp}(?i-u:weekend)){b})"
        ),
        // "by the end of the year", "at the start of the month": the
        // period of the article date; "the end of last year": the one
        // before it.
        format!(
            r"(?P<r_edge_of>{b}(?i-u:the{sp}(?:end|start|beginning|middle|turn){sp}of{sp}(?P<eo_mod>the|this|last|next){sp}(?P<eo_u>week|month|year|decade)){b})"
        ),
        // "later in the month", "earlier in the year": the period of the
        // date told of before, or of the article date.
        format!(
            r"(?P<r_in_the>{b}(?i-u:(?P<it_edge>earlier|later){sp}in{sp}the{sp}(?P<it_u>week|month|year)){b})"
        ),
        format!(
            r"(?P<r_rel_unit>{b}(?i-u:(?:(?P<ru_pre>earlier|later){sp})?(?P<ru_the>the{sp})?(?P<ru_mod>this{sp}past|this|last|next|past|coming)(?:{sp}(?P<ru_n>{NUMBER_WORD}))?{sp}(?P<ru_u>week|weekend|month|year|decade)(?P<ru_pl>s)?){b})"
        ),
        format!(
            r"(?P<r_rel_day>{b}(?i-u:(?P<rd_w>today|yesterday|tomorrow|tonight)|(?P<rd_ln>last{sp}night)|(?P<rd_this>this{sp}(?:morning|afternoon|evening))){b})"
        ),
        // "the last Sunday of December", "the first Monday of the month",
        // "the second Tuesday in March 2025": a weekday counted in a month.
        format!(
            r"(?P<r_nth_weekday>{b}(?i-u:the){sp}(?P<nw_ord>(?i-u:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)){sp}(?P<nw_w>{WEEKDAY}){sp}(?i-u:of|in){sp}(?:(?P<nw_m>{MONTH_FULL}|{MONTH_ABBR})(?:,?{sp}(?P<nw_y>[0-9]{{4}}))?|(?P<nw_rel>(?i-u:this|next|last|the)){sp}(?i-u:month)){b})"
        ),
        format!(
            r"(?P<r_weekday>{b}(?:(?P<wd_mod>(?i-u:this{sp}past|last|next|this|coming|past)){sp})?(?P<wd_w>{WEEKDAY})(?:{sp}(?i-u:morning|afternoon|evening|night))?(?:{sp}(?P<wd_wk>(?i-u:next|last|this)){sp}(?i-u:week))?{b})"
        ),
        format!(
            r"(?P<r_month_alone>{b}(?:(?P<ma_mod>(?i-u:last|next|this|early|late|mid|earlier|later|end|that)){osp}-?{osp})?(?P<ma_m>{MONTH_FULL})(?P<ma_that>{sp}(?i-u:of){sp}(?i-u:that){sp}(?i-u:year))?{b})"
        ),
        // "on the 30th": a day of the month of the date before (the
        // parser checks "the", a preposition before it and the end of the
        // phrase after it).
        format!(r"(?P<r_ordinal_day>{b}(?P<od_d>[0-9]{{1,2}})(?:st|nd|rd|th){b})"),
        format!(r"(?P<r_year>{b}{}{b})", year("yr_y")),
    ];
    alternatives.into()
}

/// The scanner: the rules as one multi-pattern regex (pattern `i` is
/// `RULES[i]`), leftmost-first, so at each position the first rule in
/// priority order that matches there wins, exactly as in the alternation
/// [`COMBINED`]. Its lazy DFA finds where an expression is and which rule
/// it belongs to in one search (no capture groups are compiled into it);
/// [`Reader::read`] then reads the groups of that rule over the match
/// only, with [`RULE_ENGINES`].
///
/// Built once; the patterns are constants, so a failure to compile is a
/// programming error caught by the unit tests, and at run time it degrades
/// to "no matches" rather than a panic. No prefilter is looked for: the
/// rules start with too many different words for one to help, and looking
/// took a third of the time to start up.
pub static SCANNER: LazyLock<Option<meta::Regex>> = LazyLock::new(|| {
    meta::Regex::builder()
        .configure(
            meta::Config::new()
                .which_captures(WhichCaptures::Implicit)
                .auto_prefilter(false),
        )
        .build_many(&rule_sources())
        .ok()
});

/// One rule's pattern on its own, compiled to read its groups.
#[derive(Debug)]
pub enum RuleEngine {
    /// The pattern is one-pass: read in a single pass, no backtracking.
    OnePass(Box<onepass::DFA>),
    /// Otherwise the bounded backtracker reads it.
    Backtrack(BoundedBacktracker),
}

impl RuleEngine {
    fn new(src: &str) -> Option<Self> {
        match onepass::DFA::new(src) {
            Ok(dfa) => Some(Self::OnePass(Box::new(dfa))),
            Err(_) => BoundedBacktracker::new(src).ok().map(Self::Backtrack),
        }
    }

    fn create(&self) -> (RuleCache, Captures) {
        match self {
            Self::OnePass(dfa) => (
                RuleCache::OnePass(dfa.create_cache()),
                dfa.create_captures(),
            ),
            Self::Backtrack(bt) => (
                RuleCache::Backtrack(bt.create_cache()),
                bt.create_captures(),
            ),
        }
    }

    /// The names of the rule's groups, by index.
    pub fn group_names(&self) -> impl Iterator<Item = Option<&str>> {
        let nfa = match self {
            Self::OnePass(dfa) => dfa.get_nfa(),
            Self::Backtrack(bt) => bt.get_nfa(),
        };
        nfa.group_info().pattern_names(PatternID::ZERO)
    }
}

/// The cache of a [`RuleEngine`].
#[derive(Debug)]
enum RuleCache {
    OnePass(onepass::Cache),
    Backtrack(backtrack::Cache),
}

/// Each rule's pattern on its own, for its groups. Run anchored at the
/// start of a match of its rule and over the match only (the text around
/// it still seen by the assertions), its match is the scanner's match.
///
/// Each is compiled when first asked for ([`rule_engine`]): most matches
/// are read from their words, so a run over a short text compiles few of
/// them (starting up took twice as long with all compiled at once).
static RULE_ENGINES: LazyLock<Vec<OnceLock<Option<RuleEngine>>>> =
    LazyLock::new(|| RULES.iter().map(|_| OnceLock::new()).collect());

/// The sources of [`RULE_ENGINES`].
static RULE_SOURCES: LazyLock<Vec<String>> = LazyLock::new(rule_sources);

/// The engine of rule `index` (into [`RULES`]), compiled on first use;
/// `None` if there is no such rule or its pattern failed to compile.
pub fn rule_engine(index: usize) -> Option<&'static RuleEngine> {
    RULE_ENGINES
        .get(index)?
        .get_or_init(|| RULE_SOURCES.get(index).and_then(|src| RuleEngine::new(src)))
        .as_ref()
}

/// The rules' patterns as one alternation, each inside its named group
/// `r_<rule>`: the reference the fast reading is checked against (see
/// [`super::parse::scan_with_combined_captures`]); not used by the scan.
pub static COMBINED: LazyLock<Option<regex::Regex>> =
    LazyLock::new(|| regex::Regex::new(&scanner_source()).ok());

/// One thread's search state for [`SCANNER`] and [`RULE_ENGINES`]: their
/// caches and one set of groups per rule, so a scan allocates nothing per
/// match.
#[derive(Debug)]
pub struct Reader {
    scanner: meta::Cache,
    /// Made when the rule is first read.
    rules: Vec<Option<(RuleCache, Captures)>>,
}

impl Reader {
    /// `None` only if the patterns failed to compile.
    pub fn new() -> Option<Self> {
        let scanner = SCANNER.as_ref()?.create_cache();
        let rules = RULES.iter().map(|_| None).collect();
        Some(Self { scanner, rules })
    }

    /// The next match of [`SCANNER`] in `haystack` starting at `at` or
    /// later: its span and the index (into [`RULES`]) of its rule.
    pub fn find(&mut self, haystack: &str, at: usize) -> Option<(Range<usize>, usize)> {
        if at > haystack.len() {
            return None;
        }
        let input = Input::new(haystack).range(at..);
        let found = SCANNER.as_ref()?.search_with(&mut self.scanner, &input)?;
        Some((found.range(), found.pattern().as_usize()))
    }

    /// Reads the match `haystack[span]` of rule `index`: that rule's
    /// groups (offsets into `haystack`), found by its own pattern run
    /// anchored at the start of the match and over the match only. The
    /// rule's match must be the scanner's (checked: `None` otherwise). A
    /// property test checks this reading against the groups of
    /// [`COMBINED`].
    pub fn read<'r, 'h>(
        &'r mut self,
        haystack: &'h str,
        span: &Range<usize>,
        index: usize,
    ) -> Option<Groups<'r, 'h>> {
        let engine = rule_engine(index)?;
        let (cache, caps) = self
            .rules
            .get_mut(index)?
            .get_or_insert_with(|| engine.create());
        if span.start > span.end || span.end > haystack.len() {
            return None;
        }
        let input = Input::new(haystack)
            .span(span.clone())
            .anchored(Anchored::Yes);
        let done = match (engine, cache) {
            (RuleEngine::OnePass(dfa), RuleCache::OnePass(cache)) => {
                dfa.try_search(cache, &input, caps)
            }
            (RuleEngine::Backtrack(bt), RuleCache::Backtrack(cache)) => {
                // Fails only on a match too long for its visited set.
                bt.try_search(cache, &input, caps)
            }
            _ => return None,
        };
        done.ok()?;
        (caps.get_match()?.range() == *span).then_some(Groups { haystack, caps })
    }
}

/// The groups of one rule's match, read by [`Reader::read`].
#[derive(Debug)]
pub struct Groups<'r, 'h> {
    haystack: &'h str,
    caps: &'r Captures,
}

impl<'h> Groups<'_, 'h> {
    /// The span of the named group, if it took part in the match.
    pub fn range(&self, name: &str) -> Option<Range<usize>> {
        // A rule has a handful of groups: a look along their names is
        // quicker than hashing the name.
        let index = self
            .caps
            .group_info()
            .pattern_names(PatternID::ZERO)
            .position(|n| n == Some(name))?;
        Some(self.caps.get_group(index)?.range())
    }

    /// The text of the named group, if it took part in the match.
    pub fn text(&self, name: &str) -> Option<&'h str> {
        self.haystack.get(self.range(name)?)
    }
}

/// Words that, right before a bare four-digit number, make it a year.
pub const YEAR_PREPS: &[&str] = &[
    "in",
    "into",
    "beyond",
    "towards",
    "toward",
    "since",
    "by",
    "until",
    "till",
    "from",
    "to",
    "between",
    "and",
    "during",
    "before",
    "after",
    "of",
    "early",
    "late",
    "mid",
    "circa",
    "c.",
    "year",
    "the",
    "until",
    "through",
    "throughout",
    "around",
    "about",
    "ca.",
    "or",
    "as",
    "for",
    "spring",
    "summer",
    "autumn",
    "winter",
    "fall",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "its",
    "their",
    "his",
    "her",
    "in",
    "that",
    "this",
    "last",
    "when",
    "than",
    "mid-",
];

/// Words that right after a number make it a count, not a year.
pub const COUNT_NOUNS: &[&str] = &[
    "troops",
    "soldiers",
    "people",
    "men",
    "women",
    "children",
    "dollars",
    "euros",
    "francs",
    "pounds",
    "deaths",
    "dead",
    "civilians",
    "refugees",
    "fighters",
    "members",
    "votes",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "feet",
    "tonnes",
    "tons",
    "cases",
    "times",
    "hours",
    "minutes",
    "seconds",
    "days",
    "weeks",
    "months",
    "years",
    "personnel",
    "officers",
    "police",
    "students",
    "workers",
    "residents",
    "voters",
    "seats",
    "candidates",
    "protesters",
    "militants",
    "jihadists",
    "rebels",
    "villages",
    "households",
    "families",
    "units",
    "vehicles",
    "barrels",
    "kg",
    "mw",
    "usd",
    "cfa",
    "percent",
    "per",
    "%",
    "delegates",
    "prisoners",
    "detainees",
    "hostages",
    "mercenaries",
    "contractors",
    "guards",
    "staff",
    "employees",
    "sq",
    "square",
    "hectares",
    "head",
    "cattle",
    "doses",
    "tests",
    "others",
    "more",
    "fewer",
    "additional",
    "extra",
    "french",
    "american",
    "us",
    "u.s.",
    "russian",
    "nigerien",
    "malian",
    "chadian",
    "other",
    "litres",
    "liters",
    "ballots",
];

/// Words that right before a number make it a quantity ("some 2000").
pub const QUANTITY_WORDS: &[&str] = &[
    "some",
    "nearly",
    "over",
    "approximately",
    "roughly",
    "almost",
    "least",
    "than",
    "up",
    "exactly",
    "only",
    "just",
    "another",
    "total",
    "estimated",
    "nearly",
    "under",
    "additional",
    "$",
    "€",
    "£",
    "rs",
    "us$",
    "cfa",
];

/// Words that right before a number make it a name or an identifier
/// ("Resolution 2085", "Flight 1960"), never a year.
pub const IDENTIFIER_WORDS: &[&str] = &[
    "form",
    "agenda",
    "vision",
    "horizon",
    "no.",
    "nos.",
    "number",
    "#",
    "page",
    "pages",
    "p.",
    "pp.",
    "article",
    "articles",
    "resolution",
    "resolutions",
    "decree",
    "law",
    "room",
    "flight",
    "route",
    "highway",
    "code",
    "ordinance",
];

/// Nouns after a year that show it names an event ("the 2023 coup").
pub const EVENT_NOUNS: &[&str] = &[
    "coup",
    "coups",
    "putsch",
    "election",
    "elections",
    "polls",
    "vote",
    "referendum",
    "constitution",
    "census",
    "agreement",
    "accord",
    "accords",
    "war",
    "crisis",
    "uprising",
    "mutiny",
    "revolution",
    "protests",
    "attack",
    "attacks",
    "attempt",
    "summit",
    "budget",
    "ceasefire",
    "deal",
    "transition",
    "invasion",
    "independence",
    "famine",
    "drought",
    "elections.",
    "report",
    "season",
    "law",
    "treaty",
    "charter",
    "was",
    "were",
    "saw",
    "brought",
    "marked",
    "ended",
    "began",
    "also",
    "is",
    "will",
    "has",
    "had",
    "world",
    "olympics",
    "cup",
    "games",
    "presidential",
    "legislative",
    "general",
    "parliamentary",
    "military",
    "fiscal",
    "financial",
    "uprisings",
    "takeover",
    "mission",
    "operation",
    // (Singular nouns only: a count above one takes a plural, as in
    // "2000 raids".)
    "peace",
    "pact",
    "truce",
    "ruling",
    "verdict",
    "trial",
    "massacre",
    "ambush",
    "bombing",
    "offensive",
    "crackdown",
    "rebellion",
    "insurgency",
    "intervention",
    "outbreak",
    "visit",
    "runoff",
    "handover",
    "withdrawal",
    "ouster",
    "overthrow",
];

/// Words shortly before an expression that point to the future ("will",
/// "scheduled"). "due" counts only after a form of "be" ("is due to", not
/// "due to the fighting"); see also [`FUTURE_BEFORE_TO`].
pub const FUTURE_CUES: &[&str] = &[
    "will",
    "shall",
    "would",
    "scheduled",
    "expected",
    "expects",
    "expect",
    "plans",
    "planned",
    "planning",
    "deadline",
    "upcoming",
    "ultimatum",
    "intends",
    "promised",
    "pledged",
    "won't",
    "next",
    "slated",
];

/// Words that point to the future when followed by "to" ("set to become",
/// "going to", "about to"), but not otherwise ("set out", "about 3 a.m.").
pub const FUTURE_BEFORE_TO: &[&str] = &[
    "set",
    "going",
    "about",
    "poised",
    "preparing",
    "meant",
    "supposed",
    "due",
    "expected",
    "scheduled",
    // An aim told in the present ("hopes to hold a vote in June"); not
    // "hopes for justice for the attack in June".
    "hopes",
    "hoping",
    "aims",
    "aiming",
    "seeks",
    "seeking",
    "wants",
    // "Protesters plan to march on Saturday", "vows to return on Friday".
    "plan",
    "intend",
    "vow",
    "vows",
    "threaten",
    "threatens",
];

/// Verbs of saying in the past ("said", "told", "announced"): after a
/// future cue, "said on Sunday" tells when something was said; before
/// "that", they open a clause ("said that March would be decisive").
pub const SAID_WORDS: &[&str] = &[
    "said",
    "told",
    "announced",
    "added",
    "stated",
    "declared",
    "confirmed",
    "reported",
    "wrote",
    "tweeted",
    "posted",
    "insisted",
    "warned",
    "claimed",
    "explained",
    "noted",
    "argued",
];

/// Forms of "be" that make "due" a future cue ("is due to").
pub const COPULAS: &[&str] = &["is", "are", "was", "were", "be", "been", "'s", "it's"];

/// Words right after an expression, after a form of "be", that put it in
/// the future: "His inauguration on Friday is meant to be…", "the vote in
/// March is expected to…".
pub const FUTURE_AFTER: &[&str] = &[
    "due",
    "set",
    "scheduled",
    "expected",
    "meant",
    "planned",
    "slated",
    "supposed",
    "to",
    "going",
    "poised",
];

/// Words between two dates in a sentence that put the second after the
/// first ("in August 2020 and again in May").
pub const FORWARD_CUES: &[&str] = &[
    "again",
    "then",
    "later",
    "afterwards",
    "subsequently",
    "followed",
    "thereafter",
];

/// Number words to values; `a`/`an` are one.
pub fn number_value(word: &str) -> Option<i64> {
    super::text::with_ascii_lowercase(word, number_value_of_lowercase)
}

/// [`number_value`] of a lowercase word.
fn number_value_of_lowercase(lower: &str) -> Option<i64> {
    let value = match lower {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        digits => return digits.parse().ok(),
    };
    Some(value)
}

/// Ordinal words for centuries ("twentieth") to numbers.
pub fn ordinal_value(word: &str) -> Option<i32> {
    let lower = word.to_ascii_lowercase();
    ORDINAL_WORD
        .split('|')
        .position(|w| w == lower)
        .and_then(|i| i32::try_from(i + 1).ok())
}

/// Month names and abbreviations to 1..=12.
pub fn month_number(name: &str) -> Option<u32> {
    let key = name.trim_end_matches('.').as_bytes();
    let mut prefix = *key.first_chunk::<3>()?;
    // (Capitals, as in "AUGUST 2020": read as the name written as usual.)
    if key.get(1).is_some_and(u8::is_ascii_uppercase) && key.iter().all(u8::is_ascii_uppercase) {
        prefix[1] = prefix[1].to_ascii_lowercase();
        prefix[2] = prefix[2].to_ascii_lowercase();
    }
    let n = match &prefix {
        b"Jan" => 1,
        b"Feb" => 2,
        b"Mar" => 3,
        b"Apr" => 4,
        b"May" => 5,
        b"Jun" => 6,
        b"Jul" => 7,
        b"Aug" => 8,
        b"Sep" => 9,
        b"Oct" => 10,
        b"Nov" => 11,
        b"Dec" => 12,
        _ => return None,
    };
    Some(n)
}

/// Weekday names to chrono weekdays.
pub fn weekday(name: &str) -> Option<chrono::Weekday> {
    use chrono::Weekday;
    Some(match name {
        "Monday" => Weekday::Mon,
        "Tuesday" => Weekday::Tue,
        "Wednesday" => Weekday::Wed,
        "Thursday" => Weekday::Thu,
        "Friday" => Weekday::Fri,
        "Saturday" => Weekday::Sat,
        "Sunday" => Weekday::Sun,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn combined_pattern_compiles_and_has_every_rule_group() {
        let re = COMBINED.as_ref().expect("combined pattern compiles");
        let names: Vec<&str> = re.capture_names().flatten().collect();
        for rule in RULES {
            assert!(names.contains(&format!("r_{rule}").as_str()), "{rule}");
        }
    }

    #[test]
    fn scanner_and_rules_compile_one_per_rule() {
        assert_eq!(
            SCANNER.as_ref().expect("compiles").pattern_len(),
            RULES.len()
        );
        assert!((0..RULES.len()).all(|i| rule_engine(i).is_some()));
        assert!(rule_engine(RULES.len()).is_none());
        let mut reader = Reader::new().expect("compiles");
        let text = "On July 26, 2023, and 26 Sept.2023.\n2023:";
        let (span, i) = reader.find(text, 0).unwrap();
        assert_eq!((RULES[i], span.clone()), ("mdy", 3..16));
        assert_eq!(
            reader.read(text, &span, i).unwrap().text("mdy_d"),
            Some("26")
        );
        let (span, i) = reader.find(text, 16).unwrap();
        assert_eq!((RULES[i], span.clone()), ("dm", 22..30));
        assert_eq!(
            reader.read(text, &span, i).unwrap().text("dm_m"),
            Some("Sept.")
        );
        let (span, i) = reader.find(text, 30).unwrap();
        assert_eq!((RULES[i], span.clone()), ("year", 30..34));
        let (span, i) = reader.find(text, 34).unwrap();
        assert_eq!((RULES[i], span.clone()), ("heading", 36..41));
        assert_eq!(
            reader.read(text, &span, i).unwrap().text("hd_y"),
            Some("2023")
        );
        assert!(reader.find(text, 41).is_none());
        // Not a match of the rule: no reading.
        assert!(reader.read(text, &(3..7), 4).is_none());
    }

    #[test]
    fn word_tables() {
        assert_eq!(number_value("Two"), Some(2));
        assert_eq!(number_value("18"), Some(18));
        assert_eq!(number_value("several"), None);
        assert_eq!(ordinal_value("twentieth"), Some(20));
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("Jul"), Some(7));
        assert_eq!(month_number("Ma"), None);
        assert_eq!(weekday("Wednesday"), Some(chrono::Weekday::Wed));
    }
}
