//! Testers (experiencers).

mod bind_tester;
mod get_tester;
mod unbind_tester;

pub use bind_tester::{BindTester, BindTesterError, BoundTester};
pub use get_tester::{GetTester, GetTesterError, Tester, TesterAction, Testers};
pub use unbind_tester::{UnbindTester, UnbindTesterError};
