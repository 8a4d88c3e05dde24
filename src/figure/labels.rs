//! Greedy label placement in tracks under a lane's marks.
//!
//! Each candidate label belongs to a mark at `anchor_x` and may take one of
//! several forms (full text, shortened, date only…), longest first. A label
//! sits in one of the lane's tracks (rows under the marks), starting just
//! right of its anchor (or ending just left of it near the right edge),
//! joined to its mark by a vertical leader line. Invariants of the result:
//! no two labels in a track overlap (with `gap` between them), no label
//! covers another label's leader, and every label lies within
//! `[left, right]`. Candidates are taken in the order given; the first
//! form and track that fit win. Visiting candidates from right to left
//! gives the staircase where labels of earlier marks sit lower and their
//! leaders pass left of the labels above them; callers visit the most
//! important kind of mark first, each kind right to left.

/// A label that may be drawn for one mark.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// x of the mark (where the leader starts), px.
    pub anchor_x: f64,
    /// Widths of the forms the label can take, in order of preference, px.
    pub widths: Vec<f64>,
}

/// Where a label went.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// Index into the candidates.
    pub candidate: usize,
    /// Which form of the label.
    pub form: usize,
    pub track: usize,
    /// Left edge of the text, px.
    pub x: f64,
    pub width: f64,
}

/// Horizontal limits and spacing, px.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub left: f64,
    pub right: f64,
    /// Free space kept between labels (and between a label and a leader).
    pub gap: f64,
    /// Space between the leader and the text.
    pub pad: f64,
}

#[derive(Debug, Default, Clone)]
struct Track {
    /// Label extents (x0, x1).
    labels: Vec<(f64, f64)>,
    /// Leader lines crossing this track.
    leaders: Vec<f64>,
}

impl Track {
    fn is_free(&self, x0: f64, x1: f64, gap: f64) -> bool {
        self.labels
            .iter()
            .all(|&(a, b)| x1 + gap <= a || x0 >= b + gap)
            && self
                .leaders
                .iter()
                .all(|&x| x < x0 - gap / 2.0 || x > x1 + gap / 2.0)
    }

    fn covers(&self, x: f64, gap: f64) -> bool {
        self.labels
            .iter()
            .any(|&(a, b)| x >= a - gap / 2.0 && x <= b + gap / 2.0)
    }
}

/// Places labels for `candidates`, visiting them in `order`, in at most
/// `tracks` tracks.
///
/// A first pass places labels right of their marks, and never in a
/// candidate's last form (its last resort); a second pass tries the
/// candidates left over in every form, left of their marks too. A label
/// that ends at its mark covers the marks to its left, so it goes in the
/// deepest free track, where it blocks no leader of theirs; the marks too
/// near the right edge for their full label are placed that way in the
/// first pass already.
pub fn place(
    candidates: &[Candidate],
    order: &[usize],
    tracks: usize,
    bounds: Bounds,
) -> Vec<Placement> {
    let mut rows: Vec<Track> = vec![Track::default(); tracks];
    let mut placed = Vec::new();
    let mut done = vec![false; candidates.len()];
    for second_pass in [false, true] {
        for &index in order {
            let (Some(candidate), Some(false)) = (candidates.get(index), done.get(index).copied())
            else {
                continue;
            };
            let forms = if second_pass || candidate.widths.len() < 2 {
                candidate.widths.len()
            } else {
                candidate.widths.len() - 1
            };
            let full = candidate.widths.first().copied().unwrap_or(0.0);
            let at_right_edge = candidate.anchor_x + bounds.pad + full > bounds.right;
            let leftward = second_pass || at_right_edge;
            let Some((form, track, x0, x1)) = find_spot(&rows, candidate, forms, leftward, bounds)
            else {
                continue;
            };
            for row in rows.iter_mut().take(track + 1) {
                row.leaders.push(candidate.anchor_x);
            }
            if let Some(row) = rows.get_mut(track) {
                row.labels.push((x0, x1));
            }
            if let Some(d) = done.get_mut(index) {
                *d = true;
            }
            placed.push(Placement {
                candidate: index,
                form,
                track,
                x: x0,
                width: x1 - x0,
            });
        }
    }
    placed
}

/// The first (form, track, x0, x1) that fits, trying forms in order; for
/// each, right of the mark from the top track down, then (if `leftward`)
/// left of it from the bottom track up.
fn find_spot(
    rows: &[Track],
    candidate: &Candidate,
    forms: usize,
    leftward: bool,
    bounds: Bounds,
) -> Option<(usize, usize, f64, f64)> {
    let anchor = candidate.anchor_x;
    if !(anchor >= bounds.left && anchor <= bounds.right) {
        return None;
    }
    // The leader crosses the tracks above the label's.
    let leader_clear = |track: usize| {
        rows.get(..track)
            .unwrap_or(&[])
            .iter()
            .all(|above| !above.covers(anchor, bounds.gap))
    };
    let fits = |track: usize, x0: f64, x1: f64| {
        x0 >= bounds.left
            && x1 <= bounds.right
            && rows
                .get(track)
                .is_some_and(|row| row.is_free(x0, x1, bounds.gap))
            && leader_clear(track)
    };
    for (form, &width) in candidate.widths.iter().enumerate().take(forms) {
        let (x0, x1) = (anchor + bounds.pad, anchor + bounds.pad + width);
        if let Some(track) = (0..rows.len()).find(|&t| fits(t, x0, x1)) {
            return Some((form, track, x0, x1));
        }
        if leftward {
            let (x0, x1) = (anchor - bounds.pad - width, anchor - bounds.pad);
            if let Some(track) = (0..rows.len()).rev().find(|&t| fits(t, x0, x1)) {
                return Some((form, track, x0, x1));
            }
        }
    }
    None
}

/// A placement's worth: one per label, one more for a label in full.
fn score(placed: &[Placement]) -> usize {
    placed.iter().map(|p| if p.form == 0 { 2 } else { 1 }).sum()
}

/// The fewest tracks (up to `max_tracks`) with which [`place`] does as
/// well as it can with `max_tracks`.
pub fn tracks_wanted(
    candidates: &[Candidate],
    order: &[usize],
    max_tracks: usize,
    bounds: Bounds,
) -> usize {
    let best = score(&place(candidates, order, max_tracks, bounds));
    if best == 0 {
        return 0;
    }
    (1..max_tracks)
        .find(|&t| score(&place(candidates, order, t, bounds)) >= best)
        .unwrap_or(max_tracks)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOUNDS: Bounds = Bounds {
        left: 0.0,
        right: 500.0,
        gap: 6.0,
        pad: 3.0,
    };

    fn c(anchor_x: f64, widths: &[f64]) -> Candidate {
        Candidate {
            anchor_x,
            widths: widths.to_vec(),
        }
    }

    fn no_overlaps(candidates: &[Candidate], placed: &[Placement]) {
        for (i, a) in placed.iter().enumerate() {
            assert!(a.x >= BOUNDS.left && a.x + a.width <= BOUNDS.right);
            for b in placed.iter().skip(i + 1) {
                if a.track == b.track {
                    assert!(
                        a.x + a.width + BOUNDS.gap <= b.x || b.x + b.width + BOUNDS.gap <= a.x,
                        "{a:?} {b:?}"
                    );
                }
                // No label covers the leader of a label in a lower track.
                for (upper, lower) in [(a, b), (b, a)] {
                    if upper.track < lower.track {
                        let x = candidates[lower.candidate].anchor_x;
                        assert!(
                            x < upper.x || x > upper.x + upper.width,
                            "{upper:?} {lower:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn spreads_over_tracks_then_shortens_then_skips() {
        let candidates = vec![
            c(10.0, &[200.0, 80.0]),
            c(20.0, &[200.0, 80.0]),
            c(30.0, &[200.0, 80.0]),
            c(40.0, &[200.0]),
        ];
        // Right to left: the last mark's label sits nearest the marks.
        let order = [3, 2, 1, 0];
        let placed = place(&candidates, &order, 2, BOUNDS);
        no_overlaps(&candidates, &placed);
        // Two tracks take two labels at full width; the others fit in
        // neither, not even shortened, and are skipped.
        assert_eq!(placed.len(), 2);
        assert_eq!((placed[0].candidate, placed[0].track), (3, 0));
        assert_eq!((placed[1].candidate, placed[1].track), (2, 1));
        assert_eq!(tracks_wanted(&candidates, &order, 8, BOUNDS), 4);
        // Left to right, the first label covers every later leader.
        assert_eq!(tracks_wanted(&candidates, &[0, 1, 2, 3], 8, BOUNDS), 1);
    }

    #[test]
    fn labels_near_the_right_edge_go_left() {
        let candidates = vec![c(480.0, &[100.0])];
        let placed = place(&candidates, &[0], 1, BOUNDS);
        assert_eq!(placed.len(), 1);
        assert!((placed[0].x + placed[0].width - 477.0).abs() < 1e-9);
        // Out of bounds anchors get nothing.
        assert!(place(&[c(-5.0, &[10.0])], &[0], 3, BOUNDS).is_empty());
    }

    #[test]
    fn dense_candidates_never_overlap() {
        let candidates: Vec<Candidate> = (0..300)
            .map(|i| c(f64::from(i) * 1.7, &[90.0, 40.0, 12.0]))
            .collect();
        let order: Vec<usize> = (0..300).rev().collect();
        let placed = place(&candidates, &order, 4, BOUNDS);
        assert!(placed.len() > 10);
        no_overlaps(&candidates, &placed);
    }
}
