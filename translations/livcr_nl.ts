<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LIVC-R Desktop</source>
        <translation>Over LIVC-R Desktop</translation>
    </message>
    <message>
        <source>LIVC-R Desktop {version}</source>
        <translation>LIVC-R Desktop {version}</translation>
    </message>
    <message>
        <source>For the operational and strategic tables of a local integrated security cell on radicalism, extremism and terrorism (LIVC-R / CSIL-R).</source>
        <translation>Voor de operationele en de strategische tafel van een lokale integrale veiligheidscel inzake radicalisme, extremisme en terrorisme (LIVC-R / CSIL-R).</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}</source>
        <translation>Python {python}, Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Gegevensmap: {path}</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Source and licence text</source>
        <translation>Broncode en licentietekst</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Vul de volledige naam van de persoon in.</translation>
    </message>
    <message>
        <source>Enter the organisation.</source>
        <translation>Vul de organisatie in.</translation>
    </message>
    <message>
        <source>A user name has 3 to 40 characters: lower-case letters, digits, dots, dashes or underscores, starting and ending with a letter or digit.</source>
        <translation>Een gebruikersnaam heeft 3 tot 40 tekens: kleine letters, cijfers, punten, koppeltekens of liggende streepjes. Hij begint en eindigt met een letter of cijfer.</translation>
    </message>
    <message>
        <source>This field may be at most {maximum} characters.</source>
        <translation>Dit veld mag hoogstens {maximum} tekens bevatten.</translation>
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
        <translation type="unfinished">Gebruikersnaam</translation>
    </message>
    <message>
        <source>Initial passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">Herhaal de wachtwoordzin</translation>
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
        <translation>Een andere gegevensmap openen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Choose a data folder</source>
        <translation>Kies een gegevensmap</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
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
        <translation type="unfinished">Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished">Herhaal de nieuwe wachtwoordzin</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the data folder (default: the user&apos;s application data folder)</source>
        <translation>de gegevensmap (standaard: de map voor toepassingsgegevens van de gebruiker)</translation>
    </message>
    <message>
        <source>language of messages and the interface: nl, fr, de or en</source>
        <translation>taal van de berichten en de interface: nl, fr, de of en</translation>
    </message>
    <message>
        <source>user name of the account to sign in with</source>
        <translation>gebruikersnaam van het account waarmee u zich aanmeldt</translation>
    </message>
    <message>
        <source>read the passphrase from this file instead of a prompt</source>
        <translation>de wachtwoordzin uit dit bestand lezen in plaats van erom te vragen</translation>
    </message>
    <message>
        <source>LIVC-R Desktop: the operational and strategic tables of an LIVC-R.</source>
        <translation>LIVC-R Desktop: de operationele en de strategische tafel van een LIVC-R.</translation>
    </message>
    <message>
        <source>open the demo data folder (fictional data), creating it if needed</source>
        <translation>de demogegevensmap (fictieve gegevens) openen en zo nodig aanmaken</translation>
    </message>
    <message>
        <source>start, paint the main window once, and quit (for tests and builds)</source>
        <translation>starten, het hoofdvenster één keer tekenen en afsluiten (voor tests en builds)</translation>
    </message>
    <message>
        <source>set up a new LIVC-R in an empty data folder</source>
        <translation>een nieuwe LIVC-R opzetten in een lege gegevensmap</translation>
    </message>
    <message>
        <source>name of the LIVC-R</source>
        <translation>naam van de LIVC-R</translation>
    </message>
    <message>
        <source>a member municipality (repeat for a joint LIVC-R)</source>
        <translation>een deelnemende gemeente (herhalen voor een gezamenlijke LIVC-R)</translation>
    </message>
    <message>
        <source>working language of the LIVC-R: nl, fr, de or en</source>
        <translation>werktaal van de LIVC-R: nl, fr, de of en</translation>
    </message>
    <message>
        <source>full name of the coordinator</source>
        <translation>volledige naam van de coördinator</translation>
    </message>
    <message>
        <source>the coordinator&apos;s organisation</source>
        <translation>de organisatie van de coördinator</translation>
    </message>
    <message>
        <source>the coordinator&apos;s user name</source>
        <translation>de gebruikersnaam van de coördinator</translation>
    </message>
    <message>
        <source>write the recovery key to this file instead of the screen</source>
        <translation>de herstelsleutel naar dit bestand schrijven in plaats van naar het scherm</translation>
    </message>
    <message>
        <source>also write the recovery-key sheet as a PDF to print</source>
        <translation>het herstelblad ook als pdf wegschrijven om af te drukken</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity and the journal&apos;s hash chain</source>
        <translation>de integriteit van de database en de hashketen van het logboek controleren</translation>
    </message>
    <message>
        <source>create a demo data folder with fictional data</source>
        <translation>een demogegevensmap met fictieve gegevens aanmaken</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Wachtwoordzin: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Herhaal de wachtwoordzin: </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Unknown language; use nl, fr, de or en.</source>
        <translation>Onbekende taal; gebruik nl, fr, de of en.</translation>
    </message>
    <message>
        <source>The LIVC-R was set up in {folder}.</source>
        <translation>De LIVC-R is opgezet in {folder}.</translation>
    </message>
    <message>
        <source>The recovery key was written to {file}. Print it, lock it away and delete the file.</source>
        <translation>De herstelsleutel is weggeschreven naar {file}. Druk hem af, bewaar hem achter slot en verwijder het bestand.</translation>
    </message>
    <message>
        <source>Recovery key (shown only now; write it down and lock it away):</source>
        <translation>Herstelsleutel (wordt alleen nu getoond; schrijf hem op en bewaar hem achter slot):</translation>
    </message>
    <message>
        <source>Name the account with --account (one of: {names}).</source>
        <translation>Kies het account met --account (een van: {names}).</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>BESCHADIGD</translation>
    </message>
    <message>
        <source>Database integrity (SQLite): {state}</source>
        <translation>Integriteit van de database (SQLite): {state}</translation>
    </message>
    <message>
        <source>Encryption check (SQLCipher): {state}</source>
        <translation>Controle van de versleuteling (SQLCipher): {state}</translation>
    </message>
    <message>
        <source>Journal hash chain: {state} ({count} operations, {devices} devices)</source>
        <translation>Hashketen van het logboek: {state} ({count} bewerkingen, {devices} apparaten)</translation>
    </message>
    <message>
        <source>  first broken link on device {device}: {reason}</source>
        <translation>  eerste verbroken schakel op apparaat {device}: {reason}</translation>
    </message>
    <message>
        <source>The database is healthy.</source>
        <translation>De database is in orde.</translation>
    </message>
    <message>
        <source>The database is damaged or was tampered with.</source>
        <translation>De database is beschadigd of er werd mee geknoeid.</translation>
    </message>
    <message>
        <source>Demo data folder created in {folder}.</source>
        <translation>Demogegevensmap aangemaakt in {folder}.</translation>
    </message>
    <message>
        <source>Every demo account uses the passphrase: {passphrase}</source>
        <translation>Elk demo-account gebruikt de wachtwoordzin: {passphrase}</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>The first coordinator</source>
        <translation>De eerste coördinator</translation>
    </message>
    <message>
        <source>The prevention official who runs the LIVC-R in this application. Other members get their own accounts later.</source>
        <translation>De preventieambtenaar die de LIVC-R in deze toepassing beheert. Andere leden krijgen later hun eigen account.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>e.g. Prevention service of the municipality</source>
        <translation>bv. Preventiedienst van de gemeente</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <source>The passphrase protects the key to all data of the LIVC-R. Use at least 12 characters; a short sentence that only you know is best. Nobody can reset it for you without the recovery key.</source>
        <translation>De wachtwoordzin beschermt de sleutel tot alle gegevens van de LIVC-R. Gebruik minstens 12 tekens; een korte zin die alleen u kent, is het best. Zonder de herstelsleutel kan niemand hem voor u opnieuw instellen.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>LIVC-R Desktop – unexpected error</source>
        <translation>LIVC-R Desktop – onverwachte fout</translation>
    </message>
    <message>
        <source>Something went wrong that LIVC-R Desktop did not expect. Everything that was saved before is safe: the database only keeps complete changes. If this happens again, tell your IT service what you were doing (without personal data).</source>
        <translation>Er ging iets mis wat LIVC-R Desktop niet verwachtte. Alles wat eerder werd opgeslagen, is veilig: de database bewaart alleen volledige wijzigingen. Gebeurt dit opnieuw, vertel uw IT-dienst dan wat u aan het doen was (zonder persoonsgegevens).</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>This data folder already holds an LIVC-R database. It is never overwritten: sign in to it, or choose an empty folder for a new LIVC-R.</source>
        <translation>Deze gegevensmap bevat al een LIVC-R-database. Die wordt nooit overschreven: meld u erop aan, of kies een lege map voor een nieuwe LIVC-R.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) is damaged and its backup copy too. Restore the folder from a backup, or open another data folder.</source>
        <translation>Het sleutelbestand van deze gegevensmap (keyslots.json) is beschadigd, en de reservekopie ervan ook. Zet de map terug vanuit een back-up, of open een andere gegevensmap.</translation>
    </message>
    <message>
        <source>This data folder holds a database but not its key file (keyslots.json). Without it the database cannot be opened. Put the key file back from a backup, or open another data folder.</source>
        <translation>Deze gegevensmap bevat een database, maar niet het bijbehorende sleutelbestand (keyslots.json). Zonder dat bestand kan de database niet worden geopend. Zet het sleutelbestand terug vanuit een back-up, of open een andere gegevensmap.</translation>
    </message>
    <message>
        <source>This data folder holds a key file but no database (livcr.db). Restore the database from a backup, or open another data folder.</source>
        <translation>Deze gegevensmap bevat een sleutelbestand, maar geen database (livcr.db). Zet de database terug vanuit een back-up, of open een andere gegevensmap.</translation>
    </message>
    <message>
        <source>The key was accepted, but the database cannot be read with it: the file is damaged or belongs to another LIVC-R. Nothing was changed. Restore a backup, or open another data folder.</source>
        <translation>De sleutel werd aanvaard, maar de database kan er niet mee worden gelezen: het bestand is beschadigd of hoort bij een andere LIVC-R. Er werd niets gewijzigd. Zet een back-up terug, of open een andere gegevensmap.</translation>
    </message>
    <message>
        <source>This data folder was used by a newer version of LIVC-R Desktop. Install that version or a later one to open it; nothing was changed.</source>
        <translation>Deze gegevensmap werd gebruikt door een nieuwere versie van LIVC-R Desktop. Installeer die versie of een latere om de map te openen; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>LIVC-R Desktop is already running with this data folder. Switch to that window, or close it first.</source>
        <translation>LIVC-R Desktop is al geopend met deze gegevensmap. Ga naar dat venster, of sluit het eerst.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>A data folder already exists there. The demo is only created in an empty folder; remove the old demo folder first or choose another one.</source>
        <translation>Daar bestaat al een gegevensmap. De demo wordt alleen in een lege map aangemaakt; verwijder eerst de oude demomap of kies een andere map.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>CONFIDENTIAL – shared professional secrecy (art. 458ter Criminal Code) – do not copy or pass on</source>
        <translation>VERTROUWELIJK – gedeeld beroepsgeheim (art. 458ter Sw.) – niet kopiëren of doorgeven</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>printed {moment}</source>
        <translation>afgedrukt op {moment}</translation>
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
        <translation>Welkom bij LIVC-R Desktop</translation>
    </message>
    <message>
        <source>Encrypted, on this computer, without a server.</source>
        <translation>Versleuteld, op deze computer, zonder server.</translation>
    </message>
    <message>
        <source>This computer has no LIVC-R yet. Set up your own LIVC-R, or first look around in a demo filled with fictional people and cases.</source>
        <translation>Deze computer heeft nog geen LIVC-R. Zet uw eigen LIVC-R op, of kijk eerst rond in een demo met fictieve personen en casussen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Set up a new LIVC-R</source>
        <translation>Een nieuwe LIVC-R opzetten</translation>
    </message>
    <message>
        <source>Explore the demo (fictional data, in a separate folder)</source>
        <translation>De demo verkennen (fictieve gegevens, in een aparte map)</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Gegevensmap: {path}</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>operation {seq} was changed after it was written (its hash does not match)</source>
        <translation>bewerking {seq} werd gewijzigd nadat ze was weggeschreven (de hash klopt niet)</translation>
    </message>
    <message>
        <source>operation {seq} does not link to operation {previous} (an operation was removed or changed)</source>
        <translation>bewerking {seq} is niet gekoppeld aan bewerking {previous} (een bewerking werd verwijderd of gewijzigd)</translation>
    </message>
    <message>
        <source>operation {expected} is missing (the next one found is {seq})</source>
        <translation>bewerking {expected} ontbreekt (de volgende gevonden bewerking is {seq})</translation>
    </message>
</context>
<context>
    <name>LivcrPage</name>
    <message>
        <source>Your LIVC-R</source>
        <translation>Uw LIVC-R</translation>
    </message>
    <message>
        <source>The name, the member municipalities and the language the LIVC-R works in.</source>
        <translation>De naam, de deelnemende gemeenten en de werktaal van de LIVC-R.</translation>
    </message>
    <message>
        <source>Name of the LIVC-R</source>
        <translation>Naam van de LIVC-R</translation>
    </message>
    <message>
        <source>e.g. LIVC-R Scheldevallei</source>
        <translation>bv. LIVC-R Scheldevallei</translation>
    </message>
    <message>
        <source>Member municipalities</source>
        <translation>Deelnemende gemeenten</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation>Werktaal</translation>
    </message>
    <message>
        <source>A joint LIVC-R of several municipalities is normal: add every member municipality. Each case will belong to one of them, and the mayor of that municipality signs its decisions.</source>
        <translation>Een gezamenlijke LIVC-R van meerdere gemeenten is gebruikelijk: voeg elke deelnemende gemeente toe. Elke casus hoort bij één van die gemeenten, en de burgemeester van die gemeente ondertekent de beslissingen erover.</translation>
    </message>
</context>
<context>
    <name>LivcrProfile</name>
    <message>
        <source>Enter the name of the LIVC-R.</source>
        <translation>Vul de naam van de LIVC-R in.</translation>
    </message>
    <message>
        <source>The name may be at most {maximum} characters.</source>
        <translation>De naam mag hoogstens {maximum} tekens bevatten.</translation>
    </message>
    <message>
        <source>Add at least one member municipality.</source>
        <translation>Voeg minstens één deelnemende gemeente toe.</translation>
    </message>
    <message>
        <source>The municipality “{name}” is listed twice.</source>
        <translation>De gemeente “{name}” staat twee keer in de lijst.</translation>
    </message>
    <message>
        <source>A municipality needs a name.</source>
        <translation>Een gemeente moet een naam hebben.</translation>
    </message>
    <message>
        <source>This database holds no LIVC-R profile.</source>
        <translation>Deze database bevat geen LIVC-R-profiel.</translation>
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
        <translation>geen huidige rol</translation>
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
        <translation>&amp;LIVC-R</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
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
        <translation>Af&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About LIVC-R Desktop</source>
        <translation>&amp;Over LIVC-R Desktop</translation>
    </message>
    <message>
        <source>DEMO – fictional data</source>
        <translation>DEMO – fictieve gegevens</translation>
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
        <translation type="unfinished">Volledige naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisatie</translation>
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
        <translation type="unfinished">Organisatie</translation>
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
        <translation type="unfinished">Dit veld mag hoogstens {maximum} tekens bevatten.</translation>
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
        <translation>Naam van een deelnemende gemeente</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Drag to change the order</source>
        <translation>Sleep om de volgorde te wijzigen</translation>
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
        <translation>Gemeentelijke dienst</translation>
    </message>
    <message>
        <source>Local police</source>
        <translation>Lokale politie</translation>
    </message>
    <message>
        <source>Public social welfare centre</source>
        <translation>OCMW</translation>
    </message>
    <message>
        <source>General welfare centre</source>
        <translation>CAW</translation>
    </message>
    <message>
        <source>School or pupil guidance centre</source>
        <translation>School of CLB</translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation>Arbeidsbemiddeling</translation>
    </message>
    <message>
        <source>Youth services</source>
        <translation>Jeugddiensten</translation>
    </message>
    <message>
        <source>Mental-health care</source>
        <translation>Geestelijke gezondheidszorg</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>OverviewArea</name>
    <message>
        <source>Verifying…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>The database is healthy: {count} operations verified, no link broken.</source>
        <translation>De database is in orde: {count} bewerkingen gecontroleerd, geen schakel verbroken.</translation>
    </message>
    <message>
        <source>The database is damaged or was tampered with. Run a full check with “livcr verify” and contact your IT service.</source>
        <translation>De database is beschadigd of er werd mee geknoeid. Voer een volledige controle uit met “livcr verify” en neem contact op met uw IT-dienst.</translation>
    </message>
    <message>
        <source>Welcome, {name}</source>
        <translation>Welkom, {name}</translation>
    </message>
    <message numerus="yes">
        <source>Joint LIVC-R of %n municipalities</source>
        <translation>
            <numerusform>Gezamenlijke LIVC-R van %n gemeente</numerusform>
            <numerusform>Gezamenlijke LIVC-R van %n gemeenten</numerusform>
        </translation>
    </message>
    <message>
        <source>LIVC-R of one municipality</source>
        <translation>LIVC-R van één gemeente</translation>
    </message>
    <message>
        <source>Working language: {language}</source>
        <translation>Werktaal: {language}</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Aangemeld als</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>sinds {date}</translation>
    </message>
    <message>
        <source>No current role.</source>
        <translation>Geen huidige rol.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Logboek</translation>
    </message>
    <message numerus="yes">
        <source>Every change and every access is recorded in a hash-chained journal: %n operations so far.</source>
        <translation>
            <numerusform>Elke wijziging en elke raadpleging wordt vastgelegd in een logboek met hashketen: tot nu toe %n bewerking.</numerusform>
            <numerusform>Elke wijziging en elke raadpleging wordt vastgelegd in een logboek met hashketen: tot nu toe %n bewerkingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the database and the journal</source>
        <translation>De database en het logboek controleren</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>The passphrase must be at least {minimum} characters long.</source>
        <translation>De wachtwoordzin moet minstens {minimum} tekens lang zijn.</translation>
    </message>
    <message>
        <source>Use at least three kinds of characters (lower case, upper case, digits, symbols), or a longer sentence of at least {long} characters.</source>
        <translation>Gebruik minstens drie soorten tekens (kleine letters, hoofdletters, cijfers, symbolen), of een langere zin van minstens {long} tekens.</translation>
    </message>
    <message>
        <source>The passphrase may not contain your name or user name.</source>
        <translation>De wachtwoordzin mag uw naam of gebruikersnaam niet bevatten.</translation>
    </message>
    <message>
        <source>The passphrase is built on a well-known word; choose something personal.</source>
        <translation>De wachtwoordzin is gebaseerd op een bekend woord; kies iets persoonlijks.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Uw rol laat deze handeling niet toe.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Use the recovery key</source>
        <translation>De herstelsleutel gebruiken</translation>
    </message>
    <message>
        <source>Type the recovery key from the printed sheet. A coordinator then chooses a new passphrase; the old one stops working. This is recorded in the audit trail.</source>
        <translation>Typ de herstelsleutel over van het afgedrukte blad. Een coördinator kiest daarna een nieuwe wachtwoordzin; de oude werkt dan niet meer. Dit wordt vastgelegd in de audittrail.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Coordinator account</source>
        <translation>Account van de coördinator</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Herhaal de nieuwe wachtwoordzin</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>This is not a valid recovery key. It has nine groups of four letters and digits; check each group against the printed sheet.</source>
        <translation>Dit is geen geldige herstelsleutel. Een herstelsleutel bestaat uit negen groepen van vier letters en cijfers; vergelijk elke groep met het afgedrukte blad.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>De pdf kon niet worden weggeschreven: {reason}</translation>
    </message>
    <message>
        <source>The recovery sheet was saved as {file}. Print it, lock it away, and then delete the file.</source>
        <translation>Het herstelblad is opgeslagen als {file}. Druk het af, bewaar het achter slot en verwijder daarna het bestand.</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Het herstelblad opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <source>Shown only once. Keep it locked away, never with the laptop.</source>
        <translation>Wordt maar één keer getoond. Bewaar hem achter slot, nooit bij de laptop.</translation>
    </message>
    <message>
        <source>The LIVC-R has been created. This recovery key opens its data when no passphrase is known any more. It is shown only now: print the sheet or write the key down, and keep it locked away, never with the laptop.</source>
        <translation>De LIVC-R is aangemaakt. Met deze herstelsleutel opent u de gegevens wanneer niemand nog een wachtwoordzin kent. Hij wordt alleen nu getoond: druk het blad af of schrijf de sleutel op, en bewaar hem achter slot, nooit bij de laptop.</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF…</source>
        <translation>Het herstelblad opslaan als pdf…</translation>
    </message>
    <message>
        <source>The recovery key is printed or written down</source>
        <translation>De herstelsleutel is afgedrukt of opgeschreven</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>STRICTLY CONFIDENTIAL – keep this sheet locked away, never with the laptop</source>
        <translation>STRIKT VERTROUWELIJK – bewaar dit blad achter slot, nooit bij de laptop</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>LIVC-R: {name}</source>
        <translation>LIVC-R: {name}</translation>
    </message>
    <message>
        <source>Data folder identifier: {id}</source>
        <translation>Identificatie van de gegevensmap: {id}</translation>
    </message>
    <message>
        <source>Created: {moment}</source>
        <translation>Aangemaakt: {moment}</translation>
    </message>
    <message>
        <source>What this key does</source>
        <translation>Waarvoor deze sleutel dient</translation>
    </message>
    <message>
        <source>This key opens the encrypted data of the LIVC-R when no passphrase is known any more, for example on a new laptop or after a coordinator left. With it, a coordinator chooses a new passphrase on the sign-in screen (“Use the recovery key”).</source>
        <translation>Deze sleutel opent de versleutelde gegevens van de LIVC-R wanneer niemand nog een wachtwoordzin kent, bijvoorbeeld op een nieuwe laptop of nadat een coördinator vertrokken is. Met deze sleutel kiest een coördinator een nieuwe wachtwoordzin in het aanmeldscherm (“De herstelsleutel gebruiken”).</translation>
    </message>
    <message>
        <source>How to keep it</source>
        <translation>Hoe u hem bewaart</translation>
    </message>
    <message>
        <source>Whoever holds this key can read every case of the LIVC-R. Keep the sheet in a safe or a sealed envelope with the mayor or the municipal general director, never with the laptop and never as a photo or a file. If it may have been seen by someone else, have the coordinator create a new recovery key.</source>
        <translation>Wie deze sleutel heeft, kan elke casus van de LIVC-R lezen. Bewaar het blad in een kluis of in een verzegelde envelop bij de burgemeester of de algemeen directeur van de gemeente, nooit bij de laptop en nooit als foto of bestand. Kan iemand anders het gezien hebben, laat de coördinator dan een nieuwe herstelsleutel aanmaken.</translation>
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
        <translation type="unfinished">Het herstelblad opslaan als pdf…</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Coordinator (prevention official)</source>
        <translation>Coördinator (preventieambtenaar)</translation>
    </message>
    <message>
        <source>Chair (mayor or representative)</source>
        <translation>Voorzitter (burgemeester of vertegenwoordiger)</translation>
    </message>
    <message>
        <source>Information Officer (IO)</source>
        <translation>Information Officer (IO)</translation>
    </message>
    <message>
        <source>Partner (invited per case)</source>
        <translation>Partner (per casus uitgenodigd)</translation>
    </message>
    <message>
        <source>Strategic table member</source>
        <translation>Lid van de strategische tafel</translation>
    </message>
    <message>
        <source>Data-protection officer</source>
        <translation>Functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <source>IT administrator</source>
        <translation>IT-beheerder</translation>
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
        <translation>Een gemeente verwijderen zet ze buiten gebruik: haar casussen en roltoewijzingen blijven leesbaar.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the LIVC-R&apos;s details.</source>
        <translation>Alleen een coördinator kan de gegevens van de LIVC-R wijzigen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dit apparaat</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Taal van de interface</translation>
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
        <translation>De taal van documenten zoals notulen en terugkoppelingsfiches wordt telkens gekozen bij het opmaken.</translation>
    </message>
    <message>
        <source>LIVC-R</source>
        <translation>LIVC-R</translation>
    </message>
    <message>
        <source>Name of the LIVC-R</source>
        <translation>Naam van de LIVC-R</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation>Werktaal</translation>
    </message>
    <message>
        <source>Member municipalities</source>
        <translation>Deelnemende gemeenten</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up LIVC-R Desktop</source>
        <translation>LIVC-R Desktop instellen</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again. If nobody knows a passphrase any more, use the recovery key.</source>
        <translation>De wachtwoordzin is niet juist. Controleer de toetsenbordindeling en Caps Lock, en probeer het opnieuw. Kent niemand nog een wachtwoordzin, gebruik dan de herstelsleutel.</translation>
    </message>
    <message>
        <source>This recovery key does not open this data folder. Check it against the printed sheet.</source>
        <translation>Deze herstelsleutel opent deze gegevensmap niet. Vergelijk hem met het afgedrukte blad.</translation>
    </message>
    <message>
        <source>There is no account with this user name here.</source>
        <translation>Er is hier geen account met deze gebruikersnaam.</translation>
    </message>
    <message>
        <source>This account has been ended. Ask the coordinator if you still need access.</source>
        <translation>Dit account werd beëindigd. Vraag het aan de coördinator als u nog toegang nodig hebt.</translation>
    </message>
    <message>
        <source>This device was set to remember your sign-in, but the system keyring no longer holds it. Sign in with your passphrase; you can switch remembering on again afterwards.</source>
        <translation>Dit apparaat was ingesteld om uw aanmelding te onthouden, maar de wachtwoordkluis van het systeem bevat ze niet meer. Meld u aan met uw wachtwoordzin; daarna kunt u het onthouden opnieuw inschakelen.</translation>
    </message>
    <message>
        <source>This computer has no usable system keyring, so it cannot remember your sign-in. Your passphrase keeps working as before.</source>
        <translation>Deze computer heeft geen bruikbare wachtwoordkluis van het systeem en kan uw aanmelding dus niet onthouden. Uw wachtwoordzin blijft gewoon werken.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Wait a moment before the next try ({seconds} s).</source>
        <translation>Te veel verkeerde wachtwoordzinnen. Wacht even voor de volgende poging ({seconds} s).</translation>
    </message>
    <message>
        <source>This data folder has no recovery key. Restore a backup to regain access.</source>
        <translation>Deze gegevensmap heeft geen herstelsleutel. Zet een back-up terug om opnieuw toegang te krijgen.</translation>
    </message>
    <message>
        <source>The recovery key reopens the data for a coordinator only. Choose a coordinator&apos;s account.</source>
        <translation>Met de herstelsleutel worden de gegevens alleen voor een coördinator opnieuw geopend. Kies het account van een coördinator.</translation>
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
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>Wie meldt zich aan?</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Remember me on this device (no passphrase needed here)</source>
        <translation>Mij onthouden op dit apparaat (hier geen wachtwoordzin nodig)</translation>
    </message>
    <message>
        <source>Use the recovery key…</source>
        <translation>De herstelsleutel gebruiken…</translation>
    </message>
    <message>
        <source>Open another data folder…</source>
        <translation>Een andere gegevensmap openen…</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in – LIVC-R Desktop</source>
        <translation>Aanmelden – LIVC-R Desktop</translation>
    </message>
    <message>
        <source>Demo data folder: every person and case here is fictional. Every demo account has the passphrase {passphrase}</source>
        <translation>Demogegevensmap: elke persoon en elke casus hier is fictief. Elk demo-account heeft de wachtwoordzin {passphrase}</translation>
    </message>
    <message>
        <source>Demo data folder: every person and case here is fictional.</source>
        <translation>Demogegevensmap: elke persoon en elke casus hier is fictief.</translation>
    </message>
    <message>
        <source>Remembered on this device: leave empty and sign in</source>
        <translation>Onthouden op dit apparaat: laat leeg en meld u aan</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save the recovery sheet</source>
        <translation type="unfinished">Het herstelblad opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">Pdf-documenten (*.pdf)</translation>
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
