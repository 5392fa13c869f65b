//! Why the planner decided what it did: each reason code with its figures, in plain words.

use super::*;
use crate::plan::Reason;
use crate::{tr, trf};

/// The reason for a decision, in plain words.
pub fn reason(r: &Reason) -> String {
    use Reason::*;
    match r {
        SituationUnknown => tr!(
            "Répondez à la question « Quelle est votre situation ? » pour savoir si ce financement vous est ouvert.",
            "Answer the question “What is your situation?” to know whether this funding is open to you."
        ).into(),
        CpfOpen { participation_cents, year, cap_eur } => trf!(
            "Vos droits CPF paient la formation (jusqu'à {} en tout). Il reste {} de participation à votre charge (montant {}), sauf si votre employeur complète le financement.",
            "Your CPF rights pay for the training (up to {} in all). A contribution of {} is left for you to pay ({} amount), unless your employer tops up the funding.",
            euros(cap_eur * 100), euros(*participation_cents), year
        ),
        CpfOpenSelfEmployed { participation_cents, year, cap_eur } => trf!(
            "Vos droits CPF paient la formation (jusqu'à {} en tout). Il reste {} de participation à votre charge (montant {}).",
            "Your CPF rights pay for the training (up to {} in all). A contribution of {} is left for you to pay ({} amount).",
            euros(cap_eur * 100), euros(*participation_cents), year
        ),
        CpfJobSeekerNotRegistered { participation_cents, year, cap_eur } => trf!(
            "Vos droits CPF restent à vous (jusqu'à {} en tout). Sans inscription à France Travail, la participation de {} (montant {}) reste à votre charge : vous inscrire vous en dispenserait.",
            "Your CPF rights stay yours (up to {} in all). Without registering with France Travail, the contribution of {} ({} amount) is yours to pay: registering would exempt you.",
            euros(cap_eur * 100), euros(*participation_cents), year
        ),
        CpfJobSeekerIfRegistered { participation_cents, year, cap_eur } => trf!(
            "Vos droits CPF restent à vous (jusqu'à {} en tout). La participation de {} (montant {}) n'est pas due si vous êtes inscrit(e) à France Travail : répondez à la question sur l'inscription.",
            "Your CPF rights stay yours (up to {} in all). The contribution of {} ({} amount) is not due if you are registered with France Travail: answer the question on registration.",
            euros(cap_eur * 100), euros(*participation_cents), year
        ),
        CpfJobSeekerExempt { cap_eur } => trf!(
            "Demandeur d'emploi inscrit à France Travail, vous gardez vos droits CPF (jusqu'à {} en tout) et ne payez pas la participation forfaitaire.",
            "As a job seeker registered with France Travail, you keep your CPF rights (up to {} in all) and do not pay the flat contribution.",
            euros(cap_eur * 100)
        ),
        CpfPublicAgentsInHours => tr!(
            "Agent public : votre CPF est en heures et passe par votre employeur (voir « CPF des agents publics »).",
            "Public agent: your CPF is counted in hours and goes through your employer (see “Public agents' CPF”)."
        ).into(),
        CpfFromAge { min_age } => trf!(
            "Le CPF s'ouvre à {} ans (un an plus tôt pour un apprenti, dont la formation est payée autrement).",
            "The CPF opens at {} (a year earlier for an apprentice, whose training is paid otherwise).",
            min_age
        ),
        CpfOnlyIfWorked => tr!(
            "Le CPF se remplit en travaillant : si vous avez déjà travaillé, vous avez peut-être des droits (voir Mon Compte Formation).",
            "The CPF fills up as you work: if you have worked before, you may have rights (see Mon Compte Formation)."
        ).into(),
        CpfPublicHours { hours_per_year, cap_hours, hours_per_year_c, cap_hours_c } => trf!(
            "Agent public : votre CPF se compte en heures, face aux heures de la formation : {} h par an, jusqu'à {} h ({} h par an, jusqu'à {} h, pour un agent de catégorie C sans diplôme de niveau 3). Demandez à votre employeur, qui décide et finance.",
            "Public agent: your CPF counts hours, against the course's hours: {} hours a year, up to {} hours ({} hours a year, up to {} hours, for a category C agent without a level-3 diploma). Ask your employer, who decides and pays.",
            hours_per_year, cap_hours, hours_per_year_c, cap_hours_c
        ),
        CpfPublicOnly => tr!("Réservé aux agents publics.", "For public agents only.").into(),
        AifAdviserValidates => tr!(
            "Possible si votre conseiller France Travail valide votre projet ; elle complète les autres financements.",
            "Possible if your France Travail adviser approves your plan; it tops up other funding."
        ).into(),
        AifRegisterFirst => tr!(
            "Il faut d'abord vous inscrire à France Travail : l'inscription l'ouvre.",
            "You first need to register with France Travail: registering opens it."
        ).into(),
        AifJobSeekersOnly => tr!(
            "Réservée aux demandeurs d'emploi inscrits à France Travail.",
            "Only for job seekers registered with France Travail."
        ).into(),
        PoeiNeedsJobOffer => tr!(
            "Possible si un employeur vous propose un poste et s'engage à vous embaucher après la formation.",
            "Possible if an employer offers you a job and commits to hiring you after the training."
        ).into(),
        PoecNoneFound => tr!(
            "Aucune session pour la médiation numérique n'a été trouvée : demandez à France Travail s'il en existe une près de chez vous.",
            "No session for digital mediation was found: ask France Travail whether there is one near you."
        ).into(),
        JobSeekersOnly => tr!("Réservée aux demandeurs d'emploi.", "Only for job seekers.").into(),
        PrfJobSeekers => tr!(
            "Si votre région a acheté des places pour ce titre : demandez à votre conseiller ou consultez le catalogue du Carif-Oref.",
            "If your region has bought places for this title: ask your adviser or look at the Carif-Oref catalogue."
        ).into(),
        PrfMostlyJobSeekers => tr!(
            "Surtout pour les demandeurs d'emploi ; les règles changent d'une région à l'autre et certaines ouvrent d'autres publics : à vérifier dans le catalogue du Carif-Oref.",
            "Mostly for job seekers; the rules differ from one region to another and some open it to others: check the Carif-Oref catalogue."
        ).into(),
        ApprenticeAge { age, max } => trf!(
            "À {} ans, vous pouvez signer un contrat d'apprentissage (jusqu'à {} ans).",
            "At {}, you can sign an apprenticeship contract (up to age {}).",
            age, max
        ),
        ApprenticeRqthNoLimit => tr!(
            "Avec une RQTH, l'apprentissage n'a pas de limite d'âge.",
            "With an RQTH, apprenticeship has no age limit."
        ).into(),
        ApprenticeExtendedAge { age, max, extended, .. } => trf!(
            "À {} ans, au-delà de {} ans, l'apprentissage reste possible jusqu'à {} ans quand un précédent contrat d'apprentissage s'est terminé il y a moins d'un an, et que le nouveau mène à un diplôme ou titre de niveau supérieur ou que le précédent a été rompu pour une cause indépendante de votre volonté ou une inaptitude (Code du travail, L6222-2). Sans limite d'âge : RQTH, création ou reprise d'entreprise, sportif de haut niveau, échec à l'examen d'un précédent apprentissage. À vérifier.",
            "At {}, past {}, apprenticeship remains possible up to age {} when a previous apprenticeship contract ended less than a year ago, and the new one leads to a higher-level diploma or title or the previous one was broken off for a cause beyond your control or unfitness (Code du travail, L6222-2). With no age limit: RQTH, starting or taking over a business, top-level athletes, failing the exam of a previous apprenticeship. To be checked.",
            age, max, extended
        ),
        ApprenticeNoRecentContract { age, max } => trf!(
            "À {} ans, au-delà de {} ans et sans contrat d'apprentissage terminé il y a moins d'un an, l'apprentissage n'est possible qu'avec une RQTH, pour créer ou reprendre une entreprise, pour un sportif de haut niveau, ou après un échec à l'examen d'un précédent apprentissage.",
            "At {}, past {} and with no apprenticeship contract ended less than a year ago, apprenticeship is only possible with an RQTH, to start or take over a business, for a top-level athlete, or after failing the exam of a previous apprenticeship.",
            age, max
        ),
        ApprenticeTooOld { age, extended } => trf!(
            "À {} ans, au-delà de {} ans, l'apprentissage n'est possible qu'avec une RQTH, pour créer ou reprendre une entreprise, pour un sportif de haut niveau, ou après un échec à l'examen d'un précédent apprentissage.",
            "At {}, past {}, apprenticeship is only possible with an RQTH, to start or take over a business, for a top-level athlete, or after failing the exam of a previous apprenticeship.",
            age, extended
        ),
        ApprenticeTooYoung { age, min } => trf!(
            "À {} ans, c'est trop tôt : l'apprentissage commence à {} ans, une fois le collège terminé.",
            "At {}, it is too early: apprenticeship starts at {}, once lower secondary school is finished.",
            age, min
        ),
        ApprenticeAfterCollege { age } => trf!(
            "À {} ans, l'apprentissage est possible si vous avez terminé le collège (la 3e) ; sinon, il commence à 16 ans. À vérifier.",
            "At {}, apprenticeship is possible if you have finished lower secondary school (collège); otherwise it starts at 16. To be checked.",
            age
        ),
        ApprenticeAgeUnknown { max } => trf!(
            "Ouvert de 16 à {} ans (15 ans après le collège), et sans limite avec une RQTH : indiquez votre âge.",
            "Open from 16 to {} (15 after lower secondary school), and with no limit with an RQTH: give your age.",
            max
        ),
        ApprenticeLocalAuthorityCnfpt => tr!(
            "Une collectivité peut vous prendre en apprentissage ; le CNFPT paie le CFA, mais a limité le nombre de contrats financés : à vérifier.",
            "A local authority can take you on as an apprentice; the CNFPT pays the CFA, but has limited the number of contracts it funds: to be checked."
        ).into(),
        ContratProPublicEmployer => tr!(
            "L'État et les collectivités ne peuvent pas recruter en contrat de professionnalisation : il faudrait un employeur privé.",
            "The State and local authorities cannot hire on a professionalisation contract: you would need a private employer."
        ).into(),
        ContratProAge { age, max } => trf!(
            "À {} ans (jusqu'à {} ans), vous pouvez signer un contrat de professionnalisation.",
            "At {} (up to age {}), you can sign a professionalisation contract.",
            age, max
        ),
        ContratProJobSeeker => tr!(
            "Demandeur d'emploi inscrit, vous pouvez signer un contrat de professionnalisation à tout âge.",
            "As a registered job seeker, you can sign a professionalisation contract at any age."
        ).into(),
        ContratProMinimaSociaux => tr!(
            "Bénéficiaire du RSA, de l'ASS ou de l'AAH, vous pouvez signer un contrat de professionnalisation à tout âge.",
            "As you receive the RSA, ASS or AAH benefits, you can sign a professionalisation contract at any age."
        ).into(),
        ContratProIfRegistered { max } => trf!(
            "Au-delà de {} ans, il faut être inscrit(e) à France Travail, ou toucher le RSA, l'ASS ou l'AAH : répondez aux questions sur ces points.",
            "Past {}, you need to be registered with France Travail, or to receive the RSA, ASS or AAH benefits: answer the questions on these points.",
            max
        ),
        ContratProRegisterFirst { max } => trf!(
            "Au-delà de {} ans, il faut être inscrit(e) à France Travail, ou toucher le RSA, l'ASS ou l'AAH : vous inscrire vous l'ouvrirait.",
            "Past {}, you need to be registered with France Travail, or to receive the RSA, ASS or AAH benefits: registering would open it.",
            max
        ),
        ContratProIfMinimaSociaux { max } => trf!(
            "Au-delà de {} ans, possible si vous touchez le RSA, l'ASS ou l'AAH : répondez à la question sur ces aides.",
            "Past {}, possible if you receive the RSA, ASS or AAH benefits: answer the question on these benefits.",
            max
        ),
        ContratProOtherPublics { max } => trf!(
            "Au-delà de {} ans, il est réservé aux demandeurs d'emploi inscrits à France Travail, aux bénéficiaires du RSA, de l'ASS ou de l'AAH, et aux anciens titulaires d'un contrat aidé (CUI).",
            "Past {}, it is only for job seekers registered with France Travail, people receiving the RSA, ASS or AAH benefits, and former holders of a subsidised contract (CUI).",
            max
        ),
        ContratProTooYoung { age } => trf!(
            "À {} ans, c'est trop tôt : le contrat de professionnalisation commence à 16 ans.",
            "At {}, it is too early: the professionalisation contract starts at 16.",
            age
        ),
        ContratProAgeUnknown { max } => trf!(
            "Ouvert de 16 à {} ans, et au-delà aux demandeurs d'emploi inscrits et aux bénéficiaires du RSA, de l'ASS ou de l'AAH : indiquez votre âge.",
            "Open from 16 to {}, and beyond to registered job seekers and people receiving the RSA, ASS or AAH benefits: give your age.",
            max
        ),
        ProAEligible => tr!(
            "Possible si le titre figure sur la liste Pro-A de la branche de votre employeur : demandez à l'OPCO.",
            "Possible if the title is on the Pro-A list of your employer's sector: ask the OPCO."
        ).into(),
        ProACdiOnly => tr!("Réservé aux salariés en CDI.", "Only for employees on a permanent contract (CDI).").into(),
        ProADiplomaTooHigh { level, .. } => trf!(
            "Réservé aux salariés sans licence (bac+3) ; vous avez le niveau {}.",
            "Only for employees without a bachelor's degree; you have level {}.",
            level
        ),
        ProAEmployeesOnly => tr!(
            "Réservé aux salariés du privé en CDI.",
            "Only for private-sector employees on a permanent contract (CDI)."
        ).into(),
        PtpSeniorityMet { months, needed } => trf!(
            "Avec {} mois chez votre employeur, la condition de {} mois de salariat est remplie ; le dossier doit montrer un changement de métier.",
            "With {} months with your employer, the condition of {} months as an employee is met; the application must show a change of job.",
            months, needed
        ),
        PtpRqthNoSeniority => tr!(
            "Avec une RQTH, pas de condition d'ancienneté ; le dossier doit montrer un changement de métier.",
            "With an RQTH, there is no length-of-service condition; the application must show a change of job."
        ).into(),
        PtpSeniorityShort { months, needed } => trf!(
            "Il faut au moins {} mois chez votre employeur actuel ; vous en avez {}.",
            "It takes at least {} months with your current employer; you have {}.",
            needed, months
        ),
        PtpTotalToCheck { months, needed, in_company } => trf!(
            "Vous avez {} mois chez votre employeur (il en faut {}) ; il faut aussi {} mois de salariat en tout, emplois précédents compris : à vérifier.",
            "You have {} months with your employer ({} are needed); it also takes {} months as an employee in all, earlier jobs included: to be checked.",
            months, in_company, needed
        ),
        PtpSeniorityUnknown { needed, in_company } => trf!(
            "Il faut {} mois de salariat, dont {} chez votre employeur actuel : indiquez votre ancienneté.",
            "It takes {} months as an employee, {} of them with your current employer: give your length of service.",
            needed, in_company
        ),
        PtpCddRules => tr!(
            "En CDD : 24 mois de salariat sur 5 ans, dont 4 mois en CDD dans les 12 derniers mois.",
            "On a fixed-term contract (CDD): 24 months as an employee over 5 years, 4 of them on a CDD in the last 12 months."
        ).into(),
        PtpPrivateEmployeesOnly => tr!("Réservé aux salariés du privé.", "Only for private-sector employees.").into(),
        PtpShortUnlessCdd { months, needed } => trf!(
            "En CDI, il faut au moins {} mois chez votre employeur actuel (vous en avez {}) ; en CDD, les règles sont autres (24 mois de salariat sur les 5 dernières années, dont 4 en CDD sur les 12 derniers mois) : indiquez votre contrat, ou voyez Transitions Pro.",
            "On a permanent contract (CDI), it takes at least {} months with your current employer (you have {}); on a fixed-term one (CDD), the rules differ (24 months as an employee in the last 5 years, 4 of them on CDDs in the last 12 months): give your contract, or ask Transitions Pro.",
            needed, months
        ),
        PtpIfNotAlreadyInTheJob => tr!(
            "À vérifier : Transitions Pro finance un changement de métier ; si votre emploi actuel est déjà la médiation numérique, il ne s'applique pas.",
            "To be checked: Transitions Pro funds a change of occupation; if your present job is already digital mediation, it does not apply."
        ).into(),
        PtpAlreadyInTheJob => tr!(
            "Il sert à changer de métier ; comme conseiller numérique, vous êtes déjà dans ce métier.",
            "It is for changing jobs; as a conseiller numérique, you already do this job."
        ).into(),
        EmployerDecides => tr!(
            "C'est votre employeur qui décide : parlez-en avec lui (entretien professionnel).",
            "Your employer decides: talk it over with them (professional review)."
        ).into(),
        NoEmployer => tr!("Il faut un employeur.", "You need an employer.").into(),
        AgefiphTopUp => tr!(
            "Avec une RQTH, l'Agefiph peut compléter le financement et payer les aménagements.",
            "With an RQTH, the Agefiph can top up the funding and pay for adjustments."
        ).into(),
        FiphfpTopUp => tr!(
            "Avec une RQTH, le FIPHFP peut compléter le financement, par votre employeur public.",
            "With an RQTH, the FIPHFP can top up the funding, through your public employer."
        ).into(),
        RqthOnly => tr!(
            "Réservé aux personnes ayant une reconnaissance de handicap (RQTH).",
            "Only for people with an official disability recognition (RQTH)."
        ).into(),
        RqthUnknown => tr!(
            "Si vous avez une RQTH, des aides complémentaires existent : répondez « Oui » à la question sur la RQTH, dans « Où vous en êtes ».",
            "If you have an RQTH, extra help exists: answer “Yes” to the RQTH question, under “Where you stand”."
        ).into(),
        AgefiphPrivateOnly => tr!("Pour les agents publics, c'est le FIPHFP.", "For public agents, it is the FIPHFP.").into(),
        FiphfpPublicOnly => tr!("Pour le secteur privé, c'est l'Agefiph.", "For the private sector, it is the Agefiph.").into(),
        FranceVaeUnlikely => tr!(
            "Le titre n'est probablement pas sur France VAE : la VAE d'un titre professionnel passe en général par la DREETS/DDETS. À vérifier.",
            "The title is probably not on France VAE: the VAE of a professional title usually goes through the DREETS/DDETS. To be checked."
        ).into(),
        CnStateFunded => tr!(
            "Comme vous êtes recruté(e) comme conseiller numérique, l'État paie toute votre formation initiale.",
            "As you are hired as a conseiller numérique, the State pays for all your initial training."
        ).into(),
        CnAlreadyHoldsCcp1 => tr!(
            "Une seule formation initiale est financée par conseiller, et les titulaires d'un CCP1 peuvent en être dispensés : à vérifier avec votre structure et l'aide du dispositif (ANCT).",
            "Only one initial training is funded per conseiller, and CCP1 holders may be exempted from it: check with your organisation and the scheme's help desk (ANCT)."
        ).into(),
        CnHiredOnly => tr!(
            "Réservé aux personnes recrutées comme conseiller numérique.",
            "Only for people hired as conseiller numérique."
        ).into(),
        AfterPreviousStep => tr!("Après l'étape précédente.", "After the previous step.").into(),
        NeedsEmployerContract => tr!(
            "Trouver un employeur qui signe le contrat en alternance.",
            "Find an employer who signs the work-study contract."
        ).into(),
        VaeExperience { expected_months } => trf!(
            "Une expérience en lien avec le bloc : aucune durée minimale légale, environ {} en pratique.",
            "Experience related to the block: no legal minimum length, about {} in practice.",
            months(*expected_months)
        ),
    }
}
