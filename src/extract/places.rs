//! A small gazetteer: African countries with their demonyms and capitals,
//! used to put events in country lanes and filters.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// (canonical country name, other names: demonyms, capitals, old names).
const COUNTRIES: &[(&str, &[&str])] = &[
    ("Algeria", &["Algerian", "Algerians", "Algiers"]),
    ("Angola", &["Angolan", "Angolans", "Luanda"]),
    ("Benin", &["Beninese", "Porto-Novo", "Cotonou", "Dahomey"]),
    ("Botswana", &["Motswana", "Batswana", "Gaborone"]),
    (
        "Burkina Faso",
        &["Burkinabe", "Burkinabè", "Ouagadougou", "Upper Volta"],
    ),
    (
        "Burundi",
        &["Burundian", "Burundians", "Gitega", "Bujumbura"],
    ),
    (
        "Cameroon",
        &["Cameroonian", "Cameroonians", "Yaounde", "Yaoundé"],
    ),
    ("Cape Verde", &["Cabo Verde", "Cape Verdean", "Praia"]),
    ("Central African Republic", &["Bangui", "CAR"]),
    (
        "Chad",
        &["Chadian", "Chadians", "N'Djamena", "NDjamena", "N’Djamena"],
    ),
    ("Comoros", &["Comorian", "Moroni"]),
    (
        "DR Congo",
        &[
            "Democratic Republic of the Congo",
            "Democratic Republic of Congo",
            "DRC",
            "Kinshasa",
            "Congolese",
            "Zaire",
            // "Congo" alone is the larger Congo in news style (AP's); the
            // other is named in full, or "Congo Republic" (Reuters').
            "Congo",
        ],
    ),
    (
        "Republic of the Congo",
        &[
            "Congo-Brazzaville",
            "Brazzaville",
            "Republic of Congo",
            "Congo Republic",
        ],
    ),
    ("Djibouti", &["Djiboutian"]),
    ("Egypt", &["Egyptian", "Egyptians", "Cairo"]),
    ("Equatorial Guinea", &["Equatoguinean", "Malabo"]),
    ("Eritrea", &["Eritrean", "Eritreans", "Asmara"]),
    ("Eswatini", &["Swaziland", "Swazi", "Mbabane"]),
    ("Ethiopia", &["Ethiopian", "Ethiopians", "Addis Ababa"]),
    ("Gabon", &["Gabonese", "Libreville"]),
    ("Gambia", &["Gambian", "Gambians", "Banjul"]),
    ("Ghana", &["Ghanaian", "Ghanaians", "Accra"]),
    ("Guinea", &["Guinean", "Guineans", "Conakry"]),
    ("Guinea-Bissau", &["Bissau-Guinean", "Bissau"]),
    (
        "Ivory Coast",
        &[
            "Côte d'Ivoire",
            "Cote d'Ivoire",
            "Côte d’Ivoire",
            "Ivorian",
            "Ivorians",
            "Abidjan",
            "Yamoussoukro",
        ],
    ),
    ("Kenya", &["Kenyan", "Kenyans", "Nairobi"]),
    ("Lesotho", &["Basotho", "Maseru"]),
    ("Liberia", &["Liberian", "Liberians", "Monrovia"]),
    ("Libya", &["Libyan", "Libyans", "Tripoli"]),
    ("Madagascar", &["Malagasy", "Antananarivo"]),
    ("Malawi", &["Malawian", "Malawians", "Lilongwe"]),
    ("Mali", &["Malian", "Malians", "Bamako"]),
    ("Mauritania", &["Mauritanian", "Mauritanians", "Nouakchott"]),
    ("Mauritius", &["Mauritian", "Port Louis"]),
    ("Morocco", &["Moroccan", "Moroccans", "Rabat"]),
    ("Mozambique", &["Mozambican", "Mozambicans", "Maputo"]),
    ("Namibia", &["Namibian", "Namibians", "Windhoek"]),
    ("Niger", &["Nigerien", "Nigeriens", "Niamey"]),
    ("Nigeria", &["Nigerian", "Nigerians", "Abuja"]),
    ("Rwanda", &["Rwandan", "Rwandans", "Kigali"]),
    (
        "Sao Tome and Principe",
        &["São Tomé and Príncipe", "São Tomé", "Sao Tome"],
    ),
    ("Senegal", &["Senegalese", "Dakar"]),
    ("Seychelles", &["Seychellois", "Victoria, Seychelles"]),
    (
        "Sierra Leone",
        &["Sierra Leonean", "Sierra Leoneans", "Freetown"],
    ),
    ("Somalia", &["Somali", "Somalis", "Mogadishu"]),
    (
        "South Africa",
        &[
            "South African",
            "South Africans",
            "Pretoria",
            "Johannesburg",
            "Cape Town",
        ],
    ),
    ("South Sudan", &["South Sudanese", "Juba"]),
    ("Sudan", &["Sudanese", "Khartoum"]),
    (
        "Tanzania",
        &["Tanzanian", "Tanzanians", "Dodoma", "Dar es Salaam"],
    ),
    ("Togo", &["Togolese", "Lome", "Lomé"]),
    ("Tunisia", &["Tunisian", "Tunisians", "Tunis"]),
    ("Uganda", &["Ugandan", "Ugandans", "Kampala"]),
    ("Zambia", &["Zambian", "Zambians", "Lusaka"]),
    ("Zimbabwe", &["Zimbabwean", "Zimbabweans", "Harare"]),
];

/// The day each country marks its independence (month, day), for
/// "Independence Day" (countries never colonised, or that mark another
/// day, are left out).
const INDEPENDENCE_DAYS: &[(&str, u32, u32)] = &[
    ("Algeria", 7, 5),
    ("Angola", 11, 11),
    ("Benin", 8, 1),
    ("Botswana", 9, 30),
    ("Burkina Faso", 8, 5),
    ("Burundi", 7, 1),
    ("Cameroon", 1, 1),
    ("Cape Verde", 7, 5),
    ("Central African Republic", 8, 13),
    ("Chad", 8, 11),
    ("Comoros", 7, 6),
    ("DR Congo", 6, 30),
    ("Republic of the Congo", 8, 15),
    ("Djibouti", 6, 27),
    ("Equatorial Guinea", 10, 12),
    ("Eritrea", 5, 24),
    ("Eswatini", 9, 6),
    ("Gabon", 8, 17),
    ("Gambia", 2, 18),
    ("Ghana", 3, 6),
    ("Guinea", 10, 2),
    ("Guinea-Bissau", 9, 24),
    ("Ivory Coast", 8, 7),
    ("Kenya", 12, 12),
    ("Lesotho", 10, 4),
    ("Liberia", 7, 26),
    ("Libya", 12, 24),
    ("Madagascar", 6, 26),
    ("Malawi", 7, 6),
    ("Mali", 9, 22),
    ("Mauritania", 11, 28),
    ("Mauritius", 3, 12),
    ("Morocco", 11, 18),
    ("Mozambique", 6, 25),
    ("Namibia", 3, 21),
    ("Niger", 8, 3),
    ("Nigeria", 10, 1),
    ("Rwanda", 7, 1),
    ("Sao Tome and Principe", 7, 12),
    ("Senegal", 4, 4),
    ("Seychelles", 6, 29),
    ("Sierra Leone", 4, 27),
    ("Somalia", 7, 1),
    ("South Sudan", 7, 9),
    ("Sudan", 1, 1),
    ("Tanzania", 12, 9),
    ("Togo", 4, 27),
    ("Tunisia", 3, 20),
    ("Uganda", 10, 9),
    ("Zambia", 10, 24),
    ("Zimbabwe", 4, 18),
];

/// How far around "Independence Day" the countries named are counted
/// when its sentence names none: about an article's length, so that a
/// long text is not read again for each mention.
const INDEPENDENCE_REACH: usize = 4000;

/// The country whose "Independence Day" is told of at `span`, with the
/// month and day it marks: the first country named in its sentence, or
/// else the one named most around it (within [`INDEPENDENCE_REACH`] bytes
/// before it and a quarter of that after: not merely the last named, as in
/// an interview on Chad that names Mali in passing).
pub fn independence_day(text: &str, span: &Range<usize>) -> Option<(&'static str, u32, u32)> {
    let sentence = super::text::sentence_around(text, span);
    let country = if let Some((_, country)) = country_mentions(text, sentence).first() {
        *country
    } else {
        let from = super::text::floor_boundary(text, span.start.saturating_sub(INDEPENDENCE_REACH));
        let to = super::text::floor_boundary(text, span.end.saturating_add(INDEPENDENCE_REACH / 4));
        most_named(country_mentions(text, from..to).into_iter().map(|(_, c)| c))?
    };
    INDEPENDENCE_DAYS
        .iter()
        .find(|(name, _, _)| *name == country)
        .copied()
}

/// The country named most often among `names` (ties go to the first
/// named).
fn most_named(names: impl IntoIterator<Item = &'static str>) -> Option<&'static str> {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for name in names {
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, c)) => *c += 1,
            None => counts.push((name, 1)),
        }
    }
    // max_by_key keeps the last maximum; iterate reversed to keep the first.
    counts
        .into_iter()
        .rev()
        .max_by_key(|(_, c)| *c)
        .map(|(n, _)| n)
}

/// A name of the gazetteer as [`country_mentions`] compares it.
#[derive(Debug)]
struct Candidate {
    name: &'static str,
    country: &'static str,
    /// The name's first eight bytes, little-endian (zero past its end).
    head: u64,
    /// The bytes of `head` that belong to the name.
    head_mask: u64,
    /// Whether the name's last byte is a word byte: a boundary after the
    /// name needs the next byte to be the opposite.
    ends_in_word: bool,
}

/// The names by a hash of their first three bytes (every name starts with
/// an ASCII capital and has at least three bytes; a unit test checks it).
#[derive(Debug)]
struct Lookup {
    /// For key `k` ([`key`]), the names `names[starts[k]..starts[k + 1]]`.
    starts: [u16; KEYS + 1],
    /// The names grouped by key, each group longest first (then in byte
    /// order): the order in which the gazetteer's pattern tries them.
    names: Vec<Candidate>,
}

/// The number of keys.
const KEYS: usize = 1 << 10;

/// The key of a name or text starting with the (little-endian) eight
/// bytes `head`: a hash of its first three bytes. Names of different keys
/// differ in their first three bytes; names of the same key may too.
fn key(head: u64) -> usize {
    ((head & 0xFF_FFFF).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - 10)) as usize
}

static LOOKUP: LazyLock<Lookup> = LazyLock::new(|| {
    let mut names: Vec<(usize, Candidate)> = canonical_names()
        .into_iter()
        .filter_map(|(name, country)| {
            let bytes = name.as_bytes();
            let (&first, &last) = (bytes.first()?, bytes.last()?);
            let mut head = [0u8; 8];
            let mut mask = [0u8; 8];
            for ((h, m), &b) in head.iter_mut().zip(mask.iter_mut()).zip(bytes) {
                *h = b;
                *m = 0xFF;
            }
            let head = u64::from_le_bytes(head);
            let candidate = Candidate {
                name,
                country,
                head,
                head_mask: u64::from_le_bytes(mask),
                ends_in_word: is_word_byte(last),
            };
            (first.is_ascii_uppercase() && bytes.len() >= 3).then(|| (key(head), candidate))
        })
        .collect();
    names.sort_by(|(ka, a), (kb, b)| {
        ka.cmp(kb)
            .then(b.name.len().cmp(&a.name.len()))
            .then(a.name.cmp(b.name))
    });
    let mut starts = [0u16; KEYS + 1];
    let mut at = 0;
    for (k, start) in starts.iter_mut().enumerate() {
        while names.get(at).is_some_and(|(kn, _)| *kn < k) {
            at += 1;
        }
        *start = u16::try_from(at).unwrap_or(u16::MAX);
    }
    Lookup {
        starts,
        names: names.into_iter().map(|(_, c)| c).collect(),
    }
});

impl Lookup {
    /// The names of key `k`.
    fn candidates(&self, k: usize) -> &[Candidate] {
        let (Some(&lo), Some(&hi)) = (self.starts.get(k), self.starts.get(k + 1)) else {
            return &[];
        };
        self.names
            .get(usize::from(lo)..usize::from(hi))
            .unwrap_or(&[])
    }

    /// The name starting at `p` (an ASCII capital) with word boundaries
    /// on both sides, the longest if several, as the pattern finds it.
    fn name_at(&self, bytes: &[u8], p: usize) -> Option<&Candidate> {
        // The first eight bytes (the low half, little-endian).
        let head = load(bytes, p) as u64;
        let names = self.candidates(key(head));
        if names.is_empty()
            || p.checked_sub(1)
                .and_then(|i| bytes.get(i))
                .is_some_and(|&c| is_word_byte(c))
        {
            return None;
        }
        names.iter().find(|c| {
            let end = p + c.name.len();
            head & c.head_mask == c.head
                && (c.name.len() <= 8 || bytes.get(p + 8..end) == c.name.as_bytes().get(8..))
                && bytes.get(end).is_some_and(|&b| is_word_byte(b)) != c.ends_in_word
        })
    }
}

/// The sixteen bytes at `at`, little-endian, zero past the end of `bytes`.
fn load(bytes: &[u8], at: usize) -> u128 {
    if let Some(chunk) = bytes.get(at..).and_then(|rest| rest.first_chunk::<16>()) {
        return u128::from_le_bytes(*chunk);
    }
    let mut word = [0u8; 16];
    if let Some(tail) = bytes.get(at..) {
        for (w, &b) in word.iter_mut().zip(tail) {
            *w = b;
        }
    }
    u128::from_le_bytes(word)
}

/// Whether `b` is a word byte for the gazetteer's ASCII `\b`.
fn is_word_byte(b: u8) -> bool {
    WORD_BYTES.get(usize::from(b)).copied().unwrap_or(false)
}

/// Whether each byte is a word byte (`[0-9A-Za-z_]`).
const WORD_BYTES: [bool; 256] = word_bytes();

// Evaluated at compile time: an index out of range fails the build.
#[allow(clippy::indexing_slicing)]
const fn word_bytes() -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = byte.is_ascii_alphanumeric() || byte == b'_';
        b += 1;
    }
    table
}

/// The high bit of each byte of `x` that is an ASCII capital letter.
fn capitals(x: u128) -> u128 {
    const ONES: u128 = u128::from_ne_bytes([0x01; 16]);
    const HIGH: u128 = ONES * 0x80;
    // Per byte (no carries: the high bits are cleared first): the high bit
    // of `ge_a` is set when the byte is at least b'A', of `gt_z` when it is
    // above b'Z'; non-ASCII bytes are left out.
    let low = x & !HIGH;
    let ge_a = low + ONES * (0x80 - 0x41);
    let gt_z = low + ONES * (0x80 - 0x5B);
    ge_a & !gt_z & !x & HIGH
}

/// Every name of the gazetteer with its canonical country.
fn canonical_names() -> HashMap<&'static str, &'static str> {
    let mut canonical = HashMap::new();
    for (name, aliases) in COUNTRIES {
        canonical.insert(*name, *name);
        for alias in *aliases {
            canonical.insert(*alias, *name);
        }
    }
    canonical
}

struct Gazetteer {
    regex: Regex,
    canonical: HashMap<&'static str, &'static str>,
}

static GAZETTEER: LazyLock<Option<Gazetteer>> = LazyLock::new(|| {
    let canonical = canonical_names();
    let mut names: Vec<&str> = canonical.keys().copied().collect();
    // Longest first, so "Guinea-Bissau" wins over "Guinea".
    names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    let alternation = names
        .iter()
        .map(|n| regex::escape(n))
        .collect::<Vec<_>>()
        .join("|");
    // A trailing hyphen is allowed ("Niger-based") but not a following
    // letter ("Nigeria" is not "Niger").
    let regex = Regex::new(&format!(r"(?-u:\b)(?:{alternation})(?-u:\b)")).ok()?;
    Some(Gazetteer { regex, canonical })
});

/// Countries named in `text`, canonical names, in order of first mention.
pub fn countries_in(text: &str) -> Vec<String> {
    names_in_order(
        country_mentions(text, 0..text.len())
            .into_iter()
            .map(|(_, n)| n),
    )
}

/// Every country name in `text[range]`: its byte range and the canonical
/// country, in text order. Names never span a sentence end, so the
/// countries of a sentence are the mentions inside its range; this lets a
/// whole article be read once rather than sentence by sentence.
///
/// At each ASCII capital after a word boundary, the names sharing its
/// first three bytes (found by a hash of them) are tried longest first, as
/// the gazetteer's pattern tries them: the result is that of
/// [`country_mentions_by_pattern`] (a property test checks it).
pub fn country_mentions(text: &str, range: Range<usize>) -> Vec<(Range<usize>, &'static str)> {
    let mut found = Vec::with_capacity(range.len() / 256 + 4);
    for_each_country_mention(text, range, |span, country| found.push((span, country)));
    found
}

/// Calls `f` with each country name in `text[range]` and its country, in
/// order, as [`country_mentions`] lists them (without the list).
pub fn for_each_country_mention(
    text: &str,
    range: Range<usize>,
    mut f: impl FnMut(Range<usize>, &'static str),
) {
    let Some(haystack) = text.get(..range.end) else {
        return;
    };
    // As in the pattern, a boundary at `range.end` sees the haystack's end.
    let bytes = haystack.as_bytes();
    let lookup = &*LOOKUP;
    // Every name starts with an ASCII capital, so only capitals are looked
    // at, sixteen bytes at a time.
    let mut at = range.start;
    while let Some((base, mut caps)) = next_capitals(bytes, at) {
        at = base + 16;
        while caps != 0 {
            let p = base + (caps.trailing_zeros() / 8) as usize;
            caps &= caps - 1;
            let Some(c) = lookup.name_at(bytes, p) else {
                continue;
            };
            let end = p + c.name.len();
            // "Guinea" inside "Guinea-Bissau" is matched as the longer name
            // (longest first); a "Guinea-" left over is no mention.
            if !(text.as_bytes().get(end) == Some(&b'-') && c.name == "Guinea") {
                f(p..end, c.country);
            }
            // No name starts inside this one.
            at = end;
            break;
        }
    }
}

/// The first sixteen bytes at or after `from`, in steps of sixteen, with
/// an ASCII capital: where they start and [`capitals`] of them.
fn next_capitals(bytes: &[u8], from: usize) -> Option<(usize, u128)> {
    let mut at = from;
    while let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<16>) {
        let caps = capitals(u128::from_le_bytes(*chunk));
        if caps != 0 {
            return Some((at, caps));
        }
        at += 16;
    }
    // Fewer than sixteen bytes left (zero past the end: no capital).
    let caps = capitals(load(bytes, at));
    (caps != 0).then_some((at, caps))
}

/// The same as [`country_mentions`], with the gazetteer's pattern (kept to
/// check that [`country_mentions`] agrees).
pub fn country_mentions_by_pattern(
    text: &str,
    range: Range<usize>,
) -> Vec<(Range<usize>, &'static str)> {
    let Some(gaz) = GAZETTEER.as_ref() else {
        return Vec::new();
    };
    let Some(haystack) = text.get(..range.end) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut at = range.start;
    while let Some(m) = gaz.regex.find_at(haystack, at) {
        at = m.end().max(m.start() + 1);
        // "Guinea" inside "Equatorial Guinea" or "Guinea-Bissau" is matched
        // as the longer name by leftmost-first order.
        let after = text.get(m.end()..).and_then(|s| s.chars().next());
        if after == Some('-') && m.as_str() == "Guinea" {
            continue;
        }
        if let Some(&name) = gaz.canonical.get(m.as_str()) {
            found.push((m.range(), name));
        }
        if !text.is_char_boundary(at) {
            at = super::text::ceil_boundary(text, at);
        }
    }
    found
}

/// Canonical names, each once, in order of first appearance.
pub fn names_in_order(names: impl IntoIterator<Item = &'static str>) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for name in names {
        if !found.iter().any(|f| f == name) {
            found.push(name.to_owned());
        }
    }
    found
}

/// The country named most often in `text` (ties go to the first named):
/// what an article is mainly about, used as the lane of events whose own
/// passage names no country.
pub fn primary_country(text: &str) -> Option<String> {
    let gaz = GAZETTEER.as_ref()?;
    most_named(
        gaz.regex
            .find_iter(text)
            .filter_map(|m| gaz.canonical.get(m.as_str()).copied()),
    )
    .map(str::to_owned)
}

/// Every canonical country name in the gazetteer.
pub fn all_countries() -> impl Iterator<Item = &'static str> {
    COUNTRIES.iter().map(|(name, _)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_starts_with_an_ascii_capital() {
        for (alias, _) in canonical_names() {
            assert!(alias.as_bytes()[0].is_ascii_uppercase(), "{alias}");
        }
    }

    use proptest::prelude::*;

    /// The first ASCII capital letter at or after byte `from`.
    fn next_capital(bytes: &[u8], from: usize) -> Option<usize> {
        (from..bytes.len()).find(|&i| bytes[i].is_ascii_uppercase())
    }

    /// The previous lookup: at each capital after a word boundary, the
    /// names starting with its byte (and the next one), longest first.
    fn country_mentions_by_first_byte(
        text: &str,
        range: Range<usize>,
    ) -> Vec<(Range<usize>, &'static str)> {
        let mut table: Vec<Vec<(&'static str, &'static str)>> = vec![Vec::new(); 256];
        for (alias, name) in canonical_names() {
            table[usize::from(alias.as_bytes()[0])].push((alias, name));
        }
        for list in &mut table {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
        }
        let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
        let boundary = |before: Option<u8>, after: Option<u8>| {
            before.is_some_and(word) != after.is_some_and(word)
        };
        let Some(haystack) = text.get(..range.end) else {
            return Vec::new();
        };
        let bytes = haystack.as_bytes();
        let mut found = Vec::new();
        if range.start > bytes.len() {
            return found;
        }
        let mut from = range.start;
        while let Some(p) = next_capital(bytes, from) {
            from = p + 1;
            let b = bytes[p];
            let prev = p.checked_sub(1).map(|i| bytes[i]);
            if !boundary(prev, Some(b)) || bytes.get(p + 1).is_none() {
                continue;
            }
            let hit = table[usize::from(b)].iter().find(|(name, _)| {
                let name = name.as_bytes();
                let end = p + name.len();
                bytes.get(p..end) == Some(name)
                    && boundary(name.last().copied(), bytes.get(end).copied())
            });
            let Some(&(name, country)) = hit else {
                continue;
            };
            let end = p + name.len();
            let after = text.get(end..).and_then(|s| s.chars().next());
            if !(after == Some('-') && name == "Guinea") {
                found.push((p..end, country));
            }
            from = end;
        }
        found
    }

    /// Pieces of text around the gazetteer's names.
    const PIECES: &[&str] = &[
        "Niger",
        "Nigeria",
        "Nigerians",
        "Nigerien",
        "Guinea",
        "Guinea-Bissau",
        "Equatorial Guinea",
        "Lomé",
        "Yaoundé",
        "São Tomé",
        "Burkinabè",
        "N’Djamena",
        "DRC",
        "CAR",
        "Democratic Republic of the Congo",
        "Democratic Republic of",
        "South",
        "South Africa",
        "Cape Town",
        "Victoria, Seychelles",
        "Ni",
        "N",
        "S",
        "-",
        " ",
        "  ",
        ".",
        ",",
        "'s",
        "x",
        "X",
        "_",
        "é",
        "\u{a0}",
        "1",
        "\n",
        "ABC",
        "Mali",
        "Malians",
        "Chad",
        "Lome",
        "Sao Tome",
        "Zaire",
        "Cabo Verde",
    ];

    proptest! {
        #[test]
        fn hashed_lookup_agrees_with_the_first_byte_lookup(
            parts in prop::collection::vec(prop::sample::select(PIECES), 0..30),
            other in "[ A-Za-z_\\-é’]{0,40}",
            from in 0usize..120,
            len in 0usize..200,
        ) {
            for t in [parts.concat(), other] {
                for (lo, hi) in [(0, t.len()), (from, from + len), (from, t.len())] {
                    let lo = super::super::text::floor_boundary(&t, lo.min(t.len()));
                    let hi = super::super::text::floor_boundary(&t, hi.min(t.len()));
                    prop_assert_eq!(
                        country_mentions(&t, lo..hi),
                        country_mentions_by_first_byte(&t, lo..hi),
                        "{:?} {}..{}", t, lo, hi
                    );
                }
            }
        }
    }

    #[test]
    fn every_name_has_a_key() {
        let names: usize = (0..KEYS).map(|k| LOOKUP.candidates(k).len()).sum();
        assert_eq!(names, canonical_names().len());
        for (alias, _) in canonical_names() {
            assert!(alias.len() >= 3, "{alias}");
        }
    }

    #[test]
    fn capitals_are_the_ascii_capital_letters() {
        // Every byte value, at every place in a word.
        for b in 0..=255u8 {
            for at in 0..16 {
                let mut bytes = [b'a'; 16];
                bytes[at] = b;
                let found = capitals(u128::from_le_bytes(bytes));
                let expected = if b.is_ascii_uppercase() {
                    0x80 << (8 * at)
                } else {
                    0
                };
                assert_eq!(found, expected, "{b} at {at}");
            }
        }
    }

    #[test]
    fn next_capitals_finds_the_first_capital_letter() {
        for len in 0..40 {
            for at in 0..len {
                let mut bytes = vec![b'a'; len];
                bytes[at] = b'Q';
                for from in 0..=len + 1 {
                    let found = next_capitals(&bytes, from)
                        .map(|(base, caps)| base + (caps.trailing_zeros() / 8) as usize);
                    assert_eq!(found, next_capital(&bytes, from), "{len} {at} {from}");
                }
            }
        }
    }

    #[test]
    fn loads_pad_with_zeros() {
        let bytes = b"abcdefghijklmnopqr";
        assert_eq!(load(bytes, 0), u128::from_le_bytes(*b"abcdefghijklmnop"));
        assert_eq!(load(bytes, 2), u128::from_le_bytes(*b"cdefghijklmnopqr"));
        assert_eq!(
            load(bytes, 7),
            u128::from_le_bytes(*b"hijklmnopqr\0\0\0\0\0")
        );
        assert_eq!(load(bytes, 18), 0);
        assert_eq!(load(bytes, 19), 0);
    }

    #[test]
    fn finds_countries_demonyms_and_capitals() {
        assert_eq!(
            countries_in("Nigerien soldiers in Niamey, not Nigeria's army, met Malians."),
            vec!["Niger", "Nigeria", "Mali"]
        );
        assert_eq!(
            countries_in("Guinea-Bissau and Guinea"),
            vec!["Guinea-Bissau", "Guinea"]
        );
        assert_eq!(countries_in("Equatorial Guinea"), vec!["Equatorial Guinea"]);
        assert_eq!(
            countries_in("Burkinabe officers in Ouagadougou"),
            vec!["Burkina Faso"]
        );
        assert_eq!(
            countries_in("South Sudan, then Sudan"),
            vec!["South Sudan", "Sudan"]
        );
        assert_eq!(
            countries_in("M23 rebels in eastern Congo; Congo Republic's army"),
            vec!["DR Congo", "Republic of the Congo"]
        );
        assert_eq!(
            countries_in("Congo-Brazzaville, then the Democratic Republic of the Congo"),
            vec!["Republic of the Congo", "DR Congo"]
        );
        assert!(countries_in("nothing here, Nigerl").is_empty());
        assert_eq!(all_countries().count(), 54);
    }

    #[test]
    fn primary_country_is_the_most_named() {
        assert_eq!(
            primary_country("Mali. Niger and Niamey; Mali"),
            Some("Mali".to_owned())
        );
        assert_eq!(primary_country("Chad, then Niger"), Some("Chad".to_owned()));
        assert_eq!(primary_country("nothing"), None);
    }
}
