<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AccessLogScreen</name>
    <message>
        <source>Access log</source>
        <translation>Adgangslog</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Tilb&amp;age</translation>
    </message>
    <message>
        <source>Who looked at what</source>
        <translation>Hvem har set hvad</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>&amp;Handling</translation>
    </message>
    <message>
        <source>&amp;Person id</source>
        <translation>Perso&amp;n-id</translation>
    </message>
    <message>
        <source>&amp;Export as CSV...</source>
        <translation>&amp;Eksportér som CSV...</translation>
    </message>
    <message>
        <source>Spot check of reads of persons</source>
        <translation>Stikprøve af opslag på personer</translation>
    </message>
    <message>
        <source>Sample si&amp;ze</source>
        <translation>Stikprøvens st&amp;ørrelse</translation>
    </message>
    <message>
        <source>&amp;Justified</source>
        <translation>Be&amp;rettiget</translation>
    </message>
    <message>
        <source>&amp;Question...</source>
        <translation>Spørgs&amp;mål...</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>U&amp;ser</source>
        <translation>Br&amp;uger</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <source>Draw a sa&amp;mple</source>
        <translation>Træk en stikprø&amp;ve</translation>
    </message>
    <message>
        <source>Fi&amp;nish the review...</source>
        <translation>Afslut &amp;gennemgangen...</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Tidspunkt (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Person id</source>
        <translation>Person-id</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>(every action)</source>
        <translation>(alle handlinger)</translation>
    </message>
    <message>
        <source>A person id is a number.</source>
        <translation>Et person-id er et tal.</translation>
    </message>
    <message>
        <source>{0} of {1} entries shown, newest first</source>
        <translation>{0} af {1} poster vist, nyeste først</translation>
    </message>
    <message>
        <source>Why is the access log exported? (kept with the export)</source>
        <translation>Hvorfor eksporteres adgangsloggen? (gemmes sammen med eksporten)</translation>
    </message>
    <message>
        <source>Not exported: a reason is needed.</source>
        <translation>Ikke eksporteret: der skal angives en begrundelse.</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Gemt: {0}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Sample of {0} from {1} reads, {2} to {3}.</source>
        <translation>Stikprøve på {0} af {1} opslag, {2} til {3}.</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>berettiget</translation>
    </message>
    <message>
        <source>question</source>
        <translation>spørgsmål</translation>
    </message>
    <message>
        <source>What is to be asked about this read?</source>
        <translation>Hvad skal der spørges om ved dette opslag?</translation>
    </message>
    <message>
        <source>The reviewer's note on this spot check</source>
        <translation>Din samlede bemærkning til stikprøven</translation>
    </message>
    <message>
        <source>The spot check is reviewed and closed.</source>
        <translation>Stikprøven er gennemgået og afsluttet.</translation>
    </message>
</context>
<context>
    <name>AppFlow</name>
    <message>
        <source>Training mode is switched off on this computer.</source>
        <translation>Øvelse er slået fra på denne computer.</translation>
    </message>
    <message>
        <source>Internal error in TrygStart (a bug): could not log in.</source>
        <translation>Intern fejl i TrygStart (en programfejl): kunne ikke logge ind.</translation>
    </message>
    <message>
        <source>Log in as the next user.</source>
        <translation>Log ind som den næste bruger.</translation>
    </message>
    <message>
        <source>The answers so far are kept as an unfinished screening on the person's page.</source>
        <translation>Svarene indtil nu er gemt som en ufærdig screening på personens side.</translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation>Du er logget ud.</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Wrote a note</source>
        <translation>Skrev et notat</translation>
    </message>
    <message>
        <source>Amended a screening</source>
        <translation>Rettede en screening</translation>
    </message>
    <message>
        <source>Anchored the audit trail</source>
        <translation>Forankrede auditsporet</translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation>Tog en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Changed a password</source>
        <translation>Skiftede en adgangskode</translation>
    </message>
    <message>
        <source>Checked the database</source>
        <translation>Kontrollerede databasen</translation>
    </message>
    <message>
        <source>Completed a task</source>
        <translation>Afsluttede en opgave</translation>
    </message>
    <message>
        <source>Saved safe contact details</source>
        <translation>Gemte sikre kontaktoplysninger</translation>
    </message>
    <message>
        <source>Registered a person</source>
        <translation>Oprettede en person</translation>
    </message>
    <message>
        <source>Created a task</source>
        <translation>Oprettede en opgave</translation>
    </message>
    <message>
        <source>Decided a data request</source>
        <translation>Afgjorde en anmodning om data</translation>
    </message>
    <message>
        <source>Exported the access log</source>
        <translation>Eksporterede adgangsloggen</translation>
    </message>
    <message>
        <source>Exported a person's data</source>
        <translation>Udleverede en persons data</translation>
    </message>
    <message>
        <source>Exported statistics</source>
        <translation>Eksporterede statistik</translation>
    </message>
    <message>
        <source>Exported training runs</source>
        <translation>Eksporterede øvelsesforløb</translation>
    </message>
    <message>
        <source>Finalised a screening</source>
        <translation>Afsluttede en screening</translation>
    </message>
    <message>
        <source>Imported training runs</source>
        <translation>Indlæste øvelsesforløb</translation>
    </message>
    <message>
        <source>Listed tasks</source>
        <translation>Viste opgaver</translation>
    </message>
    <message>
        <source>Locked the screen</source>
        <translation>Låste skærmen</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Loggede ind</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Mislykket login</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Loggede ud</translation>
    </message>
    <message>
        <source>Deleted data past retention</source>
        <translation>Slettede data efter opbevaringsperioden</translation>
    </message>
    <message>
        <source>Recorded a data request</source>
        <translation>Registrerede en anmodning om data</translation>
    </message>
    <message>
        <source>Made a document</source>
        <translation>Lavede et dokument</translation>
    </message>
    <message>
        <source>Recorded 'not asked'</source>
        <translation>Registrerede »ikke spurgt«</translation>
    </message>
    <message>
        <source>Recorded a referral</source>
        <translation>Registrerede en henvisning</translation>
    </message>
    <message>
        <source>Recorded a training run</source>
        <translation>Registrerede et øvelsesforløb</translation>
    </message>
    <message>
        <source>Changed the database key</source>
        <translation>Skiftede databasens nøgle</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Genskabte en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Searched for persons</source>
        <translation>Søgte efter personer</translation>
    </message>
    <message>
        <source>Changed settings</source>
        <translation>Ændrede indstillinger</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>Stikprøvekontrol</translation>
    </message>
    <message>
        <source>Started a screening</source>
        <translation>Begyndte en screening</translation>
    </message>
    <message>
        <source>Login counters missing or damaged</source>
        <translation>Logintællerne manglede eller var beskadigede</translation>
    </message>
    <message>
        <source>Unlocked the screen</source>
        <translation>Låste skærmen op</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Mislykket oplåsning</translation>
    </message>
    <message>
        <source>Changed a person's details</source>
        <translation>Ændrede en persons oplysninger</translation>
    </message>
    <message>
        <source>Answered in a screening</source>
        <translation>Svarede i en screening</translation>
    </message>
    <message>
        <source>Changed user accounts</source>
        <translation>Ændrede brugerkonti</translation>
    </message>
    <message>
        <source>Verified the audit trail</source>
        <translation>Efterprøvede auditsporet</translation>
    </message>
    <message>
        <source>Viewed the access log</source>
        <translation>Så adgangsloggen</translation>
    </message>
    <message>
        <source>Opened a person's page</source>
        <translation>Åbnede en persons side</translation>
    </message>
    <message>
        <source>Opened a screening</source>
        <translation>Åbnede en screening</translation>
    </message>
    <message>
        <source>Viewed statistics</source>
        <translation>Så statistik</translation>
    </message>
    <message>
        <source>Viewed training runs</source>
        <translation>Så øvelsesforløb</translation>
    </message>
</context>
<context>
    <name>BandWords</name>
    <message>
        <source>green</source>
        <translation>grøn</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>gul</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rød</translation>
    </message>
    <message>
        <source>resource card</source>
        <translation>ressourcekort</translation>
    </message>
    <message>
        <source>safety plan</source>
        <translation>sikkerhedsplan</translation>
    </message>
    <message>
        <source>referral letter</source>
        <translation>henvisningsbrev</translation>
    </message>
    <message>
        <source>notification to the municipality</source>
        <translation>underretning til kommunen</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Resource card</source>
        <translation>Ressourcekort</translation>
    </message>
    <message numerus="yes">
        <source>Pocket size, folded once. The outside has no clinic name and no word about violence. Inside: 1888 and 112 always, and up to %n service(s) you tick.</source>
        <translation>
            <numerusform>Lommestørrelse, foldet én gang. Ydersiden har intet kliniknavn og intet ord om vold. Indeni: altid 1888 og 112 og op til %n tilbud, som du vælger.</numerusform>
            <numerusform>Lommestørrelse, foldet én gang. Ydersiden har intet kliniknavn og intet ord om vold. Indeni: altid 1888 og 112 og op til %n tilbud, som du vælger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card &amp;in</source>
        <translation>Kortet &amp;på</translation>
    </message>
    <message>
        <source>&amp;Show the card</source>
        <translation>&amp;Vis kortet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>The card will say the numbers were last verified on {0}.</source>
        <translation>Kortet vil sige, at numrene sidst blev kontrolleret {0}.</translation>
    </message>
</context>
<context>
    <name>CaseListScreen</name>
    <message>
        <source>What you practise:</source>
        <translation>Det øver du:</translation>
    </message>
    <message>
        <source>Choose a case</source>
        <translation>Vælg en case</translation>
    </message>
    <message>
        <source>Practise &amp;alone</source>
        <translation>Øv &amp;alene</translation>
    </message>
    <message>
        <source>&amp;Role-play in three</source>
        <translation>&amp;Rollespil i tre</translation>
    </message>
    <message>
        <source>Print the role-play &amp;cards...</source>
        <translation>Udskriv &amp;rollekort...</translation>
    </message>
    <message>
        <source>These case files could not be used:</source>
        <translation>Disse case-filer kunne ikke bruges:</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>(alone)</source>
        <translation>(alene)</translation>
    </message>
    <message>
        <source>(role-play)</source>
        <translation>(rollespil)</translation>
    </message>
    <message>
        <source>Role-play cards...</source>
        <translation>Rollekort...</translation>
    </message>
    <message>
        <source>&amp;End and see the feedback</source>
        <translation>&amp;Afslut og se feedback</translation>
    </message>
    <message>
        <source>At the gate: {0}</source>
        <translation>Ved lågen: {0}</translation>
    </message>
    <message>
        <source>The person answers: {0}</source>
        <translation>Personen svarer: {0}</translation>
    </message>
</context>
<context>
    <name>ChildFields</name>
    <message>
        <source>Unborn child</source>
        <translation>Ufødt barn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Expected birth</source>
        <translation>Forventet fødsel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>CoParentPanel</name>
    <message>
        <source>The child's other parent</source>
        <translation>Barnets anden forælder</translation>
    </message>
    <message>
        <source>Link the ot&amp;her parent...</source>
        <translation>Tilknyt den &amp;anden forælder...</translation>
    </message>
    <message>
        <source>Open their page</source>
        <translation>Åbn den anden forælders side</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Fjern tilknytningen</translation>
    </message>
    <message>
        <source>Not linked. Link the other parent to see whether each has been asked alone; neither page shows the other's answers.</source>
        <translation>Ikke tilknyttet. Tilknyt den anden forælder for at se, om hver af dem er spurgt alene; ingen af siderne viser den andens svar.</translation>
    </message>
    <message>
        <source>asked alone on {0}</source>
        <translation>spurgt alene {0}</translation>
    </message>
    <message>
        <source>not asked alone yet</source>
        <translation>ikke spurgt alene endnu</translation>
    </message>
    <message>
        <source>The other parent has not been asked alone yet.</source>
        <translation>Den anden forælder er ikke spurgt alene endnu.</translation>
    </message>
</context>
<context>
    <name>Consultation</name>
    <message>
        <source>Amend the finalised result</source>
        <translation>Ret det afsluttede resultat</translation>
    </message>
    <message>
        <source>An amendment is a new version; the finalised one stays in the record. Why is it amended? (required)</source>
        <translation>En rettelse er en ny version; den afsluttede bliver stående i journalen. Hvorfor rettes den? (skal udfyldes)</translation>
    </message>
    <message>
        <source>This could not be saved. Nothing was changed; please try again.</source>
        <translation>Det kunne ikke gemmes. Intet er ændret; prøv venligst igen.</translation>
    </message>
</context>
<context>
    <name>DebriefScreen</name>
    <message>
        <source>Met</source>
        <translation>Opfyldt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Why: {0}</source>
        <translation>Hvorfor: {0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Kilde: {0}</translation>
    </message>
    <message>
        <source>Common mistake: {0}</source>
        <translation>Typisk fejl: {0}</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>Tid pr. trin</translation>
    </message>
    <message>
        <source>Common mistakes in this case</source>
        <translation>Typiske fejl i denne case</translation>
    </message>
    <message>
        <source>Feedback: {0}</source>
        <translation>Feedback: {0}</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} points met. The feedback is the list of points, not a grade.</source>
        <translation>{0}: {1} af {2} punkter opfyldt. Feedbacken er listen af punkter – ikke en karakter.</translation>
    </message>
    <message>
        <source>&amp;Print the feedback...</source>
        <translation>&amp;Udskriv feedback...</translation>
    </message>
    <message>
        <source>Try the case &amp;again</source>
        <translation>Prøv casen &amp;igen</translation>
    </message>
    <message>
        <source>Back to the &amp;cases</source>
        <translation>Tilbage til &amp;cases</translation>
    </message>
</context>
<context>
    <name>DirectoryAdminDialog</name>
    <message>
        <source>&amp;New local service</source>
        <translation>&amp;Nyt lokalt tilbud</translation>
    </message>
    <message>
        <source>&amp;Remove the clinic's entry</source>
        <translation>&amp;Fjern klinikkens tilbud</translation>
    </message>
    <message>
        <source>&amp;Edit locally</source>
        <translation>&amp;Ret lokalt</translation>
    </message>
    <message>
        <source>&amp;Verified today</source>
        <translation>&amp;Kontrolleret i dag</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Services directory</source>
        <translation>Oversigt over tilbud</translation>
    </message>
    <message>
        <source>National services come with TrygStart and are read-only; the clinic's own entries are saved in the clinic's directory file: {0}</source>
        <translation>Landsdækkende tilbud følger med TrygStart og kan kun læses; klinikkens egne tilbud gemmes i klinikkens fil: {0}</translation>
    </message>
    <message>
        <source>The clinic's services (editable)</source>
        <translation>Klinikkens tilbud (kan rettes)</translation>
    </message>
    <message>
        <source>National services (read-only)</source>
        <translation>Landsdækkende tilbud (kan kun læses)</translation>
    </message>
    <message>
        <source>National service, read-only. “Edit locally” makes the clinic's copy.</source>
        <translation>Landsdækkende tilbud, kan kun læses. “Ret lokalt” laver klinikkens egen kopi.</translation>
    </message>
    <message>
        <source>The clinic's version of a bundled entry; removing it restores the bundled one.</source>
        <translation>Klinikkens udgave af et medfølgende tilbud; fjernes den, gælder det medfølgende igen.</translation>
    </message>
    <message>
        <source>The clinic's own entry.</source>
        <translation>Klinikkens eget tilbud.</translation>
    </message>
    <message>
        <source>A new local service.</source>
        <translation>Et nyt lokalt tilbud.</translation>
    </message>
    <message>
        <source>The clinic's version of a bundled entry (not saved yet).</source>
        <translation>Klinikkens udgave af et medfølgende tilbud (ikke gemt endnu).</translation>
    </message>
    <message>
        <source>this id is already used by another entry</source>
        <translation>dette id bruges allerede af et andet tilbud</translation>
    </message>
    <message>
        <source>Correct the fields marked.</source>
        <translation>Ret de markerede felter.</translation>
    </message>
    <message>
        <source>Saved in the clinic's directory file.</source>
        <translation>Gemt i klinikkens fil.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Blank questionnaire</source>
        <translation>Tomt spørgeskema</translation>
    </message>
    <message>
        <source>Completed screening</source>
        <translation>Udfyldt screening</translation>
    </message>
</context>
<context>
    <name>DocumentDialogs</name>
    <message>
        <source>The file will NOT be encrypted. Anyone who can open the folder you choose can read it. Save only where the clinic keeps such documents, and delete it when it is no longer needed.</source>
        <translation>Filen bliver IKKE krypteret. Alle, der kan åbne den mappe, du vælger, kan læse den. Gem kun, hvor klinikken opbevarer den slags dokumenter, og slet filen, når den ikke længere skal bruges.</translation>
    </message>
    <message>
        <source>Save unencrypted</source>
        <translation>Gem ukrypteret</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DocumentForms</name>
    <message>
        <source>Phone {0}</source>
        <translation>Telefon {0}</translation>
    </message>
    <message>
        <source>Phone: UNCONFIRMED, not filled in</source>
        <translation>Telefon: UBEKRÆFTET, ikke udfyldt</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Intet telefonnummer</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Ikke kontrolleret</translation>
    </message>
    <message>
        <source>Last verified {0}</source>
        <translation>Sidst kontrolleret {0}</translation>
    </message>
    <message>
        <source>UNCONFIRMED: {0}</source>
        <translation>UBEKRÆFTET: {0}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>åbningstider</translation>
    </message>
    <message>
        <source>secure mail</source>
        <translation>sikker post</translation>
    </message>
    <message>
        <source>Include it anyway: the person knows the name will show</source>
        <translation>Tag den med alligevel: personen ved, at navnet står der</translation>
    </message>
    <message>
        <source>Not checked against their source: {0}. The printout will give no date for when the numbers were checked. Check the numbers before you hand it over.</source>
        <translation>Ikke kontrolleret mod kilden: {0}. Udskriften skriver ikke, hvornår numrene er kontrolleret. Kontrollér numrene, før du giver den til personen.</translation>
    </message>
    <message>
        <source>{0}: no neutral name. The name is printed and says what the service is to anyone who finds the paper.</source>
        <translation>{0}: intet neutralt navn. Navnet bliver skrevet ud og fortæller alle, der finder papiret, hvad stedet er.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Id (letters, digits, hyphens)</source>
        <translation>Id (bogstaver, tal, bindestreger)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Discreet name (no word about violence)</source>
        <translation>Diskret navn (intet ord om vold)</translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation>Hvad det tilbyder</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>For hvem</translation>
    </message>
    <message>
        <source>Phones (number | label da | label en, one per line)</source>
        <translation>Telefoner (nummer | tekst da | tekst en, én pr. linje)</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Åbningstider</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Secure mail</source>
        <translation>Sikker post</translation>
    </message>
    <message>
        <source>Postal address (one line each)</source>
        <translation>Postadresse (én linje ad gangen)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Hjemmeside</translation>
    </message>
    <message>
        <source>How to refer</source>
        <translation>Sådan henvises</translation>
    </message>
    <message>
        <source>Source of the facts</source>
        <translation>Kilde til oplysningerne</translation>
    </message>
    <message>
        <source>Source's web address (https://...)</source>
        <translation>Kildens webadresse (https://...)</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Sidst kontrolleret</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Kontrolleret af</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Bruges til</translation>
    </message>
    <message>
        <source>Not confirmed (left empty)</source>
        <translation>Ikke bekræftet (står tomt)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ikke kontrolleret</translation>
    </message>
    <message>
        <source>Mark as not checked</source>
        <translation>Markér som ikke kontrolleret</translation>
    </message>
    <message>
        <source>on the resource card</source>
        <translation>på ressourcekortet</translation>
    </message>
    <message>
        <source>receives referrals</source>
        <translation>modtager henvisninger</translation>
    </message>
    <message>
        <source>receives notifications</source>
        <translation>modtager underretninger</translation>
    </message>
    <message>
        <source>gives treatment (a referral rests on Sundhedsloven § 41)</source>
        <translation>yder behandling (en henvisning sker efter sundhedsloven § 41)</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>åbningstider</translation>
    </message>
    <message>
        <source>secure mail</source>
        <translation>sikker post</translation>
    </message>
    <message>
        <source>required</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>må ikke være tom</translation>
    </message>
    <message>
        <source>needs both the Danish and the English text</source>
        <translation>skal have både den danske og den engelske tekst</translation>
    </message>
    <message>
        <source>not a phone number: digits and spaces, e.g. 33 33 00 47</source>
        <translation>ikke et telefonnummer: cifre og mellemrum, fx 33 33 00 47</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>ikke en e-mailadresse</translation>
    </message>
    <message>
        <source>a web address without https://, e.g. danner.dk</source>
        <translation>en webadresse uden https://, fx danner.dk</translation>
    </message>
    <message>
        <source>a full web address, e.g. https://danner.dk</source>
        <translation>en hel webadresse, fx https://danner.dk</translation>
    </message>
    <message>
        <source>small letters, digits and hyphens only</source>
        <translation>kun små bogstaver, tal og bindestreger</translation>
    </message>
    <message>
        <source>filled in but marked as not confirmed: untick “not confirmed”</source>
        <translation>udfyldt, men markeret som ikke bekræftet: fjern fluebenet under “ikke bekræftet”</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>Follow &amp;up at the next visit</source>
        <translation>&amp;Følg op ved næste besøg</translation>
    </message>
    <message>
        <source>the &amp;visit on</source>
        <translation>besø&amp;get den</translation>
    </message>
    <message>
        <source>The next visit on</source>
        <translation>Næste besøg den</translation>
    </message>
    <message>
        <source>What to follow up (optional)</source>
        <translation>Hvad der skal følges op (valgfrit)</translation>
    </message>
    <message>
        <source>Follow-up task for the visit on {0}: on the person's page until done.</source>
        <translation>Opfølgning ved besøget den {0}: står på personens side, til den er klaret.</translation>
    </message>
    <message>
        <source>A follow-up task for {0} is planned in this consultation already.</source>
        <translation>Der er allerede planlagt opfølgning den {0} i denne samtale.</translation>
    </message>
</context>
<context>
    <name>GateScreen</name>
    <message>
        <source>Is it safe to ask now? ({0})</source>
        <translation>Er det sikkert at spørge nu? ({0})</translation>
    </message>
    <message>
        <source>Ask only when every point below holds. If one does not, do not ask: record "not asked" with the reason, and ask next time.</source>
        <translation>Spørg kun, når alle punkter herunder er opfyldt. Er ét ikke opfyldt, så spørg ikke: notér »ikke spurgt« med årsagen, og spørg næste gang.</translation>
    </message>
    <message>
        <source>First I asked "Are you alone? Can anyone hear you?": the person is alone, and no one can hear.</source>
        <translation>Jeg har først spurgt: »Er du alene? Kan nogen høre dig?« Personen er alene, og ingen kan høre med.</translation>
    </message>
    <message>
        <source>The person is alone with me: no partner, no family member, and no child old enough to understand.</source>
        <translation>Personen er alene med mig: ingen partner, intet familiemedlem og intet barn, der er gammelt nok til at forstå.</translation>
    </message>
    <message>
        <source>There is time to ask, and to respond to what the person tells me.</source>
        <translation>Der er tid til at spørge og til at reagere på det, personen fortæller.</translation>
    </message>
    <message>
        <source>I have explained the limits of confidentiality: I must notify the municipality if a child, also an unborn child, may need support (Barnets Lov section 133), and information may be passed on without consent if someone is in serious danger.</source>
        <translation>Jeg har forklaret grænserne for tavshedspligten: Jeg skal underrette kommunen, hvis et barn, også et ufødt barn, kan have brug for støtte (Barnets Lov § 133), og oplysninger kan videregives uden samtykke, hvis nogen er i alvorlig fare.</translation>
    </message>
    <message>
        <source>The consultation:</source>
        <translation>Samtalen foregår:</translation>
    </message>
    <message>
        <source>Who else is there:</source>
        <translation>Hvem er ellers til stede:</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Tolk:</translation>
    </message>
    <message>
        <source>If it is not safe to ask now</source>
        <translation>Hvis det ikke er sikkert at spørge nu</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Årsag</translation>
    </message>
    <message>
        <source>As&amp;k again on</source>
        <translation>Spø&amp;rg igen den</translation>
    </message>
    <message>
        <source>I r&amp;ead the questions aloud</source>
        <translation>Jeg &amp;læser spørgsmålene højt</translation>
    </message>
    <message>
        <source>Record "&amp;not asked"</source>
        <translation>&amp;Notér »ikke spurgt«</translation>
    </message>
    <message>
        <source>When every point holds</source>
        <translation>Når alle punkter er opfyldt</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>Spørgeske&amp;ma</translation>
    </message>
    <message>
        <source>The person's &amp;language</source>
        <translation>Personens spro&amp;g</translation>
    </message>
    <message>
        <source>The person answers &amp;alone on the screen</source>
        <translation>Personen s&amp;varer selv på skærmen</translation>
    </message>
    <message>
        <source>The questions can start when every point above is ticked and the interpreter is chosen.</source>
        <translation>Spørgsmålene kan begynde, når alle punkter ovenfor er krydset af, og tolken er valgt.</translation>
    </message>
    <message>
        <source>&amp;Start the questions</source>
        <translation>&amp;Start spørgsmålene</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbage</translation>
    </message>
</context>
<context>
    <name>HandBackPage</name>
    <message>
        <source>&amp;Health professional's password</source>
        <translation>Sundhedspersonens &amp;adgangskode</translation>
    </message>
    <message>
        <source>Health professional's password</source>
        <translation>Sundhedspersonens adgangskode</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Kontrollerer...</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Forkert adgangskode.</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <source>Contact details</source>
        <translation>Kontaktoplysninger</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation>Resultat af screeningen</translation>
    </message>
    <message>
        <source>Safety concerns</source>
        <translation>Bekymringer for sikkerheden</translation>
    </message>
    <message>
        <source>Own violence against a partner</source>
        <translation>Egen vold mod en partner</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Fri tekst</translation>
    </message>
    <message>
        <source>Not covered by the consent or legal basis</source>
        <translation>Ikke omfattet af samtykket eller hjemlen</translation>
    </message>
    <message>
        <source>e.g. Polish</source>
        <translation>fx polsk</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Har brug for tolk</translation>
    </message>
    <message>
        <source>e.g. call from a withheld number only</source>
        <translation>fx ring kun fra skjult nummer</translation>
    </message>
    <message>
        <source>Discreet: the first page holds only addresses, date and a neutral heading</source>
        <translation>Diskret: første side har kun adresser, dato og en neutral overskrift</translation>
    </message>
    <message>
        <source>No copy for the person</source>
        <translation>Ingen kopi til personen</translation>
    </message>
    <message>
        <source>A copy handed to the person</source>
        <translation>En kopi gives til personen</translation>
    </message>
    <message>
        <source>A copy sent to a safe address</source>
        <translation>En kopi sendes til en sikker adresse</translation>
    </message>
    <message>
        <source>A copy sent to the person's home</source>
        <translation>En kopi sendes til personens hjem</translation>
    </message>
    <message>
        <source>Address, one line each (used for this letter only)</source>
        <translation>Adresse, én linje ad gangen (bruges kun til dette brev)</translation>
    </message>
    <message>
        <source>The person's copy holds neither the safety concerns, own violence, the message nor the safe contact details.</source>
        <translation>Kopien til personen indeholder hverken bekymringer for sikkerheden, egen vold, beskeden eller de sikre kontaktoplysninger.</translation>
    </message>
    <message>
        <source>The letter holds</source>
        <translation>Brevet indeholder</translation>
    </message>
    <message>
        <source>Safe&amp;ty concerns</source>
        <translation>&amp;Bekymringer for sikkerheden</translation>
    </message>
    <message>
        <source>&amp;Free text</source>
        <translation>&amp;Fri tekst</translation>
    </message>
    <message>
        <source>Person's &amp;language</source>
        <translation>Personens &amp;sprog</translation>
    </message>
    <message>
        <source>Contact &amp;note</source>
        <translation>Bemærkning om &amp;kontakt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opi</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>&amp;Adresse til kopien</translation>
    </message>
    <message>
        <source>Letter &amp;in</source>
        <translation>Brevet &amp;på</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Reference</translation>
    </message>
</context>
<context>
    <name>LinkParentScreen</name>
    <message>
        <source>Link the child's other parent ({0})</source>
        <translation>Tilknyt barnets anden forælder ({0})</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuller</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found. Enter links the chosen person.</source>
        <translation>
            <numerusform>%n person fundet. Enter tilknytter den valgte.</numerusform>
            <numerusform>%n personer fundet. Enter tilknytter den valgte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Too many wrong PINs. Use your password.</source>
        <translation>For mange forkerte PIN-koder. Brug din adgangskode.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Forkert PIN-kode. %n forsøg tilbage.</numerusform>
            <numerusform>Forkert PIN-kode. %n forsøg tilbage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Forkert adgangskode.</translation>
    </message>
    <message>
        <source>The screen is hidden. Nobody is logged in.</source>
        <translation>Skærmen er skjult. Ingen er logget ind.</translation>
    </message>
    <message>
        <source>The screen is locked.</source>
        <translation>Skærmen er låst.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN-kode</translation>
    </message>
    <message>
        <source>Use my password instead</source>
        <translation>Brug min adgangskode i stedet</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <source>Use my PIN instead</source>
        <translation>Brug min PIN-kode i stedet</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <source>Unlocking...</source>
        <translation>Låser op...</translation>
    </message>
    <message>
        <source>Log in as another user</source>
        <translation>Log ind som en anden bruger</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsæt</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Logging in...</source>
        <translation>Logger ind...</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log ind</translation>
    </message>
    <message>
        <source>Training (fictitious persons)</source>
        <translation>Øvelse (fiktive personer)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>S&amp;prog</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Run: {0}</source>
        <translation>Kør: {0}</translation>
    </message>
    <message>
        <source>Finalise this result and run: {0}</source>
        <translation>Afslut dette resultat og kør: {0}</translation>
    </message>
    <message>
        <source>Pocket card with numbers...</source>
        <translation>Lommekort med numre...</translation>
    </message>
    <message>
        <source>Referral with consent...</source>
        <translation>Henvis med samtykke...</translation>
    </message>
    <message>
        <source>Safety plan...</source>
        <translation>Sikkerhedsplan...</translation>
    </message>
    <message>
        <source>Notification to the municipality...</source>
        <translation>Underretning til kommunen...</translation>
    </message>
    <message>
        <source>Print the result...</source>
        <translation>Udskriv resultatet...</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>anbefalet</translation>
    </message>
    <message>
        <source>Follow-up: {0} (not installed)</source>
        <translation>Opfølgning: {0} (ikke installeret)</translation>
    </message>
</context>
<context>
    <name>NotificationForm</name>
    <message>
        <source>Mother</source>
        <translation>Mor</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Far</translation>
    </message>
    <message>
        <source>Co-mother</source>
        <translation>Medmor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anden</translation>
    </message>
    <message>
        <source>Send the notification by secure mail only.</source>
        <translation>Send kun underretningen med sikker post.</translation>
    </message>
    <message>
        <source>Urgent: the child may need help at once</source>
        <translation>Haster: barnet kan have brug for hjælp med det samme</translation>
    </message>
    <message>
        <source>Add another child</source>
        <translation>Tilføj endnu et barn</translation>
    </message>
    <message>
        <source>Parent 1</source>
        <translation>Forælder 1</translation>
    </message>
    <message>
        <source>Parent 2</source>
        <translation>Forælder 2</translation>
    </message>
    <message>
        <source>e.g. midwife for the mother during pregnancy</source>
        <translation>fx jordemoder for moderen under graviditeten</translation>
    </message>
    <message>
        <source>e.g. joint custody; leave empty if not known</source>
        <translation>fx fælles forældremyndighed; lad feltet stå tomt, hvis det ikke vides</translation>
    </message>
    <message>
        <source>If known</source>
        <translation>Hvis det vides</translation>
    </message>
    <message>
        <source>A parent is suspected of the violence: contact with the parents is left out of the notification.</source>
        <translation>En forælder er mistænkt for volden: kontakten med forældrene udelades i underretningen.</translation>
    </message>
    <message>
        <source>C&amp;ustody</source>
        <translation>Forældre&amp;myndighed</translation>
    </message>
    <message>
        <source>&amp;Siblings</source>
        <translation>&amp;Søskende</translation>
    </message>
    <message>
        <source>&amp;General practitioner</source>
        <translation>Praktiserende &amp;læge</translation>
    </message>
    <message>
        <source>&amp;Earlier notifications</source>
        <translation>&amp;Tidligere underretninger</translation>
    </message>
    <message>
        <source>Your &amp;relation to the child</source>
        <translation>Din &amp;relation til barnet</translation>
    </message>
    <message>
        <source>&amp;Concern</source>
        <translation>&amp;Bekymring</translation>
    </message>
    <message>
        <source>&amp;Observations</source>
        <translation>&amp;Observationer</translation>
    </message>
    <message>
        <source>&amp;Actions taken</source>
        <translation>&amp;Hvad er gjort</translation>
    </message>
    <message>
        <source>Contact with the &amp;parents</source>
        <translation>Kontakt med &amp;forældrene</translation>
    </message>
    <message>
        <source>Letter &amp;in</source>
        <translation>Brevet &amp;på</translation>
    </message>
    <message>
        <source>Child {0}</source>
        <translation>Barn {0}</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>barnet</translation>
    </message>
    <message>
        <source>where {0} stands in the violence</source>
        <translation>hvor {0} står i forhold til volden</translation>
    </message>
    <message>
        <source>your relation to the child</source>
        <translation>din relation til barnet</translation>
    </message>
    <message>
        <source>the concern</source>
        <translation>bekymringen</translation>
    </message>
    <message>
        <source>the observations</source>
        <translation>observationerne</translation>
    </message>
    <message>
        <source>the actions taken</source>
        <translation>hvad der er gjort</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Choose the result you judge to be right, and write why. The computed result stays in the record next to yours.</source>
        <translation>Vælg det resultat, du vurderer er det rigtige, og skriv hvorfor. Det beregnede resultat bliver stående i journalen ved siden af dit.</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Begrundelse (skal udfyldes)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Change the result</source>
        <translation>Ændr resultatet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>this computer</source>
        <translation>denne computer</translation>
    </message>
    <message>
        <source>Trainer's overview</source>
        <translation>Underviserens oversigt</translation>
    </message>
    <message>
        <source>{0} runs on this computer, from {1} computers.</source>
        <translation>{0} øvelser på denne computer, fra {1} computere.</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Opfyldt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Points missed</source>
        <translation>Manglende punkter</translation>
    </message>
    <message>
        <source>Course &amp;report (PDF)...</source>
        <translation>Kursus&amp;rapport (PDF)...</translation>
    </message>
    <message>
        <source>Course report as &amp;CSV...</source>
        <translation>Kursusrapport som &amp;CSV...</translation>
    </message>
    <message>
        <source>&amp;Export runs...</source>
        <translation>&amp;Eksportér øvelser...</translation>
    </message>
    <message>
        <source>&amp;Import runs...</source>
        <translation>&amp;Importér øvelser...</translation>
    </message>
    <message>
        <source>Folder of extra &amp;cases...</source>
        <translation>Mappe med ekstra &amp;cases...</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <source>Extra cases: {0}</source>
        <translation>Ekstra cases: {0}</translation>
    </message>
    <message>
        <source>Extra cases: no folder chosen.</source>
        <translation>Ekstra cases: ingen mappe valgt.</translation>
    </message>
</context>
<context>
    <name>OwnDataDialog</name>
    <message>
        <source>These papers tell what she has said about violence. They are not safe to take home if a partner or someone else may read them. Offer to hand them over later or to send them to a safe address.</source>
        <translation>Papirerne fortæller, hvad hun har sagt om vold. De er ikke sikre at tage med hjem, hvis en partner eller en anden kan læse dem. Tilbyd at udlevere dem senere eller at sende dem til en sikker adresse.</translation>
    </message>
    <message>
        <source>I have told her, and she wants the copy &amp;now</source>
        <translation>Jeg har fortalt hende det, og hun vil have kopien &amp;nu</translation>
    </message>
    <message>
        <source>&amp;Reason, or what was decided (kept with the request, not in the log)</source>
        <translation>&amp;Begrundelse eller afgørelse (gemmes med anmodningen, ikke i loggen)</translation>
    </message>
    <message>
        <source>&amp;PDF to read</source>
        <translation>&amp;PDF til at læse</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>FHIR R4 &amp;Bundle</source>
        <translation>FHIR R4-b&amp;undle</translation>
    </message>
    <message>
        <source>&amp;Save the copy...</source>
        <translation>&amp;Gem kopien...</translation>
    </message>
    <message>
        <source>Hand over &amp;later</source>
        <translation>Udlevér &amp;senere</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Rettelse</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Sletning</translation>
    </message>
    <message>
        <source>Record her re&amp;quest</source>
        <translation>Registrér hendes an&amp;modning</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Markér som ud&amp;ført</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>&amp;Afvis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Gemt: {0}</translation>
    </message>
    <message>
        <source>Recorded: she gets the copy later.</source>
        <translation>Registreret: hun får kopien senere.</translation>
    </message>
    <message>
        <source>Her request is recorded.</source>
        <translation>Hendes anmodning er registreret.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopi</translation>
    </message>
    <message>
        <source>The request is marked as done.</source>
        <translation>Anmodningen er markeret som udført.</translation>
    </message>
    <message>
        <source>The refusal and its reason are recorded.</source>
        <translation>Afslaget og begrundelsen er registreret.</translation>
    </message>
</context>
<context>
    <name>ParentFields</name>
    <message>
        <source>Language, if an interpreter is needed</source>
        <translation>Sprog, hvis der er brug for tolk</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Vælg ...</translation>
    </message>
    <message>
        <source>Exposed to the violence</source>
        <translation>Udsat for volden</translation>
    </message>
    <message>
        <source>Suspected of the violence</source>
        <translation>Mistænkt for volden</translation>
    </message>
    <message>
        <source>Neither, or not known</source>
        <translation>Ingen af delene eller ved ikke</translation>
    </message>
    <message>
        <source>e.g. weekdays 9-12</source>
        <translation>fx hverdage kl. 9-12</translation>
    </message>
    <message>
        <source>Messages may be left</source>
        <translation>Der må lægges besked</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ikke oplyst</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Must not be told before the municipality has acted.</source>
        <translation>Må ikke orienteres, før kommunen har handlet.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Regarding the violence</source>
        <translation>I forhold til volden</translation>
    </message>
    <message>
        <source>Safe phone number</source>
        <translation>Sikkert telefonnummer</translation>
    </message>
    <message>
        <source>Safe times to call</source>
        <translation>Hvornår det er sikkert at ringe</translation>
    </message>
    <message>
        <source>Knows about the notification</source>
        <translation>Kender til underretningen</translation>
    </message>
</context>
<context>
    <name>PersonFlow</name>
    <message>
        <source>The answers so far are kept. To continue, open the person and choose the unfinished screening.</source>
        <translation>Svarene indtil nu er gemt. Åbn personen, og vælg den ufærdige screening for at fortsætte.</translation>
    </message>
    <message>
        <source>That could not be saved.</source>
        <translation>Det kunne ikke gemmes.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Note: the number does not pass the modulus-11 check. Numbers issued since 2007 may not; check it once more against the health card.</source>
        <translation>Bemærk: nummeret består ikke modulus 11-kontrollen. Det gør numre udstedt efter 2007 ikke altid; tjek det en ekstra gang mod sundhedskortet.</translation>
    </message>
    <message>
        <source>The first six digits of a CPR number are a date (DDMMYY).</source>
        <translation>De første seks cifre i et CPR-nummer er en dato (DDMMÅÅ).</translation>
    </message>
    <message>
        <source>The CPR number gives a birth date in the future.</source>
        <translation>CPR-nummeret giver en fødselsdato i fremtiden.</translation>
    </message>
    <message>
        <source>A CPR number has ten digits (DDMMYY-SSSS).</source>
        <translation>Et CPR-nummer har ti cifre (DDMMÅÅ-LLLL).</translation>
    </message>
    <message>
        <source>The name is needed.</source>
        <translation>Navnet skal udfyldes.</translation>
    </message>
    <message>
        <source>The CPR number is not valid.</source>
        <translation>CPR-nummeret er ikke gyldigt.</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>fødselsdatoen</translation>
    </message>
    <message>
        <source>the child's birth date</source>
        <translation>barnets fødselsdato</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>Fødselsdatoen ligger i fremtiden.</translation>
    </message>
    <message>
        <source>Write the {0} as dd.mm.yyyy.</source>
        <translation>Skriv {0} som dd.mm.åååå.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Correct the person's details</source>
        <translation>Ret personens oplysninger</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;CPR number</source>
        <translation>&amp;CPR-nummer</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Fødselsdato</translation>
    </message>
    <message>
        <source>C&amp;hild's birth date</source>
        <translation>B&amp;arnets fødselsdato</translation>
    </message>
    <message>
        <source>Safe &amp;phone</source>
        <translation>Sikkert &amp;telefonnummer</translation>
    </message>
    <message>
        <source>Safe ti&amp;mes to call</source>
        <translation>&amp;Sikre tidspunkter at ringe</translation>
    </message>
    <message>
        <source>May we lea&amp;ve messages?</source>
        <translation>Må vi &amp;lægge beskeder?</translation>
    </message>
    <message>
        <source>&amp;already born</source>
        <translation>f&amp;ødt</translation>
    </message>
    <message>
        <source>May &amp;letters go home?</source>
        <translation>Må breve sendes &amp;hjem?</translation>
    </message>
    <message>
        <source>DDMMYY-SSSS</source>
        <translation>DDMMÅÅ-LLLL</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>&amp;expected (pregnancy)</source>
        <translation>for&amp;ventet (graviditet)</translation>
    </message>
    <message>
        <source>e.g. weekdays 9-12</source>
        <translation>fx hverdage kl. 9-12</translation>
    </message>
    <message>
        <source>Safe contact</source>
        <translation>Sikker kontakt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Not asked: {0}</source>
        <translation>Ikke spurgt: {0}</translation>
    </message>
    <message>
        <source>Ask again on {0}</source>
        <translation>Spørg igen {0}</translation>
    </message>
    <message>
        <source>(amended, version {0})</source>
        <translation>(rettet, version {0})</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Ikke afsluttet</translation>
    </message>
    <message>
        <source>(changed by the health professional)</source>
        <translation>(ændret af sundhedspersonen)</translation>
    </message>
    <message>
        <source>(replaced by an amendment)</source>
        <translation>(erstattet af en rettelse)</translation>
    </message>
    <message>
        <source>CPR {0}</source>
        <translation>CPR {0}</translation>
    </message>
    <message>
        <source>born {0}</source>
        <translation>født {0}</translation>
    </message>
    <message>
        <source>expected birth {0}</source>
        <translation>termin {0}</translation>
    </message>
    <message>
        <source>(week {0})</source>
        <translation>(uge {0})</translation>
    </message>
    <message>
        <source>child born {0}</source>
        <translation>barnet født {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of concern</source>
        <translation>
            <numerusform>%n særligt forhold</numerusform>
            <numerusform>%n særlige forhold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n week(s) old)</source>
        <translation>
            <numerusform>(%n uge gammelt)</numerusform>
            <numerusform>(%n uger gammelt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Safe phone: {0}</source>
        <translation>Sikkert telefonnummer: {0}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ikke noteret</translation>
    </message>
    <message>
        <source>Safe times: {0}</source>
        <translation>Sikre tidspunkter: {0}</translation>
    </message>
    <message>
        <source>Messages: {0}</source>
        <translation>Beskeder: {0}</translation>
    </message>
    <message>
        <source>Letters home: {0}</source>
        <translation>Breve hjem: {0}</translation>
    </message>
    <message>
        <source>Never asked.</source>
        <translation>Aldrig spurgt.</translation>
    </message>
    <message>
        <source>Last asked on {0} by {1}.</source>
        <translation>Sidst spurgt {0} af {1}.</translation>
    </message>
    <message>
        <source>Last time ({0}, {1}): not asked, {2}.</source>
        <translation>Sidste gang ({0}, {1}): ikke spurgt, {2}.</translation>
    </message>
    <message>
        <source>Ask next on {0} (planned).</source>
        <translation>Spørg næste gang {0} (planlagt).</translation>
    </message>
    <message>
        <source>Ask now ({0}).</source>
        <translation>Spørg nu ({0}).</translation>
    </message>
    <message>
        <source>Ask next on {0} ({1}).</source>
        <translation>Spørg næste gang {0} ({1}).</translation>
    </message>
    <message>
        <source>The asking schedule has no further dates.</source>
        <translation>Planen for at spørge har ikke flere datoer.</translation>
    </message>
    <message>
        <source>&lt; &amp;Find a person</source>
        <translation>&lt; &amp;Find en person</translation>
    </message>
    <message>
        <source>&amp;Correct details...</source>
        <translation>&amp;Ret oplysninger...</translation>
    </message>
    <message>
        <source>Her data and re&amp;quests...</source>
        <translation>Hendes data og an&amp;modninger...</translation>
    </message>
    <message>
        <source>&amp;Ask now...</source>
        <translation>&amp;Spørg nu...</translation>
    </message>
    <message>
        <source>The asking schedule is TrygStart's default; an administrator can set the clinic's own in the settings.</source>
        <translation>Planen for at spørge er TrygStarts standard; en administrator kan sætte klinikkens egen under Indstillinger.</translation>
    </message>
    <message>
        <source>Asking history</source>
        <translation>Tidligere spurgt</translation>
    </message>
    <message>
        <source>&amp;Refer with consent...</source>
        <translation>&amp;Henvis med samtykke...</translation>
    </message>
    <message>
        <source>R&amp;esource card...</source>
        <translation>Ressour&amp;cekort...</translation>
    </message>
    <message>
        <source>&amp;Safety plan...</source>
        <translation>Sikkerhedspla&amp;n...</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Genoptag</translation>
    </message>
    <message>
        <source>&amp;Notification to the municipality...</source>
        <translation>&amp;Underretning til kommunen...</translation>
    </message>
    <message>
        <source>Not finished: {0}, started {1} by {2}.</source>
        <translation>Ikke afsluttet: {0}, begyndt {1} af {2}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>No asking recorded yet.</source>
        <translation>Der er endnu ikke noteret noget.</translation>
    </message>
</context>
<context>
    <name>PersonSearchScreen</name>
    <message>
        <source>Type a name, a CPR number or a birth date (dd.mm.yyyy).</source>
        <translation>Skriv et navn, et CPR-nummer eller en fødselsdato (dd.mm.åååå).</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Søgningen mislykkedes.</translation>
    </message>
    <message>
        <source>No one with that name was found.</source>
        <translation>Ingen med det navn blev fundet.</translation>
    </message>
    <message>
        <source>No one with that CPR number was found.</source>
        <translation>Ingen med det CPR-nummer blev fundet.</translation>
    </message>
    <message>
        <source>No one born on that date was found.</source>
        <translation>Ingen født den dato blev fundet.</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Find en person</translation>
    </message>
    <message>
        <source>&amp;Name, CPR number or birth date</source>
        <translation>&amp;Navn, CPR-nummer eller fødselsdato</translation>
    </message>
    <message>
        <source>e.g. Hansen, 010190-1234 or 01.01.1990</source>
        <translation>fx Hansen, 010190-1234 eller 01.01.1990</translation>
    </message>
    <message>
        <source>Name, CPR number or birth date</source>
        <translation>Navn, CPR-nummer eller fødselsdato</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <source>New &amp;person...</source>
        <translation>N&amp;y person...</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found. Enter opens.</source>
        <translation>
            <numerusform>%n person fundet. Enter åbner.</numerusform>
            <numerusform>%n personer fundet. Enter åbner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation>Fundne personer</translation>
    </message>
</context>
<context>
    <name>PersonWords</name>
    <message>
        <source>Pregnant woman</source>
        <translation>Gravid</translation>
    </message>
    <message>
        <source>New mother</source>
        <translation>Ny mor</translation>
    </message>
    <message>
        <source>Father or co-parent</source>
        <translation>Far eller medforælder</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anden</translation>
    </message>
    <message>
        <source>not alone (partner or others present)</source>
        <translation>ikke alene (partner eller andre til stede)</translation>
    </message>
    <message>
        <source>only a family member or friend to interpret</source>
        <translation>kun familie eller en ven til at tolke</translation>
    </message>
    <message>
        <source>no private room</source>
        <translation>intet uforstyrret rum</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>ingen tid</translation>
    </message>
    <message>
        <source>the person declined</source>
        <translation>personen ønskede det ikke</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>ikke spurgt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>aldrig spurgt</translation>
    </message>
    <message>
        <source>not asked last time</source>
        <translation>ikke spurgt sidste gang</translation>
    </message>
    <message>
        <source>the midwife's consultation, pregnancy week {0}</source>
        <translation>jordemoderkonsultation i graviditetsuge {0}</translation>
    </message>
    <message>
        <source>the health visitor's pregnancy visit, week {0}</source>
        <translation>sundhedsplejerskens graviditetsbesøg i uge {0}</translation>
    </message>
    <message>
        <source>the first visit after the birth, day {0}</source>
        <translation>første besøg efter fødslen, dag {0}</translation>
    </message>
    <message numerus="yes">
        <source>the health visitor's visit, child %n week(s) old</source>
        <translation>
            <numerusform>sundhedsplejerskens besøg, barnet er %n uge</numerusform>
            <numerusform>sundhedsplejerskens besøg, barnet er %n uger</numerusform>
        </translation>
    </message>
    <message>
        <source>in person</source>
        <translation>i samme rum</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>over telefon</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>over video</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>en partner</translation>
    </message>
    <message>
        <source>another family member</source>
        <translation>et andet familiemedlem</translation>
    </message>
    <message>
        <source>a child old enough to understand</source>
        <translation>et barn, der er gammelt nok til at forstå</translation>
    </message>
    <message>
        <source>another adult</source>
        <translation>en anden voksen</translation>
    </message>
    <message>
        <source>a child too young to understand (may stay)</source>
        <translation>et lille barn, der ikke forstår (må gerne være der)</translation>
    </message>
    <message>
        <source>no interpreter</source>
        <translation>ingen tolk</translation>
    </message>
    <message>
        <source>professional, in the room</source>
        <translation>professionel tolk i rummet</translation>
    </message>
    <message>
        <source>professional, by phone</source>
        <translation>professionel tolk over telefon</translation>
    </message>
    <message>
        <source>professional, by video</source>
        <translation>professionel tolk over video</translation>
    </message>
    <message>
        <source>a family member or friend (do not ask)</source>
        <translation>familie eller ven tolker (spørg ikke)</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>family member</source>
        <translation>familiemedlem</translation>
    </message>
    <message>
        <source>child who understands</source>
        <translation>barn, der forstår</translation>
    </message>
    <message>
        <source>other adult</source>
        <translation>anden voksen</translation>
    </message>
    <message>
        <source>young child</source>
        <translation>lille barn</translation>
    </message>
    <message>
        <source>interpreter in the room</source>
        <translation>tolk i rummet</translation>
    </message>
    <message>
        <source>interpreter by phone</source>
        <translation>tolk over telefon</translation>
    </message>
    <message>
        <source>interpreter by video</source>
        <translation>tolk over video</translation>
    </message>
    <message>
        <source>family member or friend offered to interpret</source>
        <translation>familie eller ven ville tolke</translation>
    </message>
    <message>
        <source>alone: yes</source>
        <translation>alene: ja</translation>
    </message>
    <message>
        <source>alone: not confirmed</source>
        <translation>alene: ikke bekræftet</translation>
    </message>
    <message>
        <source>present: {0}</source>
        <translation>til stede: {0}</translation>
    </message>
    <message>
        <source>interpreter not recorded</source>
        <translation>tolk ikke noteret</translation>
    </message>
    <message>
        <source>Follow up at the next visit</source>
        <translation>Følg op ved næste besøg</translation>
    </message>
    <message>
        <source>Tell the person that information was passed on without consent</source>
        <translation>Fortæl personen, at oplysninger er givet videre uden samtykke</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>De to PIN-koder er ikke ens.</translation>
    </message>
    <message>
        <source>Change your PIN</source>
        <translation>Skift din PIN-kode</translation>
    </message>
    <message>
        <source>Choose a PIN for the idle lock?</source>
        <translation>Vælg en PIN-kode til skærmlåsen?</translation>
    </message>
    <message>
        <source>When the screen locks after a while without use, you can come back with a short PIN (4 to 8 digits) instead of your password. After three wrong PINs, after hiding the screen and after logging out, the password is needed.</source>
        <translation>Når skærmen låser efter et stykke tid uden brug, kan du komme tilbage med en kort PIN-kode (4 til 8 cifre) i stedet for din adgangskode. Efter tre forkerte PIN-koder, efter at skærmen er skjult, og efter at du har logget ud, skal adgangskoden bruges.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN-kod&amp;e</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN</source>
        <translation>&amp;Gentag PIN-koden</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation>Gentag PIN-koden</translation>
    </message>
    <message>
        <source>&amp;Save the PIN</source>
        <translation>Ge&amp;m PIN-koden</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>Ikke &amp;nu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>The person has chosen to take the plan</source>
        <translation>Personen har selv valgt at tage planen med</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>e.g. call me at once</source>
        <translation>fx ring til mig med det samme</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Hele planen</translation>
    </message>
    <message>
        <source>Numbers only: no names, places, things to have ready or code word</source>
        <translation>Kun numrene: ingen navne, steder, ting at have klar eller kodeord</translation>
    </message>
    <message>
        <source>Safe people</source>
        <translation>Trygge personer</translation>
    </message>
    <message>
        <source>Safe &amp;places (one per line)</source>
        <translation>Trygge &amp;steder (ét pr. linje)</translation>
    </message>
    <message>
        <source>&amp;Take along (one per line)</source>
        <translation>&amp;Tag med (én ting pr. linje)</translation>
    </message>
    <message>
        <source>&amp;Code word</source>
        <translation>&amp;Kodeord</translation>
    </message>
    <message>
        <source>The code word &amp;means</source>
        <translation>Kodeordet &amp;betyder</translation>
    </message>
    <message>
        <source>Numbers besides 1888 and 112</source>
        <translation>Numre ud over 1888 og 112</translation>
    </message>
    <message>
        <source>Own &amp;notes</source>
        <translation>Egne &amp;noter</translation>
    </message>
    <message>
        <source>Plan &amp;in</source>
        <translation>Planen &amp;på</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Sikkerhedsplan</translation>
    </message>
    <message>
        <source>Fill it in with the person. They decide whether to take it.</source>
        <translation>Udfyld den sammen med personen. Personen bestemmer selv, om planen skal med.</translation>
    </message>
    <message>
        <source>Whatever the words, anyone who finds this plan can see that it is a plan for getting away: people to call, places to go, things to have ready, a code word. Talk with the person about where they will keep it, or print the numbers only.</source>
        <translation>Uanset ordene kan alle, der finder planen, se, at det er en plan for at komme væk: personer at ringe til, steder at tage hen, ting at have klar, et kodeord. Tal med personen om, hvor planen skal opbevares, eller udskriv kun numrene.</translation>
    </message>
    <message>
        <source>&amp;Show the plan</source>
        <translation>&amp;Vis planen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Pages: {0}</source>
        <translation>Sider: {0}</translation>
    </message>
    <message>
        <source>Discreet: the outside or first page says nothing about what the document is about.</source>
        <translation>Diskret: ydersiden eller første side siger intet om, hvad dokumentet handler om.</translation>
    </message>
    <message>
        <source>Not discreet: anyone who finds this plan can see that it is a plan for getting away.</source>
        <translation>Ikke diskret: alle, der finder planen, kan se, at det er en plan for at komme væk.</translation>
    </message>
    <message>
        <source>Training: every page is marked, and nothing is real.</source>
        <translation>Træning: hver side er mærket, og intet er rigtigt.</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Udskriv...</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Gem som PDF...</translation>
    </message>
    <message>
        <source>Only when needed: the file is not encrypted.</source>
        <translation>Kun når det er nødvendigt: filen er ikke krypteret.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>To make a file, use “Save as PDF”: it warns first.</source>
        <translation>Brug “Gem som PDF” for at lave en fil: den advarer først.</translation>
    </message>
    <message>
        <source>The printer could not print the document.</source>
        <translation>Printeren kunne ikke udskrive dokumentet.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Sendt til printeren: %n side.</numerusform>
            <numerusform>Sendt til printeren: %n sider.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be saved there.</source>
        <translation>Filen kunne ikke gemmes der.</translation>
    </message>
    <message>
        <source>Saved, unencrypted: {0}</source>
        <translation>Gemt, ukrypteret: {0}</translation>
    </message>
</context>
<context>
    <name>QuickHideButton</name>
    <message>
        <source>Hide (F12)</source>
        <translation>Skjul (F12)</translation>
    </message>
    <message>
        <source>Hide the screen</source>
        <translation>Skjul skærmen</translation>
    </message>
    <message>
        <source>Hides everything at once and locks. Also F12, or Shift three times.</source>
        <translation>Skjuler alt på én gang og låser. Også F12 eller Skift tre gange.</translation>
    </message>
    <message>
        <source>F12, or Shift three times</source>
        <translation>F12 eller Skift tre gange</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>RecordBar</name>
    <message>
        <source>Ask &amp;again on</source>
        <translation>&amp;Spørg igen den</translation>
    </message>
    <message>
        <source>Ask again on</source>
        <translation>Spørg igen den</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Keeps the result in the record. It cannot be changed afterwards.</source>
        <translation>Gemmer resultatet i journalen. Det kan ikke ændres bagefter.</translation>
    </message>
    <message>
        <source>A&amp;mend...</source>
        <translation>R&amp;et...</translation>
    </message>
    <message>
        <source>Finalised: the result is locked in the record.</source>
        <translation>Afsluttet: resultatet er låst i journalen.</translation>
    </message>
    <message>
        <source>Ask again on {0}.</source>
        <translation>Spørg igen {0}.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>TrygStart recovery key</source>
        <translation>TrygStart-gendannelsesnøgle</translation>
    </message>
    <message>
        <source>This key opens the clinic's TrygStart database when no administrator can log in. Keep this paper locked away (for example in the clinic's safe). Anyone who has it can read every record. It cannot be shown again.</source>
        <translation>Nøglen åbner klinikkens TrygStart-database, når ingen administrator kan logge ind. Opbevar papiret låst inde (fx i klinikkens pengeskab). Alle, der har det, kan læse alle journaler. Nøglen kan ikke vises igen.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>&amp;Record the referral</source>
        <translation>&amp;Registrér henvisningen</translation>
    </message>
    <message>
        <source>&amp;Show the letter</source>
        <translation>&amp;Vis brevet</translation>
    </message>
    <message>
        <source>Show the &amp;person's copy</source>
        <translation>Vis &amp;personens kopi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>For: {0}</source>
        <translation>For: {0}</translation>
    </message>
    <message>
        <source>No letters to the home</source>
        <translation>Ingen breve til hjemmet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Nothing is passed on, and no letter is made.</source>
        <translation>Intet gives videre, og der laves intet brev.</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mor</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Forælder</translation>
    </message>
    <message>
        <source>&amp;Show the notification</source>
        <translation>&amp;Vis underretningen</translation>
    </message>
    <message>
        <source>The directory has no postal or secure-mail address for this service: add it by hand, or ask an administrator to add it.</source>
        <translation>Oversigten har ingen post- eller sikker-post-adresse til dette tilbud: skriv den på i hånden, eller bed en administrator om at tilføje den.</translation>
    </message>
    <message>
        <source>written</source>
        <translation>skriftligt</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>mundtligt</translation>
    </message>
    <message>
        <source>Recorded: referral to {0}, consent {1} under {2}, expires {3}.</source>
        <translation>Registreret: henvisning til {0}, samtykke givet {1} efter {2}, udløber {3}.</translation>
    </message>
    <message>
        <source>Recorded: referral to {0} offered; the person did not consent.</source>
        <translation>Registreret: henvisning til {0} tilbudt; personen gav ikke samtykke.</translation>
    </message>
    <message>
        <source>Recorded: disclosure without consent to {0}, with its legal basis.</source>
        <translation>Registreret: videregivelse uden samtykke til {0}, med hjemmel.</translation>
    </message>
    <message>
        <source>The person's copy</source>
        <translation>Personens kopi</translation>
    </message>
    <message>
        <source>Fill in: {0}.</source>
        <translation>Udfyld: {0}.</translation>
    </message>
    <message>
        <source>Notification to the municipality</source>
        <translation>Underretning til kommunen</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Henvisningsbrev</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Contact details</source>
        <translation>Kontaktoplysninger</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation>Resultat af screeningen</translation>
    </message>
    <message>
        <source>Safety concerns</source>
        <translation>Bekymringer for sikkerheden</translation>
    </message>
    <message>
        <source>Own violence against a partner</source>
        <translation>Egen vold mod en partner</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Fri tekst</translation>
    </message>
    <message>
        <source>No screening to share</source>
        <translation>Ingen screening at give videre</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Mundtligt</translation>
    </message>
    <message>
        <source>Telling the person would put them in danger</source>
        <translation>Det vil bringe personen i fare at få det at vide</translation>
    </message>
    <message>
        <source>The person consents</source>
        <translation>Personen giver samtykke</translation>
    </message>
    <message>
        <source>The person does not consent (nothing is passed on)</source>
        <translation>Personen giver ikke samtykke (intet gives videre)</translation>
    </message>
    <message>
        <source>Without consent: notification to the municipality, Barnets Lov § 133 (Sundhedsloven § 43, stk. 2, nr. 1)</source>
        <translation>Uden samtykke: underretning til kommunen, barnets lov § 133 (sundhedsloven § 43, stk. 2, nr. 1)</translation>
    </message>
    <message>
        <source>Without consent: to protect substantial interests (Sundhedsloven § 43, stk. 2, nr. 2)</source>
        <translation>Uden samtykke: for at beskytte væsentlige interesser (sundhedsloven § 43, stk. 2, nr. 2)</translation>
    </message>
    <message>
        <source>Consent or legal basis</source>
        <translation>Samtykke eller hjemmel</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Formål</translation>
    </message>
    <message>
        <source>May be passed on</source>
        <translation>Må gives videre</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtykket er givet</translation>
    </message>
    <message>
        <source>Why &amp;oral</source>
        <translation>Hvorfor &amp;mundtligt</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begrundelse</translation>
    </message>
    <message>
        <source>Why it is unsafe</source>
        <translation>Hvorfor det er farligt</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registreres af</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <source>&amp;Date of consent</source>
        <translation>&amp;Dato for samtykket</translation>
    </message>
    <message>
        <source>Choose the recipient: the legal basis depends on it.</source>
        <translation>Vælg modtageren: hjemlen afhænger af den.</translation>
    </message>
    <message>
        <source>{0} (one year after consent was given)</source>
        <translation>{0} (et år efter, at samtykket blev givet)</translation>
    </message>
    <message>
        <source>{0} (one year after consent was given; Sundhedsloven § 44, stk. 2)</source>
        <translation>{0} (et år efter, at samtykket blev givet; sundhedsloven § 44, stk. 2)</translation>
    </message>
    <message>
        <source>{0} (TrygStart's own limit: the law sets no expiry for consent under § 41)</source>
        <translation>{0} (TrygStarts egen grænse; loven fastsætter ingen udløbsdato for samtykke efter § 41)</translation>
    </message>
    <message>
        <source>Required by law: the person is not asked. After recording, fill in the notification.</source>
        <translation>Påbudt ved lov: personen spørges ikke. Udfyld underretningen, når henvisningen er registreret.</translation>
    </message>
    <message>
        <source>No task to tell the person is created; the reason is recorded.</source>
        <translation>Der oprettes ingen opgave om at fortælle personen det; begrundelsen registreres.</translation>
    </message>
    <message>
        <source>A task is created: tell the person as soon as possible that information was passed on.</source>
        <translation>Der oprettes en opgave: fortæl personen hurtigst muligt, at oplysningerne er givet videre.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>{0}, version {1}</source>
        <translation>{0}, version {1}</translation>
    </message>
    <message>
        <source>The other parent has not been asked alone yet. Ask them on their own, at another time, never in this parent's presence, and tell neither what the other said.</source>
        <translation>Den anden forælder er ikke spurgt alene endnu. Spørg vedkommende alene på et andet tidspunkt, aldrig mens denne forælder er til stede, og fortæl ingen af dem, hvad den anden har sagt.</translation>
    </message>
    <message>
        <source>The questionnaire gives no result when the answers the person preferred not to give could change it. Use your professional judgement: you can change the result, with a reason.</source>
        <translation>Spørgeskemaet giver intet resultat, når de svar, personen ikke ønskede at give, kunne ændre det. Brug din faglige vurdering: du kan ændre resultatet med en begrundelse.</translation>
    </message>
    <message>
        <source>This questionnaire gives no overall result.</source>
        <translation>Spørgeskemaet giver ikke et samlet resultat.</translation>
    </message>
    <message>
        <source>The score falls in no result band.</source>
        <translation>Pointene falder ikke i noget resultatinterval.</translation>
    </message>
    <message>
        <source>Points of concern</source>
        <translation>Særlige forhold</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Hvad gør du nu</translation>
    </message>
    <message>
        <source>The questionnaire names no steps for this result.</source>
        <translation>Spørgeskemaet nævner ingen handlinger for dette resultat.</translation>
    </message>
    <message>
        <source>Material: {0}</source>
        <translation>Materiale: {0}</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Same-day actions</source>
        <translation>Handl i dag</translation>
    </message>
    <message numerus="yes">
        <source>The note is on the clipboard. It is removed after %n second(s), and when the screen locks.</source>
        <translation>
            <numerusform>Notatet ligger i udklipsholderen. Det fjernes efter %n sekund, og når skærmen låses.</numerusform>
            <numerusform>Notatet ligger i udklipsholderen. Det fjernes efter %n sekunder, og når skærmen låses.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Hvad gør du</translation>
    </message>
    <message>
        <source>Relevant services</source>
        <translation>Relevante tilbud</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>{0} (not in the services directory)</source>
        <translation>{0} (findes ikke i tilbudsoversigten)</translation>
    </message>
    <message numerus="yes">
        <source>Not finished: %n required question(s) unanswered.</source>
        <translation>
            <numerusform>Ikke færdigt: %n spørgsmål, der skal besvares, er ikke besvaret.</numerusform>
            <numerusform>Ikke færdigt: %n spørgsmål, der skal besvares, er ikke besvaret.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy a note for the record</source>
        <translation>Kopiér notat til &amp;journalen</translation>
    </message>
    <message>
        <source>C&amp;hange the result...</source>
        <translation>&amp;Ændr resultatet...</translation>
    </message>
    <message>
        <source>&amp;Back to the questions</source>
        <translation>&amp;Tilbage til spørgsmålene</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ikke kontrolleret</translation>
    </message>
    <message>
        <source>checked {0}</source>
        <translation>tjekket {0}</translation>
    </message>
    <message>
        <source>{0}, phone {1} ({2})</source>
        <translation>{0}, tlf. {1} ({2})</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>ResultSections</name>
    <message>
        <source>Result: {0} ({1})</source>
        <translation>Resultat: {0} ({1})</translation>
    </message>
    <message>
        <source>Changed by the health professional. Computed result: {0}. Reason: {1}</source>
        <translation>Ændret af sundhedspersonen. Beregnet resultat: {0}. Begrundelse: {1}</translation>
    </message>
    <message>
        <source>Point of concern</source>
        <translation>Særligt forhold</translation>
    </message>
</context>
<context>
    <name>RunnerScreen</name>
    <message>
        <source>How to ask</source>
        <translation>Sådan spørger du</translation>
    </message>
    <message>
        <source>Let the person &amp;answer alone</source>
        <translation>Lad personen &amp;udfylde selv</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>besvaret</translation>
    </message>
    <message>
        <source>prefers not to answer</source>
        <translation>ønsker ikke at svare</translation>
    </message>
</context>
<context>
    <name>RunnerWords</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Næste</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <source>Show the &amp;result</source>
        <translation>&amp;Vis resultatet</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Færdig</translation>
    </message>
    <message>
        <source>C&amp;lear the answer</source>
        <translation>R&amp;yd svaret</translation>
    </message>
    <message>
        <source>Prefer not to answ&amp;er</source>
        <translation>Ønsker ikk&amp;e at svare</translation>
    </message>
    <message>
        <source>{0}: prefer not to answer.</source>
        <translation>{0}: ønsker ikke at svare.</translation>
    </message>
    <message>
        <source>Answered: prefer not to answer. Choose an answer to change it.</source>
        <translation>Svar: ønsker ikke at svare. Vælg et svar for at ændre det.</translation>
    </message>
    <message>
        <source>This question must be answered.</source>
        <translation>Dette spørgsmål skal besvares.</translation>
    </message>
    <message>
        <source>Please answer this question before going on.</source>
        <translation>Besvar venligst spørgsmålet, før du går videre.</translation>
    </message>
    <message>
        <source>The answer could not be saved. Please try again.</source>
        <translation>Svaret kunne ikke gemmes. Prøv venligst igen.</translation>
    </message>
    <message>
        <source>Question {0} of {1}</source>
        <translation>Spørgsmål {0} af {1}</translation>
    </message>
    <message>
        <source>Key {0}</source>
        <translation>Tast {0}</translation>
    </message>
    <message>
        <source>Number keys choose an answer. Enter goes on, Backspace goes back.</source>
        <translation>Taltasterne vælger et svar. Enter går videre, Backspace går tilbage.</translation>
    </message>
    <message>
        <source>Type the answer. Enter goes on.</source>
        <translation>Skriv svaret. Enter går videre.</translation>
    </message>
    <message>
        <source>Type the answer. Ctrl+Enter goes on.</source>
        <translation>Skriv svaret. Ctrl+Enter går videre.</translation>
    </message>
    <message>
        <source>Enter goes on, Backspace goes back.</source>
        <translation>Enter går videre, Backspace går tilbage.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Andet:</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation>Vælg alle, der passer.</translation>
    </message>
    <message>
        <source>From {0} to {1}</source>
        <translation>Fra {0} til {1}</translation>
    </message>
    <message>
        <source>At least {0}</source>
        <translation>Mindst {0}</translation>
    </message>
    <message>
        <source>At most {0}</source>
        <translation>Højst {0}</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Tak.</translation>
    </message>
    <message>
        <source>Please give the screen back to the health professional.</source>
        <translation>Giv venligst skærmen tilbage til sundhedspersonen.</translation>
    </message>
    <message>
        <source>Back to the &amp;questions</source>
        <translation>Tilbage til &amp;spørgsmålene</translation>
    </message>
    <message>
        <source>&amp;Give the screen back</source>
        <translation>&amp;Giv skærmen tilbage</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>TT:MM</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>ÅÅÅÅ-MM-DD TT:MM</translation>
    </message>
    <message>
        <source>Calculated from the other answers.</source>
        <translation>Beregnes ud fra de andre svar.</translation>
    </message>
    <message>
        <source>Filled in beforehand; it cannot be changed.</source>
        <translation>Udfyldt på forhånd og kan ikke ændres.</translation>
    </message>
    <message>
        <source>(no value yet)</source>
        <translation>(ingen værdi endnu)</translation>
    </message>
    <message>
        <source>A&amp;dd another answer</source>
        <translation>Tilføj et svar &amp;mere</translation>
    </message>
    <message>
        <source>One answer per field; {0} adds a field. Enter goes on.</source>
        <translation>Ét svar i hvert felt; {0} tilføjer et felt. Enter går videre.</translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <source>Whole numbers separated by commas: pregnancy weeks 4 to 42 (at most eight), one week for the pregnancy visit, the first visit on day 1 to 90 after the birth (never the day of birth), the child's age 1 to 104 weeks (at most eight). Leave a field empty where the clinic has no such visit.</source>
        <translation>Hele tal adskilt af kommaer: graviditetsuger 4 til 42 (højst otte), én uge for graviditetsbesøget, det første besøg på dag 1 til 90 efter fødslen (aldrig på fødselsdagen), barnets alder 1 til 104 uger (højst otte). Lad et felt stå tomt, hvis klinikken ikke har det besøg.</translation>
    </message>
    <message>
        <source>Could not be saved.</source>
        <translation>Kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>When to ask again</source>
        <translation>Hvornår der spørges igen</translation>
    </message>
    <message>
        <source>Ask at the first visit, and again at the visits below: the midwife's consultations in pregnancy and the health visitor's visits. The weeks and days are starting points from Danish practice that the clinic must confirm against its own plan. After "not asked", ask again after the retry interval.</source>
        <translation>Spørg ved første besøg og igen ved besøgene herunder: jordemoderens konsultationer i graviditeten og sundhedsplejerskens besøg. Ugerne og dagene er udgangspunkter fra dansk praksis, som klinikken skal bekræfte ud fra sin egen plan. Efter »ikke spurgt« spørges igen efter det angivne antal dage.</translation>
    </message>
    <message>
        <source>These are TrygStart's defaults; nothing is saved yet.</source>
        <translation>Dette er TrygStarts standard; intet er gemt endnu.</translation>
    </message>
    <message>
        <source>The clinic's plan was saved in an earlier form and has been read into this one: check it and save.</source>
        <translation>Klinikkens plan var gemt i en tidligere form og er overført hertil: kontrollér den, og gem.</translation>
    </message>
    <message>
        <source>The midwife's &amp;consultations (pregnancy weeks)</source>
        <translation>&amp;Jordemoderens konsultationer (graviditetsuger)</translation>
    </message>
    <message>
        <source>The health visitor's &amp;pregnancy visit (pregnancy week; empty: none)</source>
        <translation>Sundhedsplejerskens &amp;graviditetsbesøg (graviditetsuge; tom: intet)</translation>
    </message>
    <message>
        <source>The health visitor's &amp;first visit after the birth (day; empty: none)</source>
        <translation>Sundhedsplejerskens &amp;første besøg efter fødslen (dag; tom: intet)</translation>
    </message>
    <message>
        <source>The health visitor's visits in the first &amp;year (child's age in weeks)</source>
        <translation>Sundhedsplejerskens besøg i barnets første &amp;år (barnets alder i uger)</translation>
    </message>
    <message>
        <source>&amp;Retry after "not asked" (days)</source>
        <translation>&amp;Spørg igen efter »ikke spurgt« (dage)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>ServiceChooser</name>
    <message>
        <source>Services</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Recommended by the result</source>
        <translation>Anbefalet ud fra resultatet</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Andre tilbud</translation>
    </message>
    <message numerus="yes">
        <source>At most %n service(s) can be chosen.</source>
        <translation>
            <numerusform>Der kan højst vælges %n tilbud.</numerusform>
            <numerusform>Der kan højst vælges %n tilbud.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Could not be saved.</source>
        <translation>Kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Klinikkens indstillinger</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbage</translation>
    </message>
    <message>
        <source>The &amp;services directory...</source>
        <translation>Tilbudsove&amp;rsigten...</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Lås ved inaktivitet</translation>
    </message>
    <message>
        <source>Lock the screen after (&amp;minutes without use)</source>
        <translation>Lås skærmen efter (&amp;minutter uden brug)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>The clinic (printed on letters)</source>
        <translation>Klinikken (trykkes på breve)</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>Klinikkens &amp;navn</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Te&amp;lefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose a &amp;logo (PNG)...</source>
        <translation>&amp;Vælg et logo (PNG)...</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Fjern logoet</translation>
    </message>
    <message>
        <source>Set by IT for this computer: at most {0} minutes ({1}).</source>
        <translation>Sat af IT for denne computer: højst {0} minutter ({1}).</translation>
    </message>
    <message>
        <source>IT allows at most {0} minutes on this computer.</source>
        <translation>IT tillader højst {0} minutter på denne computer.</translation>
    </message>
    <message>
        <source>The clinic's choice.</source>
        <translation>Klinikkens valg.</translation>
    </message>
    <message>
        <source>TrygStart's default; nothing is saved yet.</source>
        <translation>TrygStarts standard; intet er gemt endnu.</translation>
    </message>
    <message>
        <source>This computer (set by IT, read-only)</source>
        <translation>Denne computer (sat af IT, kan ikke ændres her)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <source>Language at start</source>
        <translation>Sprog ved start</translation>
    </message>
    <message>
        <source>Idle lock, at most</source>
        <translation>Låsning ved inaktivitet, højst</translation>
    </message>
    <message>
        <source>The clinic's services file</source>
        <translation>Klinikkens fil med tilbud</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <source>The person answers alone</source>
        <translation>Personen svarer selv på skærmen</translation>
    </message>
    <message>
        <source>Saving a PDF to a file</source>
        <translation>Gemme en PDF som fil</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Øvelsestilstand</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke sat</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} minutter</translation>
    </message>
    <message>
        <source>IT has set nothing for this computer ({0} does not exist).</source>
        <translation>IT har ikke sat noget for denne computer ({0} findes ikke).</translation>
    </message>
    <message>
        <source>Read from: {0}</source>
        <translation>Læst fra: {0}</translation>
    </message>
    <message>
        <source>TrygStart {0}, database schema {1}</source>
        <translation>TrygStart {0}, databaseskema {1}</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>tilladt</translation>
    </message>
    <message>
        <source>allowed (not set)</source>
        <translation>tilladt (ikke sat)</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>ikke tilladt</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>the clinic's name</source>
        <translation>klinikkens navn</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>adressen</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>telefonnummeret</translation>
    </message>
    <message>
        <source>Please fill in: {0}.</source>
        <translation>Udfyld venligst: {0}.</translation>
    </message>
    <message>
        <source>The user name is one word, without spaces.</source>
        <translation>Brugernavnet er ét ord uden mellemrum.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De to adgangskoder er ikke ens.</translation>
    </message>
    <message>
        <source>The recovery key was sent to the printer.</source>
        <translation>Gendannelsesnøglen er sendt til printeren.</translation>
    </message>
    <message>
        <source>Not printed: that printer writes a file, and the key must not be stored on the computer. Choose a paper printer.</source>
        <translation>Ikke udskrevet: den printer skriver en fil, og nøglen må ikke gemmes på computeren. Vælg en printer, der udskriver på papir.</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>Ikke udskrevet.</translation>
    </message>
    <message>
        <source>Internal error in TrygStart (a bug): nothing was created.</source>
        <translation>Intern fejl i TrygStart (en programfejl): intet blev oprettet.</translation>
    </message>
    <message>
        <source>Welcome to TrygStart</source>
        <translation>Velkommen til TrygStart</translation>
    </message>
    <message>
        <source>TrygStart keeps everything in an encrypted database on this computer. First the clinic's details: they are printed at the top of letters (the workplace, never a private address).</source>
        <translation>TrygStart gemmer alt i en krypteret database på denne computer. Først klinikkens oplysninger: de trykkes øverst på breve (arbejdsstedet, aldrig en privat adresse).</translation>
    </message>
    <message>
        <source>The database is created in: {0}</source>
        <translation>Databasen oprettes i: {0}</translation>
    </message>
    <message>
        <source>&amp;Clinic name</source>
        <translation>&amp;Klinikkens navn</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail (optional)</source>
        <translation>&amp;E-mail (valgfrit)</translation>
    </message>
    <message>
        <source>Logo (optional)</source>
        <translation>Logo (valgfrit)</translation>
    </message>
    <message>
        <source>Choose a &amp;logo (PNG)...</source>
        <translation>Vælg et &amp;logo (PNG)...</translation>
    </message>
    <message>
        <source>A logo is chosen.</source>
        <translation>Et logo er valgt.</translation>
    </message>
    <message>
        <source>No logo.</source>
        <translation>Intet logo.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Næste</translation>
    </message>
    <message>
        <source>Training (fictitious persons)</source>
        <translation>Øvelse (fiktive personer)</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Den første administrator</translation>
    </message>
    <message>
        <source>This account sets up the clinic and adds the other users. It is also an ordinary account for consultations.</source>
        <translation>Denne konto sætter klinikken op og opretter de andre brugere. Den er også en almindelig konto til konsultationer.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Fulde navn</translation>
    </message>
    <message>
        <source>&amp;Title (e.g. midwife)</source>
        <translation>T&amp;itel (fx jordemoder)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Gentag adgangskoden</translation>
    </message>
    <message>
        <source>The password must have at least 15 characters. A sentence of several words is easy to remember and hard to guess. It must not be a common password, nor contain the user name or the clinic's name.</source>
        <translation>Adgangskoden skal have mindst 15 tegn. En sætning på flere ord er let at huske og svær at gætte. Den må ikke være en almindelig adgangskode og må ikke indeholde brugernavnet eller klinikkens navn.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <source>&amp;Create the database</source>
        <translation>&amp;Opret databasen</translation>
    </message>
    <message>
        <source>The clinic's recovery key</source>
        <translation>Klinikkens gendannelsesnøgle</translation>
    </message>
    <message>
        <source>This key is shown now and never again, and it is not stored on the computer. It opens the database if no administrator can log in. Print it (or write it down) and keep the paper locked away, for example in the clinic's safe. Anyone who has it can read every record.</source>
        <translation>Nøglen vises nu og aldrig igen, og den gemmes ikke på computeren. Den åbner databasen, hvis ingen administrator kan logge ind. Udskriv den (eller skriv den ned), og opbevar papiret låst inde, fx i klinikkens pengeskab. Alle, der har den, kan læse alle journaler.</translation>
    </message>
    <message>
        <source>&amp;Print the key...</source>
        <translation>&amp;Udskriv nøglen...</translation>
    </message>
    <message>
        <source>I have printed or written down the key and will lock it away</source>
        <translation>Jeg har udskrevet eller skrevet nøglen ned og låser den inde</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Færdig</translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>TrygStart cannot start on this computer</source>
        <translation>TrygStart kan ikke starte på denne computer</translation>
    </message>
    <message>
        <source>The settings IT has made for this computer are not valid, so TrygStart does not start rather than guess. Ask IT to correct what is listed below (they can check the file with: screening-app selftest).</source>
        <translation>Indstillingerne, som IT har lavet for denne computer, er ikke gyldige, så TrygStart starter ikke i stedet for at gætte. Bed IT om at rette det, der står nedenfor (de kan tjekke filen med: screening-app selftest).</translation>
    </message>
</context>
<context>
    <name>StatisticsScreen</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Tilb&amp;age</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Save as &amp;CSV...</source>
        <translation>Gem som &amp;CSV...</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>&amp;Gem som PDF...</translation>
    </message>
    <message>
        <source>Persons seen and asked, by month</source>
        <translation>Personer set og spurgt pr. måned</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Gemt: {0}</translation>
    </message>
</context>
<context>
    <name>TakeOver</name>
    <message>
        <source>&amp;Take over the screening</source>
        <translation>&amp;Overtag screeningen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ikke nu</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>To do</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <source>after the asking on {0}</source>
        <translation>efter samtalen den {0}</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Markér som klaret</translation>
    </message>
    <message>
        <source>Mark as done: {0}</source>
        <translation>Markér som klaret: {0}</translation>
    </message>
</context>
<context>
    <name>TrainerActions</name>
    <message>
        <source>Course report</source>
        <translation>Kursusrapport</translation>
    </message>
    <message>
        <source>Saved, unencrypted: {0}</source>
        <translation>Gemt, ikke krypteret: {0}</translation>
    </message>
    <message>
        <source>The file could not be saved there.</source>
        <translation>Filen kunne ikke gemmes der.</translation>
    </message>
    <message>
        <source>The runs are exported (sealed with the passphrase) to: {0}</source>
        <translation>Øvelserne er eksporteret (låst med kodeordet) til: {0}</translation>
    </message>
    <message>
        <source>Training runs (*{0})</source>
        <translation>Øvelser (*{0})</translation>
    </message>
    <message>
        <source>A passphrase for the file (at least 8 characters), e.g. the course code. The trainer types the same to import it.</source>
        <translation>Et kodeord til filen (mindst 8 tegn), fx kursuskoden. Underviseren skriver det samme, når filen importeres.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Filen kunne ikke læses.</translation>
    </message>
    <message>
        <source>The file's passphrase</source>
        <translation>Filens kodeord</translation>
    </message>
    <message>
        <source>{0} runs imported; {1} were here already.</source>
        <translation>{0} øvelser importeret; {1} var her allerede.</translation>
    </message>
    <message>
        <source>{0} cases; {1} problems in the case files.</source>
        <translation>{0} cases; {1} problemer i case-filerne.</translation>
    </message>
</context>
<context>
    <name>TrainingBand</name>
    <message>
        <source>TRAINING - fictitious persons only</source>
        <translation>ØVELSE - kun fiktive personer</translation>
    </message>
    <message>
        <source>Training: unlock with the name or course code you started with.</source>
        <translation>Øvelse: lås op med det navn eller den kursuskode, du startede med.</translation>
    </message>
</context>
<context>
    <name>TrainingBar</name>
    <message>
        <source>Practising: {0}</source>
        <translation>Øver: {0}</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Trainer's overview</source>
        <translation>Underviserens oversigt</translation>
    </message>
    <message>
        <source>Reset training</source>
        <translation>Nulstil øvelse</translation>
    </message>
    <message>
        <source>Leave training</source>
        <translation>Afslut øvelse</translation>
    </message>
</context>
<context>
    <name>TrainingFlow</name>
    <message>
        <source>would rather not answer</source>
        <translation>vil helst ikke svare</translation>
    </message>
    <message>
        <source>Role-play cards: {0}</source>
        <translation>Rollekort: {0}</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Reset training? Every fictitious person, answer and run on this computer is deleted, and the training starts empty. The clinic's data is not touched.</source>
        <translation>Nulstil øvelse? Alle fiktive personer, svar og øvelser på denne computer slettes, og øvelsen starter forfra. Klinikkens data bliver ikke rørt.</translation>
    </message>
    <message>
        <source>Reset training</source>
        <translation>Nulstil øvelse</translation>
    </message>
    <message>
        <source>The training data is deleted.</source>
        <translation>Øvelsesdata er slettet.</translation>
    </message>
    <message>
        <source>Internal error in TrygStart (a bug): training could not go on.</source>
        <translation>Intern fejl i TrygStart (en programfejl): øvelsen kunne ikke fortsætte.</translation>
    </message>
</context>
<context>
    <name>TrainingStartScreen</name>
    <message>
        <source>Write your name or the course code.</source>
        <translation>Skriv dit navn eller kursuskoden.</translation>
    </message>
    <message>
        <source>Training with fictitious persons</source>
        <translation>Øvelse med fiktive personer</translation>
    </message>
    <message>
        <source>Practise TrygStart on made-up cases: the gate, the questions, the result, the documents and a debrief afterwards. Nothing here is real, and the clinic's data cannot be opened from here. No account is needed: write your name or the course code your trainer gave you.</source>
        <translation>Øv dig i TrygStart på opdigtede cases: lågen, spørgsmålene, resultatet, dokumenterne og feedback bagefter. Intet her er rigtigt, og klinikkens data kan ikke åbnes herfra. Du skal ikke have en konto: skriv dit navn eller den kursuskode, din underviser har givet dig.</translation>
    </message>
    <message>
        <source>&amp;Name or course code</source>
        <translation>&amp;Navn eller kursuskode</translation>
    </message>
    <message>
        <source>Name or course code</source>
        <translation>Navn eller kursuskode</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>&amp;Start øvelsen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <source>The training data is kept encrypted in: {0}</source>
        <translation>Øvelsesdata gemmes krypteret i: {0}</translation>
    </message>
</context>
<context>
    <name>UserBar</name>
    <message>
        <source>Logged in: {0}</source>
        <translation>Logget ind: {0}</translation>
    </message>
    <message>
        <source>Fin&amp;d a person</source>
        <translation>Fin&amp;d en person</translation>
    </message>
    <message>
        <source>P&amp;IN...</source>
        <translation>PIN-&amp;kode...</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Adgangslog</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>Skift &amp;bruger</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>L&amp;og ud</translation>
    </message>
</context>
</TS>