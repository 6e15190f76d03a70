//! Three relays over one PostgreSQL database deliver every event exactly once, in order per
//! chat; a worker killed mid-batch leaves its rows to be delivered after the lease.

use std::sync::Arc;
use std::time::Duration;

use restock_bot::clock::{Clock, ManualClock, SystemClock};
use restock_bot::relay::{RelayOptions, StepOutcome};
use restock_storage::testing::fresh_postgres;
use restock_storage::{Store, deliveries, outbox};
use restock_tests::delivery::{
    Recorder, assert_each_once_in_order, eventually, households_with_events, relay,
};
use tokio::sync::watch;

const T0: i64 = 1_764_000_000_000;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_relays_deliver_ten_thousand_events_each_exactly_once_and_in_order() {
    const HOUSEHOLDS: usize = 200;
    const PER: usize = 50;
    let db = fresh_postgres().await;
    let now = SystemClock.now_ms();
    households_with_events(&db.store, HOUSEHOLDS, PER, now).await;

    let recorder = Recorder::new();
    let (stop, stopped) = watch::channel(false);
    let mut running = Vec::new();
    for r in 0..3 {
        // Each relay has its own pool, as separate processes would.
        let store = Store::connect(&db.url).await.unwrap();
        let opts = RelayOptions {
            name: format!("relay-{r}"),
            workers: 2,
            batch: 64,
            poll: Duration::from_millis(50),
            ..RelayOptions::default()
        };
        let relay = Arc::new(relay(&store, Arc::new(SystemClock), recorder.clone(), opts));
        running.push(tokio::spawn(relay.run(stopped.clone())));
    }
    let total = HOUSEHOLDS * PER;
    eventually(Duration::from_secs(600), "10,000 deliveries", || async {
        recorder.count() >= total
    })
    .await;
    let _ = stop.send(true);
    for r in running {
        r.await.unwrap();
    }

    assert_each_once_in_order(&recorder.sent(), HOUSEHOLDS, PER);
    assert_eq!(deliveries::count(&db.store).await.unwrap(), total as i64);
    let st = outbox::status(&db.store, SystemClock.now_ms()).await.unwrap();
    assert_eq!((st.processed, st.pending, st.in_flight, st.dead), (total as i64, 0, 0, 0));
    let by: std::collections::HashSet<String> = claimed_by(&db.store).await;
    assert!(by.len() >= 3, "every relay took part: {by:?}");
}

async fn claimed_by(store: &Store) -> std::collections::HashSet<String> {
    outbox::claimers(store)
        .await
        .unwrap()
        .into_iter()
        .map(|w| w.split("-w").next().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn a_worker_killed_mid_batch_leaves_rows_that_are_delivered_after_the_lease() {
    const HOUSEHOLDS: usize = 10;
    let db = fresh_postgres().await;
    let clock = ManualClock::at(T0);
    households_with_events(&db.store, HOUSEHOLDS, 3, T0).await;
    let opts = RelayOptions { lease: Duration::from_secs(30), ..RelayOptions::default() };

    // The first worker sends three messages, then hangs with the rest of its batch; we kill it.
    let hanging = Recorder::hanging_after(3);
    let doomed = relay(&db.store, Arc::new(clock.clone()), hanging.clone(), opts.clone());
    let task = tokio::spawn(async move { doomed.step("doomed").await });
    let store = db.store.clone();
    eventually(Duration::from_secs(10), "three recorded deliveries", || {
        let store = store.clone();
        async move { deliveries::count(&store).await.unwrap() == 3 }
    })
    .await;
    task.abort();
    let _ = task.await;

    // Another worker finds nothing claimable while the lease holds...
    let recorder = Recorder::new();
    let rescuer = relay(&db.store, Arc::new(clock.clone()), recorder.clone(), opts);
    assert_eq!(rescuer.step("rescuer").await.unwrap(), StepOutcome::Idle);
    // ...and everything once it has run out, without sending the first three again.
    clock.advance(30_001);
    rescuer.drain("rescuer").await.unwrap();

    let mut all = hanging.sent();
    all.extend(recorder.sent());
    assert_eq!(hanging.count(), 3);
    assert_each_once_in_order(&all, HOUSEHOLDS, 3);
    let st = outbox::status(&db.store, clock.now_ms()).await.unwrap();
    assert_eq!((st.processed, st.pending, st.dead), (30, 0, 0));
}
