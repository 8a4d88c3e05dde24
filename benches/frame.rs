//! One headless egui frame of the whole window (build the view-model, run
//! the UI, tessellate) with 1,000, 100,000 and 1,000,000 synthetic events,
//! zoomed out to the full range and zoomed to one year.
//!
//! `cargo bench --bench frame`. Also prints the peak resident memory after
//! loading the 1,000,000 events (Linux `VmHWM`), measured first, in a fresh
//! process.

// A benchmark: setup failures should stop it loudly.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use dateline::model::date::day_number;
use dateline::model::{Article, Event, EventDate, Explanation, Places, Precision, Resolution};
use dateline::state::axis::TimeWindow;
use dateline::state::{AppState, Command, LoadMessage, LoadedArticle};
use dateline::ui::DatelineApp;

const COUNTRIES: [&str; 8] = [
    "Niger",
    "Mali",
    "Chad",
    "Guinea",
    "Sudan",
    "Burkina Faso",
    "Gabon",
    "Nigeria",
];

const SUBJECTS: [&str; 8] = [
    "Soldiers",
    "The presidential guard",
    "Protesters",
    "The ruling junta",
    "Opposition leaders",
    "Regional mediators",
    "The army chief",
    "Election officials",
];
const VERBS: [&str; 8] = [
    "detained",
    "announced the suspension of",
    "rejected",
    "called for the release of",
    "closed",
    "marched against",
    "met with",
    "dissolved",
];
const OBJECTS: [&str; 8] = [
    "the elected president",
    "the national assembly",
    "all border crossings",
    "the transition charter",
    "the state broadcaster",
    "the interim government",
    "the electoral commission",
    "the capital's main roads",
];

/// A clause-like label of 36-75 (mean 53) characters, as the tagger
/// builds from a sentence ("Soldiers detained the elected president").
fn synthetic_label(rng: &mut Lcg) -> String {
    let pick = |rng: &mut Lcg, words: &[&'static str; 8]| words[rng.below(8) as usize];
    let subject = pick(rng, &SUBJECTS);
    let verb = pick(rng, &VERBS);
    let object = pick(rng, &OBJECTS);
    format!("{subject} {verb} {object}")
}

/// A rule and explanation as the tagger stores them for such a date (the
/// expression of every synthetic event is "26 July 2023"): explicit dates
/// for most events (a static reason), and anchored relative dates and
/// intervals for some (a reason of their own).
fn synthetic_explanation(rng: &mut Lcg, date: &EventDate) -> (&'static str, Explanation) {
    match (date.precision, rng.below(4)) {
        (Precision::Day, 0) => (
            "weekday",
            Explanation::Reason(
                format!(
                    "the {} before the article date, Thu 2023-07-27",
                    date.earliest.format("%A")
                )
                .into(),
            ),
        ),
        (Precision::Day, _) => (
            "day_month_year",
            Explanation::StaticReason("an explicit calendar date"),
        ),
        (Precision::Month, _) => ("month_year", Explanation::StaticReason("an explicit month")),
        (Precision::Year, _) => ("year", Explanation::StaticReason("a year")),
        _ => {
            let value = &date.value;
            let (from, to) = value.split_once('/').unwrap_or((value, value));
            (
                "from_to",
                Explanation::Reason(format!("from {from} to {to}").into()),
            )
        }
    }
}

/// A small deterministic generator (no extra dependency needed).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A state holding `events` synthetic events from 50 articles, loaded the
/// way the app loads files: each article arrives from the loader as a
/// message and is merged into the timeline before the next one is read.
fn synthetic_state(events: usize) -> AppState {
    let articles = 50;
    let mut rng = Lcg(42);
    let start = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
    let text =
        "date 2024-01-01 Synthetic - Bench\nSynthetic\nSoldiers acted on 26 July 2023 in Niamey.\n"
            .to_owned();
    let mut state = AppState::default();
    for i in 0..articles {
        let article = Article {
            path: format!("synthetic-{i}.txt"),
            date: NaiveDate::from_ymd_opt(2024, 1, 1),
            title: format!("Synthetic article {i}"),
            publisher: "Bench".to_owned(),
            body: 0..text.len(),
            text: text.clone(),
        };
        let mut loaded = LoadedArticle::from_article(article, Vec::new());
        let count = events / articles + usize::from(i < events % articles);
        loaded.events = (0..count)
            .map(|_| synthetic_event(&mut rng, start))
            .collect();
        state.apply(Command::Load(vec![LoadMessage::Loaded(Box::new(loaded))]));
    }
    state.apply(Command::Load(vec![LoadMessage::Finished]));
    state
}

fn synthetic_event(rng: &mut Lcg, start: NaiveDate) -> Event {
    let day = start + chrono::Days::new(rng.below(45_000));
    let date = match rng.below(10) {
        0..=6 => EventDate::day(day),
        7 => EventDate::month(chrono::Datelike::year(&day), chrono::Datelike::month(&day)).unwrap(),
        8 => EventDate::year(chrono::Datelike::year(&day)).unwrap(),
        _ => EventDate::day_range(
            day,
            day + chrono::Days::new(rng.below(2000)),
            Precision::Interval,
        )
        .unwrap(),
    };
    let country = COUNTRIES[(rng.below(COUNTRIES.len() as u64)) as usize];
    let label = synthetic_label(rng);
    let (rule, explanation) = synthetic_explanation(rng, &date);
    Event {
        article: 0,
        date,
        expr_span: 62..74,
        passage_span: 44..85,
        label: label.into_boxed_str(),
        places: Places::new([country]),
        group: None,
        resolution: Resolution {
            rule,
            anchor: None,
            explanation,
            confidence: 0.9,
        },
    }
}

/// A `/proc/self/status` memory figure (`VmHWM` = peak, `VmRSS` = now), MB.
fn memory_mb(key: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(key))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn raw_input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 860.0),
        )),
        ..Default::default()
    }
}

fn frame(ctx: &egui::Context, app: &mut DatelineApp) -> usize {
    let output = ctx.run_ui(raw_input(), |ui| app.show(ui));
    let meshes = ctx.tessellate(output.shapes, output.pixels_per_point);
    meshes.len()
}

fn bench_frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group.sample_size(30);
    // The largest first: its memory figure is then that of loading a
    // million events into a fresh process (as the app does), not also the
    // heap that the smaller runs' freed apps leave behind in the allocator.
    for &n in &[1_000_000usize, 100_000, 1_000] {
        let state = synthetic_state(n);
        if n == 1_000_000
            && let (Some(peak), Some(now)) = (memory_mb("VmHWM:"), memory_mb("VmRSS:"))
        {
            eprintln!(
                "memory with {n} events loaded: {now:.0} MB resident, {peak:.0} MB peak; {} bytes per Event inline",
                std::mem::size_of::<Event>()
            );
        }
        let mut app = DatelineApp::new(state);
        let ctx = egui::Context::default();
        // Fonts are installed on the first frame; settle before measuring.
        for _ in 0..3 {
            frame(&ctx, &mut app);
        }
        group.bench_with_input(BenchmarkId::new("full_range", n), &n, |b, _| {
            b.iter(|| black_box(frame(&ctx, &mut app)));
        });
        let year = TimeWindow {
            min_day: day_number(NaiveDate::from_ymd_opt(1990, 1, 1).unwrap()) as f64,
            max_day: day_number(NaiveDate::from_ymd_opt(1991, 1, 1).unwrap()) as f64,
        };
        app.apply(Command::SetWindow(year));
        frame(&ctx, &mut app);
        group.bench_with_input(BenchmarkId::new("one_year", n), &n, |b, _| {
            b.iter(|| black_box(frame(&ctx, &mut app)));
        });
    }
    group.finish();
}

criterion_group!(benches, bench_frames);
criterion_main!(benches);
