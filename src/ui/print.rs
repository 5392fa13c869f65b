//! The printed plan: hidden on screen, laid out for paper. The route ranked first (the
//! person's own when they chose), every step with its funding and where to apply, what is
//! already held, the date of the data, the link and its QR code, and the « indicatif » notice.

use super::{routes::step_title, share, Session};
use crate::catalog::{self, Date};
use crate::i18n;
use crate::plan::{Plan, ProfileError, StepKind, Verdict};
use crate::store::Progress;
use leptos::prelude::*;

fn body(plan: &Plan, session: Session) -> AnyView {
    let c = catalog::official();
    let Some(r) = plan.routes.first() else {
        return view! { <p>"Aucun parcours n'est proposé avec ces réponses."</p> }.into_any();
    };
    let progress = session.progress.get();
    let steps = r
        .steps
        .iter()
        .map(|s| {
            let status = progress.status(&Progress::key(&r.id, &s.scope, s.modality.as_deref()));
            let modality = s.modality.as_deref().and_then(|m| c.modality(m));
            let funding = s
                .funding
                .iter()
                .filter(|o| o.verdict != Verdict::NotEligible)
                .map(|o| {
                    let scheme = c.scheme(&o.scheme);
                    let name = scheme.map_or(o.scheme.clone(), |x| x.name.clone());
                    let apply = scheme.map(|x| format!(" Où demander : {} ({}).", x.apply_label, x.apply_url));
                    view! {
                        <li>
                            <strong>{name}</strong>" : "{i18n::verdict(o.verdict)}". "{i18n::reason(&o.reason)}
                            " Reste à payer : "{i18n::to_pay(o.to_pay)}"."{apply}
                        </li>
                    }
                })
                .collect_view();
            let closed: Vec<String> = s
                .funding
                .iter()
                .filter(|o| o.verdict == Verdict::NotEligible)
                .map(|o| c.scheme(&o.scheme).map_or(o.scheme.clone(), |x| x.short.clone()))
                .collect();
            let about = c.block(&s.scope).map(|(_, b)| {
                let covers = b.competences.value.clone().unwrap_or_default().join(" ; ");
                view! {
                    {(!covers.is_empty()).then(|| view! { <p>"Ce que couvre le bloc : "{covers}</p> })}
                    {b.assessment.value.clone().map(|a| view! { <p>"Évaluation : "{a}</p> })}
                }
            });
            view! {
                <li>
                    <p>
                        <strong>{step_title(c, s)}</strong>
                        {modality.map(|m| format!(" — {}", m.name))}
                        {format!(" — {} — {}", i18n::month_range(s.months), i18n::step_status(status, true))}
                    </p>
                    {about}
                    {modality.map(|m| view! { <p>"Où commencer : "{m.apply_url.clone()}</p> })}
                    {(s.kind == StepKind::Obtain).then(|| view! {
                        <ul>{funding}</ul>
                        {(!closed.is_empty()).then(|| view! {
                            <p>{format!("Non ouverts pour vous : {}.", closed.join(", "))}</p>
                        })}
                    })}
                </li>
            }
        })
        .collect_view();
    let others: Vec<String> = plan
        .routes
        .iter()
        .skip(1)
        .map(|x| {
            format!(
                "{} ({})",
                i18n::route_name(&x.id),
                i18n::month_range(x.months)
            )
        })
        .collect();
    view! {
        {(!plan.acquired.is_empty()).then(|| view! {
            <h3>"Déjà acquis"</h3>
            <ul>{plan.acquired.iter().map(|a| view! { <li>{i18n::acquired(a, c)}</li> }).collect_view()}</ul>
        })}
        <h3>{format!("Parcours : {}", i18n::route_name(&r.id))}</h3>
        <p>{format!("Durée : {} · Reste à payer : {}", i18n::month_range(r.months), i18n::to_pay(r.to_pay))}</p>
        <ol>{steps}</ol>
        {(!others.is_empty()).then(|| view! {
            <p>{format!("Autres parcours possibles : {}.", others.join(" ; "))}</p>
        })}
    }
    .into_any()
}

#[component]
pub fn Printout(
    session: Session,
    plan: Memo<Result<Plan, ProfileError>>,
    today: Date,
    printing: RwSignal<bool>,
) -> impl IntoView {
    let c = catalog::official();
    let name = move || {
        if session.shared.with(Option::is_some) {
            return "plan reçu par un lien".to_string();
        }
        session.book.with(|b| {
            b.get(&session.active.get())
                .map(|p| format!("« {} »", p.name))
                .unwrap_or_default()
        })
    };
    move || {
        printing.get().then(|| {
    let link = share::url(&session);
    view! {
        <section class="impression" aria-label="Version imprimable">
            <h2>{move || format!("Parcours vers le titre Médiateur numérique — {}", name())}</h2>
            <p>{format!("Imprimé le {}. Données vérifiées le {}.", i18n::date(today), i18n::date(c.meta.checked))}</p>
            {move || plan.with(|p| match p {
                Ok(p) => body(p, session),
                Err(e) => view! { <p>{format!("Une réponse est impossible à utiliser : {e}.")}</p> }.into_any(),
            })}
            <div class="lien-imprime">
                {share::qr_view(&link)}
                <p>"Retrouver ce plan : "<span class="url">{link.clone()}</span></p>
            </div>
            <p><strong>{c.meta.disclaimer.clone()}</strong></p>
        </section>
    }
    })
    }
}
