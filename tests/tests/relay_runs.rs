//! A household's backlog goes out as runs: several of its rows per claim, sent one after
//! another in order, while other households' runs go alongside. A failure mid-run holds the
//! rest of that household back until the failed message has gone out.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use restock_bot::clock::ManualClock;
use restock_bot::notify::{Notifier, Outgoing, SendError};
use restock_bot::relay::{RelayOptions, StepOutcome, Tally};
use restock_core::household::ChatRef;
use restock_storage::Store;
use restock_tests::delivery::{
    Recorder, assert_each_once_in_order, households_with_events, number_in, relay,
};

const T0: i64 = 1_764_000_000_000;

/// Fails the first attempt to send number `number` to `chat` (a 5xx), then sends normally.
struct FlakyOnce {
    inner: Arc<Recorder>,
    chat: String,
    number: usize,
    failed: AtomicBool,
}

#[async_trait::async_trait]
impl Notifier for FlakyOnce {
    async fn send(&self, chat: &ChatRef, msg: &Outgoing) -> Result<String, SendError> {
        if chat.chat_id == self.chat
            && number_in(&msg.text) == self.number
            && !self.failed.swap(true, Ordering::SeqCst)
        {
            return Err(SendError::Transient("502 Bad Gateway".into()));
        }
        self.inner.send(chat, msg).await
    }
}

async fn a_household_backlog_goes_out_in_runs_and_in_order(store: &Store) {
    households_with_events(store, 3, 6, T0).await;
    let recorder = Recorder::new();
    let opts = RelayOptions { run: 4, ..RelayOptions::default() };
    let relay = relay(store, Arc::new(ManualClock::at(T0)), recorder.clone(), opts);

    let first = relay.step("w").await.unwrap();
    assert_eq!(
        first,
        StepOutcome::Worked(Tally { completed: 12, ..Tally::default() }),
        "four rows of each household in one claim"
    );
    let rest = relay.drain("w").await.unwrap();
    assert_eq!(rest.completed, 6);
    assert_each_once_in_order(&recorder.sent(), 3, 6);
}

async fn a_failure_mid_run_holds_the_rest_of_the_household_back(store: &Store) {
    households_with_events(store, 2, 5, T0).await;
    let recorder = Recorder::new();
    let flaky = Arc::new(FlakyOnce {
        inner: recorder.clone(),
        chat: "chat-0".into(),
        number: 2,
        failed: AtomicBool::new(false),
    });
    let clock = ManualClock::at(T0);
    let relay = relay(store, Arc::new(clock.clone()), flaky, RelayOptions::default());

    // chat-0 gets 0 and 1, number 2 fails, and 3 and 4 are given back untried; chat-1 gets all.
    let first = relay.step("w").await.unwrap();
    assert_eq!(
        first,
        StepOutcome::Worked(Tally { completed: 7, retried: 1, dead: 0, released: 2 })
    );
    let to_chat_0: Vec<usize> = recorder
        .sent()
        .iter()
        .filter(|(c, _)| c.chat_id == "chat-0")
        .map(|(_, m)| number_in(&m.text))
        .collect();
    assert_eq!(to_chat_0, vec![0, 1]);
    // Nothing overtakes number 2 while it backs off...
    assert_eq!(relay.step("w").await.unwrap(), StepOutcome::Idle);

    // ...and once it is due, the rest follows it.
    clock.advance(60_000);
    assert_eq!(relay.drain("w").await.unwrap().completed, 3);
    assert_each_once_in_order(&recorder.sent(), 2, 5);
}

restock_storage::on_both_stores!(
    a_household_backlog_goes_out_in_runs_and_in_order,
    a_failure_mid_run_holds_the_rest_of_the_household_back,
);
