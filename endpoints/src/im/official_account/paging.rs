//! Cursor paging of `get_subscriber_info` as an async stream.

use futures_core::Stream;

use super::{GetSubscriberInfo, GetSubscriberInfoError, Subscriber};
use crate::{Error, Target};

/// Every subscriber of `official_account`, fetched `page_size` at a time (at most 200) as the
/// stream is read, following `Next` until it is empty. A failed page ends the stream with its error.
pub fn subscribers<'a>(
    target: &'a dyn Target,
    official_account: impl Into<String>,
    page_size: u32,
) -> impl Stream<Item = Result<Subscriber, Error<GetSubscriberInfoError>>> + 'a {
    struct State {
        request: GetSubscriberInfo,
        buffered: std::vec::IntoIter<Subscriber>,
        done: bool,
    }
    let request = GetSubscriberInfo {
        official_account: official_account.into(),
        limit: Some(page_size),
        next: String::new(),
    };
    let state = State { request, buffered: Vec::new().into_iter(), done: false };
    futures_util::stream::unfold(state, move |mut state| async move {
        loop {
            if let Some(subscriber) = state.buffered.next() {
                return Some((Ok(subscriber), state));
            }
            if state.done {
                return None;
            }
            match state.request.call(target).await {
                Ok(page) => {
                    state.done = page.next.is_empty() || page.subscriber_list.is_empty();
                    state.request.next = page.next;
                    state.buffered = page.subscriber_list.into_iter();
                }
                Err(error) => {
                    state.done = true;
                    return Some((Err(error), state));
                }
            }
        }
    })
}
