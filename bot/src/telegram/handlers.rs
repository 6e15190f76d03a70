//! One dptree schema: messages, commands and button presses, each turned into an app call and
//! the answer back into a Telegram message. Nothing else happens here.

use std::convert::Infallible;

use restock_core::household::Platform;
use restock_core::parse::Intent;
use teloxide::dispatching::{HandlerExt, UpdateFilterExt, UpdateHandler};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, Me};

use super::commands::{self, Command};
use super::inbound::{self, Sender};
use super::keyboard;
use super::sender::{Job, TelegramSender};
use crate::app::{Answer, App, AppError, Closing, Inbound, Press, SettingsRequest};
use crate::i18n::{ChatMsg, I18n, Msg};

type HandlerResult = Result<(), Infallible>;

pub fn schema() -> UpdateHandler<Infallible> {
    let messages = Update::filter_message()
        .branch(dptree::filter_map(migration).endpoint(on_migration))
        .branch(
            dptree::filter(|m: Message| !matches!(inbound::sender(&m), Sender::Person(_)))
                .endpoint(not_a_person),
        )
        .branch(dptree::entry().filter_command::<Command>().endpoint(on_command))
        .branch(dptree::endpoint(on_text));
    dptree::entry().branch(messages).branch(Update::filter_callback_query().endpoint(on_press))
}

/// `(old chat id, new chat id)` when a group has become a supergroup.
fn migration(msg: Message) -> Option<(ChatId, ChatId)> {
    match (msg.migrate_to_chat_id(), msg.migrate_from_chat_id()) {
        (Some(to), _) => Some((msg.chat.id, *to)),
        (_, Some(from)) => Some((*from, msg.chat.id)),
        _ => None,
    }
}

/// The household moves with its group; both notices of a migration arrive, one moves it.
async fn on_migration(app: App, (from, to): (ChatId, ChatId)) -> HandlerResult {
    let moved = app.chat_moved(Platform::Telegram, &from.0.to_string(), &to.0.to_string()).await;
    match moved {
        Ok(true) => tracing::info!(from = from.0, to = to.0, "group moved to a supergroup"),
        Ok(false) => {}
        Err(e) => tracing::error!(error = %e, "could not move a migrated group's household"),
    }
    Ok(())
}

/// Forwarded messages get a short refusal; bots and channels nothing.
async fn not_a_person(app: App, out: TelegramSender, msg: Message) -> HandlerResult {
    if matches!(inbound::sender(&msg), Sender::Forwarded) && msg.text().is_some() {
        let locale =
            msg.from.as_ref().and_then(|u| u.language_code.as_deref()).and_then(I18n::supported);
        let reply = app.reply(locale, &[Msg::Chat(ChatMsg::ForwardedIgnored)]);
        answer(&out, &msg, reply.into());
    }
    Ok(())
}

async fn on_text(app: App, out: TelegramSender, me: Me, msg: Message) -> HandlerResult {
    let (Some(text), Sender::Person(user)) = (msg.text(), inbound::sender(&msg)) else {
        return Ok(());
    };
    let inbound = inbound::inbound(&msg, user, inbound::without_mention(text, &me));
    let result = app.handle(&inbound).await;
    respond(&app, &out, &msg, &inbound, result);
    Ok(())
}

async fn on_command(app: App, out: TelegramSender, msg: Message, cmd: Command) -> HandlerResult {
    let Sender::Person(user) = inbound::sender(&msg) else { return Ok(()) };
    let args = match &cmd {
        Command::Stock(a)
        | Command::Add(a)
        | Command::Remove(a)
        | Command::Join(a)
        | Command::Settings(a) => a.trim().to_owned(),
        _ => String::new(),
    };
    let inbound = inbound::inbound(&msg, user, args);
    let forced = |intent| app.handle_as(&inbound, Some(intent));
    let result = match &cmd {
        Command::Start => app.start(&inbound).await,
        Command::Help => {
            let locale =
                inbound.locale.as_deref().and_then(I18n::supported).unwrap_or(app.defaults.locale);
            let text = commands::help(&app.i18n, locale);
            Ok(Some(Answer::from(crate::app::Reply { text, locale })))
        }
        Command::Stock(_) => forced(Intent::QueryStock).await,
        Command::List => app.list_with_buttons(&inbound).await,
        Command::Add(_) => forced(Intent::ListAdd).await,
        Command::Remove(_) => forced(Intent::ListRemove).await,
        Command::Order => app.propose_order(&inbound).await,
        Command::Summary => app.summary(&inbound).await,
        Command::Undo => forced(Intent::Undo).await,
        Command::Invite => app.invite(&inbound).await,
        Command::Join(_) => app.join(&inbound).await,
        Command::Settings(a) => app.settings(&inbound, &SettingsRequest::parse(a)).await,
    };
    respond(&app, &out, &msg, &inbound, result);
    Ok(())
}

/// A press is answered (`answerCallbackQuery`) whatever happens; a decided question has its
/// message edited to say how and by whom.
async fn on_press(app: App, out: TelegramSender, bot: Bot, q: CallbackQuery) -> HandlerResult {
    let press = Press {
        user: inbound::user_ref(&q.from),
        data: q.data.clone().unwrap_or_default(),
        locale: q.from.language_code.clone(),
    };
    let outcome = match app.press(&press).await {
        Ok(o) => o,
        Err(e) => {
            tracing::error!(error = %e, "button press failed");
            let locale = press.locale.as_deref().and_then(I18n::supported);
            crate::app::PressOutcome {
                notice: app.reply(locale, &[Msg::InternalError]).text,
                closing: Closing::Nothing,
                follow_up: None,
            }
        }
    };
    if let Err(e) = bot.answer_callback_query(q.id.clone()).text(outcome.notice).await {
        tracing::warn!(error = %e, "answerCallbackQuery failed");
    }
    let Some(message) = q.message.as_ref().and_then(|m| m.regular_message()) else { return Ok(()) };
    let old_text = message.text().unwrap_or_default();
    let old_keyboard = message
        .reply_markup()
        .cloned()
        .unwrap_or_else(|| InlineKeyboardMarkup::new(Vec::<Vec<_>>::new()));
    let (line, keyboard) = match &outcome.closing {
        Closing::Nothing => return Ok(()),
        Closing::All { line } => (line, InlineKeyboardMarkup::new(Vec::<Vec<_>>::new())),
        Closing::One { line, data } => (line, keyboard::without(&old_keyboard, data)),
    };
    let text = format!("{old_text}\n{line}");
    out.post(message.chat.id, Job::Edit { message_id: message.id, text, keyboard });
    // The next question, or an order to confirm, comes as a message of its own under it.
    if let Some(next) = outcome.follow_up {
        let job = Job::Send {
            text: next.reply.text,
            reply_to: Some(message.id),
            keyboard: keyboard::markup(&next.buttons),
        };
        out.post(message.chat.id, job);
    }
    Ok(())
}

/// Queue the answer as a reply to the message; a failure is told as an internal error.
fn respond(
    app: &App,
    out: &TelegramSender,
    msg: &Message,
    inbound: &Inbound,
    result: Result<Option<Answer>, AppError>,
) {
    let answer_ = match result {
        Ok(Some(a)) => a,
        Ok(None) => return,
        Err(e) => {
            tracing::error!(error = %e, chat = msg.chat.id.0, "message failed");
            let locale = inbound.locale.as_deref().and_then(I18n::supported);
            app.reply(locale, &[Msg::InternalError]).into()
        }
    };
    answer(out, msg, answer_);
}

fn answer(out: &TelegramSender, msg: &Message, answer: Answer) {
    let job = Job::Send {
        text: answer.reply.text,
        reply_to: Some(msg.id),
        keyboard: keyboard::markup(&answer.buttons),
    };
    // Delivery is the sender's job from here on; it keeps order and retries.
    out.post(msg.chat.id, job);
}
