//! A list of source texts in the current language.

use yew::prelude::*;

use crate::domain::text::Localized;
use crate::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct TextListProps {
    pub texts: &'static [Localized],
}

#[component]
pub fn TextList(props: &TextListProps) -> Html {
    let app = use_app();
    let lang = app.state().language();
    html! {
        <ul>
            { for props.texts.iter().map(|text| html! { <li>{ text.get(lang) }</li> }) }
        </ul>
    }
}
