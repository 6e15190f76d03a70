//! A household group on Telegram, end to end: the real teloxide client against a fake Bot API.

use restock_storage::events;
use restock_tests::fake_telegram::{FakeTelegram, Person};
use restock_tests::telegram_harness::TelegramHarness;

const GROUP: i64 = -100_111;

fn ann() -> Person {
    Person::new(11, "Ann")
}

fn ben() -> Person {
    Person::new(22, "Ben")
}

async fn say(fake: &FakeTelegram, chat: i64, who: &Person, text: &str) -> String {
    let id = fake.say(chat, who, text);
    fake.reply_text(chat, id).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_members_log_consumption_and_purchases_and_ask_for_stock() {
    let mut h = TelegramHarness::postgres().await;
    h.start().await;
    let fake = &h.fake;

    let bought = say(fake, GROUP, &ann(), "bought 12 eggs").await;
    assert!(bought.contains("12 eggs"), "{bought}");
    let used = say(fake, GROUP, &ben(), "used 2 eggs").await;
    assert!(used.contains("10 eggs"), "{used}");
    let milk = say(fake, GROUP, &ben(), "bought 2 l milk").await;
    assert!(milk.contains("milk"), "{milk}");
    let asked = say(fake, GROUP, &ann(), "how many eggs do we have?").await;
    assert!(asked.contains("10 eggs"), "{asked}");
    let stock = say(fake, GROUP, &ann(), "/stock").await;
    assert!(stock.contains("10 eggs") && stock.contains("milk"), "{stock}");

    // Replies answer the message they are about, in the same chat.
    let replies = fake.messages_in(GROUP);
    assert_eq!(replies.len(), 5);
    assert!(replies.iter().all(|m| m.reply_to.is_some()));
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_list_commands_and_undo_work_in_a_group() {
    let mut h = TelegramHarness::sqlite().await;
    h.start().await;
    let fake = &h.fake;

    let added = say(fake, GROUP, &ann(), "/add coffee").await;
    assert!(added.contains("coffee"), "{added}");
    let list = say(fake, GROUP, &ben(), "/list").await;
    assert!(list.contains("coffee"), "{list}");
    let removed = say(
        fake,
        GROUP,
        &ann(),
        &format!("/remove@{} coffee", restock_tests::fake_telegram::BOT_USERNAME),
    )
    .await;
    assert!(removed.contains("coffee"), "{removed}");
    let undone = say(fake, GROUP, &ann(), "/undo").await;
    assert!(undone.contains("coffee"), "{undone}");
    let help = say(fake, GROUP, &ben(), "/help").await;
    assert!(help.contains("/order") && help.contains("/settings"), "{help}");
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forwarded_messages_and_bots_change_nothing() {
    let mut h = TelegramHarness::postgres().await;
    h.start().await;
    let fake = &h.fake;
    say(fake, GROUP, &ann(), "bought 12 eggs").await;
    let before = events::count(h.store()).await.unwrap();

    let fwd = fake.forward(GROUP, &ben(), &ann(), "used 10 eggs");
    let refusal = fake.reply_text(GROUP, fwd).await;
    assert!(refusal.contains("forwarded"), "{refusal}");
    fake.bot_says(GROUP, 4242, "used 10 eggs");
    let asked = say(fake, GROUP, &ann(), "how many eggs do we have?").await;
    assert!(asked.contains("12 eggs"), "{asked}");
    assert_eq!(events::count(h.store()).await.unwrap(), before);
    assert_eq!(fake.messages_in(GROUP).len(), 3, "the bot's message got no answer");
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_are_registered_in_every_locale() {
    let mut h = TelegramHarness::postgres().await;
    h.start().await;
    let calls = h.fake.requests("setMyCommands");
    let languages: Vec<_> =
        calls.iter().map(|r| r.body["language_code"].as_str().unwrap_or("").to_owned()).collect();
    assert!(
        languages.contains(&String::new()) && languages.contains(&"de".to_owned()),
        "{languages:?}"
    );
    let german = calls.iter().find(|r| r.body["language_code"] == "de").unwrap();
    let commands = german.body["commands"].as_array().unwrap();
    assert_eq!(commands.len(), 12);
    assert!(
        commands
            .iter()
            .any(|c| c["command"] == "join" && c["description"].as_str().unwrap().contains("Chat"))
    );
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invite_links_a_private_chat_to_the_group_household_once() {
    let mut h = TelegramHarness::postgres().await;
    h.start().await;
    let fake = &h.fake;
    say(fake, GROUP, &ann(), "bought 6 eggs").await;
    let invite = say(fake, GROUP, &ann(), "/invite").await;
    let code = invite.split_whitespace().nth(2).unwrap().trim_end_matches(['—', ' ']).to_owned();
    assert_eq!(code.len(), 8, "{invite}");

    let ben_private = ben().id;
    let welcome = say(fake, ben_private, &ben(), "/start").await;
    assert!(welcome.starts_with("Hi!"), "{welcome}");
    let joined = say(fake, ben_private, &ben(), &format!("/join {}", code.to_lowercase())).await;
    assert!(joined.contains("now shares"), "{joined}");
    let asked = say(fake, ben_private, &ben(), "how many eggs do we have?").await;
    assert!(asked.contains("6 eggs"), "{asked}");
    say(fake, ben_private, &ben(), "used 1 egg").await;
    let group = say(fake, GROUP, &ann(), "how many eggs do we have?").await;
    assert!(group.contains("5 eggs"), "{group}");

    let cid = Person::new(33, "Cid");
    let reused = say(fake, cid.id, &cid, &format!("/join {code}")).await;
    assert!(reused.contains("unknown, used or expired"), "{reused}");
    let junk = say(fake, cid.id, &cid, "/join").await;
    assert!(junk.contains("/join followed by the code"), "{junk}");
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn settings_change_language_time_zone_and_summary_time() {
    let mut h = TelegramHarness::sqlite().await;
    h.start().await;
    let fake = &h.fake;
    let tz = say(fake, GROUP, &ann(), "/settings timezone Europe/Berlin").await;
    assert!(tz.contains("Europe/Berlin"), "{tz}");
    let bad = say(fake, GROUP, &ann(), "/settings timezone Mars/Base").await;
    assert!(bad.contains("not a time zone"), "{bad}");
    let summary = say(fake, GROUP, &ann(), "/settings summary sunday 18").await;
    assert!(summary.contains("Sunday at 18:00"), "{summary}");
    let shown = say(fake, GROUP, &ann(), "/settings").await;
    assert!(shown.contains("Europe/Berlin") && shown.contains("Sunday"), "{shown}");

    // A member whose Telegram speaks a language we lack gets the household's.
    let mut eve = Person::new(55, "Eve");
    eve.language = "pt".into();
    let german = say(fake, GROUP, &eve, "/settings language de").await;
    assert!(german.contains("Sprache"), "{german}");
    let list = say(fake, GROUP, &eve, "/list").await;
    assert!(list.contains("Einkaufsliste"), "{list}");
    // Ann's Telegram is English: she still gets English.
    let english = say(fake, GROUP, &ann(), "/stock").await;
    assert!(english.contains("Nothing logged yet"), "{english}");
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_group_that_becomes_a_supergroup_keeps_its_household() {
    let mut h = TelegramHarness::postgres().await;
    h.start().await;
    let fake = &h.fake;
    let old_group = -4_000_123;
    let supergroup = -1_009_000_123;
    say(fake, old_group, &ann(), "bought 4 eggs").await;
    fake.migrate(old_group, supergroup, &ann());
    // With privacy on, a group message must mention the bot to be seen.
    let mention =
        format!("@{} how many eggs do we have?", restock_tests::fake_telegram::BOT_USERNAME);
    let asked = say(fake, supergroup, &ben(), &mention).await;
    assert!(asked.contains("4 eggs"), "{asked}");
    h.stop().await;
}
