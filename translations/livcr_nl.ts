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
        <source>Full licence texts: {path}</source>
        <translation>Volledige licentieteksten: {path}</translation>
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
    <name>AcceptKeyChangeDialog</name>
    <message>
        <source>Paste the key change or open its file.</source>
        <translation>Plak de sleutelwijziging of open het bestand ervan.</translation>
    </message>
    <message>
        <source>{name} changed its hand-over key. The key registered here signed the change.
Previous fingerprint: {previous}
New fingerprint: {fingerprint}</source>
        <translation>{name} heeft zijn overdrachtssleutel gewijzigd. De sleutel die hier geregistreerd is, ondertekende de wijziging.
Vorige vingerafdruk: {previous}
Nieuwe vingerafdruk: {fingerprint}</translation>
    </message>
    <message>
        <source>Accept another LIVC-R&apos;s new key</source>
        <translation>De nieuwe sleutel van een andere LIVC-R aanvaarden</translation>
    </message>
    <message>
        <source>When a registered LIVC-R changes its hand-over key, its coordinator gives you the key change. It is accepted only when the key registered here signed it. If they tell you their key was stolen, do not accept a change: withdraw the LIVC-R and register the new key by comparing its fingerprint.</source>
        <translation>Wanneer een geregistreerde LIVC-R zijn overdrachtssleutel wijzigt, bezorgt de coördinator u de sleutelwijziging. Ze wordt alleen aanvaard als de hier geregistreerde sleutel ze ondertekende. Zegt de coördinator dat hun sleutel gestolen werd, aanvaard dan geen wijziging: trek de LIVC-R in en registreer de nieuwe sleutel door de vingerafdruk te vergelijken.</translation>
    </message>
    <message>
        <source>Key change</source>
        <translation>Sleutelwijziging</translation>
    </message>
    <message>
        <source>Open the key change file…</source>
        <translation>Het bestand met de sleutelwijziging openen…</translation>
    </message>
    <message>
        <source>The change says</source>
        <translation>De wijziging zegt</translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation>De nieuwe sleutel aanvaarden</translation>
    </message>
</context>
<context>
    <name>AccessAnswer</name>
    <message>
        <source>Your personal data at the LIVC-R</source>
        <translation>Uw persoonsgegevens bij de LIVC-R</translation>
    </message>
    <message>
        <source>This is the answer of {livcr} to the request for access (GDPR art. 15) received on {day}, made by: {requester}.</source>
        <translation>Dit is het antwoord van {livcr} op het verzoek om inzage (art. 15 AVG), ontvangen op {day}, ingediend door: {requester}.</translation>
    </message>
    <message>
        <source>Decision: {outcome}</source>
        <translation>Beslissing: {outcome}</translation>
    </message>
    <message numerus="yes">
        <source>Some information is not included in this copy (%n part(s)).</source>
        <translation>
            <numerusform>Sommige informatie staat niet in deze kopie (%n deel).</numerusform>
            <numerusform>Sommige informatie staat niet in deze kopie (%n delen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal ground: {ground}</source>
        <translation>Rechtsgrond: {ground}</translation>
    </message>
    <message>
        <source>You may lodge a complaint with the Data Protection Authority (www.dataprotectionauthority.be). Information the police hold about you can be reached through the Supervisory Body for Police Information.</source>
        <translation>U kunt klacht indienen bij de Gegevensbeschermingsautoriteit (www.gegevensbeschermingsautoriteit.be). Informatie die de politie over u heeft, kunt u inzien via het Controleorgaan op de politionele informatie.</translation>
    </message>
    <message>
        <source>The LIVC-R holds no data about you to show.</source>
        <translation>De LIVC-R heeft geen gegevens over u om te tonen.</translation>
    </message>
    <message>
        <source>PERSONAL – answer to an access request, for the person concerned only</source>
        <translation>PERSOONLIJK – antwoord op een verzoek om inzage, enkel voor de betrokken persoon</translation>
    </message>
</context>
<context>
    <name>AccessExport</name>
    <message>
        <source>Your identity</source>
        <translation>Uw identiteit</translation>
    </message>
    <message>
        <source>Your file at the LIVC-R</source>
        <translation>Uw dossier bij de LIVC-R</translation>
    </message>
    <message>
        <source>Signals about you</source>
        <translation>Signalen over u</translation>
    </message>
    <message>
        <source>Notes and consultations</source>
        <translation>Notities en casusoverleg</translation>
    </message>
    <message>
        <source>Decisions of the table</source>
        <translation>Beslissingen van de tafel</translation>
    </message>
    <message>
        <source>Your guidance trajectory</source>
        <translation>Uw begeleidingstraject</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Feedback to the police (LTF)</source>
        <translation>Terugkoppeling aan de politie (LTF)</translation>
    </message>
    <message>
        <source>police information</source>
        <translation>politie-informatie</translation>
    </message>
    <message>
        <source>about a third party</source>
        <translation>over een derde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Geopend op</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Beschermende factoren</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Te doen tegen</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Who signalled</source>
        <translation>Wie signaleerde</translation>
    </message>
    <message>
        <source>What the police shared</source>
        <translation>Wat de politie deelde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Consultation at the table</source>
        <translation>Casusoverleg aan de tafel</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Feedback form to the LTF</source>
        <translation>Terugkoppelingsfiche aan de LTF</translation>
    </message>
    <message>
        <source>Guest at a consultation</source>
        <translation>Gast bij een overleg</translation>
    </message>
    <message>
        <source>A partner refused to take part</source>
        <translation>Een partner weigerde deel te nemen</translation>
    </message>
    <message>
        <source>A partner was represented</source>
        <translation>Een partner werd vertegenwoordigd</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Secrecy duty acknowledged on</source>
        <translation>Geheimhoudingsplicht erkend op</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Vertegenwoordigd door</translation>
    </message>
</context>
<context>
    <name>AccessReview</name>
    <message>
        <source>Save the answer</source>
        <translation>Het antwoord bewaren</translation>
    </message>
    <message numerus="yes">
        <source>What is marked repeats what you ticked out (%n passage(s)). Tick it out too, or tick the original back in.</source>
        <translation>
            <numerusform>Wat gemarkeerd is, herhaalt wat u hebt uitgevinkt (%n passage). Vink het ook uit, of vink het origineel opnieuw aan.</numerusform>
            <numerusform>Wat gemarkeerd is, herhaalt wat u hebt uitgevinkt (%n passages). Vink het ook uit, of vink het origineel opnieuw aan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer was saved in {file} (%n part(s) left out).</source>
        <translation>
            <numerusform>Het antwoord is bewaard in {file} (%n deel weggelaten).</numerusform>
            <numerusform>Het antwoord is bewaard in {file} (%n delen weggelaten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer to the access request about {code}</source>
        <translation>Antwoord op het verzoek om inzage over {code}</translation>
    </message>
    <message>
        <source>Everything the LIVC-R holds about the person. Tick out what the answer may not contain: information of the police (reachable only through the Supervisory Body for Police Information), about third parties, or covered by the restriction you decided. The secrecy guard checks what stays before the export.</source>
        <translation>Alles wat de LIVC-R over de persoon bijhoudt. Vink uit wat het antwoord niet mag bevatten: informatie van de politie (enkel in te zien via het Controleorgaan op de politionele informatie), over derden, of wat onder de beperking valt die u besliste. De geheimhoudingscontrole toetst wat overblijft vóór de export.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Deel</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Language of the answer</source>
        <translation>Taal van het antwoord</translation>
    </message>
    <message>
        <source>Export the answer (PDF)…</source>
        <translation>Het antwoord exporteren (pdf)…</translation>
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
        <translation>Nieuwe initiële wachtwoordzin voor {name}</translation>
    </message>
    <message>
        <source>Account for {name}</source>
        <translation>Account voor {name}</translation>
    </message>
    <message>
        <source>Choose an initial passphrase and give it to the person yourself, never by e-mail. They must replace it with their own at their first sign-in.</source>
        <translation>Kies een initiële wachtwoordzin en geef die zelf aan de persoon, nooit per e-mail. De persoon moet hem bij de eerste aanmelding door een eigen wachtwoordzin vervangen.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Initial passphrase</source>
        <translation>Initiële wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
</context>
<context>
    <name>AccountSteps</name>
    <message>
        <source>The account {user} ends now: its passphrase no longer opens the data, and it cannot be opened again.</source>
        <translation>Het account {user} wordt nu beëindigd: de wachtwoordzin ervan opent de gegevens niet meer en het account kan niet opnieuw worden geopend.</translation>
    </message>
    <message>
        <source>{name} cannot be given a new account in this data folder afterwards.</source>
        <translation>{name} kan daarna in deze gegevensmap geen nieuw account meer krijgen.</translation>
    </message>
    <message>
        <source>What {name} recorded stays in the journal and the history under their name.</source>
        <translation>Wat {name} heeft vastgelegd, blijft op diens naam in het logboek en de geschiedenis staan.</translation>
    </message>
    <message>
        <source>This is the last account of a coordinator: give another member the coordinator role and an account first.</source>
        <translation>Dit is het laatste account van een coördinator: geef eerst een ander lid de rol van coördinator en een account.</translation>
    </message>
    <message>
        <source>These roles of {name} end today: {roles}.</source>
        <translation>Deze rollen van {name} eindigen vandaag: {roles}.</translation>
    </message>
    <message>
        <source>{name} leaves the register: they can no longer be invited, given a role or chosen.</source>
        <translation>{name} verdwijnt uit het register: deze persoon kan niet meer worden uitgenodigd, een rol krijgen of gekozen worden.</translation>
    </message>
    <message>
        <source>The account {user} stays as it is: end it separately if it must stop.</source>
        <translation>Het account {user} blijft zoals het is: beëindig het apart als het moet stoppen.</translation>
    </message>
    <message>
        <source>The current recovery key and its printed sheet stop working at once; destroy the old sheet.</source>
        <translation>De huidige herstelsleutel en het afgedrukte blad ervan werken meteen niet meer; vernietig het oude blad.</translation>
    </message>
    <message>
        <source>The new key is shown once: print it or save it as PDF before you close the window.</source>
        <translation>De nieuwe sleutel wordt maar één keer getoond: druk hem af of bewaar hem als pdf voor u het venster sluit.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>This user name is already taken.</source>
        <translation>Deze gebruikersnaam is al in gebruik.</translation>
    </message>
    <message>
        <source>This member already has an account.</source>
        <translation>Dit lid heeft al een account.</translation>
    </message>
    <message>
        <source>This account does not exist.</source>
        <translation>Dit account bestaat niet.</translation>
    </message>
    <message>
        <source>This account has already been ended.</source>
        <translation>Dit account is al beëindigd.</translation>
    </message>
    <message>
        <source>This is the last account of a coordinator. Give another member the coordinator role and an account first, or nobody could manage the LIVC-R any more.</source>
        <translation>Dit is het laatste account van een coördinator. Geef eerst een ander lid de rol van coördinator en een account, anders kan niemand de LIVC-R nog beheren.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation>De huidige wachtwoordzin is niet juist.</translation>
    </message>
    <message>
        <source>Choose a new passphrase that differs from the current one.</source>
        <translation>Kies een nieuwe wachtwoordzin die verschilt van de huidige.</translation>
    </message>
    <message>
        <source>This member is no longer active.</source>
        <translation>Dit lid is niet meer actief.</translation>
    </message>
    <message>
        <source>This laptop holds every case, so only coordinators sign in on it. {name} acts on top of a coordinator&apos;s session with this passphrase, or gets an invitation for their own laptop.</source>
        <translation>Deze laptop bevat alle dossiers, dus alleen coördinatoren melden zich erop aan. {name} meldt zich met deze wachtwoordzin bovenop de sessie van een coördinator aan, of krijgt een uitnodiging voor de eigen laptop.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who (organisation)</source>
        <translation>Wie (organisatie)</translation>
    </message>
    <message>
        <source>Choose the organisation…</source>
        <translation>Kies de organisatie…</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>For the goal</source>
        <translation>Voor het doel</translation>
    </message>
    <message>
        <source>(no particular goal)</source>
        <translation>(geen bepaald doel)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>ActionPointDialog</name>
    <message>
        <source>Add an action point</source>
        <translation>Een actiepunt toevoegen</translation>
    </message>
    <message>
        <source>The action point appears in the owner&apos;s task list and, for a case, on its dossier. Only people invited to this item can take one on.</source>
        <translation>Het actiepunt verschijnt in de takenlijst van wie het opneemt en, bij een casus, in het dossier. Alleen wie voor dit punt is uitgenodigd, kan een actiepunt opnemen.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Tegen wanneer</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geschrapt</translation>
    </message>
</context>
<context>
    <name>AddCaseDialog</name>
    <message>
        <source>Choose the case in the list.</source>
        <translation>Kies de casus in de lijst.</translation>
    </message>
    <message>
        <source>Add a case to the agenda</source>
        <translation>Een casus op de agenda zetten</translation>
    </message>
    <message>
        <source>Any open case you may see can go on the agenda. Type the start of its code or a name; the case goes on with those invited to it.</source>
        <translation>Elke lopende casus die u mag inzien, kan op de agenda. Typ het begin van de code of een naam; de casus komt op de agenda met wie voor de casus is uitgenodigd.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Case code or name</source>
        <translation>Casuscode of naam</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>No open case matches.</source>
        <translation>Geen lopende casus komt overeen.</translation>
    </message>
    <message>
        <source>The first {count} cases; type more to narrow down.</source>
        <translation>De eerste {count} casussen; typ verder om te verfijnen.</translation>
    </message>
</context>
<context>
    <name>AdoptionDialog</name>
    <message>
        <source>Record the adoption of the house rules</source>
        <translation>De aanneming van het huishoudelijk reglement vastleggen</translation>
    </message>
    <message>
        <source>Record the adoption</source>
        <translation>Aanneming vastleggen</translation>
    </message>
    <message>
        <source>Choose the signed consensus decision by which the strategic table adopted the draft as it stands. The new version applies from the day the decision was signed; earlier versions stay readable.</source>
        <translation>Kies de ondertekende consensusbeslissing waarmee de strategische tafel het ontwerp zoals het nu is heeft aangenomen. De nieuwe versie geldt vanaf de dag waarop de beslissing werd ondertekend; eerdere versies blijven leesbaar.</translation>
    </message>
    <message>
        <source>No signed decision can adopt the draft yet. Put a “House rules” item on a strategic-table meeting; there the effective participants agree by consensus and the chair signs. Then come back here.</source>
        <translation>Er is nog geen ondertekende beslissing die het ontwerp kan aannemen. Zet een agendapunt “Huishoudelijk reglement” op een vergadering van de strategische tafel; daar beslissen de effectief deelnemende leden bij consensus en ondertekent de voorzitter. Kom daarna hier terug.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Meeting of {day}: “{wording}”</source>
        <translation>Vergadering van {day}: “{wording}”</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Case {code} is already on this agenda.</source>
        <translation>Casus {code} staat al op deze agenda.</translation>
    </message>
    <message>
        <source>Case {code} is closed. Reopen it in the dossier before putting it on an agenda.</source>
        <translation>Casus {code} is afgesloten. Heropen hem in het dossier voor u hem op een agenda zet.</translation>
    </message>
    <message>
        <source>{name} may not see case {code}: invite them to the case in its dossier first, then to this item.</source>
        <translation>{name} mag casus {code} niet zien: nodig de persoon eerst in het dossier uit voor de casus, daarna voor dit punt.</translation>
    </message>
    <message>
        <source>This member is not in the register or no longer active.</source>
        <translation>Dit lid staat niet in het register of is niet meer actief.</translation>
    </message>
    <message>
        <source>This item already has notes or action points; mark it as postponed instead of removing it.</source>
        <translation>Dit punt heeft al notities of actiepunten; duid het aan als uitgesteld in plaats van het te verwijderen.</translation>
    </message>
    <message>
        <source>Items can be taken off the agenda only before the meeting starts.</source>
        <translation>Punten kunnen alleen van de agenda gehaald worden voor de vergadering begint.</translation>
    </message>
    <message>
        <source>The agenda changed in the meantime; it has been reloaded. Please try again.</source>
        <translation>De agenda is intussen gewijzigd; hij is opnieuw geladen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Only case items have their own invitees; topics are for all participants.</source>
        <translation>Alleen casuspunten hebben eigen genodigden; onderwerpen zijn voor alle deelnemers.</translation>
    </message>
</context>
<context>
    <name>AgendaBuilder</name>
    <message>
        <source>Select the item to take off in the list.</source>
        <translation>Selecteer in de lijst het punt dat eraf moet.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>The agenda is empty. Add proposed cases below, any other case, or a topic.</source>
        <translation>De agenda is leeg. Voeg hieronder voorgestelde casussen toe, een andere casus of een onderwerp.</translation>
    </message>
    <message>
        <source>There are no items on this agenda for you.</source>
        <translation>Er staan geen punten voor u op deze agenda.</translation>
    </message>
    <message>
        <source>Drag an item to change the order, or use Alt+Up and Alt+Down.</source>
        <translation>Versleep een punt om de volgorde te wijzigen, of gebruik Alt+Omhoog en Alt+Omlaag.</translation>
    </message>
    <message>
        <source>You see the items you take part in.</source>
        <translation>U ziet de punten waaraan u deelneemt.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Add a case…</source>
        <translation>Een casus toevoegen…</translation>
    </message>
    <message>
        <source>Add a topic…</source>
        <translation>Een onderwerp toevoegen…</translation>
    </message>
    <message>
        <source>Take off the agenda</source>
        <translation>Van de agenda halen</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>(postponed)</source>
        <translation>(uitgesteld)</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Choose the item the correction is about, or the minutes as a whole.</source>
        <translation>Kies het punt waarover de correctie gaat, of de notulen als geheel.</translation>
    </message>
    <message>
        <source>Choose what the correction is about. A correction of the minutes as a whole is printed in every partner&apos;s extract; one about an item only in the extracts of the partners invited to that item.</source>
        <translation>Kies waarover de correctie gaat. Een correctie van de notulen als geheel wordt afgedrukt in het uittreksel van elke partner; een correctie over een punt alleen in de uittreksels van de partners die op dat punt waren uitgenodigd.</translation>
    </message>
    <message>
        <source>Every partner who receives the minutes or an extract of them will read this correction, whatever their items. If it is about one item, choose that item.</source>
        <translation>Elke partner die de notulen of een uittreksel ervan ontvangt, leest deze correctie, ongeacht de punten waarop hij was uitgenodigd. Gaat ze over één punt, kies dan dat punt.</translation>
    </message>
    <message>
        <source>Only the full minutes and the extracts of the partners invited to item {number} will show this correction.</source>
        <translation>Alleen de volledige notulen en de uittreksels van de partners die op punt {number} waren uitgenodigd, tonen deze correctie.</translation>
    </message>
    <message>
        <source>Add an amendment</source>
        <translation>Een rechtzetting toevoegen</translation>
    </message>
    <message>
        <source>Approved minutes are frozen. A correction is recorded beside them with your name and the time, and printed with them from now on.</source>
        <translation>Goedgekeurde notulen liggen vast. Een correctie wordt ernaast vastgelegd, met uw naam en het tijdstip, en wordt voortaan mee afgedrukt.</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>The minutes as a whole – everyone receiving the minutes sees it</source>
        <translation>De notulen als geheel – iedereen die de notulen ontvangt, ziet de correctie</translation>
    </message>
    <message>
        <source>Choose an item, or the minutes as a whole</source>
        <translation>Kies een punt, of de notulen als geheel</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer of the LTF to form no. {number} of {code}</source>
        <translation>Antwoord van de LTF op fiche nr. {number} van {code}</translation>
    </message>
    <message>
        <source>Only unclassified information may be recorded here: nothing from police databases or investigations, only what the LTF may share with the LIVC-R.</source>
        <translation>Registreer hier alleen niet-geclassificeerde informatie: niets uit politiedatabanken of onderzoeken, alleen wat de LTF met de LIVC-R mag delen.</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Beantwoord op</translation>
    </message>
    <message>
        <source>Answer or input of the LTF</source>
        <translation>Antwoord of inbreng van de LTF</translation>
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
    <name>ApproveDialog</name>
    <message>
        <source>Approve a laptop</source>
        <translation>Een laptop goedkeuren</translation>
    </message>
    <message>
        <source>Ask {owner} to read out the fingerprint their laptop shows, in person or by phone, and type it here. Only a laptop with exactly this fingerprint is approved: this is what keeps a stranger&apos;s laptop out.</source>
        <translation>Vraag {owner} om de vingerafdruk voor te lezen die de laptop toont, ter plaatse of per telefoon, en typ die hier. Alleen een laptop met precies deze vingerafdruk wordt goedgekeurd: zo blijft de laptop van een onbekende buiten.</translation>
    </message>
    <message>
        <source>Approve this laptop</source>
        <translation>Deze laptop goedkeuren</translation>
    </message>
</context>
<context>
    <name>ApprovedByMeetingDialog</name>
    <message>
        <source>Approved by a later meeting</source>
        <translation>Goedgekeurd door een latere vergadering</translation>
    </message>
    <message>
        <source>Choose the meeting of the same table that approved these minutes. It must have started or been held. The minutes are frozen afterwards.</source>
        <translation>Kies de vergadering van dezelfde tafel die deze notulen goedkeurde. Ze moet begonnen of afgelopen zijn. Daarna liggen de notulen vast.</translation>
    </message>
    <message>
        <source>No later meeting of this table has started yet. Minutes are approved by the chair, or by a later meeting once it is under way.</source>
        <translation>Er is nog geen latere vergadering van deze tafel begonnen. Notulen worden goedgekeurd door de voorzitter, of door een latere vergadering zodra die bezig is.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mijn taken</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mijn casussen</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>Te ondertekenen</translation>
    </message>
    <message>
        <source>Feedback to the LTF</source>
        <translation>Terugkoppeling LTF</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Verontschuldigd</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Acknowledged</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Acknowledged at {time}</source>
        <translation>Bevestigd om {time}</translation>
    </message>
    <message>
        <source>Mark the person as present first.</source>
        <translation>Duid de persoon eerst als aanwezig aan.</translation>
    </message>
    <message>
        <source>Tick once the person acknowledged the duty.</source>
        <translation>Vink aan zodra de persoon de plicht heeft bevestigd.</translation>
    </message>
    <message>
        <source>Attendance and secrecy</source>
        <translation>Aanwezigheid en geheimhouding</translation>
    </message>
    <message>
        <source>&lt;b&gt;Secrecy duty (art. 458ter §2 Criminal Code).&lt;/b&gt; Everyone taking part in this consultation is bound to secrecy about what is shared in it; breaking it is punishable (art. 458). Sharing is allowed, never obliged. Tick each person present who acknowledges this duty.</source>
        <translation>&lt;b&gt;Geheimhoudingsplicht (art. 458ter §2 Strafwetboek).&lt;/b&gt; Wie aan dit overleg deelneemt, is tot geheimhouding verplicht over wat erin gedeeld wordt; schending is strafbaar (art. 458). Delen mag, het moet nooit. Vink elke aanwezige aan die deze plicht bevestigt.</translation>
    </message>
    <message>
        <source>{name} (chair)</source>
        <translation>{name} (voorzitter)</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— niet ingevuld —</translation>
    </message>
    <message>
        <source>Attendance not recorded yet: {names}</source>
        <translation>Aanwezigheid nog niet ingevuld: {names}</translation>
    </message>
    <message>
        <source>Everyone&apos;s attendance is recorded.</source>
        <translation>De aanwezigheid van iedereen is ingevuld.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>view</source>
        <translation>bekijken</translation>
    </message>
    <message>
        <source>create</source>
        <translation>aanmaken</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>wijzigen</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exporteren</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>ondertekenen</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>goedkeuren</translation>
    </message>
    <message>
        <source>transmit</source>
        <translation>doorgeven</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>controleren</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>terugzetten</translation>
    </message>
</context>
<context>
    <name>AuditArea</name>
    <message>
        <source>Export the audit trail</source>
        <translation>De audittrail exporteren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <source>Operations matching the filters: {count}</source>
        <translation>Bewerkingen die aan de filters voldoen: {count}</translation>
    </message>
    <message>
        <source>Operations in the journal: {count}</source>
        <translation>Bewerkingen in het logboek: {count}</translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation>Het logboek wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>audit-trail-{date}.csv</source>
        <translation>audittrail-{date}.csv</translation>
    </message>
    <message>
        <source>Exported to {file} (rows: {count}).</source>
        <translation>Geëxporteerd naar {file} (rijen: {count}).</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another folder and try again.</source>
        <translation>Het bestand kon niet worden weggeschreven. Kies een andere map en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>Every change, sign-in, refused action, export and verification, as recorded in the tamper-evident journal. What was changed is never shown here: no case content, only who, what, when, which record and which device.</source>
        <translation>Elke wijziging, aanmelding, geweigerde handeling, export en controle, zoals vastgelegd in het logboek dat elke manipulatie aan het licht brengt. Wat er gewijzigd werd, wordt hier nooit getoond: geen inhoud van casussen, alleen wie, wat, wanneer, welk record en welk apparaat.</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>De keten controleren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>No operation matches these filters</source>
        <translation>Geen bewerking voldoet aan deze filters</translation>
    </message>
    <message>
        <source>Nothing in the journal fits every filter you chose. Widen the dates, or choose another person or category.</source>
        <translation>Niets in het logboek voldoet aan alle gekozen filters. Verruim de periode, of kies een andere persoon of categorie.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Filters wissen</translation>
    </message>
</context>
<context>
    <name>AuditCategory</name>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Mislukte aanmelding</translation>
    </message>
    <message>
        <source>Refused action</source>
        <translation>Geweigerde handeling</translation>
    </message>
    <message>
        <source>Opened or read</source>
        <translation>Geopend of gelezen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>AuditCells</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Recordtype</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Record-id</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>System (no person)</source>
        <translation>Systeem (geen persoon)</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>with a passphrase</source>
        <translation>met een wachtwoordzin</translation>
    </message>
    <message>
        <source>remembered on this device</source>
        <translation>onthouden op dit apparaat</translation>
    </message>
    <message>
        <source>with the recovery key</source>
        <translation>met de herstelsleutel</translation>
    </message>
    <message>
        <source>at set-up</source>
        <translation>bij het opzetten</translation>
    </message>
    <message>
        <source>{resource} – {action}</source>
        <translation>{resource} – {action}</translation>
    </message>
    <message>
        <source>intact, {operations} operations</source>
        <translation>intact, {operations} bewerkingen</translation>
    </message>
    <message>
        <source>damage found, {operations} operations</source>
        <translation>schade gevonden, {operations} bewerkingen</translation>
    </message>
    <message>
        <source>{failures} wrong passphrases before signing in</source>
        <translation>{failures} verkeerde wachtwoordzinnen vóór de aanmelding</translation>
    </message>
    <message>
        <source>Rows: {rows}</source>
        <translation>Rijen: {rows}</translation>
    </message>
    <message>
        <source>{passages} overlapping passages</source>
        <translation>{passages} overlappende passages</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>Periode: {start} tot {end}</translation>
    </message>
    <message>
        <source>Parts: {parts}, left out: {left_out}, language: {language}</source>
        <translation>Delen: {parts}, weggelaten: {left_out}, taal: {language}</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>No person (system)</source>
        <translation>Geen persoon (systeem)</translation>
    </message>
    <message>
        <source>{person} – account ended</source>
        <translation>{person} – account beëindigd</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Record-id</translation>
    </message>
    <message>
        <source>the id or its beginning</source>
        <translation>de id of het begin ervan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Filters wissen</translation>
    </message>
</context>
<context>
    <name>AuditKind</name>
    <message>
        <source>LIVC-R set up</source>
        <translation>LIVC-R opgezet</translation>
    </message>
    <message>
        <source>LIVC-R profile changed</source>
        <translation>Profiel van de LIVC-R gewijzigd</translation>
    </message>
    <message>
        <source>Municipality added</source>
        <translation>Gemeente toegevoegd</translation>
    </message>
    <message>
        <source>Municipality changed</source>
        <translation>Gemeente gewijzigd</translation>
    </message>
    <message>
        <source>Municipality retired</source>
        <translation>Gemeente buiten gebruik gesteld</translation>
    </message>
    <message>
        <source>Organisation added</source>
        <translation>Organisatie toegevoegd</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Lid toegevoegd</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account aangemaakt</translation>
    </message>
    <message>
        <source>Role granted</source>
        <translation>Rol toegekend</translation>
    </message>
    <message>
        <source>Passphrase reset with the recovery key</source>
        <translation>Wachtwoordzin opnieuw ingesteld met de herstelsleutel</translation>
    </message>
    <message>
        <source>Sign-in remembered on a device</source>
        <translation>Aanmelding onthouden op een apparaat</translation>
    </message>
    <message>
        <source>Remembered sign-in removed from a device</source>
        <translation>Onthouden aanmelding verwijderd van een apparaat</translation>
    </message>
    <message>
        <source>Recovery key replaced</source>
        <translation>Herstelsleutel vervangen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Wrong passphrases</source>
        <translation>Verkeerde wachtwoordzinnen</translation>
    </message>
    <message>
        <source>Action refused</source>
        <translation>Handeling geweigerd</translation>
    </message>
    <message>
        <source>Audit trail opened</source>
        <translation>Audittrail geopend</translation>
    </message>
    <message>
        <source>Database and journal verified</source>
        <translation>Database en logboek gecontroleerd</translation>
    </message>
    <message>
        <source>Recovery sheet printed</source>
        <translation>Herstelblad afgedrukt</translation>
    </message>
    <message>
        <source>Audit trail exported (CSV)</source>
        <translation>Audittrail geëxporteerd (CSV)</translation>
    </message>
    <message>
        <source>Organisation changed</source>
        <translation>Organisatie gewijzigd</translation>
    </message>
    <message>
        <source>Member changed</source>
        <translation>Lid gewijzigd</translation>
    </message>
    <message>
        <source>Member removed from the register</source>
        <translation>Lid uit het register verwijderd</translation>
    </message>
    <message>
        <source>Role ended</source>
        <translation>Rol beëindigd</translation>
    </message>
    <message>
        <source>Account ended</source>
        <translation>Account beëindigd</translation>
    </message>
    <message>
        <source>Own passphrase changed</source>
        <translation>Eigen wachtwoordzin gewijzigd</translation>
    </message>
    <message>
        <source>New initial passphrase given</source>
        <translation>Nieuwe initiële wachtwoordzin gegeven</translation>
    </message>
    <message>
        <source>Signed in on top of another session</source>
        <translation>Aangemeld bovenop een andere sessie</translation>
    </message>
    <message>
        <source>Returned to the session below</source>
        <translation>Teruggekeerd naar de onderliggende sessie</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Ontgrendeld</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>Interrupted restore completed at the next start</source>
        <translation>Onderbroken terugzetting bij de volgende start voltooid</translation>
    </message>
    <message>
        <source>Interrupted restore undone at the next start</source>
        <translation>Onderbroken terugzetting bij de volgende start ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Backup made, recorded after an interruption</source>
        <translation>Back-up gemaakt, na een onderbreking vastgelegd</translation>
    </message>
    <message>
        <source>Backup interrupted</source>
        <translation>Back-up onderbroken</translation>
    </message>
    <message>
        <source>Signal registered</source>
        <translation>Signaal geregistreerd</translation>
    </message>
    <message>
        <source>Signal screened</source>
        <translation>Signaal gescreend</translation>
    </message>
    <message>
        <source>Person concerned recorded</source>
        <translation>Betrokkene geregistreerd</translation>
    </message>
    <message>
        <source>Person concerned changed</source>
        <translation>Betrokkene gewijzigd</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Casus geopend</translation>
    </message>
    <message>
        <source>Case number of the year given</source>
        <translation>Casusnummer van het jaar toegekend</translation>
    </message>
    <message>
        <source>Case status changed</source>
        <translation>Status van de casus gewijzigd</translation>
    </message>
    <message>
        <source>Name on the case changed</source>
        <translation>Naam bij de casus gewijzigd</translation>
    </message>
    <message>
        <source>Follow-up date set</source>
        <translation>Opvolgingsdatum ingesteld</translation>
    </message>
    <message>
        <source>Responsible municipality changed</source>
        <translation>Verantwoordelijke gemeente gewijzigd</translation>
    </message>
    <message>
        <source>LTF status recorded</source>
        <translation>LTF-status geregistreerd</translation>
    </message>
    <message>
        <source>Member invited to a case</source>
        <translation>Lid uitgenodigd voor een casus</translation>
    </message>
    <message>
        <source>Invitation to a case ended</source>
        <translation>Uitnodiging voor een casus beëindigd</translation>
    </message>
    <message>
        <source>Link to another LIVC-R added</source>
        <translation>Koppeling met een andere LIVC-R toegevoegd</translation>
    </message>
    <message>
        <source>Link to another LIVC-R ended</source>
        <translation>Koppeling met een andere LIVC-R beëindigd</translation>
    </message>
    <message>
        <source>Note written</source>
        <translation>Notitie geschreven</translation>
    </message>
    <message>
        <source>Dossier opened</source>
        <translation>Dossier geraadpleegd</translation>
    </message>
    <message>
        <source>Strategic figures computed</source>
        <translation>Strategische cijfers berekend</translation>
    </message>
    <message>
        <source>Strategic figures exported (CSV)</source>
        <translation>Strategische cijfers geëxporteerd (CSV)</translation>
    </message>
    <message>
        <source>Proposal put</source>
        <translation>Voorstel voorgelegd</translation>
    </message>
    <message>
        <source>Proposal reworded</source>
        <translation>Voorstel herformuleerd</translation>
    </message>
    <message>
        <source>New wording linked to the old</source>
        <translation>Nieuwe formulering gekoppeld aan de oude</translation>
    </message>
    <message>
        <source>Proposal withdrawn</source>
        <translation>Voorstel ingetrokken</translation>
    </message>
    <message>
        <source>Position recorded</source>
        <translation>Standpunt genoteerd</translation>
    </message>
    <message>
        <source>Position changed</source>
        <translation>Standpunt gewijzigd</translation>
    </message>
    <message>
        <source>Decision signed</source>
        <translation>Beslissing ondertekend</translation>
    </message>
    <message>
        <source>Action on a decision refused</source>
        <translation>Handeling op een beslissing geweigerd</translation>
    </message>
    <message>
        <source>Wrong passphrase when signing</source>
        <translation>Verkeerde wachtwoordzin bij het ondertekenen</translation>
    </message>
    <message>
        <source>Signing key made</source>
        <translation>Ondertekeningssleutel aangemaakt</translation>
    </message>
    <message>
        <source>Signing key moved to the new passphrase</source>
        <translation>Ondertekeningssleutel overgezet naar de nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Signing key retired</source>
        <translation>Ondertekeningssleutel buiten gebruik gesteld</translation>
    </message>
    <message>
        <source>Meeting planned</source>
        <translation>Vergadering gepland</translation>
    </message>
    <message>
        <source>Meeting moved</source>
        <translation>Vergadering verplaatst</translation>
    </message>
    <message>
        <source>Meeting cancelled</source>
        <translation>Vergadering geannuleerd</translation>
    </message>
    <message>
        <source>Participant invited to a meeting</source>
        <translation>Deelnemer uitgenodigd voor een vergadering</translation>
    </message>
    <message>
        <source>Invitation to a meeting withdrawn</source>
        <translation>Uitnodiging voor een vergadering ingetrokken</translation>
    </message>
    <message>
        <source>Agenda item added</source>
        <translation>Agendapunt toegevoegd</translation>
    </message>
    <message>
        <source>Agenda item renamed</source>
        <translation>Agendapunt hernoemd</translation>
    </message>
    <message>
        <source>Agenda item taken off</source>
        <translation>Agendapunt verwijderd</translation>
    </message>
    <message>
        <source>Agenda reordered</source>
        <translation>Agenda herschikt</translation>
    </message>
    <message>
        <source>Invited to an agenda item</source>
        <translation>Uitgenodigd voor een agendapunt</translation>
    </message>
    <message>
        <source>Invitation to an agenda item withdrawn</source>
        <translation>Uitnodiging voor een agendapunt ingetrokken</translation>
    </message>
    <message>
        <source>Meeting started</source>
        <translation>Vergadering gestart</translation>
    </message>
    <message>
        <source>Meeting closed</source>
        <translation>Vergadering afgesloten</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Aanwezigheid ingevuld</translation>
    </message>
    <message>
        <source>Secrecy duty acknowledged</source>
        <translation>Geheimhoudingsplicht bevestigd</translation>
    </message>
    <message>
        <source>Participant left the meeting</source>
        <translation>Deelnemer heeft de vergadering verlaten</translation>
    </message>
    <message>
        <source>Participant back in the meeting</source>
        <translation>Deelnemer terug in de vergadering</translation>
    </message>
    <message>
        <source>Effective participation recorded</source>
        <translation>Effectieve deelname vastgelegd</translation>
    </message>
    <message>
        <source>Item summary written</source>
        <translation>Samenvatting van een punt geschreven</translation>
    </message>
    <message>
        <source>Item postponed</source>
        <translation>Punt uitgesteld</translation>
    </message>
    <message>
        <source>Postponement undone</source>
        <translation>Uitstel ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Action point agreed</source>
        <translation>Actiepunt afgesproken</translation>
    </message>
    <message>
        <source>Action point done</source>
        <translation>Actiepunt afgewerkt</translation>
    </message>
    <message>
        <source>Action point reopened</source>
        <translation>Actiepunt heropend</translation>
    </message>
    <message>
        <source>Minutes remarks written</source>
        <translation>Opmerkingen bij de notulen geschreven</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Notulen goedgekeurd</translation>
    </message>
    <message>
        <source>Case item frozen in approved minutes</source>
        <translation>Casuspunt vastgelegd in goedgekeurde notulen</translation>
    </message>
    <message>
        <source>Minutes sealed for approval</source>
        <translation>Notulen verzegeld voor goedkeuring</translation>
    </message>
    <message>
        <source>Case item sealed for approval of the minutes</source>
        <translation>Casuspunt verzegeld voor de goedkeuring van de notulen</translation>
    </message>
    <message>
        <source>Minutes amended</source>
        <translation>Rechtzetting bij de notulen</translation>
    </message>
    <message>
        <source>Meeting opened</source>
        <translation>Vergadering geraadpleegd</translation>
    </message>
    <message>
        <source>Minutes opened</source>
        <translation>Notulen geraadpleegd</translation>
    </message>
    <message>
        <source>Name shown on the projector</source>
        <translation>Naam op de projector getoond</translation>
    </message>
    <message>
        <source>Invitation made (PDF and calendar)</source>
        <translation>Uitnodiging gemaakt (PDF en agenda)</translation>
    </message>
    <message>
        <source>Minutes exported (PDF)</source>
        <translation>Notulen geëxporteerd (PDF)</translation>
    </message>
    <message>
        <source>Minutes extract exported (PDF)</source>
        <translation>Uittreksel van de notulen geëxporteerd (PDF)</translation>
    </message>
    <message>
        <source>Feedback form drafted</source>
        <translation>Terugkoppelingsfiche opgesteld</translation>
    </message>
    <message>
        <source>Feedback form changed</source>
        <translation>Terugkoppelingsfiche gewijzigd</translation>
    </message>
    <message>
        <source>Decision added to a feedback form</source>
        <translation>Beslissing toegevoegd aan een terugkoppelingsfiche</translation>
    </message>
    <message>
        <source>Corrected decision taken out of a feedback form</source>
        <translation>Gecorrigeerde beslissing uit een terugkoppelingsfiche gehaald</translation>
    </message>
    <message>
        <source>Item added to a feedback form</source>
        <translation>Punt toegevoegd aan een terugkoppelingsfiche</translation>
    </message>
    <message>
        <source>Item of a feedback form changed</source>
        <translation>Punt van een terugkoppelingsfiche gewijzigd</translation>
    </message>
    <message>
        <source>Item removed from a feedback form</source>
        <translation>Punt van een terugkoppelingsfiche geschrapt</translation>
    </message>
    <message>
        <source>Overlap confirmed as not covered by professional secrecy</source>
        <translation>Overlap bevestigd als niet gedekt door het beroepsgeheim</translation>
    </message>
    <message>
        <source>Secrecy guard stopped an item</source>
        <translation>Geheimhoudingscontrole hield een punt tegen</translation>
    </message>
    <message>
        <source>Feedback form approved and frozen</source>
        <translation>Terugkoppelingsfiche goedgekeurd en vastgelegd</translation>
    </message>
    <message>
        <source>Feedback form replaced by a newer version</source>
        <translation>Terugkoppelingsfiche vervangen door een nieuwere versie</translation>
    </message>
    <message>
        <source>Feedback form withdrawn</source>
        <translation>Terugkoppelingsfiche ingetrokken</translation>
    </message>
    <message>
        <source>Feedback form handed to the LTF</source>
        <translation>Terugkoppelingsfiche overhandigd aan de LTF</translation>
    </message>
    <message>
        <source>Answer of the LTF recorded</source>
        <translation>Antwoord van de LTF geregistreerd</translation>
    </message>
    <message>
        <source>Action on a feedback form refused</source>
        <translation>Handeling op een terugkoppelingsfiche geweigerd</translation>
    </message>
    <message>
        <source>Case referred to the LTF</source>
        <translation>Casus doorverwezen naar de LTF</translation>
    </message>
    <message>
        <source>Feedback form opened</source>
        <translation>Terugkoppelingsfiche geopend</translation>
    </message>
    <message>
        <source>Register of what flowed to the LTF opened</source>
        <translation>Register van wat naar de LTF ging geopend</translation>
    </message>
    <message>
        <source>Feedback form printed (PDF)</source>
        <translation>Terugkoppelingsfiche afgedrukt (pdf)</translation>
    </message>
    <message>
        <source>Register of what flowed exported (CSV)</source>
        <translation>Register van wat naar de LTF ging geëxporteerd (csv)</translation>
    </message>
    <message>
        <source>Guidance trajectory started</source>
        <translation>Begeleidingstraject gestart</translation>
    </message>
    <message>
        <source>Lead partner of a trajectory changed</source>
        <translation>Trekkende partner van een traject gewijzigd</translation>
    </message>
    <message>
        <source>Case manager of a trajectory set</source>
        <translation>Casemanager van een traject aangeduid</translation>
    </message>
    <message>
        <source>Engagement in a trajectory recorded</source>
        <translation>Betrokkenheid bij een traject vastgelegd</translation>
    </message>
    <message>
        <source>Evaluation interval set</source>
        <translation>Evaluatie-interval ingesteld</translation>
    </message>
    <message>
        <source>Next evaluation date set</source>
        <translation>Datum van de volgende evaluatie vastgelegd</translation>
    </message>
    <message>
        <source>Contributing partner added</source>
        <translation>Meewerkende partner toegevoegd</translation>
    </message>
    <message>
        <source>Contributing partner ended</source>
        <translation>Meewerkende partner beëindigd</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Doel toegevoegd</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Doel gewijzigd</translation>
    </message>
    <message>
        <source>Trajectory action added</source>
        <translation>Actie in een traject toegevoegd</translation>
    </message>
    <message>
        <source>Trajectory action changed</source>
        <translation>Actie in een traject gewijzigd</translation>
    </message>
    <message>
        <source>Trajectory update logged</source>
        <translation>Opvolgingsbericht geschreven</translation>
    </message>
    <message>
        <source>Trajectory update corrected by a new one</source>
        <translation>Opvolgingsbericht gecorrigeerd door een nieuw bericht</translation>
    </message>
    <message>
        <source>Evaluation recorded</source>
        <translation>Evaluatie vastgelegd</translation>
    </message>
    <message>
        <source>Table decided on an evaluation</source>
        <translation>Tafel besliste over een evaluatie</translation>
    </message>
    <message>
        <source>Guidance trajectory closed</source>
        <translation>Begeleidingstraject afgesloten</translation>
    </message>
    <message>
        <source>Action on a trajectory refused</source>
        <translation>Handeling op een traject geweigerd</translation>
    </message>
    <message>
        <source>Guidance trajectory opened</source>
        <translation>Begeleidingstraject geraadpleegd</translation>
    </message>
    <message>
        <source>Trajectory summary exported (PDF)</source>
        <translation>Samenvatting van een traject uitgevoerd (pdf)</translation>
    </message>
    <message>
        <source>Life domain added</source>
        <translation>Levensdomein toegevoegd</translation>
    </message>
    <message>
        <source>Life domain renamed</source>
        <translation>Levensdomein hernoemd</translation>
    </message>
    <message>
        <source>Life domain retired</source>
        <translation>Levensdomein buiten gebruik gesteld</translation>
    </message>
    <message>
        <source>Life domain taken back into use</source>
        <translation>Levensdomein opnieuw in gebruik</translation>
    </message>
    <message>
        <source>Life domains reordered</source>
        <translation>Volgorde van de levensdomeinen gewijzigd</translation>
    </message>
    <message>
        <source>LIVC-R connected to a sync hub</source>
        <translation>LIVC-R verbonden met een synchronisatiehub</translation>
    </message>
    <message>
        <source>LIVC-R set up for bundles without a hub</source>
        <translation>LIVC-R ingesteld voor bundels zonder hub</translation>
    </message>
    <message>
        <source>Invitation made for a member&apos;s laptop</source>
        <translation>Uitnodiging gemaakt voor de laptop van een lid</translation>
    </message>
    <message>
        <source>Member&apos;s laptop approved</source>
        <translation>Laptop van een lid goedgekeurd</translation>
    </message>
    <message>
        <source>Laptop revoked</source>
        <translation>Laptop ingetrokken</translation>
    </message>
    <message>
        <source>Bundle of changes exported for a member&apos;s laptop</source>
        <translation>Bundel met wijzigingen geëxporteerd voor de laptop van een lid</translation>
    </message>
    <message>
        <source>Bundle of changes imported from a laptop</source>
        <translation>Bundel met wijzigingen van een laptop geïmporteerd</translation>
    </message>
    <message>
        <source>Laptop&apos;s bundle keys written for IT</source>
        <translation>Sleutels voor bundels van de laptop weggeschreven voor IT</translation>
    </message>
    <message>
        <source>Hub login given to a laptop approved by file</source>
        <translation>Hublogin gegeven aan een laptop die via bestand is goedgekeurd</translation>
    </message>
    <message>
        <source>Laptop that lived on bundles connected to the hub</source>
        <translation>Laptop die met bundels werkte, verbonden met de hub</translation>
    </message>
    <message>
        <source>Hub access of a laptop written again (new password, old one ended)</source>
        <translation>Hubtoegang van een laptop opnieuw geschreven (nieuw wachtwoord, oud beëindigd)</translation>
    </message>
    <message>
        <source>Renewed hub access taken by this laptop</source>
        <translation>Vernieuwde hubtoegang door deze laptop overgenomen</translation>
    </message>
    <message>
        <source>Sync conflict resolved by keeping one value</source>
        <translation>Synchronisatieconflict opgelost door één waarde te behouden</translation>
    </message>
    <message>
        <source>Case withdrawn from a member&apos;s laptop</source>
        <translation>Dossier ingetrokken van de laptop van een lid</translation>
    </message>
    <message>
        <source>Key slot retired (the laptop holds more than the role opens)</source>
        <translation>Sleutelslot ingetrokken (de laptop bevat meer dan de rol opent)</translation>
    </message>
    <message>
        <source>Texts of the strategic table written</source>
        <translation>Teksten van de strategische tafel geschreven</translation>
    </message>
    <message>
        <source>Texts of the strategic table changed</source>
        <translation>Teksten van de strategische tafel gewijzigd</translation>
    </message>
    <message>
        <source>Yearly report approved and frozen</source>
        <translation>Jaarverslag goedgekeurd en vastgelegd</translation>
    </message>
    <message>
        <source>Yearly report exported (PDF)</source>
        <translation>Jaarverslag geëxporteerd (pdf)</translation>
    </message>
    <message>
        <source>Draft of the house rules started</source>
        <translation>Ontwerp van huishoudelijk reglement gestart</translation>
    </message>
    <message>
        <source>Draft of the house rules changed</source>
        <translation>Ontwerp van huishoudelijk reglement gewijzigd</translation>
    </message>
    <message>
        <source>House rules adopted by the strategic table</source>
        <translation>Huishoudelijk reglement aangenomen door de strategische tafel</translation>
    </message>
    <message>
        <source>House rules printed (PDF)</source>
        <translation>Huishoudelijk reglement afgedrukt (pdf)</translation>
    </message>
    <message>
        <source>List of cases that reached their retention term opened</source>
        <translation>Lijst van casussen met verstreken bewaartermijn geopend</translation>
    </message>
    <message>
        <source>Erasure proposed to the operational table</source>
        <translation>Wissing voorgesteld aan de operationele tafel</translation>
    </message>
    <message>
        <source>Erasure confirmed by the data-protection officer</source>
        <translation>Wissing bevestigd door de functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <source>Case erased after its retention term</source>
        <translation>Casus gewist na zijn bewaartermijn</translation>
    </message>
    <message>
        <source>Erasure register opened</source>
        <translation>Wissingsregister geopend</translation>
    </message>
    <message>
        <source>Data-subject request registered</source>
        <translation>Verzoek van een betrokkene geregistreerd</translation>
    </message>
    <message>
        <source>Case code of a data-subject request updated</source>
        <translation>Casuscode van een verzoek van een betrokkene bijgewerkt</translation>
    </message>
    <message>
        <source>Decision on a data-subject request</source>
        <translation>Beslissing over een verzoek van een betrokkene</translation>
    </message>
    <message>
        <source>Term of a data-subject request extended</source>
        <translation>Termijn van een verzoek van een betrokkene verlengd</translation>
    </message>
    <message>
        <source>Person informed of a data-subject request&apos;s decision</source>
        <translation>Betrokkene ingelicht over de beslissing op een verzoek</translation>
    </message>
    <message>
        <source>Answer to a data-subject request sent</source>
        <translation>Antwoord op een verzoek van een betrokkene verstuurd</translation>
    </message>
    <message>
        <source>Register of data-subject requests opened</source>
        <translation>Register van verzoeken van betrokkenen geopend</translation>
    </message>
    <message>
        <source>Person&apos;s data gathered for an access request</source>
        <translation>Gegevens van een persoon verzameld voor een verzoek om inzage</translation>
    </message>
    <message>
        <source>Access-request export stopped by the secrecy guard</source>
        <translation>Export voor een verzoek om inzage tegengehouden door de geheimhoudingscontrole</translation>
    </message>
    <message>
        <source>Person&apos;s data exported for an access request (PDF)</source>
        <translation>Gegevens van een persoon geëxporteerd voor een verzoek om inzage (pdf)</translation>
    </message>
    <message>
        <source>Record of processing (art. 30) printed (PDF)</source>
        <translation>Register van de verwerkingsactiviteiten (art. 30) afgedrukt (pdf)</translation>
    </message>
    <message>
        <source>DPIA facts sheet printed (PDF)</source>
        <translation>Feitenblad voor de GEB afgedrukt (pdf)</translation>
    </message>
    <message>
        <source>Guest at an item acknowledged the secrecy duty</source>
        <translation>Gast bij een agendapunt erkende de geheimhoudingsplicht</translation>
    </message>
    <message>
        <source>Partner refused to take part in an item</source>
        <translation>Partner weigerde deel te nemen aan een agendapunt</translation>
    </message>
    <message>
        <source>Partner represented by a supervisor at an item</source>
        <translation>Partner vertegenwoordigd door een leidinggevende bij een agendapunt</translation>
    </message>
    <message>
        <source>LIVC-R&apos;s public hand-over key exported</source>
        <translation>Publieke overdrachtssleutel van de LIVC-R geëxporteerd</translation>
    </message>
    <message>
        <source>LIVC-R&apos;s secret hand-over key written for IT</source>
        <translation>Geheime overdrachtssleutel van de LIVC-R weggeschreven voor IT</translation>
    </message>
    <message>
        <source>LIVC-R&apos;s hand-over key changed</source>
        <translation>Overdrachtssleutel van de LIVC-R gewijzigd</translation>
    </message>
    <message>
        <source>Previous hand-over key of the LIVC-R retired</source>
        <translation>Vorige overdrachtssleutel van de LIVC-R buiten gebruik gesteld</translation>
    </message>
    <message>
        <source>New key of a registered LIVC-R accepted</source>
        <translation>Nieuwe sleutel van een geregistreerde LIVC-R aanvaard</translation>
    </message>
    <message>
        <source>Key change of another LIVC-R refused</source>
        <translation>Sleutelwijziging van een andere LIVC-R geweigerd</translation>
    </message>
    <message>
        <source>Another LIVC-R registered by its key</source>
        <translation>Andere LIVC-R geregistreerd met haar sleutel</translation>
    </message>
    <message>
        <source>Registered LIVC-R withdrawn</source>
        <translation>Geregistreerde LIVC-R ingetrokken</translation>
    </message>
    <message>
        <source>Hand-over drafted</source>
        <translation>Overdracht opgesteld</translation>
    </message>
    <message>
        <source>Hand-over changed</source>
        <translation>Overdracht gewijzigd</translation>
    </message>
    <message>
        <source>Text of a hand-over kept</source>
        <translation>Tekst van een overdracht bewaard</translation>
    </message>
    <message>
        <source>Text removed from a hand-over</source>
        <translation>Tekst uit een overdracht verwijderd</translation>
    </message>
    <message>
        <source>Secrecy guard stopped a text of a hand-over</source>
        <translation>Geheimhoudingscontrole hield een tekst van een overdracht tegen</translation>
    </message>
    <message>
        <source>Hand-over withdrawn</source>
        <translation>Overdracht ingetrokken</translation>
    </message>
    <message>
        <source>Hand-over decided by the table</source>
        <translation>Overdracht beslist door de tafel</translation>
    </message>
    <message>
        <source>Transfer note and sealed hand-over made</source>
        <translation>Overdrachtsnota en verzegelde overdracht aangemaakt</translation>
    </message>
    <message>
        <source>Hand-over exported for another LIVC-R</source>
        <translation>Overdracht geëxporteerd voor een andere LIVC-R</translation>
    </message>
    <message>
        <source>Hand-over from another LIVC-R imported</source>
        <translation>Overdracht van een andere LIVC-R ingelezen</translation>
    </message>
    <message>
        <source>Hand-over from another LIVC-R refused</source>
        <translation>Overdracht van een andere LIVC-R geweigerd</translation>
    </message>
    <message>
        <source>Action on a hand-over refused</source>
        <translation>Handeling op een overdracht geweigerd</translation>
    </message>
    <message>
        <source>Hand-over opened</source>
        <translation>Overdracht geopend</translation>
    </message>
    <message>
        <source>Received transfer note opened</source>
        <translation>Ontvangen overdrachtsnota geopend</translation>
    </message>
    <message>
        <source>Hand-overs of the register opened</source>
        <translation>Overdrachten in het register geopend</translation>
    </message>
</context>
<context>
    <name>AuditRecord</name>
    <message>
        <source>LIVC-R profile</source>
        <translation>Profiel van de LIVC-R</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Keys of the data folder</source>
        <translation>Sleutels van de gegevensmap</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Invitation to a case</source>
        <translation>Uitnodiging voor een casus</translation>
    </message>
    <message>
        <source>Link to another LIVC-R</source>
        <translation>Koppeling met een andere LIVC-R</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Strategic figures</source>
        <translation>Strategische cijfers</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Position on a proposal</source>
        <translation>Standpunt over een voorstel</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ondertekeningssleutel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Meeting participant</source>
        <translation>Deelnemer aan een vergadering</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Invitation to an agenda item</source>
        <translation>Uitnodiging voor een agendapunt</translation>
    </message>
    <message>
        <source>Action point</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Minutes amendment</source>
        <translation>Rechtzetting van de notulen</translation>
    </message>
    <message>
        <source>Feedback form</source>
        <translation>Terugkoppelingsfiche</translation>
    </message>
    <message>
        <source>Item of a feedback form</source>
        <translation>Punt van een terugkoppelingsfiche</translation>
    </message>
    <message>
        <source>Referral to the LTF</source>
        <translation>Doorverwijzing naar de LTF</translation>
    </message>
    <message>
        <source>Register of what flowed to the LTF</source>
        <translation>Register van wat naar de LTF ging</translation>
    </message>
    <message>
        <source>Guidance trajectory</source>
        <translation>Begeleidingstraject</translation>
    </message>
    <message>
        <source>Contributing partner</source>
        <translation>Meewerkende partner</translation>
    </message>
    <message>
        <source>Trajectory goal</source>
        <translation>Doel van een traject</translation>
    </message>
    <message>
        <source>Trajectory action</source>
        <translation>Actie van een traject</translation>
    </message>
    <message>
        <source>Trajectory update</source>
        <translation>Opvolgingsbericht</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Levensdomein</translation>
    </message>
    <message>
        <source>Yearly report of the strategic table</source>
        <translation>Jaarverslag van de strategische tafel</translation>
    </message>
    <message>
        <source>House rules</source>
        <translation>Huishoudelijk reglement</translation>
    </message>
    <message>
        <source>Cases that reached their retention term</source>
        <translation>Casussen met verstreken bewaartermijn</translation>
    </message>
    <message>
        <source>Proposed erasure</source>
        <translation>Voorgestelde wissing</translation>
    </message>
    <message>
        <source>Erasure register</source>
        <translation>Wissingsregister</translation>
    </message>
    <message>
        <source>Confirmation of an erasure</source>
        <translation>Bevestiging van een wissing</translation>
    </message>
    <message>
        <source>Data-subject request</source>
        <translation>Verzoek van een betrokkene</translation>
    </message>
    <message>
        <source>Register of data-subject requests</source>
        <translation>Register van verzoeken van betrokkenen</translation>
    </message>
    <message>
        <source>Records of processing</source>
        <translation>Register van de verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>Guest at an item</source>
        <translation>Gast bij een agendapunt</translation>
    </message>
    <message>
        <source>Refusal or representation at an item</source>
        <translation>Weigering of vertegenwoordiging bij een agendapunt</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>Other LIVC-R</source>
        <translation>Andere LIVC-R</translation>
    </message>
    <message>
        <source>Hand-over received</source>
        <translation>Ontvangen overdracht</translation>
    </message>
</context>
<context>
    <name>AuditResource</name>
    <message>
        <source>LIVC-R profile</source>
        <translation>profiel van de LIVC-R</translation>
    </message>
    <message>
        <source>member register</source>
        <translation>ledenregister</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>accounts</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>audittrail</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>back-ups</translation>
    </message>
    <message>
        <source>signals</source>
        <translation>signalen</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>casussen</translation>
    </message>
    <message>
        <source>case notes</source>
        <translation>notities bij casussen</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>vergaderingen</translation>
    </message>
    <message>
        <source>strategic meetings</source>
        <translation>strategische vergaderingen</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>notulen</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>beslissingen</translation>
    </message>
    <message>
        <source>guidance trajectories</source>
        <translation>begeleidingstrajecten</translation>
    </message>
    <message>
        <source>trajectory updates</source>
        <translation>updates van trajecten</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>evaluaties</translation>
    </message>
    <message>
        <source>feedback forms</source>
        <translation>terugkoppelingsfiches</translation>
    </message>
    <message>
        <source>register of what flowed to the LTF</source>
        <translation>register van wat naar de LTF ging</translation>
    </message>
    <message>
        <source>retention of data</source>
        <translation>bewaring van gegevens</translation>
    </message>
    <message>
        <source>hand-overs to other LIVC-Rs</source>
        <translation>overdrachten aan andere LIVC-R&apos;s</translation>
    </message>
    <message>
        <source>strategic figures</source>
        <translation>strategische cijfers</translation>
    </message>
</context>
<context>
    <name>AuditVerdict</name>
    <message>
        <source>The journal is intact: every link of the chain holds and the database file is undamaged (operations checked: {count}).</source>
        <translation>Het logboek is intact: elke schakel van de keten klopt en het databasebestand is onbeschadigd (gecontroleerde bewerkingen: {count}).</translation>
    </message>
    <message>
        <source>The database file is damaged: its integrity check failed.</source>
        <translation>Het databasebestand is beschadigd: de integriteitscontrole is mislukt.</translation>
    </message>
    <message>
        <source>The chain is broken. First broken link: {reason}.</source>
        <translation>De keten is verbroken. Eerste verbroken schakel: {reason}.</translation>
    </message>
    <message>
        <source>That operation is “{what}”, written on {when} by {who}.</source>
        <translation>Die bewerking is “{what}”, weggeschreven op {when} door {who}.</translation>
    </message>
    <message>
        <source>Its record: {type} {record}.</source>
        <translation>Betrokken record: {type} {record}.</translation>
    </message>
    <message>
        <source>It was written on another computer: {device}.</source>
        <translation>Ze werd weggeschreven op een andere computer: {device}.</translation>
    </message>
    <message>
        <source>This link comes from device {device}.</source>
        <translation>Die schakel hoort bij apparaat {device}.</translation>
    </message>
    <message>
        <source>A signature does not hold: {reason}.</source>
        <translation>Een handtekening klopt niet: {reason}.</translation>
    </message>
    <message>
        <source>The data may have been changed outside LIVC-R Desktop. Change nothing on this computer, keep this message, and inform the coordinator, the data-protection officer and the IT service.</source>
        <translation>De gegevens zijn mogelijk buiten LIVC-R Desktop gewijzigd. Wijzig niets op deze computer, bewaar dit bericht en breng de coördinator, de functionaris voor gegevensbescherming en de IT-dienst op de hoogte.</translation>
    </message>
</context>
<context>
    <name>BackgroundSync</name>
    <message>
        <source>Syncing… {count} changes received</source>
        <translation>Synchroniseren… {count} wijzigingen ontvangen</translation>
    </message>
    <message>
        <source>Hub not reachable since {time}</source>
        <translation>Hub niet bereikbaar sinds {time}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Last synced {time}</source>
        <translation>Laatst gesynchroniseerd {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go out</source>
        <translation>
            <numerusform>%n wijziging wacht om te vertrekken</numerusform>
            <numerusform>%n wijzigingen wachten om te vertrekken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The file {file} already exists. Choose another name: an existing file is never overwritten by a backup.</source>
        <translation>Het bestand {file} bestaat al. Kies een andere naam: een back-up overschrijft nooit een bestaand bestand.</translation>
    </message>
    <message>
        <source>The backup could not be written: there is not enough room on the disk ({reason}). Free some space or choose another drive. The LIVC-R&apos;s data was not changed and no incomplete backup file was left behind.</source>
        <translation>De back-up kon niet worden weggeschreven: er is niet genoeg ruimte op de schijf ({reason}). Maak ruimte vrij of kies een ander station. De gegevens van de LIVC-R werden niet gewijzigd en er bleef geen onvolledig back-upbestand achter.</translation>
    </message>
    <message>
        <source>The backup could not be written: this place cannot be written to ({reason}). Choose another folder or drive. The LIVC-R&apos;s data was not changed.</source>
        <translation>De back-up kon niet worden weggeschreven: op deze plaats kan niet worden geschreven ({reason}). Kies een andere map of een ander station. De gegevens van de LIVC-R werden niet gewijzigd.</translation>
    </message>
    <message>
        <source>The backup could not be written ({reason}). The disk may be full or the drive may have been removed. Free some space or choose another place. The LIVC-R&apos;s data was not changed and no incomplete backup file was left behind.</source>
        <translation>De back-up kon niet worden weggeschreven ({reason}). Misschien is de schijf vol of werd het station verwijderd. Maak ruimte vrij of kies een andere plaats. De gegevens van de LIVC-R werden niet gewijzigd en er bleef geen onvolledig back-upbestand achter.</translation>
    </message>
    <message>
        <source>The backup was interrupted because the data was locked or closed meanwhile. Make it again once you are signed in; nothing was changed.</source>
        <translation>De back-up werd onderbroken omdat de gegevens intussen vergrendeld of gesloten werden. Maak hem opnieuw zodra u aangemeld bent; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is no file {file}. Check the name and the folder, then try again.</source>
        <translation>Het bestand {file} bestaat niet. Controleer de naam en de map en probeer opnieuw.</translation>
    </message>
    <message>
        <source>This file is not a backup of LIVC-R Desktop. Choose a file whose name ends in .livcrbackup. Nothing was changed.</source>
        <translation>Dit bestand is geen back-up van LIVC-R Desktop. Kies een bestand waarvan de naam eindigt op .livcrbackup. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>This backup was written in a format this version of LIVC-R Desktop does not know. Install the newest version and try again. Nothing was changed.</source>
        <translation>Deze back-up werd weggeschreven in een formaat dat deze versie van LIVC-R Desktop niet kent. Installeer de nieuwste versie en probeer opnieuw. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>This backup is damaged or incomplete (for example cut off while it was copied): its contents do not match its checksums. Use another backup, or copy this one again from where it is kept. Nothing was changed.</source>
        <translation>Deze back-up is beschadigd of onvolledig (bijvoorbeeld afgebroken tijdens het kopiëren): de inhoud komt niet overeen met de controlesommen. Gebruik een andere back-up, of kopieer deze opnieuw van de plaats waar hij bewaard wordt. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>This backup belongs to another LIVC-R ({name}), not to the one in this data folder. Choose a backup of this LIVC-R, or restore it into a new, empty data folder. Nothing was changed.</source>
        <translation>Deze back-up hoort bij een andere LIVC-R ({name}), niet bij die in deze gegevensmap. Kies een back-up van deze LIVC-R, of zet hem terug in een nieuwe, lege gegevensmap. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database in this backup cannot be opened with this LIVC-R&apos;s key: the file is damaged. Use another backup. Nothing was changed.</source>
        <translation>De database in deze back-up kan niet worden geopend met de sleutel van deze LIVC-R: het bestand is beschadigd. Gebruik een andere back-up. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>This backup fails its checks: its database or its journal is damaged or was changed afterwards. It is not restored; use another backup. Nothing was changed.</source>
        <translation>Deze back-up doorstaat de controles niet: de database of het logboek ervan is beschadigd of werd achteraf gewijzigd. Hij wordt niet teruggezet; gebruik een andere back-up. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of LIVC-R Desktop. Install that version or a later one to restore it. Nothing was changed.</source>
        <translation>Deze back-up werd gemaakt met een nieuwere versie van LIVC-R Desktop. Installeer die versie of een latere om hem terug te zetten. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>In this backup, the account has no right to restore (only a coordinator or an IT administrator has), or it did not exist yet. Sign in with another account. Nothing was changed.</source>
        <translation>In deze back-up heeft het account geen recht om terug te zetten (alleen een coördinator of een IT-beheerder heeft dat), of het bestond nog niet. Meld u aan met een ander account. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to restore this backup (about {megabytes} MB is needed). Free some space and try again. Nothing was changed.</source>
        <translation>Er is niet genoeg vrije schijfruimte om deze back-up terug te zetten (ongeveer {megabytes} MB nodig). Maak ruimte vrij en probeer opnieuw. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The key file of this data folder is missing or damaged, and its database cannot be opened with the backup&apos;s key, so it cannot be checked that the backup belongs here. Restore the backup into a new, empty data folder instead. Nothing was changed.</source>
        <translation>Het sleutelbestand van deze gegevensmap ontbreekt of is beschadigd, en de database ervan kan niet worden geopend met de sleutel van de back-up. Daardoor kan niet worden nagegaan of de back-up hierbij hoort. Zet de back-up in plaats daarvan terug in een nieuwe, lege gegevensmap. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup could not be put in place ({reason}). The data as it was before has been put back; nothing was changed. Check the free disk space and try again.</source>
        <translation>De back-up kon niet op zijn plaats worden gezet ({reason}). De gegevens zoals ze voordien waren, zijn teruggeplaatst; er werd niets gewijzigd. Controleer de vrije schijfruimte en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}). Nothing was changed. Check that the data folder can be written to and has free space, then try again.</source>
        <translation>De back-up kon niet worden teruggezet ({reason}). Er werd niets gewijzigd. Controleer of er in de gegevensmap geschreven kan worden en of er vrije ruimte is, en probeer dan opnieuw.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (it may be a folder, a device or a pipe), so it cannot be a backup. Choose the backup file itself. Nothing was changed.</source>
        <translation>{file} is geen gewoon bestand (het kan een map, een apparaat of een pipe zijn) en kan dus geen back-up zijn. Kies het back-upbestand zelf. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This backup says it was made on {date}, later than today on this computer: its manifest is wrong, or this computer&apos;s clock is. Check the clock, or use another backup. Nothing was changed.</source>
        <translation>Deze back-up zegt dat ze op {date} gemaakt is, later dan vandaag op deze computer: haar beschrijving klopt niet, of de klok van deze computer niet. Controleer de klok of gebruik een andere back-up. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This backup&apos;s description does not match the database inside it (it names another number of journal operations or another version of the data): the file was altered. Use another backup. Nothing was changed.</source>
        <translation>De beschrijving van deze back-up klopt niet met de databank erin (ze noemt een ander aantal journaalbewerkingen of een andere versie van de gegevens): het bestand is gewijzigd. Gebruik een andere back-up. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>handmatig gemaakt</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>before an update of the app</source>
        <translation>vóór een update van de app</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Save the backup</source>
        <translation>De back-up opslaan</translation>
    </message>
    <message>
        <source>LIVC-R backups (*.livcrbackup)</source>
        <translation>LIVC-R-back-ups (*.livcrbackup)</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Kies een back-up</translation>
    </message>
    <message>
        <source>The backup was saved as {file} ({operations} journal operations). It is encrypted; keep it in a locked place, away from the laptop.</source>
        <translation>De back-up is opgeslagen als {file} ({operations} bewerkingen in het logboek). Hij is versleuteld; bewaar hem achter slot, niet bij de laptop.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Nu een &amp;back-up maken…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Een back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>Automatische back-up mislukt</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <source>Save the bundle of changes</source>
        <translation>De bundel met wijzigingen bewaren</translation>
    </message>
    <message>
        <source>Choose a bundle of changes</source>
        <translation>Kies een bundel met wijzigingen</translation>
    </message>
    <message>
        <source>&amp;Export changes for…</source>
        <translation>Wijzigingen &amp;exporteren voor…</translation>
    </message>
    <message>
        <source>&amp;Import changes…</source>
        <translation>Wijzigingen &amp;importeren…</translation>
    </message>
    <message>
        <source>No other laptop of this LIVC-R is known here yet. A laptop is known once it is approved and this laptop synced with the hub.</source>
        <translation>Op deze laptop is nog geen andere laptop van deze LIVC-R bekend. Een laptop is bekend zodra hij goedgekeurd is en deze laptop met de hub gesynchroniseerd heeft.</translation>
    </message>
    <message>
        <source>Writing the bundle of changes…</source>
        <translation>De bundel met wijzigingen wordt geschreven…</translation>
    </message>
    <message>
        <source>The bundle for {member} is ready: {operations} changes. Only their laptop can open it. Carry it over and import it there.</source>
        <translation>De bundel voor {member} is klaar: {operations} wijzigingen. Alleen de laptop van die persoon kan hem openen. Breng hem over en importeer hem daar.</translation>
    </message>
    <message>
        <source>Checking and importing the bundle of changes…</source>
        <translation>De bundel met wijzigingen wordt gecontroleerd en geïmporteerd…</translation>
    </message>
    <message numerus="yes">
        <source>Bundle from {sender}: %n change(s) applied.</source>
        <translation>
            <numerusform>Bundel van {sender}: %n wijziging verwerkt.</numerusform>
            <numerusform>Bundel van {sender}: %n wijzigingen verwerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept aside until the changes made before them arrive; they are applied then.</source>
        <translation>
            <numerusform>%n wijziging wordt opzijgezet tot de wijzigingen die eraan voorafgingen binnen zijn; dan wordt ze verwerkt.</numerusform>
            <numerusform>%n wijzigingen worden opzijgezet tot de wijzigingen die eraan voorafgingen binnen zijn; dan worden ze verwerkt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>This file is not a bundle of changes of an LIVC-R, or it is damaged.</source>
        <translation>Dit bestand is geen bundel met wijzigingen van een LIVC-R, of het is beschadigd.</translation>
    </message>
    <message>
        <source>No member of this LIVC-R has the user name {name}.</source>
        <translation>Geen enkel lid van deze LIVC-R heeft de gebruikersnaam {name}.</translation>
    </message>
    <message>
        <source>{name} has no approved laptop that this laptop knows of. A laptop is known after it was approved and this laptop synced with the hub once.</source>
        <translation>{name} heeft geen goedgekeurde laptop die deze laptop kent. Een laptop is bekend nadat hij goedgekeurd is en deze laptop één keer met de hub gesynchroniseerd heeft.</translation>
    </message>
    <message>
        <source>This bundle is not signed by an approved laptop of this LIVC-R, or it was changed after it was signed. Nothing was imported.</source>
        <translation>Deze bundel is niet ondertekend door een goedgekeurde laptop van deze LIVC-R, of hij werd gewijzigd na de ondertekening. Er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>This bundle was made for another laptop. Ask for a bundle for this laptop&apos;s owner. Nothing was imported.</source>
        <translation>Deze bundel werd voor een andere laptop gemaakt. Vraag een bundel voor de eigenaar van deze laptop. Er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>This bundle was imported here before, on {day}. Nothing changed.</source>
        <translation>Deze bundel werd hier al geïmporteerd, op {day}. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Changes {first}–{last} made on {owner}&apos;s laptop have not arrived: ask {owner} for a new bundle.</source>
        <translation>De wijzigingen {first}–{last} van de laptop van {owner} zijn niet aangekomen: vraag {owner} om een nieuwe bundel.</translation>
    </message>
    <message>
        <source>This file is not a request to join this LIVC-R.</source>
        <translation>Dit bestand is geen aanvraag om bij deze LIVC-R aan te sluiten.</translation>
    </message>
    <message>
        <source>This member has no account to invite.</source>
        <translation>Dit lid heeft geen account om uit te nodigen.</translation>
    </message>
    <message>
        <source>Only the coordinator&apos;s laptop approves laptops and writes invitations.</source>
        <translation>Alleen de laptop van de coördinator keurt laptops goed en maakt uitnodigingen.</translation>
    </message>
    <message>
        <source>This laptop is already known with other keys. Ask the member for a new invitation.</source>
        <translation>Deze laptop is al bekend met andere sleutels. Maak een nieuwe uitnodiging voor het lid.</translation>
    </message>
    <message>
        <source>This bundle from a member&apos;s laptop tries to give a key to a case this laptop already knows, or a key only the coordinator&apos;s laptop may give. Nothing was imported.</source>
        <translation>Deze bundel van de laptop van een lid probeert een sleutel te geven voor een casus die deze laptop al kent, of een sleutel die alleen de laptop van de coördinator mag geven. Er werd niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>ByFileLaptops</name>
    <message>
        <source>The laptop with fingerprint {fingerprint} is trusted as {owner}&apos;s: its bundles are accepted here, and bundles for {owner} are encrypted for it.</source>
        <translation>De laptop met vingerafdruk {fingerprint} wordt vertrouwd als die van {owner}: zijn bundels worden hier aanvaard, en bundels voor {owner} worden ervoor versleuteld.</translation>
    </message>
    <message>
        <source>It holds nothing yet: export the first bundle for {owner} and hand it over in person.</source>
        <translation>Er staat nog niets op: exporteer de eerste bundel voor {owner} en overhandig die persoonlijk.</translation>
    </message>
    <message>
        <source>Choose the join request</source>
        <translation>Aansluitingsaanvraag kiezen</translation>
    </message>
    <message>
        <source>Join requests (*.json);;All files (*)</source>
        <translation>Aansluitingsaanvragen (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The invitation for a laptop without a network was saved as {file}. Hand it over in person; the laptop&apos;s join request comes back as a file.</source>
        <translation>De uitnodiging voor een laptop zonder netwerk is bewaard als {file}. Overhandig ze persoonlijk; de aansluitingsaanvraag van de laptop komt terug als bestand.</translation>
    </message>
    <message>
        <source>{owner}&apos;s laptop is approved. Give it its records with File › Export changes for… and hand the bundle over.</source>
        <translation>De laptop van {owner} is goedgekeurd. Geef hem zijn gegevens met Bestand › Wijzigingen exporteren voor… en overhandig de bundel.</translation>
    </message>
    <message>
        <source>Approve {owner}&apos;s laptop</source>
        <translation>De laptop van {owner} goedkeuren</translation>
    </message>
    <message>
        <source>Approve the laptop</source>
        <translation>De laptop goedkeuren</translation>
    </message>
    <message>
        <source>Invite a laptop without a network…</source>
        <translation>Een laptop zonder netwerk uitnodigen…</translation>
    </message>
    <message>
        <source>Approve a join request…</source>
        <translation>Een aansluitingsaanvraag goedkeuren…</translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <source>Cancel the meeting</source>
        <translation>De vergadering annuleren</translation>
    </message>
    <message>
        <source>A cancelled meeting cannot be started again: it stays in the list as cancelled, with this reason. Its cases can be put on the agenda of another meeting.</source>
        <translation>Een geannuleerde vergadering kan niet meer worden gestart: ze blijft met deze reden als geannuleerd in de lijst staan. De casussen ervan kunnen op de agenda van een andere vergadering worden gezet.</translation>
    </message>
    <message>
        <source>Keep the meeting</source>
        <translation>De vergadering behouden</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>CaseCodeField</name>
    <message>
        <source>e.g. {code}</source>
        <translation>bv. {code}</translation>
    </message>
    <message>
        <source>Before the year</source>
        <translation>Vóór het jaartal</translation>
    </message>
    <message>
        <source>Digits of the number</source>
        <translation>Cijfers van het nummer</translation>
    </message>
    <message>
        <source>Each new case gets the next number of its year. Codes already given do not change.</source>
        <translation>Elke nieuwe casus krijgt het volgende nummer van zijn jaar. Codes die al toegekend zijn, veranderen niet.</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Signalled</source>
        <translation>Gesignaleerd</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>In screening</translation>
    </message>
    <message>
        <source>On the operational table</source>
        <translation>Op de operationele tafel</translation>
    </message>
    <message>
        <source>In a guidance trajectory</source>
        <translation>In een begeleidingstraject</translation>
    </message>
    <message>
        <source>Referred to the LTF</source>
        <translation>Doorverwezen naar de LTF</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Heropend</translation>
    </message>
</context>
<context>
    <name>CaseStatusInText</name>
    <message>
        <source>signalled</source>
        <translation>gesignaleerd</translation>
    </message>
    <message>
        <source>in screening</source>
        <translation>in screening</translation>
    </message>
    <message>
        <source>on the operational table</source>
        <translation>op de operationele tafel</translation>
    </message>
    <message>
        <source>in a guidance trajectory</source>
        <translation>in een begeleidingstraject</translation>
    </message>
    <message>
        <source>referred to the LTF</source>
        <translation>doorverwezen naar de LTF</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>heropend</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>(name hidden)</source>
        <translation>(naam verborgen)</translation>
    </message>
    <message>
        <source>{date} – overdue</source>
        <translation>{date} – te laat</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Casuscode</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Opvolging op</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>“{wanted}” is decided by the operational table: put the case on a meeting&apos;s agenda, where the effective participants decide by consensus and the chair signs.</source>
        <translation>Over “{wanted}” beslist de operationele tafel: zet de casus op de agenda van een vergadering, waar de effectief deelnemende leden bij consensus beslissen en de voorzitter ondertekent.</translation>
    </message>
    <message>
        <source>A case that is “{current}” cannot become “{wanted}”. Possible next steps: {allowed}.</source>
        <translation>Een casus met status “{current}” kan niet “{wanted}” worden. Mogelijke volgende stappen: {allowed}.</translation>
    </message>
    <message>
        <source>The case is already “{current}”.</source>
        <translation>De casus heeft al de status “{current}”.</translation>
    </message>
    <message>
        <source>Give the reason for this change.</source>
        <translation>Geef de reden voor deze wijziging.</translation>
    </message>
    <message>
        <source>Choose why the case is closed.</source>
        <translation>Kies waarom de casus wordt afgesloten.</translation>
    </message>
    <message>
        <source>A case-code scheme must contain {year} and a number such as {number:03d}, for example TER-{year}-{number:03d}.</source>
        <translation>Een schema voor casuscodes moet {year} en een nummer zoals {number:03d} bevatten, bijvoorbeeld TER-{year}-{number:03d}.</translation>
    </message>
    <message>
        <source>The text before the year may hold letters, digits, spaces and . _ / - only, at most {maximum} characters.</source>
        <translation>De tekst vóór het jaartal mag alleen letters, cijfers, spaties en . _ / - bevatten, hoogstens {maximum} tekens.</translation>
    </message>
    <message>
        <source>This case does not exist.</source>
        <translation>Deze casus bestaat niet.</translation>
    </message>
    <message>
        <source>You are not invited to this case, so you cannot see or change it.</source>
        <translation>U bent niet uitgenodigd voor deze casus en kunt hem dus niet bekijken of wijzigen.</translation>
    </message>
    <message>
        <source>This member is already invited to the case.</source>
        <translation>Dit lid is al uitgenodigd voor de casus.</translation>
    </message>
    <message>
        <source>This member is not in the register or no longer active.</source>
        <translation>Dit lid staat niet in het register of is niet meer actief.</translation>
    </message>
    <message>
        <source>This invitation does not exist.</source>
        <translation>Deze uitnodiging bestaat niet.</translation>
    </message>
    <message>
        <source>Enter the name of the other LIVC-R.</source>
        <translation>Vul de naam van de andere LIVC-R in.</translation>
    </message>
    <message>
        <source>This link does not exist.</source>
        <translation>Deze koppeling bestaat niet.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>De notitie is leeg.</translation>
    </message>
    <message>
        <source>A note may be at most {maximum} characters.</source>
        <translation>Een notitie mag hoogstens {maximum} tekens bevatten.</translation>
    </message>
    <message>
        <source>This municipality is not a member of the LIVC-R.</source>
        <translation>Deze gemeente maakt geen deel uit van de LIVC-R.</translation>
    </message>
    <message>
        <source>This organisation is not in the register.</source>
        <translation>Deze organisatie staat niet in het register.</translation>
    </message>
    <message>
        <source>This signal does not exist.</source>
        <translation>Dit signaal bestaat niet.</translation>
    </message>
    <message>
        <source>Only a case that is signalled or being screened can be screened.</source>
        <translation>Alleen een casus die gesignaleerd of in screening is, kan worden gescreend.</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Alleen een afgesloten casus kan heropend worden.</translation>
    </message>
    <message>
        <source>Say why the case is reopened: the table reads it when the case comes back.</source>
        <translation>Zeg waarom de casus heropend wordt: de tafel leest het wanneer de casus terugkomt.</translation>
    </message>
    <message>
        <source>Say who the signal is about: a new person, a group, or an existing case.</source>
        <translation>Geef aan over wie het signaal gaat: een nieuwe persoon, een groep of een bestaande casus.</translation>
    </message>
</context>
<context>
    <name>CasesArea</name>
    <message numerus="yes">
        <source>Cases: %n</source>
        <translation>
            <numerusform>Casussen: %n</numerusform>
            <numerusform>Casussen: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches</source>
        <translation>Geen casus gevonden</translation>
    </message>
    <message>
        <source>Change the search or the filters.</source>
        <translation>Wijzig de zoekopdracht of de filters.</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Nog geen casussen</translation>
    </message>
    <message>
        <source>A case starts with a signal: a concern a partner brings to the LIVC-R.</source>
        <translation>Een casus begint met een signaal: een bezorgdheid die een partner bij de LIVC-R aanbrengt.</translation>
    </message>
    <message>
        <source>Register a signal…</source>
        <translation>Een signaal registreren…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Search case code, name or note text</source>
        <translation>Zoeken op casuscode, naam of tekst van een notitie</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>Alle open casussen</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Alle partners</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Opvolging te doen</translation>
    </message>
    <message>
        <source>Hide names (projector)</source>
        <translation>Namen verbergen (projector)</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Mijn wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>You signed in with an initial passphrase that someone else chose. Replace it now with your own; cancelling signs you out.</source>
        <translation>U bent aangemeld met een initiële wachtwoordzin die iemand anders koos. Vervang die nu door uw eigen wachtwoordzin; als u annuleert, wordt u afgemeld.</translation>
    </message>
    <message>
        <source>Your passphrase protects the key to all data of the LIVC-R. Use at least 12 characters; a short sentence that only you know is best.</source>
        <translation>Uw wachtwoordzin beschermt de sleutel tot alle gegevens van de LIVC-R. Gebruik minstens 12 tekens; een korte zin die alleen u kent, is het best.</translation>
    </message>
    <message>
        <source>Initial passphrase</source>
        <translation>Initiële wachtwoordzin</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
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
    <name>ChooseReceiverDialog</name>
    <message>
        <source>Hand the case over to another LIVC-R</source>
        <translation>De casus overdragen aan een andere LIVC-R</translation>
    </message>
    <message>
        <source>The person moved. Choose the LIVC-R of their new municipality; it must be registered here by its key (File › Other LIVC-Rs). The table decides the hand-over by consensus, and the chair signs it.</source>
        <translation>De persoon is verhuisd. Kies de LIVC-R van de nieuwe gemeente; ze moet hier met haar sleutel geregistreerd zijn (Bestand › Andere LIVC-R&apos;s). De tafel beslist de overdracht bij consensus en de voorzitter ondertekent ze.</translation>
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
        <source>write debug lines to the log file (never personal data)</source>
        <translation>debugregels naar het logbestand schrijven (nooit persoonsgegevens)</translation>
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
        <source>write an encrypted backup of the data folder to a file</source>
        <translation>een versleutelde back-up van de gegevensmap naar een bestand schrijven</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>het back-upbestand dat moet worden geschreven</translation>
    </message>
    <message>
        <source>check a backup and put it in place; the current data is kept aside</source>
        <translation>een back-up controleren en op zijn plaats zetten; de huidige gegevens worden apart bewaard</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>het back-upbestand dat moet worden teruggezet</translation>
    </message>
    <message>
        <source>read the recovery key from this file instead of using a passphrase</source>
        <translation>de herstelsleutel uit dit bestand lezen in plaats van een wachtwoordzin te gebruiken</translation>
    </message>
    <message>
        <source>create a demo data folder with fictional data</source>
        <translation>een demogegevensmap met fictieve gegevens aanmaken</translation>
    </message>
    <message>
        <source>number of fictional cases to generate (default 60)</source>
        <translation>aantal fictieve casussen om aan te maken (standaard 60)</translation>
    </message>
    <message>
        <source>write the strategic table&apos;s figures of a year as CSV</source>
        <translation>de cijfers van de strategische tafel voor een jaar als CSV wegschrijven</translation>
    </message>
    <message>
        <source>the calendar year</source>
        <translation>het kalenderjaar</translation>
    </message>
    <message>
        <source>only this municipality of a joint LIVC-R (its name)</source>
        <translation>alleen deze gemeente van een intergemeentelijke LIVC-R (haar naam)</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>het CSV-bestand</translation>
    </message>
    <message>
        <source>what has reached its retention term under the house rules</source>
        <translation>wat volgens het huishoudelijk reglement zijn bewaartermijn bereikte</translation>
    </message>
    <message>
        <source>list the cases that reached their term (case codes, rule, due date; no names)</source>
        <translation>de casussen tonen die hun termijn bereikten (casuscodes, regel, vervaldatum; geen namen)</translation>
    </message>
    <message>
        <source>the day to check, as YYYY-MM-DD (default: today)</source>
        <translation>de dag om na te gaan, als JJJJ-MM-DD (standaard: vandaag)</translation>
    </message>
    <message>
        <source>the LIVC-Rs (data folders) on this laptop</source>
        <translation>de LIVC-R&apos;s (gegevensmappen) op deze laptop</translation>
    </message>
    <message>
        <source>list this laptop&apos;s LIVC-Rs: name, place, last opened (no secrets)</source>
        <translation>de LIVC-R&apos;s van deze laptop oplijsten: naam, plaats, laatst geopend (geen geheimen)</translation>
    </message>
    <message>
        <source>write the strategic table&apos;s yearly report as a PDF</source>
        <translation>het jaarverslag van de strategische tafel als pdf schrijven</translation>
    </message>
    <message>
        <source>the calendar year, e.g. 2025</source>
        <translation>het kalenderjaar, bv. 2025</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>het pdf-bestand dat geschreven wordt</translation>
    </message>
    <message>
        <source>print the record of processing (art. 30) or the DPIA facts sheet</source>
        <translation>het register van de verwerkingsactiviteiten (art. 30) of het feitenblad voor de GEB afdrukken</translation>
    </message>
    <message>
        <source>the record of processing activities (GDPR art. 30)</source>
        <translation>het register van de verwerkingsactiviteiten (art. 30 AVG)</translation>
    </message>
    <message>
        <source>the facts sheet for the data-protection impact assessment</source>
        <translation>het feitenblad voor de gegevensbeschermingseffectbeoordeling</translation>
    </message>
    <message>
        <source>a fault-suite report (python -m benchmarks.faults --json FILE) to print instead of the recorded run</source>
        <translation>een verslag van de foutentests (python -m benchmarks.faults --json FILE) om af te drukken in plaats van de vastgelegde run</translation>
    </message>
    <message>
        <source>not a date as YYYY-MM-DD: {text}</source>
        <translation>geen datum als JJJJ-MM-DD (YYYY-MM-DD): {text}</translation>
    </message>
    <message>
        <source>read the hub password from this file instead of the keyring</source>
        <translation>lees het wachtwoord van de hub uit dit bestand in plaats van uit de wachtwoordkluis van het systeem</translation>
    </message>
    <message>
        <source>set up the sync hub or connect to it</source>
        <translation>de synchronisatiehub opzetten of ermee verbinden</translation>
    </message>
    <message>
        <source>create or upgrade the hub&apos;s schema in a PostgreSQL database</source>
        <translation>het schema van de hub in een PostgreSQL-databank aanmaken of bijwerken</translation>
    </message>
    <message>
        <source>the hub database (libpq)</source>
        <translation>de databank van de hub (libpq)</translation>
    </message>
    <message>
        <source>also create the login the coordinator&apos;s laptop connects with</source>
        <translation>maak ook de login aan waarmee de laptop van de coördinator verbindt</translation>
    </message>
    <message>
        <source>the file holding that login&apos;s password</source>
        <translation>het bestand met het wachtwoord van die login</translation>
    </message>
    <message>
        <source>connect this LIVC-R to its hub (coordinator)</source>
        <translation>deze LIVC-R met haar hub verbinden (coördinator)</translation>
    </message>
    <message>
        <source>the hub database, with the login</source>
        <translation>de databank van de hub, met de login</translation>
    </message>
    <message>
        <source>sync a laptop that lived on bundles through the hub too</source>
        <translation>een laptop die met bundels werkte voortaan ook via de hub synchroniseren</translation>
    </message>
    <message>
        <source>the hub access file</source>
        <translation>het hubtoegangsbestand</translation>
    </message>
    <message>
        <source>write an invitation for a member&apos;s own laptop</source>
        <translation>een uitnodiging schrijven voor de eigen laptop van een lid</translation>
    </message>
    <message>
        <source>the member&apos;s user name</source>
        <translation>de gebruikersnaam van het lid</translation>
    </message>
    <message>
        <source>the invitation file to write</source>
        <translation>het uitnodigingsbestand dat geschreven wordt</translation>
    </message>
    <message>
        <source>for a laptop that never reaches the hub: it joins by files and bundles</source>
        <translation>voor een laptop die de hub nooit bereikt: hij sluit aan met bestanden en bundels</translation>
    </message>
    <message>
        <source>set up this laptop for an LIVC-R with an invitation</source>
        <translation>deze laptop met een uitnodiging voor een LIVC-R instellen</translation>
    </message>
    <message>
        <source>the invitation</source>
        <translation>de uitnodiging</translation>
    </message>
    <message>
        <source>with an invitation for a laptop without a network: the join request to write</source>
        <translation>met een uitnodiging voor een laptop zonder netwerk: de aansluitingsaanvraag die geschreven wordt</translation>
    </message>
    <message>
        <source>list, approve or revoke the laptops of the LIVC-R</source>
        <translation>de laptops van de LIVC-R oplijsten, goedkeuren of intrekken</translation>
    </message>
    <message>
        <source>list the laptops the hub knows</source>
        <translation>de laptops oplijsten die de hub kent</translation>
    </message>
    <message>
        <source>print JSON for scripts (status codes, ISO moments) instead of a table</source>
        <translation>JSON voor scripts afdrukken (statuscodes, ISO-tijdstippen) in plaats van een tabel</translation>
    </message>
    <message>
        <source>approve a laptop after comparing its fingerprint</source>
        <translation>een laptop goedkeuren na het vergelijken van zijn vingerafdruk</translation>
    </message>
    <message>
        <source>the fingerprint it shows</source>
        <translation>de vingerafdruk die hij toont</translation>
    </message>
    <message>
        <source>the join request file of a laptop without a network</source>
        <translation>het aansluitingsaanvraagbestand van een laptop zonder netwerk</translation>
    </message>
    <message>
        <source>revoke a lost or retired laptop</source>
        <translation>een verloren of afgedankte laptop intrekken</translation>
    </message>
    <message>
        <source>the laptop&apos;s id</source>
        <translation>de id van de laptop</translation>
    </message>
    <message>
        <source>write the hub access of a member&apos;s laptop approved by file</source>
        <translation>de hubtoegang schrijven voor de laptop van een lid die via bestand is goedgekeurd</translation>
    </message>
    <message>
        <source>the access file to write</source>
        <translation>het toegangsbestand dat geschreven wordt</translation>
    </message>
    <message>
        <source>write it again for a laptop that already has its hub login (a lost access file or password): a new password, the old one stops working</source>
        <translation>opnieuw schrijven voor een laptop die al een hublogin heeft (toegangsbestand of wachtwoord kwijt): een nieuw wachtwoord, het oude werkt niet meer</translation>
    </message>
    <message>
        <source>only this laptop of the member</source>
        <translation>alleen deze laptop van het lid</translation>
    </message>
    <message>
        <source>run one sync round with the hub</source>
        <translation>één synchronisatieronde met de hub uitvoeren</translation>
    </message>
    <message>
        <source>carry changes to a laptop without a network</source>
        <translation>wijzigingen overbrengen naar een laptop zonder netwerk</translation>
    </message>
    <message>
        <source>write the changes a member&apos;s laptop lacks to a bundle file</source>
        <translation>de wijzigingen die de laptop van een lid mist naar een bundelbestand schrijven</translation>
    </message>
    <message>
        <source>the bundle file to write</source>
        <translation>het bundelbestand dat geschreven wordt</translation>
    </message>
    <message>
        <source>import a bundle of changes made for this laptop</source>
        <translation>een bundel met wijzigingen importeren die voor deze laptop gemaakt werd</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>de bundel</translation>
    </message>
    <message>
        <source>write this laptop&apos;s keys for checking bundles with age and minisign</source>
        <translation>de sleutels van deze laptop wegschrijven om bundels met age en minisign te controleren</translation>
    </message>
    <message>
        <source>the folder to write them to</source>
        <translation>de map waarin ze geschreven worden</translation>
    </message>
    <message>
        <source>also write this laptop&apos;s secret age key (to open bundles with age)</source>
        <translation>ook de geheime age-sleutel van deze laptop wegschrijven (om bundels met age te openen)</translation>
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
        <source>  not checked here: {count} operations of other laptops that are not this laptop&apos;s to see (the hub and the coordinator&apos;s laptop hold them)</source>
        <translation>  hier niet gecontroleerd: {count} bewerkingen van andere laptops die deze laptop niet mag inzien (de hub en de laptop van de coördinator bewaren ze)</translation>
    </message>
    <message>
        <source>  first broken link on device {device}: {reason}</source>
        <translation>  eerste verbroken schakel op apparaat {device}: {reason}</translation>
    </message>
    <message>
        <source>Journal signatures: {state} ({signed} operations signed by their author, {checkpoint} under the checkpoint of the upgrade)</source>
        <translation>Handtekeningen van het journaal: {state} ({signed} bewerkingen ondertekend door hun auteur, {checkpoint} onder het controlepunt van de upgrade)</translation>
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
        <source>Choose the document&apos;s language with --lang nl, fr or de.</source>
        <translation>Kies de taal van het document met --lang nl, fr of de.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Het bestand kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Het bestand kan niet geschreven worden.</translation>
    </message>
    <message>
        <source>Written to {file}.</source>
        <translation>Geschreven naar {file}.</translation>
    </message>
    <message>
        <source>The number of cases cannot be negative.</source>
        <translation>Het aantal casussen kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>{done} of {total} cases generated</source>
        <translation>{done} van {total} casussen aangemaakt</translation>
    </message>
    <message>
        <source>Demo data folder created in {folder}.</source>
        <translation>Demogegevensmap aangemaakt in {folder}.</translation>
    </message>
    <message>
        <source>Every demo account uses the passphrase: {passphrase}</source>
        <translation>Elk demo-account gebruikt de wachtwoordzin: {passphrase}</translation>
    </message>
    <message>
        <source>Backup written to {file} ({operations} journal operations).</source>
        <translation>Back-up weggeschreven naar {file} ({operations} bewerkingen in het logboek).</translation>
    </message>
    <message>
        <source>The file {file} cannot be read.</source>
        <translation>Het bestand {file} kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The backup of {date} was restored ({operations} journal operations).</source>
        <translation>De back-up van {date} is teruggezet ({operations} bewerkingen in het logboek).</translation>
    </message>
    <message>
        <source>The data it replaced is kept in {folder}.</source>
        <translation>De gegevens die hij verving, worden bewaard in {folder}.</translation>
    </message>
    <message>
        <source>To choose a new passphrase, start LIVC-R Desktop and sign in with the recovery key.</source>
        <translation>Om een nieuwe wachtwoordzin te kiezen, start u LIVC-R Desktop en meldt u zich aan met de herstelsleutel.</translation>
    </message>
    <message>
        <source>Choose the report&apos;s language with --lang nl, fr or de.</source>
        <translation>Kies de taal van het verslag met --lang nl, fr of de.</translation>
    </message>
    <message>
        <source>The file {file} cannot be written.</source>
        <translation>Het bestand {file} kan niet geschreven worden.</translation>
    </message>
    <message>
        <source>Yearly report {year} written to {file}.</source>
        <translation>Jaarverslag {year} geschreven naar {file}.</translation>
    </message>
    <message>
        <source>house rules version {number}</source>
        <translation>huishoudelijk reglement versie {number}</translation>
    </message>
    <message>
        <source>default house rules (5 years after closure)</source>
        <translation>standaardregels (5 jaar na afsluiting)</translation>
    </message>
    <message>
        <source>Reached their retention term on {day} under the {rules}: {count}</source>
        <translation>Bewaartermijn bereikt op {day} volgens {rules}: {count}</translation>
    </message>
    <message>
        <source>proposed for the meeting of {day}</source>
        <translation>voorgesteld voor de vergadering van {day}</translation>
    </message>
    <message>
        <source>The list was damaged; it was made again from the folders found.</source>
        <translation>De lijst was beschadigd; ze werd opnieuw opgebouwd uit de gevonden mappen.</translation>
    </message>
    <message>
        <source>No LIVC-R on this laptop yet.</source>
        <translation>Nog geen LIVC-R op deze laptop.</translation>
    </message>
    <message>
        <source>{name} (folder not found)</source>
        <translation>{name} (map niet gevonden)</translation>
    </message>
    <message>
        <source>last opened: {opened}; last sync: {synced}</source>
        <translation>laatst geopend: {opened}; laatst gesynchroniseerd: {synced}</translation>
    </message>
    <message>
        <source>The hub: {reason}</source>
        <translation>De hub: {reason}</translation>
    </message>
    <message>
        <source>The file or folder {file} does not exist.</source>
        <translation>Het bestand of de map {file} bestaat niet.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read or written ({reason}).</source>
        <translation>Het bestand {file} kan niet gelezen of geschreven worden ({reason}).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose an existing folder for the file.</source>
        <translation>De map {folder} bestaat niet: kies een bestaande map voor het bestand.</translation>
    </message>
    <message>
        <source>Give the coordinator login&apos;s password with --coordinator-password-file.</source>
        <translation>Geef het wachtwoord van de coördinatorlogin met --coordinator-password-file.</translation>
    </message>
    <message>
        <source>Hub created in database {database} (schema version {version}).</source>
        <translation>Hub aangemaakt in databank {database} (schemaversie {version}).</translation>
    </message>
    <message>
        <source>Hub in database {database} is up to date (schema version {version}).</source>
        <translation>De hub in databank {database} is bijgewerkt (schemaversie {version}).</translation>
    </message>
    <message>
        <source>Coordinator login {login} is ready.</source>
        <translation>Coördinatorlogin {login} is klaar.</translation>
    </message>
    <message>
        <source>Hub password: </source>
        <translation>Wachtwoord van de hub: </translation>
    </message>
    <message>
        <source>Connected to the hub. Run `livcr sync` to send this LIVC-R&apos;s journal.</source>
        <translation>Verbonden met de hub. Voer `livcr sync` uit om het journaal van deze LIVC-R te versturen.</translation>
    </message>
    <message>
        <source>Invitation for {member} written to {file}. Hand it over in person: it opens the hub for one laptop.</source>
        <translation>Uitnodiging voor {member} geschreven naar {file}. Geef ze persoonlijk af: ze opent de hub voor één laptop.</translation>
    </message>
    <message numerus="yes">
        <source>Bundle for {member} ({laptops}) written to {file}: %n operation(s).</source>
        <translation>
            <numerusform>Bundel voor {member} ({laptops}) geschreven naar {file}: %n bewerking.</numerusform>
            <numerusform>Bundel voor {member} ({laptops}) geschreven naar {file}: %n bewerkingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s)</source>
        <translation>
            <numerusform>%n laptop</numerusform>
            <numerusform>%n laptops</numerusform>
        </translation>
    </message>
    <message>
        <source>This invitation is for a laptop without a network: give the file to write the join request to with --request-out.</source>
        <translation>Deze uitnodiging is voor een laptop zonder netwerk: geef met --request-out het bestand op waarin de aansluitingsaanvraag geschreven wordt.</translation>
    </message>
    <message>
        <source>Invitation for {member} written to {file}, for a laptop without a network. Hand it over in person; the laptop&apos;s join request comes back as a file.</source>
        <translation>Uitnodiging voor {member} geschreven naar {file}, voor een laptop zonder netwerk. Overhandig ze persoonlijk; de aansluitingsaanvraag van de laptop komt terug als bestand.</translation>
    </message>
    <message>
        <source>Give {file} to the coordinator and read the fingerprint aloud; then import the coordinator&apos;s bundle with `livcr bundle import`.</source>
        <translation>Geef {file} aan de coördinator en lees de vingerafdruk voor; importeer daarna de bundel van de coördinator met `livcr bundle import`.</translation>
    </message>
    <message>
        <source>This laptop joined {livcr} for {member}.</source>
        <translation>Deze laptop is aangesloten bij {livcr} voor {member}.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Vingerafdruk: {fingerprint}</translation>
    </message>
    <message>
        <source>Laptop {device} of {member} approved. Export a bundle for {member} to give it its records.</source>
        <translation>Laptop {device} van {member} goedgekeurd. Exporteer een bundel voor {member} om hem zijn gegevens te geven.</translation>
    </message>
    <message>
        <source>Read it to the coordinator, who approves it; then run `livcr sync`.</source>
        <translation>Lees hem voor aan de coördinator, die hem goedkeurt; voer daarna `livcr sync` uit.</translation>
    </message>
    <message>
        <source>Laptop {device} approved.</source>
        <translation>Laptop {device} goedgekeurd.</translation>
    </message>
    <message>
        <source>Laptop {device} revoked: the hub serves it nothing from now on.</source>
        <translation>Laptop {device} ingetrokken: de hub bedient hem vanaf nu niet meer.</translation>
    </message>
    <message>
        <source>Received {done} of {total} changes…</source>
        <translation>{done} van {total} wijzigingen ontvangen…</translation>
    </message>
    <message>
        <source>Pushed {pushed}, pulled {pulled}, applied {applied}.</source>
        <translation>Verstuurd {pushed}, opgehaald {pulled}, toegepast {applied}.</translation>
    </message>
    <message>
        <source>Waiting {waiting}, quarantined {quarantined}, conflicts {conflicts}.</source>
        <translation>Wachtend {waiting}, in quarantaine {quarantined}, conflicten {conflicts}.</translation>
    </message>
    <message>
        <source>Bundle from {sender}: received {pulled}, applied {applied}.</source>
        <translation>Bundel van {sender}: {pulled} ontvangen, {applied} verwerkt.</translation>
    </message>
    <message>
        <source>No keyring on this computer: pass the hub password with --hub-password-file when you sync.</source>
        <translation>Geen wachtwoordkluis van het systeem op deze computer: geef het wachtwoord van de hub mee met --hub-password-file wanneer u synchroniseert.</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>Het bestand kon niet worden weggeschreven: {error}</translation>
    </message>
    <message>
        <source>Figures written to {file} ({rows} rows).</source>
        <translation>Cijfers weggeschreven naar {file} ({rows} rijen).</translation>
    </message>
    <message>
        <source>hand a case over to another LIVC-R</source>
        <translation>een casus overdragen aan een andere LIVC-R</translation>
    </message>
    <message>
        <source>write this LIVC-R&apos;s public hand-over key for another LIVC-R</source>
        <translation>de publieke overdrachtssleutel van deze LIVC-R wegschrijven voor een andere LIVC-R</translation>
    </message>
    <message>
        <source>the key file</source>
        <translation>het sleutelbestand</translation>
    </message>
    <message>
        <source>also write the LIVC-R&apos;s secret age key to this file (to open hand-overs with age)</source>
        <translation>schrijf ook de geheime age-sleutel van de LIVC-R naar dit bestand (om overdrachten met age te openen)</translation>
    </message>
    <message>
        <source>register another LIVC-R by the key its coordinator exported</source>
        <translation>een andere LIVC-R registreren met de sleutel die haar coördinator exporteerde</translation>
    </message>
    <message>
        <source>the fingerprint the other coordinator read to you</source>
        <translation>de vingerafdruk die de andere coördinator u voorlas</translation>
    </message>
    <message>
        <source>the LIVC-Rs registered here</source>
        <translation>de LIVC-R&apos;s die hier geregistreerd zijn</translation>
    </message>
    <message>
        <source>write the transfer note and sealed hand-over of a decided case</source>
        <translation>de overdrachtsnota en de verzegelde overdracht van een beslist dossier wegschrijven</translation>
    </message>
    <message>
        <source>the case code</source>
        <translation>de casuscode</translation>
    </message>
    <message>
        <source>import a hand-over from another LIVC-R</source>
        <translation>een overdracht van een andere LIVC-R inlezen</translation>
    </message>
    <message>
        <source>the member municipality where the person now lives</source>
        <translation>de deelnemende gemeente waar de persoon nu woont</translation>
    </message>
    <message>
        <source>add the signal to this case of the person already known here</source>
        <translation>het signaal toevoegen aan deze casus van de persoon die hier al gekend is</translation>
    </message>
    <message>
        <source>open a new case even when the person is already known here</source>
        <translation>een nieuwe casus openen, ook als de persoon hier al gekend is</translation>
    </message>
    <message>
        <source>Key written to {file}. Fingerprint: {fingerprint}</source>
        <translation>Sleutel weggeschreven naar {file}. Vingerafdruk: {fingerprint}</translation>
    </message>
    <message>
        <source>{name} registered ({fingerprint}).</source>
        <translation>{name} geregistreerd ({fingerprint}).</translation>
    </message>
    <message>
        <source>Case {code} has no decided hand-over.</source>
        <translation>Casus {code} heeft geen beslist overdracht.</translation>
    </message>
    <message>
        <source>No member municipality is called {name}.</source>
        <translation>Geen enkele deelnemende gemeente heet {name}.</translation>
    </message>
    <message>
        <source>Hand-over from {livcr} (their case {sending}) imported as case {code}; decision signature {fingerprint} verified.</source>
        <translation>Overdracht van {livcr} (hun casus {sending}) ingelezen als casus {code}; handtekening van de beslissing {fingerprint} gecontroleerd.</translation>
    </message>
    <message>
        <source>The person is already known here (same names and birth date). Add --case CASE_CODE to add the signal to that case, or --new-case to open a new one.</source>
        <translation>De persoon is hier al gekend (dezelfde namen en geboortedatum). Voeg --case CASE_CODE toe om het signaal aan die casus toe te voegen, of --new-case om een nieuwe te openen.</translation>
    </message>
    <message>
        <source>Hub access for laptop {device} written again to {file}: its old access file and password no longer work. Hand it over in person; the laptop takes it with `livcr hub take-access`.</source>
        <translation>Hubtoegang voor laptop {device} opnieuw geschreven naar {file}: het oude toegangsbestand en wachtwoord werken niet meer. Overhandig hem persoonlijk; de laptop neemt hem over met `livcr hub take-access`.</translation>
    </message>
    <message>
        <source>Hub access for laptop {device} written to {file}. Hand it over in person; the laptop takes it with `livcr hub take-access`.</source>
        <translation>Hubtoegang voor laptop {device} geschreven naar {file}. Overhandig het persoonlijk; de laptop neemt het over met `livcr hub take-access`.</translation>
    </message>
    <message>
        <source>This laptop&apos;s hub access is renewed. Run `livcr sync`.</source>
        <translation>De hubtoegang van deze laptop is vernieuwd. Voer `livcr sync` uit.</translation>
    </message>
    <message>
        <source>This laptop&apos;s hub access is renewed, but this computer has no keyring: pass the access file&apos;s password with --hub-password-file.</source>
        <translation>De hubtoegang van deze laptop is vernieuwd, maar deze computer heeft geen wachtwoordkluis: geef het wachtwoord uit het toegangsbestand mee met --hub-password-file.</translation>
    </message>
    <message>
        <source>This laptop now syncs through the hub. Run `livcr sync`.</source>
        <translation>Deze laptop synchroniseert nu via de hub. Voer `livcr sync` uit.</translation>
    </message>
    <message>
        <source>This laptop now syncs through the hub, but this computer has no keyring: pass the access file&apos;s password with --hub-password-file.</source>
        <translation>Deze laptop synchroniseert nu via de hub, maar deze computer heeft geen wachtwoordkluis: geef het wachtwoord uit het toegangsbestand mee met --hub-password-file.</translation>
    </message>
    <message>
        <source>change this LIVC-R&apos;s hand-over key</source>
        <translation>de overdrachtssleutel van deze LIVC-R wijzigen</translation>
    </message>
    <message>
        <source>the key change, signed by the previous key, for the other LIVC-Rs</source>
        <translation>de sleutelwijziging, ondertekend met de vorige sleutel, voor de andere LIVC-R&apos;s</translation>
    </message>
    <message>
        <source>retire the previous key at once (lost or compromised)</source>
        <translation>de vorige sleutel meteen buiten gebruik stellen (verloren of gecompromitteerd)</translation>
    </message>
    <message>
        <source>this LIVC-R&apos;s hand-over keys: current, previous, retired</source>
        <translation>de overdrachtssleutels van deze LIVC-R: huidige, vorige, buiten gebruik</translation>
    </message>
    <message>
        <source>retire a previous hand-over key of this LIVC-R</source>
        <translation>een vorige overdrachtssleutel van deze LIVC-R buiten gebruik stellen</translation>
    </message>
    <message>
        <source>the key&apos;s fingerprint</source>
        <translation>de vingerafdruk van de sleutel</translation>
    </message>
    <message>
        <source>accept another LIVC-R&apos;s key change</source>
        <translation>de sleutelwijziging van een andere LIVC-R aanvaarden</translation>
    </message>
    <message>
        <source>the key change file</source>
        <translation>het bestand met de sleutelwijziging</translation>
    </message>
    <message>
        <source>New key; the key change is written to {file}. New fingerprint: {fingerprint}</source>
        <translation>Nieuwe sleutel; de sleutelwijziging staat in {file}. Nieuwe vingerafdruk: {fingerprint}</translation>
    </message>
    <message>
        <source>This LIVC-R has no hand-over key with this fingerprint.</source>
        <translation>Deze LIVC-R heeft geen overdrachtssleutel met deze vingerafdruk.</translation>
    </message>
    <message>
        <source>Key {fingerprint} retired.</source>
        <translation>Sleutel {fingerprint} buiten gebruik gesteld.</translation>
    </message>
    <message>
        <source>{name}: key {previous} replaced by {fingerprint}.</source>
        <translation>{name}: sleutel {previous} vervangen door {fingerprint}.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) opened on members&apos; laptops keep their provisional number: run `livcr sync` with a coordinator&apos;s --account and --passphrase-file to give them their number of the year.</source>
        <translation>
            <numerusform>%n casus geopend op de laptop van een lid behoudt zijn voorlopig nummer: voer `livcr sync` uit met --account en --passphrase-file van een coördinator om hem zijn nummer van het jaar te geven.</numerusform>
            <numerusform>%n casussen geopend op de laptops van leden behouden hun voorlopig nummer: voer `livcr sync` uit met --account en --passphrase-file van een coördinator om ze hun nummer van het jaar te geven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave %n case(s) opened on members&apos; laptops their number: {codes}.</source>
        <translation>
            <numerusform>%n casus geopend op de laptop van een lid kreeg zijn nummer: {codes}.</numerusform>
            <numerusform>%n casussen geopend op de laptops van leden kregen hun nummer: {codes}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sealed the held minutes of %n meeting(s) anew for approval: their items changed on other laptops.</source>
        <translation>
            <numerusform>De notulen van %n gehouden vergadering opnieuw verzegeld voor goedkeuring: hun punten werden op andere laptops gewijzigd.</numerusform>
            <numerusform>De notulen van %n gehouden vergaderingen opnieuw verzegeld voor goedkeuring: hun punten werden op andere laptops gewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The held minutes of %n meeting(s) changed on other laptops and are not sealed anew, so a chair cannot approve them yet: run `livcr sync` with a coordinator&apos;s --account and --passphrase-file.</source>
        <translation>
            <numerusform>De notulen van %n gehouden vergadering werden op andere laptops gewijzigd en zijn niet opnieuw verzegeld, dus een voorzitter kan ze nog niet goedkeuren: voer `livcr sync` uit met --account en --passphrase-file van een coördinator.</numerusform>
            <numerusform>De notulen van %n gehouden vergaderingen werden op andere laptops gewijzigd en zijn niet opnieuw verzegeld, dus een voorzitter kan ze nog niet goedkeuren: voer `livcr sync` uit met --account en --passphrase-file van een coördinator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the upgrade of the app, %n quarantined operation(s) checked again: {applied} applied, the others stay quarantined.</source>
        <translation>
            <numerusform>Na de update van de app %n bewerking in quarantaine opnieuw gecontroleerd: {applied} verwerkt, de andere blijven in quarantaine.</numerusform>
            <numerusform>Na de update van de app %n bewerkingen in quarantaine opnieuw gecontroleerd: {applied} verwerkt, de andere blijven in quarantaine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushed {pushed}.</source>
        <translation>Verstuurd {pushed}.</translation>
    </message>
    <message>
        <source>The hub could not be reached again: what followed the round goes out with the next sync.</source>
        <translation>De hub was niet opnieuw bereikbaar: wat na de synchronisatie volgde, gaat mee met de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Fingerprint to compare</source>
        <translation>Te vergelijken vingerafdruk</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>The hub knows no laptop of this LIVC-R yet.</source>
        <translation>De hub kent nog geen laptop van deze LIVC-R.</translation>
    </message>
    <message>
        <source>coordinator&apos;s laptop</source>
        <translation>laptop van de coördinator</translation>
    </message>
</context>
<context>
    <name>CloseReason</name>
    <message>
        <source>Goals reached</source>
        <translation>Doelen bereikt</translation>
    </message>
    <message>
        <source>No (longer a) concern of radicalisation</source>
        <translation>Geen (of niet langer) bezorgdheid over radicalisering</translation>
    </message>
    <message>
        <source>Passed to regular services</source>
        <translation>Doorgegeven aan de reguliere diensten</translation>
    </message>
    <message>
        <source>Person moved (handed over)</source>
        <translation>Persoon verhuisd (overgedragen)</translation>
    </message>
    <message>
        <source>Person refuses further guidance</source>
        <translation>Persoon weigert verdere begeleiding</translation>
    </message>
    <message>
        <source>Followed up by the LTF only</source>
        <translation>Alleen nog opgevolgd door de LTF</translation>
    </message>
    <message>
        <source>Moved, handed over to another LIVC-R</source>
        <translation>Verhuisd, overgedragen aan een andere LIVC-R</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Field “{field}” of a {record} record</source>
        <translation>Veld “{field}” van een record {record}</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Deze waarde behouden</translation>
    </message>
    <message>
        <source>(the record was deleted)</source>
        <translation>(het record werd verwijderd)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation>iemand onbekend</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>door {author}</translation>
    </message>
    <message>
        <source>by {author}, {moment}</source>
        <translation>door {author}, {moment}</translation>
    </message>
    <message>
        <source>Your conflicts to resolve ({count})</source>
        <translation>Uw conflicten om op te lossen ({count})</translation>
    </message>
    <message>
        <source>Conflicts to resolve ({count})</source>
        <translation>Conflicten om op te lossen ({count})</translation>
    </message>
    <message>
        <source>Two people changed the same field without seeing each other&apos;s change. Both values are kept; choose the one that is right.</source>
        <translation>Twee personen wijzigden hetzelfde veld zonder elkaars wijziging te zien. Beide waarden zijn bewaard; kies de juiste.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Geen conflicten.</translation>
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
        <source>In place of the key file of this data folder (keyslots.json) there is a folder or another item that is not a file, and its backup copy (keyslots.json.bak) cannot be used either. Nothing was changed. Move that item out of the data folder and put the key file back from a backup, or restore the folder from a backup.</source>
        <translation>Op de plaats van het sleutelbestand van deze gegevensmap (keyslots.json) staat een map of een ander item dat geen bestand is, en ook de reservekopie ervan (keyslots.json.bak) is onbruikbaar. Er werd niets gewijzigd. Verplaats dat item uit de gegevensmap en zet het sleutelbestand terug vanuit een back-up, of zet de map terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) and its backup copy cannot be read: your user may not read them, or the disk reports an error. Nothing was changed. Ask IT to check the permissions of the data folder; if the disk is failing, restore from a backup.</source>
        <translation>Het sleutelbestand van deze gegevensmap (keyslots.json) en de reservekopie ervan kunnen niet worden gelezen: uw gebruiker mag ze niet lezen, of de schijf meldt een fout. Er werd niets gewijzigd. Vraag IT om de rechten van de gegevensmap na te kijken; als de schijf defect raakt, zet dan een back-up terug.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) is far larger than a key file can be, and its backup copy cannot be used either, so neither was read. Nothing was changed. Restore the folder from a backup.</source>
        <translation>Het sleutelbestand van deze gegevensmap (keyslots.json) is veel groter dan een sleutelbestand kan zijn, en ook de reservekopie ervan is onbruikbaar; geen van beide werd daarom gelezen. Er werd niets gewijzigd. Zet de map terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) was written in a format this version of LIVC-R Desktop does not know. Nothing was changed. Install the newest version; if that does not help, restore the folder from a backup.</source>
        <translation>Het sleutelbestand van deze gegevensmap (keyslots.json) werd geschreven in een formaat dat deze versie van LIVC-R Desktop niet kent. Er werd niets gewijzigd. Installeer de nieuwste versie; helpt dat niet, zet de map dan terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) names, for this account, a way of deriving keys that this version does not know, and its backup copy too. Nothing was changed and no attempt was counted. Install the newest version; otherwise a coordinator signs in with the recovery key, or restore the folder from a backup.</source>
        <translation>Het sleutelbestand van deze gegevensmap (keyslots.json) noemt voor dit account een manier om sleutels af te leiden die deze versie niet kent, en de reservekopie ervan ook. Er werd niets gewijzigd en geen poging geteld. Installeer de nieuwste versie; anders meldt een coördinator zich aan met de herstelsleutel, of zet de map terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) holds impossible key derivation settings for this account (damaged or edited), and its backup copy too. Nothing was changed and no attempt was counted. A coordinator signs in with the recovery key to give the account a new passphrase, or restore the folder from a backup.</source>
        <translation>Het sleutelbestand van deze gegevensmap (keyslots.json) bevat voor dit account onmogelijke instellingen voor het afleiden van de sleutel (beschadigd of bewerkt), en de reservekopie ervan ook. Er werd niets gewijzigd en geen poging geteld. Een coördinator meldt zich aan met de herstelsleutel om het account een nieuwe wachtwoordzin te geven, of zet de map terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>In the key file of this data folder (keyslots.json) the encoded key of this account is damaged (not valid base64, or of the wrong length), and in its backup copy too. Nothing was changed and no attempt was counted. A coordinator signs in with the recovery key to give the account a new passphrase, or restore the folder from a backup.</source>
        <translation>In het sleutelbestand van deze gegevensmap (keyslots.json) is de gecodeerde sleutel van dit account beschadigd (geen geldige base64, of van de verkeerde lengte), en in de reservekopie ervan ook. Er werd niets gewijzigd en geen poging geteld. Een coördinator meldt zich aan met de herstelsleutel om het account een nieuwe wachtwoordzin te geven, of zet de map terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) holds no key for this account, and its backup copy neither. Nothing was changed and no attempt was counted. A coordinator signs in with the recovery key to give the account a new passphrase, or restore the folder from a backup.</source>
        <translation>Het sleutelbestand van deze gegevensmap (keyslots.json) bevat geen sleutel voor dit account, en de reservekopie ervan evenmin. Er werd niets gewijzigd en geen poging geteld. Een coördinator meldt zich aan met de herstelsleutel om het account een nieuwe wachtwoordzin te geven, of zet de map terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>The key of this account in the key file of this data folder (keyslots.json) is damaged (its checksum does not match), and in its backup copy too. Nothing was changed and no attempt was counted. A coordinator signs in with the recovery key to give the account a new passphrase, or restore the folder from a backup.</source>
        <translation>De sleutel van dit account in het sleutelbestand van deze gegevensmap (keyslots.json) is beschadigd (de controlesom klopt niet), en in de reservekopie ervan ook. Er werd niets gewijzigd en geen poging geteld. Een coördinator meldt zich aan met de herstelsleutel om het account een nieuwe wachtwoordzin te geven, of zet de map terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) was changed outside LIVC-R Desktop (its checks do not match), and its backup copy too. Nothing was changed and no attempt was counted. Restore the folder from a backup, and tell the data protection officer.</source>
        <translation>Het sleutelbestand van deze gegevensmap (keyslots.json) werd buiten LIVC-R Desktop gewijzigd (de controles kloppen niet), en de reservekopie ervan ook. Er werd niets gewijzigd en geen poging geteld. Zet de map terug vanuit een back-up en verwittig de functionaris voor gegevensbescherming.</translation>
    </message>
    <message>
        <source>The passphrase did not open the key file of this data folder (keyslots.json), and its backup copy is damaged or different, so it cannot be told whether the passphrase is wrong or the file damaged. No attempt was counted. Check the passphrase and try again; if it is right, a coordinator signs in with the recovery key, or restore the folder from a backup.</source>
        <translation>De wachtwoordzin opende het sleutelbestand van deze gegevensmap (keyslots.json) niet, en de reservekopie ervan is beschadigd of verschillend. Daardoor is niet uit te maken of de wachtwoordzin fout is of het bestand beschadigd. Er werd geen poging geteld. Controleer de wachtwoordzin en probeer opnieuw; klopt hij, dan meldt een coördinator zich aan met de herstelsleutel, of zet de map terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>The set-up of this data folder was interrupted before it was finished, so it holds no LIVC-R yet. Start it again: move keyslots.json and keyslots.json.bak out of the folder (or choose an empty folder) and set up the LIVC-R anew.</source>
        <translation>De installatie van deze gegevensmap werd onderbroken voor ze klaar was, dus er staat nog geen LIVC-R in. Begin opnieuw: verplaats keyslots.json en keyslots.json.bak uit de map (of kies een lege map) en stel de LIVC-R opnieuw in.</translation>
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
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.jjjj</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>Kies de datum in een kalender</translation>
    </message>
</context>
<context>
    <name>DecisionCard</name>
    <message>
        <source>Withdraw the proposal</source>
        <translation>Het voorstel intrekken</translation>
    </message>
    <message>
        <source>Signed. Fingerprint of the signature: {fingerprint}</source>
        <translation>Ondertekend. Vingerafdruk van de handtekening: {fingerprint}</translation>
    </message>
    <message>
        <source>Final: signed</source>
        <translation>Definitief: ondertekend</translation>
    </message>
    <message>
        <source>Sign as chair…</source>
        <translation>Ondertekenen als voorzitter…</translation>
    </message>
    <message>
        <source>Reword…</source>
        <translation>Herformuleren…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Correct with a new decision…</source>
        <translation>Rechtzetten met een nieuwe beslissing…</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Objects: {reason}</source>
        <translation>Bezwaar: {reason}</translation>
    </message>
    <message>
        <source>Left the meeting without a position: reword to go on without them</source>
        <translation>Heeft de vergadering verlaten zonder standpunt: herformuleer het voorstel om zonder hem of haar verder te gaan</translation>
    </message>
    <message>
        <source>No position yet</source>
        <translation>Nog geen standpunt</translation>
    </message>
    <message>
        <source>Objects…</source>
        <translation>Bezwaar…</translation>
    </message>
    <message>
        <source>Put to the effective participants in the room when it was put (listed below); consensus needs each of them.</source>
        <translation>Voorgelegd aan de effectief deelnemende leden die aanwezig waren toen het werd voorgelegd (hieronder); de consensus vergt het akkoord van elk van hen.</translation>
    </message>
    <message>
        <source>Not put to those who had already left the meeting: {names}.</source>
        <translation>Niet voorgelegd aan wie de vergadering al had verlaten: {names}.</translation>
    </message>
    <message>
        <source>Nobody is recorded as an effective participant of this item yet: tick who takes part in the discussion first.</source>
        <translation>Er is nog niemand genoteerd als effectief deelnemend lid voor dit agendapunt: vink eerst aan wie aan de bespreking deelneemt.</translation>
    </message>
    <message>
        <source>Proposed by {name} on {moment}.</source>
        <translation>Voorgesteld door {name} op {moment}.</translation>
    </message>
    <message>
        <source>Signed by {name} on {moment}.</source>
        <translation>Ondertekend door {name} op {moment}.</translation>
    </message>
    <message>
        <source>Corrected by a later decision.</source>
        <translation>Rechtgezet door een latere beslissing.</translation>
    </message>
    <message>
        <source>This decision corrects an earlier one.</source>
        <translation>Deze beslissing zet een eerdere beslissing recht.</translation>
    </message>
    <message>
        <source>Signature verified ✓ · fingerprint {fingerprint}</source>
        <translation>Handtekening gecontroleerd ✓ · vingerafdruk {fingerprint}</translation>
    </message>
    <message>
        <source>WARNING: this decision no longer verifies. {problems}</source>
        <translation>OPGELET: deze beslissing klopt niet meer bij controle. {problems}</translation>
    </message>
</context>
<context>
    <name>DecisionCheck</name>
    <message>
        <source>The signed content cannot be read.</source>
        <translation>De ondertekende inhoud kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The signature does not match the signed content.</source>
        <translation>De handtekening past niet bij de ondertekende inhoud.</translation>
    </message>
    <message>
        <source>The signer&apos;s public key is not on this laptop, so the signature cannot be checked here.</source>
        <translation>De publieke sleutel van de ondertekenaar staat niet op deze laptop, dus de handtekening kan hier niet gecontroleerd worden.</translation>
    </message>
    <message>
        <source>The signing key is not the signer&apos;s key as it was recorded.</source>
        <translation>De ondertekeningssleutel is niet de sleutel van de ondertekenaar zoals die werd vastgelegd.</translation>
    </message>
    <message>
        <source>The decision in the database differs from what was signed ({what}).</source>
        <translation>De beslissing in de databank verschilt van wat werd ondertekend ({what}).</translation>
    </message>
    <message>
        <source>The signer did not hold the chair role for the municipality that day.</source>
        <translation>De ondertekenaar was die dag geen voorzitter voor de gemeente.</translation>
    </message>
    <message>
        <source>The signature is not the one recorded in the journal when it was made.</source>
        <translation>De handtekening is niet die welke bij het ondertekenen in het logboek werd vastgelegd.</translation>
    </message>
    <message>
        <source>Decision on {code} of {day} is broken: {problem}</source>
        <translation>Beslissing over {code} van {day} is beschadigd: {problem}</translation>
    </message>
    <message>
        <source>not checked here: the record of the chair&apos;s signing key, which goes only to the chair&apos;s own laptops (signed decisions: {count}); their signatures were checked with the key the chair&apos;s signed sync published</source>
        <translation>hier niet gecontroleerd: de registratie van de ondertekeningssleutel van de voorzitter, die alleen naar de eigen laptops van de voorzitter gaat (ondertekende beslissingen: {count}); hun handtekeningen werden gecontroleerd met de sleutel die de ondertekende synchronisatie van de voorzitter bekendmaakte</translation>
    </message>
</context>
<context>
    <name>DecisionKind</name>
    <message>
        <source>Follow the case up in the LIVC-R</source>
        <translation>De casus opvolgen in de LIVC-R</translation>
    </message>
    <message>
        <source>Stop following the case up in the LIVC-R</source>
        <translation>De opvolging van de casus in de LIVC-R stopzetten</translation>
    </message>
    <message>
        <source>Start a personalised guidance trajectory</source>
        <translation>Een begeleidingstraject op maat opstarten</translation>
    </message>
    <message>
        <source>Evaluation of the guidance trajectory</source>
        <translation>Evaluatie van het begeleidingstraject</translation>
    </message>
    <message>
        <source>Refer the case to the LTF</source>
        <translation>De casus doorverwijzen naar de LTF</translation>
    </message>
    <message>
        <source>Approve the feedback form to the LTF</source>
        <translation>De terugkoppelingsfiche aan de LTF goedkeuren</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>De casus afsluiten</translation>
    </message>
    <message>
        <source>Hand the case over to another LIVC-R</source>
        <translation>De casus overdragen aan een andere LIVC-R</translation>
    </message>
    <message>
        <source>Other decision</source>
        <translation>Andere beslissing</translation>
    </message>
    <message>
        <source>Decision of the strategic table</source>
        <translation>Beslissing van de strategische tafel</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decisions</source>
        <translation>Beslissingen</translation>
    </message>
    <message>
        <source>Put a proposal…</source>
        <translation>Voorstel voorleggen…</translation>
    </message>
    <message>
        <source>No proposal on this item yet. The table decides by consensus of the effective participants; the chair signs the outcome.</source>
        <translation>Nog geen voorstel bij dit agendapunt. De tafel beslist bij consensus van de effectief deelnemende leden; de voorzitter ondertekent de uitkomst.</translation>
    </message>
</context>
<context>
    <name>DecisionSigning</name>
    <message>
        <source>“{wording}” is signed with the agreement of {names}; neither the wording nor the positions can change afterwards.</source>
        <translation>“{wording}” wordt ondertekend met het akkoord van {names}; daarna kunnen noch de formulering noch de standpunten nog veranderen.</translation>
    </message>
    <message>
        <source>The case moves to “{status}” at once.</source>
        <translation>De casus gaat meteen naar “{status}”.</translation>
    </message>
    <message>
        <source>It corrects the earlier decision, which stays on record as corrected.</source>
        <translation>Ze zet de eerdere beslissing recht; die blijft als rechtgezet bewaard.</translation>
    </message>
    <message>
        <source>The guidance trajectory starts, led by {lead}.</source>
        <translation>Het begeleidingstraject start, met {lead} als trekker.</translation>
    </message>
    <message>
        <source>A mistake can then only be corrected by a new decision of the table.</source>
        <translation>Een vergissing kan daarna alleen nog worden rechtgezet met een nieuwe beslissing van de tafel.</translation>
    </message>
    <message>
        <source>“{wording}” is withdrawn: it stays on record as withdrawn, and the positions taken on it no longer count.</source>
        <translation>“{wording}” wordt ingetrokken: het voorstel blijft als ingetrokken bewaard en de standpunten erover tellen niet meer.</translation>
    </message>
    <message>
        <source>The table can still put a new proposal on this item.</source>
        <translation>De tafel kan over dit agendapunt nog een nieuw voorstel doen.</translation>
    </message>
    <message>
        <source>The evaluation is recorded on the guidance trajectory as decided.</source>
        <translation>De evaluatie wordt zoals beslist bij het begeleidingstraject vastgelegd.</translation>
    </message>
    <message>
        <source>A running guidance trajectory of the case is closed.</source>
        <translation>Een lopend begeleidingstraject van de casus wordt afgesloten.</translation>
    </message>
    <message>
        <source>The referral is recorded and a draft feedback form to the LTF is opened.</source>
        <translation>De doorverwijzing wordt vastgelegd en er wordt een ontwerp van terugkoppelingsfiche aan de LTF geopend.</translation>
    </message>
    <message>
        <source>The feedback form is approved as it stands: its content is frozen and the Information Officer may hand it to the LTF.</source>
        <translation>De terugkoppelingsfiche wordt goedgekeurd zoals ze is: de inhoud ligt vast en de Information Officer mag ze aan de LTF overhandigen.</translation>
    </message>
</context>
<context>
    <name>DecisionState</name>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Herformuleerd</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>Write the proposal as it is put to the table.</source>
        <translation>Schrijf het voorstel zoals het aan de tafel wordt voorgelegd.</translation>
    </message>
    <message>
        <source>A proposal may be at most {maximum} characters.</source>
        <translation>Een voorstel mag hoogstens {maximum} tekens lang zijn.</translation>
    </message>
    <message>
        <source>Choose the partner organisation that leads the trajectory.</source>
        <translation>Kies de partnerorganisatie die het traject leidt.</translation>
    </message>
    <message>
        <source>Choose why the case is closed.</source>
        <translation>Kies waarom de casus wordt afgesloten.</translation>
    </message>
    <message>
        <source>An objection needs its reason: the table must know what blocks consensus.</source>
        <translation>Een bezwaar heeft een reden nodig: de tafel moet weten wat de consensus tegenhoudt.</translation>
    </message>
    <message>
        <source>The strategic table takes strategic decisions only, never on a case.</source>
        <translation>De strategische tafel neemt alleen strategische beslissingen, nooit over een casus.</translation>
    </message>
    <message>
        <source>This kind of decision is taken on a case item of the operational table.</source>
        <translation>Dit soort beslissing wordt genomen bij een casus op de operationele tafel.</translation>
    </message>
    <message>
        <source>On a topic of the operational table only an other (free-text) decision is taken.</source>
        <translation>Bij een thema op de operationele tafel wordt alleen een andere (vrije) beslissing genomen.</translation>
    </message>
    <message>
        <source>Choose the feedback form to approve.</source>
        <translation>Kies de terugkoppelingsfiche die moet worden goedgekeurd.</translation>
    </message>
    <message>
        <source>Choose the hand-over the table decides on.</source>
        <translation>Kies de overdracht waarover de tafel beslist.</translation>
    </message>
    <message>
        <source>This decision cannot take effect: case {code} is “{status}” and cannot become “{wanted}”.</source>
        <translation>Deze beslissing kan niet worden uitgevoerd: casus {code} is “{status}” en kan niet “{wanted}” worden.</translation>
    </message>
    <message>
        <source>This decision does not exist.</source>
        <translation>Deze beslissing bestaat niet.</translation>
    </message>
    <message>
        <source>A proposal is put to the table during its meeting (or right after it).</source>
        <translation>Een voorstel wordt tijdens de vergadering (of meteen erna) aan de tafel voorgelegd.</translation>
    </message>
    <message>
        <source>This item is postponed; nothing is decided on it at this meeting.</source>
        <translation>Dit agendapunt is uitgesteld; er wordt op deze vergadering niets over beslist.</translation>
    </message>
    <message>
        <source>This proposal is “{state}”: it can no longer change. A correction is a new decision.</source>
        <translation>Dit voorstel is “{state}”: het kan niet meer veranderen. Een rechtzetting is een nieuwe beslissing.</translation>
    </message>
    <message>
        <source>{name} is not an effective participant of this item, so their position does not count and cannot be recorded.</source>
        <translation>{name} is geen effectief deelnemend lid voor dit agendapunt; het standpunt telt dus niet mee en kan niet worden genoteerd.</translation>
    </message>
    <message>
        <source>This proposal was put to the effective participants of the moment it was put, and {name} was not among them. Reword the proposal to put it to everyone taking part now.</source>
        <translation>Dit voorstel werd voorgelegd aan de effectief deelnemende leden van het moment waarop het werd voorgelegd, en {name} was daar niet bij. Herformuleer het voorstel om het voor te leggen aan iedereen die nu deelneemt.</translation>
    </message>
    <message>
        <source>{name} has left the meeting, so their position can no longer be recorded. Withdraw the proposal or reword it: a new wording is put to those still taking part.</source>
        <translation>{name} heeft de vergadering verlaten, dus het standpunt kan niet meer worden genoteerd. Trek het voorstel in of herformuleer het: een nieuwe formulering wordt voorgelegd aan wie nog deelneemt.</translation>
    </message>
    <message>
        <source>Nobody in the room is ticked as an effective participant of this item. Tick who takes part in the discussion first: the proposal is put to exactly those people.</source>
        <translation>Niemand die aanwezig is, is aangevinkt als effectief deelnemend lid voor dit agendapunt. Vink eerst aan wie deelneemt aan de bespreking: het voorstel wordt aan precies die personen voorgelegd.</translation>
    </message>
    <message>
        <source>Only the participant, or whoever runs the meeting, records a position.</source>
        <translation>Alleen de deelnemer zelf, of wie de vergadering leidt, noteert een standpunt.</translation>
    </message>
    <message>
        <source>There is no consensus on this proposal ({outcome}); it cannot be signed.</source>
        <translation>Er is geen consensus over dit voorstel ({outcome}); het kan niet worden ondertekend.</translation>
    </message>
    <message>
        <source>Only the chair of {municipality} (the mayor or their representative) signs decisions on this case, and you do not hold that role today.</source>
        <translation>Alleen de voorzitter van {municipality} (de burgemeester of diens vertegenwoordiger) ondertekent beslissingen over deze casus, en die rol hebt u vandaag niet.</translation>
    </message>
    <message>
        <source>Decisions of the strategic table are signed by the chair of the meeting.</source>
        <translation>Beslissingen van de strategische tafel worden ondertekend door de voorzitter van de vergadering.</translation>
    </message>
    <message>
        <source>The lead organisation is not in the register or no longer active.</source>
        <translation>De leidende organisatie staat niet in het register of is niet meer actief.</translation>
    </message>
    <message>
        <source>Only a signed decision on the same case can be corrected by a new decision.</source>
        <translation>Alleen een ondertekende beslissing over dezelfde casus kan met een nieuwe beslissing worden rechtgezet.</translation>
    </message>
    <message>
        <source>This decision has already been corrected by a later decision.</source>
        <translation>Deze beslissing werd al rechtgezet door een latere beslissing.</translation>
    </message>
    <message>
        <source>This passphrase is not right. Signing needs your own passphrase.</source>
        <translation>Deze wachtwoordzin klopt niet. Voor het ondertekenen is uw eigen wachtwoordzin nodig.</translation>
    </message>
    <message>
        <source>The police cannot lead a guidance trajectory: choose a social or municipal partner. The police may still take part in the case consultation.</source>
        <translation>De politie kan geen trekkende partner van een begeleidingstraject zijn: kies een sociale of gemeentelijke partner. De politie kan wel deelnemen aan het casusoverleg.</translation>
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
    <name>DetailsDialog</name>
    <message>
        <source>Trajectory details</source>
        <translation>Gegevens van het traject</translation>
    </message>
    <message>
        <source>The lead partner is {lead}: the table chose it. The case manager is someone of the lead partner who is invited to the case.</source>
        <translation>De trekkende partner is {lead}: de tafel heeft die gekozen. De casemanager is iemand van de trekkende partner die uitgenodigd is voor de casus.</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Casemanager</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(nog niet aangeduid)</translation>
    </message>
    <message>
        <source>The person&apos;s engagement</source>
        <translation>Betrokkenheid van de persoon</translation>
    </message>
    <message>
        <source>Evaluate every</source>
        <translation>Evalueren om de</translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>maand</numerusform>
            <numerusform>maanden</numerusform>
        </translation>
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
    <name>DossierDecisions</name>
    <message>
        <source>No decisions on this case yet. Decisions are taken by consensus at the operational table and signed by the chair.</source>
        <translation>Nog geen beslissingen over deze casus. Beslissingen worden bij consensus genomen op de operationele tafel en ondertekend door de voorzitter.</translation>
    </message>
    <message>
        <source>Final: signed</source>
        <translation>Definitief: ondertekend</translation>
    </message>
    <message>
        <source>Meeting of {day}</source>
        <translation>Vergadering van {day}</translation>
    </message>
    <message>
        <source>Lead partner: {name}</source>
        <translation>Leidende partner: {name}</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Objects: {reason}</source>
        <translation>Bezwaar: {reason}</translation>
    </message>
    <message>
        <source>No position yet</source>
        <translation>Nog geen standpunt</translation>
    </message>
    <message>
        <source>Signed by {name} on {moment}.</source>
        <translation>Ondertekend door {name} op {moment}.</translation>
    </message>
    <message>
        <source>Corrected by a later decision.</source>
        <translation>Rechtgezet door een latere beslissing.</translation>
    </message>
    <message>
        <source>Signature verified ✓ · fingerprint {fingerprint}</source>
        <translation>Handtekening gecontroleerd ✓ · vingerafdruk {fingerprint}</translation>
    </message>
    <message>
        <source>WARNING: this decision no longer verifies. {problems}</source>
        <translation>OPGELET: deze beslissing klopt niet meer bij controle. {problems}</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message numerus="yes">
        <source>WARNING: %n signed decision(s) of this case failed verification. See the Decisions tab and run a verification of the database.</source>
        <translation>
            <numerusform>OPGELET: %n ondertekende beslissing van deze casus klopt niet meer bij controle. Zie het tabblad Beslissingen en laat de databank controleren.</numerusform>
            <numerusform>OPGELET: %n ondertekende beslissingen van deze casus kloppen niet meer bij controle. Zie het tabblad Beslissingen en laat de databank controleren.</numerusform>
        </translation>
    </message>
    <message>
        <source>not screened yet</source>
        <translation>nog niet gescreend</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>uitgenodigd</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>tot {date}</translation>
    </message>
    <message>
        <source>Action points ({open})</source>
        <translation>Actiepunten ({open})</translation>
    </message>
    <message>
        <source>Action points</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation>Geregistreerd als</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Responsible municipality</source>
        <translation>Verantwoordelijke gemeente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Geopend op</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reden van afsluiting</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Volgende opvolging</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>LTF</source>
        <translation>LTF</translation>
    </message>
    <message>
        <source>asks the LIVC-R for the primary follow-up</source>
        <translation>vraagt de LIVC-R de primaire opvolging op zich te nemen</translation>
    </message>
    <message>
        <source>Common Database</source>
        <translation>GGB</translation>
    </message>
    <message>
        <source>No notes you may read.</source>
        <translation>Geen notities die u mag lezen.</translation>
    </message>
    <message>
        <source>Select the link to end in the list.</source>
        <translation>Selecteer in de lijst de koppeling die u wilt beëindigen.</translation>
    </message>
    <message>
        <source>Select the invitation to end in the list.</source>
        <translation>Selecteer in de lijst de uitnodiging die u wilt beëindigen.</translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation>← Alle casussen</translation>
    </message>
    <message>
        <source>Screen…</source>
        <translation>Screenen…</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Status wijzigen…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Heropenen…</translation>
    </message>
    <message>
        <source>Person concerned…</source>
        <translation>Betrokkene…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Opvolging…</translation>
    </message>
    <message>
        <source>Municipality…</source>
        <translation>Gemeente…</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Notitie schrijven…</translation>
    </message>
    <message>
        <source>Invite a member…</source>
        <translation>Een lid uitnodigen…</translation>
    </message>
    <message>
        <source>End the selected invitation</source>
        <translation>De geselecteerde uitnodiging beëindigen</translation>
    </message>
    <message>
        <source>Another LIVC-R…</source>
        <translation>Andere LIVC-R…</translation>
    </message>
    <message>
        <source>End the selected link</source>
        <translation>Geselecteerde koppeling beëindigen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslissingen</translation>
    </message>
    <message>
        <source>Feedback to the LTF</source>
        <translation>Terugkoppeling aan de LTF</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Invited to discuss this case</source>
        <translation>Uitgenodigd om deze casus te bespreken</translation>
    </message>
    <message>
        <source>Other LIVC-Rs discussing the person</source>
        <translation>Andere LIVC-R&apos;s die de persoon bespreken</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Bezorgdheid</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>LIVC-R</source>
        <translation>LIVC-R</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
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
        <translation>Een rol beëindigen</translation>
    </message>
    <message>
        <source>“{role}” is held until the end of the chosen day. It stays in the history.</source>
        <translation>“{role}” blijft gelden tot het einde van de gekozen dag. De rol blijft in de geschiedenis staan.</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
</context>
<context>
    <name>Engagement</name>
    <message>
        <source>Not recorded yet</source>
        <translation>Nog niet vastgelegd</translation>
    </message>
    <message>
        <source>Takes part voluntarily</source>
        <translation>Neemt vrijwillig deel</translation>
    </message>
    <message>
        <source>Hesitant</source>
        <translation>Twijfelt</translation>
    </message>
    <message>
        <source>Refuses</source>
        <translation>Weigert</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message numerus="yes">
        <source>The person&apos;s identity, notes, signals, summaries, trajectory updates and evaluations, decision wordings and feedback forms of %n case(s) ({codes}) are erased on this laptop.</source>
        <translation>
            <numerusform>De identiteit van de persoon, de notities, signalen, samenvattingen, trajectupdates en evaluaties, de formuleringen van beslissingen en de terugkoppelingsformulieren van %n casus ({codes}) worden op deze laptop gewist.</numerusform>
            <numerusform>De identiteit van de persoon, de notities, signalen, samenvattingen, trajectupdates en evaluaties, de formuleringen van beslissingen en de terugkoppelingsformulieren van %n casussen ({codes}) worden op deze laptop gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>nog {count}</translation>
    </message>
    <message>
        <source>Every other laptop erases them at its next sync; the hub destroys the keys of these cases, so old copies and bundles can no longer be opened; a backup restored later erases them again.</source>
        <translation>Elke andere laptop wist ze bij zijn volgende synchronisatie; de hub vernietigt de sleutels van deze casussen, zodat oude kopieën en bundels niet meer te openen zijn; een back-up die later wordt teruggezet, wist ze opnieuw.</translation>
    </message>
    <message>
        <source>What stays: the case codes, municipalities, dates, statuses, reasons and kinds, so the figures still count these cases.</source>
        <translation>Wat blijft: de casuscodes, gemeenten, data, statussen, redenen en soorten, zodat de cijfers deze casussen blijven meetellen.</translation>
    </message>
    <message>
        <source>The journal keeps each operation&apos;s place and signature (not its content), and the erasure register gets one entry per case, without a name.</source>
        <translation>Het logboek bewaart de plaats en de handtekening van elke handeling (niet de inhoud), en het wissingsregister krijgt één vermelding per casus, zonder naam.</translation>
    </message>
    <message>
        <source>This case was not found.</source>
        <translation>Deze casus werd niet gevonden.</translation>
    </message>
    <message>
        <source>Choose at least one case to erase.</source>
        <translation>Kies minstens één casus om te wissen.</translation>
    </message>
    <message>
        <source>Case {code} was erased already, on {day}.</source>
        <translation>Casus {code} werd al gewist, op {day}.</translation>
    </message>
    <message>
        <source>Case {code} has not reached its retention term and has no granted erasure request: it cannot be erased.</source>
        <translation>Casus {code} heeft zijn bewaartermijn niet bereikt en heeft geen ingewilligd verzoek tot wissing: hij kan niet worden gewist.</translation>
    </message>
    <message>
        <source>The erasure of case {code} has not been decided: the house rules say the operational table decides, and no signed decision on its proposal exists yet.</source>
        <translation>Over de wissing van casus {code} is nog niet beslist: volgens het huishoudelijk reglement beslist de operationele tafel, en er is nog geen ondertekende beslissing over het voorstel.</translation>
    </message>
    <message>
        <source>The erasure of case {code} has not been confirmed by the data-protection officer, as the house rules require.</source>
        <translation>De wissing van casus {code} werd niet bevestigd door de functionaris voor gegevensbescherming, zoals het huishoudelijk reglement vereist.</translation>
    </message>
    <message>
        <source>The house rules say the operational table decides erasures: the data-protection officer&apos;s confirmation is not used.</source>
        <translation>Volgens het huishoudelijk reglement beslist de operationele tafel over wissingen: de bevestiging van de functionaris voor gegevensbescherming wordt niet gebruikt.</translation>
    </message>
    <message>
        <source>The erasure of case {code} is confirmed already.</source>
        <translation>De wissing van casus {code} is al bevestigd.</translation>
    </message>
</context>
<context>
    <name>ErasureTab</name>
    <message>
        <source>Signed decision of the operational table</source>
        <translation>Ondertekende beslissing van de operationele tafel</translation>
    </message>
    <message>
        <source>Coordinator, confirmed by the DPO</source>
        <translation>Coördinator, bevestigd door de DPO</translation>
    </message>
    <message>
        <source>{how}; carried out by {name}</source>
        <translation>{how}; uitgevoerd door {name}</translation>
    </message>
    <message>
        <source>Granted erasure request</source>
        <translation>Ingewilligd verzoek tot wissing</translation>
    </message>
    <message>
        <source>Decided by the operational table</source>
        <translation>Beslist door de operationele tafel</translation>
    </message>
    <message>
        <source>Waiting for the table&apos;s signed decision</source>
        <translation>Wacht op de ondertekende beslissing van de tafel</translation>
    </message>
    <message>
        <source>Confirmed by the DPO</source>
        <translation>Bevestigd door de DPO</translation>
    </message>
    <message>
        <source>Waiting for the DPO&apos;s confirmation</source>
        <translation>Wacht op de bevestiging van de DPO</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n case(s)</source>
        <translation>
            <numerusform>%n casus wissen</numerusform>
            <numerusform>%n casussen wissen</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Bezig met wissen</translation>
    </message>
    <message numerus="yes">
        <source>Erasing %n case(s)…</source>
        <translation>
            <numerusform>%n casus wordt gewist…</numerusform>
            <numerusform>%n casussen worden gewist…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) erased.</source>
        <translation>
            <numerusform>%n casus gewist.</numerusform>
            <numerusform>%n casussen gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed to the operational table: case {code}.</source>
        <translation>Voorgesteld aan de operationele tafel: casus {code}.</translation>
    </message>
    <message>
        <source>Erasure of case {code} confirmed.</source>
        <translation>Wissing van casus {code} bevestigd.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Vervallen sinds</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Gewist op</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslist door</translation>
    </message>
    <message>
        <source>the operational table decides each erasure by a signed decision</source>
        <translation>beslist de operationele tafel over elke wissing met een ondertekende beslissing</translation>
    </message>
    <message>
        <source>the coordinator decides each erasure with the DPO&apos;s confirmation</source>
        <translation>beslist de coördinator over elke wissing met de bevestiging van de DPO</translation>
    </message>
    <message>
        <source>Cases that reached their retention term, or with a granted erasure request. Under the house rules in force {who}; once decided, the coordinator carries the erasure out here.</source>
        <translation>Casussen die hun bewaartermijn bereikten, of met een ingewilligd verzoek tot wissing. Volgens het geldende huishoudelijk reglement {who}; eenmaal beslist, voert de coördinator de wissing hier uit.</translation>
    </message>
    <message>
        <source>No case is waiting to be erased.</source>
        <translation>Geen enkele casus wacht op wissing.</translation>
    </message>
    <message>
        <source>Erase the selected cases…</source>
        <translation>Geselecteerde casussen wissen…</translation>
    </message>
    <message>
        <source>Confirm the erasure (DPO)</source>
        <translation>Wissing bevestigen (DPO)</translation>
    </message>
    <message>
        <source>Propose to the operational table</source>
        <translation>Voorstellen aan de operationele tafel</translation>
    </message>
    <message>
        <source>For a case with a granted erasure request. A case that reached its retention term is proposed from the tab &quot;Reached their term&quot;.</source>
        <translation>Voor een casus met een ingewilligd verzoek tot wissing. Een casus die zijn bewaartermijn bereikte, wordt voorgesteld vanuit het tabblad &quot;Termijn bereikt&quot;.</translation>
    </message>
    <message>
        <source>Erasure register</source>
        <translation>Wissingsregister</translation>
    </message>
</context>
<context>
    <name>ErasureTopic</name>
    <message>
        <source>Nothing is written on a proposed erasure: the table decides the erasure; what is said about the case belongs in the case.</source>
        <translation>Op een voorgestelde wissing wordt niets geschreven: de tafel beslist over de wissing; wat over de casus gezegd wordt, hoort in de casus.</translation>
    </message>
    <message>
        <source>The wording of an erasure decision is fixed: the table decides the erasure as proposed.</source>
        <translation>De formulering van een beslissing tot wissing ligt vast: de tafel beslist over de wissing zoals voorgesteld.</translation>
    </message>
    <message>
        <source>A proposed erasure is put on the agenda from the retention list, and its title is fixed.</source>
        <translation>Een voorgestelde wissing komt op de agenda vanuit de lijst van de bewaartermijnen, en haar titel ligt vast.</translation>
    </message>
    <message>
        <source>The operational table decides the erasure as proposed: {topic}.</source>
        <translation>De operationele tafel beslist tot de wissing zoals voorgesteld: {topic}.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluation of {code}</source>
        <translation>Evaluatie van {code}</translation>
    </message>
    <message>
        <source>Rate every life domain as it stands now, also where things go well. Once recorded the evaluation is not changed; the table decides on your proposal at its next meeting.</source>
        <translation>Beoordeel elk levensdomein zoals het er nu voor staat, ook waar het goed gaat. Eenmaal vastgelegd wordt de evaluatie niet meer gewijzigd; de tafel beslist over uw voorstel op haar volgende vergadering.</translation>
    </message>
    <message>
        <source>It was due on {due}.</source>
        <translation>Ze was gepland op {due}.</translation>
    </message>
    <message>
        <source>It is due on {due}.</source>
        <translation>Ze is gepland op {due}.</translation>
    </message>
    <message>
        <source>“Last time” is the evaluation of {day}.</source>
        <translation>“Vorige keer” is de evaluatie van {day}.</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Geëvalueerd op</translation>
    </message>
    <message>
        <source>Every life domain, as it stands now</source>
        <translation>Elk levensdomein, zoals het er nu voor staat</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Beschermende factoren</translation>
    </message>
    <message>
        <source>What supports the person: people, activities, strengths</source>
        <translation>Wat de persoon steunt: mensen, activiteiten, sterktes</translation>
    </message>
    <message>
        <source>Proposal to the table</source>
        <translation>Voorstel aan de tafel</translation>
    </message>
    <message>
        <source>Choose a proposal…</source>
        <translation>Kies een voorstel…</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
</context>
<context>
    <name>EvaluationProposal</name>
    <message>
        <source>Continue the trajectory as it is</source>
        <translation>Het traject voortzetten zoals het is</translation>
    </message>
    <message>
        <source>Adjust the goals or actions</source>
        <translation>De doelen of acties bijsturen</translation>
    </message>
    <message>
        <source>Close the trajectory</source>
        <translation>Het traject afsluiten</translation>
    </message>
    <message>
        <source>Refer the case to the LTF</source>
        <translation>De casus doorverwijzen naar de LTF</translation>
    </message>
</context>
<context>
    <name>Evaluations</name>
    <message>
        <source>Rate every life domain before recording the evaluation. Still without a rating: {domains}.</source>
        <translation>Beoordeel elk levensdomein voor u de evaluatie vastlegt. Nog zonder beoordeling: {domains}.</translation>
    </message>
    <message>
        <source>The life domain “{domain}” is no longer in use; reopen the form.</source>
        <translation>Het levensdomein “{domain}” is niet meer in gebruik; open het formulier opnieuw.</translation>
    </message>
    <message>
        <source>Choose what the evaluation proposes to the table.</source>
        <translation>Kies wat de evaluatie aan de tafel voorstelt.</translation>
    </message>
    <message>
        <source>Explain the proposal in a few sentences for the table.</source>
        <translation>Licht het voorstel in enkele zinnen toe voor de tafel.</translation>
    </message>
    <message>
        <source>A note on a life domain may be at most {maximum} characters.</source>
        <translation>Een toelichting bij een levensdomein mag hoogstens {maximum} tekens tellen.</translation>
    </message>
    <message>
        <source>This text may be at most {maximum} characters.</source>
        <translation>Deze tekst mag hoogstens {maximum} tekens tellen.</translation>
    </message>
    <message>
        <source>The date of the evaluation cannot be in the future.</source>
        <translation>De datum van de evaluatie kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The trajectory started on {start}; an evaluation cannot be dated before it.</source>
        <translation>Het traject begon op {start}; een evaluatie kan niet vroeger gedateerd zijn.</translation>
    </message>
</context>
<context>
    <name>EvaluationsSection</name>
    <message>
        <source>decided on {day}</source>
        <translation>beslist op {day}</translation>
    </message>
    <message>
        <source>waiting for the table</source>
        <translation>wacht op de tafel</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Geëvalueerd op</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Proposal to the table</source>
        <translation>Voorstel aan de tafel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Beschermende factoren</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>The table&apos;s decision</source>
        <translation>Beslissing van de tafel</translation>
    </message>
    <message>
        <source>Record an evaluation…</source>
        <translation>Evaluatie vastleggen…</translation>
    </message>
    <message numerus="yes">
        <source>The next evaluation is due on {day}; after that, one every %n month(s).</source>
        <translation>
            <numerusform>De volgende evaluatie is gepland op {day}; daarna om de %n maand een.</numerusform>
            <numerusform>De volgende evaluatie is gepland op {day}; daarna om de %n maanden een.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export changes for a laptop without a network</source>
        <translation>Wijzigingen exporteren voor een laptop zonder netwerk</translation>
    </message>
    <message>
        <source>The bundle holds the changes that member&apos;s laptop does not have yet, and only what that member may see. It is encrypted for their laptop and signed by this one: carry it on a USB stick or leave it in a shared folder, and import it there with “Import changes…”.</source>
        <translation>De bundel bevat de wijzigingen die de laptop van dat lid nog niet heeft, en alleen wat dat lid mag zien. Hij is versleuteld voor die laptop en ondertekend door deze: breng hem over op een USB-stick of zet hem in een gedeelde map, en importeer hem daar met “Wijzigingen importeren…”.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
</context>
<context>
    <name>FeedbackArea</name>
    <message>
        <source>Export the register</source>
        <translation>Het register exporteren</translation>
    </message>
    <message>
        <source>signed: {name}</source>
        <translation>ondertekend: {name}</translation>
    </message>
    <message>
        <source>Select a form in the list first.</source>
        <translation>Selecteer eerst een fiche in de lijst.</translation>
    </message>
    <message>
        <source>register-ltf-{date}.csv</source>
        <translation>register-ltf-{date}.csv</translation>
    </message>
    <message>
        <source>Feedback to the LTF</source>
        <translation>Terugkoppeling aan de LTF</translation>
    </message>
    <message>
        <source>The only channel from the LIVC-R to the police: a form goes to the LTF only after the consensus of every effective participant, signed by the chair, and never with what was shared under professional secrecy.</source>
        <translation>Het enige kanaal van de LIVC-R naar de politie: een fiche gaat pas naar de LTF na consensus van elk effectief deelnemend lid, ondertekend door de voorzitter, en nooit met wat onder het beroepsgeheim werd gedeeld.</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) exported.</source>
        <translation>
            <numerusform>%n fiche geëxporteerd.</numerusform>
            <numerusform>%n fiches geëxporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>To hand over</source>
        <translation>Te overhandigen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>For the LTF</source>
        <translation>Voor de LTF</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Overhandigd</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Bekijken en afdrukken…</translation>
    </message>
    <message>
        <source>Handed to the LTF…</source>
        <translation>Overhandigd aan de LTF…</translation>
    </message>
    <message>
        <source>Answer of the LTF…</source>
        <translation>Antwoord van de LTF…</translation>
    </message>
    <message>
        <source>Only you, as Information Officer, record the hand-over and the LTF&apos;s answer. Record only unclassified information.</source>
        <translation>Alleen u, als Information Officer, registreert de overhandiging en het antwoord van de LTF. Registreer alleen niet-geclassificeerde informatie.</translation>
    </message>
    <message>
        <source>Register of what flowed</source>
        <translation>Register van wat naar de LTF ging</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Bekijken…</translation>
    </message>
    <message>
        <source>Export (CSV)…</source>
        <translation>Exporteren (csv)…</translation>
    </message>
    <message>
        <source>Hand-overs to other LIVC-Rs</source>
        <translation>Overdrachten aan andere LIVC-R&apos;s</translation>
    </message>
</context>
<context>
    <name>FeedbackComposer</name>
    <message>
        <source>Feedback form no. {number} to the LTF – {code}</source>
        <translation>Terugkoppelingsfiche nr. {number} aan de LTF – {code}</translation>
    </message>
    <message>
        <source>Before the table can approve this form:</source>
        <translation>Voordat de tafel deze fiche kan goedkeuren:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The approval is put to the table. The form is approved once every effective participant agrees and the chair signs the decision in the meeting.</source>
        <translation>De goedkeuring is aan de tafel voorgelegd. De fiche is goedgekeurd zodra elk effectief deelnemend lid akkoord gaat en de voorzitter de beslissing in het overleg ondertekent.</translation>
    </message>
    <message numerus="yes">
        <source>Confidential information is repeated in %n text(s) (marked ⚠).</source>
        <translation>
            <numerusform>%n tekst overlapt met vertrouwelijke informatie (gemarkeerd met ⚠).</numerusform>
            <numerusform>%n teksten overlappen met vertrouwelijke informatie (gemarkeerd met ⚠).</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback form to the LTF</source>
        <translation>Terugkoppelingsfiche aan de LTF</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Taal van de fiche</translation>
    </message>
    <message>
        <source>For the LTF</source>
        <translation>Voor de LTF</translation>
    </message>
    <message>
        <source>Reference known to the LTF</source>
        <translation>Referentie gekend bij de LTF</translation>
    </message>
    <message>
        <source>Consultations concerned</source>
        <translation>Betrokken casusoverleg</translation>
    </message>
    <message>
        <source>Followed up in the LIVC-R</source>
        <translation>Opgevolgd in de LIVC-R</translation>
    </message>
    <message>
        <source>Guidance trajectory started</source>
        <translation>Begeleidingstraject opgestart</translation>
    </message>
    <message>
        <source>Kind of service carrying it</source>
        <translation>Soort dienst die het draagt</translation>
    </message>
    <message>
        <source>Save the details</source>
        <translation>Gegevens bewaren</translation>
    </message>
    <message>
        <source>✓ What flows to the LTF</source>
        <translation>✓ Wat naar de LTF gaat</translation>
    </message>
    <message>
        <source>✗ What does NOT flow to the LTF</source>
        <translation>✗ Wat NIET naar de LTF gaat</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Reden van de doorverwijzing</translation>
    </message>
    <message>
        <source>Information the table shares (one item each)</source>
        <translation>Informatie die de tafel deelt (één punt per gegeven)</translation>
    </message>
    <message>
        <source>Always on the form: the table can add to this list, never remove from it.</source>
        <translation>Staat altijd op de fiche: de tafel kan deze lijst aanvullen, nooit inkorten.</translation>
    </message>
    <message>
        <source>Also kept back</source>
        <translation>Wordt ook niet gedeeld</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Bekijken…</translation>
    </message>
    <message>
        <source>Put to the table for approval</source>
        <translation>Ter goedkeuring aan de tafel voorleggen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <source>Referral of the case to the LTF</source>
        <translation>Doorverwijzing van de casus naar de LTF</translation>
    </message>
    <message>
        <source>Report back on a case the LTF passed to the LIVC-R</source>
        <translation>Terugkoppeling over een casus die de LTF aan de LIVC-R doorgaf</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>The content of the case consultation covered by shared professional secrecy (art. 458ter Criminal Code)</source>
        <translation>De inhoud van het casusoverleg die onder het gedeeld beroepsgeheim valt (art. 458ter Sw.)</translation>
    </message>
    <message>
        <source>The updates and evaluations of the guidance trajectory</source>
        <translation>De opvolgingsverslagen en evaluaties van het begeleidingstraject</translation>
    </message>
    <message>
        <source>The notes of the partners and of the LIVC-R</source>
        <translation>De notities van de partners en van de LIVC-R</translation>
    </message>
    <message>
        <source>The identity of the person or service that signalled the concern</source>
        <translation>De identiteit van de persoon of dienst die de zorg signaleerde</translation>
    </message>
    <message>
        <source>Write the text of the item.</source>
        <translation>Schrijf de tekst van het punt.</translation>
    </message>
    <message>
        <source>An item may be at most {maximum} characters: split it into separate items.</source>
        <translation>Een punt telt hoogstens {maximum} tekens: splits het in afzonderlijke punten.</translation>
    </message>
    <message>
        <source>The name of the LTF is too long.</source>
        <translation>De naam van de LTF is te lang.</translation>
    </message>
    <message>
        <source>The reference may be at most {maximum} characters.</source>
        <translation>De referentie telt hoogstens {maximum} tekens.</translation>
    </message>
    <message>
        <source>A consultation date cannot be in the future.</source>
        <translation>Een datum van overleg kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>A form names at most {maximum} consultation dates.</source>
        <translation>Een fiche vermeldt hoogstens {maximum} data van overleg.</translation>
    </message>
    <message>
        <source>A feedback form is written in Dutch, French or German.</source>
        <translation>Een terugkoppelingsfiche wordt opgesteld in het Nederlands, Frans of Duits.</translation>
    </message>
    <message>
        <source>The feedback form cannot be printed in {language}: {count} of its texts are not yet translated into that language. Choose another language for the form, or have the translation completed first.</source>
        <translation>De terugkoppelingsfiche kan niet worden afgedrukt in de taal {language}: {count} van haar teksten zijn nog niet in die taal vertaald. Kies een andere taal voor de fiche, of laat eerst de vertaling vervolledigen.</translation>
    </message>
    <message>
        <source>Name the kind of service only when a guidance trajectory was started.</source>
        <translation>Vermeld het soort dienst alleen wanneer een begeleidingstraject werd opgestart.</translation>
    </message>
    <message>
        <source>Name the LTF the form is for.</source>
        <translation>Vermeld voor welke LTF de fiche bestemd is.</translation>
    </message>
    <message>
        <source>Give the reference by which the LTF knows the person.</source>
        <translation>Geef de referentie waaronder de LTF de persoon kent.</translation>
    </message>
    <message>
        <source>Give the date of at least one consultation.</source>
        <translation>Geef de datum van minstens één overleg.</translation>
    </message>
    <message>
        <source>Give the reason for the referral.</source>
        <translation>Geef de reden van de doorverwijzing.</translation>
    </message>
    <message>
        <source>State whether the case is followed up in the LIVC-R.</source>
        <translation>Vermeld of de casus in de LIVC-R wordt opgevolgd.</translation>
    </message>
    <message>
        <source>State which kind of service carries the guidance trajectory.</source>
        <translation>Vermeld welk soort dienst het begeleidingstraject draagt.</translation>
    </message>
    <message>
        <source>This feedback form does not exist.</source>
        <translation>Deze terugkoppelingsfiche bestaat niet.</translation>
    </message>
    <message>
        <source>Your role does not allow you to see or change this feedback form.</source>
        <translation>Uw rol laat u niet toe deze terugkoppelingsfiche te bekijken of te wijzigen.</translation>
    </message>
    <message>
        <source>Choose an existing feedback form of this case.</source>
        <translation>Kies een bestaande terugkoppelingsfiche van deze casus.</translation>
    </message>
    <message>
        <source>This feedback form belongs to another case; approve it on that case&apos;s item.</source>
        <translation>Deze terugkoppelingsfiche hoort bij een andere casus; keur ze goed bij het agendapunt van die casus.</translation>
    </message>
    <message>
        <source>This feedback form is “{status}”: only a draft can be approved. A change means a new version and a new consensus.</source>
        <translation>Deze terugkoppelingsfiche is “{status}”: alleen een ontwerp kan worden goedgekeurd. Een wijziging vraagt een nieuwe versie en een nieuwe consensus.</translation>
    </message>
    <message>
        <source>The feedback form is not ready for approval: {missing}</source>
        <translation>De terugkoppelingsfiche is nog niet klaar voor goedkeuring: {missing}</translation>
    </message>
    <message numerus="yes">
        <source>Confidential information is repeated in %n text(s) of the feedback form. Remove the passages or confirm they are not covered by professional secrecy before the table approves the form.</source>
        <translation>
            <numerusform>%n tekst van de terugkoppelingsfiche overlapt met vertrouwelijke informatie. Schrap de passages of bevestig dat ze niet onder het beroepsgeheim vallen voordat de tafel de fiche goedkeurt.</numerusform>
            <numerusform>%n teksten van de terugkoppelingsfiche overlappen met vertrouwelijke informatie. Schrap de passages of bevestig dat ze niet onder het beroepsgeheim vallen voordat de tafel de fiche goedkeurt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A feedback form is approved only with the agreement of every effective participant.</source>
        <translation>Een terugkoppelingsfiche wordt alleen goedgekeurd met het akkoord van elk effectief deelnemend lid.</translation>
    </message>
    <message>
        <source>Form no. {number} ({purpose})</source>
        <translation>Fiche nr. {number} ({purpose})</translation>
    </message>
    <message>
        <source>This feedback form is “{status}” and can no longer change. A change means a new version, approved again by consensus.</source>
        <translation>Deze terugkoppelingsfiche is “{status}” en kan niet meer wijzigen. Een wijziging vraagt een nieuwe versie, opnieuw goedgekeurd bij consensus.</translation>
    </message>
    <message>
        <source>This item is not on the form any more.</source>
        <translation>Dit punt staat niet meer op de fiche.</translation>
    </message>
    <message>
        <source>Only an approved form gets a new version; change the draft itself instead.</source>
        <translation>Alleen een goedgekeurde fiche krijgt een nieuwe versie; wijzig anders het ontwerp zelf.</translation>
    </message>
    <message>
        <source>A new version of this form is already being drafted.</source>
        <translation>Er wordt al een nieuwe versie van deze fiche opgesteld.</translation>
    </message>
    <message>
        <source>The case is not on the agenda of a meeting that is running: the table approves a form during its meeting.</source>
        <translation>De casus staat niet op de agenda van een lopend overleg: de tafel keurt een fiche goed tijdens haar overleg.</translation>
    </message>
    <message>
        <source>Approve feedback form no. {number} to the LTF ({purpose}).</source>
        <translation>Goedkeuring van terugkoppelingsfiche nr. {number} aan de LTF ({purpose}).</translation>
    </message>
    <message>
        <source>Feedback form no. {number} of case {code} no longer matches what the table approved.</source>
        <translation>Terugkoppelingsfiche nr. {number} van casus {code} komt niet meer overeen met wat de tafel goedkeurde.</translation>
    </message>
</context>
<context>
    <name>FeedbackHandOver</name>
    <message>
        <source>Form no. {number} of {code} is recorded as handed to {ltf} on {day}.</source>
        <translation>Fiche nr. {number} van {code} wordt vastgelegd als overhandigd aan {ltf} op {day}.</translation>
    </message>
    <message>
        <source>The register of what flowed to the LTF keeps it for good; the form can no longer be withdrawn or replaced.</source>
        <translation>Het register van wat naar de LTF ging, bewaart dit voorgoed; de fiche kan niet meer worden ingetrokken of vervangen.</translation>
    </message>
    <message>
        <source>Form no. {number} of {code} is withdrawn: it stays on record, and can no longer be changed, approved or handed to the LTF.</source>
        <translation>Fiche nr. {number} van {code} wordt ingetrokken: ze blijft bewaard en kan niet meer worden gewijzigd, goedgekeurd of aan de LTF overhandigd.</translation>
    </message>
    <message>
        <source>Enter to which LTF the form was handed.</source>
        <translation>Vul in aan welke LTF de fiche werd overhandigd.</translation>
    </message>
    <message>
        <source>The answer of the LTF can be recorded when it comes.</source>
        <translation>Het antwoord van de LTF kan worden vastgelegd zodra het binnenkomt.</translation>
    </message>
</context>
<context>
    <name>FeedbackPdf</name>
    <message>
        <source>LIVC-R</source>
        <translation>LIVC-R</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>For the LTF</source>
        <translation>Voor de LTF</translation>
    </message>
    <message>
        <source>Reference known to the LTF</source>
        <translation>Referentie gekend bij de LTF</translation>
    </message>
    <message>
        <source>Case code of the LIVC-R</source>
        <translation>Casuscode van de LIVC-R</translation>
    </message>
    <message>
        <source>Category in the Common Database (as shared by the IO)</source>
        <translation>Categorie in de GGB (zoals gedeeld door de IO)</translation>
    </message>
    <message>
        <source>Consultations concerned</source>
        <translation>Betrokken casusoverleg</translation>
    </message>
    <message>
        <source>no. {number}</source>
        <translation>nr. {number}</translation>
    </message>
    <message>
        <source>replaces an earlier version of this form</source>
        <translation>vervangt een eerdere versie van deze fiche</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>The case is referred to the LTF</source>
        <translation>De casus wordt doorverwezen naar de LTF</translation>
    </message>
    <message>
        <source>The case is followed up in the LIVC-R</source>
        <translation>De casus wordt opgevolgd in de LIVC-R</translation>
    </message>
    <message>
        <source>The follow-up in the LIVC-R is stopped</source>
        <translation>De opvolging in de LIVC-R wordt stopgezet</translation>
    </message>
    <message>
        <source>A personalised guidance trajectory is started</source>
        <translation>Er wordt een begeleidingstraject op maat opgestart</translation>
    </message>
    <message>
        <source>The guidance trajectory is evaluated</source>
        <translation>Het begeleidingstraject wordt geëvalueerd</translation>
    </message>
    <message>
        <source>The case is closed in the LIVC-R</source>
        <translation>De casus wordt afgesloten in de LIVC-R</translation>
    </message>
    <message>
        <source>Another decision of the table</source>
        <translation>Een andere beslissing van de tafel</translation>
    </message>
    <message>
        <source>Decisions of the table</source>
        <translation>Beslissingen van de tafel</translation>
    </message>
    <message>
        <source>What the table decided</source>
        <translation>Wat de tafel besliste</translation>
    </message>
    <message>
        <source>The case is followed up in the LIVC-R: {answer}</source>
        <translation>De casus wordt opgevolgd in de LIVC-R: {answer}</translation>
    </message>
    <message>
        <source>yes, carried by: {service}</source>
        <translation>ja, gedragen door: {service}</translation>
    </message>
    <message>
        <source>A personalised guidance trajectory was started: {answer}</source>
        <translation>Er werd een begeleidingstraject op maat opgestart: {answer}</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Reden van de doorverwijzing</translation>
    </message>
    <message>
        <source>Information the table shares</source>
        <translation>Informatie die de tafel deelt</translation>
    </message>
    <message>
        <source>No further information is shared.</source>
        <translation>Er wordt geen verdere informatie gedeeld.</translation>
    </message>
    <message>
        <source>✓  What flows to the LTF</source>
        <translation>✓  Wat naar de LTF gaat</translation>
    </message>
    <message>
        <source>This information stays within the LIVC-R under shared professional secrecy (art. 458ter Criminal Code).</source>
        <translation>Deze informatie blijft binnen de LIVC-R onder het gedeeld beroepsgeheim (art. 458ter Sw.).</translation>
    </message>
    <message>
        <source>✗  What does NOT flow to the LTF</source>
        <translation>✗  Wat NIET naar de LTF gaat</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>by consensus of all {count} effectively participating members, on {date}</source>
        <translation>bij consensus van alle {count} effectief deelnemende leden, op {date}</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <source>Signature fingerprint</source>
        <translation>Vingerafdruk van de handtekening</translation>
    </message>
    <message>
        <source>Content hash (SHA-256)</source>
        <translation>Hash van de inhoud (SHA-256)</translation>
    </message>
    <message>
        <source>The hash identifies the approved content: any change to the form gives another hash. A change after approval is a new form, approved again by consensus.</source>
        <translation>De hash identificeert de goedgekeurde inhoud: elke wijziging aan de fiche geeft een andere hash. Een wijziging na goedkeuring is een nieuwe fiche, opnieuw goedgekeurd bij consensus.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Goedkeuring</translation>
    </message>
    <message>
        <source>Feedback form to the LTF</source>
        <translation>Terugkoppelingsfiche aan de LTF</translation>
    </message>
    <message>
        <source>DRAFT – not approved by the table. This form may not be passed on to the LTF.</source>
        <translation>ONTWERP – niet goedgekeurd door de tafel. Deze fiche mag niet aan de LTF worden bezorgd.</translation>
    </message>
    <message>
        <source>Under art. 458ter §2 of the Criminal Code and the law of 30 July 2018 on the LIVC-R, a feedback form goes to the LTF only after the consensus of all members who effectively took part in the consultation, and it contains no information covered by professional secrecy that was revealed during the consultation.</source>
        <translation>Overeenkomstig art. 458ter §2 Sw. en de wet van 30 juli 2018 op de LIVC-R gaat een terugkoppelingsfiche pas naar de LTF na consensus van alle leden die effectief aan het overleg deelnamen, en bevat ze geen informatie die tijdens het overleg werd onthuld en onder het beroepsgeheim valt.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ONTWERP</translation>
    </message>
</context>
<context>
    <name>FeedbackPreview</name>
    <message>
        <source>The form could not be shown.</source>
        <translation>De fiche kon niet worden getoond.</translation>
    </message>
    <message>
        <source>feedback-form-{code}-{number}-{language}.pdf</source>
        <translation>terugkoppelingsfiche-{code}-{number}-{language}.pdf</translation>
    </message>
    <message>
        <source>Feedback form – preview</source>
        <translation>Terugkoppelingsfiche – voorbeeld</translation>
    </message>
    <message>
        <source>Making the form…</source>
        <translation>De fiche wordt opgemaakt…</translation>
    </message>
    <message numerus="yes">
        <source>Form no. {number} in {language}, %n page(s), as the LTF reads it.</source>
        <translation>
            <numerusform>Fiche nr. {number}, taal: {language}, %n pagina, zoals de LTF ze leest.</numerusform>
            <numerusform>Fiche nr. {number}, taal: {language}, %n pagina’s, zoals de LTF ze leest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Groter</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Bewaren als pdf…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>FeedbackSection</name>
    <message>
        <source>Select a form in the list first.</source>
        <translation>Selecteer eerst een fiche in de lijst.</translation>
    </message>
    <message>
        <source>Only a draft can be withdrawn.</source>
        <translation>Alleen een ontwerp kan worden ingetrokken.</translation>
    </message>
    <message>
        <source>A signed decision of the table opens a form; the table approves it by consensus, and only the Information Officer hands it to the LTF.</source>
        <translation>Een ondertekende beslissing van de tafel opent een fiche; de tafel keurt ze goed bij consensus, en alleen de Information Officer overhandigt ze aan de LTF.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Overhandigd</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Bekijken…</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nieuwe versie…</translation>
    </message>
    <message>
        <source>Withdraw the draft</source>
        <translation>Het ontwerp intrekken</translation>
    </message>
</context>
<context>
    <name>FigureSection</name>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Guidance trajectories</source>
        <translation>Begeleidingstrajecten</translation>
    </message>
    <message>
        <source>Decisions and the LTF</source>
        <translation>Beslissingen en de LTF</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Hidden counts (“&lt; {threshold}” and “x”) are left out of the chart; the table shows where they are.</source>
        <translation>Verborgen aantallen (“&lt; {threshold}” en “x”) staan niet in de grafiek; de tabel toont waar ze zijn.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>In a table of days, x also stands for a duration worked out from fewer than {threshold} signals or cases.</source>
        <translation>In een tabel van dagen staat x ook voor een duur die berekend is op minder dan {threshold} signalen of casussen.</translation>
    </message>
    <message>
        <source>x: hidden so that a count below {threshold} cannot be worked out from the others.</source>
        <translation>x: verborgen zodat een aantal onder {threshold} niet uit de andere kan worden afgeleid.</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <source>x: hidden so that a small count cannot be worked out, or a median of too few values.</source>
        <translation>x: verborgen zodat een klein aantal niet kan worden afgeleid, of een mediaan van te weinig waarden.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>The threshold for small counts must be a whole number from {low} to {high}.</source>
        <translation>De drempel voor kleine aantallen moet een geheel getal van {low} tot {high} zijn.</translation>
    </message>
    <message>
        <source>The meeting interval must be a whole number of months from 1 to {high}.</source>
        <translation>De vergaderinterval moet een geheel aantal maanden van 1 tot {high} zijn.</translation>
    </message>
    <message>
        <source>This municipality is not one of the LIVC-R&apos;s.</source>
        <translation>Deze gemeente hoort niet bij de LIVC-R.</translation>
    </message>
    <message>
        <source>The operational table has not met for more than {months} months (last meeting: {last}).</source>
        <translation>De operationele tafel is al meer dan {months} maanden niet samengekomen (laatste vergadering: {last}).</translation>
    </message>
    <message>
        <source>Some counts are hidden as well: with the figures of {start} – {end} shown before, the difference would reveal a count below the threshold.</source>
        <translation>Ook enkele andere aantallen worden verborgen: samen met de eerder getoonde cijfers van {start} – {end} zou het verschil een aantal onder de drempel prijsgeven.</translation>
    </message>
    <message>
        <source>Some counts are hidden as well: with the figures of {start} – {end} and of other periods shown before, the differences would reveal a count below the threshold.</source>
        <translation>Ook enkele andere aantallen worden verborgen: samen met de eerder getoonde cijfers van {start} – {end} en van andere periodes zouden de verschillen een aantal onder de drempel prijsgeven.</translation>
    </message>
    <message>
        <source>Some counts are hidden as well: the figures of this period were shown before with other counts, and the difference would reveal a count below the threshold.</source>
        <translation>Ook enkele andere aantallen worden verborgen: de cijfers van deze periode werden eerder met andere aantallen getoond, en het verschil zou een aantal onder de drempel prijsgeven.</translation>
    </message>
    <message>
        <source>The operational table has not met in the last {months} months.</source>
        <translation>De operationele tafel is de voorbije {months} maanden niet samengekomen.</translation>
    </message>
    <message>
        <source>Became a case of the table</source>
        <translation>Werd een casus van de tafel</translation>
    </message>
    <message>
        <source>Not screened yet</source>
        <translation>Nog niet gescreend</translation>
    </message>
    <message>
        <source>Signals received, by who signalled them</source>
        <translation>Ontvangen signalen, naar wie ze signaleerde</translation>
    </message>
    <message>
        <source>Signals received, and how many became cases</source>
        <translation>Ontvangen signalen, en hoeveel er een casus werden</translation>
    </message>
    <message>
        <source>What the screening made of them by the end of the period.</source>
        <translation>Wat de screening er tegen het einde van de periode van maakte.</translation>
    </message>
    <message>
        <source>Signals received per month</source>
        <translation>Ontvangen signalen per maand</translation>
    </message>
    <message>
        <source>Days from the signal to its first discussion at the table</source>
        <translation>Dagen van het signaal tot de eerste bespreking aan de tafel</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <source>First quartile</source>
        <translation>Eerste kwartiel</translation>
    </message>
    <message>
        <source>Third quartile</source>
        <translation>Derde kwartiel</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>Half of the signals waited less than the median; half of them between the first and the third quartile. Not shown when fewer signals than the threshold were discussed.</source>
        <translation>De helft van de signalen wachtte korter dan de mediaan; de helft tussen het eerste en het derde kwartiel. Niet getoond als er minder signalen dan de drempel besproken werden.</translation>
    </message>
    <message>
        <source>Open then, closed since</source>
        <translation>Toen open, sindsdien afgesloten</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Heropend</translation>
    </message>
    <message>
        <source>Open and not discussed for 12 months</source>
        <translation>Open en 12 maanden niet besproken</translation>
    </message>
    <message>
        <source>Cases in hand during the period, by status at its end</source>
        <translation>Casussen in behandeling tijdens de periode, naar status op het einde ervan</translation>
    </message>
    <message>
        <source>Every case opened by the end of the period and not closed before it began; closed: closed during the period.</source>
        <translation>Elke casus die tegen het einde van de periode geopend was en niet voor het begin ervan afgesloten; afgesloten: afgesloten tijdens de periode.</translation>
    </message>
    <message>
        <source>Cases opened, closed and reopened</source>
        <translation>Casussen geopend, afgesloten en heropend</translation>
    </message>
    <message>
        <source>Every case should be discussed at least once a year: the last row counts open cases the operational table has not discussed for 12 months.</source>
        <translation>Elke casus wordt minstens eenmaal per jaar besproken: de laatste rij telt open casussen die de operationele tafel 12 maanden niet besprak.</translation>
    </message>
    <message>
        <source>Cases opened per month</source>
        <translation>Geopende casussen per maand</translation>
    </message>
    <message>
        <source>Signals received per quarter</source>
        <translation>Ontvangen signalen per kwartaal</translation>
    </message>
    <message>
        <source>Signals received per year</source>
        <translation>Ontvangen signalen per jaar</translation>
    </message>
    <message>
        <source>Cases opened per quarter</source>
        <translation>Geopende casussen per kwartaal</translation>
    </message>
    <message>
        <source>Cases opened per year</source>
        <translation>Geopende casussen per jaar</translation>
    </message>
    <message>
        <source>Cases closed, by reason</source>
        <translation>Afgesloten casussen, naar reden</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Running at the end of the period</source>
        <translation>Lopend op het einde van de periode</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Evaluations held</source>
        <translation>Gehouden evaluaties</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Verbeterd</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Onveranderd</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Verslechterd</translation>
    </message>
    <message>
        <source>Guidance trajectories and evaluations</source>
        <translation>Begeleidingstrajecten en evaluaties</translation>
    </message>
    <message>
        <source>Guidance trajectories ended, by outcome</source>
        <translation>Beëindigde begeleidingstrajecten, naar uitkomst</translation>
    </message>
    <message>
        <source>Guidance trajectories started, by kind of lead service</source>
        <translation>Gestarte begeleidingstrajecten, naar soort trekkende dienst</translation>
    </message>
    <message>
        <source>How the life domains moved between two evaluations</source>
        <translation>Hoe de levensdomeinen evolueerden tussen twee evaluaties</translation>
    </message>
    <message>
        <source>Each life domain rated at an evaluation of the period, compared with the evaluation before it; never shown per person, nor for fewer people than the threshold.</source>
        <translation>Elk levensdomein beoordeeld bij een evaluatie van de periode, vergeleken met de evaluatie ervoor; nooit per persoon getoond, noch voor minder personen dan de drempel.</translation>
    </message>
    <message>
        <source>Consensus on the first proposal</source>
        <translation>Consensus bij het eerste voorstel</translation>
    </message>
    <message>
        <source>Consensus after rewording</source>
        <translation>Consensus na herformulering</translation>
    </message>
    <message>
        <source>Cases referred to the LTF</source>
        <translation>Casussen doorverwezen naar de LTF</translation>
    </message>
    <message>
        <source>Feedback forms approved</source>
        <translation>Goedgekeurde terugkoppelingsfiches</translation>
    </message>
    <message>
        <source>Feedback forms handed over</source>
        <translation>Overhandigde terugkoppelingsfiches</translation>
    </message>
    <message>
        <source>Cases the LTF passed to the LIVC-R</source>
        <translation>Casussen die de LTF aan de LIVC-R doorgaf</translation>
    </message>
    <message>
        <source>Decisions signed, by kind</source>
        <translation>Ondertekende beslissingen, naar soort</translation>
    </message>
    <message>
        <source>How consensus was reached</source>
        <translation>Hoe consensus werd bereikt</translation>
    </message>
    <message>
        <source>Referrals and feedback to the LTF</source>
        <translation>Doorverwijzingen en terugkoppeling naar de LTF</translation>
    </message>
    <message>
        <source>Operational table</source>
        <translation>Operationele tafel</translation>
    </message>
    <message>
        <source>Strategic table</source>
        <translation>Strategische tafel</translation>
    </message>
    <message>
        <source>For the whole LIVC-R: the tables meet for every municipality together.</source>
        <translation>Voor de hele LIVC-R: de tafels vergaderen voor alle gemeenten samen.</translation>
    </message>
    <message>
        <source>Meetings held and items discussed</source>
        <translation>Gehouden vergaderingen en besproken punten</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Gehouden vergaderingen</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agendapunten</translation>
    </message>
    <message>
        <source>Agenda items per meeting of the operational table</source>
        <translation>Agendapunten per vergadering van de operationele tafel</translation>
    </message>
    <message>
        <source>items</source>
        <translation>punten</translation>
    </message>
    <message>
        <source>For the whole LIVC-R; not shown when the table met fewer times than the threshold.</source>
        <translation>Voor de hele LIVC-R; niet getoond als de tafel minder vaak samenkwam dan de drempel.</translation>
    </message>
    <message>
        <source>Attendance at the meetings held, per organisation</source>
        <translation>Aanwezigheid op de gehouden vergaderingen, per organisatie</translation>
    </message>
    <message>
        <source>How many times someone of the organisation was present, excused or absent; never who.</source>
        <translation>Hoe vaak iemand van de organisatie aanwezig, verontschuldigd of afwezig was; nooit wie.</translation>
    </message>
    <message>
        <source>No municipality of this LIVC-R is called “{name}”. Choose one of: {names}.</source>
        <translation>Geen gemeente van deze LIVC-R heet “{name}”. Kies een van: {names}.</translation>
    </message>
    <message>
        <source>The year must be between 2000 and 2999.</source>
        <translation>Het jaar moet tussen 2000 en 2999 liggen.</translation>
    </message>
    <message>
        <source>Counts below {threshold} are shown as “&lt; {threshold}”, and some other counts are hidden as well so that no hidden count can be worked out or narrowed down from totals, other figures or figures of other periods shown before.</source>
        <translation>Aantallen onder {threshold} worden getoond als “&lt; {threshold}”, en ook enkele andere aantallen worden verborgen, zodat geen verborgen aantal kan worden afgeleid of benaderd uit totalen, andere cijfers of eerder getoonde cijfers van andere periodes.</translation>
    </message>
</context>
<context>
    <name>FiguresArea</name>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Anonymised figures of the LIVC-R for the strategic table: counts only, never a person or a case. Small counts are hidden so that nobody can be recognised.</source>
        <translation>Geanonimiseerde cijfers van de LIVC-R voor de strategische tafel: alleen aantallen, nooit een persoon of een casus. Kleine aantallen worden verborgen zodat niemand herkend kan worden.</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>De cijfers exporteren</translation>
    </message>
    <message>
        <source>Save the yearly report</source>
        <translation>Het jaarverslag opslaan</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>De cijfers worden berekend…</translation>
    </message>
    <message>
        <source>The strategic table approved the yearly report of {year}: the report prints the figures as they were at the approval, these are computed now.</source>
        <translation>De strategische tafel heeft het jaarverslag {year} goedgekeurd: het verslag drukt de cijfers af zoals ze waren bij de goedkeuring, deze hier zijn nu berekend.</translation>
    </message>
    <message>
        <source>figures-{start}-{end}.csv</source>
        <translation>cijfers-{start}-{end}.csv</translation>
    </message>
    <message>
        <source>yearly-report-{year}-{language}.pdf</source>
        <translation>jaarverslag-{year}-{language}.pdf</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Het bestand wordt geschreven…</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Opgeslagen als {file}.</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another folder and try again.</source>
        <translation>Het bestand kon niet geschreven worden. Kies een andere map en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The yearly report of {year} was approved: its texts can no longer be changed.</source>
        <translation>Het jaarverslag {year} is goedgekeurd: de teksten kunnen niet meer gewijzigd worden.</translation>
    </message>
    <message>
        <source>The texts of {year} were saved.</source>
        <translation>De teksten van {year} zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Texts of the year…</source>
        <translation>Teksten van het jaar…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Yearly report…</source>
        <translation>Jaarverslag…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voor ze begint.</translation>
    </message>
    <message>
        <source>Type both days of the period.</source>
        <translation>Typ beide dagen van de periode.</translation>
    </message>
</context>
<context>
    <name>FiguresSettingsPage</name>
    <message>
        <source>Hide counts below:</source>
        <translation>Aantallen verbergen onder:</translation>
    </message>
    <message>
        <source>Warn when the operational table has not met for:</source>
        <translation>Waarschuwen als de operationele tafel niet samenkwam gedurende:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>The strategic table&apos;s figures show no count below this threshold (at least 3), and hide other counts where they would let a small one be worked out.</source>
        <translation>De cijfers van de strategische tafel tonen geen aantal onder deze drempel (minstens 3) en verbergen ook andere aantallen waar die een klein aantal zouden verraden.</translation>
    </message>
    <message>
        <source>Set by the house rules (version %1) that are in force: a change goes through a new version adopted by the strategic table.</source>
        <translation>Vastgelegd in het huishoudelijk reglement dat van kracht is (versie %1): een wijziging gebeurt via een nieuwe versie die de strategische tafel aanneemt.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the settings of the figures.</source>
        <translation>Alleen een coördinator kan de instellingen van de cijfers wijzigen.</translation>
    </message>
</context>
<context>
    <name>FinalStepDialog</name>
    <message>
        <source>I understand that this becomes final with these parts missing.</source>
        <translation>Ik begrijp dat dit definitief wordt terwijl deze onderdelen ontbreken.</translation>
    </message>
</context>
<context>
    <name>FinalStepPanel</name>
    <message>
        <source>Do this first</source>
        <translation>Doe eerst dit</translation>
    </message>
    <message>
        <source>This becomes final and cannot be undone</source>
        <translation>Dit wordt definitief en kan niet ongedaan worden gemaakt</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Ontbreekt nog</translation>
    </message>
    <message>
        <source>Still possible afterwards</source>
        <translation>Daarna nog mogelijk</translation>
    </message>
</context>
<context>
    <name>FingerprintPage</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Syncing… {count} of {total} changes received</source>
        <translation>Synchroniseren… {count} van {total} wijzigingen ontvangen</translation>
    </message>
    <message>
        <source>This laptop is synced. Finish, and sign in with your passphrase.</source>
        <translation>Deze laptop is gesynchroniseerd. Rond af en meld u aan met uw wachtwoordzin.</translation>
    </message>
    <message>
        <source>The sync failed: {reason}</source>
        <translation>De synchronisatie mislukte: {reason}</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint</source>
        <translation>De vingerafdruk van deze laptop</translation>
    </message>
    <message>
        <source>The coordinator approves the laptop by this fingerprint.</source>
        <translation>De coördinator keurt de laptop goed aan de hand van deze vingerafdruk.</translation>
    </message>
    <message>
        <source>Read this fingerprint to the coordinator, in person or by phone. The coordinator types it in the Sync area and approves this laptop.</source>
        <translation>Lees deze vingerafdruk voor aan de coördinator, ter plaatse of per telefoon. De coördinator typt hem in het onderdeel Synchronisatie en keurt deze laptop goed.</translation>
    </message>
    <message>
        <source>This laptop does not use the hub. Save the join request and give it to the coordinator with the fingerprint; import the bundle the coordinator gives you back, before you finish: the laptop opens once its records have arrived.</source>
        <translation>Deze laptop gebruikt de hub niet. Bewaar de aansluitingsaanvraag en geef ze met de vingerafdruk aan de coördinator; importeer de bundel die u van de coördinator terugkrijgt voor u afsluit: de laptop opent pas als zijn gegevens aangekomen zijn.</translation>
    </message>
    <message>
        <source>Once it is approved, sync now to receive what you may see. You can also finish now: the first sign-in syncs when the hub can be reached.</source>
        <translation>Zodra hij is goedgekeurd, synchroniseert u nu om te ontvangen wat u mag zien. U kunt ook nu afronden: de eerste aanmelding synchroniseert zodra de hub bereikbaar is.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
</context>
<context>
    <name>FlowRegister</name>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Goedgekeurd op</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>What flowed</source>
        <translation>Wat ging</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Overhandigd op</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Beantwoord op</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose a folder</source>
        <translation>Een map kiezen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
</context>
<context>
    <name>FolderList</name>
    <message>
        <source>The list of this laptop&apos;s LIVC-Rs could not be read, so it was made again from the data folders found on this laptop. Nothing was lost; the times of the last sync come back once each LIVC-R is opened. A data folder kept elsewhere can be added with “Locate…”.</source>
        <translation>De lijst van de LIVC-R&apos;s op deze laptop kon niet gelezen worden en werd daarom opnieuw opgebouwd uit de gegevensmappen op deze laptop. Er ging niets verloren; het tijdstip van de laatste synchronisatie verschijnt weer zodra elke LIVC-R geopend is. Een gegevensmap die elders staat, voegt u toe met “Zoeken…”.</translation>
    </message>
</context>
<context>
    <name>FolderListDialog</name>
    <message>
        <source>{name} (folder not found)</source>
        <translation>{name} (map niet gevonden)</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Where is this LIVC-R&apos;s data folder now?</source>
        <translation>Waar staat de gegevensmap van deze LIVC-R nu?</translation>
    </message>
    <message>
        <source>The folder {folder} holds no LIVC-R. Choose the folder that holds livcr.db and keyslots.json.</source>
        <translation>De map {folder} bevat geen LIVC-R. Kies de map met livcr.db en keyslots.json.</translation>
    </message>
    <message>
        <source>Choose a data folder</source>
        <translation>Kies een gegevensmap</translation>
    </message>
    <message>
        <source>LIVC-R Desktop</source>
        <translation>LIVC-R Desktop</translation>
    </message>
    <message>
        <source>Choose an LIVC-R</source>
        <translation>Kies een LIVC-R</translation>
    </message>
    <message>
        <source>This laptop works for several LIVC-Rs. Each has its own data folder, passphrase and hub; choose the one to sign in to.</source>
        <translation>Deze laptop werkt voor meerdere LIVC-R&apos;s. Elke LIVC-R heeft een eigen gegevensmap, wachtwoordzin en hub; kies de LIVC-R waarbij u zich wilt aanmelden.</translation>
    </message>
    <message>
        <source>LIVC-R</source>
        <translation>LIVC-R</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Laatst gesynchroniseerd</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Locate…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>Uit de lijst &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Join an LIVC-R…</source>
        <translation>&amp;Aansluiten bij een LIVC-R…</translation>
    </message>
    <message>
        <source>&amp;Set up a new LIVC-R…</source>
        <translation>Een &amp;nieuwe LIVC-R opzetten…</translation>
    </message>
    <message>
        <source>Open a data folder elsewhere…</source>
        <translation>Een gegevensmap elders openen…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up of {code}</source>
        <translation>Opvolging van {code}</translation>
    </message>
    <message>
        <source>Look at it again on</source>
        <translation>Opnieuw bekijken op</translation>
    </message>
    <message>
        <source>No follow-up date</source>
        <translation>Geen opvolgingsdatum</translation>
    </message>
</context>
<context>
    <name>FormStatus</name>
    <message>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>Approved and signed</source>
        <translation>Goedgekeurd en ondertekend</translation>
    </message>
    <message>
        <source>Handed to the LTF</source>
        <translation>Overhandigd aan de LTF</translation>
    </message>
    <message>
        <source>Answered by the LTF</source>
        <translation>Beantwoord door de LTF</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>Vervangen door een nieuwere versie</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>GgbCategory</name>
    <message>
        <source>Not known or not shared</source>
        <translation>Niet bekend of niet gedeeld</translation>
    </message>
    <message>
        <source>Not in the Common Database</source>
        <translation>Niet in de GGB</translation>
    </message>
    <message>
        <source>FTF – foreign terrorist fighter</source>
        <translation>FTF – foreign terrorist fighter</translation>
    </message>
    <message>
        <source>HTF – homegrown terrorist fighter</source>
        <translation>HTF – homegrown terrorist fighter</translation>
    </message>
    <message>
        <source>HP – hate propagandist</source>
        <translation>HP – haatpropagandist</translation>
    </message>
    <message>
        <source>PVE – potentially violent extremist</source>
        <translation>PGE – potentieel gewelddadige extremist</translation>
    </message>
    <message>
        <source>PCT – convicted of terrorism</source>
        <translation>TV – terrorismeveroordeelde</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <source>Life domains it aims at</source>
        <translation>Levensdomeinen waarop het doel gericht is</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Not started</source>
        <translation>Nog niet begonnen</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>Wordt aan gewerkt</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Losgelaten</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>“{dialog}”: {fields}</source>
        <translation>“{dialog}”: {fields}</translation>
    </message>
    <message>
        <source>“{dialog}”</source>
        <translation>“{dialog}”</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>A guest at this item</source>
        <translation>Een gast bij dit agendapunt</translation>
    </message>
    <message>
        <source>Hand the laptop to the guest: the guest reads the text below and ticks it. Only then is the guest recorded at this item.</source>
        <translation>Geef de laptop aan de gast: de gast leest de tekst hieronder en vinkt die aan. Pas dan wordt de gast bij dit agendapunt geregistreerd.</translation>
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
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>I acknowledge this duty of secrecy</source>
        <translation>Ik erken deze geheimhoudingsplicht</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>This file is not a hand-over from another LIVC-R, or it is damaged.</source>
        <translation>Dit bestand is geen overdracht van een andere LIVC-R, of het is beschadigd.</translation>
    </message>
    <message>
        <source>Choose the LIVC-R that takes the case over.</source>
        <translation>Kies de LIVC-R die de casus overneemt.</translation>
    </message>
    <message>
        <source>Name the contact person the other LIVC-R can call about the case.</source>
        <translation>Vermeld de contactpersoon die de andere LIVC-R over de casus kan bellen.</translation>
    </message>
    <message>
        <source>Write the text, or leave it out.</source>
        <translation>Schrijf de tekst, of laat hem weg.</translation>
    </message>
    <message>
        <source>A text may be at most {maximum} characters.</source>
        <translation>Een tekst telt hoogstens {maximum} tekens.</translation>
    </message>
    <message>
        <source>A hand-over carries at most {maximum} texts.</source>
        <translation>Een overdracht bevat hoogstens {maximum} teksten.</translation>
    </message>
    <message>
        <source>This field may be at most {maximum} characters.</source>
        <translation>Dit veld telt hoogstens {maximum} tekens.</translation>
    </message>
    <message>
        <source>This hand-over is “{status}” and can no longer change.</source>
        <translation>Deze overdracht is “{status}” en kan niet meer wijzigen.</translation>
    </message>
    <message>
        <source>Case {code} is closed: a closed case is not handed over.</source>
        <translation>Casus {code} is afgesloten: een afgesloten casus wordt niet overgedragen.</translation>
    </message>
    <message>
        <source>A hand-over of this case is already being drafted: continue that one.</source>
        <translation>Er wordt al een overdracht van deze casus opgesteld: werk die verder af.</translation>
    </message>
    <message>
        <source>This text is not on the hand-over any more.</source>
        <translation>Deze tekst staat niet meer op de overdracht.</translation>
    </message>
    <message>
        <source>The case is not on the agenda of a meeting that is running: the table decides a hand-over during its meeting.</source>
        <translation>De casus staat niet op de agenda van een lopende vergadering: de tafel beslist een overdracht tijdens haar vergadering.</translation>
    </message>
    <message>
        <source>Hand case {code} over to {livcr}, where the person now lives.</source>
        <translation>Casus {code} overdragen aan {livcr}, waar de persoon nu woont.</translation>
    </message>
    <message>
        <source>This hand-over does not exist.</source>
        <translation>Deze overdracht bestaat niet.</translation>
    </message>
    <message>
        <source>Choose an existing hand-over of this case.</source>
        <translation>Kies een bestaande overdracht van deze casus.</translation>
    </message>
    <message>
        <source>This hand-over belongs to another case; decide it on that case&apos;s item.</source>
        <translation>Deze overdracht hoort bij een andere casus; beslis ze bij het agendapunt van die casus.</translation>
    </message>
    <message>
        <source>This hand-over is “{status}”: only a draft can be decided.</source>
        <translation>Deze overdracht is “{status}”: alleen over een ontwerp kan beslist worden.</translation>
    </message>
    <message>
        <source>The hand-over is not ready for the table: {missing}</source>
        <translation>De overdracht is nog niet klaar voor de tafel: {missing}</translation>
    </message>
    <message numerus="yes">
        <source>Confidential information is repeated in %n text(s) of the hand-over. Remove the passages or confirm they are not covered by professional secrecy before the table decides.</source>
        <translation>
            <numerusform>%n tekst van de overdracht overlapt met vertrouwelijke informatie. Verwijder de passages of bevestig dat ze niet onder het beroepsgeheim vallen voor de tafel beslist.</numerusform>
            <numerusform>%n teksten van de overdracht overlappen met vertrouwelijke informatie. Verwijder de passages of bevestig dat ze niet onder het beroepsgeheim vallen voor de tafel beslist.</numerusform>
        </translation>
    </message>
    <message>
        <source>A case is handed over only with the agreement of every effective participant.</source>
        <translation>Een casus wordt alleen overgedragen met het akkoord van elk effectief deelnemend lid.</translation>
    </message>
    <message>
        <source>Hand-over to {livcr}</source>
        <translation>Overdracht aan {livcr}</translation>
    </message>
    <message>
        <source>This hand-over was not signed by an LIVC-R registered here (or it was forged). Register the sending LIVC-R&apos;s key first, after comparing its fingerprint with its coordinator.</source>
        <translation>Deze overdracht is niet ondertekend door een LIVC-R die hier geregistreerd is (of ze werd vervalst). Registreer eerst de sleutel van de verzendende LIVC-R, na het vergelijken van de vingerafdruk met haar coördinator.</translation>
    </message>
    <message>
        <source>This hand-over is meant for another LIVC-R: it cannot be opened here.</source>
        <translation>Deze overdracht is bestemd voor een andere LIVC-R: ze kan hier niet geopend worden.</translation>
    </message>
    <message>
        <source>This hand-over was sealed to a hand-over key of this LIVC-R that was retired on {day} (lost or compromised): it is not opened. Ask the sending LIVC-R to accept this LIVC-R&apos;s new key and to send the hand-over again.</source>
        <translation>Deze overdracht werd verzegeld voor een overdrachtssleutel van deze LIVC-R die op {day} buiten gebruik werd gesteld (verloren of gecompromitteerd): ze wordt niet geopend. Vraag de verzendende LIVC-R de nieuwe sleutel van deze LIVC-R te aanvaarden en de overdracht opnieuw te versturen.</translation>
    </message>
    <message>
        <source>The table&apos;s decision in this hand-over does not hold (its signature or its consensus): it is not imported. Ask the sending LIVC-R.</source>
        <translation>De beslissing van de tafel in deze overdracht klopt niet (haar handtekening of de consensus): ze wordt niet ingelezen. Vraag het na bij de verzendende LIVC-R.</translation>
    </message>
    <message>
        <source>This hand-over was already imported: it is case {code}.</source>
        <translation>Deze overdracht werd al ingelezen: het is casus {code}.</translation>
    </message>
    <message>
        <source>Choose the member municipality where the person now lives.</source>
        <translation>Kies de deelnemende gemeente waar de persoon nu woont.</translation>
    </message>
    <message>
        <source>Hand-over from {livcr} (their case {code}), decided by their table on {day}.</source>
        <translation>Overdracht van {livcr} (hun casus {code}), beslist door hun tafel op {day}.</translation>
    </message>
    <message>
        <source>A personalised guidance trajectory ran there ({service}).</source>
        <translation>Daar liep een begeleidingstraject op maat ({service}).</translation>
    </message>
    <message>
        <source>This hand-over is “{status}”: the transfer note and the bundle are made only once the table decided it and the chair signed.</source>
        <translation>Deze overdracht is “{status}”: de overdrachtsnota en de bundel worden pas gemaakt als de tafel beslist heeft en de voorzitter ondertekend heeft.</translation>
    </message>
    <message>
        <source>No transfer note is kept for this case on this laptop. It is kept on the coordinator&apos;s laptop that imported the hand-over.</source>
        <translation>Voor dit dossier is op deze laptop geen overdrachtsnota bewaard. Ze wordt bewaard op de laptop van de coördinator die de overdracht importeerde.</translation>
    </message>
    <message>
        <source>Choose whether to open a new case or to add the signal to a known case.</source>
        <translation>Kies of u een nieuwe casus opent of het signaal aan een gekende casus toevoegt.</translation>
    </message>
    <message>
        <source>There is no case {code} that you may see. Check the case code.</source>
        <translation>Er is geen casus {code} die u mag zien. Controleer de casuscode.</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <source>Choose a hand-over from another LIVC-R</source>
        <translation>Kies een overdracht van een andere LIVC-R</translation>
    </message>
    <message>
        <source>Hand-overs (*{suffix})</source>
        <translation>Overdrachten (*{suffix})</translation>
    </message>
    <message>
        <source>&amp;Other LIVC-Rs…</source>
        <translation>&amp;Andere LIVC-R&apos;s…</translation>
    </message>
    <message>
        <source>Import a &amp;hand-over…</source>
        <translation>Een &amp;overdracht inlezen…</translation>
    </message>
    <message>
        <source>The hand-over from {livcr} (their case {sending}) is now a signal from another LIVC-R on case {code}, the person already known here. The decision of their table was checked: signature {fingerprint}.</source>
        <translation>De overdracht van {livcr} (hun casus {sending}) is nu een signaal van een andere LIVC-R in casus {code}, van de persoon die hier al gekend is. De beslissing van hun tafel werd gecontroleerd: handtekening {fingerprint}.</translation>
    </message>
    <message>
        <source>The hand-over from {livcr} (their case {sending}) is now case {code}, a signal from another LIVC-R to screen. The decision of their table was checked: signature {fingerprint}.</source>
        <translation>De overdracht van {livcr} (hun casus {sending}) is nu casus {code}, een signaal van een andere LIVC-R om te screenen. De beslissing van hun tafel werd gecontroleerd: handtekening {fingerprint}.</translation>
    </message>
</context>
<context>
    <name>HandoverComposer</name>
    <message>
        <source>Folder for the transfer note and bundle</source>
        <translation>Map voor de overdrachtsnota en de bundel</translation>
    </message>
    <message>
        <source>Hand-over of case {code} to {livcr}</source>
        <translation>Overdracht van casus {code} aan {livcr}</translation>
    </message>
    <message>
        <source>yes, led by: {service}</source>
        <translation>ja, geleid door: {service}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>✓ The identity: {name} {birth}
✓ A guidance trajectory ran: {trajectory}
✓ The contact person named above
✓ The texts below, checked by the secrecy guard:</source>
        <translation>✓ De identiteit: {name} {birth}
✓ Er liep een begeleidingstraject: {trajectory}
✓ De contactpersoon hierboven
✓ De teksten hieronder, gecontroleerd op beroepsgeheim:</translation>
    </message>
    <message>
        <source>The hand-over is put to the table. Every effective participant gives their position on the case&apos;s item; the chair signs once all agree.</source>
        <translation>De overdracht ligt voor aan de tafel. Elk effectief deelnemend lid geeft zijn standpunt bij het agendapunt van de casus; de voorzitter ondertekent zodra iedereen akkoord gaat.</translation>
    </message>
    <message>
        <source>Written: the transfer note {note} and the sealed hand-over {bundle}. Only {livcr} can open the hand-over: give it to their coordinator, who imports it with File › Import a hand-over.</source>
        <translation>Weggeschreven: de overdrachtsnota {note} en de verzegelde overdracht {bundle}. Alleen {livcr} kan de overdracht openen: bezorg ze aan hun coördinator, die ze inleest via Bestand › Een overdracht inlezen.</translation>
    </message>
    <message>
        <source>Hand the case over to another LIVC-R</source>
        <translation>De casus overdragen aan een andere LIVC-R</translation>
    </message>
    <message>
        <source>To whom, and who to call</source>
        <translation>Aan wie, en wie te bellen</translation>
    </message>
    <message>
        <source>Receiving LIVC-R</source>
        <translation>Ontvangende LIVC-R</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Their organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>What goes to the other LIVC-R</source>
        <translation>Wat naar de andere LIVC-R gaat</translation>
    </message>
    <message>
        <source>What never goes</source>
        <translation>Wat nooit meegaat</translation>
    </message>
    <message>
        <source>✗ Notes of the consultation and of the partners
✗ Summaries and minutes of the meetings
✗ Positions of the participants
✗ Updates and evaluations of the guidance trajectory

They stay within this LIVC-R under shared professional secrecy (art. 458ter Criminal Code).</source>
        <translation>✗ Notities van het casusoverleg en van de partners
✗ Samenvattingen en verslagen van de vergaderingen
✗ Standpunten van de deelnemers
✗ Opvolgingen en evaluaties van het begeleidingstraject

Ze blijven binnen deze LIVC-R onder het gedeeld beroepsgeheim (art. 458ter Strafwetboek).</translation>
    </message>
    <message>
        <source>The highlighted passages are not covered by professional secrecy</source>
        <translation>De aangeduide passages vallen niet onder het beroepsgeheim</translation>
    </message>
    <message>
        <source>Add the text</source>
        <translation>Tekst toevoegen</translation>
    </message>
    <message>
        <source>Remove the selected text</source>
        <translation>Gekozen tekst verwijderen</translation>
    </message>
    <message>
        <source>Put to the table</source>
        <translation>Voorleggen aan de tafel</translation>
    </message>
    <message>
        <source>Make the transfer note and the sealed hand-over…</source>
        <translation>Overdrachtsnota en verzegelde overdracht maken…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>HandoverKeyChange</name>
    <message>
        <source>Save the key change</source>
        <translation>De sleutelwijziging bewaren</translation>
    </message>
    <message>
        <source>Open the other LIVC-R&apos;s key change</source>
        <translation>De sleutelwijziging van de andere LIVC-R openen</translation>
    </message>
</context>
<context>
    <name>HandoverKeys</name>
    <message>
        <source>This is not the hand-over key of an LIVC-R (or it was changed on the way). Ask its coordinator for the file the app exports.</source>
        <translation>Dit is geen overdrachtssleutel van een LIVC-R (of ze werd onderweg gewijzigd). Vraag haar coördinator om het bestand dat de app exporteert.</translation>
    </message>
    <message>
        <source>The fingerprint you typed is not the fingerprint of this key. Do not register it: compare again with the other coordinator, aloud or on paper.</source>
        <translation>De vingerafdruk die u intikte is niet de vingerafdruk van deze sleutel. Registreer ze niet: vergelijk opnieuw met de andere coördinator, hardop of op papier.</translation>
    </message>
    <message>
        <source>The key names no LIVC-R.</source>
        <translation>De sleutel vermeldt geen LIVC-R.</translation>
    </message>
    <message>
        <source>{name} is already registered with this key.</source>
        <translation>{name} is al geregistreerd met deze sleutel.</translation>
    </message>
    <message>
        <source>This is this LIVC-R&apos;s own key: register the key of the other LIVC-R.</source>
        <translation>Dit is de eigen sleutel van deze LIVC-R: registreer de sleutel van de andere LIVC-R.</translation>
    </message>
    <message>
        <source>This LIVC-R is not registered here (any more).</source>
        <translation>Deze LIVC-R is hier niet (meer) geregistreerd.</translation>
    </message>
    <message>
        <source>{name} was withdrawn from the registered LIVC-Rs: nothing is handed over to it any more. Register its key again if it should receive hand-overs.</source>
        <translation>{name} werd ingetrokken uit de geregistreerde LIVC-R&apos;s: er wordt niets meer aan overgedragen. Registreer de sleutel opnieuw als ze overdrachten moet ontvangen.</translation>
    </message>
    <message>
        <source>This laptop holds no hand-over key of the LIVC-R. Hand-overs are sealed and imported on the coordinator&apos;s laptop that exported the LIVC-R&apos;s key.</source>
        <translation>Deze laptop bevat geen overdrachtssleutel van de LIVC-R. Overdrachten worden verzegeld en ingelezen op de laptop van de coördinator die de sleutel van de LIVC-R exporteerde.</translation>
    </message>
    <message>
        <source>This is not a key change of an LIVC-R (or it was changed on the way). Ask its coordinator for the file the app writes when the key is changed.</source>
        <translation>Dit is geen sleutelwijziging van een LIVC-R (of ze werd onderweg gewijzigd). Vraag de coördinator het bestand dat de app schrijft wanneer de sleutel gewijzigd wordt.</translation>
    </message>
    <message>
        <source>This LIVC-R gets a new hand-over key. From now on hand-overs are sealed and signed with the new key only; the current key ({fingerprint}) is kept read-only, so that a hand-over already sealed to it still opens.</source>
        <translation>Deze LIVC-R krijgt een nieuwe overdrachtssleutel. Vanaf nu worden overdrachten alleen nog met de nieuwe sleutel verzegeld en ondertekend; de huidige sleutel ({fingerprint}) wordt alleen-lezen bewaard, zodat een overdracht die er al voor verzegeld werd nog opent.</translation>
    </message>
    <message>
        <source>Save the key change and give it to the coordinator of every registered LIVC-R: their app accepts it because the current key signed it. If the current key was stolen, also retire it and phone them: they then register the new key by comparing its fingerprint.</source>
        <translation>Bewaar de sleutelwijziging en bezorg ze aan de coördinator van elke geregistreerde LIVC-R: hun app aanvaardt ze omdat de huidige sleutel ze ondertekende. Werd de huidige sleutel gestolen, stel hem dan ook buiten gebruik en bel hen: zij registreren de nieuwe sleutel dan door de vingerafdruk te vergelijken.</translation>
    </message>
    <message>
        <source>The previous key {fingerprint} is retired for good: a hand-over sealed to it is refused from now on, even one sent in good faith before the change.</source>
        <translation>De vorige sleutel {fingerprint} wordt definitief buiten gebruik gesteld: een overdracht die ervoor verzegeld werd, wordt vanaf nu geweigerd, ook een die te goeder trouw vóór de wijziging werd verstuurd.</translation>
    </message>
    <message>
        <source>Ask the LIVC-Rs that still have a hand-over on its way to accept the new key and send it again.</source>
        <translation>Vraag de LIVC-R&apos;s die nog een overdracht onderweg hebben om de nieuwe sleutel te aanvaarden en ze opnieuw te versturen.</translation>
    </message>
    <message>
        <source>No LIVC-R is registered here with the previous key this change names. Register the new key as a new LIVC-R instead, after comparing its fingerprint with its coordinator.</source>
        <translation>Er is hier geen LIVC-R geregistreerd met de vorige sleutel die deze wijziging noemt. Registreer de nieuwe sleutel in de plaats als een nieuwe LIVC-R, na de vingerafdruk met de coördinator te hebben vergeleken.</translation>
    </message>
    <message>
        <source>This key change of {name} was not signed by the key registered here for {name}: it is refused. Compare the new fingerprint with its coordinator and register the key again.</source>
        <translation>Deze sleutelwijziging van {name} werd niet ondertekend met de sleutel die hier voor {name} geregistreerd is: ze wordt geweigerd. Vergelijk de nieuwe vingerafdruk met de coördinator en registreer de sleutel opnieuw.</translation>
    </message>
    <message>
        <source>The new key of this change is already registered here ({name}).</source>
        <translation>De nieuwe sleutel van deze wijziging is hier al geregistreerd ({name}).</translation>
    </message>
    <message>
        <source>This LIVC-R&apos;s hand-over key was never changed: there is no key change to save.</source>
        <translation>De overdrachtssleutel van deze LIVC-R werd nooit gewijzigd: er is geen sleutelwijziging om te bewaren.</translation>
    </message>
    <message>
        <source>Only a previous key can be retired. Change the key first: the current one then becomes a previous key.</source>
        <translation>Alleen een vorige sleutel kan buiten gebruik worden gesteld. Wijzig eerst de sleutel: de huidige wordt dan een vorige sleutel.</translation>
    </message>
</context>
<context>
    <name>HandoverKeysDialog</name>
    <message>
        <source>Open the other LIVC-R&apos;s key</source>
        <translation>Sleutel van de andere LIVC-R openen</translation>
    </message>
    <message>
        <source>Save this LIVC-R&apos;s hand-over key</source>
        <translation>Overdrachtssleutel van deze LIVC-R bewaren</translation>
    </message>
    <message>
        <source>Saved to {file}. Fingerprint to read to the other coordinator: {fp}</source>
        <translation>Bewaard in {file}. Vingerafdruk om voor te lezen aan de andere coördinator: {fp}</translation>
    </message>
    <message>
        <source>Select the LIVC-R to withdraw first.</source>
        <translation>Selecteer eerst de LIVC-R die u wilt intrekken.</translation>
    </message>
    <message>
        <source>Withdraw {name}? No case is handed over to it any more, and no hand-over from it is imported. Register its key again to undo this.</source>
        <translation>{name} intrekken? Er wordt geen dossier meer aan overgedragen en geen overdracht van haar meer geïmporteerd. Registreer de sleutel opnieuw om dit ongedaan te maken.</translation>
    </message>
    <message>
        <source>{name} was withdrawn.</source>
        <translation>{name} werd ingetrokken.</translation>
    </message>
    <message>
        <source>Other LIVC-Rs</source>
        <translation>Andere LIVC-R&apos;s</translation>
    </message>
    <message>
        <source>A case is handed over only to an LIVC-R registered here by its key, so that nobody else can open the hand-over. Exchange keys once with its coordinator.</source>
        <translation>Een casus wordt alleen overgedragen aan een LIVC-R die hier met haar sleutel geregistreerd is, zodat niemand anders de overdracht kan openen. Wissel één keer sleutels uit met haar coördinator.</translation>
    </message>
    <message>
        <source>This LIVC-R&apos;s hand-over key</source>
        <translation>Overdrachtssleutel van deze LIVC-R</translation>
    </message>
    <message>
        <source>Save the key and give the file to the other coordinator.</source>
        <translation>Bewaar de sleutel en bezorg het bestand aan de andere coördinator.</translation>
    </message>
    <message>
        <source>Save this LIVC-R&apos;s key…</source>
        <translation>Sleutel van deze LIVC-R bewaren…</translation>
    </message>
    <message>
        <source>LIVC-Rs registered here</source>
        <translation>LIVC-R&apos;s die hier geregistreerd zijn</translation>
    </message>
    <message>
        <source>LIVC-R</source>
        <translation>LIVC-R</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>Register another LIVC-R…</source>
        <translation>Een andere LIVC-R registreren…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <source>Accept a key change…</source>
        <translation>Een sleutelwijziging aanvaarden…</translation>
    </message>
</context>
<context>
    <name>HandoverRegisterTab</name>
    <message>
        <source>Identity, trajectory, contact person</source>
        <translation>Identiteit, traject, contactpersoon</translation>
    </message>
    <message>
        <source>Cases handed over to another LIVC-R after the person moved: each by a decision of the table, signed by the chair.</source>
        <translation>Casussen overgedragen aan een andere LIVC-R nadat de persoon verhuisde: elk bij beslissing van de tafel, ondertekend door de voorzitter.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslist op</translation>
    </message>
    <message>
        <source>What went</source>
        <translation>Wat meeging</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Akkoord van</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Verzonden op</translation>
    </message>
</context>
<context>
    <name>HandoverSection</name>
    <message>
        <source>No other LIVC-R is registered here yet. Register the receiving LIVC-R by its key first (File › Other LIVC-Rs).</source>
        <translation>Hier is nog geen andere LIVC-R geregistreerd. Registreer eerst de ontvangende LIVC-R met haar sleutel (Bestand › Andere LIVC-R&apos;s).</translation>
    </message>
    <message>
        <source>When the person moves, the table can hand the case over to the LIVC-R of their new municipality: only the identity, that a trajectory ran, a contact person and texts the table approves go.</source>
        <translation>Als de persoon verhuist, kan de tafel de casus overdragen aan de LIVC-R van de nieuwe gemeente: alleen de identiteit, dat er een traject liep, een contactpersoon en teksten die de tafel goedkeurt gaan mee.</translation>
    </message>
    <message>
        <source>Receiving LIVC-R</source>
        <translation>Ontvangende LIVC-R</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Gestart op</translation>
    </message>
    <message>
        <source>Hand over to another LIVC-R…</source>
        <translation>Overdragen aan een andere LIVC-R…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Transfer note received…</source>
        <translation>Ontvangen overdrachtsnota…</translation>
    </message>
</context>
<context>
    <name>HandoverStatus</name>
    <message>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>Decided, not sent yet</source>
        <translation>Beslist, nog niet verzonden</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>HomeCards</name>
    <message>
        <source>Sign: {case} – {decision}</source>
        <translation>Ondertekenen: {case} – {decision}</translation>
    </message>
    <message>
        <source>general item</source>
        <translation>algemeen punt</translation>
    </message>
    <message>
        <source>Approve: minutes of the meeting of {day}</source>
        <translation>Goedkeuren: notulen van de vergadering van {day}</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for your signature or approval (%n)</source>
        <translation>
            <numerusform>Wacht op uw handtekening of goedkeuring (%n)</numerusform>
            <numerusform>Wachten op uw handtekening of goedkeuring (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for your signature or approval.</source>
        <translation>Niets wacht op uw handtekening of goedkeuring.</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) to sign</source>
        <translation>
            <numerusform>%n beslissing te ondertekenen</numerusform>
            <numerusform>%n beslissingen te ondertekenen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft minutes to approve</source>
        <translation>
            <numerusform>%n ontwerpnotulen goed te keuren</numerusform>
            <numerusform>%n ontwerpnotulen goed te keuren</numerusform>
        </translation>
    </message>
    <message>
        <source>Open “To sign”</source>
        <translation>“Te ondertekenen” openen</translation>
    </message>
    <message>
        <source>Open the meeting of {time} – {table}</source>
        <translation>De vergadering van {time} openen – {table}</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Vandaag, {day}</translation>
    </message>
    <message>
        <source>No meeting today.</source>
        <translation>Vandaag geen vergadering.</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Alle vergaderingen</translation>
    </message>
    <message>
        <source>{case} ({municipality}) – follow-up due {date}</source>
        <translation>{case} ({municipality}) – opvolging gepland op {date}</translation>
    </message>
    <message>
        <source>{case} – turned 18 on {date}: to the table</source>
        <translation>{case} – 18 geworden op {date}: naar de tafel</translation>
    </message>
    <message numerus="yes">
        <source>Overdue follow-ups (%n)</source>
        <translation>
            <numerusform>Laattijdige opvolging (%n)</numerusform>
            <numerusform>Laattijdige opvolgingen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue follow-ups and subjects turned 18 (%n)</source>
        <translation>
            <numerusform>Laattijdige opvolging en 18-jarigen (%n)</numerusform>
            <numerusform>Laattijdige opvolgingen en 18-jarigen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every follow-up is on time.</source>
        <translation>Alle opvolgingen zijn op tijd.</translation>
    </message>
    <message>
        <source>Open cases whose follow-up date has passed, longest overdue first.</source>
        <translation>Lopende casussen waarvan de opvolgingsdatum voorbij is, de langst verstreken eerst.</translation>
    </message>
    <message>
        <source>Open cases whose follow-up date has passed, longest overdue first, and cases whose subject turned 18.</source>
        <translation>Lopende casussen waarvan de opvolgingsdatum voorbij is, de langst verstreken eerst, en casussen waarvan de betrokkene 18 werd.</translation>
    </message>
    <message>
        <source>Open the case list</source>
        <translation>De casuslijst openen</translation>
    </message>
    <message numerus="yes">
        <source>Signals to screen (%n)</source>
        <translation>
            <numerusform>Te screenen signaal (%n)</numerusform>
            <numerusform>Te screenen signalen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) waiting to be screened.</source>
        <translation>
            <numerusform>%n signaal wacht op screening.</numerusform>
            <numerusform>%n signalen wachten op screening.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signal waits to be screened.</source>
        <translation>Geen enkel signaal wacht op screening.</translation>
    </message>
    <message>
        <source>Open the signals</source>
        <translation>De signalen openen</translation>
    </message>
    <message>
        <source>Overdue since {date}: {what}</source>
        <translation>Te laat sinds {date}: {what}</translation>
    </message>
    <message>
        <source>Due {date}: {what}</source>
        <translation>Tegen {date}: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Your tasks overdue or due this week (%n)</source>
        <translation>
            <numerusform>Uw taak te laat of deze week te doen (%n)</numerusform>
            <numerusform>Uw taken te laat of deze week te doen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>None of your tasks is overdue or due this week.</source>
        <translation>Geen van uw taken is te laat of deze week te doen.</translation>
    </message>
    <message>
        <source>Open my tasks</source>
        <translation>Mijn taken openen</translation>
    </message>
    <message>
        <source>Prepare the evaluation</source>
        <translation>De evaluatie voorbereiden</translation>
    </message>
    <message>
        <source>Due {date}: {what} ({case})</source>
        <translation>Tegen {date}: {what} ({case})</translation>
    </message>
    <message>
        <source>{case} – {part}</source>
        <translation>{case} – {part}</translation>
    </message>
    <message numerus="yes">
        <source>Your cases (%n)</source>
        <translation>
            <numerusform>Uw casus (%n)</numerusform>
            <numerusform>Uw casussen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) or action(s) due from you within a week.</source>
        <translation>
            <numerusform>%n evaluatie of actie die u binnen de week moet afronden.</numerusform>
            <numerusform>%n evaluaties of acties die u binnen de week moet afronden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due from you this week.</source>
        <translation>Deze week wordt niets van u verwacht.</translation>
    </message>
    <message>
        <source>Open my cases</source>
        <translation>Mijn casussen openen</translation>
    </message>
</context>
<context>
    <name>HouseRules</name>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Samenstelling</translation>
    </message>
    <message>
        <source>Who may be invited</source>
        <translation>Wie uitgenodigd mag worden</translation>
    </message>
    <message>
        <source>Working method</source>
        <translation>Werkwijze</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertrouwelijkheid</translation>
    </message>
    <message>
        <source>A retention term is between 1 and {maximum} years.</source>
        <translation>Een bewaartermijn ligt tussen 1 en {maximum} jaar.</translation>
    </message>
    <message>
        <source>The term for a signal that never reached the table cannot be longer than the shortest term after closure ({years} years).</source>
        <translation>De termijn voor een signaal dat nooit de tafel bereikte, mag niet langer zijn dan de kortste termijn na afsluiting ({years} jaar).</translation>
    </message>
    <message>
        <source>The threshold for small counts is between 3 and {maximum}.</source>
        <translation>De drempel voor kleine aantallen ligt tussen 3 en {maximum}.</translation>
    </message>
    <message>
        <source>The operational table meets every 1 to 12 months.</source>
        <translation>De operationele tafel komt om de 1 tot 12 maanden samen.</translation>
    </message>
    <message>
        <source>Choose at least one working language.</source>
        <translation>Kies minstens één werktaal.</translation>
    </message>
    <message>
        <source>A section of the house rules may hold at most {maximum} characters.</source>
        <translation>Een onderdeel van het huishoudelijk reglement telt hoogstens {maximum} tekens.</translation>
    </message>
    <message>
        <source>These house rules were written by a newer version of the app.</source>
        <translation>Dit huishoudelijk reglement werd geschreven door een nieuwere versie van de app.</translation>
    </message>
    <message>
        <source>There is no draft of the house rules to adopt.</source>
        <translation>Er is geen ontwerp van huishoudelijk reglement om aan te nemen.</translation>
    </message>
    <message>
        <source>Only a signed decision of the strategic table on a “House rules” item adopts the house rules.</source>
        <translation>Alleen een ondertekende beslissing van de strategische tafel over een agendapunt “Huishoudelijk reglement” neemt het huishoudelijk reglement aan.</translation>
    </message>
    <message>
        <source>This decision already adopted version {number} of the house rules.</source>
        <translation>Deze beslissing nam al versie {number} van het huishoudelijk reglement aan.</translation>
    </message>
    <message>
        <source>The draft was changed after the decision was signed: the strategic table adopted another text. Put the draft as it is now to the strategic table.</source>
        <translation>Het ontwerp werd gewijzigd nadat de beslissing werd ondertekend: de strategische tafel nam een andere tekst aan. Leg het ontwerp zoals het nu is voor aan de strategische tafel.</translation>
    </message>
    <message>
        <source>This version of the house rules was not found.</source>
        <translation>Deze versie van het huishoudelijk reglement werd niet gevonden.</translation>
    </message>
    <message>
        <source>The draft of the house rules was changed after this proposal was put to the table: the table agreed on another text. Reword the proposal so the table agrees on the draft as it is now.</source>
        <translation>Het ontwerp van het huishoudelijk reglement werd gewijzigd nadat dit voorstel aan de tafel werd voorgelegd: de tafel stemde in met een andere tekst. Herformuleer het voorstel, zodat de tafel instemt met het ontwerp zoals het nu is.</translation>
    </message>
    <message>
        <source>House rules version {number}: the stored text or settings differ from what the strategic table&apos;s decision signed on {day} adopted.</source>
        <translation>Huishoudelijk reglement versie {number}: de bewaarde tekst of instellingen verschillen van wat de beslissing van de strategische tafel, ondertekend op {day}, heeft aangenomen.</translation>
    </message>
    <message>
        <source>House rules version {number}: the decision that adopted it does not carry the text it adopted.</source>
        <translation>Huishoudelijk reglement versie {number}: de beslissing die het aannam, bevat de aangenomen tekst niet.</translation>
    </message>
</context>
<context>
    <name>HouseRulesDialog</name>
    <message>
        <source>Draft house rules</source>
        <translation>Ontwerp van huishoudelijk reglement</translation>
    </message>
    <message>
        <source>The draft is what the strategic table will discuss. Nothing changes in the app until the strategic table adopts it by a signed consensus decision; it then applies from the day of that decision.</source>
        <translation>Het ontwerp is wat de strategische tafel zal bespreken. In de app verandert niets tot de strategische tafel het aanneemt met een ondertekende consensusbeslissing; het geldt dan vanaf de dag van die beslissing.</translation>
    </message>
    <message>
        <source>Years kept after closure</source>
        <translation>Jaren bewaard na afsluiting</translation>
    </message>
    <message>
        <source>… closed as “{reason}”</source>
        <translation>… afgesloten als “{reason}”</translation>
    </message>
    <message>
        <source>Years kept when the case never reached the table</source>
        <translation>Jaren bewaard als de casus nooit de tafel bereikte</translation>
    </message>
    <message>
        <source>Review at 18</source>
        <translation>Herbekijken op 18 jaar</translation>
    </message>
    <message>
        <source>Bring the case of a person who was a minor up at their 18th birthday</source>
        <translation>De casus van wie minderjarig was, opnieuw voorleggen op de 18de verjaardag</translation>
    </message>
    <message>
        <source>Erasure decided by</source>
        <translation>Wissing beslist door</translation>
    </message>
    <message>
        <source>The operational table (unticked: the coordinator with the DPO&apos;s confirmation)</source>
        <translation>De operationele tafel (niet aangevinkt: de coördinator met bevestiging van de DPO)</translation>
    </message>
    <message>
        <source>Smallest count shown in the figures</source>
        <translation>Kleinste aantal dat de cijfers tonen</translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> maand</numerusform>
            <numerusform> maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>The operational table meets every</source>
        <translation>De operationele tafel komt samen om de</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Werktalen</translation>
    </message>
</context>
<context>
    <name>HouseRulesExport</name>
    <message>
        <source>Save the house rules</source>
        <translation>Het huishoudelijk reglement bewaren</translation>
    </message>
</context>
<context>
    <name>HouseRulesExportDialog</name>
    <message>
        <source>draft</source>
        <translation>ontwerp</translation>
    </message>
    <message>
        <source>house-rules</source>
        <translation>huishoudelijk-reglement</translation>
    </message>
    <message>
        <source>House rules, version {number}</source>
        <translation>Huishoudelijk reglement, versie {number}</translation>
    </message>
    <message>
        <source>Draft house rules</source>
        <translation>Ontwerp van huishoudelijk reglement</translation>
    </message>
    <message>
        <source>A PDF of the house rules with the settings the app applies. Printing it is recorded in the audit trail.</source>
        <translation>Een pdf van het huishoudelijk reglement met de instellingen die de app toepast. Het afdrukken wordt in de audittrail vastgelegd.</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Taal van het document</translation>
    </message>
</context>
<context>
    <name>HouseRulesPdf</name>
    <message>
        <source>House rules of the LIVC-R</source>
        <translation>Huishoudelijk reglement van de LIVC-R</translation>
    </message>
    <message>
        <source>Draft to be discussed by the strategic table: not in force. It applies once the strategic table adopts it by a signed consensus decision.</source>
        <translation>Ontwerp ter bespreking door de strategische tafel: niet van kracht. Het geldt zodra de strategische tafel het aanneemt met een ondertekende consensusbeslissing.</translation>
    </message>
    <message>
        <source>Version {number}, adopted by the strategic table at its meeting of {meeting} by a signed consensus decision; in force from {day}.</source>
        <translation>Versie {number}, aangenomen door de strategische tafel in haar vergadering van {meeting} met een ondertekende consensusbeslissing; van kracht vanaf {day}.</translation>
    </message>
    <message>
        <source>Decision: “{wording}”</source>
        <translation>Beslissing: “{wording}”</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(nog niet geschreven)</translation>
    </message>
    <message>
        <source>Settings the app applies</source>
        <translation>Instellingen die de app toepast</translation>
    </message>
    <message>
        <source>No Belgian text fixes a retention term for the data of an LIVC-R; these terms are the LIVC-R&apos;s own choice. When a case reaches its term, the app lists it for the coordinator and the data-protection officer and proposes its erasure to the operational table.</source>
        <translation>Geen enkele Belgische tekst legt een bewaartermijn vast voor de gegevens van een LIVC-R; deze termijnen zijn de eigen keuze van de LIVC-R. Wanneer een casus zijn termijn bereikt, toont de app hem aan de coördinator en de functionaris voor gegevensbescherming en stelt ze de wissing voor aan de operationele tafel.</translation>
    </message>
    <message>
        <source>No Belgian text fixes a retention term for the data of an LIVC-R; these terms are the LIVC-R&apos;s own choice. When a case reaches its term, the app lists it for the coordinator and the data-protection officer; the coordinator erases it once the data-protection officer has confirmed the erasure.</source>
        <translation>Geen enkele Belgische tekst legt een bewaartermijn vast voor de gegevens van een LIVC-R; deze termijnen zijn de eigen keuze van de LIVC-R. Wanneer een casus zijn termijn bereikt, toont de app hem aan de coördinator en de functionaris voor gegevensbescherming; de coördinator wist hem zodra de functionaris voor gegevensbescherming de wissing heeft bevestigd.</translation>
    </message>
    <message>
        <source>INTERNAL – house rules of the LIVC-R</source>
        <translation>INTERN – huishoudelijk reglement van de LIVC-R</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ONTWERP</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} jaar</translation>
    </message>
    <message>
        <source>Retention after closure</source>
        <translation>Bewaring na afsluiting</translation>
    </message>
    <message>
        <source>… closed as “{reason}”</source>
        <translation>… afgesloten als “{reason}”</translation>
    </message>
    <message>
        <source>Retention of a case closed without reaching the table</source>
        <translation>Bewaring van een casus die afgesloten werd zonder de tafel te bereiken</translation>
    </message>
    <message>
        <source>Review when a person who was a minor turns 18</source>
        <translation>Herbekijken wanneer wie minderjarig was 18 wordt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Who decides an erasure</source>
        <translation>Wie beslist over een wissing</translation>
    </message>
    <message>
        <source>the operational table</source>
        <translation>de operationele tafel</translation>
    </message>
    <message>
        <source>the coordinator, with the DPO&apos;s confirmation</source>
        <translation>de coördinator, met bevestiging van de DPO</translation>
    </message>
    <message>
        <source>Smallest count shown in the figures</source>
        <translation>Kleinste aantal dat de cijfers tonen</translation>
    </message>
    <message>
        <source>The operational table meets</source>
        <translation>De operationele tafel komt samen</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>elke maand</translation>
    </message>
    <message>
        <source>every {count} months</source>
        <translation>om de {count} maanden</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Werktalen</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>Hub</name>
    <message>
        <source>The coordinator login {login} must be lower-case letters, digits and underscores.</source>
        <translation>De login van de coördinator {login} mag alleen kleine letters, cijfers en underscores bevatten.</translation>
    </message>
    <message>
        <source>Cannot connect to the hub database. Check the DSN (host, port, database, login) and that PostgreSQL runs there.
Details: {details}</source>
        <translation>Geen verbinding met de databank van de hub. Controleer de DSN (host, poort, databank, login) en of PostgreSQL daar draait.
Details: {details}</translation>
    </message>
    <message>
        <source>The DSN is not a PostgreSQL connection string (for instance: host=/run/postgresql dbname=livcr_x user=hubadmin).
Details: {details}</source>
        <translation>De DSN is geen verbindingsreeks voor PostgreSQL (bijvoorbeeld: host=/run/postgresql dbname=livcr_x user=hubadmin).
Details: {details}</translation>
    </message>
    <message>
        <source>The hub&apos;s schema is version {previous}, newer than this app&apos;s {version}: upgrade the app first.</source>
        <translation>Het schema van de hub heeft versie {previous}, nieuwer dan versie {version} van deze app: werk eerst de app bij.</translation>
    </message>
    <message>
        <source>This login may not create the hub&apos;s roles: run `livcr hub init` as the database owner with CREATEROLE, or as a superuser.</source>
        <translation>Deze login mag de rollen van de hub niet aanmaken: voer `livcr hub init` uit als eigenaar van de databank met CREATEROLE, of als superuser.</translation>
    </message>
    <message>
        <source>The coordinator login needs a password.</source>
        <translation>De login van de coördinator heeft een wachtwoord nodig.</translation>
    </message>
</context>
<context>
    <name>HubAccessAction</name>
    <message>
        <source>Choose the hub access file</source>
        <translation>Kies het hubtoegangsbestand</translation>
    </message>
    <message>
        <source>Connect to the hub with an access file…</source>
        <translation>Met een toegangsbestand verbinden met de hub…</translation>
    </message>
    <message>
        <source>This laptop&apos;s hub access is renewed: it syncs through the hub again. You may delete the access file.</source>
        <translation>De hubtoegang van deze laptop is vernieuwd: hij synchroniseert weer via de hub. U mag het toegangsbestand verwijderen.</translation>
    </message>
    <message>
        <source>This laptop&apos;s hub access is renewed, but this computer has no keyring to keep its password: ask IT to sync it with the access file&apos;s password.</source>
        <translation>De hubtoegang van deze laptop is vernieuwd, maar deze computer heeft geen wachtwoordkluis om het wachtwoord te bewaren: vraag de IT-dienst hem te synchroniseren met het wachtwoord uit het toegangsbestand.</translation>
    </message>
    <message>
        <source>This laptop now syncs through the hub too. Its changes that went by bundle are not sent twice. You may delete the access file.</source>
        <translation>Deze laptop synchroniseert nu ook via de hub. Wijzigingen die al per bundel gingen, worden niet opnieuw verzonden. U mag het toegangsbestand verwijderen.</translation>
    </message>
    <message>
        <source>This laptop now knows the hub, but this computer has no keyring to keep its password: ask IT to sync it with the access file&apos;s password.</source>
        <translation>Deze laptop kent nu de hub, maar deze computer heeft geen wachtwoordkluis om het wachtwoord te bewaren: vraag de IT-dienst hem te synchroniseren met het wachtwoord uit het toegangsbestand.</translation>
    </message>
</context>
<context>
    <name>ImportChoiceDialog</name>
    <message>
        <source>Import a hand-over</source>
        <translation>Een overdracht inlezen</translation>
    </message>
    <message>
        <source>The hand-over was checked: it comes from {livcr} (their case {code}) and their table&apos;s decision holds. Choose where its signal goes.</source>
        <translation>De overdracht werd gecontroleerd: ze komt van {livcr} (hun casus {code}) en de beslissing van hun tafel klopt. Kies waar het signaal terechtkomt.</translation>
    </message>
    <message>
        <source>{name}, born {born}</source>
        <translation>{name}, geboren op {born}</translation>
    </message>
    <message>
        <source>{name}, date of birth unknown</source>
        <translation>{name}, geboortedatum onbekend</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>Een nieuwe casus openen</translation>
    </message>
    <message>
        <source>Add the signal to case {code} ({name}, {status}): same names and birth date</source>
        <translation>Het signaal toevoegen aan casus {code} ({name}, {status}): dezelfde namen en geboortedatum</translation>
    </message>
    <message>
        <source>Add the signal to another case, by its code:</source>
        <translation>Het signaal toevoegen aan een andere casus, met de casuscode:</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Casuscode</translation>
    </message>
    <message>
        <source>Signal from another LIVC-R</source>
        <translation>Signaal van een andere LIVC-R</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Inlezen</translation>
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
        <source>Join an LIVC-R with an invitation (your own laptop as a member)</source>
        <translation>Aansluiten bij een LIVC-R met een uitnodiging (uw eigen laptop als lid)</translation>
    </message>
    <message>
        <source>Explore the demo (fictional data, in a separate folder)</source>
        <translation>De demo verkennen (fictieve gegevens, in een aparte map)</translation>
    </message>
    <message>
        <source>Restore a backup (for example on a new laptop)</source>
        <translation>Een back-up terugzetten (bijvoorbeeld op een nieuwe laptop)</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Gegevensmap: {path}</translation>
    </message>
</context>
<context>
    <name>Invitations</name>
    <message>
        <source>{name} is not a participant of this meeting.</source>
        <translation>{name} neemt niet deel aan deze vergadering.</translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <source>Tick at least one person.</source>
        <translation>Vink minstens één persoon aan.</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose an existing folder.</source>
        <translation>De map bestaat niet. Kies een bestaande map.</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
    </message>
    <message>
        <source>Each person gets an agenda (PDF) that lists only the items they are invited to, by case code and never by name, and a calendar invitation (.ics) without any personal data.</source>
        <translation>Elke persoon krijgt een agenda (PDF) met alleen de punten waarvoor hij of zij is uitgenodigd, met de casuscode en nooit met een naam, en een agenda-uitnodiging (.ics) zonder enig persoonsgegeven.</translation>
    </message>
    <message numerus="yes">
        <source>{name} – {organisation} (items: %n)</source>
        <translation>
            <numerusform>{name} – {organisation} (%n punt)</numerusform>
            <numerusform>{name} – {organisation} (%n punten)</numerusform>
        </translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Taal van de documenten</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite to {code}</source>
        <translation>Uitnodigen voor {code}</translation>
    </message>
    <message>
        <source>The invited member sees this case from now on, and no other. Removing the invitation later takes that sight away again.</source>
        <translation>Het uitgenodigde lid ziet vanaf nu deze casus, en geen andere. Beëindigt u de uitnodiging later, dan vervalt die inzage weer.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>The secrecy guard checks the text as you type.</source>
        <translation>De geheimhoudingscontrole toetst de tekst terwijl u typt.</translation>
    </message>
    <message>
        <source>✓ No overlap with the confidential records of the case.</source>
        <translation>✓ Geen overlap met de vertrouwelijke stukken van de casus.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ What is confidential in the case is repeated in %n highlighted passage(s) (from: {sources}). Remove what is highlighted, or confirm below that it is not covered by professional secrecy.</source>
        <translation>
            <numerusform>⚠ %n gemarkeerde passage herhaalt wat vertrouwelijk is in de casus (uit: {sources}). Schrap ze, of bevestig hieronder dat ze niet onder het beroepsgeheim valt.</numerusform>
            <numerusform>⚠ %n gemarkeerde passages herhalen wat vertrouwelijk is in de casus (uit: {sources}). Schrap ze, of bevestig hieronder dat ze niet onder het beroepsgeheim vallen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Reden van de doorverwijzing</translation>
    </message>
    <message>
        <source>Information the table shares with the LTF</source>
        <translation>Informatie die de tafel met de LTF deelt</translation>
    </message>
    <message>
        <source>Something that does not flow to the LTF</source>
        <translation>Iets wat niet naar de LTF gaat</translation>
    </message>
    <message>
        <source>Why the table refers the case to the LTF, in the table&apos;s own words. It flows to the LTF; what partners said in confidence does not.</source>
        <translation>Waarom de tafel de casus naar de LTF doorverwijst, in de eigen woorden van de tafel. Dit gaat naar de LTF; wat partners in vertrouwen zeiden niet.</translation>
    </message>
    <message>
        <source>One piece of information per item. Only what the table chose to share flows to the LTF; what partners said in confidence does not.</source>
        <translation>Eén gegeven per punt. Alleen wat de tafel koos te delen, gaat naar de LTF; wat partners in vertrouwen zeiden niet.</translation>
    </message>
    <message>
        <source>This line is printed on the form the LTF receives, so it is checked too: name what is kept back without repeating it.</source>
        <translation>Deze regel staat op de fiche die de LTF ontvangt en wordt dus ook getoetst: benoem wat niet gedeeld wordt zonder het te herhalen.</translation>
    </message>
    <message>
        <source>Remove the highlighted passages</source>
        <translation>De gemarkeerde passages schrappen</translation>
    </message>
    <message>
        <source>I confirm that the highlighted passages are not covered by professional secrecy (this is recorded with my name).</source>
        <translation>Ik bevestig dat de gemarkeerde passages niet onder het beroepsgeheim vallen (dit wordt met mijn naam geregistreerd).</translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>General item</source>
        <translation>Algemeen punt</translation>
    </message>
    <message>
        <source>House rules</source>
        <translation>Huishoudelijk reglement</translation>
    </message>
    <message>
        <source>Partners of the LIVC-R</source>
        <translation>Partners van de LIVC-R</translation>
    </message>
    <message>
        <source>Working agreements</source>
        <translation>Werkafspraken</translation>
    </message>
    <message>
        <source>Yearly evaluation</source>
        <translation>Jaarevaluatie</translation>
    </message>
    <message>
        <source>Anonymised figures</source>
        <translation>Geanonimiseerde cijfers</translation>
    </message>
    <message>
        <source>Other topic</source>
        <translation>Ander onderwerp</translation>
    </message>
    <message>
        <source>Proposed erasure</source>
        <translation>Voorgestelde wissing</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>Confirmed by {name} on {moment}</source>
        <translation>Bevestigd door {name} op {moment}</translation>
    </message>
    <message>
        <source>Select the item in the list first.</source>
        <translation>Selecteer eerst het punt in de lijst.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Schrappen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
</context>
<context>
    <name>ItemPeople</name>
    <message>
        <source>Write the guest&apos;s full name.</source>
        <translation>Schrijf de volledige naam van de gast.</translation>
    </message>
    <message>
        <source>Write the organisation the guest comes from.</source>
        <translation>Schrijf de organisatie van de gast.</translation>
    </message>
    <message>
        <source>The guest must first acknowledge the duty of professional secrecy (art. 458ter §2 Sw.).</source>
        <translation>De gast moet eerst de plicht tot beroepsgeheim erkennen (art. 458ter §2 Sw.).</translation>
    </message>
    <message>
        <source>A refusal to take part needs its motivation (decree of 21 May 2021).</source>
        <translation>Een weigering om deel te nemen moet gemotiveerd worden (decreet van 21 mei 2021).</translation>
    </message>
    <message>
        <source>Write the name and the function of the supervisor who represents the partner.</source>
        <translation>Schrijf de naam en de functie van de leidinggevende die de partner vertegenwoordigt.</translation>
    </message>
    <message>
        <source>The text is too long (at most {limit} characters).</source>
        <translation>De tekst is te lang (hoogstens {limit} tekens).</translation>
    </message>
    <message>
        <source>I take part in the consultation of this item as a guest. What is shared here is covered by shared professional secrecy (art. 458ter Criminal Code): I keep it secret and use it only for the purpose of this consultation.</source>
        <translation>Ik neem als gast deel aan het overleg over dit agendapunt. Wat hier gedeeld wordt, valt onder het gedeeld beroepsgeheim (art. 458ter Sw.): ik houd het geheim en gebruik het enkel voor dit overleg.</translation>
    </message>
    <message>
        <source>Refuses to take part</source>
        <translation>Weigert deel te nemen</translation>
    </message>
    <message>
        <source>Represented by a supervisor</source>
        <translation>Vertegenwoordigd door een leidinggevende</translation>
    </message>
    <message>
        <source>Guests, refusals and representations are recorded while the meeting runs.</source>
        <translation>Gasten, weigeringen en vertegenwoordigingen worden geregistreerd terwijl de vergadering loopt.</translation>
    </message>
    <message>
        <source>{name} is not invited to this item.</source>
        <translation>{name} is niet uitgenodigd voor dit agendapunt.</translation>
    </message>
    <message>
        <source>{name} takes part in this item; untick the participation before recording a refusal or a representation.</source>
        <translation>{name} neemt deel aan dit agendapunt; vink de deelname uit voordat u een weigering of vertegenwoordiging registreert.</translation>
    </message>
</context>
<context>
    <name>ItemPeoplePanel</name>
    <message>
        <source>Select the participant in the list first.</source>
        <translation>Selecteer eerst de deelnemer in de lijst.</translation>
    </message>
    <message>
        <source>Who is invited</source>
        <translation>Wie is uitgenodigd</translation>
    </message>
    <message>
        <source>Select an item of the agenda to see who is invited.</source>
        <translation>Selecteer een agendapunt om te zien wie uitgenodigd is.</translation>
    </message>
    <message>
        <source>Invited to item {line}</source>
        <translation>Uitgenodigd voor punt {line}</translation>
    </message>
    <message>
        <source>Only those ticked see this item, in the agenda, the invitation and the minutes. Everyone ticked must be allowed to see the case.</source>
        <translation>Alleen wie aangevinkt is, ziet dit punt: in de agenda, de uitnodiging en de notulen. Wie aangevinkt is, moet de casus mogen zien.</translation>
    </message>
    <message>
        <source>Participants of the meeting</source>
        <translation>Deelnemers aan de vergadering</translation>
    </message>
    <message>
        <source>A topic is for everyone taking part in the meeting.</source>
        <translation>Een onderwerp is voor iedereen die aan de vergadering deelneemt.</translation>
    </message>
    <message>
        <source>Open the dossier</source>
        <translation>Het dossier openen</translation>
    </message>
    <message>
        <source>Add a participant…</source>
        <translation>Een deelnemer toevoegen…</translation>
    </message>
    <message>
        <source>Take off the meeting</source>
        <translation>Van de vergadering halen</translation>
    </message>
</context>
<context>
    <name>JoinByFile</name>
    <message>
        <source>Save the join request</source>
        <translation>Aansluitingsaanvraag bewaren</translation>
    </message>
    <message>
        <source>Join requests (*.json)</source>
        <translation>Aansluitingsaanvragen (*.json)</translation>
    </message>
    <message>
        <source>Choose the coordinator&apos;s bundle</source>
        <translation>Bundel van de coördinator kiezen</translation>
    </message>
    <message>
        <source>LIVC-R bundles of changes (*.livcr-bundle);;All files (*)</source>
        <translation>LIVC-R-bundels met wijzigingen (*.livcr-bundle);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>JoinByFileBox</name>
    <message>
        <source>Join request saved to {file}. Give it to the coordinator and read the fingerprint aloud; then import the bundle the coordinator gives you.</source>
        <translation>Aansluitingsaanvraag bewaard als {file}. Geef ze aan de coördinator en lees de vingerafdruk voor; importeer daarna de bundel die u van de coördinator krijgt.</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Bundel wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Bundle from {sender} imported. Finish, and sign in with your passphrase; from now on, exchange bundles with the coordinator.</source>
        <translation>Bundel van {sender} geïmporteerd. Rond af en meld u aan met uw wachtwoordzin; wissel voortaan bundels uit met de coördinator.</translation>
    </message>
    <message>
        <source>The bundle could not be imported: {reason}</source>
        <translation>De bundel kon niet geïmporteerd worden: {reason}</translation>
    </message>
    <message>
        <source>Save the join request…</source>
        <translation>Aansluitingsaanvraag bewaren…</translation>
    </message>
    <message>
        <source>Import the coordinator&apos;s bundle…</source>
        <translation>Bundel van de coördinator importeren…</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Choose the invitation</source>
        <translation>Uitnodiging kiezen</translation>
    </message>
    <message>
        <source>LIVC-R invitations (*.livcrinvite);;All files (*)</source>
        <translation>LIVC-R-uitnodigingen (*.livcrinvite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose the invitation file first.</source>
        <translation>Kies eerst het uitnodigingsbestand.</translation>
    </message>
    <message>
        <source>The laptop could not join: {reason}</source>
        <translation>De laptop kon niet aansluiten: {reason}</translation>
    </message>
    <message>
        <source>Joining the LIVC-R…</source>
        <translation>Aansluiten bij de LIVC-R…</translation>
    </message>
    <message>
        <source>Join an LIVC-R</source>
        <translation>Aansluiten bij een LIVC-R</translation>
    </message>
    <message>
        <source>Your own laptop, with the invitation the coordinator gave you.</source>
        <translation>Uw eigen laptop, met de uitnodiging die de coördinator u gaf.</translation>
    </message>
    <message>
        <source>Choose the invitation file the coordinator handed you, and a passphrase for this laptop. The laptop gets its own data folder that holds only what you may see.</source>
        <translation>Kies het uitnodigingsbestand dat de coördinator u overhandigde, en een wachtwoordzin voor deze laptop. De laptop krijgt een eigen gegevensmap die alleen bevat wat u mag zien.</translation>
    </message>
    <message>
        <source>Choose the invitation…</source>
        <translation>Uitnodiging kiezen…</translation>
    </message>
    <message>
        <source>Invitation to {livcr} for {member}.</source>
        <translation>Uitnodiging voor {livcr} voor {member}.</translation>
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
        <source>The passphrase protects this laptop&apos;s data. Use at least 12 characters; a short sentence that only you know is best.</source>
        <translation>De wachtwoordzin beschermt de gegevens van deze laptop. Gebruik minstens 12 tekens; een korte zin die alleen u kent, is het best.</translation>
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
    <message>
        <source>operations {expected} to {seq} are missing: the hub holds them, this laptop no longer does (removed after they were sent)</source>
        <translation>bewerkingen {expected} tot {seq} ontbreken: de hub bewaart ze, deze laptop niet meer (verwijderd nadat ze verzonden waren)</translation>
    </message>
    <message>
        <source>operation {first} of device {device} was changed after it was signed</source>
        <translation>bewerking {first} van apparaat {device} werd gewijzigd nadat ze ondertekend was</translation>
    </message>
    <message>
        <source>operations {first} to {last} of device {device} were changed after they were signed</source>
        <translation>bewerkingen {first} tot {last} van toestel {device} werden gewijzigd nadat ze ondertekend waren</translation>
    </message>
    <message>
        <source>operation {first} of device {device} is covered by no signature</source>
        <translation>bewerking {first} van toestel {device} valt onder geen enkele handtekening</translation>
    </message>
    <message>
        <source>operations {first} to {last} of device {device} are covered by no signature</source>
        <translation>bewerkingen {first} tot {last} van toestel {device} vallen onder geen enkele handtekening</translation>
    </message>
    <message>
        <source>operation {first} of device {device} is signed with a key that is not its author&apos;s</source>
        <translation>bewerking {first} van toestel {device} is ondertekend met een sleutel die niet van haar auteur is</translation>
    </message>
    <message>
        <source>operations {first} to {last} of device {device} are signed with a key that is not their author&apos;s</source>
        <translation>bewerkingen {first} tot {last} van toestel {device} zijn ondertekend met een sleutel die niet van hun auteur is</translation>
    </message>
    <message>
        <source>operation {first} of device {device} is signed with a key that no signed operation added</source>
        <translation>bewerking {first} van toestel {device} is ondertekend met een sleutel die door geen enkele ondertekende bewerking werd toegevoegd</translation>
    </message>
    <message>
        <source>operations {first} to {last} of device {device} are signed with a key that no signed operation added</source>
        <translation>bewerkingen {first} tot {last} van toestel {device} zijn ondertekend met een sleutel die door geen enkele ondertekende bewerking werd toegevoegd</translation>
    </message>
    <message>
        <source>a signature covers operations {first} to {last} of device {device}, but some of them are missing (removed after they were signed)</source>
        <translation>een handtekening dekt bewerkingen {first} tot {last} van toestel {device}, maar sommige ervan ontbreken (verwijderd nadat ze ondertekend waren)</translation>
    </message>
    <message>
        <source>device {device} has a checkpoint over operations {first} to {last} that does not start at its first operation or is not its only one</source>
        <translation>toestel {device} heeft een controlepunt over bewerkingen {first} tot {last} dat niet bij zijn eerste bewerking begint of niet zijn enige is</translation>
    </message>
    <message>
        <source>operation {seq} of device {device} is covered by no signature this laptop holds</source>
        <translation>bewerking {seq} van toestel {device} valt onder geen enkele handtekening die deze laptop bewaart</translation>
    </message>
    <message>
        <source>operation {seq} of device {device} is not the one its signature lists (changed after it was signed)</source>
        <translation>bewerking {seq} van toestel {device} is niet de bewerking die haar handtekening vermeldt (gewijzigd na de ondertekening)</translation>
    </message>
    <message>
        <source>the signature over operations {first} to {last} of device {device} does not hold</source>
        <translation>de handtekening over bewerkingen {first} tot {last} van toestel {device} klopt niet</translation>
    </message>
</context>
<context>
    <name>LaptopInvitationDialog</name>
    <message>
        <source>Invite a member&apos;s laptop</source>
        <translation>De laptop van een lid uitnodigen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>The invitation opens the hub for one laptop. Hand the file over in person (on a USB stick, for example), never by e-mail, and delete it once the laptop has joined.</source>
        <translation>De uitnodiging opent de hub voor één laptop. Overhandig het bestand persoonlijk (bijvoorbeeld op een USB-stick), nooit per e-mail, en verwijder het zodra de laptop is aangesloten.</translation>
    </message>
    <message>
        <source>Write the invitation…</source>
        <translation>Uitnodiging wegschrijven…</translation>
    </message>
</context>
<context>
    <name>LeaveQuestion</name>
    <message>
        <source>What you typed is not saved yet.</source>
        <translation>Wat u typte, is nog niet bewaard.</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Bewaren en verdergaan</translation>
    </message>
    <message>
        <source>Discard what I typed</source>
        <translation>Niet bewaren</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>LifeDomain</name>
    <message>
        <source>Family and home</source>
        <translation>Gezin en thuis</translation>
    </message>
    <message>
        <source>Social network and peers</source>
        <translation>Sociaal netwerk en leeftijdsgenoten</translation>
    </message>
    <message>
        <source>Education and work</source>
        <translation>Onderwijs en werk</translation>
    </message>
    <message>
        <source>Housing and income</source>
        <translation>Wonen en inkomen</translation>
    </message>
    <message>
        <source>Physical and mental health</source>
        <translation>Lichamelijke en mentale gezondheid</translation>
    </message>
    <message>
        <source>Leisure and online life</source>
        <translation>Vrije tijd en online leven</translation>
    </message>
    <message>
        <source>Attitudes, ideas and grievances</source>
        <translation>Houdingen, ideeën en grieven</translation>
    </message>
    <message>
        <source>Behaviour and conflicts</source>
        <translation>Gedrag en conflicten</translation>
    </message>
    <message>
        <source>Protective factors and strengths</source>
        <translation>Beschermende factoren en sterktes</translation>
    </message>
</context>
<context>
    <name>LifeDomains</name>
    <message>
        <source>Give the life domain a name.</source>
        <translation>Geef het levensdomein een naam.</translation>
    </message>
    <message>
        <source>The name of a life domain may be at most {maximum} characters.</source>
        <translation>De naam van een levensdomein mag hoogstens {maximum} tekens tellen.</translation>
    </message>
    <message>
        <source>There is already a life domain called “{name}” (perhaps retired).</source>
        <translation>Er bestaat al een levensdomein “{name}” (misschien buiten gebruik).</translation>
    </message>
    <message>
        <source>At least one life domain must stay in use: evaluations rate them.</source>
        <translation>Minstens één levensdomein moet in gebruik blijven: evaluaties beoordelen ze.</translation>
    </message>
    <message>
        <source>This life domain does not exist.</source>
        <translation>Dit levensdomein bestaat niet.</translation>
    </message>
</context>
<context>
    <name>LifeDomainsPage</name>
    <message>
        <source>{domain} (retired)</source>
        <translation>{domain} (buiten gebruik)</translation>
    </message>
    <message>
        <source>Select a life domain in the list first.</source>
        <translation>Selecteer eerst een levensdomein in de lijst.</translation>
    </message>
    <message>
        <source>Every evaluation rates these life domains as problematic, concern, stable or positive. Rename them, add your own or retire one: earlier evaluations keep their ratings, and the chart keeps showing them. Changes are saved at once.</source>
        <translation>Elke evaluatie beoordeelt deze levensdomeinen als problematisch, zorgwekkend, stabiel of positief. Hernoem ze, voeg eigen domeinen toe of stel er een buiten gebruik: eerdere evaluaties behouden hun beoordelingen en de grafiek blijft ze tonen. Wijzigingen worden meteen bewaard.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the life domains.</source>
        <translation>Alleen een coördinator kan de levensdomeinen wijzigen.</translation>
    </message>
    <message>
        <source>Name of a life domain</source>
        <translation>Naam van een levensdomein</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Rename the selected</source>
        <translation>Geselecteerde hernoemen</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Buiten gebruik stellen</translation>
    </message>
    <message>
        <source>Take back into use</source>
        <translation>Opnieuw in gebruik nemen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Another LIVC-R</source>
        <translation>Een andere LIVC-R</translation>
    </message>
    <message>
        <source>Name of the LIVC-R</source>
        <translation>Naam van de LIVC-R</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} en {last}</translation>
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
    <name>LiveItemPanel</name>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet bewaard</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <source>No item on the agenda</source>
        <translation>Geen punt op de agenda</translation>
    </message>
    <message>
        <source>Postponed (proposed again for the next agenda)</source>
        <translation>Uitgesteld (opnieuw voorgesteld voor de volgende agenda)</translation>
    </message>
    <message>
        <source>Effective participants</source>
        <translation>Effectief deelnemende leden</translation>
    </message>
    <message>
        <source>Tick who effectively takes part in the discussion of this case. Decisions on the case need the consensus of exactly these people.</source>
        <translation>Vink aan wie effectief deelneemt aan de bespreking van deze casus. Beslissingen over de casus vergen de consensus van precies deze personen.</translation>
    </message>
    <message>
        <source>not present: record the attendance first</source>
        <translation>niet aanwezig: vul eerst de aanwezigheid in</translation>
    </message>
    <message>
        <source>has not acknowledged the secrecy duty yet</source>
        <translation>heeft de geheimhoudingsplicht nog niet bevestigd</translation>
    </message>
    <message>
        <source>left the meeting at {time}: later proposals are not put to them</source>
        <translation>verliet de vergadering om {time}: latere voorstellen worden niet aan hem of haar voorgelegd</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>de samenvatting</translation>
    </message>
    <message>
        <source>the confidential note</source>
        <translation>de vertrouwelijke notitie</translation>
    </message>
    <message>
        <source>Item {number}: {parts}</source>
        <translation>Punt {number}: {parts}</translation>
    </message>
    <message>
        <source>Guest: {name} ({organisation}), secrecy acknowledged</source>
        <translation>Gast: {name} ({organisation}), geheimhouding erkend</translation>
    </message>
    <message>
        <source>Back in the meeting</source>
        <translation>Terug in de vergadering</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation>Is vertrokken</translation>
    </message>
    <message>
        <source>Record that they came back into the room.</source>
        <translation>Noteer dat deze persoon terug in de zaal is.</translation>
    </message>
    <message>
        <source>Record that they left the room. They stay effective participants of the items they took part in; proposals put from now on are not put to them.</source>
        <translation>Noteer dat deze persoon de zaal heeft verlaten. Zij blijft effectief deelnemend lid van de agendapunten waaraan zij deelnam; voorstellen die vanaf nu worden voorgelegd, worden niet aan haar voorgelegd.</translation>
    </message>
    <message>
        <source>A guest at this item…</source>
        <translation>Een gast bij dit agendapunt…</translation>
    </message>
    <message>
        <source>Refusal or representation…</source>
        <translation>Weigering of vertegenwoordiging…</translation>
    </message>
    <message>
        <source>Summary for the minutes</source>
        <translation>Samenvatting voor de notulen</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>De samenvatting bewaren</translation>
    </message>
    <message>
        <source>No summary or action point on a proposed erasure: the table decides the erasure; what is said about the case belongs in the case.</source>
        <translation>Geen samenvatting of actiepunt bij een voorgestelde wissing: de tafel beslist over de wissing; wat over de casus gezegd wordt, hoort in de casus.</translation>
    </message>
    <message>
        <source>Confidential note</source>
        <translation>Vertrouwelijke notitie</translation>
    </message>
    <message numerus="yes">
        <source>Goes into the case&apos;s dossier, readable by those invited to the case. Notes from this item so far: %n</source>
        <translation>
            <numerusform>Komt in het dossier van de casus, leesbaar voor wie voor de casus is uitgenodigd. Notities bij dit punt tot nu toe: %n</numerusform>
            <numerusform>Komt in het dossier van de casus, leesbaar voor wie voor de casus is uitgenodigd. Notities bij dit punt tot nu toe: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the note to the dossier</source>
        <translation>De notitie aan het dossier toevoegen</translation>
    </message>
    <message>
        <source>Action points</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Add an action point…</source>
        <translation>Een actiepunt toevoegen…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Tegen wanneer</translation>
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
        <translation>Deze vergadering is gepland op {day}; ze kan vanaf die dag gestart worden.</translation>
    </message>
    <message>
        <source>Only a planned meeting can be started.</source>
        <translation>Alleen een geplande vergadering kan gestart worden.</translation>
    </message>
    <message>
        <source>The meeting is not in progress.</source>
        <translation>De vergadering is niet bezig.</translation>
    </message>
    <message>
        <source>{name} is not a participant of this meeting.</source>
        <translation>{name} neemt niet deel aan deze vergadering.</translation>
    </message>
    <message>
        <source>Mark {name} as present first: only those present acknowledge the secrecy duty.</source>
        <translation>Duid {name} eerst als aanwezig aan: alleen aanwezigen bevestigen de geheimhoudingsplicht.</translation>
    </message>
    <message>
        <source>{name} has not acknowledged the secrecy duty (art. 458ter §2 Sw.) at this meeting yet, so they cannot take part in the discussion of a case.</source>
        <translation>{name} heeft de geheimhoudingsplicht (art. 458ter §2 Sw.) op deze vergadering nog niet bevestigd en kan dus niet deelnemen aan de bespreking van een casus.</translation>
    </message>
    <message>
        <source>{name} is not invited to this item. Add them to its invitees first.</source>
        <translation>{name} is niet uitgenodigd voor dit punt. Voeg de persoon eerst toe aan de genodigden.</translation>
    </message>
    <message>
        <source>Record the attendance of every participant before closing the meeting: {names}.</source>
        <translation>Vul de aanwezigheid van elke deelnemer in voor u de vergadering afsluit: {names}.</translation>
    </message>
    <message>
        <source>Notes belong to case items. Write what was said about a topic in its summary.</source>
        <translation>Notities horen bij casuspunten. Schrijf wat over een onderwerp gezegd werd in de samenvatting ervan.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>De notitie is leeg.</translation>
    </message>
    <message>
        <source>A summary may be at most {maximum} characters.</source>
        <translation>Een samenvatting mag hoogstens {maximum} tekens tellen.</translation>
    </message>
    <message>
        <source>{name} took a position on the open proposal “{wording}”, so they stay an effective participant of this item while it is open. Withdraw the proposal or reword it first; a new wording is put to those taking part at that moment.</source>
        <translation>{name} nam een standpunt in over het openstaande voorstel “{wording}” en blijft dus effectief deelnemend lid van dit agendapunt zolang het openstaat. Trek het voorstel eerst in of herformuleer het; een nieuwe formulering wordt voorgelegd aan wie op dat moment deelneemt.</translation>
    </message>
    <message>
        <source>{name} took a position on the open proposal “{wording}”, so they were present. If they have gone, choose “Has left” beside their name on the item.</source>
        <translation>{name} nam een standpunt in over het openstaande voorstel “{wording}” en was dus aanwezig. Is deze persoon vertrokken, kies dan “Is vertrokken” naast de naam bij het agendapunt.</translation>
    </message>
    <message>
        <source>{name} has left the meeting. Choose “Back in the meeting” beside their name first.</source>
        <translation>{name} heeft de vergadering verlaten. Kies eerst “Terug in de vergadering” naast de naam.</translation>
    </message>
    <message>
        <source>{name} is not marked as having left the meeting.</source>
        <translation>{name} is niet genoteerd als vertrokken uit de vergadering.</translation>
    </message>
    <message>
        <source>Describe what has to be done.</source>
        <translation>Beschrijf wat er moet gebeuren.</translation>
    </message>
    <message>
        <source>The person who takes on an action point must be invited to this item.</source>
        <translation>Wie een actiepunt opneemt, moet voor dit punt uitgenodigd zijn.</translation>
    </message>
    <message>
        <source>An action point cannot be due before the meeting day ({day}).</source>
        <translation>Een actiepunt kan niet vervallen voor de vergaderdag ({day}).</translation>
    </message>
    <message>
        <source>This action point does not exist.</source>
        <translation>Dit actiepunt bestaat niet.</translation>
    </message>
    <message>
        <source>Only the person who owns an action point, or the coordinator, can tick it off.</source>
        <translation>Alleen wie het actiepunt opnam, of de coördinator, kan het afvinken.</translation>
    </message>
</context>
<context>
    <name>LiveMeetingView</name>
    <message>
        <source>Item {number} of {total}</source>
        <translation>Punt {number} van {total}</translation>
    </message>
    <message>
        <source>Check the record of the meeting before you close it.</source>
        <translation>Controleer het verslag van de vergadering voor u ze afsluit.</translation>
    </message>
    <message>
        <source>I understand that the meeting is closed with these parts missing.</source>
        <translation>Ik begrijp dat de vergadering wordt afgesloten terwijl deze onderdelen ontbreken.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Record of the item</source>
        <translation>Verslag van het agendapunt</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslissingen</translation>
    </message>
    <message>
        <source>← Previous item</source>
        <translation>← Vorig punt</translation>
    </message>
    <message>
        <source>Alt+←</source>
        <translation>Alt+←</translation>
    </message>
    <message>
        <source>Next item →</source>
        <translation>Volgend punt →</translation>
    </message>
    <message>
        <source>Alt+→</source>
        <translation>Alt+→</translation>
    </message>
    <message>
        <source>Present on this screen</source>
        <translation>Op dit scherm presenteren</translation>
    </message>
    <message>
        <source>For a projector that shows this laptop&apos;s screen: only the current item, full screen, with the controls at the bottom. F5 opens it, Esc leaves.</source>
        <translation>Voor een projector die het scherm van deze laptop toont: alleen het huidige punt, op volledig scherm, met de knoppen onderaan. F5 opent, Esc sluit.</translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation>Projectorbeeld</translation>
    </message>
    <message>
        <source>Opens on the second screen, showing only the current item.</source>
        <translation>Opent op het tweede scherm en toont alleen het huidige punt.</translation>
    </message>
    <message>
        <source>Show the name on the projector</source>
        <translation>De naam op de projector tonen</translation>
    </message>
    <message>
        <source>Only at the chair&apos;s request. Moving to another item hides it again.</source>
        <translation>Alleen op vraag van de voorzitter. Naar een ander punt gaan, verbergt de naam weer.</translation>
    </message>
    <message>
        <source>Close the meeting…</source>
        <translation>De vergadering afsluiten…</translation>
    </message>
    <message>
        <source>When every item has been discussed: a closed meeting cannot be reopened.</source>
        <translation>Pas als elk agendapunt besproken is: een afgesloten vergadering kan niet opnieuw worden geopend.</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>De vergadering afsluiten</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>LIVC-R Desktop is locked</source>
        <translation>LIVC-R Desktop is vergrendeld</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>{name}, enter your passphrase to continue where you left off. Someone else can sign out instead (what was not saved is then lost).</source>
        <translation>{name}, voer uw wachtwoordzin in om verder te gaan waar u gebleven was. Iemand anders kan in plaats daarvan afmelden (wat niet opgeslagen was, gaat dan verloren).</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{area} ({count})</source>
        <translation>{area} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>{area}: %n waiting</source>
        <translation>
            <numerusform>{area}: %n wacht</numerusform>
            <numerusform>{area}: %n wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>no current role</source>
        <translation>geen huidige rol</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Uw wachtwoordzin is gewijzigd.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>De back-up wordt teruggezet…</translation>
    </message>
    <message>
        <source>{livcr} – LIVC-R Desktop</source>
        <translation>{livcr} – LIVC-R Desktop</translation>
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
        <translation>Mijn &amp;wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>Create a new recovery &amp;key…</source>
        <translation>Een nieuwe &amp;herstelsleutel aanmaken…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Af&amp;melden</translation>
    </message>
    <message>
        <source>S&amp;witch LIVC-R…</source>
        <translation>Andere LIVC-R &amp;kiezen…</translation>
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
        <translation>Een vergadering plannen</translation>
    </message>
    <message>
        <source>Dates and hours are Belgian time. A series is planned in one go; each of its meetings can be moved or cancelled on its own later.</source>
        <translation>Data en uren zijn in Belgische tijd. Een reeks wordt in één keer gepland; elke vergadering ervan kan later afzonderlijk verplaatst of geannuleerd worden.</translation>
    </message>
    <message>
        <source>Move the meeting</source>
        <translation>De vergadering verplaatsen</translation>
    </message>
    <message>
        <source>Everyone invited stays invited. Send the invitations again afterwards, so that their calendars show the new time.</source>
        <translation>Wie uitgenodigd is, blijft uitgenodigd. Verstuur daarna de uitnodigingen opnieuw, zodat ieders agenda het nieuwe tijdstip toont.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Nobody holds the role of chair (the mayor or their representative) on this day. Give that role to someone under Members first.</source>
        <translation>Niemand heeft op deze dag de rol van voorzitter (de burgemeester of diens vertegenwoordiger). Geef die rol eerst aan iemand onder Leden.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <source>meetings in all</source>
        <translation>vergaderingen in totaal</translation>
    </message>
</context>
<context>
    <name>MeetingDocuments</name>
    <message>
        <source>The agenda is in the PDF invitation that came with this calendar entry. To protect the people discussed, this entry holds no agenda, no names and no case codes.</source>
        <translation>De agenda staat in de pdf-uitnodiging die u samen met deze kalenderafspraak ontving. Om de besproken personen te beschermen, bevat deze afspraak geen agenda, geen namen en geen casuscodes.</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Gericht aan</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Shared professional secrecy</source>
        <translation>Gedeeld beroepsgeheim</translation>
    </message>
    <message>
        <source>The LIVC-R meets under shared professional secrecy (art. 458ter Criminal Code). You may share what you know, but you are never obliged to. What you hear in the meeting stays secret: do not pass it on, not even within your own organisation. At the start of the meeting every participant confirms this duty, and the minutes record it.</source>
        <translation>De LIVC-R vergadert onder gedeeld beroepsgeheim (art. 458ter Sw.). U mag delen wat u weet, maar u bent daar nooit toe verplicht. Wat u tijdens de vergadering hoort, blijft geheim: geef het niet door, ook niet binnen uw eigen organisatie. Bij het begin van de vergadering bevestigt elke deelnemer deze plicht, en de notulen houden dat bij.</translation>
    </message>
    <message>
        <source>There is no item for you on this agenda.</source>
        <translation>Er staat voor u geen punt op deze agenda.</translation>
    </message>
    <message>
        <source>Only the items to which you are invited are listed.</source>
        <translation>Alleen de punten waarop u bent uitgenodigd, staan hier.</translation>
    </message>
    <message>
        <source>A case appears by its case code only, never by a name.</source>
        <translation>Een casus staat er alleen met zijn casuscode, nooit met een naam.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ONTWERP</translation>
    </message>
    <message>
        <source>Extract of the minutes for {name}</source>
        <translation>Uittreksel uit de notulen voor {name}</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>This extract holds only the items to which {name} was invited, and the attendance of the people invited to them. It is not the full minutes.</source>
        <translation>Dit uittreksel bevat alleen de punten waarop {name} was uitgenodigd, en de aanwezigheid van de personen die daarop waren uitgenodigd. Het zijn niet de volledige notulen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Draft – not approved yet</source>
        <translation>Ontwerp – nog niet goedgekeurd</translation>
    </message>
    <message>
        <source>The text may still change. Do not pass it on as the approved minutes.</source>
        <translation>De tekst kan nog wijzigen. Geef hem niet door als de goedgekeurde notulen.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Fingerprint of the approved text (SHA-256):</source>
        <translation>Vingerafdruk van de goedgekeurde tekst (SHA-256):</translation>
    </message>
    <message>
        <source>The approved text is frozen: any change to it would change this fingerprint. Corrections are listed as amendments at the end.</source>
        <translation>De goedgekeurde tekst is bevroren: elke wijziging zou deze vingerafdruk veranderen. Correcties staan achteraan als rechtzettingen.</translation>
    </message>
    <message>
        <source>Approved by the meeting of {date} (recorded by {name} on {moment}).</source>
        <translation>Goedgekeurd door de vergadering van {date} (geregistreerd door {name} op {moment}).</translation>
    </message>
    <message>
        <source>Approved on {date} by {name}.</source>
        <translation>Goedgekeurd op {date} door {name}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Secrecy duty confirmed</source>
        <translation>Geheimhouding bevestigd</translation>
    </message>
    <message>
        <source>Secrecy duty confirmed: the time at which the participant confirmed the duty of shared professional secrecy (art. 458ter §2 Criminal Code) at this meeting.</source>
        <translation>Geheimhouding bevestigd: het uur waarop de deelnemer op deze vergadering de plicht tot gedeeld beroepsgeheim (art. 458ter, §2 Sw.) bevestigde.</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agendapunten</translation>
    </message>
    <message>
        <source>There are no items in this document.</source>
        <translation>Dit document bevat geen punten.</translation>
    </message>
    <message>
        <source>No summary recorded.</source>
        <translation>Geen samenvatting genoteerd.</translation>
    </message>
    <message>
        <source>Postponed to a later meeting</source>
        <translation>Uitgesteld naar een volgende vergadering</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>geen genoteerd</translation>
    </message>
    <message>
        <source>Effective participants:</source>
        <translation>Effectief deelnemende leden:</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Action points</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Amendment of {moment} by {name}, about item {number}: {heading}</source>
        <translation>Rechtzetting van {moment} door {name}, over punt {number}: {heading}</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslissingen</translation>
    </message>
    <message>
        <source>Signed by {name} on {moment} · signature {fingerprint}</source>
        <translation>Ondertekend door {name} op {moment} · handtekening {fingerprint}</translation>
    </message>
    <message>
        <source>final decision (consensus, signed)</source>
        <translation>definitieve beslissing (consensus, ondertekend)</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>akkoord</translation>
    </message>
    <message>
        <source>objects: {reason}</source>
        <translation>bezwaar: {reason}</translation>
    </message>
    <message>
        <source>no position recorded</source>
        <translation>geen standpunt genoteerd</translation>
    </message>
    <message>
        <source>General remarks</source>
        <translation>Algemene opmerkingen</translation>
    </message>
    <message>
        <source>Amendments after approval</source>
        <translation>Rechtzettingen na goedkeuring</translation>
    </message>
    <message>
        <source>These corrections were recorded after the minutes were approved. They are not part of the approved text above, which stays as it was approved; read the two together.</source>
        <translation>Deze correcties werden na de goedkeuring van de notulen geregistreerd. Ze maken geen deel uit van de goedgekeurde tekst hierboven, die blijft zoals hij werd goedgekeurd; lees beide samen.</translation>
    </message>
    <message>
        <source>Amendment of {moment} by {name}</source>
        <translation>Rechtzetting van {moment} door {name}</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Organisation and function</source>
        <translation>Organisatie en functie</translation>
    </message>
    <message>
        <source>Secrecy duty acknowledged</source>
        <translation>Geheimhouding erkend</translation>
    </message>
    <message>
        <source>One-off guests at this item</source>
        <translation>Eenmalige gasten bij dit punt</translation>
    </message>
    <message>
        <source>Each guest acknowledged the duty of shared professional secrecy (art. 458ter §2 Criminal Code) in the app before taking part in this item.</source>
        <translation>Elke gast erkende in de app de plicht tot gedeeld beroepsgeheim (art. 458ter, §2 Sw.) voordat hij of zij aan dit punt deelnam.</translation>
    </message>
    <message>
        <source>Refusals and representations</source>
        <translation>Weigeringen en vertegenwoordigingen</translation>
    </message>
    <message>
        <source>refused to take part in this item. Motivation: {motivation}</source>
        <translation>weigerde deel te nemen aan dit punt. Motivering: {motivation}</translation>
    </message>
    <message>
        <source>was represented by {name}, {function}.</source>
        <translation>werd vertegenwoordigd door {name}, {function}.</translation>
    </message>
    <message>
        <source>The content of this item was erased on {day} ({rule}).</source>
        <translation>De inhoud van dit punt werd gewist op {day} ({rule}).</translation>
    </message>
    <message>
        <source>The content of this item is kept with its case, which is not on this laptop.</source>
        <translation>De inhoud van dit punt wordt bij de casus bewaard, die niet op deze laptop staat.</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Writing the invitations…</source>
        <translation>De uitnodigingen worden geschreven…</translation>
    </message>
    <message numerus="yes">
        <source>Invitations written into {folder}, for people: %n. Each gets an agenda (PDF) and a calendar invitation (.ics): {files}</source>
        <translation>
            <numerusform>Uitnodigingen geschreven in {folder}, voor %n persoon. Elk krijgt een agenda (PDF) en een agenda-uitnodiging (.ics): {files}</numerusform>
            <numerusform>Uitnodigingen geschreven in {folder}, voor %n personen. Elk krijgt een agenda (PDF) en een agenda-uitnodiging (.ics): {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitations could not be written: {reason}</source>
        <translation>De uitnodigingen konden niet geschreven worden: {reason}</translation>
    </message>
    <message>
        <source>← All meetings</source>
        <translation>← Alle vergaderingen</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>De vergadering starten</translation>
    </message>
    <message>
        <source>Invitations…</source>
        <translation>Uitnodigingen…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Verplaatsen…</translation>
    </message>
    <message>
        <source>Cancel the meeting…</source>
        <translation>De vergadering annuleren…</translation>
    </message>
    <message>
        <source>{table} – {day}</source>
        <translation>{table} – {day}</translation>
    </message>
    <message>
        <source>{hours}   ·   Place: {place}   ·   Chair: {chair}   ·   Items: {items}</source>
        <translation>{hours}   ·   Plaats: {place}   ·   Voorzitter: {chair}   ·   Punten: {items}</translation>
    </message>
    <message>
        <source>This meeting was cancelled. Reason: {reason}</source>
        <translation>Deze vergadering werd geannuleerd. Reden: {reason}</translation>
    </message>
</context>
<context>
    <name>MeetingRecord</name>
    <message>
        <source>Item {items} has no summary.</source>
        <translation>Agendapunt {items} heeft geen samenvatting.</translation>
    </message>
    <message>
        <source>Items {items} have no summary.</source>
        <translation>Agendapunten {items} hebben geen samenvatting.</translation>
    </message>
    <message>
        <source>Item {items} has no effective participants.</source>
        <translation>Agendapunt {items} heeft geen effectief deelnemende leden.</translation>
    </message>
    <message>
        <source>Items {items} have no effective participants.</source>
        <translation>Agendapunten {items} hebben geen effectief deelnemende leden.</translation>
    </message>
    <message>
        <source>Item {items} has a proposal that is not signed or withdrawn.</source>
        <translation>Agendapunt {items} heeft een voorstel dat niet ondertekend of ingetrokken is.</translation>
    </message>
    <message>
        <source>Items {items} have proposals that are not signed or withdrawn.</source>
        <translation>Agendapunten {items} hebben voorstellen die niet ondertekend of ingetrokken zijn.</translation>
    </message>
    <message>
        <source>Present without acknowledging the secrecy duty: {names}.</source>
        <translation>Aanwezig zonder de geheimhoudingsplicht te bevestigen: {names}.</translation>
    </message>
    <message>
        <source>Record first whether these people are present, excused or absent: {names}.</source>
        <translation>Leg eerst vast of deze personen aanwezig, verontschuldigd of afwezig zijn: {names}.</translation>
    </message>
    <message>
        <source>The meeting is recorded as held and cannot be reopened.</source>
        <translation>De vergadering wordt vastgelegd als gehouden en kan niet opnieuw worden geopend.</translation>
    </message>
    <message>
        <source>The draft minutes open next: summaries can still be completed there until the chair approves them.</source>
        <translation>Daarna opent het ontwerp van notulen: daar kunnen de samenvattingen nog worden aangevuld tot de voorzitter de notulen goedkeurt.</translation>
    </message>
    <message>
        <source>The minutes are frozen as they stand now: summaries, attendance, effective participants, decisions and remarks.</source>
        <translation>De notulen worden vastgelegd zoals ze nu zijn: samenvattingen, aanwezigheden, effectief deelnemende leden, beslissingen en opmerkingen.</translation>
    </message>
    <message>
        <source>Afterwards a mistake can only be corrected by a recorded amendment beside the minutes.</source>
        <translation>Daarna kan een vergissing alleen nog worden rechtgezet met een vastgelegde rechtzetting naast de notulen.</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>A meeting cannot be prepared for a moment that has already passed.</source>
        <translation>Een vergadering kan niet voorbereid worden voor een moment dat al voorbij is.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation>De vergadering moet eindigen na het begin.</translation>
    </message>
    <message>
        <source>A meeting may last at most 12 hours.</source>
        <translation>Een vergadering mag hoogstens 12 uur duren.</translation>
    </message>
    <message>
        <source>Enter where the meeting takes place.</source>
        <translation>Vul in waar de vergadering plaatsvindt.</translation>
    </message>
    <message>
        <source>Choose who chairs the meeting.</source>
        <translation>Kies wie de vergadering voorzit.</translation>
    </message>
    <message>
        <source>A series has 2 to 24 meetings (one is not a series).</source>
        <translation>Een reeks telt 2 tot 24 vergaderingen (één is geen reeks).</translation>
    </message>
    <message>
        <source>The strategic table never discusses named persons: add a topic, not a case.</source>
        <translation>De strategische tafel bespreekt nooit personen bij naam: voeg een onderwerp toe, geen casus.</translation>
    </message>
    <message>
        <source>This topic belongs on the strategic table; the operational table discusses cases.</source>
        <translation>Dit onderwerp hoort op de strategische tafel; de operationele tafel bespreekt casussen.</translation>
    </message>
    <message>
        <source>Give the agenda item a title.</source>
        <translation>Geef het agendapunt een titel.</translation>
    </message>
    <message>
        <source>This meeting does not exist.</source>
        <translation>Deze vergadering bestaat niet.</translation>
    </message>
    <message>
        <source>This agenda item does not exist.</source>
        <translation>Dit agendapunt bestaat niet.</translation>
    </message>
    <message>
        <source>You are not invited to this meeting, so you cannot see it.</source>
        <translation>U bent niet uitgenodigd voor deze vergadering en kunt ze dus niet zien.</translation>
    </message>
    <message>
        <source>You are not invited to this agenda item, so you cannot see it.</source>
        <translation>U bent niet uitgenodigd voor dit agendapunt en kunt het dus niet zien.</translation>
    </message>
    <message>
        <source>This meeting has been held or cancelled; its record can no longer change.</source>
        <translation>Deze vergadering is gehouden of geannuleerd; haar verslag kan niet meer veranderen.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved and frozen. Record a correction as an amendment.</source>
        <translation>De notulen van deze vergadering zijn goedgekeurd en liggen vast. Leg een correctie vast als rechtzetting.</translation>
    </message>
    <message>
        <source>{chair} already chairs a meeting from {start} to {end}. Choose another time or chair.</source>
        <translation>{chair} zit al een vergadering voor van {start} tot {end}. Kies een ander tijdstip of een andere voorzitter.</translation>
    </message>
    <message>
        <source>{name} does not hold the role of chair (mayor or representative) on {day}.</source>
        <translation>{name} heeft op {day} niet de rol van voorzitter (burgemeester of vertegenwoordiger).</translation>
    </message>
    <message>
        <source>This member is not in the register or no longer active.</source>
        <translation>Dit lid staat niet in het register of is niet meer actief.</translation>
    </message>
    <message>
        <source>Only a meeting that has not started yet can be moved or cancelled.</source>
        <translation>Alleen een vergadering die nog niet begonnen is, kan verplaatst of geannuleerd worden.</translation>
    </message>
    <message>
        <source>Say why the meeting is cancelled.</source>
        <translation>Zeg waarom de vergadering geannuleerd wordt.</translation>
    </message>
    <message>
        <source>{name} is invited to one of the items or chairs the meeting; take them off those first.</source>
        <translation>{name} is uitgenodigd voor een van de punten of zit de vergadering voor; haal de persoon daar eerst af.</translation>
    </message>
</context>
<context>
    <name>MeetingsArea</name>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>draft, to approve</source>
        <translation>ontwerp, goed te keuren</translation>
    </message>
    <message>
        <source>Select a meeting in the list first.</source>
        <translation>Selecteer eerst een vergadering in de lijst.</translation>
    </message>
    <message numerus="yes">
        <source>Meetings planned: %n.</source>
        <translation>
            <numerusform>Vergaderingen gepland: %n.</numerusform>
            <numerusform>Vergaderingen gepland: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <source>Plan a meeting…</source>
        <translation>Een vergadering plannen…</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>De vergadering openen</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Voorbij</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Nog geen vergaderingen</translation>
    </message>
    <message>
        <source>Plan the first meeting of this table, or a whole series (for instance the second Tuesday of every month).</source>
        <translation>Plan de eerste vergadering van deze tafel, of meteen een hele reeks (bijvoorbeeld de tweede dinsdag van elke maand).</translation>
    </message>
    <message>
        <source>No meetings for you</source>
        <translation>Geen vergaderingen voor u</translation>
    </message>
    <message>
        <source>You see a meeting here once you are invited to it, or to one of its items.</source>
        <translation>U ziet hier een vergadering zodra u ervoor uitgenodigd bent, of voor een van haar punten.</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Upcoming: nothing planned</source>
        <translation>Gepland: niets</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Een lid toevoegen</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Lid bewerken</translation>
    </message>
    <message>
        <source>Only professionals are recorded here, never the persons a case is about.</source>
        <translation>Hier worden alleen professionals geregistreerd, nooit de personen over wie een casus gaat.</translation>
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
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>{name} (former)</source>
        <translation>{name} (voormalig)</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>geen account</translation>
    </message>
    <message>
        <source>{user} (ended)</source>
        <translation>{user} (beëindigd)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Current roles</source>
        <translation>Huidige rollen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Dit is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>A phone number has 6 to 30 digits, spaces and the signs + ( ) . / -.</source>
        <translation>Een telefoonnummer heeft 6 tot 30 cijfers, spaties en de tekens + ( ) . / -.</translation>
    </message>
    <message>
        <source>A chair is the mayor (or representative) of one member municipality: choose it.</source>
        <translation>Een voorzitter is de burgemeester (of diens vertegenwoordiger) van één deelnemende gemeente: kies die gemeente.</translation>
    </message>
    <message>
        <source>Only the chair&apos;s role belongs to one municipality.</source>
        <translation>Alleen de rol van voorzitter hoort bij één gemeente.</translation>
    </message>
    <message>
        <source>A role cannot end before it starts. (To withdraw a role that has not started or starts today, end it on the day before its start.)</source>
        <translation>Een rol kan niet eindigen voordat hij begint. (Om een rol in te trekken die nog niet begonnen is of vandaag begint, beëindigt u hem op de dag vóór het begin.)</translation>
    </message>
    <message>
        <source>This person already holds this role in that period.</source>
        <translation>Deze persoon heeft deze rol al in die periode.</translation>
    </message>
    <message>
        <source>This field may be at most {maximum} characters.</source>
        <translation>Dit veld mag hoogstens {maximum} tekens bevatten.</translation>
    </message>
    <message>
        <source>This member does not exist.</source>
        <translation>Dit lid bestaat niet.</translation>
    </message>
    <message>
        <source>This organisation does not exist.</source>
        <translation>Deze organisatie bestaat niet.</translation>
    </message>
    <message>
        <source>This role assignment does not exist.</source>
        <translation>Deze roltoewijzing bestaat niet.</translation>
    </message>
    <message>
        <source>This municipality is not a member of the LIVC-R.</source>
        <translation>Deze gemeente maakt geen deel uit van de LIVC-R.</translation>
    </message>
    <message>
        <source>This member is no longer active.</source>
        <translation>Dit lid is niet meer actief.</translation>
    </message>
    <message>
        <source>This role has already ended.</source>
        <translation>Deze rol is al beëindigd.</translation>
    </message>
</context>
<context>
    <name>MembersArea</name>
    <message>
        <source>No longer in the register.</source>
        <translation>Niet meer in het register.</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>onbepaald</translation>
    </message>
    <message>
        <source>No account: this person cannot sign in.</source>
        <translation>Geen account: deze persoon kan zich niet aanmelden.</translation>
    </message>
    <message>
        <source>The account {user} has been ended.</source>
        <translation>Het account {user} is beëindigd.</translation>
    </message>
    <message>
        <source>Account {user}: the initial passphrase must be changed at the first sign-in.</source>
        <translation>Account {user}: de initiële wachtwoordzin moet bij de eerste aanmelding worden gewijzigd.</translation>
    </message>
    <message>
        <source>Account {user}: active.</source>
        <translation>Account {user}: actief.</translation>
    </message>
    <message>
        <source>Create an account…</source>
        <translation>Een account aanmaken…</translation>
    </message>
    <message>
        <source>New initial passphrase…</source>
        <translation>Nieuwe initiële wachtwoordzin…</translation>
    </message>
    <message>
        <source>Organisation added.</source>
        <translation>Organisatie toegevoegd.</translation>
    </message>
    <message>
        <source>Remove from the register</source>
        <translation>Uit het register verwijderen</translation>
    </message>
    <message>
        <source>Select the role to end in the list of roles.</source>
        <translation>Selecteer in de lijst van rollen de rol die u wilt beëindigen.</translation>
    </message>
    <message>
        <source>The account is ready; the person changes the passphrase at the first sign-in.</source>
        <translation>Het account is klaar; de persoon wijzigt de wachtwoordzin bij de eerste aanmelding.</translation>
    </message>
    <message>
        <source>End the account</source>
        <translation>Het account beëindigen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Search name, organisation, role</source>
        <translation>Zoeken op naam, organisatie, rol</translation>
    </message>
    <message>
        <source>Show former members</source>
        <translation>Voormalige leden tonen</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>Een lid toevoegen…</translation>
    </message>
    <message>
        <source>Add an organisation…</source>
        <translation>Een organisatie toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Remove from the register…</source>
        <translation>Uit het register verwijderen…</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Grant a role…</source>
        <translation>Een rol toekennen…</translation>
    </message>
    <message>
        <source>End the selected role…</source>
        <translation>De geselecteerde rol beëindigen…</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <source>End the account…</source>
        <translation>Het account beëindigen…</translation>
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
    <name>MinorBadge</name>
    <message>
        <source>Minor</source>
        <translation>Minderjarig</translation>
    </message>
    <message>
        <source>Under 18 until {day}: the youth-protection rules apply.</source>
        <translation>Jonger dan 18 tot {day}: de regels van de jeugdbescherming gelden.</translation>
    </message>
    <message>
        <source>Under 18: the youth-protection rules apply.</source>
        <translation>Jonger dan 18: de regels van de jeugdbescherming gelden.</translation>
    </message>
</context>
<context>
    <name>Minors</name>
    <message>
        <source>Case {code} is about a minor. The youth-protection rules apply to what is shared: the Youth Protection Act of 8 April 1965 and the youth-aid decrees of the communities. Share only what the LTF needs, with the child&apos;s interest first; the parents&apos; position counts.</source>
        <translation>Casus {code} gaat over een minderjarige. Voor wat gedeeld wordt, gelden de regels van de jeugdbescherming: de jeugdbeschermingswet van 8 april 1965 en de decreten van de gemeenschappen over de jeugdhulp. Deel alleen wat de LTF nodig heeft, met het belang van het kind voorop; de positie van de ouders telt mee.</translation>
    </message>
    <message>
        <source>Case {code} is about a minor. The youth-protection rules apply to what is handed over: the Youth Protection Act of 8 April 1965 and the youth-aid decrees of the communities. Hand over only what the other LIVC-R needs to continue the case, with the child&apos;s interest first; the parents&apos; position counts.</source>
        <translation>Casus {code} gaat over een minderjarige. Voor wat overgedragen wordt, gelden de regels van de jeugdbescherming: de jeugdbeschermingswet van 8 april 1965 en de decreten van de gemeenschappen over de jeugdhulp. Draag alleen over wat de andere LIVC-R nodig heeft om de casus verder op te volgen, met het belang van het kind voorop; de positie van de ouders telt mee.</translation>
    </message>
    <message>
        <source>The case handed over ({code}) is about a minor. The youth-protection rules apply here too: the Youth Protection Act of 8 April 1965 and the youth-aid decrees of the communities. Use what was handed over only to continue the guidance, with the child&apos;s interest first; the parents&apos; position counts.</source>
        <translation>De overgedragen casus ({code}) gaat over een minderjarige. De regels van de jeugdbescherming gelden ook hier: de Jeugdbeschermingswet van 8 april 1965 en de decreten van de gemeenschappen over de jeugdhulp. Gebruik wat werd overgedragen alleen om de begeleiding voort te zetten, met het belang van het kind voorop; het standpunt van de ouders telt mee.</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Minutes can be approved only after the meeting has been held and closed.</source>
        <translation>Notulen kunnen pas goedgekeurd worden nadat de vergadering gehouden en afgesloten is.</translation>
    </message>
    <message>
        <source>Only {chair}, who chaired this meeting, can approve its minutes (or a later meeting).</source>
        <translation>Alleen {chair}, die deze vergadering voorzat, kan de notulen goedkeuren (of een latere vergadering).</translation>
    </message>
    <message>
        <source>These minutes are already approved.</source>
        <translation>Deze notulen zijn al goedgekeurd.</translation>
    </message>
    <message>
        <source>The minutes are not approved yet: change the draft itself instead.</source>
        <translation>De notulen zijn nog niet goedgekeurd: pas in de plaats daarvan het ontwerp zelf aan.</translation>
    </message>
    <message>
        <source>Minutes are approved by a later meeting of the same table that has started or been held.</source>
        <translation>Notulen worden goedgekeurd door een latere vergadering van dezelfde tafel die begonnen of gehouden is.</translation>
    </message>
    <message>
        <source>Write the correction.</source>
        <translation>Schrijf de correctie.</translation>
    </message>
    <message>
        <source>The correction must be about an item on the agenda of this meeting, or about the minutes as a whole.</source>
        <translation>De correctie moet gaan over een punt op de agenda van deze vergadering, of over de notulen als geheel.</translation>
    </message>
    <message>
        <source>The remarks may be at most {maximum} characters.</source>
        <translation>De opmerkingen mogen hoogstens {maximum} tekens tellen.</translation>
    </message>
    <message>
        <source>The approved minutes of the meeting of {day} no longer match what was approved.</source>
        <translation>De goedgekeurde notulen van de vergadering van {day} komen niet meer overeen met wat werd goedgekeurd.</translation>
    </message>
    <message>
        <source>{attendance}, left at {time}</source>
        <translation>{attendance}, vertrokken om {time}</translation>
    </message>
    <message>
        <source>Not every item of these minutes is on this laptop, and the coordinator&apos;s laptop has not sealed them for approval yet. Sync this laptop, or ask the coordinator to open the minutes on their laptop and sync it.</source>
        <translation>Niet alle punten van deze notulen staan op deze laptop, en de laptop van de coördinator heeft ze nog niet verzegeld voor goedkeuring. Synchroniseer deze laptop, of vraag de coördinator de notulen op diens laptop te openen en die laptop te synchroniseren.</translation>
    </message>
    <message>
        <source>The minutes changed after the coordinator&apos;s laptop sealed them for approval. Sync this laptop, or ask the coordinator to open the minutes on their laptop and sync it; then approve again.</source>
        <translation>De notulen zijn gewijzigd nadat de laptop van de coördinator ze verzegelde voor goedkeuring. Synchroniseer deze laptop, of vraag de coördinator de notulen op diens laptop te openen en die laptop te synchroniseren; keur ze daarna opnieuw goed.</translation>
    </message>
    <message>
        <source>Not on this laptop: the items about {items}. You approve them as the coordinator&apos;s laptop sealed them; their text stays with their case.</source>
        <translation>Niet op deze laptop: de punten over {items}. U keurt ze goed zoals de laptop van de coördinator ze verzegelde; hun tekst blijft bij hun casus.</translation>
    </message>
    <message>
        <source>{chair} approved the minutes of the meeting of {day} as they were sealed for approval, before a later change on this laptop. The approved minutes are that earlier text: the screen and the PDF show exactly what {chair} signed. Not in them: what was changed afterwards in {changes}. Add an amendment to these minutes for what must be corrected, or bring it to the next meeting.</source>
        <translation>{chair} keurde de notulen van de vergadering van {day} goed zoals ze verzegeld waren voor goedkeuring, vóór een latere wijziging op deze laptop. De goedgekeurde notulen zijn die eerdere tekst: het scherm en de pdf tonen precies wat {chair} ondertekende. Niet erin opgenomen: wat nadien werd gewijzigd in {changes}. Voeg een rechtzetting toe aan deze notulen voor wat gecorrigeerd moet worden, of breng het op de volgende vergadering.</translation>
    </message>
    <message>
        <source>item {number} ({heading})</source>
        <translation>punt {number} ({heading})</translation>
    </message>
    <message>
        <source>the general part (attendance, remarks)</source>
        <translation>het algemene deel (aanwezigheid, opmerkingen)</translation>
    </message>
</context>
<context>
    <name>MinutesExportDialog</name>
    <message>
        <source>Tick the full minutes, or at least one partner for an extract.</source>
        <translation>Vink de volledige notulen aan, of minstens één partner voor een uittreksel.</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>De notulen exporteren</translation>
    </message>
    <message>
        <source>An extract holds only the items a partner was invited to, and the attendance of those items. Every page carries the confidentiality marking.</source>
        <translation>Een uittreksel bevat alleen de punten waarvoor een partner was uitgenodigd, en de aanwezigheid bij die punten. Elke pagina draagt de vermelding van vertrouwelijkheid.</translation>
    </message>
    <message>
        <source>The full minutes</source>
        <translation>De volledige notulen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <source>Extracts for</source>
        <translation>Uittreksels voor</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Taal van de documenten</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
</context>
<context>
    <name>MinutesItems</name>
    <message>
        <source>acknowledged at {time}</source>
        <translation>bevestigd om {time}</translation>
    </message>
    <message>
        <source>(postponed)</source>
        <translation>(uitgesteld)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Effective participants: {people}</source>
        <translation>Effectief deelnemende leden: {people}</translation>
    </message>
    <message>
        <source>Action point for {owner}, by {day}: {what}</source>
        <translation>Actiepunt voor {owner}, tegen {day}: {what}</translation>
    </message>
    <message>
        <source>final, signed by {name}</source>
        <translation>definitief, ondertekend door {name}</translation>
    </message>
    <message>
        <source>Decision: {kind} ({outcome}): “{wording}”</source>
        <translation>Beslissing: {kind} ({outcome}): “{wording}”</translation>
    </message>
    <message>
        <source>What the table said and agreed on this item</source>
        <translation>Wat de tafel over dit punt zei en afsprak</translation>
    </message>
</context>
<context>
    <name>MinutesView</name>
    <message>
        <source>The draft is saved.</source>
        <translation>Het ontwerp is bewaard.</translation>
    </message>
    <message>
        <source>the general remarks</source>
        <translation>de algemene opmerkingen</translation>
    </message>
    <message>
        <source>the summary of item {number}</source>
        <translation>de samenvatting van punt {number}</translation>
    </message>
    <message>
        <source>The draft minutes of {day}: {parts}</source>
        <translation>Het ontwerp van notulen van {day}: {parts}</translation>
    </message>
    <message>
        <source>{chair} chaired this meeting but has no account on this laptop. Record the approval by a later meeting instead.</source>
        <translation>{chair} zat deze vergadering voor, maar heeft geen account op deze laptop. Leg in de plaats daarvan de goedkeuring door een latere vergadering vast.</translation>
    </message>
    <message>
        <source>{chair} approves the minutes of the meeting of {day}.</source>
        <translation>{chair} keurt de notulen van de vergadering van {day} goed.</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>De notulen goedkeuren</translation>
    </message>
    <message>
        <source>Read the minutes once more: after approval they can no longer change.</source>
        <translation>Lees de notulen nog één keer na: na de goedkeuring kunnen ze niet meer veranderen.</translation>
    </message>
    <message>
        <source>I understand that the minutes are approved with these parts missing.</source>
        <translation>Ik begrijp dat de notulen worden goedgekeurd terwijl deze onderdelen ontbreken.</translation>
    </message>
    <message>
        <source>Writing the PDF files…</source>
        <translation>De PDF-bestanden worden geschreven…</translation>
    </message>
    <message>
        <source>Written into {folder}: {files}</source>
        <translation>Geschreven in {folder}: {files}</translation>
    </message>
    <message>
        <source>The files could not be written: {reason}</source>
        <translation>De bestanden konden niet geschreven worden: {reason}</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Het ontwerp bewaren</translation>
    </message>
    <message>
        <source>Approve as chair…</source>
        <translation>Goedkeuren als voorzitter…</translation>
    </message>
    <message>
        <source>Approved by a later meeting…</source>
        <translation>Goedgekeurd door een latere vergadering…</translation>
    </message>
    <message>
        <source>Add an amendment…</source>
        <translation>Een rechtzetting toevoegen…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Als PDF exporteren…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Secrecy duty</source>
        <translation>Geheimhoudingsplicht</translation>
    </message>
    <message>
        <source>General remarks</source>
        <translation>Algemene opmerkingen</translation>
    </message>
    <message>
        <source>Opening, announcements, the date of the next meeting …</source>
        <translation>Opening, mededelingen, de datum van de volgende vergadering …</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Draft minutes – not approved yet. Edit the summaries and remarks, then let the chair approve them.</source>
        <translation>Ontwerp van notulen – nog niet goedgekeurd. Werk de samenvattingen en opmerkingen bij en laat de voorzitter ze dan goedkeuren.</translation>
    </message>
    <message>
        <source>Draft minutes – not approved yet.</source>
        <translation>Ontwerp van notulen – nog niet goedgekeurd.</translation>
    </message>
    <message>
        <source>Approved by the meeting of {day}.</source>
        <translation>Goedgekeurd door de vergadering van {day}.</translation>
    </message>
    <message>
        <source>Approved by {chair} on {moment}.</source>
        <translation>Goedgekeurd door {chair} op {moment}.</translation>
    </message>
    <message>
        <source>The minutes are frozen: a correction is an amendment.</source>
        <translation>De notulen liggen vast: een correctie is een rechtzetting.</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Rechtzettingen</translation>
    </message>
    <message>
        <source>{moment} – {author}, about the minutes as a whole: {text}</source>
        <translation>{moment} – {author}, over de notulen als geheel: {text}</translation>
    </message>
    <message>
        <source>{moment} – {author}, about item {number} ({heading}): {text}</source>
        <translation>{moment} – {author}, over punt {number} ({heading}): {text}</translation>
    </message>
</context>
<context>
    <name>MunicipalityDialog</name>
    <message>
        <source>Responsible municipality of {code}</source>
        <translation>Verantwoordelijke gemeente van {code}</translation>
    </message>
    <message>
        <source>In a joint LIVC-R each case belongs to one member municipality; its mayor (or representative) signs the decisions about the case.</source>
        <translation>In een gezamenlijke LIVC-R hoort elke casus bij één lidgemeente; haar burgemeester (of diens vertegenwoordiger) ondertekent de beslissingen over de casus.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
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
    <name>MyCasesArea</name>
    <message>
        <source>{day} (overdue)</source>
        <translation>{day} (te laat)</translation>
    </message>
    <message>
        <source>Contributing partner (lead: {lead})</source>
        <translation>Meewerkende partner (trekker: {lead})</translation>
    </message>
    <message>
        <source>Select a case in the list first.</source>
        <translation>Selecteer eerst een casus in de lijst.</translation>
    </message>
    <message>
        <source>Case {code} has no running guidance trajectory to log an update on.</source>
        <translation>Casus {code} heeft geen lopend begeleidingstraject om een bericht bij te schrijven.</translation>
    </message>
    <message>
        <source>Update logged on {code}.</source>
        <translation>Bericht geschreven bij {code}.</translation>
    </message>
    <message>
        <source>Evaluation of {code} recorded.</source>
        <translation>Evaluatie van {code} vastgelegd.</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mijn casussen</translation>
    </message>
    <message>
        <source>Show closed cases too</source>
        <translation>Ook afgesloten casussen tonen</translation>
    </message>
    <message>
        <source>The cases you are invited to, the actions of your organisation and the evaluations you prepare. Double-click a row to open the dossier.</source>
        <translation>De casussen waarvoor u uitgenodigd bent, de acties van uw organisatie en de evaluaties die u voorbereidt. Dubbelklik op een rij om het dossier te openen.</translation>
    </message>
    <message numerus="yes">
        <source>Evaluations to prepare (%n)</source>
        <translation>
            <numerusform>Voor te bereiden evaluatie (%n)</numerusform>
            <numerusform>Voor te bereiden evaluaties (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open actions of my organisation (%n)</source>
        <translation>
            <numerusform>Open actie van mijn organisatie (%n)</numerusform>
            <numerusform>Open acties van mijn organisatie (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My cases (%n)</source>
        <translation>
            <numerusform>Mijn casus (%n)</numerusform>
            <numerusform>Mijn casussen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>My part</source>
        <translation>Mijn rol</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Volgende evaluatie</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Laatste bericht</translation>
    </message>
    <message>
        <source>Record the selected evaluation…</source>
        <translation>Geselecteerde evaluatie vastleggen…</translation>
    </message>
    <message>
        <source>Log an update on the selected case…</source>
        <translation>Bericht schrijven bij de geselecteerde casus…</translation>
    </message>
    <message>
        <source>Open the dossier</source>
        <translation>Dossier openen</translation>
    </message>
</context>
<context>
    <name>MyPart</name>
    <message>
        <source>Lead partner</source>
        <translation>Trekkende partner</translation>
    </message>
    <message>
        <source>Contributing partner</source>
        <translation>Meewerkende partner</translation>
    </message>
    <message>
        <source>Invited to the case</source>
        <translation>Uitgenodigd voor de casus</translation>
    </message>
</context>
<context>
    <name>NoHubLaptops</name>
    <message>
        <source>Save the bundle of changes</source>
        <translation>De bundel met wijzigingen bewaren</translation>
    </message>
    <message>
        <source>The bundle for {member} is saved as {file}: {operations} changes. Only their laptop can open it; hand it over and import it there.</source>
        <translation>De bundel voor {member} is bewaard als {file}: {operations} wijzigingen. Alleen de laptop van die persoon kan hem openen; overhandig hem en importeer hem daar.</translation>
    </message>
    <message>
        <source>Laptops without a hub</source>
        <translation>Laptops zonder hub</translation>
    </message>
    <message>
        <source>Without a hub, laptops join and exchange their changes by file: invite the laptop, approve the join request its owner brings back, then export a bundle for it. Bundles are encrypted for that laptop alone; carry them on a USB stick.</source>
        <translation>Zonder hub sluiten laptops aan en wisselen ze hun wijzigingen uit via bestanden: nodig de laptop uit, keur de aansluitingsaanvraag goed die de eigenaar terugbrengt en exporteer daarna een bundel ervoor. Bundels zijn alleen voor die laptop versleuteld; breng ze over op een USB-stick.</translation>
    </message>
    <message>
        <source>Export a bundle for this laptop…</source>
        <translation>Een bundel voor deze laptop exporteren…</translation>
    </message>
    <message>
        <source>Laptops approved by file</source>
        <translation>Laptops goedgekeurd via bestand</translation>
    </message>
    <message>
        <source>No laptop has been approved by file yet.</source>
        <translation>Er is nog geen laptop goedgekeurd via bestand.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Last bundle sent</source>
        <translation>Laatste bundel verzonden</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Laatste bundel ontvangen</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on {code}</source>
        <translation>Notitie bij {code}</translation>
    </message>
    <message>
        <source>A note cannot be changed afterwards; a correction is a new note. It is covered by shared professional secrecy (art. 458ter Criminal Code).</source>
        <translation>Een notitie kan achteraf niet worden gewijzigd; een correctie is een nieuwe notitie. Ze valt onder het gedeeld beroepsgeheim (art. 458ter Sw.).</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation>Wie mag ze lezen</translation>
    </message>
</context>
<context>
    <name>NoteVisibility</name>
    <message>
        <source>The case&apos;s effective participants</source>
        <translation>De effectief deelnemende leden van de casus</translation>
    </message>
    <message>
        <source>My organisation only</source>
        <translation>Alleen mijn organisatie</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>{name} objects: there is no consensus. Write down what blocks it, so the table can reword the proposal or postpone the item.</source>
        <translation>{name} maakt bezwaar: er is geen consensus. Noteer wat het tegenhoudt, zodat de tafel het voorstel kan herformuleren of het agendapunt kan uitstellen.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>OnTopSignInDialog</name>
    <message>
        <source>Sign in on top</source>
        <translation>Tweede persoon aanmelden</translation>
    </message>
    <message>
        <source>{purpose} {name} stays signed in underneath; after this one action the application returns to them.</source>
        <translation>{purpose} {name} blijft op de achtergrond aangemeld; na deze ene handeling keert de toepassing naar die persoon terug.</translation>
    </message>
    <message>
        <source>Who signs in</source>
        <translation>Wie meldt zich aan</translation>
    </message>
    <message>
        <source>Their passphrase</source>
        <translation>Wachtwoordzin van die persoon</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Add an organisation</source>
        <translation>Een organisatie toevoegen</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Organisatie bewerken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Municipality (optional)</source>
        <translation>Gemeente (optioneel)</translation>
    </message>
    <message>
        <source>Takes part in the LIVC-R</source>
        <translation>Neemt deel aan de LIVC-R</translation>
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
    <name>Outcome</name>
    <message>
        <source>No effective participants recorded for this item</source>
        <translation>Geen effectief deelnemende leden genoteerd voor dit agendapunt</translation>
    </message>
    <message>
        <source>Waiting for positions</source>
        <translation>Wacht op standpunten</translation>
    </message>
    <message>
        <source>No consensus (objection)</source>
        <translation>Geen consensus (bezwaar)</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
</context>
<context>
    <name>OverviewArea</name>
    <message>
        <source>Verifying…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>✓ The database is healthy: {count} operations verified, no link broken.</source>
        <translation>✓ De database is in orde: {count} bewerkingen gecontroleerd, geen schakel verbroken.</translation>
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
    <name>OwnKeysPanel</name>
    <message>
        <source>Current key</source>
        <translation>Huidige sleutel</translation>
    </message>
    <message>
        <source>Previous since {day}: read-only</source>
        <translation>Vorige sinds {day}: alleen-lezen</translation>
    </message>
    <message>
        <source>Retired on {day}: opens nothing</source>
        <translation>Buiten gebruik sinds {day}: opent niets</translation>
    </message>
    <message>
        <source>Change this LIVC-R&apos;s hand-over key</source>
        <translation>De overdrachtssleutel van deze LIVC-R wijzigen</translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>De sleutel wijzigen</translation>
    </message>
    <message>
        <source>The key was changed. Save the key change for the other LIVC-Rs.</source>
        <translation>De sleutel werd gewijzigd. Bewaar de sleutelwijziging voor de andere LIVC-R&apos;s.</translation>
    </message>
    <message>
        <source>The key was changed and the key change saved to {file}. Give it to the coordinator of every registered LIVC-R.</source>
        <translation>De sleutel werd gewijzigd en de sleutelwijziging bewaard in {file}. Bezorg ze aan de coördinator van elke geregistreerde LIVC-R.</translation>
    </message>
    <message>
        <source>Select a previous key to retire first.</source>
        <translation>Selecteer eerst een vorige sleutel om buiten gebruik te stellen.</translation>
    </message>
    <message>
        <source>Retire a previous hand-over key</source>
        <translation>Een vorige overdrachtssleutel buiten gebruik stellen</translation>
    </message>
    <message>
        <source>Retire the key</source>
        <translation>De sleutel buiten gebruik stellen</translation>
    </message>
    <message>
        <source>Key {fingerprint} is retired.</source>
        <translation>Sleutel {fingerprint} is buiten gebruik gesteld.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Change the key…</source>
        <translation>De sleutel wijzigen…</translation>
    </message>
    <message>
        <source>Retire the previous key…</source>
        <translation>De vorige sleutel buiten gebruik stellen…</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Add a participant</source>
        <translation>Een deelnemer toevoegen</translation>
    </message>
    <message>
        <source>A participant sees the topics of the meeting, and only those case items they are invited to.</source>
        <translation>Een deelnemer ziet de onderwerpen van de vergadering, en alleen de casuspunten waarvoor hij of zij is uitgenodigd.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Select the partner in the list first.</source>
        <translation>Selecteer eerst de partner in de lijst.</translation>
    </message>
    <message>
        <source>Contributing partners</source>
        <translation>Meewerkende partners</translation>
    </message>
    <message>
        <source>Besides the lead partner ({lead}), these organisations carry the trajectory: they add goals and actions and take part in its evaluations. Changes are saved at once.</source>
        <translation>Naast de trekkende partner ({lead}) dragen deze organisaties het traject: ze voegen doelen en acties toe en werken mee aan de evaluaties. Wijzigingen worden meteen bewaard.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>End the selected partner&apos;s contribution</source>
        <translation>Medewerking van de geselecteerde partner beëindigen</translation>
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
    <name>PeriodBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Van – tot</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
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
    <name>Persons</name>
    <message>
        <source>Enter the first name(s).</source>
        <translation>Vul de voornaam of voornamen in.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Vul de achternaam in.</translation>
    </message>
    <message>
        <source>Enter the name of the group.</source>
        <translation>Vul de naam van de groep in.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>De geboortedatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The date of birth is more than 120 years ago; check it.</source>
        <translation>De geboortedatum ligt meer dan 120 jaar terug; controleer ze.</translation>
    </message>
    <message>
        <source>Describe the person without naming them (e.g. “young man, about 17, pupil”).</source>
        <translation>Beschrijf de persoon zonder de naam te noemen (bv. “jongeman, ongeveer 17, leerling”).</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Select a row in the list first.</source>
        <translation>Selecteer eerst een rij in de lijst.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Levensdomeinen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Add a goal…</source>
        <translation>Doel toevoegen…</translation>
    </message>
    <message>
        <source>Change the selected goal…</source>
        <translation>Geselecteerd doel wijzigen…</translation>
    </message>
    <message>
        <source>Add an action…</source>
        <translation>Actie toevoegen…</translation>
    </message>
    <message>
        <source>Change the selected action…</source>
        <translation>Geselecteerde actie wijzigen…</translation>
    </message>
</context>
<context>
    <name>Position</name>
    <message>
        <source>Agrees</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Bezwaar</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Item {number} of {total}</source>
        <translation>Punt {number} van {total}</translation>
    </message>
    <message>
        <source>LIVC-R – presentation</source>
        <translation>LIVC-R – presentatie</translation>
    </message>
    <message>
        <source>← Previous item</source>
        <translation>← Vorig punt</translation>
    </message>
    <message>
        <source>Page Up or ←</source>
        <translation>Page Up of ←</translation>
    </message>
    <message>
        <source>Next item →</source>
        <translation>Volgend punt →</translation>
    </message>
    <message>
        <source>Page Down or →</source>
        <translation>Page Down of →</translation>
    </message>
    <message>
        <source>Hold to show the name</source>
        <translation>Ingedrukt houden om de naam te tonen</translation>
    </message>
    <message>
        <source>The name shows only while this button is held down (or Space is held on it), and only at the chair&apos;s request.</source>
        <translation>De naam verschijnt alleen zolang deze knop ingedrukt blijft (of de spatiebalk erop), en alleen op vraag van de voorzitter.</translation>
    </message>
    <message>
        <source>Leave the presentation (Esc)</source>
        <translation>Presentatie verlaten (Esc)</translation>
    </message>
</context>
<context>
    <name>PrivacyArea</name>
    <message>
        <source>Data protection</source>
        <translation>Gegevensbescherming</translation>
    </message>
    <message>
        <source>The register of requests people make about their data (access, rectification, erasure, restriction, objection) with their due dates, and the documents the data-protection officer accounts with.</source>
        <translation>Het register van de verzoeken die mensen over hun gegevens doen (inzage, verbetering, wissing, beperking, bezwaar) met hun termijnen, en de documenten waarmee de functionaris voor gegevensbescherming verantwoording aflegt.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gevraagd door</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Ingelicht</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Nieuw verzoek…</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Beslissing…</translation>
    </message>
    <message>
        <source>Extend the term…</source>
        <translation>Termijn verlengen…</translation>
    </message>
    <message>
        <source>Person informed…</source>
        <translation>Betrokkene ingelicht…</translation>
    </message>
    <message>
        <source>Answer sent…</source>
        <translation>Antwoord verstuurd…</translation>
    </message>
    <message>
        <source>Export the person&apos;s data…</source>
        <translation>Gegevens van de persoon exporteren…</translation>
    </message>
    <message>
        <source>Record of processing (art. 30)…</source>
        <translation>Verwerkingsregister (art. 30)…</translation>
    </message>
    <message>
        <source>DPIA facts sheet…</source>
        <translation>Feitenblad GEB…</translation>
    </message>
    <message>
        <source>{day} – overdue</source>
        <translation>{day} – te laat</translation>
    </message>
    <message>
        <source>Save the record of processing</source>
        <translation>Het verwerkingsregister bewaren</translation>
    </message>
    <message>
        <source>Save the DPIA facts sheet</source>
        <translation>Het feitenblad voor de GEB bewaren</translation>
    </message>
    <message>
        <source>Explanation: {value}</source>
        <translation>Toelichting: {value}</translation>
    </message>
    <message>
        <source>Term extended: {value}</source>
        <translation>Termijn verlengd: {value}</translation>
    </message>
    <message>
        <source>Answer: {value}</source>
        <translation>Antwoord: {value}</translation>
    </message>
    <message>
        <source>Remark: {value}</source>
        <translation>Opmerking: {value}</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Het bestand kon niet geschreven worden.</translation>
    </message>
    <message>
        <source>Saved in {file}.</source>
        <translation>Bewaard in {file}.</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Verzoeken van betrokkenen</translation>
    </message>
    <message>
        <source>Records of processing</source>
        <translation>Verwerkingsregister</translation>
    </message>
    <message>
        <source>Generated from the configuration of this LIVC-R and the measures the app takes: the record of processing activities (GDPR art. 30) and the facts a data-protection impact assessment starts from. Printing is journaled.</source>
        <translation>Opgemaakt uit de instellingen van deze LIVC-R en de maatregelen die de app neemt: het register van de verwerkingsactiviteiten (art. 30 AVG) en de feiten waarvan een gegevensbeschermingseffectbeoordeling vertrekt. Het afdrukken wordt in het logboek bijgehouden.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>LIVC-R – projector</source>
        <translation>LIVC-R – projector</translation>
    </message>
    <message>
        <source>No item on the agenda</source>
        <translation>Geen punt op de agenda</translation>
    </message>
    <message>
        <source>Item {number}</source>
        <translation>Punt {number}</translation>
    </message>
    <message>
        <source>Confidential – shared professional secrecy (art. 458ter Criminal Code)</source>
        <translation>Vertrouwelijk – gedeeld beroepsgeheim (art. 458ter Strafwetboek)</translation>
    </message>
</context>
<context>
    <name>ProposalReason</name>
    <message>
        <source>Screened onto the operational table</source>
        <translation>Na screening op de operationele tafel gebracht</translation>
    </message>
    <message>
        <source>Passed on by the LTF</source>
        <translation>Doorgegeven door de LTF</translation>
    </message>
    <message>
        <source>New signal to screen</source>
        <translation>Nieuw signaal te screenen</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Opvolging te doen</translation>
    </message>
    <message>
        <source>Postponed at an earlier meeting</source>
        <translation>Uitgesteld op een eerdere vergadering</translation>
    </message>
    <message>
        <source>Evaluation waiting for the table&apos;s decision</source>
        <translation>Evaluatie wacht op de beslissing van de tafel</translation>
    </message>
    <message>
        <source>Evaluation of the trajectory due</source>
        <translation>Evaluatie van het traject gepland</translation>
    </message>
    <message>
        <source>Closed case reopened</source>
        <translation>Afgesloten casus heropend</translation>
    </message>
    <message>
        <source>Turned 18: close the case or confirm the follow-up</source>
        <translation>18 geworden: de casus afsluiten of de opvolging bevestigen</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>Proposed for this agenda</source>
        <translation>Voorgesteld voor deze agenda</translation>
    </message>
    <message>
        <source>Cases the table should look at and that are not on this agenda yet.</source>
        <translation>Casussen die de tafel zou moeten bekijken en die nog niet op deze agenda staan.</translation>
    </message>
    <message>
        <source>Nothing to propose: no case screened onto the table waits for an agenda, no signal waits for screening, no follow-up is due by the meeting day, the LTF passed nothing on and no item was postponed.</source>
        <translation>Niets voor te stellen: geen casus die na screening op de tafel kwam wacht op een agenda, geen signaal wacht op screening, geen opvolging valt op of voor de vergaderdag, de LTF gaf niets door en geen punt werd uitgesteld.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <source>Reword the proposal</source>
        <translation>Het voorstel herformuleren</translation>
    </message>
    <message>
        <source>The old wording stays on record with the positions given to it. Every effective participant gives their position again on the new wording.</source>
        <translation>De oude formulering blijft bewaard met de standpunten die erover werden gegeven. Elk effectief deelnemend lid geeft opnieuw een standpunt over de nieuwe formulering.</translation>
    </message>
    <message>
        <source>Correct a final decision</source>
        <translation>Een definitieve beslissing rechtzetten</translation>
    </message>
    <message>
        <source>A signed decision never changes. This new decision corrects it once it is agreed by consensus and signed; the old one stays readable.</source>
        <translation>Een ondertekende beslissing verandert nooit. Deze nieuwe beslissing zet ze recht zodra ze bij consensus is aanvaard en ondertekend; de oude blijft leesbaar.</translation>
    </message>
    <message>
        <source>Put a proposal to the table</source>
        <translation>Een voorstel aan de tafel voorleggen</translation>
    </message>
    <message>
        <source>The table decides by consensus: every effective participant of this item must agree, and one objection blocks the proposal.</source>
        <translation>De tafel beslist bij consensus: elk effectief deelnemend lid van dit agendapunt moet akkoord gaan, en één bezwaar houdt het voorstel tegen.</translation>
    </message>
    <message>
        <source>The table decides the erasure by consensus and the meeting&apos;s chair signs it. Its wording is fixed: what is said about the case belongs in the case.</source>
        <translation>De tafel beslist over de wissing bij consensus en de voorzitter van de vergadering ondertekent. De formulering ligt vast: wat over de casus gezegd wordt, hoort in de casus.</translation>
    </message>
    <message>
        <source>Choose the lead partner</source>
        <translation>Kies de leidende partner</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Kies een reden</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>Jaarverslag</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>Approves the yearly report of this year (it is then frozen):</source>
        <translation>Keurt het jaarverslag van dit jaar goed (het wordt dan vastgelegd):</translation>
    </message>
    <message>
        <source>Proposal as worded</source>
        <translation>Voorstel zoals geformuleerd</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Leidende partner</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reden van afsluiting</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Volgende opvolging</translation>
    </message>
    <message>
        <source>Put the case on the agenda again on</source>
        <translation>De casus opnieuw agenderen op</translation>
    </message>
    <message>
        <source>Feedback form</source>
        <translation>Terugkoppelingsfiche</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
</context>
<context>
    <name>Punctuation</name>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Problematic</source>
        <translation>Problematisch</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Zorgwekkend</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabiel</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
</context>
<context>
    <name>RatingChart</name>
    <message>
        <source>{domain} (retired)</source>
        <translation>{domain} (buiten gebruik)</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Evolutie</translation>
    </message>
    <message>
        <source>the last {shown} of {total} evaluations</source>
        <translation>de laatste {shown} van {total} evaluaties</translation>
    </message>
    <message>
        <source>{domain}, {day}: {rating}</source>
        <translation>{domain}, {day}: {rating}</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>niet beoordeeld</translation>
    </message>
</context>
<context>
    <name>RatingGrid</name>
    <message>
        <source>Life domain</source>
        <translation>Levensdomein</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Vorige keer</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Toelichting (niet verplicht)</translation>
    </message>
</context>
<context>
    <name>ReceivedNoteView</name>
    <message>
        <source>The transfer note could not be shown.</source>
        <translation>De overdrachtsnota kon niet getoond worden.</translation>
    </message>
    <message>
        <source>Transfer note received</source>
        <translation>Ontvangen overdrachtsnota</translation>
    </message>
    <message>
        <source>Opening the transfer note…</source>
        <translation>Overdrachtsnota wordt geopend…</translation>
    </message>
    <message numerus="yes">
        <source>The transfer note the other LIVC-R sent with this case, as it arrived (%n page(s)).</source>
        <translation>
            <numerusform>De overdrachtsnota die de andere LIVC-R met dit dossier meestuurde, zoals ze aankwam (%n pagina).</numerusform>
            <numerusform>De overdrachtsnota die de andere LIVC-R met dit dossier meestuurde, zoals ze aankwam (%n pagina’s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>RecordsOfProcessing</name>
    <message>
        <source>The file is not a report of the fault suite (python -m benchmarks.faults --json FILE).</source>
        <translation>Het bestand is geen verslag van de foutentests (python -m benchmarks.faults --json FILE).</translation>
    </message>
    <message>
        <source>The database on every laptop is encrypted with SQLCipher {version} (AES-256); deleted records are overwritten (secure_delete).</source>
        <translation>De databank op elke laptop is versleuteld met SQLCipher {version} (AES-256); gewiste gegevens worden overschreven (secure_delete).</translation>
    </message>
    <message>
        <source>Each person opens the data with their own passphrase, stretched with {kdf} ({iterations} passes, {memory} MiB of memory, {lanes} lanes); no passphrase is stored.</source>
        <translation>Elke persoon opent de gegevens met een eigen wachtzin, versterkt met {kdf} ({iterations} doorgangen, {memory} MiB geheugen, {lanes} lanes); geen enkele wachtzin wordt bewaard.</translation>
    </message>
    <message>
        <source>Every change and every access to a dossier is written to a hash-chained journal, signed by its author (Ed25519); the data-protection officer can verify it.</source>
        <translation>Elke wijziging en elke raadpleging van een dossier komt in een met hashes geketend logboek, ondertekend door de auteur (Ed25519); de functionaris voor gegevensbescherming kan het nazien.</translation>
    </message>
    <message>
        <source>Need-to-know access per role and per case: partners see only the cases they are invited to; refused attempts are journaled.</source>
        <translation>Toegang volgens need-to-know per rol en per casus: partners zien enkel de casussen waarvoor ze uitgenodigd zijn; geweigerde pogingen worden in het logboek bijgehouden.</translation>
    </message>
    <message>
        <source>The window locks after {minutes} minutes without input (the default setting).</source>
        <translation>Het venster vergrendelt na {minutes} minuten zonder invoer (de standaardinstelling).</translation>
    </message>
    <message>
        <source>Backups are encrypted and checked; exports are written readable by their owner only; logs hold no personal data.</source>
        <translation>Back-ups zijn versleuteld en gecontroleerd; exports zijn enkel leesbaar voor wie ze maakte; logbestanden bevatten geen persoonsgegevens.</translation>
    </message>
    <message>
        <source>Feedback forms reach the police only after a signed consensus, checked by the secrecy guard against what was shared under professional secrecy.</source>
        <translation>Terugkoppelingsfiches gaan pas naar de politie na een ondertekende consensus, getoetst door de geheimhoudingscontrole aan wat onder het beroepsgeheim werd gedeeld.</translation>
    </message>
    <message>
        <source>Laptops synchronise through a hub that holds only end-to-end encrypted envelopes (XChaCha20-Poly1305, keys per case sealed for each laptop with X25519): the hub cannot read them.</source>
        <translation>Laptops synchroniseren via een hub die enkel end-to-end versleutelde enveloppen bewaart (XChaCha20-Poly1305, sleutels per casus verzegeld per laptop met X25519): de hub kan ze niet lezen.</translation>
    </message>
    <message>
        <source>No sync hub is connected: the data stays on this laptop. Once connected, the hub holds only end-to-end encrypted envelopes (XChaCha20-Poly1305).</source>
        <translation>Er is geen synchronisatiehub verbonden: de gegevens blijven op deze laptop. Eens verbonden bewaart de hub enkel end-to-end versleutelde enveloppen (XChaCha20-Poly1305).</translation>
    </message>
    <message>
        <source>{what}: 1 year</source>
        <translation>{what}: 1 jaar</translation>
    </message>
    <message>
        <source>{what}: {years} years</source>
        <translation>{what}: {years} jaar</translation>
    </message>
    <message>
        <source>For the data-protection officer – no personal data of cases</source>
        <translation>Voor de functionaris voor gegevensbescherming – geen persoonsgegevens van casussen</translation>
    </message>
    <message>
        <source>Record of processing activities (GDPR art. 30)</source>
        <translation>Register van de verwerkingsactiviteiten (art. 30 AVG)</translation>
    </message>
    <message>
        <source>Processing: case consultation in the {livcr}</source>
        <translation>Verwerking: casusoverleg in de {livcr}</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>The municipality of {municipalities}, represented by its mayor, who sets up and directs the LIVC-R</source>
        <translation>De gemeente {municipalities}, vertegenwoordigd door haar burgemeester, die de LIVC-R opricht en leidt</translation>
    </message>
    <message>
        <source>The municipalities of {municipalities} (a joint LIVC-R), each represented by its mayor</source>
        <translation>De gemeenten {municipalities} (een intergemeentelijke LIVC-R), elk vertegenwoordigd door haar burgemeester</translation>
    </message>
    <message>
        <source>Data-protection officer</source>
        <translation>Functionaris voor gegevensbescherming</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <source>Law of 30 July 2018 establishing the LIVC-Rs (art. 2 and 3); art. 458ter Criminal Code (shared professional secrecy); GDPR art. 6(1)(e) and 9(2)(g)</source>
        <translation>Wet van 30 juli 2018 tot oprichting van de LIVC-R&apos;s (art. 2 en 3); art. 458ter Sw. (gedeeld beroepsgeheim); art. 6, lid 1, e), en 9, lid 2, g), AVG</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doeleinden</translation>
    </message>
    <message>
        <source>The prevention of terrorist offences through case consultation: detecting and assessing signals of radicalisation, and offering a person guidance and support (a personalised guidance trajectory); anonymised figures for the strategic table.</source>
        <translation>Het voorkomen van terroristische misdrijven via casusoverleg: signalen van radicalisering opsporen en inschatten, en een persoon begeleiding en ondersteuning bieden (een begeleidingstraject op maat); geanonimiseerde cijfers voor de strategische tafel.</translation>
    </message>
    <message>
        <source>Categories of persons</source>
        <translation>Categorieën van betrokkenen</translation>
    </message>
    <message>
        <source>Persons (including minors) about whom a signal was received; the people who signalled; the members of the tables and their organisations.</source>
        <translation>Personen (ook minderjarigen) over wie een signaal binnenkwam; de personen die signaleerden; de leden van de tafels en hun organisaties.</translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation>Categorieën van gegevens</translation>
    </message>
    <message>
        <source>Identity and contact details; the signal and its source; notes and records of the consultations; decisions; the guidance trajectory, its updates and evaluations over life domains; feedback forms to the LTF. Special categories: beliefs and convictions, health; data on suspected offences as the LTF shares them.</source>
        <translation>Identiteits- en contactgegevens; het signaal en de bron ervan; notities en verslagen van het casusoverleg; beslissingen; het begeleidingstraject, de opvolging en de evaluaties over de levensdomeinen; terugkoppelingsfiches aan de LTF. Bijzondere categorieën: overtuigingen, gezondheid; gegevens over vermoedelijke strafbare feiten zoals de LTF ze deelt.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>The members of the operational table invited to a case: {kinds}. The Local Task Force (LTF), only through the Information Officer and only an approved feedback form.</source>
        <translation>De leden van de operationele tafel die voor een casus uitgenodigd zijn: {kinds}. De Lokale Taskforce (LTF), enkel via de Information Officer en enkel een goedgekeurde terugkoppelingsfiche.</translation>
    </message>
    <message>
        <source>Transfers outside the EU</source>
        <translation>Doorgiften buiten de EU</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>Retention terms</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>Security measures (art. 32)</source>
        <translation>Beveiligingsmaatregelen (art. 32)</translation>
    </message>
    <message>
        <source>The app killed while writing</source>
        <translation>De app afgebroken tijdens het schrijven</translation>
    </message>
    <message>
        <source>A backup killed at each of its steps</source>
        <translation>Een back-up afgebroken bij elk van zijn stappen</translation>
    </message>
    <message>
        <source>A restore killed at each of its steps</source>
        <translation>Een herstel afgebroken bij elk van zijn stappen</translation>
    </message>
    <message>
        <source>Damaged backups offered for restore</source>
        <translation>Beschadigde back-ups aangeboden om te herstellen</translation>
    </message>
    <message>
        <source>Damaged key files at sign-in</source>
        <translation>Beschadigde sleutelbestanden bij het aanmelden</translation>
    </message>
    <message>
        <source>Tampering with the journal and the tables</source>
        <translation>Knoeien met het logboek en de tabellen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Data lost, damaged or accepted</source>
        <translation>Gegevens verloren, beschadigd of aanvaard</translation>
    </message>
    <message>
        <source>Tampering detected / missed</source>
        <translation>Knoeien opgemerkt / gemist</translation>
    </message>
    <message>
        <source>DPIA facts sheet</source>
        <translation>Feitenblad voor de gegevensbeschermingseffectbeoordeling (GEB)</translation>
    </message>
    <message>
        <source>Facts for the data-protection impact assessment of the case consultation in the {livcr}, generated by the app on the day it was printed.</source>
        <translation>Feiten voor de gegevensbeschermingseffectbeoordeling van het casusoverleg in de {livcr}, door de app opgemaakt op de dag van het afdrukken.</translation>
    </message>
    <message>
        <source>What is processed</source>
        <translation>Wat wordt verwerkt</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open casussen</translation>
    </message>
    <message>
        <source>Closed cases still kept</source>
        <translation>Afgesloten casussen die nog bewaard worden</translation>
    </message>
    <message>
        <source>Persons recorded</source>
        <translation>Geregistreerde personen</translation>
    </message>
    <message>
        <source>Nature of the data</source>
        <translation>Aard van de gegevens</translation>
    </message>
    <message>
        <source>Signals of radicalisation about persons (often minors), beliefs and convictions, health and family situation, shared under professional secrecy: a high risk for the persons concerned.</source>
        <translation>Signalen van radicalisering over personen (vaak minderjarigen), overtuigingen, gezondheid en gezinssituatie, gedeeld onder beroepsgeheim: een hoog risico voor de betrokkenen.</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Door wie</translation>
    </message>
    <message>
        <source>The measures the app takes</source>
        <translation>De maatregelen die de app neemt</translation>
    </message>
    <message>
        <source>Tests of faults and leaks</source>
        <translation>Tests op fouten en lekken</translation>
    </message>
    <message>
        <source>After a working session no passphrase, key or personal data is found in the logs or temporary files (an automated test plants a marker and searches for it).</source>
        <translation>Na een werksessie is geen wachtzin, sleutel of persoonsgegeven te vinden in de logbestanden of tijdelijke bestanden (een automatische test plant een merkteken en zoekt ernaar).</translation>
    </message>
    <message>
        <source>A feedback form reaches the police only after a signed consensus; automated tests check that no other path approves one.</source>
        <translation>Een terugkoppelingsfiche gaat pas naar de politie na een ondertekende consensus; automatische tests controleren dat geen andere weg er een goedkeurt.</translation>
    </message>
    <message>
        <source>No measured run of the fault suite is attached to this sheet.</source>
        <translation>Bij dit feitenblad hoort geen gemeten run van de foutentests.</translation>
    </message>
    <message>
        <source>The fault suite, run on {day} ({parameters}): every run is a real process killed or a damaged file offered; the database must come out whole every time.</source>
        <translation>De foutentests, uitgevoerd op {day} ({parameters}): elke run is een echt proces dat wordt afgebroken of een beschadigd bestand dat wordt aangeboden; de databank moet er telkens heel uitkomen.</translation>
    </message>
    <message>
        <source>Case data after the case is closed</source>
        <translation>Casusgegevens na het afsluiten van de casus</translation>
    </message>
    <message>
        <source>Case data after a case is closed with the reason “{reason}”</source>
        <translation>Casusgegevens na het afsluiten van een casus met de reden “{reason}”</translation>
    </message>
    <message>
        <source>A signal or case that never passed screening onto the table</source>
        <translation>Een signaal of casus die de screening nooit voorbij is geraakt tot aan de tafel</translation>
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
    <name>RecoveryRenewal</name>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Het herstelblad opslaan</translation>
    </message>
    <message>
        <source>Create a new recovery key</source>
        <translation>Een nieuwe herstelsleutel aanmaken</translation>
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
    <name>RegisterLivcrDialog</name>
    <message>
        <source>Paste the key or open its file.</source>
        <translation>Plak de sleutel of open het bestand.</translation>
    </message>
    <message>
        <source>{name} ({language}; {municipality})
Fingerprint of this key:
{fingerprint}</source>
        <translation>{name} ({language}; {municipality})
Vingerafdruk van deze sleutel:
{fingerprint}</translation>
    </message>
    <message>
        <source>Register another LIVC-R</source>
        <translation>Een andere LIVC-R registreren</translation>
    </message>
    <message>
        <source>Ask the other LIVC-R&apos;s coordinator for the key their app exports. Then compare the fingerprint with them, by phone or on paper, and type it as they read it: the key is saved only when both match.</source>
        <translation>Vraag de coördinator van de andere LIVC-R om de sleutel die hun app exporteert. Vergelijk daarna de vingerafdruk met hem of haar, telefonisch of op papier, en tik ze in zoals ze voorgelezen wordt: de sleutel wordt alleen bewaard als beide overeenkomen.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Open the key file…</source>
        <translation>Sleutelbestand openen…</translation>
    </message>
    <message>
        <source>The key says</source>
        <translation>De sleutel vermeldt</translation>
    </message>
    <message>
        <source>Fingerprint as read aloud</source>
        <translation>Voorgelezen vingerafdruk</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registreren</translation>
    </message>
</context>
<context>
    <name>RenewedKeyDialog</name>
    <message>
        <source>Saved as {file}. Print it, lock it away, and delete the file.</source>
        <translation>Opgeslagen als {file}. Druk het af, bewaar het achter slot en verwijder het bestand.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nieuwe herstelsleutel</translation>
    </message>
    <message>
        <source>This is the new recovery key; the old sheet no longer works. It is shown only now: print the sheet or write the key down and lock it away.</source>
        <translation>Dit is de nieuwe herstelsleutel; het oude blad werkt niet meer. Hij wordt alleen nu getoond: druk het blad af of schrijf de sleutel op, en bewaar hem achter slot.</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF…</source>
        <translation>Het herstelblad opslaan als pdf…</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen {code}</source>
        <translation>{code} heropenen</translation>
    </message>
    <message>
        <source>The case comes back among the operational table&apos;s proposals, which decides what happens next. The reopening and its reason are recorded in the history.</source>
        <translation>De casus komt terug bij de voorstellen voor de operationele tafel, die beslist wat er verder gebeurt. De heropening en de reden ervan worden in de geschiedenis bewaard.</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>Waarom hij heropend wordt</translation>
    </message>
</context>
<context>
    <name>Repeat</name>
    <message>
        <source>Once</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Elke maand</translation>
    </message>
</context>
<context>
    <name>RequestDialogs</name>
    <message>
        <source>New data-subject request</source>
        <translation>Nieuw verzoek van een betrokkene</translation>
    </message>
    <message>
        <source>Register the request on the day it was received: the answer is due one month later (GDPR art. 12(3)).</source>
        <translation>Registreer het verzoek met de dag van ontvangst: het antwoord moet binnen een maand volgen (art. 12, lid 3, AVG).</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Casuscode</translation>
    </message>
    <message>
        <source>Right exercised</source>
        <translation>Uitgeoefend recht</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gevraagd door</translation>
    </message>
    <message>
        <source>Name of the parent or lawyer</source>
        <translation>Naam van de ouder of advocaat</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Decision on the request about {code}</source>
        <translation>Beslissing over het verzoek over {code}</translation>
    </message>
    <message>
        <source>A request that is not granted in full needs a legal ground, such as a restriction under GDPR art. 23 and the law of 30 July 2018. Explain it in a few words: the person is told the ground.</source>
        <translation>Een verzoek dat niet volledig wordt ingewilligd, heeft een rechtsgrond nodig, zoals een beperking op grond van art. 23 AVG en de wet van 30 juli 2018. Licht die kort toe: de betrokkene krijgt de grond te horen.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslist op</translation>
    </message>
    <message>
        <source>Extend the term of the request about {code}</source>
        <translation>De termijn van het verzoek over {code} verlengen</translation>
    </message>
    <message>
        <source>A complex request may take two more months. This is possible once, within the first month, and the person must be told why.</source>
        <translation>Een complex verzoek mag twee maanden langer duren. Dat kan één keer, binnen de eerste maand, en de betrokkene moet horen waarom.</translation>
    </message>
    <message>
        <source>Why more time is needed</source>
        <translation>Waarom meer tijd nodig is</translation>
    </message>
    <message>
        <source>Person informed about {code}</source>
        <translation>Betrokkene ingelicht over {code}</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Ingelicht</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Answer sent about {code}</source>
        <translation>Antwoord verstuurd over {code}</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Wat werd verstuurd</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>The data of this LIVC-R will be replaced by this backup:</source>
        <translation>De gegevens van deze LIVC-R worden vervangen door deze back-up:</translation>
    </message>
    <message>
        <source>LIVC-R</source>
        <translation>LIVC-R</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Journal operations</source>
        <translation>Bewerkingen in het logboek</translation>
    </message>
    <message>
        <source>Everything recorded after that moment is no longer shown. The current data is not deleted: it is kept in the data folder under backups/replaced-…. The backup is checked completely before anything is replaced.</source>
        <translation>Alles wat na dat moment werd vastgelegd, wordt niet meer getoond. De huidige gegevens worden niet verwijderd: ze blijven bewaard in de gegevensmap onder backups/replaced-…. De back-up wordt volledig gecontroleerd voordat er iets wordt vervangen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>The backup of {date} was restored ({operations} journal operations). You continue on the restored data.</source>
        <translation>De back-up van {date} is teruggezet ({operations} bewerkingen in het logboek). U werkt verder met de teruggezette gegevens.</translation>
    </message>
    <message>
        <source>The data it replaced is kept in {folder}.</source>
        <translation>De gegevens die hij verving, worden bewaard in {folder}.</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>{livcr}: backup of {date} ({reason}), {operations} journal operations</source>
        <translation>{livcr}: back-up van {date} ({reason}), {operations} bewerkingen in het logboek</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>For example on a new laptop, or after a lost one.</source>
        <translation>Bijvoorbeeld op een nieuwe laptop, of na het verlies van een laptop.</translation>
    </message>
    <message>
        <source>Choose a backup file of your LIVC-R (it ends in .livcrbackup). It is checked completely before it is put in this data folder. Then sign in with your account as it was in the backup, or with the recovery key from the setup.</source>
        <translation>Kies een back-upbestand van uw LIVC-R (het eindigt op .livcrbackup). Het wordt volledig gecontroleerd voordat het in deze gegevensmap wordt gezet. Meld u daarna aan met uw account zoals het in de back-up stond, of met de herstelsleutel van bij het opzetten.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>With the account&apos;s passphrase</source>
        <translation>Met de wachtwoordzin van het account</translation>
    </message>
    <message>
        <source>With the recovery key (coordinator)</source>
        <translation>Met de herstelsleutel (coördinator)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
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
    <name>Retention</name>
    <message>
        <source>No operational-table meeting is planned: plan the next meeting, then propose the erasure for its agenda.</source>
        <translation>Er is geen vergadering van de operationele tafel gepland: plan de volgende vergadering en stel dan de wissing voor op haar agenda.</translation>
    </message>
    <message>
        <source>Case {code} has not reached this term under the house rules in force.</source>
        <translation>Casus {code} heeft deze termijn volgens het geldende huishoudelijk reglement niet bereikt.</translation>
    </message>
    <message>
        <source>The erasure of case {code} is already proposed for the meeting of {day}.</source>
        <translation>De wissing van casus {code} is al voorgesteld voor de vergadering van {day}.</translation>
    </message>
    <message>
        <source>This case was not found.</source>
        <translation>Deze casus werd niet gevonden.</translation>
    </message>
    <message>
        <source>Proposed erasure of case {code} under the house rules: {rule} on {day}</source>
        <translation>Voorgestelde wissing van casus {code} volgens het huishoudelijk reglement: {rule} op {day}</translation>
    </message>
    <message>
        <source>Proposed erasure of case {code} on a granted erasure request (decided on {day})</source>
        <translation>Voorgestelde wissing van casus {code} op een ingewilligd verzoek tot wissing (beslist op {day})</translation>
    </message>
    <message>
        <source>Case {code} has no granted erasure request in the register of data-subject requests (or was erased already).</source>
        <translation>Casus {code} heeft geen ingewilligd verzoek tot wissing in het register van verzoeken van betrokkenen (of werd al gewist).</translation>
    </message>
    <message>
        <source>Case {code} is closed: there is no follow-up to review at 18. The erasure terms of the house rules apply to it.</source>
        <translation>Casus {code} is afgesloten: er is geen opvolging om op 18 jaar te herbekijken. De bewaartermijnen van het huishoudelijk reglement gelden ervoor.</translation>
    </message>
</context>
<context>
    <name>RetentionArea</name>
    <message>
        <source>Retention and house rules</source>
        <translation>Bewaartermijnen en huishoudelijk reglement</translation>
    </message>
    <message>
        <source>How long the LIVC-R keeps its data is set in its own house rules, adopted by the strategic table. When a case reaches its term it is listed here, by its code only.</source>
        <translation>Hoe lang de LIVC-R haar gegevens bewaart, staat in haar eigen huishoudelijk reglement, aangenomen door de strategische tafel. Wanneer een casus zijn termijn bereikt, staat hij hier, alleen met zijn code.</translation>
    </message>
    <message>
        <source>Proposed for the meeting of {day}</source>
        <translation>Voorgesteld voor de vergadering van {day}</translation>
    </message>
    <message>
        <source>Not proposed yet</source>
        <translation>Nog niet voorgesteld</translation>
    </message>
    <message>
        <source>Proposed to the operational table: case {code}.</source>
        <translation>Voorgesteld aan de operationele tafel: casus {code}.</translation>
    </message>
    <message>
        <source>Draft house rules saved.</source>
        <translation>Ontwerp van huishoudelijk reglement bewaard.</translation>
    </message>
    <message>
        <source>Version {number} of the house rules recorded.</source>
        <translation>Versie {number} van het huishoudelijk reglement vastgelegd.</translation>
    </message>
    <message>
        <source>Reached their term</source>
        <translation>Termijn bereikt</translation>
    </message>
    <message>
        <source>House rules</source>
        <translation>Huishoudelijk reglement</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Wissing</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Vervallen sinds</translation>
    </message>
    <message>
        <source>Operational table</source>
        <translation>Operationele tafel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Van kracht vanaf</translation>
    </message>
    <message>
        <source>Strategic table of</source>
        <translation>Strategische tafel van</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Cases that reached their retention term by {day} under the house rules in force. “Propose to the table” puts the erasure of the selected case (or, at 18, the case itself, for its review) on the agenda of the next operational-table meeting; the table decides.</source>
        <translation>Casussen die op {day} hun bewaartermijn bereikten volgens het geldende huishoudelijk reglement. “Voorleggen aan de tafel” zet de wissing van de gekozen casus (of, op 18 jaar, de casus zelf, om hem te herbekijken) op de agenda van de volgende vergadering van de operationele tafel; de tafel beslist.</translation>
    </message>
    <message>
        <source>No case has reached its retention term.</source>
        <translation>Geen enkele casus bereikte zijn bewaartermijn.</translation>
    </message>
    <message>
        <source>Propose to the table</source>
        <translation>Voorleggen aan de tafel</translation>
    </message>
    <message>
        <source>Edit the draft…</source>
        <translation>Ontwerp bewerken…</translation>
    </message>
    <message>
        <source>Start a draft…</source>
        <translation>Ontwerp beginnen…</translation>
    </message>
    <message>
        <source>Record the adoption…</source>
        <translation>Aanneming vastleggen…</translation>
    </message>
    <message>
        <source>PDF of the draft…</source>
        <translation>Pdf van het ontwerp…</translation>
    </message>
    <message>
        <source>PDF of the selected version…</source>
        <translation>Pdf van de gekozen versie…</translation>
    </message>
    <message>
        <source>No version adopted yet: the defaults above apply.</source>
        <translation>Nog geen versie aangenomen: de standaardregels hierboven gelden.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n year(s) after closure</source>
        <translation>
            <numerusform>Bewaard gedurende %n jaar na afsluiting</numerusform>
            <numerusform>Bewaard gedurende %n jaar na afsluiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n year(s) when the case never reached the table</source>
        <translation>
            <numerusform>Bewaard gedurende %n jaar als de casus nooit de tafel bereikte</numerusform>
            <numerusform>Bewaard gedurende %n jaar als de casus nooit de tafel bereikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts below {threshold} are not shown in the figures</source>
        <translation>Aantallen onder {threshold} worden niet getoond in de cijfers</translation>
    </message>
    <message numerus="yes">
        <source>The operational table meets every %n month(s)</source>
        <translation>
            <numerusform>De operationele tafel komt om de %n maand samen</numerusform>
            <numerusform>De operationele tafel komt om de %n maanden samen</numerusform>
        </translation>
    </message>
    <message>
        <source>The case of a minor comes up again at their 18th birthday</source>
        <translation>De casus van een minderjarige komt opnieuw op tafel op de 18de verjaardag</translation>
    </message>
    <message>
        <source>The operational table decides each erasure</source>
        <translation>De operationele tafel beslist over elke wissing</translation>
    </message>
    <message>
        <source>The coordinator decides each erasure with the DPO&apos;s confirmation</source>
        <translation>De coördinator beslist over elke wissing met bevestiging van de DPO</translation>
    </message>
    <message>
        <source>The strategic table has not adopted house rules yet, so the app applies its defaults: five years after closure is the practice of the Dutch covenant of 2017 (now law); no Belgian text fixes a term.</source>
        <translation>De strategische tafel heeft nog geen huishoudelijk reglement aangenomen; daarom past de app haar standaardregels toe: vijf jaar na afsluiting is de praktijk van het Nederlandse convenant van 2017 (nu wet); geen enkele Belgische tekst legt een termijn vast.</translation>
    </message>
    <message>
        <source>In force: version {number}, since {day}.</source>
        <translation>Van kracht: versie {number}, sinds {day}.</translation>
    </message>
</context>
<context>
    <name>RetentionRule</name>
    <message>
        <source>Term after closure reached</source>
        <translation>Termijn na afsluiting bereikt</translation>
    </message>
    <message>
        <source>Shorter term reached (never reached the table)</source>
        <translation>Kortere termijn bereikt (nooit op de tafel)</translation>
    </message>
    <message>
        <source>Review at the person&apos;s 18th birthday</source>
        <translation>Herbekijken op de 18de verjaardag</translation>
    </message>
    <message>
        <source>Granted erasure request</source>
        <translation>Ingewilligd verzoek tot wissing</translation>
    </message>
</context>
<context>
    <name>RetentionRuleInText</name>
    <message>
        <source>term after closure reached</source>
        <translation>termijn na afsluiting bereikt</translation>
    </message>
    <message>
        <source>shorter term reached (never reached the table)</source>
        <translation>kortere termijn bereikt (nooit op de tafel)</translation>
    </message>
    <message>
        <source>review at the person&apos;s 18th birthday</source>
        <translation>herbekijken op de 18de verjaardag</translation>
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
        <translation>Een rol toekennen aan {name}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Municipality (chair only)</source>
        <translation>Gemeente (alleen voor voorzitter)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>The mandate has an end date</source>
        <translation>Het mandaat heeft een einddatum</translation>
    </message>
    <message>
        <source>Until (last day)</source>
        <translation>Tot en met (laatste dag)</translation>
    </message>
    <message>
        <source>Note (e.g. decision of the mayor)</source>
        <translation>Opmerking (bv. beslissing van de burgemeester)</translation>
    </message>
</context>
<context>
    <name>RoleShort</name>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Voorzitter</translation>
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
        <translation>Strategische tafel</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Gegevensbescherming</translation>
    </message>
    <message>
        <source>IT administration</source>
        <translation>IT-beheer</translation>
    </message>
</context>
<context>
    <name>SavePath</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>LIVC-R backups (*.livcrbackup)</source>
        <translation>LIVC-R-back-ups (*.livcrbackup)</translation>
    </message>
    <message>
        <source>LIVC-R invitations (*.livcrinvite)</source>
        <translation>LIVC-R-uitnodigingen (*.livcrinvite)</translation>
    </message>
    <message>
        <source>LIVC-R bundles of changes (*.livcr-bundle)</source>
        <translation>LIVC-R-bundels met wijzigingen (*.livcr-bundle)</translation>
    </message>
    <message>
        <source>LIVC-R hub access files (*.livcrhub)</source>
        <translation>LIVC-R-hubtoegangsbestanden (*.livcrhub)</translation>
    </message>
</context>
<context>
    <name>ScreenDialog</name>
    <message>
        <source>Screen {code}</source>
        <translation>{code} screenen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>ScreeningOutcome</name>
    <message>
        <source>Put it on the operational table</source>
        <translation>Op de operationele tafel brengen</translation>
    </message>
    <message>
        <source>Pass it to regular services (no LIVC-R follow-up)</source>
        <translation>Doorgeven aan de reguliere diensten (geen opvolging in de LIVC-R)</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Geen actie</translation>
    </message>
</context>
<context>
    <name>SecrecyGuard</name>
    <message>
        <source>a confidential record</source>
        <translation>een vertrouwelijk stuk</translation>
    </message>
    <message>
        <source>a case note</source>
        <translation>een notitie bij de casus</translation>
    </message>
    <message>
        <source>the record of a consultation</source>
        <translation>het verslag van een overleg</translation>
    </message>
    <message>
        <source>an action point</source>
        <translation>een actiepunt</translation>
    </message>
    <message>
        <source>a participant&apos;s reason</source>
        <translation>de motivering van een deelnemer</translation>
    </message>
    <message>
        <source>a signal</source>
        <translation>een signaal</translation>
    </message>
    <message>
        <source>the identity of who signalled</source>
        <translation>de identiteit van wie signaleerde</translation>
    </message>
    <message>
        <source>No overlap with confidential text</source>
        <translation>Geen overlap met vertrouwelijke tekst</translation>
    </message>
    <message>
        <source>Overlap confirmed as not covered by professional secrecy</source>
        <translation>Overlap bevestigd als niet gedekt door het beroepsgeheim</translation>
    </message>
    <message>
        <source>Overlaps confidential text: remove the passage or confirm</source>
        <translation>Overlapt met vertrouwelijke tekst: schrap de passage of bevestig</translation>
    </message>
    <message>
        <source>a partner&apos;s trajectory update</source>
        <translation>een opvolgingsbericht van een partner</translation>
    </message>
    <message>
        <source>an evaluation of the trajectory</source>
        <translation>een evaluatie van het begeleidingstraject</translation>
    </message>
    <message numerus="yes">
        <source>This text repeats confidential information of the case (%n highlighted passage(s)). Remove what is highlighted, or confirm that it is not covered by professional secrecy.</source>
        <translation>
            <numerusform>Deze tekst herhaalt vertrouwelijke informatie van de casus (%n gemarkeerde passage). Schrap de passage, of bevestig dat ze niet onder het beroepsgeheim valt.</numerusform>
            <numerusform>Deze tekst herhaalt vertrouwelijke informatie van de casus (%n gemarkeerde passages). Schrap de passages, of bevestig dat ze niet onder het beroepsgeheim vallen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Life domains</source>
        <translation>Levensdomeinen</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
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
        <translation>Vergrendelen na</translation>
    </message>
    <message>
        <source> min without input</source>
        <translation> min zonder invoer</translation>
    </message>
    <message>
        <source>never (not recommended)</source>
        <translation>nooit (niet aanbevolen)</translation>
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
        <source>Case codes</source>
        <translation>Casuscodes</translation>
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
    <name>SignDecisionDialog</name>
    <message>
        <source>Sign the decision</source>
        <translation>De beslissing ondertekenen</translation>
    </message>
    <message>
        <source>By signing, the chair confirms that this is what the effective participants agreed by consensus. A signed decision takes effect at once.</source>
        <translation>Met de ondertekening bevestigt de voorzitter dat de effectief deelnemende leden dit bij consensus hebben afgesproken. Een ondertekende beslissing heeft meteen gevolg.</translation>
    </message>
    <message>
        <source>Chair who signs</source>
        <translation>Voorzitter die ondertekent</translation>
    </message>
    <message>
        <source>Their passphrase</source>
        <translation>Diens wachtwoordzin</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again. If nobody knows a passphrase any more, use the recovery key.</source>
        <translation>De wachtwoordzin is niet juist. Controleer de toetsenbordindeling en Caps Lock, en probeer het opnieuw. Kent niemand nog een wachtwoordzin, gebruik dan de herstelsleutel.</translation>
    </message>
    <message>
        <source>This passphrase is wrong. Check the keyboard layout and Caps Lock, then try again (tries left before a waiting time: {tries}).</source>
        <translation>Deze wachtwoordzin is fout. Controleer de toetsenbordindeling en Caps Lock, en probeer het opnieuw (pogingen over voor er een wachttijd volgt: {tries}).</translation>
    </message>
    <message>
        <source>This passphrase is wrong. Check the keyboard layout and Caps Lock; each next try waits a little longer.</source>
        <translation>Deze wachtwoordzin is fout. Controleer de toetsenbordindeling en Caps Lock; elke volgende poging wacht iets langer.</translation>
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
        <translation>Er is al iemand bovenop deze sessie aangemeld. Rond dat eerst af.</translation>
    </message>
    <message>
        <source>You are already signed in. Choose the person who signs in on top of you.</source>
        <translation>U bent al aangemeld. Kies de persoon die zich bovenop uw sessie aanmeldt.</translation>
    </message>
    <message>
        <source>This laptop holds cases your role does not open, so your passphrase no longer opens it. Ask the coordinator for an invitation for your own laptop.</source>
        <translation>Deze laptop bevat dossiers die uw rol niet opent, dus uw wachtwoordzin opent hem niet meer. Vraag de coördinator om een uitnodiging voor uw eigen laptop.</translation>
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
        <source>First sync of this laptop: {count} of {total} changes received…</source>
        <translation>Eerste synchronisatie van deze laptop: {count} van {total} wijzigingen ontvangen…</translation>
    </message>
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
    <name>SignalDialog</name>
    <message>
        <source>A case about a person with these names and this date of birth already exists: {code} ({status}). Add the signal to that case rather than creating a duplicate, unless it is really someone else.</source>
        <translation>Er bestaat al een casus over een persoon met deze namen en deze geboortedatum: {code} ({status}). Voeg het signaal aan die casus toe in plaats van een dubbele casus aan te maken, tenzij het echt om iemand anders gaat.</translation>
    </message>
    <message>
        <source>Add to {code}</source>
        <translation>Toevoegen aan {code}</translation>
    </message>
    <message>
        <source>Register as a new case</source>
        <translation>Registreren als nieuwe casus</translation>
    </message>
    <message>
        <source>Register a signal</source>
        <translation>Een signaal registreren</translation>
    </message>
    <message>
        <source>The signal</source>
        <translation>Het signaal</translation>
    </message>
    <message>
        <source>Who it is about</source>
        <translation>Over wie het gaat</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Afkomstig van</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Signalling organisation</source>
        <translation>Signalerende organisatie</translation>
    </message>
    <message>
        <source>Signalling person</source>
        <translation>Signalerende persoon</translation>
    </message>
    <message>
        <source>The concern</source>
        <translation>De bezorgdheid</translation>
    </message>
    <message>
        <source>What the IO may share</source>
        <translation>Wat de IO mag delen</translation>
    </message>
    <message>
        <source>LTF</source>
        <translation>LTF</translation>
    </message>
    <message>
        <source>Common Database</source>
        <translation>GGB</translation>
    </message>
    <message>
        <source>LTF priority</source>
        <translation>LTF-prioriteit</translation>
    </message>
    <message>
        <source>Other LIVC-R</source>
        <translation>Andere LIVC-R</translation>
    </message>
    <message>
        <source>Contact there</source>
        <translation>Contactpersoon daar</translation>
    </message>
    <message>
        <source>The LTF asks the LIVC-R to take the primary follow-up</source>
        <translation>De LTF vraagt de LIVC-R de primaire opvolging op zich te nemen</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Betrokkene</translation>
    </message>
    <message>
        <source>First name(s)</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Date of birth (empty if not known)</source>
        <translation>Geboortedatum (leeg indien niet gekend)</translation>
    </message>
    <message>
        <source>Description (no name)</source>
        <translation>Beschrijving (geen naam)</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Naam van de groep</translation>
    </message>
    <message>
        <source>Find the case</source>
        <translation>De casus zoeken</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Case code or name</source>
        <translation>Casuscode of naam</translation>
    </message>
    <message>
        <source>A case that already exists</source>
        <translation>Een bestaande casus</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>SignalSource</name>
    <message>
        <source>A partner</source>
        <translation>Een partner</translation>
    </message>
    <message>
        <source>The LTF, through the Information Officer</source>
        <translation>De LTF, via de Information Officer</translation>
    </message>
    <message>
        <source>Another LIVC-R</source>
        <translation>Een andere LIVC-R</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <source>The date of the signal cannot be in the future.</source>
        <translation>De datum van het signaal kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Describe the concern in a few sentences.</source>
        <translation>Beschrijf de bezorgdheid in enkele zinnen.</translation>
    </message>
    <message>
        <source>Choose the member municipality the signal is about.</source>
        <translation>Kies de deelnemende gemeente waarover het signaal gaat.</translation>
    </message>
    <message>
        <source>Choose the organisation that signals the concern.</source>
        <translation>Kies de organisatie die de bezorgdheid signaleert.</translation>
    </message>
    <message>
        <source>Record what the Information Officer was allowed to share.</source>
        <translation>Noteer wat de Information Officer mocht delen.</translation>
    </message>
    <message>
        <source>Enter the name of the other LIVC-R.</source>
        <translation>Vul de naam van de andere LIVC-R in.</translation>
    </message>
    <message>
        <source>Give the reason for the screening decision.</source>
        <translation>Geef de reden voor de beslissing na screening.</translation>
    </message>
    <message>
        <source>This text may be at most {maximum} characters.</source>
        <translation>Deze tekst mag hoogstens {maximum} tekens bevatten.</translation>
    </message>
</context>
<context>
    <name>SignalsArea</name>
    <message>
        <source>The signal was registered.</source>
        <translation>Het signaal is geregistreerd.</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Register a signal…</source>
        <translation>Een signaal registreren…</translation>
    </message>
    <message>
        <source>New concerns wait here until they are screened: put on the operational table, passed to regular services, or closed without action, always with a reason.</source>
        <translation>Nieuwe bezorgdheden wachten hier tot ze gescreend zijn: op de operationele tafel gebracht, doorgegeven aan de reguliere diensten of zonder actie afgesloten, altijd met een reden.</translation>
    </message>
    <message>
        <source>No signals to screen</source>
        <translation>Geen signalen om te screenen</translation>
    </message>
    <message>
        <source>When a partner, the LTF or another LIVC-R brings a concern, register it here.</source>
        <translation>Wanneer een partner, de LTF of een andere LIVC-R een bezorgdheid aanbrengt, registreert u die hier.</translation>
    </message>
</context>
<context>
    <name>SignaturesArea</name>
    <message>
        <source>Signed. Fingerprint of the signature: {fingerprint}</source>
        <translation>Ondertekend. Vingerafdruk van de handtekening: {fingerprint}</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>Te ondertekenen</translation>
    </message>
    <message>
        <source>Outcomes the effective participants agreed by consensus, waiting for your signature as chair, and the draft minutes of the meetings you chaired, waiting for your approval. A signed decision is final and takes effect at once.</source>
        <translation>Uitkomsten waarover de effectief deelnemende leden consensus bereikten, in afwachting van uw handtekening als voorzitter, en de ontwerpnotulen van de vergaderingen die u voorzat, in afwachting van uw goedkeuring. Een ondertekende beslissing is definitief en gaat meteen in.</translation>
    </message>
    <message numerus="yes">
        <source>Decisions to sign (%n)</source>
        <translation>
            <numerusform>Beslissing te ondertekenen (%n)</numerusform>
            <numerusform>Beslissingen te ondertekenen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft minutes to approve (%n)</source>
        <translation>
            <numerusform>Ontwerpnotulen goed te keuren (%n)</numerusform>
            <numerusform>Ontwerpnotulen goed te keuren (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Read and approve the minutes…</source>
        <translation>De notulen lezen en goedkeuren…</translation>
    </message>
    <message>
        <source>Nothing waiting for your signature or approval</source>
        <translation>Niets wacht op uw handtekening of goedkeuring</translation>
    </message>
    <message>
        <source>Decisions with consensus on cases of your municipality appear here when they were not signed during the meeting, and so do the draft minutes of the meetings you chaired.</source>
        <translation>Beslissingen met consensus over casussen van uw gemeente verschijnen hier als ze niet tijdens de vergadering werden ondertekend, net als de ontwerpnotulen van de vergaderingen die u voorzat.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Proposal as worded</source>
        <translation>Voorstel zoals geformuleerd</translation>
    </message>
    <message>
        <source>Review and sign…</source>
        <translation>Nalezen en ondertekenen…</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>De casus openen</translation>
    </message>
</context>
<context>
    <name>StanceDialog</name>
    <message>
        <source>Refusal or representation</source>
        <translation>Weigering of vertegenwoordiging</translation>
    </message>
    <message>
        <source>A partner may refuse to take part in the consultation of a case, with a motivation (Flemish decree of 21 May 2021), or be represented by a supervisor.</source>
        <translation>Een partner kan gemotiveerd weigeren deel te nemen aan het casusoverleg (Vlaams decreet van 21 mei 2021), of zich laten vertegenwoordigen door een leidinggevende.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Vertegenwoordigd door</translation>
    </message>
    <message>
        <source>In the function of</source>
        <translation>In de functie van</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change the status of {code}</source>
        <translation>Status van {code} wijzigen</translation>
    </message>
    <message>
        <source>Now: {status}. Every change is recorded with its reason.</source>
        <translation>Nu: {status}. Elke wijziging wordt met de reden vastgelegd.</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <source>Why it is closed</source>
        <translation>Reden van afsluiting</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>StrategicTextsDialog</name>
    <message>
        <source>Texts of the strategic table – {year}</source>
        <translation>Teksten van de strategische tafel – {year}</translation>
    </message>
    <message>
        <source>These texts open the yearly report of {year}. Write about the LIVC-R&apos;s work, never about a person or a case: the report is read outside the cell.</source>
        <translation>Deze teksten openen het jaarverslag {year}. Schrijf over de werking van de LIVC-R, nooit over een persoon of een casus: het verslag wordt buiten de cel gelezen.</translation>
    </message>
    <message>
        <source>&amp;Priorities:</source>
        <translation>&amp;Prioriteiten:</translation>
    </message>
    <message>
        <source>&amp;Working agreements:</source>
        <translation>&amp;Werkafspraken:</translation>
    </message>
    <message>
        <source>&amp;Evaluation:</source>
        <translation>&amp;Evaluatie:</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Person concerned in {code}</source>
        <translation>Betrokkene in casus {code}</translation>
    </message>
    <message>
        <source>Keep only what the table needs: names, date of birth, and contact details only where they are needed.</source>
        <translation>Registreer alleen wat de tafel nodig heeft: namen, geboortedatum, en contactgegevens alleen waar ze nodig zijn.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>First name(s)</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Date of birth (empty if not known)</source>
        <translation>Geboortedatum (leeg indien niet gekend)</translation>
    </message>
    <message>
        <source>Description (no name)</source>
        <translation>Beschrijving (geen naam)</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Naam van de groep</translation>
    </message>
    <message>
        <source>Address (only if needed)</source>
        <translation>Adres (alleen indien nodig)</translation>
    </message>
    <message>
        <source>Phone (only if needed)</source>
        <translation>Telefoon (alleen indien nodig)</translation>
    </message>
</context>
<context>
    <name>SubjectKind</name>
    <message>
        <source>A named person</source>
        <translation>Een persoon met naam</translation>
    </message>
    <message>
        <source>A group or organisation</source>
        <translation>Een groep of organisatie</translation>
    </message>
    <message>
        <source>A person, anonymised for now</source>
        <translation>Een persoon, voorlopig geanonimiseerd</translation>
    </message>
</context>
<context>
    <name>SubjectRequests</name>
    <message>
        <source>Access (GDPR art. 15)</source>
        <translation>Inzage (art. 15 AVG)</translation>
    </message>
    <message>
        <source>Rectification (GDPR art. 16)</source>
        <translation>Verbetering (art. 16 AVG)</translation>
    </message>
    <message>
        <source>Erasure (GDPR art. 17)</source>
        <translation>Wissing (art. 17 AVG)</translation>
    </message>
    <message>
        <source>Restriction of processing (GDPR art. 18)</source>
        <translation>Beperking van de verwerking (art. 18 AVG)</translation>
    </message>
    <message>
        <source>Objection (GDPR art. 21)</source>
        <translation>Bezwaar (art. 21 AVG)</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Verbetering</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Wissing</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Beperking</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>The person concerned</source>
        <translation>De betrokken persoon</translation>
    </message>
    <message>
        <source>A parent or guardian</source>
        <translation>Een ouder of voogd</translation>
    </message>
    <message>
        <source>A lawyer</source>
        <translation>Een advocaat</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Nog niet beslist</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Ingewilligd</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Gedeeltelijk ingewilligd</translation>
    </message>
    <message>
        <source>Right restricted</source>
        <translation>Recht beperkt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Restriction for the prevention of offences (GDPR art. 23, law of 30 July 2018)</source>
        <translation>Beperking ter voorkoming van strafbare feiten (art. 23 AVG, wet van 30 juli 2018)</translation>
    </message>
    <message>
        <source>Police information: indirect access through the Supervisory Body for Police Information (law of 30 July 2018)</source>
        <translation>Politie-informatie: onrechtstreekse inzage via het Controleorgaan op de politionele informatie (wet van 30 juli 2018)</translation>
    </message>
    <message>
        <source>Rights and freedoms of others (GDPR art. 15(4))</source>
        <translation>Rechten en vrijheden van anderen (art. 15, lid 4, AVG)</translation>
    </message>
    <message>
        <source>Shared professional secrecy (art. 458ter Criminal Code)</source>
        <translation>Gedeeld beroepsgeheim (art. 458ter Sw.)</translation>
    </message>
    <message>
        <source>Manifestly unfounded or excessive (GDPR art. 12(5))</source>
        <translation>Kennelijk ongegrond of buitensporig (art. 12, lid 5, AVG)</translation>
    </message>
    <message>
        <source>Another ground (explained)</source>
        <translation>Een andere grond (toegelicht)</translation>
    </message>
    <message>
        <source>Art. 23: prevention</source>
        <translation>Art. 23: preventie</translation>
    </message>
    <message>
        <source>Police information</source>
        <translation>Politie-informatie</translation>
    </message>
    <message>
        <source>Rights of others</source>
        <translation>Rechten van anderen</translation>
    </message>
    <message>
        <source>Professional secrecy</source>
        <translation>Beroepsgeheim</translation>
    </message>
    <message>
        <source>Unfounded or excessive</source>
        <translation>Ongegrond of buitensporig</translation>
    </message>
    <message>
        <source>Another ground</source>
        <translation>Andere grond</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>De betrokkene</translation>
    </message>
    <message>
        <source>The parents or guardian</source>
        <translation>De ouders of voogd</translation>
    </message>
    <message>
        <source>The person and the parents</source>
        <translation>De betrokkene en de ouders</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>De datum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The date cannot be before the request was received.</source>
        <translation>De datum kan niet vóór de ontvangst van het verzoek liggen.</translation>
    </message>
    <message>
        <source>Name the legal ground: a request that is not granted in full needs one.</source>
        <translation>Vermeld de rechtsgrond: een verzoek dat niet volledig wordt ingewilligd, heeft er een nodig.</translation>
    </message>
    <message>
        <source>Explain the ground in a few words: “another ground” needs an explanation.</source>
        <translation>Licht de grond kort toe: “een andere grond” vraagt een toelichting.</translation>
    </message>
    <message>
        <source>Write the name of the lawyer or parent who made the request.</source>
        <translation>Schrijf de naam van de advocaat of ouder die het verzoek deed.</translation>
    </message>
    <message>
        <source>The text is too long (at most {limit} characters).</source>
        <translation>De tekst is te lang (hoogstens {limit} tekens).</translation>
    </message>
    <message>
        <source>The term of this request was already extended once.</source>
        <translation>De termijn van dit verzoek werd al eens verlengd.</translation>
    </message>
    <message>
        <source>The term can only be extended within the first month, and the person told why.</source>
        <translation>De termijn kan enkel binnen de eerste maand verlengd worden, en de betrokkene moet horen waarom.</translation>
    </message>
    <message>
        <source>Say why the request needs more time (GDPR art. 12(3)).</source>
        <translation>Zeg waarom het verzoek meer tijd vraagt (art. 12, lid 3, AVG).</translation>
    </message>
    <message>
        <source>Decide on the request before recording the answer.</source>
        <translation>Beslis over het verzoek voordat u het antwoord registreert.</translation>
    </message>
    <message>
        <source>Summarise the answer that was sent.</source>
        <translation>Vat het verstuurde antwoord samen.</translation>
    </message>
    <message>
        <source>Only a request for access is answered with a copy of the data.</source>
        <translation>Enkel een verzoek om inzage wordt beantwoord met een kopie van de gegevens.</translation>
    </message>
    <message>
        <source>Decide on the request before exporting the answer.</source>
        <translation>Beslis over het verzoek voordat u het antwoord exporteert.</translation>
    </message>
    <message>
        <source>The data changed since the review; open the review again.</source>
        <translation>De gegevens zijn gewijzigd sinds het nazicht; open het nazicht opnieuw.</translation>
    </message>
    <message>
        <source>This request is not in the register.</source>
        <translation>Dit verzoek staat niet in het register.</translation>
    </message>
    <message>
        <source>There is no case with this code.</source>
        <translation>Er is geen casus met deze code.</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <source>Save the trajectory summary</source>
        <translation>Samenvatting van het traject bewaren</translation>
    </message>
</context>
<context>
    <name>SummaryExportDialog</name>
    <message>
        <source>Trajectory summary of {code}</source>
        <translation>Samenvatting van het traject van {code}</translation>
    </message>
    <message>
        <source>A PDF for the table: goals, actions, the life domains over time and what the evaluations proposed, without the partners&apos; updates. Printing it is recorded in the audit trail; the document is covered by shared professional secrecy.</source>
        <translation>Een pdf voor de tafel: doelen, acties, de levensdomeinen doorheen de tijd en wat de evaluaties voorstelden, zonder de berichten van de partners. Het afdrukken wordt in de audittrail vastgelegd; het document valt onder het gedeeld beroepsgeheim.</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Taal van het document</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This member has no account to invite.</source>
        <translation>Dit lid heeft geen account om uit te nodigen.</translation>
    </message>
    <message>
        <source>This file is not an invitation to an LIVC-R.</source>
        <translation>Dit bestand is geen uitnodiging voor een LIVC-R.</translation>
    </message>
    <message>
        <source>The folder for the new LIVC-R must be empty or not exist yet.</source>
        <translation>De map voor de nieuwe LIVC-R moet leeg zijn of mag nog niet bestaan.</translation>
    </message>
    <message>
        <source>The hub knows no laptop with the id {device}: `livcr devices list` shows them.</source>
        <translation>De hub kent geen laptop met id {device}: `livcr devices list` toont ze.</translation>
    </message>
    <message>
        <source>No laptop waiting for approval has the fingerprint {fingerprint}.</source>
        <translation>Geen laptop die op goedkeuring wacht, heeft de vingerafdruk {fingerprint}.</translation>
    </message>
    <message>
        <source>This LIVC-R is already connected to a hub.</source>
        <translation>Deze LIVC-R is al met een hub verbonden.</translation>
    </message>
    <message>
        <source>This LIVC-R is not connected to a hub yet.</source>
        <translation>Deze LIVC-R is nog niet met een hub verbonden.</translation>
    </message>
    <message>
        <source>The hub&apos;s password is not on this computer: connect again, or pass it with --hub-password-file.</source>
        <translation>Het wachtwoord van de hub staat niet op deze computer: verbind opnieuw, of geef het mee met --hub-password-file.</translation>
    </message>
    <message>
        <source>The hub&apos;s password is not on this computer (its keyring may have been emptied). On a member&apos;s laptop: ask the coordinator for a new hub access file and open it in the Sync area with “Connect to the hub with an access file…”. On the coordinator&apos;s laptop: connect to the hub again in the Sync area.</source>
        <translation>Het wachtwoord van de hub staat niet op deze computer (de sleutelbos werd misschien leeggemaakt). Op de laptop van een lid: vraag de coördinator om een nieuw toegangsbestand voor de hub en open het in het onderdeel Synchronisatie met ‘Met een toegangsbestand verbinden met de hub…’. Op de laptop van de coördinator: verbind opnieuw met de hub in het onderdeel Synchronisatie.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>Dit conflict werd al opgelost.</translation>
    </message>
    <message>
        <source>This value is not one of the two sides of the conflict.</source>
        <translation>Deze waarde is geen van beide kanten van het conflict.</translation>
    </message>
    <message>
        <source>The coordinator has not approved this laptop yet. Read its fingerprint to the coordinator, and try again once it is approved.</source>
        <translation>De coördinator heeft deze laptop nog niet goedgekeurd. Lees de vingerafdruk voor aan de coördinator en probeer opnieuw zodra hij is goedgekeurd.</translation>
    </message>
    <message>
        <source>This laptop joined without a network and its records have not arrived yet. Import the coordinator&apos;s first bundle (`livcr bundle import FILE`), then sign in.</source>
        <translation>Deze laptop sloot aan zonder netwerk en zijn gegevens zijn nog niet aangekomen. Importeer de eerste bundel van de coördinator (`livcr bundle import BESTAND`) en meld u daarna aan.</translation>
    </message>
    <message>
        <source>The hub refused the sync: {reason}</source>
        <translation>De hub weigerde de synchronisatie: {reason}</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wacht op goedkeuring</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Waiting for the key of its case (shared at the coordinator&apos;s next sync).</source>
        <translation>Wacht op de sleutel van zijn casus (gedeeld bij de volgende synchronisatie van de coördinator).</translation>
    </message>
    <message>
        <source>Waiting for its signature, which travels separately.</source>
        <translation>Wacht op zijn handtekening, die apart reist.</translation>
    </message>
    <message>
        <source>Waiting for the account of its author to arrive.</source>
        <translation>Wacht tot het account van de auteur aankomt.</translation>
    </message>
    <message>
        <source>Waiting for an earlier change of the same record.</source>
        <translation>Wacht op een eerdere wijziging van hetzelfde record.</translation>
    </message>
    <message>
        <source>Made with a newer version of the app: applied after this laptop is upgraded.</source>
        <translation>Gemaakt met een nieuwere versie van de app: toegepast nadat deze laptop is bijgewerkt.</translation>
    </message>
    <message>
        <source>Its laptop&apos;s clock was too far ahead of the hub&apos;s: it would win every edit.</source>
        <translation>De klok van zijn laptop liep te ver voor op die van de hub: hij zou elke wijziging winnen.</translation>
    </message>
    <message>
        <source>It does not open with its case&apos;s key: it was altered or sealed wrongly.</source>
        <translation>Het opent niet met de sleutel van zijn casus: het werd gewijzigd of verkeerd verzegeld.</translation>
    </message>
    <message>
        <source>It opens, but holds no change this app makes: an altered or faulty laptop made it.</source>
        <translation>Het opent wel, maar bevat geen wijziging die deze toepassing maakt: een gewijzigde of defecte laptop heeft het gemaakt.</translation>
    </message>
    <message>
        <source>It was sent in another case than the one it belongs to.</source>
        <translation>Het werd verstuurd in een andere casus dan die waartoe het behoort.</translation>
    </message>
    <message>
        <source>Its signature does not cover it: it was altered after signing.</source>
        <translation>Zijn handtekening dekt het niet: het werd na ondertekening gewijzigd.</translation>
    </message>
    <message>
        <source>Its signature is not valid.</source>
        <translation>Zijn handtekening is niet geldig.</translation>
    </message>
    <message>
        <source>It was signed with another person&apos;s key than its author&apos;s.</source>
        <translation>Het werd ondertekend met de sleutel van iemand anders dan de auteur.</translation>
    </message>
    <message>
        <source>A change signed only by a laptop, not by a person.</source>
        <translation>Een wijziging die alleen door een laptop werd ondertekend, niet door een persoon.</translation>
    </message>
    <message>
        <source>Its author was not allowed to make this change on that day.</source>
        <translation>De auteur mocht deze wijziging op die dag niet maken.</translation>
    </message>
    <message>
        <source>No record can hold what it contains.</source>
        <translation>Geen enkel record kan bevatten wat erin staat.</translation>
    </message>
    <message>
        <source>Held for a reason this version does not know.</source>
        <translation>Vastgehouden om een reden die deze versie niet kent.</translation>
    </message>
    <message>
        <source>Approved by file, no hub login yet</source>
        <translation>Goedgekeurd via bestand, nog geen hublogin</translation>
    </message>
    <message>
        <source>This file is not a hub access for this laptop. Ask the coordinator for a new one.</source>
        <translation>Dit bestand is geen hubtoegang voor deze laptop. Vraag de coördinator om een nieuw.</translation>
    </message>
    <message>
        <source>{name} has no laptop approved by file. A laptop that joined through the hub already has its login.</source>
        <translation>{name} heeft geen laptop die via bestand is goedgekeurd. Een laptop die via de hub aansloot, heeft al een login.</translation>
    </message>
    <message>
        <source>Every laptop of {name} already has its hub login. If an access file or the password kept on a laptop was lost, write its hub access again: the old one then stops working.</source>
        <translation>Elke laptop van {name} heeft al een hublogin. Is een toegangsbestand of het wachtwoord op een laptop verloren, schrijf de hubtoegang dan opnieuw: de oude werkt dan niet meer.</translation>
    </message>
    <message>
        <source>{name} has no approved laptop on this hub.</source>
        <translation>{name} heeft geen goedgekeurde laptop op deze hub.</translation>
    </message>
    <message>
        <source>This hub access is for another hub login than the one this laptop uses. Ask the coordinator for a new one.</source>
        <translation>Deze hubtoegang is voor een andere hublogin dan die van deze laptop. Vraag de coördinator om een nieuwe.</translation>
    </message>
    <message>
        <source>The hub cannot be reached now. Connect this laptop to the municipal network and try again.
{reason}</source>
        <translation>De hub is nu niet bereikbaar. Verbind deze laptop met het gemeentelijke netwerk en probeer opnieuw.
{reason}</translation>
    </message>
    <message>
        <source>The hub did not answer in time. Check the network connection and try again; if it keeps happening, tell IT.
{reason}</source>
        <translation>De hub antwoordde niet op tijd. Controleer de netwerkverbinding en probeer opnieuw; gebeurt het opnieuw, verwittig dan de IT-dienst.
{reason}</translation>
    </message>
    <message>
        <source>The hub did not accept this laptop&apos;s login or password. Ask the coordinator to check this laptop&apos;s access to the hub.
{reason}</source>
        <translation>De hub aanvaardde de login of het wachtwoord van deze laptop niet. Vraag de coördinator de toegang van deze laptop tot de hub na te kijken.
{reason}</translation>
    </message>
    <message>
        <source>The hub no longer accepts this laptop&apos;s password: the coordinator has probably renewed this laptop&apos;s hub access (a lost access file or password). Take the new hub access file with LIVC-R › Connect to the hub with an access file… (or `livcr hub take-access FILE`); if you have none, ask the coordinator for it.
{reason}</source>
        <translation>De hub aanvaardt het wachtwoord van deze laptop niet meer: de coördinator heeft de hubtoegang van deze laptop wellicht vernieuwd (toegangsbestand of wachtwoord kwijt). Neem het nieuwe toegangsbestand over met LIVC-R › Met een toegangsbestand verbinden met de hub… (of `livcr hub take-access BESTAND`); hebt u er geen, vraag het dan aan de coördinator.
{reason}</translation>
    </message>
    <message>
        <source>The hub&apos;s database was not found at this address. Check the hub&apos;s address with IT.
{reason}</source>
        <translation>De database van de hub werd op dit adres niet gevonden. Kijk het adres van de hub na met de IT-dienst.
{reason}</translation>
    </message>
    <message>
        <source>The secure connection to the hub could not be set up (certificate or encryption). Tell IT.
{reason}</source>
        <translation>De beveiligde verbinding met de hub kon niet worden opgezet (certificaat of versleuteling). Verwittig de IT-dienst.
{reason}</translation>
    </message>
    <message>
        <source>The hub no longer lets this laptop in: the coordinator revoked it (or its login is not a laptop&apos;s). Ask the coordinator: a revoked laptop joins again with a new invitation.
{reason}</source>
        <translation>De hub laat deze laptop niet meer toe: de coördinator heeft hem ingetrokken (of zijn login is niet die van een laptop). Vraag het de coördinator: een ingetrokken laptop sluit opnieuw aan met een nieuwe uitnodiging.
{reason}</translation>
    </message>
    <message>
        <source>The hub&apos;s address is not written correctly (expected for instance: host=hub.example.be dbname=livcr_x user=login). Check it with IT.
{reason}</source>
        <translation>Het adres van de hub is niet correct geschreven (verwacht bijvoorbeeld: host=hub.example.be dbname=livcr_x user=login). Kijk het na met de IT-dienst.
{reason}</translation>
    </message>
    <message>
        <source>Details: {details}</source>
        <translation>Details: {details}</translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>The hub serves {owner}&apos;s laptop nothing more, from now on.</source>
        <translation>De hub levert de laptop van {owner} vanaf nu niets meer.</translation>
    </message>
    <message>
        <source>What is already on that laptop cannot be recalled. To work on a new laptop, {owner} needs a new invitation.</source>
        <translation>Wat al op die laptop staat, kan niet worden teruggehaald. Om op een nieuwe laptop te werken, heeft {owner} een nieuwe uitnodiging nodig.</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Uitnodiging opslaan</translation>
    </message>
    <message>
        <source>Save the hub access</source>
        <translation>De hubtoegang bewaren</translation>
    </message>
    <message>
        <source>{owner} (this LIVC-R&apos;s coordinator laptop)</source>
        <translation>{owner} (coördinatorlaptop van deze LIVC-R)</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In quarantaine</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Held on this laptop ({count})</source>
        <translation>Vastgehouden op deze laptop ({count})</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the hub&apos;s password: the app cannot sync in the background.</source>
        <translation>Deze computer heeft geen wachtwoordkluis van het systeem om het wachtwoord van de hub te bewaren: de app kan niet op de achtergrond synchroniseren.</translation>
    </message>
    <message>
        <source>Connected to the hub.</source>
        <translation>Verbonden met de hub.</translation>
    </message>
    <message>
        <source>{owner}&apos;s laptop gets a new hub password: its old access file, and the password kept on that laptop, stop working at once.</source>
        <translation>De laptop van {owner} krijgt een nieuw hubwachtwoord: het oude toegangsbestand, en het wachtwoord dat op die laptop bewaard is, werken meteen niet meer.</translation>
    </message>
    <message>
        <source>Hand the new access file to {owner} in person; on that laptop, LIVC-R › Connect to the hub with an access file… takes it, and the laptop syncs again. Until then it does not sync.</source>
        <translation>Overhandig het nieuwe toegangsbestand persoonlijk aan {owner}; op die laptop neemt LIVC-R › Met een toegangsbestand verbinden met de hub… het over, en de laptop synchroniseert weer. Tot dan synchroniseert hij niet.</translation>
    </message>
    <message>
        <source>Write the hub access of {owner}&apos;s laptop again</source>
        <translation>Hubtoegang van de laptop van {owner} opnieuw schrijven</translation>
    </message>
    <message>
        <source>Write it again</source>
        <translation>Opnieuw schrijven</translation>
    </message>
    <message>
        <source>{owner}&apos;s laptop is approved. It receives what {owner} may see at its next sync.</source>
        <translation>De laptop van {owner} is goedgekeurd. Hij ontvangt bij de volgende synchronisatie wat {owner} mag zien.</translation>
    </message>
    <message>
        <source>Revoke {owner}&apos;s laptop</source>
        <translation>De laptop van {owner} intrekken</translation>
    </message>
    <message>
        <source>Revoke the laptop</source>
        <translation>Laptop intrekken</translation>
    </message>
    <message>
        <source>{owner}&apos;s laptop is revoked.</source>
        <translation>De laptop van {owner} is ingetrokken.</translation>
    </message>
    <message>
        <source>The invitation was saved as {file}. Hand it over in person; it opens the hub for one laptop.</source>
        <translation>De uitnodiging werd opgeslagen als {file}. Overhandig ze persoonlijk; ze opent de hub voor één laptop.</translation>
    </message>
    <message>
        <source>The hub access for {owner}&apos;s laptop was written again as {file}; the old one no longer works. Hand it over in person; on that laptop, choose LIVC-R › Connect to the hub with an access file….</source>
        <translation>De hubtoegang voor de laptop van {owner} is opnieuw geschreven als {file}; de oude werkt niet meer. Overhandig hem persoonlijk; kies op die laptop LIVC-R › Met een toegangsbestand verbinden met de hub….</translation>
    </message>
    <message>
        <source>The hub access for {owner}&apos;s laptop was saved as {file}. Hand it over in person; on that laptop, choose LIVC-R › Connect to the hub with an access file….</source>
        <translation>De hubtoegang voor de laptop van {owner} is bewaard als {file}. Overhandig hem persoonlijk; kies op die laptop LIVC-R › Met een toegangsbestand verbinden met de hub….</translation>
    </message>
    <message>
        <source>Waiting for the hub…</source>
        <translation>Wachten op de hub…</translation>
    </message>
    <message>
        <source>The laptops of this LIVC-R exchange their changes through the hub or in sealed bundles, end-to-end encrypted: neither the hub nor whoever carries a bundle can read them.</source>
        <translation>De laptops van deze LIVC-R wisselen hun wijzigingen uit via de hub of in verzegelde bundels, end-to-end versleuteld: noch de hub, noch wie een bundel overbrengt, kan ze lezen.</translation>
    </message>
    <message numerus="yes">
        <source>After the app was upgraded, %n quarantined change(s) passed its checks and were applied.</source>
        <translation>
            <numerusform>Na de update van de app doorstond %n wijziging in quarantaine de controles en werd ze toegepast.</numerusform>
            <numerusform>Na de update van de app doorstonden %n wijzigingen in quarantaine de controles en werden ze toegepast.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to a hub</source>
        <translation>Verbinden met een hub</translation>
    </message>
    <message>
        <source>The municipality&apos;s IT gives you the hub&apos;s address and the coordinator login&apos;s password. The password is kept in this computer&apos;s keyring, never in the data folder.</source>
        <translation>De IT-dienst van de gemeente geeft u het adres van de hub en het wachtwoord van de coördinatorlogin. Het wachtwoord wordt bewaard in de wachtwoordkluis van het systeem, nooit in de gegevensmap.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adres van de hub</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Invite a member…</source>
        <translation>Een lid uitnodigen…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Goedkeuren…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <source>Hub access for this laptop…</source>
        <translation>Hubtoegang voor deze laptop…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Laptops</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>From the laptop of</source>
        <translation>Van de laptop van</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
</context>
<context>
    <name>TableCheck</name>
    <message>
        <source>{record}: this row was added outside the app (no operation created it).</source>
        <translation>{record}: deze rij werd buiten de app toegevoegd (geen enkele bewerking maakte ze aan).</translation>
    </message>
    <message>
        <source>{record}: the role “{role}” was added outside the app (no operation granted it).</source>
        <translation>{record}: de rol “{role}” werd buiten de app toegevoegd (geen enkele bewerking kende hem toe).</translation>
    </message>
    <message>
        <source>{record}: this row was deleted outside the app.</source>
        <translation>{record}: deze rij werd buiten de app verwijderd.</translation>
    </message>
    <message>
        <source>{record}: {field} was changed outside the app.</source>
        <translation>{record}: {field} werd buiten de app gewijzigd.</translation>
    </message>
    <message>
        <source>{record}: {field} holds a value that is not {kind}.</source>
        <translation>{record}: {field} bevat een waarde die geen {kind} is.</translation>
    </message>
    <message>
        <source>{record}: an operation of the journal does not follow from the ones before it.</source>
        <translation>{record}: een bewerking in het journaal volgt niet uit de bewerkingen ervoor.</translation>
    </message>
    <message>
        <source>… and {count} more differences between the tables and the journal.</source>
        <translation>… en nog {count} verschillen tussen de tabellen en het journaal.</translation>
    </message>
    <message>
        <source>{type} {name}</source>
        <translation>{type} {name}</translation>
    </message>
    <message>
        <source>{type} {name} of case {code}</source>
        <translation>{type} {name} van casus {code}</translation>
    </message>
    <message>
        <source>Role of member {name}</source>
        <translation>Rol van lid {name}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>geheel getal</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ja of nee</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>datum met tijdstip</translation>
    </message>
    <message>
        <source>one of the values the app knows</source>
        <translation>waarde die de app kent</translation>
    </message>
    <message>
        <source>the field “{name}”</source>
        <translation>het veld “{name}”</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>de naam</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>de tekst</translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>de gemeente</translation>
    </message>
    <message>
        <source>the member</source>
        <translation>het lid</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>de begindatum</translation>
    </message>
    <message>
        <source>the end date</source>
        <translation>de einddatum</translation>
    </message>
    <message>
        <source>the visibility</source>
        <translation>de zichtbaarheid</translation>
    </message>
    <message>
        <source>the case code</source>
        <translation>de casuscode</translation>
    </message>
    <message>
        <source>the opening date</source>
        <translation>de openingsdatum</translation>
    </message>
    <message>
        <source>the closing date</source>
        <translation>de afsluitdatum</translation>
    </message>
    <message>
        <source>the reason for closing</source>
        <translation>de reden van afsluiting</translation>
    </message>
    <message>
        <source>the next follow-up date</source>
        <translation>de datum van de volgende opvolging</translation>
    </message>
    <message>
        <source>the person concerned</source>
        <translation>de betrokken persoon</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>de rol</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>het e-mailadres</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>het telefoonnummer</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>de organisatie</translation>
    </message>
    <message>
        <source>the username</source>
        <translation>de gebruikersnaam</translation>
    </message>
    <message>
        <source>the date of birth</source>
        <translation>de geboortedatum</translation>
    </message>
    <message>
        <source>the start time</source>
        <translation>het beginuur</translation>
    </message>
    <message>
        <source>the wording</source>
        <translation>de formulering</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>de status</translation>
    </message>
    <message>
        <source>the active status</source>
        <translation>de status actief of niet</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>de beschrijving</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>de vervaldatum</translation>
    </message>
    <message>
        <source>the date it was done</source>
        <translation>de datum van uitvoering</translation>
    </message>
    <message>
        <source>the time it was created</source>
        <translation>het tijdstip van aanmaak</translation>
    </message>
    <message>
        <source>the time it was written</source>
        <translation>het tijdstip van schrijven</translation>
    </message>
</context>
<context>
    <name>TableKind</name>
    <message>
        <source>Operational table</source>
        <translation>Operationele tafel</translation>
    </message>
    <message>
        <source>Strategic table</source>
        <translation>Strategische tafel</translation>
    </message>
</context>
<context>
    <name>TaskKind</name>
    <message>
        <source>Action point</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Prepare the evaluation of the guidance trajectory</source>
        <translation>De evaluatie van het begeleidingstraject voorbereiden</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Binnenkort te doen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgewerkt</translation>
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
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Case or topic</source>
        <translation>Casus of onderwerp</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgewerkt</translation>
    </message>
</context>
<context>
    <name>TasksArea</name>
    <message>
        <source>Action point ticked off.</source>
        <translation>Actiepunt afgevinkt.</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mijn taken</translation>
    </message>
    <message>
        <source>Show done ones too</source>
        <translation>Ook afgewerkte tonen</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Niets te doen</translation>
    </message>
    <message>
        <source>Action points you take on in a meeting appear here, with their due date, until you tick them off.</source>
        <translation>Actiepunten die u in een vergadering opneemt, verschijnen hier met hun vervaldatum, tot u ze afvinkt.</translation>
    </message>
    <message>
        <source>Double-click a case&apos;s action point to open its dossier.</source>
        <translation>Dubbelklik op het actiepunt van een casus om het dossier te openen.</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <source>Add a topic</source>
        <translation>Een onderwerp toevoegen</translation>
    </message>
    <message>
        <source>The strategic table never discusses named persons: keep names out of the title.</source>
        <translation>De strategische tafel bespreekt nooit personen bij naam: zet geen namen in de titel.</translation>
    </message>
    <message>
        <source>A topic is for everyone taking part in the meeting; keep names out of it.</source>
        <translation>Een onderwerp is voor iedereen die aan de vergadering deelneemt; zet er geen namen in.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>Trajectories</name>
    <message>
        <source>Evaluate every 1 to {maximum} months (the table usually chooses 3).</source>
        <translation>Evalueer om de 1 tot {maximum} maanden (de tafel kiest meestal 3).</translation>
    </message>
    <message>
        <source>Describe the goal.</source>
        <translation>Beschrijf het doel.</translation>
    </message>
    <message>
        <source>Choose at least one life domain the goal aims at.</source>
        <translation>Kies minstens één levensdomein waarop het doel gericht is.</translation>
    </message>
    <message>
        <source>This text may be at most {maximum} characters.</source>
        <translation>Deze tekst mag hoogstens {maximum} tekens tellen.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Zeg wat er moet gebeuren.</translation>
    </message>
    <message>
        <source>Choose the organisation that carries out the action.</source>
        <translation>Kies de organisatie die de actie uitvoert.</translation>
    </message>
    <message>
        <source>Give the date the action is due.</source>
        <translation>Geef de datum waartegen de actie klaar moet zijn.</translation>
    </message>
    <message>
        <source>An action cannot be due before the trajectory started ({start}).</source>
        <translation>Een actie kan niet gepland zijn voor het begin van het traject ({start}).</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Schrijf wat er gebeurd is.</translation>
    </message>
    <message>
        <source>An update tells what happened: its date cannot be in the future.</source>
        <translation>Een bericht vertelt wat er gebeurd is: de datum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The trajectory started on {start}; an update cannot be dated before that.</source>
        <translation>Het traject begon op {start}; een bericht kan niet vroeger gedateerd zijn.</translation>
    </message>
    <message>
        <source>This goal does not exist.</source>
        <translation>Dit doel bestaat niet.</translation>
    </message>
    <message>
        <source>This action does not exist.</source>
        <translation>Deze actie bestaat niet.</translation>
    </message>
    <message>
        <source>This contributing partner does not exist.</source>
        <translation>Deze meewerkende partner bestaat niet.</translation>
    </message>
    <message>
        <source>This organisation is not in the register or no longer active.</source>
        <translation>Deze organisatie staat niet in het register of is niet meer actief.</translation>
    </message>
    <message>
        <source>{organisation} already carries this trajectory.</source>
        <translation>{organisation} draagt dit traject al.</translation>
    </message>
    <message>
        <source>This member is not in the register or no longer active.</source>
        <translation>Dit lid staat niet in het register of is niet meer actief.</translation>
    </message>
    <message>
        <source>The case manager works for the lead partner, {organisation}.</source>
        <translation>De casemanager werkt voor de trekkende partner, {organisation}.</translation>
    </message>
    <message>
        <source>{name} may not see this case yet: invite them to the case in its dossier first.</source>
        <translation>{name} mag deze casus nog niet zien: nodig die persoon eerst uit voor de casus in het dossier.</translation>
    </message>
    <message>
        <source>Choose life domains that are in use in this LIVC-R.</source>
        <translation>Kies levensdomeinen die in deze LIVC-R in gebruik zijn.</translation>
    </message>
    <message>
        <source>The goal belongs to another trajectory.</source>
        <translation>Het doel hoort bij een ander traject.</translation>
    </message>
    <message>
        <source>This guidance trajectory does not exist.</source>
        <translation>Dit begeleidingstraject bestaat niet.</translation>
    </message>
    <message>
        <source>Only the coordinator and the partners who carry this trajectory (the lead partner and the contributing partners) change it or record its evaluations.</source>
        <translation>Alleen de coördinator en de partners die dit traject dragen (de trekkende en de meewerkende partners) wijzigen het of leggen de evaluaties ervan vast.</translation>
    </message>
    <message>
        <source>This trajectory was closed on {day}. It stays readable, but nothing is added to it any more.</source>
        <translation>Dit traject werd afgesloten op {day}. Het blijft leesbaar, maar er wordt niets meer aan toegevoegd.</translation>
    </message>
    <message>
        <source>The evaluation this decision names does not belong to the case&apos;s running trajectory.</source>
        <translation>De evaluatie die deze beslissing noemt, hoort niet bij het lopende traject van de casus.</translation>
    </message>
    <message>
        <source>The table already decided on this evaluation.</source>
        <translation>De tafel heeft al over deze evaluatie beslist.</translation>
    </message>
    <message>
        <source>Evaluation of {day}: {proposal}</source>
        <translation>Evaluatie van {day}: {proposal}</translation>
    </message>
    <message>
        <source>This case has no guidance trajectory.</source>
        <translation>Deze casus heeft geen begeleidingstraject.</translation>
    </message>
    <message>
        <source>This update does not exist.</source>
        <translation>Dit bericht bestaat niet.</translation>
    </message>
    <message>
        <source>A logged update is never changed, so the table can always see what was known when. Write a correction instead: it is shown beside the original.</source>
        <translation>Een geschreven bericht wordt nooit gewijzigd, zodat de tafel altijd ziet wat wanneer bekend was. Schrijf in de plaats een correctie: die wordt naast het origineel getoond.</translation>
    </message>
    <message>
        <source>Only someone of the organisation that wrote an update corrects it.</source>
        <translation>Alleen iemand van de organisatie die een bericht schreef, kan het corrigeren.</translation>
    </message>
    <message>
        <source>This update was already corrected; correct the newest version instead.</source>
        <translation>Dit bericht werd al gecorrigeerd; corrigeer de nieuwste versie.</translation>
    </message>
</context>
<context>
    <name>TrajectoryPanel</name>
    <message>
        <source>No guidance trajectory</source>
        <translation>Geen begeleidingstraject</translation>
    </message>
    <message>
        <source>Trajectory from {start}</source>
        <translation>Traject vanaf {start}</translation>
    </message>
    <message>
        <source>Trajectory {start} – {end}</source>
        <translation>Traject {start} – {end}</translation>
    </message>
    <message>
        <source>Guidance trajectory since {day}</source>
        <translation>Begeleidingstraject sinds {day}</translation>
    </message>
    <message>
        <source>Guidance trajectory, closed on {day}</source>
        <translation>Begeleidingstraject, afgesloten op {day}</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Trekkende partner</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Casemanager</translation>
    </message>
    <message>
        <source>not named yet</source>
        <translation>nog niet aangeduid</translation>
    </message>
    <message>
        <source>Contributing partners</source>
        <translation>Meewerkende partners</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Decided by the table</source>
        <translation>Beslist door de tafel</translation>
    </message>
    <message>
        <source>The person&apos;s engagement</source>
        <translation>Betrokkenheid van de persoon</translation>
    </message>
    <message>
        <source>{day} (overdue)</source>
        <translation>{day} (te laat)</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Volgende evaluatie</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Your role does not give access to evaluations.</source>
        <translation>Uw rol geeft geen toegang tot evaluaties.</translation>
    </message>
    <message>
        <source>The chart appears with the first evaluation: every life domain rated.</source>
        <translation>De grafiek verschijnt bij de eerste evaluatie: elk levensdomein beoordeeld.</translation>
    </message>
    <message numerus="yes">
        <source>Each column is an evaluation (%n in all); the signs read without colour: −− problematic, − concern, = stable, + positive. The trend compares the last two ratings of each domain.</source>
        <translation>
            <numerusform>Elke kolom is een evaluatie (%n in totaal); de tekens zijn ook zonder kleur leesbaar: −− problematisch, − zorgwekkend, = stabiel, + positief. De evolutie vergelijkt de laatste twee beoordelingen van elk domein.</numerusform>
            <numerusform>Elke kolom is een evaluatie (%n in totaal); de tekens zijn ook zonder kleur leesbaar: −− problematisch, − zorgwekkend, = stabiel, + positief. De evolutie vergelijkt de laatste twee beoordelingen van elk domein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updates (%n)</source>
        <translation>
            <numerusform>Berichten (%n)</numerusform>
            <numerusform>Berichten (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluations (%n)</source>
        <translation>
            <numerusform>Evaluaties (%n)</numerusform>
            <numerusform>Evaluaties (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary saved: {path}</source>
        <translation>Samenvatting bewaard: {path}</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Gegevens…</translation>
    </message>
    <message>
        <source>Partners…</source>
        <translation>Partners…</translation>
    </message>
    <message>
        <source>Summary PDF…</source>
        <translation>Samenvatting (pdf)…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Goals and actions</source>
        <translation>Doelen en acties</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Life domains over time</source>
        <translation>Levensdomeinen doorheen de tijd</translation>
    </message>
    <message>
        <source>This case has no guidance trajectory. A trajectory starts when the operational table decides, by consensus, to start one and the chair signs that decision; the lead partner then adds goals and actions here.</source>
        <translation>Deze casus heeft geen begeleidingstraject. Een traject begint wanneer de operationele tafel bij consensus beslist er een te starten en de voorzitter die beslissing ondertekent; de trekkende partner voegt hier dan doelen en acties toe.</translation>
    </message>
</context>
<context>
    <name>TrajectoryState</name>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
</context>
<context>
    <name>TrajectorySummary</name>
    <message>
        <source>Closed on {day}: {reason}</source>
        <translation>Afgesloten op {day}: {reason}</translation>
    </message>
    <message>
        <source>{day}, by decision of the table</source>
        <translation>{day}, bij beslissing van de tafel</translation>
    </message>
    <message>
        <source>{day}, decided at the meeting of {meeting}</source>
        <translation>{day}, beslist op de vergadering van {meeting}</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Trekkende partner</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Casemanager</translation>
    </message>
    <message>
        <source>not named yet</source>
        <translation>nog niet aangeduid</translation>
    </message>
    <message>
        <source>Contributing partners</source>
        <translation>Meewerkende partners</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Gestart op</translation>
    </message>
    <message>
        <source>Evaluation interval (months)</source>
        <translation>Evaluatie-interval (maanden)</translation>
    </message>
    <message>
        <source>The person&apos;s engagement</source>
        <translation>Betrokkenheid van de persoon</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Volgende evaluatie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>No goals recorded yet.</source>
        <translation>Nog geen doelen vastgelegd.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Levensdomeinen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>No actions recorded yet.</source>
        <translation>Nog geen acties vastgelegd.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Life domains over time</source>
        <translation>Levensdomeinen doorheen de tijd</translation>
    </message>
    <message>
        <source>Your role does not give access to evaluations.</source>
        <translation>Uw rol geeft geen toegang tot evaluaties.</translation>
    </message>
    <message>
        <source>No evaluation recorded yet.</source>
        <translation>Nog geen evaluatie vastgelegd.</translation>
    </message>
    <message>
        <source>The chart shows the last {shown} of {total} evaluations.</source>
        <translation>De grafiek toont de laatste {shown} van {total} evaluaties.</translation>
    </message>
    <message>
        <source>What the evaluations proposed</source>
        <translation>Wat de evaluaties voorstelden</translation>
    </message>
    <message>
        <source>The table decided on it on {day}.</source>
        <translation>De tafel besliste erover op {day}.</translation>
    </message>
    <message>
        <source>Waiting for the table&apos;s decision.</source>
        <translation>Wacht op de beslissing van de tafel.</translation>
    </message>
    <message>
        <source>Evaluation of {day} by {organisation}</source>
        <translation>Evaluatie van {day} door {organisation}</translation>
    </message>
    <message>
        <source>Proposal: {proposal}</source>
        <translation>Voorstel: {proposal}</translation>
    </message>
    <message>
        <source>Protective factors: {factors}</source>
        <translation>Beschermende factoren: {factors}</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Levensdomein</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Guidance trajectory: summary for the table</source>
        <translation>Begeleidingstraject: samenvatting voor de tafel</translation>
    </message>
    <message>
        <source>The partners&apos; updates are not part of this summary: they are read in the dossier, each with its own visibility.</source>
        <translation>De berichten van de partners staan niet in deze samenvatting: ze worden in het dossier gelezen, elk met zijn eigen zichtbaarheid.</translation>
    </message>
</context>
<context>
    <name>TransferNote</name>
    <message>
        <source>From the LIVC-R</source>
        <translation>Van de LIVC-R</translation>
    </message>
    <message>
        <source>Case code of the sending LIVC-R</source>
        <translation>Casuscode van de verzendende LIVC-R</translation>
    </message>
    <message>
        <source>To the LIVC-R</source>
        <translation>Aan de LIVC-R</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>yes, led by: {service}</source>
        <translation>ja, geleid door: {service}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>A personalised guidance trajectory ran: {answer}</source>
        <translation>Er liep een begeleidingstraject op maat: {answer}</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Information the table passes on</source>
        <translation>Informatie die de tafel doorgeeft</translation>
    </message>
    <message>
        <source>No further information is passed on.</source>
        <translation>Er wordt geen verdere informatie doorgegeven.</translation>
    </message>
    <message>
        <source>✓  What goes to the other LIVC-R</source>
        <translation>✓  Wat naar de andere LIVC-R gaat</translation>
    </message>
    <message>
        <source>Notes of the consultation and of the partners</source>
        <translation>Notities van het casusoverleg en van de partners</translation>
    </message>
    <message>
        <source>Summaries and minutes of the meetings</source>
        <translation>Samenvattingen en verslagen van de vergaderingen</translation>
    </message>
    <message>
        <source>Positions of the participants</source>
        <translation>Standpunten van de deelnemers</translation>
    </message>
    <message>
        <source>Updates and evaluations of the guidance trajectory</source>
        <translation>Opvolgingen en evaluaties van het begeleidingstraject</translation>
    </message>
    <message>
        <source>This information stays within the sending LIVC-R under shared professional secrecy (art. 458ter Criminal Code).</source>
        <translation>Deze informatie blijft binnen de verzendende LIVC-R onder het gedeeld beroepsgeheim (art. 458ter Strafwetboek).</translation>
    </message>
    <message>
        <source>✗  What does NOT go to the other LIVC-R</source>
        <translation>✗  Wat NIET naar de andere LIVC-R gaat</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslist</translation>
    </message>
    <message>
        <source>by consensus of all {count} effectively participating members, on {date}</source>
        <translation>bij consensus van alle {count} effectief deelnemende leden, op {date}</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <source>Signature fingerprint</source>
        <translation>Vingerafdruk van de handtekening</translation>
    </message>
    <message>
        <source>Content hash (SHA-256)</source>
        <translation>Hash van de inhoud (SHA-256)</translation>
    </message>
    <message>
        <source>Decision of the table</source>
        <translation>Beslissing van de tafel</translation>
    </message>
    <message>
        <source>Transfer note to another LIVC-R</source>
        <translation>Overdrachtsnota aan een andere LIVC-R</translation>
    </message>
    <message>
        <source>The person moved. Nothing crosses from one LIVC-R to another without the consensus of all members who effectively took part in the consultation; this note holds only what the table decided to pass on, and no information covered by professional secrecy that was revealed during the consultation.</source>
        <translation>De persoon is verhuisd. Niets gaat van de ene LIVC-R naar de andere zonder de consensus van alle leden die effectief deelnamen aan het casusoverleg; deze nota bevat alleen wat de tafel besliste door te geven, en geen informatie onder het beroepsgeheim die tijdens het casusoverleg werd gedeeld.</translation>
    </message>
</context>
<context>
    <name>Transmission</name>
    <message>
        <source>Only the Information Officer hands a feedback form to the LTF and records its answer.</source>
        <translation>Alleen de Information Officer overhandigt een terugkoppelingsfiche aan de LTF en registreert haar antwoord.</translation>
    </message>
    <message>
        <source>This form is “{status}”: only a form approved by the table and signed by the chair can be handed to the LTF.</source>
        <translation>Deze fiche is “{status}”: alleen een fiche die de tafel goedkeurde en de voorzitter ondertekende, kan aan de LTF worden overhandigd.</translation>
    </message>
    <message>
        <source>This form was already handed to the LTF on {day}.</source>
        <translation>Deze fiche werd al op {day} aan de LTF overhandigd.</translation>
    </message>
    <message>
        <source>Record first that the form was handed to the LTF.</source>
        <translation>Registreer eerst dat de fiche aan de LTF werd overhandigd.</translation>
    </message>
    <message>
        <source>The LTF&apos;s answer is already recorded.</source>
        <translation>Het antwoord van de LTF is al geregistreerd.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>De datum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The date cannot be before {day}, when the previous step was recorded.</source>
        <translation>De datum kan niet vóór {day} liggen, toen de vorige stap werd geregistreerd.</translation>
    </message>
    <message>
        <source>Name the LTF the form was handed to.</source>
        <translation>Vermeld aan welke LTF de fiche werd overhandigd.</translation>
    </message>
    <message>
        <source>The name of the LTF is too long.</source>
        <translation>De naam van de LTF is te lang.</translation>
    </message>
    <message>
        <source>The answer may be at most {maximum} characters.</source>
        <translation>Het antwoord telt hoogstens {maximum} tekens.</translation>
    </message>
</context>
<context>
    <name>TransmitDialog</name>
    <message>
        <source>Form no. {number} of {code} handed to the LTF</source>
        <translation>Fiche nr. {number} van {code} overhandigd aan de LTF</translation>
    </message>
    <message>
        <source>Record when you handed the approved and signed form to the LTF, and to which LTF. Hand over the printed form exactly as approved.</source>
        <translation>Registreer wanneer u de goedgekeurde en ondertekende fiche aan de LTF overhandigde, en aan welke LTF. Overhandig de afgedrukte fiche precies zoals ze werd goedgekeurd.</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Overhandigd op</translation>
    </message>
    <message>
        <source>To the LTF</source>
        <translation>Aan de LTF</translation>
    </message>
    <message>
        <source>Record the hand-over</source>
        <translation>De overhandiging vastleggen</translation>
    </message>
</context>
<context>
    <name>Trend</name>
    <message>
        <source>better</source>
        <translation>beter</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>slechter</translation>
    </message>
    <message>
        <source>first rating</source>
        <translation>eerste beoordeling</translation>
    </message>
</context>
<context>
    <name>TypedDates</name>
    <message>
        <source>“{typed}” is not a date. Write the day, the month and the year, for example {example}.</source>
        <translation>“{typed}” is geen datum. Schrijf de dag, de maand en het jaar, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a day of the calendar.</source>
        <translation>“{typed}” bestaat niet in de kalender.</translation>
    </message>
    <message>
        <source>Write the year of “{typed}” with four digits, for example {example}.</source>
        <translation>Schrijf het jaar van “{typed}” met vier cijfers, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <source>Fill in the date, for example {example}.</source>
        <translation>Vul de datum in, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <source>The date cannot be before {limit}.</source>
        <translation>De datum mag niet vóór {limit} liggen.</translation>
    </message>
    <message>
        <source>The date cannot be after {limit}.</source>
        <translation>De datum mag niet na {limit} liggen.</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Update on {code}</source>
        <translation>Bericht bij {code}</translation>
    </message>
    <message>
        <source>Write what happened, briefly and factually. An update cannot be changed afterwards; a mistake is put right with a correction, shown beside it. It is covered by shared professional secrecy (art. 458ter Criminal Code).</source>
        <translation>Schrijf kort en feitelijk wat er gebeurd is. Een bericht kan achteraf niet worden gewijzigd; een vergissing wordt rechtgezet met een correctie die ernaast getoond wordt. Het valt onder het gedeeld beroepsgeheim (art. 458ter Sw.).</translation>
    </message>
    <message>
        <source>Correct the update of {day}</source>
        <translation>Bericht van {day} corrigeren</translation>
    </message>
    <message>
        <source>The original update stays as it is, marked as corrected; the table reads your correction beside it.</source>
        <translation>Het oorspronkelijke bericht blijft zoals het is, gemarkeerd als gecorrigeerd; de tafel leest uw correctie ernaast.</translation>
    </message>
    <message>
        <source>What kind of update</source>
        <translation>Soort bericht</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Wanneer het gebeurde</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation>Wie mag het lezen</translation>
    </message>
</context>
<context>
    <name>UpdateKind</name>
    <message>
        <source>Contact with the person</source>
        <translation>Contact met de persoon</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Referral to a service</source>
        <translation>Doorverwijzing naar een dienst</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Vooruitgang</translation>
    </message>
</context>
<context>
    <name>UpdateModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation>Wie mag het lezen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>(corrected) {text}</source>
        <translation>(gecorrigeerd) {text}</translation>
    </message>
    <message>
        <source>(correction) {text}</source>
        <translation>(correctie) {text}</translation>
    </message>
</context>
<context>
    <name>UpdatesSection</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschreven door</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Geschreven op</translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation>Wie mag het lezen</translation>
    </message>
    <message>
        <source>This update corrects the one of {day}.</source>
        <translation>Dit bericht corrigeert dat van {day}.</translation>
    </message>
    <message>
        <source>Corrected by the update of {day}.</source>
        <translation>Gecorrigeerd door het bericht van {day}.</translation>
    </message>
    <message>
        <source>Select the update to correct in the list.</source>
        <translation>Selecteer in de lijst het bericht dat u wilt corrigeren.</translation>
    </message>
    <message>
        <source>Only someone of {organisation} can correct this update.</source>
        <translation>Alleen iemand van {organisation} kan dit bericht corrigeren.</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) you may read</source>
        <translation>
            <numerusform>%n bericht dat u mag lezen</numerusform>
            <numerusform>%n berichten die u mag lezen</numerusform>
        </translation>
    </message>
    <message>
        <source>Log an update…</source>
        <translation>Bericht schrijven…</translation>
    </message>
    <message>
        <source>Correct the selected update…</source>
        <translation>Geselecteerd bericht corrigeren…</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>A check of the records could not be completed: a stored value cannot be read ({check}).</source>
        <translation>Een controle van de gegevens kon niet worden voltooid: een opgeslagen waarde is onleesbaar ({check}).</translation>
    </message>
    <message>
        <source>Approved minutes of the meeting of {day}: the items about {items} are about cases that are not on this laptop, so their seals are checked on the laptops that hold those cases.</source>
        <translation>Goedgekeurde notulen van de vergadering van {day}: de punten over {items} gaan over casussen die niet op deze laptop staan; hun verzegeling wordt nagekeken op de laptops die die casussen bevatten.</translation>
    </message>
</context>
<context>
    <name>YearlyReport</name>
    <message>
        <source>Choose a year between 2000 and 2100.</source>
        <translation>Kies een jaar tussen 2000 en 2100.</translation>
    </message>
    <message>
        <source>A text of the strategic table can be at most 20,000 characters long.</source>
        <translation>Een tekst van de strategische tafel mag hoogstens 20.000 tekens lang zijn.</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioriteiten</translation>
    </message>
    <message>
        <source>Working agreements</source>
        <translation>Werkafspraken</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Yearly report {year}</source>
        <translation>Jaarverslag {year}</translation>
    </message>
    <message>
        <source>Strategic table – anonymised figures, small counts hidden</source>
        <translation>Strategische tafel – geanonimiseerde cijfers, kleine aantallen verborgen</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ONTWERP</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} tot {end}</translation>
    </message>
    <message>
        <source>Draft: the strategic table has not approved this report yet. The figures are computed again each time it is printed.</source>
        <translation>Ontwerp: de strategische tafel heeft dit verslag nog niet goedgekeurd. De cijfers worden bij elke afdruk opnieuw berekend.</translation>
    </message>
    <message>
        <source>Approved by consensus at the strategic table&apos;s meeting of {date}. Texts and figures are printed as they were at the approval.</source>
        <translation>Bij consensus goedgekeurd op de vergadering van de strategische tafel van {date}. Teksten en cijfers worden afgedrukt zoals ze waren bij de goedkeuring.</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Nog niets geschreven.</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>De cijfers</translation>
    </message>
    <message>
        <source>The yearly report of {year} was already approved; an approved report is not approved again.</source>
        <translation>Het jaarverslag {year} is al goedgekeurd; een goedgekeurd verslag wordt niet opnieuw goedgekeurd.</translation>
    </message>
    <message>
        <source>Someone else changed these texts while you were writing. Your text was not saved: copy it, close the editor and open it again to see theirs.</source>
        <translation>Iemand anders heeft deze teksten gewijzigd terwijl u schreef. Uw tekst is niet opgeslagen: kopieer hem, sluit het venster en open het opnieuw om de hunne te zien.</translation>
    </message>
    <message>
        <source>The yearly report of {year} was approved by the strategic table: its texts can no longer be changed.</source>
        <translation>Het jaarverslag {year} is goedgekeurd door de strategische tafel: de teksten kunnen niet meer gewijzigd worden.</translation>
    </message>
</context>
<context>
    <name>YearlyReportDialog</name>
    <message>
        <source>Yearly report</source>
        <translation>Jaarverslag</translation>
    </message>
    <message>
        <source>The yearly report holds the strategic table&apos;s texts and the figures of the calendar year, with small counts hidden. Choose the language of the document; it does not have to be the language of the app.</source>
        <translation>Het jaarverslag bevat de teksten van de strategische tafel en de cijfers van het kalenderjaar, met kleine aantallen verborgen. Kies de taal van het document; die hoeft niet de taal van de app te zijn.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Taal van het verslag:</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Kiezen waar op te slaan…</translation>
    </message>
</context>
</TS>
