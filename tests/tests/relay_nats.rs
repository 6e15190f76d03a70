//! With a NATS sink, the relay publishes every event to JetStream once, even when a row is
//! delivered twice (the event id is the `Nats-Msg-Id`).

use std::sync::Arc;

use restock_bot::clock::ManualClock;
use restock_bot::relay::RelayOptions;
use restock_bot::sink::EventSink;
use restock_bot::sink::nats::{NatsSink, NatsTarget};
use restock_storage::events;
use restock_storage::outbox::Claimed;
use restock_storage::testing::fresh_postgres;
use restock_tests::delivery::{Recorder, household, numbered_events, relay};

const T0: i64 = 1_764_000_000_000;
const NATS_URL: &str = "nats://127.0.0.1:4222";

#[tokio::test]
async fn the_nats_sink_publishes_each_event_once() {
    let db = fresh_postgres().await;
    let clock = ManualClock::at(T0);
    let hs =
        vec![household(&db.store, 0, "UTC", T0).await, household(&db.store, 1, "UTC", T0).await];
    numbered_events(&db.store, &hs, 25, T0).await;

    // A stream of this test's own, so ids from other test databases never collide.
    let tag = format!("T{}_{}", std::process::id(), db.name.rsplit('_').next().unwrap_or("0"));
    let target = NatsTarget {
        url: NATS_URL.into(),
        stream: format!("RESTOCK_EVENTS_{tag}"),
        subject_prefix: format!("restock_test.{tag}.events"),
    };
    let sink = Arc::new(
        NatsSink::connect(&target).await.expect("NATS at 127.0.0.1:4222 (start it with .ci/run)"),
    );
    let recorder = Recorder::new();
    let relay =
        relay(&db.store, Arc::new(clock.clone()), recorder.clone(), RelayOptions::default())
            .with_sink(sink.clone());
    relay.drain("w").await.unwrap();
    assert_eq!(recorder.count(), 50);

    // Every event again, as redelivered rows would publish them.
    for h in &hs {
        for e in events::since(&db.store, *h, 0).await.unwrap() {
            let row = Claimed {
                id: 0,
                topic: e.event.type_name().to_owned(),
                household_id: Some(h.0),
                event_id: Some(e.id),
                payload: e.event.to_json(),
                attempts: 2,
                created_at: e.created_at,
            };
            sink.publish(&row).await.unwrap();
        }
    }

    let client = async_nats::connect(NATS_URL).await.unwrap();
    let js = async_nats::jetstream::new(client);
    let mut stream = js.get_stream(&target.stream).await.unwrap();
    let messages = stream.info().await.unwrap().state.messages;
    js.delete_stream(&target.stream).await.unwrap();
    assert_eq!(messages, 50);
}
