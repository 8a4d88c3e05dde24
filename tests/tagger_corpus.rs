//! Table-driven corpus for the temporal tagger: news-style sentences (written
//! for this test) with the article date, the expression the tagger must find
//! and the EDTF value it must resolve to, plus phrases that must never be
//! tagged (durations, ages, quantities, times, vague spans, verbs).
//!
//! Every case is checked and all failures are listed together, so one run
//! shows everything that is wrong.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use chrono::NaiveDate;
use dateline::extract::find_mentions;
use dateline::extract::resolve::Mention;

/// Thursday 27 July 2023, the date of the seed article.
const THU: &str = "2023-07-27";
/// Tuesday 25 January 2022 (Burkina Faso).
const BF: &str = "2022-01-25";
/// Friday 26 July 2024 (a Niger backgrounder).
const BG: &str = "2024-07-26";
/// Saturday 20 February 2010 (Niger 2010).
const NG10: &str = "2010-02-20";
/// Thursday 1 April 2021 (Niger 2021).
const NG21: &str = "2021-04-01";
/// Tuesday 5 September 2023 (a chronology).
const CHR: &str = "2023-09-05";
/// Thursday 31 August 2023 (Gabon).
const GA: &str = "2023-08-31";
/// Wednesday 2 August 2023.
const WED: &str = "2023-08-02";
/// Thursday 4 August 1960 (independence).
const IND: &str = "1960-08-04";
/// Monday 15 January 2024 (winter).
const JAN: &str = "2024-01-15";
/// Friday 20 October 2023.
const OCT: &str = "2023-10-20";
/// Thursday 10 August 2023 (after the Ecowas deadline).
const AUG: &str = "2023-08-10";
/// Tuesday 19 December 2023 (the turn of the year ahead).
const DEC: &str = "2023-12-19";
/// Monday 3 October 2022 (Burkina Faso's second coup).
const OCT22: &str = "2022-10-03";
/// Friday 15 March 2024 (the Sahel's elections ahead).
const MAR: &str = "2024-03-15";
/// A Friday, two days after a Wednesday deadline.
const JUN: &str = "2024-06-21";

/// (sentence, article date, expected expression, expected EDTF value)
#[rustfmt::skip]
const DATES: &[(&str, &str, &str, &str)] = &[
    // --- full dates ---
    ("The presidential guard detained the president on July 26, 2023, in the capital.", THU, "July 26, 2023", "2023-07-26"),
    ("Mutinous soldiers seized the state broadcaster on 26 July 2023.", THU, "26 July 2023", "2023-07-26"),
    ("Regional leaders met in Abuja on Jul. 30 to weigh sanctions.", WED, "Jul. 30", "2023-07-30"),
    ("The junta published its first decree on Wednesday, July 26, 2023, after a night of talks.", THU, "Wednesday, July 26, 2023", "2023-07-26"),
    ("Guinea's president was detained on Sept. 5, 2021, by special forces.", THU, "Sept. 5, 2021", "2021-09-05"),
    ("Officers in Libreville announced the takeover on 30 Aug 2023.", GA, "30 Aug 2023", "2023-08-30"),
    ("Sudan's cabinet was dissolved on October 25th, 2021.", THU, "October 25th, 2021", "2021-10-25"),
    ("The transition charter was signed on the 12th of September 2020.", THU, "12th of September 2020", "2020-09-12"),
    ("Voting took place on Sunday, 27 December 2020, across the country.", THU, "Sunday, 27 December 2020", "2020-12-27"),
    ("Burkina Faso's army ousted the president on January 24, 2022.", THU, "January 24, 2022", "2022-01-24"),
    ("On March 15, 1976, a group of officers tried to seize power.", THU, "March 15, 1976", "1976-03-15"),
    ("The regional summit was held July 9-10, 2023 in Accra.", THU, "July 9-10, 2023", "2023-07-09/2023-07-10"),
    ("Talks were held on 9–10 July 2023 in Accra.", THU, "9–10 July 2023", "2023-07-09/2023-07-10"),
    ("Ministers met in Accra on 9–10 July to weigh sanctions.", WED, "9–10 July", "2023-07-09/2023-07-10"),
    ("Guards sealed the palace on the night of July 26-27.", THU, "July 26-27", "2023-07-26/2023-07-27"),
    ("The bloc met on Tuesday, July 25, in Abuja.", THU, "Tuesday, July 25", "2023-07-25"),
    ("The constitution was suspended on 27 July.", WED, "27 July", "2023-07-27"),
    ("He took office on April 2.", THU, "April 2", "2023-04-02"),
    // a year-less day soon after the article date is upcoming, unless told in the past tense
    ("The central bank held rates on Sept. 21 and meets again on Nov. 2.", OCT, "Nov. 2", "2023-11-02"),
    ("The summit meets again on August 10 in Abuja.", THU, "August 10", "2023-08-10"),
    ("On August 30, soldiers seized the palace in Libreville.", THU, "August 30", "2022-08-30"),
    ("The bloc said on Aug. 9 that it would act.", THU, "Aug. 9", "2022-08-09"),
    // the future tense is not sent back to the year an earlier sentence told of
    ("The 2019-20 season was cut short. The court will rule on Dec. 5.", OCT, "Dec. 5", "2023-12-05"),
    ("Retail sales fell more than expected in September, data showed on Friday.", OCT, "September", "2023-09"),
    ("A military court convicted him on December 3.", THU, "December 3", "2022-12-03"),
    ("The regional bloc gave the junta a deadline of August 6.", THU, "August 6", "2023-08-06"),
    ("Chad and Gabon are set to become independent on August 11.", IND, "August 11", "1960-08-11"),
    // --- ISO and numeric dates ---
    ("The decree, dated 2023-07-28, named a new head of state.", THU, "2023-07-28", "2023-07-28"),
    ("The report (published 2021-03-31) described gunfire near the palace.", THU, "2021-03-31", "2021-03-31"),
    ("A communique dated 26/07/2023 announced the closure of the borders.", THU, "26/07/2023", "2023-07-26"),
    ("The order was signed on 07/26/2023 according to the ministry.", THU, "07/26/2023", "2023-07-26"),
    ("The decree of 15/3/2021 dissolved parliament.", THU, "15/3/2021", "2021-03-15"),
    ("The electoral commission set the vote for 05/07/2023 in its statement.", THU, "05/07/2023", "2023-07-05?"),
    ("A leaked memo dated 03/04/2021 warned of unrest.", THU, "03/04/2021", "2021-04-03?"),
    // --- month and year ---
    ("Mali's transitional president was arrested in May 2021.", THU, "May 2021", "2021-05"),
    ("The drought worsened in March of 1973.", THU, "March of 1973", "1973-03"),
    ("Tandja held a referendum in early August 2009.", THU, "early August 2009", "2009-08-01/2009-08-10"),
    ("Fighting resumed in mid-March 2022.", THU, "mid-March 2022", "2022-03-11/2022-03-20"),
    ("The French mission left in Dec. 2022, the army said.", THU, "Dec. 2022", "2022-12"),
    ("By September 2022, a second coup had toppled the transitional leader.", THU, "September 2022", "2022-09"),
    ("The junta expelled the ambassador in August, 2023.", CHR, "August, 2023", "2023-08"),
    ("Parliamentary elections took place in November 2020.", THU, "November 2020", "2020-11"),
    ("He won a referendum in August last year.", NG10, "August last year", "2009-08"),
    ("The bloc imposed sanctions in January this year.", THU, "January this year", "2023-01"),
    ("The vote is scheduled for February next year.", THU, "February next year", "2024-02"),
    // --- month alone ---
    ("Blinken visited the capital in March and praised the government.", THU, "March", "2023-03"),
    ("The opposition boycotted the local polls held in September.", THU, "September", "2022-09"),
    ("The junta says elections will be held in March.", THU, "March", "2024-03"),
    ("A new constitution is expected in October.", THU, "October", "2023-10"),
    ("Negotiators plan to meet again next March.", THU, "next March", "2024-03"),
    ("The president survived an attempt last December.", THU, "last December", "2022-12"),
    ("In July, the guard surrounded the palace.", CHR, "July", "2023-07"),
    ("The last French troops withdrew in December.", BG, "December", "2023-12"),
    ("The army took control of the north in January.", BF, "January", "2022-01"),
    ("The new cabinet was named in early July.", THU, "early July", "2023-07-01/2023-07-10"),
    ("Talks collapsed in mid-June.", THU, "mid-June", "2023-06-11/2023-06-20"),
    ("The transition is due to end in December.", THU, "December", "2023-12"),
    ("Sanctions were lifted in February, officials said.", NG10, "February", "2010-02"),
    // --- seasons ---
    ("Protests spread across the capital last summer.", THU, "last summer", "2022-22"),
    ("The junta dissolved the municipal councils in the summer of 2022.", THU, "summer of 2022", "2022-22"),
    ("Fuel shortages hit the country in summer 2022.", THU, "summer 2022", "2022-22"),
    ("The talks stalled in the winter of 2021.", THU, "winter of 2021", "2021-24"),
    ("The mission plans to withdraw next spring.", THU, "next spring", "2024-21"),
    ("Harvests failed in autumn 2021.", THU, "autumn 2021", "2021-23"),
    ("Aid convoys resumed this spring.", THU, "this spring", "2023-21"),
    ("The rains came late last autumn.", THU, "last autumn", "2022-23"),
    ("Fighting intensified in the fall of 2019.", THU, "fall of 2019", "2019-23"),
    ("Floods hit the south last summer.", JAN, "last summer", "2023-22"),
    ("The junta lifted the curfew this winter.", JAN, "this winter", "2023-24"),
    // --- years ---
    ("Niger became independent from France in 1960.", THU, "1960", "1960"),
    ("The 2023 coup was the fifth in the country's history.", THU, "2023", "2023"),
    ("Kountche's government (1974) banned political parties.", THU, "1974", "1974"),
    ("In 2015, the government said it had foiled a plot.", THU, "2015", "2015"),
    ("Elections are planned for 2025.", THU, "2025", "2025"),
    ("During 1999, the country had three heads of state.", THU, "1999", "1999"),
    ("The constitution adopted after the 2010 referendum is suspended.", THU, "2010", "2010"),
    ("His father died, and in 2009 the son inherited the presidency.", THU, "2009", "2009"),
    ("The vote in 2020 was disputed.", THU, "2020", "2020"),
    ("Few believed the junta would last into the year 2000.", THU, "2000", "2000"),
    ("The army has seized power in 1974, 1996, 1999 and 2010.", THU, "1999", "1999"),
    // "mid-2025", "late-2022": a third of the year, hyphenated
    ("The junta now promises elections by mid-2025.", BG, "mid-2025", "2025-05/2025-08"),
    ("Fuel prices began to climb in late-2022, traders said.", THU, "late-2022", "2022-09/2022-12"),
    // --- decades and centuries ---
    ("The country held its first multi-party elections in the 1990s.", THU, "1990s", "199X"),
    ("Student protests shook the regime in the '90s.", THU, "'90s", "199X"),
    ("Coups were common in the '60s and '70s.", THU, "'60s", "196X"),
    ("Coups were common in the '60s and '70s.", THU, "'70s", "197X"),
    ("Uranium exports boomed in the early 1970s.", THU, "early 1970s", "1970/1973"),
    ("A rebellion broke out in the north in the mid-1990s.", THU, "mid-1990s", "1994/1996"),
    ("Groundnut exports collapsed during the 1980s drought.", THU, "1980s", "198X"),
    ("Mining companies arrived in the 2000s.", THU, "2000s", "200X"),
    ("Uranium has been mined there since the late 1960s.", THU, "since the late 1960s", "1967/2023-07-27"),
    // a decade sets no year for the next sentence's day
    ("In the 1990s the army stepped in twice. The July 26 takeover was condemned at once.", THU, "July 26", "2023-07-26"),
    ("Independence movements grew in the 1960s.", THU, "1960s", "196X"),
    ("The economy shrank in the 1990's.", THU, "1990's", "199X"),
    ("French colonial rule reached the Sahel in the 19th century.", THU, "19th century", "18XX"),
    ("Military rule marked much of the 20th century in the region.", THU, "20th century", "19XX"),
    ("Analysts call it the first coup belt of the twenty-first century.", THU, "twenty-first century", "20XX"),
    ("Trans-Saharan trade flourished in the sixteenth century.", THU, "sixteenth century", "15XX"),
    // --- today, yesterday, tomorrow ---
    ("Soldiers closed the borders today, state television said.", THU, "today", "2023-07-27"),
    ("The president was detained yesterday by his own guard.", THU, "yesterday", "2023-07-26"),
    ("The junta will address the nation tomorrow.", THU, "tomorrow", "2023-07-28"),
    ("Gunfire was heard in the capital last night.", THU, "last night", "2023-07-26"),
    ("The curfew begins tonight at ten.", THU, "tonight", "2023-07-27"),
    ("Residents queued for fuel this morning.", THU, "this morning", "2023-07-27"),
    // --- weekdays ---
    ("The guard sealed off the palace on Wednesday.", THU, "Wednesday", "2023-07-26"),
    ("Officers appeared on television Wednesday night.", THU, "Wednesday night", "2023-07-26"),
    ("On Monday, the bloc threatened to use force.", THU, "Monday", "2023-07-24"),
    ("The army backed the takeover on Thursday.", THU, "Thursday", "2023-07-27"),
    ("The minister resigned last Friday.", THU, "last Friday", "2023-07-21"),
    ("ECOWAS leaders will meet on Sunday in Abuja.", THU, "Sunday", "2023-07-30"),
    ("Delegates will meet again next Monday.", THU, "next Monday", "2023-07-31"),
    ("The bloc is expected to respond on Saturday.", THU, "Saturday", "2023-07-29"),
    ("Tuesday's statement did not mention the president.", THU, "Tuesday", "2023-07-25"),
    ("Protesters burned flags outside the embassy Sunday.", THU, "Sunday", "2023-07-23"),
    ("The junta named a prime minister last Thursday.", THU, "last Thursday", "2023-07-20"),
    ("The electoral commission met this Monday.", THU, "this Monday", "2023-07-24"),
    ("Banks reopened on Friday, the central bank said.", WED, "Friday", "2023-07-28"),
    ("The new government will be sworn in on Monday.", BF, "Monday", "2022-01-31"),
    ("Gabon's presidential election was held on Saturday.", GA, "Saturday", "2023-08-26"),
    ("His inauguration on Friday is meant to be the first handover between elected leaders.", NG21, "Friday", "2021-04-02"),
    // --- weeks, months, years relative to the article ---
    ("The president was detained last week by members of his guard.", THU, "last week", "2023-07-17/2023-07-23"),
    ("Soldiers declared a coup earlier this week.", THU, "earlier this week", "2023-07-24/2023-07-27"),
    ("The junta has met foreign envoys this week.", THU, "this week", "2023-07-24/2023-07-27"),
    ("The bloc will hold an emergency summit next week.", THU, "next week", "2023-07-31/2023-08-06"),
    ("Food prices rose sharply this month.", THU, "this month", "2023-07"),
    ("The army launched an offensive last month.", THU, "last month", "2023-06"),
    ("Elections are due next month.", THU, "next month", "2023-08"),
    ("The vote was postponed last year.", THU, "last year", "2022"),
    ("The transition is to end this year.", THU, "this year", "2023"),
    ("A referendum is planned for next year.", THU, "next year", "2024"),
    ("Gold exports doubled earlier this year.", THU, "earlier this year", "2023-01-01/2023-07-27"),
    ("The junta promised a timetable later this month.", THU, "later this month", "2023-07-27/2023-07-31"),
    ("Attacks have increased over the past week.", THU, "the past week", "2023-07-20/2023-07-27"),
    ("Hundreds of civilians were killed in the past three years.", THU, "the past three years", "2020-07-27/2023-07-27"),
    ("Demonstrators gathered in the capital last weekend.", THU, "last weekend", "2023-07-22/2023-07-23"),
    ("Ministers meet on Friday next week in Abuja.", THU, "Friday next week", "2023-08-04"),
    ("The envoy arrived on Tuesday last week.", THU, "Tuesday last week", "2023-07-18"),
    ("A fortnight ago, the borders were closed.", THU, "A fortnight ago", "2023-07-13"),
    ("Protesters marched through Niamey over the weekend.", THU, "the weekend", "2023-07-22/2023-07-23"),
    ("Thousands rallied at the weekend in support of the officers.", NG10, "the weekend", "2010-02-20/2010-02-21"),
    ("Defence chiefs will meet during the weekend in Abuja.", WED, "the weekend", "2023-08-05/2023-08-06"),
    ("The army has deployed more units over the last two months.", THU, "the last two months", "2023-05-27/2023-07-27"),
    // --- "ago" ---
    ("Bazoum was elected president two years ago.", THU, "two years ago", "2021~"),
    ("Tandja won the presidency a decade ago.", NG10, "a decade ago", "2000~"),
    ("The convoy was ambushed three days ago.", THU, "three days ago", "2023-07-24"),
    ("The ambassador left two months ago.", THU, "two months ago", "2023-05~"),
    ("The first mutiny broke out 18 months ago.", THU, "18 months ago", "2022-01~"),
    ("A year ago today, soldiers detained the president.", BG, "A year ago today", "2023-07-26"),
    ("The border was closed two weeks ago.", THU, "two weeks ago", "2023-07-13"),
    ("The talks opened a week ago in Niamey.", "2024-06-14", "a week ago", "2024-06-07"),
    ("On 15 April 2023, the war began. She has not been home since that Saturday.", "2025-04-15", "since that Saturday", "2023-04-15/2025-04-15"),
    ("The vote was held on Thursday, March 5. On that Sunday, the results came in.", "2020-03-20", "that Sunday", "2020-03-08"),
    ("The vote was held on Thursday, March 5. The minister said that Saturday's rally went ahead.", "2020-03-20", "Saturday", "2020-03-14"),
    ("Orion is scheduled to pass the lunar surface on Monday, then settle into orbit on Friday.", "2022-11-16", "Friday", "2022-11-25"),
    ("The court will rule on Monday, after hearing the last witness on Friday.", "2022-11-16", "Friday", "2022-11-18"),
    ("The Fed raised rates, leaving the door open to another increase in September if inflation fails to cool.", "2023-07-26", "September", "2023-09"),
    ("Prices rose in September if the figures are right.", "2023-07-26", "September", "2022-09"),
    ("Officials will see the July employment report due Aug. 4.", "2023-07-26", "July", "2023-07"),
    ("The index will be followed on Friday by the June reading of consumer prices.", "2023-07-26", "June", "2023-06"),
    ("The next ordinary summit is scheduled for the summer.", "2024-02-25", "summer", "2024-22"),
    ("Talks are planned for spring, officials said.", "2024-02-25", "spring", "2024-21"),
    ("Whatever happens in the next fortnight, the next World Cup will be held in Australia.", "2023-10-15", "the next fortnight", "2023-10-15/2023-10-29"),
    ("Prices have doubled over the past fortnight.", "2023-10-15", "the past fortnight", "2023-10-01/2023-10-15"),
    ("The measures were lifted ahead of the holy month of Ramadan, which begins next month.", "2024-02-25", "Ramadan", "2024-03-11/2024-04-09"),
    ("The measures were lifted during the holy month of Ramadan.", "2024-02-25", "Ramadan", "2023-03-23/2023-04-21"),
    ("On April 6, 2019 demonstrators began a sit-in, and five days later the military removed Bashir, who had seized power in a coup on 30 June 1989.\n\nThe generals formed a council that on June 3 that year sent forces to break up the sit-in.", "2025-04-15", "June 3 that year", "2019-06-03"),
    ("The army seized power on 30 June 1989. On June 3 that year, protests had been banned.", "2025-04-15", "June 3 that year", "1989-06-03"),
    ("Intro.\n\n2019: Protests begin.\n\n2020: Mass protests erupt in the summer after elections held in March and April.", "2023-09-26", "summer", "2020-22"),
    ("Intro.\n\n2019: Protests begin.\n\n2020: Mass protests erupt in the summer after elections held in March and April.", "2023-09-26", "April", "2020-04"),
    ("Rebels seized Gao in April 2012. By the summer, Islamist groups controlled the north.", "2023-09-26", "summer", "2012-22"),
    ("Rebels seized Gao in April 2012. By the summer, elections will be held.", "2023-09-26", "summer", "2024-22"),
    ("Exports were expected to reach 90,000 barrels a day in the third quarter, although that target now looks optimistic.", "2024-06-21", "the third quarter", "2024-07/2024-09"),
    ("Exports reached 90,000 barrels a day in the third quarter.", "2024-06-21", "the third quarter", "2023-07/2023-09"),
    ("On Tuesday, the war enters its third year.", "2025-04-14", "Tuesday", "2025-04-15"),
    ("On Saturday, the former president turns 80.", "2025-04-14", "Saturday", "2025-04-19"),
    ("On Monday, the agency that runs the port said exports had fallen.", "2025-04-16", "Monday", "2025-04-14"),
    ("On Saturday, the former president turned 80.", "2025-04-14", "Saturday", "2025-04-12"),
    ("Prices fell by 0.9% in October, the biggest monthly drop since June 2020, although they were 7% higher than a year earlier.", "2022-11-04", "a year earlier", "2021"),
    ("The junta has held the palace since July 26. Two days later, ECOWAS met.", "2023-08-20", "Two days later", "2023-07-28"),
    ("Germany, who beat Slovakia 3-0, take on Italy in Bordeaux on Saturday.", "2016-06-28", "Saturday", "2016-07-02"),
    ("The appeals court hears the case on Friday, lawyers said.", "2016-06-28", "Friday", "2016-07-01"),
    ("The visitors took on the hosts on Saturday and lost.", "2016-06-28", "Saturday", "2016-06-25"),
    ("The court heard the case on Friday.", "2016-06-28", "Friday", "2016-06-24"),
    ("Demolition began in June 1990, and Germany was reunified on October 3 of that year. Since then, the east has been rebuilt.", "2019-11-09", "Since then", "1990-10-03/2019-11-09"),
    ("The junta will hold the referendum two weeks from now, officials said.", "2024-06-14", "two weeks from now", "2024-06-28"),
    ("Mali's junta came to power four years ago.", GA, "four years ago", "2019~"),
    // counts of tens and units in words
    ("Twenty-five years ago, Niger's soldiers shot the president at the airport.", BG, "Twenty-five years ago", "1999~"),
    ("Mali became independent in 1960. Fifty-eight years later, it held its sixth presidential election.", BG, "Fifty-eight years later", "2018"),
    // --- since ---
    ("There have been six coups in the region since 2020.", THU, "since 2020", "2020/2023-07-27"),
    ("The border has been closed since March 2021.", THU, "since March 2021", "2021-03/2023-07-27"),
    ("The president has been held since July 26.", WED, "since July 26", "2023-07-26/2023-08-02"),
    ("Four coups have taken place since gaining independence from France in 1960.", THU, "since gaining independence from France in 1960", "1960/2023-07-27"),
    ("Four coups have taken place since gaining independence from France in 1960.", THU, "1960", "1960"),
    ("Attacks have risen since last year.", THU, "since last year", "2022/2023-07-27"),
    ("The junta has ruled since Wednesday.", THU, "since Wednesday", "2023-07-26/2023-07-27"),
    ("The country has suffered from drought since 1968.", THU, "since 1968", "1968/2023-07-27"),
    ("The country became autonomous in December 1958, and Diori has led it since then.", IND, "since then", "1958-12/1960-08-04"),
    // --- ranges and "until" ---
    ("Diori ruled from 1960 to 1974.", THU, "from 1960 to 1974", "1960/1974"),
    ("Between 2010 and 2015, the economy grew.", THU, "Between 2010 and 2015", "2010/2015"),
    ("The drought lasted from March to June 2023.", THU, "from March to June 2023", "2023-03/2023-06"),
    ("Kountche ruled from 1974 until 1987.", THU, "from 1974 until 1987", "1974/1987"),
    ("The harvest in 2020-21 was poor.", THU, "2020-21", "2020/2021"),
    ("Kountche held power 1974-1987.", THU, "1974-1987", "1974/1987"),
    ("Talks between July 26 and July 28 produced nothing.", THU, "between July 26 and July 28", "2023-07-26/2023-07-28"),
    ("The junta ruled from February 2010 to April 2011.", THU, "from February 2010 to April 2011", "2010-02/2011-04"),
    ("Between March and May 2021, attacks intensified.", THU, "Between March and May 2021", "2021-03/2021-05"),
    ("The curfew will remain in force until March.", THU, "until March", "../2024-03"),
    ("Diori governed the country until 1974.", THU, "until 1974", "../1974"),
    ("The state of emergency lasted until March 2022.", THU, "until March 2022", "../2022-03"),
    // --- the year from context ---
    ("2023:\n\nOn August 30, soldiers seized the palace in Libreville.", BG, "August 30", "2023-08-30"),
    ("2023:\n\nOn August 30, soldiers seized the palace in Libreville.", BG, "2023", "2023"),
    ("2021\nSept 5: Guinea's special forces captured the president.\nMay 24: Mali's army arrested the interim president.", CHR, "May 24", "2021-05-24"),
    // a year-less day listed with a dated one takes its year
    ("Burkina Faso had coups on Jan. 24 and Sept. 30, 2022.", THU, "Jan. 24", "2022-01-24"),
    ("Burkina Faso had coups on Jan. 24 and Sept. 30, 2022. The first ousted the president in January.", THU, "January", "2022-01"),
    ("2021:\n\nOn April 20, the army announced the death of the president.", CHR, "April 20", "2021-04-20"),
    ("In 2021, the army arrested the transitional president. On May 24, a colonel took charge.", CHR, "May 24", "2021-05-24"),
    ("1999: On April 9, the president was shot dead at the airport.", BG, "April 9", "1999-04-09"),
    ("1999: On April 9, the head of state was killed. A guard commander handed power to a civilian in December.", BG, "December", "1999-12"),
    ("Troops tried to seize power on March 31, 2021. Media reported on Thursday that another attempt was made in March.", THU, "March", "2023-03"),
    ("In March 2023, reports of a foiled plot surfaced. On April 2, the president reshuffled the cabinet.", THU, "April 2", "2023-04-02"),
    ("Soldiers have twice taken power in Mali, in August 2020 and again in May, and once in Guinea, in September.", BF, "May", "2021-05"),
    ("Soldiers have twice taken power in Mali, in August 2020 and again in May, and once in Guinea, in September.", BF, "September", "2021-09"),
    // A sentence about the time of writing does not take the year an earlier sentence was telling of.
    ("He won an election in July 1996 that his rivals said was rigged. A row over local polls held in February had deepened the split in recent weeks.", NG21, "February", "2021-02"),
    ("Prices rose in June 2019 after the border closed. Fuel queues that began in March have grown over the past few months.", JAN, "March", "2023-03"),
    // Without such words the earlier year carries on.
    ("He won an election in July 1996 that his rivals said was rigged. A row over local polls held in February deepened the split.", NG21, "February", "1996-02"),
    // --- anchored on an earlier date in the text ---
    ("The guard detained the president on July 26, 2023. Two days later, the general named himself leader.", THU, "Two days later", "2023-07-28"),
    ("Mutinies broke out on January 23, 2022. The next day, officers announced the takeover.", BF, "The next day", "2022-01-24"),
    // a day that owns the event it names ("Thursday's anniversary") is
    // no new point of reference
    ("Tiani spoke on Wednesday night, on the eve of Thursday's independence anniversary. The next day, the junta revoked the accords.", "2023-08-05", "The next day", "2023-08-03"),
    // a piece that marks an anniversary on the day: the day it counts from
    ("It is one year since soldiers seized power in Niamey. What happened on 26 July? Guards sealed off the palace.", "2024-07-26", "26 July", "2023-07-26"),
    ("Two years after the coup, the junta holds firm. On 26 July, crowds gathered to mark the anniversary.", "2025-07-26", "26 July", "2025-07-26"),
    // a day named with the article date's weekday is the article date; a
    // day named with the weekday it had in the year the piece looks back
    // to is that day
    ("Thursday marked the 63rd anniversary of Niger's independence. An envoy landed in Niamey on Thursday, August 3, at the head of a delegation.", "2023-08-03", "Thursday, August 3", "2023-08-03"),
    ("A year after the coup, Niger's junta is entrenched. Soldiers detained Bazoum on Wednesday, July 26 and closed the borders.", "2024-07-26", "Wednesday, July 26", "2023-07-26"),
    ("Soldiers stormed the palace in 2010 and an elected president took office the following year.", THU, "the following year", "2011"),
    ("The coup took place on February 18, 2010. Later that day, the constitution was suspended.", NG10, "Later that day", "2010-02-18"),
    ("The mutiny began at a barracks on Sunday. Gunfire was heard near the residence that night.", BF, "that night", "2022-01-23"),
    ("Soldiers took over on 24 May 2021. A week later, the colonel was sworn in.", THU, "A week later", "2021-05-31"),
    ("Kountche seized power in 1974. Two years later, officers tried to topple him.", THU, "Two years later", "1976"),
    ("The junta took power in August 2020. The next month, it adopted a charter.", THU, "The next month", "2020-09"),
    ("The president was detained on July 26, 2023, and the day after, the army backed the coup.", THU, "the day after", "2023-07-27"),
    ("Soldiers detained the president on July 26, 2023. The next morning, the army endorsed the takeover.", THU, "The next morning", "2023-07-27"),
    ("The junta met on July 30, 2023, after talks the previous night.", THU, "the previous night", "2023-07-29"),
    ("The election was held on August 26, 2023; the day before, the internet was cut.", THU, "the day before", "2023-08-25"),
    ("The guard detained the president on July 26. Since then, the junta has expelled French diplomats.", WED, "Since then", "2023-07-26/2023-08-02"),
    // a plan told of in the past: the cue no longer points ahead
    ("The deadline passed on Sunday night without a reply.", AUG, "Sunday night", "2023-08-06"),
    ("The bloc's ultimatum expired on Sunday.", AUG, "Sunday", "2023-08-06"),
    ("The deadline expires on Sunday, officials said.", AUG, "Sunday", "2023-08-13"),
    ("The summit planned for Thursday next week will go ahead.", AUG, "Thursday next week", "2023-08-17"),
    // a weekday names the year of a year-less day
    ("He was sworn in on Monday, Sept. 4, in the capital.", GA, "Monday, Sept. 4", "2023-09-04"),
    ("The curfew was lifted on Friday 1 September.", OCT, "Friday 1 September", "2023-09-01"),
    // a month read from the article date does not set the year of the next
    ("The last French soldiers left in December, and the United States agreed in May to pull out.", BG, "May", "2024-05"),
    // the edge of the current period
    ("American troops are expected to leave by the end of the year.", AUG, "the end of the year", "2023-12"),
    ("At the start of the month, gunmen attacked a convoy near Tillaberi.", AUG, "the start of the month", "2023-08"),
    ("The envoy will return at the beginning of the week.", AUG, "the beginning of the week", "2023-08-07/2023-08-13"),
    ("By the end of last year the bloc had backed down.", BG, "the end of last year", "2023-12"),
    ("The charter takes effect at the start of next month.", AUG, "the start of next month", "2023-09"),
    // a past date after a future one in the same sentence, not listed with it
    ("The mission is due to leave by Dec. 31 under a timetable agreed in June.", OCT, "June", "2023-06"),
    // "later in the month": the period of the date told of before
    ("Bazoum was detained on July 26. Later in the month, the junta named a cabinet.", AUG, "Later in the month", "2023-07"),
    ("In March 2019 the army rebelled. Later in the year, it was pardoned.", AUG, "Later in the year", "2019"),
    ("Earlier in the year, prices rose sharply.", AUG, "Earlier in the year", "2023-01-01/2023-08-10"),
    ("Since 2020 prices have doubled. Later in the month, the bank will meet.", AUG, "Later in the month", "2023-08-10/2023-08-31"),
    // an approximate year
    ("Circa 1900, French columns reached the Niger river.", THU, "1900", "1900~"),
    ("Around 2000, growth returned.", THU, "2000", "2000~"),
    // "this past week"
    ("This past week, envoys left the capital.", AUG, "This past week", "2023-08-03/2023-08-10"),
    // "on the 30th": a day of the month told of before
    ("Leaders met in Abuja on July 28. On the 30th, they imposed sanctions.", AUG, "30th", "2023-07-30"),
    ("Sanctions were imposed on July 30. The junta had until the 6th to comply.", AUG, "6th", "2023-08-06"),
    // day ranges written with "to" or "and"
    ("Talks will be held on 7 and 8 March in Niamey.", AUG, "7 and 8 March", "2024-03-07/2024-03-08"),
    ("A summit is planned from 1 to 3 April.", AUG, "1 to 3 April", "2024-04-01/2024-04-03"),
    ("Ministers met on July 9 and 10 in Accra.", AUG, "July 9 and 10", "2023-07-09/2023-07-10"),
    ("The summit ran from 1 to 3 April 2022 in Accra.", AUG, "1 to 3 April 2022", "2022-04-01/2022-04-03"),
    ("Talks on 9 and 10 August will settle it, officials said.", AUG, "9 and 10 August", "2023-08-09/2023-08-10"),
    // holidays on a fixed day
    ("Gunmen attacked the village on Christmas Eve, residents said.", JAN, "Christmas Eve", "2023-12-24"),
    ("The junta lifted the curfew over Christmas.", JAN, "Christmas", "2023-12-25"),
    ("The new constitution takes effect on New Year's Day.", DEC, "New Year's Day", "2024-01-01"),
    // months listed after a month, owned by their event, or after the year they are in
    ("The Bank raised the rate in May, July and September by 400 basis points.", "2022-11-22", "July", "2022-07"),
    ("April's presidential election will show whether the constitution holds.", "2026-01-29", "April", "2026-04"),
    ("The vote will show whether December's failed putsch hardened the climate.", "2026-01-29", "December", "2025-12"),
    ("Guinea followed on 5 September 2021, Burkina Faso twice in 2022, on 24 January and 30 September.", "2026-01-29", "30 September", "2022-09-30"),
    ("Guinea followed on 5 September 2021, Burkina Faso twice in 2022, on 24 January and 30 September.", "2026-01-29", "24 January", "2022-01-24"),
    // a country's independence day, the country named in the sentence or before it
    ("Niger's junta held a military parade on Independence Day, residents said.", "2024-09-10", "Independence Day", "2024-08-03"),
    ("Troops deployed in Niamey on the eve of independence day.", "2024-09-10", "the eve of independence day", "2024-08-02"),
    ("Ghana's president spoke in Accra. He will mark Independence Day with a smaller parade.", "2024-09-10", "Independence Day", "2025-03-06"),
    ("Chad's junta chief spoke in N'Djamena. Chad's allies, and Mali's, listened. He skipped the Independence Day parade, residents said.", "2024-05-12", "Independence Day", "2023-08-11"),
    // a meeting told in the present, past its place
    ("ECOWAS leaders meet in Abuja on Saturday to weigh sanctions.", "2024-09-10", "Saturday", "2024-09-14"),
    // a date said in a quotation after a colon, its day told before it
    ("A spokesman told reporters in Libreville on Sunday: \"We will present our figures tomorrow.\"", "2023-08-30", "tomorrow", "2023-08-28"),
    // a range of days with their weekdays and year; a day or month "that year"
    ("The committee met on Monday 21st and Tuesday 22nd November 2022 in Abuja.", "2023-01-25", "Monday 21st and Tuesday 22nd November 2022", "2022-11-21/2022-11-22"),
    ("Baré won the presidency in 1996. He was re-elected in July that year.", "2023-08-03", "July that year", "1996-07"),
    ("Issoufou was elected in March 2011. Baré had died in 1999. On 12 June that year, the junta handed over.", "2023-08-03", "12 June that year", "1999-06-12"),
    // a factbox's dates, their months in capitals
    ("JAN. 17, 2012 - Tuareg fighters attack the army garrison at Menaka.", "2013-01-14", "JAN. 17, 2012", "2012-01-17"),
    ("MARCH 22 - Mutinous soldiers overthrow President Amadou Toumani Toure.", "2013-01-14", "MARCH 22", "2012-03-22"),
    ("AUG. 20 - Traore approves a national unity government.", "2013-01-14", "AUG. 20", "2012-08-20"),
    // a modal's reach past an adjective of a participle and a second participle
    ("Chad will hold the first round of its long-delayed presidential election on May 6, the agency said.", "2024-02-28", "May 6", "2024-05-06"),
    ("Provisional run-off results would be announced on July 7 and confirmed on July 20.", "2024-02-28", "July 20", "2024-07-20"),
    // "the current year"
    ("Output in the current year is forecast to rise by a tenth.", "2025-08-27", "the current year", "2025"),
    // a year carried by a day of the sentence before; a plan's year written earlier in its sentence
    ("Protests filled the streets of Bamako in March 1991. Troops opened fire on demonstrators on 22 March. In the early hours of 26 March, paratroopers arrested Traore.", "2020-11-11", "26 March", "1991-03-26"),
    ("On 21 March 2012 a mutiny turned into a putsch, five weeks before the presidential election scheduled for 29 April.", "2020-11-11", "29 April", "2012-04-29"),
    // a fixture told in the present, past the name it is against
    ("Stade Malien host AS Real de Bamako on Wednesday and travel to Kayes a week later.", "2024-05-20", "Wednesday", "2024-05-22"),
    ("President Tinubu met Mahama on Wednesday, his office said.", "2024-05-20", "Wednesday", "2024-05-15"),
    // a quotation's attribution ends at a clause about the speaker
    ("\"The shops were closed today and I don't know if they will open tomorrow,\" said a trader who said she had barely slept since Saturday.", "2023-08-30", "today", "2023-08-30"),
    // a month of the article's year after a story of the year before
    ("He turned the alliance into a confederation in July 2024 and led it out of ECOWAS; the withdrawal took effect in January.", "2025-05-02", "January", "2025-01"),
    ("He was arrested in April 2023 over a post. He ran as a stand-in for Sonko, who was barred from the race in January.", "2024-03-25", "January", "2024-01"),
    // a poll pushed back to a date after the one told before
    ("On February 3, Sall repealed the decree. Two days later, lawmakers voted to push the poll back to December 15.", "2024-03-25", "December 15", "2024-12-15"),
    // A participle phrase set off by commas, a few words long, is
    // background: its year is not that of the main clause's date
    ("Biogen's Aduhelm, approved under the accelerated pathway in June 2021 despite opposition from the agency's advisers, was pulled from the market in January after sales failed to take off.", "2024-07-02", "January", "2024-01"),
    // "leads" in the present, as "faces", tells of a fixture ahead
    ("Kane leads England against Hungary in Budapest in a World Cup qualifier on Thursday.", "2021-08-31", "Thursday", "2021-09-02"),
    // A deadline something is done before is still to come
    ("Opposition parties were racing on Friday to file their nominations before Monday's deadline.", "2025-07-18", "Monday", "2025-07-21"),
    // (One missed has passed.)
    ("Opposition parties missed Monday's deadline to file their nominations.", "2025-07-18", "Monday", "2025-07-14"),
    // "this week" told in the past is the week up to the article date (as
    // "earlier this week" is); told ahead, or neither, the whole week
    ("Gold fell about 1% this week, traders said.", "2024-12-21", "this week", "2024-12-16/2024-12-21"),
    ("Leaders will meet in Abuja this week.", "2024-12-18", "this week", "2024-12-16/2024-12-22"),
    // A date a verb in the past perfect governs is not ahead, though a
    // date ahead comes before it in the sentence
    ("It now expects inflation to return to target only in late 2025, later than it had projected in August.", "2023-11-02", "August", "2023-08"),
    // "the day after X", "two days before X", "a week after X": a day
    // counted from a day the text names
    ("Shops reopened the day after Christmas, officials said.", "2020-10-05", "the day after Christmas", "2019-12-26"),
    ("The vote came two days before Christmas.", "2020-10-05", "two days before Christmas", "2019-12-23"),
    ("Aid arrived a week after July 26, the agency said.", "2020-10-05", "a week after July 26", "2020-08-02"),
    ("He left 3 days after Aug. 2, 2019, his lawyer said.", "2020-10-05", "3 days after Aug. 2, 2019", "2019-08-05"),
    // (Not "the days after": no one day; nor a span, nor a day owning the
    // event told of.)
    ("The MPC's next decision is due on Dec. 14, less than two weeks before Christmas.", "2023-11-02", "Christmas", "2023-12-25"),
    ("His departure came two days after Friday's coup.", "2022-10-03", "Friday", "2022-09-30"),
    ("In the days after July 26, crowds gathered in Niamey.", "2020-10-05", "July 26", "2020-07-26"),
    // "the middle of next year": its middle third, as "mid-2024" is
    ("Investors had bet on cuts starting as soon as the middle of next year.", "2023-11-02", "the middle of next year", "2024-05/2024-08"),
    ("Talks will end by the middle of the month.", "2023-11-02", "the middle of the month", "2023-11-11/2023-11-20"),
    // "late last month", "early next month": a part of the month
    ("Late last month, prices rose sharply.", "2025-04-16", "Late last month", "2025-03-21/2025-03-31"),
    ("Flights will resume early next month.", "2025-04-16", "early next month", "2025-05-01/2025-05-10"),
    // "until the summer", "until the autumn of 2024": an interval ending
    // with the season
    ("Rates will stay high until the autumn of 2024, the bank said.", "2023-11-02", "until the autumn of 2024", "../2024-23"),
    ("The ban on night flights lasts until the summer.", "2023-11-02", "until the summer", "../2024-22"),
    // "until" a year-less date, in a sentence that told of a date before
    // it, ends after that date (not in the past perfect)
    ("At a summit in Abuja on Dec. 15, leaders of the bloc offered a grace period until July 29 during which the three could reverse course.", "2025-01-29", "until July 29", "../2025-07-29"),
    ("On Dec. 15, the court heard that the curfew had lasted until July 29.", "2025-01-29", "until July 29", "../2024-07-29"),
    // "prepares for" looks ahead
    ("The attacks come as Niger prepares for a presidential election on Dec. 27.", "2020-01-10", "Dec. 27", "2020-12-27"),
    // An event named by its date after "of", told in passing after a date
    // its sentence told of, sets no year for the dates after it
    ("On Monday, the court heard survivors of the stadium massacre of 28 September 2009. The trial resumed in March.", "2025-09-25", "March", "2025-03"),
    // (Opening its sentence, it does.)
    ("The stadium massacre of 28 September 2009 shocked Guinea. In December, the junta leader was charged.", "2025-09-25", "December", "2009-12"),
    // A plan to be held "between" two months, told in the past, is the
    // nearest (as "to be held in October" is)
    ("Legislative elections that were to be held between October and November are also expected to slip.", "2023-09-26", "between October and November", "2023-10/2023-11"),
    ("Legislative elections were held between October and November, officials said.", "2023-09-26", "between October and November", "2022-10/2022-11"),
    // A clause joined by "and", whose subject is a few words before its
    // verb in the past, follows the date before it
    ("French troops completed their withdrawal in December 2023, and the French government closed its embassy in Niamey in January.", "2024-07-26", "January", "2024-01"),
    // (Not across a relative clause.)
    ("Soldiers seized power in July 2023, and the council, which was formed in January, backed them.", "2024-07-26", "January", "2023-01"),
    // A date between a promise or plan in the past and "to" with what was
    // promised tells when it was made.
    ("Sunak, who promised in January to halve inflation by the end of the year, welcomed the decision.", "2023-11-02", "January", "2023-01"),
    ("Sunak, who promised in January to halve inflation by the end of the year, welcomed the decision.", "2023-11-02", "the end of the year", "2023-12"),
    ("The junta pledged in February to hold elections by December.", "2023-11-02", "February", "2023-02"),
    // (In the passive it is what is expected.)
    ("Sunak is expected in January to present a new plan.", "2023-11-02", "January", "2024-01"),
    // A date something was scheduled for, after the date its sentence told
    // of, does not move the story's time: "later" counts from the event.
    ("On Feb. 3, Sall postponed the election scheduled for Feb. 25. Twelve days later, the Constitutional Council overturned the decision.", "2024-11-20", "Twelve days later", "2024-02-15"),
    ("On March 2, the league postponed the final set for April 6. A week later, the clubs appealed.", "2024-11-20", "A week later", "2024-03-09"),
    // (Told alone, the scheduled date is what "later" counts from.)
    ("The vote was scheduled for March 24. Two days later, the results were announced.", "2024-04-20", "Two days later", "2024-03-26"),
    // a month after "beyond"
    ("Few expect the talks to last beyond July, the envoy said.", "2025-01-30", "July", "2025-07"),
    // a plan told in the past perfect, past an adverb
    ("Voters turned out in Sunday's election, which had originally been scheduled for February 25.", "2024-03-25", "February 25", "2024-02-25"),
    // Easter's days, which move
    ("Gunmen attacked worshippers on Easter Sunday, the diocese said.", BG, "Easter Sunday", "2024-03-31"),
    ("By Easter, the talks had failed.", BG, "Easter", "2024-03-31"),
    ("The bishops will meet again after Easter.", BG, "Easter", "2025-04-20"),
    ("Good Friday 2019 passed without incident in Ouagadougou.", BG, "Good Friday 2019", "2019-04-19"),
    ("Easter Monday marches were held in Lagos.", JAN, "Easter Monday", "2023-04-10"),
    // days on a weekday of a month, and more days of the calendar
    ("Retailers are bracing for a record rush from Thanksgiving to Christmas.", "2024-11-19", "from Thanksgiving to Christmas", "2024-11-28/2024-12-25"),
    ("Black Friday falls on Nov. 29 this year.", "2024-11-19", "Black Friday", "2024-11-29"),
    ("Online sales jumped on Cyber Monday, the company said.", "2024-12-10", "Cyber Monday", "2024-12-02"),
    ("The storm is expected to reach the coast by Labor Day.", "2009-08-28", "Labor Day", "2009-09-07"),
    ("Crowds packed the beaches over Memorial Day weekend.", "2023-06-02", "Memorial Day", "2023-05-29"),
    ("Marchers gathered on Martin Luther King Jr. Day.", "2024-02-01", "Martin Luther King Jr. Day", "2024-01-15"),
    ("Veterans laid wreaths on Remembrance Sunday 2018.", JAN, "Remembrance Sunday 2018", "2018-11-11"),
    ("The parade on Bastille Day drew thousands.", "2024-08-01", "Bastille Day", "2024-07-14"),
    ("Shops stayed open over Halloween.", "2024-11-05", "Halloween", "2024-10-31"),
    ("The Americans could play on the Fourth of July in Philadelphia.", "2025-12-06", "the Fourth of July", "2026-07-04"),
    ("Officials do not expect the fire to be fully contained until Thanksgiving.", "2020-10-05", "Thanksgiving", "2020-11-26"),
    // a participle after a linking verb in the present is a state, not a past
    ("If the borders stay closed beyond October, we are looking at a recession.", "2020-09-14", "October", "2020-10"),
    // a weekday after "until at least" is a bound still ahead, whatever the tense
    ("Only one train in ten ran on Wednesday, and Eurostar services were cut until at least Sunday.", "1995-12-06", "until at least Sunday", "../1995-12-10"),
    // "his plan to …" after a past verb, before a day: the day of that verb
    ("Juppé, who unveiled his plan to overhaul the social security system on 15 November, said he would not withdraw it.", "1995-12-06", "15 November", "1995-11-15"),
    ("On Tuesday the ministry announced a plan to reopen schools in September.", "2024-02-06", "September", "2024-09"),
    // a clause of time told in the present, opening its sentence before "they will": ahead
    ("DAKAR — When West African heads of state gather in Abuja on Sunday, they will confront a deadline.", "2024-12-13", "Sunday", "2024-12-15"),
    ("If the talks fail on Friday, the strike will go ahead.", "2024-12-11", "Friday", "2024-12-13"),
    // (not told in the past)
    ("When leaders gathered in Abuja on Sunday, they agreed to wait.", "2024-12-13", "Sunday", "2024-12-08"),
    // what someone was urged to keep up until a day ends ahead
    ("Bazoum's party urged civil servants to stay home until Monday.", "2023-07-27", "until Monday", "../2023-07-31"),
    // a feast told as coming, in the present
    ("And Tabaski comes next month: people will judge this junta by the price of a sheep.", "2021-06-10", "Tabaski", "2021-07-20~"),
    ("Strikers said they were prepared to stay out through Thanksgiving.", "2024-10-24", "Thanksgiving", "2024-11-28"),
    // (a day given that name in quotes; Christmas after "to" after no date)
    ("Malians still remember 22 March as \"Black Friday\".", JAN, "22 March", "2023-03-22"),
    // the eve of a day: the day before it
    ("Soldiers deployed on the eve of Thursday's independence anniversary.", "2023-08-04", "the eve of Thursday", "2023-08-02"),
    ("Talks collapsed on the eve of the 26 July anniversary.", BG, "the eve of the 26 July", "2024-07-25"),
    // the time of writing, this day in a year, a fiscal year, the nth day of a month
    ("At the time of writing, the junta had not responded.", BG, "At the time of writing", "2024-07-26"),
    ("As of this writing, no date for the vote has been set.", BG, "As of this writing", "2024-07-26"),
    ("On this day in 1974, Lt. Col. Seyni Kountche seized power.", "2024-04-15", "this day in 1974", "1974-04-15"),
    ("The miner's FY2024 output fell by a third.", BG, "FY2024", "2024"),
    ("Revenue rose 8% in FY23, the company said.", BG, "FY23", "2023"),
    ("Done at Abuja this 10th day of December 2024.", BG, "10th day of December 2024", "2024-12-10"),
    // "N years on": after the date told before
    ("The junta seized power on July 26, 2023. One year on, it is firmly in control.", BG, "One year on", "2024"),
    ("It was a Friday in August 2020 when she joined the crowds. Four years on, she has no regrets.", BG, "Four years on", "2024"),
    // an upcoming day across the new year
    ("The junta must respond by Jan. 18, the court said.", DEC, "Jan. 18", "2024-01-18"),
    ("The junta has until Jan. 18 to respond.", DEC, "until Jan. 18", "../2024-01-18"),
    ("Bazoum's son was released on Jan. 8 after five months in detention.", DEC, "Jan. 8", "2023-01-08"),
    // a date opening a sentence in the future tense
    ("From Wednesday, the remaining troops will move to Gao.", AUG, "Wednesday", "2023-08-16"),
    ("On Friday, the court will rule on the case.", AUG, "Friday", "2023-08-11"),
    ("On Friday, the court ruled on the case.", AUG, "Friday", "2023-08-04"),
    // "since late 2021", "into 2024"
    ("The junta has relied on Russian mercenaries since late 2021.", AUG, "since late 2021", "2021-09/2023-08-10"),
    ("Analysts expect the trend to continue into 2024 and beyond.", AUG, "2024", "2024"),
    // day.month.year
    ("The summit was held on 30.07.2023 in Abuja.", AUG, "30.07.2023", "2023-07-30"),
    // "of that year": one mention, in the year told of before
    ("He won a third term in October 2020 after changing the constitution in March of that year.", THU, "March of that year", "2020-03"),
    ("Soldiers took power in July 2023. The last French troops left by the end of that year.", "2026-07-24", "the end of that year", "2023-12"),
    // quarters and halves of a year
    ("Niger's economy contracted in the third quarter of 2023, the ministry said.", OCT, "the third quarter of 2023", "2023-07/2023-09"),
    ("Output fell 2.3% year-on-year in Q3, officials said.", OCT, "Q3", "2023-07/2023-09"),
    ("Exports are delayed until at least the first half of 2024.", OCT, "until at least the first half of 2024", "../2024-06"),
    ("Revised Q4 2022 figures showed a sharp fall.", OCT, "Q4 2022", "2022-10/2022-12"),
    // "the three months to June": the months up to one; "H1 last year"
    ("Uranium output rose 4% in the three months to June, the ministry said.", OCT, "the three months to June", "2023-04/2023-06"),
    ("Consumer prices rose 9.1% in the 12 months to July 2023.", OCT, "the 12 months to July 2023", "2022-08/2023-07"),
    ("Revenue in H1 last year missed the target.", OCT, "H1 last year", "2022-01/2022-06"),
    ("Growth slowed to 2.1% in Q1 next year, the IMF projects.", OCT, "Q1 next year", "2024-01/2024-03"),
    // "late 2022", "early next year": the third of a year its part names
    ("The war in the east began in late 2022, diplomats said.", OCT, "late 2022", "2022-09/2022-12"),
    ("Inflation eased in early 2021 as harvests improved.", OCT, "early 2021", "2021-01/2021-04"),
    ("Fighting flared again in mid 2019 near the border.", OCT, "mid 2019", "2019-05/2019-08"),
    ("Late last year the army withdrew from the town.", OCT, "Late last year", "2022-09/2022-12"),
    ("The junta says the vote will be held early next year.", OCT, "early next year", "2024-01/2024-04"),
    ("Aid deliveries have been cut since early this year.", OCT, "since early this year", "2023-01/2023-10-20"),
    ("The bank expects a recovery in the second half of next year.", OCT, "the second half of next year", "2024-07/2024-12"),
    ("Mining revenue doubled in H1 2023.", OCT, "H1 2023", "2023-01/2023-06"),
    // "early March", "mid-March", "late March": the thirds of the month
    // (days 1-10, 11-20, 21 to the end), as the parts of a year are thirds
    ("Rains returned in late February 2024 across the south.", OCT, "late February 2024", "2024-02-21/2024-02-29"),
    ("Rains returned in late February across the south.", OCT, "late February", "2023-02-21/2023-02-28"),
    ("Talks ran from early May to mid-June 2022, officials said.", OCT, "from early May to mid-June 2022", "2022-05-01/2022-06-20"),
    ("Talks ran between mid-May and late June 2022, officials said.", OCT, "between mid-May and late June 2022", "2022-05-11/2022-06-30"),
    ("Prices have fallen since early September, traders said.", OCT, "since early September", "2023-09-01/2023-10-20"),
    ("The junta will hold a referendum in late November.", OCT, "late November", "2023-11-21/2023-11-30"),
    // (Not "later in", nor "the end of": the month.)
    ("The talks resumed later in May.", OCT, "May", "2023-05"),
    ("The talks resumed at the end of May.", OCT, "May", "2023-05"),
    // a sentence opened by the date and told in the future, with no comma
    // or after a quotation mark; not what was said then
    ("On Monday the unions will strike over unpaid wages.", BG, "Monday", "2024-07-29"),
    ("The colonel told the crowd: \"On Friday we will march on the palace.\"", WED, "Friday", "2023-08-04"),
    ("On Monday, the minister said he will resign.", BG, "Monday", "2024-07-22"),
    // a start, end or meeting told in the present is ahead; told in the
    // past, behind
    ("Voters go to the polls on Sunday in the first election since the coup.", BG, "Sunday", "2024-07-28"),
    ("Polls open at 8 a.m. on Sunday, the commission said.", BG, "Sunday", "2024-07-28"),
    ("ECOWAS defence chiefs meet again on Thursday in Accra.", BG, "Thursday", "2024-08-01"),
    ("Talks resume Monday in Accra.", BG, "Monday", "2024-07-29"),
    ("The ban takes effect from Sunday.", BG, "Sunday", "2024-07-28"),
    ("Protesters plan to march on Saturday.", BG, "Saturday", "2024-07-27"),
    ("The ministers met again on Thursday in Accra.", BG, "Thursday", "2024-07-25"),
    ("Polls opened at 8 a.m. on Sunday.", BG, "Sunday", "2024-07-21"),
    // "the next 27 years" told in the past: after the date told of before
    ("Compaoré took power on 15 October 1987. He ruled for the next 27 years.", OCT, "the next 27 years", "1987-10-15/2014-10-14"),
    ("The coup came in July 2022. Prices rose over the next two months.", OCT, "the next two months", "2022-08-01/2022-10-01"),
    ("The WFP said on Tuesday it would cut rations unless funds arrived within the next four weeks.", OCT, "the next four weeks", "2023-10-20/2023-11-17"),
    // counted days, as counted weeks: from the article date, or on from
    // the date told of before in a past narrative
    ("Heavy rain is forecast across the south over the next three days.", THU, "the next three days", "2023-07-27/2023-07-30"),
    ("At least 40 people were killed in the past 10 days, the agency said.", THU, "the past 10 days", "2023-07-17/2023-07-27"),
    ("Protests have spread to five towns over the last seven days.", THU, "the last seven days", "2023-07-20/2023-07-27"),
    ("He was detained on 12 October and questioned over the next two days.", OCT, "the next two days", "2023-10-12/2023-10-14"),
    // "the following N units": on from the date told of before
    ("He took office in April 2015 and over the following 16 months cut spending.", OCT, "the following 16 months", "2015-05-01/2016-08-28"),
    ("The junta seized power in July 2023. The following two months will decide its fate, analysts said.", OCT, "The following two months", "2023-08-01/2023-10-01"),
    // a modal's reach runs to a preposition right before the date
    ("The junta said it will present a new mining code before the end of the year.", MAR, "the end of the year", "2024-12"),
    ("Officials said the ministry will publish the list before March.", OCT, "March", "2024-03"),
    // a day awaited: "ahead of Saturday's election", "the campaign for …"
    ("Tension rose in Libreville ahead of Saturday's presidential election.", THU, "Saturday", "2023-07-29"),
    ("The campaign for Saturday's presidential election officially closes at midnight tonight.", THU, "Saturday", "2023-07-29"),
    ("Saturday's presidential election was marred by violence.", THU, "Saturday", "2023-07-22"),
    // what someone was ordered to do is ahead of the order
    ("The judge ordered Holmes to surrender to authorities on April 27 to begin serving her term.", "2022-11-19", "April 27", "2023-04-27"),
    // a date set off by commas before its verb's modal
    ("The official said the lean season, from June to September, would coincide with the rains.", "2025-04-14", "from June to September", "2025-06/2025-09"),
    // "after" orders a day before the date the sentence told of
    ("His inauguration on April 2, 2021 came just days after soldiers tried to seize the palace on March 31.", THU, "March 31", "2021-03-31"),
    // "about" a year: approximate after a preposition, not after a noun
    ("\"I have no regrets about 1968,\" he told a Malian newspaper.", "2020-09-15", "1968", "1968"),
    ("He was born in about 1943 in Kayes.", "2020-09-15", "1943", "1943~"),
    ("Full results of the vaccine trial are expected around 2028.", "2026-03-28", "2028", "2028~"),
    // a plan told in the past perfect: the nearest such date
    ("The central section had been scheduled to open on 9 December.", "2018-08-31", "9 December", "2018-12-09"),
    ("The trial had been due to start in June but was postponed.", "2018-08-31", "June", "2018-06"),
    // "into" before a month
    ("Voting will stretch into May, when temperatures soar.", MAR, "May", "2024-05"),
    // a clause opened by "with" holds no tense
    ("India will hold its election between 19 April and 1 June, with votes counted on 4 June, the commission said.", MAR, "4 June", "2024-06-04"),
    // a month named in a "when" clause after a comma is background
    ("Rates rose 14 times from December 2021, when inflation hit a peak in October 2022.\n\nThe minister's Oct. 30 budget raised taxes on employers.", "2025-02-06", "Oct. 30", "2024-10-30"),
    // a weekly weekday is no date, and tells no year to read back from
    ("In the summer of 1989 Hungary opened its border. In Leipzig, where weekly Monday protests had been growing, 70,000 people marched on October 9.", "2019-11-09", "October 9", "1989-10-09"),
    // a season after a preposition, without "the"; "autumn next year"
    ("Wide distribution is unlikely before spring, he said.", "2020-11-09", "spring", "2021-21"),
    ("Services through the tunnels will start in autumn next year.", "2018-08-31", "autumn next year", "2019-23"),
    // a possessive date and its noun are one phrase: the clause after it
    // tells the tense
    ("Before Sunday's vote, the junta tore up the peace agreement.", "2024-02-02", "Sunday", "2024-01-28"),
    ("Before Sunday's vote, the junta will meet the opposition.", "2024-02-02", "Sunday", "2024-02-04"),
    // what reaches into a month not told in the past reaches ahead
    ("With voting stretching into May and June, officials were told to provide shade.", "2024-02-02", "May", "2024-05"),
    ("The fighting continued into May.", "2024-02-02", "May", "2023-05"),
    // an entry under a chronology heading counts on from its own date
    ("1966:\n\nOn 3 January, the army under Lt Col Lamizana takes over. He will rule for the next 14 years.", "2022-10-01", "the next 14 years", "1966-01-03/1980-01-04"),
    // a month qualifying a budget
    ("Until we see the October budget numbers, the bank will be cautious.", "2019-07-19", "October", "2019-10"),
    // what reaches to a month not told in the past reaches ahead
    ("One option was a grace period of six months, running to the end of July, during which customs rules would remain.", "2024-12-13", "July", "2025-07"),
    // "since the morning of <day>"
    ("Bazoum has been held at the presidential palace since the morning of July 26 last year.", "2024-06-14", "since the morning of July 26 last year", "2023-07-26/2024-06-14"),
    // a night told of in the past is not one ahead of the article date
    ("The reactor exploded on April 26, 1986.\n\nOn Sunday, Ukraine will mark the anniversary with a vigil on Sunday evening. Two workers died that night.", "2026-04-25", "that night", "1986-04-26"),
    // "not until": the day it came, not a span up to it
    ("Mikhail Gorbachev did not address the nation until May 14.", "1986-05-20", "May 14", "1986-05-14"),
    ("The curfew will not be lifted until Friday, officials said.", THU, "Friday", "2023-07-28"),
    ("The junta has until Sunday to respond to the ultimatum.", THU, "until Sunday", "../2023-07-30"),
    // a day a plan told in the past was for: the nearest such day
    ("In Houston, the rain was expected to taper off by Wednesday evening and end by Thursday.", "2017-08-29", "Thursday", "2017-08-31"),
    ("The chairman said he expected the queue to be cleared by Friday.", "2021-03-31", "Friday", "2021-04-02"),
    // a date awaited "before the" event it names
    ("The vote came less than two weeks before the Nov. 5 presidential election.", "2024-10-24", "Nov. 5", "2024-11-05"),
    // figures for a period are published after it
    ("Official figures for September will be published next Friday.", "2022-11-04", "September", "2022-09"),
    ("GDP figures for the third quarter will be released on Friday.", "2022-11-04", "the third quarter", "2022-07/2022-09"),
    // a part of a season after a preposition, read as the season is
    ("Analysts said a new president would be in place by early summer.", "2025-04-04", "early summer", "2025-22"),
    ("Crops failed across the north in late summer.", "2025-04-04", "late summer", "2024-22"),
    // a modal reaches across a name set off by commas and a phrase of place
    ("Iceland will play the hosts, France, at the Stade de France on Sunday.", "2016-06-28", "Sunday", "2016-07-03"),
    ("Soldiers detained the president, Bazoum, at the palace on Wednesday.", "2016-06-28", "Wednesday", "2016-06-22"),
    // "that November" in the middle of a sentence
    ("Kaboré was first elected in 2015. Elections that November brought him a majority.", OCT, "that November", "2015-11"),
    // a date awaited ("ahead of the Feb. 25 vote") a few weeks ahead is
    // upcoming even in a past-tense clause; one just past stays past
    ("Tension rose in Dakar ahead of the Feb. 25 vote.", "2024-02-14", "Feb. 25", "2024-02-25"),
    ("The mayor resigned in the run-up to the March 3 election.", "2024-02-14", "March 3", "2024-03-03"),
    ("Tension rose in Dakar ahead of the Feb. 5 vote.", "2024-02-14", "Feb. 5", "2024-02-05"),
    // "the following May", "the previous December": from the date told
    // before, or with none from the article date
    ("Ghana defaulted on its debt in December 2022 and secured a bailout the following May.", DEC, "the following May", "2023-05"),
    ("The deal was signed in May 2023. The previous December, Ghana had defaulted.", DEC, "The previous December", "2022-12"),
    ("The talks will resume the following March.", DEC, "the following March", "2024-03"),
    // Islamic feasts and Ramadan, in the tabular Islamic calendar (a day
    // approximate: the day observed may differ by one)
    ("The junta freed 30 prisoners on the eve of Tabaski.", BG, "the eve of Tabaski", "2024-06-16~"),
    ("The attack took place during Ramadan, residents said.", BG, "Ramadan", "2024-03-11/2024-04-09"),
    ("Eid al-Adha 2023 was marked by a curfew in Niamey.", BG, "Eid al-Adha 2023", "2023-06-29~"),
    ("Talks will resume after Eid al-Fitr.", BG, "Eid al-Fitr", "2025-03-31~"),
    ("The holy month of Ramadan begins next week, the council said.", "2025-02-20", "Ramadan", "2025-03-01/2025-03-30"),
    ("This year the anniversary falls on Sunday.", BG, "Sunday", "2024-07-28"),
    // a decade without its century or apostrophe, after "the" or another
    // decade
    ("In the 60s and 70s, coups were common in West Africa.", BG, "60s", "196X"),
    ("Coups were common in the 1960s and 70s.", BG, "70s", "197X"),
    ("Uranium exports boomed in the late 70s.", BG, "late 70s", "1977/1979"),
    // a bare past date most of a year back, in the year before the
    // article's, after a paragraph that set a year: that year
    ("On March 21, 2012, soldiers marched on the capital.\n\nOn April 6, the separatists declared a state in the north.", "2022-03-22", "April 6", "2012-04-06"),
    ("On March 21, 2012, soldiers marched on the capital.\n\nTraoré was sworn in on April 12. In May, a mob attacked him in his office.", "2022-03-22", "May", "2012-05"),
    ("Niger's first coup came in 1974.\n\nThe three countries left the bloc in January.", "2025-11-27", "January", "2025-01"),
    ("Niger's first coup came in 1974.\n\nThe junta expelled the envoy in September.", "2022-02-10", "September", "2021-09"),
    ("Niger won independence in August 1960.\n\nIn May, the junta expelled the French envoy.", "2024-03-10", "May", "2023-05"),
    // "until at least 2026" as "since at least 2019"; "no later than" a
    // deadline
    ("The agreement with Moscow runs until at least 2026.", MAR, "until at least 2026", "../2026"),
    ("Elections must be held no later than Dec. 31, the charter says.", MAR, "Dec. 31", "2024-12-31"),
    ("The vote was held no later than Dec. 31, as agreed.", MAR, "Dec. 31", "2023-12-31"),
    // two days with their months joined by a dash alone: one span
    ("The UN mission ran July 26-Aug. 6 in the north.", MAR, "July 26-Aug. 6", "2023-07-26/2023-08-06"),
    ("Talks were held 30 June–2 July in Lomé.", MAR, "30 June–2 July", "2023-06-30/2023-07-02"),
    // 29 February in a year without one: the nearest leap year's
    ("The activist was freed on 29 February, his lawyer said.", "2023-03-14", "29 February", "2020-02-29"),
    // "the first quarter" alone: the latest begun, or the next when told ahead
    ("Mining revenue fell by a fifth in the first quarter, the ministry said.", JUN, "the first quarter", "2024-01/2024-03"),
    ("In the third quarter, exports of uranium fell 4%.", MAR, "the third quarter", "2023-07/2023-09"),
    ("Fourth-quarter production reached a record 142,000 ounces.", MAR, "Fourth-quarter", "2023-10/2023-12"),
    ("The miner will report first-quarter results on May 7.", MAR, "first-quarter", "2024-01/2024-03"),
    ("The regulator expects exports to recover in the fourth quarter.", JUN, "the fourth quarter", "2024-10/2024-12"),
    // a day in a year given relative to the article date
    ("The measures, imposed on July 30 last year, froze the country's assets.", JAN, "July 30 last year", "2023-07-30"),
    ("The summit is set for 24 February next year.", OCT, "24 February next year", "2024-02-24"),
    ("The measures, imposed on July 30 last year, froze its assets. They were lifted at a summit on Jan. 13.", JAN, "Jan. 13", "2024-01-13"),
    // the future seen from the past: "said it would"
    ("The African Union said on Sunday it would meet on Friday.", WED, "Friday", "2023-08-04"),
    ("The junta said it would hold a referendum in December.", AUG, "December", "2023-12"),
    ("The talks would have taken place on Friday but were cancelled.", AUG, "Friday", "2023-08-04"),
    // a month naming an event
    ("The July coup was condemned across the region.", AUG, "July", "2023-07"),
    ("Niger's March elections were delayed by a month.", AUG, "March", "2023-03"),
    ("Analysts still debate the causes of the April attacks.", AUG, "April", "2023-04"),
    // a future modal earlier in a long clause
    ("ECOWAS will hold an emergency summit in Nigeria's capital Abuja on Sunday.", THU, "Sunday", "2023-07-30"),
    ("The summit will be held in the capital of the country's northern region on Sunday.", BG, "Sunday", "2024-07-28"),
    ("He will face charges over the attack that killed ten people on Sunday.", THU, "Sunday", "2023-07-23"),
    ("Col. Doumbouya will be sworn in as interim president on Friday.", "2021-09-27", "Friday", "2021-10-01"),
    // a weekday a meeting is called or set for
    ("Ghana's president called an extraordinary summit for Wednesday.", "2021-09-06", "Wednesday", "2021-09-08"),
    ("He claimed responsibility for Monday's attack.", THU, "Monday", "2023-07-24"),
    // a year-less day a few days ahead, or a deadline, whatever the tense
    ("The bloc gave the junta until Aug. 6 to reinstate the president.", THU, "until Aug. 6", "../2023-08-06"),
    ("Leaders met in Abuja on Sunday and gave the soldiers until Aug. 6.", THU, "until Aug. 6", "../2023-08-06"),
    ("The summit held on July 30 imposed sanctions.", THU, "July 30", "2023-07-30"),
    // a season near the article date
    ("A 2024-25 budget was adopted in the spring.", BG, "spring", "2024-21"),
    ("Talks resumed over the summer.", BG, "summer", "2024-22"),
    ("The vote will take place in the autumn.", BG, "autumn", "2024-23"),
    // part of a year, not counted back from the article date
    ("Attacks fell by 39% compared to the last six months of 2022.", "2023-07-28", "the last six months of 2022", "2022-07/2022-12"),
    ("Attacks fell by 39% compared to the last few months of 2022.", "2023-07-28", "2022", "2022"),
    // a day after a date known only to the month
    ("Gunmen attacked a convoy in February. A day later, the junta declared mourning.", "2025-03-14", "A day later", "2025-02-02/2025-03-01"),
    ("Prices fell in 2023. The month after, the bank acted.", "2024-05-17", "The month after", "2023-02-01/2024-01-31"),
    // two days from the article date
    ("The day before yesterday, troops moved north.", "2023-07-31", "The day before yesterday", "2023-07-29"),
    ("The vote is set for the day after tomorrow.", "2024-05-17", "the day after tomorrow", "2024-05-19"),
    // the year, month or week before or after the date told of
    ("Last year's protests were smaller. The year before, there were none.", "2023-07-31", "The year before", "2021"),
    ("The government fell in March 2019. The month after, elections were called.", THU, "The month after", "2019-04"),
    // a month with "end-"
    ("Reserves stood at $33 billion at end-December.", "2024-05-17", "end-December", "2023-12"),
    // "this past" before a weekday
    ("This past Saturday, crowds gathered in the capital.", "2023-07-31", "This past Saturday", "2023-07-29"),
    // a year-first date with slashes
    ("The ministry's file was stamped 2023/07/31.", AUG, "2023/07/31", "2023-07-31"),
    // a decade by its word
    ("In the sixties, Niger was newly independent.", AUG, "the sixties", "196X"),
    ("Growth stalled in the early eighties.", AUG, "the early eighties", "1980/1983"),
    ("He moved to Lagos in the late 1950s and opened a studio in the mid-1970s.", AUG, "late 1950s", "1957/1959"),
    ("The late 1980s brought strikes; the 1990s brought a new constitution.", AUG, "late 1980s", "1987/1989"),
    ("In the early 1990s, the army ruled. On July 26, soldiers seized the palace.", THU, "July 26", "2023-07-26"),
    ("The army ruled until the late 1990s.", THU, "until the late 1990s", "../1999"),
    ("Since the mid-1970s, the army has ruled.", THU, "Since the mid-1970s", "1974/2023-07-27"),
    ("At the turn of the century, the town had 10,000 people.", AUG, "the turn of the century", "2000~"),
    // an anniversary week or month
    ("Three years ago this week, the president was ousted.", "2024-03-01", "Three years ago this week", "2021-03-01/2021-03-07"),
    ("A year ago this month, the junta took power.", AUG, "A year ago this month", "2022-08"),
    // a deadline told in the present after a sentence about another year
    ("In 2020-21, two coups hit Mali. The curfew lasts until March 10.", "2024-03-01", "until March 10", "../2024-03-10"),
    ("In 2020, protests spread. The curfew lasted until March 10.", "2024-03-01", "until March 10", "../2020-03-10"),
    // a date read from the article date after an explicit year, in the sentence before
    ("The trial, which opened on 28 September 2022, ended last week. He was sentenced to 20 years on July 31.", "2024-08-05", "July 31", "2024-07-31"),
    ("The trial opened on 28 September 2022. He was sentenced to 20 years on November 30.", "2024-08-05", "November 30", "2022-11-30"),
    // a day that would go back before the date just told, in the weeks
    // before the article date in its own year: that recent day (not in
    // the past perfect, the tense of a flashback)
    ("The trial opened on 28 September 2022. He was sentenced to 20 years on July 31.", "2024-08-05", "July 31", "2024-07-31"),
    ("Tshisekedi, re-elected in December 2023, has said he will not negotiate. He reversed that stance in the week of March 10.", "2025-03-14", "the week of March 10", "2025-03-10/2025-03-16"),
    ("Tshisekedi was re-elected in December 2023. In March, he reversed that stance.", "2025-03-14", "March", "2025-03"),
    // a day that the preceding text's year would put before the date told
    // just before it, and that lay in the months up to the article date
    ("Traore's government extended its rule by five years in May 2024. Together with Mali, the two countries formally left ECOWAS on Jan. 29 and are setting up a joint force.", "2025-09-09", "Jan. 29", "2025-01-29"),
    ("Tshisekedi was re-elected in December 2023. The case had been filed on March 2.", "2025-03-14", "March 2", "2023-03-02"),
    ("The coup came in July 2023. On July 28, Tiani named himself head of state.", "2024-07-29", "July 28", "2023-07-28"),
    // a deadline reaching the article date's year brings the narrative to
    // the present: an earlier year of its sentence sets no year after it
    ("Mali's army seized power again in May 2021, and its junta had pledged to hand over by March 2024. In September, however, it postponed the vote.", "2024-01-28", "September", "2023-09"),
    // a month set for something that begins within a week is the coming
    // one, even told in the past perfect
    ("In September, it postponed a presidential vote that had been scheduled for February.", "2024-01-28", "February", "2024-02"),
    // a year "since" opens is no point of reference for "two days later"
    // (a day is)
    ("Soldiers seized the palace on 26 July 2023. Members of the guard, which Tiani had commanded since 2011, blocked access. Two days later, Tiani named himself head of state.", "2024-07-26", "Two days later", "2023-07-28"),
    ("Bazoum has been held since July 26. Two days later, Tiani declared himself leader.", "2023-08-10", "Two days later", "2023-07-28"),
    // a modal's clause is not cut at the comma of a number
    ("The agency said it had halved rations and would suspend assistance to some 700,000 people in July unless new money arrives.", "2025-06-16", "July", "2025-07"),
    // "could" before a verb of what may happen looks ahead; "could hear"
    // (an ability in the past) does not
    ("Nearly 3 million people could face hunger during the lean season from June to September, aid agencies warned.", "2025-06-16", "from June to September", "2025-06/2025-09"),
    ("Residents said they could hear gunfire on Sunday.", "2025-09-22", "Sunday", "2025-09-21"),
    // a condition told in the present looks ahead; in the past perfect it
    // does not
    ("If the money comes in October, it will be too late.", "2025-06-16", "October", "2025-10"),
    ("If the vote had been held in March, he would have won.", "2025-06-16", "March", "2025-03"),
    // a base of comparison sets no year for what follows
    ("In the first quarter, the economy grew 6.4% from a year earlier, the IMF said in a staff report published in July.", "2025-08-14", "July", "2025-07"),
    // a date in an apposition about a name is background, as one in a
    // relative clause is
    ("The trial opened on June 23 before the CRIEF, a special court created in December 2021. Hearings were postponed in July because a judge was ill.", "2025-10-29", "July", "2025-07"),
    // "the next morning" after a month told in passing is told from the
    // day before it
    ("The strike hit late Wednesday. Staff have worked without rest since the siege tightened at the start of the month. Most of the dead were buried the next morning.", "2026-02-13", "the next morning", "2026-02-12"),
    // a deadline that "runs out" in the present is ahead
    ("Defence chiefs agreed on a plan, an official said, as a deadline for the junta to reinstate ousted President Mohamed Bazoum runs out on Sunday.", "2023-08-05", "Sunday", "2023-08-06"),
    // a day that names the vote set for it, weeks ahead, is the coming one
    // whatever the tense
    ("President Macky Sall announced Saturday that he was repealing the decree that set the Feb. 25 vote.", "2024-02-05", "Feb. 25", "2024-02-25"),
    // a plan reaches past a preposition ("after a presidential election")
    ("Talon, a cotton tycoon elected in 2016 and re-elected in 2021, is due to step down after a presidential election in April.", "2025-12-07", "April", "2026-04"),
    // a sentence after a closing quote starts after the quote
    ("Analysts had warned of rifts in the army for months. Speaking to the Sahel Observer in July, researcher Rasmane Zongo said: \"Next month will test whether the junta can hold the army together.\" Attacks in August and September deepened anger among junior officers.", "2022-10-03", "August", "2022-08"),
    // a relative clause closed by a comma and a verb in the past is
    // background
    ("Brice Oligui Nguema, who led the August 2023 coup against Ali Bongo, won the April 12 presidential election.", "2025-09-09", "April 12", "2025-04-12"),
    // a holiday with its year
    ("On Christmas Day 2023, the market burned.", "2024-12-28", "Christmas Day 2023", "2023-12-25"),
    // a day a week ahead told in the past, after the text told of an
    // earlier year, is a day of that story
    ("In the early hours of 26 July 2023, soldiers sealed off the residence of Mohamed Bazoum.\n\nNiger has lived through four successful coups before this one, in 1974, 1996, 1999 and 2010.\n\nThe unravelling was quick. On 30 July ECOWAS threatened military intervention.", "2026-07-24", "30 July", "2023-07-30"),
    // a participle standing as an adjective does not end a modal's reach
    ("Training will begin in March, while a mock accreditation exercise will be conducted in selected polling units on the weekend of 28-29 March.", "2026-02-18", "28-29 March", "2026-03-28/2026-03-29"),
    // what someone was urged to do is ahead of it
    ("He urged INEC to publish the updated register of voters not later than April 30.", "2026-02-18", "April 30", "2026-04-30"),
    ("He said he had asked the court to rule in January.", "2026-02-18", "January", "2026-01"),
    // the end of a year named: its last month; its start: its first
    ("Elections were due by the end of 2022.", "2025-04-15", "the end of 2022", "2022-12"),
    ("At the start of 2024, the government was dissolved.", "2025-04-15", "the start of 2024", "2024-01"),
    ("By the close of 2024, the junta had left ECOWAS.", "2025-04-15", "the close of 2024", "2024-12"),
    // "so far this year": from its start up to the article date
    ("So far this year, 300 people have died in attacks.", "2026-07-24", "So far this year", "2026-01-01/2026-07-24"),
    // "hours later", "earlier in the day": the day told of before, or the
    // article date's
    ("Soldiers arrested Keita on Tuesday. Hours later, he resigned on state television.", "2020-08-19", "Hours later", "2020-08-18"),
    ("Mutineers seized Keita on the night of 18-19 August 2020. Hours later, he resigned on state television.", "2021-06-08", "Hours later", "2020-08-19"),
    // an "and" inside the subject after the date joins no clauses
    ("By Sunday, religious and traditional leaders had brokered a deal.", "2022-10-03", "Sunday", "2022-10-02"),
    // a day told in a quotation, from the day its attribution says it was
    // spoken
    ("On Saturday, protesters lit fires outside the embassy. \"Yesterday they were shooting outside my door, and today they are burning things,\" a mechanic told reporters that afternoon.", "2022-10-03", "Yesterday", "2022-09-30"),
    ("\"This morning I went to the mosque and prayed,\" a retired teacher said on Sunday.", "2022-10-03", "This morning", "2022-10-02"),
    ("Speaking to reporters in July, a researcher said: \"Next month will test whether the junta can hold the army together.\"", "2022-10-03", "Next month", "2022-08"),
    ("\"Our campaign starts on Sunday, decree or no decree,\" the candidate told supporters Saturday night.", "2024-02-05", "Sunday", "2024-02-04"),
    ("\"Today we vote for change,\" the candidate said.", "2024-02-05", "Today", "2024-02-05"),
    // "days later", "a few weeks earlier": an uncounted span from the date
    // told before, never after the article date when told in the past
    ("Soldiers detained the president on 24 May. Days later, ECOWAS suspended Mali.", "2021-06-08", "Days later", "2021-05-26/2021-06-02"),
    ("Talks collapsed on March 3. A few weeks earlier, the junta had expelled the envoy.", "2025-06-01", "A few weeks earlier", "2025-01-06/2025-02-17"),
    ("The junta took power in 2019. Years later, the general returned.", "2024-12-28", "Years later", "2021/2024-12-28"),
    ("A few weeks ago, the junta dissolved the political parties.", "2024-09-05", "A few weeks ago", "2024-07-11/2024-08-22"),
    ("Just days ago, rebels struck a convoy near Gao.", "2024-09-05", "Just days ago", "2024-08-27/2024-09-03"),
    ("The minister said in a video message posted earlier in the day that the situation was under control.", "2025-12-07", "earlier in the day", "2025-12-07"),
    // a month qualifying a recess, session or hearing after a possessive
    ("Hearings were postponed in July and suspended during the court's August recess.", "2025-10-29", "August", "2025-08"),
    // a start ("beginning Friday", "starting Thursday") is the nearest such
    // day, before or after
    ("The government declared a period of national mourning beginning Friday.", "2019-11-07", "Friday", "2019-11-08"),
    ("The president declared three days of national mourning, starting Thursday.", "2023-07-28", "Thursday", "2023-07-27"),
    // a day listed after a day ahead is ahead
    ("The Electoral Commission says it expects to declare official figures on Monday or Tuesday.", "2024-12-08", "Tuesday", "2024-12-10"),
    // "went to the polls" is told in the past ("polls" is no verb there)
    ("Voters went to the polls on Saturday.", "2024-12-05", "Saturday", "2024-11-30"),
    ("Voters go to the polls on Saturday.", "2024-12-05", "Saturday", "2024-12-07"),
    // a plan told in the present reaches what follows "to"
    ("Aid agencies expect hunger to peak across the central Sahel during the lean season between June and August.", "2026-01-31", "between June and August", "2026-06/2026-08"),
    // a year qualifying a noun after a possessive
    ("ECOWAS's 2001 protocol on democracy made coups grounds for suspension.", "2023-08-31", "2001", "2001"),
    // "year-end": the end of the year told of
    ("Officials had planned to phase out the fuel subsidy by year-end.", "2024-12-05", "year-end", "2024-12"),
    ("Power was restored to the north only by year-end.", "2024-02-05", "year-end", "2023-12"),
    // "this weekend" told in the past on a weekday: the weekend just past
    ("Fighting resumed near Tinzaouaten this weekend.", "2024-07-29", "this weekend", "2024-07-27/2024-07-28"),
    ("Talks will be held in Algiers this weekend.", "2024-07-29", "this weekend", "2024-08-03/2024-08-04"),
    // the same month named with its year just before, even across a paragraph break
    ("Mali will postpone an election scheduled for February 2024, its promise to hand over next year in doubt.\n\nThe first round had been set for Feb. 4.", "2023-09-27", "Feb. 4", "2024-02-04"),
    ("He promised civilian rule by July 2024, after a transition agreed with ECOWAS in July.", "2022-10-03", "July", "2022-07"),
    // months in apposition to the year before them
    ("Burkina Faso saw two coups in 2022, in January and September.", "2024-01-29", "January", "2022-01"),
    ("Burkina Faso saw two coups in 2022, in January and September.", "2024-01-29", "September", "2022-09"),
    // a year after the article's, told of as a plan, sets no past day's year
    ("July 3: ECOWAS agrees to a transition ending in July 2024.\nSept. 5: A convoy hits a roadside bomb.", "2022-10-03", "Sept. 5", "2022-09-05"),
    // "is to", and a "when" clause in the future after the date
    ("He is to be sworn in on Monday before the court.", GA, "Monday", "2023-09-04"),
    ("A conference that ended on February 19 extended the transition from March 26, when the general is to be sworn in.", "2025-03-14", "March 26", "2025-03-26"),
    // "would" in reported speech, further back than six words
    ("The junta said it would hold consultations on a transition on Tuesday.", "2021-09-06", "Tuesday", "2021-09-07"),
    ("The junta said it would have held talks on a transition on Tuesday.", "2021-09-06", "Tuesday", "2021-08-31"),
    // the end of the decade, and of the year of the date before it
    ("Elections are unlikely before the end of the decade.", "2025-03-14", "the end of the decade", "202X"),
    ("24 Sep 2023: Paris says its troops will leave by the end of the year.", BG, "the end of the year", "2023-12"),
    ("Niger's economy is forecast to grow by the end of the year.", BG, "the end of the year", "2024-12"),
    // a month alone as a deadline not told in the past
    ("19 May 2024: Washington agrees to withdraw its troops by mid-September.", BG, "mid-September", "2024-09-11/2024-09-20"),
    ("Washington withdrew its troops by mid-September.", BG, "mid-September", "2023-09-11/2023-09-20"),
    // an interval closing on a part of a year
    ("Protests killed dozens between October 2019 and late 2020.", "2021-09-06", "between October 2019 and late 2020", "2019-10/2020-12"),
    // a birth year is no topic for the sentences after it
    ("Born in 1960 in the west, he joined the army in the 1980s. He took power on July 28.", WED, "July 28", "2023-07-28"),
    ("In 1960 the country became independent. Its first president took office on July 28.", WED, "July 28", "1960-07-28"),
    // a weekday before or after the date told of
    ("The guard moved on July 26. The previous Friday, the president had chaired a cabinet meeting.", AUG, "The previous Friday", "2023-07-21"),
    ("The guard moved on July 26. The following Monday, ECOWAS imposed sanctions.", AUG, "The following Monday", "2023-07-31"),
    // more written forms
    ("A log entry reads 2023-07-26T10:00Z.", AUG, "2023-07-26T10:00Z", "2023-07-26"),
    ("A receipt was stamped 26-Jul-2023.", AUG, "26-Jul-2023", "2023-07-26"),
    ("Output is expected to double by end-2025.", AUG, "2025", "2025"),
    // a day and the year it is told to be in, as one mention
    ("The council extended the transition in October 2022. On Oct. 20 of that year, forces killed dozens of protesters.", "2024-05-10", "Oct. 20 of that year", "2022-10-20"),
    // a dateline is on or before the article date, whatever tense follows
    ("OUAGADOUGOU, May 26 (GW) - The military government will stay in power for another five years.", "2024-06-14", "May 26", "2024-05-26"),
    // a start a few weeks ahead is the coming one, whatever the next clause says
    ("The junta will stay in power for another five years, starting July 2, under a charter adopted on Saturday.", "2024-06-14", "July 2", "2024-07-02"),
    // a sentence that speaks of this month reads its months from the article date
    ("The coup came in April 2019. A deal signed in December was to lead to civilian rule, but talks stalled this month.", "2023-04-20", "December", "2022-12"),
    // "preparing to"
    ("Foreign governments are preparing to evacuate their citizens over the weekend.", "2023-04-20", "the weekend", "2023-04-22/2023-04-23"),
    // an ordinal day before a time
    ("They spoke on July 25. He was detained on the 26th around 7 a.m.", AUG, "26th", "2023-07-26"),
    // a half of "the year"
    ("In the first half of the year, exports fell by a third.", OCT, "the first half of the year", "2023-01/2023-06"),
    ("The bank expects exports to recover in the second half of the year.", "2023-03-10", "the second half of the year", "2023-07/2023-12"),
    // a past range of months, written early in the next year, is last year's
    ("Between January and October, more than 5,000 civilians were killed.", "2025-01-10", "Between January and October", "2024-01/2024-10"),
    ("From March to May, prices of staples rose sharply.", "2025-01-10", "From March to May", "2024-03/2024-05"),
    // a range still ahead stays ahead
    ("The lean season will last from June to September.", "2025-01-10", "from June to September", "2025-06/2025-09"),
    // a date something is put off to follows the date it was set for
    ("The president tried to postpone the vote, first set for Feb. 25, to Dec. 15.", "2024-03-25", "Dec. 15", "2024-12-15"),
    ("The court postponed the trial, set for June 20, 2024, to March 3.", "2024-12-02", "March 3", "2025-03-03"),
    // "the end of the week" in a past narrative is that of the day told of
    ("Guards seized the president on July 26, 2023. Two days later, the general named himself head of state. By the end of the week, crowds were waving Russian flags.", "2024-04-12", "the end of the week", "2023-07-24/2023-07-30"),
    // but not in the present or future tense
    ("Guards seized the president on July 26, 2023. Talks on his release will resume by the end of the week.", "2024-04-12", "the end of the week", "2024-04-08/2024-04-14"),
    // fractions of a unit, centuries, and counts ahead of the article date
    ("Half a century ago, Niger's first military ruler promised to hand back power.", "2025-06-18", "Half a century ago", "1975~"),
    ("A quarter of a century ago, the region seemed to be leaving coups behind.", "2025-06-18", "A quarter of a century ago", "2000~"),
    ("The junta seized power a year and a half ago.", "2025-06-18", "a year and a half ago", "2023-12~"),
    ("The talks collapsed two and a half years ago.", "2025-06-18", "two and a half years ago", "2022-12~"),
    ("The border was drawn a century ago.", "2025-06-18", "a century ago", "1925~"),
    ("Five years from now, the map may look different again.", "2025-06-18", "Five years from now", "2030~"),
    ("The ministers meet again two weeks from today.", "2025-06-18", "two weeks from today", "2025-07-02"),
    ("The last troops will have left in six months' time.", "2025-06-18", "in six months' time", "2025-12~"),
    ("The first coup came in 1974. Half a century later, soldiers again ruled Niamey.", "2025-06-18", "Half a century later", "2024"),
    ("The president was sworn in two years ago, in April 2021.", THU, "two years ago", "2021~"),
    // a month listed before a month with its year, in parentheses
    ("Burkina Faso (January and September 2022) and Niger (July 2023) followed.", THU, "January", "2022-01"),
    ("The vote may come in March or April 2024.", THU, "March", "2024-03"),
    // whole days counted in hours; the period two before or after the article date's
    ("Soldiers seized the palace on July 26. 48 hours later, the general named himself head of state.", THU, "48 hours later", "2023-07-28"),
    ("Bazoum was detained 72 hours ago.", THU, "72 hours ago", "2023-07-24"),
    ("The first talks were held the year before last.", "2025-06-18", "the year before last", "2023"),
    ("Ministers meet again the week after next.", "2025-06-18", "the week after next", "2025-06-30/2025-07-06"),
    // (the week before the article date's, not before the date told of)
    ("Gunmen attacked a convoy in February. The week before last, gunmen attacked again.", THU, "The week before last", "2023-07-10/2023-07-16"),
    // a season told of from the date before
    ("The officers took power in August 2020. Their timetable did not survive the following spring.", "2024-05-20", "the following spring", "2021-21"),
    ("Talks opened on 12 January 2022. That winter was the coldest in years.", "2024-05-20", "That winter", "2021-24"),
    ("Attacks rose in 2019. The previous summer had been calm.", "2024-05-20", "The previous summer", "2018-22"),
    // a year told relative to the article date is shared with the date listed before
    ("It had promised a referendum on 31 October and elections on 27 February and 13 March next year.", "2021-05-26", "27 February", "2022-02-27"),
    // "as early as" / "as late as" before a month
    ("Aid agencies expect the lean season to start as early as May.", "2025-01-10", "May", "2025-05"),
    ("Troops stayed as late as October.", "2024-03-10", "October", "2023-10"),
    // the part of a year at the start of a range goes with it
    ("From mid-2021 through early 2023, the junta ruled by decree.", "2024-03-10", "From mid-2021 through early 2023", "2021-05/2023-04"),
    ("Between late 2019 and 2022, attacks tripled.", "2024-03-10", "Between late 2019 and 2022", "2019-09/2022"),
    // the week holding a day
    ("Talks are set for the week of Aug. 14.", "2023-08-10", "the week of Aug. 14", "2023-08-14/2023-08-20"),
    ("In the week of 5 July, prices fell.", "2023-08-10", "the week of 5 July", "2023-07-03/2023-07-09"),
    // a month and the year it is in
    ("Aid agencies expect the season to start as early as May in 2025.", "2025-01-10", "May in 2025", "2025-05"),
    ("Protests began in March in 2019 and again in 2020.", THU, "March in 2019", "2019-03"),
    // a count followed in apposition by the day it names is that day
    ("The borders were closed on Thursday. A day earlier, on Tuesday, the president had left.", THU, "A day earlier", "2023-07-25"),
    // a count in apposition restates the date before it
    ("Kountche ruled until his death in 1987, thirteen years later.", THU, "thirteen years later", "1987"),
    ("Kountche seized power in 1974. Thirteen years later, he died in Paris.", THU, "Thirteen years later", "1987"),
    // "today's" before an event is the article's day
    ("Today's vote in Niamey passed off peacefully.", THU, "Today", "2023-07-27"),
    // a hedged count in apposition restates the date before it too
    ("Mali's colonels struck on May 24, barely nine months later.", THU, "nine months later", "2023-05-24"),
    ("The junta in Niamey took over on July 26, less than six weeks earlier.", GA, "six weeks earlier", "2023-07-26"),
    // months listed after a year told relative to the article date take it
    ("Burkina Faso lived through two coups last year, in January and September.", GA, "January", "2022-01"),
    ("Burkina Faso lived through two coups last year, in January and September.", GA, "September", "2022-09"),
    // "agreed" is a past form: a modal before it no longer reaches the date
    ("He said the soldiers would honour the timetable agreed with the bloc in July.", OCT22, "July", "2022-07"),
    ("The envoy said talks would resume on the terms decreed by the junta in May.", OCT22, "May", "2022-05"),
    // "are set for" looks ahead, whatever year a relative clause told of
    ("Polls in Chad, whose ruler took over in April 2021, are set for May 6.", MAR, "May 6", "2024-05-06"),
    ("In 2021 the polls were set for May 6.", MAR, "May 6", "2021-05-06"),
    // a date after a future one, in a clause not in the past, is future too
    ("The first round is set for May 6, with a second round on June 22 if needed.", MAR, "June 22", "2024-06-22"),
    ("The first round is set for May 6, after a census completed on Feb. 2.", MAR, "Feb. 2", "2024-02-02"),
    // a month after a plan word and "for" is the plan's date
    ("Mali's junta put off the vote planned for February indefinitely.", DEC, "February", "2024-02"),
    ("The summit is slated for March, officials said.", DEC, "March", "2024-03"),
    // what is told in the future lies in no period already past
    ("Exports fell late last year. Later in the year, the vote will be held.", AUG, "Later in the year", "2023-08-10/2023-12-31"),
    ("Exports fell in 2022. Later in the year, the vote was held.", AUG, "Later in the year", "2022"),
    // a day of the month told in the past does not pass the article date
    ("Last Friday's attack killed 17 soldiers. On the 3rd, the junta named a cabinet.", AUG, "3rd", "2023-08-03"),
    ("The summit opened on Aug. 28. On the 3rd, the leaders signed a deal.", OCT, "3rd", "2023-09-03"),
    // "by the weekend": ahead, unless told in the past
    ("The envoy is due to report to the bloc's leaders by the weekend.", WED, "the weekend", "2023-08-05/2023-08-06"),
    ("The talks had dragged on by the weekend, diplomats said.", WED, "the weekend", "2023-07-29/2023-07-30"),
    // decades with "the" (and a part) before them make one interval
    ("Between the early 1960s and the late 1990s, the region saw 80 coups.", THU, "Between the early 1960s and the late 1990s", "1960/1999"),
    ("From the 1970s to the 1990s, juntas ruled Niger for years.", THU, "From the 1970s to the 1990s", "197X/199X"),
    // a bare season listed after one read as a date is one too
    ("Attacks rose through the spring and summer, the army said.", OCT22, "summer", "2022-22"),
    // a paragraph told in the past keeps the year it set
    ("The army seized power in February 2010. The junta dissolved the government. It lifted the curfew in March.", BG, "March", "2010-03"),
    ("The army seized power in February 2010. Today the country is calm. Prices rose in March.", BG, "March", "2024-03"),
    ("Niger voted in February 2021. The country is poor. The rains will come in June.", BG, "June", "2025-06"),
    // a date in a relative clause that has ended sets no year for the main clause
    ("The junta, which seized power in a coup in July last year, had given the firm until June 19 to start work.", JUN, "until June 19", "../2024-06-19"),
    ("The junta, which seized power in July last year, had given the firm a deadline. It said it resumed work on June 4.", JUN, "June 4", "2024-06-04"),
    ("The soldiers who took power in August 2020 and again in May 2021 had promised a handover by March 2024 after elections in February.", MAR, "February", "2024-02"),
    ("The soldiers who took power in August 2020 and dissolved parliament in September still rule.", MAR, "September", "2020-09"),
    ("The army seized power in July 2023 and had closed the borders by August.", MAR, "August", "2023-08"),
    // a month in capitals with its year, as in a timeline's headings
    ("MALI, AUGUST 2020\nOn Aug. 18, soldiers detained the president.", GA, "AUGUST 2020", "2020-08"),
    ("GUINEA, MAY 2021\nThe junta took power.", GA, "MAY 2021", "2021-05"),
    // a date naming an event after a date in its sentence is not the one "the same day" counts from
    ("On Aug. 30, officers seized power minutes after Bongo was declared winner of the Aug. 26 election. Oligui was named leader on the same day.", GA, "the same day", "2023-08-30"),
    ("Soldiers seized power after the July 26 vote. Two days later, the general declared himself leader.", GA, "Two days later", "2023-07-28"),
    // a period up to the article date sends a month after it to the article date too
    ("Mali adopted a new mining code in August 2023. In the past year, it has arrested four staff of a miner detained in September.", "2024-10-15", "September", "2024-09"),
    // a day told in the future that fell days before the article date is that day
    ("9 August: Junta says Bazoum will be tried.", AUG, "9 August", "2023-08-09"),
    ("The court will rule on July 20.", AUG, "July 20", "2024-07-20"),
    // "since the weekend": from the weekend up to the article date
    ("Several hospitals had been shelled since the weekend.", "2023-04-17", "since the weekend", "2023-04-15/2023-04-17"),
    // "since <a few words> in April 2021 / on July 26": the interval too
    ("It was his first trip abroad since taking office in April 2021.", AUG, "since taking office in April 2021", "2021-04/2023-08-10"),
    ("He has been held since soldiers stormed the palace on July 26.", AUG, "since soldiers stormed the palace on July 26", "2023-07-26/2023-08-10"),
    ("He has been held since soldiers stormed the palace on July 26.", AUG, "July 26", "2023-07-26"),
    // a date something is put off to, or is to be held on, lies ahead
    ("Lawmakers voted to delay the election to Dec. 15.", "2024-02-05", "Dec. 15", "2024-12-15"),
    ("The vote was pushed back to December 15.", "2024-02-05", "December 15", "2024-12-15"),
    ("The election has been rescheduled for December.", "2024-02-05", "December", "2024-12"),
    ("Officials said the referendum could be held as early as October.", "2024-02-05", "October", "2024-10"),
    ("The court ordered the vote to be held before April 2.", "2024-02-05", "April 2", "2024-04-02"),
    ("The vote was postponed in September.", "2024-02-05", "September", "2023-09"),
    ("The trial had been adjourned until Jan. 10.", "2024-02-05", "until Jan. 10", "../2024-01-10"),
    ("The rally was held on Jan. 10.", "2024-02-05", "Jan. 10", "2024-01-10"),
    ("A draft proposed holding the election on Dec. 15.", "2024-02-05", "Dec. 15", "2024-12-15"),
    ("After holding talks on Jan. 10, the envoys left.", "2024-02-05", "Jan. 10", "2024-01-10"),
    // a weekday deadline not told in the past lies ahead; so does a possessive weekday told in the future
    ("The junta has until Sunday to respond.", THU, "until Sunday", "../2023-07-30"),
    ("The curfew ran until Sunday.", THU, "until Sunday", "../2023-07-23"),
    ("Monday's summit will focus on sanctions.", THU, "Monday", "2023-07-31"),
    ("Monday's summit focused on sanctions.", THU, "Monday", "2023-07-24"),
    // "from Thursday until Sunday": the end is the first such day after the start
    ("The curfew runs from Thursday until Sunday.", THU, "from Thursday until Sunday", "2023-07-27/2023-07-30"),
    // a day as a deadline not told in the past lies ahead, months ahead too
    ("The UN mission has until 31 December to leave.", OCT, "until 31 December", "../2023-12-31"),
    ("The UN mission had until 31 December to leave.", OCT, "until 31 December", "../2022-12-31"),
    // a passive participle after "be" tells of no past
    ("Its withdrawal from Kidal, due to be completed by mid-November, will leave the town open.", OCT, "mid-November", "2023-11-11/2023-11-20"),
    // the month just named with its year, named again alone, is not that one
    ("He was re-elected in November 2020, but faced mounting anger. An attack in Inata in November left 53 people dead.", BF, "November", "2021-11"),
    ("He was re-elected in November 2020. In December, he named a new cabinet.", BF, "December", "2020-12"),
    // "That April": the April told of before
    ("Soldiers stormed the palace on 15 April 1974. A drought had begun in 1968. That April, few mourned the president.", "2024-04-15", "That April", "1974-04"),
    ("Soldiers stormed the palace on 15 April 1974. A drought had begun in 1968. That April, few mourned the president. The following month, a council was set up.", "2024-04-15", "The following month", "1974-05"),
    // "by the end of the decade": the decade of the date before it in the sentence
    ("Output began at Arlit in 1971 and, by the end of the decade, Niger was a leading producer.", "2024-04-15", "the end of the decade", "197X"),
    // "the decade" of a past narrative: the decade of the year told before it
    ("\"In 1980 we had a cinema,\" he said. The slump came quickly. By the middle of the decade prices had fallen by half.", "2024-06-21", "the middle of the decade", "1984/1986"),
    ("The mine opened in 1971. By the end of the decade, it employed 4,000 people.", "2024-04-15", "the end of the decade", "197X"),
    // (told ahead, it is the article date's decade)
    ("The mine opened in 1971. The company hopes to close it by the end of the decade.", "2024-04-15", "the end of the decade", "202X"),
    ("Reserves should last until the middle of the decade, the ministry said.", "2021-03-02", "the middle of the decade", "2024/2026"),
    // a count restated by a written year right after it
    ("He died in 1987. A decade later, in 1996, Niger suffered its second coup.", "2024-04-15", "A decade later", "1996"),
    // (at the count's own precision: a year, or a month, of the date named)
    ("Tandja first won in November 1999. Five years later, in December 2004, he was re-elected.", "2020-11-25", "Five years later", "2004"),
    ("The junta took power in January 2022. Eight months later, on 30 September, a captain toppled it.", "2025-01-29", "Eight months later", "2022-09"),
    // a date after "since" is a past start, whatever the tense
    ("The plotters had been planning since mid-November.", "2025-12-08", "since mid-November", "2025-11-11/2025-12-08"),
    // "April 2 of that year": the year of the date before the day
    ("Bazoum was elected in 2021 and sworn in on April 2 of that year.", THU, "April 2 of that year", "2021-04-02"),
    // "since" after "has had" still starts an interval
    ("The coup ended the only government the country has had since independence in 1960.", MAR, "since independence in 1960", "1960/2024-03-15"),
    // a year before a singular noun of an event names it
    ("The junta ended a 2015 peace deal with northern separatists.", "2025-05-14", "2015", "2015"),
    ("Survivors of a 2019 massacre testified in Mopti.", "2025-05-14", "2019", "2019"),
    ("A 2021 ruling by the court was ignored.", "2025-05-14", "2021", "2021"),
    ("Since a 2022 pact with Russia, the army has bought drones.", "2025-05-14", "2022", "2022"),
    // a plan told in the past perfect was for a time that has passed
    ("The trial had been due to start in June but was postponed twice.", "2024-11-06", "June", "2024-06"),
    ("The election, which had been planned for June, was postponed.", "2024-11-06", "June", "2024-06"),
    ("The junta had promised elections in February.", "2024-11-06", "February", "2024-02"),
    ("The summit had been scheduled for Friday but was called off.", "2024-11-06", "Friday", "2024-11-01"),
    ("The vote had been set for Sunday but the junta delayed it.", "2024-11-06", "Sunday", "2024-11-03"),
    ("The vote is due in June.", "2024-11-06", "June", "2025-06"),
    ("A summit is set for Friday.", "2024-11-06", "Friday", "2024-11-08"),
    // a cue before "said on Sunday" does not send the day ahead; nor does "next" in "next year"
    ("Talon, who is due to step down after elections in April next year, said on Sunday evening that all was calm.", "2025-12-10", "Sunday evening", "2025-12-07"),
    ("Elections are due next year, he said on Sunday.", "2025-12-10", "Sunday", "2025-12-07"),
    ("Officials said the vote will be held on Sunday.", "2025-12-10", "Sunday", "2025-12-14"),
    ("ECOWAS will meet on Sunday, officials said.", "2025-12-10", "Sunday", "2025-12-14"),
    ("The talks will resume next week on Tuesday.", "2025-12-10", "Tuesday", "2025-12-16"),
    // "since the beginning (end) of" a date: the interval up to the article date
    ("Since the beginning of 2024, prices have doubled.", "2024-10-02", "Since the beginning of 2024", "2024-01-01/2024-10-02"),
    ("The borders have been shut since the end of July.", "2024-10-02", "since the end of July", "2024-07/2024-10-02"),
    ("At the end of July, the borders were shut.", "2024-10-02", "July", "2024-07"),
    // the first or last months of a year
    ("More than 2,000 people were killed in the first six months of the year.", "2024-10-02", "the first six months of the year", "2024-01/2024-06"),
    ("In the last three months of 2023, prices rose.", "2024-10-02", "the last three months of 2023", "2023-10/2023-12"),
    ("In the final two months of last year, prices rose.", "2024-10-02", "the final two months of last year", "2023-11/2023-12"),
    ("In the first 6 months of 2022, exports fell.", "2024-10-02", "the first 6 months of 2022", "2022-01/2022-06"),
    ("In the last six months, prices rose.", "2024-10-02", "the last six months", "2024-04-02/2024-10-02"),
    // the start of a period told after "since" sets no year for what follows
    ("The defendants have been held since their arrest in the early hours of March 31, 2021. In June, a judge refused to free them.", "2024-11-06", "June", "2024-06"),
    ("The defendants were arrested in the early hours of March 31, 2021. In June, a judge refused to free them.", "2024-11-06", "June", "2021-06"),
    // a plan told in the present ("is due to", "are expected to") reaches through its clause
    ("Randrianirina is due to be sworn in as Madagascar's president on Friday, the court said.", "2025-10-15", "Friday", "2025-10-17"),
    ("Mali's needs are expected to peak during the lean season from June to August.", "2024-10-02", "from June to August", "2025-06/2025-08"),
    ("The junta is set to unveil its new charter at a ceremony in Niamey on Monday.", "2025-10-15", "Monday", "2025-10-20"),
    ("The talks that are expected to resume ended in Niamey on Monday.", "2025-10-15", "Monday", "2025-10-13"),
    ("The trial was due to open in the capital on Friday but was postponed.", "2025-10-15", "Friday", "2025-10-10"),
    // "since the start of the year" in the present perfect: the article date's year
    ("Dec. 1: Classes resume.\n\nSince the start of the year, the army has won back two roads.", "2026-02-14", "Since the start of the year", "2026-01-01/2026-02-14"),
    ("In 2019, fighting spread on March 3. Since the start of the year, the army had won back two roads.", "2026-02-14", "Since the start of the year", "2019-01-01/2026-02-14"),
    // an end or start told in the present is the coming one
    ("The mission ends on Dec 31st.", "2024-07-31", "Dec 31st", "2024-12-31"),
    ("The mandate expires in December.", "2024-07-31", "December", "2024-12"),
    ("The law takes effect on January 1.", "2024-07-31", "January 1", "2025-01-01"),
    ("The mission ended on Dec 31st.", "2024-07-31", "Dec 31st", "2023-12-31"),
    ("The curfew that began in December was lifted.", "2024-07-31", "December", "2023-12"),
    // a date moved to another: two dates, the second after the first
    ("The vote was pushed back from February to May.", "2025-03-05", "May", "2025-05"),
    ("The vote was pushed back from February to May.", "2025-03-05", "February", "2025-02"),
    ("The vote was postponed from December to February.", "2025-03-05", "February", "2025-02"),
    ("The election was moved from Feb. 25 to Dec. 15.", "2025-03-05", "Dec. 15", "2025-12-15"),
    ("Prices rose from February to May.", "2025-03-05", "from February to May", "2024-02/2024-05"),
    // days listed before their month: the first to the last
    ("Talks on 26, 27 and 28 February ended without a deal.", "2025-03-05", "26, 27 and 28 February", "2025-02-26/2025-02-28"),
    ("Talks on February 26, 27, and 28 ended.", "2025-03-05", "February 26, 27, and 28", "2025-02-26/2025-02-28"),
    ("Talks on February 26, 27 and 28, 2024 ended.", "2025-03-05", "February 26, 27 and 28, 2024", "2024-02-26/2024-02-28"),
    ("On July 4, 2023 and July 6, 2023, troops moved.", "2025-03-05", "July 6, 2023", "2023-07-06"),
    // a date told with "is" or "are" is the coming one
    ("The vote is on Dec. 27.", "2025-06-18", "Dec. 27", "2025-12-27"),
    ("The World Cup qualifier is on 10 September.", "2025-06-18", "10 September", "2025-09-10"),
    ("The vote was on Dec. 27.", "2025-06-18", "Dec. 27", "2024-12-27"),
    // "on the 12th" with no month told before: the article date's month, or the one before
    ("The ban was announced on the 12th.", "2025-06-18", "12th", "2025-06-12"),
    ("The ban was announced on the 20th.", "2025-06-18", "20th", "2025-05-20"),
    ("The summit will open on the 25th.", "2025-06-18", "25th", "2025-06-25"),
    ("Troops arrived in Gao in May. The ban was announced on the 12th.", "2025-06-18", "12th", "2025-05-12"),
    // an aim told in the present ("hopes to", "aims to", "wants to") looks ahead
    ("The government hopes to hold a vote in June.", "2026-04-02", "June", "2026-06"),
    ("The party wants to hold its congress in May.", "2026-04-02", "May", "2026-05"),
    ("He hopes for justice for the victims of the attack in June.", "2026-04-02", "June", "2025-06"),
    // "that November" at the end of a clause: the month of the year told before
    ("He was elected in March 2024 and his party won a majority in parliament that November.", "2026-04-02", "that November", "2024-11"),
    ("Troops left in 2022. Protests grew that November and the junta fell.", "2026-04-02", "that November", "2022-11"),
    // the first (second, last) week of a month: seven of its days
    ("Talks collapsed in the first week of August.", "2025-09-10", "the first week of August", "2025-08-01/2025-08-07"),
    ("The army launched an offensive in the last week of July.", "2025-09-10", "the last week of July", "2025-07-25/2025-07-31"),
    ("It rained in the final week of February 2024.", "2025-09-10", "the final week of February 2024", "2024-02-23/2024-02-29"),
    ("Talks were held the week of Aug. 14.", "2025-09-10", "the week of Aug. 14", "2025-08-11/2025-08-17"),
    // (not the week before the article date)
    ("Fighting raged in the last week of November.", "2025-12-08", "the last week of November", "2025-11-24/2025-11-30"),
    // "this past weekend" is the weekend before, as "last weekend" is
    ("This past weekend, protesters marched in Bamako.", "2025-09-10", "This past weekend", "2025-09-06/2025-09-07"),
    ("The past weekend was calm.", "2025-09-10", "The past weekend", "2025-09-06/2025-09-07"),
    ("In the past two weekends, protesters marched.", "2025-09-10", "the past two weekends", "2025-08-27/2025-09-10"),
    // a weekday before each day of a range
    ("In the night from Saturday 27 to Sunday 28 July, soldiers were ambushed.", "2024-08-19", "Saturday 27 to Sunday 28 July", "2024-07-27/2024-07-28"),
    ("The summit runs from Monday 9 to Wednesday 11 September.", "2024-08-19", "Monday 9 to Wednesday 11 September", "2024-09-09/2024-09-11"),
    // "since then" after "for the first time since 2012" counts from the event, not from 2012
    ("In November 2023 the army took back Kidal for the first time since 2012. Since then, drone strikes have intensified.", "2024-08-19", "Since then", "2023-11/2024-08-19"),
    ("The junta has ruled since 2020. Since then, the economy has shrunk.", "2024-08-19", "Since then", "2020/2024-08-19"),
    // "the 26th of last month": that day of the month; "since at least 2019": the interval
    ("He arrived on the 26th of last month.", "2025-03-12", "the 26th of last month", "2025-02-26"),
    ("He arrived on the 31st of last month.", "2025-03-12", "last month", "2025-02"),
    ("The group has carried out attacks since at least 2019.", "2025-03-12", "since at least 2019", "2019/2025-03-12"),
    // "the end of the week" told in the present perfect is the article date's week, not a narrated day's
    ("On Friday, the AU suspended Guinea. The junta has given ministers until the end of the week to hand over their cars.", "2021-09-07", "until the end of the week", "../2021-09-12"),
    ("Troops entered the city on June 3, 2021. Two days later, the mayor fled. By the end of the week, crowds were waving flags.", "2021-09-07", "the end of the week", "2021-05-31/2021-06-06"),
    // "a new date of" after a date told before: the first such date after it
    ("Sall postponed the Feb. 25 vote. Parliament later set a new date of Dec. 15.", "2024-02-26", "Dec. 15", "2024-12-15"),
    // a "when" clause after a year is in that year
    ("The last major attack in the capital was in 2015, when gunmen stormed a hotel on Nov. 20, killing 20 people.", "2024-09-18", "Nov. 20", "2015-11-20"),
    ("Mali has fought an insurgency since 2012, when jihadists seized the north in April.", BG, "April", "2012-04"),
    ("Bazoum, elected in 2021, was detained on July 26.", THU, "July 26", "2023-07-26"),
    ("They have been held since their arrest on March 31, 2021, when soldiers exchanged fire near the palace. The trial had been due to start in June.", "2024-11-06", "June", "2024-06"),
    // a day after "April 2 of that year" in its sentence is of that year too
    ("Bazoum, elected in 2021, was sworn in on April 2 of that year, two days after a failed coup attempt on March 31.", "2023-07-28", "March 31", "2021-03-31"),
    // "By February" after a date in August is the February after
    ("The bloc set a deadline of 6 August 2023. The deadline passed without action. By February, the bloc had lifted most of the sanctions.", BG, "February", "2024-02"),
    ("The coup came on 26 July 2023. By March, Blinken had visited the country.", THU, "March", "2023-03"),
    // "last August" written in September is the year before's: the August just ended would be "last month"
    ("The coup follows a military takeover in neighbouring Mali last August, and another there in May.", "2021-09-06", "last August", "2020-08"),
    ("The coup follows a military takeover in neighbouring Mali last July.", "2021-09-06", "last July", "2021-07"),
    ("Protests erupted last December.", "2022-01-06", "last December", "2021-12"),
    // "the end of the year" told in the past, early in a year, is the year before's end
    ("At the height of the crisis, in early August, Nigeria cut power exports to Niger. Power was restored only at the end of the year.", "2024-01-29", "the end of the year", "2023-12"),
    ("Power will be restored at the end of the year.", "2024-01-29", "the end of the year", "2024-12"),
    ("A spokesman said in January the review would be finished by the end of the year.", "2024-03-21", "the end of the year", "2024-12"),
    // "the next morning" after a flashback told in the past perfect follows the date told before it
    ("Soldiers stormed the palace on 30 September. Damiba had himself seized power on 24 January. The next morning, protesters attacked the embassy.", OCT22, "The next morning", "2022-10-01"),
    ("Damiba seized power on 24 January. The next morning, protesters attacked the embassy.", OCT22, "The next morning", "2022-01-25"),
    ("Soldiers stormed the palace on 30 September. Damiba had himself seized power on 24 January. The next day, he had dissolved parliament.", OCT22, "The next day", "2022-01-25"),
    ("He was arrested on Sunday. Three days earlier, the army had surrounded the palace. The following morning, the borders were closed.", "2024-02-14", "The following morning", "2024-02-09"),
    // short and irregular past forms tell of the past ("died", "grew")
    ("The former president died on Dec. 25.", "2024-11-20", "Dec. 25", "2023-12-25"),
    ("He died on New Year's Day.", "2024-11-20", "New Year's Day", "2024-01-01"),
    ("The economy grew in December.", "2024-11-20", "December", "2023-12"),
    ("The results will be shown on Dec. 25.", "2024-11-20", "Dec. 25", "2024-12-25"),
    ("Chadians vote on May 6 in an election that is meant to end military rule.", "2024-04-26", "May 6", "2024-05-06"),
    // a date in a relative clause of the sentence before sets no year
    ("Déby, who took power in April 2021 after his father was killed, is the favourite. Campaigning began on April 14 and ends on May 4.", "2024-04-26", "April 14", "2024-04-14"),
    ("The assault came after the first anniversary of the alliance, which Mali formed with Niger on Sept. 16, 2023. It also came weeks after rebels killed dozens of soldiers in late July.", "2024-09-18", "late July", "2024-07-21/2024-07-31"),
    ("Déby took power in April 2021 after his father was killed. Campaigning began on April 14.", "2024-04-26", "April 14", "2021-04-14"),
    // "two years ago Saturday": that long before the weekday named
    ("Two years ago Saturday, soldiers surrounded the home of President Mohamed Bazoum.", "2025-07-26", "Two years ago Saturday", "2023-07-26"),
    ("A year ago Wednesday, soldiers seized power.", "2025-07-28", "A year ago Wednesday", "2024-07-23"),
    ("Two years ago Saturday, soldiers surrounded his home. Since then, the general has ordered French troops out.", "2025-07-26", "Since then", "2023-07-26/2025-07-26"),
    // a weekday counted in a month
    ("The vote is scheduled for the last Sunday of December.", "2024-07-18", "the last Sunday of December", "2024-12-29"),
    ("The protest was held on the last Friday of June.", "2024-07-18", "the last Friday of June", "2024-06-28"),
    ("Elections will be held on the second Sunday of March 2025.", "2024-07-18", "the second Sunday of March 2025", "2025-03-09"),
    ("Parliament meets on the first Tuesday of next month.", "2024-07-18", "the first Tuesday of next month", "2024-08-06"),
    ("Talks resumed on the first Monday of the month.", "2024-07-18", "the first Monday of the month", "2024-07-01"),
    ("In March 2019, protests began. They peaked on the last Friday of the month.", "2024-07-18", "the last Friday of the month", "2019-03-29"),
    // a plan told as a headline: an infinitive after its subject, nothing
    // in the past in the sentence
    ("Gabon's coup leader to be sworn in on Monday", "2023-09-01", "Monday", "2023-09-04"),
    ("Junta to hold talks with ECOWAS on Thursday", "2023-09-01", "Thursday", "2023-09-07"),
    ("Senegal to vote on Sunday in delayed election", "2023-09-01", "Sunday", "2023-09-03"),
    ("Bongo's successor to be sworn in on Monday, junta says", "2023-09-01", "Monday", "2023-09-04"),
    ("He refused to be sworn in on Monday.", "2023-09-01", "Monday", "2023-08-28"),
    ("The first to be arrested on Monday was the mayor.", "2023-09-01", "Monday", "2023-08-28"),
    ("Efforts to restore order on Monday failed.", "2023-09-01", "Monday", "2023-08-28"),
    ("Bongo's successor to be sworn in on Monday, the junta said.", "2023-09-01", "Monday", "2023-09-04"),
    ("Soldiers tried to stop the march on Monday, witnesses said.", "2023-09-01", "Monday", "2023-08-28"),
    // "vote(s)" told in the present by who votes is a date ahead; the noun
    // is not
    ("Chad votes on Sunday as junta seeks legitimacy", "2024-11-20", "Sunday", "2024-11-24"),
    ("Chadians vote on Sunday in legislative elections.", "2024-11-20", "Sunday", "2024-11-24"),
    ("Senegalese vote in March for a new president.", "2024-11-20", "March", "2025-03"),
    ("After the presidential vote on Sunday, protests erupted.", "2024-11-20", "Sunday", "2024-11-17"),
    ("Officials began counting votes on Sunday.", "2024-11-20", "Sunday", "2024-11-17"),
    // "a year ago on Friday", as "a year ago Friday"
    ("A year ago on Friday, members of the presidential guard detained President Mohamed Bazoum.", "2024-07-26", "A year ago on Friday", "2023-07-26"),
    ("Three years ago on Monday the army seized power.", "2024-07-26", "Three years ago on Monday", "2021-07-22"),
    // "the end of the year" in a past narrative is the end of the year a
    // month told of before it; told in the future, the article date's
    ("The deadline passed on Aug. 6 and the bloc stepped back the following month. French troops were gone by the end of the year.", "2024-07-26", "the end of the year", "2023-12"),
    ("The deadline passed on Aug. 6, 2023. Sanctions will be lifted by the end of the year.", "2024-07-26", "the end of the year", "2024-12"),
    // "that same month" as "that month"
    ("The coup came in August 2023. That same month, Niger ordered the French ambassador to leave.", "2024-07-26", "That same month", "2023-08"),
    ("The coup came on July 26, 2023. That same day, crowds gathered.", "2024-07-26", "That same day", "2023-07-26"),
    ("Bazoum was elected in 2021. That same year, a coup attempt failed.", "2024-07-26", "That same year", "2021"),
    // "the weekend's events": a possessive tells the weekend is a time
    ("Analysts said the weekend's events showed how fragile the country remained.", "2023-11-27", "the weekend", "2023-11-25/2023-11-26"),
    ("The weekend's summit will decide on sanctions.", "2023-11-27", "The weekend", "2023-12-02/2023-12-03"),
    // a date set for something, even in the past perfect, is the coming one
    ("The vote, which had been scheduled for February 25, was postponed on Saturday.", "2024-02-05", "February 25", "2024-02-25"),
    ("Touré was to step down after elections in 2012. On March 21, 2012, soldiers rebelled.\n\nThe vote had been set for April 29.", "2022-03-22", "April 29", "2012-04-29"),
    // an action someone is calling for, on a weekday, is ahead
    ("The opposition has called for a general strike on Tuesday.", "2024-02-05", "Tuesday", "2024-02-06"),
    ("Unions are calling for protests across the country on Friday.", "2024-02-05", "Friday", "2024-02-09"),
    ("The movement has called on supporters to rally at the weekend.", "2024-02-05", "the weekend", "2024-02-10/2024-02-11"),
    ("The opposition called for calm on Tuesday.", "2024-02-05", "Tuesday", "2024-01-30"),
    ("He has called for a strike after police shot two protesters on Tuesday.", "2024-02-05", "Tuesday", "2024-01-30"),
    // a date after a scheduling verb in the present takes that verb's tense
    ("Officials said in May that they would seek a new programme before the current one expires in December.", "2025-06-18", "December", "2025-12"),
    ("Officials said the vote is on Sunday.", "2025-06-18", "Sunday", "2025-06-22"),
    ("Troops had to end operations in December.", "2025-06-18", "December", "2024-12"),
    // a month qualifying an event after "a"; after "the", an event told of before
    ("Conde won a third term in October 2020 after changing the constitution in a March referendum.", "2021-09-06", "March", "2020-03"),
    ("Conde won a third term in October 2020. Dozens were killed between late 2019 and the October vote.", "2021-09-06", "between late 2019 and the October", "2019-09/2020-10"),
    ("Between July and the October vote, dozens died.", "2021-09-06", "Between July and the October", "2021-07/2021-10"),
    // a season as a deadline not told in the past is the coming one
    ("If nothing changes by the summer, it will be too late.", "2024-04-16", "summer", "2024-22"),
    ("The junta must hand over by the summer.", "2024-04-16", "summer", "2024-22"),
    ("By the summer, the army had retaken the town.", "2024-04-16", "summer", "2023-22"),
    // a day after a possessive, before a lower-case event noun, is a date
    ("Niger's July 26 coup shocked the region.", "2025-10-16", "July 26", "2025-07-26"),
    // a plan told in the past: the month nearest the article date
    ("The pipeline was supposed to boost exports from May.", "2024-07-26", "May", "2024-05"),
    ("The pipeline was expected to open in October.", "2024-07-26", "October", "2024-10"),
    ("The pipeline is supposed to open in May.", "2024-07-26", "May", "2025-05"),
    ("The vote had been due to start in June.", "2024-07-26", "June", "2024-06"),
    // "exactly a year ago": that day
    ("Exactly one year ago, soldiers of the presidential guard detained Bazoum.", "2024-07-26", "Exactly one year ago", "2023-07-26"),
    // "must" looks ahead ("must have" does not); "before" sets a deadline
    ("Applications must be filed on or before March 31.", "2023-08-04", "March 31", "2024-03-31"),
    ("Troops must leave on Sunday.", "2023-08-04", "Sunday", "2023-08-06"),
    ("He must have left on Sunday.", "2023-08-04", "Sunday", "2023-07-30"),
    ("The attack came days before March 31.", "2023-08-04", "March 31", "2023-03-31"),
    // the start of a period after "since" and a part of it sets no year
    ("Since mid-2023, the juntas have expelled NGOs. In November, Niger ordered the ICRC to close its offices.", "2025-02-20", "November", "2024-11"),
    // a plan told in the present in the date's own clause looks forward
    // from the article date, whatever year another clause of its sentence
    // wrote; "would" looks forward from the year written
    ("A warrant for his arrest issued in April 2019 remains in force, and his case will be heard separately from May 10 if he is extradited.", "2021-02-17", "May 10", "2021-05-10"),
    ("In June last year, the court froze the assets pending the determination of the case, which is due for mention on April 22.", "2021-02-17", "April 22", "2021-04-22"),
    ("In March 2019, officials said the vote would be held on May 10.", "2021-02-17", "May 10", "2019-05-10"),
    // a past form right after the modal's verb stands as an adjective; a
    // past verb after a relative word still ends the modal's reach
    ("The institute said on Friday that it would present updated safety data at a conference in Cape Town in November.", "2026-03-28", "November", "2026-11"),
    ("The airline said it would contact affected customers by 17:00 BST on Thursday.", "2025-04-16", "Thursday", "2025-04-17"),
    ("The institute said it will face charges over the attack that killed 10 in November.", "2026-03-28", "November", "2025-11"),
    // the figures of a quarter are published after it, the noun after one
    // word too; not across a comma
    ("Statistics South Africa will publish second-quarter GDP figures on Sept. 3.", "2019-07-19", "second-quarter", "2019-04/2019-06"),
    ("Growth is expected to pick up in the third quarter, data showed.", "2019-05-19", "the third quarter", "2019-07/2019-09"),
    // a plan named by a noun after a verb in the past: the nearest such
    // month
    ("Moody's skipped a planned review in March, which helped fuel the bond rally.", "2019-07-19", "March", "2019-03"),
    ("The minister cancelled a planned visit in March.", "2019-01-19", "March", "2019-03"),
    // a plan made in the present perfect, still to be carried out; not one
    // in the past perfect
    ("The Premier League has promised to review the fixture list in the autumn.", "2020-07-26", "autumn", "2020-23"),
    ("The junta had pledged to hold elections in February.", "2020-07-26", "February", "2020-02"),
    // a day or month of a schedule told in the present is ahead; "follow"
    // only right before the date's preposition
    ("Parliamentary elections follow on 12 June and 19 June, and both camps are already courting voters.", "2022-04-11", "19 June", "2022-06-19"),
    ("The trial resumes in March, the court said.", "2022-04-13", "March", "2023-03"),
    ("The protests follow a decision on Monday by the junta.", "2022-04-13", "Monday", "2022-04-11"),
    // a passive in the present tells of no past
    ("The quarterfinals, semifinals and final are played as a one-off tournament in Lisbon from Aug. 12-23.", "2020-07-26", "Aug. 12-23", "2020-08-12/2020-08-23"),
    ("The final was played in Lisbon on Aug. 23.", "2020-07-26", "Aug. 23", "2019-08-23"),
    // a cue before a list of names reaches the date after it
    ("Heavy rain would continue, with thunderstorms expected in Bayelsa, Rivers, Delta and Cross River on Monday and Tuesday.", "2022-10-16", "Tuesday", "2022-10-18"),
    ("The minister will visit Mali, Niger and Chad on Monday.", "2022-10-16", "Monday", "2022-10-17"),
    ("The minister visited Mali, Niger and Chad on Monday.", "2022-10-16", "Monday", "2022-10-10"),
    // the date of an event put off, named after "the", is a plan's date:
    // the nearest such day
    ("Senegal's opposition vowed on Tuesday to challenge a parliamentary vote that pushed back the Feb. 25 presidential election by ten months.", "2024-02-06", "Feb. 25", "2024-02-25"),
    // a month after "from" that no end follows sets the scene as "in" does
    ("Keita faced months of street protests from June 2020 over a disputed legislative election held in March and April.", "2025-08-18", "April", "2020-04"),
    // the sentence right after one opening "Since <date>," goes on from it
    ("Since the death of Wagner chief Yevgeny Prigozhin in a plane crash in August 2023, Moscow has been bringing the group under its control. About 100 instructors arrived in Ouagadougou in January.", "2024-08-29", "January", "2024-01"),
    ("In mid-2023, the juntas expelled NGOs. In November, Niger ordered the ICRC to close its offices.", "2025-02-20", "November", "2023-11"),
    // an interval told in the future, the cue after it
    ("From June to September, the rains will cut off access.", "2025-02-20", "From June to September", "2025-06/2025-09"),
    ("From June to September, prices rose.", "2025-02-20", "From June to September", "2024-06/2024-09"),
    // a date set into a sentence between commas takes the sentence's "will"
    ("The rainy season, from June to September, will cut off access to many areas.", "2025-02-20", "from June to September", "2025-06/2025-09"),
    ("The summit, on Friday, will decide on sanctions.", "2025-02-20", "Friday", "2025-02-21"),
    ("The summit, held on Friday, will be followed by talks.", "2025-02-20", "Friday", "2025-02-14"),
    // an entry under a chronology heading: its date sets the year of the
    // days after it, whatever their tense, and of "the end of the month"
    ("2012:\n\nMarch 22 — Soldiers overthrow President Toure, who was due to step down after an election scheduled for April 29.", "2023-06-17", "April 29", "2012-04-29"),
    ("2015:\n\nJune 20 — Rebels sign a peace deal in Bamako, completing the accord that the government signed on May 15.", "2023-06-17", "May 15", "2015-05-15"),
    ("2013:\n\nJanuary 11 — France launches Operation Serval. French and Malian troops retake Gao by the end of the month.", "2023-06-17", "the end of the month", "2013-01"),
    // irregular past forms tell a narrative's month
    ("On January 11, 2013, France launched Operation Serval. Troops retook Gao by the end of the month.", "2023-06-17", "the end of the month", "2013-01"),
    // Christmas with its year, after any word
    ("Macron, who spent Christmas 2018 with French troops in N'Djamena, will attend.", "2021-04-20", "Christmas 2018", "2018-12-25"),
    // "this weekend" late in the week is the coming one, whatever the tense
    ("The opposition has called for protests this weekend.", "2024-02-09", "this weekend", "2024-02-10/2024-02-11"),
    // "the previous week" after a span of a week's days
    ("The outbreak was declared on 12 August. In epidemiological week 39 (23–29 September), 2,112 new cases were recorded, a 14 per cent decrease compared with the previous week.", "2024-10-03", "the previous week", "2024-09-16/2024-09-22"),
    // a day something is scheduled for, a few words after the verb
    ("The court scheduled a closed procedural hearing for August 17.", "2015-07-22", "August 17", "2015-08-17"),
    // a fiscal year written in words
    ("Capital spending in fiscal 2016 reached only about 1.2 trillion naira.", "2017-09-05", "2016", "2016"),
    ("The fiscal year 2024 budget was passed.", "2025-02-20", "2024", "2024"),
    ("Output rose 4% (Fiscal Year 2024) as mines reopened.", "2025-02-20", "2024", "2024"),
    // a month that names the figures published for it
    ("The August inflation figures are due next week.", "2017-09-05", "August", "2017-08"),
    // a quotation after a sentence opened by "Speaking … on Tuesday"
    ("Speaking to reporters in Dakar on Tuesday, Khalifa Sall was blunt. \"What happened yesterday in the National Assembly is a constitutional coup,\" he said.", "2024-02-09", "yesterday", "2024-02-05"),
    ("On Tuesday, the army seized power. \"We will restore order tomorrow,\" he said.", "2024-02-09", "tomorrow", "2024-02-10"),
    // a plan told in the past: its date nearest the article date
    ("The election was originally scheduled for 25 February. But on 3 February, Sall announced an indefinite postponement.", "2024-03-25", "25 February", "2024-02-25"),
    ("The vote was due to be held on 25 February.", "2024-03-25", "25 February", "2024-02-25"),
    ("Faye was born on 25 June 1980.\n\nHe and Sonko were freed on 14 March under an amnesty law, ten days before the vote.\n\nThe election was originally scheduled for 25 February.", "2024-03-25", "25 February", "2024-02-25"),
    ("The vote is scheduled for 25 February.", "2024-03-25", "25 February", "2025-02-25"),
    // "four days later" told in the future counts from the day ahead
    ("Nigeria face Benin in Abidjan on 14 November. Osimhen scored twice against Tottenham on Thursday. The Super Eagles will complete their campaign against Rwanda four days later.", "2024-11-10", "four days later", "2024-11-18"),
    // a weekday after a day ahead in its sentence, not told in the past
    ("Players are expected to report to the team hotel in Uyo on Monday before flying to the Ivorian commercial capital on Wednesday.", "2024-11-10", "Wednesday", "2024-11-13"),
    // "unless" after the date looks ahead
    ("WFP warns of pipeline breaks for refugee assistance from November unless new funding is secured.", "2024-09-19", "November", "2024-11"),
    // a month named in a relative clause that has ended sets no year
    ("A grand jury returned a sealed indictment on 2 December 2021, and the former chief executive, who had stepped down in May 2021, was arrested at a Miami hotel on 19 May.", "2022-06-15", "19 May", "2022-05-19"),
    // a participle after "the first" is no past tense
    ("By December, the first compressed natural gas buses will be on our roads.", "2024-08-05", "December", "2024-12"),
    // months joined by a dash: a span of months
    ("The lean season (June–August) was harsh this year.", "2024-09-19", "June–August", "2024-06/2024-08"),
    ("Rains will fall in the June-September season.", "2025-02-20", "June-September", "2025-06/2025-09"),
    ("Output will be weighted towards the second half, with only about 45 per cent expected in the January-June period.", "2026-02-19", "January-June", "2026-01/2026-06"),
    // a weekday with its modifier, then its date: one mention
    ("\"We announce the death this Tuesday, April 20, 2021, of the Marshal,\" Agouna said.", "2021-04-20", "this Tuesday, April 20, 2021", "2021-04-20"),
    ("Last Friday, 16 April, rebels advanced on the capital.", "2021-04-20", "Last Friday, 16 April", "2021-04-16"),
    // "N years on" that would pass the article date is the time of writing
    ("Last year she took out a loan, and on 1 June she opened the shop.\n\nNow, eight years on, she is thinking about home.", "2023-09-16", "eight years on", "2023"),
    ("In 2019, the junta seized power. Two years on, the junta still rules.", "2023-09-16", "Two years on", "2021"),
    // a span of years written short, after "a"
    ("Vieira was driven out during a 1998-99 civil war.", "2022-02-02", "1998-99", "1998/1999"),
    // "meant to" is no past tense
    ("Chad will hold the election on May 6, setting out a timetable meant to end military rule before an October deadline.", "2024-02-28", "October", "2024-10"),
    // two days joined by "to" alone are a span, as after "from"
    ("Reporting period: 2021-03-01 to 2021-03-07.", "2021-03-10", "2021-03-01 to 2021-03-07", "2021-03-01/2021-03-07"),
    ("Jan. 4 to Feb. 2 — Registration of candidates.", "2025-12-10", "Jan. 4 to Feb. 2", "2026-01-04/2026-02-02"),
    // a chronology heading's year holds for an entry months ahead, in the present tense
    ("Key dates\n\n2026\n\nJan. 9 — Parliamentary vote.\n\nApril 3 — The official campaign opens.", "2026-01-20", "April 3", "2026-04-03"),
    // numbered weeks of the year (ISO weeks)
    ("Health workers recorded 310 cases in epidemiological week 14, up from the week before.", "2023-04-20", "epidemiological week 14", "2023-04-03/2023-04-09"),
    ("Admissions fell in epi-weeks 5-7 of 2022.", "2022-06-01", "epi-weeks 5-7 of 2022", "2022-01-31/2022-02-20"),
    ("Deaths peaked in week 12 (20–26 March), officials said.", "2023-04-05", "week 12 (20–26 March)", "2023-03-20/2023-03-26"),
    // a day that goes with the past verb before it, whatever "will" comes after
    ("A curfew that began on Tuesday will be lifted next month.", "2023-08-10", "Tuesday", "2023-08-08"),
    // an adverb between the copula and its plan
    ("The central bank is widely expected to cut rates again at its meeting in June.", "2024-03-27", "June", "2024-06"),
    // "may have to" looks ahead
    ("Wards opened in July may have to close by mid-September without new funds.", "2022-08-10", "mid-September", "2022-09-11/2022-09-20"),
    // a span of a few years written whole, without a preposition
    ("The ministry will publish a plan covering 2025-2027 next month.", "2024-11-05", "2025-2027", "2025/2027"),
    // a holiday with "this", "last" or "next"
    ("We will see how this Christmas goes.", "2024-12-03", "this Christmas", "2024-12-25"),
    ("Last Easter the church was full.", "2024-12-03", "Last Easter", "2024-03-31"),
    // "the day before" and a preposition: told from the date before, not from an event
    ("The fire broke out on Sunday 14 April. The shop had closed early the day before for a funeral.", "2024-12-03", "the day before", "2024-04-13"),
    // "that year" after a year "since" opened
    ("Mali has had two coups since 2020, in August of that year and again in May 2021.", "2023-09-14", "August of that year", "2020-08"),
    // a plan cue in the past passive, without "to", tells of the past
    ("They would be leaving on Sept. 30, without the bonuses they were promised in July.", "2023-09-14", "July", "2023-07"),
    // "due" after a noun looks ahead
    ("The fund has paused disbursements pending an audit due in December.", "2024-10-22", "December", "2024-12"),
    // "pencilled in for"
    ("A referendum on the new charter, pencilled in for October 31, is widely expected to slip.", "2021-06-13", "October 31", "2021-10-31"),
    // a relative clause closed before a verb in the present sets no year
    ("The country, whose IMF programme was approved in May 2023, holds presidential elections on Dec. 7.", "2024-10-22", "Dec. 7", "2024-12-07"),
    // a year before "plan"
    ("The ministry presented a 2025 plan to rebuild the roads.", "2025-03-01", "2025", "2025"),
    // months joined by "to", told in the present: the span holding the article date
    ("Phase one, covering January to June, focuses on stopping transmission through repeated campaigns.", "2019-02-15", "January to June", "2019-01/2019-06"),
    // a weekday after a comma and a day ahead, in a clause told in the past
    ("The talks will open on June 25, and on Friday the delegates arrived.", "2018-06-21", "Friday", "2018-06-15"),
    // a season of a year told from the article date
    ("Protests peaked in the summer of last year.", "2021-06-13", "summer of last year", "2020-22"),
    // a month that heads a chronology's entry
    ("Key events\n\n1987\n\nNovember - Kountche dies of a brain tumour in a Paris hospital.", "2023-08-09", "November", "1987-11"),
    // "are projected to" looks ahead
    ("Millions are projected to face crisis levels of hunger between June and August.", "2022-04-12", "between June and August", "2022-06/2022-08"),
    // a span of months told in the present, over by the article date's year: the coming one
    ("The appeal covers an emergency response during the peak hunger months, from June to September.", "2022-04-12", "from June to September", "2022-06/2022-09"),
    // (not a chronology's entry told in the present of history)
    ("MARCH 30-APRIL 1 - Rebels seize Kidal, Gao and Timbuktu.", "2013-01-14", "MARCH 30-APRIL 1", "2012-03-30/2012-04-01"),
    // a year in a relative clause opened by "where" sets none for a plan after it
    ("Gabon, where officers ousted Bongo in August 2023, will hold an election on April 12.", "2025-02-17", "April 12", "2025-04-12"),
    // a fixture or a start told in the present is ahead
    ("Hearts face Kotoko in the FA Cup final in Tamale on Wednesday.", "2025-05-26", "Wednesday", "2025-05-28"),
    ("They open their league campaign at home on Friday, and some supporters were unhappy.", "2019-07-25", "Friday", "2019-07-26"),
    // (not what is said, of a day an event after "after" fell on)
    ("Police say protesters face charges after clashes on Monday.", "2025-05-28", "Monday", "2025-05-26"),
    // a plan's verb before a name set off by commas
    ("Ecowas leaders are due to meet again in the Nigerian capital, Abuja, on Thursday to decide on their next step.", "2023-08-09", "Thursday", "2023-08-10"),
    // a month before "run-off"
    ("Mohamed Bazoum, winner of the February run-off, is sworn in.", "2021-04-02", "February", "2021-02"),
    // a season after "before the"
    ("The judges hope to deliver a verdict before the summer.", "2019-11-19", "summer", "2020-22"),
    // a participle after a determiner or a preposition is an adjective, not a past
    ("Voters go to the polls in combined elections on March 3.", "2024-02-10", "March 3", "2024-03-03"),
    // (a past form after a noun still is one)
    ("Voters went to the polls in combined elections on March 3.", "2024-02-10", "March 3", "2023-03-03"),
    // the day someone was urged to act on is the nearest such day
    ("The opposition leader urged his supporters to stay at home on Friday.", "2026-01-21", "Friday", "2026-01-23"),
    ("The party called on its members to march peacefully on Saturday.", "2026-01-21", "Saturday", "2026-01-24"),
    ("Britain urged its citizens to leave the country on Sunday.", "2021-04-20", "Sunday", "2021-04-18"),
    // (not what was ordered, often done the same day)
    ("Police ordered the crowd to disperse on Monday.", "2026-01-21", "Monday", "2026-01-19"),
    // "likely to" looks ahead, past the year the text told of before
    ("The 2020 floods killed 70 people. This year the river is likely to peak in September.", "2021-05-04", "September", "2021-09"),
    // three months joined by dashes are one span
    ("The outlook covers the July-August-September period.", "2021-05-04", "July-August-September", "2021-07/2021-09"),
    ("Forecasters focus on the June–July–August season.", "2021-05-04", "June–July–August", "2021-06/2021-08"),
    // a month of the article's half-year before it, after a date of the year before
    ("Growth slowed to 3.8% in the fourth quarter of 2023. The central bank cut its main rate in January.", "2024-06-25", "January", "2024-01"),
    // a month "the following year" counts from the date before it
    ("He was jailed in 2019 and freed in May the following year.", "2024-06-25", "May the following year", "2020-05"),
    // a month something was scheduled for after a date told in its sentence: the first such after it
    ("In September 2023 they postponed the presidential vote scheduled for February, citing technical reasons.", "2024-12-13", "February", "2024-02"),
    // a day without its year after a date ahead, in a sentence that tells of nothing gone by: the plan goes on
    ("The first round takes place on Sunday 27 May. If no candidate wins outright, the top two go through to a runoff on 17 June.", "2018-03-18", "17 June", "2018-06-17"),
    ("27 March: voter registration closes\n\n20 May: ban on publishing opinion polls begins", "2018-03-18", "20 May", "2018-05-20"),
    // (not when the sentence tells of the past)
    ("The tournament opens on June 11. The round of 32 is played from June 28 to July 3, followed by the round of 16.", "2025-12-06", "from June 28 to July 3", "2026-06-28/2026-07-03"),
    ("The final is set for December 2024. In July the government agreed to pay for the stadium.", "2024-08-31", "July", "2024-07"),
    // a holiday "that year": in the year of the date before
    ("He was re-elected in 1985. Over Christmas that year the army fought a brief border war.", "2020-09-16", "Christmas that year", "1985-12-25"),
    ("The talks opened in March 2011 and broke down by Christmas that year.", "2024-01-10", "Christmas that year", "2011-12-25"),
    ("The accord was signed in 2015 after talks in June of the previous year.", "2024-06-25", "June of the previous year", "2014-06"),
    // "pencilled in for"
    ("A third review is pencilled in for December.", "2024-06-25", "December", "2024-12"),
    // a weekday ahead told of again without a tense is the same day
    ("He runs in Rotterdam this Sunday. His coach believes he can break the record on Sunday.", "2025-04-10", "Sunday", "2025-04-13"),
    // (not when its sentence opens with it, before a main clause the tense is read from)
    ("Leaders meet this Sunday. On Sunday, the ministers (from 15 states) gave the junta a week.", "2023-08-03", "Sunday", "2023-07-30"),
    // a weekday after "from" alone, told in the present, is a start: the nearest such day
    ("Fares go up 10 per cent from Monday.", "2026-01-09", "Monday", "2026-01-12"),
    // (not told in the past)
    ("The authorities imposed a nightly curfew from Saturday evening.", "2023-08-30", "Saturday evening", "2023-08-26"),
    // what could yet follow is ahead
    ("Drivers warned that another rise could force a fresh review in February.", "2026-01-09", "February", "2026-02"),
    // the entries under a live blog's heading of a day are told from that day
    ("Sunday 24 March\n\n22:15 GMT – Counting under way\n\nOfficials said voting had gone off peacefully this morning.", "2024-03-25", "this morning", "2024-03-24"),
    ("Sunday 24 March\n\n08:00 GMT – Polls open\n\nResults are expected late on Sunday night.", "2024-03-25", "Sunday night", "2024-03-24"),
    // (its weekday in capitals opening the heading's line)
    ("THURSDAY, AUG. 27\n\n10:30 p.m.\n\nForecasters said today that landfall was near.", "2009-08-28", "today", "2009-08-27"),
    // (a day with its weekday, without its year, heads a day whatever follows)
    ("Tuesday, Aug. 29\n\nAn official tells us the results should come tonight or tomorrow.", "2023-09-03", "tomorrow", "2023-08-30"),
    // (not a chronology's heading of a day)
    ("26 July 2023\n\nOn the morning of July 26, guards sealed off the palace. On Sunday, leaders met in Abuja.", "2023-08-03", "Sunday", "2023-07-30"),
    // "this evening" (its explanation names it, not "this morning")
    ("In a statement released this evening, Ba conceded defeat.", "2024-03-25", "this evening", "2024-03-25"),
    // a season of the year told before
    ("Attempts to revise it in 2017 were dropped after protests in the summer of that year.", "2023-07-22", "summer of that year", "2017-22"),
    ("He left in 2019 and returned in the autumn of the following year.", "2023-07-22", "autumn of the following year", "2020-23"),
    // "since the" and a season
    ("Prices have risen since the spring of 2024.", "2025-02-19", "since the spring of 2024", "2024-21/2025-02-19"),
    // the month after the article's, told of not in the past, is the coming one
    ("The trees look better now, but we need real rain in March.", "2025-02-19", "March", "2025-03"),
    // (told in the past, the one before)
    ("Exports fell sharply in March.", "2025-02-19", "March", "2024-03"),
    // months joined by "-to-"
    ("Farmers now wait for the smaller April-to-September mid-crop.", "2025-02-19", "April-to-September", "2025-04/2025-09"),
    ("In 2021, floods struck during the March-to-May rains.", "2023-08-01", "March-to-May", "2021-03/2021-05"),
    // a month after "since", a span up to the present, names no year for the same month after it
    ("He has lived in exile since October 2014. The trial opened on October 11.", "2022-04-02", "October 11", "2021-10-11"),
    // "the last quarter of", as "the final quarter of"
    ("Attacks rose sharply in the last quarter of 2020.", "2021-05-17", "the last quarter of 2020", "2020-10/2020-12"),
    // a year before a work of that year
    ("The saxophonist, whose 1972 hit Soul Makossa topped the charts, has died.", "2020-03-25", "1972", "1972"),
    // a month qualifying figures published for it
    ("The August figure is the highest since 2005.", "2023-09-15", "August", "2023-08"),
    ("The bureau will release the September CPI figures on October 16.", "2023-09-15", "September", "2023-09"),
    // a year told in a relative clause opened by "that" after a noun is background
    ("The war that broke out in Khartoum on 15 April 2023 continues to drive people into Chad. Between 1 and 30 June, 20,000 arrived.", "2024-07-09", "1 and 30 June", "2024-06-01/2024-06-30"),
    // (not after a verb of saying: the news told in the sentence before sets the year)
    ("The army said that soldiers seized the town on 15 April 2021. Between 1 and 30 June, 20,000 fled.", "2024-07-09", "1 and 30 June", "2021-06-01/2021-06-30"),
    // "between now and" a date: from the article date
    ("There are 12 games left and anything can happen between now and May.", "2019-02-20", "between now and May", "2019-02-20/2019-05"),
    // a fixture's travel told in the present is ahead
    ("KCCA travel to Mbarara City on Saturday.", "2019-02-20", "Saturday", "2019-02-23"),
    // the end of the year is not that of a date in a relative clause that has ended
    ("Mwakyusa, who took over as chief executive in March 2022, said deals could be signed before the end of the year.", "2023-11-13", "the end of the year", "2023-12"),
    // a past perfect after the date's clause makes no flashback of it
    ("In Guinea, where officers seized power in September 2021, parliament in May approved a 36-month transition, shorter than the 39 months the junta had sought.", "2022-06-09", "May", "2022-05"),
    // "since the early 20th century"
    ("Taarab has been performed on the island since the early 20th century.", "2026-02-01", "since the early 20th century", "19XX/2026-02-01"),
    // Valentine's Day
    ("The festival closes on Valentine's Day.", "2026-02-01", "Valentine's Day", "2026-02-14"),
    // "a year earlier" after a part of a year is that part a year before
    ("Grindings fell 5.3% in the fourth quarter of 2024 from a year earlier.", "2025-02-19", "a year earlier", "2023-10/2023-12"),
    // (not after a month of a story, which it tells the year of)
    ("He was exiled in October 2014. A year later, he returned.", "2025-02-19", "A year later", "2015"),
    // "the same period of", "the corresponding month of" a year
    ("GDP grew 2.5% in the second quarter of 2023, against 3.5% in the same period of 2022.", "2023-09-15", "the same period of 2022", "2022-04/2022-06"),
    ("Inflation was 25.8% in August, up from 20.5% in the corresponding month of last year.", "2023-09-15", "the corresponding month of last year", "2022-08"),
    // a year qualifying an event noun after an adjective
    ("Benin's decision violated a 2019 bilateral agreement governing the pipeline.", "2024-05-14", "2019", "2019"),
    ("The figures come from the 2015 national census.", "2024-05-14", "2015", "2015"),
    // "likely to" looks ahead however far back in its clause
    ("Forecasters have warned that heavy rains are likely to continue in the north until late September.", "2021-08-24", "until late September", "../2021-09-30"),
    // the same day told again without its year is the one told with it
    ("Gunmen attacked the barracks on Sunday 26 November 2023. Last week, officials said that 700 inmates who escaped on 26 November had not been recaptured.", "2025-03-25", "26 November", "2023-11-26"),
    // (not when the text has set another year: a history may tell the same day of two years)
    ("On 22 March 1991, soldiers opened fire on students. Then came 2012. In January of that year, rebels attacked. On 22 March, soldiers ousted Toure.", "2022-05-01", "22 March", "2012-03-22"),
    // (nor a holiday, which comes round every year)
    ("Niger became independent on 3 August 1960. On Wednesday evening, on the eve of independence day, Tiani spoke.", "2023-08-03", "the eve of independence day", "2023-08-02"),
    // "is to" before a verb looks ahead
    ("Dos Santos, who died in Barcelona on July 8, is to be buried in Luanda on Sunday, which would have been his 80th birthday.", "2022-08-26", "Sunday", "2022-08-28"),
    // (not "is to blame")
    ("The junta is to blame for the attack in the north on Sunday.", "2022-08-26", "Sunday", "2022-08-21"),
    // a future modal reaches across a relative clause set off by commas
    ("Nigeria will play either Algeria or Ivory Coast, who meet in Suez on Thursday, in the semifinals on Sunday.", "2019-07-11", "Sunday", "2019-07-14"),
    // a clause after ", and" told in the past is not the future cue's before it
    ("In January, Niger, Mali and Burkina Faso announced they would quit ECOWAS, and in March the three juntas agreed to set up a joint force.", "2024-05-15", "March", "2024-03"),
    // (told in the future, it is still ahead)
    ("The leaders will meet in Abuja, and in March they will sign the pact.", "2024-05-15", "March", "2025-03"),
    // a sentence opened by a date and told in the present of what is scheduled looks ahead
    ("On Thursday, Niger marks the 63rd anniversary of its independence.", "2023-08-02", "Thursday", "2023-08-03"),
    ("In April, voters return to choose a successor to President Patrice Talon.", "2026-01-15", "April", "2026-04"),
    // (told in the past, it does not)
    ("On Monday, the trial resumed in Niamey.", "2023-08-02", "Monday", "2023-07-31"),
    // (a decimal point opens no sentence)
    ("The central bank, which raised its benchmark interest rate to 26.75% in July, is due to meet again in September.", "2024-08-05", "July", "2024-07"),
    // "since the start of" a month runs from its first day
    ("Since the start of August, 500 new cases have been recorded.", "2021-08-24", "Since the start of August", "2021-08-01/2021-08-24"),
    // (the end of one does not)
    ("Since the end of July, heavy rains have fallen.", "2021-08-24", "Since the end of July", "2021-07/2021-08-24"),
    // a date qualifying a noun after an article sets no year for what follows
    ("In Nigeria, the official campaign for the February 25, 2023 general elections opens on September 28.", "2022-08-26", "September 28", "2022-09-28"),
    ("Deby took over in April 2021 and won a May 2024 election. His main rival was sentenced in August to 20 years in prison.", "2025-09-09", "August", "2025-08"),
    // a plan told after a date is for a time after it
    ("It was completed in November 2023, and the first cargo had been due to load in mid-May.", "2024-05-15", "mid-May", "2024-05-11/2024-05-20"),
    // "the week to" a day: the week from Monday up to it
    ("The NCDC report, covering the week to August 15, showed that new cases rose by 18 per cent.", "2021-08-24", "the week to August 15", "2021-08-09/2021-08-15"),
    ("Cocoa futures rose 4% in the week to Friday.", "2024-11-25", "the week to Friday", "2024-11-18/2024-11-22"),
    ("Prices rose 2% in the seven days through Friday.", "2024-11-25", "the seven days through Friday", "2024-11-16/2024-11-22"),
    // (a day after "to" alone stays a day)
    ("The commission moved the vote to August 30.", "2021-08-24", "August 30", "2021-08-30"),
    // what "takes place", "runs" or "continues" on a date, told in the present, is ahead
    ("The draw for the tournament takes place on Friday in the shadow of the pyramids.", "2019-04-10", "Friday", "2019-04-12"),
    ("The tournament runs from 21 June to 19 July and will be the first edition of a competition launched in 1957.", "2019-04-10", "from 21 June to 19 July", "2019-06-21/2019-07-19"),
    ("The trial continues on Monday.", "2019-04-10", "Monday", "2019-04-15"),
    // (told in the past, it is not)
    ("The draw took place on Friday.", "2019-04-10", "Friday", "2019-04-05"),
    // "this weekend" told in the present passive, on a Wednesday, is the coming one
    ("The second legs are played this weekend.", "2019-04-10", "this weekend", "2019-04-13/2019-04-14"),
    // weeks after a weekend are a weekend; "the following weekend"
    ("The second legs are played this weekend, with the first legs two weeks later and the return legs the following weekend.", "2019-04-10", "two weeks later", "2019-04-27/2019-04-28"),
    ("The second legs are played this weekend, with the first legs two weeks later and the return legs the following weekend.", "2019-04-10", "the following weekend", "2019-05-04/2019-05-05"),
    ("The talks opened on Saturday, April 6. The previous weekend, rebels attacked.", "2019-04-10", "The previous weekend", "2019-03-30/2019-03-31"),
    // a date told as following a date ahead is ahead
    ("The group stage runs until 2 July, followed by the last 16 from 5 to 8 July.", "2019-04-10", "5 to 8 July", "2019-07-05/2019-07-08"),
    // a holiday in a plan is the coming one
    ("The holy month of Ramadan, expected to begin around 6 May, will be over before the tournament kicks off.", "2019-04-10", "Ramadan", "2019-05-06/2019-06-04"),
    // months told of a year in passing, each after an ordinal: that year's
    ("Anger at the army's failure fuelled two coups in 2022, the first in January and the second in September.", "2024-08-27", "January", "2022-01"),
    ("Anger at the army's failure fuelled two coups in 2022, the first in January and the second in September.", "2024-08-27", "September", "2022-09"),
    // "that October" before a dash
    ("His bid for a third term -- through a referendum in March 2020 and a disputed election that October -- had triggered protests.", "2025-09-24", "that October", "2020-10"),
    // a start after a day told before it in its sentence is the first such day from it
    ("On Tuesday, Traore chaired an emergency meeting and decreed 72 hours of national mourning from Wednesday.", "2024-08-27", "Wednesday", "2024-08-28"),
    ("On Friday, he declared three days of national mourning from Saturday.", "2024-08-27", "Saturday", "2024-08-24"),
    // an anniversary marked in the present is ahead
    ("ECOWAS, which marks its 50th anniversary in May, says it will negotiate.", "2025-01-29", "May", "2025-05"),
    // (celebrated, it is not)
    ("The party celebrated its 10th anniversary in May.", "2025-01-29", "May", "2024-05"),
    // a date awaited in a sentence that told of a date long before the article date was awaited then
    ("Growth slowed, hurt by cash shortages that followed a botched currency redesign in February, in the run-up to the Feb. 25 presidential election.", "2023-06-16", "Feb. 25", "2023-02-25"),
    // (awaited now, it is ahead)
    ("On Monday, tension rose in Abuja in the run-up to the Feb. 25 presidential election.", "2023-02-10", "Feb. 25", "2023-02-25"),
    // a hedged count in "in … time"
    ("Hosts Egypt will discover their opponents ahead of the opening match in just over two months' time.", "2019-04-10", "in just over two months' time", "2019-06~"),
    // a part of a month "last year"
    ("The strikes, which began in mid-June last year, closed most schools.", "2025-06-26", "mid-June last year", "2024-06-11/2024-06-20"),
    ("Fuel queues returned in late March this year.", "2025-06-26", "late March this year", "2025-03-21/2025-03-31"),
    // "closes" told in the present is a scheduled end
    ("Registration opened on Monday and closes on January 31.", "2023-11-29", "January 31", "2024-01-31"),
    // (told in the past, it is not)
    ("Registration opened in November and closed on January 31.", "2023-11-29", "January 31", "2023-01-31"),
    // a comma inside a number does not end the clause: the past tense reaches the date
    ("Traders were selling above N1,000 a litre by Tuesday evening, reporters said.", "2024-09-04", "Tuesday evening", "2024-09-03"),
    ("The miner has hedged output until 2028 at $2,410 an ounce, a book that cost it dearly as gold topped $3,500 for the first time in April.", "2025-08-27", "April", "2025-04"),
    // a year before an inquiry or a court's finding after "a"
    ("A 2018 investigation by a reporters' network counted his days abroad.", "2024-10-09", "2018", "2018"),
    ("A 2019 constitutional amendment restored a two-term limit.", "2024-04-22", "2019", "2019"),
    ("He is barred from running because of a 2018 criminal conviction.", "2025-09-10", "2018", "2018"),
    // "Christmas" after "ahead of"
    ("Importers are likely to stock up ahead of Christmas.", "2023-10-11", "Christmas", "2023-12-25"),
    ("Importers in Lomé, ahead of Christmas, will stock up on rice.", "2023-10-11", "Christmas", "2023-12-25"),
    // a clause joined by "and" with a verb in the past follows the date before it
    ("The government suspended debt payments in December last year and completed a bond swap in February.", "2023-10-11", "February", "2023-02"),
    ("The plant was opened in May 2023, days before the handover, and began exporting diesel in January.", "2024-09-04", "January", "2024-01"),
    // (a month after the one before it stays in that year)
    ("The junta seized power in July 2023 and expelled the ambassador in December.", "2024-09-04", "December", "2023-12"),
    // the date a plan was moved from is the one nearest the article date, before or after it
    ("Lawmakers voted to push the presidential election back from 25 February to 15 December.", "2024-02-16", "25 February", "2024-02-25"),
    ("Lawmakers voted to push the presidential election back from 25 February to 15 December.", "2024-02-16", "15 December", "2024-12-15"),
    ("The referendum was postponed from March to June.", "2024-05-02", "March", "2024-03"),
    // "the year to September" is the twelve months that end with it
    ("Consumer prices rose 38.1% in the year to September.", "2023-10-11", "the year to September", "2022-10/2023-09"),
    ("Profit doubled in the year ended December 31, 2022.", "2023-10-11", "the year ended December 31, 2022", "2022-01/2022-12"),
    // results are reported after their quarter, whatever the tense
    ("The miner is due to report fourth-quarter results on Feb. 12.", "2025-01-16", "fourth-quarter", "2024-10/2024-12"),
    // (a quarter ahead told in the future is ahead)
    ("Output will recover in the fourth quarter.", "2025-01-16", "the fourth quarter", "2025-10/2025-12"),
    // a month qualifying figures needs no article, and the figures are for a month begun
    ("The statistics office is due to publish August inflation data on September 16.", "2024-09-04", "August", "2024-08"),
    // a month owning an event: told in the past, one months ahead is the one before
    ("February's election was disputed by the opposition.", "2023-11-29", "February", "2023-02"),
    ("The race is a warm-up for February's marathon.", "2023-11-29", "February", "2024-02"),
    // (told in the future, it stays ahead, past a participle used as an adjective)
    ("April's presidential election will show whether December's failed putsch has hardened the mood.", "2026-01-29", "April", "2026-04"),
    // "N years ago this Friday": that long before the Friday of the article date's week
    ("Sixty years ago this Friday, police stopped a car near Howick and arrested Mandela.", "2022-08-01", "Sixty years ago this Friday", "1962-08-05"),
    // "the same day in 2005": the day told before, in that year
    ("On Wednesday, Niger marks 62 years of independence. The same day in 2005, soldiers in Nouakchott overthrew the president.", "2022-08-01", "The same day in 2005", "2005-08-03"),
    ("Sixty-two years ago today, Dahomey became independent. The same date in 1834 saw slavery abolished across the empire.", "2022-08-01", "The same date in 1834", "1834-08-01"),
    // (with no day told just before, the year it names)
    ("Kerekou renamed the country Benin in November 1975. The same date in 1834 saw slavery abolished across the empire.", "2022-08-01", "The same date in 1834", "1834"),
    // a weekday as the subject of "marks" in the present is the coming one
    ("Sunday also marks 24 years since the embassy bombings.", "2022-08-01", "Sunday", "2022-08-07"),
    // an aim told in the present with "want", "hope" or "aim" looks ahead
    ("We want to come back to the capital in February.", "2023-11-29", "February", "2024-02"),
    ("We hope to finish the road in March.", "2023-11-29", "March", "2024-03"),
    // (one told with "did not" does not)
    ("They did not want to vote in February.", "2023-11-29", "February", "2023-02"),
    ("They didn't want to vote in February.", "2023-11-29", "February", "2023-02"),
    // a list of names set off by commas after a date that opens the sentence, then "will"
    ("On Monday, France, Germany and the European Union will host a donors' conference in Paris.", "2024-04-14", "Monday", "2024-04-15"),
    // (told in the past, it is the one before)
    ("On Monday, France, Germany and Italy hosted a donors' conference in Paris.", "2024-04-14", "Monday", "2024-04-08"),
    // a year in a participle phrase set off by commas sets no year for the main clause
    ("Futures first surpassed their previous record, set in 1977, in February.", "2024-04-17", "February", "2024-02"),
    // a weekday declared something is the nearest one
    ("The junta has declared Friday a public holiday.", "2024-07-25", "Friday", "2024-07-26"),
    // a span that holds the article date, told in the present past a relative clause in the past, is this one
    ("The April-September mid-crop, which officially opened on April 1, is expected to be smaller than usual.", "2024-04-17", "April-September", "2024-04/2024-09"),
    // an epidemiological week in words; after one, a week named by its number alone is one
    ("The situation report covers epidemiological week nine.", "2024-03-08", "epidemiological week nine", "2024-02-26/2024-03-03"),
    ("The situation report covers epidemiological week nine. Cases fell in week eight.", "2024-03-08", "week eight", "2024-02-19/2024-02-25"),
    // a dateline with the city's country after it is the article date, even in a piece marking an anniversary
    ("BAMAKO, Mali, March 26 (Sahel Post) – Crowds gathered in the capital. The country marks the first anniversary of the accord on Wednesday.", "2025-03-26", "March 26", "2025-03-26"),
    // a start after "since" is not ahead, even days before the new year
    ("Gold is up about 27% since Jan. 1 and heading for its best year since 2010.", "2024-12-21", "since Jan. 1", "2024-01-01/2024-12-21"),
    // a year ahead that names what it is for does not set the year of "the end of the year"
    ("The 2025 budget, which the president is expected to present before the end of the year, assumes oil at $75.", "2024-10-17", "the end of the year", "2024-12"),
    // (a year told of as when something happened still does)
    ("In 2019, the army vowed to retake the north by the end of the year.", "2024-10-17", "the end of the year", "2019-12"),
    ("FIFA said the 2026 World Cup, which it will promote before the end of the year, is sold out.", "2025-06-10", "the end of the year", "2025-12"),
    // "last quarter", "this quarter", "next quarter": calendar quarters from the article date
    ("European grindings fell about 2% last quarter.", "2024-12-21", "last quarter", "2024-07/2024-09"),
    ("Exports should pick up next quarter.", "2024-12-21", "next quarter", "2025-01/2025-03"),
    ("Arrivals slowed this quarter.", "2024-05-02", "this quarter", "2024-04/2024-06"),
    ("Output dropped in the previous quarter.", "2024-02-10", "the previous quarter", "2023-10/2023-12"),
    // "the year to date" is the year up to the article date
    ("Prices have nearly tripled in the year to date.", "2024-12-21", "the year to date", "2024-01-01/2024-12-21"),
    ("Year-to-date sales are up 4%.", "2024-06-30", "Year-to-date", "2024-01-01/2024-06-30"),
    // a range from a date with its year to another, the first closed by a comma
    ("The tournament will be held from Dec. 21, 2025, to Jan. 18, 2026, in Morocco.", "2024-10-09", "from Dec. 21, 2025, to Jan. 18, 2026", "2025-12-21/2026-01-18"),
    // "since" a week numbered with its year
    ("Of the samples tested since week 42 of 2023, most were positive.", "2024-01-18", "since week 42 of 2023", "2023-10-16/2024-01-18"),
    // what a sentence opening with "Since" goes on to tell came after its date
    ("The region has changed. Since the presidential guard of General Tiani detained President Mohamed Bazoum on July 26, 2023, the junta has expelled the envoy, quit the force and, with its neighbours, announced in January that it would quit the bloc.", "2024-08-07", "January", "2024-01"),
    // a weekday that opens its sentence as the subject of "is" is the coming one
    ("\"Friday is all that matters to us,\" the coach said.", "2024-10-09", "Friday", "2024-10-11"),
    ("Monday is a public holiday in Ghana.", "2024-06-27", "Monday", "2024-07-01"),
    // a plan put off, told in the past after a date of this year, is the first after that date
    ("On Feb. 3, the president postponed the vote scheduled for Feb. 25, hours before the campaign opened.", "2024-11-23", "Feb. 25", "2024-02-25"),
    // (and one that has been put off, told after a month of last year, is this year's)
    ("Parliament was dissolved in December last year, and elections scheduled for Nov. 24 have been postponed indefinitely.", "2024-12-15", "Nov. 24", "2024-11-24"),
    // a month before the kind of vote and the vote names an event
    ("His party won the legislative elections, eight months after his victory in the March presidential vote.", "2024-12-15", "March", "2024-03"),
    // a year-less month after a whole year ends the span in the article date's year, not within the first year
    ("Sall, who governed from 2012 to April, led the opposition list.", "2024-11-23", "from 2012 to April", "2012/2024-04"),
    // a later year told in passing moves the narrative past the year told before
    ("The bank began tightening in May 2022, and kept hiking through 2023 as the currency slid. It last raised the rate in February, to 13%.", "2024-10-08", "February", "2024-02"),
    // (an earlier one does not)
    ("The army seized power in April 1974, ending rule since independence in 1960. It crushed a mutiny in March.", "1980-06-01", "March", "1974-03"),
    // a past year that opens its sentence qualifying the subject sets the year of the days it tells of
    ("The troubles go back further. A 2012 mutiny, launched by junior officers on March 21, became a full coup the following day.", "2025-06-12", "March 21", "2012-03-21"),
    // (a year ahead qualifying the subject does not)
    ("The 2025 budget will be presented in December.", "2024-10-08", "December", "2024-12"),
    // a participle after a number stands as an adjective and does not end the reach of "would"
    ("The commission said on Wednesday it would re-collate the results in nine disputed constituencies by Friday.", "2024-12-11", "Friday", "2024-12-13"),
    // (a verb in the past after the modal's clause still does)
    ("The commission said it would review the results after nine observers disputed them on Friday.", "2024-12-11", "Friday", "2024-12-06"),
    // "the new year" is the year whose first day is nearest the article date
    ("Cases have climbed steeply since the start of the new year.", "2024-01-18", "since the start of the new year", "2024-01-01/2024-01-18"),
    ("Talks will resume in the new year.", "2024-11-18", "the new year", "2025"),
    ("The plant should open at the start of the new year.", "2024-11-18", "the start of the new year", "2025-01"),
    // (the holiday's eve is still its day)
    ("The New Year's Eve party was cancelled.", "2024-01-03", "New Year's Eve", "2023-12-31"),
    // a list runs forward: a month listed before a day of this year that would fall after it is of the year before
    ("Chad's leader was killed in April 2021. Guinea followed in September, and on Jan. 24 this year soldiers in Burkina Faso took power.", "2022-03-21", "September", "2021-09"),
    // a year before a determiner or "was" is a year, not a count
    ("Poor rains hit the north, making 2009 the driest year in decades.", "2009-10-01", "2009", "2009"),
    ("Analysts said 2016 was the turning point for the mines.", "2018-02-02", "2016", "2016"),
    // a year after a plural possessive qualifies the noun after it
    ("The donors' 2026 appeal for the Sahel is barely funded.", "2026-04-15", "2026", "2026"),
    // "as recently as" before a month
    ("Forecasters had predicted normal rains as recently as April.", "2009-10-01", "April", "2009-04"),
    // a month before a figure's noun
    ("Officials said the May deficit was the worst on record.", "2019-07-10", "May", "2019-05"),
    // Australian statistics name a quarter by its last month
    ("Prices rose 1.2 per cent in the September quarter, the bureau said.", "2008-10-22", "the September quarter", "2008-07/2008-09"),
    ("Growth slowed in the June quarter.", "2008-10-22", "the June quarter", "2008-04/2008-06"),
    // "the week beginning" a day: the seven days from it; "listed for" is a court's date ahead
    ("A confiscation hearing has been listed for the week beginning 9 September.", "2013-06-14", "the week beginning 9 September", "2013-09-09/2013-09-15"),
    ("Talks were held in the week starting Monday 3 June.", "2013-06-14", "the week starting Monday 3 June", "2013-06-03/2013-06-09"),
    // "the first half of May": days 1 to 15; the second half: the rest
    ("The government will begin selling subsidised millet in the first half of May.", "2026-04-15", "the first half of May", "2026-05-01/2026-05-15"),
    ("Heavy rains fell in the second half of February.", "2024-04-15", "the second half of February", "2024-02-16/2024-02-29"),
    // (a part of a month told ahead is read ahead past the words of the part)
    ("The government will hold talks with donors in the last week of May.", "2026-04-15", "the last week of May", "2026-05-25/2026-05-31"),
    // (a firm that listed in a month did so in the past)
    ("The miner listed on the exchange in March.", "2013-06-14", "March", "2013-03"),
    // a day ahead, told after a date of a past year in the same month, is the coming one
    ("The last run-off was decided after a delayed poll on January 2, 2009. The winner will be sworn in on January 7.", "2024-11-20", "January 7", "2025-01-07"),
    // (told in the past, it keeps that year)
    ("The last run-off was decided after a delayed poll on January 2, 2009. The winner was sworn in on January 7.", "2024-11-20", "January 7", "2009-01-07"),
    // "the 7th" after a later day of the same month, both still ahead, is of that month
    ("The vote is on Saturday, December 7, and observers will publish results on December 8. \"We expect calm on the 7th,\" he said.", "2024-11-20", "7th", "2024-12-07"),
    // a clock time between the cue and the weekday
    ("The company said Wednesday that the countdown would resume at 8 p.m. Monday.", "2026-03-12", "Monday", "2026-03-16"),
    ("Liftoff is scheduled for 3:12 a.m. EDT Tuesday.", "2026-03-12", "Tuesday", "2026-03-17"),
    // (told in the past, the day before the time is the one gone by)
    ("The attack began at 8 p.m. on Monday.", "2026-03-12", "Monday", "2026-03-09"),
    // "due to" and a verb is a plan, however far back in the clause
    ("The weather office said the monsoon, due to bring rain to the south and the coast between October and December, was likely to be normal.", "2009-10-01", "between October and December", "2009-10/2009-12"),
    // (a past act in the clause keeps "is expected" after the date from reaching it)
    ("A weak El Niño that developed over the Pacific in June is expected to persist.", "2009-10-01", "June", "2009-06"),
    ("Talks in June are expected to settle the matter.", "2009-10-01", "June", "2010-06"),
    // the base of a comparison is a time gone by
    ("About 2.4 million people will face hunger between June and August, up from 1.6 million in March.", "2026-04-15", "March", "2026-03"),
    // "between June and October that year": the year of the date told before
    ("The rainy season of 2024 was the deadliest on record: floods killed 300 people between June and October that year.", "2026-04-15", "between June and October that year", "2024-06/2024-10"),
    // a holiday after a date of its sentence is that year's
    ("In March last year, gunmen attacked a mosque during Ramadan.", "2026-04-15", "Ramadan", "2025-03-01/2025-03-30"),
    ("In 2015, the group struck during Ramadan.", "2026-04-15", "Ramadan", "2015-06-18/2015-07-17"),
    // a holiday whose day is told ahead past a name set off by commas
    ("Tabaski, known elsewhere in the Muslim world as Eid al-Adha, falls on Friday in Niger.", "2012-10-25", "Tabaski", "2012-10-26~"),
    // Ramadan opening its sentence as the subject of its start or end
    ("Ramadan began on 20 July, and the floods came a month later.", "2012-10-25", "Ramadan", "2012-07-20/2012-08-18"),
    // a month after a possessive determiner before an event noun; a rate's "cut"
    ("The bank had trimmed its rate at its September meeting.", "2008-10-22", "September", "2008-09"),
    ("Lenders passed on the October cut within days.", "2008-10-22", "October", "2008-10"),
    // "the middle of 2009": its middle third, as "mid-2009"
    ("Rates should reach 4 per cent by the middle of 2009.", "2008-10-22", "the middle of 2009", "2009-05/2009-08"),
    // "spent the weekend", "will spend the weekend"
    ("The two candidates spent the weekend touring the north.", "2024-11-20", "the weekend", "2024-11-16/2024-11-17"),
    ("He will spend the weekend in custody.", "2013-06-14", "the weekend", "2013-06-15/2013-06-16"),
    // days declared holidays are the coming ones, two of them too
    ("The government has declared Friday and Saturday public holidays.", "2012-10-25", "Saturday", "2012-10-27"),
    // (a list of days told in the past is not)
    ("Rebels attacked the town on Friday and Saturday.", "2012-10-25", "Saturday", "2012-10-20"),
    // a result "setting up" a fixture on a weekday: the coming one
    ("Mexico beat Costa Rica on Sunday night, setting up a semifinal against Panama on Wednesday.", "2015-07-20", "Wednesday", "2015-07-22"),
    // a participle phrase set off by commas is background to the main clause, however many words follow its date
    ("The coach, hired in October 2013 to rescue a faltering qualifying campaign, signed a contract extension in January.", "2015-07-20", "January", "2015-01"),
    // a list after a colon has the tense of the clause before it
    ("He repeated on Monday that he would respect the calendar: a referendum on Oct. 31, local elections in December, and a presidential vote on Feb. 27, 2022.", "2021-06-10", "Oct. 31", "2021-10-31"),
    ("He repeated on Monday that he would respect the calendar: a referendum on Oct. 31, local elections in December, and a presidential vote on Feb. 27, 2022.", "2021-06-10", "December", "2021-12"),
    // (a list of what was done is not ahead)
    ("He listed what the junta had done: a curfew lifted on Oct. 31, local elections in December.", "2021-06-10", "December", "2020-12"),
    // a date right after "had been due" is a plan told in the past: the one nearest the article date
    ("The European Union, which had been due in February to sign a development programme with Niamey, said the accord was on hold.", "1996-01-29", "February", "1996-02"),
    // so is one after "was originally scheduled to"
    ("The probe was originally scheduled to fly on Sept. 14.", "1998-10-22", "Sept. 14", "1998-09-14"),
    // a year opening the sentence after "In", before a plural noun
    ("In 1996 people danced in the streets too.", "2010-02-22", "1996", "1996"),
    // a plan named by a noun before the date, told in the past after it
    ("The ECOWAS ultimatum of July 30 expired on August 6 without a shot being fired.", "2023-08-31", "July 30", "2023-07-30"),
    // (a participle before "by" is not a past)
    ("The deadline of Aug. 6 set by the bloc is near.", "2023-07-31", "Aug. 6", "2023-08-06"),
    // a recent day that would go back before the date of the main line, not before one in a relative clause
    ("The junta revoked the permit in June last year. In December, the company said it had lost control of the mine, whose ore had been trapped since the border closed in the summer of 2023. On June 19, the government published a decree.", "2025-07-31", "June 19", "2025-06-19"),
    // a season read so too
    ("The massacre at Solhan in June 2021 and the killing of gendarmes at Inata that November turned the army against him. Damiba promised to turn things around. Instead, attacks intensified over the summer.", "2022-10-09", "summer", "2022-22"),
    // "could go" is what may yet happen
    ("Aid agencies warned that millions of people could go hungry by the summer.", "2010-02-22", "summer", "2010-22"),
    // a hedge set off by commas has the tense of the clause before it
    ("The soldiers will want a new constitution first, perhaps in the autumn, and then elections.", "2010-02-22", "autumn", "2010-23"),
    // a year of two digits: 1970-2069
    ("The engineers signed off, according to a status report dated 10/21/98.", "1998-10-22", "10/21/98", "1998-10-21"),
    ("The form was dated 21/10/04.", "2005-01-10", "21/10/04", "2004-10-21"),
    // "that summer" is not of a decade told last, but of the year before it
    ("The state shut down in August 1991. Several of the lawmakers served in the 1980s and remember that summer well.", "1995-06-27", "that summer", "1991-22"),
    // a clause of condition opening the sentence, in the present passive, before "I will"
    ("If the papers are not served by the end of January, I will want to know why.", "2013-11-14", "January", "2014-01"),
    // a plan made in the present perfect for what is to be done by a date
    ("The manager has targeted a top-half finish by Christmas.", "2023-08-03", "Christmas", "2023-12-25"),
    ("The junta has promised elections by February.", "2023-08-03", "February", "2024-02"),
    // (a past perfect is not)
    ("The junta had promised elections by February, but none were held.", "2023-08-03", "February", "2023-02"),
    // "until" and a time of day before a weekday, not told in the past: ahead
    ("Tickets remain available from the club shop until 5pm on Friday, and fans are advised to travel early.", "2023-08-03", "Friday", "2023-08-04"),
    // (told in the past: the one before)
    ("The shop stayed open until 5pm on Friday.", "2023-08-03", "Friday", "2023-07-28"),
    // "since" a month or season in the present perfect runs up to now from the latest one, whatever year was told before
    ("The sister mine closed in March 2021. Its 800 workers have not been paid since May, union officials said.", "2025-07-31", "since May", "2025-05/2025-07-31"),
    ("Glenn first orbited the Earth in February 1962. Hotels along the coast have been fully booked since the summer.", "1998-10-22", "since the summer", "1998-22/1998-10-22"),
    // "could weigh" is what may yet happen
    ("Analysts said a sale of the stockpile could weigh on prices in the fourth quarter.", "2025-07-31", "the fourth quarter", "2025-10/2025-12"),
    // a deadline reported in the present after "said that" is ahead
    ("The spokesman said this evening that \"the door is open until Friday,\" and Democrats said they would stay.", "1995-06-27", "until Friday", "../1995-06-30"),
    ("The spokesman said that the door is open until Friday.", "1995-06-27", "until Friday", "../1995-06-30"),
    // (reported in the past: the one before)
    ("He said the curfew was in force until Friday.", "1995-06-27", "until Friday", "../1995-06-23"),
    // a clause opened by "if" after "would": what would be is yet to come
    ("\"We would love it if a few of them stayed up late on Friday night and got up early on Saturday to watch us go.\"", "1998-10-22", "Saturday", "1998-10-24"),
    ("He would resign, he said, if parliament voted on Monday.", "1998-10-22", "Monday", "1998-10-26"),
    // (not what would have been)
    ("He would have resigned if they had voted on Monday.", "1998-10-22", "Monday", "1998-10-19"),
    // "the weekend" after "after" and "through"
    ("The comptroller has said she will have no authority to issue checks after the weekend.", "1995-06-27", "the weekend", "1995-07-01/1995-07-02"),
    ("Democrats said they would keep members in Hartford through the weekend if needed.", "1995-06-27", "the weekend", "1995-07-01/1995-07-02"),
    // a century as an adjective
    ("The band closed with a 19th-century ballad.", "2022-06-27", "19th-century", "18XX"),
    // "on the Sunday" after a day of a year gone by: the first such day from it
    ("The first festival opened on Friday 30 June 1972 and closed on the Sunday evening with a thunderstorm.", "2022-06-27", "the Sunday evening", "1972-07-02"),
    // a weekday with its date names the year about the article date when the year read from the text does not fit it
    ("The court on Tuesday put off the hearing of the officers charged over the October 2016 mutiny to Friday, June 14.", "2019-06-05", "Friday, June 14", "2019-06-14"),
    // (a year the weekday fits is kept)
    ("In 2017, the court sat on Friday, April 14, and the defence walked out.", "2019-06-05", "Friday, April 14", "2017-04-14"),
    // a list of what was done, its steps joined by commas, runs forward
    ("The two juntas signed a defence pact in September 2023, announced in January that they would quit the bloc, and have since expelled foreign troops.", "2024-11-06", "January", "2024-01"),
    // (not a participle before "by")
    ("The mine was seized in September 2023, backed by Moscow in January, officials said.", "2024-11-06", "January", "2023-01"),
    // "might" and a verb, and "likely", "unlikely" or "possible" before the date's preposition, look ahead
    ("The guide told us yesterday that we might reach the summit on Thursday.", "2010-12-20", "Thursday", "2010-12-23"),
    ("Forecasters said heavy rain was likely on Friday.", "2010-12-20", "Friday", "2010-12-24"),
    ("The judge said a ruling was unlikely before the spring, after hearings in late 2009.", "2010-12-20", "spring", "2011-21"),
    // (not "might have")
    ("The guide said we might have reached the summit on Thursday.", "2010-12-20", "Thursday", "2010-12-16"),
    // "that" after a verb of saying opens a clause; the months after it are not those told before
    ("The 2009 fires were the worst. Rangers warn that January and February bring the hottest days, and that the risk will not ease until April.", "2020-01-10", "April", "2020-04"),
    // (a grace period from a date told in the past runs on from it)
    ("At a summit on Dec. 15, 2009, the leaders offered the junta a grace period until July 29.", "2010-12-20", "until July 29", "../2010-07-29"),
    // a year told from the article date that opens its sentence before a comma sets the year of the months after it
    ("Last year, after rebels overran a base near the lake in March, the president led the counter-offensive himself.", "2021-04-21", "March", "2020-03"),
    // (not one told later in the sentence)
    ("The rebels overran a base near the lake in March, more than last year.", "2021-04-21", "March", "2021-03"),
    // "un" and a participle is an adjective, not a past
    ("The agency plans its first uncrewed flight on Dec. 4.", "2014-11-13", "Dec. 4", "2014-12-04"),
    // (a verb of "un" that undoes is a past)
    ("The agency unveiled the capsule on Dec. 4.", "2014-11-13", "Dec. 4", "2013-12-04"),
    // a fiscal year whose end the text tells is those months, named by the year it ends in
    ("For FY24, which ended on March 31, 2024, the group's profit rose 12%.", "2024-05-20", "FY24", "2023-04/2024-03"),
    ("The miner, whose fiscal 2025 began on July 1, produced 61,000 ounces in the first quarter of fiscal 2025.", "2024-11-06", "the first quarter of fiscal 2025", "2024-07/2024-09"),
    ("The agency's fiscal year ends in September, and its budget for fiscal 2026 is due soon.", "2025-06-02", "2026", "2025-10/2026-09"),
    // an Indian company's, April to March
    ("Net profit rose to Rs 310 crore, the company told the BSE, and it expects revenue to grow in FY25.", "2024-05-10", "FY25", "2024-04/2025-03"),
    ("Net profit rose to Rs 310 crore, the company told the BSE; the second half of FY24 was its best.", "2024-05-10", "the second half of FY24", "2023-10/2024-03"),
    // (a fiscal year of which the text tells no months stays its year)
    ("Revenue in fiscal 2025 rose 4%, the company said.", "2025-08-01", "2025", "2025"),
    // named by the year it begins in, as the text tells, or as a Japanese report names it
    ("The programme ends with fiscal 2020, the financial year that began in April 2020.", "2021-03-11", "2020", "2020-04/2021-03"),
    ("The Tokyo carmaker expects its operating profit to rise in fiscal 2024.", "2024-05-10", "2024", "2024-04/2025-03"),
    // "that year" and "that month" after a part of one
    ("The probe entered orbit in mid-2004. It was not the only mission launched that year.", "2014-11-13", "that year", "2004"),
    ("Talks opened in early March 2013. Later that month, they collapsed.", "2014-11-13", "Later that month", "2013-03"),
    // a date a clause tells as coming "after" another is before it, not a step on from it
    ("He was sworn in on April 2, 2021, days after soldiers tried and failed to seize the palace on March 31.", "2023-08-10", "March 31", "2021-03-31"),
    // "payable" looks ahead
    ("The board proposed a final dividend of 4.5 cents a share, payable on May 15.", "2025-02-20", "May 15", "2025-05-15"),
    // "should" looks ahead, "should have" does not
    ("The party said a new leader should be chosen in October.", "2016-06-24", "October", "2016-10"),
    ("The party said a new leader should have been chosen in October.", "2016-06-24", "October", "2015-10"),
    // a perfect infinitive after a plan tells of what is past
    ("The economy is expected to have contracted sharply again in the third quarter.", "2015-11-30", "the third quarter", "2015-07/2015-09"),
    ("Output is likely to have shrunk in October, economists said.", "2015-11-30", "October", "2015-10"),
    // (not the plain infinitive)
    ("Output is likely to shrink in October, economists said.", "2015-08-30", "October", "2015-10"),
    // "the following year" is not told from a date of a relative clause of the sentence before
    ("The army seized power in December 2008, after the death of the president, who had himself taken power in 1984. The following year, troops fired on a rally.", "2021-09-06", "The following year", "2009"),
    // (but from one of its main clause)
    ("The president took power in 1984. The following year, he survived a coup.", "2021-09-06", "The following year", "1985"),
    // a scheduled step told in the present over its object
    ("Ghana handed power to the opposition in December 2024. Benin votes for a new president in April.", "2026-03-02", "April", "2026-04"),
    ("The senator, who retires from the Senate in January, flew into space in 1962.", "1998-10-22", "January", "1999-01"),
    // (not one told in the past)
    ("The senator, who retired from the Senate in January, flew into space in 1962.", "1998-10-22", "January", "1998-01"),
    // "the next two years" told in the past after a date ahead of the article date runs from the article date
    ("Formal departure is unlikely before 2019. Economists warned that the next two years of uncertainty could weigh on investment.", "2016-06-24", "the next two years", "2016-06-24/2018-06-25"),
    // a season in an article set in the southern hemisphere is its months there
    ("Crews in New South Wales said the blazes near Sydney started last spring.", "2020-01-31", "last spring", "2019-09/2019-11"),
    ("The heat in Sydney this summer has broken records across Australia.", "2020-01-31", "this summer", "2019-12/2020-02"),
    ("Farmers in Queensland say the drought will break by next summer, when the wet comes to Brisbane.", "2020-01-31", "next summer", "2020-12/2021-02"),
    // (not one named once, nor one set in the north)
    ("Aid workers in Niger said the lean season began last spring, as in South Africa.", "2020-01-31", "last spring", "2019-21"),
    // a participle with its agent after the date tells of a noun, not of a past
    ("The two candidates meet Thursday in Dakar for a debate organized by the national broadcaster.", "2024-03-13", "Thursday", "2024-03-14"),
    // (a verb in the past after it is one)
    ("The two candidates met Thursday in Dakar and debated for two hours.", "2024-03-13", "Thursday", "2024-03-07"),
];

/// (sentence, article date, phrase that no mention may overlap)
#[rustfmt::skip]
const NOT_DATES: &[(&str, &str, &str)] = &[
    // a time of day on the 24-hour clock before a zone
    ("Shares fell 6.3% to 212 pence by 1015 GMT.", "2025-02-20", "1015"),
    ("The curfew runs until 2300 hrs local time.", "2025-02-20", "2300"),
    ("Shops stocked fans for the summer.", "2024-02-25", "summer"),
    // the weekly prayers are no day
    ("Gunmen struck a mosque during Friday prayers.", "2026-04-15", "Friday"),
    // (not after a name: "Tariq Ramadan")
    ("The scholar Tariq Ramadan began a lecture tour.", "2012-10-25", "Ramadan"),
    // "that" before a month that a verb follows is a conjunction
    ("In 2019 he said that March would be decisive.", "2026-04-02", "March"),
    ("The fact that November was dry hurt farmers in 2021.", OCT, "November"),
    ("Tariq Ramadan spoke in Paris on the book.", BG, "Ramadan"),
    ("Most of the victims were in their 60s.", BG, "60s"),
    ("Temperatures in Niamey were in the 80s all week.", BG, "80s"),
    // "for" alone does not make a month name a date
    ("Supporters of the party voted for May in the leadership race.", DEC, "May"),
    ("The spring and summer collections sold out in Dakar.", OCT22, "summer"),
    // a habit, not a day; a fall that is no season
    ("In Leipzig, where weekly Monday protests had been growing, crowds marched.", THU, "Monday"),
    ("Prices rose after fall in demand for cocoa.", THU, "fall"),
    // a day not counted, or days of something, is no span from a date
    ("It was his last day in office before the coup.", THU, "last day"),
    ("In the last two days of the campaign, he toured the north.", THU, "last two days"),
    // durations
    ("The junta set out a transition of three years.", THU, "three years"),
    ("Donors hope aid returns to pre-2020 levels.", THU, "2020"),
    ("The paper's weekend edition sold out.", THU, "weekend"),
    ("The Sunday Times reported the story first.", THU, "Sunday"),
    ("The March to the capital drew thousands.", THU, "March"),
    ("Flights to Christmas Island resumed.", THU, "Christmas"),
    ("The 5th Battalion moved north on the 2nd round of talks.", THU, "5th"),
    ("It was the 2nd round of talks in Abuja.", THU, "2nd"),
    ("A year to the day after the coup, the junta held a rally.", THU, "the day after"),
    ("He met the envoys on the weekend of July 29-30.", AUG, "the weekend"),
    ("Version 1.2.2023 of the app shipped.", THU, "1.2.2023"),
    ("Inflation was 13.45.2023 points, a typo.", THU, "45.2023"),
    ("The home side scored twice in the third quarter.", THU, "third quarter"),
    ("In the first quarter of the century, Niger's population doubled.", THU, "first quarter"),
    ("A quarter of the population fled the fighting.", THU, "quarter"),
    ("At the end of the day, the junta wants recognition.", THU, "the end of the day"),
    ("The June Democratic Front called a strike.", THU, "June"),
    ("Mali's officers agreed an 18-month transition.", THU, "18-month transition"),
    ("The borders stayed closed for two weeks.", THU, "for two weeks"),
    ("Nearly 14 years passed between the two coups.", THU, "14 years"),
    ("The referendum gave him an extra three years in power.", THU, "three years"),
    ("The ruling family held power for 56 years.", THU, "56 years"),
    ("He stayed little more than a month in office.", THU, "a month"),
    ("He was stepping down after two terms.", THU, "two terms"),
    ("He was jailed for 10 years in 1999.", THU, "10 years"),
    ("It was the ninth coup on this list in three years.", CHR, "in three years"),
    ("The junta seized power on July 26, 2023. He then spent three years on the run.", BG, "three years on"),
    ("Fighting in 2023 raged for days on end.", BG, "days on"),
    ("Tourists flew to Easter Island in 2019.", BG, "Easter"),
    ("Theresa May, June Smith and others spoke in 2019.", BG, "June"),
    ("June's mother said she had not slept since 2023.", BG, "June"),
    ("May's government fell in 2019.", BG, "May"),
    ("The film Independence Day was shown in Niamey in 1996.", BG, "Independence Day"),
    ("\"People went back to work as if it was any other Friday,\" he said in 2010.", BG, "Friday"),
    ("The independence day parade was cancelled in 2023.", BG, "independence day"),
    ("His term ends on 18 January, and not a day later.", "2016-12-13", "a day later"),
    // ages
    ("Bazoum, aged 63, remains in detention.", THU, "aged 63"),
    ("A 45-year-old officer led the mutiny.", THU, "45-year-old"),
    ("The general, 59, read the statement.", THU, "59"),
    // quantities
    ("About 1,100 troops are based near the capital.", THU, "1,100 troops"),
    ("The junta deployed 2000 soldiers to the border.", THU, "2000 soldiers"),
    ("The owners paid for 2000 new seats in the rebuilt stand.", THU, "2000 new seats"),
    ("Inspectors believe about 2000 homes across the shire were flooded.", THU, "2000 homes"),
    // the holiday is not "the new year"
    ("Crowds marked the New Year on Monday.", "2024-01-03", "New Year"),
    // the last quarter of a game is no date
    ("The Lakers scored 30 points in the last quarter to win the game.", "2024-03-10", "last quarter"),
    // a number before a currency is an amount
    ("Tickets, priced from 2000 naira, go on sale on Thursday.", "2024-10-09", "2000"),
    ("The fee rose to 1500 shillings.", "2024-10-09", "1500"),
    ("The army said some 1500 fighters were killed.", THU, "some 1500 fighters"),
    ("The junta offered $2000 to each family.", THU, "$2000"),
    ("The opposition candidate lost by 1,960 votes.", THU, "1,960 votes"),
    ("More than 2000 civilians fled.", THU, "2000 civilians"),
    ("The battalion has 1200 men.", THU, "1200 men"),
    ("About 3000 people marched through the city.", THU, "3000 people"),
    ("The truck carried 2500 litres of fuel.", THU, "2500 litres"),
    ("A 2000-strong force was deployed.", THU, "2000-strong"),
    ("The 1500-member contingent left the base.", THU, "1500-member"),
    ("The Security Council adopted Resolution 2085.", THU, "Resolution 2085"),
    ("Flight 1960 landed safely.", THU, "Flight 1960"),
    ("Violence has driven more than a million from their homes.", THU, "a million"),
    ("The mission costs 1,500 million francs a year.", THU, "1,500 million"),
    // times
    ("Gunfire erupted at 3 a.m. near the palace.", THU, "at 3 a.m."),
    ("The curfew starts at 14:00 each day.", THU, "at 14:00"),
    ("Polls close at 1800.", THU, "1800"),
    ("Troops attacked shortly after noon.", THU, "shortly after noon"),
    ("The shooting stopped around midnight.", THU, "around midnight"),
    // vague
    ("Tensions had been building for years.", THU, "for years"),
    ("Coups have multiplied in recent years.", THU, "in recent years"),
    ("Such takeovers seemed a thing of the recent past.", THU, "the recent past"),
    ("The junta recently expelled a diplomat.", THU, "recently"),
    ("Talks could resume in the coming weeks.", THU, "in the coming weeks"),
    ("Aid is expected to arrive in the coming months.", THU, "the coming months"),
    ("Violence over the past months has displaced thousands.", THU, "the past months"),
    ("Attacks have grown in recent weeks.", THU, "in recent weeks"),
    ("Niger has seen several coups since independence.", THU, "since independence"),
    ("Protesters gather outside the embassy every Friday.", THU, "every Friday"),
    ("It was a Friday in August 2020 when she joined the crowds.", THU, "Friday"),
    ("One Sunday morning, the soldiers came back.", THU, "Sunday"),
    ("Officials warned that week-long protests could follow.", THU, "that week"),
    // verbs and nouns that look like months
    ("Officials fear that he may resign.", THU, "may resign"),
    ("May the new leaders keep their word, the imam said.", THU, "May the"),
    ("Supporters organised a march on the capital.", THU, "a march on the capital"),
    ("Protesters vowed to march on the palace.", THU, "march on the palace"),
    ("Thousands joined the March for Peace in the capital.", THU, "March for Peace"),
    // programmes named by their target year
    ("The 2030 Agenda was not discussed.", THU, "2030"),
    ("Agenda 2063 was mentioned in passing, as was Vision 2030.", THU, "2063"),
    ("Agenda 2063 was mentioned in passing, as was Vision 2030.", THU, "Vision 2030"),
    // a bare season that names no particular one
    ("After the fall of Kabul, aid stopped.", THU, "fall"),
    ("In the winter of discontent, strikes spread.", THU, "winter"),
    ("Attacks fell compared to the last few months of 2022.", THU, "the last few months"),
    // counts and forms
    ("Turnout was 1984 votes out of 2019 registered.", THU, "2019"),
    ("Form 1040 was filed late.", THU, "1040"),
    // an age by a decade's word
    ("The general, in his sixties, took power.", THU, "sixties"),
    // told from another event
    ("Prices rose the year before the election.", THU, "the year before"),
    ("Here is where things stand on Thursday, the day after soldiers announced the coup.", THU, "the day after"),
    // a movement named by its date
    ("Protests led by the June 5 Movement demanded his resignation.", THU, "June 5"),
    // a place named by its date
    ("Security forces opened fire on a rally at the September 28 stadium in Conakry.", THU, "September 28"),
    ("Crowds gathered on the 14 January avenue before dawn.", THU, "14 January"),
    ("Protesters have been gathering in May 13 Square since this morning.", THU, "May 13"),
    // a span compared, not placed
    ("The aid convoy reached Dilling on July 3, weeks later than planned.", THU, "weeks later"),
    ("The town was founded many years ago by traders.", THU, "years ago"),
    // an idiom
    ("Africa's coup belt was not born yesterday.", THU, "yesterday"),
    // a count after a possessive
    ("The region's 2000 villages were cut off.", THU, "2000"),
    // "hours later" after no day
    ("He took power in 2013. Hours later, he spoke to the nation.", THU, "Hours later"),
    // a span of time, not a date
    ("He spent a week and a half in detention.", THU, "a week and a half"),
    ("Talks could resume in two years, officials said.", THU, "two years"),
    ("Soldiers seized the palace on July 26. Talks began 36 hours later.", THU, "36 hours later"),
    // a named day
    ("Security forces killed dozens of protesters on 20 October 2022, a day now known as Black Thursday.", THU, "Thursday"),
    ("The march recalled Bloody Sunday.", THU, "Sunday"),
    // "today's" meaning present-day
    ("The borders of today's Sahel states were drawn by European powers.", THU, "today"),
    ("The palace cost 40 million dollars in today's money.", THU, "today"),
    // the year a UN resolution is numbered in
    ("The members recalled resolution 2719 (2023) and earlier statements.", THU, "2023"),
    // "since" after an auxiliary is an adverb: no interval from it
    ("The junta missed that deadline and has since said elections would take place in 2025.", MAR, "since said"),
    // "last" with a count and no "the" is the verb: a length, not a period
    ("They named a general to head a transition that would last one year.", MAR, "last one year"),
    ("The talks could last two weeks, diplomats said.", MAR, "last two weeks"),
    ("The transition will last a year.", MAR, "last a year"),
    // a month in capitals is read only with its year
    ("TROOPS MAY LEAVE MALI, OFFICIALS SAY", GA, "MAY"),
    // a "since" that has its own date starts no interval with a later one
    ("A fuel blockade imposed since September brought Bamako to a standstill in October.", "2026-01-12", "brought Bamako"),
    ("A blockade imposed since 2019 brought the town to a standstill in 2021.", "2026-01-12", "brought the town"),
    // "that" before a month after a verb is the conjunction
    ("Officials said that March would be decisive.", "2024-04-15", "that March"),
    // a plural noun after a number counts: no event noun
    ("The army carried out 2000 raids and a 1500 kilometre patrol.", "2025-05-14", "2000"),
    ("Rebels staged 1200 ambushes along the road.", "2025-05-14", "1200"),
    // "May" before a dash is a name
    ("Theresa May-June Smith spoke in London.", "2024-09-19", "June"),
    // a day naming a place after a possessive
    ("Soldiers joined the protesters in the capital's May 13 Square.", "2025-10-16", "May 13"),
    // a weekday before a plural part of the day is a habit
    ("The league moved most games from Sunday afternoons to Friday evenings.", "2025-05-26", "Friday"),
    // a week counted in something else than the year
    ("In week 3 of the trial, the defence called its first witness.", "2025-05-26", "week 3"),
    // a count before a noun that a year may also name ("2000 single mothers")
    ("The charity helped 2000 single mothers last winter.", BG, "2000"),
    // a span "later than" something is a comparison, not a date
    ("First production is now expected about six months later than planned.", BG, "six months later"),
    // a count before an adjective ("a 2000 strong force")
    ("Chad sent a 2000 strong force to the border.", BG, "2000"),
    // "Christmas" naming a place or a thing
    ("The ship sailed on to Christmas Island.", BG, "Christmas"),
    ("They travelled to Christmas markets in Alsace.", JAN, "Christmas"),
    ("Malians still remember that day as \"Black Friday\".", JAN, "Black Friday"),
    // "that date" alone refers back to a date told before
    ("The charter expires on Oct. 10. Beyond that date the country falls into a legal vacuum.", BG, "that date"),
    // (not a week of something else, even after epidemiological weeks)
    ("Cases rose in epidemiological week 9. In week 3 of the trial, the defence called a doctor.", BG, "week 3"),
];

/// (sentence, article date, expression, lowest and highest allowed confidence)
#[rustfmt::skip]
const CONFIDENCE: &[(&str, &str, &str, f32, f32)] = &[
    ("The electoral commission set the vote for 05/07/2023 in its statement.", THU, "05/07/2023", 0.0, 0.59),
    ("A leaked memo dated 03/04/2021 warned of unrest.", THU, "03/04/2021", 0.0, 0.59),
    ("A communique dated 26/07/2023 announced the closure of the borders.", THU, "26/07/2023", 0.6, 1.0),
    ("The order was signed on 07/26/2023 according to the ministry.", THU, "07/26/2023", 0.6, 1.0),
    ("The presidential guard detained the president on July 26, 2023, in the capital.", THU, "July 26, 2023", 0.9, 1.0),
];

/// A feast on a weekday keeps it wherever its year is read from: moved to
/// another year, it is that year's feast, not the same month and day.
#[test]
fn movable_feasts_keep_their_weekday() {
    use chrono::{Datelike, Weekday};
    let cases = [
        (
            "He was jailed in 2019 and freed at Easter the following year.",
            "2024-06-25",
            "Easter",
            Weekday::Sun,
        ),
        (
            "She left in 1985 and returned by Thanksgiving that year.",
            "2024-06-25",
            "Thanksgiving",
            Weekday::Thu,
        ),
        (
            "Sales rose over Labor Day weekend the previous year.",
            "2024-06-25",
            "Labor Day",
            Weekday::Mon,
        ),
    ];
    for (text, dct, feast, weekday) in cases {
        let found = mentions(text, dct);
        let days: Vec<&Mention> = found
            .iter()
            .filter(|m| text[m.span.clone()].contains(feast))
            .collect();
        assert!(!days.is_empty(), "{text:?}: {}", describe(text, &found));
        for m in days {
            assert_eq!(
                m.date.earliest.weekday(),
                weekday,
                "{text:?}: {}",
                describe(text, &found)
            );
        }
    }
}

fn date(iso: &str) -> NaiveDate {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").unwrap()
}

fn mentions(text: &str, dct: &str) -> Vec<Mention> {
    find_mentions(text, 0..text.len(), Some(date(dct)))
}

fn describe(text: &str, found: &[Mention]) -> String {
    let items: Vec<String> = found
        .iter()
        .map(|m| format!("{:?}={} ({})", &text[m.span.clone()], m.date.value, m.rule))
        .collect();
    if items.is_empty() {
        "nothing".to_owned()
    } else {
        items.join(", ")
    }
}

#[test]
fn corpus_is_large_enough() {
    assert!(
        DATES.len() + NOT_DATES.len() >= 170,
        "{} cases",
        DATES.len() + NOT_DATES.len()
    );
}

#[test]
fn dates_resolve_to_the_expected_values() {
    let mut failures = Vec::new();
    for (i, &(text, dct, expr, value)) in DATES.iter().enumerate() {
        let found = mentions(text, dct);
        let ok = found
            .iter()
            .any(|m| &text[m.span.clone()] == expr && m.date.value == value);
        if !ok {
            failures.push(format!(
                "#{i} [{dct}] {text:?}\n      want {expr:?}={value}\n      got  {}",
                describe(text, &found)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} date cases failed:\n  {}",
        failures.len(),
        DATES.len(),
        failures.join("\n  ")
    );
}

#[test]
fn non_dates_produce_no_mention() {
    let mut failures = Vec::new();
    for (i, &(text, dct, phrase)) in NOT_DATES.iter().enumerate() {
        let found = mentions(text, dct);
        let spans: Vec<_> = text
            .match_indices(phrase)
            .map(|(at, p)| at..at + p.len())
            .collect();
        assert!(!spans.is_empty(), "case #{i}: {phrase:?} not in {text:?}");
        let bad: Vec<&Mention> = found
            .iter()
            .filter(|m| {
                spans
                    .iter()
                    .any(|s| m.span.start < s.end && s.start < m.span.end)
            })
            .collect();
        if !bad.is_empty() {
            let bad: Vec<Mention> = bad.into_iter().cloned().collect();
            failures.push(format!(
                "#{i} [{dct}] {text:?}\n      {phrase:?} must not be a date; got {}",
                describe(text, &bad)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} must-not cases failed:\n  {}",
        failures.len(),
        NOT_DATES.len(),
        failures.join("\n  ")
    );
}

#[test]
fn confidence_reflects_ambiguity() {
    let mut failures = Vec::new();
    for &(text, dct, expr, lo, hi) in CONFIDENCE {
        let found = mentions(text, dct);
        match found.iter().find(|m| &text[m.span.clone()] == expr) {
            Some(m) if (lo..=hi).contains(&m.confidence) => {}
            Some(m) => failures.push(format!(
                "{expr:?} in {text:?}: confidence {} not in {lo}..={hi}",
                m.confidence
            )),
            None => failures.push(format!(
                "{expr:?} not found in {text:?}; got {}",
                describe(text, &found)
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_mention_is_well_formed() {
    let mut failures = Vec::new();
    let all = DATES
        .iter()
        .map(|&(t, d, _, _)| (t, d))
        .chain(NOT_DATES.iter().map(|&(t, d, _)| (t, d)));
    for (text, dct) in all {
        for m in mentions(text, dct) {
            let parsed = dateline::model::EventDate::parse_edtf(&m.date.value);
            let explained = !m.explanation.stored().is_empty();
            if m.date.earliest > m.date.latest
                || text.get(m.span.clone()).is_none()
                || parsed.is_err()
                || !explained
            {
                failures.push(format!("{text:?}: {m:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_explanation_opens_with_its_expression() {
    let mut failures = Vec::new();
    for &(text, dct, _, _) in DATES {
        for m in mentions(text, dct) {
            let expr = &text[m.span.clone()];
            let sentence = m.explanation.sentence(expr, &m.date.value);
            let opens = sentence
                .get(..expr.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(expr));
            if !opens {
                failures.push(format!("{expr:?} in {text:?}: {sentence}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
