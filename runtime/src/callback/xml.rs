//! The XML WeChat pushes, read into a JSON-shaped tree: `<xml><Name>value</Name>...</xml>`, values
//! as text or CDATA, nested elements as objects, repeated ones as arrays. Parsed with quick-xml; no
//! DTD is accepted (no entity expansion) and nesting is bounded.

use quick_xml::events::{BytesRef, Event};
use quick_xml::Reader;
use serde_json::map::Entry;
use serde_json::{Map, Value};

use super::CryptError;

/// Deeper than any push WeChat documents (`xml/SendPicsInfo/PicList/item/PicMd5Sum` is 5).
const MAX_DEPTH: usize = 16;

/// An element being read.
struct Open {
    name: String,
    children: Map<String, Value>,
    text: String,
}

/// The root's children as an object. An element with child elements is an object, one without is
/// its text; a name repeated among siblings is an array of them in document order. Text beside
/// child elements (indentation) is dropped.
pub fn tree(xml: &str) -> Result<Map<String, Value>, CryptError> {
    let malformed = |why: &str| CryptError::MalformedXml(why.to_owned());
    // Not trimmed: text around an entity reference arrives in pieces, and values are kept exact.
    let mut reader = Reader::from_str(xml);
    let mut open: Vec<Open> = Vec::with_capacity(4);
    let mut root: Option<Map<String, Value>> = None;
    loop {
        match reader.read_event().map_err(|e| CryptError::MalformedXml(e.to_string()))? {
            Event::Start(start) => {
                if open.is_empty() && root.is_some() {
                    return Err(malformed("more than one root element"));
                }
                if open.len() == MAX_DEPTH {
                    return Err(malformed("elements nested too deep"));
                }
                let name = start.name().as_ref().to_owned();
                open.push(Open { name, children: Map::new(), text: String::new() });
            }
            Event::Empty(empty) => match open.last_mut() {
                Some(parent) => {
                    let name = empty.name().as_ref().to_owned();
                    insert(&mut parent.children, name, Value::String(String::new()));
                }
                None if root.is_some() => return Err(malformed("more than one root element")),
                None => root = Some(Map::new()),
            },
            Event::Text(text) if open.is_empty() && text.trim().is_empty() => {}
            content @ (Event::Text(_) | Event::CData(_) | Event::GeneralRef(_)) => match open.last_mut() {
                Some(element) => append(&mut element.text, &content)?,
                None => return Err(malformed("text outside the root element")),
            },
            Event::End(_) => {
                let element = open.pop().ok_or_else(|| malformed("unbalanced end tag"))?;
                match open.last_mut() {
                    Some(parent) => {
                        let value = if element.children.is_empty() {
                            Value::String(element.text)
                        } else {
                            Value::Object(element.children)
                        };
                        insert(&mut parent.children, element.name, value);
                    }
                    None => root = Some(element.children),
                }
            }
            Event::DocType(_) => return Err(malformed("a DOCTYPE is not accepted")),
            Event::Eof => break,
            _ => {}
        }
    }
    match root {
        Some(root) if open.is_empty() => Ok(root),
        _ => Err(malformed("the document ends inside an element, or has no root")),
    }
}

/// The text of the root's first child element named `name`, without building the tree: the
/// envelope of a push (`Encrypt`), read on every request. The rest of the document is not checked:
/// the signature covers what is read.
pub fn envelope_field(xml: &str, name: &str) -> Result<Option<String>, CryptError> {
    let mut reader = Reader::from_str(xml);
    let mut depth = 0usize;
    let mut value: Option<String> = None;
    loop {
        match reader.read_event().map_err(|e| CryptError::MalformedXml(e.to_string()))? {
            Event::Start(start) => {
                depth += 1;
                if depth == 2 && start.name().as_ref() == name {
                    value = Some(String::new());
                }
            }
            content @ (Event::Text(_) | Event::CData(_) | Event::GeneralRef(_)) if depth == 2 => {
                if let Some(value) = &mut value {
                    append(value, &content)?;
                }
            }
            Event::End(_) => {
                if depth == 2 && value.is_some() {
                    return Ok(value);
                }
                depth = depth.saturating_sub(1);
            }
            Event::DocType(_) => return Err(CryptError::MalformedXml("a DOCTYPE is not accepted".into())),
            Event::Eof => return Ok(None),
            _ => {}
        }
    }
}

/// Adds `value` under `name`, turning a repeated name into an array.
fn insert(map: &mut Map<String, Value>, name: String, value: Value) {
    match map.entry(name) {
        Entry::Vacant(slot) => {
            slot.insert(value);
        }
        Entry::Occupied(mut slot) => match slot.get_mut() {
            Value::Array(items) => items.push(value),
            existing => {
                let first = existing.take();
                *existing = Value::Array(vec![first, value]);
            }
        },
    }
}

/// Adds an element's text, CDATA or character reference to `text`.
fn append(text: &mut String, content: &Event<'_>) -> Result<(), CryptError> {
    match content {
        Event::Text(plain) => text.push_str(plain),
        Event::CData(data) => text.push_str(data),
        Event::GeneralRef(reference) => text.push(resolve(reference)?),
        _ => {}
    }
    Ok(())
}

/// A character or one of XML's five predefined entities; anything else is refused.
fn resolve(reference: &BytesRef<'_>) -> Result<char, CryptError> {
    if let Some(c) = reference.resolve_char_ref().map_err(|e| CryptError::MalformedXml(e.to_string()))? {
        return Ok(c);
    }
    Ok(match &**reference {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "apos" => '\'',
        "quot" => '"',
        other => return Err(CryptError::MalformedXml(format!("unknown entity `&{other};`"))),
    })
}

/// The text of the `name` field (fields with children are not text).
pub(crate) fn field<'a>(fields: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    fields.get(name).and_then(Value::as_str)
}

/// Like [`field`], but missing is an error naming the field.
pub(crate) fn required<'a>(
    fields: &'a Map<String, Value>,
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
        let fields = tree(xml).unwrap();
        assert_eq!(field(&fields, "AppId"), Some("wx1"));
        assert_eq!(field(&fields, "CreateTime"), Some("1413192605"));
        assert_eq!(field(&fields, "Note"), Some("a & b 中"));
        assert_eq!(field(&fields, "Empty"), Some(""));
        assert_eq!(required(&fields, "Missing").unwrap_err(), CryptError::MissingField("Missing"));
    }

    #[test]
    fn nested_and_repeated_elements() {
        let xml = "<xml><SendPicsInfo><Count>2</Count><PicList><item><PicMd5Sum>a</PicMd5Sum></item>\
                   <item><PicMd5Sum>b</PicMd5Sum></item></PicList></SendPicsInfo>\n  <Event>pic_weixin</Event></xml>";
        let fields = tree(xml).unwrap();
        assert_eq!(
            Value::Object(fields),
            serde_json::json!({"SendPicsInfo": {"Count": "2", "PicList": {"item": [{"PicMd5Sum": "a"}, {"PicMd5Sum": "b"}]}}, "Event": "pic_weixin"})
        );
        let deep = format!("<xml>{}{}</xml>", "<a>".repeat(MAX_DEPTH), "</a>".repeat(MAX_DEPTH));
        assert!(matches!(tree(&deep), Err(CryptError::MalformedXml(_))));
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
            assert!(matches!(tree(xml), Err(CryptError::MalformedXml(_))), "{xml:?}");
        }
    }
}
