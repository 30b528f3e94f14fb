//! Storage notices the user must see: data set aside, storage unavailable, writes refused.

use yew::prelude::*;

use crate::domain::text::Lang;
use crate::hooks::Actions;
use crate::i18n::ui;
use crate::state::Notice;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub lang: Lang,
    pub notices: Vec<Notice>,
    pub actions: Actions,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    crate::rendered!("Notices");
    let t = ui(props.lang);
    if props.notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="notices">
            { for props.notices.iter().map(|notice| {
                let message = match notice {
                    Notice::StorageUnavailable => t.notice_storage_unavailable.to_owned(),
                    Notice::WriteFailed => t.notice_write_failed.to_owned(),
                    Notice::Recovered { backup_key, reason } => (t.notice_recovered)(reason, backup_key),
                    Notice::RecoveryFailed { reason } => (t.notice_recovery_failed)(reason),
                };
                let ondismiss = {
                    let actions = props.actions.clone();
                    let notice = notice.clone();
                    Callback::from(move |_| actions.dismiss_notice(notice.clone()))
                };
                html! {
                    <div class="notice" role="alert" data-testid="notice">
                        <p>{ message }</p>
                        <button type="button" class="notice__dismiss" onclick={ondismiss}>{ t.dismiss }</button>
                    </div>
                }
            }) }
        </div>
    }
}
