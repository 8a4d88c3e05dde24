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
        ],
    ),
    (
        "Republic of the Congo",
        &["Congo-Brazzaville", "Brazzaville", "Republic of Congo"],
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

/// The gazetteer's names by first byte, each list longest first (then in
/// byte order): the order in which the gazetteer's pattern tries them.
static NAMES_BY_FIRST_BYTE: LazyLock<Vec<Vec<(&'static str, &'static str)>>> =
    LazyLock::new(|| {
        let mut table: Vec<Vec<(&'static str, &'static str)>> = vec![Vec::new(); 256];
        for (alias, name) in canonical_names() {
            if let Some(list) = alias
                .as_bytes()
                .first()
                .and_then(|&b| table.get_mut(usize::from(b)))
            {
                list.push((alias, name));
            }
        }
        for list in &mut table {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
        }
        table
    });

/// Whether `b` is a word byte for the gazetteer's ASCII `\b`.
/// For each first byte, the set of second bytes of the names starting
/// with it (bit `b` of the 256: some name has `b` as its second byte).
static SECOND_BYTES: LazyLock<Vec<[u64; 4]>> = LazyLock::new(|| {
    let mut table = vec![[0u64; 4]; 256];
    for (alias, _) in canonical_names() {
        let (Some(&first), Some(&second)) = (alias.as_bytes().first(), alias.as_bytes().get(1))
        else {
            continue;
        };
        if let Some(word) = table
            .get_mut(usize::from(first))
            .and_then(|set| set.get_mut(usize::from(second >> 6)))
        {
            *word |= 1 << (second & 63);
        }
    }
    table
});

/// Whether some name starts with the bytes `first` and `second`.
fn may_start_name(first: u8, second: u8) -> bool {
    SECOND_BYTES
        .get(usize::from(first))
        .and_then(|set| set.get(usize::from(second >> 6)))
        .is_some_and(|word| word & (1 << (second & 63)) != 0)
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Byte classes: bit 0, a word byte ([`is_word_byte`]); bit 1, some name
/// starts with the byte.
static CLASSES: LazyLock<[u8; 256]> = LazyLock::new(|| {
    let mut table = [0u8; 256];
    for (slot, b) in table.iter_mut().zip(0..=u8::MAX) {
        let starts_a_name = NAMES_BY_FIRST_BYTE
            .get(usize::from(b))
            .is_some_and(|names| !names.is_empty());
        *slot = u8::from(is_word_byte(b)) | (u8::from(starts_a_name) << 1);
    }
    table
});

/// The first ASCII capital letter at or after byte `from`.
fn next_capital(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = ONES * 0x80;
    let tail = bytes.get(from..)?;
    let mut chunks = tail.chunks_exact(8);
    let mut offset = from;
    for chunk in chunks.by_ref() {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // Per byte (no carries: the high bits are cleared first): the high
        // bit of `ge_a` is set when the byte is at least b'A', of `gt_z`
        // when it is above b'Z'; non-ASCII bytes are left out.
        let low = x & !HIGH;
        let ge_a = low + ONES * (0x80 - 0x41);
        let gt_z = low + ONES * (0x80 - 0x5B);
        let capitals = ge_a & !gt_z & !x & HIGH;
        if capitals != 0 {
            return Some(offset + (capitals.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(u8::is_ascii_uppercase)
        .map(|i| offset + i)
}

/// Whether an ASCII word boundary lies between the bytes `before` and
/// `after` (`None`: the edge of the haystack).
fn boundary(before: Option<u8>, after: Option<u8>) -> bool {
    before.is_some_and(is_word_byte) != after.is_some_and(is_word_byte)
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
/// At each place where a name may start (a byte some name starts with,
/// at a word boundary) the names starting with that byte are tried longest
/// first, as the gazetteer's pattern tries them: the result is that of
/// [`country_mentions_by_pattern`] (a property test checks it).
pub fn country_mentions(text: &str, range: Range<usize>) -> Vec<(Range<usize>, &'static str)> {
    let Some(haystack) = text.get(..range.end) else {
        return Vec::new();
    };
    // As in the pattern, a boundary at `range.end` sees the haystack's end.
    let bytes = haystack.as_bytes();
    let table = &*NAMES_BY_FIRST_BYTE;
    let mut found = Vec::new();
    if range.start > bytes.len() {
        return found;
    }
    // No name starts before this (inside the last name found).
    let mut skip_to = range.start;
    let classes = &*CLASSES;
    let class = |b: u8| classes.get(usize::from(b)).copied().unwrap_or(0);
    let mut from = range.start;
    // Every name starts with an ASCII capital (a unit test checks it), so
    // only capitals are looked at, eight bytes at a time; the byte before
    // each tells whether a word boundary lies there.
    while let Some(p) = next_capital(bytes, from) {
        from = p + 1;
        let Some(&b) = bytes.get(p) else { break };
        let prev_word = p
            .checked_sub(1)
            .and_then(|i| bytes.get(i))
            .is_some_and(|&c| class(c) & 1 != 0);
        if (class(b) & 1 != 0) == prev_word
            || p < skip_to
            || !bytes
                .get(p + 1)
                .is_some_and(|&second| may_start_name(b, second))
        {
            continue;
        }
        let names = table.get(usize::from(b)).map_or(&[][..], Vec::as_slice);
        let hit = names.iter().find(|(name, _)| {
            let name = name.as_bytes();
            let end = p + name.len();
            name.get(1).is_none_or(|c| bytes.get(p + 1) == Some(c))
                && bytes.get(p..end) == Some(name)
                && boundary(name.last().copied(), bytes.get(end).copied())
        });
        let Some(&(name, country)) = hit else {
            continue;
        };
        let end = p + name.len();
        // "Guinea" inside "Guinea-Bissau" is matched as the longer name
        // (longest first); a "Guinea-" left over is no mention.
        let after = text.get(end..).and_then(|s| s.chars().next());
        if !(after == Some('-') && name == "Guinea") {
            found.push((p..end, country));
        }
        skip_to = end;
        from = end;
    }
    found
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
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for m in gaz.regex.find_iter(text) {
        let Some(&name) = gaz.canonical.get(m.as_str()) else {
            continue;
        };
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
        .map(|(n, _)| n.to_owned())
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

    #[test]
    fn next_capital_finds_the_first_capital_letter() {
        let text = "ab\u{e9}\u{c9}cd@[`{ xyzQ and then Z";
        let expected =
            |from: usize| (from..text.len()).find(|&i| text.as_bytes()[i].is_ascii_uppercase());
        for from in 0..=text.len() + 1 {
            assert_eq!(
                next_capital(text.as_bytes(), from),
                expected(from),
                "{from}"
            );
        }
        // Every byte value, at every place in a chunk.
        for b in 0..=255u8 {
            for at in 0..17 {
                let mut bytes = vec![b'a'; 17];
                bytes[at] = b;
                let found = next_capital(&bytes, 0);
                assert_eq!(found, b.is_ascii_uppercase().then_some(at), "{b} at {at}");
            }
        }
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
