<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BandWords</name>
    <message>
        <location filename="../../src/screening_app/ui/result/band_words.py" line="10" />
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/band_words.py" line="11" />
        <source>yellow</source>
        <translation>yellow</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/band_words.py" line="12" />
        <source>red</source>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/band_words.py" line="19" />
        <source>resource card</source>
        <translation>resource card</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/band_words.py" line="20" />
        <source>safety plan</source>
        <translation>safety plan</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/band_words.py" line="21" />
        <source>referral letter</source>
        <translation>referral letter</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/band_words.py" line="22" />
        <source>notification to the municipality</source>
        <translation>notification to the municipality</translation>
    </message>
</context>
<context>
    <name>HandBackPage</name>
    <message>
        <location filename="../../src/screening_app/ui/runner/hand_back.py" line="117" />
        <source>&amp;Health professional's password</source>
        <translation>&amp;Health professional's password</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/hand_back.py" line="118" />
        <source>Health professional's password</source>
        <translation>Health professional's password</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/hand_back.py" line="119" />
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/hand_back.py" line="120" />
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="170" />
        <source>Too many wrong PINs. Use your password.</source>
        <translation>Too many wrong PINs. Use your password.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="173" />
        <source>Wrong PIN. Tries left: {0}.</source>
        <translation>Wrong PIN. Tries left: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="180" />
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="223" />
        <source>The screen is hidden. Nobody is logged in.</source>
        <translation>The screen is hidden. Nobody is logged in.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="225" />
        <source>The screen is locked.</source>
        <translation>The screen is locked.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="227" />
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="228" />
        <source>Use my password instead</source>
        <translation>Use my password instead</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="230" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="231" />
        <source>Use my PIN instead</source>
        <translation>Use my PIN instead</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="233" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="234" />
        <source>Log in as another user</source>
        <translation>Log in as another user</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="235" />
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/screening_app/ui/main_window.py" line="160" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/main_window.py" line="161" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>NotInstalledScreen</name>
    <message>
        <location filename="../../src/screening_app/ui/not_installed_screen.py" line="87" />
        <source>Nothing can be stored yet</source>
        <translation>Nothing can be stored yet</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/not_installed_screen.py" line="90" />
        <source>This installation of TrygStart does not yet include its encrypted database, and without it nothing can be stored: no persons, no answers. A screening can therefore not be started. The database part comes with a later version.</source>
        <translation>This installation of TrygStart does not yet include its encrypted database, and without it nothing can be stored: no persons, no answers. A screening can therefore not be started. The database part comes with a later version.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/not_installed_screen.py" line="95" />
        <source>&amp;Questionnaires in this installation:</source>
        <translation>&amp;Questionnaires in this installation:</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/not_installed_screen.py" line="97" />
        <source>Looking for questionnaires...</source>
        <translation>Looking for questionnaires...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/not_installed_screen.py" line="100" />
        <source>{0} (version {1})</source>
        <translation>{0} (version {1})</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/not_installed_screen.py" line="104" />
        <source>No questionnaires were found.</source>
        <translation>No questionnaires were found.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/not_installed_screen.py" line="110" />
        <source>{0} questionnaire files could not be read. 'screening-app validate' names the problems.</source>
        <translation>{0} questionnaire files could not be read. 'screening-app validate' names the problems.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../src/screening_app/ui/result/override_dialog.py" line="70" />
        <source>Choose the result you judge to be right, and write why. The computed result stays in the record next to yours.</source>
        <translation>Choose the result you judge to be right, and write why. The computed result stays in the record next to yours.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/override_dialog.py" line="88" />
        <source>&amp;Reason (required)</source>
        <translation>&amp;Reason (required)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/override_dialog.py" line="92" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/override_dialog.py" line="100" />
        <source>Change the result</source>
        <translation>Change the result</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/override_dialog.py" line="102" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuickHideButton</name>
    <message>
        <location filename="../../src/screening_app/ui/quick_hide_button.py" line="32" />
        <source>Hide (F12)</source>
        <translation>Hide (F12)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/quick_hide_button.py" line="33" />
        <source>Hide the screen</source>
        <translation>Hide the screen</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/quick_hide_button.py" line="35" />
        <source>Hides everything at once and locks. Also F12, or Shift three times.</source>
        <translation>Hides everything at once and locks. Also F12, or Shift three times.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/quick_hide_button.py" line="37" />
        <source>F12, or Shift three times</source>
        <translation>F12, or Shift three times</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="176" />
        <source>The note is on the clipboard. It is removed after {0} seconds, and when the screen locks.</source>
        <translation>The note is on the clipboard. It is removed after {0} seconds, and when the screen locks.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="201" />
        <source>{0}, version {1}</source>
        <translation>{0}, version {1}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="212" />
        <source>Not finished: {0} required questions are unanswered.</source>
        <translation>Not finished: {0} required questions are unanswered.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="220" />
        <source>This questionnaire gives no overall result.</source>
        <translation>This questionnaire gives no overall result.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="223" />
        <source>The score falls in no result band.</source>
        <translation>The score falls in no result band.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="240" />
        <source>Points of concern</source>
        <translation>Points of concern</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="245" />
        <source>What to do now</source>
        <translation>What to do now</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="250" />
        <source>The questionnaire names no steps for this result.</source>
        <translation>The questionnaire names no steps for this result.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="257" />
        <source>Relevant services: {0}</source>
        <translation>Relevant services: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="263" />
        <source>Material: {0}</source>
        <translation>Material: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="266" />
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="281" />
        <source>Follow-up: {0} (not installed)</source>
        <translation>Follow-up: {0} (not installed)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="283" />
        <source>Run: {0}</source>
        <translation>Run: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="295" />
        <source>&amp;Copy a note for the record</source>
        <translation>&amp;Copy a note for the record</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="296" />
        <source>C&amp;hange the result...</source>
        <translation>C&amp;hange the result...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="297" />
        <source>&amp;Back to the questions</source>
        <translation>&amp;Back to the questions</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="298" />
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>ResultSections</name>
    <message>
        <location filename="../../src/screening_app/ui/result/sections.py" line="64" />
        <source>Result: {0} ({1})</source>
        <translation>Result: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/sections.py" line="77" />
        <source>Changed by the health professional. Computed result: {0}. Reason: {1}</source>
        <translation>Changed by the health professional. Computed result: {0}. Reason: {1}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/sections.py" line="98" />
        <source>Point of concern</source>
        <translation>Point of concern</translation>
    </message>
</context>
<context>
    <name>RunnerScreen</name>
    <message>
        <location filename="../../src/screening_app/ui/runner/runner_screen.py" line="264" />
        <source>How to ask</source>
        <translation>How to ask</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/runner_screen.py" line="453" />
        <source>Let the person &amp;answer alone</source>
        <translation>Let the person &amp;answer alone</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/runner_screen.py" line="455" />
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/runner_screen.py" line="456" />
        <source>answered</source>
        <translation>answered</translation>
    </message>
</context>
<context>
    <name>RunnerWords</name>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="15" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="16" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="17" />
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="18" />
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="19" />
        <source>Show the &amp;result</source>
        <translation>Show the &amp;result</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="20" />
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="21" />
        <source>C&amp;lear the answer</source>
        <translation>C&amp;lear the answer</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="22" />
        <source>This question must be answered.</source>
        <translation>This question must be answered.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="23" />
        <source>Please answer this question before going on.</source>
        <translation>Please answer this question before going on.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="25" />
        <source>The answer could not be saved. Please try again.</source>
        <translation>The answer could not be saved. Please try again.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="27" />
        <source>Question {0} of {1}</source>
        <translation>Question {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="28" />
        <source>Key {0}</source>
        <translation>Key {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="30" />
        <source>Number keys choose an answer. Enter goes on, Backspace goes back.</source>
        <translation>Number keys choose an answer. Enter goes on, Backspace goes back.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="34" />
        <source>Type the answer. Enter goes on.</source>
        <translation>Type the answer. Enter goes on.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="35" />
        <source>Type the answer. Ctrl+Enter goes on.</source>
        <translation>Type the answer. Ctrl+Enter goes on.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="36" />
        <source>Enter goes on, Backspace goes back.</source>
        <translation>Enter goes on, Backspace goes back.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="37" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="38" />
        <source>Choose all that apply.</source>
        <translation>Choose all that apply.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="39" />
        <source>From {0} to {1}</source>
        <translation>From {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="40" />
        <source>At least {0}</source>
        <translation>At least {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="41" />
        <source>At most {0}</source>
        <translation>At most {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="42" />
        <source>Thank you.</source>
        <translation>Thank you.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="44" />
        <source>Please give the screen back to the health professional.</source>
        <translation>Please give the screen back to the health professional.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="46" />
        <source>Back to the &amp;questions</source>
        <translation>Back to the &amp;questions</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/words.py" line="47" />
        <source>&amp;Give the screen back</source>
        <translation>&amp;Give the screen back</translation>
    </message>
</context>
</TS>