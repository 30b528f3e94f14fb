//! A checklist module: heading, what it is for (the tool's words), the source's own paragraph
//! (quoted), the items, then its result.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::passage::{quote, reading, source_cite};
use crate::components::question::Question;
use crate::domain::answers::{Answer, Answers};
use crate::domain::content::{GroupIntro, Item, Scale};
use crate::domain::scoring::Progress;
use crate::domain::text::{Lang, Localized};
use crate::hooks::use_app;
use crate::i18n::map::map_text;
use crate::i18n::ui;

/// Items are rendered in groups of this many. An answer re-renders the group that holds its
/// item, not every item of the checklist; and a long checklist appears a group at a time, so
/// its first questions are on screen at once.
const GROUP: usize = 100;

#[derive(Properties, PartialEq)]
struct ItemGroupProps {
    items: &'static [Item],
    /// The answer of each item, in item order.
    answers: Vec<Option<Answer>>,
    /// The note of each item that is answered N/A (its reason), in item order.
    notes: Vec<AttrValue>,
    /// The value of each item answered 定めあり, in item order.
    values: Vec<AttrValue>,
    scale: Scale,
    lang: Lang,
    neutral: bool,
    /// Only these items are shown, when set.
    only: Option<Rc<[&'static str]>>,
    on_answer: Callback<(&'static str, Answer)>,
    on_note: Callback<(&'static str, String)>,
    on_value: Callback<(&'static str, String)>,
    /// The group of the item before this group's first, so a heading shows only where the
    /// source's group changes.
    previous_group: Option<Localized>,
    /// What the source's groups carry at their head (a note, the 【目的】).
    intros: &'static [GroupIntro],
}

#[component]
fn ItemGroup(props: &ItemGroupProps) -> Html {
    crate::rendered!("ItemGroup");
    let shown = |item: &Item| {
        props
            .only
            .as_ref()
            .is_none_or(|only| only.contains(&item.id))
    };
    let mut previous = props.previous_group;
    let mut rows = Vec::with_capacity(props.items.len());
    let fields = props.answers.iter().zip(&props.notes).zip(&props.values);
    for (item, ((answer, note), value)) in props.items.iter().zip(fields) {
        if !shown(item) {
            continue;
        }
        // A heading where the source's group changes (e.g. <アクセス制御に関する事項>).
        if let Some(group) = item.group.filter(|group| Some(*group) != previous) {
            let intro = props.intros.iter().find(|intro| intro.holds(item));
            rows.push(html! {
                <li key={format!("{}-group", item.id)} class="checklist__group">
                    <h3>{ group.get(props.lang) }</h3>
                    if let Some(intro) = intro {
                        { group_intro(intro, props.lang) }
                    }
                </li>
            });
        }
        previous = item.group;
        rows.push(html! {
            <li key={item.id}>
                <Question {item} scale={props.scale} lang={props.lang} answer={*answer}
                    neutral={props.neutral} on_answer={props.on_answer.clone()}
                    note={note.clone()} on_note={props.on_note.clone()}
                    value={value.clone()} on_value={props.on_value.clone()} />
            </li>
        });
    }
    html! { { for rows } }
}

/// Under a group's heading: the note the source attaches to it, and the group's 【目的】, quoted.
fn group_intro(intro: &GroupIntro, lang: Lang) -> Html {
    html! {
        <>
            if let Some(note) = &intro.note {
                <p class="checklist__group-note">{ note.get(lang) }</p>
            }
            if let Some(objective) = &intro.objective {
                <div class="checklist__objective" data-testid="group-objective">
                    <p class="checklist__objective-label">{ ui(lang).objective }</p>
                    { quote(objective, lang) }
                </div>
            }
        </>
    }
}

fn answers_of(items: &[Item], answers: &Answers) -> Vec<Option<Answer>> {
    items
        .iter()
        .map(|item| answers.get(item.id).copied())
        .collect()
}

/// The value of each item answered 定めあり (empty for the others).
fn values_of(items: &[Item], answers: &Answers) -> Vec<AttrValue> {
    items
        .iter()
        .map(|item| match answers.response(item.id) {
            Some(response) if response.answer == Some(Answer::Defined) => {
                AttrValue::from(response.value.clone())
            }
            _ => AttrValue::default(),
        })
        .collect()
}

/// The reason of each item answered N/A (empty for the others, so typing a note elsewhere does
/// not re-render the group).
fn notes_of(items: &[Item], answers: &Answers) -> Vec<AttrValue> {
    items
        .iter()
        .map(|item| match answers.response(item.id) {
            Some(response) if response.answer == Some(Answer::NotApplicable) => {
                AttrValue::from(response.note.clone())
            }
            _ => AttrValue::default(),
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct ChecklistSectionProps {
    pub checklist_id: &'static str,
    /// The step number shown over the heading; 0 for a checklist shown inside another module.
    pub step: usize,
    /// Only these items are shown and counted, when set (the setting types under the map).
    #[prop_or_default]
    pub only: Option<Vec<&'static str>>,
    /// The module's result view, shown under the items.
    pub children: Html,
}

#[component]
pub fn ChecklistSection(props: &ChecklistSectionProps) -> Html {
    crate::rendered!("ChecklistSection");
    let app = use_app();
    let t = app.text();
    let lang = app.state().language();
    let checklist = app.state().checklist(props.checklist_id);
    let only: Option<Rc<[&'static str]>> = props.only.as_deref().map(Rc::from);
    let progress = match &only {
        Some(only) => Progress::of_items(
            checklist
                .items
                .iter()
                .filter(|item| only.contains(&item.id)),
            checklist.scale,
            app.state().document.answers(),
        ),
        None => app.state().progress(props.checklist_id),
    };
    let answers = app.state().document.answers();
    let heading_id = format!("{}-heading", checklist.id);
    let groups: Vec<&'static [Item]> = checklist.items.chunks(GROUP).collect();
    // One group on the first render (the pre-rendered page holds exactly that), then one more
    // each animation frame, so the browser paints in between.
    let shown = use_state_eq(|| 1usize);
    {
        let shown = shown.clone();
        let total = groups.len();
        use_effect_with(*shown, move |count| {
            let next = *count + 1;
            let frame = (*count < total)
                .then(|| gloo_render::request_animation_frame(move |_| shown.set(next)));
            move || drop(frame)
        });
    }
    // The same callback on every render, so unchanged questions are not re-rendered.
    let actions = app.actions();
    let on_answer = use_callback(
        actions.clone(),
        |(item_id, answer): (&'static str, Answer), actions| actions.answer(item_id, answer),
    );
    let on_note = use_callback(
        actions.clone(),
        |(item_id, note): (&'static str, String), actions| actions.set_note(item_id, note),
    );
    let on_value = use_callback(
        actions,
        |(item_id, value): (&'static str, String), actions| actions.set_value(item_id, value),
    );

    html! {
        <section id={checklist.id} class="checklist" aria-labelledby={heading_id.clone()}>
            <header class="checklist__header">
                if props.step > 0 {
                    <p class="checklist__step">{ (t.step)(props.step) }</p>
                }
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
            if checklist.scale != Scale::YesNo && !checklist.readings.is_empty() {
                // The tool's readings of this source, marked as such.
                <details class="checklist__readings guidance">
                    <summary>{ map_text(lang).readings_heading }</summary>
                    { for checklist.readings.iter().map(|(_, text)| reading(text, lang)) }
                </details>
            }
            <ol class="checklist__items">
                { for groups.iter().take(*shown).enumerate().map(|(index, items)| html! {
                    <ItemGroup key={index} {items} answers={answers_of(items, answers)}
                        notes={notes_of(items, answers)} values={values_of(items, answers)}
                        on_value={on_value.clone()}
                        scale={checklist.scale} {lang} neutral={checklist.neutral_answers}
                        only={only.clone()} on_answer={on_answer.clone()} on_note={on_note.clone()}
                        previous_group={(index > 0).then(|| checklist.items[index * GROUP - 1].group).flatten()}
                        intros={checklist.groups} />
                }) }
            </ol>
            { props.children.clone() }
        </section>
    }
}
