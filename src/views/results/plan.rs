//! The action plan in its four groups, each entry with its source's guidance and the note,
//! owner and due date the reader gives it.

use super::*;

/// What an entry is about, in one line.
pub(super) fn entry_title(
    catalog: &'static Catalog,
    entry: &PlanEntry,
    state: &AppState,
    lang: Lang,
) -> String {
    match entry {
        PlanEntry::Item(gap) => format!(
            "{} {} {}",
            module_name(catalog, gap.checklist.id, lang),
            gap.item.number,
            gap.item.question.get(lang)
        ),
        PlanEntry::Map(gap) => {
            let guide = &catalog.responsibility;
            let name = state
                .responsibility()
                .map(|map| cell_name(&gap.cell, map.selection, guide, lang))
                .unwrap_or_default();
            let separator = if lang == Lang::Ja { "：" } else { ": " };
            format!("{}{separator}{}", name, (map_text(lang).gap)(gap.kind))
        }
    }
}

/// The action plan, in its four groups.
pub(super) fn plan_section(
    state: &AppState,
    plan: &[PlanEntry],
    unanswered: usize,
    refused_due: &UseStateHandle<BTreeSet<String>>,
    actions: &Actions,
    t: &ResultsText,
) -> Html {
    let lang = state.language();
    let groups = [
        // The migration checklist's own words on why every No stands in the way.
        (
            Priority::NextStage,
            t.group_next_stage,
            state
                .catalog
                .checklist(MIGRATION)
                .and_then(|checklist| checklist.outcome("not_ready")),
        ),
        (Priority::Basic, t.group_basic, None),
        (Priority::Responsibility, t.group_responsibility, None),
        (Priority::Recommended, t.group_recommended, None),
    ];
    let diagnosis = state.preconditions().diagnosis;
    let written_for_stage1 = state
        .catalog
        .checklist(MIGRATION)
        .and_then(|checklist| checklist.outcome("written_for_stage1"));
    let order_reading = Localized::new(
        results_text(Lang::Ja).plan_order_reading,
        results_text(Lang::En).plan_order_reading,
    );
    // Entries that quote the same passage print it once, above them (domain::report).
    let quote_groups = group_by_quote(state.catalog, plan);
    let mut number = 0;
    let groups = groups.into_iter().filter_map(|(priority, heading, basis)| {
        let in_priority: Vec<&QuoteGroup> = quote_groups
            .iter()
            .filter(|group| group.priority == priority)
            .collect();
        if in_priority.is_empty() {
            return None;
        }
        // Entries standing alone share one list; a group under a shared quote has its own.
        // Every list starts where the last one ended, so the numbers run through the plan.
        let mut blocks: Vec<Html> = Vec::new();
        let mut run: Vec<Html> = Vec::new();
        let mut run_start = number + 1;
        let list = |start: usize, items: Vec<Html>| {
            html! {
                <ol class="plan__entries" start={start.to_string()}>{ for items }</ol>
            }
        };
        for group in in_priority {
            match &group.shared {
                None => {
                    if run.is_empty() {
                        run_start = number + 1;
                    }
                    for entry in &group.entries {
                        number += 1;
                        run.push(plan_entry(state, entry, number, false, refused_due, actions, t));
                    }
                }
                Some(shared) => {
                    if !run.is_empty() {
                        blocks.push(list(run_start, std::mem::take(&mut run)));
                    }
                    let start = number + 1;
                    let items = group
                        .entries
                        .iter()
                        .map(|entry| {
                            number += 1;
                            plan_entry(state, entry, number, true, refused_due, actions, t)
                        })
                        .collect();
                    blocks.push(html! {
                        <div class="plan__shared">
                            { quote_text(shared, (t.shared_quote)(group.entries.len()), lang) }
                            { list(start, items) }
                        </div>
                    });
                }
            }
        }
        if !run.is_empty() {
            blocks.push(list(run_start, run));
        }
        let id = format!("plan-{priority:?}").to_ascii_lowercase();
        // The migration checklist is written for stage 1 (004 VI 1.2): where the precondition
        // check rules stage 1 out, its blockers are listed with that said.
        let scope = (priority == Priority::NextStage && diagnosis.rules_out_stage1()).then(|| {
            html! {
                <div class="scope-note">
                    <p>{ t.next_stage_scope }</p>
                    if let Some(passage) = written_for_stage1 {
                        { quote(passage, lang) }
                    }
                </div>
            }
        });
        Some(html! {
            <section class="plan__group" aria-labelledby={id.clone()} data-priority={format!("{priority:?}")}>
                <h3 id={id}>{ heading }</h3>
                if let Some(basis) = basis { { quote(basis, lang) } }
                { for scope }
                { for blocks }
            </section>
        })
    });
    html! {
        <section class="report__section plan" aria-labelledby="plan-heading" data-testid="plan">
            <h2 id="plan-heading">{ t.plan_heading }</h2>
            <p class="screen-only">{ t.plan_intro }</p>
            { reading(&order_reading, lang) }
            if unanswered > 0 {
                <p class="hint" data-testid="plan-unanswered">{ (t.plan_unanswered)(unanswered) }</p>
            }
            if plan.is_empty() {
                <p data-testid="plan-empty">{ t.plan_empty }</p>
            }
            { for groups }
        </section>
    }
}

/// What an entry quotes from its source, under a heading, with its reference: the source's
/// text under the heading, or nothing at all where the source gives the item no text besides
/// its title (the lifecycle requirements): no heading over nothing.
fn quote_text(quote: &Quote, heading: String, lang: Lang) -> Html {
    html! {
        <>
            if quote.has_text() {
                <div class="plan__guidance">
                    <p class="plan__guidance-heading">{ heading }</p>
                    { for quote.paragraphs.iter().map(|text| html! { <p>{ text.get(lang) }</p> }) }
                    if !quote.bullets.is_empty() {
                        <ul>{ for quote.bullets.iter().map(|text| html! { <li>{ text.get(lang) }</li> }) }</ul>
                    }
                    // Where the gap is this tool's reading of the quote, say so with it.
                    if let Some(text) = quote.reading {
                        { reading(text, lang) }
                    }
                </div>
            }
            { source_cite(quote.source, lang) }
        </>
    }
}

/// One entry: what it is, the answer given, the source's guidance (unless the entry stands
/// under a quote it shares with others), and the follow-up fields.
fn plan_entry(
    state: &AppState,
    entry: &PlanEntry,
    number: usize,
    shared: bool,
    refused_due: &UseStateHandle<BTreeSet<String>>,
    actions: &Actions,
    t: &ResultsText,
) -> Html {
    let lang = state.language();
    let catalog = state.catalog;
    let key = entry.key();
    let field_id = |field: &str| format!("plan-{number}-{field}");
    let (note, owner, due) = match entry {
        PlanEntry::Item(gap) => {
            let response = state
                .document
                .answers()
                .response(gap.item.id)
                .cloned()
                .unwrap_or_default();
            (response.note, response.owner, response.due)
        }
        PlanEntry::Map(_) => {
            let followup = state
                .document
                .active()
                .followups
                .get(&key)
                .cloned()
                .unwrap_or_default();
            (followup.note, followup.owner, followup.due)
        }
    };
    let answer = match entry {
        PlanEntry::Item(gap) => Some((t.answered_as)(answer_label(gap.answer, lang))),
        PlanEntry::Map(_) => None,
    };
    let guidance = (!shared)
        .then(|| entry_quote(catalog, entry))
        .flatten()
        .map(|quote| quote_text(&quote, t.guidance.to_owned(), lang));
    let text_edit = |make: fn(String) -> FollowUpEdit| {
        let actions = actions.clone();
        let key = key.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            actions.follow_up(&key, make(value));
        })
    };
    let on_note = {
        let actions = actions.clone();
        let key = key.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlTextAreaElement>().value();
            actions.follow_up(&key, FollowUpEdit::Note(value));
        })
    };
    let on_due = {
        let actions = actions.clone();
        let key = key.clone();
        let refused_due = refused_due.clone();
        Callback::from(move |event: Event| {
            let due = event.target_unchecked_into::<HtmlInputElement>().value();
            let mut refused = (*refused_due).clone();
            if valid_due(&due) {
                refused.remove(&key);
            } else {
                refused.insert(key.clone());
            }
            refused_due.set(refused);
            actions.follow_up(&key, FollowUpEdit::Due(due));
        })
    };
    let title = entry_title(catalog, entry, state, lang);
    let due_refused = refused_due.contains(&key);
    let due_error = field_id("due-error");
    html! {
        <li key={key.clone()} class="plan__entry" data-key={key.clone()}>
            <p class="plan__title"><strong>{ title.clone() }</strong></p>
            if let Some(answer) = answer { <p class="plan__answer">{ answer }</p> }
            { for guidance }
            // The fields are grouped under the entry's title, so a screen reader moving from
            // field to field hears which entry they belong to.
            <fieldset class="plan__fields">
                <legend class="visually-hidden">{ (t.fields_legend)(number, &title) }</legend>
                <p class="field">
                    <label for={field_id("note")}>{ t.note }</label>
                    <textarea id={field_id("note")} value={note.clone()} oninput={on_note}
                        maxlength={MAX_NOTE_CHARS.to_string()} rows="2" class="screen-only" />
                    <span class="print-only plan__note">{ note }</span>
                </p>
                <p class="field">
                    <label for={field_id("owner")}>{ t.owner }</label>
                    <input type="text" id={field_id("owner")} value={owner.clone()} oninput={text_edit(FollowUpEdit::Owner)}
                        maxlength={MAX_OWNER_CHARS.to_string()} autocomplete="off" class="screen-only" />
                    <span class="print-only">{ owner }</span>
                </p>
                <p class="field">
                    <label for={field_id("due")}>{ t.due }</label>
                    <input type="date" id={field_id("due")} value={due.clone()} onchange={on_due}
                        class="screen-only" aria-invalid={due_refused.then_some("true")}
                        aria-describedby={due_refused.then(|| due_error.clone())} />
                    <span class="print-only">{ due }</span>
                </p>
                if due_refused {
                    <p id={due_error} class="field-error" role="alert">{ t.due_invalid }</p>
                }
            </fieldset>
        </li>
    }
}
