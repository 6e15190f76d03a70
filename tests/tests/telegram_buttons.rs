//! Buttons on Telegram: an order is decided once, by a member; ticking items off the list.

use restock_core::event::DomainEvent;
use restock_core::household::Platform;
use restock_storage::{Store, events, households};
use restock_tests::fake_telegram::{BotMessage, FakeTelegram, Person};
use restock_tests::telegram_harness::TelegramHarness;

const GROUP: i64 = -100_222;
const OTHER_GROUP: i64 = -100_333;

fn ann() -> Person {
    Person::new(11, "Ann")
}
fn ben() -> Person {
    Person::new(22, "Ben")
}
/// In the group, but has never written there: not a member.
fn cid() -> Person {
    Person::new(33, "Cid")
}
/// A member of another household.
fn dan() -> Person {
    Person::new(44, "Dan")
}

async fn say(fake: &FakeTelegram, chat: i64, who: &Person, text: &str) -> BotMessage {
    let id = fake.say(chat, who, text);
    fake.reply_text(chat, id).await;
    fake.reply_to(chat, id).expect("reply")
}

async fn press(fake: &FakeTelegram, msg: &BotMessage, who: &Person, data: &str) -> String {
    let q = fake.press(msg, who, data);
    fake.answer_text(&q).await
}

async fn order_events(store: &Store, chat: i64) -> Vec<DomainEvent> {
    let mut tx = store.begin().await.unwrap();
    let h = households::find_by_chat(&mut tx, Platform::Telegram, &chat.to_string())
        .await
        .unwrap()
        .unwrap();
    tx.rollback().await.unwrap();
    events::since(store, h.id(), 0)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.event)
        .filter(|e| {
            matches!(e, DomainEvent::OrderConfirmed { .. } | DomainEvent::OrderCancelled { .. })
        })
        .collect()
}

fn data_of(msg: &BotMessage, label_part: &str) -> String {
    msg.buttons().into_iter().find(|(l, _)| l.contains(label_part)).map(|(_, d)| d).expect("button")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_order_is_confirmed_by_a_member_and_refused_to_anyone_else() {
    let mut h = TelegramHarness::postgres().await;
    h.start().await;
    let fake = &h.fake;
    say(fake, GROUP, &ann(), "/add coffee").await;
    say(fake, GROUP, &ben(), "we're out of milk").await;
    say(fake, OTHER_GROUP, &dan(), "bought 2 eggs").await;

    let proposal = say(fake, GROUP, &ann(), "/order").await;
    assert!(
        proposal.text.contains("coffee") && proposal.text.contains("milk"),
        "{}",
        proposal.text
    );
    assert_eq!(proposal.buttons().len(), 2, "Confirm and Cancel");
    let confirm = data_of(&proposal, "Confirm");
    assert!(confirm.len() <= 64);

    let refused = press(fake, &proposal, &cid(), &confirm).await;
    assert!(refused.contains("Only members"), "{refused}");
    let outsider = press(fake, &proposal, &dan(), &confirm).await;
    assert!(outsider.contains("Only members"), "{outsider}");
    let forged = press(fake, &proposal, &ben(), &format!("{}.ok", "0".repeat(32))).await;
    assert!(forged.contains("not valid"), "{forged}");
    let junk = press(fake, &proposal, &ben(), "confirm order 1").await;
    assert!(junk.contains("not valid"), "{junk}");
    assert!(order_events(h.store(), GROUP).await.is_empty());
    assert_eq!(fake.message(GROUP, proposal.id).unwrap().buttons().len(), 2, "still open");

    let confirmed = press(fake, &proposal, &ben(), &confirm).await;
    assert!(confirmed.contains("confirmed"), "{confirmed}");
    let edited = fake
        .wait_for(
            "the proposal to show who confirmed it",
            std::time::Duration::from_secs(20),
            |f| f.message(GROUP, proposal.id).filter(|m| m.text.contains("Confirmed by Ben")),
        )
        .await;
    assert!(edited.buttons().is_empty(), "{:?}", edited.markup);
    assert!(matches!(
        order_events(h.store(), GROUP).await.as_slice(),
        [DomainEvent::OrderConfirmed { by, .. }] if by == "telegram:22"
    ));
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_tap_on_a_decided_order_changes_nothing() {
    let mut h = TelegramHarness::sqlite().await;
    h.start().await;
    let fake = &h.fake;
    say(fake, GROUP, &ann(), "/add coffee").await;
    say(fake, GROUP, &ben(), "used 1 egg").await;
    let proposal = say(fake, GROUP, &ann(), "/order").await;
    let confirm = data_of(&proposal, "Confirm");
    let cancel = data_of(&proposal, "Cancel");

    let first = press(fake, &proposal, &ann(), &cancel).await;
    assert!(first.contains("cancelled"), "{first}");
    // The old message, with its buttons, is still on someone's screen: replayed taps.
    let again = press(fake, &proposal, &ann(), &cancel).await;
    assert!(again.contains("already decided"), "{again}");
    let other = press(fake, &proposal, &ben(), &confirm).await;
    assert!(other.contains("already decided"), "{other}");
    assert!(matches!(
        order_events(h.store(), GROUP).await.as_slice(),
        [DomainEvent::OrderCancelled { .. }]
    ));
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ticking_an_item_off_the_list_restocks_it() {
    let mut h = TelegramHarness::postgres().await;
    h.start().await;
    let fake = &h.fake;
    say(fake, GROUP, &ann(), "bought 1 l milk").await;
    say(fake, GROUP, &ann(), "we're out of milk").await;
    say(fake, GROUP, &ben(), "/add coffee").await;
    let list = say(fake, GROUP, &ben(), "/list").await;
    assert_eq!(list.buttons().len(), 2, "{:?}", list.markup);
    let milk = data_of(&list, "milk");

    let ticked = press(fake, &list, &ann(), &milk).await;
    assert!(ticked.contains("milk"), "{ticked}");
    let edited = fake
        .wait_for("the list to show the tick", std::time::Duration::from_secs(20), |f| {
            f.message(GROUP, list.id).filter(|m| m.text.contains("ticked off by Ann"))
        })
        .await;
    assert_eq!(edited.buttons().len(), 1, "only coffee is left to tick");
    let again = press(fake, &edited, &ben(), &milk).await;
    assert!(again.contains("already decided"), "{again}");

    let now = say(fake, GROUP, &ann(), "/list").await;
    assert!(!now.text.contains("milk") && now.text.contains("coffee"), "{}", now.text);
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clarification_is_answered_with_a_button() {
    let mut h = TelegramHarness::sqlite().await;
    h.start().await;
    let fake = &h.fake;
    say(fake, GROUP, &ann(), "bought 2 l oat milk").await;
    say(fake, GROUP, &ann(), "bought 1 l whole milk").await;
    say(fake, GROUP, &ben(), "how much oat milk do we have?").await;

    let question = say(fake, GROUP, &ann(), "used 1 l milk").await;
    assert!(question.text.contains("Which milk"), "{}", question.text);
    let labels: Vec<String> = question.buttons().into_iter().map(|(l, _)| l).collect();
    assert_eq!(labels, ["oat milk", "whole milk", "milk (a new item)"]);
    assert!(question.buttons().iter().all(|(_, d)| d.len() <= 64));
    let oat = data_of(&question, "oat milk");

    let refused = press(fake, &question, &cid(), &oat).await;
    assert!(refused.contains("Only members"), "{refused}");
    let forged = press(fake, &question, &ben(), &oat.replace(".p0", ".p7")).await;
    assert!(forged.contains("not valid"), "{forged}");

    let answered = press(fake, &question, &ben(), &oat).await;
    assert!(answered.contains("oat milk"), "{answered}");
    let edited = fake
        .wait_for("the question to show the answer", std::time::Duration::from_secs(20), |f| {
            f.message(GROUP, question.id).filter(|m| m.text.contains("Ben chose oat milk"))
        })
        .await;
    assert!(edited.buttons().is_empty(), "{:?}", edited.markup);
    assert!(edited.text.contains("1 l"), "{}", edited.text);

    let learned = say(fake, GROUP, &ann(), "used 500 ml milk").await;
    assert!(learned.buttons().is_empty() && learned.text.contains("oat milk"), "{}", learned.text);
    let stock = say(fake, GROUP, &ann(), "how much oat milk do we have?").await;
    assert!(stock.text.contains("500 ml"), "{}", stock.text);
    h.stop().await;
}
