//! Reader for HTML news pages.
//!
//! The page is parsed with a real HTML parser (`scraper`, built on
//! html5ever), so broken markup, entities and comments are handled as a
//! browser would. The article's `text` is the page's readable text — one
//! paragraph per block element, paragraphs separated by blank lines,
//! whitespace collapsed — so every byte offset refers to that text, not to
//! the markup. Scripts, styles, navigation, headers, footers, asides, forms
//! and hidden elements are dropped. When the page has an `<article>` (or an
//! `itemprop="articleBody"` element, or `<main>`), only that part is read.
//!
//! Metadata, each from the first source that has it:
//! - title: `og:title`, `twitter:title`, `<title>` (minus a trailing
//!   `| Site name`), the first `<h1>`;
//! - publication date: `article:published_time`, `og:published_time`,
//!   `itemprop="datePublished"`, `date`, `dc.date`, `DC.date.issued`,
//!   `dcterms.date`, `pubdate`, `publishdate` and similar meta tags, then a
//!   `<time datetime>` inside the article (one marked `pubdate` first);
//! - publisher: `og:site_name`, then `publisher` / `DC.publisher` /
//!   `application-name` meta tags.

use chrono::{DateTime, NaiveDate};
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};

use crate::model::Article;

/// An article read from an HTML page, with warnings about the page.
#[derive(Debug, Clone)]
pub struct HtmlPage {
    pub article: Article,
    pub warnings: Vec<String>,
}

/// Elements whose whole subtree is dropped.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "textarea", "svg", "math", "iframe", "object", "embed", "canvas", "head",
    "title", "dialog", "menu",
];

/// ARIA roles whose elements are dropped like the tags above.
const SKIPPED_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
];

/// Elements that end the current paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "section",
    "article",
    "main",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "caption",
    "br",
    "hr",
    "figure",
    "figcaption",
    "address",
    "details",
    "summary",
    "body",
];

/// Meta tag names (lowercased `property`, `name` or `itemprop`) that carry
/// the publication date, most specific first.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "sailthru.date",
    "parsely-pub-date",
    "citation_publication_date",
    "citation_date",
];

const TITLE_KEYS: &[&str] = &["og:title", "twitter:title"];

const PUBLISHER_KEYS: &[&str] = &[
    "og:site_name",
    "publisher",
    "dc.publisher",
    "dcterms.publisher",
    "application-name",
];

/// How deeply elements may nest before deeper tags are dropped.
pub const MAX_NESTING: usize = 512;

/// Elements that never hold others, or that the parser closes by itself
/// when a sibling starts: they do not count towards the nesting depth.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead",
    "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
];

/// Elements whose content is raw text, not markup.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "noembed", "noframes",
];

/// `source` with every tag that opens (or closes) an element nested more
/// than `max` deep removed, or `None` when nothing nests that deep. One
/// linear pass over the markup; the depth is counted naively (end tags
/// close the latest open element), which is all this guard needs.
pub fn limit_nesting(source: &str, max: usize) -> Option<String> {
    let bytes = source.as_bytes();
    // For each open element: whether its tags were dropped.
    let mut open: Vec<bool> = Vec::new();
    let mut drop: Vec<std::ops::Range<usize>> = Vec::new();
    let mut i = 0;
    while let Some(offset) = bytes
        .get(i..)
        .and_then(|rest| rest.iter().position(|&b| b == b'<'))
    {
        let start = i + offset;
        let rest = source.get(start..).unwrap_or("");
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(bytes.len(), |e| start + e + 3);
            continue;
        }
        let Some(end) = rest.find('>').map(|e| start + e + 1) else {
            break;
        };
        let tag = source.get(start + 1..end - 1).unwrap_or("");
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        i = end;
        if name.is_empty() || NOT_NESTING.contains(&name.as_str()) {
            continue;
        }
        if closing {
            if open.pop() == Some(true) {
                drop.push(start..end);
            }
        } else if RAW_TEXT.contains(&name.as_str()) {
            i = find_end_tag(source, end, &name).unwrap_or(bytes.len());
            open.push(false);
        } else if !tag.ends_with('/') {
            let too_deep = open.len() >= max;
            if too_deep {
                drop.push(start..end);
            }
            open.push(too_deep);
        }
    }
    if drop.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(source.len());
    let mut from = 0;
    for range in drop {
        out.push_str(source.get(from..range.start).unwrap_or(""));
        from = range.end;
    }
    out.push_str(source.get(from..).unwrap_or(""));
    Some(out)
}

/// Where `</name` (any case) starts at or after `from`.
fn find_end_tag(source: &str, from: usize, name: &str) -> Option<usize> {
    let mut at = from;
    loop {
        let found = at + source.get(at..)?.find("</")?;
        let candidate = source.get(found + 2..)?.as_bytes();
        if candidate
            .get(..name.len())
            .is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes()))
        {
            return Some(found);
        }
        at = found + 2;
    }
}

/// Reads an HTML page into an article; `path` is kept for display. Never
/// fails: a page without text or date gives warnings.
pub fn parse_html(path: &str, source: &str) -> HtmlPage {
    let mut warnings = Vec::new();
    // The HTML parser's scope checks walk the stack of open elements, so a
    // page nested a hundred thousand deep would take minutes; deeper tags
    // are dropped first (their text is kept).
    let flattened = limit_nesting(source, MAX_NESTING);
    if flattened.is_some() {
        warnings.push(format!(
            "the page nests elements more than {MAX_NESTING} deep; the deeper tags were \
             ignored and their text kept: {path}"
        ));
    }
    let doc = Html::parse_document(flattened.as_deref().unwrap_or(source));
    let root = doc.root_element();

    let metas = meta_tags(root);
    let meta = |keys: &[&str]| -> Option<(String, String)> {
        keys.iter().find_map(|k| {
            metas
                .iter()
                .find(|(key, value)| key == k && !value.trim().is_empty())
                .cloned()
        })
    };

    let publisher = meta(PUBLISHER_KEYS)
        .map(|(_, v)| collapse(&v))
        .unwrap_or_default();
    let content = content_root(root);
    let title = meta(TITLE_KEYS)
        .map(|(_, v)| collapse(&v))
        .or_else(|| {
            first_element(root, "title")
                .map(|t| clean_title(&collapse(&t.text().collect::<String>()), &publisher))
                .filter(|t| !t.is_empty())
        })
        .or_else(|| {
            first_element(root, "h1")
                .map(|h| collapse(&h.text().collect::<String>()))
                .filter(|t| !t.is_empty())
        })
        .unwrap_or_default();

    let date = publication_date(&metas, content, path, &mut warnings);
    if date.is_none() {
        warnings.push(format!(
            "no publication date in the page's meta tags, so relative dates stay unanchored \
             until you set the article's date: {path}"
        ));
    }

    let paragraphs = readable_paragraphs(content);
    let mut text = String::new();
    let starts_with_title = paragraphs.first().is_some_and(|p| p.starts_with(&title));
    if !title.is_empty() && !starts_with_title {
        text.push_str(&title);
        text.push_str("\n\n");
    }
    text.push_str(&paragraphs.join("\n\n"));
    if paragraphs.is_empty() {
        warnings.push(format!("no readable text found in this page: {path}"));
    }
    let text = format!("{}\n", text.trim_end());
    HtmlPage {
        article: Article {
            path: path.to_owned(),
            date,
            title,
            publisher,
            body: 0..text.len(),
            text,
        },
        warnings,
    }
}

/// Readable text of an HTML fragment (`TimelineJS` headlines and texts), as
/// one line with whitespace collapsed.
pub fn fragment_text(fragment: &str) -> String {
    if !fragment.contains(['<', '&']) {
        return collapse(fragment);
    }
    let flattened = limit_nesting(fragment, MAX_NESTING);
    let doc = Html::parse_fragment(flattened.as_deref().unwrap_or(fragment));
    readable_paragraphs(doc.root_element()).join(" ")
}

/// (lowercased key, value) of every `<meta>` and of every element with an
/// `itemprop` attribute.
fn meta_tags(root: ElementRef<'_>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for node in root.descendants() {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        let e = el.value();
        let value = e
            .attr("content")
            .or_else(|| e.attr("datetime"))
            .map(str::to_owned)
            .or_else(|| {
                // `<span itemprop="datePublished">27 July 2023</span>`: only
                // the date is read from an element's text.
                let is_date = e
                    .attr("itemprop")
                    .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"));
                (e.name() != "meta" && is_date).then(|| el.text().collect::<String>())
            });
        let Some(value) = value else {
            continue;
        };
        for key_attr in ["property", "name", "itemprop"] {
            if e.name() != "meta" && key_attr != "itemprop" {
                continue;
            }
            if let Some(key) = e.attr(key_attr) {
                out.push((key.trim().to_ascii_lowercase(), value.clone()));
            }
        }
    }
    out
}

fn first_element<'a>(root: ElementRef<'a>, name: &str) -> Option<ElementRef<'a>> {
    root.descendants()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == name)
}

/// The part of the page that holds the article: an `itemprop="articleBody"`
/// element, else the `<article>` with the most text, else `<main>`, else
/// `<body>`.
fn content_root(root: ElementRef<'_>) -> ElementRef<'_> {
    let elements: Vec<ElementRef<'_>> = root.descendants().filter_map(ElementRef::wrap).collect();
    if let Some(body) = elements
        .iter()
        .find(|e| e.value().attr("itemprop") == Some("articleBody"))
    {
        return *body;
    }
    let articles = elements.iter().filter(|e| e.value().name() == "article");
    if let Some(best) = articles.max_by_key(|e| {
        readable_paragraphs(**e)
            .iter()
            .map(String::len)
            .sum::<usize>()
    }) {
        return *best;
    }
    for name in ["main", "body"] {
        if let Some(e) = elements.iter().find(|e| e.value().name() == name) {
            return *e;
        }
    }
    root
}

fn is_skipped(el: &scraper::node::Element) -> bool {
    SKIPPED.contains(&el.name())
        || el.attr("hidden").is_some()
        || el.attr("aria-hidden") == Some("true")
        || el.attr("role").is_some_and(|r| SKIPPED_ROLES.contains(&r))
}

/// The readable paragraphs under `root`, whitespace collapsed.
fn readable_paragraphs(root: ElementRef<'_>) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    let mut pending_space = false;
    let mut skip_depth = 0usize;
    let flush = |current: &mut String, paragraphs: &mut Vec<String>| {
        if !current.is_empty() {
            paragraphs.push(std::mem::take(current));
        }
    };
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    if skip_depth > 0 || (node.id() != root.id() && is_skipped(el)) {
                        skip_depth += 1;
                    } else if BLOCKS.contains(&el.name()) {
                        flush(&mut current, &mut paragraphs);
                        pending_space = false;
                    }
                }
                Node::Text(t) if skip_depth == 0 => {
                    for c in t.chars() {
                        if c.is_whitespace() {
                            pending_space = true;
                        } else {
                            if pending_space && !current.is_empty() {
                                current.push(' ');
                            }
                            pending_space = false;
                            current.push(c);
                        }
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    if skip_depth > 0 {
                        skip_depth -= 1;
                    } else if BLOCKS.contains(&el.name()) {
                        flush(&mut current, &mut paragraphs);
                        pending_space = false;
                    }
                }
            }
        }
    }
    flush(&mut current, &mut paragraphs);
    paragraphs
}

/// Whitespace runs as single spaces, trimmed.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `<title>` minus a `| Site`, `- Site` or `— Site` part naming the
/// publisher.
fn clean_title(title: &str, publisher: &str) -> String {
    if publisher.is_empty() {
        return title.to_owned();
    }
    for sep in [" | ", " - ", " — ", " – ", " :: "] {
        if let Some(rest) = title
            .strip_suffix(publisher)
            .and_then(|t| t.strip_suffix(sep))
        {
            return rest.trim().to_owned();
        }
        if let Some(rest) = title
            .strip_prefix(publisher)
            .and_then(|t| t.strip_prefix(sep))
        {
            return rest.trim().to_owned();
        }
    }
    title.to_owned()
}

fn publication_date(
    metas: &[(String, String)],
    content: ElementRef<'_>,
    path: &str,
    warnings: &mut Vec<String>,
) -> Option<NaiveDate> {
    for key in DATE_KEYS {
        for (_, value) in metas.iter().filter(|(k, _)| k == key) {
            match parse_published(value) {
                Some(date) => return Some(date),
                None => warnings.push(format!(
                    "the page's `{key}` date {:?} is not a date Dateline reads; ignored: {path}",
                    value.trim()
                )),
            }
        }
    }
    let times: Vec<ElementRef<'_>> = content
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "time" && e.value().attr("datetime").is_some())
        .collect();
    let marked = times.iter().find(|e| e.value().attr("pubdate").is_some());
    marked
        .into_iter()
        .chain(times.iter())
        .find_map(|e| e.value().attr("datetime").and_then(parse_published))
}

/// Reads a date or date-time as publishers write it: RFC 3339 / ISO 8601
/// (`2023-07-27`, `2023-07-27T10:15:00+01:00`, the local date is kept),
/// `2023/07/27`, `20230727`, or RFC 2822 (`Thu, 27 Jul 2023 10:00:00 GMT`).
pub fn parse_published(value: &str) -> Option<NaiveDate> {
    let v = value.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(v) {
        return Some(dt.date_naive());
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(v) {
        return Some(dt.date_naive());
    }
    let head = v.get(..10).unwrap_or(v);
    let rest_ok = v
        .get(10..)
        .is_none_or(|r| r.is_empty() || r.starts_with(['T', ' ', 't']));
    if rest_ok {
        for fmt in ["%Y-%m-%d", "%Y/%m/%d"] {
            if let Ok(d) = NaiveDate::parse_from_str(head, fmt) {
                return Some(d);
            }
        }
    }
    if v.len() == 8 && v.bytes().all(|b| b.is_ascii_digit()) {
        return NaiveDate::parse_from_str(v, "%Y%m%d").ok();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html>
<html><head>
<title>Soldiers hold president | The Sample Wire</title>
<meta property="og:site_name" content="The Sample Wire">
<meta property="article:published_time" content="2023-07-27T09:30:00+01:00">
<script>var x = "On Monday"; </script>
<style>p { color: red }</style>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World news, 2024</a></nav>
<header class="site"><h2>Breaking</h2></header>
<article>
  <header><h1>Soldiers hold president</h1><time datetime="2023-07-20">20 July</time></header>
  <p>NIAMEY &mdash; Members of the presidential guard detained
     the president on <b>Wednesday</b>.</p>
  <p>The constitution was suspended in <i>2023</i>.<br>A curfew followed.</p>
  <aside>Related: coups since 1960</aside>
  <form><input name="q"><button>Subscribe</button></form>
  <div hidden>hidden 1999</div>
</article>
<footer>&copy; 2024 The Sample Wire</footer>
</body></html>"#;

    #[test]
    fn reads_a_news_page() {
        let page = parse_html("p.html", PAGE);
        let a = &page.article;
        assert_eq!(a.title, "Soldiers hold president");
        assert_eq!(a.publisher, "The Sample Wire");
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2023, 7, 27));
        assert_eq!(
            a.text,
            "Soldiers hold president\n\n\
             NIAMEY \u{2014} Members of the presidential guard detained the president on Wednesday.\n\n\
             The constitution was suspended in 2023.\n\nA curfew followed.\n"
        );
        assert_eq!(a.body, 0..a.text.len());
        assert!(page.warnings.is_empty(), "{:?}", page.warnings);
        for dropped in [
            "Home",
            "Monday",
            "color",
            "1960",
            "Subscribe",
            "1999",
            "2024",
        ] {
            assert!(!a.text.contains(dropped), "{dropped} in {}", a.text);
        }
    }

    #[test]
    fn date_sources_in_order() {
        let cases = [
            (
                r#"<meta name="date" content="2021-03-31">"#,
                Some((2021, 3, 31)),
            ),
            (
                r#"<meta name="DC.date.issued" content="2010/02/18">"#,
                Some((2010, 2, 18)),
            ),
            (
                r#"<meta name="dc.date" content="1999-04-09">"#,
                Some((1999, 4, 9)),
            ),
            (
                r#"<meta name="pubdate" content="20220124">"#,
                Some((2022, 1, 24)),
            ),
            (
                r#"<meta property="og:published_time" content="2022-09-30">"#,
                Some((2022, 9, 30)),
            ),
            (
                r#"<meta itemprop="datePublished" content="2020-08-18T23:59:00-05:00">"#,
                Some((2020, 8, 18)),
            ),
            (
                r#"<meta name="date" content="Wed, 30 Aug 2023 06:00:00 GMT">"#,
                Some((2023, 8, 30)),
            ),
            (
                r#"</head><body><article><time datetime="1974-04-15">x</time><p>y</p></article>"#,
                Some((1974, 4, 15)),
            ),
            (
                r#"</head><body><article><time datetime="1974-04-15">a</time><time pubdate datetime="1974-04-16">b</time></article>"#,
                Some((1974, 4, 16)),
            ),
            (r#"<meta name="date" content="2023-02-30">"#, None),
            ("", None),
        ];
        for (head, expected) in cases {
            let page = parse_html(
                "d.html",
                &format!("<html><head>{head}</head><body><p>Text.</p></body></html>"),
            );
            let expected = expected.map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap());
            assert_eq!(page.article.date, expected, "{head}");
            if expected.is_none() {
                assert!(page.warnings.iter().all(|w| w.ends_with("d.html")));
                assert!(
                    page.warnings
                        .iter()
                        .any(|w| w.contains("no publication date"))
                );
            }
        }
    }

    #[test]
    fn title_fallbacks() {
        let og = parse_html(
            "t.html",
            r#"<meta property="og:title" content="OG title"><title>T | S</title><h1>H</h1>"#,
        );
        assert_eq!(og.article.title, "OG title");
        let title = parse_html("t.html", "<title> Plain   title </title><h1>H</h1><p>x</p>");
        assert_eq!(title.article.title, "Plain title");
        let h1 = parse_html(
            "t.html",
            "<body><h1>Only <em>h1</em></h1><p>Body</p></body>",
        );
        assert_eq!(h1.article.title, "Only h1");
        assert_eq!(h1.article.text, "Only h1\n\nBody\n");
    }

    #[test]
    fn picks_the_longest_article_and_survives_junk() {
        let page = parse_html(
            "j.html",
            "<body><article><p>Teaser</p></article><article><p>The long story of 1960.</p></article>",
        );
        assert_eq!(page.article.text, "The long story of 1960.\n");
        for junk in [
            "",
            "<",
            "<<<>>>",
            "<p>unclosed <b>bold",
            "\u{0}\u{1}",
            "<html><body></body></html>",
        ] {
            let page = parse_html("x.html", junk);
            assert!(page.article.text.ends_with('\n'));
        }
        let deep = "<div>".repeat(20_000) + "deep" + &"</div>".repeat(20_000);
        assert!(parse_html("deep.html", &deep).article.text.contains("deep"));
    }

    #[test]
    fn fragments_become_one_line() {
        assert_eq!(fragment_text("<p>A &amp; B</p><p>C</p>"), "A & B C");
        assert_eq!(fragment_text("  plain\n text "), "plain text");
    }

    #[test]
    fn nesting_beyond_the_limit_is_flattened_text_kept() {
        assert_eq!(limit_nesting("<div><p>a<br>b</p></div>", 1), None);
        let deep = format!("{}x{}", "<div>".repeat(5), "</div>".repeat(5));
        let flat = limit_nesting(&deep, 2).unwrap();
        assert_eq!(flat, "<div><div>x</div></div>");
        // Raw text is skipped whole, comments too; case does not matter.
        let src = "<b><SCRIPT>if (a<b) {}</Script><!-- <i><i><i> --><i>t</i></b>";
        assert_eq!(limit_nesting(src, 2), None);
        let page = parse_html(
            "deep.html",
            &format!(
                "<html><head><title>T</title></head><body>{}<p>On 26 July 2023 it happened.</p>{}</body></html>",
                "<span>".repeat(2000),
                "</span>".repeat(2000)
            ),
        );
        assert!(page.article.text.contains("On 26 July 2023 it happened."));
        assert!(page.warnings.iter().any(|w| w.contains("nests elements")));
    }
}
