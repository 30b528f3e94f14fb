//! A checklist module as a section of the page: heading, purpose, items, then its result.

use yew::prelude::*;

use crate::components::passage::SourceCite;
use crate::components::question::Question;
use crate::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct ChecklistSectionProps {
    pub checklist_id: AttrValue,
    pub step: usize,
    /// The module's result view, shown under the items.
    pub children: Html,
}

#[component]
pub fn ChecklistSection(props: &ChecklistSectionProps) -> Html {
    let app = use_app();
    let t = app.text();
    let lang = app.state().language();
    let checklist = app.state().checklist(&props.checklist_id);
    let progress = app.state().progress(&props.checklist_id);
    let heading_id = format!("{}-heading", checklist.id);

    html! {
        <section id={checklist.id.clone()} class="checklist" aria-labelledby={heading_id.clone()}>
            <header class="checklist__header">
                <p class="checklist__step">{ (t.step)(props.step) }</p>
                <h2 id={heading_id}>{ checklist.title.get(lang) }</h2>
                <p class="checklist__progress">{ (t.progress)(progress.answered, progress.total) }</p>
            </header>
            <div class="checklist__intro">
                { for checklist.intro.iter().map(|text| html! { <p>{ text.get(lang) }</p> }) }
                <SourceCite source={checklist.source.clone()} />
            </div>
            <ol class="checklist__items">
                { for checklist.items.iter().map(|item| html! {
                    <li key={item.id.clone()}>
                        <Question {item} scale={checklist.scale} />
                    </li>
                }) }
            </ol>
            { props.children.clone() }
        </section>
    }
}
