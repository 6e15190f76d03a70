//! Questions with buttons, against PostgreSQL and SQLite: a name that could mean two known
//! items is asked about instead of guessed, and the buttons under a restock reminder work.

mod common;

use common::Chat;
use restock_bot::app::{Closing, REMINDER, SNOOZE_MS};
use restock_bot::clock::Clock;
use restock_bot::scheduler::sweep;
use restock_core::household::{HouseholdId, Platform};
use restock_core::item::ItemName;
use restock_storage::{Store, actions, events, households, items, list};

const HOUR: i64 = 3_600_000;

async fn household(store: &Store) -> HouseholdId {
    let mut tx = store.begin().await.unwrap();
    let h = households::find_by_chat(&mut tx, Platform::Telegram, "-100").await.unwrap().unwrap();
    tx.rollback().await.unwrap();
    h.id()
}

async fn item_id(store: &Store, name: &str) -> i64 {
    let household = household(store).await;
    let mut tx = store.begin().await.unwrap();
    let name = ItemName::parse(name).unwrap();
    let item = items::find(&mut tx, household, &name).await.unwrap().unwrap();
    tx.rollback().await.unwrap();
    item.id
}

fn line(o: &Closing) -> &str {
    match o {
        Closing::All { line } | Closing::One { line, .. } => line,
        Closing::Nothing => panic!("the press closed nothing"),
    }
}

pub async fn an_ambiguous_name_is_asked_about_and_the_answer_is_learned(store: &Store) {
    let chat = Chat::new(store);
    chat.say("bought 2 l oat milk").await;
    chat.say("bought 1 l whole milk").await;
    chat.say_as("ben", "hi", None).await;
    let before = events::count(store).await.unwrap();

    let question = chat.answer_as("ann", "used 1 l milk", None).await.unwrap();
    assert!(question.reply.text.contains("Which milk"), "{}", question.reply.text);
    let buttons: Vec<_> = question.buttons.iter().flatten().cloned().collect();
    let labels: Vec<_> = buttons.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, ["oat milk", "whole milk", "milk (a new item)"]);
    assert_eq!(events::count(store).await.unwrap(), before, "a question changes no stock");

    let outsider = chat.press("zed", &buttons[0].data).await;
    assert_eq!(outsider.closing, Closing::Nothing);
    assert!(outsider.notice.contains("Only members"), "{}", outsider.notice);

    let answered = chat.press("ben", &buttons[0].data).await;
    let said = line(&answered.closing);
    assert!(said.contains("ben chose oat milk") && said.contains("1 l"), "{said}");
    assert_eq!(chat.say("how much oat milk do we have?").await, "You have 1 l of oat milk.");
    assert!(chat.say("how much whole milk do we have?").await.contains("1 l"));

    let again = chat.press("ann", &buttons[1].data).await;
    assert_eq!(again.closing, Closing::Nothing);
    assert!(again.notice.contains("already decided"), "{}", again.notice);

    // Learned: "milk" now means oat milk, without asking.
    let next = chat.answer_as("ann", "used 500 ml milk", None).await.unwrap();
    assert!(next.buttons.is_empty(), "{}", next.reply.text);
    assert!(next.reply.text.contains("oat milk"), "{}", next.reply.text);
    // The change is the author's: her undo takes back her last message, the answered one
    // before it stays hers too.
    chat.say("undo").await;
    chat.say("undo").await;
    assert_eq!(chat.say("how much oat milk do we have?").await, "You have 2 l of oat milk.");
}

pub async fn a_new_item_answer_makes_the_name_an_item_of_its_own(store: &Store) {
    let chat = Chat::new(store);
    chat.say("bought 2 l oat milk").await;
    let question = chat.answer_as("ann", "bought 1 l milk and 6 eggs", None).await.unwrap();
    let new = question.buttons.iter().flatten().last().unwrap().clone();
    assert_eq!(new.label, "milk (a new item)");
    let answered = chat.press("ann", &new.data).await;
    let said = line(&answered.closing);
    assert!(said.contains("1 l") && said.contains("6 eggs"), "{said}");
    assert!(chat.say("how much milk do we have?").await.contains("1 l of milk"));
    assert!(chat.say("how much oat milk do we have?").await.contains("2 l"));
    let plain = chat.answer_as("ann", "used 1 l milk", None).await.unwrap();
    assert!(plain.buttons.is_empty(), "{}", plain.reply.text);
}

pub async fn a_refused_answer_still_teaches_the_name(store: &Store) {
    let chat = Chat::new(store);
    chat.say("bought 2 l oat milk").await;
    chat.say("bought 1 l whole milk").await;
    let question = chat.answer_as("ann", "used 3 kg milk", None).await.unwrap();
    let pick = question.buttons.iter().flatten().next().unwrap().clone();
    let answered = chat.press("ann", &pick.data).await;
    let said = line(&answered.closing);
    assert!(said.contains("can't"), "the unit does not fit litres: {said}");
    assert!(chat.say("how much oat milk do we have?").await.contains("2 l"));
    let next = chat.answer_as("ann", "used 1 l milk", None).await.unwrap();
    assert!(next.buttons.is_empty(), "{}", next.reply.text);
}

/// Ten eggs used three a day over three days: one left, gone within the horizon.
async fn running_low_on_eggs(chat: &Chat) {
    chat.say("bought 10 eggs").await;
    for _ in 0..3 {
        chat.clock.advance(24 * HOUR);
        chat.say("used 3 eggs").await;
    }
}

pub async fn the_sweep_reminds_once_and_snooze_holds_it_for_a_day(store: &Store) {
    let chat = Chat::new(store);
    running_low_on_eggs(&chat).await;
    chat.say("bought 5 kg flour").await;
    let now = chat.clock.now_ms();
    assert_eq!(sweep::sweep(store, now).await.unwrap(), 1, "eggs run low, flour was never used");
    assert_eq!(sweep::sweep(store, now + HOUR).await.unwrap(), 0, "once, not every hour");

    let household = household(store).await;
    let eggs = item_id(store, "egg").await;
    let payload = format!("{{\"item_id\":{eggs}}}");
    let mut tx = store.begin().await.unwrap();
    let token = actions::open(&mut tx, household, REMINDER, &payload, None, now).await.unwrap();
    tx.commit().await.unwrap();
    let snoozed = chat.press("ann", &format!("{token}.snooze")).await;
    assert!(line(&snoozed.closing).contains("snoozed"), "{snoozed:?}");

    let later = chat.clock.now_ms() + 2 * HOUR + 24 * HOUR - SNOOZE_MS;
    assert_eq!(sweep::sweep(store, later).await.unwrap(), 0, "snoozed");
    let after = chat.clock.now_ms() + SNOOZE_MS + HOUR;
    assert_eq!(sweep::sweep(store, after).await.unwrap(), 1, "the snooze is over: ask again");
    assert_eq!(sweep::sweep(store, after + 24 * HOUR).await.unwrap(), 0, "not every day");
    assert_eq!(sweep::sweep(store, after + 73 * HOUR).await.unwrap(), 1, "still low 3 days on");
}

pub async fn a_reminder_puts_the_item_on_the_list_or_proposes_an_order(store: &Store) {
    let chat = Chat::new(store);
    running_low_on_eggs(&chat).await;
    let household = household(store).await;
    let eggs = item_id(store, "egg").await;
    let payload = format!("{{\"item_id\":{eggs}}}");
    let now = chat.clock.now_ms();
    let mut tx = store.begin().await.unwrap();
    let listing = actions::open(&mut tx, household, REMINDER, &payload, None, now).await.unwrap();
    let ordering = actions::open(&mut tx, household, REMINDER, &payload, None, now).await.unwrap();
    tx.commit().await.unwrap();

    let listed = chat.press("ann", &format!("{listing}.list")).await;
    assert!(line(&listed.closing).contains("ann put egg on the shopping list"), "{listed:?}");
    let mut tx = store.begin().await.unwrap();
    assert!(list::contains(&mut tx, household, eggs).await.unwrap());
    tx.rollback().await.unwrap();
    assert_eq!(sweep::sweep(store, chat.clock.now_ms()).await.unwrap(), 0, "listed already");

    let ordered = chat.press("ann", &format!("{ordering}.order")).await;
    let proposal = ordered.follow_up.expect("an order to confirm");
    assert!(proposal.reply.text.contains("egg"), "{}", proposal.reply.text);
    let confirm = proposal.buttons[0][0].data.clone();
    let confirmed = chat.press("ann", &confirm).await;
    assert!(line(&confirmed.closing).contains("Confirmed by ann"), "{confirmed:?}");
}

restock_storage::on_both_stores!(
    an_ambiguous_name_is_asked_about_and_the_answer_is_learned,
    a_new_item_answer_makes_the_name_an_item_of_its_own,
    a_refused_answer_still_teaches_the_name,
    the_sweep_reminds_once_and_snooze_holds_it_for_a_day,
    a_reminder_puts_the_item_on_the_list_or_proposes_an_order,
);
