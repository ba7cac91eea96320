//! A user's endpoint that reuses a shipped endpoint's document name: the registry never answers
//! one of them for the shared name, and each stays reachable by its type path.

use wx_endpoints::registry::{self, LookupError};
use wx_endpoints::wx_endpoint;

/// The README's guide declares its own `setSignature`; so does the SDK.
#[wx_endpoint(name = "setSignature", path = "/cgi-bin/account/modifysignature", perm_sets = [3, 30, 61])]
pub struct MySetSignature {
    #[wx(chars = 4..=120)]
    pub signature: String,
}

#[test]
fn a_name_declared_twice_is_ambiguous_and_each_type_path_resolves() {
    let error = registry::endpoint("setSignature").unwrap_err();
    let LookupError::Ambiguous { candidates, .. } = &error else { panic!("{error}") };
    assert_eq!(
        candidates,
        &["registry_names::MySetSignature", "wx_endpoints::wechat::basic_info::set_signature::SetSignature"]
    );
    assert!(error.to_string().contains("give the type path"), "{error}");

    let mine = registry::endpoint("registry_names::MySetSignature").unwrap();
    assert_eq!(mine.type_name, "registry_names::MySetSignature");
    let shipped =
        registry::endpoint("wx_endpoints::wechat::basic_info::set_signature::SetSignature").unwrap();
    assert_eq!(shipped.metadata.name, "setSignature");

    let ambiguous = registry::ambiguous_names();
    assert_eq!(ambiguous.len(), 1, "{ambiguous:?}");
    assert_eq!(ambiguous[0].0, "setSignature");
    assert!(matches!(registry::endpoint("noSuchEndpoint"), Err(LookupError::NotFound { .. })));
}
