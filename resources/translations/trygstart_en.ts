<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessLogScreen</name>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Who looked at what</source>
        <translation>Who looked at what</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>A&amp;ction</translation>
    </message>
    <message>
        <source>&amp;Person id</source>
        <translation>&amp;Person id</translation>
    </message>
    <message>
        <source>&amp;Export as CSV...</source>
        <translation>&amp;Export as CSV...</translation>
    </message>
    <message>
        <source>Spot check of reads of persons</source>
        <translation>Spot check of reads of persons</translation>
    </message>
    <message>
        <source>Sample si&amp;ze</source>
        <translation>Sample si&amp;ze</translation>
    </message>
    <message>
        <source>&amp;Justified</source>
        <translation>&amp;Justified</translation>
    </message>
    <message>
        <source>&amp;Question...</source>
        <translation>&amp;Question...</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>U&amp;ser</source>
        <translation>U&amp;ser</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Sea&amp;rch</translation>
    </message>
    <message>
        <source>Draw a sa&amp;mple</source>
        <translation>Draw a sa&amp;mple</translation>
    </message>
    <message>
        <source>Fi&amp;nish the review...</source>
        <translation>Fi&amp;nish the review...</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Person id</source>
        <translation>Person id</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>(everyone)</translation>
    </message>
    <message>
        <source>(every action)</source>
        <translation>(every action)</translation>
    </message>
    <message>
        <source>A person id is a number.</source>
        <translation>A person id is a number.</translation>
    </message>
    <message>
        <source>{0} of {1} entries shown, newest first</source>
        <translation>{0} of {1} entries shown, newest first</translation>
    </message>
    <message>
        <source>Why is the access log exported? (kept with the export)</source>
        <translation>Why is the access log exported? (kept with the export)</translation>
    </message>
    <message>
        <source>Not exported: a reason is needed.</source>
        <translation>Not exported: a reason is needed.</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Sample of {0} from {1} reads, {2} to {3}.</source>
        <translation>Sample of {0} from {1} reads, {2} to {3}.</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>justified</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>What is to be asked about this read?</source>
        <translation>What is to be asked about this read?</translation>
    </message>
    <message>
        <source>The reviewer's note on this spot check</source>
        <translation>The reviewer's note on this spot check</translation>
    </message>
    <message>
        <source>The spot check is reviewed and closed.</source>
        <translation>The spot check is reviewed and closed.</translation>
    </message>
</context>
<context>
    <name>AppFlow</name>
    <message>
        <source>Training mode is switched off on this computer.</source>
        <translation>Training mode is switched off on this computer.</translation>
    </message>
    <message>
        <source>Internal error in TrygStart (a bug): could not log in.</source>
        <translation>Internal error in TrygStart (a bug): could not log in.</translation>
    </message>
    <message>
        <source>Log in as the next user.</source>
        <translation>Log in as the next user.</translation>
    </message>
    <message>
        <source>The answers so far are kept as an unfinished screening on the person's page.</source>
        <translation>The answers so far are kept as an unfinished screening on the person's page.</translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation>You are logged out.</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Wrote a note</source>
        <translation>Wrote a note</translation>
    </message>
    <message>
        <source>Amended a screening</source>
        <translation>Amended a screening</translation>
    </message>
    <message>
        <source>Anchored the audit trail</source>
        <translation>Anchored the audit trail</translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation>Made a backup</translation>
    </message>
    <message>
        <source>Changed a password</source>
        <translation>Changed a password</translation>
    </message>
    <message>
        <source>Checked the database</source>
        <translation>Checked the database</translation>
    </message>
    <message>
        <source>Completed a task</source>
        <translation>Completed a task</translation>
    </message>
    <message>
        <source>Saved safe contact details</source>
        <translation>Saved safe contact details</translation>
    </message>
    <message>
        <source>Registered a person</source>
        <translation>Registered a person</translation>
    </message>
    <message>
        <source>Created a task</source>
        <translation>Created a task</translation>
    </message>
    <message>
        <source>Decided a data request</source>
        <translation>Decided a data request</translation>
    </message>
    <message>
        <source>Exported the access log</source>
        <translation>Exported the access log</translation>
    </message>
    <message>
        <source>Exported a person's data</source>
        <translation>Exported a person's data</translation>
    </message>
    <message>
        <source>Exported statistics</source>
        <translation>Exported statistics</translation>
    </message>
    <message>
        <source>Exported training runs</source>
        <translation>Exported training runs</translation>
    </message>
    <message>
        <source>Finalised a screening</source>
        <translation>Finalised a screening</translation>
    </message>
    <message>
        <source>Imported training runs</source>
        <translation>Imported training runs</translation>
    </message>
    <message>
        <source>Listed tasks</source>
        <translation>Listed tasks</translation>
    </message>
    <message>
        <source>Locked the screen</source>
        <translation>Locked the screen</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <source>Deleted data past retention</source>
        <translation>Deleted data past retention</translation>
    </message>
    <message>
        <source>Recorded a data request</source>
        <translation>Recorded a data request</translation>
    </message>
    <message>
        <source>Made a document</source>
        <translation>Made a document</translation>
    </message>
    <message>
        <source>Recorded 'not asked'</source>
        <translation>Recorded 'not asked'</translation>
    </message>
    <message>
        <source>Recorded a referral</source>
        <translation>Recorded a referral</translation>
    </message>
    <message>
        <source>Recorded a training run</source>
        <translation>Recorded a training run</translation>
    </message>
    <message>
        <source>Changed the database key</source>
        <translation>Changed the database key</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Restored a backup</translation>
    </message>
    <message>
        <source>Searched for persons</source>
        <translation>Searched for persons</translation>
    </message>
    <message>
        <source>Changed settings</source>
        <translation>Changed settings</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>Spot check</translation>
    </message>
    <message>
        <source>Started a screening</source>
        <translation>Started a screening</translation>
    </message>
    <message>
        <source>Login counters missing or damaged</source>
        <translation>Login counters missing or damaged</translation>
    </message>
    <message>
        <source>Unlocked the screen</source>
        <translation>Unlocked the screen</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Failed unlock</translation>
    </message>
    <message>
        <source>Changed a person's details</source>
        <translation>Changed a person's details</translation>
    </message>
    <message>
        <source>Answered in a screening</source>
        <translation>Answered in a screening</translation>
    </message>
    <message>
        <source>Changed user accounts</source>
        <translation>Changed user accounts</translation>
    </message>
    <message>
        <source>Verified the audit trail</source>
        <translation>Verified the audit trail</translation>
    </message>
    <message>
        <source>Viewed the access log</source>
        <translation>Viewed the access log</translation>
    </message>
    <message>
        <source>Opened a person's page</source>
        <translation>Opened a person's page</translation>
    </message>
    <message>
        <source>Opened a screening</source>
        <translation>Opened a screening</translation>
    </message>
    <message>
        <source>Viewed statistics</source>
        <translation>Viewed statistics</translation>
    </message>
    <message>
        <source>Viewed training runs</source>
        <translation>Viewed training runs</translation>
    </message>
</context>
<context>
    <name>BandWords</name>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>yellow</translation>
    </message>
    <message>
        <source>red</source>
        <translation>red</translation>
    </message>
    <message>
        <source>resource card</source>
        <translation>resource card</translation>
    </message>
    <message>
        <source>safety plan</source>
        <translation>safety plan</translation>
    </message>
    <message>
        <source>referral letter</source>
        <translation>referral letter</translation>
    </message>
    <message>
        <source>notification to the municipality</source>
        <translation>notification to the municipality</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Resource card</source>
        <translation>Resource card</translation>
    </message>
    <message numerus="yes">
        <source>Pocket size, folded once. The outside has no clinic name and no word about violence. Inside: 1888 and 112 always, and up to %n service(s) you tick.</source>
        <translation>
            <numerusform>Pocket size, folded once. The outside has no clinic name and no word about violence. Inside: 1888 and 112 always, and up to %n service you tick.</numerusform>
            <numerusform>Pocket size, folded once. The outside has no clinic name and no word about violence. Inside: 1888 and 112 always, and up to %n services you tick.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card &amp;in</source>
        <translation>Card &amp;in</translation>
    </message>
    <message>
        <source>&amp;Show the card</source>
        <translation>&amp;Show the card</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The card will say the numbers were last verified on {0}.</source>
        <translation>The card will say the numbers were last verified on {0}.</translation>
    </message>
</context>
<context>
    <name>CaseListScreen</name>
    <message>
        <source>What you practise:</source>
        <translation>What you practise:</translation>
    </message>
    <message>
        <source>Choose a case</source>
        <translation>Choose a case</translation>
    </message>
    <message>
        <source>Practise &amp;alone</source>
        <translation>Practise &amp;alone</translation>
    </message>
    <message>
        <source>&amp;Role-play in three</source>
        <translation>&amp;Role-play in three</translation>
    </message>
    <message>
        <source>Print the role-play &amp;cards...</source>
        <translation>Print the role-play &amp;cards...</translation>
    </message>
    <message>
        <source>These case files could not be used:</source>
        <translation>These case files could not be used:</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>(alone)</source>
        <translation>(alone)</translation>
    </message>
    <message>
        <source>(role-play)</source>
        <translation>(role-play)</translation>
    </message>
    <message>
        <source>Role-play cards...</source>
        <translation>Role-play cards...</translation>
    </message>
    <message>
        <source>&amp;End and see the feedback</source>
        <translation>&amp;End and see the feedback</translation>
    </message>
    <message>
        <source>At the gate: {0}</source>
        <translation>At the gate: {0}</translation>
    </message>
    <message>
        <source>The person answers: {0}</source>
        <translation>The person answers: {0}</translation>
    </message>
</context>
<context>
    <name>ChildFields</name>
    <message>
        <source>Unborn child</source>
        <translation>Unborn child</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <source>Expected birth</source>
        <translation>Expected birth</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>CoParentPanel</name>
    <message>
        <source>The child's other parent</source>
        <translation>The child's other parent</translation>
    </message>
    <message>
        <source>Link the ot&amp;her parent...</source>
        <translation>Link the ot&amp;her parent...</translation>
    </message>
    <message>
        <source>Open their page</source>
        <translation>Open their page</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Remove the link</translation>
    </message>
    <message>
        <source>Not linked. Link the other parent to see whether each has been asked alone; neither page shows the other's answers.</source>
        <translation>Not linked. Link the other parent to see whether each has been asked alone; neither page shows the other's answers.</translation>
    </message>
    <message>
        <source>asked alone on {0}</source>
        <translation>asked alone on {0}</translation>
    </message>
    <message>
        <source>not asked alone yet</source>
        <translation>not asked alone yet</translation>
    </message>
    <message>
        <source>The other parent has not been asked alone yet.</source>
        <translation>The other parent has not been asked alone yet.</translation>
    </message>
</context>
<context>
    <name>Consultation</name>
    <message>
        <source>Amend the finalised result</source>
        <translation>Amend the finalised result</translation>
    </message>
    <message>
        <source>An amendment is a new version; the finalised one stays in the record. Why is it amended? (required)</source>
        <translation>An amendment is a new version; the finalised one stays in the record. Why is it amended? (required)</translation>
    </message>
    <message>
        <source>This could not be saved. Nothing was changed; please try again.</source>
        <translation>This could not be saved. Nothing was changed; please try again.</translation>
    </message>
</context>
<context>
    <name>DebriefScreen</name>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Why: {0}</source>
        <translation>Why: {0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <source>Common mistake: {0}</source>
        <translation>Common mistake: {0}</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>Time per step</translation>
    </message>
    <message>
        <source>Common mistakes in this case</source>
        <translation>Common mistakes in this case</translation>
    </message>
    <message>
        <source>Feedback: {0}</source>
        <translation>Feedback: {0}</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} points met. The feedback is the list of points, not a grade.</source>
        <translation>{0}: {1} of {2} points met. The feedback is the list of points, not a grade.</translation>
    </message>
    <message>
        <source>&amp;Print the feedback...</source>
        <translation>&amp;Print the feedback...</translation>
    </message>
    <message>
        <source>Try the case &amp;again</source>
        <translation>Try the case &amp;again</translation>
    </message>
    <message>
        <source>Back to the &amp;cases</source>
        <translation>Back to the &amp;cases</translation>
    </message>
</context>
<context>
    <name>DirectoryAdminDialog</name>
    <message>
        <source>&amp;New local service</source>
        <translation>&amp;New local service</translation>
    </message>
    <message>
        <source>&amp;Remove the clinic's entry</source>
        <translation>&amp;Remove the clinic's entry</translation>
    </message>
    <message>
        <source>&amp;Edit locally</source>
        <translation>&amp;Edit locally</translation>
    </message>
    <message>
        <source>&amp;Verified today</source>
        <translation>&amp;Verified today</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Services directory</source>
        <translation>Services directory</translation>
    </message>
    <message>
        <source>National services come with TrygStart and are read-only; the clinic's own entries are saved in the clinic's directory file: {0}</source>
        <translation>National services come with TrygStart and are read-only; the clinic's own entries are saved in the clinic's directory file: {0}</translation>
    </message>
    <message>
        <source>The clinic's services (editable)</source>
        <translation>The clinic's services (editable)</translation>
    </message>
    <message>
        <source>National services (read-only)</source>
        <translation>National services (read-only)</translation>
    </message>
    <message>
        <source>National service, read-only. “Edit locally” makes the clinic's copy.</source>
        <translation>National service, read-only. “Edit locally” makes the clinic's copy.</translation>
    </message>
    <message>
        <source>The clinic's version of a bundled entry; removing it restores the bundled one.</source>
        <translation>The clinic's version of a bundled entry; removing it restores the bundled one.</translation>
    </message>
    <message>
        <source>The clinic's own entry.</source>
        <translation>The clinic's own entry.</translation>
    </message>
    <message>
        <source>A new local service.</source>
        <translation>A new local service.</translation>
    </message>
    <message>
        <source>The clinic's version of a bundled entry (not saved yet).</source>
        <translation>The clinic's version of a bundled entry (not saved yet).</translation>
    </message>
    <message>
        <source>this id is already used by another entry</source>
        <translation>this id is already used by another entry</translation>
    </message>
    <message>
        <source>Correct the fields marked.</source>
        <translation>Correct the fields marked.</translation>
    </message>
    <message>
        <source>Saved in the clinic's directory file.</source>
        <translation>Saved in the clinic's directory file.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Blank questionnaire</source>
        <translation>Blank questionnaire</translation>
    </message>
    <message>
        <source>Completed screening</source>
        <translation>Completed screening</translation>
    </message>
</context>
<context>
    <name>DocumentDialogs</name>
    <message>
        <source>The file will NOT be encrypted. Anyone who can open the folder you choose can read it. Save only where the clinic keeps such documents, and delete it when it is no longer needed.</source>
        <translation>The file will NOT be encrypted. Anyone who can open the folder you choose can read it. Save only where the clinic keeps such documents, and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <source>Save unencrypted</source>
        <translation>Save unencrypted</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DocumentForms</name>
    <message>
        <source>Phone {0}</source>
        <translation>Phone {0}</translation>
    </message>
    <message>
        <source>Phone: UNCONFIRMED, not filled in</source>
        <translation>Phone: UNCONFIRMED, not filled in</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>No phone number</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Last verified {0}</source>
        <translation>Last verified {0}</translation>
    </message>
    <message>
        <source>UNCONFIRMED: {0}</source>
        <translation>UNCONFIRMED: {0}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>opening hours</translation>
    </message>
    <message>
        <source>secure mail</source>
        <translation>secure mail</translation>
    </message>
    <message>
        <source>Include it anyway: the person knows the name will show</source>
        <translation>Include it anyway: the person knows the name will show</translation>
    </message>
    <message>
        <source>Not checked against their source: {0}. The printout will give no date for when the numbers were checked. Check the numbers before you hand it over.</source>
        <translation>Not checked against their source: {0}. The printout will give no date for when the numbers were checked. Check the numbers before you hand it over.</translation>
    </message>
    <message>
        <source>{0}: no neutral name. The name is printed and says what the service is to anyone who finds the paper.</source>
        <translation>{0}: no neutral name. The name is printed and says what the service is to anyone who finds the paper.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Id (letters, digits, hyphens)</source>
        <translation>Id (letters, digits, hyphens)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Discreet name (no word about violence)</source>
        <translation>Discreet name (no word about violence)</translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation>What it offers</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Phones (number | label da | label en, one per line)</source>
        <translation>Phones (number | label da | label en, one per line)</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Secure mail</source>
        <translation>Secure mail</translation>
    </message>
    <message>
        <source>Postal address (one line each)</source>
        <translation>Postal address (one line each)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>How to refer</source>
        <translation>How to refer</translation>
    </message>
    <message>
        <source>Source of the facts</source>
        <translation>Source of the facts</translation>
    </message>
    <message>
        <source>Source's web address (https://...)</source>
        <translation>Source's web address (https://...)</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Last verified</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Not confirmed (left empty)</source>
        <translation>Not confirmed (left empty)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>Mark as not checked</source>
        <translation>Mark as not checked</translation>
    </message>
    <message>
        <source>on the resource card</source>
        <translation>on the resource card</translation>
    </message>
    <message>
        <source>receives referrals</source>
        <translation>receives referrals</translation>
    </message>
    <message>
        <source>receives notifications</source>
        <translation>receives notifications</translation>
    </message>
    <message>
        <source>gives treatment (a referral rests on Sundhedsloven § 41)</source>
        <translation>gives treatment (a referral rests on Sundhedsloven § 41)</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>secure mail</source>
        <translation>secure mail</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>needs both the Danish and the English text</source>
        <translation>needs both the Danish and the English text</translation>
    </message>
    <message>
        <source>not a phone number: digits and spaces, e.g. 33 33 00 47</source>
        <translation>not a phone number: digits and spaces, e.g. 33 33 00 47</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>not an email address</translation>
    </message>
    <message>
        <source>a web address without https://, e.g. danner.dk</source>
        <translation>a web address without https://, e.g. danner.dk</translation>
    </message>
    <message>
        <source>a full web address, e.g. https://danner.dk</source>
        <translation>a full web address, e.g. https://danner.dk</translation>
    </message>
    <message>
        <source>small letters, digits and hyphens only</source>
        <translation>small letters, digits and hyphens only</translation>
    </message>
    <message>
        <source>filled in but marked as not confirmed: untick “not confirmed”</source>
        <translation>filled in but marked as not confirmed: untick “not confirmed”</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>Follow &amp;up at the next visit</source>
        <translation>Follow &amp;up at the next visit</translation>
    </message>
    <message>
        <source>the &amp;visit on</source>
        <translation>the &amp;visit on</translation>
    </message>
    <message>
        <source>The next visit on</source>
        <translation>The next visit on</translation>
    </message>
    <message>
        <source>What to follow up (optional)</source>
        <translation>What to follow up (optional)</translation>
    </message>
    <message>
        <source>Follow-up task for the visit on {0}: on the person's page until done.</source>
        <translation>Follow-up task for the visit on {0}: on the person's page until done.</translation>
    </message>
    <message>
        <source>A follow-up task for {0} is planned in this consultation already.</source>
        <translation>A follow-up task for {0} is planned in this consultation already.</translation>
    </message>
</context>
<context>
    <name>GateScreen</name>
    <message>
        <source>Is it safe to ask now? ({0})</source>
        <translation>Is it safe to ask now? ({0})</translation>
    </message>
    <message>
        <source>Ask only when every point below holds. If one does not, do not ask: record "not asked" with the reason, and ask next time.</source>
        <translation>Ask only when every point below holds. If one does not, do not ask: record "not asked" with the reason, and ask next time.</translation>
    </message>
    <message>
        <source>First I asked "Are you alone? Can anyone hear you?": the person is alone, and no one can hear.</source>
        <translation>First I asked "Are you alone? Can anyone hear you?": the person is alone, and no one can hear.</translation>
    </message>
    <message>
        <source>The person is alone with me: no partner, no family member, and no child old enough to understand.</source>
        <translation>The person is alone with me: no partner, no family member, and no child old enough to understand.</translation>
    </message>
    <message>
        <source>There is time to ask, and to respond to what the person tells me.</source>
        <translation>There is time to ask, and to respond to what the person tells me.</translation>
    </message>
    <message>
        <source>I have explained the limits of confidentiality: I must notify the municipality if a child, also an unborn child, may need support (Barnets Lov section 133), and information may be passed on without consent if someone is in serious danger.</source>
        <translation>I have explained the limits of confidentiality: I must notify the municipality if a child, also an unborn child, may need support (Barnets Lov section 133), and information may be passed on without consent if someone is in serious danger.</translation>
    </message>
    <message>
        <source>The consultation:</source>
        <translation>The consultation:</translation>
    </message>
    <message>
        <source>Who else is there:</source>
        <translation>Who else is there:</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Interpreter:</translation>
    </message>
    <message>
        <source>If it is not safe to ask now</source>
        <translation>If it is not safe to ask now</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>As&amp;k again on</source>
        <translation>As&amp;k again on</translation>
    </message>
    <message>
        <source>I r&amp;ead the questions aloud</source>
        <translation>I r&amp;ead the questions aloud</translation>
    </message>
    <message>
        <source>Record "&amp;not asked"</source>
        <translation>Record "&amp;not asked"</translation>
    </message>
    <message>
        <source>When every point holds</source>
        <translation>When every point holds</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <source>The person's &amp;language</source>
        <translation>The person's &amp;language</translation>
    </message>
    <message>
        <source>The person answers &amp;alone on the screen</source>
        <translation>The person answers &amp;alone on the screen</translation>
    </message>
    <message>
        <source>The questions can start when every point above is ticked and the interpreter is chosen.</source>
        <translation>The questions can start when every point above is ticked and the interpreter is chosen.</translation>
    </message>
    <message>
        <source>&amp;Start the questions</source>
        <translation>&amp;Start the questions</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
</context>
<context>
    <name>HandBackPage</name>
    <message>
        <source>&amp;Health professional's password</source>
        <translation>&amp;Health professional's password</translation>
    </message>
    <message>
        <source>Health professional's password</source>
        <translation>Health professional's password</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Checking...</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation>Screening result</translation>
    </message>
    <message>
        <source>Safety concerns</source>
        <translation>Safety concerns</translation>
    </message>
    <message>
        <source>Own violence against a partner</source>
        <translation>Own violence against a partner</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>Not covered by the consent or legal basis</source>
        <translation>Not covered by the consent or legal basis</translation>
    </message>
    <message>
        <source>e.g. Polish</source>
        <translation>e.g. Polish</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Needs an interpreter</translation>
    </message>
    <message>
        <source>e.g. call from a withheld number only</source>
        <translation>e.g. call from a withheld number only</translation>
    </message>
    <message>
        <source>Discreet: the first page holds only addresses, date and a neutral heading</source>
        <translation>Discreet: the first page holds only addresses, date and a neutral heading</translation>
    </message>
    <message>
        <source>No copy for the person</source>
        <translation>No copy for the person</translation>
    </message>
    <message>
        <source>A copy handed to the person</source>
        <translation>A copy handed to the person</translation>
    </message>
    <message>
        <source>A copy sent to a safe address</source>
        <translation>A copy sent to a safe address</translation>
    </message>
    <message>
        <source>A copy sent to the person's home</source>
        <translation>A copy sent to the person's home</translation>
    </message>
    <message>
        <source>Address, one line each (used for this letter only)</source>
        <translation>Address, one line each (used for this letter only)</translation>
    </message>
    <message>
        <source>The person's copy holds neither the safety concerns, own violence, the message nor the safe contact details.</source>
        <translation>The person's copy holds neither the safety concerns, own violence, the message nor the safe contact details.</translation>
    </message>
    <message>
        <source>The letter holds</source>
        <translation>The letter holds</translation>
    </message>
    <message>
        <source>Safe&amp;ty concerns</source>
        <translation>Safe&amp;ty concerns</translation>
    </message>
    <message>
        <source>&amp;Free text</source>
        <translation>&amp;Free text</translation>
    </message>
    <message>
        <source>Person's &amp;language</source>
        <translation>Person's &amp;language</translation>
    </message>
    <message>
        <source>Contact &amp;note</source>
        <translation>Contact &amp;note</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Copy &amp;address</translation>
    </message>
    <message>
        <source>Letter &amp;in</source>
        <translation>Letter &amp;in</translation>
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
        <translation>Link the child's other parent ({0})</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found. Enter links the chosen person.</source>
        <translation>
            <numerusform>%n person found. Enter links the chosen person.</numerusform>
            <numerusform>%n people found. Enter links the chosen person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Too many wrong PINs. Use your password.</source>
        <translation>Too many wrong PINs. Use your password.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left.</numerusform>
            <numerusform>Wrong PIN. %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>The screen is hidden. Nobody is logged in.</source>
        <translation>The screen is hidden. Nobody is logged in.</translation>
    </message>
    <message>
        <source>The screen is locked.</source>
        <translation>The screen is locked.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Use my password instead</source>
        <translation>Use my password instead</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Use my PIN instead</source>
        <translation>Use my PIN instead</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlocking...</source>
        <translation>Unlocking...</translation>
    </message>
    <message>
        <source>Log in as another user</source>
        <translation>Log in as another user</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Logging in...</source>
        <translation>Logging in...</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>Training (fictitious persons)</source>
        <translation>Training (fictitious persons)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Run: {0}</source>
        <translation>Run: {0}</translation>
    </message>
    <message>
        <source>Finalise this result and run: {0}</source>
        <translation>Finalise this result and run: {0}</translation>
    </message>
    <message>
        <source>Pocket card with numbers...</source>
        <translation>Pocket card with numbers...</translation>
    </message>
    <message>
        <source>Referral with consent...</source>
        <translation>Referral with consent...</translation>
    </message>
    <message>
        <source>Safety plan...</source>
        <translation>Safety plan...</translation>
    </message>
    <message>
        <source>Notification to the municipality...</source>
        <translation>Notification to the municipality...</translation>
    </message>
    <message>
        <source>Print the result...</source>
        <translation>Print the result...</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommended</translation>
    </message>
    <message>
        <source>Follow-up: {0} (not installed)</source>
        <translation>Follow-up: {0} (not installed)</translation>
    </message>
</context>
<context>
    <name>NotificationForm</name>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Co-mother</source>
        <translation>Co-mother</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Send the notification by secure mail only.</source>
        <translation>Send the notification by secure mail only.</translation>
    </message>
    <message>
        <source>Urgent: the child may need help at once</source>
        <translation>Urgent: the child may need help at once</translation>
    </message>
    <message>
        <source>Add another child</source>
        <translation>Add another child</translation>
    </message>
    <message>
        <source>Parent 1</source>
        <translation>Parent 1</translation>
    </message>
    <message>
        <source>Parent 2</source>
        <translation>Parent 2</translation>
    </message>
    <message>
        <source>e.g. midwife for the mother during pregnancy</source>
        <translation>e.g. midwife for the mother during pregnancy</translation>
    </message>
    <message>
        <source>e.g. joint custody; leave empty if not known</source>
        <translation>e.g. joint custody; leave empty if not known</translation>
    </message>
    <message>
        <source>If known</source>
        <translation>If known</translation>
    </message>
    <message>
        <source>A parent is suspected of the violence: contact with the parents is left out of the notification.</source>
        <translation>A parent is suspected of the violence: contact with the parents is left out of the notification.</translation>
    </message>
    <message>
        <source>C&amp;ustody</source>
        <translation>C&amp;ustody</translation>
    </message>
    <message>
        <source>&amp;Siblings</source>
        <translation>&amp;Siblings</translation>
    </message>
    <message>
        <source>&amp;General practitioner</source>
        <translation>&amp;General practitioner</translation>
    </message>
    <message>
        <source>&amp;Earlier notifications</source>
        <translation>&amp;Earlier notifications</translation>
    </message>
    <message>
        <source>Your &amp;relation to the child</source>
        <translation>Your &amp;relation to the child</translation>
    </message>
    <message>
        <source>&amp;Concern</source>
        <translation>&amp;Concern</translation>
    </message>
    <message>
        <source>&amp;Observations</source>
        <translation>&amp;Observations</translation>
    </message>
    <message>
        <source>&amp;Actions taken</source>
        <translation>&amp;Actions taken</translation>
    </message>
    <message>
        <source>Contact with the &amp;parents</source>
        <translation>Contact with the &amp;parents</translation>
    </message>
    <message>
        <source>Letter &amp;in</source>
        <translation>Letter &amp;in</translation>
    </message>
    <message>
        <source>Child {0}</source>
        <translation>Child {0}</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>the child</translation>
    </message>
    <message>
        <source>where {0} stands in the violence</source>
        <translation>where {0} stands in the violence</translation>
    </message>
    <message>
        <source>your relation to the child</source>
        <translation>your relation to the child</translation>
    </message>
    <message>
        <source>the concern</source>
        <translation>the concern</translation>
    </message>
    <message>
        <source>the observations</source>
        <translation>the observations</translation>
    </message>
    <message>
        <source>the actions taken</source>
        <translation>the actions taken</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Choose the result you judge to be right, and write why. The computed result stays in the record next to yours.</source>
        <translation>Choose the result you judge to be right, and write why. The computed result stays in the record next to yours.</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Reason (required)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Change the result</source>
        <translation>Change the result</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>Trainer's overview</source>
        <translation>Trainer's overview</translation>
    </message>
    <message>
        <source>{0} runs on this computer, from {1} computers.</source>
        <translation>{0} runs on this computer, from {1} computers.</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Points missed</source>
        <translation>Points missed</translation>
    </message>
    <message>
        <source>Course &amp;report (PDF)...</source>
        <translation>Course &amp;report (PDF)...</translation>
    </message>
    <message>
        <source>Course report as &amp;CSV...</source>
        <translation>Course report as &amp;CSV...</translation>
    </message>
    <message>
        <source>&amp;Export runs...</source>
        <translation>&amp;Export runs...</translation>
    </message>
    <message>
        <source>&amp;Import runs...</source>
        <translation>&amp;Import runs...</translation>
    </message>
    <message>
        <source>Folder of extra &amp;cases...</source>
        <translation>Folder of extra &amp;cases...</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Extra cases: {0}</source>
        <translation>Extra cases: {0}</translation>
    </message>
    <message>
        <source>Extra cases: no folder chosen.</source>
        <translation>Extra cases: no folder chosen.</translation>
    </message>
</context>
<context>
    <name>OwnDataDialog</name>
    <message>
        <source>These papers tell what she has said about violence. They are not safe to take home if a partner or someone else may read them. Offer to hand them over later or to send them to a safe address.</source>
        <translation>These papers tell what she has said about violence. They are not safe to take home if a partner or someone else may read them. Offer to hand them over later or to send them to a safe address.</translation>
    </message>
    <message>
        <source>I have told her, and she wants the copy &amp;now</source>
        <translation>I have told her, and she wants the copy &amp;now</translation>
    </message>
    <message>
        <source>&amp;Reason, or what was decided (kept with the request, not in the log)</source>
        <translation>&amp;Reason, or what was decided (kept with the request, not in the log)</translation>
    </message>
    <message>
        <source>&amp;PDF to read</source>
        <translation>&amp;PDF to read</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>FHIR R4 &amp;Bundle</source>
        <translation>FHIR R4 &amp;Bundle</translation>
    </message>
    <message>
        <source>&amp;Save the copy...</source>
        <translation>&amp;Save the copy...</translation>
    </message>
    <message>
        <source>Hand over &amp;later</source>
        <translation>Hand over &amp;later</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Record her re&amp;quest</source>
        <translation>Record her re&amp;quest</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Mark as &amp;done</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>Re&amp;fuse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <source>Recorded: she gets the copy later.</source>
        <translation>Recorded: she gets the copy later.</translation>
    </message>
    <message>
        <source>Her request is recorded.</source>
        <translation>Her request is recorded.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>The request is marked as done.</source>
        <translation>The request is marked as done.</translation>
    </message>
    <message>
        <source>The refusal and its reason are recorded.</source>
        <translation>The refusal and its reason are recorded.</translation>
    </message>
</context>
<context>
    <name>ParentFields</name>
    <message>
        <source>Language, if an interpreter is needed</source>
        <translation>Language, if an interpreter is needed</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>Exposed to the violence</source>
        <translation>Exposed to the violence</translation>
    </message>
    <message>
        <source>Suspected of the violence</source>
        <translation>Suspected of the violence</translation>
    </message>
    <message>
        <source>Neither, or not known</source>
        <translation>Neither, or not known</translation>
    </message>
    <message>
        <source>e.g. weekdays 9-12</source>
        <translation>e.g. weekdays 9-12</translation>
    </message>
    <message>
        <source>Messages may be left</source>
        <translation>Messages may be left</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Must not be told before the municipality has acted.</source>
        <translation>Must not be told before the municipality has acted.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Regarding the violence</source>
        <translation>Regarding the violence</translation>
    </message>
    <message>
        <source>Safe phone number</source>
        <translation>Safe phone number</translation>
    </message>
    <message>
        <source>Safe times to call</source>
        <translation>Safe times to call</translation>
    </message>
    <message>
        <source>Knows about the notification</source>
        <translation>Knows about the notification</translation>
    </message>
</context>
<context>
    <name>PersonFlow</name>
    <message>
        <source>The answers so far are kept. To continue, open the person and choose the unfinished screening.</source>
        <translation>The answers so far are kept. To continue, open the person and choose the unfinished screening.</translation>
    </message>
    <message>
        <source>That could not be saved.</source>
        <translation>That could not be saved.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Note: the number does not pass the modulus-11 check. Numbers issued since 2007 may not; check it once more against the health card.</source>
        <translation>Note: the number does not pass the modulus-11 check. Numbers issued since 2007 may not; check it once more against the health card.</translation>
    </message>
    <message>
        <source>The first six digits of a CPR number are a date (DDMMYY).</source>
        <translation>The first six digits of a CPR number are a date (DDMMYY).</translation>
    </message>
    <message>
        <source>The CPR number gives a birth date in the future.</source>
        <translation>The CPR number gives a birth date in the future.</translation>
    </message>
    <message>
        <source>A CPR number has ten digits (DDMMYY-SSSS).</source>
        <translation>A CPR number has ten digits (DDMMYY-SSSS).</translation>
    </message>
    <message>
        <source>The name is needed.</source>
        <translation>The name is needed.</translation>
    </message>
    <message>
        <source>The CPR number is not valid.</source>
        <translation>The CPR number is not valid.</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <source>the child's birth date</source>
        <translation>the child's birth date</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>Write the {0} as dd.mm.yyyy.</source>
        <translation>Write the {0} as dd.mm.yyyy.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Correct the person's details</source>
        <translation>Correct the person's details</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;CPR number</source>
        <translation>&amp;CPR number</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <source>C&amp;hild's birth date</source>
        <translation>C&amp;hild's birth date</translation>
    </message>
    <message>
        <source>Safe &amp;phone</source>
        <translation>Safe &amp;phone</translation>
    </message>
    <message>
        <source>Safe ti&amp;mes to call</source>
        <translation>Safe ti&amp;mes to call</translation>
    </message>
    <message>
        <source>May we lea&amp;ve messages?</source>
        <translation>May we lea&amp;ve messages?</translation>
    </message>
    <message>
        <source>&amp;already born</source>
        <translation>&amp;already born</translation>
    </message>
    <message>
        <source>May &amp;letters go home?</source>
        <translation>May &amp;letters go home?</translation>
    </message>
    <message>
        <source>DDMMYY-SSSS</source>
        <translation>DDMMYY-SSSS</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>&amp;expected (pregnancy)</source>
        <translation>&amp;expected (pregnancy)</translation>
    </message>
    <message>
        <source>e.g. weekdays 9-12</source>
        <translation>e.g. weekdays 9-12</translation>
    </message>
    <message>
        <source>Safe contact</source>
        <translation>Safe contact</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Not asked: {0}</source>
        <translation>Not asked: {0}</translation>
    </message>
    <message>
        <source>Ask again on {0}</source>
        <translation>Ask again on {0}</translation>
    </message>
    <message>
        <source>(amended, version {0})</source>
        <translation>(amended, version {0})</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <source>(changed by the health professional)</source>
        <translation>(changed by the health professional)</translation>
    </message>
    <message>
        <source>(replaced by an amendment)</source>
        <translation>(replaced by an amendment)</translation>
    </message>
    <message>
        <source>CPR {0}</source>
        <translation>CPR {0}</translation>
    </message>
    <message>
        <source>born {0}</source>
        <translation>born {0}</translation>
    </message>
    <message>
        <source>expected birth {0}</source>
        <translation>expected birth {0}</translation>
    </message>
    <message>
        <source>(week {0})</source>
        <translation>(week {0})</translation>
    </message>
    <message>
        <source>child born {0}</source>
        <translation>child born {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of concern</source>
        <translation>
            <numerusform>%n point of concern</numerusform>
            <numerusform>%n points of concern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n week(s) old)</source>
        <translation>
            <numerusform>(%n week old)</numerusform>
            <numerusform>(%n weeks old)</numerusform>
        </translation>
    </message>
    <message>
        <source>Safe phone: {0}</source>
        <translation>Safe phone: {0}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>Safe times: {0}</source>
        <translation>Safe times: {0}</translation>
    </message>
    <message>
        <source>Messages: {0}</source>
        <translation>Messages: {0}</translation>
    </message>
    <message>
        <source>Letters home: {0}</source>
        <translation>Letters home: {0}</translation>
    </message>
    <message>
        <source>Never asked.</source>
        <translation>Never asked.</translation>
    </message>
    <message>
        <source>Last asked on {0} by {1}.</source>
        <translation>Last asked on {0} by {1}.</translation>
    </message>
    <message>
        <source>Last time ({0}, {1}): not asked, {2}.</source>
        <translation>Last time ({0}, {1}): not asked, {2}.</translation>
    </message>
    <message>
        <source>Ask next on {0} (planned).</source>
        <translation>Ask next on {0} (planned).</translation>
    </message>
    <message>
        <source>Ask now ({0}).</source>
        <translation>Ask now ({0}).</translation>
    </message>
    <message>
        <source>Ask next on {0} ({1}).</source>
        <translation>Ask next on {0} ({1}).</translation>
    </message>
    <message>
        <source>The asking schedule has no further dates.</source>
        <translation>The asking schedule has no further dates.</translation>
    </message>
    <message>
        <source>&lt; &amp;Find a person</source>
        <translation>&lt; &amp;Find a person</translation>
    </message>
    <message>
        <source>&amp;Correct details...</source>
        <translation>&amp;Correct details...</translation>
    </message>
    <message>
        <source>Her data and re&amp;quests...</source>
        <translation>Her data and re&amp;quests...</translation>
    </message>
    <message>
        <source>&amp;Ask now...</source>
        <translation>&amp;Ask now...</translation>
    </message>
    <message>
        <source>The asking schedule is TrygStart's default; an administrator can set the clinic's own in the settings.</source>
        <translation>The asking schedule is TrygStart's default; an administrator can set the clinic's own in the settings.</translation>
    </message>
    <message>
        <source>Asking history</source>
        <translation>Asking history</translation>
    </message>
    <message>
        <source>&amp;Refer with consent...</source>
        <translation>&amp;Refer with consent...</translation>
    </message>
    <message>
        <source>R&amp;esource card...</source>
        <translation>R&amp;esource card...</translation>
    </message>
    <message>
        <source>&amp;Safety plan...</source>
        <translation>&amp;Safety plan...</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Res&amp;ume</translation>
    </message>
    <message>
        <source>&amp;Notification to the municipality...</source>
        <translation>&amp;Notification to the municipality...</translation>
    </message>
    <message>
        <source>Not finished: {0}, started {1} by {2}.</source>
        <translation>Not finished: {0}, started {1} by {2}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>No asking recorded yet.</source>
        <translation>No asking recorded yet.</translation>
    </message>
</context>
<context>
    <name>PersonSearchScreen</name>
    <message>
        <source>Type a name, a CPR number or a birth date (dd.mm.yyyy).</source>
        <translation>Type a name, a CPR number or a birth date (dd.mm.yyyy).</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>The search failed.</translation>
    </message>
    <message>
        <source>No one with that name was found.</source>
        <translation>No one with that name was found.</translation>
    </message>
    <message>
        <source>No one with that CPR number was found.</source>
        <translation>No one with that CPR number was found.</translation>
    </message>
    <message>
        <source>No one born on that date was found.</source>
        <translation>No one born on that date was found.</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <source>&amp;Name, CPR number or birth date</source>
        <translation>&amp;Name, CPR number or birth date</translation>
    </message>
    <message>
        <source>e.g. Hansen, 010190-1234 or 01.01.1990</source>
        <translation>e.g. Hansen, 010190-1234 or 01.01.1990</translation>
    </message>
    <message>
        <source>Name, CPR number or birth date</source>
        <translation>Name, CPR number or birth date</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>New &amp;person...</source>
        <translation>New &amp;person...</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found. Enter opens.</source>
        <translation>
            <numerusform>%n person found. Enter opens.</numerusform>
            <numerusform>%n people found. Enter opens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation>Persons found</translation>
    </message>
</context>
<context>
    <name>PersonWords</name>
    <message>
        <source>Pregnant woman</source>
        <translation>Pregnant woman</translation>
    </message>
    <message>
        <source>New mother</source>
        <translation>New mother</translation>
    </message>
    <message>
        <source>Father or co-parent</source>
        <translation>Father or co-parent</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>not alone (partner or others present)</source>
        <translation>not alone (partner or others present)</translation>
    </message>
    <message>
        <source>only a family member or friend to interpret</source>
        <translation>only a family member or friend to interpret</translation>
    </message>
    <message>
        <source>no private room</source>
        <translation>no private room</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>no time</translation>
    </message>
    <message>
        <source>the person declined</source>
        <translation>the person declined</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>never asked</translation>
    </message>
    <message>
        <source>not asked last time</source>
        <translation>not asked last time</translation>
    </message>
    <message>
        <source>the midwife's consultation, pregnancy week {0}</source>
        <translation>the midwife's consultation, pregnancy week {0}</translation>
    </message>
    <message>
        <source>the health visitor's pregnancy visit, week {0}</source>
        <translation>the health visitor's pregnancy visit, week {0}</translation>
    </message>
    <message>
        <source>the first visit after the birth, day {0}</source>
        <translation>the first visit after the birth, day {0}</translation>
    </message>
    <message numerus="yes">
        <source>the health visitor's visit, child %n week(s) old</source>
        <translation>
            <numerusform>the health visitor's visit, child %n week old</numerusform>
            <numerusform>the health visitor's visit, child %n weeks old</numerusform>
        </translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>by video</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>a partner</translation>
    </message>
    <message>
        <source>another family member</source>
        <translation>another family member</translation>
    </message>
    <message>
        <source>a child old enough to understand</source>
        <translation>a child old enough to understand</translation>
    </message>
    <message>
        <source>another adult</source>
        <translation>another adult</translation>
    </message>
    <message>
        <source>a child too young to understand (may stay)</source>
        <translation>a child too young to understand (may stay)</translation>
    </message>
    <message>
        <source>no interpreter</source>
        <translation>no interpreter</translation>
    </message>
    <message>
        <source>professional, in the room</source>
        <translation>professional, in the room</translation>
    </message>
    <message>
        <source>professional, by phone</source>
        <translation>professional, by phone</translation>
    </message>
    <message>
        <source>professional, by video</source>
        <translation>professional, by video</translation>
    </message>
    <message>
        <source>a family member or friend (do not ask)</source>
        <translation>a family member or friend (do not ask)</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>family member</source>
        <translation>family member</translation>
    </message>
    <message>
        <source>child who understands</source>
        <translation>child who understands</translation>
    </message>
    <message>
        <source>other adult</source>
        <translation>other adult</translation>
    </message>
    <message>
        <source>young child</source>
        <translation>young child</translation>
    </message>
    <message>
        <source>interpreter in the room</source>
        <translation>interpreter in the room</translation>
    </message>
    <message>
        <source>interpreter by phone</source>
        <translation>interpreter by phone</translation>
    </message>
    <message>
        <source>interpreter by video</source>
        <translation>interpreter by video</translation>
    </message>
    <message>
        <source>family member or friend offered to interpret</source>
        <translation>family member or friend offered to interpret</translation>
    </message>
    <message>
        <source>alone: yes</source>
        <translation>alone: yes</translation>
    </message>
    <message>
        <source>alone: not confirmed</source>
        <translation>alone: not confirmed</translation>
    </message>
    <message>
        <source>present: {0}</source>
        <translation>present: {0}</translation>
    </message>
    <message>
        <source>interpreter not recorded</source>
        <translation>interpreter not recorded</translation>
    </message>
    <message>
        <source>Follow up at the next visit</source>
        <translation>Follow up at the next visit</translation>
    </message>
    <message>
        <source>Tell the person that information was passed on without consent</source>
        <translation>Tell the person that information was passed on without consent</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <source>Change your PIN</source>
        <translation>Change your PIN</translation>
    </message>
    <message>
        <source>Choose a PIN for the idle lock?</source>
        <translation>Choose a PIN for the idle lock?</translation>
    </message>
    <message>
        <source>When the screen locks after a while without use, you can come back with a short PIN (4 to 8 digits) instead of your password. After three wrong PINs, after hiding the screen and after logging out, the password is needed.</source>
        <translation>When the screen locks after a while without use, you can come back with a short PIN (4 to 8 digits) instead of your password. After three wrong PINs, after hiding the screen and after logging out, the password is needed.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Repeat the PIN</source>
        <translation>&amp;Repeat the PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation>Repeat the PIN</translation>
    </message>
    <message>
        <source>&amp;Save the PIN</source>
        <translation>&amp;Save the PIN</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>Not &amp;now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>The person has chosen to take the plan</source>
        <translation>The person has chosen to take the plan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. call me at once</source>
        <translation>e.g. call me at once</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>The whole plan</translation>
    </message>
    <message>
        <source>Numbers only: no names, places, things to have ready or code word</source>
        <translation>Numbers only: no names, places, things to have ready or code word</translation>
    </message>
    <message>
        <source>Safe people</source>
        <translation>Safe people</translation>
    </message>
    <message>
        <source>Safe &amp;places (one per line)</source>
        <translation>Safe &amp;places (one per line)</translation>
    </message>
    <message>
        <source>&amp;Take along (one per line)</source>
        <translation>&amp;Take along (one per line)</translation>
    </message>
    <message>
        <source>&amp;Code word</source>
        <translation>&amp;Code word</translation>
    </message>
    <message>
        <source>The code word &amp;means</source>
        <translation>The code word &amp;means</translation>
    </message>
    <message>
        <source>Numbers besides 1888 and 112</source>
        <translation>Numbers besides 1888 and 112</translation>
    </message>
    <message>
        <source>Own &amp;notes</source>
        <translation>Own &amp;notes</translation>
    </message>
    <message>
        <source>Plan &amp;in</source>
        <translation>Plan &amp;in</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Safety plan</translation>
    </message>
    <message>
        <source>Fill it in with the person. They decide whether to take it.</source>
        <translation>Fill it in with the person. They decide whether to take it.</translation>
    </message>
    <message>
        <source>Whatever the words, anyone who finds this plan can see that it is a plan for getting away: people to call, places to go, things to have ready, a code word. Talk with the person about where they will keep it, or print the numbers only.</source>
        <translation>Whatever the words, anyone who finds this plan can see that it is a plan for getting away: people to call, places to go, things to have ready, a code word. Talk with the person about where they will keep it, or print the numbers only.</translation>
    </message>
    <message>
        <source>&amp;Show the plan</source>
        <translation>&amp;Show the plan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Pages: {0}</source>
        <translation>Pages: {0}</translation>
    </message>
    <message>
        <source>Discreet: the outside or first page says nothing about what the document is about.</source>
        <translation>Discreet: the outside or first page says nothing about what the document is about.</translation>
    </message>
    <message>
        <source>Not discreet: anyone who finds this plan can see that it is a plan for getting away.</source>
        <translation>Not discreet: anyone who finds this plan can see that it is a plan for getting away.</translation>
    </message>
    <message>
        <source>Training: every page is marked, and nothing is real.</source>
        <translation>Training: every page is marked, and nothing is real.</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Save as PDF...</translation>
    </message>
    <message>
        <source>Only when needed: the file is not encrypted.</source>
        <translation>Only when needed: the file is not encrypted.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>To make a file, use “Save as PDF”: it warns first.</source>
        <translation>To make a file, use “Save as PDF”: it warns first.</translation>
    </message>
    <message>
        <source>The printer could not print the document.</source>
        <translation>The printer could not print the document.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Sent to the printer: %n page.</numerusform>
            <numerusform>Sent to the printer: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be saved there.</source>
        <translation>The file could not be saved there.</translation>
    </message>
    <message>
        <source>Saved, unencrypted: {0}</source>
        <translation>Saved, unencrypted: {0}</translation>
    </message>
</context>
<context>
    <name>QuickHideButton</name>
    <message>
        <source>Hide (F12)</source>
        <translation>Hide (F12)</translation>
    </message>
    <message>
        <source>Hide the screen</source>
        <translation>Hide the screen</translation>
    </message>
    <message>
        <source>Hides everything at once and locks. Also F12, or Shift three times.</source>
        <translation>Hides everything at once and locks. Also F12, or Shift three times.</translation>
    </message>
    <message>
        <source>F12, or Shift three times</source>
        <translation>F12, or Shift three times</translation>
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
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordBar</name>
    <message>
        <source>Ask &amp;again on</source>
        <translation>Ask &amp;again on</translation>
    </message>
    <message>
        <source>Ask again on</source>
        <translation>Ask again on</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>&amp;Finalise</translation>
    </message>
    <message>
        <source>Keeps the result in the record. It cannot be changed afterwards.</source>
        <translation>Keeps the result in the record. It cannot be changed afterwards.</translation>
    </message>
    <message>
        <source>A&amp;mend...</source>
        <translation>A&amp;mend...</translation>
    </message>
    <message>
        <source>Finalised: the result is locked in the record.</source>
        <translation>Finalised: the result is locked in the record.</translation>
    </message>
    <message>
        <source>Ask again on {0}.</source>
        <translation>Ask again on {0}.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>TrygStart recovery key</source>
        <translation>TrygStart recovery key</translation>
    </message>
    <message>
        <source>This key opens the clinic's TrygStart database when no administrator can log in. Keep this paper locked away (for example in the clinic's safe). Anyone who has it can read every record. It cannot be shown again.</source>
        <translation>This key opens the clinic's TrygStart database when no administrator can log in. Keep this paper locked away (for example in the clinic's safe). Anyone who has it can read every record. It cannot be shown again.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>&amp;Record the referral</source>
        <translation>&amp;Record the referral</translation>
    </message>
    <message>
        <source>&amp;Show the letter</source>
        <translation>&amp;Show the letter</translation>
    </message>
    <message>
        <source>Show the &amp;person's copy</source>
        <translation>Show the &amp;person's copy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>For: {0}</source>
        <translation>For: {0}</translation>
    </message>
    <message>
        <source>No letters to the home</source>
        <translation>No letters to the home</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nothing is passed on, and no letter is made.</source>
        <translation>Nothing is passed on, and no letter is made.</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>&amp;Show the notification</source>
        <translation>&amp;Show the notification</translation>
    </message>
    <message>
        <source>The directory has no postal or secure-mail address for this service: add it by hand, or ask an administrator to add it.</source>
        <translation>The directory has no postal or secure-mail address for this service: add it by hand, or ask an administrator to add it.</translation>
    </message>
    <message>
        <source>written</source>
        <translation>written</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>oral</translation>
    </message>
    <message>
        <source>Recorded: referral to {0}, consent {1} under {2}, expires {3}.</source>
        <translation>Recorded: referral to {0}, consent {1} under {2}, expires {3}.</translation>
    </message>
    <message>
        <source>Recorded: referral to {0} offered; the person did not consent.</source>
        <translation>Recorded: referral to {0} offered; the person did not consent.</translation>
    </message>
    <message>
        <source>Recorded: disclosure without consent to {0}, with its legal basis.</source>
        <translation>Recorded: disclosure without consent to {0}, with its legal basis.</translation>
    </message>
    <message>
        <source>The person's copy</source>
        <translation>The person's copy</translation>
    </message>
    <message>
        <source>Fill in: {0}.</source>
        <translation>Fill in: {0}.</translation>
    </message>
    <message>
        <source>Notification to the municipality</source>
        <translation>Notification to the municipality</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Referral letter</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Screening result</source>
        <translation>Screening result</translation>
    </message>
    <message>
        <source>Safety concerns</source>
        <translation>Safety concerns</translation>
    </message>
    <message>
        <source>Own violence against a partner</source>
        <translation>Own violence against a partner</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>No screening to share</source>
        <translation>No screening to share</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Telling the person would put them in danger</source>
        <translation>Telling the person would put them in danger</translation>
    </message>
    <message>
        <source>The person consents</source>
        <translation>The person consents</translation>
    </message>
    <message>
        <source>The person does not consent (nothing is passed on)</source>
        <translation>The person does not consent (nothing is passed on)</translation>
    </message>
    <message>
        <source>Without consent: notification to the municipality, Barnets Lov § 133 (Sundhedsloven § 43, stk. 2, nr. 1)</source>
        <translation>Without consent: notification to the municipality, Barnets Lov § 133 (Sundhedsloven § 43, stk. 2, nr. 1)</translation>
    </message>
    <message>
        <source>Without consent: to protect substantial interests (Sundhedsloven § 43, stk. 2, nr. 2)</source>
        <translation>Without consent: to protect substantial interests (Sundhedsloven § 43, stk. 2, nr. 2)</translation>
    </message>
    <message>
        <source>Consent or legal basis</source>
        <translation>Consent or legal basis</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>May be passed on</source>
        <translation>May be passed on</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Why &amp;oral</source>
        <translation>Why &amp;oral</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Why it is unsafe</source>
        <translation>Why it is unsafe</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>&amp;Date of consent</source>
        <translation>&amp;Date of consent</translation>
    </message>
    <message>
        <source>Choose the recipient: the legal basis depends on it.</source>
        <translation>Choose the recipient: the legal basis depends on it.</translation>
    </message>
    <message>
        <source>{0} (one year after consent was given)</source>
        <translation>{0} (one year after consent was given)</translation>
    </message>
    <message>
        <source>{0} (one year after consent was given; Sundhedsloven § 44, stk. 2)</source>
        <translation>{0} (one year after consent was given; Sundhedsloven § 44, stk. 2)</translation>
    </message>
    <message>
        <source>{0} (TrygStart's own limit: the law sets no expiry for consent under § 41)</source>
        <translation>{0} (TrygStart's own limit: the law sets no expiry for consent under § 41)</translation>
    </message>
    <message>
        <source>Required by law: the person is not asked. After recording, fill in the notification.</source>
        <translation>Required by law: the person is not asked. After recording, fill in the notification.</translation>
    </message>
    <message>
        <source>No task to tell the person is created; the reason is recorded.</source>
        <translation>No task to tell the person is created; the reason is recorded.</translation>
    </message>
    <message>
        <source>A task is created: tell the person as soon as possible that information was passed on.</source>
        <translation>A task is created: tell the person as soon as possible that information was passed on.</translation>
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
        <translation>The other parent has not been asked alone yet. Ask them on their own, at another time, never in this parent's presence, and tell neither what the other said.</translation>
    </message>
    <message>
        <source>The questionnaire gives no result when the answers the person preferred not to give could change it. Use your professional judgement: you can change the result, with a reason.</source>
        <translation>The questionnaire gives no result when the answers the person preferred not to give could change it. Use your professional judgement: you can change the result, with a reason.</translation>
    </message>
    <message>
        <source>This questionnaire gives no overall result.</source>
        <translation>This questionnaire gives no overall result.</translation>
    </message>
    <message>
        <source>The score falls in no result band.</source>
        <translation>The score falls in no result band.</translation>
    </message>
    <message>
        <source>Points of concern</source>
        <translation>Points of concern</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>What to do now</translation>
    </message>
    <message>
        <source>The questionnaire names no steps for this result.</source>
        <translation>The questionnaire names no steps for this result.</translation>
    </message>
    <message>
        <source>Material: {0}</source>
        <translation>Material: {0}</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Same-day actions</source>
        <translation>Same-day actions</translation>
    </message>
    <message numerus="yes">
        <source>The note is on the clipboard. It is removed after %n second(s), and when the screen locks.</source>
        <translation>
            <numerusform>The note is on the clipboard. It is removed after %n second, and when the screen locks.</numerusform>
            <numerusform>The note is on the clipboard. It is removed after %n seconds, and when the screen locks.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Relevant services</source>
        <translation>Relevant services</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>{0} (not in the services directory)</source>
        <translation>{0} (not in the services directory)</translation>
    </message>
    <message numerus="yes">
        <source>Not finished: %n required question(s) unanswered.</source>
        <translation>
            <numerusform>Not finished: %n required question is unanswered.</numerusform>
            <numerusform>Not finished: %n required questions are unanswered.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy a note for the record</source>
        <translation>&amp;Copy a note for the record</translation>
    </message>
    <message>
        <source>C&amp;hange the result...</source>
        <translation>C&amp;hange the result...</translation>
    </message>
    <message>
        <source>&amp;Back to the questions</source>
        <translation>&amp;Back to the questions</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>checked {0}</source>
        <translation>checked {0}</translation>
    </message>
    <message>
        <source>{0}, phone {1} ({2})</source>
        <translation>{0}, phone {1} ({2})</translation>
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
        <translation>Result: {0} ({1})</translation>
    </message>
    <message>
        <source>Changed by the health professional. Computed result: {0}. Reason: {1}</source>
        <translation>Changed by the health professional. Computed result: {0}. Reason: {1}</translation>
    </message>
    <message>
        <source>Point of concern</source>
        <translation>Point of concern</translation>
    </message>
</context>
<context>
    <name>RunnerScreen</name>
    <message>
        <source>How to ask</source>
        <translation>How to ask</translation>
    </message>
    <message>
        <source>Let the person &amp;answer alone</source>
        <translation>Let the person &amp;answer alone</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>prefers not to answer</source>
        <translation>prefers not to answer</translation>
    </message>
</context>
<context>
    <name>RunnerWords</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Show the &amp;result</source>
        <translation>Show the &amp;result</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>C&amp;lear the answer</source>
        <translation>C&amp;lear the answer</translation>
    </message>
    <message>
        <source>Prefer not to answ&amp;er</source>
        <translation>Prefer not to answ&amp;er</translation>
    </message>
    <message>
        <source>{0}: prefer not to answer.</source>
        <translation>{0}: prefer not to answer.</translation>
    </message>
    <message>
        <source>Answered: prefer not to answer. Choose an answer to change it.</source>
        <translation>Answered: prefer not to answer. Choose an answer to change it.</translation>
    </message>
    <message>
        <source>This question must be answered.</source>
        <translation>This question must be answered.</translation>
    </message>
    <message>
        <source>Please answer this question before going on.</source>
        <translation>Please answer this question before going on.</translation>
    </message>
    <message>
        <source>The answer could not be saved. Please try again.</source>
        <translation>The answer could not be saved. Please try again.</translation>
    </message>
    <message>
        <source>Question {0} of {1}</source>
        <translation>Question {0} of {1}</translation>
    </message>
    <message>
        <source>Key {0}</source>
        <translation>Key {0}</translation>
    </message>
    <message>
        <source>Number keys choose an answer. Enter goes on, Backspace goes back.</source>
        <translation>Number keys choose an answer. Enter goes on, Backspace goes back.</translation>
    </message>
    <message>
        <source>Type the answer. Enter goes on.</source>
        <translation>Type the answer. Enter goes on.</translation>
    </message>
    <message>
        <source>Type the answer. Ctrl+Enter goes on.</source>
        <translation>Type the answer. Ctrl+Enter goes on.</translation>
    </message>
    <message>
        <source>Enter goes on, Backspace goes back.</source>
        <translation>Enter goes on, Backspace goes back.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Other:</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation>Choose all that apply.</translation>
    </message>
    <message>
        <source>From {0} to {1}</source>
        <translation>From {0} to {1}</translation>
    </message>
    <message>
        <source>At least {0}</source>
        <translation>At least {0}</translation>
    </message>
    <message>
        <source>At most {0}</source>
        <translation>At most {0}</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Thank you.</translation>
    </message>
    <message>
        <source>Please give the screen back to the health professional.</source>
        <translation>Please give the screen back to the health professional.</translation>
    </message>
    <message>
        <source>Back to the &amp;questions</source>
        <translation>Back to the &amp;questions</translation>
    </message>
    <message>
        <source>&amp;Give the screen back</source>
        <translation>&amp;Give the screen back</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>Calculated from the other answers.</source>
        <translation>Calculated from the other answers.</translation>
    </message>
    <message>
        <source>Filled in beforehand; it cannot be changed.</source>
        <translation>Filled in beforehand; it cannot be changed.</translation>
    </message>
    <message>
        <source>(no value yet)</source>
        <translation>(no value yet)</translation>
    </message>
    <message>
        <source>A&amp;dd another answer</source>
        <translation>A&amp;dd another answer</translation>
    </message>
    <message>
        <source>One answer per field; {0} adds a field. Enter goes on.</source>
        <translation>One answer per field; {0} adds a field. Enter goes on.</translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <source>Whole numbers separated by commas: pregnancy weeks 4 to 42 (at most eight), one week for the pregnancy visit, the first visit on day 1 to 90 after the birth (never the day of birth), the child's age 1 to 104 weeks (at most eight). Leave a field empty where the clinic has no such visit.</source>
        <translation>Whole numbers separated by commas: pregnancy weeks 4 to 42 (at most eight), one week for the pregnancy visit, the first visit on day 1 to 90 after the birth (never the day of birth), the child's age 1 to 104 weeks (at most eight). Leave a field empty where the clinic has no such visit.</translation>
    </message>
    <message>
        <source>Could not be saved.</source>
        <translation>Could not be saved.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>When to ask again</source>
        <translation>When to ask again</translation>
    </message>
    <message>
        <source>Ask at the first visit, and again at the visits below: the midwife's consultations in pregnancy and the health visitor's visits. The weeks and days are starting points from Danish practice that the clinic must confirm against its own plan. After "not asked", ask again after the retry interval.</source>
        <translation>Ask at the first visit, and again at the visits below: the midwife's consultations in pregnancy and the health visitor's visits. The weeks and days are starting points from Danish practice that the clinic must confirm against its own plan. After "not asked", ask again after the retry interval.</translation>
    </message>
    <message>
        <source>These are TrygStart's defaults; nothing is saved yet.</source>
        <translation>These are TrygStart's defaults; nothing is saved yet.</translation>
    </message>
    <message>
        <source>The clinic's plan was saved in an earlier form and has been read into this one: check it and save.</source>
        <translation>The clinic's plan was saved in an earlier form and has been read into this one: check it and save.</translation>
    </message>
    <message>
        <source>The midwife's &amp;consultations (pregnancy weeks)</source>
        <translation>The midwife's &amp;consultations (pregnancy weeks)</translation>
    </message>
    <message>
        <source>The health visitor's &amp;pregnancy visit (pregnancy week; empty: none)</source>
        <translation>The health visitor's &amp;pregnancy visit (pregnancy week; empty: none)</translation>
    </message>
    <message>
        <source>The health visitor's &amp;first visit after the birth (day; empty: none)</source>
        <translation>The health visitor's &amp;first visit after the birth (day; empty: none)</translation>
    </message>
    <message>
        <source>The health visitor's visits in the first &amp;year (child's age in weeks)</source>
        <translation>The health visitor's visits in the first &amp;year (child's age in weeks)</translation>
    </message>
    <message>
        <source>&amp;Retry after "not asked" (days)</source>
        <translation>&amp;Retry after "not asked" (days)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ServiceChooser</name>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Recommended by the result</source>
        <translation>Recommended by the result</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Other services</translation>
    </message>
    <message numerus="yes">
        <source>At most %n service(s) can be chosen.</source>
        <translation>
            <numerusform>At most %n service can be chosen.</numerusform>
            <numerusform>At most %n services can be chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Could not be saved.</source>
        <translation>Could not be saved.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Clinic settings</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>The &amp;services directory...</source>
        <translation>The &amp;services directory...</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Lock when idle</translation>
    </message>
    <message>
        <source>Lock the screen after (&amp;minutes without use)</source>
        <translation>Lock the screen after (&amp;minutes without use)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>The clinic (printed on letters)</source>
        <translation>The clinic (printed on letters)</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>Clinic &amp;name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
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
        <translation>Choose a &amp;logo (PNG)...</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Remove the logo</translation>
    </message>
    <message>
        <source>Set by IT for this computer: at most {0} minutes ({1}).</source>
        <translation>Set by IT for this computer: at most {0} minutes ({1}).</translation>
    </message>
    <message>
        <source>IT allows at most {0} minutes on this computer.</source>
        <translation>IT allows at most {0} minutes on this computer.</translation>
    </message>
    <message>
        <source>The clinic's choice.</source>
        <translation>The clinic's choice.</translation>
    </message>
    <message>
        <source>TrygStart's default; nothing is saved yet.</source>
        <translation>TrygStart's default; nothing is saved yet.</translation>
    </message>
    <message>
        <source>This computer (set by IT, read-only)</source>
        <translation>This computer (set by IT, read-only)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Language at start</source>
        <translation>Language at start</translation>
    </message>
    <message>
        <source>Idle lock, at most</source>
        <translation>Idle lock, at most</translation>
    </message>
    <message>
        <source>The clinic's services file</source>
        <translation>The clinic's services file</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>The person answers alone</source>
        <translation>The person answers alone</translation>
    </message>
    <message>
        <source>Saving a PDF to a file</source>
        <translation>Saving a PDF to a file</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} minutes</translation>
    </message>
    <message>
        <source>IT has set nothing for this computer ({0} does not exist).</source>
        <translation>IT has set nothing for this computer ({0} does not exist).</translation>
    </message>
    <message>
        <source>Read from: {0}</source>
        <translation>Read from: {0}</translation>
    </message>
    <message>
        <source>TrygStart {0}, database schema {1}</source>
        <translation>TrygStart {0}, database schema {1}</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>allowed</translation>
    </message>
    <message>
        <source>allowed (not set)</source>
        <translation>allowed (not set)</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>not allowed</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>the clinic's name</source>
        <translation>the clinic's name</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>the address</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>the phone number</translation>
    </message>
    <message>
        <source>Please fill in: {0}.</source>
        <translation>Please fill in: {0}.</translation>
    </message>
    <message>
        <source>The user name is one word, without spaces.</source>
        <translation>The user name is one word, without spaces.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>The recovery key was sent to the printer.</source>
        <translation>The recovery key was sent to the printer.</translation>
    </message>
    <message>
        <source>Not printed: that printer writes a file, and the key must not be stored on the computer. Choose a paper printer.</source>
        <translation>Not printed: that printer writes a file, and the key must not be stored on the computer. Choose a paper printer.</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>Not printed.</translation>
    </message>
    <message>
        <source>Internal error in TrygStart (a bug): nothing was created.</source>
        <translation>Internal error in TrygStart (a bug): nothing was created.</translation>
    </message>
    <message>
        <source>Welcome to TrygStart</source>
        <translation>Welcome to TrygStart</translation>
    </message>
    <message>
        <source>TrygStart keeps everything in an encrypted database on this computer. First the clinic's details: they are printed at the top of letters (the workplace, never a private address).</source>
        <translation>TrygStart keeps everything in an encrypted database on this computer. First the clinic's details: they are printed at the top of letters (the workplace, never a private address).</translation>
    </message>
    <message>
        <source>The database is created in: {0}</source>
        <translation>The database is created in: {0}</translation>
    </message>
    <message>
        <source>&amp;Clinic name</source>
        <translation>&amp;Clinic name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail (optional)</source>
        <translation>&amp;E-mail (optional)</translation>
    </message>
    <message>
        <source>Logo (optional)</source>
        <translation>Logo (optional)</translation>
    </message>
    <message>
        <source>Choose a &amp;logo (PNG)...</source>
        <translation>Choose a &amp;logo (PNG)...</translation>
    </message>
    <message>
        <source>A logo is chosen.</source>
        <translation>A logo is chosen.</translation>
    </message>
    <message>
        <source>No logo.</source>
        <translation>No logo.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Training (fictitious persons)</source>
        <translation>Training (fictitious persons)</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <source>This account sets up the clinic and adds the other users. It is also an ordinary account for consultations.</source>
        <translation>This account sets up the clinic and adds the other users. It is also an ordinary account for consultations.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Title (e.g. midwife)</source>
        <translation>&amp;Title (e.g. midwife)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Repeat the password</translation>
    </message>
    <message>
        <source>The password must have at least 15 characters. A sentence of several words is easy to remember and hard to guess. It must not be a common password, nor contain the user name or the clinic's name.</source>
        <translation>The password must have at least 15 characters. A sentence of several words is easy to remember and hard to guess. It must not be a common password, nor contain the user name or the clinic's name.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Create the database</source>
        <translation>&amp;Create the database</translation>
    </message>
    <message>
        <source>The clinic's recovery key</source>
        <translation>The clinic's recovery key</translation>
    </message>
    <message>
        <source>This key is shown now and never again, and it is not stored on the computer. It opens the database if no administrator can log in. Print it (or write it down) and keep the paper locked away, for example in the clinic's safe. Anyone who has it can read every record.</source>
        <translation>This key is shown now and never again, and it is not stored on the computer. It opens the database if no administrator can log in. Print it (or write it down) and keep the paper locked away, for example in the clinic's safe. Anyone who has it can read every record.</translation>
    </message>
    <message>
        <source>&amp;Print the key...</source>
        <translation>&amp;Print the key...</translation>
    </message>
    <message>
        <source>I have printed or written down the key and will lock it away</source>
        <translation>I have printed or written down the key and will lock it away</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
</context>
<context>
    <name>StartupProblem</name>
    <message>
        <source>TrygStart cannot start on this computer</source>
        <translation>TrygStart cannot start on this computer</translation>
    </message>
    <message>
        <source>The settings IT has made for this computer are not valid, so TrygStart does not start rather than guess. Ask IT to correct what is listed below (they can check the file with: screening-app selftest).</source>
        <translation>The settings IT has made for this computer are not valid, so TrygStart does not start rather than guess. Ask IT to correct what is listed below (they can check the file with: screening-app selftest).</translation>
    </message>
</context>
<context>
    <name>StatisticsScreen</name>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Save as &amp;CSV...</source>
        <translation>Save as &amp;CSV...</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Save as &amp;PDF...</translation>
    </message>
    <message>
        <source>Persons seen and asked, by month</source>
        <translation>Persons seen and asked, by month</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>TakeOver</name>
    <message>
        <source>&amp;Take over the screening</source>
        <translation>&amp;Take over the screening</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Not now</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>after the asking on {0}</source>
        <translation>after the asking on {0}</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Mark as done: {0}</source>
        <translation>Mark as done: {0}</translation>
    </message>
</context>
<context>
    <name>TrainerActions</name>
    <message>
        <source>Course report</source>
        <translation>Course report</translation>
    </message>
    <message>
        <source>Saved, unencrypted: {0}</source>
        <translation>Saved, unencrypted: {0}</translation>
    </message>
    <message>
        <source>The file could not be saved there.</source>
        <translation>The file could not be saved there.</translation>
    </message>
    <message>
        <source>The runs are exported (sealed with the passphrase) to: {0}</source>
        <translation>The runs are exported (sealed with the passphrase) to: {0}</translation>
    </message>
    <message>
        <source>Training runs (*{0})</source>
        <translation>Training runs (*{0})</translation>
    </message>
    <message>
        <source>A passphrase for the file (at least 8 characters), e.g. the course code. The trainer types the same to import it.</source>
        <translation>A passphrase for the file (at least 8 characters), e.g. the course code. The trainer types the same to import it.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>The file's passphrase</source>
        <translation>The file's passphrase</translation>
    </message>
    <message>
        <source>{0} runs imported; {1} were here already.</source>
        <translation>{0} runs imported; {1} were here already.</translation>
    </message>
    <message>
        <source>{0} cases; {1} problems in the case files.</source>
        <translation>{0} cases; {1} problems in the case files.</translation>
    </message>
</context>
<context>
    <name>TrainingBand</name>
    <message>
        <source>TRAINING - fictitious persons only</source>
        <translation>TRAINING - fictitious persons only</translation>
    </message>
    <message>
        <source>Training: unlock with the name or course code you started with.</source>
        <translation>Training: unlock with the name or course code you started with.</translation>
    </message>
</context>
<context>
    <name>TrainingBar</name>
    <message>
        <source>Practising: {0}</source>
        <translation>Practising: {0}</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Trainer's overview</source>
        <translation>Trainer's overview</translation>
    </message>
    <message>
        <source>Reset training</source>
        <translation>Reset training</translation>
    </message>
    <message>
        <source>Leave training</source>
        <translation>Leave training</translation>
    </message>
</context>
<context>
    <name>TrainingFlow</name>
    <message>
        <source>would rather not answer</source>
        <translation>would rather not answer</translation>
    </message>
    <message>
        <source>Role-play cards: {0}</source>
        <translation>Role-play cards: {0}</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Reset training? Every fictitious person, answer and run on this computer is deleted, and the training starts empty. The clinic's data is not touched.</source>
        <translation>Reset training? Every fictitious person, answer and run on this computer is deleted, and the training starts empty. The clinic's data is not touched.</translation>
    </message>
    <message>
        <source>Reset training</source>
        <translation>Reset training</translation>
    </message>
    <message>
        <source>The training data is deleted.</source>
        <translation>The training data is deleted.</translation>
    </message>
    <message>
        <source>Internal error in TrygStart (a bug): training could not go on.</source>
        <translation>Internal error in TrygStart (a bug): training could not go on.</translation>
    </message>
</context>
<context>
    <name>TrainingStartScreen</name>
    <message>
        <source>Write your name or the course code.</source>
        <translation>Write your name or the course code.</translation>
    </message>
    <message>
        <source>Training with fictitious persons</source>
        <translation>Training with fictitious persons</translation>
    </message>
    <message>
        <source>Practise TrygStart on made-up cases: the gate, the questions, the result, the documents and a debrief afterwards. Nothing here is real, and the clinic's data cannot be opened from here. No account is needed: write your name or the course code your trainer gave you.</source>
        <translation>Practise TrygStart on made-up cases: the gate, the questions, the result, the documents and a debrief afterwards. Nothing here is real, and the clinic's data cannot be opened from here. No account is needed: write your name or the course code your trainer gave you.</translation>
    </message>
    <message>
        <source>&amp;Name or course code</source>
        <translation>&amp;Name or course code</translation>
    </message>
    <message>
        <source>Name or course code</source>
        <translation>Name or course code</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>&amp;Start training</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>The training data is kept encrypted in: {0}</source>
        <translation>The training data is kept encrypted in: {0}</translation>
    </message>
</context>
<context>
    <name>UserBar</name>
    <message>
        <source>Logged in: {0}</source>
        <translation>Logged in: {0}</translation>
    </message>
    <message>
        <source>Fin&amp;d a person</source>
        <translation>Fin&amp;d a person</translation>
    </message>
    <message>
        <source>P&amp;IN...</source>
        <translation>P&amp;IN...</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>S&amp;witch user</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
</context>
</TS>