//! The scanner's search over several segments of a text at once, in one
//! thread.
//!
//! A DFA reads a byte, then looks up the next state, then reads the next
//! byte: each step waits for the one before, so one search uses a fraction
//! of what a core can do. Searching [`LANES`] segments side by side
//! interleaves independent steps, which the core overlaps. Each lane does
//! exactly what the crate's own forward search does (the same start
//! states, match, dead and accelerated states, and end of input), then
//! finds where a match starts with the reverse DFA, as the crate's regex
//! does; a property test checks the matches against the crate's search.

use std::ops::Range;

use regex_automata::dfa::regex::Regex;
use regex_automata::dfa::{Automaton, dense};
use regex_automata::util::primitives::StateID;
use regex_automata::{Anchored, Input, PatternID};

/// Segments one thread searches side by side.
pub const LANES: usize = 4;

/// The scanner's DFAs, read in place.
type Dfas = Regex<dense::DFA<&'static [u32]>>;

/// Every match of `regex` in each of `segments` of `text` (in order; each
/// segment searched as `text[..segment.end]` from its start, every search
/// going on where the match before ended, or a char later after an empty
/// one): its span and pattern. `None` if the DFA gave up (it has no quit
/// bytes, so it does not).
pub fn find_all(
    regex: &Dfas,
    text: &str,
    segments: &[Range<usize>],
) -> Option<Vec<(Range<usize>, usize)>> {
    let mut found = Vec::new();
    for batch in segments.chunks(LANES) {
        let mut lanes: Vec<Lane<'_>> = batch
            .iter()
            .map(|segment| Lane::new(regex, text, segment))
            .collect::<Option<_>>()?;
        if let Ok(lanes) = <&mut [Lane<'_>; LANES]>::try_from(lanes.as_mut_slice()) {
            side_by_side(regex, lanes)?;
        }
        for lane in &mut lanes {
            while !lane.done {
                let state = lane.next_state(regex);
                lane.take(regex, state)?;
            }
            found.append(&mut lane.found);
        }
    }
    Some(found)
}

/// Steps all lanes a byte at a time while every one has bytes left;
/// stops when one has searched its whole segment.
fn side_by_side(regex: &Dfas, lanes: &mut [Lane<'_>; LANES]) -> Option<()> {
    let dfa = regex.forward();
    while lanes.iter().all(|lane| !lane.done) {
        // As many bytes as every lane has left: stepped with one test of
        // all the states, until one of them is special.
        let steps = lanes
            .iter()
            .map(|lane| lane.bytes().len().saturating_sub(lane.at))
            .min()
            .unwrap_or(0);
        let mut states = lanes.each_ref().map(|lane| lane.state);
        let mut at = lanes.each_ref().map(|lane| lane.at);
        let bytes = lanes.each_ref().map(Lane::bytes);
        let mut special = false;
        for _ in 0..steps {
            for ((state, &a), b) in states.iter_mut().zip(&at).zip(&bytes) {
                *state = dfa.next_state(*state, b.get(a).copied().unwrap_or(0));
            }
            if states.iter().any(|&s| dfa.is_special_state(s)) {
                special = true;
                break;
            }
            for a in &mut at {
                *a += 1;
            }
        }
        for ((lane, state), at) in lanes.iter_mut().zip(states).zip(at) {
            lane.at = at;
            if special {
                // `state` is the one on the byte at `at`, not yet taken.
                lane.take(regex, state)?;
            } else {
                lane.state = state;
                if lane.at >= lane.bytes().len() {
                    lane.end_of_input(regex)?;
                }
            }
        }
    }
    Some(())
}

/// One segment's search.
struct Lane<'t> {
    /// `text[..end]`, the segment ending it.
    haystack: &'t str,
    /// Where the current search started (just after the match before).
    from: usize,
    /// The next byte to read.
    at: usize,
    /// The state after the bytes before `at`.
    state: StateID,
    /// The end and pattern of the latest match the current search saw.
    latest: Option<(usize, PatternID)>,
    /// The segment has been searched to its end.
    done: bool,
    found: Vec<(Range<usize>, usize)>,
}

impl<'t> Lane<'t> {
    fn new(regex: &Dfas, text: &'t str, segment: &Range<usize>) -> Option<Self> {
        let haystack = text.get(..segment.end)?;
        let mut lane = Self {
            haystack,
            from: segment.start,
            at: segment.start,
            state: StateID::ZERO,
            latest: None,
            done: segment.start >= segment.end,
            found: Vec::new(),
        };
        if !lane.done {
            lane.state = lane.start_state(regex, segment.start)?;
        }
        Some(lane)
    }

    /// The haystack's bytes.
    fn bytes(&self) -> &'t [u8] {
        self.haystack.as_bytes()
    }

    /// The start state of a search from `at` (which reads the byte before
    /// it, for `\b` and `^`).
    fn start_state(&self, regex: &Dfas, at: usize) -> Option<StateID> {
        let input = Input::new(self.haystack).range(at..);
        regex.forward().start_state_forward(&input).ok()
    }

    /// The state after the byte at `at` (the end of input at the end).
    fn next_state(&self, regex: &Dfas) -> StateID {
        match self.bytes().get(self.at) {
            Some(&byte) => regex.forward().next_state(self.state, byte),
            None => self.state,
        }
    }

    /// Moves on from the byte at `at`, `state` being the state it led to
    /// (or, at the end of the segment, reads the end of input).
    fn take(&mut self, regex: &Dfas, state: StateID) -> Option<()> {
        if self.at >= self.bytes().len() {
            return self.end_of_input(regex);
        }
        let dfa = regex.forward();
        self.state = state;
        if dfa.is_special_state(state) {
            if dfa.is_start_state(state) {
                if dfa.is_accel_state(state) {
                    return self.accelerate(regex);
                }
            } else if dfa.is_match_state(state) {
                self.latest = Some((self.at, dfa.match_pattern(state, 0)));
                if dfa.is_accel_state(state) {
                    return self.accelerate(regex);
                }
            } else if dfa.is_accel_state(state) {
                return self.accelerate(regex);
            } else if dfa.is_dead_state(state) {
                return self.end_search(regex);
            } else {
                return None;
            }
        }
        self.at += 1;
        if self.at >= self.bytes().len() {
            return self.end_of_input(regex);
        }
        Some(())
    }

    /// An accelerated state stays as it is until one of a few bytes: on
    /// to the next of them (as the crate's search does).
    fn accelerate(&mut self, regex: &Dfas) -> Option<()> {
        let needles = regex.forward().accelerator(self.state);
        let rest = self.bytes().get(self.at + 1..).unwrap_or_default();
        let next = match *needles {
            [a] => memchr::memchr(a, rest),
            [a, b] => memchr::memchr2(a, b, rest),
            [a, b, c] => memchr::memchr3(a, b, c, rest),
            _ => None,
        };
        self.at = next.map_or(self.bytes().len(), |i| self.at + 1 + i);
        if self.at >= self.bytes().len() {
            return self.end_of_input(regex);
        }
        Some(())
    }

    /// The end of the segment: the end-of-input step, then the search
    /// ends.
    fn end_of_input(&mut self, regex: &Dfas) -> Option<()> {
        let dfa = regex.forward();
        let state = dfa.next_eoi_state(self.state);
        if dfa.is_match_state(state) {
            self.latest = Some((self.bytes().len(), dfa.match_pattern(state, 0)));
        }
        self.end_search(regex)
    }

    /// The current search is over: its match (if any) is kept, with its
    /// start found by the reverse DFA, and the next search starts after
    /// it; without one, the segment is done.
    fn end_search(&mut self, regex: &Dfas) -> Option<()> {
        let Some((end, pattern)) = self.latest.take() else {
            self.done = true;
            return Some(());
        };
        let start = if end == self.from {
            end
        } else {
            let input = Input::new(self.haystack)
                .span(self.from..end)
                .anchored(Anchored::Yes);
            regex.reverse().try_search_rev(&input).ok()??.offset()
        };
        self.found.push((start..end, pattern.as_usize()));
        let next = super::patterns::search_after(self.haystack, &(start..end));
        if next >= self.bytes().len() {
            self.done = true;
            return Some(());
        }
        self.from = next;
        self.at = next;
        self.state = self.start_state(regex, next)?;
        Some(())
    }
}
