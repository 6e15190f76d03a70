//! The delivery-engine parts of the outbox, on PostgreSQL and SQLite alike: per-household
//! order (a household's rows are claimed as a run from its earliest undelivered row), settling
//! in bulk, delivery records, and schedule firing once per key.

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

pub async fn a_household_is_claimed_as_a_run_from_its_earliest_undelivered_row(store: &Store) {
    let (a, b) = (household(store, "a").await, household(store, "b").await);
    enqueue(store, Some(a), 3).await;
    enqueue(store, Some(b), 2).await;
    enqueue(store, None, 2).await;

    let first = outbox::claim_runs(store, T0, &claimer("w1"), 2).await.unwrap();
    let got: Vec<_> = first.iter().map(|r| (r.household_id, r.payload.as_str())).collect();
    assert_eq!(
        got.iter().filter(|(h, _)| h.is_some()).copied().collect::<Vec<_>>(),
        vec![
            (Some(a.0), "{\"n\":0}"),
            (Some(a.0), "{\"n\":1}"),
            (Some(b.0), "{\"n\":0}"),
            (Some(b.0), "{\"n\":1}"),
        ],
        "two rows of each household, in order, and the rows of no household: {got:?}"
    );
    assert_eq!(first.len(), 6);
    // While a run is in flight, nobody gets the rows behind it.
    assert!(outbox::claim(store, T0, &claimer("w2")).await.unwrap().is_empty());

    // The run failed at its head: the head backs off, the rest is given back, and the lane
    // stays blocked until the head is due again.
    let a_rows: Vec<_> = first.iter().filter(|r| r.household_id == Some(a.0)).collect();
    outbox::retry_at(store, a_rows[0].id, T0 + 10_000, "later").await.unwrap();
    assert_eq!(outbox::release(store, &[a_rows[1].id]).await.unwrap(), 1);
    let ids: Vec<i64> =
        first.iter().filter(|r| r.household_id != Some(a.0)).map(|r| r.id).collect();
    assert_eq!(outbox::complete_many(store, &ids, T0).await.unwrap(), 4);
    assert!(outbox::claim(store, T0, &claimer("w2")).await.unwrap().is_empty());

    // Due again, the lane comes back whole and in order; a released row kept its attempts.
    let again = outbox::claim(store, T0 + 10_000, &claimer("w3")).await.unwrap();
    let got: Vec<_> = again.iter().map(|r| (r.payload.as_str(), r.attempts)).collect();
    assert_eq!(got, vec![("{\"n\":0}", 2), ("{\"n\":1}", 1), ("{\"n\":2}", 1)]);

    // A dead-lettered head no longer blocks.
    outbox::bury(store, again[0].id, "gone", T0).await.unwrap();
    outbox::release(store, &[again[1].id, again[2].id]).await.unwrap();
    let after = outbox::claim(store, T0 + 10_000, &claimer("w4")).await.unwrap();
    let got: Vec<_> = after.iter().map(|r| r.payload.as_str()).collect();
    assert_eq!(got, vec!["{\"n\":1}", "{\"n\":2}"]);
}

pub async fn a_run_stops_at_the_first_row_that_is_not_due(store: &Store) {
    let h = household(store, "e").await;
    enqueue(store, Some(h), 1).await;
    let mut tx = store.begin().await.unwrap();
    let later = NewMessage {
        topic: "Test".into(),
        household: Some(h),
        event_id: None,
        payload: "later".into(),
        dedupe_key: None,
        available_at: T0 + 60_000,
    };
    outbox::enqueue(&mut tx, &later, T0).await.unwrap();
    tx.commit().await.unwrap();
    enqueue(store, Some(h), 1).await;

    let run = outbox::claim(store, T0, &claimer("w")).await.unwrap();
    assert_eq!(run.iter().map(|r| r.payload.as_str()).collect::<Vec<_>>(), vec!["{\"n\":0}"]);
    outbox::complete_many(store, &[run[0].id], T0).await.unwrap();
    // The row behind the one that is not due waits for it.
    assert!(outbox::claim(store, T0, &claimer("w")).await.unwrap().is_empty());
    let rest = outbox::claim(store, T0 + 60_000, &claimer("w")).await.unwrap();
    assert_eq!(
        rest.iter().map(|r| r.payload.as_str()).collect::<Vec<_>>(),
        vec!["later", "{\"n\":0}"]
    );
}

pub async fn concurrent_claimers_take_each_household_whole_and_in_order(store: &Store) {
    const HOUSEHOLDS: usize = 12;
    const PER: usize = 40;
    let mut hs = Vec::new();
    for n in 0..HOUSEHOLDS {
        hs.push(household(store, &format!("c{n}")).await);
    }
    for _ in 0..PER {
        for h in &hs {
            enqueue(store, Some(*h), 1).await;
        }
    }
    // Every claimer logs what it got before completing it: a household's rows then appear in
    // the log in id order, each once, only if no two claimers ever held the same household.
    let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut workers = Vec::new();
    for w in 0..6 {
        let (store, log) = (store.clone(), log.clone());
        workers.push(tokio::spawn(async move {
            let opts = ClaimOptions { batch: 10, ..claimer(&format!("w{w}")) };
            let mut idle = 0;
            while idle < 50 {
                let rows = outbox::claim_runs(&store, T0, &opts, 3).await.unwrap();
                if rows.is_empty() {
                    idle += 1;
                    tokio::task::yield_now().await;
                    continue;
                }
                idle = 0;
                log.lock().unwrap().extend(rows.iter().map(|r| (r.household_id, r.id)));
                let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
                assert_eq!(
                    outbox::complete_many(&store, &ids, T0).await.unwrap(),
                    ids.len() as u64
                );
            }
        }));
    }
    for w in workers {
        w.await.unwrap();
    }
    let log = log.lock().unwrap().clone();
    assert_eq!(log.len(), HOUSEHOLDS * PER, "a row was claimed twice or never");
    for h in hs {
        let ids: Vec<i64> =
            log.iter().filter(|(x, _)| *x == Some(h.0)).map(|(_, id)| *id).collect();
        assert_eq!(ids.len(), PER);
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "household {h} out of order: {ids:?}");
    }
    let st = outbox::status(store, T0).await.unwrap();
    assert_eq!((st.pending, st.in_flight, st.processed), (0, 0, (HOUSEHOLDS * PER) as i64));
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
    a_household_is_claimed_as_a_run_from_its_earliest_undelivered_row,
    a_run_stops_at_the_first_row_that_is_not_due,
    concurrent_claimers_take_each_household_whole_and_in_order,
    a_delivery_is_recorded_once_per_row_and_chat,
    a_schedule_key_fires_once,
);
