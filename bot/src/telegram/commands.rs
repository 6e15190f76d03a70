//! The bot's commands. The doc comments are the English help; every locale's descriptions
//! come from Fluent (`cmd-<name>`) and are registered with `setMyCommands`.

use teloxide::prelude::*;
use teloxide::types::BotCommand;
use teloxide::utils::command::BotCommands;

use crate::i18n::{ChatMsg, CommandName, FALLBACK, I18n, Msg};

#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum Command {
    /// start here: this chat becomes a household
    Start,
    /// what I understand and the commands
    Help,
    /// what you have (or /stock eggs)
    Stock(String),
    /// the shopping list, with buttons to tick items off
    List,
    /// put something on the shopping list: /add coffee
    Add(String),
    /// take something off the shopping list: /remove coffee
    Remove(String),
    /// propose an order from the shopping list
    Order,
    /// what happened in the last 7 days
    Summary,
    /// take back your last change
    Undo,
    /// a one-time code to link another chat to this household
    Invite,
    /// link this chat to a household: /join CODE
    Join(String),
    /// language, time zone, weekly summary day and hour
    Settings(String),
}

/// The command list in `locale`: names from the enum, descriptions from Fluent.
pub fn localized(i18n: &I18n, locale: &str) -> Vec<BotCommand> {
    Command::bot_commands()
        .into_iter()
        .map(|c| {
            let name = c.command.trim_start_matches('/');
            let description = CommandName::parse(name)
                .map(|n| i18n.text(locale, &Msg::Chat(ChatMsg::CommandDescription(n))))
                .unwrap_or(c.description);
            BotCommand::new(name, description)
        })
        .collect()
}

/// `/help`: what to write, then every command with its description.
pub fn help(i18n: &I18n, locale: &str) -> String {
    let mut text = i18n.text(locale, &Msg::Chat(ChatMsg::HelpHeader));
    for c in localized(i18n, locale) {
        text.push_str(&format!("\n/{} — {}", c.command, c.description));
    }
    text
}

/// Register the commands: the fallback locale for everyone, then each locale for users whose
/// Telegram speaks its language.
pub async fn register(bot: &Bot, i18n: &I18n) -> Result<(), teloxide::RequestError> {
    bot.set_my_commands(localized(i18n, FALLBACK)).await?;
    for locale in I18n::locales() {
        let language = locale.split('-').next().unwrap_or(locale);
        bot.set_my_commands(localized(i18n, locale)).language_code(language).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_a_localized_description() {
        let i18n = I18n::load().unwrap();
        for locale in I18n::locales() {
            let cmds = localized(&i18n, locale);
            assert_eq!(cmds.len(), CommandName::ALL.len());
            assert!(cmds.iter().all(|c| CommandName::parse(&c.command).is_some()), "{cmds:?}");
        }
        assert!(help(&i18n, "de-DE").contains("/join — "));
    }

    #[test]
    fn commands_with_arguments_take_the_rest_of_the_line() {
        assert_eq!(
            Command::parse("/add oat milk", "restock_bot").ok(),
            Some(Command::Add("oat milk".into()))
        );
        assert_eq!(
            Command::parse("/stock@restock_bot", "restock_bot").ok(),
            Some(Command::Stock(String::new()))
        );
    }
}
