//! The flat XML WeChat pushes: `<xml><Name>value</Name>...</xml>`, values as text or CDATA.
//! Parsed with quick-xml; no DTD is accepted (no entity expansion), nesting is skipped over.

use quick_xml::events::Event;
use quick_xml::Reader;

use super::CryptError;

/// The root's direct children as (name, text) pairs, in document order.
pub(crate) fn fields(xml: &str) -> Result<Vec<(String, String)>, CryptError> {
    let malformed = |why: &str| CryptError::MalformedXml(why.to_owned());
    // Not trimmed: text around an entity reference arrives in pieces, and values are kept exact.
    let mut reader = Reader::from_str(xml);
    let mut fields = Vec::new();
    let mut depth = 0usize;
    let mut seen_root = false;
    let mut current: Option<(String, String)> = None;
    loop {
        match reader.read_event().map_err(|e| CryptError::MalformedXml(e.to_string()))? {
            Event::Start(start) => {
                depth += 1;
                match depth {
                    1 if seen_root => return Err(malformed("more than one root element")),
                    1 => seen_root = true,
                    2 => {
                        let name = start.name().as_ref().to_owned();
                        current = Some((name, String::new()));
                    }
                    _ => {}
                }
            }
            Event::Empty(empty) => match depth {
                0 if seen_root => return Err(malformed("more than one root element")),
                0 => seen_root = true,
                1 => {
                    let name = empty.name().as_ref().to_owned();
                    fields.push((name, String::new()));
                }
                _ => {}
            },
            Event::Text(text) if depth == 2 => push_text(&mut current, &text),
            Event::CData(data) if depth == 2 => push_text(&mut current, &data),
            Event::GeneralRef(reference) if depth == 2 => {
                let resolved = match reference
                    .resolve_char_ref()
                    .map_err(|e| CryptError::MalformedXml(e.to_string()))?
                {
                    Some(c) => c,
                    None => match &*reference {
                        "lt" => '<',
                        "gt" => '>',
                        "amp" => '&',
                        "apos" => '\'',
                        "quot" => '"',
                        other => return Err(CryptError::MalformedXml(format!("unknown entity `&{other};`"))),
                    },
                };
                if let Some((_, value)) = &mut current {
                    value.push(resolved);
                }
            }
            Event::Text(text) if depth == 0 && !text.trim().is_empty() => {
                return Err(malformed("text outside the root element"))
            }
            Event::End(_) => {
                if depth == 2 {
                    fields.extend(current.take());
                }
                depth = depth.checked_sub(1).ok_or_else(|| malformed("unbalanced end tag"))?;
            }
            Event::DocType(_) => return Err(malformed("a DOCTYPE is not accepted")),
            Event::Eof => break,
            _ => {}
        }
    }
    if !seen_root || depth != 0 {
        return Err(malformed("the document ends inside an element, or has no root"));
    }
    Ok(fields)
}

fn push_text(current: &mut Option<(String, String)>, text: &str) {
    if let Some((_, value)) = current {
        value.push_str(text);
    }
}

/// The value of the first `name` field.
pub(crate) fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

/// Like [`field`], but missing is an error naming the field.
pub(crate) fn required<'a>(
    fields: &'a [(String, String)],
    name: &'static str,
) -> Result<&'a str, CryptError> {
    field(fields, name).ok_or(CryptError::MissingField(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_fields_with_cdata_text_and_entities() {
        let xml = "<xml><AppId><![CDATA[wx1]]></AppId><CreateTime>1413192605</CreateTime>\
                   <Note>a &amp; b &#x4e2d;</Note><Empty/><Nested><Inner>x</Inner></Nested></xml>";
        let fields = fields(xml).unwrap();
        assert_eq!(field(&fields, "AppId"), Some("wx1"));
        assert_eq!(field(&fields, "CreateTime"), Some("1413192605"));
        assert_eq!(field(&fields, "Note"), Some("a & b 中"));
        assert_eq!(field(&fields, "Empty"), Some(""));
        assert_eq!(required(&fields, "Missing").unwrap_err(), CryptError::MissingField("Missing"));
    }

    #[test]
    fn malformed_documents_are_errors() {
        for xml in [
            "",
            "<xml><a>1</b></xml>",
            "<xml><a>1</a>",
            "<xml/><xml/>",
            "<xml><a>&ent;</a></xml>",
            "<!DOCTYPE x [<!ENTITY e 'boom'>]><xml><a>&e;</a></xml>",
            "text<xml/>",
        ] {
            assert!(matches!(fields(xml), Err(CryptError::MalformedXml(_))), "{xml:?}");
        }
    }
}
