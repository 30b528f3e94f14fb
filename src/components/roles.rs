//! Who is answering: the seven readers of table I.5-1 of the MIC guideline, as one compact
//! select on the overview. The choice marks the modules the table proposes; every module stays
//! open.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::passage::{quote, reading};
use crate::domain::content::catalog;
use crate::domain::roles::Proposal;
use crate::domain::text::Lang;
use crate::hooks::Actions;
use crate::i18n::roles::roles_text;

#[derive(Properties, PartialEq)]
pub struct RoleChooserProps {
    pub lang: Lang,
    /// The role chosen, by id.
    pub chosen: Option<AttrValue>,
    pub actions: Actions,
}

#[component]
pub fn RoleChooser(props: &RoleChooserProps) -> Html {
    crate::rendered!("RoleChooser");
    let lang = props.lang;
    let t = roles_text(lang);
    let guide = &catalog().roles;
    let chosen = props.chosen.as_deref();
    let onchange = {
        let actions = props.actions.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            actions.set_role((!value.is_empty()).then_some(value));
        })
    };
    // Table I.5-1 groups the first four roles under ①; the others stand alone.
    let mut groups: Vec<(
        crate::domain::text::Localized,
        Vec<&'static crate::domain::content::Role>,
    )> = Vec::new();
    for role in guide.roles {
        match groups.last_mut() {
            Some((group, roles)) if *group == role.group && role.name.is_some() => roles.push(role),
            _ => groups.push((role.group, vec![role])),
        }
    }
    let option = |role: &'static crate::domain::content::Role| {
        html! {
            <option value={role.id} selected={chosen == Some(role.id)}>{ role.label().get(lang) }</option>
        }
    };
    html! {
        <div class="roles" data-testid="roles">
            <label for="role" class="roles__label">{ t.heading }</label>
            <select id="role" {onchange} aria-describedby="role-purpose">
                <option value="" selected={chosen.is_none()}>{ t.no_role }</option>
                { for groups.iter().map(|(group, roles)| {
                    if roles.len() > 1 {
                        html! {
                            <optgroup label={group.get(lang)}>{ for roles.iter().map(|role| option(role)) }</optgroup>
                        }
                    } else {
                        html! { { for roles.iter().map(|role| option(role)) } }
                    }
                }) }
            </select>
            <details class="guidance">
                <summary>{ t.basis }</summary>
                <p id="role-purpose" class="roles__purpose">
                    { for guide.purpose.iter().map(|text| text.get(lang)) }
                </p>
                { quote(&guide.legend, lang) }
                { for guide.readings.iter().map(|(_, text)| reading(text, lang)) }
            </details>
        </div>
    }
}

/// The badge of a module's card for the chosen role: the mark of table I.5-1 with what its
/// legend says, or, for a module outside the table, labelled as this tool's proposal.
pub fn proposal_label(proposal: Proposal, tools: bool, lang: Lang) -> &'static str {
    let t = roles_text(lang);
    match (proposal, tools) {
        (Proposal::Proposed, false) => t.proposed,
        (Proposal::Conditional, _) => t.conditional,
        (Proposal::AsNeeded, false) => t.as_needed,
        (Proposal::Proposed, true) => t.tools_proposed,
        (Proposal::AsNeeded, true) => t.tools_as_needed,
    }
}
