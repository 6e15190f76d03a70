//! The relay survives its PostgreSQL connections being cut mid-run (what a server restart
//! does to it) without losing an event.

use std::sync::Arc;
use std::time::Duration;

use restock_bot::clock::{Clock, SystemClock};
use restock_bot::relay::RelayOptions;
use restock_storage::outbox;
use restock_storage::testing::{fresh_postgres, terminate_connections};
use restock_tests::delivery::{
    Recorder, assert_each_once_in_order, eventually, households_with_events, relay,
};
use tokio::sync::watch;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_restart_mid_run_loses_no_event() {
    const HOUSEHOLDS: usize = 20;
    const PER: usize = 100;
    let db = fresh_postgres().await;
    let now = SystemClock.now_ms();
    households_with_events(&db.store, HOUSEHOLDS, PER, now).await;

    let recorder = Recorder::new();
    let (stop, stopped) = watch::channel(false);
    // A short lease, so a claim whose answer was lost with its connection comes back soon.
    let opts = RelayOptions {
        workers: 2,
        lease: Duration::from_secs(3),
        poll: Duration::from_millis(50),
        ..RelayOptions::default()
    };
    let relay = Arc::new(relay(&db.store, Arc::new(SystemClock), recorder.clone(), opts));
    let running = tokio::spawn(relay.run(stopped));

    let total = HOUSEHOLDS * PER;
    for share in [4, 2] {
        eventually(Duration::from_secs(60), "progress before the restart", || async {
            recorder.count() >= total / share
        })
        .await;
        let cut = terminate_connections(&db.name).await;
        assert!(cut > 0, "the relay had connections to cut");
    }
    eventually(Duration::from_secs(120), "every event after the restarts", || async {
        recorder.count() >= total
    })
    .await;
    // Anything sent twice would show up by now too.
    let store = db.store.clone();
    eventually(Duration::from_secs(30), "an empty outbox", || {
        let store = store.clone();
        async move {
            matches!(outbox::status(&store, SystemClock.now_ms()).await, Ok(st) if st.pending + st.in_flight == 0)
        }
    })
    .await;
    let _ = stop.send(true);
    running.await.unwrap();

    assert_each_once_in_order(&recorder.sent(), HOUSEHOLDS, PER);
    let st = outbox::status(&db.store, SystemClock.now_ms()).await.unwrap();
    assert_eq!((st.processed, st.dead), (total as i64, 0));
}
