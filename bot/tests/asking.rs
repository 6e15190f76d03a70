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
    let question = chat.answer_as("ann", "used 2000000 l milk", None).await.unwrap();
    let pick = question.buttons.iter().flatten().next().unwrap().clone();
    let answered = chat.press("ann", &pick.data).await;
    let said = line(&answered.closing);
    assert!(said.contains("a lot of oat milk"), "the amount is refused: {said}");
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

pub async fn a_unit_question_follows_the_answer_to_a_name_question(store: &Store) {
    let chat = Chat::new(store);
    chat.say("bought 2 l oat milk").await;
    chat.say("bought 1 l whole milk").await;
    let question = chat.answer_as("ann", "used 3 kg milk", None).await.unwrap();
    let pick = question.buttons.iter().flatten().next().unwrap().clone();
    let answered = chat.press("ann", &pick.data).await;
    assert!(line(&answered.closing).contains("ann chose oat milk"));
    let next = answered.follow_up.expect("the unit is asked about next");
    assert!(next.reply.text.contains("3 kg of oat milk can't be counted"), "{}", next.reply.text);
    assert!(chat.say("how much oat milk do we have?").await.contains("2 l"));
}

pub async fn a_unit_that_does_not_fit_asks_for_a_size_and_remembers_it(store: &Store) {
    let chat = Chat::new(store);
    chat.say("bought 2 l milk").await;
    chat.say_as("ben", "hi", None).await;
    let before = events::count(store).await.unwrap();

    let question = chat.answer_as("ann", "bought 2 bottles of milk", None).await.unwrap();
    assert_eq!(question.reply.text, "I keep milk as 2 l of milk. How much is 1 bottle of milk?");
    let buttons: Vec<_> = question.buttons.iter().flatten().cloned().collect();
    let labels: Vec<_> = buttons.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "250 ml of milk",
            "330 ml of milk",
            "500 ml of milk",
            "1 l of milk",
            "1.5 l of milk",
            "2 l of milk",
            "Count milk in bottles from now on"
        ]
    );
    assert_eq!(events::count(store).await.unwrap(), before, "a question changes no stock");

    let answered = chat.press("ben", &buttons[3].data).await;
    let said = line(&answered.closing);
    assert!(said.contains("ben said 1 bottle of milk is 1 l of milk."), "{said}");
    assert!(said.contains("4 l"), "{said}");
    assert!(answered.notice.contains("1 bottle of milk is 1 l"), "{}", answered.notice);
    assert_eq!(chat.say("how much milk do we have?").await, "You have 4 l of milk.");

    // Remembered: bottles count without asking, both ways of the stock.
    let next = chat.answer_as("ann", "used 1 bottle of milk", None).await.unwrap();
    assert!(next.buttons.is_empty(), "{}", next.reply.text);
    assert_eq!(chat.say("how much milk do we have?").await, "You have 3 l of milk.");
    // The answered message is the author's: two undos take both back.
    chat.say("undo").await;
    chat.say("undo").await;
    assert_eq!(chat.say("how much milk do we have?").await, "You have 2 l of milk.");
}

pub async fn counting_in_the_new_unit_starts_the_stock_over_and_undo_restores_it(store: &Store) {
    let chat = Chat::new(store);
    chat.say("we have 6 eggs").await;
    let question = chat.answer_as("ann", "bought 2 cartons of eggs", None).await.unwrap();
    assert_eq!(question.reply.text, "I keep egg as 6 eggs. How much is 1 carton of egg?");
    let buttons: Vec<_> = question.buttons.iter().flatten().cloned().collect();
    let labels: Vec<_> = buttons.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "2 eggs",
            "4 eggs",
            "6 eggs",
            "10 eggs",
            "12 eggs",
            "24 eggs",
            "Count eggs in cartons from now on"
        ]
    );
    let switched = chat.press("ann", &buttons[6].data).await;
    let said = line(&switched.closing);
    assert!(said.contains("from now on I count eggs in cartons"), "{said}");
    assert_eq!(chat.say("how many eggs do we have?").await, "You have 2 cartons of egg.");
    chat.say("undo").await;
    assert_eq!(chat.say("how many eggs do we have?").await, "You have 6 eggs.");

    // Kilograms against litres: no size can relate them, so counting anew is the answer.
    chat.say("bought 2 l milk").await;
    let odd = chat.answer_as("ann", "used 1 kg of milk", None).await.unwrap();
    assert!(odd.reply.text.contains("1 kg of milk can't be counted"), "{}", odd.reply.text);
    let only: Vec<_> = odd.buttons.iter().flatten().map(|b| b.label.clone()).collect();
    assert_eq!(only, ["Count milk in kg from now on"]);
    // A forged answer beyond the offered ones is refused.
    let data = &odd.buttons[0][0].data;
    let forged = format!("{}.p3", data.split_once('.').unwrap().0);
    assert_eq!(chat.press("ann", &forged).await.closing, Closing::Nothing);
    let recounted = chat.press("ann", data).await;
    let said = line(&recounted.closing);
    assert!(said.contains("from now on I count milk in kg"), "{said}");
    assert!(said.contains("How much is left?"), "the litres are no guide to kilograms: {said}");
}

restock_storage::on_both_stores!(
    a_unit_question_follows_the_answer_to_a_name_question,
    a_unit_that_does_not_fit_asks_for_a_size_and_remembers_it,
    counting_in_the_new_unit_starts_the_stock_over_and_undo_restores_it,
    an_ambiguous_name_is_asked_about_and_the_answer_is_learned,
    a_new_item_answer_makes_the_name_an_item_of_its_own,
    a_refused_answer_still_teaches_the_name,
    the_sweep_reminds_once_and_snooze_holds_it_for_a_day,
    a_reminder_puts_the_item_on_the_list_or_proposes_an_order,
);
