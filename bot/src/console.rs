//! The terminal front-end: one household, one user, one line per message.

use std::io::IsTerminal;

use restock_core::household::{ChatRef, Platform, UserRef};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

use crate::app::{App, Inbound};

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
    loop {
        let line = match lines.next_line().await {
            Ok(Some(line)) => line,
            Ok(None) => break,
            // Not UTF-8: answer like any message we cannot read, and go on.
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData => String::from("\u{FFFD}"),
            Err(e) => return Err(e.into()),
        };
        let msg = Inbound {
            chat: ChatRef { platform: Platform::Console, chat_id: "console".into() },
            user: UserRef {
                platform: Platform::Console,
                user_id: user_id.clone(),
                display_name: user_id.clone(),
            },
            text: line,
            source_id: None,
            locale: None,
        };
        let text = match app.handle(&msg).await {
            Ok(Some(reply)) => reply.text,
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
