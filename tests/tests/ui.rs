//! The attribute's compile-time contract: declarations that must compile, and mistakes that must
//! be reported at the offending token with a message that says how to fix them.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("ui/pass/*.rs");
    t.compile_fail("ui/fail/*.rs");
}
