//! The rules of the scanner as pattern sources: what the tagger's
//! scanner is built from, at run time ([`super::patterns`]) and, as a
//! ready-made DFA, by the build script (`src/build.rs`, which includes
//! this file as it is: it may use nothing but `std`).

const MONTH_FULL: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH_ABBR: &str =
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?";
/// Month names in capitals, as in a timeline's headings ("MALI, AUGUST
/// 2020"): read only with their year.
const MONTH_CAPS: &str =
    "JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER";
/// Abbreviations in capitals, with their point ("JAN. 24 - …" in a
/// factbox's list of dates).
const MONTH_CAPS_ABBR: &str =
    r"JAN\.|FEB\.|MAR\.|APR\.|JUN\.|JUL\.|AUG\.|SEPT\.|SEP\.|OCT\.|NOV\.|DEC\.";
const WEEKDAY: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/// (With the tens and their compounds: "twenty-five", "Fifty-eight".)
/// A week's number in words ("epidemiological week nine"): one to
/// fifty-three (the parser checks the top).
const WEEK_NUMBER_WORD: &str = "(?:twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const NUMBER_WORD: &str = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an|[0-9]{1,3}";
pub const ORDINAL_WORD: &str = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first";

/// The rules of the scanner, in the order their alternatives are tried.
/// Each is a named group `r_<name>` in the scanner.
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
    "week_number",
    "decade",
    "century",
    "year_range",
    "since_then",
    "that_unit",
    "ago",
    "in_time",
    "later",
    "vague_later",
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

/// The source text of the scanner: the rules' patterns as alternatives.
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
    // After a year-less day, "that year" says what its year is anyway:
    // the one told of before ("on April 7 that year").
    let that_year = format!("(?:{sp}(?i-u:that){sp}(?i-u:year))?");
    let listed = format!(r"(?:(?:,{osp}[0-9]{{1,2}}(?:st|nd|rd|th)?)+,?)?");
    let month = |g: &str| format!("(?P<{g}>{MONTH_FULL}|{MONTH_ABBR})");
    let month_full = |g: &str| format!("(?P<{g}>{MONTH_FULL})");
    // (Also in capitals before a day: "MARCH 22", "JAN. 17, 2012".)
    let month_or_caps =
        |g: &str| format!("(?P<{g}>{MONTH_FULL}|{MONTH_ABBR}|{MONTH_CAPS}|{MONTH_CAPS_ABBR})");
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
            month_or_caps("rmdy_m"),
            day("rmdy_d1"),
            day("rmdy_d2"),
            year("rmdy_y")
        ),
        format!(
            r"(?P<r_range_dmy>{b}{owd}{}{listed}{to}{owd}{}{sp}(?:of{sp})?{},?{sp}{}{b})",
            day("rdmy_d1"),
            day("rdmy_d2"),
            month("rdmy_m"),
            year("rdmy_y")
        ),
        format!(
            r"(?P<r_mdy>{b}{}{}{sp}{}(?:,{osp}|{sp}){}{b})",
            wd("mdy_wd"),
            month_or_caps("mdy_m"),
            day("mdy_d"),
            year("mdy_y")
        ),
        format!(
            // (Also "26-Jul-2023".)
            r"(?P<r_dmy>{b}{}{}(?:(?:{sp}day)?{sp}(?:of{sp})?|-){}(?:,?{sp}|-){}{b})",
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
            r"(?P<r_month_rel_year>{b}(?:(?P<mry_part>(?i-u:early|late|mid)){osp}-?{osp})?{}{sp}(?:of{sp})?(?P<mry_mod>(?i-u:last|this|next)){sp}(?i-u:year){b})",
            month_full("mry_m")
        ),
        // "July 26-27", "26–27 July": a range of days in a year-less month.
        format!(
            r"(?P<r_range_md>{b}{}{sp}{}{listed}{to}{}{b})",
            month_or_caps("rmd_m"),
            day("rmd_d1"),
            day("rmd_d2")
        ),
        format!(
            r"(?P<r_range_dm>{b}{owd}{}{listed}{to}{owd}{}{sp}(?:of{sp})?{}{b})",
            day("rdm_d1"),
            day("rdm_d2"),
            month("rdm_m")
        ),
        // Holidays on a fixed day: "Christmas Eve", "New Year's Day",
        // "Valentine's Day", "Christmas Day 2023", "Bastille Day"
        // ("Christmas" alone after a preposition, checked by the parser);
        // Easter's: "Good Friday", "Easter Monday", "by Easter"; those on
        // a weekday of a month: "Thanksgiving", "Labor Day"; and
        // "Independence Day" (the country's, found by the parser).
        format!(
            r"(?P<r_holiday>{b}(?:(?P<ho_mod>(?i-u:this|last|next)){sp})?(?:New{sp}Year['’]s{sp}(?P<ho_ny>Day|Eve)|Christmas{sp}(?P<ho_xw>Day|Eve)|(?P<ho_x>Christmas)|(?P<ho_bd>Boxing{sp}Day)|(?P<ho_vd>Valentine['’]s{sp}Day)|(?P<ho_ea>Easter)(?:{sp}(?P<ho_eaw>Sunday|Monday))?|(?P<ho_gf>Good{sp}Friday)|(?P<ho_mv>Thanksgiving(?:{sp}Day)?|Black{sp}Friday|Cyber{sp}Monday|Labor{sp}Day|Memorial{sp}Day|Martin{sp}Luther{sp}King(?:{sp}Jr\.?)?{sp}Day|MLK{sp}Day|Presidents['’]?{sp}Day|Remembrance{sp}Sunday)|(?P<ho_fx>Halloween|(?:the{sp})?Fourth{sp}of{sp}July|July{sp}Fourth|Bastille{sp}Day|(?:St\.?|Saint){sp}Patrick['’]s{sp}Day|Guy{sp}Fawkes{sp}(?:Night|Day)|Bonfire{sp}Night|Veterans['’]?{sp}Day|Armistice{sp}Day|Remembrance{sp}Day|Hogmanay|Juneteenth|Canada{sp}Day|Australia{sp}Day|Anzac{sp}Day|International{sp}Women['’]s{sp}Day)|(?P<ho_ind>(?i-u:independence){sp}(?i-u:day)))(?:,?{sp}(?P<ho_y>[0-9]{{4}}))?{b})"
        ),
        // Islamic feasts and Ramadan, whose days move with the lunar
        // year: "Eid al-Adha", "Tabaski 2023", "during Ramadan" (a name
        // such as "Ramadan" alone is checked by the parser).
        format!(
            r"(?P<r_islamic>{b}(?:(?P<is_fitr>Eid(?:{sp}|-)(?:al|el|ul)(?:{sp}|-)Fitr|Korite)|(?P<is_adha>Eid(?:{sp}|-)(?:al|el|ul)(?:{sp}|-)(?:Adha|Kabir|Kebir)|Tabaski)|(?P<is_ram>Ramadan|Ramadhan)|(?P<is_mawlid>Mawlid|Maouloud))(?:{sp}(?P<is_y>[0-9]{{4}}))?{b})"
        ),
        format!(
            r"(?P<r_md>{b}{}{}{sp}{}{that_year}{b})",
            wd("md_wd"),
            month_or_caps("md_m"),
            day("md_d")
        ),
        format!(
            r"(?P<r_dm>{b}{}{}(?:{sp}day)?{sp}(?:of{sp})?{}{that_year}{b})",
            wd("dm_wd"),
            day("dm_d"),
            month("dm_m")
        ),
        format!(
            r"(?P<r_season>{b}(?i-u:(?:(?P<se_mod>last|this|next|past|early|late){sp})?(?P<se_s>spring|summer|autumn|fall|winter))(?:(?:{sp}(?i-u:of))?{sp}{}|(?:{sp}(?i-u:of))?{sp}(?P<se_rel>(?i-u:last|this|next)){sp}(?i-u:year)|{sp}(?i-u:of){sp}(?P<se_told>(?i-u:that|the{sp}(?:same|following|next|previous|preceding))){sp}(?i-u:year)|(?P<se_nomod>)){b})",
            year("se_y")
        ),
        // "the following spring", "that summer", "the following May": a
        // season or a month told of from the date before.
        format!(
            r"(?P<r_season_told>{b}(?:(?i-u:(?:the{sp}(?P<st_rel>following|next|previous|preceding|same)|that){sp}(?P<st_s>spring|summer|autumn|fall|winter))|(?i-u:the{sp}(?P<st_mrel>following|next|previous|preceding)){sp}(?P<st_m>{MONTH_FULL})){b})"
        ),
        // "the third quarter of 2023", "the first half of next year",
        // "the first six months of the year", "Q4 2023", "Q3", "the
        // third quarter", "fourth-quarter profit" (not "the second half"
        // alone, which may be a match's): a quarter, half or first or last months of a year;
        // "late 2022", "mid-2023", "early next year": a third of one; "the
        // three months to June": the months up to one; "H1 last year".
        format!(
            r"(?P<r_quarter>{b}(?:(?i-u:(?:the{sp})?(?:(?P<qu_ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th){sp}(?P<qu_kind>quarter|half)|(?P<qu_edge>first|last|final){sp}(?P<qu_n>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]){sp}months){sp}of{sp})(?:(?P<qu_y>[0-9]{{4}})|(?P<qu_mod>(?i-u:this|last|next|the)){sp}(?i-u:year))|(?i-u:(?P<qu_part>early|mid|late)(?:{sp}|-))(?:(?P<qu_py>[0-9]{{4}})|(?P<qu_pmod>(?i-u:this|last|next)){sp}(?i-u:year))|(?i-u:the{sp}(?P<qu_alone>first|second|third|fourth|final|1st|2nd|3rd|4th){sp}quarter)|(?i-u:the{sp})(?P<qu_mq>March|June|September|December){sp}(?i-u:quarter)|(?i-u:(?:the{sp})?(?P<qu_rel>last|this|next|previous|current|coming|past){sp}quarter)|(?P<qu_ytd>(?i-u:(?:the{sp})?year{sp}to{sp}date|year-to-date))|(?i-u:(?P<qu_adj>first|second|third|fourth|1st|2nd|3rd|4th)-quarter)|(?i-u:the{sp}(?:(?P<qu_tn>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2]){sp}months|year){sp}(?:to|through|ending|ended){sp})(?P<qu_tm>{MONTH_FULL}|{MONTH_ABBR})(?:{sp}(?:[12][0-9]|3[01]|[1-9]))?(?:,?{sp}(?P<qu_ty>[0-9]{{4}}))?|(?P<qu_q>Q[1-4])(?:{sp}(?:(?P<qu_qy>[0-9]{{4}})|(?P<qu_qmod>(?i-u:this|last|next)){sp}(?i-u:year)))?|(?P<qu_h>H[12]){sp}(?:(?P<qu_hy>[0-9]{{4}})|(?P<qu_hmod>(?i-u:this|last|next)){sp}(?i-u:year))){b})"
        ),
        // "epidemiological week 31", "epi-weeks 30-32", "ISO week 5 of
        // 2024", "week 12 of 2023"; "week 30" between brackets or before
        // them ("(week 30)", "week 32 (8–14 August)"): numbered weeks of a
        // year (the parser checks the brackets).
        format!(
            r"(?P<r_week_number>{b}(?:(?i-u:(?:epi(?:demiological|demic)?|iso)[ -]?weeks?){sp}|(?P<wn_bare>(?i-u:weeks?)){sp})(?P<wn_n>[0-9]{{1,2}}|(?i-u:{WEEK_NUMBER_WORD}))(?:(?:{osp}{dash}{osp}|{sp}(?i-u:to|through){sp})(?P<wn_m>[0-9]{{1,2}}))?(?:,?{sp}(?:(?i-u:of){sp})?(?P<wn_y>[0-9]{{4}}))?{b})"
        ),
        // "the 1990s", "the 1990's", "the early '90s" (the apostrophe
        // form is checked in the parser to start a word), "the 60s and
        // 70s" (the bare form only after "the" or another decade, checked
        // in the parser: not "in his 60s").
        format!(
            r"(?P<r_decade>(?:{b}(?P<dc_mod>(?i-u:early|mid|late)){osp}-?{osp})?(?:{b}(?P<dc_full>1[0-9]|20)(?P<dc_d>[0-9])0['’]?s{b}|['’](?P<dc_short>[0-9])0s{b}|{b}(?P<dc_bare>[2-9])0s{b})|{b}(?i-u:the){sp}(?:(?P<dc_wmod>(?i-u:early|mid|late)){osp}-?{osp})?(?P<dc_word>(?i-u:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)){b})"
        ),
        format!(
            r"(?P<r_century>{b}(?:(?:(?P<ce_num>[0-9]{{1,2}})(?:st|nd|rd|th)|(?P<ce_word>(?i-u:{ORDINAL_WORD})))(?:{sp}|-)(?i-u:century)|(?i-u:the{sp}turn{sp}of{sp}the{sp}(?P<ce_turn>century|millennium))){b})"
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
            r"(?P<r_that_unit>{b}(?i-u:(?:(?P<th_edge>later|earlier){sp})?(?:that(?:{sp}same)?|the{sp}same){sp}(?P<th_u>day|night|morning|afternoon|evening|week|month|year|date))(?:{sp}in{sp}(?P<th_y>[0-9]{{4}}))?{b})"
        ),
        format!(
            // (Also "half a century ago", "a year and a half ago", "five
            // years from now", "in two weeks' time".)
            r"(?P<r_ago>{b}(?i-u:{count}(?P<ago_ahb>{sp}and{sp}a{sp}half)?{sp}(?P<ago_u>{units})(?P<ago_ah>{sp}and{sp}a{sp}half)?(?:{sp}ago(?:{sp}(?:(?P<ago_today>today)|this{sp}(?P<ago_this>week|month)|(?:on{sp}|(?P<ago_thiswd>this){sp})?(?-i:(?P<ago_wd>{WEEKDAY}))))?|{sp}(?P<ago_fwd>from){sp}(?:now|(?P<ago_fwd_day>today)))){b})",
            count = counted("ago"),
        ),
        // "in two weeks' time", "in a year's time".
        format!(
            r"(?P<r_in_time>{b}(?i-u:in{sp}(?:(?:just{sp})?(?:over|under){sp}|(?:about|around|nearly|almost|roughly){sp})?{count}(?P<tm_ahb>{sp}and{sp}a{sp}half)?{sp}(?P<tm_u>{units})(?P<tm_ah>{sp}and{sp}a{sp}half)?)(?u:['’])(?i-u:s?{sp}time){b})",
            count = counted("tm"),
        ),
        format!(
            r"(?P<r_later>{b}(?i-u:{count}(?P<lt_ahb>{sp}and{sp}a{sp}half)?{sp}(?P<lt_u>{units})(?P<lt_ah>{sp}and{sp}a{sp}half)?{sp}(?P<lt_dir>later|earlier|on)){b})",
            count = counted("lt"),
        ),
        // "Days later", "a few weeks earlier", "months later": an uncounted
        // span from the date told before (not "weeks later than planned");
        // "a few weeks ago": from the article date.
        format!(
            r"(?P<r_vague_later>{b}(?i-u:(?:(?:a{sp}few|several|some|just|only){sp})?(?P<vl_u>days|weeks|months|years|decades){sp}(?P<vl_dir>later|earlier|ago)){b})"
        ),
        format!(
            r"(?P<r_following>{b}(?i-u:the{sp}(?:(?P<fo_dir>following|next|previous|preceding){sp}(?P<fo_u>day|weekend|week|month|year|morning|afternoon|evening|night)|(?P<fo_du>day|week|month|year){sp}(?P<fo_day>after|before)(?:{sp}(?P<fo_rel>yesterday|tomorrow|last|next))?)){b})"
        ),
        // "over the weekend", "at the weekend": the expression is "the
        // weekend"; the preposition tells it is a time, not a noun ("the
        // weekend edition"), and so does a possessive ("the weekend's
        // events").
        format!(
            r"(?P<r_weekend>{b}(?i-u:over|at|during|on|by|until|till|since|after|before|through|throughout|into|spent|spend|spends|spending){sp}(?P<we_x>(?i-u:the){sp}(?i-u:weekend)){b}|{b}(?P<we_p>(?i-u:the){sp}(?i-u:weekend))['’]s{b})"
        ),
        // "by the end of the year", "at the start of the month": the
        // period of the article date; "the end of last year": the one
        // before it; "by year-end", "by year end": as "the end of the
        // year"; "the end of 2024": its last month, "the start of 2024" its
        // first; "the end of that year": the year told of before's.
        format!(
            r"(?P<r_edge_of>{b}(?i-u:the{sp}(?:end|start|beginning|middle|turn){sp}of{sp}(?P<eo_mod>the|this|last|next){sp}(?P<eo_u>week|month|year|decade)|(?P<eo_ye>year)(?:-|{sp})end|the{sp}(?P<eo_ys>end|close|start|beginning|middle){sp}of{sp}(?P<eo_yr>[0-9]{{4}})|the{sp}(?P<eo_ts>end|start|beginning){sp}of{sp}that{sp}year|(?:the{sp}(?:end|start|beginning){sp}of{sp})?the{sp}(?P<eo_ny>(?-i:new)){sp}(?-i:year)){b})"
        ),
        // "later in the month", "earlier in the year": the period of the
        // date told of before, or of the article date; "hours later": the
        // day told of before.
        format!(
            r"(?P<r_in_the>{b}(?i-u:(?P<it_edge>earlier|later){sp}in{sp}the{sp}(?P<it_u>day|week|month|year)|hours{sp}(?P<it_hours>later|earlier)){b})"
        ),
        format!(
            r"(?P<r_rel_unit>{b}(?i-u:(?:(?P<ru_pre>earlier|later|so{sp}far){sp})?(?P<ru_the>the{sp})?(?P<ru_mod>this{sp}past|this|last|next|past|coming|current|following)(?:(?:{sp}(?P<ru_n>{NUMBER_WORD}))?{sp}(?P<ru_u>week|weekend|month|year|decade)(?P<ru_pl>s)?|{sp}(?P<ru_dn>{NUMBER_WORD}){sp}(?P<ru_du>day)s|{sp}(?P<ru_fn>fortnight))){b})"
        ),
        format!(
            r"(?P<r_rel_day>{b}(?i-u:(?P<rd_w>today|yesterday|tomorrow|tonight)|(?P<rd_ln>last{sp}night)|(?P<rd_this>this{sp}(?:morning|afternoon|evening))|(?P<rd_wr>(?:at|as{sp}of){sp}(?:the{sp})?(?:time{sp}of{sp})?(?:this{sp})?writing|at{sp}press{sp}time|at{sp}the{sp}time{sp}of{sp}going{sp}to{sp}press)|this{sp}day{sp}in{sp}(?P<rd_y>[0-9]{{4}})){b})"
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
            r"(?P<r_month_alone>{b}(?:(?P<ma_mod>(?i-u:last|next|this|early|late|mid|earlier|later|end|that)){osp}-?{osp})?(?P<ma_m>{MONTH_FULL})(?P<ma_that>(?:{sp}(?i-u:of))?{sp}(?i-u:that){sp}(?i-u:year))?{b})"
        ),
        // "on the 30th": a day of the month of the date before (the
        // parser checks "the", a preposition before it and the end of the
        // phrase after it).
        format!(r"(?P<r_ordinal_day>{b}(?P<od_d>[0-9]{{1,2}})(?:st|nd|rd|th){b})"),
        // (Also a fiscal year: "FY2024", "FY 24".)
        format!(
            r"(?P<r_year>{b}(?:{}|FY{osp}(?P<yr_fy>[0-9]{{4}}|[0-9]{{2}})){b})",
            year("yr_y")
        ),
    ];
    alternatives.into()
}
