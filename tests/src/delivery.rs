//! Helpers for the relay and scheduler tests: a notifier that records what it was asked to
//! send (and can be made to hang), households with linked chats, and relays over them.

use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use restock_bot::clock::Clock;
use restock_bot::i18n::I18n;
use restock_bot::notify::{Notifier, Outgoing, SendError};
use restock_bot::relay::{Deps, Relay, RelayOptions, handlers};
use restock_core::event::{DomainEvent, ItemRef};
use restock_core::household::{ChatRef, HouseholdId, Platform};
use restock_storage::{Store, events, households};

/// Every message a relay sent, in order, per chat.
#[derive(Default)]
pub struct Recorder {
    sent: Mutex<Vec<(ChatRef, Outgoing)>>,
    /// After this many sends, every further send hangs (a worker that stops mid-batch).
    hang_after: Option<usize>,
    calls: AtomicUsize,
}

impl Recorder {
    pub fn new() -> Arc<Recorder> {
        Arc::new(Recorder::default())
    }

    pub fn hanging_after(n: usize) -> Arc<Recorder> {
        Arc::new(Recorder { hang_after: Some(n), ..Recorder::default() })
    }

    pub fn count(&self) -> usize {
        self.sent.lock().unwrap().len()
    }

    pub fn sent(&self) -> Vec<(ChatRef, Outgoing)> {
        self.sent.lock().unwrap().clone()
    }

    pub fn texts(&self) -> Vec<String> {
        self.sent().into_iter().map(|(_, o)| o.text).collect()
    }
}

#[async_trait::async_trait]
impl Notifier for Recorder {
    async fn send(&self, chat: &ChatRef, msg: &Outgoing) -> Result<String, SendError> {
        let n = self.calls.fetch_add(1, Ordering::SeqCst);
        if self.hang_after.is_some_and(|limit| n >= limit) {
            std::future::pending::<()>().await;
        }
        let mut sent = self.sent.lock().unwrap();
        sent.push((chat.clone(), msg.clone()));
        Ok(sent.len().to_string())
    }
}

/// A household with one console chat `chat-<n>` in `time_zone`, created at `now`.
pub async fn household(store: &Store, n: usize, time_zone: &str, now: i64) -> HouseholdId {
    let mut tx = store.begin().await.unwrap();
    let h = households::create_for_chat(
        &mut tx,
        Platform::Console,
        &format!("chat-{n}"),
        "en-US",
        time_zone,
        now,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    h.id()
}

/// `count` households in UTC, each with `per_household` numbered events (see
/// [`numbered_events`]).
pub async fn households_with_events(
    store: &Store,
    count: usize,
    per_household: usize,
    now: i64,
) -> Vec<HouseholdId> {
    let mut hs = Vec::with_capacity(count);
    for n in 0..count {
        hs.push(household(store, n, "UTC", now).await);
    }
    numbered_events(store, &hs, per_household, now).await;
    hs
}

/// `per_household` numbered "new list" events for each household, recorded like the app
/// records events (event row + outbox row in one transaction), interleaved across households.
pub async fn numbered_events(
    store: &Store,
    households: &[HouseholdId],
    per_household: usize,
    now: i64,
) {
    let mut tx = store.begin().await.unwrap();
    for i in 0..per_household {
        for h in households {
            let item = ItemRef { id: i as i64, name: format!("item-{i:06}") };
            events::record(
                &mut tx,
                *h,
                None,
                &DomainEvent::NewListGenerated { items: vec![item] },
                now,
            )
            .await
            .unwrap();
        }
        if i % 50 == 49 {
            tx.commit().await.unwrap();
            tx = store.begin().await.unwrap();
        }
    }
    tx.commit().await.unwrap();
}

/// The number in a "new list" message sent by [`numbered_events`].
pub fn number_in(text: &str) -> usize {
    let at = text.find("item-").expect("a numbered item");
    text[at + 5..at + 11].parse().unwrap()
}

/// A relay sending console messages to `notifier`.
pub fn relay(
    store: &Store,
    clock: Arc<dyn Clock>,
    notifier: Arc<dyn Notifier>,
    opts: RelayOptions,
) -> Relay {
    let mut notifiers: HashMap<Platform, Arc<dyn Notifier>> = HashMap::new();
    notifiers.insert(Platform::Console, notifier);
    let deps =
        Deps { store: store.clone(), clock, i18n: Arc::new(I18n::load().unwrap()), notifiers };
    Relay::new(deps, handlers::standard(), opts)
}

/// Poll `cond` until it holds or `limit` passes; panics with `what` on timeout.
pub async fn eventually<F, Fut>(limit: Duration, what: &str, mut cond: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let start = Instant::now();
    while !cond().await {
        assert!(start.elapsed() < limit, "timed out after {limit:?} waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Check every chat got its numbers exactly once, in order, and `per_chat` of them.
pub fn assert_each_once_in_order(sent: &[(ChatRef, Outgoing)], chats: usize, per_chat: usize) {
    let mut by_chat: HashMap<String, Vec<usize>> = HashMap::new();
    for (chat, out) in sent {
        by_chat.entry(chat.chat_id.clone()).or_default().push(number_in(&out.text));
    }
    assert_eq!(by_chat.len(), chats, "chats that got messages");
    for (chat, got) in by_chat {
        let want: Vec<usize> = (0..per_chat).collect();
        if got != want {
            let dupes = got.len() as i64 - per_chat as i64;
            let first_bad = got.iter().zip(&want).position(|(a, b)| a != b);
            panic!(
                "{chat}: {} messages ({dupes:+} vs expected), first out of place at {first_bad:?}",
                got.len()
            );
        }
    }
}
