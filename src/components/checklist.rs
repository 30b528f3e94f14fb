//! A checklist module: heading, what it is for (the tool's words), the source's own paragraph
//! (quoted), the items, then its result.

use yew::prelude::*;

use crate::components::passage::source_cite;
use crate::components::question::Question;
use crate::domain::answers::Answer;
use crate::hooks::use_app;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ChecklistSectionProps {
    pub checklist_id: &'static str,
    pub step: usize,
    /// The module's result view, shown under the items.
    pub children: Html,
}

#[component]
pub fn ChecklistSection(props: &ChecklistSectionProps) -> Html {
    let app = use_app();
    let t = app.text();
    let lang = app.state().language();
    let checklist = app.state().checklist(props.checklist_id);
    let progress = app.state().progress(props.checklist_id);
    let answers = app.state().document.answers();
    let heading_id = format!("{}-heading", checklist.id);
    // The same callback on every render, so unchanged questions are not re-rendered.
    let on_answer = use_callback(
        app.dispatcher(),
        |(item_id, answer): (&'static str, Answer), dispatcher| {
            dispatcher.dispatch(Action::Answer {
                item_id: item_id.to_owned(),
                answer,
            })
        },
    );

    html! {
        <section id={checklist.id} class="checklist" aria-labelledby={heading_id.clone()}>
            <header class="checklist__header">
                <p class="checklist__step">{ (t.step)(props.step) }</p>
                <h2 id={heading_id}>{ checklist.title.get(lang) }</h2>
                <p class="checklist__progress">{ (t.progress)(progress.answered, progress.total) }</p>
            </header>
            <div class="checklist__purpose">
                { for checklist.purpose.iter().map(|text| html! { <p>{ text.get(lang) }</p> }) }
            </div>
            if !checklist.intro.is_empty() {
                // The report's own opening paragraph, quoted, behind a disclosure like every
                // item's notes, so the questions come first on a phone.
                <details class="checklist__intro guidance">
                    <summary>{ t.from_the_source }</summary>
                    <figure class="quote">
                        <blockquote>
                            { for checklist.intro.iter().map(|text| html! { <p>{ text.get(lang) }</p> }) }
                        </blockquote>
                        <figcaption>{ source_cite(&checklist.source, lang) }</figcaption>
                    </figure>
                    if !checklist.footnotes.is_empty() {
                        <div class="footnotes">
                            <p class="footnotes__label">{ t.footnotes }</p>
                            <ul>
                                { for checklist.footnotes.iter().map(|note| html! {
                                    <li>
                                        <span class="footnotes__mark">{ note.mark.get(lang) }</span>
                                        { note.text.get(lang) }
                                        { source_cite(&note.source, lang) }
                                    </li>
                                }) }
                            </ul>
                        </div>
                    }
                </details>
            }
            <ol class="checklist__items">
                { for checklist.items.iter().map(|item| html! {
                    <li key={item.id}>
                        <Question {item} scale={checklist.scale} {lang}
                            answer={answers.get(item.id).copied()}
                            neutral={checklist.neutral_answers}
                            on_answer={on_answer.clone()} />
                    </li>
                }) }
            </ol>
            { props.children.clone() }
        </section>
    }
}
