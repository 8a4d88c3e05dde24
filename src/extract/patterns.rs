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
//! scanner's DFA runs over any text, Unicode included, without falling
//! back to a slower engine, and a matched digit string always parses.

use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

use regex_automata::dfa::regex::Regex as DfaRegex;
use regex_automata::dfa::{dense, onepass};
use regex_automata::nfa::thompson::backtrack::{self, BoundedBacktracker};
use regex_automata::nfa::thompson::{NFA, WhichCaptures};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, Match, PatternID, meta};

use super::lanes::LANES;
pub use super::rules::{ORDINAL_WORD, RULES, rule_sources, scanner_source};

/// The scanner: the rules as one multi-pattern regex (pattern `i` is
/// `RULES[i]`), leftmost-first, so at each position the first rule in
/// priority order that matches there wins, exactly as in the alternation
/// [`COMBINED`]. Its DFA finds where an expression is and which rule
/// it belongs to in one search (no capture groups are compiled into it);
/// [`Reader::read`] then reads the groups of that rule over the match
/// only, with [`RULE_ENGINES`].
///
/// Made once: read in place from the DFAs the build script built of the
/// rules (`src/build.rs`), or, should those not read, compiled now
/// ([`Scanner::compiled`]). The patterns are constants, so a failure to
/// compile is a programming error caught by the unit tests, and at run
/// time it degrades to "no matches" rather than a panic.
pub static SCANNER: LazyLock<Option<Scanner>> =
    LazyLock::new(|| Scanner::built().or_else(Scanner::compiled));

/// Bytes aligned as the `u32`s of a serialised DFA, to be read in place.
#[repr(C)]
struct Aligned<B: ?Sized> {
    _align: [u32; 0],
    bytes: B,
}

/// The forward DFA of the scanner, as the build script serialised it.
static FORWARD: &Aligned<[u8]> = &Aligned {
    _align: [],
    bytes: *include_bytes!(concat!(env!("OUT_DIR"), "/scanner_forward.dfa")),
};

/// The reverse DFA of the scanner (where a match found forward starts).
static REVERSE: &Aligned<[u8]> = &Aligned {
    _align: [],
    bytes: *include_bytes!(concat!(env!("OUT_DIR"), "/scanner_reverse.dfa")),
};

/// The scanner's regex, in one of two forms that find the same matches.
#[derive(Debug)]
pub enum Scanner {
    /// Dense DFAs built with the crate and read in place: nothing to
    /// compile at start and nothing to fill in as the text is read.
    Built(Box<DfaRegex<dense::DFA<&'static [u32]>>>),
    /// The patterns compiled at run time, searched by a lazy DFA.
    Compiled(meta::Regex),
}

impl Scanner {
    /// The DFAs the build script made; `None` if they do not read (as
    /// for a target of another byte order than the one they were built
    /// for) or do not hold one pattern per rule.
    pub fn built() -> Option<Self> {
        let (forward, _) = dense::DFA::from_bytes(&FORWARD.bytes).ok()?;
        let (reverse, _) = dense::DFA::from_bytes(&REVERSE.bytes).ok()?;
        let regex = DfaRegex::builder().build_from_dfas(forward, reverse);
        (regex.pattern_len() == RULES.len()).then(|| Self::Built(Box::new(regex)))
    }

    /// The rules compiled now. No prefilter is looked for: the rules
    /// start with too many different words for one to help, and looking
    /// took a third of the time to start up.
    pub fn compiled() -> Option<Self> {
        meta::Regex::builder()
            .configure(
                meta::Config::new()
                    .which_captures(WhichCaptures::Implicit)
                    .auto_prefilter(false),
            )
            .build_many(&rule_sources())
            .ok()
            .map(Self::Compiled)
    }

    /// How many patterns it holds (one per rule).
    pub fn pattern_len(&self) -> usize {
        match self {
            Self::Built(regex) => regex.pattern_len(),
            Self::Compiled(regex) => regex.pattern_len(),
        }
    }

    /// A search cache for this scanner (the built DFAs need none).
    fn create_cache(&self) -> Option<meta::Cache> {
        match self {
            Self::Built(_) => None,
            Self::Compiled(regex) => Some(regex.create_cache()),
        }
    }

    /// The leftmost-first match in `input`, with its pattern. (The built
    /// DFAs have no quit bytes and no limits, so their search cannot
    /// fail.)
    fn search(&self, cache: &mut Option<meta::Cache>, input: &Input<'_>) -> Option<Match> {
        match (self, cache) {
            (Self::Built(regex), _) => regex.try_search(input).ok().flatten(),
            (Self::Compiled(regex), Some(cache)) => regex.search_with(cache, input),
            (Self::Compiled(regex), None) => regex.search(input),
        }
    }
}

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
        // (The pattern is parsed and compiled once, for both: a rule that
        // is not one-pass was compiled twice, a fifth of start-up.)
        let nfa = NFA::new(src).ok()?;
        match onepass::Builder::new().build_from_nfa(nfa.clone()) {
            Ok(dfa) => Some(Self::OnePass(Box::new(dfa))),
            Err(_) => BoundedBacktracker::builder()
                .build_from_nfa(nfa)
                .ok()
                .map(Self::Backtrack),
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
    /// The scanner's cache, if it needs one.
    scanner: Option<meta::Cache>,
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

    /// Every match of [`SCANNER`] in `text[range]`, in order, as a scan
    /// from `range.start` finds them, each search going on after the match
    /// before ([`search_after`]) and seeing `text[..range.end]`: its span
    /// and the index (into [`RULES`]) of its rule. A long range is cut
    /// where no expression can run across (as the parallel scan cuts it)
    /// and its parts searched side by side ([`super::lanes`]).
    pub fn find_all(&mut self, text: &str, range: Range<usize>) -> Vec<(Range<usize>, usize)> {
        if range.len() >= LANE_BYTES
            && let Some(Scanner::Built(regex)) = SCANNER.as_ref()
        {
            let segments = lane_segments(text, range.clone());
            if segments.len() > 1
                && let Some(found) = super::lanes::find_all(regex, text, &segments)
            {
                return found;
            }
        }
        self.find_each(text, range)
    }

    /// [`Reader::find_all`] by one search after another.
    fn find_each(&mut self, text: &str, range: Range<usize>) -> Vec<(Range<usize>, usize)> {
        let Some(haystack) = text.get(..range.end) else {
            return Vec::new();
        };
        let mut found = Vec::with_capacity(range.len() / 128 + 4);
        let mut at = range.start;
        while at < range.end {
            let Some((span, index)) = self.find(haystack, at) else {
                break;
            };
            at = search_after(text, &span);
            found.push((span, index));
        }
        found
    }

    /// The next match of [`SCANNER`] in `haystack` starting at `at` or
    /// later: its span and the index (into [`RULES`]) of its rule.
    pub fn find(&mut self, haystack: &str, at: usize) -> Option<(Range<usize>, usize)> {
        if at > haystack.len() {
            return None;
        }
        let input = Input::new(haystack).range(at..);
        let found = SCANNER.as_ref()?.search(&mut self.scanner, &input)?;
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

/// Where a scan searches next after the match `span`: at its end, or a
/// char later after an empty match.
pub fn search_after(text: &str, span: &Range<usize>) -> usize {
    if span.end > span.start {
        span.end
    } else {
        super::text::ceil_boundary(text, span.end + 1)
    }
}

/// The parts of `text[range]` searched side by side: about one per lane,
/// cut where no expression can run across.
fn lane_segments(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let target = range.len() / LANES + 1;
    super::chunk_ranges(text, range, target)
}

/// Texts shorter than this are searched in one lane.
const LANE_BYTES: usize = 2048;

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
    "homes",
    "houses",
    "properties",
    "buildings",
    "jobs",
    "acres",
    "new",
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
    // Currencies: "tickets priced from 2000 naira".
    "naira",
    "cedis",
    "shillings",
    "rand",
    "birr",
    "kwacha",
    "dinars",
    "dirhams",
    "rupees",
    "yuan",
    "yen",
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
    "plan",
    "decree",
    "roadmap",
    "strategy",
    "programme",
    // An inquiry or a court's finding: "a 2018 investigation by …", "a
    // 2018 criminal conviction", "a 2019 constitutional amendment".
    "investigation",
    "inquiry",
    "probe",
    "audit",
    "study",
    "survey",
    "conviction",
    "acquittal",
    "amendment",
    "edition",
    // A work of its year: "whose 1972 hit Soul Makossa".
    "hit",
    "album",
    "novel",
    "film",
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
    // "a referendum pencilled in for October 31".
    "pencilled",
    "penciled",
    // "must be filed by", not "must have left" (see `future_cue_among`).
    "must",
    // "as Niger prepares for a presidential election on Dec. 27".
    "prepares",
    // "a final dividend of 4.5 cents, payable on May 15".
    "payable",
    // "a new leader should be in place by October" (not "should have").
    "should",
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
    "want",
    "hope",
    "aim",
    // "Protesters plan to march on Saturday", "vows to return on Friday".
    "plan",
    "intend",
    "vow",
    "vows",
    "threaten",
    "threatens",
    // "The flood is likely to peak between August and September".
    "likely",
    "unlikely",
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
    // "twenty-five": the tens, then the units.
    if let Some((tens, units)) = lower.split_once('-') {
        if [tens, units]
            .iter()
            .any(|w| w.starts_with(|c: char| !c.is_ascii_lowercase()))
            || matches!(units, "a" | "an")
        {
            return None;
        }
        let tens = number_value_of_lowercase(tens).filter(|t| *t >= 20 && t % 10 == 0)?;
        let units = number_value_of_lowercase(units).filter(|u| (1..=9).contains(u))?;
        return Some(tens + units);
    }
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
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        digits => return digits.parse().ok(),
    };
    Some(value)
}

/// An ordinal in digits ("50th", "2nd") or in a word ("twentieth") to its
/// number.
pub fn ordinal_number(word: &str) -> Option<i32> {
    ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
        .and_then(|digits| digits.parse().ok())
        .or_else(|| ordinal_value(word))
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

    /// Every match of `scanner` in `text`, as the scan steps through it.
    fn matches_of(scanner: &Scanner, text: &str) -> Vec<(Range<usize>, usize)> {
        let mut cache = scanner.create_cache();
        let mut found = Vec::new();
        let mut at = 0;
        while let Some(m) = scanner.search(&mut cache, &Input::new(text).range(at..)) {
            found.push((m.range(), m.pattern().as_usize()));
            at = m.end().max(m.start() + 1);
            if at > text.len() {
                break;
            }
        }
        found
    }

    #[test]
    fn the_scanner_built_with_the_crate_is_the_one_used() {
        // Read from the build script's DFAs, not compiled at start.
        assert!(matches!(*SCANNER, Some(Scanner::Built(_))));
        let built = Scanner::built().expect("the built DFAs read");
        let compiled = Scanner::compiled().expect("compiles");
        assert_eq!(built.pattern_len(), RULES.len());
        let mut total = 0;
        for (name, article) in crate::sample::ARTICLES {
            let ours = matches_of(&built, article);
            assert_eq!(ours, matches_of(&compiled, article), "{name}");
            total += ours.len();
        }
        assert!(total > 100, "{total}");
    }

    proptest::proptest! {
        #[test]
        fn built_and_compiled_scanners_find_the_same_matches(
            picks in proptest::collection::vec(0usize..SCAN_PIECES.len(), 0..40),
            noise in "\\PC{0,12}",
        ) {
            let mut text: String = picks
                .iter()
                .filter_map(|&i| SCAN_PIECES.get(i).copied())
                .collect();
            let middle = (0..=text.len() / 2)
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(0);
            text.insert_str(middle, &noise);
            let (built, compiled) = &*BOTH_SCANNERS;
            proptest::prop_assert_eq!(matches_of(built, &text), matches_of(compiled, &text));
        }
    }

    /// The scanner read from the build script's DFAs, and compiled now.
    static BOTH_SCANNERS: LazyLock<(Scanner, Scanner)> = LazyLock::new(|| {
        (
            Scanner::built().expect("the built DFAs read"),
            Scanner::compiled().expect("compiles"),
        )
    });

    /// The matches of `text[range]` searched side by side, in as many
    /// lanes as [`lane_segments`] gives (one, for a text with no cut); the
    /// lanes must not give up.
    fn side_by_side(text: &str, range: Range<usize>) -> Vec<(Range<usize>, usize)> {
        let Some(Scanner::Built(regex)) = SCANNER.as_ref() else {
            panic!("the built scanner is used");
        };
        super::super::lanes::find_all(regex, text, &lane_segments(text, range))
            .expect("the lanes search")
    }

    #[test]
    fn searching_side_by_side_finds_what_one_search_after_another_finds() {
        let samples = crate::sample::joined_articles();
        let mut reader = Reader::new().expect("compiles");
        // Whole, and from a few places in (a segment may start anywhere).
        for from in [0, 1, 17, 5000] {
            let range = from..samples.len();
            let lanes = side_by_side(&samples, range.clone());
            assert!(lanes.len() > 100, "{}", lanes.len());
            assert_eq!(lanes, reader.find_each(&samples, range));
        }
    }

    proptest::proptest! {
        #[test]
        fn lanes_agree_with_one_search_on_any_mix(
            picks in proptest::collection::vec(0usize..SCAN_PIECES.len(), 0..600),
            lines in proptest::collection::vec(0usize..600, 0..12),
            from in 0usize..64,
        ) {
            let mut text = String::new();
            for (i, &p) in picks.iter().enumerate() {
                if lines.contains(&i) {
                    text.push('\n');
                }
                text.push_str(SCAN_PIECES.get(p).copied().unwrap_or(""));
            }
            let from = (0..=from.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            let mut reader = Reader::new().expect("compiles");
            let range = from..text.len();
            proptest::prop_assert_eq!(
                side_by_side(&text, range.clone()),
                reader.find_each(&text, range)
            );
        }
    }

    /// Pieces of text the scanner's rules act on, joined at random.
    const SCAN_PIECES: &[&str] = &[
        "On ",
        "July 26, 2023",
        "26 July",
        " 2023",
        "2023:\n",
        "\n",
        " the 1990s",
        "'90s",
        " since ",
        "from March to June",
        " two years ago",
        "last week",
        " on Wednesday",
        "Sept. 16",
        "2020-21",
        "mid-",
        "late ",
        "the end of the year",
        " 1,100 troops",
        "26/07/2023",
        "2023-07-26",
        "the last Sunday of December",
        "Eid al-Adha",
        "\u{a0}",
        "é",
        " ",
        ", ",
        ". ",
        "Q3 2024",
        "the 21st century",
        "AUGUST 2020",
    ];

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
