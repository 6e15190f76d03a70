//! The delivery-engine parts of the outbox, on PostgreSQL and SQLite alike: per-household
//! order, settling in bulk, delivery records, and schedule firing once per key.

use restock_core::event::DomainEvent;
use restock_core::household::{ChatRef, HouseholdId, Platform};
use restock_storage::outbox::{self, ClaimOptions, NewMessage};
use restock_storage::{Store, deliveries, households, schedules};

const T0: i64 = 1_764_000_000_000;

fn claimer(worker: &str) -> ClaimOptions {
    ClaimOptions { worker: worker.into(), batch: 50, lease_ms: 30_000, max_attempts: 5 }
}

async fn household(store: &Store, chat: &str) -> HouseholdId {
    let mut tx = store.begin().await.unwrap();
    let h = households::create_for_chat(&mut tx, Platform::Console, chat, "en-US", "UTC", T0)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    h.id()
}

async fn enqueue(store: &Store, household: Option<HouseholdId>, n: usize) {
    let mut tx = store.begin().await.unwrap();
    for i in 0..n {
        let msg = NewMessage {
            topic: "Test".into(),
            household,
            event_id: None,
            payload: format!("{{\"n\":{i}}}"),
            dedupe_key: None,
            available_at: T0,
        };
        outbox::enqueue(&mut tx, &msg, T0).await.unwrap();
    }
    tx.commit().await.unwrap();
}

pub async fn only_the_earliest_undelivered_row_of_a_household_is_claimable(store: &Store) {
    let (a, b) = (household(store, "a").await, household(store, "b").await);
    enqueue(store, Some(a), 3).await;
    enqueue(store, Some(b), 2).await;
    enqueue(store, None, 2).await;

    let first = outbox::claim(store, T0, &claimer("w1")).await.unwrap();
    let heads: Vec<_> = first.iter().map(|r| (r.household_id, r.payload.clone())).collect();
    assert_eq!(heads.len(), 4, "one head per household, and both rows of no household: {heads:?}");
    // While the heads are in flight, nobody gets the rows behind them.
    assert!(outbox::claim(store, T0, &claimer("w2")).await.unwrap().is_empty());

    // A failed head still blocks its lane while it backs off.
    let a_head = first.iter().find(|r| r.household_id == Some(a.0)).unwrap();
    outbox::retry_at(store, a_head.id, T0 + 10_000, "later").await.unwrap();
    let ids: Vec<i64> = first.iter().filter(|r| r.id != a_head.id).map(|r| r.id).collect();
    assert_eq!(outbox::complete_many(store, &ids, T0).await.unwrap(), 3);
    let next = outbox::claim(store, T0, &claimer("w2")).await.unwrap();
    assert_eq!(next.iter().map(|r| r.household_id).collect::<Vec<_>>(), vec![Some(b.0)]);

    // A dead-lettered head no longer blocks.
    outbox::bury(store, a_head.id, "gone", T0).await.unwrap();
    let after = outbox::claim(store, T0, &claimer("w3")).await.unwrap();
    assert_eq!(after.len(), 1);
    assert_eq!((after[0].household_id, after[0].payload.as_str()), (Some(a.0), "{\"n\":1}"));
}

pub async fn a_delivery_is_recorded_once_per_row_and_chat(store: &Store) {
    let h = household(store, "c").await;
    enqueue(store, Some(h), 1).await;
    let row = outbox::claim(store, T0, &claimer("w")).await.unwrap().remove(0);
    let chat = ChatRef { platform: Platform::Console, chat_id: "c".into() };
    assert_eq!(deliveries::recipients(store, h).await.unwrap(), vec![chat.clone()]);
    assert!(deliveries::delivered(store, row.id).await.unwrap().is_empty());
    assert!(deliveries::record(store, row.id, &chat, "m1", T0).await.unwrap());
    assert!(!deliveries::record(store, row.id, &chat, "m2", T0).await.unwrap());
    assert_eq!(deliveries::delivered(store, row.id).await.unwrap(), vec![chat]);
}

pub async fn a_schedule_key_fires_once(store: &Store) {
    let h = household(store, "d").await;
    let event = DomainEvent::WeeklySummaryDue { period: "2026-11-22".into() };
    for expect in [true, false] {
        let mut tx = store.begin().await.unwrap();
        let fired = schedules::fire(&mut tx, h, &event, "summary:1:2026-11-22", T0).await.unwrap();
        tx.commit().await.unwrap();
        assert_eq!(fired.is_some(), expect);
    }
    let row = outbox::claim(store, T0, &claimer("w")).await.unwrap().remove(0);
    assert!(row.event_id.is_some(), "the outbox row points at its event");
    assert_eq!(schedules::fired_count(store, "summary:").await.unwrap(), 1);
}

restock_storage::on_both_stores!(
    only_the_earliest_undelivered_row_of_a_household_is_claimable,
    a_delivery_is_recorded_once_per_row_and_chat,
    a_schedule_key_fires_once,
);
