//! Lists that the AMS pages type one way and their samples print another: `ad_unit_size` is an
//! object in the return tables and an array in the samples, `summary` and `stat_item` the other
//! way round. Either spelling is read as a list, so a decode never fails on it.

use serde::{Deserialize, Deserializer};

/// `#[serde(deserialize_with = "super::lenient::one_or_many")]`: a `Vec<T>` from an array, a
/// single object (a list of one) or `null` (an empty list).
pub(super) fn one_or_many<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany<T> {
        Many(Vec<T>),
        One(T),
    }

    Ok(match Option::<OneOrMany<T>>::deserialize(deserializer)? {
        Some(OneOrMany::Many(items)) => items,
        Some(OneOrMany::One(item)) => vec![item],
        None => Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Size {
        width: u32,
    }

    #[derive(Debug, serde::Deserialize)]
    struct Holder {
        #[serde(default, deserialize_with = "super::one_or_many")]
        sizes: Vec<Size>,
    }

    #[test]
    fn arrays_objects_and_null_read_as_lists() {
        let read = |json: &str| serde_json::from_str::<Holder>(json).map(|h| h.sizes);
        assert_eq!(
            read(r#"{"sizes": [{"width": 1}, {"width": 2}]}"#).unwrap(),
            [Size { width: 1 }, Size { width: 2 }]
        );
        assert_eq!(read(r#"{"sizes": {"width": 3}}"#).unwrap(), [Size { width: 3 }]);
        assert!(read(r#"{"sizes": null}"#).unwrap().is_empty());
        assert!(read(r#"{}"#).unwrap().is_empty());
        assert!(read(r#"{"sizes": 7}"#).is_err());
    }
}
