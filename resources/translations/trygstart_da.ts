<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>BandWords</name>
    <message>
        <location filename="../../src/screening_app/ui/result/band_words.py" line="10" />
        <source>green</source>
        <translation>grøn</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/band_words.py" line="11" />
        <source>yellow</source>
        <translation>gul</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/band_words.py" line="12" />
        <source>red</source>
        <translation>rød</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/band_words.py" line="19" />
        <source>resource card</source>
        <translation>ressourcekort</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/band_words.py" line="20" />
        <source>safety plan</source>
        <translation>sikkerhedsplan</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/band_words.py" line="21" />
        <source>referral letter</source>
        <translation>henvisningsbrev</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/band_words.py" line="22" />
        <source>notification to the municipality</source>
        <translation>underretning til kommunen</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/card_dialog.py" line="76" />
        <location filename="../../src/screening_app/ui/documents/card_dialog.py" line="128" />
        <source>Resource card</source>
        <translation>Ressourcekort</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/card_dialog.py" line="80" />
        <source>Pocket size, folded once. The outside has no clinic name and no word about violence. Inside: 1888 and 112 always, and up to {0} services you tick.</source>
        <translation>Lommestørrelse, foldet én gang. Ydersiden har intet kliniknavn og intet ord om vold. Indeni: altid 1888 og 112 og op til {0} tilbud, som du vælger.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/card_dialog.py" line="88" />
        <source>Card &amp;in</source>
        <translation>Kortet &amp;på</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/card_dialog.py" line="93" />
        <source>&amp;Show the card</source>
        <translation>&amp;Vis kortet</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/card_dialog.py" line="95" />
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/card_dialog.py" line="112" />
        <source>The card will say the numbers were last verified on {0}.</source>
        <translation>Kortet vil sige, at numrene sidst blev kontrolleret {0}.</translation>
    </message>
</context>
<context>
    <name>ChildFields</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="38" />
        <source>Unborn child</source>
        <translation>Ufødt barn</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="56" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="57" />
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="58" />
        <source>Expected birth</source>
        <translation>Forventet fødsel</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="59" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>DirectoryAdminDialog</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="70" />
        <source>&amp;New local service</source>
        <translation>&amp;Nyt lokalt tilbud</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="72" />
        <source>&amp;Remove the clinic's entry</source>
        <translation>&amp;Fjern klinikkens tilbud</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="80" />
        <source>&amp;Edit locally</source>
        <translation>&amp;Ret lokalt</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="82" />
        <source>&amp;Verified today</source>
        <translation>&amp;Kontrolleret i dag</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="84" />
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="88" />
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="133" />
        <source>Services directory</source>
        <translation>Oversigt over tilbud</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="137" />
        <source>National services come with TrygStart and are read-only; the clinic's own entries are saved in the clinic's directory file: {0}</source>
        <translation>Landsdækkende tilbud følger med TrygStart og kan kun læses; klinikkens egne tilbud gemmes i klinikkens fil: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="154" />
        <source>The clinic's services (editable)</source>
        <translation>Klinikkens tilbud (kan rettes)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="155" />
        <source>National services (read-only)</source>
        <translation>Landsdækkende tilbud (kan kun læses)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="202" />
        <source>National service, read-only. “Edit locally” makes the clinic's copy.</source>
        <translation>Landsdækkende tilbud, kan kun læses. “Ret lokalt” laver klinikkens egen kopi.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="206" />
        <source>The clinic's version of a bundled entry; removing it restores the bundled one.</source>
        <translation>Klinikkens udgave af et medfølgende tilbud; fjernes den, gælder det medfølgende igen.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="209" />
        <source>The clinic's own entry.</source>
        <translation>Klinikkens eget tilbud.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="226" />
        <source>A new local service.</source>
        <translation>Et nyt lokalt tilbud.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="235" />
        <source>The clinic's version of a bundled entry (not saved yet).</source>
        <translation>Klinikkens udgave af et medfølgende tilbud (ikke gemt endnu).</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="243" />
        <source>this id is already used by another entry</source>
        <translation>dette id bruges allerede af et andet tilbud</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="248" />
        <source>Correct the fields marked.</source>
        <translation>Ret de markerede felter.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="269" />
        <source>Saved in the clinic's directory file.</source>
        <translation>Gemt i klinikkens fil.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/actions.py" line="96" />
        <source>Blank questionnaire</source>
        <translation>Tomt spørgeskema</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/actions.py" line="103" />
        <source>Completed screening</source>
        <translation>Udfyldt screening</translation>
    </message>
</context>
<context>
    <name>DocumentDialogs</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/hooks.py" line="51" />
        <source>The file will NOT be encrypted. Anyone who can open the folder you choose can read it. Save only where the clinic keeps such documents, and delete it when it is no longer needed.</source>
        <translation>Filen bliver IKKE krypteret. Alle, der kan åbne den mappe, du vælger, kan læse den. Gem kun, hvor klinikken opbevarer den slags dokumenter, og slet filen, når den ikke længere skal bruges.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/hooks.py" line="61" />
        <source>Save unencrypted</source>
        <translation>Gem ukrypteret</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/hooks.py" line="101" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DocumentForms</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="94" />
        <source>Phone {0}</source>
        <translation>Telefon {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="100" />
        <source>Phone: UNCONFIRMED, not filled in</source>
        <translation>Telefon: UBEKRÆFTET, ikke udfyldt</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="103" />
        <source>No phone number</source>
        <translation>Intet telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="107" />
        <source>Last verified {0}</source>
        <translation>Sidst kontrolleret {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="113" />
        <source>UNCONFIRMED: {0}</source>
        <translation>UBEKRÆFTET: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="122" />
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="123" />
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="124" />
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="125" />
        <source>opening hours</source>
        <translation>åbningstider</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="126" />
        <source>secure mail</source>
        <translation>sikker post</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="56" />
        <source>Id (letters, digits, hyphens)</source>
        <translation>Id (bogstaver, tal, bindestreger)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="57" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="58" />
        <source>Discreet name (no word about violence)</source>
        <translation>Diskret navn (intet ord om vold)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="59" />
        <source>What it offers</source>
        <translation>Hvad det tilbyder</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="60" />
        <source>For whom</source>
        <translation>For hvem</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="61" />
        <source>Phones (number | label da | label en, one per line)</source>
        <translation>Telefoner (nummer | tekst da | tekst en, én pr. linje)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="62" />
        <source>Opening hours</source>
        <translation>Åbningstider</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="63" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="64" />
        <source>Secure mail</source>
        <translation>Sikker post</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="65" />
        <source>Postal address (one line each)</source>
        <translation>Postadresse (én linje ad gangen)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="66" />
        <source>Website</source>
        <translation>Hjemmeside</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="67" />
        <source>How to refer</source>
        <translation>Sådan henvises</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="68" />
        <source>Source of the facts</source>
        <translation>Kilde til oplysningerne</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="69" />
        <source>Last verified</source>
        <translation>Sidst kontrolleret</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="70" />
        <source>Verified by</source>
        <translation>Kontrolleret af</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="71" />
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="72" />
        <source>Used for</source>
        <translation>Bruges til</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="73" />
        <source>Not confirmed (left empty)</source>
        <translation>Ikke bekræftet (står tomt)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="138" />
        <source>on the resource card</source>
        <translation>på ressourcekortet</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="139" />
        <source>receives referrals</source>
        <translation>modtager henvisninger</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="140" />
        <source>receives notifications</source>
        <translation>modtager underretninger</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="148" />
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="149" />
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="150" />
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="151" />
        <source>hours</source>
        <translation>åbningstider</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="152" />
        <source>secure mail</source>
        <translation>sikker post</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="215" />
        <source>required</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="217" />
        <source>must not be empty</source>
        <translation>må ikke være tom</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="219" />
        <source>needs both the Danish and the English text</source>
        <translation>skal have både den danske og den engelske tekst</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="222" />
        <source>not a phone number: digits and spaces, e.g. 33 33 00 47</source>
        <translation>ikke et telefonnummer: cifre og mellemrum, fx 33 33 00 47</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="223" />
        <source>not an email address</source>
        <translation>ikke en e-mailadresse</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="224" />
        <source>a web address without https://, e.g. danner.dk</source>
        <translation>en webadresse uden https://, fx danner.dk</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="225" />
        <source>small letters, digits and hyphens only</source>
        <translation>kun små bogstaver, tal og bindestreger</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="230" />
        <source>filled in but marked as not confirmed: untick “not confirmed”</source>
        <translation>udfyldt, men markeret som ikke bekræftet: fjern fluebenet under “ikke bekræftet”</translation>
    </message>
</context>
<context>
    <name>HandBackPage</name>
    <message>
        <location filename="../../src/screening_app/ui/runner/hand_back.py" line="117" />
        <source>&amp;Health professional's password</source>
        <translation>Sundhedspersonens &amp;adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/hand_back.py" line="118" />
        <source>Health professional's password</source>
        <translation>Sundhedspersonens adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/hand_back.py" line="119" />
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/hand_back.py" line="120" />
        <source>Wrong password.</source>
        <translation>Forkert adgangskode.</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="55" />
        <source>Contact details</source>
        <translation>Kontaktoplysninger</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="56" />
        <source>Screening result</source>
        <translation>Resultat af screeningen</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="57" />
        <source>Safety concerns</source>
        <translation>Bekymringer for sikkerheden</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="58" />
        <source>Free text</source>
        <translation>Fri tekst</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="69" />
        <source>Not covered by the consent or legal basis</source>
        <translation>Ikke omfattet af samtykket eller hjemlen</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="78" />
        <source>e.g. Polish</source>
        <translation>fx polsk</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="79" />
        <source>Needs an interpreter</source>
        <translation>Har brug for tolk</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="86" />
        <source>e.g. call from a withheld number only</source>
        <translation>fx ring kun fra skjult nummer</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="88" />
        <source>Discreet: the first page holds only addresses, date and a neutral heading</source>
        <translation>Diskret: første side har kun adresser, dato og en neutral overskrift</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="94" />
        <source>No copy for the person</source>
        <translation>Ingen kopi til personen</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="95" />
        <source>A copy handed to the person</source>
        <translation>En kopi gives til personen</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="96" />
        <source>A copy sent to a safe address</source>
        <translation>En kopi sendes til en sikker adresse</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="97" />
        <source>A copy sent to the person's home</source>
        <translation>En kopi sendes til personens hjem</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="102" />
        <source>Address, one line each (used for this letter only)</source>
        <translation>Adresse, én linje ad gangen (bruges kun til dette brev)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="118" />
        <source>The letter holds</source>
        <translation>Brevet indeholder</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="119" />
        <source>&amp;Safety concerns</source>
        <translation>&amp;Bekymringer for sikkerheden</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="120" />
        <source>&amp;Free text</source>
        <translation>&amp;Fri tekst</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="121" />
        <source>Person's &amp;language</source>
        <translation>Personens &amp;sprog</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="124" />
        <source>Contact &amp;note</source>
        <translation>Bemærkning om &amp;kontakt</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="126" />
        <source>&amp;Copy</source>
        <translation>K&amp;opi</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="127" />
        <source>Copy &amp;address</source>
        <translation>&amp;Adresse til kopien</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="129" />
        <source>Letter &amp;in</source>
        <translation>Brevet &amp;på</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="130" />
        <source>&amp;Reference</source>
        <translation>&amp;Reference</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="170" />
        <source>Too many wrong PINs. Use your password.</source>
        <translation>For mange forkerte PIN-koder. Brug din adgangskode.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="173" />
        <source>Wrong PIN. Tries left: {0}.</source>
        <translation>Forkert PIN-kode. Forsøg tilbage: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="180" />
        <source>Wrong password.</source>
        <translation>Forkert adgangskode.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="223" />
        <source>The screen is hidden. Nobody is logged in.</source>
        <translation>Skærmen er skjult. Ingen er logget ind.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="225" />
        <source>The screen is locked.</source>
        <translation>Skærmen er låst.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="227" />
        <source>&amp;PIN</source>
        <translation>&amp;PIN-kode</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="228" />
        <source>Use my password instead</source>
        <translation>Brug min adgangskode i stedet</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="230" />
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="231" />
        <source>Use my PIN instead</source>
        <translation>Brug min PIN-kode i stedet</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="233" />
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="234" />
        <source>Log in as another user</source>
        <translation>Log ind som en anden bruger</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="235" />
        <source>&amp;Continue</source>
        <translation>&amp;Fortsæt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/screening_app/ui/main_window.py" line="160" />
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/main_window.py" line="161" />
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
</context>
<context>
    <name>NotInstalledScreen</name>
    <message>
        <location filename="../../src/screening_app/ui/not_installed_screen.py" line="87" />
        <source>Nothing can be stored yet</source>
        <translation>Der kan endnu ikke gemmes noget</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/not_installed_screen.py" line="90" />
        <source>This installation of TrygStart does not yet include its encrypted database, and without it nothing can be stored: no persons, no answers. A screening can therefore not be started. The database part comes with a later version.</source>
        <translation>Denne installation af TrygStart har endnu ikke den krypterede database, og uden den kan intet gemmes: ingen personer, ingen svar. Derfor kan en screening ikke startes. Databasedelen kommer i en senere version.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/not_installed_screen.py" line="95" />
        <source>&amp;Questionnaires in this installation:</source>
        <translation>&amp;Spørgeskemaer i denne installation:</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/not_installed_screen.py" line="97" />
        <source>Looking for questionnaires...</source>
        <translation>Leder efter spørgeskemaer...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/not_installed_screen.py" line="100" />
        <source>{0} (version {1})</source>
        <translation>{0} (version {1})</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/not_installed_screen.py" line="104" />
        <source>No questionnaires were found.</source>
        <translation>Der blev ikke fundet nogen spørgeskemaer.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/not_installed_screen.py" line="110" />
        <source>{0} questionnaire files could not be read. 'screening-app validate' names the problems.</source>
        <translation>{0} spørgeskemafiler kunne ikke læses. 'screening-app validate' viser problemerne.</translation>
    </message>
</context>
<context>
    <name>NotificationForm</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="150" />
        <source>Mother</source>
        <translation>Mor</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="150" />
        <source>Father</source>
        <translation>Far</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="150" />
        <source>Co-mother</source>
        <translation>Medmor</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="150" />
        <source>Other</source>
        <translation>Anden</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="151" />
        <source>Urgent: the child may need help at once</source>
        <translation>Haster: barnet kan have brug for hjælp med det samme</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="155" />
        <source>Add another child</source>
        <translation>Tilføj endnu et barn</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="161" />
        <source>Parent 1</source>
        <translation>Forælder 1</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="162" />
        <source>Parent 2</source>
        <translation>Forælder 2</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="173" />
        <source>e.g. midwife for the mother during pregnancy</source>
        <translation>fx jordemoder for moderen under graviditeten</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="178" />
        <source>Violence or abuse by a parent is suspected (the parents are not told first)</source>
        <translation>Der er mistanke om vold eller overgreb fra en forælder (forældrene orienteres ikke først)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="183" />
        <source>Contact with the parents is left out of the notification.</source>
        <translation>Kontakten med forældrene udelades af underretningen.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="206" />
        <source>Your &amp;relation to the child</source>
        <translation>Din &amp;relation til barnet</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="207" />
        <source>&amp;Concern</source>
        <translation>&amp;Bekymring</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="208" />
        <source>&amp;Observations</source>
        <translation>&amp;Observationer</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="209" />
        <source>&amp;Actions taken</source>
        <translation>&amp;Hvad er gjort</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="215" />
        <source>Contact with the &amp;parents</source>
        <translation>Kontakt med &amp;forældrene</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="219" />
        <source>Letter &amp;in</source>
        <translation>Brevet &amp;på</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="230" />
        <source>Child {0}</source>
        <translation>Barn {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="251" />
        <source>the child</source>
        <translation>barnet</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="253" />
        <source>your relation to the child</source>
        <translation>din relation til barnet</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="255" />
        <source>the concern</source>
        <translation>bekymringen</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="256" />
        <source>the observations</source>
        <translation>observationerne</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="257" />
        <source>the actions taken</source>
        <translation>hvad der er gjort</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../src/screening_app/ui/result/override_dialog.py" line="70" />
        <source>Choose the result you judge to be right, and write why. The computed result stays in the record next to yours.</source>
        <translation>Vælg det resultat, du vurderer er det rigtige, og skriv hvorfor. Det beregnede resultat bliver stående i journalen ved siden af dit.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/override_dialog.py" line="88" />
        <source>&amp;Reason (required)</source>
        <translation>&amp;Begrundelse (skal udfyldes)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/override_dialog.py" line="92" />
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/override_dialog.py" line="100" />
        <source>Change the result</source>
        <translation>Ændr resultatet</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/override_dialog.py" line="102" />
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>ParentFields</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="107" />
        <source>Language, if an interpreter is needed</source>
        <translation>Sprog, hvis der er brug for tolk</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="110" />
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="111" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="112" />
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="113" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="114" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="115" />
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="65" />
        <source>The person has chosen to take the plan</source>
        <translation>Personen har selv valgt at tage planen med</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="69" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="69" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="69" />
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="84" />
        <source>e.g. call me at once</source>
        <translation>fx ring til mig med det samme</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="106" />
        <source>Safe people</source>
        <translation>Trygge personer</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="108" />
        <source>Safe &amp;places (one per line)</source>
        <translation>Trygge &amp;steder (ét pr. linje)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="109" />
        <source>&amp;Take along (one per line)</source>
        <translation>&amp;Tag med (én ting pr. linje)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="110" />
        <source>&amp;Code word</source>
        <translation>&amp;Kodeord</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="111" />
        <source>The code word &amp;means</source>
        <translation>Kodeordet &amp;betyder</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="116" />
        <source>Numbers besides 1888 and 112</source>
        <translation>Numre ud over 1888 og 112</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="118" />
        <source>Own &amp;notes</source>
        <translation>Egne &amp;noter</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="119" />
        <source>Plan &amp;in</source>
        <translation>Planen &amp;på</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="132" />
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="188" />
        <source>Safety plan</source>
        <translation>Sikkerhedsplan</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="136" />
        <source>Fill it in with the person. They decide whether to take it. It is printed discreetly: no clinic name and nothing about violence.</source>
        <translation>Udfyld den sammen med personen. Personen bestemmer selv, om planen skal med. Den udskrives diskret: intet kliniknavn og intet om vold.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="146" />
        <source>&amp;Show the plan</source>
        <translation>&amp;Vis planen</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="148" />
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="109" />
        <source>Pages: {0}</source>
        <translation>Sider: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="118" />
        <source>Discreet: the outside or first page says nothing about what the document is about.</source>
        <translation>Diskret: ydersiden eller første side siger intet om, hvad dokumentet handler om.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="123" />
        <source>Training: every page is marked, and nothing is real.</source>
        <translation>Træning: hver side er mærket, og intet er rigtigt.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="128" />
        <source>&amp;Print...</source>
        <translation>&amp;Udskriv...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="130" />
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Gem som PDF...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="132" />
        <source>Only when needed: the file is not encrypted.</source>
        <translation>Kun når det er nødvendigt: filen er ikke krypteret.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="133" />
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="167" />
        <source>To make a file, use “Save as PDF”: it warns first.</source>
        <translation>Brug “Gem som PDF” for at lave en fil: den advarer først.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="176" />
        <source>The printer could not print the document.</source>
        <translation>Printeren kunne ikke udskrive dokumentet.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="178" />
        <source>Sent to the printer: {0} pages.</source>
        <translation>Sendt til printeren: {0} sider.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="201" />
        <source>The file could not be saved there.</source>
        <translation>Filen kunne ikke gemmes der.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="203" />
        <source>Saved, unencrypted: {0}</source>
        <translation>Gemt, ukrypteret: {0}</translation>
    </message>
</context>
<context>
    <name>QuickHideButton</name>
    <message>
        <location filename="../../src/screening_app/ui/quick_hide_button.py" line="32" />
        <source>Hide (F12)</source>
        <translation>Skjul (F12)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/quick_hide_button.py" line="33" />
        <source>Hide the screen</source>
        <translation>Skjul skærmen</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/quick_hide_button.py" line="35" />
        <source>Hides everything at once and locks. Also F12, or Shift three times.</source>
        <translation>Skjuler alt på én gang og låser. Også F12 eller Skift tre gange.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/quick_hide_button.py" line="37" />
        <source>F12, or Shift three times</source>
        <translation>F12 eller Skift tre gange</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="90" />
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="96" />
        <source>&amp;Record the referral</source>
        <translation>&amp;Registrér henvisningen</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="98" />
        <source>&amp;Show the letter</source>
        <translation>&amp;Vis brevet</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="101" />
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="119" />
        <source>For: {0}</source>
        <translation>For: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="121" />
        <source>No letters to the home</source>
        <translation>Ingen breve til hjemmet</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="152" />
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="155" />
        <source>Nothing is passed on, and no letter is made.</source>
        <translation>Intet gives videre, og der laves intet brev.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="160" />
        <source>Mother</source>
        <translation>Mor</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="160" />
        <source>Parent</source>
        <translation>Forælder</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="172" />
        <source>&amp;Show the notification</source>
        <translation>&amp;Vis underretningen</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="183" />
        <source>The directory has no postal or secure-mail address for this service: add it by hand, or ask an administrator to add it.</source>
        <translation>Oversigten har ingen post- eller sikker-post-adresse til dette tilbud: skriv den på i hånden, eller bed en administrator om at tilføje den.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="202" />
        <source>written</source>
        <translation>skriftligt</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="202" />
        <source>oral</source>
        <translation>mundtligt</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="204" />
        <source>Recorded: referral to {0}, consent {1}, expires {2}.</source>
        <translation>Registreret: henvisning til {0}, samtykke {1}, udløber {2}.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="208" />
        <source>Recorded: referral to {0} offered; the person did not consent.</source>
        <translation>Registreret: henvisning til {0} tilbudt; personen gav ikke samtykke.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="211" />
        <source>Recorded: disclosure without consent to {0}, with its legal basis.</source>
        <translation>Registreret: videregivelse uden samtykke til {0}, med hjemmel.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="224" />
        <source>Fill in: {0}.</source>
        <translation>Udfyld: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="231" />
        <source>Notification to the municipality</source>
        <translation>Underretning til kommunen</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="238" />
        <source>Referral letter</source>
        <translation>Henvisningsbrev</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="76" />
        <source>Contact details</source>
        <translation>Kontaktoplysninger</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="77" />
        <source>Screening result</source>
        <translation>Resultat af screeningen</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="78" />
        <source>Safety concerns</source>
        <translation>Bekymringer for sikkerheden</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="79" />
        <source>Free text</source>
        <translation>Fri tekst</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="89" />
        <source>No screening to share</source>
        <translation>Ingen screening at give videre</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="90" />
        <source>Written</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="92" />
        <source>Oral</source>
        <translation>Mundtligt</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="109" />
        <source>Telling the person would put them in danger</source>
        <translation>Det vil bringe personen i fare at få det at vide</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="119" />
        <source>The person consents</source>
        <translation>Personen giver samtykke</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="120" />
        <source>The person does not consent (nothing is passed on)</source>
        <translation>Personen giver ikke samtykke (intet gives videre)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="123" />
        <source>Without consent: notification to the municipality, Barnets Lov § 133 (Sundhedsloven § 43, stk. 2, nr. 1)</source>
        <translation>Uden samtykke: underretning til kommunen, barnets lov § 133 (sundhedsloven § 43, stk. 2, nr. 1)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="129" />
        <source>Without consent: to protect substantial interests (Sundhedsloven § 43, stk. 2, nr. 2)</source>
        <translation>Uden samtykke: for at beskytte væsentlige interesser (sundhedsloven § 43, stk. 2, nr. 2)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="135" />
        <source>Consent or legal basis</source>
        <translation>Samtykke eller hjemmel</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="151" />
        <source>&amp;Purpose</source>
        <translation>&amp;Formål</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="152" />
        <source>May be passed on</source>
        <translation>Må gives videre</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="153" />
        <source>Consent given</source>
        <translation>Samtykket er givet</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="154" />
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="260" />
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="155" />
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="156" />
        <source>&amp;Reason</source>
        <translation>&amp;Begrundelse</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="158" />
        <source>Why it is unsafe</source>
        <translation>Hvorfor det er farligt</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="160" />
        <source>Recorded by</source>
        <translation>Registreres af</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="170" />
        <source>Recipient</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="260" />
        <source>&amp;Date of consent</source>
        <translation>&amp;Dato for samtykket</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="263" />
        <source>{0} (one year after consent was given)</source>
        <translation>{0} (et år efter, at samtykket blev givet)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="267" />
        <source>Required by law: the person is not asked. After recording, fill in the notification.</source>
        <translation>Påbudt ved lov: personen spørges ikke. Udfyld underretningen, når henvisningen er registreret.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="271" />
        <source>No task to tell the person is created; the reason is recorded.</source>
        <translation>Der oprettes ingen opgave om at fortælle personen det; begrundelsen registreres.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="274" />
        <source>A task is created: tell the person as soon as possible that information was passed on.</source>
        <translation>Der oprettes en opgave: fortæl personen hurtigst muligt, at oplysningerne er givet videre.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="176" />
        <source>The note is on the clipboard. It is removed after {0} seconds, and when the screen locks.</source>
        <translation>Notatet ligger i udklipsholderen. Det fjernes efter {0} sekunder, og når skærmen låses.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="201" />
        <source>{0}, version {1}</source>
        <translation>{0}, version {1}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="212" />
        <source>Not finished: {0} required questions are unanswered.</source>
        <translation>Ikke færdigt: {0} spørgsmål, der skal besvares, er ikke besvaret.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="220" />
        <source>This questionnaire gives no overall result.</source>
        <translation>Spørgeskemaet giver ikke et samlet resultat.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="223" />
        <source>The score falls in no result band.</source>
        <translation>Pointene falder ikke i noget resultatinterval.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="240" />
        <source>Points of concern</source>
        <translation>Særlige forhold</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="245" />
        <source>What to do now</source>
        <translation>Hvad gør du nu</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="250" />
        <source>The questionnaire names no steps for this result.</source>
        <translation>Spørgeskemaet nævner ingen handlinger for dette resultat.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="257" />
        <source>Relevant services: {0}</source>
        <translation>Relevante tilbud: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="263" />
        <source>Material: {0}</source>
        <translation>Materiale: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="266" />
        <source>Scores</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="281" />
        <source>Follow-up: {0} (not installed)</source>
        <translation>Opfølgning: {0} (ikke installeret)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="283" />
        <source>Run: {0}</source>
        <translation>Kør: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="295" />
        <source>&amp;Copy a note for the record</source>
        <translation>&amp;Kopiér notat til journalen</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="296" />
        <source>C&amp;hange the result...</source>
        <translation>Ænd&amp;r resultatet...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="297" />
        <source>&amp;Back to the questions</source>
        <translation>&amp;Tilbage til spørgsmålene</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="298" />
        <source>&amp;Finish</source>
        <translation>&amp;Afslut</translation>
    </message>
</context>
<context>
    <name>ResultSections</name>
    <message>
        <location filename="../../src/screening_app/ui/result/sections.py" line="64" />
        <source>Result: {0} ({1})</source>
        <translation>Resultat: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/sections.py" line="77" />
        <source>Changed by the health professional. Computed result: {0}. Reason: {1}</source>
        <translation>Ændret af sundhedspersonen. Beregnet resultat: {0}. Begrundelse: {1}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/sections.py" line="98" />
        <source>Point of concern</source>
        <translation>Særligt forhold</translation>
    </message>
</context>
<context>
    <name>RunnerScreen</name>
    <message>
        <location filename="../../src/screening_app/ui/runner/runner_screen.py" line="264" />
        <source>How to ask</source>
        <translation>Sådan spørger du</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/runner_screen.py" line="453" />
        <source>Let the person &amp;answer alone</source>
        <translation>Lad personen &amp;udfylde selv</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/runner_screen.py" line="455" />
        <source>Questions</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/runner_screen.py" line="456" />
        <source>answered</source>
        <translation>besvaret</translation>
    </message>
</context>
<context>
    <name>RunnerWords</name>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="15" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="16" />
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="17" />
        <source>&amp;Next</source>
        <translation>&amp;Næste</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="18" />
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="19" />
        <source>Show the &amp;result</source>
        <translation>&amp;Vis resultatet</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="20" />
        <source>&amp;Done</source>
        <translation>&amp;Færdig</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="21" />
        <source>C&amp;lear the answer</source>
        <translation>R&amp;yd svaret</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="22" />
        <source>This question must be answered.</source>
        <translation>Dette spørgsmål skal besvares.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="23" />
        <source>Please answer this question before going on.</source>
        <translation>Besvar venligst spørgsmålet, før du går videre.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="25" />
        <source>The answer could not be saved. Please try again.</source>
        <translation>Svaret kunne ikke gemmes. Prøv venligst igen.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="27" />
        <source>Question {0} of {1}</source>
        <translation>Spørgsmål {0} af {1}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="28" />
        <source>Key {0}</source>
        <translation>Tast {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="30" />
        <source>Number keys choose an answer. Enter goes on, Backspace goes back.</source>
        <translation>Taltasterne vælger et svar. Enter går videre, Backspace går tilbage.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="34" />
        <source>Type the answer. Enter goes on.</source>
        <translation>Skriv svaret. Enter går videre.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="35" />
        <source>Type the answer. Ctrl+Enter goes on.</source>
        <translation>Skriv svaret. Ctrl+Enter går videre.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="36" />
        <source>Enter goes on, Backspace goes back.</source>
        <translation>Enter går videre, Backspace går tilbage.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="37" />
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="38" />
        <source>Choose all that apply.</source>
        <translation>Vælg alle, der passer.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="39" />
        <source>From {0} to {1}</source>
        <translation>Fra {0} til {1}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="40" />
        <source>At least {0}</source>
        <translation>Mindst {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="41" />
        <source>At most {0}</source>
        <translation>Højst {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="42" />
        <source>Thank you.</source>
        <translation>Tak.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="44" />
        <source>Please give the screen back to the health professional.</source>
        <translation>Giv venligst skærmen tilbage til sundhedspersonen.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="46" />
        <source>Back to the &amp;questions</source>
        <translation>Tilbage til &amp;spørgsmålene</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="47" />
        <source>&amp;Give the screen back</source>
        <translation>&amp;Giv skærmen tilbage</translation>
    </message>
</context>
<context>
    <name>ServiceChooser</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/service_list.py" line="48" />
        <location filename="../../src/screening_app/ui/documents/service_list.py" line="69" />
        <source>Services</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/service_list.py" line="64" />
        <source>Recommended by the result</source>
        <translation>Anbefalet ud fra resultatet</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/service_list.py" line="69" />
        <source>Other services</source>
        <translation>Andre tilbud</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/service_list.py" line="147" />
        <source>At most {0} services can be chosen.</source>
        <translation>Der kan højst vælges {0} tilbud.</translation>
    </message>
</context>
</TS>