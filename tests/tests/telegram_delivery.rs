//! Getting messages in and out of Telegram reliably: flood control, server errors, restarts
//! that redeliver updates, and the webhook's secret.

use std::time::Duration;

use restock_bot::notify::{Button, Notifier, Outgoing};
use restock_core::household::{ChatRef, Platform};
use restock_storage::events;
use restock_tests::fake_telegram::{Fault, Person};
use restock_tests::telegram_harness::TelegramHarness;

const GROUP: i64 = -100_444;

fn ann() -> Person {
    Person::new(11, "Ann")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_replies_under_flood_control_arrives_complete_and_in_order() {
    let mut h = TelegramHarness::postgres().await;
    h.start().await;
    let fake = &h.fake;
    fake.fail_next("sendMessage", Fault::RetryAfter(1), 1);

    let sent: Vec<i64> = (0..100).map(|_| fake.say(GROUP, &ann(), "bought 1 egg")).collect();
    let replies = fake
        .wait_for("100 replies", Duration::from_secs(90), |f| {
            let m = f.messages_in(GROUP);
            (m.len() >= 100).then_some(m)
        })
        .await;

    assert_eq!(replies.len(), 100);
    let answered: Vec<i64> = replies.iter().map(|m| m.reply_to.unwrap()).collect();
    assert_eq!(answered, sent, "each reply answers its message, in order");
    for (i, m) in replies.iter().enumerate() {
        let n = i + 1;
        let total = if n == 1 { "1 egg".to_owned() } else { format!("{n} eggs") };
        assert!(m.text.contains(&format!("now have {total}")), "reply {n}: {}", m.text);
    }
    assert_eq!(fake.too_many_answered(), 1, "no more 429s after the first");
    assert_eq!(fake.violations(), 0);
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_error_is_retried_and_the_order_kept() {
    let mut h = TelegramHarness::sqlite().await;
    h.start().await;
    let fake = &h.fake;
    fake.fail_next("sendMessage", Fault::ServerError, 1);
    let first = fake.say(GROUP, &ann(), "bought 3 eggs");
    let second = fake.say(GROUP, &ann(), "used 1 egg");
    // teloxide itself waits 10 s after a 5xx before reporting it.
    let replies = fake
        .wait_for("both replies", Duration::from_secs(60), |f| {
            let m = f.messages_in(GROUP);
            (m.len() >= 2).then_some(m)
        })
        .await;
    assert_eq!(replies[0].reply_to, Some(first));
    assert_eq!(replies[1].reply_to, Some(second));
    assert!(replies[1].text.contains("2 eggs"), "{}", replies[1].text);
    assert_eq!(fake.requests("sendMessage").len(), 3);
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_that_redelivers_handled_updates_changes_nothing() {
    let mut h = TelegramHarness::postgres().await;
    h.start().await;
    let fake = &h.fake;
    for text in ["bought 12 eggs", "used 2 eggs", "/add coffee", "/invite", "/order"] {
        let id = fake.say(GROUP, &ann(), text);
        fake.reply_text(GROUP, id).await;
    }
    let proposal = fake.messages_in(GROUP).pop().unwrap();
    let (_, confirm) = proposal.buttons().into_iter().next().unwrap();
    let press = fake.press(&proposal, &ann(), &confirm);
    assert!(fake.answer_text(&press).await.contains("confirmed"));
    fake.wait_for("the proposal's edit", Duration::from_secs(20), |f| {
        f.message(GROUP, proposal.id).filter(|m| m.buttons().is_empty())
    })
    .await;
    fake.wait_until_consumed().await;
    h.stop().await;
    let events_before = events::count(h.store()).await.unwrap();
    let replies_before = h.fake.messages_in(GROUP).len();

    h.fake.redeliver_everything();
    h.start().await;
    let fake = &h.fake;
    let ask = fake.say(GROUP, &ann(), "how many eggs do we have?");
    let answer = fake.reply_text(GROUP, ask).await;

    assert!(answer.contains("10 eggs"), "{answer}");
    assert_eq!(events::count(h.store()).await.unwrap(), events_before);
    assert_eq!(fake.messages_in(GROUP).len(), replies_before + 1, "no second answers");
    // The redelivered button press is answered again, and changes nothing.
    let answers = fake
        .wait_for("the replayed press's answer", Duration::from_secs(20), |f| {
            let n = f.requests("answerCallbackQuery").len();
            (n >= 2).then_some(n)
        })
        .await;
    assert_eq!(answers, 2);
    assert!(fake.message(GROUP, proposal.id).unwrap().text.contains("Confirmed by Ann"));
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_webhook_takes_only_updates_that_carry_the_secret() {
    let mut h = TelegramHarness::postgres().await;
    let addr = h.start_webhook("/telegram/hook", "s3cret-token").await;
    let url = format!("http://{addr}/telegram/hook");
    let update = |id: i64, text: &str| {
        serde_json::json!({"update_id": id, "message": {"message_id": id, "date": 1_764_000_000,
            "chat": {"id": GROUP, "type": "supergroup", "title": "Home"},
            "from": {"id": 11, "is_bot": false, "first_name": "Ann"}, "text": text}})
    };
    let client = reqwest::Client::new();
    let post = |body: serde_json::Value, secret: Option<&'static str>| {
        let mut req = client.post(&url).json(&body);
        if let Some(s) = secret {
            req = req.header(restock_bot::telegram::SECRET_HEADER, s);
        }
        req.send()
    };

    assert_eq!(post(update(1, "bought 5 eggs"), None).await.unwrap().status(), 401);
    assert_eq!(post(update(2, "bought 5 eggs"), Some("guess")).await.unwrap().status(), 401);
    assert_eq!(post(update(3, "bought 5 eggs"), Some("s3cret-token")).await.unwrap().status(), 200);
    let reply = h.fake.reply_text(GROUP, 3).await;
    assert!(reply.contains("5 eggs"), "{reply}");
    assert!(h.fake.reply_to(GROUP, 1).is_none() && h.fake.reply_to(GROUP, 2).is_none());
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chart_goes_as_a_photo_and_a_long_caption_follows_as_a_message() {
    let mut h = TelegramHarness::sqlite().await;
    h.start().await;
    let notifier = h.running().notifier();
    let chat = ChatRef { platform: Platform::Telegram, chat_id: GROUP.to_string() };
    let png = restock_bot::summary::chart::png(&[1, 3, 0, 2, 5, 1, 0]).expect("chart");
    let short =
        Outgoing { text: "Weekly summary".into(), buttons: Vec::new(), photo: Some(png.clone()) };
    notifier.send(&chat, &short).await.expect("photo sent");
    let long_text = "Used this week:\n".to_owned() + &"• 2 eggs\n".repeat(200);
    let button = Button { label: "🛒 Add to list".into(), data: "x".repeat(32) + ".list" };
    let long = Outgoing { text: long_text.clone(), buttons: vec![vec![button]], photo: Some(png) };
    notifier.send(&chat, &long).await.expect("photo and text sent");

    let sent = h.fake.messages_in(GROUP);
    assert_eq!(sent.len(), 3, "{sent:?}");
    assert_eq!(&sent[0].photo.as_deref().expect("a photo")[..4], b"\x89PNG");
    assert_eq!(sent[0].text, "Weekly summary");
    assert!(sent[1].photo.is_some() && sent[1].text.is_empty());
    assert!(sent[2].photo.is_none());
    assert_eq!(sent[2].text, long_text);
    assert_eq!(sent[2].buttons().len(), 1, "the buttons go under the text");
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_photo_still_delivers_its_text() {
    let mut h = TelegramHarness::sqlite().await;
    h.start().await;
    h.fake.fail_next("sendPhoto", Fault::BadRequest, 1);
    let notifier = h.running().notifier();
    let chat = ChatRef { platform: Platform::Telegram, chat_id: GROUP.to_string() };
    let png = restock_bot::summary::chart::png(&[1, 2]).expect("chart");
    let summary = Outgoing { text: "Weekly summary".into(), buttons: Vec::new(), photo: Some(png) };
    notifier.send(&chat, &summary).await.expect("the text went");
    let sent = h.fake.messages_in(GROUP);
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert!(sent[0].photo.is_none());
    assert_eq!(sent[0].text, "Weekly summary");
    h.stop().await;
}
