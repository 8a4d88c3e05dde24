//! A minimal SVG writer: elements with escaped attributes and text, and
//! numbers written short (at most two decimals).

use std::fmt::Write as _;

/// Escapes text for XML content and attribute values. Characters XML 1.0
/// forbids (most C0 controls) are dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A number with at most two decimals and no trailing zeros.
pub fn num(value: f64) -> String {
    if !value.is_finite() {
        return "0".to_owned();
    }
    let s = format!("{value:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

/// An attribute value: text (escaped when written) or a number.
#[derive(Debug, Clone, Copy)]
pub enum Value<'a> {
    Str(&'a str),
    Num(f64),
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(s: &'a str) -> Self {
        Self::Str(s)
    }
}

impl<'a> From<&'a String> for Value<'a> {
    fn from(s: &'a String) -> Self {
        Self::Str(s)
    }
}

impl From<f64> for Value<'_> {
    fn from(v: f64) -> Self {
        Self::Num(v)
    }
}

/// One run of text inside a `<text>` element.
#[derive(Debug, Clone, Default)]
pub struct Span {
    pub text: String,
    pub bold: bool,
    /// Fill colour (`#rrggbb`), else the element's.
    pub fill: Option<String>,
    /// Font size in px, else the element's.
    pub size_px: Option<f64>,
    /// Vertical shift in px relative to the previous run (negative is up).
    pub dy_px: Option<f64>,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            ..Self::default()
        }
    }
}

/// Builds an SVG document as a string.
#[derive(Debug, Default)]
pub struct SvgWriter {
    out: String,
    depth: usize,
}

impl SvgWriter {
    pub fn new() -> Self {
        Self::default()
    }

    fn indent(&mut self) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    fn attrs(&mut self, attrs: &[(&str, Value<'_>)]) {
        for (name, value) in attrs {
            let _ = match value {
                Value::Str(s) => write!(self.out, " {name}=\"{}\"", escape(s)),
                Value::Num(v) => write!(self.out, " {name}=\"{}\"", num(*v)),
            };
        }
    }

    /// Opens `<tag …>`; close it with [`Self::close`].
    pub fn open(&mut self, tag: &str, attrs: &[(&str, Value<'_>)]) {
        self.indent();
        self.out.push('<');
        self.out.push_str(tag);
        self.attrs(attrs);
        self.out.push_str(">\n");
        self.depth += 1;
    }

    pub fn close(&mut self, tag: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.indent();
        let _ = writeln!(self.out, "</{tag}>");
    }

    /// `<tag …/>`.
    pub fn leaf(&mut self, tag: &str, attrs: &[(&str, Value<'_>)]) {
        self.indent();
        self.out.push('<');
        self.out.push_str(tag);
        self.attrs(attrs);
        self.out.push_str("/>\n");
    }

    /// `<tag …>text</tag>` with the text escaped.
    pub fn element(&mut self, tag: &str, attrs: &[(&str, Value<'_>)], text: &str) {
        self.indent();
        self.out.push('<');
        self.out.push_str(tag);
        self.attrs(attrs);
        let _ = writeln!(self.out, ">{}</{tag}>", escape(text));
    }

    /// A `<text>` element made of styled runs, on one line so no
    /// whitespace is added between them.
    pub fn text(&mut self, attrs: &[(&str, Value<'_>)], spans: &[Span]) {
        self.indent();
        self.out.push_str("<text");
        self.attrs(attrs);
        self.out.push('>');
        for span in spans {
            let plain = !span.bold && span.fill.is_none() && span.size_px.is_none();
            if plain && span.dy_px.is_none() {
                self.out.push_str(&escape(&span.text));
                continue;
            }
            self.out.push_str("<tspan");
            if span.bold {
                self.out.push_str(" font-weight=\"bold\"");
            }
            if let Some(fill) = &span.fill {
                let _ = write!(self.out, " fill=\"{}\"", escape(fill));
            }
            if let Some(size) = span.size_px {
                let _ = write!(self.out, " font-size=\"{}\"", num(size));
            }
            if let Some(dy) = span.dy_px {
                let _ = write!(self.out, " dy=\"{}\"", num(dy));
            }
            let _ = write!(self.out, ">{}</tspan>", escape(&span.text));
        }
        self.out.push_str("</text>\n");
    }

    /// A vertical line of width 1.
    pub fn vline(&mut self, x: f64, y0: f64, y1: f64, color: &str) {
        self.leaf(
            "line",
            &[
                ("x1", x.into()),
                ("y1", y0.into()),
                ("x2", x.into()),
                ("y2", y1.into()),
                ("stroke", color.into()),
            ],
        );
    }

    /// A filled circle, or a ring of `stroke_px` drawn inside radius `r`.
    pub fn circle(&mut self, (cx, cy): (f64, f64), r: f64, color: &str, ring_px: Option<f64>) {
        match ring_px {
            Some(stroke) => self.leaf(
                "circle",
                &[
                    ("cx", cx.into()),
                    ("cy", cy.into()),
                    ("r", (r - stroke / 4.0).into()),
                    ("fill", "none".into()),
                    ("stroke", color.into()),
                    ("stroke-width", stroke.into()),
                ],
            ),
            None => self.leaf(
                "circle",
                &[
                    ("cx", cx.into()),
                    ("cy", cy.into()),
                    ("r", r.into()),
                    ("fill", color.into()),
                ],
            ),
        }
    }

    /// A horizontal bar from `x0` to `x1` centred on `cy`, `half` high on
    /// each side, filled at `opacity`, with an outline when `outline`.
    pub fn bar(
        &mut self,
        (x0, x1): (f64, f64),
        cy: f64,
        half: f64,
        color: &str,
        opacity: f64,
        outline: bool,
    ) {
        let mut attrs: Vec<(&str, Value<'_>)> = vec![
            ("x", x0.into()),
            ("y", (cy - half).into()),
            ("width", (x1 - x0).max(0.0).into()),
            ("height", (2.0 * half).into()),
            ("rx", half.min(2.0).into()),
            ("fill", color.into()),
            ("fill-opacity", opacity.into()),
        ];
        if outline {
            attrs.push(("stroke", color.into()));
            attrs.push(("stroke-width", 1.0.into()));
        }
        self.leaf("rect", &attrs);
    }

    /// Raw markup (for the prologue); the caller escapes.
    pub fn raw(&mut self, markup: &str) {
        self.out.push_str(markup);
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_forbidden_controls() {
        assert_eq!(
            escape("a<b & \"c\" 'd'>\u{1}"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;"
        );
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(1.256), "1.26");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(num(12.5), "12.5");
    }

    #[test]
    fn writes_nested_elements_and_styled_text() {
        let mut w = SvgWriter::new();
        w.open("g", &[("id", "x".into())]);
        w.leaf("rect", &[("x", 1.5.into()), ("fill", "#fff".into())]);
        w.text(
            &[("x", 0.0.into())],
            &[
                Span {
                    text: "1974".into(),
                    bold: true,
                    ..Span::default()
                },
                Span::plain(" Coup & <counter-coup>"),
            ],
        );
        w.close("g");
        let svg = w.finish();
        assert!(svg.contains("<rect x=\"1.5\" fill=\"#fff\"/>"));
        assert!(svg.contains(
            "<text x=\"0\"><tspan font-weight=\"bold\">1974</tspan> Coup &amp; &lt;counter-coup&gt;</text>"
        ));
        assert!(svg.trim_end().ends_with("</g>"));
    }
}
