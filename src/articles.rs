//! LinkedIn articles, exported one HTML file each (`Articles/Articles/*.html`). They are
//! recognised by their structure — a `created` paragraph — wherever they sit, since copies
//! that were flattened lose the folder.

use crate::dates::{self, PartialDate};

/// One article as exported.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    pub title: String,
    pub created: Option<PartialDate>,
    pub published: Publication,
    /// Link to the published article (`/pulse/…`), when the title carries one.
    pub link: Option<String>,
    /// The body as plain text: tags removed (each tag counts as a word break), entities decoded.
    pub body: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Publication {
    Published(Option<PartialDate>),
    /// `Published on ---`: never published.
    Draft,
    /// No `published` paragraph at all (older exports).
    Unknown,
}

impl Article {
    pub fn is_draft(&self) -> bool {
        self.published == Publication::Draft
    }

    /// The date that places the article in time: publication, else creation.
    pub fn date(&self) -> Option<PartialDate> {
        match self.published {
            Publication::Published(Some(date)) => Some(date),
            _ => self.created,
        }
    }

    pub fn words(&self) -> u64 {
        self.body.split_whitespace().count() as u64
    }
}

/// Parses an exported article; `None` when the HTML is not one.
pub fn parse(html: &str) -> Option<Article> {
    let created_start = find_paragraph(html, "created")?;
    let (created_text, after_created) = paragraph_text(html, created_start);
    let created = dates::parse(&created_text);
    let mut body_start = after_created;
    let published = match find_paragraph(html, "published") {
        Some(start) => {
            let (text, after) = paragraph_text(html, start);
            body_start = body_start.max(after);
            if text.trim_end().ends_with("---") {
                Publication::Draft
            } else {
                Publication::Published(dates::parse(&text))
            }
        }
        None => Publication::Unknown,
    };
    let title = element_text(html, "h1")
        .or_else(|| element_text(html, "title"))
        .unwrap_or_default();
    let link = h1_link(html);
    let body_end = find_ci(&html[body_start..], "</body")
        .map(|offset| body_start + offset)
        .unwrap_or(html.len());
    let body = text_of(&html[body_start..body_end]);
    Some(Article {
        title,
        created,
        published,
        link,
        body,
    })
}

/// Byte offset of `<p class="NAME"` (any quoting, any case). Only each `<p` tag is
/// lower-cased, never the whole page (a copy as large as the page, twice per article).
fn find_paragraph(html: &str, class: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    let mut from = 0;
    while let Some(offset) = memchr::memchr(b'<', bytes.get(from..)?) {
        let start = from + offset;
        from = start + 1;
        if !bytes
            .get(from)
            .is_some_and(|b| b.eq_ignore_ascii_case(&b'p'))
        {
            continue;
        }
        let tag_end = memchr::memchr(b'>', bytes.get(start..)?).map(|e| start + e)?;
        let tag = html.get(start..tag_end)?.to_ascii_lowercase();
        if tag.contains("class") && tag.contains(class) {
            return Some(start);
        }
        from = tag_end;
    }
    None
}

/// The text of the paragraph starting at `start`, and the offset just after it.
fn paragraph_text(html: &str, start: usize) -> (String, usize) {
    let content_start = html[start..]
        .find('>')
        .map(|e| start + e + 1)
        .unwrap_or(html.len());
    let end = find_ci(&html[content_start..], "</p")
        .map(|e| content_start + e)
        .unwrap_or(html.len());
    let after = html[end..]
        .find('>')
        .map(|e| end + e + 1)
        .unwrap_or(html.len());
    (text_of(&html[content_start..end]), after)
}

fn element_text(html: &str, name: &str) -> Option<String> {
    let start = find_ci(html, &format!("<{name}"))?;
    let content_start = html[start..].find('>').map(|e| start + e + 1)?;
    let end = find_ci(&html[content_start..], &format!("</{name}"))? + content_start;
    let text = text_of(&html[content_start..end]);
    (!text.is_empty()).then_some(text)
}

fn h1_link(html: &str) -> Option<String> {
    let start = find_ci(html, "<h1")?;
    let end = find_ci(&html[start..], "</h1")? + start;
    let h1 = &html[start..end];
    let href = find_ci(h1, "href=")? + 5;
    let rest = &h1[href..];
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value_end = rest[1..].find(quote)? + 1;
    let link = decode_entities(&rest[1..value_end]);
    (link.starts_with("https://") || link.starts_with("http://")).then_some(link)
}

fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
}

/// Visible text of an HTML fragment: tags become spaces, script/style content is dropped,
/// entities are decoded, white space is folded.
pub fn text_of(fragment: &str) -> String {
    let mut text = String::with_capacity(fragment.len());
    let mut rest = fragment;
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        text.push(' ');
        let after = &rest[lt..];
        // Compared in place: a copy per tag made tag-dense pages slow.
        let starts = |prefix: &str| {
            after
                .as_bytes()
                .get(..prefix.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(prefix.as_bytes()))
        };
        let skip_to = if starts("<script") {
            find_ci(after, "</script").map(|e| e + 8)
        } else if starts("<style") {
            find_ci(after, "</style").map(|e| e + 7)
        } else if starts("<!--") {
            after.find("-->").map(|e| e + 3)
        } else {
            Some(0)
        };
        let Some(skip_to) = skip_to else {
            rest = "";
            break;
        };
        match after[skip_to..].find('>') {
            Some(gt) => rest = &after[skip_to + gt + 1..],
            None => {
                rest = "";
                break;
            }
        }
    }
    text.push_str(rest);
    let decoded = decode_entities(&text);
    drop(text);
    // Folded without a list of the words (16 bytes each, more than the text itself).
    let mut folded = String::with_capacity(decoded.len());
    for word in decoded.split_whitespace() {
        if !folded.is_empty() {
            folded.push(' ');
        }
        folded.push_str(word);
    }
    folded
}

/// Decodes HTML entities (named, decimal and hexadecimal), as a browser shows the article.
pub fn decode_entities(text: &str) -> String {
    html_escape::decode_html_entities(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PUBLISHED: &str = r#"<html><head><title>Mon titre</title></head><body>
<img src="https://media.example/cover.jpg" />
<h1><a href="https://www.linkedin.com/pulse/mon-titre-camille">Mon titre</a></h1>
<p class="created">Created on 2023-03-14 09:30</p>
<p class="published">Published on 2023-03-15 08:00</p>
<div><p>Premier&nbsp;paragraphe &amp; suite.</p><p>Second <b>mot</b>.</p>
<script>ignored words here</script></div>
</body></html>"#;

    #[test]
    fn published_article_is_read() {
        let article = parse(PUBLISHED).expect("an article");
        assert_eq!(article.title, "Mon titre");
        assert_eq!(
            article.link.as_deref(),
            Some("https://www.linkedin.com/pulse/mon-titre-camille")
        );
        assert!(!article.is_draft());
        assert_eq!(
            article.date().map(|d| d.to_iso_date()).as_deref(),
            Some("2023-03-15")
        );
        assert_eq!(article.created.map(|d| d.year()), Some(2023));
        assert_eq!(article.body, "Premier paragraphe & suite. Second mot .");
        // NBSP is white space for word counting, as for every other text.
        assert_eq!(article.words(), 7);
    }

    #[test]
    fn draft_is_recognised() {
        let html = r#"<h1>Brouillon</h1><p class="created">Created on 2024-06-22 10:12</p>
<p class="published">Published on ---</p><p>Deux mots</p>"#;
        let article = parse(html).expect("an article");
        assert!(article.is_draft());
        assert_eq!(article.link, None);
        assert_eq!(
            article.date().map(|d| d.to_iso_date()).as_deref(),
            Some("2024-06-22")
        );
        assert_eq!(article.words(), 2);
    }

    #[test]
    fn other_html_is_not_an_article() {
        assert_eq!(parse("<html><body><p>Hello</p></body></html>"), None);
        assert_eq!(parse(""), None);
        assert_eq!(parse("<p class=\"created\""), None);
    }

    #[test]
    fn entities_decode() {
        assert_eq!(
            decode_entities("a &lt;b&gt; &#233;&#xE9; &bogus; &"),
            "a <b> éé &bogus; &"
        );
    }
}
