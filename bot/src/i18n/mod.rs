//! Every user-facing sentence, from the Fluent files in `locales/<lang>/restock.ftl`.
//!
//! The files are compiled into the binary. A message a locale lacks falls back to en-US; the
//! locale tests make sure that never happens in a release.

mod ask_msg;
mod chat_msg;
mod delivery_msg;
mod format;
mod msg;
mod plan_msg;

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

pub use ask_msg::AskMsg;
pub use chat_msg::{ChatMsg, CommandName};
pub use delivery_msg::DeliveryMsg;
pub use format::{amount, number};
pub use msg::{Msg, Qty};
pub use plan_msg::{PlanMsg, When};

/// The locales Restock speaks, with their Fluent source.
pub const LOCALES: &[(&str, &str)] = &[
    ("en-US", include_str!("../../../locales/en-US/restock.ftl")),
    ("de-DE", include_str!("../../../locales/de-DE/restock.ftl")),
    ("es-ES", include_str!("../../../locales/es-ES/restock.ftl")),
    ("fr-FR", include_str!("../../../locales/fr-FR/restock.ftl")),
    ("ru-RU", include_str!("../../../locales/ru-RU/restock.ftl")),
];

pub const FALLBACK: &str = "en-US";

/// All bundles, loaded once.
pub struct I18n {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

impl I18n {
    /// Load every locale. Fails if a file does not parse.
    pub fn load() -> Result<I18n, String> {
        let mut bundles = HashMap::new();
        for (tag, source) in LOCALES {
            let res = FluentResource::try_new((*source).to_owned())
                .map_err(|(_, errs)| format!("locales/{tag}/restock.ftl: {errs:?}"))?;
            let lang: LanguageIdentifier = tag.parse().map_err(|e| format!("{tag}: {e}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![lang]);
            // Chat text must not carry invisible Unicode isolation marks around arguments.
            bundle.set_use_isolating(false);
            bundle.add_resource(res).map_err(|e| format!("locales/{tag}/restock.ftl: {e:?}"))?;
            bundles.insert(*tag, bundle);
        }
        Ok(I18n { bundles })
    }

    /// The supported locale closest to `tag` (`de`, `de-AT` → `de-DE`), if any.
    pub fn supported(tag: &str) -> Option<&'static str> {
        let wanted = tag.replace('_', "-").to_ascii_lowercase();
        let primary = wanted.split('-').next().unwrap_or_default().to_owned();
        LOCALES.iter().map(|(t, _)| *t).find(|t| t.to_ascii_lowercase() == wanted).or_else(|| {
            LOCALES.iter().map(|(t, _)| *t).find(|t| t.split('-').next() == Some(&primary))
        })
    }

    pub fn locales() -> impl Iterator<Item = &'static str> {
        LOCALES.iter().map(|(t, _)| *t)
    }

    /// Render a message in `locale` (falling back to en-US).
    pub fn text(&self, locale: &str, msg: &Msg) -> String {
        self.try_text(locale, msg).unwrap_or_else(|e| {
            tracing::error!(locale, id = msg.id(), error = %e, "message failed to render");
            self.try_text(FALLBACK, msg).unwrap_or_else(|_| msg.id().to_owned())
        })
    }

    /// Render, reporting a missing message or a formatting error.
    pub fn try_text(&self, locale: &str, msg: &Msg) -> Result<String, String> {
        let args = msg.args(self, locale);
        self.render(locale, msg.id(), Some(&args))
    }

    pub(crate) fn render(
        &self,
        locale: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, String> {
        let tag = Self::supported(locale).unwrap_or(FALLBACK);
        let bundle = &self.bundles[tag];
        let message = bundle.get_message(id).ok_or_else(|| format!("{tag} has no message {id}"))?;
        let pattern = message.value().ok_or_else(|| format!("{tag}: {id} has no value"))?;
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Ok(out.into_owned())
        } else {
            Err(format!("{tag}: {id}: {errors:?}"))
        }
    }

    /// Message ids a locale defines.
    pub fn ids(locale: &str) -> Vec<String> {
        let source =
            LOCALES.iter().find(|(t, _)| *t == locale).map(|(_, s)| *s).unwrap_or_default();
        let res = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        let mut ids: Vec<String> = res
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect();
        ids.sort();
        ids
    }
}
