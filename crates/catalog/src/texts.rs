//! The texts of the catalog that the app shows a person: each needs its English. Native only
//! (build.rs checks catalog/en.toml against them; the tests too).

use crate::model::Catalog;

impl Catalog {
    /// Every text of the catalog that the app shows a person, in French as written here. Each
    /// needs its English in `catalog/en.toml` (build.rs refuses a catalog with one missing).
    /// Source titles are not in it: they name French documents and are shown as such.
    pub fn shown_texts(&self) -> Vec<&str> {
        let mut out: Vec<&str> = vec![&self.meta.disclaimer, &self.meta.ask, &self.meta.consulted];
        out.extend(self.equivalences.iter().filter_map(|e| e.ask.as_deref()));
        out.extend(
            self.equivalences
                .iter()
                .filter_map(|e| e.basis.note.as_deref()),
        );
        for t in self.titles.iter() {
            // The titles' section shows each one's summary and its facts' caveats.
            out.push(&t.summary);
            let notes = [
                &t.name.note,
                &t.level.note,
                &t.rncp.note,
                &t.legal_text.note,
                &t.in_force.note,
                &t.end_of_validity.note,
                &t.completion_deadline.note,
            ];
            out.extend(notes.into_iter().filter_map(|n| n.as_deref()));
            out.extend(t.adds.as_ref().and_then(|a| a.note.as_deref()));
            out.extend(t.name.value.as_deref());
            out.extend(t.legal_text.value.as_deref());
            out.extend(t.adds.as_ref().and_then(|a| a.value.as_deref()));
            for b in t.blocks.iter() {
                out.push(&b.code);
                out.extend(b.name.value.as_deref());
                out.extend(b.about.as_deref());
                out.extend(
                    b.competences
                        .value
                        .iter()
                        .flat_map(|c| c.iter())
                        .map(|s| &**s),
                );
                out.extend(b.assessment.value.as_deref());
            }
        }
        for m in self.modalities.iter() {
            out.extend([&*m.name, &*m.summary]);
            out.extend(m.requires.iter().map(|s| &**s));
        }
        for f in self.funding.iter() {
            out.extend([&*f.short, &*f.name, &*f.apply_label, &*f.who, &*f.pays]);
            out.extend(f.conditions.iter().map(|s| &**s));
        }
        for g in self.glossary.iter() {
            out.extend([&*g.term, &*g.meaning]);
        }
        let mut seen = std::collections::BTreeSet::new();
        out.retain(|s| seen.insert(*s));
        out
    }
}
