<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppFlow</name>
    <message>
        <location filename="../../src/screening_app/ui/flow.py" line="196" />
        <source>Internal error in TrygStart (a bug): could not log in.</source>
        <translation>Internal error in TrygStart (a bug): could not log in.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/flow.py" line="304" />
        <source>Log in as the next user.</source>
        <translation>Log in as the next user.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/flow.py" line="308" />
        <source>You are logged out.</source>
        <translation>You are logged out.</translation>
    </message>
</context>
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
    <name>CardDialog</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/card_dialog.py" line="76" />
        <location filename="../../src/screening_app/ui/documents/card_dialog.py" line="128" />
        <source>Resource card</source>
        <translation>Resource card</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/card_dialog.py" line="80" />
        <source>Pocket size, folded once. The outside has no clinic name and no word about violence. Inside: 1888 and 112 always, and up to {0} services you tick.</source>
        <translation>Pocket size, folded once. The outside has no clinic name and no word about violence. Inside: 1888 and 112 always, and up to {0} services you tick.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/card_dialog.py" line="88" />
        <source>Card &amp;in</source>
        <translation>Card &amp;in</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/card_dialog.py" line="93" />
        <source>&amp;Show the card</source>
        <translation>&amp;Show the card</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/card_dialog.py" line="95" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/card_dialog.py" line="112" />
        <source>The card will say the numbers were last verified on {0}.</source>
        <translation>The card will say the numbers were last verified on {0}.</translation>
    </message>
</context>
<context>
    <name>ChildFields</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="38" />
        <source>Unborn child</source>
        <translation>Unborn child</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="56" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="57" />
        <source>CPR number</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="58" />
        <source>Expected birth</source>
        <translation>Expected birth</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="59" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>Consultation</name>
    <message>
        <location filename="../../src/screening_app/ui/consultation.py" line="261" />
        <source>Amend the finalised result</source>
        <translation>Amend the finalised result</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/consultation.py" line="263" />
        <source>An amendment is a new version; the finalised one stays in the record. Why is it amended? (required)</source>
        <translation>An amendment is a new version; the finalised one stays in the record. Why is it amended? (required)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/consultation.py" line="304" />
        <source>This could not be saved. Nothing was changed; please try again.</source>
        <translation>This could not be saved. Nothing was changed; please try again.</translation>
    </message>
</context>
<context>
    <name>DirectoryAdminDialog</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="70" />
        <source>&amp;New local service</source>
        <translation>&amp;New local service</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="72" />
        <source>&amp;Remove the clinic's entry</source>
        <translation>&amp;Remove the clinic's entry</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="80" />
        <source>&amp;Edit locally</source>
        <translation>&amp;Edit locally</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="82" />
        <source>&amp;Verified today</source>
        <translation>&amp;Verified today</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="84" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="88" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="133" />
        <source>Services directory</source>
        <translation>Services directory</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="137" />
        <source>National services come with TrygStart and are read-only; the clinic's own entries are saved in the clinic's directory file: {0}</source>
        <translation>National services come with TrygStart and are read-only; the clinic's own entries are saved in the clinic's directory file: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="154" />
        <source>The clinic's services (editable)</source>
        <translation>The clinic's services (editable)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="155" />
        <source>National services (read-only)</source>
        <translation>National services (read-only)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="202" />
        <source>National service, read-only. “Edit locally” makes the clinic's copy.</source>
        <translation>National service, read-only. “Edit locally” makes the clinic's copy.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="206" />
        <source>The clinic's version of a bundled entry; removing it restores the bundled one.</source>
        <translation>The clinic's version of a bundled entry; removing it restores the bundled one.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="209" />
        <source>The clinic's own entry.</source>
        <translation>The clinic's own entry.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="226" />
        <source>A new local service.</source>
        <translation>A new local service.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="235" />
        <source>The clinic's version of a bundled entry (not saved yet).</source>
        <translation>The clinic's version of a bundled entry (not saved yet).</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="243" />
        <source>this id is already used by another entry</source>
        <translation>this id is already used by another entry</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="248" />
        <source>Correct the fields marked.</source>
        <translation>Correct the fields marked.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/directory_admin.py" line="269" />
        <source>Saved in the clinic's directory file.</source>
        <translation>Saved in the clinic's directory file.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/actions.py" line="96" />
        <source>Blank questionnaire</source>
        <translation>Blank questionnaire</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/actions.py" line="103" />
        <source>Completed screening</source>
        <translation>Completed screening</translation>
    </message>
</context>
<context>
    <name>DocumentDialogs</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/hooks.py" line="51" />
        <source>The file will NOT be encrypted. Anyone who can open the folder you choose can read it. Save only where the clinic keeps such documents, and delete it when it is no longer needed.</source>
        <translation>The file will NOT be encrypted. Anyone who can open the folder you choose can read it. Save only where the clinic keeps such documents, and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/hooks.py" line="61" />
        <source>Save unencrypted</source>
        <translation>Save unencrypted</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/hooks.py" line="101" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DocumentForms</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="94" />
        <source>Phone {0}</source>
        <translation>Phone {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="100" />
        <source>Phone: UNCONFIRMED, not filled in</source>
        <translation>Phone: UNCONFIRMED, not filled in</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="103" />
        <source>No phone number</source>
        <translation>No phone number</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="107" />
        <source>Last verified {0}</source>
        <translation>Last verified {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="113" />
        <source>UNCONFIRMED: {0}</source>
        <translation>UNCONFIRMED: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="122" />
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="123" />
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="124" />
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="125" />
        <source>opening hours</source>
        <translation>opening hours</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/form_parts.py" line="126" />
        <source>secure mail</source>
        <translation>secure mail</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="56" />
        <source>Id (letters, digits, hyphens)</source>
        <translation>Id (letters, digits, hyphens)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="57" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="58" />
        <source>Discreet name (no word about violence)</source>
        <translation>Discreet name (no word about violence)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="59" />
        <source>What it offers</source>
        <translation>What it offers</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="60" />
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="61" />
        <source>Phones (number | label da | label en, one per line)</source>
        <translation>Phones (number | label da | label en, one per line)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="62" />
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="63" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="64" />
        <source>Secure mail</source>
        <translation>Secure mail</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="65" />
        <source>Postal address (one line each)</source>
        <translation>Postal address (one line each)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="66" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="67" />
        <source>How to refer</source>
        <translation>How to refer</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="68" />
        <source>Source of the facts</source>
        <translation>Source of the facts</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="69" />
        <source>Last verified</source>
        <translation>Last verified</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="70" />
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="71" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="72" />
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="73" />
        <source>Not confirmed (left empty)</source>
        <translation>Not confirmed (left empty)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="138" />
        <source>on the resource card</source>
        <translation>on the resource card</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="139" />
        <source>receives referrals</source>
        <translation>receives referrals</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="140" />
        <source>receives notifications</source>
        <translation>receives notifications</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="148" />
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="149" />
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="150" />
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="151" />
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="152" />
        <source>secure mail</source>
        <translation>secure mail</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="215" />
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="217" />
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="219" />
        <source>needs both the Danish and the English text</source>
        <translation>needs both the Danish and the English text</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="222" />
        <source>not a phone number: digits and spaces, e.g. 33 33 00 47</source>
        <translation>not a phone number: digits and spaces, e.g. 33 33 00 47</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="223" />
        <source>not an email address</source>
        <translation>not an email address</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="224" />
        <source>a web address without https://, e.g. danner.dk</source>
        <translation>a web address without https://, e.g. danner.dk</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="225" />
        <source>small letters, digits and hyphens only</source>
        <translation>small letters, digits and hyphens only</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/entry_form.py" line="230" />
        <source>filled in but marked as not confirmed: untick “not confirmed”</source>
        <translation>filled in but marked as not confirmed: untick “not confirmed”</translation>
    </message>
</context>
<context>
    <name>GateScreen</name>
    <message>
        <location filename="../../src/screening_app/ui/gate_screen.py" line="283" />
        <source>Is it safe to ask now? ({0})</source>
        <translation>Is it safe to ask now? ({0})</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/gate_screen.py" line="286" />
        <source>Ask only when every point below holds. If one does not, do not ask: record "not asked" with the reason, and ask next time.</source>
        <translation>Ask only when every point below holds. If one does not, do not ask: record "not asked" with the reason, and ask next time.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/gate_screen.py" line="292" />
        <source>The person is alone with me: no partner, no family member, and no child old enough to understand.</source>
        <translation>The person is alone with me: no partner, no family member, and no child old enough to understand.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/gate_screen.py" line="296" />
        <source>No interpreter is needed, or the interpreter is a professional one (never family or friends).</source>
        <translation>No interpreter is needed, or the interpreter is a professional one (never family or friends).</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/gate_screen.py" line="299" />
        <source>There is time to ask, and to respond to what the person tells me.</source>
        <translation>There is time to ask, and to respond to what the person tells me.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/gate_screen.py" line="301" />
        <source>I have explained the limits of confidentiality: I must notify the municipality if a child, also an unborn child, may need support (Barnets Lov section 133), and information may be passed on without consent if someone is in serious danger.</source>
        <translation>I have explained the limits of confidentiality: I must notify the municipality if a child, also an unborn child, may need support (Barnets Lov section 133), and information may be passed on without consent if someone is in serious danger.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/gate_screen.py" line="310" />
        <source>If it is not safe to ask now</source>
        <translation>If it is not safe to ask now</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/gate_screen.py" line="311" />
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/gate_screen.py" line="312" />
        <source>Ask again &amp;on</source>
        <translation>Ask again &amp;on</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/gate_screen.py" line="315" />
        <source>Record "&amp;not asked"</source>
        <translation>Record "&amp;not asked"</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/gate_screen.py" line="316" />
        <source>When every point holds</source>
        <translation>When every point holds</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/gate_screen.py" line="317" />
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/gate_screen.py" line="324" />
        <source>The person's &amp;language</source>
        <translation>The person's &amp;language</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/gate_screen.py" line="328" />
        <source>I &amp;read the questions aloud</source>
        <translation>I &amp;read the questions aloud</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/gate_screen.py" line="329" />
        <source>The person answers &amp;alone on the screen</source>
        <translation>The person answers &amp;alone on the screen</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/gate_screen.py" line="330" />
        <source>The questions can start when every point above is ticked.</source>
        <translation>The questions can start when every point above is ticked.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/gate_screen.py" line="331" />
        <source>&amp;Start the questions</source>
        <translation>&amp;Start the questions</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/gate_screen.py" line="332" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
</context>
<context>
    <name>HandBackPage</name>
    <message>
        <location filename="../../src/screening_app/ui/runner/hand_back.py" line="124" />
        <source>&amp;Health professional's password</source>
        <translation>&amp;Health professional's password</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/hand_back.py" line="125" />
        <source>Health professional's password</source>
        <translation>Health professional's password</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/hand_back.py" line="126" />
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/hand_back.py" line="127" />
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="55" />
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="56" />
        <source>Screening result</source>
        <translation>Screening result</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="57" />
        <source>Safety concerns</source>
        <translation>Safety concerns</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="58" />
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="69" />
        <source>Not covered by the consent or legal basis</source>
        <translation>Not covered by the consent or legal basis</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="78" />
        <source>e.g. Polish</source>
        <translation>e.g. Polish</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="79" />
        <source>Needs an interpreter</source>
        <translation>Needs an interpreter</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="86" />
        <source>e.g. call from a withheld number only</source>
        <translation>e.g. call from a withheld number only</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="88" />
        <source>Discreet: the first page holds only addresses, date and a neutral heading</source>
        <translation>Discreet: the first page holds only addresses, date and a neutral heading</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="94" />
        <source>No copy for the person</source>
        <translation>No copy for the person</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="95" />
        <source>A copy handed to the person</source>
        <translation>A copy handed to the person</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="96" />
        <source>A copy sent to a safe address</source>
        <translation>A copy sent to a safe address</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="97" />
        <source>A copy sent to the person's home</source>
        <translation>A copy sent to the person's home</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="102" />
        <source>Address, one line each (used for this letter only)</source>
        <translation>Address, one line each (used for this letter only)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="118" />
        <source>The letter holds</source>
        <translation>The letter holds</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="119" />
        <source>&amp;Safety concerns</source>
        <translation>&amp;Safety concerns</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="120" />
        <source>&amp;Free text</source>
        <translation>&amp;Free text</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="121" />
        <source>Person's &amp;language</source>
        <translation>Person's &amp;language</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="124" />
        <source>Contact &amp;note</source>
        <translation>Contact &amp;note</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="126" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="127" />
        <source>Copy &amp;address</source>
        <translation>Copy &amp;address</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/letter_form.py" line="129" />
        <source>Letter &amp;in</source>
        <translation>Letter &amp;in</translation>
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
        <location filename="../../src/screening_app/ui/lock_screen.py" line="185" />
        <source>Too many wrong PINs. Use your password.</source>
        <translation>Too many wrong PINs. Use your password.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="188" />
        <source>Wrong PIN. Tries left: {0}.</source>
        <translation>Wrong PIN. Tries left: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="201" />
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="244" />
        <source>The screen is hidden. Nobody is logged in.</source>
        <translation>The screen is hidden. Nobody is logged in.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="246" />
        <source>The screen is locked.</source>
        <translation>The screen is locked.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="248" />
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="249" />
        <source>Use my password instead</source>
        <translation>Use my password instead</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="251" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="252" />
        <source>Use my PIN instead</source>
        <translation>Use my PIN instead</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="254" />
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="255" />
        <source>Log in as another user</source>
        <translation>Log in as another user</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/lock_screen.py" line="256" />
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../src/screening_app/ui/login_screen.py" line="140" />
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/login_screen.py" line="141" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/login_screen.py" line="142" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/login_screen.py" line="143" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/login_screen.py" line="145" />
        <source>Logging in...</source>
        <translation>Logging in...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/login_screen.py" line="145" />
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/screening_app/ui/main_window.py" line="207" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/main_window.py" line="208" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>NotificationForm</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="150" />
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="150" />
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="150" />
        <source>Co-mother</source>
        <translation>Co-mother</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="150" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="151" />
        <source>Urgent: the child may need help at once</source>
        <translation>Urgent: the child may need help at once</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="155" />
        <source>Add another child</source>
        <translation>Add another child</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="161" />
        <source>Parent 1</source>
        <translation>Parent 1</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="162" />
        <source>Parent 2</source>
        <translation>Parent 2</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="173" />
        <source>e.g. midwife for the mother during pregnancy</source>
        <translation>e.g. midwife for the mother during pregnancy</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="178" />
        <source>Violence or abuse by a parent is suspected (the parents are not told first)</source>
        <translation>Violence or abuse by a parent is suspected (the parents are not told first)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="183" />
        <source>Contact with the parents is left out of the notification.</source>
        <translation>Contact with the parents is left out of the notification.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="206" />
        <source>Your &amp;relation to the child</source>
        <translation>Your &amp;relation to the child</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="207" />
        <source>&amp;Concern</source>
        <translation>&amp;Concern</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="208" />
        <source>&amp;Observations</source>
        <translation>&amp;Observations</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="209" />
        <source>&amp;Actions taken</source>
        <translation>&amp;Actions taken</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="215" />
        <source>Contact with the &amp;parents</source>
        <translation>Contact with the &amp;parents</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="219" />
        <source>Letter &amp;in</source>
        <translation>Letter &amp;in</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="230" />
        <source>Child {0}</source>
        <translation>Child {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="251" />
        <source>the child</source>
        <translation>the child</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="253" />
        <source>your relation to the child</source>
        <translation>your relation to the child</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="255" />
        <source>the concern</source>
        <translation>the concern</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="256" />
        <source>the observations</source>
        <translation>the observations</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="257" />
        <source>the actions taken</source>
        <translation>the actions taken</translation>
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
    <name>ParentFields</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="107" />
        <source>Language, if an interpreter is needed</source>
        <translation>Language, if an interpreter is needed</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="110" />
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="111" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="112" />
        <source>CPR number</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="113" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="114" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/notification_form.py" line="115" />
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
</context>
<context>
    <name>PersonFlow</name>
    <message>
        <location filename="../../src/screening_app/ui/person_flow.py" line="252" />
        <source>That could not be saved.</source>
        <translation>That could not be saved.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="206" />
        <source>Note: the number does not pass the modulus-11 check. Numbers issued since 2007 may not; check it once more against the health card.</source>
        <translation>Note: the number does not pass the modulus-11 check. Numbers issued since 2007 may not; check it once more against the health card.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="214" />
        <source>The first six digits of a CPR number are a date (DDMMYY).</source>
        <translation>The first six digits of a CPR number are a date (DDMMYY).</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="216" />
        <source>The CPR number gives a birth date in the future.</source>
        <translation>The CPR number gives a birth date in the future.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="217" />
        <source>A CPR number has ten digits (DDMMYY-SSSS).</source>
        <translation>A CPR number has ten digits (DDMMYY-SSSS).</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="232" />
        <source>The name is needed.</source>
        <translation>The name is needed.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="234" />
        <source>The CPR number is not valid.</source>
        <translation>The CPR number is not valid.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="235" />
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="236" />
        <source>the child's birth date</source>
        <translation>the child's birth date</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="238" />
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="263" />
        <source>Write the {0} as dd.mm.yyyy.</source>
        <translation>Write the {0} as dd.mm.yyyy.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="286" />
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="288" />
        <source>Correct the person's details</source>
        <translation>Correct the person's details</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="290" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="291" />
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="292" />
        <source>&amp;CPR number</source>
        <translation>&amp;CPR number</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="293" />
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="294" />
        <source>C&amp;hild's birth date</source>
        <translation>C&amp;hild's birth date</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="295" />
        <source>Safe &amp;phone</source>
        <translation>Safe &amp;phone</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="296" />
        <source>Safe &amp;times to call</source>
        <translation>Safe &amp;times to call</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="297" />
        <source>May we leave &amp;messages?</source>
        <translation>May we leave &amp;messages?</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="298" />
        <source>May &amp;letters go home?</source>
        <translation>May &amp;letters go home?</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="310" />
        <source>DDMMYY-SSSS</source>
        <translation>DDMMYY-SSSS</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="311" />
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="312" />
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="313" />
        <source>&amp;expected (pregnancy)</source>
        <translation>&amp;expected (pregnancy)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="314" />
        <source>b&amp;orn</source>
        <translation>b&amp;orn</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="315" />
        <source>e.g. weekdays 9-12</source>
        <translation>e.g. weekdays 9-12</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="316" />
        <source>Safe contact</source>
        <translation>Safe contact</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="317" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_form.py" line="318" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="198" />
        <source>Not asked: {0}</source>
        <translation>Not asked: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="201" />
        <source>Ask again on {0}</source>
        <translation>Ask again on {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="205" />
        <source>(amended, version {0})</source>
        <translation>(amended, version {0})</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="207" />
        <source>Not finished</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="211" />
        <source>(changed by the health professional)</source>
        <translation>(changed by the health professional)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="213" />
        <source>{0} points of concern</source>
        <translation>{0} points of concern</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="215" />
        <source>(replaced by an amendment)</source>
        <translation>(replaced by an amendment)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="223" />
        <source>CPR {0}</source>
        <translation>CPR {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="225" />
        <source>born {0}</source>
        <translation>born {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="229" />
        <source>expected birth {0}</source>
        <translation>expected birth {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="231" />
        <source>(week {0})</source>
        <translation>(week {0})</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="235" />
        <source>child born {0}</source>
        <translation>child born {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="237" />
        <source>({0} weeks old)</source>
        <translation>({0} weeks old)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="240" />
        <source>Safe phone: {0}</source>
        <translation>Safe phone: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="240" />
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="241" />
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="241" />
        <source>Safe times: {0}</source>
        <translation>Safe times: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="242" />
        <source>Messages: {0}</source>
        <translation>Messages: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="243" />
        <source>Letters home: {0}</source>
        <translation>Letters home: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="252" />
        <source>Never asked.</source>
        <translation>Never asked.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="255" />
        <source>Last asked on {0} by {1}.</source>
        <translation>Last asked on {0} by {1}.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="257" />
        <source>Last time ({0}, {1}): not asked, {2}.</source>
        <translation>Last time ({0}, {1}): not asked, {2}.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="263" />
        <source>Ask next on {0} (planned).</source>
        <translation>Ask next on {0} (planned).</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="269" />
        <source>Ask now ({0}).</source>
        <translation>Ask now ({0}).</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="271" />
        <source>Ask next on {0} ({1}).</source>
        <translation>Ask next on {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="273" />
        <source>The asking schedule has no further dates.</source>
        <translation>The asking schedule has no further dates.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="283" />
        <source>&lt; &amp;Find a person</source>
        <translation>&lt; &amp;Find a person</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="284" />
        <source>&amp;Correct details...</source>
        <translation>&amp;Correct details...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="285" />
        <source>&amp;Ask now...</source>
        <translation>&amp;Ask now...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="293" />
        <source>The asking schedule is TrygStart's default; an administrator can set the clinic's own in the settings.</source>
        <translation>The asking schedule is TrygStart's default; an administrator can set the clinic's own in the settings.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="299" />
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="342" />
        <source>Asking history</source>
        <translation>Asking history</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="302" />
        <source>&amp;Refer with consent...</source>
        <translation>&amp;Refer with consent...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="303" />
        <source>Resource &amp;card...</source>
        <translation>Resource &amp;card...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="304" />
        <source>Safety &amp;plan...</source>
        <translation>Safety &amp;plan...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="305" />
        <source>&amp;Notification to the municipality...</source>
        <translation>&amp;Notification to the municipality...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="321" />
        <source>Not finished: {0}, started {1} by {2}.</source>
        <translation>Not finished: {0}, started {1} by {2}.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="327" />
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="340" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="340" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="340" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="340" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/person_page.py" line="351" />
        <source>No asking recorded yet.</source>
        <translation>No asking recorded yet.</translation>
    </message>
</context>
<context>
    <name>PersonSearchScreen</name>
    <message>
        <location filename="../../src/screening_app/ui/persons/search_screen.py" line="143" />
        <source>Type a name, a CPR number or a birth date (dd.mm.yyyy).</source>
        <translation>Type a name, a CPR number or a birth date (dd.mm.yyyy).</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/search_screen.py" line="148" />
        <source>The search failed.</source>
        <translation>The search failed.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/search_screen.py" line="154" />
        <source>No one with that name was found.</source>
        <translation>No one with that name was found.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/search_screen.py" line="156" />
        <source>No one with that CPR number was found.</source>
        <translation>No one with that CPR number was found.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/search_screen.py" line="158" />
        <source>No one born on that date was found.</source>
        <translation>No one born on that date was found.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/search_screen.py" line="197" />
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/search_screen.py" line="198" />
        <source>&amp;Name, CPR number or birth date</source>
        <translation>&amp;Name, CPR number or birth date</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/search_screen.py" line="199" />
        <source>e.g. Hansen, 010190-1234 or 01.01.1990</source>
        <translation>e.g. Hansen, 010190-1234 or 01.01.1990</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/search_screen.py" line="200" />
        <source>Name, CPR number or birth date</source>
        <translation>Name, CPR number or birth date</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/search_screen.py" line="201" />
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/search_screen.py" line="202" />
        <source>&amp;New person...</source>
        <translation>&amp;New person...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/search_screen.py" line="204" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/search_screen.py" line="204" />
        <source>CPR number</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/search_screen.py" line="204" />
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/search_screen.py" line="204" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/search_screen.py" line="206" />
        <source>Persons found</source>
        <translation>Persons found</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/search_screen.py" line="208" />
        <source>{0} found. Enter opens.</source>
        <translation>{0} found. Enter opens.</translation>
    </message>
</context>
<context>
    <name>PersonWords</name>
    <message>
        <location filename="../../src/screening_app/ui/persons/words.py" line="10" />
        <source>Pregnant woman</source>
        <translation>Pregnant woman</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/words.py" line="11" />
        <source>New mother</source>
        <translation>New mother</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/words.py" line="12" />
        <source>Father or co-parent</source>
        <translation>Father or co-parent</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/words.py" line="13" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/words.py" line="20" />
        <source>partner present</source>
        <translation>partner present</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/words.py" line="22" />
        <source>only a family member or friend to interpret</source>
        <translation>only a family member or friend to interpret</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/words.py" line="25" />
        <source>no private room</source>
        <translation>no private room</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/words.py" line="26" />
        <source>no time</source>
        <translation>no time</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/words.py" line="27" />
        <source>the person declined</source>
        <translation>the person declined</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/words.py" line="34" />
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/words.py" line="36" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/words.py" line="38" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/words.py" line="44" />
        <source>never asked</source>
        <translation>never asked</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/words.py" line="46" />
        <source>not asked last time</source>
        <translation>not asked last time</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/words.py" line="48" />
        <source>pregnancy week {0}</source>
        <translation>pregnancy week {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/words.py" line="50" />
        <source>after the birth</source>
        <translation>after the birth</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/persons/words.py" line="52" />
        <source>child {0} weeks old</source>
        <translation>child {0} weeks old</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../src/screening_app/ui/pin_screen.py" line="103" />
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/pin_screen.py" line="121" />
        <source>Change your PIN</source>
        <translation>Change your PIN</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/pin_screen.py" line="123" />
        <source>Choose a PIN for the idle lock?</source>
        <translation>Choose a PIN for the idle lock?</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/pin_screen.py" line="126" />
        <source>When the screen locks after a while without use, you can come back with a short PIN (4 to 8 digits) instead of your password. After three wrong PINs, after hiding the screen and after logging out, the password is needed.</source>
        <translation>When the screen locks after a while without use, you can come back with a short PIN (4 to 8 digits) instead of your password. After three wrong PINs, after hiding the screen and after logging out, the password is needed.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/pin_screen.py" line="131" />
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/pin_screen.py" line="132" />
        <source>&amp;Repeat the PIN</source>
        <translation>&amp;Repeat the PIN</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/pin_screen.py" line="133" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/pin_screen.py" line="134" />
        <source>Repeat the PIN</source>
        <translation>Repeat the PIN</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/pin_screen.py" line="135" />
        <source>&amp;Save the PIN</source>
        <translation>&amp;Save the PIN</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/pin_screen.py" line="136" />
        <source>Not &amp;now</source>
        <translation>Not &amp;now</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/pin_screen.py" line="136" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="65" />
        <source>The person has chosen to take the plan</source>
        <translation>The person has chosen to take the plan</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="69" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="69" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="69" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="84" />
        <source>e.g. call me at once</source>
        <translation>e.g. call me at once</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="106" />
        <source>Safe people</source>
        <translation>Safe people</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="108" />
        <source>Safe &amp;places (one per line)</source>
        <translation>Safe &amp;places (one per line)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="109" />
        <source>&amp;Take along (one per line)</source>
        <translation>&amp;Take along (one per line)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="110" />
        <source>&amp;Code word</source>
        <translation>&amp;Code word</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="111" />
        <source>The code word &amp;means</source>
        <translation>The code word &amp;means</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="116" />
        <source>Numbers besides 1888 and 112</source>
        <translation>Numbers besides 1888 and 112</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="118" />
        <source>Own &amp;notes</source>
        <translation>Own &amp;notes</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="119" />
        <source>Plan &amp;in</source>
        <translation>Plan &amp;in</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="132" />
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="188" />
        <source>Safety plan</source>
        <translation>Safety plan</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="136" />
        <source>Fill it in with the person. They decide whether to take it. It is printed discreetly: no clinic name and nothing about violence.</source>
        <translation>Fill it in with the person. They decide whether to take it. It is printed discreetly: no clinic name and nothing about violence.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="146" />
        <source>&amp;Show the plan</source>
        <translation>&amp;Show the plan</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/plan_dialog.py" line="148" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="109" />
        <source>Pages: {0}</source>
        <translation>Pages: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="118" />
        <source>Discreet: the outside or first page says nothing about what the document is about.</source>
        <translation>Discreet: the outside or first page says nothing about what the document is about.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="123" />
        <source>Training: every page is marked, and nothing is real.</source>
        <translation>Training: every page is marked, and nothing is real.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="128" />
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="130" />
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Save as PDF...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="132" />
        <source>Only when needed: the file is not encrypted.</source>
        <translation>Only when needed: the file is not encrypted.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="133" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="167" />
        <source>To make a file, use “Save as PDF”: it warns first.</source>
        <translation>To make a file, use “Save as PDF”: it warns first.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="176" />
        <source>The printer could not print the document.</source>
        <translation>The printer could not print the document.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="178" />
        <source>Sent to the printer: {0} pages.</source>
        <translation>Sent to the printer: {0} pages.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="201" />
        <source>The file could not be saved there.</source>
        <translation>The file could not be saved there.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/preview.py" line="203" />
        <source>Saved, unencrypted: {0}</source>
        <translation>Saved, unencrypted: {0}</translation>
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
    <name>ReasonDialog</name>
    <message>
        <location filename="../../src/screening_app/ui/result/record_bar.py" line="71" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/record_bar.py" line="72" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordBar</name>
    <message>
        <location filename="../../src/screening_app/ui/result/record_bar.py" line="181" />
        <source>Ask &amp;again on</source>
        <translation>Ask &amp;again on</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/record_bar.py" line="182" />
        <source>Ask again on</source>
        <translation>Ask again on</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/record_bar.py" line="183" />
        <source>&amp;Finalise</source>
        <translation>&amp;Finalise</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/record_bar.py" line="185" />
        <source>Keeps the result in the record. It cannot be changed afterwards.</source>
        <translation>Keeps the result in the record. It cannot be changed afterwards.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/record_bar.py" line="187" />
        <source>A&amp;mend...</source>
        <translation>A&amp;mend...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/record_bar.py" line="189" />
        <source>Finalised: the result is locked in the record.</source>
        <translation>Finalised: the result is locked in the record.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/record_bar.py" line="191" />
        <source>Ask again on {0}.</source>
        <translation>Ask again on {0}.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../src/screening_app/ui/setup/recovery_print.py" line="26" />
        <source>TrygStart recovery key</source>
        <translation>TrygStart recovery key</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/recovery_print.py" line="27" />
        <source>This key opens the clinic's TrygStart database when no administrator can log in. Keep this paper locked away (for example in the clinic's safe). Anyone who has it can read every record. It cannot be shown again.</source>
        <translation>This key opens the clinic's TrygStart database when no administrator can log in. Keep this paper locked away (for example in the clinic's safe). Anyone who has it can read every record. It cannot be shown again.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="90" />
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="96" />
        <source>&amp;Record the referral</source>
        <translation>&amp;Record the referral</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="98" />
        <source>&amp;Show the letter</source>
        <translation>&amp;Show the letter</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="101" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="119" />
        <source>For: {0}</source>
        <translation>For: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="121" />
        <source>No letters to the home</source>
        <translation>No letters to the home</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="152" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="155" />
        <source>Nothing is passed on, and no letter is made.</source>
        <translation>Nothing is passed on, and no letter is made.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="160" />
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="160" />
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="172" />
        <source>&amp;Show the notification</source>
        <translation>&amp;Show the notification</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="183" />
        <source>The directory has no postal or secure-mail address for this service: add it by hand, or ask an administrator to add it.</source>
        <translation>The directory has no postal or secure-mail address for this service: add it by hand, or ask an administrator to add it.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="202" />
        <source>written</source>
        <translation>written</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="202" />
        <source>oral</source>
        <translation>oral</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="204" />
        <source>Recorded: referral to {0}, consent {1}, expires {2}.</source>
        <translation>Recorded: referral to {0}, consent {1}, expires {2}.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="208" />
        <source>Recorded: referral to {0} offered; the person did not consent.</source>
        <translation>Recorded: referral to {0} offered; the person did not consent.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="211" />
        <source>Recorded: disclosure without consent to {0}, with its legal basis.</source>
        <translation>Recorded: disclosure without consent to {0}, with its legal basis.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="224" />
        <source>Fill in: {0}.</source>
        <translation>Fill in: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="231" />
        <source>Notification to the municipality</source>
        <translation>Notification to the municipality</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_dialog.py" line="238" />
        <source>Referral letter</source>
        <translation>Referral letter</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="76" />
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="77" />
        <source>Screening result</source>
        <translation>Screening result</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="78" />
        <source>Safety concerns</source>
        <translation>Safety concerns</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="79" />
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="89" />
        <source>No screening to share</source>
        <translation>No screening to share</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="90" />
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="92" />
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="109" />
        <source>Telling the person would put them in danger</source>
        <translation>Telling the person would put them in danger</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="119" />
        <source>The person consents</source>
        <translation>The person consents</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="120" />
        <source>The person does not consent (nothing is passed on)</source>
        <translation>The person does not consent (nothing is passed on)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="123" />
        <source>Without consent: notification to the municipality, Barnets Lov § 133 (Sundhedsloven § 43, stk. 2, nr. 1)</source>
        <translation>Without consent: notification to the municipality, Barnets Lov § 133 (Sundhedsloven § 43, stk. 2, nr. 1)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="129" />
        <source>Without consent: to protect substantial interests (Sundhedsloven § 43, stk. 2, nr. 2)</source>
        <translation>Without consent: to protect substantial interests (Sundhedsloven § 43, stk. 2, nr. 2)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="135" />
        <source>Consent or legal basis</source>
        <translation>Consent or legal basis</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="151" />
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="152" />
        <source>May be passed on</source>
        <translation>May be passed on</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="153" />
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="154" />
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="260" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="155" />
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="156" />
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="158" />
        <source>Why it is unsafe</source>
        <translation>Why it is unsafe</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="160" />
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="170" />
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="260" />
        <source>&amp;Date of consent</source>
        <translation>&amp;Date of consent</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="263" />
        <source>{0} (one year after consent was given)</source>
        <translation>{0} (one year after consent was given)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="267" />
        <source>Required by law: the person is not asked. After recording, fill in the notification.</source>
        <translation>Required by law: the person is not asked. After recording, fill in the notification.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="271" />
        <source>No task to tell the person is created; the reason is recorded.</source>
        <translation>No task to tell the person is created; the reason is recorded.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/referral_form.py" line="274" />
        <source>A task is created: tell the person as soon as possible that information was passed on.</source>
        <translation>A task is created: tell the person as soon as possible that information was passed on.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="250" />
        <source>The note is on the clipboard. It is removed after {0} seconds, and when the screen locks.</source>
        <translation>The note is on the clipboard. It is removed after {0} seconds, and when the screen locks.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="275" />
        <source>{0}, version {1}</source>
        <translation>{0}, version {1}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="343" />
        <source>Not finished: {0} required questions are unanswered.</source>
        <translation>Not finished: {0} required questions are unanswered.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="351" />
        <source>This questionnaire gives no overall result.</source>
        <translation>This questionnaire gives no overall result.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="354" />
        <source>The score falls in no result band.</source>
        <translation>The score falls in no result band.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="283" />
        <source>Points of concern</source>
        <translation>Points of concern</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="305" />
        <source>What to do now</source>
        <translation>What to do now</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="310" />
        <source>The questionnaire names no steps for this result.</source>
        <translation>The questionnaire names no steps for this result.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/services_section.py" line="61" />
        <source>Material: {0}</source>
        <translation>Material: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="322" />
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="293" />
        <source>Same-day actions</source>
        <translation>Same-day actions</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="295" />
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="315" />
        <source>Relevant services</source>
        <translation>Relevant services</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/services_section.py" line="19" />
        <source>{0} (not in the services directory)</source>
        <translation>{0} (not in the services directory)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/services_section.py" line="23" />
        <source>{0}, phone {1} (checked {2})</source>
        <translation>{0}, phone {1} (checked {2})</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/services_section.py" line="27" />
        <source>{0} (checked {1})</source>
        <translation>{0} (checked {1})</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="386" />
        <source>Follow-up: {0} (not installed)</source>
        <translation>Follow-up: {0} (not installed)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="389" />
        <source>Run: {0}</source>
        <translation>Run: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="391" />
        <source>Finalise this result and run: {0}</source>
        <translation>Finalise this result and run: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="404" />
        <source>&amp;Copy a note for the record</source>
        <translation>&amp;Copy a note for the record</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="405" />
        <source>C&amp;hange the result...</source>
        <translation>C&amp;hange the result...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="406" />
        <source>&amp;Back to the questions</source>
        <translation>&amp;Back to the questions</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="407" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/result_screen.py" line="408" />
        <source>&amp;Print the result...</source>
        <translation>&amp;Print the result...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/services_section.py" line="37" />
        <source>&amp;Refer with consent...</source>
        <translation>&amp;Refer with consent...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/services_section.py" line="38" />
        <source>Resource &amp;card...</source>
        <translation>Resource &amp;card...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/services_section.py" line="39" />
        <source>&amp;Safety plan...</source>
        <translation>&amp;Safety plan...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/result/services_section.py" line="40" />
        <source>&amp;Notification to the municipality...</source>
        <translation>&amp;Notification to the municipality...</translation>
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
        <location filename="../../src/screening_app/ui/result/sections.py" line="111" />
        <source>Point of concern</source>
        <translation>Point of concern</translation>
    </message>
</context>
<context>
    <name>RunnerScreen</name>
    <message>
        <location filename="../../src/screening_app/ui/runner/runner_screen.py" line="270" />
        <source>How to ask</source>
        <translation>How to ask</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/runner_screen.py" line="459" />
        <source>Let the person &amp;answer alone</source>
        <translation>Let the person &amp;answer alone</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/runner_screen.py" line="461" />
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/runner/runner_screen.py" line="462" />
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
<context>
    <name>ServiceChooser</name>
    <message>
        <location filename="../../src/screening_app/ui/documents/service_list.py" line="48" />
        <location filename="../../src/screening_app/ui/documents/service_list.py" line="69" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/service_list.py" line="64" />
        <source>Recommended by the result</source>
        <translation>Recommended by the result</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/service_list.py" line="69" />
        <source>Other services</source>
        <translation>Other services</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/documents/service_list.py" line="147" />
        <source>At most {0} services can be chosen.</source>
        <translation>At most {0} services can be chosen.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="229" />
        <source>Could not be saved.</source>
        <translation>Could not be saved.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="239" />
        <location filename="../../src/screening_app/ui/settings_screen.py" line="270" />
        <location filename="../../src/screening_app/ui/settings_screen.py" line="289" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="259" />
        <source>Weeks are whole numbers separated by commas: pregnancy weeks 4 to 42, the child's age 1 to 104 weeks, at most six of each.</source>
        <translation>Weeks are whole numbers separated by commas: pregnancy weeks 4 to 42, the child's age 1 to 104 weeks, at most six of each.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="319" />
        <source>Clinic settings</source>
        <translation>Clinic settings</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="320" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="321" />
        <source>The services &amp;directory...</source>
        <translation>The services &amp;directory...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="322" />
        <source>Lock when idle</source>
        <translation>Lock when idle</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="323" />
        <source>Lock the screen after (&amp;minutes without use)</source>
        <translation>Lock the screen after (&amp;minutes without use)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="324" />
        <location filename="../../src/screening_app/ui/settings_screen.py" line="345" />
        <location filename="../../src/screening_app/ui/settings_screen.py" line="361" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="325" />
        <source>When to ask again</source>
        <translation>When to ask again</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="327" />
        <source>Starting points, not clinical rules: ask at the first antenatal visit, at the pregnancy weeks below, after the birth and at the child's ages below. After "not asked", ask again after the retry interval.</source>
        <translation>Starting points, not clinical rules: ask at the first antenatal visit, at the pregnancy weeks below, after the birth and at the child's ages below. After "not asked", ask again after the retry interval.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="332" />
        <source>These are TrygStart's defaults; nothing is saved yet.</source>
        <translation>These are TrygStart's defaults; nothing is saved yet.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="337" />
        <source>&amp;Pregnancy weeks</source>
        <translation>&amp;Pregnancy weeks</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="338" />
        <source>&amp;Days after the birth</source>
        <translation>&amp;Days after the birth</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="339" />
        <source>&amp;Child's age (weeks)</source>
        <translation>&amp;Child's age (weeks)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="340" />
        <source>&amp;Retry after "not asked" (days)</source>
        <translation>&amp;Retry after "not asked" (days)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="346" />
        <source>The clinic (printed on letters)</source>
        <translation>The clinic (printed on letters)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="350" />
        <source>Clinic &amp;name</source>
        <translation>Clinic &amp;name</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="351" />
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="352" />
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="353" />
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="354" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="359" />
        <source>Choose a &amp;logo (PNG)...</source>
        <translation>Choose a &amp;logo (PNG)...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/settings_screen.py" line="360" />
        <source>Remove the logo</source>
        <translation>Remove the logo</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="158" />
        <source>the clinic's name</source>
        <translation>the clinic's name</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="160" />
        <source>the address</source>
        <translation>the address</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="162" />
        <source>the phone number</source>
        <translation>the phone number</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="164" />
        <source>Please fill in: {0}.</source>
        <translation>Please fill in: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="239" />
        <source>The user name is one word, without spaces.</source>
        <translation>The user name is one word, without spaces.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="242" />
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="311" />
        <source>The recovery key was sent to the printer.</source>
        <translation>The recovery key was sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="315" />
        <source>Not printed: that printer writes a file, and the key must not be stored on the computer. Choose a paper printer.</source>
        <translation>Not printed: that printer writes a file, and the key must not be stored on the computer. Choose a paper printer.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="320" />
        <source>Not printed.</source>
        <translation>Not printed.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="347" />
        <source>Internal error in TrygStart (a bug): nothing was created.</source>
        <translation>Internal error in TrygStart (a bug): nothing was created.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="359" />
        <source>Welcome to TrygStart</source>
        <translation>Welcome to TrygStart</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="362" />
        <source>TrygStart keeps everything in an encrypted database on this computer. First the clinic's details: they are printed at the top of letters (the workplace, never a private address).</source>
        <translation>TrygStart keeps everything in an encrypted database on this computer. First the clinic's details: they are printed at the top of letters (the workplace, never a private address).</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="367" />
        <source>The database is created in: {0}</source>
        <translation>The database is created in: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="371" />
        <source>Clinic &amp;name</source>
        <translation>Clinic &amp;name</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="372" />
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="373" />
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="374" />
        <source>&amp;E-mail (optional)</source>
        <translation>&amp;E-mail (optional)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="375" />
        <source>Logo (optional)</source>
        <translation>Logo (optional)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="380" />
        <source>Choose a &amp;logo (PNG)...</source>
        <translation>Choose a &amp;logo (PNG)...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="382" />
        <source>A logo is chosen.</source>
        <translation>A logo is chosen.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="382" />
        <source>No logo.</source>
        <translation>No logo.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="384" />
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="385" />
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="388" />
        <source>This account sets up the clinic and adds the other users. It is also an ordinary account for consultations.</source>
        <translation>This account sets up the clinic and adds the other users. It is also an ordinary account for consultations.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="395" />
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="396" />
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="397" />
        <source>&amp;Title (e.g. midwife)</source>
        <translation>&amp;Title (e.g. midwife)</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="398" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="399" />
        <source>&amp;Repeat the password</source>
        <translation>&amp;Repeat the password</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="406" />
        <source>The password must have at least 15 characters. A sentence of several words is easy to remember and hard to guess. It must not be a common password, nor contain the user name or the clinic's name.</source>
        <translation>The password must have at least 15 characters. A sentence of several words is easy to remember and hard to guess. It must not be a common password, nor contain the user name or the clinic's name.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="411" />
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="412" />
        <source>&amp;Create the database</source>
        <translation>&amp;Create the database</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="413" />
        <source>The clinic's recovery key</source>
        <translation>The clinic's recovery key</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="416" />
        <source>This key is shown now and never again, and it is not stored on the computer. It opens the database if no administrator can log in. Print it (or write it down) and keep the paper locked away, for example in the clinic's safe. Anyone who has it can read every record.</source>
        <translation>This key is shown now and never again, and it is not stored on the computer. It opens the database if no administrator can log in. Print it (or write it down) and keep the paper locked away, for example in the clinic's safe. Anyone who has it can read every record.</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="422" />
        <source>&amp;Print the key...</source>
        <translation>&amp;Print the key...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="423" />
        <source>I have printed or written down the key and will lock it away</source>
        <translation>I have printed or written down the key and will lock it away</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/setup/wizard.py" line="424" />
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
</context>
<context>
    <name>UserBar</name>
    <message>
        <location filename="../../src/screening_app/ui/user_bar.py" line="53" />
        <source>Logged in: {0}</source>
        <translation>Logged in: {0}</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/user_bar.py" line="54" />
        <source>Find a &amp;person</source>
        <translation>Find a &amp;person</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/user_bar.py" line="55" />
        <source>P&amp;IN...</source>
        <translation>P&amp;IN...</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/user_bar.py" line="56" />
        <source>Se&amp;ttings</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/user_bar.py" line="57" />
        <source>S&amp;witch user</source>
        <translation>S&amp;witch user</translation>
    </message>
    <message>
        <location filename="../../src/screening_app/ui/user_bar.py" line="58" />
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
</context>
</TS>