//! `/settings`: the summary's cadence and recurring purchases, and the scheduler acting on
//! them, against PostgreSQL and SQLite.

mod common;

use std::sync::Arc;

use common::{Chat, T0, user};
use restock_bot::app::{Inbound, SettingsRequest};
use restock_bot::scheduler::Scheduler;
use restock_core::household::{ChatRef, Platform};
use restock_storage::Store;

const HOUR: i64 = 3_600_000;
/// T0 is Monday 16:00 UTC; Saturday 09:00 is four days and 17 hours later.
const SATURDAY_9AM: i64 = T0 + 4 * 24 * HOUR + 17 * HOUR;

async fn settings(chat: &Chat, args: &str) -> String {
    chat.clock.advance(1_000);
    let msg = Inbound {
        chat: ChatRef { platform: Platform::Telegram, chat_id: "-100".into() },
        user: user("ann"),
        text: args.into(),
        source_id: None,
        locale: Some("en".into()),
    };
    let answer = chat.app.settings(&msg, &SettingsRequest::parse(args)).await.unwrap();
    answer.unwrap().reply.text
}

pub async fn a_recurring_purchase_is_set_listed_fired_and_stopped(store: &Store) {
    let chat = Chat::new(store);
    let set = settings(&chat, "repeat 12 eggs saturday 9").await;
    assert_eq!(set, "Every Saturday at 09:00, 12 eggs goes on the shopping list.");
    let listed = settings(&chat, "repeat").await;
    assert!(listed.contains("12 eggs — every Saturday at 09:00"), "{listed}");
    let shown = settings(&chat, "").await;
    assert!(shown.contains("Recurring purchases:"), "{shown}");
    assert!(settings(&chat, "repeat eggs someday 9").await.contains("Say what, which day"));

    let scheduler = Scheduler::new(store.clone(), Arc::new(chat.clock.clone()));
    chat.clock.set(SATURDAY_9AM - 60_000);
    // The weekly summary's Sunday has not come yet, nor the purchase's Saturday.
    assert_eq!(scheduler.tick().await.unwrap(), 0);
    chat.clock.set(SATURDAY_9AM + 60_000);
    assert_eq!(scheduler.tick().await.unwrap(), 1, "the purchase is due");
    assert_eq!(scheduler.tick().await.unwrap(), 0, "once per period");

    assert_eq!(
        settings(&chat, "repeat off eggs").await,
        "egg no longer goes on the list by itself."
    );
    assert!(settings(&chat, "repeat off eggs").await.contains("is not a recurring purchase"));
    chat.clock.set(SATURDAY_9AM + 7 * 24 * HOUR + 60_000);
    // Only Sunday's summary (the day after the first Saturday) fired in between.
    assert_eq!(scheduler.tick().await.unwrap(), 1);
    assert_eq!(
        settings(&chat, "repeat").await,
        "No recurring purchases yet. Add one with “/settings repeat 12 eggs saturday 9”."
    );
}

pub async fn the_summary_can_be_monthly_or_off(store: &Store) {
    let chat = Chat::new(store);
    assert_eq!(
        settings(&chat, "summary monthly 9").await,
        "The summary comes on the 1st of each month at 09:00."
    );
    let shown = settings(&chat, "").await;
    assert!(
        shown.starts_with("Language en-US, time zone UTC.\nThe summary comes on the 1st"),
        "{shown}"
    );
    let scheduler = Scheduler::new(store.clone(), Arc::new(chat.clock.clone()));
    // Sunday 18:00: no weekly summary any more.
    chat.clock.set(T0 + 6 * 24 * HOUR + 2 * HOUR + 60_000);
    assert_eq!(scheduler.tick().await.unwrap(), 0);
    // 1 December 09:00 UTC.
    chat.clock.set(T0 + 6 * 24 * HOUR + 17 * HOUR + 60_000);
    assert_eq!(scheduler.tick().await.unwrap(), 1, "the monthly summary");

    assert!(settings(&chat, "summary off").await.starts_with("The summary is off."));
    chat.clock.set(T0 + 40 * 24 * HOUR);
    assert_eq!(scheduler.tick().await.unwrap(), 0);
    assert!(settings(&chat, "summary sunday 18").await.contains("Sunday at 18:00"));
    chat.clock.advance(7 * 24 * HOUR);
    assert_eq!(scheduler.tick().await.unwrap(), 1, "weekly again");
}

restock_storage::on_both_stores!(
    a_recurring_purchase_is_set_listed_fired_and_stopped,
    the_summary_can_be_monthly_or_off,
);
