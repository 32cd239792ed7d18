<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About LIVC-R Desktop</source>
            <translation>Über LIVC-R Desktop</translation>
        </message>
        <message>
            <source>LIVC-R Desktop {version}</source>
            <translation>LIVC-R Desktop {version}</translation>
        </message>
        <message>
            <source>For the operational and strategic tables of a local integrated security cell on radicalism, extremism and terrorism (LIVC-R / CSIL-R).</source>
            <translation>Für den operativen und den strategischen Tisch eines Büros für lokale integrale Sicherheit in Bezug auf Radikalismus, Extremismus und Terrorismus (BLIS-R).</translation>
        </message>
        <message>
            <source>Python {python}, Qt {qt}, PySide6 {pyside}</source>
            <translation>Python {python}, Qt {qt}, PySide6 {pyside}</translation>
        </message>
        <message>
            <source>Data folder: {path}</source>
            <translation>Datenordner: {path}</translation>
        </message>
        <message>
            <source>Full licence texts: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Component</source>
            <translation>Komponente</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <source>Source and licence text</source>
            <translation>Quellcode und Lizenztext</translation>
        </message>
    </context>
    <context>
        <name>Account</name>
        <message>
            <source>Enter the person's full name.</source>
            <translation>Geben Sie den vollständigen Namen der Person ein.</translation>
        </message>
        <message>
            <source>Enter the organisation.</source>
            <translation>Geben Sie die Organisation ein.</translation>
        </message>
        <message>
            <source>A user name has 3 to 40 characters: lower-case letters, digits, dots, dashes or underscores, starting and ending with a letter or digit.</source>
            <translation>Ein Benutzername hat 3 bis 40 Zeichen: Kleinbuchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche. Er beginnt und endet mit einem Buchstaben oder einer Ziffer.</translation>
        </message>
        <message>
            <source>This field may be at most {maximum} characters.</source>
            <translation>Dieses Feld darf höchstens {maximum} Zeichen enthalten.</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <source>New initial passphrase for {name}</source>
            <translation>Neue Anfangs-Passphrase für {name}</translation>
        </message>
        <message>
            <source>Account for {name}</source>
            <translation>Konto für {name}</translation>
        </message>
        <message>
            <source>Choose an initial passphrase and give it to the person yourself, never by e-mail. They must replace it with their own at their first sign-in.</source>
            <translation>Wählen Sie eine Anfangs-Passphrase und geben Sie sie der Person selbst, niemals per E-Mail. Die Person muss sie bei der ersten Anmeldung durch eine eigene ersetzen.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>Initial passphrase</source>
            <translation>Anfangs-Passphrase</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Passphrase wiederholen</translation>
        </message>
    </context>
    <context>
        <name>Accounts</name>
        <message>
            <source>This user name is already taken.</source>
            <translation>Dieser Benutzername ist bereits vergeben.</translation>
        </message>
        <message>
            <source>This member already has an account.</source>
            <translation>Dieses Mitglied hat bereits ein Konto.</translation>
        </message>
        <message>
            <source>This account does not exist.</source>
            <translation>Dieses Konto existiert nicht.</translation>
        </message>
        <message>
            <source>This account has already been ended.</source>
            <translation>Dieses Konto wurde bereits beendet.</translation>
        </message>
        <message>
            <source>This is the last account of a coordinator. Give another member the coordinator role and an account first, or nobody could manage the LIVC-R any more.</source>
            <translation>Dies ist das letzte Konto eines Koordinators. Geben Sie zuerst einem anderen Mitglied die Koordinatorrolle und ein Konto, sonst könnte niemand mehr das BLIS-R verwalten.</translation>
        </message>
        <message>
            <source>The current passphrase is not correct.</source>
            <translation>Die aktuelle Passphrase ist nicht korrekt.</translation>
        </message>
        <message>
            <source>Choose a new passphrase that differs from the current one.</source>
            <translation>Wählen Sie eine neue Passphrase, die sich von der aktuellen unterscheidet.</translation>
        </message>
        <message>
            <source>This member is no longer active.</source>
            <translation>Dieses Mitglied ist nicht mehr aktiv.</translation>
        </message>
    </context>
    <context>
        <name>ActionPointDialog</name>
        <message>
            <source>Add an action point</source>
            <translation>Eine Aufgabe hinzufügen</translation>
        </message>
        <message>
            <source>The action point appears in the owner's task list and, for a case, on its dossier. Only people invited to this item can take one on.</source>
            <translation>Die Aufgabe erscheint in der Aufgabenliste der zuständigen Person und bei einem Fall in seiner Fallakte. Nur wer zu diesem Punkt eingeladen ist, kann eine Aufgabe übernehmen.</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Bis wann</translation>
        </message>
    </context>
    <context>
        <name>Agenda</name>
        <message>
            <source>Case {code} is already on this agenda.</source>
            <translation>Fall {code} steht bereits auf dieser Tagesordnung.</translation>
        </message>
        <message>
            <source>Case {code} is closed. Reopen it in the dossier before putting it on an agenda.</source>
            <translation>Fall {code} ist abgeschlossen. Öffnen Sie ihn in der Fallakte wieder, bevor Sie ihn auf eine Tagesordnung setzen.</translation>
        </message>
        <message>
            <source>{name} may not see case {code}: invite them to the case in its dossier first, then to this item.</source>
            <translation>{name} darf Fall {code} nicht sehen: laden Sie die Person zuerst in der Fallakte zum Fall ein, dann zu diesem Punkt.</translation>
        </message>
        <message>
            <source>This member is not in the register or no longer active.</source>
            <translation>Dieses Mitglied steht nicht im Register oder ist nicht mehr aktiv.</translation>
        </message>
        <message>
            <source>This item already has notes or action points; mark it as postponed instead of removing it.</source>
            <translation>Dieser Punkt hat bereits Notizen oder Aufgaben; markieren Sie ihn als vertagt, statt ihn zu entfernen.</translation>
        </message>
        <message>
            <source>Items can be taken off the agenda only before the meeting starts.</source>
            <translation>Punkte können nur vor Sitzungsbeginn von der Tagesordnung genommen werden.</translation>
        </message>
        <message>
            <source>The agenda changed in the meantime; it has been reloaded. Please try again.</source>
            <translation>Die Tagesordnung hat sich inzwischen geändert; sie wurde neu geladen. Bitte versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Only case items have their own invitees; topics are for all participants.</source>
            <translation>Nur Fallpunkte haben eigene Eingeladene; Themen sind für alle Teilnehmer.</translation>
        </message>
    </context>
    <context>
        <name>AgendaBuilder</name>
        <message>
            <source>Select the item to take off in the list.</source>
            <translation>Wählen Sie in der Liste den Punkt, der entfernt werden soll.</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Tagesordnung</translation>
        </message>
        <message>
            <source>The agenda is empty. Add proposed cases below, or a topic.</source>
            <translation>Die Tagesordnung ist leer. Fügen Sie unten vorgeschlagene Fälle oder ein Thema hinzu.</translation>
        </message>
        <message>
            <source>There are no items on this agenda for you.</source>
            <translation>Auf dieser Tagesordnung stehen keine Punkte für Sie.</translation>
        </message>
        <message>
            <source>Drag an item to change the order, or use Alt+Up and Alt+Down.</source>
            <translation>Ziehen Sie einen Punkt, um die Reihenfolge zu ändern, oder nutzen Sie Alt+Auf und Alt+Ab.</translation>
        </message>
        <message>
            <source>You see the items you take part in.</source>
            <translation>Sie sehen die Punkte, an denen Sie teilnehmen.</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Add a topic…</source>
            <translation>Thema hinzufügen…</translation>
        </message>
        <message>
            <source>Take off the agenda</source>
            <translation>Von der Tagesordnung nehmen</translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <source>(postponed)</source>
            <translation>(vertagt)</translation>
        </message>
    </context>
    <context>
        <name>AmendmentDialog</name>
        <message>
            <source>Add an amendment</source>
            <translation>Eine Berichtigung hinzufügen</translation>
        </message>
        <message>
            <source>Approved minutes are frozen. A correction is recorded beside them with your name and the time, and printed with them from now on.</source>
            <translation>Ein genehmigtes Protokoll ist unveränderlich. Eine Korrektur wird daneben mit Ihrem Namen und der Uhrzeit festgehalten und künftig mitgedruckt.</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Korrektur</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>LIVC-R Desktop</source>
            <translation>LIVC-R Desktop</translation>
        </message>
        <message>
            <source>Open another data folder…</source>
            <translation>Anderen Datenordner öffnen…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Choose a data folder</source>
            <translation>Datenordner auswählen</translation>
        </message>
    </context>
    <context>
        <name>ApprovedByMeetingDialog</name>
        <message>
            <source>Approved by a later meeting</source>
            <translation>Von einer späteren Sitzung genehmigt</translation>
        </message>
        <message>
            <source>Choose the meeting of the same table that approved these minutes. It must have started or been held. The minutes are frozen afterwards.</source>
            <translation>Wählen Sie die Sitzung desselben Tisches, die dieses Protokoll genehmigt hat. Sie muss begonnen haben oder abgehalten sein. Danach ist das Protokoll unveränderlich.</translation>
        </message>
        <message>
            <source>No later meeting of this table has started yet. Minutes are approved by the chair, or by a later meeting once it is under way.</source>
            <translation>Es hat noch keine spätere Sitzung dieses Tisches begonnen. Das Protokoll genehmigt der Vorsitzende oder eine spätere Sitzung, sobald sie begonnen hat.</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Sitzung</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Fälle</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>My tasks</source>
            <translation>Meine Aufgaben</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Prüfpfad</translation>
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <source>Invited</source>
            <translation>Eingeladen</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Anwesend</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Entschuldigt</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Abwesend</translation>
        </message>
    </context>
    <context>
        <name>AttendancePanel</name>
        <message>
            <source>Acknowledged</source>
            <translation>Bestätigt</translation>
        </message>
        <message>
            <source>Acknowledged at {time}</source>
            <translation>Bestätigt um {time}</translation>
        </message>
        <message>
            <source>Mark the person as present first.</source>
            <translation>Markieren Sie die Person zuerst als anwesend.</translation>
        </message>
        <message>
            <source>Tick once the person acknowledged the duty.</source>
            <translation>Ankreuzen, sobald die Person die Pflicht bestätigt hat.</translation>
        </message>
        <message>
            <source>Attendance and secrecy</source>
            <translation>Anwesenheit und Schweigepflicht</translation>
        </message>
        <message>
            <source>&lt;b&gt;Secrecy duty (art. 458ter §2 Criminal Code).&lt;/b&gt; Everyone taking part in this consultation is bound to secrecy about what is shared in it; breaking it is punishable (art. 458). Sharing is allowed, never obliged. Tick each person present who acknowledges this duty.</source>
            <translation>&lt;b&gt;Schweigepflicht (Art. 458ter §2 Strafgesetzbuch).&lt;/b&gt; Wer an dieser Besprechung teilnimmt, ist zur Verschwiegenheit über das dort Geteilte verpflichtet; ein Verstoß ist strafbar (Art. 458). Teilen ist erlaubt, nie Pflicht. Kreuzen Sie jede anwesende Person an, die diese Pflicht bestätigt.</translation>
        </message>
        <message>
            <source>{name} (chair)</source>
            <translation>{name} (Vorsitz)</translation>
        </message>
        <message>
            <source>— not recorded —</source>
            <translation>— nicht erfasst —</translation>
        </message>
        <message>
            <source>Attendance not recorded yet: {names}</source>
            <translation>Anwesenheit noch nicht erfasst: {names}</translation>
        </message>
        <message>
            <source>Everyone's attendance is recorded.</source>
            <translation>Die Anwesenheit aller ist erfasst.</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <source>view</source>
            <translation>anzeigen</translation>
        </message>
        <message>
            <source>create</source>
            <translation>erstellen</translation>
        </message>
        <message>
            <source>edit</source>
            <translation>bearbeiten</translation>
        </message>
        <message>
            <source>export</source>
            <translation>exportieren</translation>
        </message>
        <message>
            <source>sign</source>
            <translation>unterzeichnen</translation>
        </message>
        <message>
            <source>approve</source>
            <translation>genehmigen</translation>
        </message>
        <message>
            <source>transmit</source>
            <translation>übermitteln</translation>
        </message>
        <message>
            <source>verify</source>
            <translation>prüfen</translation>
        </message>
        <message>
            <source>restore</source>
            <translation>wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>AuditArea</name>
        <message>
            <source>Export the audit trail</source>
            <translation>Prüfpfad exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>Operations matching the filters: {count}</source>
            <translation>Vorgänge, die den Filtern entsprechen: {count}</translation>
        </message>
        <message>
            <source>Operations in the journal: {count}</source>
            <translation>Vorgänge im Journal: {count}</translation>
        </message>
        <message>
            <source>Verifying the journal…</source>
            <translation>Journal wird geprüft…</translation>
        </message>
        <message>
            <source>audit-trail-{date}.csv</source>
            <translation>pruefpfad-{date}.csv</translation>
        </message>
        <message>
            <source>Exported to {file} (rows: {count}).</source>
            <translation>Exportiert nach {file} (Zeilen: {count}).</translation>
        </message>
        <message>
            <source>The file could not be written. Choose another folder and try again.</source>
            <translation>Die Datei konnte nicht geschrieben werden. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Prüfpfad</translation>
        </message>
        <message>
            <source>Every change, sign-in, refused action, export and verification, as recorded in the tamper-evident journal. What was changed is never shown here: no case content, only who, what, when, which record and which device.</source>
            <translation>Jede Änderung, Anmeldung, abgelehnte Aktion, jeder Export und jede Prüfung, wie im Journal festgehalten, das jede Manipulation erkennbar macht. Was geändert wurde, wird hier nie angezeigt: kein Fallinhalt, nur wer, was, wann, welcher Datensatz und welches Gerät.</translation>
        </message>
        <message>
            <source>Verify the chain</source>
            <translation>Kette prüfen</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <source>No operation matches these filters</source>
            <translation>Kein Vorgang entspricht diesen Filtern</translation>
        </message>
        <message>
            <source>Nothing in the journal fits every filter you chose. Widen the dates, or choose another person or category.</source>
            <translation>Nichts im Journal entspricht allen gewählten Filtern. Erweitern Sie den Zeitraum oder wählen Sie eine andere Person oder Kategorie.</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Filter zurücksetzen</translation>
        </message>
    </context>
    <context>
        <name>AuditCategory</name>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>Failed sign-in</source>
            <translation>Fehlgeschlagene Anmeldung</translation>
        </message>
        <message>
            <source>Refused action</source>
            <translation>Abgelehnte Aktion</translation>
        </message>
        <message>
            <source>Opened or read</source>
            <translation>Geöffnet oder gelesen</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Verification</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Sicherung</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
    </context>
    <context>
        <name>AuditCells</name>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Datensatztyp</translation>
        </message>
        <message>
            <source>Record id</source>
            <translation>Datensatz-ID</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Gerät</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Dieser Computer</translation>
        </message>
        <message>
            <source>System (no person)</source>
            <translation>System (keine Person)</translation>
        </message>
    </context>
    <context>
        <name>AuditDetail</name>
        <message>
            <source>with a passphrase</source>
            <translation>mit einer Passphrase</translation>
        </message>
        <message>
            <source>remembered on this device</source>
            <translation>auf diesem Gerät gespeichert</translation>
        </message>
        <message>
            <source>with the recovery key</source>
            <translation>mit dem Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>at set-up</source>
            <translation>bei der Einrichtung</translation>
        </message>
        <message>
            <source>{resource} – {action}</source>
            <translation>{resource} – {action}</translation>
        </message>
        <message>
            <source>intact, {operations} operations</source>
            <translation>intakt, {operations} Vorgänge</translation>
        </message>
        <message>
            <source>damage found, {operations} operations</source>
            <translation>Schaden gefunden, {operations} Vorgänge</translation>
        </message>
        <message>
            <source>{failures} wrong passphrases before signing in</source>
            <translation>{failures} falsche Passphrasen vor der Anmeldung</translation>
        </message>
        <message>
            <source>Rows: {rows}</source>
            <translation>Zeilen: {rows}</translation>
        </message>
    </context>
    <context>
        <name>AuditFilterBar</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>No person (system)</source>
            <translation>Keine Person (System)</translation>
        </message>
        <message>
            <source>{person} – account ended</source>
            <translation>{person} – Konto beendet</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alle Kategorien</translation>
        </message>
        <message>
            <source>Record id</source>
            <translation>Datensatz-ID</translation>
        </message>
        <message>
            <source>the id or its beginning</source>
            <translation>die ID oder ihr Anfang</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Filter zurücksetzen</translation>
        </message>
    </context>
    <context>
        <name>AuditKind</name>
        <message>
            <source>LIVC-R set up</source>
            <translation>BLIS-R eingerichtet</translation>
        </message>
        <message>
            <source>LIVC-R profile changed</source>
            <translation>Profil des BLIS-R geändert</translation>
        </message>
        <message>
            <source>Municipality added</source>
            <translation>Gemeinde hinzugefügt</translation>
        </message>
        <message>
            <source>Municipality changed</source>
            <translation>Gemeinde geändert</translation>
        </message>
        <message>
            <source>Municipality retired</source>
            <translation>Gemeinde deaktiviert</translation>
        </message>
        <message>
            <source>Organisation added</source>
            <translation>Organisation hinzugefügt</translation>
        </message>
        <message>
            <source>Member added</source>
            <translation>Mitglied hinzugefügt</translation>
        </message>
        <message>
            <source>Account created</source>
            <translation>Konto erstellt</translation>
        </message>
        <message>
            <source>Role granted</source>
            <translation>Rolle zugewiesen</translation>
        </message>
        <message>
            <source>Passphrase reset with the recovery key</source>
            <translation>Passphrase mit dem Wiederherstellungsschlüssel zurückgesetzt</translation>
        </message>
        <message>
            <source>Sign-in remembered on a device</source>
            <translation>Anmeldung auf einem Gerät gespeichert</translation>
        </message>
        <message>
            <source>Remembered sign-in removed from a device</source>
            <translation>Gespeicherte Anmeldung von einem Gerät entfernt</translation>
        </message>
        <message>
            <source>Recovery key replaced</source>
            <translation>Wiederherstellungsschlüssel ersetzt</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Angemeldet</translation>
        </message>
        <message>
            <source>Wrong passphrases</source>
            <translation>Falsche Passphrasen</translation>
        </message>
        <message>
            <source>Action refused</source>
            <translation>Aktion abgelehnt</translation>
        </message>
        <message>
            <source>Audit trail opened</source>
            <translation>Prüfpfad geöffnet</translation>
        </message>
        <message>
            <source>Database and journal verified</source>
            <translation>Datenbank und Journal geprüft</translation>
        </message>
        <message>
            <source>Recovery sheet printed</source>
            <translation>Wiederherstellungsblatt gedruckt</translation>
        </message>
        <message>
            <source>Audit trail exported (CSV)</source>
            <translation>Prüfpfad exportiert (CSV)</translation>
        </message>
        <message>
            <source>Organisation changed</source>
            <translation>Organisation geändert</translation>
        </message>
        <message>
            <source>Member changed</source>
            <translation>Mitglied geändert</translation>
        </message>
        <message>
            <source>Member removed from the register</source>
            <translation>Mitglied aus dem Verzeichnis entfernt</translation>
        </message>
        <message>
            <source>Role ended</source>
            <translation>Rolle beendet</translation>
        </message>
        <message>
            <source>Account ended</source>
            <translation>Konto beendet</translation>
        </message>
        <message>
            <source>Own passphrase changed</source>
            <translation>Eigene Passphrase geändert</translation>
        </message>
        <message>
            <source>New initial passphrase given</source>
            <translation>Neue Anfangs-Passphrase vergeben</translation>
        </message>
        <message>
            <source>Signed in on top of another session</source>
            <translation>Über einer anderen Sitzung angemeldet</translation>
        </message>
        <message>
            <source>Returned to the session below</source>
            <translation>Zur darunterliegenden Sitzung zurückgekehrt</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>Entsperrt</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Sicherung erstellt</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Sicherung wiederhergestellt</translation>
        </message>
        <message>
            <source>Signal registered</source>
            <translation>Meldung erfasst</translation>
        </message>
        <message>
            <source>Signal screened</source>
            <translation>Meldung vorgeprüft</translation>
        </message>
        <message>
            <source>Person concerned recorded</source>
            <translation>Betroffene Person erfasst</translation>
        </message>
        <message>
            <source>Person concerned changed</source>
            <translation>Betroffene Person geändert</translation>
        </message>
        <message>
            <source>Case opened</source>
            <translation>Fall eröffnet</translation>
        </message>
        <message>
            <source>Case status changed</source>
            <translation>Fallstatus geändert</translation>
        </message>
        <message>
            <source>Name on the case changed</source>
            <translation>Name zum Fall geändert</translation>
        </message>
        <message>
            <source>Follow-up date set</source>
            <translation>Wiedervorlage festgelegt</translation>
        </message>
        <message>
            <source>Responsible municipality changed</source>
            <translation>Zuständige Gemeinde geändert</translation>
        </message>
        <message>
            <source>LTF status recorded</source>
            <translation>LTF-Status erfasst</translation>
        </message>
        <message>
            <source>Member invited to a case</source>
            <translation>Mitglied zu einem Fall eingeladen</translation>
        </message>
        <message>
            <source>Invitation to a case ended</source>
            <translation>Einladung zu einem Fall beendet</translation>
        </message>
        <message>
            <source>Link to another LIVC-R added</source>
            <translation>Verknüpfung mit einem anderen BLIS-R hinzugefügt</translation>
        </message>
        <message>
            <source>Link to another LIVC-R ended</source>
            <translation>Verknüpfung mit einem anderen BLIS-R beendet</translation>
        </message>
        <message>
            <source>Note written</source>
            <translation>Notiz geschrieben</translation>
        </message>
        <message>
            <source>Dossier opened</source>
            <translation>Fallakte eingesehen</translation>
        </message>
        <message>
            <source>Meeting planned</source>
            <translation>Sitzung geplant</translation>
        </message>
        <message>
            <source>Meeting moved</source>
            <translation>Sitzung verschoben</translation>
        </message>
        <message>
            <source>Meeting cancelled</source>
            <translation>Sitzung abgesagt</translation>
        </message>
        <message>
            <source>Participant invited to a meeting</source>
            <translation>Teilnehmer zu einer Sitzung eingeladen</translation>
        </message>
        <message>
            <source>Invitation to a meeting withdrawn</source>
            <translation>Einladung zu einer Sitzung zurückgezogen</translation>
        </message>
        <message>
            <source>Agenda item added</source>
            <translation>Tagesordnungspunkt hinzugefügt</translation>
        </message>
        <message>
            <source>Agenda item renamed</source>
            <translation>Tagesordnungspunkt umbenannt</translation>
        </message>
        <message>
            <source>Agenda item taken off</source>
            <translation>Tagesordnungspunkt entfernt</translation>
        </message>
        <message>
            <source>Agenda reordered</source>
            <translation>Tagesordnung umgestellt</translation>
        </message>
        <message>
            <source>Invited to an agenda item</source>
            <translation>Zu einem Tagesordnungspunkt eingeladen</translation>
        </message>
        <message>
            <source>Invitation to an agenda item withdrawn</source>
            <translation>Einladung zu einem Tagesordnungspunkt zurückgezogen</translation>
        </message>
        <message>
            <source>Meeting started</source>
            <translation>Sitzung begonnen</translation>
        </message>
        <message>
            <source>Meeting closed</source>
            <translation>Sitzung geschlossen</translation>
        </message>
        <message>
            <source>Attendance recorded</source>
            <translation>Anwesenheit erfasst</translation>
        </message>
        <message>
            <source>Secrecy duty acknowledged</source>
            <translation>Schweigepflicht bestätigt</translation>
        </message>
        <message>
            <source>Effective participation recorded</source>
            <translation>Tatsächliche Teilnahme erfasst</translation>
        </message>
        <message>
            <source>Item summary written</source>
            <translation>Zusammenfassung eines Punkts geschrieben</translation>
        </message>
        <message>
            <source>Item postponed</source>
            <translation>Punkt vertagt</translation>
        </message>
        <message>
            <source>Postponement undone</source>
            <translation>Vertagung aufgehoben</translation>
        </message>
        <message>
            <source>Action point agreed</source>
            <translation>Aufgabe vereinbart</translation>
        </message>
        <message>
            <source>Action point done</source>
            <translation>Aufgabe erledigt</translation>
        </message>
        <message>
            <source>Action point reopened</source>
            <translation>Aufgabe wieder geöffnet</translation>
        </message>
        <message>
            <source>Minutes remarks written</source>
            <translation>Bemerkungen zum Protokoll geschrieben</translation>
        </message>
        <message>
            <source>Minutes approved</source>
            <translation>Protokoll genehmigt</translation>
        </message>
        <message>
            <source>Minutes amended</source>
            <translation>Protokoll berichtigt</translation>
        </message>
        <message>
            <source>Meeting opened</source>
            <translation>Sitzung eingesehen</translation>
        </message>
        <message>
            <source>Minutes opened</source>
            <translation>Protokoll eingesehen</translation>
        </message>
        <message>
            <source>Name shown on the projector</source>
            <translation>Name am Beamer gezeigt</translation>
        </message>
        <message>
            <source>Invitation made (PDF and calendar)</source>
            <translation>Einladung erstellt (PDF und Kalender)</translation>
        </message>
        <message>
            <source>Minutes exported (PDF)</source>
            <translation>Protokoll exportiert (PDF)</translation>
        </message>
        <message>
            <source>Minutes extract exported (PDF)</source>
            <translation>Protokollauszug exportiert (PDF)</translation>
        </message>
    </context>
    <context>
        <name>AuditRecord</name>
        <message>
            <source>LIVC-R profile</source>
            <translation>Profil des BLIS-R</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeinde</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Keys of the data folder</source>
            <translation>Schlüssel des Datenordners</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Prüfpfad</translation>
        </message>
        <message>
            <source>Person concerned</source>
            <translation>Betroffene Person</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Fall</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Invitation to a case</source>
            <translation>Einladung zu einem Fall</translation>
        </message>
        <message>
            <source>Link to another LIVC-R</source>
            <translation>Verknüpfung mit einem anderen BLIS-R</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Sicherung</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Meeting participant</source>
            <translation>Sitzungsteilnehmer</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Tagesordnungspunkt</translation>
        </message>
        <message>
            <source>Invitation to an agenda item</source>
            <translation>Einladung zu einem Tagesordnungspunkt</translation>
        </message>
        <message>
            <source>Action point</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Minutes amendment</source>
            <translation>Protokollberichtigung</translation>
        </message>
    </context>
    <context>
        <name>AuditResource</name>
        <message>
            <source>LIVC-R profile</source>
            <translation>Profil des BLIS-R</translation>
        </message>
        <message>
            <source>member register</source>
            <translation>Mitgliederverzeichnis</translation>
        </message>
        <message>
            <source>accounts</source>
            <translation>Konten</translation>
        </message>
        <message>
            <source>audit trail</source>
            <translation>Prüfpfad</translation>
        </message>
        <message>
            <source>backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>signals</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <source>cases</source>
            <translation>Fälle</translation>
        </message>
        <message>
            <source>case notes</source>
            <translation>Fallnotizen</translation>
        </message>
        <message>
            <source>meetings</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>strategic meetings</source>
            <translation>strategische Sitzungen</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>Protokolle</translation>
        </message>
        <message>
            <source>decisions</source>
            <translation>Beschlüsse</translation>
        </message>
        <message>
            <source>guidance trajectories</source>
            <translation>Begleitungswege</translation>
        </message>
        <message>
            <source>trajectory updates</source>
            <translation>Aktualisierungen der Begleitungswege</translation>
        </message>
        <message>
            <source>evaluations</source>
            <translation>Evaluierungen</translation>
        </message>
        <message>
            <source>feedback forms</source>
            <translation>Rückmeldebögen</translation>
        </message>
        <message>
            <source>register of what flowed to the LTF</source>
            <translation>Register der Übermittlungen an die LTF</translation>
        </message>
        <message>
            <source>retention of data</source>
            <translation>Aufbewahrung von Daten</translation>
        </message>
        <message>
            <source>strategic figures</source>
            <translation>strategische Kennzahlen</translation>
        </message>
    </context>
    <context>
        <name>AuditVerdict</name>
        <message>
            <source>The journal is intact: every link of the chain holds and the database file is undamaged (operations checked: {count}).</source>
            <translation>Das Journal ist intakt: Jedes Glied der Kette hält, und die Datenbankdatei ist unbeschädigt (geprüfte Vorgänge: {count}).</translation>
        </message>
        <message>
            <source>The database file is damaged: its integrity check failed.</source>
            <translation>Die Datenbankdatei ist beschädigt: Die Integritätsprüfung ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>The chain is broken. First broken link: {reason}.</source>
            <translation>Die Kette ist unterbrochen. Erstes unterbrochenes Glied: {reason}.</translation>
        </message>
        <message>
            <source>That operation is “{what}”, written on {when} by {who}.</source>
            <translation>Dieser Vorgang ist “{what}”, geschrieben am {when} von {who}.</translation>
        </message>
        <message>
            <source>Its record: {type} {record}.</source>
            <translation>Betroffener Datensatz: {type} {record}.</translation>
        </message>
        <message>
            <source>It was written on another computer: {device}.</source>
            <translation>Er wurde auf einem anderen Computer geschrieben: {device}.</translation>
        </message>
        <message>
            <source>This link comes from device {device}.</source>
            <translation>Dieses Glied stammt von Gerät {device}.</translation>
        </message>
        <message>
            <source>The data may have been changed outside LIVC-R Desktop. Change nothing on this computer, keep this message, and inform the coordinator, the data-protection officer and the IT service.</source>
            <translation>Die Daten wurden möglicherweise außerhalb von LIVC-R Desktop geändert. Ändern Sie nichts an diesem Computer, bewahren Sie diese Nachricht auf und informieren Sie den Koordinator, den Datenschutzbeauftragten und den IT-Dienst.</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>The file {file} already exists. Choose another name: an existing file is never overwritten by a backup.</source>
            <translation>Die Datei {file} existiert bereits. Wählen Sie einen anderen Namen: Eine Sicherung überschreibt nie eine vorhandene Datei.</translation>
        </message>
        <message>
            <source>The backup could not be written: there is not enough room on the disk ({reason}). Free some space or choose another drive. The LIVC-R's data was not changed and no incomplete backup file was left behind.</source>
            <translation>Die Sicherung konnte nicht geschrieben werden: Auf dem Datenträger ist nicht genug Platz ({reason}). Schaffen Sie Platz oder wählen Sie ein anderes Laufwerk. Die Daten des BLIS-R wurden nicht geändert, und es ist keine unvollständige Sicherungsdatei zurückgeblieben.</translation>
        </message>
        <message>
            <source>The backup could not be written: this place cannot be written to ({reason}). Choose another folder or drive. The LIVC-R's data was not changed.</source>
            <translation>Die Sicherung konnte nicht geschrieben werden: An diesem Ort kann nicht geschrieben werden ({reason}). Wählen Sie einen anderen Ordner oder ein anderes Laufwerk. Die Daten des BLIS-R wurden nicht geändert.</translation>
        </message>
        <message>
            <source>The backup could not be written ({reason}). The disk may be full or the drive may have been removed. Free some space or choose another place. The LIVC-R's data was not changed and no incomplete backup file was left behind.</source>
            <translation>Die Sicherung konnte nicht geschrieben werden ({reason}). Möglicherweise ist der Datenträger voll oder das Laufwerk wurde entfernt. Schaffen Sie Platz oder wählen Sie einen anderen Ort. Die Daten des BLIS-R wurden nicht geändert, und es ist keine unvollständige Sicherungsdatei zurückgeblieben.</translation>
        </message>
        <message>
            <source>The backup was interrupted because the data was locked or closed meanwhile. Make it again once you are signed in; nothing was changed.</source>
            <translation>Die Sicherung wurde unterbrochen, weil die Daten inzwischen gesperrt oder geschlossen wurden. Erstellen Sie sie erneut, sobald Sie angemeldet sind; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>There is no file {file}. Check the name and the folder, then try again.</source>
            <translation>Die Datei {file} existiert nicht. Prüfen Sie den Namen und den Ordner und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>This file is not a backup of LIVC-R Desktop. Choose a file whose name ends in .livcrbackup. Nothing was changed.</source>
            <translation>Diese Datei ist keine Sicherung von LIVC-R Desktop. Wählen Sie eine Datei, deren Name auf .livcrbackup endet. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>This backup was written in a format this version of LIVC-R Desktop does not know. Install the newest version and try again. Nothing was changed.</source>
            <translation>Diese Sicherung wurde in einem Format geschrieben, das diese Version von LIVC-R Desktop nicht kennt. Installieren Sie die neueste Version und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>This backup is damaged or incomplete (for example cut off while it was copied): its contents do not match its checksums. Use another backup, or copy this one again from where it is kept. Nothing was changed.</source>
            <translation>Diese Sicherung ist beschädigt oder unvollständig (zum Beispiel beim Kopieren abgebrochen): Ihr Inhalt stimmt nicht mit ihren Prüfsummen überein. Verwenden Sie eine andere Sicherung oder kopieren Sie diese erneut von ihrem Aufbewahrungsort. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>This backup belongs to another LIVC-R ({name}), not to the one in this data folder. Choose a backup of this LIVC-R, or restore it into a new, empty data folder. Nothing was changed.</source>
            <translation>Diese Sicherung gehört zu einem anderen BLIS-R ({name}), nicht zu dem in diesem Datenordner. Wählen Sie eine Sicherung dieses BLIS-R oder stellen Sie sie in einem neuen, leeren Datenordner wieder her. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The database in this backup cannot be opened with this LIVC-R's key: the file is damaged. Use another backup. Nothing was changed.</source>
            <translation>Die Datenbank in dieser Sicherung lässt sich mit dem Schlüssel dieses BLIS-R nicht öffnen: Die Datei ist beschädigt. Verwenden Sie eine andere Sicherung. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>This backup fails its checks: its database or its journal is damaged or was changed afterwards. It is not restored; use another backup. Nothing was changed.</source>
            <translation>Diese Sicherung besteht die Prüfungen nicht: Ihre Datenbank oder ihr Journal ist beschädigt oder wurde nachträglich geändert. Sie wird nicht wiederhergestellt; verwenden Sie eine andere Sicherung. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of LIVC-R Desktop. Install that version or a later one to restore it. Nothing was changed.</source>
            <translation>Diese Sicherung wurde mit einer neueren Version von LIVC-R Desktop erstellt. Installieren Sie diese oder eine spätere Version, um sie wiederherzustellen. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>In this backup, the account has no right to restore (only a coordinator or an IT administrator has), or it did not exist yet. Sign in with another account. Nothing was changed.</source>
            <translation>In dieser Sicherung hat das Konto kein Recht zur Wiederherstellung (nur ein Koordinator oder ein IT-Administrator hat es), oder es existierte noch nicht. Melden Sie sich mit einem anderen Konto an. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>There is not enough free disk space to restore this backup (about {megabytes} MB is needed). Free some space and try again. Nothing was changed.</source>
            <translation>Es ist nicht genug freier Speicherplatz vorhanden, um diese Sicherung wiederherzustellen (etwa {megabytes} MB erforderlich). Schaffen Sie Platz und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The key file of this data folder is missing or damaged, and its database cannot be opened with the backup's key, so it cannot be checked that the backup belongs here. Restore the backup into a new, empty data folder instead. Nothing was changed.</source>
            <translation>Die Schlüsseldatei dieses Datenordners fehlt oder ist beschädigt, und seine Datenbank lässt sich mit dem Schlüssel der Sicherung nicht öffnen. Daher kann nicht geprüft werden, ob die Sicherung hierher gehört. Stellen Sie die Sicherung stattdessen in einem neuen, leeren Datenordner wieder her. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The backup could not be put in place ({reason}). The data as it was before has been put back; nothing was changed. Check the free disk space and try again.</source>
            <translation>Die Sicherung konnte nicht eingespielt werden ({reason}). Die Daten wurden in ihren vorherigen Zustand zurückversetzt; es wurde nichts geändert. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The backup could not be restored ({reason}). Nothing was changed. Check that the data folder can be written to and has free space, then try again.</source>
            <translation>Die Sicherung konnte nicht wiederhergestellt werden ({reason}). Es wurde nichts geändert. Prüfen Sie, ob in den Datenordner geschrieben werden kann und ob genug Platz frei ist, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>made by hand</source>
            <translation>manuell erstellt</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <source>before an update of the app</source>
            <translation>vor einem Update der App</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <source>Save the backup</source>
            <translation>Sicherung speichern</translation>
        </message>
        <message>
            <source>LIVC-R backups (*.livcrbackup)</source>
            <translation>BLIS-R-Sicherungen (*.livcrbackup)</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Sicherung auswählen</translation>
        </message>
        <message>
            <source>The backup was saved as {file} ({operations} journal operations). It is encrypted; keep it in a locked place, away from the laptop.</source>
            <translation>Die Sicherung wurde als {file} gespeichert ({operations} Journalvorgänge). Sie ist verschlüsselt; bewahren Sie sie unter Verschluss auf, getrennt vom Laptop.</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>Jetzt &amp;sichern…</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>Aus einer Sicherung wieder&amp;herstellen…</translation>
        </message>
        <message>
            <source>Automatic backup failed</source>
            <translation>Automatische Sicherung fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>CancelMeetingDialog</name>
        <message>
            <source>Cancel the meeting</source>
            <translation>Die Sitzung absagen</translation>
        </message>
        <message>
            <source>The meeting stays in the list as cancelled, with this reason. Its cases can be put on the agenda of another meeting.</source>
            <translation>Die Sitzung bleibt mit dieser Begründung als abgesagt in der Liste. Ihre Fälle können auf die Tagesordnung einer anderen Sitzung gesetzt werden.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
    </context>
    <context>
        <name>CaseStatus</name>
        <message>
            <source>Signalled</source>
            <translation>Gemeldet</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>In Vorprüfung</translation>
        </message>
        <message>
            <source>On the operational table</source>
            <translation>Am operativen Tisch</translation>
        </message>
        <message>
            <source>In a guidance trajectory</source>
            <translation>Im Begleitungsweg</translation>
        </message>
        <message>
            <source>Referred to the LTF</source>
            <translation>An die LTF weitergeleitet</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Wiedereröffnet</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <source>(name hidden)</source>
            <translation>(Name ausgeblendet)</translation>
        </message>
        <message>
            <source>Case code</source>
            <translation>Fallcode</translation>
        </message>
        <message>
            <source>Person concerned</source>
            <translation>Betroffene Person</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeinde</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>Wiedervorlage</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Letzte Änderung</translation>
        </message>
    </context>
    <context>
        <name>Cases</name>
        <message>
            <source>A case that is “{current}” cannot become “{wanted}”. Possible next steps: {allowed}.</source>
            <translation>Ein Fall mit dem Status “{current}” kann nicht zu “{wanted}” wechseln. Mögliche nächste Schritte: {allowed}.</translation>
        </message>
        <message>
            <source>The case is already “{current}”.</source>
            <translation>Der Fall hat bereits den Status “{current}”.</translation>
        </message>
        <message>
            <source>Give the reason for this change.</source>
            <translation>Geben Sie den Grund für diese Änderung an.</translation>
        </message>
        <message>
            <source>Choose why the case is closed.</source>
            <translation>Wählen Sie, warum der Fall abgeschlossen wird.</translation>
        </message>
        <message>
            <source>A case-code scheme must contain {year} and a number such as {number:03d}, for example TER-{year}-{number:03d}.</source>
            <translation>Ein Schema für Fallcodes muss {year} und eine Nummer wie {number:03d} enthalten, zum Beispiel TER-{year}-{number:03d}.</translation>
        </message>
        <message>
            <source>This case does not exist.</source>
            <translation>Dieser Fall existiert nicht.</translation>
        </message>
        <message>
            <source>You are not invited to this case, so you cannot see or change it.</source>
            <translation>Sie sind zu diesem Fall nicht eingeladen und können ihn daher weder einsehen noch ändern.</translation>
        </message>
        <message>
            <source>This member is already invited to the case.</source>
            <translation>Dieses Mitglied ist bereits zu dem Fall eingeladen.</translation>
        </message>
        <message>
            <source>This member is not in the register or no longer active.</source>
            <translation>Dieses Mitglied steht nicht im Verzeichnis oder ist nicht mehr aktiv.</translation>
        </message>
        <message>
            <source>This invitation does not exist.</source>
            <translation>Diese Einladung existiert nicht.</translation>
        </message>
        <message>
            <source>Enter the name of the other LIVC-R.</source>
            <translation>Geben Sie den Namen des anderen BLIS-R ein.</translation>
        </message>
        <message>
            <source>This link does not exist.</source>
            <translation>Diese Verknüpfung existiert nicht.</translation>
        </message>
        <message>
            <source>The note is empty.</source>
            <translation>Die Notiz ist leer.</translation>
        </message>
        <message>
            <source>A note may be at most {maximum} characters.</source>
            <translation>Eine Notiz darf höchstens {maximum} Zeichen enthalten.</translation>
        </message>
        <message>
            <source>This municipality is not a member of the LIVC-R.</source>
            <translation>Diese Gemeinde gehört nicht zum BLIS-R.</translation>
        </message>
        <message>
            <source>This organisation is not in the register.</source>
            <translation>Diese Organisation steht nicht im Verzeichnis.</translation>
        </message>
        <message>
            <source>This signal does not exist.</source>
            <translation>Diese Meldung existiert nicht.</translation>
        </message>
        <message>
            <source>Only a case that is signalled or being screened can be screened.</source>
            <translation>Nur ein gemeldeter Fall oder ein Fall in Vorprüfung kann vorgeprüft werden.</translation>
        </message>
        <message>
            <source>Say who the signal is about: a new person, a group, or an existing case.</source>
            <translation>Geben Sie an, wen die Meldung betrifft: eine neue Person, eine Gruppe oder einen bestehenden Fall.</translation>
        </message>
    </context>
    <context>
        <name>CasesArea</name>
        <message numerus="yes">
            <source>Cases: %n</source>
            <translation>
                <numerusform>Fälle: %n</numerusform>
                <numerusform>Fälle: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>No case matches</source>
            <translation>Kein passender Fall</translation>
        </message>
        <message>
            <source>Change the search or the filters.</source>
            <translation>Ändern Sie die Suche oder die Filter.</translation>
        </message>
        <message>
            <source>No cases yet</source>
            <translation>Noch keine Fälle</translation>
        </message>
        <message>
            <source>A case starts with a signal: a concern a partner brings to the LIVC-R.</source>
            <translation>Ein Fall beginnt mit einer Meldung: einer Sorge, die ein Partner an das BLIS-R heranträgt.</translation>
        </message>
        <message>
            <source>Register a signal…</source>
            <translation>Meldung erfassen…</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Fälle</translation>
        </message>
        <message>
            <source>Search case code, name or note text</source>
            <translation>Fallcode, Name oder Notiztext suchen</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>All open cases</source>
            <translation>Alle offenen Fälle</translation>
        </message>
        <message>
            <source>All municipalities</source>
            <translation>Alle Gemeinden</translation>
        </message>
        <message>
            <source>Any partner</source>
            <translation>Alle Partner</translation>
        </message>
        <message>
            <source>Follow-up due</source>
            <translation>Wiedervorlage fällig</translation>
        </message>
        <message>
            <source>Hide names (projector)</source>
            <translation>Namen ausblenden (Beamer)</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change my passphrase</source>
            <translation>Meine Passphrase ändern</translation>
        </message>
        <message>
            <source>You signed in with an initial passphrase that someone else chose. Replace it now with your own; cancelling signs you out.</source>
            <translation>Sie haben sich mit einer Anfangs-Passphrase angemeldet, die jemand anderes gewählt hat. Ersetzen Sie sie jetzt durch Ihre eigene; wenn Sie abbrechen, werden Sie abgemeldet.</translation>
        </message>
        <message>
            <source>Your passphrase protects the key to all data of the LIVC-R. Use at least 12 characters; a short sentence that only you know is best.</source>
            <translation>Ihre Passphrase schützt den Schlüssel zu allen Daten des BLIS-R. Verwenden Sie mindestens 12 Zeichen; am besten ist ein kurzer Satz, den nur Sie kennen.</translation>
        </message>
        <message>
            <source>Initial passphrase</source>
            <translation>Anfangs-Passphrase</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Aktuelle Passphrase</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Neue Passphrase</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>Neue Passphrase wiederholen</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>the data folder (default: the user's application data folder)</source>
            <translation>der Datenordner (Standard: der Anwendungsdatenordner des Benutzers)</translation>
        </message>
        <message>
            <source>language of messages and the interface: nl, fr, de or en</source>
            <translation>Sprache der Nachrichten und der Oberfläche: nl, fr, de oder en</translation>
        </message>
        <message>
            <source>user name of the account to sign in with</source>
            <translation>Benutzername des Kontos, mit dem Sie sich anmelden</translation>
        </message>
        <message>
            <source>read the passphrase from this file instead of a prompt</source>
            <translation>die Passphrase aus dieser Datei lesen, statt sie abzufragen</translation>
        </message>
        <message>
            <source>LIVC-R Desktop: the operational and strategic tables of an LIVC-R.</source>
            <translation>LIVC-R Desktop: der operative und der strategische Tisch eines BLIS-R.</translation>
        </message>
        <message>
            <source>open the demo data folder (fictional data), creating it if needed</source>
            <translation>den Demo-Datenordner (fiktive Daten) öffnen und bei Bedarf anlegen</translation>
        </message>
        <message>
            <source>start, paint the main window once, and quit (for tests and builds)</source>
            <translation>starten, das Hauptfenster einmal zeichnen und beenden (für Tests und Builds)</translation>
        </message>
        <message>
            <source>set up a new LIVC-R in an empty data folder</source>
            <translation>ein neues BLIS-R in einem leeren Datenordner einrichten</translation>
        </message>
        <message>
            <source>name of the LIVC-R</source>
            <translation>Name des BLIS-R</translation>
        </message>
        <message>
            <source>a member municipality (repeat for a joint LIVC-R)</source>
            <translation>eine beteiligte Gemeinde (für ein gemeinsames BLIS-R wiederholen)</translation>
        </message>
        <message>
            <source>working language of the LIVC-R: nl, fr, de or en</source>
            <translation>Arbeitssprache des BLIS-R: nl, fr, de oder en</translation>
        </message>
        <message>
            <source>full name of the coordinator</source>
            <translation>vollständiger Name des Koordinators</translation>
        </message>
        <message>
            <source>the coordinator's organisation</source>
            <translation>die Organisation des Koordinators</translation>
        </message>
        <message>
            <source>the coordinator's user name</source>
            <translation>der Benutzername des Koordinators</translation>
        </message>
        <message>
            <source>write the recovery key to this file instead of the screen</source>
            <translation>den Wiederherstellungsschlüssel in diese Datei schreiben, statt ihn anzuzeigen</translation>
        </message>
        <message>
            <source>also write the recovery-key sheet as a PDF to print</source>
            <translation>das Wiederherstellungsblatt auch als PDF zum Ausdrucken speichern</translation>
        </message>
        <message>
            <source>check the database's integrity and the journal's hash chain</source>
            <translation>die Integrität der Datenbank und die Hash-Kette des Journals prüfen</translation>
        </message>
        <message>
            <source>write an encrypted backup of the data folder to a file</source>
            <translation>eine verschlüsselte Sicherung des Datenordners in eine Datei schreiben</translation>
        </message>
        <message>
            <source>the backup file to write</source>
            <translation>die zu schreibende Sicherungsdatei</translation>
        </message>
        <message>
            <source>check a backup and put it in place; the current data is kept aside</source>
            <translation>eine Sicherung prüfen und einspielen; die aktuellen Daten werden gesondert aufbewahrt</translation>
        </message>
        <message>
            <source>the backup file to restore</source>
            <translation>die wiederherzustellende Sicherungsdatei</translation>
        </message>
        <message>
            <source>read the recovery key from this file instead of using a passphrase</source>
            <translation>den Wiederherstellungsschlüssel aus dieser Datei lesen, statt eine Passphrase zu verwenden</translation>
        </message>
        <message>
            <source>create a demo data folder with fictional data</source>
            <translation>einen Demo-Datenordner mit fiktiven Daten anlegen</translation>
        </message>
        <message>
            <source>number of fictional cases to generate (default 60)</source>
            <translation>Anzahl der zu erzeugenden fiktiven Fälle (Standard 60)</translation>
        </message>
        <message>
            <source>Passphrase: </source>
            <translation>Passphrase: </translation>
        </message>
        <message>
            <source>Repeat the passphrase: </source>
            <translation>Passphrase wiederholen: </translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
        </message>
        <message>
            <source>Unknown language; use nl, fr, de or en.</source>
            <translation>Unbekannte Sprache; verwenden Sie nl, fr, de oder en.</translation>
        </message>
        <message>
            <source>The LIVC-R was set up in {folder}.</source>
            <translation>Das BLIS-R wurde in {folder} eingerichtet.</translation>
        </message>
        <message>
            <source>The recovery key was written to {file}. Print it, lock it away and delete the file.</source>
            <translation>Der Wiederherstellungsschlüssel wurde in {file} geschrieben. Drucken Sie ihn aus, bewahren Sie ihn unter Verschluss auf und löschen Sie die Datei.</translation>
        </message>
        <message>
            <source>Recovery key (shown only now; write it down and lock it away):</source>
            <translation>Wiederherstellungsschlüssel (wird nur jetzt angezeigt; schreiben Sie ihn auf und bewahren Sie ihn unter Verschluss auf):</translation>
        </message>
        <message>
            <source>Name the account with --account (one of: {names}).</source>
            <translation>Geben Sie das Konto mit --account an (eines von: {names}).</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>BROKEN</source>
            <translation>BESCHÄDIGT</translation>
        </message>
        <message>
            <source>Database integrity (SQLite): {state}</source>
            <translation>Integrität der Datenbank (SQLite): {state}</translation>
        </message>
        <message>
            <source>Encryption check (SQLCipher): {state}</source>
            <translation>Prüfung der Verschlüsselung (SQLCipher): {state}</translation>
        </message>
        <message>
            <source>Journal hash chain: {state} ({count} operations, {devices} devices)</source>
            <translation>Hash-Kette des Journals: {state} ({count} Vorgänge, {devices} Geräte)</translation>
        </message>
        <message>
            <source>  first broken link on device {device}: {reason}</source>
            <translation>  erstes unterbrochenes Glied auf Gerät {device}: {reason}</translation>
        </message>
        <message>
            <source>The database is healthy.</source>
            <translation>Die Datenbank ist in Ordnung.</translation>
        </message>
        <message>
            <source>The database is damaged or was tampered with.</source>
            <translation>Die Datenbank ist beschädigt oder wurde manipuliert.</translation>
        </message>
        <message>
            <source>The number of cases cannot be negative.</source>
            <translation>Die Anzahl der Fälle kann nicht negativ sein.</translation>
        </message>
        <message>
            <source>{done} of {total} cases generated</source>
            <translation>{done} von {total} Fällen erzeugt</translation>
        </message>
        <message>
            <source>Demo data folder created in {folder}.</source>
            <translation>Demo-Datenordner in {folder} angelegt.</translation>
        </message>
        <message>
            <source>Every demo account uses the passphrase: {passphrase}</source>
            <translation>Alle Demo-Konten verwenden die Passphrase: {passphrase}</translation>
        </message>
        <message>
            <source>Backup written to {file} ({operations} journal operations).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {file} cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup of {date} was restored ({operations} journal operations).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data it replaced is kept in {folder}.</source>
            <translation type="unfinished">Die ersetzten Daten werden in {folder} aufbewahrt.</translation>
        </message>
        <message>
            <source>To choose a new passphrase, start LIVC-R Desktop and sign in with the recovery key.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CloseReason</name>
        <message>
            <source>Goals reached</source>
            <translation>Ziele erreicht</translation>
        </message>
        <message>
            <source>No (longer a) concern of radicalisation</source>
            <translation>Keine (oder keine weitere) Sorge um Radikalisierung</translation>
        </message>
        <message>
            <source>Passed to regular services</source>
            <translation>An die Regeldienste übergeben</translation>
        </message>
        <message>
            <source>Person moved (handed over)</source>
            <translation>Person umgezogen (übergeben)</translation>
        </message>
        <message>
            <source>Person refuses further guidance</source>
            <translation>Person lehnt weitere Begleitung ab</translation>
        </message>
        <message>
            <source>Followed up by the LTF only</source>
            <translation>Nur noch von der LTF weiterverfolgt</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
    </context>
    <context>
        <name>CoordinatorPage</name>
        <message>
            <source>The first coordinator</source>
            <translation>Der erste Koordinator</translation>
        </message>
        <message>
            <source>The prevention official who runs the LIVC-R in this application. Other members get their own accounts later.</source>
            <translation>Der Präventionsbeauftragte, der das BLIS-R in dieser Anwendung führt. Die anderen Mitglieder erhalten später ein eigenes Konto.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Vollständiger Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>e.g. Prevention service of the municipality</source>
            <translation>z. B. Präventionsdienst der Gemeinde</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Passphrase wiederholen</translation>
        </message>
        <message>
            <source>The passphrase protects the key to all data of the LIVC-R. Use at least 12 characters; a short sentence that only you know is best. Nobody can reset it for you without the recovery key.</source>
            <translation>Die Passphrase schützt den Schlüssel zu allen Daten des BLIS-R. Verwenden Sie mindestens 12 Zeichen; am besten ist ein kurzer Satz, den nur Sie kennen. Ohne den Wiederherstellungsschlüssel kann niemand sie für Sie zurücksetzen.</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>LIVC-R Desktop – unexpected error</source>
            <translation>LIVC-R Desktop – unerwarteter Fehler</translation>
        </message>
        <message>
            <source>Something went wrong that LIVC-R Desktop did not expect. Everything that was saved before is safe: the database only keeps complete changes. If this happens again, tell your IT service what you were doing (without personal data).</source>
            <translation>In LIVC-R Desktop ist ein unerwarteter Fehler aufgetreten. Alles, was vorher gespeichert wurde, ist sicher: Die Datenbank speichert nur vollständige Änderungen. Wenn das erneut passiert, teilen Sie Ihrem IT-Dienst mit, was Sie gerade getan haben (ohne personenbezogene Daten).</translation>
        </message>
    </context>
    <context>
        <name>DataFolder</name>
        <message>
            <source>This data folder already holds an LIVC-R database. It is never overwritten: sign in to it, or choose an empty folder for a new LIVC-R.</source>
            <translation>Dieser Datenordner enthält bereits eine BLIS-R-Datenbank. Sie wird nie überschrieben: Melden Sie sich dort an oder wählen Sie einen leeren Ordner für ein neues BLIS-R.</translation>
        </message>
        <message>
            <source>The key file of this data folder (keyslots.json) is damaged and its backup copy too. Restore the folder from a backup, or open another data folder.</source>
            <translation>Die Schlüsseldatei dieses Datenordners (keyslots.json) ist beschädigt, ebenso ihre Sicherungskopie. Stellen Sie den Ordner aus einer Sicherung wieder her oder öffnen Sie einen anderen Datenordner.</translation>
        </message>
        <message>
            <source>This data folder holds a database but not its key file (keyslots.json). Without it the database cannot be opened. Put the key file back from a backup, or open another data folder.</source>
            <translation>Dieser Datenordner enthält eine Datenbank, aber nicht die zugehörige Schlüsseldatei (keyslots.json). Ohne sie kann die Datenbank nicht geöffnet werden. Stellen Sie die Schlüsseldatei aus einer Sicherung wieder her oder öffnen Sie einen anderen Datenordner.</translation>
        </message>
        <message>
            <source>This data folder holds a key file but no database (livcr.db). Restore the database from a backup, or open another data folder.</source>
            <translation>Dieser Datenordner enthält eine Schlüsseldatei, aber keine Datenbank (livcr.db). Stellen Sie die Datenbank aus einer Sicherung wieder her oder öffnen Sie einen anderen Datenordner.</translation>
        </message>
        <message>
            <source>The key was accepted, but the database cannot be read with it: the file is damaged or belongs to another LIVC-R. Nothing was changed. Restore a backup, or open another data folder.</source>
            <translation>Der Schlüssel wurde akzeptiert, aber die Datenbank lässt sich damit nicht lesen: Die Datei ist beschädigt oder gehört zu einem anderen BLIS-R. Es wurde nichts geändert. Stellen Sie eine Sicherung wieder her oder öffnen Sie einen anderen Datenordner.</translation>
        </message>
        <message>
            <source>This data folder was used by a newer version of LIVC-R Desktop. Install that version or a later one to open it; nothing was changed.</source>
            <translation>Dieser Datenordner wurde von einer neueren Version von LIVC-R Desktop verwendet. Installieren Sie diese oder eine spätere Version, um ihn zu öffnen; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>LIVC-R Desktop is already running with this data folder. Switch to that window, or close it first.</source>
            <translation>LIVC-R Desktop läuft bereits mit diesem Datenordner. Wechseln Sie zu diesem Fenster oder schließen Sie es zuerst.</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>A data folder already exists there. The demo is only created in an empty folder; remove the old demo folder first or choose another one.</source>
            <translation>Dort gibt es bereits einen Datenordner. Die Demo wird nur in einem leeren Ordner angelegt; entfernen Sie zuerst den alten Demo-Ordner oder wählen Sie einen anderen.</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>CONFIDENTIAL – shared professional secrecy (art. 458ter Criminal Code) – do not copy or pass on</source>
            <translation>VERTRAULICH – geteiltes Berufsgeheimnis (Art. 458ter StGB) – nicht kopieren oder weitergeben</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>printed {moment}</source>
            <translation>gedruckt am {moment}</translation>
        </message>
    </context>
    <context>
        <name>DossierView</name>
        <message>
            <source>not screened yet</source>
            <translation>noch nicht vorgeprüft</translation>
        </message>
        <message>
            <source>invited</source>
            <translation>eingeladen</translation>
        </message>
        <message>
            <source>until {date}</source>
            <translation>bis {date}</translation>
        </message>
        <message>
            <source>Action points ({open})</source>
            <translation>Aufgaben ({open})</translation>
        </message>
        <message>
            <source>Action points</source>
            <translation>Aufgaben</translation>
        </message>
        <message>
            <source>Person concerned</source>
            <translation>Betroffene Person</translation>
        </message>
        <message>
            <source>Recorded as</source>
            <translation>Erfasst als</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Responsible municipality</source>
            <translation>Zuständige Gemeinde</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Eröffnet am</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>Abschlussgrund</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>Nächste Wiedervorlage</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>nicht festgelegt</translation>
        </message>
        <message>
            <source>LTF</source>
            <translation>LTF</translation>
        </message>
        <message>
            <source>asks the LIVC-R for the primary follow-up</source>
            <translation>bittet das BLIS-R, die vorrangige Weiterverfolgung zu übernehmen</translation>
        </message>
        <message>
            <source>Common Database</source>
            <translation>Gemeinsame Datenbank</translation>
        </message>
        <message>
            <source>No notes you may read.</source>
            <translation>Keine Notizen, die Sie lesen dürfen.</translation>
        </message>
        <message>
            <source>Select the link to end in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the invitation to end in the list.</source>
            <translation>Wählen Sie in der Liste die Einladung aus, die beendet werden soll.</translation>
        </message>
        <message>
            <source>← All cases</source>
            <translation>← Alle Fälle</translation>
        </message>
        <message>
            <source>Screen…</source>
            <translation>Vorprüfen…</translation>
        </message>
        <message>
            <source>Change status…</source>
            <translation>Status ändern…</translation>
        </message>
        <message>
            <source>Person concerned…</source>
            <translation>Betroffene Person…</translation>
        </message>
        <message>
            <source>Follow-up…</source>
            <translation>Wiedervorlage…</translation>
        </message>
        <message>
            <source>Municipality…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a note…</source>
            <translation>Notiz schreiben…</translation>
        </message>
        <message>
            <source>Invite a member…</source>
            <translation>Mitglied einladen…</translation>
        </message>
        <message>
            <source>End the selected invitation</source>
            <translation>Ausgewählte Einladung beenden</translation>
        </message>
        <message>
            <source>Another LIVC-R…</source>
            <translation>Anderes BLIS-R…</translation>
        </message>
        <message>
            <source>End the selected link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <source>Involved</source>
            <translation>Beteiligte</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Invited to discuss this case</source>
            <translation>Zur Besprechung dieses Falls eingeladen</translation>
        </message>
        <message>
            <source>Other LIVC-Rs discussing the person</source>
            <translation>Andere BLIS-R, die die Person besprechen</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Eingegangen</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>Sorge</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Vorprüfung</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>LIVC-R</source>
            <translation>BLIS-R</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>EndRoleDialog</name>
        <message>
            <source>End a role</source>
            <translation>Rolle beenden</translation>
        </message>
        <message>
            <source>“{role}” is held until the end of the chosen day. It stays in the history.</source>
            <translation>“{role}” gilt bis zum Ende des gewählten Tages. Die Rolle bleibt im Verlauf erhalten.</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Letzter Tag</translation>
        </message>
    </context>
    <context>
        <name>FolderField</name>
        <message>
            <source>Choose a folder</source>
            <translation>Einen Ordner wählen</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Follow-up of {code}</source>
            <translation>Wiedervorlage für {code}</translation>
        </message>
        <message>
            <source>Look at it again on</source>
            <translation>Wieder vorlegen am</translation>
        </message>
        <message>
            <source>No follow-up date</source>
            <translation>Keine Wiedervorlage</translation>
        </message>
    </context>
    <context>
        <name>GgbCategory</name>
        <message>
            <source>Not known or not shared</source>
            <translation>Nicht bekannt oder nicht mitgeteilt</translation>
        </message>
        <message>
            <source>Not in the Common Database</source>
            <translation>Nicht in der Gemeinsamen Datenbank</translation>
        </message>
        <message>
            <source>FTF – foreign terrorist fighter</source>
            <translation>FTF – ausländischer terroristischer Kämpfer</translation>
        </message>
        <message>
            <source>HTF – homegrown terrorist fighter</source>
            <translation>HTF – einheimischer terroristischer Kämpfer</translation>
        </message>
        <message>
            <source>HP – hate propagandist</source>
            <translation>Hasspropagandist</translation>
        </message>
        <message>
            <source>PVE – potentially violent extremist</source>
            <translation>potenziell gewalttätiger Extremist</translation>
        </message>
        <message>
            <source>PCT – convicted of terrorism</source>
            <translation>wegen Terrorismus Verurteilter</translation>
        </message>
    </context>
    <context>
        <name>IntroPage</name>
        <message>
            <source>Welcome to LIVC-R Desktop</source>
            <translation>Willkommen bei LIVC-R Desktop</translation>
        </message>
        <message>
            <source>Encrypted, on this computer, without a server.</source>
            <translation>Verschlüsselt, auf diesem Computer, ohne Server.</translation>
        </message>
        <message>
            <source>This computer has no LIVC-R yet. Set up your own LIVC-R, or first look around in a demo filled with fictional people and cases.</source>
            <translation>Dieser Computer hat noch kein BLIS-R. Richten Sie Ihr eigenes BLIS-R ein, oder sehen Sie sich zuerst eine Demo mit fiktiven Personen und Fällen an.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Set up a new LIVC-R</source>
            <translation>Ein neues BLIS-R einrichten</translation>
        </message>
        <message>
            <source>Explore the demo (fictional data, in a separate folder)</source>
            <translation>Die Demo erkunden (fiktive Daten, in einem eigenen Ordner)</translation>
        </message>
        <message>
            <source>Restore a backup (for example on a new laptop)</source>
            <translation>Eine Sicherung wiederherstellen (zum Beispiel auf einem neuen Laptop)</translation>
        </message>
        <message>
            <source>Data folder: {path}</source>
            <translation>Datenordner: {path}</translation>
        </message>
    </context>
    <context>
        <name>Invitations</name>
        <message>
            <source>{name} is not a participant of this meeting.</source>
            <translation>{name} nimmt an dieser Sitzung nicht teil.</translation>
        </message>
    </context>
    <context>
        <name>InvitationsDialog</name>
        <message>
            <source>Tick at least one person.</source>
            <translation>Kreuzen Sie mindestens eine Person an.</translation>
        </message>
        <message>
            <source>The folder does not exist. Choose an existing folder.</source>
            <translation>Der Ordner existiert nicht. Wählen Sie einen bestehenden Ordner.</translation>
        </message>
        <message>
            <source>Invitations</source>
            <translation>Einladungen</translation>
        </message>
        <message>
            <source>Each person gets an agenda (PDF) that lists only the items they are invited to, by case code and never by name, and a calendar invitation (.ics) without any personal data.</source>
            <translation>Jede Person erhält eine Tagesordnung (PDF) nur mit den Punkten, zu denen sie eingeladen ist, mit Fallcode und nie mit Namen, und eine Kalendereinladung (.ics) ohne personenbezogene Daten.</translation>
        </message>
        <message numerus="yes">
            <source>{name} – {organisation} (items: %n)</source>
            <translation>
                <numerusform>{name} – {organisation} (%n Punkt)</numerusform>
                <numerusform>{name} – {organisation} (%n Punkte)</numerusform>
            </translation>
        </message>
        <message>
            <source>For</source>
            <translation>Für</translation>
        </message>
        <message>
            <source>Language of the documents</source>
            <translation>Sprache der Dokumente</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
    </context>
    <context>
        <name>InviteDialog</name>
        <message>
            <source>Invite to {code}</source>
            <translation>Zu {code} einladen</translation>
        </message>
        <message>
            <source>The invited member sees this case from now on, and no other. Removing the invitation later takes that sight away again.</source>
            <translation>Das eingeladene Mitglied sieht ab jetzt diesen Fall, und keinen anderen. Wird die Einladung später beendet, entfällt diese Einsicht wieder.</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
    </context>
    <context>
        <name>ItemKind</name>
        <message>
            <source>Case</source>
            <translation>Fall</translation>
        </message>
        <message>
            <source>General item</source>
            <translation>Allgemeiner Punkt</translation>
        </message>
        <message>
            <source>House rules</source>
            <translation>Geschäftsordnung</translation>
        </message>
        <message>
            <source>Partners of the LIVC-R</source>
            <translation>Partner der LIVC-R</translation>
        </message>
        <message>
            <source>Working agreements</source>
            <translation>Arbeitsabsprachen</translation>
        </message>
        <message>
            <source>Yearly evaluation</source>
            <translation>Jahresbewertung</translation>
        </message>
        <message>
            <source>Anonymised figures</source>
            <translation>Anonymisierte Zahlen</translation>
        </message>
        <message>
            <source>Other topic</source>
            <translation>Anderes Thema</translation>
        </message>
    </context>
    <context>
        <name>ItemPeoplePanel</name>
        <message>
            <source>Select the participant in the list first.</source>
            <translation>Wählen Sie zuerst den Teilnehmer in der Liste.</translation>
        </message>
        <message>
            <source>Who is invited</source>
            <translation>Wer eingeladen ist</translation>
        </message>
        <message>
            <source>Select an item of the agenda to see who is invited.</source>
            <translation>Wählen Sie einen Tagesordnungspunkt, um zu sehen, wer eingeladen ist.</translation>
        </message>
        <message>
            <source>Invited to item {line}</source>
            <translation>Eingeladen zu Punkt {line}</translation>
        </message>
        <message>
            <source>Only those ticked see this item, in the agenda, the invitation and the minutes. Everyone ticked must be allowed to see the case.</source>
            <translation>Nur die Angekreuzten sehen diesen Punkt, in der Tagesordnung, der Einladung und im Protokoll. Alle Angekreuzten müssen den Fall sehen dürfen.</translation>
        </message>
        <message>
            <source>Participants of the meeting</source>
            <translation>Teilnehmer der Sitzung</translation>
        </message>
        <message>
            <source>A topic is for everyone taking part in the meeting.</source>
            <translation>Ein Thema ist für alle Teilnehmer der Sitzung.</translation>
        </message>
        <message>
            <source>Open the dossier</source>
            <translation>Die Fallakte öffnen</translation>
        </message>
        <message>
            <source>Add a participant…</source>
            <translation>Teilnehmer hinzufügen…</translation>
        </message>
        <message>
            <source>Take off the meeting</source>
            <translation>Von der Sitzung nehmen</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source>operation {seq} was changed after it was written (its hash does not match)</source>
            <translation>Vorgang {seq} wurde nach dem Schreiben geändert (sein Hash stimmt nicht)</translation>
        </message>
        <message>
            <source>operation {seq} does not link to operation {previous} (an operation was removed or changed)</source>
            <translation>Vorgang {seq} ist nicht mit Vorgang {previous} verknüpft (ein Vorgang wurde entfernt oder geändert)</translation>
        </message>
        <message>
            <source>operation {expected} is missing (the next one found is {seq})</source>
            <translation>Vorgang {expected} fehlt (der nächste gefundene ist {seq})</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <source>Another LIVC-R</source>
            <translation>Ein anderes BLIS-R</translation>
        </message>
        <message>
            <source>Name of the LIVC-R</source>
            <translation>Name des BLIS-R</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
    </context>
    <context>
        <name>LivcrPage</name>
        <message>
            <source>Your LIVC-R</source>
            <translation>Ihr BLIS-R</translation>
        </message>
        <message>
            <source>The name, the member municipalities and the language the LIVC-R works in.</source>
            <translation>Der Name, die beteiligten Gemeinden und die Arbeitssprache des BLIS-R.</translation>
        </message>
        <message>
            <source>Name of the LIVC-R</source>
            <translation>Name des BLIS-R</translation>
        </message>
        <message>
            <source>e.g. LIVC-R Scheldevallei</source>
            <translation>z. B. BLIS-R Eifel</translation>
        </message>
        <message>
            <source>Member municipalities</source>
            <translation>Beteiligte Gemeinden</translation>
        </message>
        <message>
            <source>Working language</source>
            <translation>Arbeitssprache</translation>
        </message>
        <message>
            <source>A joint LIVC-R of several municipalities is normal: add every member municipality. Each case will belong to one of them, and the mayor of that municipality signs its decisions.</source>
            <translation>Ein gemeinsames BLIS-R mehrerer Gemeinden ist üblich: Fügen Sie jede beteiligte Gemeinde hinzu. Jeder Fall gehört zu einer dieser Gemeinden, und deren Bürgermeister unterzeichnet die Entscheidungen dazu.</translation>
        </message>
    </context>
    <context>
        <name>LivcrProfile</name>
        <message>
            <source>Enter the name of the LIVC-R.</source>
            <translation>Geben Sie den Namen des BLIS-R ein.</translation>
        </message>
        <message>
            <source>The name may be at most {maximum} characters.</source>
            <translation>Der Name darf höchstens {maximum} Zeichen enthalten.</translation>
        </message>
        <message>
            <source>Add at least one member municipality.</source>
            <translation>Fügen Sie mindestens eine beteiligte Gemeinde hinzu.</translation>
        </message>
        <message>
            <source>The municipality “{name}” is listed twice.</source>
            <translation>Die Gemeinde “{name}” steht zweimal in der Liste.</translation>
        </message>
        <message>
            <source>A municipality needs a name.</source>
            <translation>Eine Gemeinde braucht einen Namen.</translation>
        </message>
        <message>
            <source>This database holds no LIVC-R profile.</source>
            <translation>Diese Datenbank enthält kein BLIS-R-Profil.</translation>
        </message>
    </context>
    <context>
        <name>LiveItemPanel</name>
        <message>
            <source>Not saved yet</source>
            <translation>Noch nicht gespeichert</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>No item on the agenda</source>
            <translation>Kein Punkt auf der Tagesordnung</translation>
        </message>
        <message>
            <source>Postponed (proposed again for the next agenda)</source>
            <translation>Vertagt (für die nächste Tagesordnung erneut vorgeschlagen)</translation>
        </message>
        <message>
            <source>Effective participants</source>
            <translation>Tatsächlich teilnehmende Mitglieder</translation>
        </message>
        <message>
            <source>Tick who effectively takes part in the discussion of this case. Decisions on the case need the consensus of exactly these people.</source>
            <translation>Kreuzen Sie an, wer tatsächlich an der Besprechung dieses Falls teilnimmt. Entscheidungen über den Fall brauchen den Konsens genau dieser Personen.</translation>
        </message>
        <message>
            <source>not present: record the attendance first</source>
            <translation>nicht anwesend: zuerst die Anwesenheit erfassen</translation>
        </message>
        <message>
            <source>has not acknowledged the secrecy duty yet</source>
            <translation>hat die Schweigepflicht noch nicht bestätigt</translation>
        </message>
        <message>
            <source>Summary for the minutes</source>
            <translation>Zusammenfassung für das Protokoll</translation>
        </message>
        <message>
            <source>Save the summary</source>
            <translation>Zusammenfassung speichern</translation>
        </message>
        <message>
            <source>Confidential note</source>
            <translation>Vertrauliche Notiz</translation>
        </message>
        <message numerus="yes">
            <source>Goes into the case's dossier, readable by those invited to the case. Notes from this item so far: %n</source>
            <translation>
                <numerusform>Kommt in die Fallakte, lesbar für die zum Fall Eingeladenen. Notizen zu diesem Punkt bisher: %n</numerusform>
                <numerusform>Kommt in die Fallakte, lesbar für die zum Fall Eingeladenen. Notizen zu diesem Punkt bisher: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Add the note to the dossier</source>
            <translation>Notiz zur Fallakte hinzufügen</translation>
        </message>
        <message>
            <source>Action points</source>
            <translation>Aufgaben</translation>
        </message>
        <message>
            <source>Add an action point…</source>
            <translation>Aufgabe hinzufügen…</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Bis wann</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
    </context>
    <context>
        <name>LiveMeeting</name>
        <message>
            <source>This meeting is planned for {day}; it can be started from that day on.</source>
            <translation>Diese Sitzung ist für den {day} geplant; sie kann ab diesem Tag begonnen werden.</translation>
        </message>
        <message>
            <source>Only a planned meeting can be started.</source>
            <translation>Nur eine geplante Sitzung kann begonnen werden.</translation>
        </message>
        <message>
            <source>The meeting is not in progress.</source>
            <translation>Die Sitzung läuft nicht.</translation>
        </message>
        <message>
            <source>{name} is not a participant of this meeting.</source>
            <translation>{name} nimmt an dieser Sitzung nicht teil.</translation>
        </message>
        <message>
            <source>Mark {name} as present first: only those present acknowledge the secrecy duty.</source>
            <translation>Markieren Sie {name} zuerst als anwesend: nur Anwesende bestätigen die Schweigepflicht.</translation>
        </message>
        <message>
            <source>{name} has not acknowledged the secrecy duty (art. 458ter §2 Sw.) at this meeting yet, so they cannot take part in the discussion of a case.</source>
            <translation>{name} hat die Schweigepflicht (Art. 458ter §2 StGB) in dieser Sitzung noch nicht bestätigt und kann daher nicht an der Besprechung eines Falls teilnehmen.</translation>
        </message>
        <message>
            <source>{name} is not invited to this item. Add them to its invitees first.</source>
            <translation>{name} ist zu diesem Punkt nicht eingeladen. Fügen Sie die Person zuerst den Eingeladenen hinzu.</translation>
        </message>
        <message>
            <source>Record the attendance of every participant before closing the meeting: {names}.</source>
            <translation>Erfassen Sie die Anwesenheit jedes Teilnehmers, bevor Sie die Sitzung schließen: {names}.</translation>
        </message>
        <message>
            <source>Notes belong to case items. Write what was said about a topic in its summary.</source>
            <translation>Notizen gehören zu Fallpunkten. Schreiben Sie, was zu einem Thema gesagt wurde, in seine Zusammenfassung.</translation>
        </message>
        <message>
            <source>The note is empty.</source>
            <translation>Die Notiz ist leer.</translation>
        </message>
        <message>
            <source>A summary may be at most {maximum} characters.</source>
            <translation>Eine Zusammenfassung darf höchstens {maximum} Zeichen haben.</translation>
        </message>
        <message>
            <source>Describe what has to be done.</source>
            <translation>Beschreiben Sie, was zu tun ist.</translation>
        </message>
        <message>
            <source>The person who takes on an action point must be invited to this item.</source>
            <translation>Wer eine Aufgabe übernimmt, muss zu diesem Punkt eingeladen sein.</translation>
        </message>
        <message>
            <source>An action point cannot be due before the meeting day ({day}).</source>
            <translation>Eine Aufgabe kann nicht vor dem Sitzungstag ({day}) fällig sein.</translation>
        </message>
        <message>
            <source>This action point does not exist.</source>
            <translation>Diese Aufgabe existiert nicht.</translation>
        </message>
        <message>
            <source>Only the person who owns an action point, or the coordinator, can tick it off.</source>
            <translation>Nur wer die Aufgabe übernommen hat, oder der Koordinator kann sie abhaken.</translation>
        </message>
    </context>
    <context>
        <name>LiveMeetingView</name>
        <message>
            <source>Item {number} of {total}</source>
            <translation>Punkt {number} von {total}</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Tagesordnung</translation>
        </message>
        <message>
            <source>← Previous item</source>
            <translation>← Voriger Punkt</translation>
        </message>
        <message>
            <source>Next item →</source>
            <translation>Nächster Punkt →</translation>
        </message>
        <message>
            <source>Projector view</source>
            <translation>Beamer-Ansicht</translation>
        </message>
        <message>
            <source>Opens on the second screen, showing only the current item.</source>
            <translation>Öffnet sich auf dem zweiten Bildschirm und zeigt nur den aktuellen Punkt.</translation>
        </message>
        <message>
            <source>Show the name on the projector</source>
            <translation>Namen am Beamer zeigen</translation>
        </message>
        <message>
            <source>Only at the chair's request. Moving to another item hides it again.</source>
            <translation>Nur auf Wunsch des Vorsitzenden. Beim Wechsel zu einem anderen Punkt wird er wieder ausgeblendet.</translation>
        </message>
        <message>
            <source>Close the meeting</source>
            <translation>Die Sitzung schließen</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>LIVC-R Desktop is locked</source>
            <translation>LIVC-R Desktop ist gesperrt</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <source>{name}, enter your passphrase to continue where you left off. Someone else can sign out instead (what was not saved is then lost).</source>
            <translation>{name}, geben Sie Ihre Passphrase ein, um dort weiterzumachen, wo Sie aufgehört haben. Jemand anderes kann stattdessen abmelden (was nicht gespeichert wurde, geht dann verloren).</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>no current role</source>
            <translation>keine aktuelle Rolle</translation>
        </message>
        <message>
            <source>Your passphrase was changed.</source>
            <translation>Ihre Passphrase wurde geändert.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Sicherung wird wiederhergestellt…</translation>
        </message>
        <message>
            <source>LIVC-R Desktop</source>
            <translation>LIVC-R Desktop</translation>
        </message>
        <message>
            <source>&amp;LIVC-R</source>
            <translation>&amp;BLIS-R</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>Change my &amp;passphrase…</source>
            <translation>Meine &amp;Passphrase ändern…</translation>
        </message>
        <message>
            <source>Create a new recovery &amp;key…</source>
            <translation>Neuen &amp;Wiederherstellungsschlüssel erstellen…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Jetzt sperren</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Abmelden</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About LIVC-R Desktop</source>
            <translation>Ü&amp;ber LIVC-R Desktop</translation>
        </message>
        <message>
            <source>DEMO – fictional data</source>
            <translation>DEMO – fiktive Daten</translation>
        </message>
        <message>
            <source>{name} – {roles}</source>
            <translation>{name} – {roles}</translation>
        </message>
    </context>
    <context>
        <name>MeetingCommon</name>
        <message>
            <source>{kind}: {title}</source>
            <translation>{kind}: {title}</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Plan a meeting</source>
            <translation>Eine Sitzung planen</translation>
        </message>
        <message>
            <source>Dates and hours are Belgian time. A series is planned in one go; each of its meetings can be moved or cancelled on its own later.</source>
            <translation>Daten und Uhrzeiten sind belgische Zeit. Eine Reihe wird auf einmal geplant; jede ihrer Sitzungen kann später einzeln verschoben oder abgesagt werden.</translation>
        </message>
        <message>
            <source>Move the meeting</source>
            <translation>Die Sitzung verschieben</translation>
        </message>
        <message>
            <source>Everyone invited stays invited. Send the invitations again afterwards, so that their calendars show the new time.</source>
            <translation>Wer eingeladen ist, bleibt eingeladen. Senden Sie die Einladungen danach erneut, damit die Kalender die neue Zeit zeigen.</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tisch</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>until</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Vorsitz</translation>
        </message>
        <message>
            <source>Nobody holds the role of chair (the mayor or their representative) on this day. Give that role to someone under Members first.</source>
            <translation>An diesem Tag hat niemand die Rolle des Vorsitzenden (der Bürgermeister oder sein Vertreter). Vergeben Sie diese Rolle zuerst unter Mitglieder.</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>meetings in all</source>
            <translation>Sitzungen insgesamt</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <source>Writing the invitations…</source>
            <translation>Die Einladungen werden geschrieben…</translation>
        </message>
        <message numerus="yes">
            <source>Invitations written into {folder}, for people: %n. Each gets an agenda (PDF) and a calendar invitation (.ics): {files}</source>
            <translation>
                <numerusform>Einladungen in {folder} geschrieben, für %n Person. Jede erhält eine Tagesordnung (PDF) und eine Kalendereinladung (.ics): {files}</numerusform>
                <numerusform>Einladungen in {folder} geschrieben, für %n Personen. Jede erhält eine Tagesordnung (PDF) und eine Kalendereinladung (.ics): {files}</numerusform>
            </translation>
        </message>
        <message>
            <source>The invitations could not be written: {reason}</source>
            <translation>Die Einladungen konnten nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>← All meetings</source>
            <translation>← Alle Sitzungen</translation>
        </message>
        <message>
            <source>Start the meeting</source>
            <translation>Die Sitzung beginnen</translation>
        </message>
        <message>
            <source>Invitations…</source>
            <translation>Einladungen…</translation>
        </message>
        <message>
            <source>Move…</source>
            <translation>Verschieben…</translation>
        </message>
        <message>
            <source>Cancel the meeting…</source>
            <translation>Die Sitzung absagen…</translation>
        </message>
        <message>
            <source>{table} – {day}</source>
            <translation>{table} – {day}</translation>
        </message>
        <message>
            <source>{hours}   ·   Place: {place}   ·   Chair: {chair}   ·   Items: {items}</source>
            <translation>{hours}   ·   Ort: {place}   ·   Vorsitz: {chair}   ·   Punkte: {items}</translation>
        </message>
        <message>
            <source>This meeting was cancelled. Reason: {reason}</source>
            <translation>Diese Sitzung wurde abgesagt. Begründung: {reason}</translation>
        </message>
    </context>
    <context>
        <name>MeetingStatus</name>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Abgehalten</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgesagt</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <source>A meeting cannot be prepared for a moment that has already passed.</source>
            <translation>Eine Sitzung kann nicht für einen Zeitpunkt vorbereitet werden, der schon vorbei ist.</translation>
        </message>
        <message>
            <source>The meeting must end after it starts.</source>
            <translation>Die Sitzung muss nach ihrem Beginn enden.</translation>
        </message>
        <message>
            <source>A meeting may last at most 12 hours.</source>
            <translation>Eine Sitzung darf höchstens 12 Stunden dauern.</translation>
        </message>
        <message>
            <source>Enter where the meeting takes place.</source>
            <translation>Geben Sie an, wo die Sitzung stattfindet.</translation>
        </message>
        <message>
            <source>Choose who chairs the meeting.</source>
            <translation>Wählen Sie, wer die Sitzung leitet.</translation>
        </message>
        <message>
            <source>A series has 2 to 24 meetings (one is not a series).</source>
            <translation>Eine Reihe hat 2 bis 24 Sitzungen (eine allein ist keine Reihe).</translation>
        </message>
        <message>
            <source>The strategic table never discusses named persons: add a topic, not a case.</source>
            <translation>Der strategische Tisch bespricht nie namentlich genannte Personen: fügen Sie ein Thema hinzu, keinen Fall.</translation>
        </message>
        <message>
            <source>This topic belongs on the strategic table; the operational table discusses cases.</source>
            <translation>Dieses Thema gehört an den strategischen Tisch; der operative Tisch bespricht Fälle.</translation>
        </message>
        <message>
            <source>Give the agenda item a title.</source>
            <translation>Geben Sie dem Tagesordnungspunkt einen Titel.</translation>
        </message>
        <message>
            <source>This meeting does not exist.</source>
            <translation>Diese Sitzung existiert nicht.</translation>
        </message>
        <message>
            <source>This agenda item does not exist.</source>
            <translation>Dieser Tagesordnungspunkt existiert nicht.</translation>
        </message>
        <message>
            <source>You are not invited to this meeting, so you cannot see it.</source>
            <translation>Sie sind zu dieser Sitzung nicht eingeladen und können sie daher nicht sehen.</translation>
        </message>
        <message>
            <source>This meeting has been held or cancelled; its record can no longer change.</source>
            <translation>Diese Sitzung wurde abgehalten oder abgesagt; ihre Aufzeichnung kann sich nicht mehr ändern.</translation>
        </message>
        <message>
            <source>The minutes of this meeting are approved and frozen. Record a correction as an amendment.</source>
            <translation>Das Protokoll dieser Sitzung ist genehmigt und unveränderlich. Erfassen Sie eine Korrektur als Berichtigung.</translation>
        </message>
        <message>
            <source>{chair} already chairs a meeting from {start} to {end}. Choose another time or chair.</source>
            <translation>{chair} leitet bereits eine Sitzung von {start} bis {end}. Wählen Sie eine andere Zeit oder einen anderen Vorsitz.</translation>
        </message>
        <message>
            <source>{name} does not hold the role of chair (mayor or representative) on {day}.</source>
            <translation>{name} hat am {day} nicht die Rolle des Vorsitzenden (Bürgermeister oder Vertreter).</translation>
        </message>
        <message>
            <source>This member is not in the register or no longer active.</source>
            <translation>Dieses Mitglied steht nicht im Register oder ist nicht mehr aktiv.</translation>
        </message>
        <message>
            <source>Only a meeting that has not started yet can be moved or cancelled.</source>
            <translation>Nur eine Sitzung, die noch nicht begonnen hat, kann verschoben oder abgesagt werden.</translation>
        </message>
        <message>
            <source>Say why the meeting is cancelled.</source>
            <translation>Geben Sie an, warum die Sitzung abgesagt wird.</translation>
        </message>
        <message>
            <source>{name} is invited to one of the items or chairs the meeting; take them off those first.</source>
            <translation>{name} ist zu einem der Punkte eingeladen oder leitet die Sitzung; nehmen Sie die Person dort zuerst heraus.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsArea</name>
        <message>
            <source>approved</source>
            <translation>genehmigt</translation>
        </message>
        <message>
            <source>draft, to approve</source>
            <translation>Entwurf, zu genehmigen</translation>
        </message>
        <message>
            <source>Select a meeting in the list first.</source>
            <translation>Wählen Sie zuerst eine Sitzung in der Liste.</translation>
        </message>
        <message numerus="yes">
            <source>Meetings planned: %n.</source>
            <translation>
                <numerusform>Geplante Sitzungen: %n.</numerusform>
                <numerusform>Geplante Sitzungen: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Sitzungen</translation>
        </message>
        <message>
            <source>Plan a meeting…</source>
            <translation>Eine Sitzung planen…</translation>
        </message>
        <message>
            <source>Open the meeting</source>
            <translation>Die Sitzung öffnen</translation>
        </message>
        <message>
            <source>Past</source>
            <translation>Vergangene</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Vorsitz</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>No meetings yet</source>
            <translation>Noch keine Sitzungen</translation>
        </message>
        <message>
            <source>Plan the first meeting of this table, or a whole series (for instance the second Tuesday of every month).</source>
            <translation>Planen Sie die erste Sitzung dieses Tisches oder gleich eine ganze Reihe (zum Beispiel jeden zweiten Dienstag im Monat).</translation>
        </message>
        <message>
            <source>No meetings for you</source>
            <translation>Keine Sitzungen für Sie</translation>
        </message>
        <message>
            <source>You see a meeting here once you are invited to it, or to one of its items.</source>
            <translation>Sie sehen hier eine Sitzung, sobald Sie zu ihr oder zu einem ihrer Punkte eingeladen sind.</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Anstehend</translation>
        </message>
        <message>
            <source>Upcoming: nothing planned</source>
            <translation>Anstehend: nichts geplant</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Add a member</source>
            <translation>Mitglied hinzufügen</translation>
        </message>
        <message>
            <source>Edit member</source>
            <translation>Mitglied bearbeiten</translation>
        </message>
        <message>
            <source>Only professionals are recorded here, never the persons a case is about.</source>
            <translation>Hier werden nur Fachkräfte erfasst, nie die Personen, um die es in einem Fall geht.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Vollständiger Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <source>{name} (former)</source>
            <translation>{name} (ehemalig)</translation>
        </message>
        <message>
            <source>no account</source>
            <translation>kein Konto</translation>
        </message>
        <message>
            <source>{user} (ended)</source>
            <translation>{user} (beendet)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Current roles</source>
            <translation>Aktuelle Rollen</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
    </context>
    <context>
        <name>Members</name>
        <message>
            <source>This is not a valid e-mail address.</source>
            <translation>Dies ist keine gültige E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>A phone number has 6 to 30 digits, spaces and the signs + ( ) . / -.</source>
            <translation>Eine Telefonnummer hat 6 bis 30 Ziffern, Leerzeichen und die Zeichen + ( ) . / -.</translation>
        </message>
        <message>
            <source>A chair is the mayor (or representative) of one member municipality: choose it.</source>
            <translation>Ein Vorsitzender ist der Bürgermeister (oder sein Vertreter) einer beteiligten Gemeinde: Wählen Sie diese aus.</translation>
        </message>
        <message>
            <source>Only the chair's role belongs to one municipality.</source>
            <translation>Nur die Rolle des Vorsitzenden gehört zu einer Gemeinde.</translation>
        </message>
        <message>
            <source>A role cannot end before it starts. (To withdraw a role that has not started or starts today, end it on the day before its start.)</source>
            <translation>Eine Rolle kann nicht enden, bevor sie beginnt. (Um eine Rolle zurückzuziehen, die noch nicht begonnen hat oder heute beginnt, beenden Sie sie am Tag vor ihrem Beginn.)</translation>
        </message>
        <message>
            <source>This person already holds this role in that period.</source>
            <translation>Diese Person hat diese Rolle in diesem Zeitraum bereits.</translation>
        </message>
        <message>
            <source>This field may be at most {maximum} characters.</source>
            <translation>Dieses Feld darf höchstens {maximum} Zeichen enthalten.</translation>
        </message>
        <message>
            <source>This member does not exist.</source>
            <translation>Dieses Mitglied existiert nicht.</translation>
        </message>
        <message>
            <source>This organisation does not exist.</source>
            <translation>Diese Organisation existiert nicht.</translation>
        </message>
        <message>
            <source>This role assignment does not exist.</source>
            <translation>Diese Rollenzuweisung existiert nicht.</translation>
        </message>
        <message>
            <source>This municipality is not a member of the LIVC-R.</source>
            <translation>Diese Gemeinde gehört nicht zum BLIS-R.</translation>
        </message>
        <message>
            <source>This member is no longer active.</source>
            <translation>Dieses Mitglied ist nicht mehr aktiv.</translation>
        </message>
        <message>
            <source>This role has already ended.</source>
            <translation>Diese Rolle ist bereits beendet.</translation>
        </message>
    </context>
    <context>
        <name>MembersArea</name>
        <message>
            <source>No longer in the register.</source>
            <translation>Nicht mehr im Verzeichnis.</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>unbefristet</translation>
        </message>
        <message>
            <source>No account: this person cannot sign in.</source>
            <translation>Kein Konto: Diese Person kann sich nicht anmelden.</translation>
        </message>
        <message>
            <source>The account {user} has been ended.</source>
            <translation>Das Konto {user} wurde beendet.</translation>
        </message>
        <message>
            <source>Account {user}: the initial passphrase must be changed at the first sign-in.</source>
            <translation>Konto {user}: Die Anfangs-Passphrase muss bei der ersten Anmeldung geändert werden.</translation>
        </message>
        <message>
            <source>Account {user}: active.</source>
            <translation>Konto {user}: aktiv.</translation>
        </message>
        <message>
            <source>Create an account…</source>
            <translation>Konto erstellen…</translation>
        </message>
        <message>
            <source>New initial passphrase…</source>
            <translation>Neue Anfangs-Passphrase…</translation>
        </message>
        <message>
            <source>Organisation added.</source>
            <translation>Organisation hinzugefügt.</translation>
        </message>
        <message>
            <source>Remove from the register</source>
            <translation>Aus dem Verzeichnis entfernen</translation>
        </message>
        <message>
            <source>Remove {name} from the register? Their roles end today; the history stays readable.</source>
            <translation>{name} aus dem Verzeichnis entfernen? Die Rollen dieser Person enden heute; der Verlauf bleibt lesbar.</translation>
        </message>
        <message>
            <source>Select the role to end in the list of roles.</source>
            <translation>Wählen Sie in der Rollenliste die Rolle aus, die beendet werden soll.</translation>
        </message>
        <message>
            <source>The account is ready; the person changes the passphrase at the first sign-in.</source>
            <translation>Das Konto ist bereit; die Person ändert die Passphrase bei der ersten Anmeldung.</translation>
        </message>
        <message>
            <source>End the account</source>
            <translation>Konto beenden</translation>
        </message>
        <message>
            <source>End the account {user}? Its passphrase will no longer open the data.</source>
            <translation>Das Konto {user} beenden? Seine Passphrase öffnet die Daten dann nicht mehr.</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <source>Search name, organisation, role</source>
            <translation>Name, Organisation, Rolle suchen</translation>
        </message>
        <message>
            <source>Show former members</source>
            <translation>Ehemalige Mitglieder anzeigen</translation>
        </message>
        <message>
            <source>Add a member…</source>
            <translation>Mitglied hinzufügen…</translation>
        </message>
        <message>
            <source>Add an organisation…</source>
            <translation>Organisation hinzufügen…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Remove from the register…</source>
            <translation>Aus dem Verzeichnis entfernen…</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeinde</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Grant a role…</source>
            <translation>Rolle zuweisen…</translation>
        </message>
        <message>
            <source>End the selected role…</source>
            <translation>Ausgewählte Rolle beenden…</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>End the account…</source>
            <translation>Konto beenden…</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>LIVC-R Desktop</source>
            <translation>LIVC-R Desktop</translation>
        </message>
    </context>
    <context>
        <name>Minutes</name>
        <message>
            <source>Minutes can be approved only after the meeting has been held and closed.</source>
            <translation>Ein Protokoll kann erst genehmigt werden, wenn die Sitzung abgehalten und geschlossen ist.</translation>
        </message>
        <message>
            <source>Only {chair}, who chaired this meeting, can approve its minutes (or a later meeting).</source>
            <translation>Nur {chair}, der diese Sitzung geleitet hat, kann ihr Protokoll genehmigen (oder eine spätere Sitzung).</translation>
        </message>
        <message>
            <source>These minutes are already approved.</source>
            <translation>Dieses Protokoll ist bereits genehmigt.</translation>
        </message>
        <message>
            <source>The minutes are not approved yet: change the draft itself instead.</source>
            <translation>Das Protokoll ist noch nicht genehmigt: ändern Sie stattdessen den Entwurf selbst.</translation>
        </message>
        <message>
            <source>Minutes are approved by a later meeting of the same table that has started or been held.</source>
            <translation>Ein Protokoll wird von einer späteren Sitzung desselben Tisches genehmigt, die begonnen hat oder abgehalten wurde.</translation>
        </message>
        <message>
            <source>Write the correction.</source>
            <translation>Schreiben Sie die Korrektur.</translation>
        </message>
        <message>
            <source>The remarks may be at most {maximum} characters.</source>
            <translation>Die Bemerkungen dürfen höchstens {maximum} Zeichen haben.</translation>
        </message>
        <message>
            <source>The approved minutes of the meeting of {day} no longer match what was approved.</source>
            <translation>Das genehmigte Protokoll der Sitzung vom {day} stimmt nicht mehr mit dem Genehmigten überein.</translation>
        </message>
    </context>
    <context>
        <name>MinutesExportDialog</name>
        <message>
            <source>Tick the full minutes, or at least one partner for an extract.</source>
            <translation>Kreuzen Sie das vollständige Protokoll oder mindestens einen Partner für einen Auszug an.</translation>
        </message>
        <message>
            <source>Export the minutes</source>
            <translation>Das Protokoll exportieren</translation>
        </message>
        <message>
            <source>An extract holds only the items a partner was invited to, and the attendance of those items. Every page carries the confidentiality marking.</source>
            <translation>Ein Auszug enthält nur die Punkte, zu denen ein Partner eingeladen war, und die Anwesenheit bei diesen Punkten. Jede Seite trägt den Vertraulichkeitsvermerk.</translation>
        </message>
        <message>
            <source>The full minutes</source>
            <translation>Das vollständige Protokoll</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Schreiben</translation>
        </message>
        <message>
            <source>Extracts for</source>
            <translation>Auszüge für</translation>
        </message>
        <message>
            <source>Language of the documents</source>
            <translation>Sprache der Dokumente</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
    </context>
    <context>
        <name>MinutesItems</name>
        <message>
            <source>acknowledged at {time}</source>
            <translation>bestätigt um {time}</translation>
        </message>
        <message>
            <source>(postponed)</source>
            <translation>(vertagt)</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>Effective participants: {people}</source>
            <translation>Tatsächlich teilnehmende Mitglieder: {people}</translation>
        </message>
        <message>
            <source>Action point for {owner}, by {day}: {what}</source>
            <translation>Aufgabe für {owner}, bis {day}: {what}</translation>
        </message>
        <message>
            <source>What the table said and agreed on this item</source>
            <translation>Was der Tisch zu diesem Punkt gesagt und vereinbart hat</translation>
        </message>
    </context>
    <context>
        <name>MinutesView</name>
        <message>
            <source>The draft is saved.</source>
            <translation>Der Entwurf ist gespeichert.</translation>
        </message>
        <message>
            <source>{chair} chaired this meeting but has no account on this laptop. Record the approval by a later meeting instead.</source>
            <translation>{chair} hat diese Sitzung geleitet, hat aber kein Konto auf diesem Laptop. Erfassen Sie stattdessen die Genehmigung durch eine spätere Sitzung.</translation>
        </message>
        <message>
            <source>{chair} approves the minutes of the meeting of {day}.</source>
            <translation>{chair} genehmigt das Protokoll der Sitzung vom {day}.</translation>
        </message>
        <message>
            <source>Writing the PDF files…</source>
            <translation>Die PDF-Dateien werden geschrieben…</translation>
        </message>
        <message>
            <source>Written into {folder}: {files}</source>
            <translation>Geschrieben in {folder}: {files}</translation>
        </message>
        <message>
            <source>The files could not be written: {reason}</source>
            <translation>Die Dateien konnten nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>Save the draft</source>
            <translation>Entwurf speichern</translation>
        </message>
        <message>
            <source>Approve as chair…</source>
            <translation>Als Vorsitz genehmigen…</translation>
        </message>
        <message>
            <source>Approved by a later meeting…</source>
            <translation>Von späterer Sitzung genehmigt…</translation>
        </message>
        <message>
            <source>Add an amendment…</source>
            <translation>Berichtigung hinzufügen…</translation>
        </message>
        <message>
            <source>Export as PDF…</source>
            <translation>Als PDF exportieren…</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Teilnehmer</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Secrecy duty</source>
            <translation>Schweigepflicht</translation>
        </message>
        <message>
            <source>General remarks</source>
            <translation>Allgemeine Bemerkungen</translation>
        </message>
        <message>
            <source>Opening, announcements, the date of the next meeting …</source>
            <translation>Eröffnung, Mitteilungen, das Datum der nächsten Sitzung …</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Draft minutes – not approved yet. Edit the summaries and remarks, then let the chair approve them.</source>
            <translation>Protokollentwurf – noch nicht genehmigt. Bearbeiten Sie Zusammenfassungen und Bemerkungen und lassen Sie ihn dann vom Vorsitzenden genehmigen.</translation>
        </message>
        <message>
            <source>Draft minutes – not approved yet.</source>
            <translation>Protokollentwurf – noch nicht genehmigt.</translation>
        </message>
        <message>
            <source>Approved by the meeting of {day}.</source>
            <translation>Genehmigt von der Sitzung vom {day}.</translation>
        </message>
        <message>
            <source>Approved by {chair} on {moment}.</source>
            <translation>Genehmigt von {chair} am {moment}.</translation>
        </message>
        <message>
            <source>The minutes are frozen: a correction is an amendment.</source>
            <translation>Das Protokoll ist unveränderlich: eine Korrektur ist eine Berichtigung.</translation>
        </message>
        <message>
            <source>Amendments</source>
            <translation>Berichtigungen</translation>
        </message>
    </context>
    <context>
        <name>MunicipalityDialog</name>
        <message>
            <source>Responsible municipality of {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In a joint LIVC-R each case belongs to one member municipality; its mayor (or representative) signs the decisions about the case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Municipality</source>
            <translation type="unfinished">Gemeinde</translation>
        </message>
    </context>
    <context>
        <name>MunicipalityListEditor</name>
        <message>
            <source>Name of a member municipality</source>
            <translation>Name einer beteiligten Gemeinde</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Drag to change the order</source>
            <translation>Ziehen, um die Reihenfolge zu ändern</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>Note on {code}</source>
            <translation>Notiz zu {code}</translation>
        </message>
        <message>
            <source>A note cannot be changed afterwards; a correction is a new note. It is covered by shared professional secrecy (art. 458ter Criminal Code).</source>
            <translation>Eine Notiz kann nachträglich nicht geändert werden; eine Korrektur ist eine neue Notiz. Sie unterliegt dem geteilten Berufsgeheimnis (Art. 458ter StGB).</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Who may read it</source>
            <translation>Wer sie lesen darf</translation>
        </message>
    </context>
    <context>
        <name>NoteVisibility</name>
        <message>
            <source>The case's effective participants</source>
            <translation>Die tatsächlich teilnehmenden Mitglieder des Falls</translation>
        </message>
        <message>
            <source>My organisation only</source>
            <translation>Nur meine Organisation</translation>
        </message>
    </context>
    <context>
        <name>OnTopSignInDialog</name>
        <message>
            <source>Sign in on top</source>
            <translation>Zweite Person anmelden</translation>
        </message>
        <message>
            <source>{purpose} {name} stays signed in underneath; after this one action the application returns to them.</source>
            <translation>{purpose} {name} bleibt im Hintergrund angemeldet; nach dieser einen Aktion kehrt die Anwendung zu dieser Person zurück.</translation>
        </message>
        <message>
            <source>Who signs in</source>
            <translation>Wer meldet sich an</translation>
        </message>
        <message>
            <source>Their passphrase</source>
            <translation>Passphrase dieser Person</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <source>Add an organisation</source>
            <translation>Organisation hinzufügen</translation>
        </message>
        <message>
            <source>Edit organisation</source>
            <translation>Organisation bearbeiten</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Municipality (optional)</source>
            <translation>Gemeinde (optional)</translation>
        </message>
        <message>
            <source>Takes part in the LIVC-R</source>
            <translation>Nimmt am BLIS-R teil</translation>
        </message>
    </context>
    <context>
        <name>OrganisationKind</name>
        <message>
            <source>Municipal service</source>
            <translation>Gemeindedienst</translation>
        </message>
        <message>
            <source>Local police</source>
            <translation>Lokale Polizei</translation>
        </message>
        <message>
            <source>Public social welfare centre</source>
            <translation>ÖSHZ</translation>
        </message>
        <message>
            <source>General welfare centre</source>
            <translation>Zentrum für allgemeine Sozialarbeit</translation>
        </message>
        <message>
            <source>School or pupil guidance centre</source>
            <translation>Schule oder Schülerbegleitungszentrum</translation>
        </message>
        <message>
            <source>Employment service</source>
            <translation>Arbeitsamt</translation>
        </message>
        <message>
            <source>Youth services</source>
            <translation>Jugenddienste</translation>
        </message>
        <message>
            <source>Mental-health care</source>
            <translation>Psychische Gesundheitsversorgung</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
    </context>
    <context>
        <name>OverviewArea</name>
        <message>
            <source>Verifying…</source>
            <translation>Wird geprüft…</translation>
        </message>
        <message>
            <source>The database is healthy: {count} operations verified, no link broken.</source>
            <translation>Die Datenbank ist in Ordnung: {count} Vorgänge geprüft, kein Glied unterbrochen.</translation>
        </message>
        <message>
            <source>The database is damaged or was tampered with. Run a full check with “livcr verify” and contact your IT service.</source>
            <translation>Die Datenbank ist beschädigt oder wurde manipuliert. Führen Sie mit “livcr verify” eine vollständige Prüfung durch und wenden Sie sich an Ihren IT-Dienst.</translation>
        </message>
        <message>
            <source>Welcome, {name}</source>
            <translation>Willkommen, {name}</translation>
        </message>
        <message numerus="yes">
            <source>Joint LIVC-R of %n municipalities</source>
            <translation>
                <numerusform>Gemeinsames BLIS-R von %n Gemeinde</numerusform>
                <numerusform>Gemeinsames BLIS-R von %n Gemeinden</numerusform>
            </translation>
        </message>
        <message>
            <source>LIVC-R of one municipality</source>
            <translation>BLIS-R einer einzigen Gemeinde</translation>
        </message>
        <message>
            <source>Working language: {language}</source>
            <translation>Arbeitssprache: {language}</translation>
        </message>
        <message>
            <source>Signed in as</source>
            <translation>Angemeldet als</translation>
        </message>
        <message>
            <source>since {date}</source>
            <translation>seit dem {date}</translation>
        </message>
        <message>
            <source>No current role.</source>
            <translation>Keine aktuelle Rolle.</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message numerus="yes">
            <source>Every change and every access is recorded in a hash-chained journal: %n operations so far.</source>
            <translation>
                <numerusform>Jede Änderung und jeder Zugriff wird in einem per Hash verketteten Journal festgehalten: bisher %n Vorgang.</numerusform>
                <numerusform>Jede Änderung und jeder Zugriff wird in einem per Hash verketteten Journal festgehalten: bisher %n Vorgänge.</numerusform>
            </translation>
        </message>
        <message>
            <source>Verify the database and the journal</source>
            <translation>Datenbank und Journal prüfen</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Add a participant</source>
            <translation>Einen Teilnehmer hinzufügen</translation>
        </message>
        <message>
            <source>A participant sees the topics of the meeting, and only those case items they are invited to.</source>
            <translation>Ein Teilnehmer sieht die Themen der Sitzung und nur die Fallpunkte, zu denen er eingeladen ist.</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>The passphrase must be at least {minimum} characters long.</source>
            <translation>Die Passphrase muss mindestens {minimum} Zeichen lang sein.</translation>
        </message>
        <message>
            <source>Use at least three kinds of characters (lower case, upper case, digits, symbols), or a longer sentence of at least {long} characters.</source>
            <translation>Verwenden Sie mindestens drei Arten von Zeichen (Kleinbuchstaben, Großbuchstaben, Ziffern, Symbole) oder einen längeren Satz mit mindestens {long} Zeichen.</translation>
        </message>
        <message>
            <source>The passphrase may not contain your name or user name.</source>
            <translation>Die Passphrase darf weder Ihren Namen noch Ihren Benutzernamen enthalten.</translation>
        </message>
        <message>
            <source>The passphrase is built on a well-known word; choose something personal.</source>
            <translation>Die Passphrase beruht auf einem bekannten Wort; wählen Sie etwas Persönliches.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>Your role does not allow this action.</source>
            <translation>Ihre Rolle erlaubt diese Aktion nicht.</translation>
        </message>
    </context>
    <context>
        <name>Persons</name>
        <message>
            <source>Enter the first name(s).</source>
            <translation>Geben Sie den oder die Vornamen ein.</translation>
        </message>
        <message>
            <source>Enter the last name.</source>
            <translation>Geben Sie den Nachnamen ein.</translation>
        </message>
        <message>
            <source>Enter the name of the group.</source>
            <translation>Geben Sie den Namen der Gruppe ein.</translation>
        </message>
        <message>
            <source>The date of birth cannot be in the future.</source>
            <translation>Das Geburtsdatum darf nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <source>The date of birth is more than 120 years ago; check it.</source>
            <translation>Das Geburtsdatum liegt mehr als 120 Jahre zurück; prüfen Sie es.</translation>
        </message>
        <message>
            <source>Describe the person without naming them (e.g. “young man, about 17, pupil”).</source>
            <translation>Beschreiben Sie die Person, ohne ihren Namen zu nennen (z. B. “junger Mann, etwa 17, Schüler”).</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <source>LIVC-R – projector</source>
            <translation>LIVC-R – Beamer</translation>
        </message>
        <message>
            <source>No item on the agenda</source>
            <translation>Kein Punkt auf der Tagesordnung</translation>
        </message>
        <message>
            <source>Item {number}</source>
            <translation>Punkt {number}</translation>
        </message>
        <message>
            <source>Confidential – shared professional secrecy (art. 458ter Criminal Code)</source>
            <translation>Vertraulich – geteiltes Berufsgeheimnis (Art. 458ter Strafgesetzbuch)</translation>
        </message>
    </context>
    <context>
        <name>ProposalReason</name>
        <message>
            <source>Passed on by the LTF</source>
            <translation>Von der LTF weitergegeben</translation>
        </message>
        <message>
            <source>New signal to screen</source>
            <translation>Neue Meldung zur Vorprüfung</translation>
        </message>
        <message>
            <source>Follow-up due</source>
            <translation>Wiedervorlage fällig</translation>
        </message>
        <message>
            <source>Postponed at an earlier meeting</source>
            <translation>In einer früheren Sitzung vertagt</translation>
        </message>
    </context>
    <context>
        <name>ProposalsPanel</name>
        <message>
            <source>Proposed for this agenda</source>
            <translation>Für diese Tagesordnung vorgeschlagen</translation>
        </message>
        <message>
            <source>Cases the table should look at and that are not on this agenda yet.</source>
            <translation>Fälle, die der Tisch ansehen sollte und die noch nicht auf dieser Tagesordnung stehen.</translation>
        </message>
        <message>
            <source>Nothing to propose: no signal waits for screening, no follow-up is due by the meeting day, the LTF passed nothing on and no item was postponed.</source>
            <translation>Nichts vorzuschlagen: keine Meldung wartet auf Vorprüfung, keine Wiedervorlage ist bis zum Sitzungstag fällig, die LTF hat nichts weitergegeben und kein Punkt wurde vertagt.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Fall</translation>
        </message>
        <message>
            <source>Person concerned</source>
            <translation>Betroffene Person</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeinde</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Use the recovery key</source>
            <translation>Wiederherstellungsschlüssel verwenden</translation>
        </message>
        <message>
            <source>Type the recovery key from the printed sheet. A coordinator then chooses a new passphrase; the old one stops working. This is recorded in the audit trail.</source>
            <translation>Geben Sie den Wiederherstellungsschlüssel vom ausgedruckten Blatt ein. Ein Koordinator wählt danach eine neue Passphrase; die alte funktioniert dann nicht mehr. Dies wird im Prüfpfad festgehalten.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>Coordinator account</source>
            <translation>Konto des Koordinators</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Neue Passphrase</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>Neue Passphrase wiederholen</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKey</name>
        <message>
            <source>This is not a valid recovery key. It has nine groups of four letters and digits; check each group against the printed sheet.</source>
            <translation>Das ist kein gültiger Wiederherstellungsschlüssel. Er besteht aus neun Gruppen von je vier Buchstaben und Ziffern; vergleichen Sie jede Gruppe mit dem ausgedruckten Blatt.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>The PDF could not be written: {reason}</source>
            <translation>Das PDF konnte nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>The recovery sheet was saved as {file}. Print it, lock it away, and then delete the file.</source>
            <translation>Das Wiederherstellungsblatt wurde als {file} gespeichert. Drucken Sie es aus, bewahren Sie es unter Verschluss auf und löschen Sie dann die Datei.</translation>
        </message>
        <message>
            <source>Save the recovery sheet</source>
            <translation>Wiederherstellungsblatt speichern</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Ihr Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>Shown only once. Keep it locked away, never with the laptop.</source>
            <translation>Wird nur einmal angezeigt. Bewahren Sie ihn unter Verschluss auf, niemals beim Laptop.</translation>
        </message>
        <message>
            <source>The LIVC-R has been created. This recovery key opens its data when no passphrase is known any more. It is shown only now: print the sheet or write the key down, and keep it locked away, never with the laptop.</source>
            <translation>Das BLIS-R wurde angelegt. Dieser Wiederherstellungsschlüssel öffnet die Daten des BLIS-R, wenn niemand mehr eine Passphrase kennt. Er wird nur jetzt angezeigt: Drucken Sie das Blatt aus oder schreiben Sie den Schlüssel auf, und bewahren Sie ihn unter Verschluss auf, niemals beim Laptop.</translation>
        </message>
        <message>
            <source>Save the recovery sheet as PDF…</source>
            <translation>Wiederherstellungsblatt als PDF speichern…</translation>
        </message>
        <message>
            <source>The recovery key is printed or written down</source>
            <translation>Der Wiederherstellungsschlüssel ist ausgedruckt oder aufgeschrieben</translation>
        </message>
    </context>
    <context>
        <name>RecoveryRenewal</name>
        <message>
            <source>Save the recovery sheet</source>
            <translation>Wiederherstellungsblatt speichern</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Create a new recovery key</source>
            <translation>Neuen Wiederherstellungsschlüssel erstellen</translation>
        </message>
        <message>
            <source>The current recovery key and its printed sheet will stop working at once. Continue?</source>
            <translation>Der aktuelle Wiederherstellungsschlüssel und sein ausgedrucktes Blatt funktionieren dann sofort nicht mehr. Fortfahren?</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <source>STRICTLY CONFIDENTIAL – keep this sheet locked away, never with the laptop</source>
            <translation>STRENG VERTRAULICH – bewahren Sie dieses Blatt unter Verschluss auf, niemals beim Laptop</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>LIVC-R: {name}</source>
            <translation>BLIS-R: {name}</translation>
        </message>
        <message>
            <source>Data folder identifier: {id}</source>
            <translation>Kennung des Datenordners: {id}</translation>
        </message>
        <message>
            <source>Created: {moment}</source>
            <translation>Erstellt: {moment}</translation>
        </message>
        <message>
            <source>What this key does</source>
            <translation>Wozu dieser Schlüssel dient</translation>
        </message>
        <message>
            <source>This key opens the encrypted data of the LIVC-R when no passphrase is known any more, for example on a new laptop or after a coordinator left. With it, a coordinator chooses a new passphrase on the sign-in screen (“Use the recovery key”).</source>
            <translation>Dieser Schlüssel öffnet die verschlüsselten Daten des BLIS-R, wenn niemand mehr eine Passphrase kennt, zum Beispiel auf einem neuen Laptop oder nachdem ein Koordinator ausgeschieden ist. Damit wählt ein Koordinator auf dem Anmeldebildschirm eine neue Passphrase (“Wiederherstellungsschlüssel verwenden”).</translation>
        </message>
        <message>
            <source>How to keep it</source>
            <translation>Wie Sie ihn aufbewahren</translation>
        </message>
        <message>
            <source>Whoever holds this key can read every case of the LIVC-R. Keep the sheet in a safe or a sealed envelope with the mayor or the municipal general director, never with the laptop and never as a photo or a file. If it may have been seen by someone else, have the coordinator create a new recovery key.</source>
            <translation>Wer diesen Schlüssel besitzt, kann jeden Fall des BLIS-R lesen. Bewahren Sie das Blatt in einem Tresor oder in einem versiegelten Umschlag beim Bürgermeister oder beim Generaldirektor der Gemeinde auf, niemals beim Laptop und niemals als Foto oder Datei. Falls jemand anderes es gesehen haben könnte, lassen Sie den Koordinator einen neuen Wiederherstellungsschlüssel erstellen.</translation>
        </message>
    </context>
    <context>
        <name>RenewedKeyDialog</name>
        <message>
            <source>Saved as {file}. Print it, lock it away, and delete the file.</source>
            <translation>Als {file} gespeichert. Drucken Sie es aus, bewahren Sie es unter Verschluss auf und löschen Sie die Datei.</translation>
        </message>
        <message>
            <source>New recovery key</source>
            <translation>Neuer Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>This is the new recovery key; the old sheet no longer works. It is shown only now: print the sheet or write the key down and lock it away.</source>
            <translation>Dies ist der neue Wiederherstellungsschlüssel; das alte Blatt funktioniert nicht mehr. Er wird nur jetzt angezeigt: Drucken Sie das Blatt aus oder schreiben Sie den Schlüssel auf, und bewahren Sie ihn unter Verschluss auf.</translation>
        </message>
        <message>
            <source>Save the recovery sheet as PDF…</source>
            <translation>Wiederherstellungsblatt als PDF speichern…</translation>
        </message>
    </context>
    <context>
        <name>Repeat</name>
        <message>
            <source>Once</source>
            <translation>Einmalig</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Jede Woche</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Jeden Monat</translation>
        </message>
    </context>
    <context>
        <name>RestoreConfirmDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Aus einer Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>The data of this LIVC-R will be replaced by this backup:</source>
            <translation>Die Daten dieses BLIS-R werden durch diese Sicherung ersetzt:</translation>
        </message>
        <message>
            <source>LIVC-R</source>
            <translation>BLIS-R</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Erstellt am</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Anlass</translation>
        </message>
        <message>
            <source>Journal operations</source>
            <translation>Journalvorgänge</translation>
        </message>
        <message>
            <source>Everything recorded after that moment is no longer shown. The current data is not deleted: it is kept in the data folder under backups/replaced-…. The backup is checked completely before anything is replaced.</source>
            <translation>Alles, was nach diesem Zeitpunkt erfasst wurde, wird nicht mehr angezeigt. Die aktuellen Daten werden nicht gelöscht: Sie bleiben im Datenordner unter backups/replaced-… erhalten. Die Sicherung wird vollständig geprüft, bevor etwas ersetzt wird.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>RestoreFlow</name>
        <message>
            <source>The backup of {date} was restored ({operations} journal operations). You continue on the restored data.</source>
            <translation>Die Sicherung vom {date} wurde wiederhergestellt ({operations} Journalvorgänge). Sie arbeiten mit den wiederhergestellten Daten weiter.</translation>
        </message>
        <message>
            <source>The data it replaced is kept in {folder}.</source>
            <translation>Die ersetzten Daten werden in {folder} aufbewahrt.</translation>
        </message>
    </context>
    <context>
        <name>RestorePage</name>
        <message>
            <source>{livcr}: backup of {date} ({reason}), {operations} journal operations</source>
            <translation>{livcr}: Sicherung vom {date} ({reason}), {operations} Journalvorgänge</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>For example on a new laptop, or after a lost one.</source>
            <translation>Zum Beispiel auf einem neuen Laptop oder nach dem Verlust des alten.</translation>
        </message>
        <message>
            <source>Choose a backup file of your LIVC-R (it ends in .livcrbackup). It is checked completely before it is put in this data folder. Then sign in with your account as it was in the backup, or with the recovery key from the setup.</source>
            <translation>Wählen Sie eine Sicherungsdatei Ihres BLIS-R (sie endet auf .livcrbackup). Sie wird vollständig geprüft, bevor sie in diesen Datenordner übernommen wird. Melden Sie sich dann mit Ihrem Konto an, wie es in der Sicherung bestand, oder mit dem Wiederherstellungsschlüssel aus der Einrichtung.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>With the account's passphrase</source>
            <translation>Mit der Passphrase des Kontos</translation>
        </message>
        <message>
            <source>With the recovery key (coordinator)</source>
            <translation>Mit dem Wiederherstellungsschlüssel (Koordinator)</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Neue Passphrase</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>Neue Passphrase wiederholen</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Coordinator (prevention official)</source>
            <translation>Koordinator (Präventionsbeauftragter)</translation>
        </message>
        <message>
            <source>Chair (mayor or representative)</source>
            <translation>Vorsitzender (Bürgermeister oder Vertreter)</translation>
        </message>
        <message>
            <source>Information Officer (IO)</source>
            <translation>Information Officer (IO)</translation>
        </message>
        <message>
            <source>Partner (invited per case)</source>
            <translation>Partner (pro Fall eingeladen)</translation>
        </message>
        <message>
            <source>Strategic table member</source>
            <translation>Mitglied des strategischen Tisches</translation>
        </message>
        <message>
            <source>Data-protection officer</source>
            <translation>Datenschutzbeauftragter</translation>
        </message>
        <message>
            <source>IT administrator</source>
            <translation>IT-Administrator</translation>
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>Grant a role to {name}</source>
            <translation>{name} eine Rolle zuweisen</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Municipality (chair only)</source>
            <translation>Gemeinde (nur Vorsitz)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Ab</translation>
        </message>
        <message>
            <source>The mandate has an end date</source>
            <translation>Das Mandat hat ein Enddatum</translation>
        </message>
        <message>
            <source>Until (last day)</source>
            <translation>Bis (letzter Tag)</translation>
        </message>
        <message>
            <source>Note (e.g. decision of the mayor)</source>
            <translation>Bemerkung (z. B. Entscheidung des Bürgermeisters)</translation>
        </message>
    </context>
    <context>
        <name>RoleShort</name>
        <message>
            <source>Coordinator</source>
            <translation>Koordinator</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Vorsitz</translation>
        </message>
        <message>
            <source>Information Officer</source>
            <translation>Information Officer</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Strategic table</source>
            <translation>Strategischer Tisch</translation>
        </message>
        <message>
            <source>Data protection</source>
            <translation>Datenschutz</translation>
        </message>
        <message>
            <source>IT administration</source>
            <translation>IT-Verwaltung</translation>
        </message>
    </context>
    <context>
        <name>ScreenDialog</name>
        <message>
            <source>Screen {code}</source>
            <translation>Vorprüfung von {code}</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
    </context>
    <context>
        <name>ScreeningOutcome</name>
        <message>
            <source>Put it on the operational table</source>
            <translation>Auf den operativen Tisch bringen</translation>
        </message>
        <message>
            <source>Pass it to regular services (no LIVC-R follow-up)</source>
            <translation>An die Regeldienste übergeben (keine Weiterverfolgung im BLIS-R)</translation>
        </message>
        <message>
            <source>No action</source>
            <translation>Keine Maßnahme</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Removing a municipality retires it: its cases and role assignments stay readable.</source>
            <translation>Wenn Sie eine Gemeinde entfernen, wird sie deaktiviert: Ihre Fälle und Rollenzuweisungen bleiben lesbar.</translation>
        </message>
        <message>
            <source>Only a coordinator can change the LIVC-R's details.</source>
            <translation>Nur ein Koordinator kann die Angaben des BLIS-R ändern.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>This device</source>
            <translation>Dieses Gerät</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Sprache der Oberfläche</translation>
        </message>
        <message>
            <source>Lock after</source>
            <translation>Sperren nach</translation>
        </message>
        <message>
            <source> min without input</source>
            <translation> Min. ohne Eingabe</translation>
        </message>
        <message>
            <source>never (not recommended)</source>
            <translation>nie (nicht empfohlen)</translation>
        </message>
        <message>
            <source>The language of documents such as minutes and feedback forms is chosen each time one is made.</source>
            <translation>Die Sprache von Dokumenten wie Protokollen und Rückmeldebögen wird jedes Mal beim Erstellen gewählt.</translation>
        </message>
        <message>
            <source>LIVC-R</source>
            <translation>BLIS-R</translation>
        </message>
        <message>
            <source>Name of the LIVC-R</source>
            <translation>Name des BLIS-R</translation>
        </message>
        <message>
            <source>Working language</source>
            <translation>Arbeitssprache</translation>
        </message>
        <message>
            <source>Case codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{year} is the year, {number:03d} the number in that year with three digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member municipalities</source>
            <translation>Beteiligte Gemeinden</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Set up LIVC-R Desktop</source>
            <translation>LIVC-R Desktop einrichten</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again. If nobody knows a passphrase any more, use the recovery key.</source>
            <translation>Die Passphrase ist nicht korrekt. Prüfen Sie die Tastaturbelegung und die Feststelltaste und versuchen Sie es erneut. Wenn niemand mehr eine Passphrase kennt, verwenden Sie den Wiederherstellungsschlüssel.</translation>
        </message>
        <message>
            <source>This recovery key does not open this data folder. Check it against the printed sheet.</source>
            <translation>Dieser Wiederherstellungsschlüssel öffnet diesen Datenordner nicht. Vergleichen Sie ihn mit dem ausgedruckten Blatt.</translation>
        </message>
        <message>
            <source>There is no account with this user name here.</source>
            <translation>Hier gibt es kein Konto mit diesem Benutzernamen.</translation>
        </message>
        <message>
            <source>This account has been ended. Ask the coordinator if you still need access.</source>
            <translation>Dieses Konto wurde beendet. Wenden Sie sich an den Koordinator, wenn Sie noch Zugang benötigen.</translation>
        </message>
        <message>
            <source>This device was set to remember your sign-in, but the system keyring no longer holds it. Sign in with your passphrase; you can switch remembering on again afterwards.</source>
            <translation>Dieses Gerät war so eingestellt, dass es Ihre Anmeldung speichert, aber der Schlüsselbund des Systems enthält sie nicht mehr. Melden Sie sich mit Ihrer Passphrase an; danach können Sie das Speichern wieder einschalten.</translation>
        </message>
        <message>
            <source>This computer has no usable system keyring, so it cannot remember your sign-in. Your passphrase keeps working as before.</source>
            <translation>Dieser Computer hat keinen nutzbaren Schlüsselbund des Systems und kann Ihre Anmeldung daher nicht speichern. Ihre Passphrase funktioniert weiterhin wie bisher.</translation>
        </message>
        <message>
            <source>Too many wrong passphrases. Wait a moment before the next try ({seconds} s).</source>
            <translation>Zu viele falsche Passphrasen. Warten Sie einen Moment bis zum nächsten Versuch ({seconds} s).</translation>
        </message>
        <message>
            <source>This data folder has no recovery key. Restore a backup to regain access.</source>
            <translation>Dieser Datenordner hat keinen Wiederherstellungsschlüssel. Stellen Sie eine Sicherung wieder her, um wieder Zugang zu erhalten.</translation>
        </message>
        <message>
            <source>The recovery key reopens the data for a coordinator only. Choose a coordinator's account.</source>
            <translation>Der Wiederherstellungsschlüssel öffnet die Daten nur für einen Koordinator. Wählen Sie das Konto eines Koordinators.</translation>
        </message>
        <message>
            <source>Someone is already signed in on top of this session. Finish that first.</source>
            <translation>Über dieser Sitzung ist bereits jemand angemeldet. Schließen Sie das zuerst ab.</translation>
        </message>
        <message>
            <source>You are already signed in. Choose the person who signs in on top of you.</source>
            <translation>Sie sind bereits angemeldet. Wählen Sie die Person, die sich zusätzlich zu Ihnen anmeldet.</translation>
        </message>
    </context>
    <context>
        <name>SignInForm</name>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Who is signing in?</source>
            <translation>Wer meldet sich an?</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Remember me on this device (no passphrase needed here)</source>
            <translation>Anmeldung auf diesem Gerät merken (hier keine Passphrase nötig)</translation>
        </message>
        <message>
            <source>Use the recovery key…</source>
            <translation>Wiederherstellungsschlüssel verwenden…</translation>
        </message>
        <message>
            <source>Open another data folder…</source>
            <translation>Anderen Datenordner öffnen…</translation>
        </message>
    </context>
    <context>
        <name>SignInWindow</name>
        <message>
            <source>Sign in – LIVC-R Desktop</source>
            <translation>Anmelden – LIVC-R Desktop</translation>
        </message>
        <message>
            <source>Demo data folder: every person and case here is fictional. Every demo account has the passphrase {passphrase}</source>
            <translation>Demo-Datenordner: Alle Personen und Fälle hier sind fiktiv. Alle Demo-Konten haben die Passphrase {passphrase}</translation>
        </message>
        <message>
            <source>Demo data folder: every person and case here is fictional.</source>
            <translation>Demo-Datenordner: Alle Personen und Fälle hier sind fiktiv.</translation>
        </message>
        <message>
            <source>Remembered on this device: leave empty and sign in</source>
            <translation>Auf diesem Gerät gespeichert: leer lassen und anmelden</translation>
        </message>
    </context>
    <context>
        <name>SignalDialog</name>
        <message>
            <source>A case about a person with these names and this date of birth already exists: {code} ({status}). Add the signal to that case rather than creating a duplicate, unless it is really someone else.</source>
            <translation>Es gibt bereits einen Fall zu einer Person mit diesen Namen und diesem Geburtsdatum: {code} ({status}). Fügen Sie die Meldung diesem Fall hinzu, statt ein Duplikat anzulegen, es sei denn, es handelt sich wirklich um eine andere Person.</translation>
        </message>
        <message>
            <source>Add it to {code}</source>
            <translation>Zu {code} hinzufügen</translation>
        </message>
        <message>
            <source>Register a signal</source>
            <translation>Meldung erfassen</translation>
        </message>
        <message>
            <source>The signal</source>
            <translation>Die Meldung</translation>
        </message>
        <message>
            <source>Who it is about</source>
            <translation>Um wen es geht</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Eingegangen am</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Herkunft</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeinde</translation>
        </message>
        <message>
            <source>Signalling organisation</source>
            <translation>Meldende Organisation</translation>
        </message>
        <message>
            <source>Signalling person</source>
            <translation>Meldende Person</translation>
        </message>
        <message>
            <source>The concern</source>
            <translation>Die Sorge</translation>
        </message>
        <message>
            <source>What the IO may share</source>
            <translation>Was der IO weitergeben darf</translation>
        </message>
        <message>
            <source>LTF</source>
            <translation>LTF</translation>
        </message>
        <message>
            <source>Common Database</source>
            <translation>Gemeinsame Datenbank</translation>
        </message>
        <message>
            <source>LTF priority</source>
            <translation>LTF-Priorität</translation>
        </message>
        <message>
            <source>Other LIVC-R</source>
            <translation>Anderes BLIS-R</translation>
        </message>
        <message>
            <source>Contact there</source>
            <translation>Kontaktperson dort</translation>
        </message>
        <message>
            <source>The LTF asks the LIVC-R to take the primary follow-up</source>
            <translation>Die LTF bittet das BLIS-R, die vorrangige Weiterverfolgung zu übernehmen</translation>
        </message>
        <message>
            <source>Person concerned</source>
            <translation>Betroffene Person</translation>
        </message>
        <message>
            <source>First name(s)</source>
            <translation>Vorname(n)</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>Description (no name)</source>
            <translation>Beschreibung (ohne Namen)</translation>
        </message>
        <message>
            <source>Name of the group</source>
            <translation>Name der Gruppe</translation>
        </message>
        <message>
            <source>Find the case</source>
            <translation>Fall suchen</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Fall</translation>
        </message>
        <message>
            <source>known</source>
            <translation>bekannt</translation>
        </message>
        <message>
            <source>Case code or name</source>
            <translation>Fallcode oder Name</translation>
        </message>
        <message>
            <source>A case that already exists</source>
            <translation>Ein bestehender Fall</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Unbekannt</translation>
        </message>
    </context>
    <context>
        <name>SignalSource</name>
        <message>
            <source>A partner</source>
            <translation>Ein Partner</translation>
        </message>
        <message>
            <source>The LTF, through the Information Officer</source>
            <translation>Die LTF, über den Information Officer</translation>
        </message>
        <message>
            <source>Another LIVC-R</source>
            <translation>Ein anderes BLIS-R</translation>
        </message>
    </context>
    <context>
        <name>Signals</name>
        <message>
            <source>The date of the signal cannot be in the future.</source>
            <translation>Das Datum der Meldung darf nicht in der Zukunft liegen.</translation>
        </message>
        <message>
            <source>Describe the concern in a few sentences.</source>
            <translation>Beschreiben Sie die Sorge in einigen Sätzen.</translation>
        </message>
        <message>
            <source>Choose the member municipality the signal is about.</source>
            <translation>Wählen Sie die beteiligte Gemeinde, die die Meldung betrifft.</translation>
        </message>
        <message>
            <source>Choose the organisation that signals the concern.</source>
            <translation>Wählen Sie die Organisation, die die Sorge meldet.</translation>
        </message>
        <message>
            <source>Record what the Information Officer was allowed to share.</source>
            <translation>Halten Sie fest, was der Information Officer weitergeben durfte.</translation>
        </message>
        <message>
            <source>Enter the name of the other LIVC-R.</source>
            <translation>Geben Sie den Namen des anderen BLIS-R ein.</translation>
        </message>
        <message>
            <source>Give the reason for the screening decision.</source>
            <translation>Begründen Sie die Entscheidung der Vorprüfung.</translation>
        </message>
        <message>
            <source>This text may be at most {maximum} characters.</source>
            <translation>Dieser Text darf höchstens {maximum} Zeichen enthalten.</translation>
        </message>
    </context>
    <context>
        <name>SignalsArea</name>
        <message>
            <source>The signal was registered.</source>
            <translation>Die Meldung wurde erfasst.</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <source>Register a signal…</source>
            <translation>Meldung erfassen…</translation>
        </message>
        <message>
            <source>New concerns wait here until they are screened: put on the operational table, passed to regular services, or closed without action, always with a reason.</source>
            <translation>Neue Sorgen warten hier auf die Vorprüfung: Sie werden auf den operativen Tisch gebracht, an die Regeldienste übergeben oder ohne Maßnahme abgeschlossen, immer mit Begründung.</translation>
        </message>
        <message>
            <source>No signals to screen</source>
            <translation>Keine Meldungen zur Vorprüfung</translation>
        </message>
        <message>
            <source>When a partner, the LTF or another LIVC-R brings a concern, register it here.</source>
            <translation>Wenn ein Partner, die LTF oder ein anderes BLIS-R eine Sorge vorbringt, erfassen Sie sie hier.</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Change the status of {code}</source>
            <translation>Status von {code} ändern</translation>
        </message>
        <message>
            <source>Now: {status}. Every change is recorded with its reason.</source>
            <translation>Jetzt: {status}. Jede Änderung wird mit ihrer Begründung festgehalten.</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Neuer Status</translation>
        </message>
        <message>
            <source>Why it is closed</source>
            <translation>Abschlussgrund</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
    </context>
    <context>
        <name>SubjectDialog</name>
        <message>
            <source>Person concerned in {code}</source>
            <translation>Betroffene Person im Fall {code}</translation>
        </message>
        <message>
            <source>Keep only what the table needs: names, date of birth, and contact details only where they are needed.</source>
            <translation>Erfassen Sie nur, was der Tisch braucht: Namen, Geburtsdatum und Kontaktdaten nur, wo sie nötig sind.</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>First name(s)</source>
            <translation>Vorname(n)</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Date of birth known</source>
            <translation>Geburtsdatum bekannt</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>Description (no name)</source>
            <translation>Beschreibung (ohne Namen)</translation>
        </message>
        <message>
            <source>Name of the group</source>
            <translation>Name der Gruppe</translation>
        </message>
        <message>
            <source>Address (only if needed)</source>
            <translation>Adresse (nur falls nötig)</translation>
        </message>
        <message>
            <source>Phone (only if needed)</source>
            <translation>Telefon (nur falls nötig)</translation>
        </message>
    </context>
    <context>
        <name>SubjectKind</name>
        <message>
            <source>A named person</source>
            <translation>Eine Person mit Namen</translation>
        </message>
        <message>
            <source>A group or organisation</source>
            <translation>Eine Gruppe oder Organisation</translation>
        </message>
        <message>
            <source>A person, anonymised for now</source>
            <translation>Eine Person, vorerst anonymisiert</translation>
        </message>
    </context>
    <context>
        <name>TableKind</name>
        <message>
            <source>Operational table</source>
            <translation>Operativer Tisch</translation>
        </message>
        <message>
            <source>Strategic table</source>
            <translation>Strategischer Tisch</translation>
        </message>
    </context>
    <context>
        <name>TaskState</name>
        <message>
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Bald fällig</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
    </context>
    <context>
        <name>TaskTable</name>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Action point</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Case or topic</source>
            <translation>Fall oder Thema</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
    </context>
    <context>
        <name>TasksArea</name>
        <message>
            <source>Action point ticked off.</source>
            <translation>Aufgabe abgehakt.</translation>
        </message>
        <message>
            <source>My tasks</source>
            <translation>Meine Aufgaben</translation>
        </message>
        <message>
            <source>Show done ones too</source>
            <translation>Auch erledigte zeigen</translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n offen</numerusform>
                <numerusform>%n offen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n überfällig</numerusform>
                <numerusform>%n überfällig</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to do</source>
            <translation>Nichts zu tun</translation>
        </message>
        <message>
            <source>Action points you take on in a meeting appear here, with their due date, until you tick them off.</source>
            <translation>Aufgaben, die Sie in einer Sitzung übernehmen, erscheinen hier mit ihrer Frist, bis Sie sie abhaken.</translation>
        </message>
        <message>
            <source>Double-click a case's action point to open its dossier.</source>
            <translation>Doppelklicken Sie auf die Aufgabe eines Falls, um seine Fallakte zu öffnen.</translation>
        </message>
    </context>
    <context>
        <name>TopicDialog</name>
        <message>
            <source>Add a topic</source>
            <translation>Ein Thema hinzufügen</translation>
        </message>
        <message>
            <source>The strategic table never discusses named persons: keep names out of the title.</source>
            <translation>Der strategische Tisch bespricht nie namentlich genannte Personen: keine Namen in den Titel.</translation>
        </message>
        <message>
            <source>A topic is for everyone taking part in the meeting; keep names out of it.</source>
            <translation>Ein Thema ist für alle Teilnehmer der Sitzung; keine Namen darin.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
    </context>
</TS>
