//! The use cases against PostgreSQL and SQLite: what a household says, and what it gets back.

mod common;

use common::{Chat, T0};
use restock_core::household::Platform;
use restock_storage::{Store, events, outbox};

async fn event_count(store: &Store) -> i64 {
    events::count(store).await.unwrap()
}

pub async fn buying_and_using_eggs_leaves_ten(store: &Store) {
    let chat = Chat::new(store);
    chat.say("bought 12 eggs").await;
    let used = chat.say("used 2 eggs").await;
    assert!(used.contains("10 eggs"), "{used}");
    let reply = chat.say("how many eggs do we have?").await;
    assert_eq!(reply, "You have 10 eggs.");
}

pub async fn every_change_commits_its_event_and_outbox_row(store: &Store) {
    let chat = Chat::new(store);
    chat.say("bought 12 eggs").await;
    chat.say("used 2 eggs and 200g flour").await;
    assert_eq!(event_count(store).await, 3);
    let st = outbox::status(store, T0 + 60_000).await.unwrap();
    assert_eq!(st.pending, 3);
}

pub async fn bad_input_gets_a_clear_reply_and_changes_nothing(store: &Store) {
    let chat = Chat::new(store);
    chat.say("bought 12 eggs").await;
    let before = event_count(store).await;
    let junk = "x".repeat(10 * 1024);
    for (text, expect) in [
        ("", "Send me something"),
        ("   ", "Send me something"),
        (junk.as_str(), "too long"),
        ("used -2 eggs", "more than zero"),
        ("bought 0 eggs", "more than zero"),
        ("used 2", "Which item"),
        ("qwpoeiruty zxmcnv", "didn't get that"),
        ("used 200 g eggs", "How much is 1 egg?"),
    ] {
        let reply = chat.say(text).await;
        assert!(reply.contains(expect), "{text:?} → {reply}");
    }
    assert_eq!(event_count(store).await, before);
    assert_eq!(chat.say("how many eggs do we have?").await, "You have 12 eggs.");
    // The limit is in characters, however many bytes they take: a message at the limit is
    // read whole, one past it is refused.
    let limit = restock_core::parse::MAX_MESSAGE_CHARS;
    let long = format!("how many eggs do we have? {}", "😀".repeat(limit - 26));
    assert_eq!(long.chars().count(), limit);
    assert_eq!(chat.say(&long).await, "You have 12 eggs.");
    assert!(chat.say(&format!("{long}😀")).await.contains("too long"));
}

pub async fn a_first_message_that_changes_nothing_creates_no_household(store: &Store) {
    let chat = Chat::new(store);
    chat.say("hello there").await;
    chat.say("how many eggs do we have?").await;
    let mut tx = store.begin().await.unwrap();
    let h = restock_storage::households::find_by_chat(&mut tx, Platform::Telegram, "-100")
        .await
        .unwrap();
    assert!(h.is_none());
}

pub async fn an_unknown_item_is_learned_and_the_reply_asks_what_is_left(store: &Store) {
    let chat = Chat::new(store);
    let reply = chat.say("used 2 lemons").await;
    assert!(reply.contains("How much is left? (say e.g. “2 lemons left”)"), "{reply}");
    assert_eq!(event_count(store).await, 1);
    chat.say("we have 4 lemons").await;
    assert_eq!(chat.say("how many lemons do we have?").await, "You have 4 lemons.");
}

pub async fn millilitres_come_off_a_stock_kept_in_litres(store: &Store) {
    let chat = Chat::new(store);
    chat.say("bought 2 l of milk").await;
    chat.say("used 200 ml of milk").await;
    assert_eq!(chat.say("how much milk do we have?").await, "You have 1.8 l of milk.");
}

pub async fn running_out_puts_an_item_on_the_list_and_buying_ticks_it_off(store: &Store) {
    let chat = Chat::new(store);
    chat.say("bought 2 l of milk").await;
    let out = chat.say("we're out of milk").await;
    assert!(out.contains("added to the shopping list"), "{out}");
    let list = chat.say("show the shopping list").await;
    assert!(list.contains("milk"), "{list}");
    let bought = chat.say("bought 1 l of milk").await;
    assert!(bought.contains("Ticked milk off"), "{bought}");
    assert_eq!(chat.say("show the shopping list").await, "The shopping list is empty.");
}

pub async fn list_add_and_remove(store: &Store) {
    let chat = Chat::new(store);
    let added = chat.say("add oat milk and coffee to the list").await;
    assert!(added.contains("oat milk") && added.contains("coffee"), "{added}");
    assert!(chat.say("add coffee to the list").await.contains("already"));
    chat.say("remove coffee from the list").await;
    let list = chat.say("what's on the shopping list?").await;
    assert!(list.contains("oat milk") && !list.contains("coffee"), "{list}");
}

pub async fn undo_takes_back_only_my_last_change(store: &Store) {
    let chat = Chat::new(store);
    chat.say_as("ann", "bought 12 eggs", None).await;
    chat.say_as("ann", "used 2 eggs", None).await;
    chat.say_as("bob", "used 3 eggs", None).await;
    let undone = chat.say_as("ann", "undo", None).await.unwrap();
    assert!(undone.contains("9 eggs"), "{undone}");
    assert_eq!(chat.say("how many eggs do we have?").await, "You have 9 eggs.");
    chat.say_as("ann", "undo", None).await;
    chat.say_as("ann", "undo", None).await;
    assert!(chat.say_as("ann", "undo", None).await.unwrap().contains("no change to undo"));
    assert_eq!(chat.say("how many eggs do we have?").await, "You have 0 eggs.");
}

pub async fn a_redelivered_update_changes_nothing(store: &Store) {
    let chat = Chat::new(store);
    assert!(chat.say_as("ann", "bought 12 eggs", Some("u1")).await.is_some());
    assert!(chat.say_as("ann", "bought 12 eggs", Some("u1")).await.is_none());
    assert!(chat.say_as("ann", "how many eggs do we have?", Some("u2")).await.is_some());
    assert!(chat.say_as("ann", "how many eggs do we have?", Some("u2")).await.is_none());
    assert_eq!(chat.say("how many eggs do we have?").await, "You have 12 eggs.");
    assert_eq!(event_count(store).await, 1);
}

restock_storage::on_both_stores!(
    buying_and_using_eggs_leaves_ten,
    every_change_commits_its_event_and_outbox_row,
    bad_input_gets_a_clear_reply_and_changes_nothing,
    a_first_message_that_changes_nothing_creates_no_household,
    an_unknown_item_is_learned_and_the_reply_asks_what_is_left,
    millilitres_come_off_a_stock_kept_in_litres,
    running_out_puts_an_item_on_the_list_and_buying_ticks_it_off,
    list_add_and_remove,
    undo_takes_back_only_my_last_change,
    a_redelivered_update_changes_nothing,
);
