//! The weekly summary reaches every linked chat with what was used and bought, what runs
//! out soon, the shopping list — and a consumption chart as a PNG photo. A reminder carries
//! its three buttons.

use std::sync::Arc;

use restock_bot::app::{ButtonData, Choice};
use restock_bot::clock::ManualClock;
use restock_bot::relay::RelayOptions;
use restock_bot::scheduler::Scheduler;
use restock_core::event::{DomainEvent, ItemRef};
use restock_core::item::ItemName;
use restock_core::stock::Level;
use restock_storage::testing::fresh_sqlite;
use restock_storage::{events, items, list};
use restock_tests::delivery::{Recorder, household, relay};

// Sunday 2026-11-22 18:00 UTC.
const SUNDAY_6PM: i64 = 1_795_370_400_000;
const DAY: i64 = 24 * 3600 * 1000;

#[tokio::test]
async fn the_weekly_summary_says_what_happened_and_carries_a_chart() {
    let db = fresh_sqlite().await;
    let store = &db.store;
    let start = SUNDAY_6PM - 6 * DAY;
    let h = household(store, 1, "UTC", start - DAY).await;
    let mut tx = store.begin().await.unwrap();
    let egg = items::create(&mut tx, h, &ItemName::parse("egg").unwrap(), start).await.unwrap();
    let milk = items::create(&mut tx, h, &ItemName::parse("milk").unwrap(), start).await.unwrap();
    items::set_stock(&mut tx, egg.id, Level { quantity: Some(3.0), unit: None }, start)
        .await
        .unwrap();
    list::add(&mut tx, h, milk.id, Some(2.0), None, None, start).await.unwrap();
    let egg_ref = ItemRef { id: egg.id, name: "egg".into() };
    let bought = DomainEvent::ItemRestocked {
        item: egg_ref.clone(),
        quantity: Some(10.0),
        unit: None,
        stock_after: Some(10.0),
    };
    events::record(&mut tx, h, None, &bought, start).await.unwrap();
    for d in 1..=5 {
        let used = DomainEvent::ItemConsumed {
            item: egg_ref.clone(),
            quantity: Some(1.4),
            unit: None,
            stock_after: None,
        };
        events::record(&mut tx, h, None, &used, start + d * DAY).await.unwrap();
    }
    tx.commit().await.unwrap();

    let clock = ManualClock::at(SUNDAY_6PM);
    let recorder = Recorder::new();
    let relay = relay(store, Arc::new(clock.clone()), recorder.clone(), RelayOptions::default());
    relay.drain("w").await.unwrap();
    assert_eq!(recorder.count(), 0, "stock events send nothing");

    assert_eq!(Scheduler::new(store.clone(), Arc::new(clock.clone())).tick().await.unwrap(), 1);
    relay.drain("w").await.unwrap();
    let sent = recorder.sent();
    assert_eq!(sent.len(), 1);
    let text = &sent[0].1.text;
    for part in [
        "Your week",
        "Used:",
        "7 eggs",
        "Bought:",
        "10 eggs",
        "About to run out:",
        "3 eggs",
        "milk",
    ] {
        assert!(text.contains(part), "{part:?} missing from:\n{text}");
    }
    let photo = sent[0].1.photo.as_ref().expect("a chart");
    assert_eq!(&photo[..4], b"\x89PNG");
}

#[tokio::test]
async fn a_restock_reminder_offers_add_to_list_order_now_and_snooze() {
    let db = fresh_sqlite().await;
    let h = household(&db.store, 1, "UTC", SUNDAY_6PM).await;
    let mut tx = db.store.begin().await.unwrap();
    let reminder = DomainEvent::RestockReminder {
        item: ItemRef { id: 1, name: "milk".into() },
        left: Some(0.5),
        unit: Some(restock_core::unit::Unit::L),
        runs_out_at: Some(SUNDAY_6PM + 2 * DAY),
    };
    events::record(&mut tx, h, None, &reminder, SUNDAY_6PM).await.unwrap();
    tx.commit().await.unwrap();
    let recorder = Recorder::new();
    let clock = ManualClock::at(SUNDAY_6PM);
    relay(&db.store, Arc::new(clock), recorder.clone(), RelayOptions::default())
        .drain("w")
        .await
        .unwrap();
    let sent = recorder.sent();
    assert_eq!(sent.len(), 1);
    assert_eq!(
        sent[0].1.text,
        "Running low on milk: 500 ml of milk left — enough for about 2 days."
    );
    let labels: Vec<&str> = sent[0].1.buttons[0].iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, ["🛒 Add to list", "📦 Order now", "⏰ Snooze"]);
    let data: Vec<ButtonData> =
        sent[0].1.buttons[0].iter().map(|b| b.data.parse().expect("our button data")).collect();
    let choices: Vec<Choice> = data.iter().map(|d| d.choice).collect();
    assert_eq!(choices, [Choice::List, Choice::Order, Choice::Snooze]);
    assert!(data.iter().all(|d| d.token == data[0].token), "one question, three answers");
    assert!(sent[0].1.buttons[0].iter().all(|b| b.data.len() <= 64));
}
