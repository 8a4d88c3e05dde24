//! The temporal tagger: finds dated mentions in an article and resolves
//! them to EDTF values with provenance.
//!
//! Pipeline (each step pure and deterministic):
//! 1. [`parse::scan`]: the rules as one multi-pattern regex (dense DFAs
//!    built with the crate, no capture groups) find candidates and name
//!    each one's rule; the commonest forms are read from their words, the
//!    others by their rule's own pattern run over the match only (one-pass
//!    DFA or bounded backtracker); nearby words reject quantities ("2000
//!    soldiers") and verbs ("may"). Large bodies are scanned in parallel,
//!    cut at line breaks ([`scan_body`]), with the same result as one
//!    sequential scan.
//! 2. [`resolve::Context::resolve`]: candidates are anchored in text order
//!    (article date, chronology headings, the previously mentioned date).
//! 3. `compose`: "since X", "from X to Y", "between X and Y" and
//!    "until X" become intervals.
//! 4. Passage (sentence), label and countries are attached (the article
//!    is read once for country names).
//!
//! Invariants: spans are byte ranges into the article text on char
//! boundaries; `earliest <= latest`; values parse as EDTF.

pub mod fiscal;
pub mod hijri;
pub mod label;
mod lanes;
pub mod parse;
pub mod patterns;
pub mod places;
pub mod resolve;
pub mod rules;
pub mod text;

use std::ops::Range;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::model::{Article, Event, EventDate, Explanation, Places, Precision, Resolution};
use resolve::{Context, Mention, with_year};
use text::{text_before, word_before_at};

/// Bodies larger than this are scanned in parallel chunks.
pub const PARALLEL_THRESHOLD: usize = 256 * 1024;

/// Extracts every dated event of `article`; `article_index` is stored in
/// each event.
pub fn extract(article: &Article, article_index: usize) -> Vec<Event> {
    let text = article.text.as_str();
    let (sentences, candidates) = index_and_scan(text, &article.body);
    let mentions = mentions_of(text, &candidates, article.date, &sentences);
    let events = Events::new(text, &sentences, article_index);
    if mentions.len() > 512 {
        // Large bodies: in parallel, in place, a run of mentions per task
        // (each reusing the places of a passage it has already seen).
        mentions
            .into_par_iter()
            .with_min_len(256)
            .map_init(|| events.clone(), Events::event)
            .collect()
    } else {
        let mut events = events;
        mentions.into_iter().map(|m| events.event(m)).collect()
    }
}

/// Extracts the events of `article` as [`extract`] does, without holding
/// them all: they are made `run` at a time, a run per task in parallel,
/// each run handed to `make` with a buffer of its own, and the buffers
/// then handed to `sink` in text order. A few runs per thread are made
/// before `sink` is called; the buffers (and the events' own room) are
/// kept for the next runs, so a long article does not take fresh memory
/// for every run.
pub fn extract_in_runs<B: Default + Send, E>(
    article: &Article,
    article_index: usize,
    run: usize,
    make: impl Fn(&[Event], &mut B) + Sync,
    mut sink: impl FnMut(&mut B) -> Result<(), E>,
) -> Result<(), E> {
    let text = article.text.as_str();
    let (sentences, candidates) = index_and_scan(text, &article.body);
    let mut mentions = mentions_of(text, &candidates, article.date, &sentences);
    drop(candidates);
    // What a mention's slot holds once its event is made (never read).
    let Some(taken) = mentions.first().map(placeholder) else {
        return Ok(());
    };
    let events = Events::new(text, &sentences, article_index);
    let run = run.max(1);
    let runs_per_window = 8 * rayon::current_num_threads().max(1);
    let mut slots: Vec<(Vec<Event>, B)> = std::iter::repeat_with(|| (Vec::new(), B::default()))
        .take(runs_per_window)
        .collect();
    for window in mentions.chunks_mut(run * runs_per_window) {
        window
            .par_chunks_mut(run)
            .zip(slots.par_iter_mut())
            .for_each(|(run, (made, buf))| {
                let mut events = events.clone();
                made.clear();
                made.extend(
                    run.iter_mut()
                        .map(|m| events.event(std::mem::replace(m, taken.clone()))),
                );
                make(made, buf);
            });
        for (_, buf) in slots.iter_mut().take(window.len().div_ceil(run)) {
            sink(buf)?;
        }
    }
    Ok(())
}

/// The sentence boundaries of `text[body]` and of as much around it as the
/// tagger's questions may reach (a paragraph start looks back at most
/// `4 * MAX_SCAN` bytes, a sentence `MAX_SCAN` either way).
fn sentence_index(text: &str, body: &Range<usize>) -> text::Sentences {
    let lo = body.start.saturating_sub(8 * text::MAX_SCAN);
    let hi = body.end.saturating_add(2 * text::MAX_SCAN);
    text::Sentences::new(text, lo..hi)
}

/// Makes the events of an article's mentions, remembering the places of
/// the passage it saw last and the lists of names it has interned (a list
/// is interned once, not once per passage).
#[derive(Clone)]
struct Events<'a> {
    text: &'a str,
    sentences: &'a text::Sentences,
    article: usize,
    last_places: Option<(Range<usize>, Places)>,
    known: Vec<(Vec<&'static str>, Places)>,
    names: Vec<&'static str>,
}

impl<'a> Events<'a> {
    fn new(text: &'a str, sentences: &'a text::Sentences, article: usize) -> Self {
        Self {
            text,
            sentences,
            article,
            last_places: None,
            known: Vec::new(),
            names: Vec::new(),
        }
    }

    /// The event of `m`.
    fn event(&mut self, m: Mention) -> Event {
        let passage_span = self.sentences.around(self.text, &m.span);
        let places = self.places_in(&passage_span);
        to_event(self.text, self.article, m, passage_span, places)
    }

    /// The countries named in `passage`, each once, in order of first
    /// appearance (as `places::names_in_order`, without a `String` each).
    fn places_in(&mut self, passage: &Range<usize>) -> Places {
        if let Some((span, places)) = &self.last_places
            && span == passage
        {
            return places.clone();
        }
        self.names.clear();
        let names = &mut self.names;
        places::for_each_country_mention(self.text, passage.clone(), |_, name| {
            if !names.contains(&name) {
                names.push(name);
            }
        });
        let places = if self.names.is_empty() {
            Places::default()
        } else if let Some((_, places)) = self.known.iter().find(|(n, _)| *n == self.names) {
            places.clone()
        } else {
            let places = Places::new(self.names.iter().copied());
            self.known.push((self.names.clone(), places.clone()));
            places
        };
        self.last_places = Some((passage.clone(), places.clone()));
        places
    }
}

/// Finds and resolves the mentions in `text[body]`, anchored at `dct`.
pub fn find_mentions(text: &str, body: Range<usize>, dct: Option<NaiveDate>) -> Vec<Mention> {
    let (sentences, candidates) = index_and_scan(text, &body);
    mentions_of(text, &candidates, dct, &sentences)
}

/// The sentence index around `body` ([`sentence_index`]) and the
/// candidates of `text[body]` ([`scan_body`]); for a large body the index
/// is built while the scan runs.
fn index_and_scan(text: &str, body: &Range<usize>) -> (text::Sentences, Vec<parse::Candidate>) {
    if body.len() < PARALLEL_THRESHOLD {
        (sentence_index(text, body), scan_body(text, body.clone()))
    } else {
        rayon::join(
            || sentence_index(text, body),
            || scan_body(text, body.clone()),
        )
    }
}

/// The mentions of `candidates` (the scan of a body of `text`), reading
/// sentence boundaries from `sentences` (an index of `text` around it).
fn mentions_of(
    text: &str,
    candidates: &[parse::Candidate],
    dct: Option<NaiveDate>,
    sentences: &text::Sentences,
) -> Vec<Mention> {
    let walk = resolve_all(text, candidates, dct, sentences);
    compose(text, walk.mentions, &walk.words_before, dct)
}

/// Makes the tagger's scanner ([`patterns::SCANNER`]) ready now rather
/// than at the first scan (for a caller with an idle thread while it reads
/// its first file): it reads the DFAs built with the crate (about a
/// millisecond), or compiles the patterns should they not read.
pub fn prepare() {
    std::sync::LazyLock::force(&patterns::SCANNER);
}

/// Candidates resolved together in one task of [`resolve_all`].
const RESOLVE_CHUNK: usize = 1024;

/// How much text (in bytes) before its first candidate a task of
/// [`resolve_all`] reads again to learn what the walk remembers there.
const RECALL_BYTES: usize = 16 * 1024;

/// Candidates resolved in order, with what the walk remembered at the end.
#[derive(Default)]
struct Walk {
    mentions: Vec<Mention>,
    /// The word before each mention, as `compose` reads it.
    words_before: Vec<(usize, &'static str)>,
    memory: resolve::Memory,
}

/// Resolves `candidates` in order, starting from `memory`.
fn walk(
    text: &str,
    candidates: &[parse::Candidate],
    dct: Option<NaiveDate>,
    sentences: &text::Sentences,
    memory: resolve::Memory,
) -> Walk {
    let mut context = Context::with_memory(sentences, memory);
    let mut mentions = Vec::with_capacity(candidates.len());
    let mut words_before = Vec::with_capacity(candidates.len());
    for c in candidates {
        if let Some((m, word_before)) = context.resolve_noting_word_before(text, c, dct) {
            mentions.push(m);
            words_before.push(word_before);
        }
    }
    Walk {
        mentions,
        words_before,
        memory: context.into_memory(),
    }
}

/// Resolves `candidates` (in text order) as one walk from the first to
/// the last would, each mention in the context of those before it.
///
/// Many candidates are walked in parallel, a chunk per task. A task first
/// walks again over the text just before its chunk ([`RECALL_BYTES`]) to
/// learn what the walk remembers there, then walks its chunk. In order,
/// each task's guess is checked against what the task before it really
/// ended with; a chunk whose guess differs is walked again from the right
/// memory. The result is always the one walk's.
fn resolve_all(
    text: &str,
    candidates: &[parse::Candidate],
    dct: Option<NaiveDate>,
    sentences: &text::Sentences,
) -> Walk {
    if candidates.len() <= 2 * RESOLVE_CHUNK {
        return walk(text, candidates, dct, sentences, resolve::Memory::default());
    }
    walk_in_chunks(text, candidates, dct, sentences, RECALL_BYTES).0
}

/// [`resolve_all`] in parallel chunks, each task walking `recall` bytes
/// before its chunk again; with how many chunks were walked again because
/// their guess was wrong (each one a chunk walked on one core alone).
fn walk_in_chunks(
    text: &str,
    candidates: &[parse::Candidate],
    dct: Option<NaiveDate>,
    sentences: &text::Sentences,
    recall: usize,
) -> (Walk, usize) {
    // The year of the last chronology heading before each chunk, which
    // the walk remembers however far back it stands.
    let mut heading = None;
    let headings: Vec<Option<i32>> = candidates
        .chunks(RESOLVE_CHUNK)
        .map(|chunk| {
            let before = heading;
            if let Some(year) = chunk.iter().rev().find_map(|c| match c.parsed {
                parse::Parsed::Heading { year } => Some(year),
                _ => None,
            }) {
                heading = Some(year);
            }
            before
        })
        .collect();
    let tasks: Vec<(resolve::Memory, Walk)> = candidates
        .par_chunks(RESOLVE_CHUNK)
        .zip(headings)
        .enumerate()
        .map(|(i, (chunk, heading))| {
            let first = i * RESOLVE_CHUNK;
            let from = chunk
                .first()
                .map_or(0, |c| c.span.start.saturating_sub(recall));
            let before = candidates.get(..first).unwrap_or_default();
            let again = before.get(before.partition_point(|c| c.span.start < from)..);
            let guess = walk(
                text,
                again.unwrap_or_default(),
                dct,
                sentences,
                resolve::Memory::after_heading(heading),
            )
            .memory;
            let done = walk(text, chunk, dct, sentences, guess.clone());
            (guess, done)
        })
        .collect();
    let mut all = Walk::default();
    let mut again = 0;
    let mut chunks = candidates.chunks(RESOLVE_CHUNK);
    for (guess, done) in tasks {
        let chunk = chunks.next().unwrap_or_default();
        let done = if guess == all.memory {
            done
        } else {
            again += 1;
            walk(text, chunk, dct, sentences, std::mem::take(&mut all.memory))
        };
        all.mentions.extend(done.mentions);
        all.words_before.extend(done.words_before);
        all.memory = done.memory;
    }
    (all, again)
}

/// The candidates of `text[body]`: [`parse::scan`], run in parallel over
/// chunks when the body is larger than [`PARALLEL_THRESHOLD`]. The result is
/// the same as one sequential scan (chunks are cut where no expression can
/// run across, see [`chunk_ranges`]).
pub fn scan_body(text: &str, body: Range<usize>) -> Vec<parse::Candidate> {
    if body.len() < PARALLEL_THRESHOLD {
        return parse::scan(text, body);
    }
    chunk_ranges(text, body, PARALLEL_THRESHOLD / 2)
        .into_par_iter()
        .map(|chunk| parse::scan(text, chunk))
        .flatten()
        .collect()
}

/// Characters that no date expression contains: a chunk may end right
/// after one (or after a line break) without splitting an expression.
const SAFE_CUTS: &[char] = &[
    '\n', ';', '(', ')', '"', '!', '?', '[', ']', '{', '}', '|', '<', '>',
];

/// Splits `range` into chunks of about `target` bytes, each ending right
/// after a line break (or, in a huge single line, after a character that no
/// expression contains). Where no such place is near, the rest is one chunk.
pub fn chunk_ranges(text: &str, range: Range<usize>, target: usize) -> Vec<Range<usize>> {
    let mut chunks = Vec::new();
    let mut start = range.start;
    while start < range.end {
        let ideal = text::floor_boundary(text, (start + target).min(range.end));
        let end = if ideal >= range.end || ideal <= start {
            range.end
        } else {
            let window = text.get(ideal..range.end).unwrap_or("");
            window
                .find('\n')
                .filter(|&p| p < target)
                .or_else(|| window.find(SAFE_CUTS).filter(|&p| p < target))
                .map_or(range.end, |p| ideal + p + 1)
        };
        chunks.push(start..end);
        start = end;
    }
    chunks
}

/// Turns "since X", "from X to Y", "between X and Y" and "until X" into
/// intervals. A "since" a few words before "in 1960" ("since gaining
/// independence in 1960") adds an interval and keeps the year, which dates
/// the embedded event.
///
/// `words_before` holds, for each mention, the word before it as
/// [`Context::resolve_noting_word_before`] noted it (where it starts, and
/// the word when `compose` acts on it).
///
/// Done in place ([`compose_run`]). Many mentions are composed in
/// parallel runs, each cut where a run composed alone gives what the one
/// pass gives ([`clean_cut`]).
fn compose(
    text: &str,
    mentions: Vec<Mention>,
    words_before: &[(usize, &'static str)],
    dct: Option<NaiveDate>,
) -> Vec<Mention> {
    compose_in_runs(text, mentions, words_before, dct, COMPOSE_RUN)
}

/// Mentions composed together in one task of [`compose`].
const COMPOSE_RUN: usize = 4096;

/// A mention to fill a slot whose own has been moved out (a copy of `m`
/// that allocates nothing).
fn placeholder(m: &Mention) -> Mention {
    Mention {
        explanation: Explanation::StaticReason(""),
        ..m.clone()
    }
}

/// [`compose`] in runs of about `run` mentions (all in one run when there
/// are fewer than one and a half runs' worth).
fn compose_in_runs(
    text: &str,
    mut mentions: Vec<Mention>,
    words_before: &[(usize, &'static str)],
    dct: Option<NaiveDate>,
    run: usize,
) -> Vec<Mention> {
    // What a slot holds once its mention has been taken (never read).
    let Some(taken) = mentions.first().map(placeholder) else {
        return mentions;
    };
    mentions.truncate(words_before.len());
    let words = words_before.get(..mentions.len()).unwrap_or_default();
    let starts = run_starts(text, &mentions, words, dct, run);
    if starts.len() == 1 {
        let (kept, added) = compose_run(text, &mut mentions, words, None, &taken, dct);
        mentions.truncate(kept);
        return merge_added(mentions, added, &taken);
    }
    let ends = starts.iter().skip(1).copied().chain([mentions.len()]);
    let runs: Vec<Range<usize>> = starts
        .iter()
        .copied()
        .zip(ends)
        .map(|(a, b)| a..b)
        .collect();
    // Each run's last step may read the first mention of the next run.
    let afters: Vec<Option<Mention>> = runs.iter().map(|r| mentions.get(r.end).cloned()).collect();
    let mut slots = Vec::with_capacity(runs.len());
    let mut rest = mentions.as_mut_slice();
    for r in &runs {
        let (own, later) = rest.split_at_mut(r.len().min(rest.len()));
        slots.push(own);
        rest = later;
    }
    let done: Vec<(usize, Vec<Mention>)> = slots
        .into_par_iter()
        .zip(&runs)
        .zip(&afters)
        .map(|((own, r), after)| {
            let words = words.get(r.clone()).unwrap_or_default();
            compose_run(text, own, words, after.as_ref(), &taken, dct)
        })
        .collect();
    // Each run's mentions, moved down after the ones before.
    let mut kept = 0;
    for (r, (written, _)) in runs.iter().zip(&done) {
        for i in r.start..r.start + written {
            mentions.swap(kept, i);
            kept += 1;
        }
    }
    mentions.truncate(kept);
    let added = done.into_iter().flat_map(|(_, added)| added).collect();
    merge_added(mentions, added, &taken)
}

/// Where the runs of [`compose_in_runs`] start: 0, then every `run`
/// mentions or a little later, at a clean cut.
fn run_starts(
    text: &str,
    mentions: &[Mention],
    words: &[(usize, &'static str)],
    dct: Option<NaiveDate>,
    run: usize,
) -> Vec<usize> {
    let run = run.max(1);
    let mut starts = vec![0];
    let mut at = run;
    while at + run / 2 < mentions.len() {
        if clean_cut(text, mentions, words, at, dct) {
            starts.push(at);
            at += run;
        } else {
            at += 1;
        }
    }
    starts
}

/// Whether the one pass of [`compose`] over `mentions` does at `at` what
/// a run starting there does: the mention before does not take the one
/// at `at` into a pair (so the one pass steps onto it), and composing it
/// adds no "since" interval (the one step that reads the mention composed
/// before it, which a run starting there has not seen). A step reads
/// only its own mention, the next and (for that interval) the last one
/// composed, so everything after the first step of a run is the same.
fn clean_cut(
    text: &str,
    mentions: &[Mention],
    words: &[(usize, &'static str)],
    at: usize,
    dct: Option<NaiveDate>,
) -> bool {
    let (Some(before), Some(&word_before), Some(first), Some(&word_first)) = (
        at.checked_sub(1).and_then(|i| mentions.get(i)),
        at.checked_sub(1).and_then(|i| words.get(i)),
        mentions.get(at),
        words.get(at),
    ) else {
        return false;
    };
    let pairs = compose_one(text, before.clone(), word_before, Some(first), None, dct).took_next;
    !pairs
        && compose_one(
            text,
            first.clone(),
            word_first,
            mentions.get(at + 1),
            None,
            dct,
        )
        .added
        .is_none()
}

/// Composes `slots` in place, in one pass (`after` is the mention that
/// follows them, which the last step reads): how many mentions it wrote
/// at the front of `slots`, and the intervals its steps added.
///
/// Each step reads the mention at `read` (and perhaps the next) and
/// writes one at `write <= read`, so no second list of mentions is
/// allocated; the few intervals a step adds are kept aside and sorted in
/// at the end. (Each starts at its own "since", before the mention it is
/// added with and after the ones composed before, so no other mention has
/// its span and the order is the one pushing them in place gave.)
fn compose_run(
    text: &str,
    slots: &mut [Mention],
    words: &[(usize, &'static str)],
    after: Option<&Mention>,
    taken: &Mention,
    dct: Option<NaiveDate>,
) -> (usize, Vec<Mention>) {
    let count = slots.len().min(words.len());
    let mut added = Vec::new();
    let (mut read, mut write) = (0_usize, 0_usize);
    while let (Some(slot), Some(&word_before)) = (slots.get_mut(read), words.get(read))
        && read < count
    {
        let m = std::mem::replace(slot, taken.clone());
        read += 1;
        // "the July-August-September period": a third month joined to a
        // span of two by a dash extends it.
        if let Some(last) = write.checked_sub(1).and_then(|i| slots.get_mut(i))
            && extend_month_chain(text, last, &m)
        {
            continue;
        }
        let next = if read < count { slots.get(read) } else { after };
        let last = write.checked_sub(1).and_then(|i| slots.get(i));
        let step = compose_one(text, m, word_before, next, last, dct);
        if step.took_next {
            read += 1;
        }
        added.extend(step.added);
        if let Some(slot) = slots.get_mut(write) {
            *slot = step.mention;
        }
        write += 1;
    }
    // (A run never takes `after`: its start was a clean cut.)
    debug_assert!(read <= count || after.is_none());
    (write, added)
}

/// Extends `last`, a span of months joined by a dash ("July-August"), to
/// the month `m` when a dash alone joins them ("July-August-September",
/// "December-January-February" into the next year). Whether it did.
fn extend_month_chain(text: &str, last: &mut Mention, m: &Mention) -> bool {
    let dash = text
        .get(last.span.end..m.span.start)
        .is_some_and(|gap| gap == "-" || gap == "–");
    let ends_in_month = || {
        text.get(last.span.clone())
            .and_then(|expr| expr.rsplit(|c: char| !c.is_ascii_alphabetic()).next())
            .is_some_and(|w| patterns::month_number(w).is_some())
    };
    if !(dash
        && last.rule == "from_to"
        && m.rule == "month_alone"
        && m.year_inferred
        && last.date.precision == Precision::Interval
        && ends_in_month())
    {
        return false;
    }
    let year = chrono::Datelike::year(&last.date.latest);
    let Some(end) = with_year(&m.date, year)
        .filter(|d| d.latest > last.date.latest)
        .or_else(|| with_year(&m.date, year + 1))
    else {
        return false;
    };
    let Some(date) = EventDate::between(&last.date, &end, Precision::Interval) else {
        return false;
    };
    let start = date.value.split('/').next().unwrap_or("");
    last.explanation = Explanation::Reason(resolve::boxed(&["from ", start, " to ", &end.value]));
    last.date = date;
    last.span.end = m.span.end;
    true
}

/// `mentions` with `added` sorted in by span (stably, `added` after equal
/// ones). Where `mentions` are in order, as they nearly always are, the
/// added ones are merged in from the back, each mention moved once.
fn merge_added(
    mut mentions: Vec<Mention>,
    mut added: Vec<Mention>,
    taken: &Mention,
) -> Vec<Mention> {
    let key = |m: &Mention| (m.span.start, m.span.end);
    if !mentions.is_sorted_by_key(key) || !added.is_sorted_by_key(key) {
        mentions.append(&mut added);
        mentions.sort_by_key(key);
        return mentions;
    }
    // Slots `at..=to` are free; `mentions[..at]` and `added` are left to
    // place, the greatest first.
    let mut at = mentions.len();
    mentions.resize(at + added.len(), taken.clone());
    let mut to = mentions.len();
    while let Some(last_added) = added.last() {
        to -= 1;
        let own_goes_last = at
            .checked_sub(1)
            .and_then(|i| mentions.get(i))
            .is_some_and(|m| key(m) > key(last_added));
        if own_goes_last {
            at -= 1;
            mentions.swap(at, to);
        } else if let (Some(m), Some(slot)) = (added.pop(), mentions.get_mut(to)) {
            *slot = m;
        }
    }
    mentions
}

/// What [`compose`] makes of one mention.
struct Composed {
    mention: Mention,
    /// An interval added before it ("since … in 1960").
    added: Option<Mention>,
    /// The next mention went into `mention` ("from X to Y").
    took_next: bool,
}

/// One step of [`compose`]: `m`, preceded by the word `prev` (which starts
/// at `prev_start`), followed by `next`, after the mention `last` composed
/// before it.
fn compose_one(
    text: &str,
    mut m: Mention,
    (prev_start, prev): (usize, &'static str),
    next: Option<&Mention>,
    last: Option<&Mention>,
    dct: Option<NaiveDate>,
) -> Composed {
    let one = |mention| Composed {
        mention,
        added: None,
        took_next: false,
    };
    let pair = |mention| Composed {
        mention,
        added: None,
        took_next: true,
    };
    if let Some(next) = next {
        share_listed_year(text, &mut m, next);
        restated_by_next(text, &mut m, next);
    }
    // "the week of Aug. 14": the week holding the day; "the week
    // beginning 9 September": the seven days from it.
    if matches!(prev, "of" | "beginning" | "starting" | "commencing")
        && let Some(week) = week_or_half_of(text, prev_start, &m)
    {
        return one(week);
    }
    // "the first quarter of fiscal 2025": those months of the fiscal year.
    if m.rule == "fiscal_year"
        && let Some(part) = fiscal::part_of(text, &m)
    {
        return one(part);
    }
    // "Oct. 20 of that year": one mention, in that year.
    if let Some(next) = next
        && let Some(whole) = of_that_year(text, &m, next)
    {
        return pair(whole);
    }
    // "in the same period of 2022", "the same period last year": the part
    // of the year told just before, in that year.
    if let Some(whole) = same_period_of(text, &m, last) {
        return one(whole);
    }
    // "freed in May the following year": one mention, a year on from the
    // date before.
    if let Some(next) = next
        && let Some(whole) = of_following_year(text, &m, next, last)
    {
        return pair(whole);
    }
    // "this Tuesday, April 20, 2021": the weekday and its date, one mention.
    if let Some(next) = next
        && let Some(whole) = weekday_then_its_date(text, &m, next)
    {
        return pair(whole);
    }
    // "week 32 (8–14 August)", "25 to 31 July (week 30)": one mention.
    if let Some(next) = next
        && let Some(whole) = week_and_its_days(text, &m, next)
    {
        return pair(whole);
    }
    // "pushed back from February to May": two dates, not a span.
    if let Some(next) = next
        && let Some(moved) = moved_to(text, (prev_start, prev), &m, next)
    {
        return Composed {
            mention: moved,
            added: Some(m),
            took_next: true,
        };
    }
    if let Some(next) = next
        && let Some(range) = range_pair(
            text,
            range_opener(text, prev_start, prev),
            &m,
            next,
            last,
            dct,
        )
    {
        return pair(range);
    }
    if !composes_alone(&m) {
        return one(m);
    }
    Composed {
        added: embedded_since(text, (prev_start, prev), &m, last, dct),
        mention: composed_alone(text, m, (prev_start, prev), dct),
        took_next: false,
    }
}

/// Whether `m` may become a "since" or "until" interval: not an interval
/// already, unless it is a part of one year, month or decade ("since late
/// 2021", "until the third quarter of 2026", "since week 42 of 2023",
/// "since mid-November", "since the late 1960s").
fn composes_alone(m: &Mention) -> bool {
    m.date.precision != Precision::Interval
        || matches!(
            m.rule,
            "quarter"
                | "week_number"
                | "month_alone"
                | "month_year"
                | "month_relative_year"
                | "decade"
        )
}

/// "since gaining independence in 1960" (in April 2021, on April 6): the
/// interval from `m` (after "in" or "on", the word `prev` at `prev_start`)
/// that a "since" a few words before adds, beside the date itself; `None`
/// when no such "since" comes before, or when a date came between (the
/// mention composed last, `last`: "a blockade since September brought
/// Bamako to a standstill in October").
fn embedded_since(
    text: &str,
    (prev_start, prev): (usize, &str),
    m: &Mention,
    last: Option<&Mention>,
    dct: Option<NaiveDate>,
) -> Option<Mention> {
    if !matches!(
        (prev, m.date.precision),
        ("in", Precision::Year | Precision::Month) | ("on", Precision::Day)
    ) {
        return None;
    }
    let since_at = distant_since(text, prev_start)
        .filter(|&since_at| last.is_none_or(|last| last.span.end <= since_at))?;
    let mut interval = since_interval(since_at, m, dct)?;
    interval.confidence *= 0.9;
    Some(interval)
}

/// What `m`, preceded by the word `prev` (which starts at `prev_start`),
/// becomes on its own: "since X" (also "since the 1990s", "since late
/// 2021", "since the end of July", "since at least 2019") the interval up
/// to the article date; "until X" an interval ending with it; "the 26th
/// of last month" that day; otherwise `m` unchanged.
fn composed_alone(
    text: &str,
    mut m: Mention,
    (prev_start, prev): (usize, &'static str),
    dct: Option<NaiveDate>,
) -> Mention {
    // ("since the early 20th century": "the" may come between.)
    let since_before = || {
        let (at, w) = word_before_at(text, prev_start)?;
        let (at, w) = if w == "the" && prev != "the" {
            word_before_at(text, at)?
        } else {
            (at, w)
        };
        (w == "since").then_some(at)
    };
    let since_at = match prev {
        "since" => {
            // ("since the start of the year" too, read as one expression.)
            let expr = text.get(m.span.clone()).unwrap_or("");
            if ["the start of ", "the beginning of "].iter().any(|edge| {
                expr.get(..edge.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(edge))
            }) {
                m.date = EventDate::day(m.date.earliest);
            }
            Some(prev_start)
        }
        // "since the 1990s", "since the late 1960s", "since the spring of
        // 2024"; "until the autumn of 2024", "until the summer".
        "the"
            if matches!(
                m.date.precision,
                Precision::Decade | Precision::Century | Precision::Season
            ) || m.rule == "decade" =>
        {
            if let Some((until_at, _)) = word_before_at(text, prev_start)
                .filter(|(_, w)| matches!(w.as_ref(), "until" | "till"))
            {
                return until_interval(m, until_at);
            }
            since_before()
        }
        // "since late Wednesday" (a part of a year is in its span: "since
        // late 2021" is read at "since").
        "early" | "mid" | "mid-" | "late" => since_before(),
        // "since the beginning of 2024", "since the end of July". (The
        // start or beginning of a period is its first day: "since the
        // start of August" runs from 1 August.)
        "of" => since_the_edge(text, prev_start).map(|(since_at, start)| {
            if start {
                m.date = EventDate::day(m.date.earliest);
            }
            since_at
        }),
        // "since at least 2019"; "until at least 2026".
        "least" => match since_at_least(text, prev_start) {
            Some(since_at) => Some(since_at),
            None => match at_least_after(text, prev_start, &["until", "till"]) {
                Some(until_at) => return until_interval(m, until_at),
                None => None,
            },
        },
        // ("not until May 14": that day, when it came.)
        "until" | "till" if !resolve::not_until(text, prev_start) => {
            return until_interval(m, prev_start);
        }
        // "the day after Christmas", "two days before July 26".
        "after" | "before" => match days_around(text, prev_start, prev == "after", &m) {
            Some(shifted) => return shifted,
            None => None,
        },
        // "in the week to August 15", "the week ending Sunday".
        "to" | "ending" | "through" => match week_ending(text, prev_start, &m) {
            Some(week) => return week,
            None => None,
        },
        _ => None,
    };
    match since_at {
        Some(since_at) => since_interval(since_at, &m, dct).unwrap_or(m),
        None if prev == "of" => day_of_the_month(text, prev_start, &m).unwrap_or(m),
        None => from_now(text, &m, dct).unwrap_or(m),
    }
}

/// "between now and May", "from now to March": the interval from the
/// article date to `m`, a year-less `m` taken in the first year that does
/// not end it before the article date. ("from now until March" is read as
/// "until March".)
fn from_now(text: &str, m: &Mention, dct: Option<NaiveDate>) -> Option<Mention> {
    let d = dct?;
    let head = text.get(..m.span.start)?;
    // (Asked of its last bytes first: most dates follow no "now".)
    if !(head.ends_with(" and ") || head.ends_with(" to ")) {
        return None;
    }
    let opener = ["between now and ", "from now to "].iter().find_map(|o| {
        let cut = head.len().checked_sub(o.len())?;
        head.get(cut..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case(o))
            .then_some(cut)
    })?;
    let end = if m.year_inferred && m.date.latest < d {
        with_year(&m.date, chrono::Datelike::year(&m.date.earliest) + 1)?
    } else {
        m.date.clone()
    };
    if end.latest < d {
        return None;
    }
    let date = EventDate::between(&EventDate::day(d), &end, Precision::Interval)?;
    Some(Mention {
        explanation: Explanation::Reason(resolve::boxed(&[
            "from the article date, ",
            &d.format("%Y-%m-%d").to_string(),
            ", to ",
            &end.value,
        ])),
        span: opener..m.span.end,
        date,
        rule: "from_to",
        anchor: Some(d),
        ..m.clone()
    })
}

/// "Jan. 24 and Sept. 30, 2022": a day or month without a year, listed
/// right before one with its year, takes that year.
fn share_listed_year(text: &str, m: &mut Mention, next: &Mention) {
    // ("27 February and 13 March next year": a year told relative to the
    // article date is shared too.)
    let year_told =
        next.explicit_year || matches!(next.rule, "day_relative_year" | "month_relative_year");
    if !m.year_inferred || !year_told {
        return;
    }
    let gap = text
        .get(m.span.end..next.span.start)
        .unwrap_or("")
        .trim_start_matches([',', ' '])
        .trim_end();
    let listed = ["and", "or", "&", "and on", "or on", "and in", "or in"]
        .iter()
        .any(|j| j.eq_ignore_ascii_case(gap));
    let year = chrono::Datelike::year(&next.date.earliest);
    if !listed || chrono::Datelike::year(&m.date.earliest) == year {
        return;
    }
    // (A list runs forward in time: in "Guinea followed in September, and
    // on Jan. 24 this year soldiers …", September is of the year before.)
    if let Some(date) = with_year(&m.date, year).filter(|d| d.earliest <= next.date.earliest) {
        let expr = text.get(next.span.clone()).unwrap_or("");
        m.explanation = Explanation::Reason(
            format!("the year {year} of \"{expr}\", the date it is listed with").into_boxed_str(),
        );
        m.date = date;
        m.anchor = None;
    }
}

/// "the week of Aug. 14": `m`, a day after "of" (which starts at `of_at`),
/// as the week (Monday to Sunday) that holds it; "the first (second,
/// third, fourth, last) week of August": `m`, a month, as those seven of
/// its days; "the first (second) half of May": its days 1 to 15 (16 to
/// the end); "the week beginning 9 September" (or "starting",
/// "commencing" in place of "of"): the seven days from the day. `None`
/// when no such words come before the "of".
fn week_or_half_of(text: &str, of_at: usize, m: &Mention) -> Option<Mention> {
    let head = text.get(..of_at)?;
    let cut = head.len().checked_sub("week ".len())?;
    let unit = head.get(cut..)?;
    let half = unit.eq_ignore_ascii_case("half ");
    if !half && !unit.eq_ignore_ascii_case("week ") {
        return None;
    }
    let (which_at, which) = word_before_at(text, cut)?;
    let from_the_day = !text.get(of_at..).is_some_and(|t| t.starts_with("of "));
    let (start, date, why) = if half {
        // "the first half of May": days 1 to 15; "the second half": the
        // rest.
        let (the_at, _) = word_before_at(text, which_at).filter(|(_, w)| w == "the")?;
        if from_the_day || m.date.precision != Precision::Month {
            return None;
        }
        let (first, last) = (m.date.earliest, m.date.latest);
        let fifteenth = first + chrono::Days::new(14);
        let (from, to, why) = match which.as_ref() {
            "first" => (first, fifteenth, "days 1 to 15 of "),
            "second" => (
                fifteenth + chrono::Days::new(1),
                last,
                "day 16 to the end of ",
            ),
            _ => return None,
        };
        let date = EventDate::day_range(from, to, Precision::Interval)?;
        (the_at, date, why)
    } else if from_the_day {
        if m.date.precision != Precision::Day || which != "the" {
            return None;
        }
        let day = m.date.earliest;
        let date = EventDate::day_range(day, day + chrono::Days::new(6), Precision::Week)?;
        (which_at, date, "the seven days from ")
    } else if m.date.precision == Precision::Day && which == "the" {
        let day = m.date.earliest;
        let monday = day
            - chrono::Days::new(u64::from(
                chrono::Datelike::weekday(&day).num_days_from_monday(),
            ));
        let date = EventDate::day_range(monday, monday + chrono::Days::new(6), Precision::Week)?;
        (which_at, date, "the week (Monday to Sunday) holding ")
    } else if m.date.precision == Precision::Month {
        let (the_at, _) = word_before_at(text, which_at).filter(|(_, w)| w == "the")?;
        let (first, last) = (m.date.earliest, m.date.latest);
        let (from, why) = match which.as_ref() {
            "first" => (first, "days 1 to 7 of "),
            "second" => (first + chrono::Days::new(7), "days 8 to 14 of "),
            "third" => (first + chrono::Days::new(14), "days 15 to 21 of "),
            "fourth" => (first + chrono::Days::new(21), "days 22 to 28 of "),
            "last" | "final" => (last - chrono::Days::new(6), "the last seven days of "),
            _ => return None,
        };
        let date = EventDate::day_range(from, from + chrono::Days::new(6), Precision::Week)?;
        (the_at, date, why)
    } else {
        return None;
    };
    Some(Mention {
        explanation: Explanation::Reason(resolve::boxed(&[why, &m.date.value])),
        span: start..m.span.end,
        date,
        rule: if half { "half_of" } else { "week_of" },
        ..m.clone()
    })
}

/// "A day earlier, on Tuesday, the president had left": a count from the
/// date told of before, followed in apposition by the day it names, is
/// that day (the writer's day, not the one counted from whatever date came
/// before).
fn restated_by_next(text: &str, m: &mut Mention, next: &Mention) {
    if m.rule != "later" {
        return;
    }
    let gap = text.get(m.span.end..next.span.start).unwrap_or("");
    // (Also a month or year written out: "A decade later, in 1996, …".)
    let restates = match next.date.precision {
        Precision::Day => [", on ", ", "].contains(&gap),
        Precision::Month | Precision::Year => next.explicit_year && [", in ", ", "].contains(&gap),
        _ => false,
    };
    if !restates || m.date == next.date {
        return;
    }
    // (At the count's own precision: "Five years later, in December
    // 2004" is 2004; "Eight months later, on 30 September" is September.)
    let first = next.date.earliest;
    let at_precision = match (m.date.precision, next.date.precision) {
        (Precision::Year, Precision::Month | Precision::Day) => {
            EventDate::year(chrono::Datelike::year(&first))
        }
        (Precision::Month, Precision::Day) => EventDate::month(
            chrono::Datelike::year(&first),
            chrono::Datelike::month(&first),
        ),
        _ => None,
    };
    let expr = text.get(next.span.clone()).unwrap_or("");
    m.explanation = Explanation::Reason(resolve::boxed(&[
        match (&at_precision, m.date.precision) {
            (None, _) => "the day named right after it, \"",
            (Some(_), Precision::Year) => "the year of the date named right after it, \"",
            (Some(_), _) => "the month of the date named right after it, \"",
        },
        expr,
        "\", ",
        &next.date.value,
    ]));
    m.date = at_precision.unwrap_or_else(|| next.date.clone());
    m.anchor = next.anchor;
}

/// "this Tuesday, April 20, 2021", "last Friday, 12 May": a weekday
/// (with its modifier) followed after a comma by a day of that weekday,
/// as one mention of that day.
fn weekday_then_its_date(text: &str, m: &Mention, next: &Mention) -> Option<Mention> {
    if m.rule != "weekday"
        || next.date.precision != Precision::Day
        || text.get(m.span.end..next.span.start) != Some(", ")
    {
        return None;
    }
    let named = text
        .get(m.span.clone())?
        .rsplit(' ')
        .next()
        .and_then(patterns::weekday)?;
    if chrono::Datelike::weekday(&next.date.earliest) != named {
        return None;
    }
    Some(Mention {
        span: m.span.start..next.span.end,
        ..next.clone()
    })
}

/// "epidemiological week 39 (23–29 September)", "from 25 to 31 July
/// (week 30)": a numbered week and its days, one written after the other
/// in brackets, as one mention (brackets and all) of the days written out.
fn week_and_its_days(text: &str, m: &Mention, next: &Mention) -> Option<Mention> {
    let (week, days) = match (m.rule, next.rule) {
        ("week_number", _) => (m, next),
        (_, "week_number") => (next, m),
        _ => return None,
    };
    if days.rule == "week_number"
        || !matches!(days.date.precision, Precision::Interval | Precision::Day)
        || text.get(m.span.end..next.span.start) != Some(" (")
        || !text.get(next.span.end..)?.starts_with(')')
        // (Days that are not the week's own tell of something else.)
        || days.date.earliest > week.date.latest
        || days.date.latest < week.date.earliest
    {
        return None;
    }
    Some(Mention {
        span: m.span.start..next.span.end + 1,
        ..days.clone()
    })
}

/// "Oct. 20 of that year", "in March of the same year", "May in 2025":
/// `m`, a day or month without a year, and `next`, the year it is told to
/// be in, as one mention.
fn of_that_year(text: &str, m: &Mention, next: &Mention) -> Option<Mention> {
    if !m.year_inferred || next.date.precision != Precision::Year {
        return None;
    }
    let gap = text.get(m.span.end..next.span.start)?;
    // (Also "as early as May in 2025": a month, then the year it is in.)
    let that_year = next.rule == "that_unit" && gap.eq_ignore_ascii_case(" of ");
    let told = that_year || (next.rule == "year" && next.explicit_year && gap == " in ");
    if !told {
        return None;
    }
    // ("elected in 2021 and sworn in on April 2 of that year": the walk
    // gave the day the year of the date before it, and "that year" is the
    // day's.)
    let year = chrono::Datelike::year(&next.date.earliest);
    let date = with_year(&m.date, year)?;
    Some(Mention {
        explanation: Explanation::Reason(
            format!("the year {year} of \"{}\"", text.get(next.span.clone())?).into_boxed_str(),
        ),
        span: m.span.start..next.span.end,
        date,
        anchor: next.anchor,
        confidence: m.confidence.min(next.confidence),
        ..m.clone()
    })
}

/// "grew 2.5% in the second quarter … against 3.1% in the same period of
/// 2022", "the corresponding month of last year": `m`, a year after "the
/// same period (of)", "the same quarter (of)", "the same month (of)" or
/// "the corresponding …", as the part of the year the date before it,
/// `last`, took in its own year.
fn same_period_of(text: &str, m: &Mention, last: Option<&Mention>) -> Option<Mention> {
    if m.date.precision != Precision::Year {
        return None;
    }
    let head = text.get(..m.span.start)?;
    let head = head
        .strip_suffix("of ")
        .or_else(|| head.strip_suffix("in "))
        .unwrap_or(head);
    // The noun of the period, then "the same" or "the corresponding"
    // before it.
    let words = head.trim_end();
    let noun_at = words.rfind(' ')? + 1;
    let noun = words.get(noun_at..)?;
    if !["period", "quarter", "month", "months", "half"]
        .iter()
        .any(|n| n.eq_ignore_ascii_case(noun))
    {
        return None;
    }
    let opener = ["the same ", "the corresponding "].iter().find_map(|o| {
        let cut = noun_at.checked_sub(o.len())?;
        words
            .get(cut..noun_at)?
            .eq_ignore_ascii_case(o)
            .then_some(cut)
    })?;
    let last = last?;
    let year = chrono::Datelike::year(&m.date.earliest);
    let years = i64::from(year) - i64::from(chrono::Datelike::year(&last.date.earliest));
    let date = match last.date.precision {
        Precision::Month => with_year(&last.date, year)?,
        _ => resolve::same_part_of_year(&last.date, years)?,
    };
    Some(Mention {
        explanation: Explanation::Reason(resolve::boxed(&[
            "the part of the year of the date before, ",
            &last.date.value,
            ", in ",
            &year.to_string(),
        ])),
        span: opener..m.span.end,
        date,
        anchor: Some(last.date.earliest),
        ..m.clone()
    })
}

/// "jailed in 2019 and freed in May the following year", "in June of the
/// previous year", "Christmas that year": `m`, a day or month without a
/// year, and `next`, the year after (or before, or of) the date told
/// before it, `last`, as one mention in that year. (Read alone, "the
/// following year" would count from `m` itself.)
fn of_following_year(
    text: &str,
    m: &Mention,
    next: &Mention,
    last: Option<&Mention>,
) -> Option<Mention> {
    if !m.year_inferred || !matches!(next.rule, "following" | "that_unit") {
        return None;
    }
    let gap = text.get(m.span.end..next.span.start)?;
    if gap != " " && !gap.eq_ignore_ascii_case(" of ") {
        return None;
    }
    let told = text.get(next.span.clone())?;
    let forward = ["the following year", "the next year", "the year after"]
        .iter()
        .any(|t| t.eq_ignore_ascii_case(told));
    let back = ["the previous year", "the year before"]
        .iter()
        .any(|t| t.eq_ignore_ascii_case(told));
    // ("Over Christmas that year": a holiday in the year of the date
    // before; a day or month before "that year" reads it itself.)
    let same = m.rule == "holiday" && told.eq_ignore_ascii_case("that year");
    let last = last?;
    let (year, which) = if same {
        let year = chrono::Datelike::year(&last.date.earliest);
        if chrono::Datelike::year(&last.date.latest) != year {
            return None;
        }
        (year, "the year of the date before, ")
    } else if forward {
        (
            chrono::Datelike::year(&last.date.latest) + 1,
            "the year after that of the date before, ",
        )
    } else if back {
        (
            chrono::Datelike::year(&last.date.earliest) - 1,
            "the year before that of the date before, ",
        )
    } else {
        return None;
    };
    let date = with_year(&m.date, year)?;
    Some(Mention {
        explanation: Explanation::Reason(resolve::boxed(&[which, &last.date.value])),
        span: m.span.start..next.span.end,
        date,
        anchor: Some(last.date.earliest),
        confidence: m.confidence.min(next.confidence),
        ..m.clone()
    })
}

/// "from X to Y" / "between X and Y", when `m` is X (preceded by `prev`,
/// which starts at `prev_start`) and `next` is Y; `last` is the mention
/// before them (the year of "between June and October that year").
fn range_pair(
    text: &str,
    (prev_start, prev): (usize, &str),
    m: &Mention,
    next: &Mention,
    last: Option<&Mention>,
    dct: Option<NaiveDate>,
) -> Option<Mention> {
    // "July 26-Aug. 6", "Feb. 16 to March 15": two days joined by a dash
    // or "to" alone are a range, as "from July 26 to Aug. 6" is.
    let joined = !matches!(prev, "from" | "between") && joined_days(text, m, next);
    if prev != "from" && prev != "between" && !joined {
        return None;
    }
    let (prev_start, prev) = if joined {
        (m.span.start, "from")
    } else {
        (prev_start, prev)
    };
    let mut gap = text.get(m.span.end..next.span.start)?.trim();
    // "from Dec. 21, 2025, to Jan. 18, 2026": a comma closes a date
    // written with its year.
    if m.explicit_year {
        gap = gap.strip_prefix(',').map_or(gap, str::trim_start);
    }
    // "from Monday to late Tuesday": the part of a day goes with it;
    // "between the early 1960s and the late 1990s": so does "the".
    for _ in 0..2 {
        gap = ["early", "mid", "mid-", "late", "the"]
            .iter()
            .find_map(|part| {
                let cut = gap.len().checked_sub(part.len())?;
                let (head, tail) = (gap.get(..cut)?, gap.get(cut..)?);
                (tail.eq_ignore_ascii_case(part) && head.ends_with(' ')).then(|| head.trim_end())
            })
            .unwrap_or(gap);
    }
    let joins = if prev == "from" {
        ["to", "until", "till", "through", "-", "–", "—", "-to-"]
            .iter()
            .any(|j| j.eq_ignore_ascii_case(gap))
    } else {
        gap.eq_ignore_ascii_case("and")
    };
    if !joins {
        return None;
    }
    let rule = if prev == "from" {
        "from_to"
    } else {
        "between_and"
    };
    let (start_date, mut end_date) = interval_years(text, m, next, last, dct);
    // "from Thursday until Sunday": the end is the first such weekday on
    // or after the start.
    if next.rule == "weekday"
        && end_date.precision == Precision::Day
        && end_date.latest < start_date.earliest
        && let Some(day) = [7u64, 14]
            .into_iter()
            .map(|n| end_date.earliest + chrono::Days::new(n))
            .find(|d| *d >= start_date.earliest)
    {
        end_date = EventDate::day(day);
    }
    let date = EventDate::between(&start_date, &end_date, Precision::Interval)?;
    Some(Mention {
        explanation: Explanation::Reason(resolve::boxed(&[
            "from ",
            &start_date.value,
            " to ",
            &end_date.value,
        ])),
        span: prev_start..next.span.end,
        date,
        rule,
        anchor: m.anchor.or(next.anchor),
        confidence: m.confidence.min(next.confidence),
        explicit_year: true,
        year_inferred: false,
    })
}

/// The start and end of the interval from `m` to `next`, each year-less
/// one given its year from the other or, when the article date tells
/// which, from it.
fn interval_years(
    text: &str,
    m: &Mention,
    next: &Mention,
    last: Option<&Mention>,
    dct: Option<NaiveDate>,
) -> (EventDate, EventDate) {
    // "from March to June 2023": the start takes the end's year (as it
    // does the year "that year" gives the end: "between June and October
    // that year").
    // ("that year" is the year of the date told before the range, `last`:
    // the end alone would take the start's.)
    let that_year = text
        .get(next.span.clone())
        .is_some_and(|t| t.ends_with(" that year"));
    let told_year = if that_year {
        last.map(|l| chrono::Datelike::year(&l.date.earliest))
    } else if next.explicit_year {
        Some(chrono::Datelike::year(&next.date.earliest))
    } else {
        None
    };
    let end_told = told_year.is_some();
    let mut start_date = match told_year {
        Some(year) if m.year_inferred => with_year(&m.date, year).unwrap_or_else(|| m.date.clone()),
        _ => m.date.clone(),
    };
    // "between July 26 and July 28": a year-less end is read from the
    // start (the same year, or the next when it would come first); not an
    // end that names an event the text told of before, with its year
    // ("between late 2019 and the October vote", after "October 2020").
    // (Nor a part of a year after a whole year, that it reads after it:
    // "Sall, who governed from 2012 to April", written in November 2024,
    // ends in April 2024; one ending within its first year would be
    // written "from January to April 2012".)
    let after_whole_year = start_date.precision == Precision::Year
        && next.date.precision != Precision::Year
        && next.date.earliest > start_date.latest;
    let mut end_date = if let Some(year) = told_year.filter(|_| that_year) {
        with_year(&next.date, year).unwrap_or_else(|| next.date.clone())
    } else if next.year_inferred
        && !after_whole_year
        && !(next.anchor.is_none() && parse::month_names_a_known_event(text, next.span.start))
    {
        let year = chrono::Datelike::year(&start_date.earliest);
        with_year(&next.date, year)
            .filter(|d| d.latest >= start_date.earliest)
            .or_else(|| with_year(&next.date, year + 1))
            .unwrap_or_else(|| next.date.clone())
    } else {
        next.date.clone()
    };
    // "Between January and October, more than 5,000 civilians were
    // killed", written in January: when the end read from the start would
    // lie more than a month after the article date, and the end read alone
    // does not, both are the end's (the start in its year or the one
    // before). Not when the span holds the article date and its sentence
    // is told in the present: it is this one ("Phase one, covering January
    // to June, focuses on …", written in February).
    let holds_dct = |start: &EventDate, end: &EventDate| {
        dct.is_some_and(|d| start.earliest <= d && d <= end.latest)
    };
    // (Asked at most once, by either rule below.)
    let known_past = std::cell::OnceCell::new();
    let in_past =
        || *known_past.get_or_init(|| sentence_in_past(text, &(m.span.start..next.span.end)));
    if m.year_inferred
        && next.year_inferred
        && !end_told
        && let Some(d) = dct
        && (end_date.earliest - d).num_days() > 31
        && next.date.latest <= d
        && (!holds_dct(&start_date, &end_date) || in_past())
        && let Some(start) = start_in_year_of(&m.date, &next.date)
    {
        start_date = start;
        end_date = next.date.clone();
    }
    // "From June to September, the rains will cut off access", written in
    // February: an interval told in the future that would have passed is
    // the coming one (its start may be told before the cue and the end).
    // So is one told in the present, when the article date gave its
    // months their years ("The appeal covers … an emergency response from
    // June to September"), unless it heads a chronology's entry, told in
    // the present of history ("MARCH 30-APRIL 1 - Rebels seize Kidal").
    if m.year_inferred
        && next.year_inferred
        && !end_told
        && let Some(d) = dct
        && end_date.latest < d
        && (resolve::told_as_future(text, &(m.span.start..next.span.end))
            || (m.anchor.is_some()
                && next.anchor.is_some()
                && !text::opens_its_line(text, m.span.start)
                && !in_past()))
        && let Some(end) = [0, 1].into_iter().find_map(|k| {
            with_year(&next.date, chrono::Datelike::year(&d) + k).filter(|e| e.latest >= d)
        })
        && let Some(start) = start_in_year_of(&m.date, &end)
    {
        start_date = start;
        end_date = end;
    }
    // "about 45 per cent expected in the January-June period", written in
    // February: a span read a year ahead whose span in the article's year
    // holds the article date is that one (it has begun).
    if m.year_inferred
        && next.year_inferred
        && !end_told
        && let Some(d) = dct
        && start_date.earliest > d
        && let Some(end) = with_year(&next.date, chrono::Datelike::year(&d))
        && let Some(start) = start_in_year_of(&m.date, &end)
        && start.earliest <= d
        && d <= end.latest
    {
        start_date = start;
        end_date = end;
    }
    (start_date, end_date)
}

/// Whether the sentence of `span` holds a verb in the past.
pub(crate) fn sentence_in_past(text: &str, span: &Range<usize>) -> bool {
    // (Not a participle standing as an adjective: "through repeated
    // campaigns"; nor a verb of a relative clause set off by commas: "The
    // April-September mid-crop, which opened on April 1, is expected to be
    // smaller".)
    text.get(text::sentence_around(text, span))
        .is_some_and(|sentence| {
            sentence.split(',').any(|piece| {
                let mut words = text::raw_words(piece);
                let mut prev = "";
                !words
                    .clone()
                    .next()
                    .is_some_and(|w| matches!(w, "which" | "who" | "whose"))
                    && words.any(|w| {
                        let past =
                            resolve::is_past_form(w) && !resolve::ADJECTIVE_SLOT_SET.contains(prev);
                        prev = w;
                        past
                    })
            })
        })
}

/// `start` (year-less) in the year of `end`, or the year before when it
/// would come after `end`.
fn start_in_year_of(start: &EventDate, end: &EventDate) -> Option<EventDate> {
    let year = chrono::Datelike::year(&end.earliest);
    with_year(start, year)
        .filter(|s| s.earliest <= end.earliest)
        .or_else(|| with_year(start, year - 1))
}

/// Whether `m` and `next` are days named with their months, or months,
/// joined by a dash alone ("July 26-Aug. 6", "30 June–2 July",
/// "June–August"); or days, or months, joined by "to" alone, as after
/// "from" ("Feb. 16 to March 15", "2022-08-01 to 2022-08-07", "January to
/// June").
fn joined_days(text: &str, m: &Mention, next: &Mention) -> bool {
    const NAMED_DAYS: [&str; 6] = [
        "month_day",
        "day_month",
        "month_day_year",
        "day_month_year",
        "month_alone",
        "month_year",
    ];
    const DAYS: [&str; 5] = [
        "month_day",
        "day_month",
        "month_day_year",
        "day_month_year",
        "iso",
    ];
    // (And months joined by "to": "Phase one, covering January to June".)
    let months = |m: &Mention| matches!(m.rule, "month_alone" | "month_year");
    match text.get(m.span.end..next.span.start) {
        Some("-" | "–") => NAMED_DAYS.contains(&m.rule) && NAMED_DAYS.contains(&next.rule),
        Some(" to ") => {
            (DAYS.contains(&m.rule) && DAYS.contains(&next.rule)) || (months(m) && months(next))
        }
        // ("the April-to-September mid-crop".)
        Some("-to-") => months(m) && months(next),
        _ => false,
    }
}

/// The word that opens a range before a date preceded by `prev` (at
/// `prev_start`): `prev` itself, or "from" or "between" before a part of
/// a day ("from late Monday to Tuesday": the part goes with its day;
/// "between the early 1960s and …": the decade's span holds its part).
fn range_opener(text: &str, prev_start: usize, prev: &'static str) -> (usize, &'static str) {
    if matches!(prev, "early" | "mid" | "mid-" | "late" | "the") {
        word_before_at(text, prev_start)
            .filter(|(_, w)| w == "from" || w == "between")
            .map_or((prev_start, prev), |(at, w)| {
                (at, if w == "from" { "from" } else { "between" })
            })
    } else {
        (prev_start, prev)
    }
}

/// Words before "from" that tell of a date moved to another: "postponed
/// (pushed back, brought forward) from February to May".
pub(crate) const MOVED_SET: text::WordSet = text::WordSet::new(&[
    "back",
    "forward",
    "postponed",
    "delayed",
    "moved",
    "rescheduled",
    "shifted",
]);

/// "The vote was pushed back from February to May": `m` (after "from",
/// the word `prev` at `prev_start`) is the date a plan was moved from and
/// `next` the date it was moved to; not one span. Returns `next` as its
/// own mention: when its year is not told, the first such date after `m`
/// (before it, when the plan was brought forward).
fn moved_to(
    text: &str,
    (prev_start, prev): (usize, &str),
    m: &Mention,
    next: &Mention,
) -> Option<Mention> {
    if prev != "from"
        || !text
            .get(m.span.end..next.span.start)?
            .trim()
            .eq_ignore_ascii_case("to")
    {
        return None;
    }
    let (_, verb) = word_before_at(text, prev_start).filter(|(_, w)| MOVED_SET.contains(w))?;
    if !next.year_inferred || m.date.precision == Precision::Interval {
        return Some(next.clone());
    }
    let year = chrono::Datelike::year(&m.date.earliest);
    let date = if verb == "forward" {
        with_year(&next.date, year)
            .filter(|d| d.latest <= m.date.earliest)
            .or_else(|| with_year(&next.date, year - 1))
    } else {
        with_year(&next.date, year)
            .filter(|d| d.earliest >= m.date.latest)
            .or_else(|| with_year(&next.date, year + 1))
    }?;
    let how = if verb == "forward" {
        " before "
    } else {
        " after "
    };
    Some(Mention {
        explanation: Explanation::Reason(resolve::boxed(&[
            "the first such date",
            how,
            &m.date.value,
            ", the date it was moved from",
        ])),
        date,
        anchor: Some(m.date.earliest),
        ..next.clone()
    })
}

/// Where "since" starts in "since the start (beginning, middle, end) of"
/// before the "of" at `of_at`, and whether it is the start or beginning;
/// also in "since the morning (night, evening, afternoon) of", a part of
/// the day ("since the morning of July 26 last year").
fn since_the_edge(text: &str, of_at: usize) -> Option<(usize, bool)> {
    let (edge_at, edge) = word_before_at(text, of_at)?;
    if !matches!(
        edge.as_ref(),
        "start" | "beginning" | "middle" | "end" | "morning" | "night" | "evening" | "afternoon"
    ) {
        return None;
    }
    let (the_at, the) = word_before_at(text, edge_at)?;
    let (since_at, since) = word_before_at(text, the_at).filter(|_| the == "the")?;
    (since == "since").then_some((since_at, matches!(edge.as_ref(), "start" | "beginning")))
}

/// Where "since" starts in "since at least" before the "least" at
/// `least_at`.
fn since_at_least(text: &str, least_at: usize) -> Option<usize> {
    at_least_after(text, least_at, &["since"])
}

/// Where the word of `words` starts in "<word> at least" before the
/// "least" at `least_at`.
fn at_least_after(text: &str, least_at: usize, words: &[&str]) -> Option<usize> {
    let (at_at, at) = word_before_at(text, least_at)?;
    let (word_at, word) = word_before_at(text, at_at).filter(|_| at == "at")?;
    words.contains(&&*word).then_some(word_at)
}

/// "the week to August 15", "the week ending Sunday": the week (from
/// Monday) up to `m`, a day, when "the week" comes before the "to",
/// "ending" or "through" at `to_at` ("in the week to Friday" is the
/// trading week, Monday to Friday); "the seven days to Friday": the
/// seven days that end with it.
fn week_ending(text: &str, to_at: usize, m: &Mention) -> Option<Mention> {
    if m.date.precision != Precision::Day {
        return None;
    }
    let (week_at, week) = word_before_at(text, to_at)?;
    let end = m.date.earliest;
    let (the_at, back, why) = match week.as_ref() {
        "week" => (
            word_before_at(text, week_at).filter(|(_, w)| w == "the")?.0,
            chrono::Datelike::weekday(&end).num_days_from_monday(),
            "the week from Monday up to ",
        ),
        "days" => {
            let (seven_at, _) =
                word_before_at(text, week_at).filter(|(_, w)| w == "seven" || w == "7")?;
            (
                word_before_at(text, seven_at)
                    .filter(|(_, w)| w == "the")?
                    .0,
                6,
                "the seven days ending with ",
            )
        }
        _ => return None,
    };
    let first = end.checked_sub_days(chrono::Days::new(u64::from(back)))?;
    let date = EventDate::between(&EventDate::day(first), &m.date, Precision::Interval)?;
    Some(Mention {
        explanation: Explanation::Reason(resolve::boxed(&[why, &m.date.value])),
        span: the_at..m.span.end,
        date,
        rule: "week_ending",
        ..m.clone()
    })
}

/// "the day after Christmas", "two days before July 26", "a week after
/// Easter": the day `m` (a day, after the word "after" or "before" at
/// `word_at`) moved by the days or weeks before that word; `None` when no
/// such count comes before it.
fn days_around(text: &str, word_at: usize, after: bool, m: &Mention) -> Option<Mention> {
    // (Not a day that owns an event, told of itself: "two days after
    // Friday's coup".)
    let after_text = text.get(m.span.end..).unwrap_or("");
    if m.date.precision != Precision::Day
        || after_text.starts_with("'s")
        || after_text.starts_with("’s")
    {
        return None;
    }
    let (unit_at, unit) = word_before_at(text, word_at)?;
    let per = match unit.as_ref() {
        "day" | "days" => 1,
        "week" | "weeks" => 7,
        _ => return None,
    };
    let (count_at, count) = word_before_at(text, unit_at)?;
    let n = match count.as_ref() {
        "the" if per == 1 => 1,
        w => w
            .parse::<i64>()
            .ok()
            .or_else(|| patterns::number_value(w))
            .filter(|n| (1..=60).contains(n))?,
    };
    // ("the days after July 26" names no one day, nor does "less than two
    // weeks before Christmas".)
    let bounded = word_before_at(text, count_at)
        .is_some_and(|(_, w)| matches!(w.as_ref(), "than" | "within" | "over"));
    if (n == 1) != matches!(unit.as_ref(), "day" | "week") || bounded {
        return None;
    }
    let days = n * per;
    let day = m
        .date
        .earliest
        .checked_add_signed(chrono::TimeDelta::days(if after { days } else { -days }))?;
    let (count_word, unit_word) = if per == 1 {
        (days, " day")
    } else {
        (n, " week")
    };
    let plural = if count_word == 1 { "" } else { "s" };
    Some(Mention {
        explanation: Explanation::Reason(resolve::boxed(&[
            &count_word.to_string(),
            unit_word,
            plural,
            if after { " after " } else { " before " },
            &m.date.value,
        ])),
        span: count_at..m.span.end,
        date: EventDate::day(day),
        rule: if after { "later" } else { "earlier" },
        confidence: m.confidence * 0.95,
        ..m.clone()
    })
}

/// `m` as an interval ending with it, from "until" at `until_at`; the
/// explanation keeps how its end was found ("an interval ending with
/// 2021-09, the first September on or after the article date, …").
fn until_interval(mut m: Mention, until_at: usize) -> Mention {
    let end_why = match &m.explanation {
        Explanation::StaticReason(why) => why,
        Explanation::Reason(why) => &**why,
        Explanation::Text(_) => "",
    };
    let comma = if end_why.is_empty() { "" } else { ", " };
    m.explanation = Explanation::Reason(resolve::boxed(&[
        "an interval ending with ",
        &m.date.value,
        comma,
        end_why,
    ]));
    m.date = EventDate::open_start(&m.date);
    m.span = until_at..m.span.end;
    m.rule = "until";
    m
}

/// "on the 26th of last month": `m`, a month after "of" (which starts at
/// `of_at`), narrowed to the day named before the "of"; `None` when no
/// "the 26th" comes before it.
fn day_of_the_month(text: &str, of_at: usize, m: &Mention) -> Option<Mention> {
    if m.date.precision != Precision::Month {
        return None;
    }
    let (day_at, ordinal) = word_before_at(text, of_at)?;
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| ordinal.strip_suffix(suffix))?;
    if !(1..=2).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (the_at, _) = word_before_at(text, day_at).filter(|(_, w)| w == "the")?;
    let first = m.date.earliest;
    let date = chrono::NaiveDate::from_ymd_opt(
        chrono::Datelike::year(&first),
        chrono::Datelike::month(&first),
        digits.parse().ok()?,
    )?;
    Some(Mention {
        explanation: Explanation::Reason(resolve::boxed(&["that day of ", &m.date.value])),
        span: the_at..m.span.end,
        date: EventDate::day(date),
        ..m.clone()
    })
}

/// The interval from `m` up to the article date, spanning from `start`.
fn since_interval(start: usize, m: &Mention, dct: Option<NaiveDate>) -> Option<Mention> {
    let d = dct?;
    let date = EventDate::between(&m.date, &EventDate::day(d), Precision::Interval)?;
    Some(Mention {
        explanation: Explanation::Reason(resolve::with_iso(d, |iso| {
            resolve::boxed(&[
                "from ",
                &m.date.value,
                " up to the article date ",
                resolve::weekday_abbreviation(d),
                " ",
                iso,
            ])
        })),
        span: start..m.span.end,
        date,
        rule: "since",
        anchor: Some(d),
        confidence: m.confidence,
        explicit_year: true,
        year_inferred: false,
    })
}

/// Past participles that are not written "-ed", as they follow an
/// adverb "since" ("has since become").
const SINCE_PARTICIPLES: text::WordSet = text::WordSet::new(&[
    "said", "been", "become", "left", "fled", "held", "made", "told", "won", "lost", "taken",
    "begun", "gone", "come", "seen", "sent", "set", "put", "cut", "met", "kept", "brought",
    "built", "spent", "grown", "risen", "fallen", "given", "written", "shown", "known", "done",
]);

/// Start of a "since" at most eight words before `pos` in the same clause.
fn distant_since(text: &str, pos: usize) -> Option<usize> {
    let before = text_before(text, pos, 90);
    // (Most dates have no "since" before them: turned away first.)
    text::rfind_bytes(before, "since ").or_else(|| text::rfind_bytes(before, "Since "))?;
    // Found byte by byte, as `rfind` of the chars: the dashes ('—', '–'
    // as in "since independence in 1960 — in 1974") end in 0x94 or 0x93,
    // which only continue a char.
    let bytes = before.as_bytes();
    let clause_cut = bytes
        .iter()
        .enumerate()
        .rposition(|(i, b)| {
            matches!(b, b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\n')
                || (matches!(b, 0x93 | 0x94)
                    && i.checked_sub(2).and_then(|s| bytes.get(s..i)) == Some(&[0xE2, 0x80]))
        })
        .map_or(0, |p| p + 1);
    let clause = before.get(clause_cut..)?;
    let at = text::rfind_bytes(clause, "since ").or_else(|| text::rfind_bytes(clause, "Since "))?;
    let gap_words = clause.get(at..)?.split_whitespace().count();
    let is_word_start = at == 0 || clause.get(..at)?.ends_with(' ');
    // "It has since said elections would take place in 2025": between an
    // auxiliary and a past participle, "since" is an adverb (since then),
    // not a start ("the only government it has had since independence
    // in 1960" is one).
    let after_auxiliary = clause
        .get(..at)?
        .split_whitespace()
        .next_back()
        .is_some_and(|w| {
            ["has", "have", "had", "having"]
                .iter()
                .any(|a| a.eq_ignore_ascii_case(w))
        });
    let participle = clause
        .get(at..)?
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| w.ends_with("ed") || SINCE_PARTICIPLES.contains(w));
    let adverb = after_auxiliary && participle;
    (is_word_start && !adverb && (2..=9).contains(&gap_words)).then(|| pos - (clause.len() - at))
}

fn to_event(
    text: &str,
    article: usize,
    m: Mention,
    passage_span: Range<usize>,
    places: Places,
) -> Event {
    // A chronology heading ("2021:") stands for the events listed under it.
    let label = if m.rule == "heading" {
        resolve::boxed(&["Chronology heading ", &m.date.value])
    } else {
        // "elections by mid-2025": the label leaves out "mid-" with the year.
        let modifier = m
            .span
            .start
            .checked_sub(1)
            .filter(|&h| text.as_bytes().get(h) == Some(&b'-'))
            .and_then(|h| parse::hyphen_modifier_start(text, h));
        let start = modifier.unwrap_or(m.span.start);
        // "as early as May": the words go with the date.
        let start = parse::as_soon_as(text, start).unwrap_or(start);
        let expr = label::time_of_day_start(text, start)..m.span.end;
        label::label_for(text, &passage_span, &expr).into_boxed_str()
    };
    Event {
        article,
        label,
        places,
        group: None,
        date: m.date,
        expr_span: m.span,
        passage_span,
        resolution: Resolution {
            rule: m.rule,
            anchor: m.anchor,
            explanation: m.explanation,
            confidence: m.confidence,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One walk over the candidates of `text`, and the walk in chunks
    /// with each task walking `recall` bytes before its chunk again.
    fn walked_both_ways(text: &str, recall: usize) -> (Walk, Walk) {
        let dct = NaiveDate::from_ymd_opt(2024, 7, 26);
        let sentences = sentence_index(text, &(0..text.len()));
        let candidates = scan_body(text, 0..text.len());
        assert!(candidates.len() > 4 * RESOLVE_CHUNK, "{}", candidates.len());
        let one = walk(
            text,
            &candidates,
            dct,
            &sentences,
            resolve::Memory::default(),
        );
        let (chunked, _) = walk_in_chunks(text, &candidates, dct, &sentences, recall);
        (one, chunked)
    }

    #[test]
    fn chunks_of_news_are_guessed_right() {
        // What the walk remembers must be learnt again from the text just
        // before a chunk: a memory that keeps something from far back
        // (a year a "when" clause told of, say, past its sentence) makes
        // every later chunk be walked again on one core.
        let samples = crate::sample::joined_articles();
        let text = format!(
            "The last attack was in 2015, when gunmen stormed a hotel on Nov. 20.\n\n{}{}",
            NEWS.repeat(600),
            samples.repeat(10)
        );
        let dct = NaiveDate::from_ymd_opt(2024, 7, 26);
        let sentences = sentence_index(&text, &(0..text.len()));
        let candidates = scan_body(&text, 0..text.len());
        let chunks = candidates.len().div_ceil(RESOLVE_CHUNK);
        assert!(chunks >= 4, "{chunks}");
        let (_, again) = walk_in_chunks(&text, &candidates, dct, &sentences, RECALL_BYTES);
        assert_eq!(again, 0, "{again} of {chunks} chunks walked again");
    }

    #[test]
    fn events_made_in_runs_are_the_events_made_at_once() {
        let text = format!("date 2023-07-27 T - P\nT\n\n{}", NEWS.repeat(200));
        let article = crate::io::parse_article("a.txt", text).unwrap();
        let all = extract(&article, 3);
        assert!(all.len() > 1000, "{}", all.len());
        // Runs of 7: many windows, and a last run shorter than the rest.
        let mut runs = Vec::new();
        let keep = |events: &[Event], run: &mut Vec<Event>| *run = events.to_vec();
        let done: Result<(), ()> = extract_in_runs(&article, 3, 7, keep, |run| {
            runs.push(std::mem::take(run));
            Ok(())
        });
        assert_eq!(done, Ok(()));
        assert!(runs.iter().all(|run| run.len() <= 7));
        assert!(runs.iter().filter(|run| run.len() < 7).count() <= 1);
        assert_eq!(runs.concat(), all);
        // A sink that fails is not called again.
        let mut calls = 0;
        let count = |events: &[Event], n: &mut usize| *n = events.len();
        let failed = extract_in_runs(&article, 3, 7, count, |_| {
            calls += 1;
            if calls == 5 { Err(calls) } else { Ok(()) }
        });
        assert_eq!((failed, calls), (Err(5), 5));
    }

    fn assert_same_walk((one, chunked): (Walk, Walk)) {
        assert_eq!(chunked.mentions, one.mentions);
        assert_eq!(chunked.words_before, one.words_before);
        assert_eq!(chunked.memory, one.memory);
    }

    const NEWS: &str = "On March 3 the army moved. Two days later, on Friday, talks began in \
        Niamey; the vote came in 2001 and a year later the junta left. Since 2020 six \
        coups have been tried, the last on Wednesday.\n\n";

    #[test]
    fn chunks_walked_in_parallel_give_the_one_walk() {
        assert_same_walk(walked_both_ways(&NEWS.repeat(900), RECALL_BYTES));
    }

    #[test]
    fn a_chunk_guessed_wrong_is_walked_again() {
        // Walking nothing again, each task guesses wrong (it has not seen
        // "in 2001" just before its chunk).
        assert_same_walk(walked_both_ways(&NEWS.repeat(900), 0));
    }

    #[test]
    fn every_chunk_knows_the_last_heading_above_it() {
        // The heading dates every year-less month below it, however far
        // back; the tasks far below it do not walk over it again.
        let text = format!(
            "1999:\n\n{}",
            "On March 3 the army moved. Two days later talks began. They ended in May.\n\n"
                .repeat(1500)
        );
        for recall in [0, RECALL_BYTES] {
            let walks = walked_both_ways(&text, recall);
            let last = walks.0.mentions.last().map(|m| m.date.value.to_string());
            assert_eq!(last.as_deref(), Some("1999-05"));
            assert_same_walk(walks);
        }
    }

    /// `compose` as it was written before it worked in place: each
    /// mention pushed onto a new list, which is then sorted (with the
    /// forms taught to `compose` since; what one mention becomes alone is
    /// read by the same `composed_alone`). The oracle of the in-place
    /// `compose`: its order, merging and taking of next mentions.
    fn compose_by_pushing(
        text: &str,
        mentions: Vec<Mention>,
        words_before: &[(usize, &'static str)],
        dct: Option<NaiveDate>,
    ) -> Vec<Mention> {
        let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
        let mut iter = mentions.into_iter().zip(words_before).peekable();
        while let Some((mut m, &(prev_start, prev))) = iter.next() {
            if let Some((next, _)) = iter.peek() {
                share_listed_year(text, &mut m, next);
                restated_by_next(text, &mut m, next);
            }
            // "the week of Aug. 14": the week holding the day.
            if matches!(prev, "of" | "beginning" | "starting" | "commencing")
                && let Some(week) = week_or_half_of(text, prev_start, &m)
            {
                out.push(week);
                continue;
            }
            if m.rule == "fiscal_year"
                && let Some(part) = fiscal::part_of(text, &m)
            {
                out.push(part);
                continue;
            }
            // "Oct. 20 of that year": one mention, in that year.
            if let Some((next, _)) = iter.peek()
                && let Some(whole) = of_that_year(text, &m, next)
            {
                iter.next();
                out.push(whole);
                continue;
            }
            if let Some(whole) = same_period_of(text, &m, out.last()) {
                out.push(whole);
                continue;
            }
            // ("freed in May the following year", "this Tuesday, April
            // 20, 2021", "week 32 (8–14 August)": one mention each.)
            if let Some((next, _)) = iter.peek()
                && let Some(whole) = of_following_year(text, &m, next, out.last())
                    .or_else(|| weekday_then_its_date(text, &m, next))
                    .or_else(|| week_and_its_days(text, &m, next))
            {
                iter.next();
                out.push(whole);
                continue;
            }
            if let Some((next, _)) = iter.peek()
                && let Some(moved) = moved_to(text, (prev_start, prev), &m, next)
            {
                iter.next();
                out.push(m);
                out.push(moved);
                continue;
            }
            if let Some((next, _)) = iter.peek()
                && let Some(pair) = range_pair(
                    text,
                    range_opener(text, prev_start, prev),
                    &m,
                    next,
                    out.last(),
                    dct,
                )
            {
                iter.next();
                out.push(pair);
                continue;
            }
            if !composes_alone(&m) {
                out.push(m);
                continue;
            }
            if let Some(interval) = embedded_since(text, (prev_start, prev), &m, out.last(), dct) {
                out.push(interval);
            }
            out.push(composed_alone(text, m, (prev_start, prev), dct));
        }
        out.sort_by_key(|m| (m.span.start, m.span.end));
        out
    }

    /// The mentions of `text` before `compose`, composed both ways.
    fn composed_both_ways(text: &str, dct: Option<NaiveDate>) -> (Vec<Mention>, Vec<Mention>) {
        let sentences = sentence_index(text, &(0..text.len()));
        let candidates = scan_body(text, 0..text.len());
        let walk = resolve_all(text, &candidates, dct, &sentences);
        let oracle = compose_by_pushing(text, walk.mentions.clone(), &walk.words_before, dct);
        // In short runs, cut wherever a cut is clean (many cuts, some
        // beside pairs and "since" intervals).
        for run in [1, 2, 3, 7] {
            let runs = compose_in_runs(text, walk.mentions.clone(), &walk.words_before, dct, run);
            assert_eq!(runs, oracle, "in runs of {run}");
        }
        (
            compose(text, walk.mentions, &walk.words_before, dct),
            oracle,
        )
    }

    #[test]
    fn runs_are_cut_only_where_the_one_pass_would_step() {
        let text = "Since independence in 1960, and since the coup on July 26, \
                    from March to June 2023, the week of Aug. 14, Oct. 20 of that year. \
                    The vote was pushed back from February to May.";
        let dct = NaiveDate::from_ymd_opt(2023, 7, 27);
        let sentences = sentence_index(text, &(0..text.len()));
        let candidates = scan_body(text, 0..text.len());
        let walk = resolve_all(text, &candidates, dct, &sentences);
        let starts = run_starts(text, &walk.mentions, &walk.words_before, dct, 1);
        let at = |expr: &str| {
            walk.mentions
                .iter()
                .position(|m| &text[m.span.clone()] == expr)
                .unwrap()
        };
        // Not inside a pair, nor at a date a "since" before it adds an
        // interval to; but between two dates apart.
        for inside in ["June 2023", "May", "that year"] {
            assert!(!starts.contains(&at(inside)), "{inside}: {starts:?}");
        }
        assert!(!starts.contains(&at("July 26")), "{starts:?}");
        let exprs: Vec<&str> = walk
            .mentions
            .iter()
            .map(|m| &text[m.span.clone()])
            .collect();
        assert!(starts.contains(&at("Aug. 14")), "{starts:?} {exprs:?}");
    }

    #[test]
    fn composing_in_place_gives_what_pushing_gave() {
        let dct = NaiveDate::from_ymd_opt(2023, 7, 27);
        let mut added = 0;
        for (_, article) in crate::sample::ARTICLES {
            let (ours, oracle) = composed_both_ways(article, dct);
            added += ours.iter().filter(|m| m.rule == "since").count();
            assert_eq!(ours, oracle);
        }
        // ("since … in 1960" intervals were added and merged in.)
        assert!(added > 5, "{added}");
        let text = "Since independence in 1960, and since the coup on July 26, \
                    from March to June 2023, the week of Aug. 14, Oct. 20 of that year. \
                    The vote was pushed back from February to May.";
        let (ours, oracle) = composed_both_ways(text, dct);
        assert!(ours.len() >= 8, "{ours:?}");
        assert_eq!(ours, oracle);
    }

    proptest::proptest! {
        #[test]
        fn composing_in_place_agrees_on_any_mix(
            picks in proptest::collection::vec(0usize..COMPOSE_PIECES.len(), 0..60),
        ) {
            let text: String = picks
                .iter()
                .filter_map(|&i| COMPOSE_PIECES.get(i).copied())
                .collect();
            let (ours, oracle) = composed_both_ways(&text, NaiveDate::from_ymd_opt(2024, 3, 1));
            proptest::prop_assert_eq!(ours, oracle);
        }
    }

    /// A weekday then a count that restates its day ("Monday, A decade
    /// later"): one mention both ways (the oracle once lacked the step
    /// that joins a weekday to its date).
    #[test]
    fn a_weekday_and_its_restated_day_compose_alike() {
        let text = "Monday, A decade later 2023";
        let (ours, oracle) = composed_both_ways(text, NaiveDate::from_ymd_opt(2024, 3, 1));
        assert_eq!(ours, oracle);
        assert_eq!(
            ours.first().map(|m| &text[m.span.clone()]),
            Some("Monday, A decade later")
        );
    }

    /// Pieces of text that `compose` acts on, joined at random.
    const COMPOSE_PIECES: &[&str] = &[
        "since ",
        "Since ",
        "independence ",
        "in ",
        "on ",
        "1960",
        "April 2021",
        "July 26",
        "from ",
        "to ",
        "pushed back ",
        "brought forward ",
        "until ",
        "between ",
        "and ",
        "the ",
        "early ",
        "late ",
        "mid-",
        "2020",
        "1990s",
        "the week of ",
        "the last week of ",
        "the 26th of ",
        "since at least ",
        "last month",
        "Aug. 14",
        " of that year",
        "March",
        " 2023",
        ", ",
        ". ",
        "A decade later",
        "Monday",
        "\n\n",
        "soldiers seized power ",
        "since independence in 1960",
        "since taking office in April 2021",
        "since soldiers stormed the palace on July 26",
        "has since said ",
        "since the end of ",
        "the beginning of ",
    ];

    fn labels(body: &str) -> Vec<String> {
        let text = format!("date 2024-07-26 T - P\nT\n\n{body}\n");
        let article = crate::io::parse_article("a.txt", text).unwrap();
        extract(&article, 0)
            .iter()
            .map(|e| e.label.to_string())
            .collect()
    }

    #[test]
    fn years_in_a_list_are_labelled_by_the_clause_that_tells_of_them() {
        let got = labels(
            "Mali has seen four coups since independence in 1960, after those of 1968, \
             1991, 2012 and 2020.",
        );
        assert_eq!(got.len(), 6, "{got:?}");
        // ("since independence in 1960" and "1960", then the list.)
        for label in got.iter().skip(2) {
            assert!(label.starts_with("Mali has seen four coups"), "{got:?}");
        }
    }

    #[test]
    fn a_clause_of_dates_alone_is_left_out_of_their_label() {
        assert_eq!(
            labels("In 1974 and 1996, the army seized power in Niger."),
            [
                "The army seized power in Niger",
                "The army seized power in Niger"
            ]
        );
        assert_eq!(
            labels("In January and September, soldiers seized power in Burkina Faso."),
            [
                "Soldiers seized power in Burkina Faso",
                "Soldiers seized power in Burkina Faso"
            ]
        );
        // (So is one of parts of years.)
        assert_eq!(
            labels("In late 2022 and early 2023, rebels advanced on Goma."),
            ["Rebels advanced on Goma", "Rebels advanced on Goma"]
        );
        assert_eq!(
            labels("In the third quarter of 2022 and Q1 2023, output fell."),
            ["Output fell", "Output fell"]
        );
        // (A clause that names a place keeps it.)
        assert_eq!(
            labels("In Mali in 2020, soldiers seized power."),
            ["Mali soldiers seized power"]
        );
    }

    #[test]
    fn a_short_relative_clause_is_labelled_with_the_name_it_tells_of() {
        assert_eq!(
            labels("Tandja, who died in November last year, had tried to extend his rule."),
            ["Tandja died"]
        );
    }

    #[test]
    fn words_saying_when_in_the_day_leave_the_label_with_the_date() {
        assert_eq!(
            labels("In the early hours of Wednesday, officers seized the broadcaster."),
            ["Officers seized the broadcaster"]
        );
        assert_eq!(
            labels("Earlier on Friday, hundreds gathered outside the assembly."),
            ["Hundreds gathered outside the assembly"]
        );
        assert_eq!(
            labels("Soldiers said late on Wednesday that they had taken power."),
            ["Soldiers said that they had taken power"]
        );
        assert_eq!(
            labels("Over the weekend, thousands rallied in Niamey."),
            ["Thousands rallied in Niamey"]
        );
        assert_eq!(
            labels("At the end of July, sanctions began to bite."),
            ["Sanctions began to bite"]
        );
        assert_eq!(
            labels("So far this year, more than 3,000 people have been killed."),
            ["More than 3,000 people have been killed"]
        );
        assert_eq!(
            labels("Attacks have killed 3,000 people so far this year."),
            ["Attacks have killed 3,000 people"]
        );
        assert_eq!(
            labels("In the last days of July, sanctions began to bite."),
            ["Sanctions began to bite"]
        );
        assert_eq!(
            labels("The vote will be held as early as May."),
            ["The vote will be held"]
        );
        assert_eq!(
            labels("In the first nine months of 2024, armed groups carried out 1,400 attacks."),
            ["Armed groups carried out 1,400 attacks"]
        );
    }

    #[test]
    fn a_date_ending_its_sentence_borrows_clauses_until_one_tells_something() {
        assert_eq!(
            labels("Supporters gather in a stadium in Niamey, Niger, on Sunday, Aug. 6, 2023."),
            ["Supporters gather in a stadium in Niamey Niger"]
        );
        assert_eq!(
            labels("Junta supporters rallied in the capital, on Sunday."),
            ["Junta supporters rallied in the capital"]
        );
    }

    #[test]
    fn two_days_from_the_article_date_are_explained_as_such() {
        let text = "date 2024-05-17 T - P\nT\n\nIt snowed the day before yesterday.\n";
        let article = crate::io::parse_article("a.txt", text.to_owned()).unwrap();
        let events = extract(&article, 0);
        let [event] = events.as_slice() else {
            panic!("one event expected, got {events:?}");
        };
        assert_eq!(event.date.value, "2024-05-15");
        assert!(
            event
                .explanation(&article.text)
                .contains("two days before the article date"),
            "{}",
            event.explanation(&article.text)
        );
    }

    #[test]
    fn a_part_of_a_period_up_to_the_article_date_is_explained_as_such() {
        let text = "date 2026-07-24 T - P\nT\n\nSo far this year, 300 people have died. Talks resume later this month.\n";
        let article = crate::io::parse_article("a.txt", text.to_owned()).unwrap();
        let events = extract(&article, 0);
        let [so_far, later] = events.as_slice() else {
            panic!("two events expected, got {events:?}");
        };
        assert_eq!(so_far.date.value, "2026-01-01/2026-07-24");
        let why = so_far.explanation(&article.text);
        assert!(
            why.contains("from the start of the same year up to the article date, Fri 2026-07-24"),
            "{why}"
        );
        assert_eq!(later.date.value, "2026-07-24/2026-07-31");
        let why = later.explanation(&article.text);
        assert!(
            why.contains("end of the same month as the article date"),
            "{why}"
        );
    }

    #[test]
    fn a_since_does_not_reach_across_a_dash() {
        let text = "date 2023-08-10 T - P\nT\n\nNiger has had four coups since independence in 1960 — in 1974, 1996, 1999 and 2010.\n";
        let article = crate::io::parse_article("a.txt", text.to_owned()).unwrap();
        let intervals: Vec<String> = extract(&article, 0)
            .iter()
            .filter(|e| e.resolution.rule == "since")
            .map(|e| e.date.value.to_string())
            .collect();
        assert_eq!(intervals, ["1960/2023-08-10"]);
    }

    #[test]
    fn a_phrasal_verb_keeps_its_particle() {
        assert_eq!(
            labels("The general was sworn in on Monday."),
            ["The general was sworn in"]
        );
        assert_eq!(
            labels("Elections are planned for 2025."),
            ["Elections are planned"]
        );
    }

    #[test]
    fn a_hyphenated_part_of_a_year_leaves_the_label_with_its_year() {
        assert_eq!(
            labels("The junta now promises elections by mid-2025 in Gabon."),
            ["The junta now promises elections in Gabon"]
        );
        assert_eq!(
            labels("A referendum is planned for 2025."),
            ["A referendum is planned"]
        );
    }
}
