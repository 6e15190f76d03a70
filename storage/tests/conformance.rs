//! One suite, run against PostgreSQL (a fresh database per test) and SQLite alike.

use std::collections::HashSet;

use restock_core::event::{DomainEvent, ItemRef};
use restock_core::household::{HouseholdId, Platform};
use restock_core::item::ItemName;
use restock_core::size::Size;
use restock_core::unit::Unit;
use restock_storage::outbox::{self, ClaimOptions, FailOutcome, NewMessage, RetryPolicy};
use restock_storage::{Store, StoreError, events, households, inbound, items};

const T0: i64 = 1_764_000_000_000;

fn message(n: usize) -> NewMessage {
    NewMessage {
        topic: "Test".into(),
        household: None,
        event_id: None,
        payload: format!("{{\"n\":{n}}}"),
        dedupe_key: None,
        available_at: T0,
    }
}

fn claimer(worker: &str, batch: i64, max_attempts: i32) -> ClaimOptions {
    ClaimOptions { worker: worker.into(), batch, lease_ms: 30_000, max_attempts }
}

async fn household(store: &Store) -> HouseholdId {
    let mut tx = store.begin().await.unwrap();
    let h = households::create_for_chat(&mut tx, Platform::Console, "chat", "en-US", "UTC", T0)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    h.id()
}

fn consumed() -> DomainEvent {
    DomainEvent::ItemConsumed {
        item: ItemRef { id: 1, name: "egg".into() },
        quantity: Some(2.0),
        unit: None,
        stock_after: Some(10.0),
    }
}

async fn enqueue_many(store: &Store, n: usize) {
    for chunk in (0..n).collect::<Vec<_>>().chunks(500) {
        let mut tx = store.begin().await.unwrap();
        for i in chunk {
            outbox::enqueue(&mut tx, &message(*i), T0).await.unwrap();
        }
        tx.commit().await.unwrap();
    }
}

pub async fn a_failed_transaction_leaves_no_event_and_no_outbox_row(store: &Store) {
    let h = household(store).await;
    {
        let mut tx = store.begin().await.unwrap();
        events::record(&mut tx, h, Some("ann"), &consumed(), T0).await.unwrap();
        assert_eq!(outbox::count_for(&mut tx, h).await.unwrap(), 1);
        // Dropped without commit, as when the handler fails half-way.
    }
    let mut tx = store.begin().await.unwrap();
    events::record(&mut tx, h, Some("ann"), &consumed(), T0).await.unwrap();
    tx.rollback().await.unwrap();

    assert_eq!(events::count(store).await.unwrap(), 0);
    let st = outbox::status(store, T0).await.unwrap();
    assert_eq!((st.pending, st.in_flight, st.processed, st.dead), (0, 0, 0, 0));
}

pub async fn a_committed_event_and_its_outbox_row_arrive_together(store: &Store) {
    let h = household(store).await;
    let mut tx = store.begin().await.unwrap();
    let id = events::record(&mut tx, h, Some("ann"), &consumed(), T0).await.unwrap();
    tx.commit().await.unwrap();
    let claimed = outbox::claim(store, T0, &claimer("w", 10, 5)).await.unwrap();
    assert_eq!(claimed.len(), 1);
    assert_eq!(claimed[0].event_id, Some(id));
    assert_eq!(claimed[0].topic, "ItemConsumed");
    let back: DomainEvent = serde_json::from_str(&claimed[0].payload).unwrap();
    assert_eq!(back, consumed());
    let log = events::since(store, h, 0).await.unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].event, consumed());
}

pub async fn eight_concurrent_claimers_get_every_row_exactly_once(store: &Store) {
    const ROWS: usize = 2_000;
    enqueue_many(store, ROWS).await;
    let mut workers = Vec::new();
    for w in 0..8 {
        let store = store.clone();
        workers.push(tokio::spawn(async move {
            let opts = claimer(&format!("worker-{w}"), 25, 5);
            let mut mine = Vec::new();
            loop {
                let rows = outbox::claim(&store, T0, &opts).await.unwrap();
                if rows.is_empty() {
                    return mine;
                }
                for r in rows {
                    assert!(outbox::complete(&store, r.id, T0).await.unwrap());
                    mine.push(r.id);
                }
            }
        }));
    }
    let mut seen = HashSet::new();
    let mut total = 0;
    let mut busy_workers = 0;
    for w in workers {
        let ids = w.await.unwrap();
        busy_workers += usize::from(!ids.is_empty());
        total += ids.len();
        seen.extend(ids);
    }
    assert_eq!(total, ROWS, "a row was delivered twice or lost");
    assert_eq!(seen.len(), ROWS);
    assert!(busy_workers >= 2, "claimers did not run concurrently");
    let st = outbox::status(store, T0).await.unwrap();
    assert_eq!((st.pending, st.processed), (0, ROWS as i64));
}

pub async fn a_failed_delivery_comes_back_after_its_back_off_and_is_dead_lettered(store: &Store) {
    enqueue_many(store, 1).await;
    let policy = RetryPolicy { max_attempts: 3, base_delay_ms: 1_000, max_delay_ms: 60_000 };
    let opts = claimer("w", 10, policy.max_attempts);

    let row = outbox::claim(store, T0, &opts).await.unwrap().remove(0);
    assert_eq!(row.attempts, 1);
    let out = outbox::fail(store, &row, "chat API said 500", T0, &policy, 0.0).await.unwrap();
    assert_eq!(out, FailOutcome::RetryAt(T0 + 1_000));
    assert!(outbox::claim(store, T0 + 999, &opts).await.unwrap().is_empty());

    let row = outbox::claim(store, T0 + 1_000, &opts).await.unwrap().remove(0);
    assert_eq!(row.attempts, 2);
    let out = outbox::fail(store, &row, "timeout", T0 + 1_000, &policy, 0.0).await.unwrap();
    assert_eq!(out, FailOutcome::RetryAt(T0 + 3_000));
    assert!(outbox::claim(store, T0 + 2_999, &opts).await.unwrap().is_empty());

    let row = outbox::claim(store, T0 + 3_000, &opts).await.unwrap().remove(0);
    assert_eq!(row.attempts, 3);
    let out = outbox::fail(store, &row, "still down", T0 + 3_000, &policy, 0.0).await.unwrap();
    assert_eq!(out, FailOutcome::DeadLettered);

    assert!(outbox::claim(store, T0 + 3_600_000, &opts).await.unwrap().is_empty());
    let st = outbox::status(store, T0 + 3_600_000).await.unwrap();
    assert_eq!((st.pending, st.dead), (0, 1));
    let dead = outbox::dead_letters(store, 10).await.unwrap();
    assert_eq!(dead[0].last_error.as_deref(), Some("still down"));

    assert!(outbox::requeue_dead(store, dead[0].id, T0 + 3_600_000).await.unwrap());
    let again = outbox::claim(store, T0 + 3_600_000, &opts).await.unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].attempts, 1);
}

pub async fn an_expired_lease_is_reclaimed(store: &Store) {
    enqueue_many(store, 3).await;
    let opts =
        ClaimOptions { worker: "crashes".into(), batch: 10, lease_ms: 1_000, max_attempts: 2 };
    let held = outbox::claim(store, T0, &opts).await.unwrap();
    assert_eq!(held.len(), 3);
    // The worker dies here without completing or failing anything.
    let other = ClaimOptions { worker: "survivor".into(), ..opts.clone() };
    assert!(outbox::claim(store, T0 + 999, &other).await.unwrap().is_empty());
    let st = outbox::status(store, T0 + 999).await.unwrap();
    assert_eq!(st.in_flight, 3);

    let again = outbox::claim(store, T0 + 1_000, &other).await.unwrap();
    assert_eq!(
        again.iter().map(|r| r.id).collect::<Vec<_>>(),
        held.iter().map(|r| r.id).collect::<Vec<_>>()
    );
    assert!(again.iter().all(|r| r.attempts == 2));

    // The survivor dies too: out of attempts, the rows are dead-lettered, not claimed again.
    assert!(outbox::claim(store, T0 + 2_000, &other).await.unwrap().is_empty());
    assert_eq!(outbox::status(store, T0 + 2_000).await.unwrap().dead, 3);
}

pub async fn released_rows_are_claimable_at_once_without_losing_an_attempt(store: &Store) {
    enqueue_many(store, 2).await;
    let opts = claimer("stopping", 10, 5);
    let held = outbox::claim(store, T0, &opts).await.unwrap();
    outbox::release(store, &held.iter().map(|r| r.id).collect::<Vec<_>>()).await.unwrap();
    let again = outbox::claim(store, T0, &opts).await.unwrap();
    assert_eq!(again.len(), 2);
    assert!(again.iter().all(|r| r.attempts == 1));
}

pub async fn a_duplicate_inbound_source_id_changes_nothing(store: &Store) {
    let mut tx = store.begin().await.unwrap();
    assert!(inbound::first_seen(&mut tx, Platform::Telegram, "update-7", T0).await.unwrap());
    tx.commit().await.unwrap();
    let mut tx = store.begin().await.unwrap();
    assert!(!inbound::first_seen(&mut tx, Platform::Telegram, "update-7", T0).await.unwrap());
    tx.rollback().await.unwrap();
    // The same id on another platform is another update.
    let mut tx = store.begin().await.unwrap();
    assert!(inbound::first_seen(&mut tx, Platform::Discord, "update-7", T0).await.unwrap());
    tx.commit().await.unwrap();
}

pub async fn a_dedupe_key_admits_one_row(store: &Store) {
    let keyed = NewMessage { dedupe_key: Some("weekly-summary:1:2026-W48".into()), ..message(0) };
    let mut tx = store.begin().await.unwrap();
    assert!(outbox::enqueue(&mut tx, &keyed, T0).await.unwrap().is_some());
    tx.commit().await.unwrap();
    let mut tx = store.begin().await.unwrap();
    assert!(outbox::enqueue(&mut tx, &keyed, T0).await.unwrap().is_none());
    tx.commit().await.unwrap();
    assert_eq!(outbox::status(store, T0).await.unwrap().pending, 1);
}

pub async fn pruning_removes_only_old_processed_rows(store: &Store) {
    enqueue_many(store, 3).await;
    let rows = outbox::claim(store, T0, &claimer("w", 2, 5)).await.unwrap();
    outbox::complete(store, rows[0].id, T0).await.unwrap();
    outbox::complete(store, rows[1].id, T0 + 10_000).await.unwrap();
    assert_eq!(outbox::prune(store, T0 + 5_000).await.unwrap(), 1);
    let st = outbox::status(store, T0 + 60_000).await.unwrap();
    assert_eq!((st.processed, st.pending), (1, 1));
}

pub async fn a_chat_links_to_one_household_only(store: &Store) {
    household(store).await;
    let mut tx = store.begin().await.unwrap();
    let err = households::create_for_chat(&mut tx, Platform::Console, "chat", "en-US", "UTC", T0)
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict { .. }), "{err:?}");
}

pub async fn a_taught_size_is_kept_and_replaced_by_a_later_answer(store: &Store) {
    let h = household(store).await;
    let mut tx = store.begin().await.unwrap();
    let milk = ItemName::parse("milk").unwrap();
    let item = items::create(&mut tx, h, &milk, T0).await.unwrap();
    let bottle = Size { of: Some(Unit::Bottle), amount: 1.0, per: Some(Unit::L) };
    let single = Size { of: None, amount: 250.0, per: Some(Unit::Ml) };
    items::learn_size(&mut tx, h, item.id, &bottle).await.unwrap();
    items::learn_size(&mut tx, h, item.id, &single).await.unwrap();
    let bigger = Size { amount: 1.5, ..bottle };
    items::learn_size(&mut tx, h, item.id, &bigger).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = store.begin().await.unwrap();
    assert_eq!(items::sizes(&mut tx, item.id).await.unwrap(), vec![single, bigger]);
}

restock_storage::on_both_stores!(
    a_taught_size_is_kept_and_replaced_by_a_later_answer,
    a_failed_transaction_leaves_no_event_and_no_outbox_row,
    a_committed_event_and_its_outbox_row_arrive_together,
    eight_concurrent_claimers_get_every_row_exactly_once,
    a_failed_delivery_comes_back_after_its_back_off_and_is_dead_lettered,
    an_expired_lease_is_reclaimed,
    released_rows_are_claimable_at_once_without_losing_an_attempt,
    a_duplicate_inbound_source_id_changes_nothing,
    a_dedupe_key_admits_one_row,
    pruning_removes_only_old_processed_rows,
    a_chat_links_to_one_household_only,
);
