//! The terminal front-end: one household, one user, one line per message.

use std::io::IsTerminal;

use restock_core::household::{ChatRef, Platform, UserRef};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

use crate::app::{Answer, App, Closing, Inbound, Press, PressOutcome, Reply};
use crate::i18n::{AskMsg, Msg};
use crate::notify::Button;

/// Chat from stdin until end of input. On a terminal it greets and prompts; otherwise it
/// reads one message per line and prints each reply.
pub async fn run(app: &App) -> anyhow::Result<()> {
    let interactive = std::io::stdin().is_terminal();
    let mut out = tokio::io::stdout();
    if interactive {
        out.write_all(format!("{}\n> ", app.welcome(None).text).as_bytes()).await?;
        out.flush().await?;
    }
    let user_id = std::env::var("USER").unwrap_or_else(|_| "me".to_owned());
    let mut lines = BufReader::new(tokio::io::stdin()).lines();
    let mut choices: Vec<Button> = Vec::new();
    loop {
        let line = match lines.next_line().await {
            Ok(Some(line)) => line,
            Ok(None) => break,
            // Not UTF-8: answer like any message we cannot read, and go on.
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData => String::from("\u{FFFD}"),
            Err(e) => return Err(e.into()),
        };
        let user = UserRef {
            platform: Platform::Console,
            user_id: user_id.clone(),
            display_name: user_id.clone(),
        };
        // A number answers the last question, where a chat would have buttons.
        let picked = line.trim().parse::<usize>().ok().and_then(|n| choices.get(n.wrapping_sub(1)));
        let result = match picked {
            Some(button) => {
                let press = Press { user, data: button.data.clone(), locale: None };
                app.press(&press).await.map(|o| Some(pressed(o)))
            }
            None => {
                let msg = Inbound {
                    chat: ChatRef { platform: Platform::Console, chat_id: "console".into() },
                    user,
                    text: line,
                    source_id: None,
                    locale: None,
                };
                app.handle(&msg).await
            }
        };
        let text = match result {
            Ok(Some(answer)) => {
                choices = answer.buttons.into_iter().flatten().collect();
                render(app, &answer.reply, &choices)
            }
            Ok(None) => continue,
            Err(e) => {
                tracing::error!(error = %e, "message failed");
                app.reply(None, &[crate::i18n::Msg::InternalError]).text
            }
        };
        out.write_all(text.as_bytes()).await?;
        out.write_all(if interactive { b"\n> " } else { b"\n" }).await?;
        out.flush().await?;
    }
    if interactive {
        out.write_all(b"\n").await?;
    }
    Ok(())
}

/// What a typed answer did, as the chat would show it: the line under the question, then
/// any new message (the next question, an order to confirm).
fn pressed(o: PressOutcome) -> Answer {
    let line = match o.closing {
        Closing::All { line } | Closing::One { line, .. } => line,
        Closing::Nothing => o.notice,
    };
    match o.follow_up {
        Some(mut next) => {
            next.reply.text = format!("{line}\n{}", next.reply.text);
            next
        }
        None => Answer { reply: Reply { text: line, locale: "" }, buttons: Vec::new() },
    }
}

/// A reply, and its buttons as numbered choices.
fn render(app: &App, reply: &Reply, choices: &[Button]) -> String {
    if choices.is_empty() {
        return reply.text.clone();
    }
    let mut text = reply.text.clone();
    for (n, b) in choices.iter().enumerate() {
        text.push_str(&format!("\n  {}) {}", n + 1, b.label));
    }
    let locale = crate::i18n::I18n::supported(reply.locale);
    text.push('\n');
    text.push_str(&app.reply(locale, &[Msg::Ask(AskMsg::AnswerWithNumber)]).text);
    text
}
