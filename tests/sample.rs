//! The bundled sample shows every coup of the reference list on the right
//! day: Niger's five successful coups and the coup belt's from August 2020
//! to August 2023 (see `sample_data/README.md` for sources).

// Test helpers may panic: a panic is a test failure.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use dateline::state::AppState;

/// (country, ISO date) of each successful coup the sample must place.
const COUPS: &[(&str, &str)] = &[
    ("Niger", "1974-04-15"),
    ("Niger", "1996-01-27"),
    ("Niger", "1999-04-09"),
    ("Niger", "2010-02-18"),
    ("Niger", "2023-07-26"),
    ("Mali", "2020-08-18"),
    ("Chad", "2021-04-20"),
    ("Mali", "2021-05-24"),
    ("Guinea", "2021-09-05"),
    ("Sudan", "2021-10-25"),
    ("Burkina Faso", "2022-01-24"),
    ("Burkina Faso", "2022-09-30"),
    ("Gabon", "2023-08-30"),
];

fn day_events<'a>(state: &'a AppState, iso: &str) -> Vec<&'a dateline::model::Event> {
    state
        .timeline
        .events()
        .iter()
        .filter(|e| e.date.value == iso)
        .collect()
}

#[test]
fn every_reference_coup_is_on_the_timeline_with_its_country() {
    let state = AppState::sample();
    let mut missing = Vec::new();
    for (country, iso) in COUPS {
        let found = day_events(&state, iso).into_iter().any(|e| {
            let article_country = state.article_countries.get(e.article).cloned().flatten();
            e.places.iter().any(|p| p == *country)
                || e.group.as_deref() == Some(*country)
                || (e.places.is_empty() && article_country.as_deref() == Some(*country))
        });
        if !found {
            missing.push(format!("{country} {iso}"));
        }
    }
    assert!(missing.is_empty(), "not on the timeline: {missing:?}");
}

#[test]
fn independence_and_the_disagreeing_burkina_dates_are_both_there() {
    let state = AppState::sample();
    assert!(
        !day_events(&state, "1960-08-03").is_empty(),
        "Niger's independence"
    );
    // Sources disagree by a day on Burkina Faso's January 2022 coup; the
    // sample reports both, as real sources do.
    assert!(!day_events(&state, "2022-01-23").is_empty());
    assert!(!day_events(&state, "2022-01-24").is_empty());
}

#[test]
fn the_reference_table_is_part_of_the_sample() {
    let state = AppState::sample();
    let table = state
        .articles
        .iter()
        .position(|a| a.path.ends_with("coups.csv"))
        .expect("coups.csv is bundled");
    let rows: Vec<_> = state
        .timeline
        .events()
        .iter()
        .filter(|e| e.article == table)
        .collect();
    assert!(rows.len() >= 17, "{} rows", rows.len());
    assert!(
        rows.iter().all(|e| e.group.is_some()),
        "rows are grouped by country"
    );
    for (country, iso) in COUPS {
        assert!(
            rows.iter()
                .any(|e| e.date.value == *iso && e.group.as_deref() == Some(*country)),
            "table row {country} {iso}"
        );
    }
}
