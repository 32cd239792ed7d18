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
        <source>Enter the person&apos;s full name.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an initial passphrase and give it to the person yourself, never by e-mail. They must replace it with their own at their first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Benutzername</translation>
    </message>
    <message>
        <source>Initial passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">Passphrase wiederholen</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>This user name is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member already has an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has already been ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last account of a coordinator. Give another member the coordinator role and an account first, or nobody could manage the LIVC-R any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase that differs from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member is no longer active.</source>
        <translation type="unfinished"></translation>
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
    <name>Areas</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in with an initial passphrase that someone else chose. Replace it now with your own; cancelling signs you out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase protects the key to all data of the LIVC-R. Use at least 12 characters; a short sentence that only you know is best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished">Neue Passphrase wiederholen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the data folder (default: the user&apos;s application data folder)</source>
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
        <source>the coordinator&apos;s organisation</source>
        <translation>die Organisation des Koordinators</translation>
    </message>
    <message>
        <source>the coordinator&apos;s user name</source>
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
        <source>check the database&apos;s integrity and the journal&apos;s hash chain</source>
        <translation>die Integrität der Datenbank und die Hash-Kette des Journals prüfen</translation>
    </message>
    <message>
        <source>create a demo data folder with fictional data</source>
        <translation>einen Demo-Datenordner mit fiktiven Daten anlegen</translation>
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
        <source>Demo data folder created in {folder}.</source>
        <translation>Demo-Datenordner in {folder} angelegt.</translation>
    </message>
    <message>
        <source>Every demo account uses the passphrase: {passphrase}</source>
        <translation>Alle Demo-Konten verwenden die Passphrase: {passphrase}</translation>
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
    <name>EndRoleDialog</name>
    <message>
        <source>End a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{role}” is held until the end of the chosen day. It stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
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
        <source>Data folder: {path}</source>
        <translation>Datenordner: {path}</translation>
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
    <name>LockDialog</name>
    <message>
        <source>LIVC-R Desktop is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, enter your passphrase to continue where you left off. Someone else can sign out instead (what was not saved is then lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
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
    <name>MemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only professionals are recorded here, never the persons a case is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Vollständiger Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>{name} (former)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} (ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Current roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has 6 to 30 digits, spaces and the signs + ( ) . / -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chair is the mayor (or representative) of one member municipality: choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chair&apos;s role belongs to one municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role cannot end before it starts. (To withdraw a role that has not started or starts today, end it on the day before its start.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already holds this role in that period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field may be at most {maximum} characters.</source>
        <translation type="unfinished">Dieses Feld darf höchstens {maximum} Zeichen enthalten.</translation>
    </message>
    <message>
        <source>This member does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role assignment does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This municipality is not a member of the LIVC-R.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersArea</name>
    <message>
        <source>No longer in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account: this person cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {user} has been ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {user}: the initial passphrase must be changed at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {user}: active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New initial passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from the register? Their roles end today; the history stays readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the role to end in the list of roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is ready; the person changes the passphrase at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the account {user}? Its passphrase will no longer open the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, organisation, role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show former members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant a role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the account…</source>
        <translation type="unfinished"></translation>
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
    <name>OnTopSignInDialog</name>
    <message>
        <source>Sign in on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{purpose} {name} stays signed in underneath; after this one action the application returns to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Add an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes part in the LIVC-R</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the new recovery key; the old sheet no longer works. It is shown only now: print the sheet or write the key down and lock it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF…</source>
        <translation type="unfinished">Wiederherstellungsblatt als PDF speichern…</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality (chair only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mandate has an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (last day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (e.g. decision of the mayor)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Removing a municipality retires it: its cases and role assignments stay readable.</source>
        <translation>Wenn Sie eine Gemeinde entfernen, wird sie deaktiviert: Ihre Fälle und Rollenzuweisungen bleiben lesbar.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the LIVC-R&apos;s details.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never (not recommended)</source>
        <translation type="unfinished"></translation>
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
        <source>The recovery key reopens the data for a coordinator only. Choose a coordinator&apos;s account.</source>
        <translation>Der Wiederherstellungsschlüssel öffnet die Daten nur für einen Koordinator. Wählen Sie das Konto eines Koordinators.</translation>
    </message>
    <message>
        <source>Someone is already signed in on top of this session. Finish that first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already signed in. Choose the person who signs in on top of you.</source>
        <translation type="unfinished"></translation>
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
    <name>parent</name>
    <message>
        <source>Save the recovery sheet</source>
        <translation type="unfinished">Wiederherstellungsblatt speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Create a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current recovery key and its printed sheet will stop working at once. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
