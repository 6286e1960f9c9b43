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
</TS>