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
        <translation>Vollständige Lizenztexte: {path}</translation>
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
    <name>AcceptKeyChangeDialog</name>
    <message>
        <source>Paste the key change or open its file.</source>
        <translation>Fügen Sie die Schlüsseländerung ein oder öffnen Sie ihre Datei.</translation>
    </message>
    <message>
        <source>{name} changed its hand-over key. The key registered here signed the change.
Previous fingerprint: {previous}
New fingerprint: {fingerprint}</source>
        <translation>{name} hat seinen Übergabeschlüssel geändert. Der hier registrierte Schlüssel hat die Änderung unterschrieben.
Bisheriger Fingerabdruck: {previous}
Neuer Fingerabdruck: {fingerprint}</translation>
    </message>
    <message>
        <source>Accept another LIVC-R&apos;s new key</source>
        <translation>Den neuen Schlüssel eines anderen BLIS-R annehmen</translation>
    </message>
    <message>
        <source>When a registered LIVC-R changes its hand-over key, its coordinator gives you the key change. It is accepted only when the key registered here signed it. If they tell you their key was stolen, do not accept a change: withdraw the LIVC-R and register the new key by comparing its fingerprint.</source>
        <translation>Wenn ein registriertes BLIS-R seinen Übergabeschlüssel ändert, gibt Ihnen seine Koordination die Schlüsseländerung. Sie wird nur angenommen, wenn der hier registrierte Schlüssel sie unterschrieben hat. Heißt es, der Schlüssel sei gestohlen worden, nehmen Sie keine Änderung an: Ziehen Sie das BLIS-R zurück und registrieren Sie den neuen Schlüssel, indem Sie seinen Fingerabdruck vergleichen.</translation>
    </message>
    <message>
        <source>Key change</source>
        <translation>Schlüsseländerung</translation>
    </message>
    <message>
        <source>Open the key change file…</source>
        <translation>Datei der Schlüsseländerung öffnen…</translation>
    </message>
    <message>
        <source>The change says</source>
        <translation>Die Änderung besagt</translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation>Den neuen Schlüssel annehmen</translation>
    </message>
</context>
<context>
    <name>AccessAnswer</name>
    <message>
        <source>Your personal data at the LIVC-R</source>
        <translation>Ihre personenbezogenen Daten beim BLIS-R</translation>
    </message>
    <message>
        <source>This is the answer of {livcr} to the request for access (GDPR art. 15) received on {day}, made by: {requester}.</source>
        <translation>Dies ist die Antwort von {livcr} auf den Antrag auf Auskunft (Art. 15 DSGVO), eingegangen am {day}, gestellt von: {requester}.</translation>
    </message>
    <message>
        <source>Decision: {outcome}</source>
        <translation>Entscheidung: {outcome}</translation>
    </message>
    <message numerus="yes">
        <source>Some information is not included in this copy (%n part(s)).</source>
        <translation>
            <numerusform>Einige Informationen sind in dieser Kopie nicht enthalten (%n Teil).</numerusform>
            <numerusform>Einige Informationen sind in dieser Kopie nicht enthalten (%n Teile).</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal ground: {ground}</source>
        <translation>Rechtsgrundlage: {ground}</translation>
    </message>
    <message>
        <source>You may lodge a complaint with the Data Protection Authority (www.dataprotectionauthority.be). Information the police hold about you can be reached through the Supervisory Body for Police Information.</source>
        <translation>Sie können bei der Datenschutzbehörde Beschwerde einreichen (www.datenschutzbehorde.be). Informationen, die die Polizei über Sie hat, sind über das Kontrollorgan für polizeiliche Informationen zugänglich.</translation>
    </message>
    <message>
        <source>The LIVC-R holds no data about you to show.</source>
        <translation>Das BLIS-R hat keine Daten über Sie, die gezeigt werden können.</translation>
    </message>
    <message>
        <source>PERSONAL – answer to an access request, for the person concerned only</source>
        <translation>PERSÖNLICH – Antwort auf einen Auskunftsantrag, nur für die betroffene Person</translation>
    </message>
</context>
<context>
    <name>AccessExport</name>
    <message>
        <source>Your identity</source>
        <translation>Ihre Identität</translation>
    </message>
    <message>
        <source>Your file at the LIVC-R</source>
        <translation>Ihre Akte beim BLIS-R</translation>
    </message>
    <message>
        <source>Signals about you</source>
        <translation>Meldungen über Sie</translation>
    </message>
    <message>
        <source>Notes and consultations</source>
        <translation>Notizen und Fallbesprechungen</translation>
    </message>
    <message>
        <source>Decisions of the table</source>
        <translation>Entscheidungen des Tisches</translation>
    </message>
    <message>
        <source>Your guidance trajectory</source>
        <translation>Ihr Begleitungsweg</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Feedback to the police (LTF)</source>
        <translation>Rückmeldung an die Polizei (LTF)</translation>
    </message>
    <message>
        <source>police information</source>
        <translation>polizeiliche Information</translation>
    </message>
    <message>
        <source>about a third party</source>
        <translation>betrifft eine dritte Person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Schutzfaktoren</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Who signalled</source>
        <translation>Wer meldete</translation>
    </message>
    <message>
        <source>What the police shared</source>
        <translation>Was die Polizei mitteilte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Consultation at the table</source>
        <translation>Fallbesprechung am Tisch</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Begleitungsweg</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Verlaufseintrag</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Feedback form to the LTF</source>
        <translation>Rückmeldebogen an die LTF</translation>
    </message>
    <message>
        <source>Guest at a consultation</source>
        <translation>Gast bei einer Besprechung</translation>
    </message>
    <message>
        <source>A partner refused to take part</source>
        <translation>Ein Partner hat die Teilnahme abgelehnt</translation>
    </message>
    <message>
        <source>A partner was represented</source>
        <translation>Ein Partner wurde vertreten</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
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
        <source>Secrecy duty acknowledged on</source>
        <translation>Schweigepflicht anerkannt am</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Vertreten durch</translation>
    </message>
</context>
<context>
    <name>AccessReview</name>
    <message>
        <source>Save the answer</source>
        <translation>Antwort speichern</translation>
    </message>
    <message numerus="yes">
        <source>What is marked repeats what you ticked out (%n passage(s)). Tick it out too, or tick the original back in.</source>
        <translation>
            <numerusform>Das Markierte wiederholt, was Sie abgewählt haben (%n Stelle). Wählen Sie es ebenfalls ab oder wählen Sie das Original wieder aus.</numerusform>
            <numerusform>Das Markierte wiederholt, was Sie abgewählt haben (%n Stellen). Wählen Sie es ebenfalls ab oder wählen Sie das Original wieder aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer was saved in {file} (%n part(s) left out).</source>
        <translation>
            <numerusform>Die Antwort wurde in {file} gespeichert (%n Teil weggelassen).</numerusform>
            <numerusform>Die Antwort wurde in {file} gespeichert (%n Teile weggelassen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer to the access request about {code}</source>
        <translation>Antwort auf den Auskunftsantrag zu {code}</translation>
    </message>
    <message>
        <source>Everything the LIVC-R holds about the person. Tick out what the answer may not contain: information of the police (reachable only through the Supervisory Body for Police Information), about third parties, or covered by the restriction you decided. The secrecy guard checks what stays before the export.</source>
        <translation>Alles, was das BLIS-R über die Person führt. Wählen Sie ab, was die Antwort nicht enthalten darf: Informationen der Polizei (nur über das Kontrollorgan für polizeiliche Informationen zugänglich), über Dritte oder was unter die von Ihnen beschlossene Einschränkung fällt. Die Geheimnisprüfung prüft vor dem Export, was bleibt.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Achtung</translation>
    </message>
    <message>
        <source>Language of the answer</source>
        <translation>Sprache der Antwort</translation>
    </message>
    <message>
        <source>Export the answer (PDF)…</source>
        <translation>Antwort exportieren (PDF)…</translation>
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
    <name>AccountSteps</name>
    <message>
        <source>The account {user} ends now: its passphrase no longer opens the data, and it cannot be opened again.</source>
        <translation>Das Konto {user} endet jetzt: seine Passphrase öffnet die Daten nicht mehr, und es kann nicht wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>{name} cannot be given a new account in this data folder afterwards.</source>
        <translation>{name} kann danach in diesem Datenordner kein neues Konto mehr erhalten.</translation>
    </message>
    <message>
        <source>What {name} recorded stays in the journal and the history under their name.</source>
        <translation>Was {name} erfasst hat, bleibt unter diesem Namen im Journal und in der Historie.</translation>
    </message>
    <message>
        <source>This is the last account of a coordinator: give another member the coordinator role and an account first.</source>
        <translation>Dies ist das letzte Konto eines Koordinators: Geben Sie zuerst einem anderen Mitglied die Koordinatorrolle und ein Konto.</translation>
    </message>
    <message>
        <source>These roles of {name} end today: {roles}.</source>
        <translation>Diese Rollen von {name} enden heute: {roles}.</translation>
    </message>
    <message>
        <source>{name} leaves the register: they can no longer be invited, given a role or chosen.</source>
        <translation>{name} verlässt das Verzeichnis: Die Person kann nicht mehr eingeladen, mit einer Rolle versehen oder ausgewählt werden.</translation>
    </message>
    <message>
        <source>The account {user} stays as it is: end it separately if it must stop.</source>
        <translation>Das Konto {user} bleibt, wie es ist: Beenden Sie es gesondert, wenn es nicht mehr gelten soll.</translation>
    </message>
    <message>
        <source>The current recovery key and its printed sheet stop working at once; destroy the old sheet.</source>
        <translation>Der aktuelle Wiederherstellungsschlüssel und sein gedrucktes Blatt funktionieren sofort nicht mehr; vernichten Sie das alte Blatt.</translation>
    </message>
    <message>
        <source>The new key is shown once: print it or save it as PDF before you close the window.</source>
        <translation>Der neue Schlüssel wird nur einmal angezeigt: Drucken Sie ihn aus oder speichern Sie ihn als PDF, bevor Sie das Fenster schließen.</translation>
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
    <message>
        <source>This laptop holds every case, so only coordinators sign in on it. {name} acts on top of a coordinator&apos;s session with this passphrase, or gets an invitation for their own laptop.</source>
        <translation>Dieser Laptop enthält alle Fälle, daher melden sich nur Koordinatoren an ihm an. {name} meldet sich mit dieser Passphrase über der Sitzung eines Koordinators an oder erhält eine Einladung für den eigenen Laptop.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who (organisation)</source>
        <translation>Wer (Organisation)</translation>
    </message>
    <message>
        <source>Choose the organisation…</source>
        <translation>Organisation wählen…</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>For the goal</source>
        <translation>Für das Ziel</translation>
    </message>
    <message>
        <source>(no particular goal)</source>
        <translation>(kein bestimmtes Ziel)</translation>
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
        <translation>Eine Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>The action point appears in the owner&apos;s task list and, for a case, on its dossier. Only people invited to this item can take one on.</source>
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
    <name>ActionStatus</name>
    <message>
        <source>To do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gestrichen</translation>
    </message>
</context>
<context>
    <name>AddCaseDialog</name>
    <message>
        <source>Choose the case in the list.</source>
        <translation>Wählen Sie den Fall in der Liste.</translation>
    </message>
    <message>
        <source>Add a case to the agenda</source>
        <translation>Einen Fall auf die Tagesordnung setzen</translation>
    </message>
    <message>
        <source>Any open case you may see can go on the agenda. Type the start of its code or a name; the case goes on with those invited to it.</source>
        <translation>Jeder laufende Fall, den Sie einsehen dürfen, kann auf die Tagesordnung. Geben Sie den Anfang des Aktenzeichens oder einen Namen ein; der Fall kommt mit den zu ihm eingeladenen Personen auf die Tagesordnung.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Case code or name</source>
        <translation>Aktenzeichen oder Name</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>No open case matches.</source>
        <translation>Kein laufender Fall passt.</translation>
    </message>
    <message>
        <source>The first {count} cases; type more to narrow down.</source>
        <translation>Die ersten {count} Fälle; tippen Sie weiter, um einzugrenzen.</translation>
    </message>
</context>
<context>
    <name>AdoptionDialog</name>
    <message>
        <source>Record the adoption of the house rules</source>
        <translation>Die Annahme der Geschäftsordnung festhalten</translation>
    </message>
    <message>
        <source>Record the adoption</source>
        <translation>Annahme festhalten</translation>
    </message>
    <message>
        <source>Choose the signed consensus decision by which the strategic table adopted the draft as it stands. The new version applies from the day the decision was signed; earlier versions stay readable.</source>
        <translation>Wählen Sie den unterschriebenen Konsensbeschluss, mit dem der strategische Tisch den Entwurf in seiner jetzigen Fassung angenommen hat. Die neue Fassung gilt ab dem Tag, an dem der Beschluss unterschrieben wurde; frühere Fassungen bleiben lesbar.</translation>
    </message>
    <message>
        <source>No signed decision can adopt the draft yet. Put a “House rules” item on a strategic-table meeting; there the effective participants agree by consensus and the chair signs. Then come back here.</source>
        <translation>Noch kann kein unterschriebener Beschluss den Entwurf annehmen. Setzen Sie einen Punkt „Geschäftsordnung“ auf eine Sitzung des strategischen Tisches; dort beschließen die tatsächlich teilnehmenden Mitglieder im Konsens und der Vorsitzende unterschreibt. Kommen Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Meeting of {day}: “{wording}”</source>
        <translation>Sitzung vom {day}: „{wording}“</translation>
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
        <source>The agenda is empty. Add proposed cases below, any other case, or a topic.</source>
        <translation>Die Tagesordnung ist leer. Fügen Sie unten vorgeschlagene Fälle, einen anderen Fall oder ein Thema hinzu.</translation>
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
        <source>Add a case…</source>
        <translation>Fall hinzufügen…</translation>
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
        <source>Choose the item the correction is about, or the minutes as a whole.</source>
        <translation>Wählen Sie den Punkt, den die Korrektur betrifft, oder das Protokoll als Ganzes.</translation>
    </message>
    <message>
        <source>Choose what the correction is about. A correction of the minutes as a whole is printed in every partner&apos;s extract; one about an item only in the extracts of the partners invited to that item.</source>
        <translation>Wählen Sie, was die Korrektur betrifft. Eine Korrektur des Protokolls als Ganzes wird im Auszug jedes Partners abgedruckt; eine Korrektur zu einem Punkt nur in den Auszügen der Partner, die zu diesem Punkt eingeladen waren.</translation>
    </message>
    <message>
        <source>Every partner who receives the minutes or an extract of them will read this correction, whatever their items. If it is about one item, choose that item.</source>
        <translation>Jeder Partner, der das Protokoll oder einen Auszug daraus erhält, liest diese Korrektur, unabhängig von seinen Punkten. Betrifft sie einen einzelnen Punkt, wählen Sie diesen Punkt.</translation>
    </message>
    <message>
        <source>Only the full minutes and the extracts of the partners invited to item {number} will show this correction.</source>
        <translation>Nur das vollständige Protokoll und die Auszüge der zu Punkt {number} eingeladenen Partner zeigen diese Korrektur.</translation>
    </message>
    <message>
        <source>Add an amendment</source>
        <translation>Eine Berichtigung hinzufügen</translation>
    </message>
    <message>
        <source>Approved minutes are frozen. A correction is recorded beside them with your name and the time, and printed with them from now on.</source>
        <translation>Ein genehmigtes Protokoll ist unveränderlich. Eine Korrektur wird daneben mit Ihrem Namen und der Uhrzeit festgehalten und künftig mitgedruckt.</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>The minutes as a whole – everyone receiving the minutes sees it</source>
        <translation>Das Protokoll als Ganzes – alle, die das Protokoll erhalten, sehen die Korrektur</translation>
    </message>
    <message>
        <source>Choose an item, or the minutes as a whole</source>
        <translation>Wählen Sie einen Punkt oder das Protokoll als Ganzes</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer of the LTF to form no. {number} of {code}</source>
        <translation>Antwort der LTF auf Bogen Nr. {number} von {code}</translation>
    </message>
    <message>
        <source>Only unclassified information may be recorded here: nothing from police databases or investigations, only what the LTF may share with the LIVC-R.</source>
        <translation>Erfassen Sie hier nur nicht eingestufte Informationen: nichts aus Polizeidatenbanken oder Ermittlungen, nur was die LTF mit dem BLIS-R teilen darf.</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Beantwortet am</translation>
    </message>
    <message>
        <source>Answer or input of the LTF</source>
        <translation>Antwort oder Beitrag der LTF</translation>
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
    <name>ApproveDialog</name>
    <message>
        <source>Approve a laptop</source>
        <translation>Einen Laptop freigeben</translation>
    </message>
    <message>
        <source>Ask {owner} to read out the fingerprint their laptop shows, in person or by phone, and type it here. Only a laptop with exactly this fingerprint is approved: this is what keeps a stranger&apos;s laptop out.</source>
        <translation>Bitten Sie {owner}, den Fingerabdruck vorzulesen, den der Laptop anzeigt, persönlich oder telefonisch, und tippen Sie ihn hier ein. Nur ein Laptop mit genau diesem Fingerabdruck wird freigegeben: So bleibt der Laptop eines Fremden draußen.</translation>
    </message>
    <message>
        <source>Approve this laptop</source>
        <translation>Diesen Laptop freigeben</translation>
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
        <source>My cases</source>
        <translation>Meine Fälle</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>Zu unterschreiben</translation>
    </message>
    <message>
        <source>Feedback to the LTF</source>
        <translation>Rückmeldung LTF</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
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
        <source>Everyone&apos;s attendance is recorded.</source>
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
    <message>
        <source>{passages} overlapping passages</source>
        <translation>{passages} überschneidende Passagen</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>Zeitraum: {start} bis {end}</translation>
    </message>
    <message>
        <source>Parts: {parts}, left out: {left_out}, language: {language}</source>
        <translation>Teile: {parts}, weggelassen: {left_out}, Sprache: {language}</translation>
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
        <source>Interrupted restore completed at the next start</source>
        <translation>Unterbrochene Wiederherstellung beim nächsten Start abgeschlossen</translation>
    </message>
    <message>
        <source>Interrupted restore undone at the next start</source>
        <translation>Unterbrochene Wiederherstellung beim nächsten Start rückgängig gemacht</translation>
    </message>
    <message>
        <source>Backup made, recorded after an interruption</source>
        <translation>Sicherung erstellt, nach einer Unterbrechung erfasst</translation>
    </message>
    <message>
        <source>Backup interrupted</source>
        <translation>Sicherung unterbrochen</translation>
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
        <source>Case number of the year given</source>
        <translation>Fallnummer des Jahres vergeben</translation>
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
        <source>Strategic figures computed</source>
        <translation>Strategische Zahlen berechnet</translation>
    </message>
    <message>
        <source>Strategic figures exported (CSV)</source>
        <translation>Strategische Zahlen exportiert (CSV)</translation>
    </message>
    <message>
        <source>Proposal put</source>
        <translation>Vorschlag vorgelegt</translation>
    </message>
    <message>
        <source>Proposal reworded</source>
        <translation>Vorschlag umformuliert</translation>
    </message>
    <message>
        <source>New wording linked to the old</source>
        <translation>Neue Formulierung mit der alten verknüpft</translation>
    </message>
    <message>
        <source>Proposal withdrawn</source>
        <translation>Vorschlag zurückgezogen</translation>
    </message>
    <message>
        <source>Position recorded</source>
        <translation>Standpunkt erfasst</translation>
    </message>
    <message>
        <source>Position changed</source>
        <translation>Standpunkt geändert</translation>
    </message>
    <message>
        <source>Decision signed</source>
        <translation>Beschluss unterschrieben</translation>
    </message>
    <message>
        <source>Action on a decision refused</source>
        <translation>Handlung an einem Beschluss abgelehnt</translation>
    </message>
    <message>
        <source>Wrong passphrase when signing</source>
        <translation>Falsche Passphrase beim Unterschreiben</translation>
    </message>
    <message>
        <source>Signing key made</source>
        <translation>Signaturschlüssel erstellt</translation>
    </message>
    <message>
        <source>Signing key moved to the new passphrase</source>
        <translation>Signaturschlüssel auf die neue Passphrase übertragen</translation>
    </message>
    <message>
        <source>Signing key retired</source>
        <translation>Signaturschlüssel außer Dienst gestellt</translation>
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
        <source>Participant left the meeting</source>
        <translation>Teilnehmer hat die Sitzung verlassen</translation>
    </message>
    <message>
        <source>Participant back in the meeting</source>
        <translation>Teilnehmer wieder in der Sitzung</translation>
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
        <source>Case item frozen in approved minutes</source>
        <translation>Fallpunkt im genehmigten Protokoll festgeschrieben</translation>
    </message>
    <message>
        <source>Minutes sealed for approval</source>
        <translation>Protokoll zur Genehmigung versiegelt</translation>
    </message>
    <message>
        <source>Case item sealed for approval of the minutes</source>
        <translation>Fallpunkt zur Genehmigung des Protokolls versiegelt</translation>
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
    <message>
        <source>Feedback form drafted</source>
        <translation>Rückmeldebogen entworfen</translation>
    </message>
    <message>
        <source>Feedback form changed</source>
        <translation>Rückmeldebogen geändert</translation>
    </message>
    <message>
        <source>Decision added to a feedback form</source>
        <translation>Beschluss einem Rückmeldebogen hinzugefügt</translation>
    </message>
    <message>
        <source>Corrected decision taken out of a feedback form</source>
        <translation>Berichtigter Beschluss aus einem Rückmeldebogen entfernt</translation>
    </message>
    <message>
        <source>Item added to a feedback form</source>
        <translation>Punkt einem Rückmeldebogen hinzugefügt</translation>
    </message>
    <message>
        <source>Item of a feedback form changed</source>
        <translation>Punkt eines Rückmeldebogens geändert</translation>
    </message>
    <message>
        <source>Item removed from a feedback form</source>
        <translation>Punkt aus einem Rückmeldebogen entfernt</translation>
    </message>
    <message>
        <source>Overlap confirmed as not covered by professional secrecy</source>
        <translation>Überschneidung als nicht vom Berufsgeheimnis gedeckt bestätigt</translation>
    </message>
    <message>
        <source>Secrecy guard stopped an item</source>
        <translation>Geheimnisprüfung hat einen Punkt aufgehalten</translation>
    </message>
    <message>
        <source>Feedback form approved and frozen</source>
        <translation>Rückmeldebogen genehmigt und festgeschrieben</translation>
    </message>
    <message>
        <source>Feedback form replaced by a newer version</source>
        <translation>Rückmeldebogen durch eine neuere Fassung ersetzt</translation>
    </message>
    <message>
        <source>Feedback form withdrawn</source>
        <translation>Rückmeldebogen zurückgezogen</translation>
    </message>
    <message>
        <source>Feedback form handed to the LTF</source>
        <translation>Rückmeldebogen der LTF übergeben</translation>
    </message>
    <message>
        <source>Answer of the LTF recorded</source>
        <translation>Antwort der LTF erfasst</translation>
    </message>
    <message>
        <source>Action on a feedback form refused</source>
        <translation>Aktion an einem Rückmeldebogen verweigert</translation>
    </message>
    <message>
        <source>Case referred to the LTF</source>
        <translation>Fall an die LTF weitergeleitet</translation>
    </message>
    <message>
        <source>Feedback form opened</source>
        <translation>Rückmeldebogen geöffnet</translation>
    </message>
    <message>
        <source>Register of what flowed to the LTF opened</source>
        <translation>Register dessen, was an die LTF ging, geöffnet</translation>
    </message>
    <message>
        <source>Feedback form printed (PDF)</source>
        <translation>Rückmeldebogen gedruckt (PDF)</translation>
    </message>
    <message>
        <source>Register of what flowed exported (CSV)</source>
        <translation>Register dessen, was an die LTF ging, exportiert (CSV)</translation>
    </message>
    <message>
        <source>Guidance trajectory started</source>
        <translation>Begleitungsweg begonnen</translation>
    </message>
    <message>
        <source>Lead partner of a trajectory changed</source>
        <translation>Federführender Partner eines Begleitungswegs geändert</translation>
    </message>
    <message>
        <source>Case manager of a trajectory set</source>
        <translation>Fallmanager eines Begleitungswegs bestimmt</translation>
    </message>
    <message>
        <source>Engagement in a trajectory recorded</source>
        <translation>Mitwirkung am Begleitungsweg erfasst</translation>
    </message>
    <message>
        <source>Evaluation interval set</source>
        <translation>Evaluationsabstand festgelegt</translation>
    </message>
    <message>
        <source>Next evaluation date set</source>
        <translation>Datum der nächsten Evaluation festgelegt</translation>
    </message>
    <message>
        <source>Contributing partner added</source>
        <translation>Mitwirkender Partner hinzugefügt</translation>
    </message>
    <message>
        <source>Contributing partner ended</source>
        <translation>Mitwirkender Partner beendet</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Ziel hinzugefügt</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Ziel geändert</translation>
    </message>
    <message>
        <source>Trajectory action added</source>
        <translation>Maßnahme eines Begleitungswegs hinzugefügt</translation>
    </message>
    <message>
        <source>Trajectory action changed</source>
        <translation>Maßnahme eines Begleitungswegs geändert</translation>
    </message>
    <message>
        <source>Trajectory update logged</source>
        <translation>Verlaufseintrag erfasst</translation>
    </message>
    <message>
        <source>Trajectory update corrected by a new one</source>
        <translation>Verlaufseintrag durch einen neuen berichtigt</translation>
    </message>
    <message>
        <source>Evaluation recorded</source>
        <translation>Evaluation erfasst</translation>
    </message>
    <message>
        <source>Table decided on an evaluation</source>
        <translation>Tisch hat über eine Evaluation entschieden</translation>
    </message>
    <message>
        <source>Guidance trajectory closed</source>
        <translation>Begleitungsweg abgeschlossen</translation>
    </message>
    <message>
        <source>Action on a trajectory refused</source>
        <translation>Handlung an einem Begleitungsweg verweigert</translation>
    </message>
    <message>
        <source>Guidance trajectory opened</source>
        <translation>Begleitungsweg eingesehen</translation>
    </message>
    <message>
        <source>Trajectory summary exported (PDF)</source>
        <translation>Zusammenfassung eines Begleitungswegs exportiert (PDF)</translation>
    </message>
    <message>
        <source>Life domain added</source>
        <translation>Lebensbereich hinzugefügt</translation>
    </message>
    <message>
        <source>Life domain renamed</source>
        <translation>Lebensbereich umbenannt</translation>
    </message>
    <message>
        <source>Life domain retired</source>
        <translation>Lebensbereich außer Gebrauch gesetzt</translation>
    </message>
    <message>
        <source>Life domain taken back into use</source>
        <translation>Lebensbereich wieder in Gebrauch</translation>
    </message>
    <message>
        <source>Life domains reordered</source>
        <translation>Reihenfolge der Lebensbereiche geändert</translation>
    </message>
    <message>
        <source>LIVC-R connected to a sync hub</source>
        <translation>BLIS-R mit einem Synchronisations-Hub verbunden</translation>
    </message>
    <message>
        <source>LIVC-R set up for bundles without a hub</source>
        <translation>BLIS-R für Änderungspakete ohne Hub eingerichtet</translation>
    </message>
    <message>
        <source>Invitation made for a member&apos;s laptop</source>
        <translation>Einladung für den Laptop eines Mitglieds erstellt</translation>
    </message>
    <message>
        <source>Member&apos;s laptop approved</source>
        <translation>Laptop eines Mitglieds freigegeben</translation>
    </message>
    <message>
        <source>Laptop revoked</source>
        <translation>Laptop gesperrt</translation>
    </message>
    <message>
        <source>Bundle of changes exported for a member&apos;s laptop</source>
        <translation>Änderungspaket für den Laptop eines Mitglieds exportiert</translation>
    </message>
    <message>
        <source>Bundle of changes imported from a laptop</source>
        <translation>Änderungspaket von einem Laptop importiert</translation>
    </message>
    <message>
        <source>Laptop&apos;s bundle keys written for IT</source>
        <translation>Paketschlüssel des Laptops für die IT geschrieben</translation>
    </message>
    <message>
        <source>Hub login given to a laptop approved by file</source>
        <translation>Hub-Login für einen per Datei freigegebenen Laptop erteilt</translation>
    </message>
    <message>
        <source>Laptop that lived on bundles connected to the hub</source>
        <translation>Laptop, der mit Paketen arbeitete, mit dem Hub verbunden</translation>
    </message>
    <message>
        <source>Hub access of a laptop written again (new password, old one ended)</source>
        <translation>Hub-Zugang eines Laptops neu geschrieben (neues Passwort, altes beendet)</translation>
    </message>
    <message>
        <source>Renewed hub access taken by this laptop</source>
        <translation>Erneuerter Hub-Zugang von diesem Laptop übernommen</translation>
    </message>
    <message>
        <source>Sync conflict resolved by keeping one value</source>
        <translation>Synchronisierungskonflikt gelöst, ein Wert behalten</translation>
    </message>
    <message>
        <source>Case withdrawn from a member&apos;s laptop</source>
        <translation>Fall vom Laptop eines Mitglieds zurückgezogen</translation>
    </message>
    <message>
        <source>Key slot retired (the laptop holds more than the role opens)</source>
        <translation>Schlüsselplatz entzogen (der Laptop enthält mehr, als die Rolle öffnet)</translation>
    </message>
    <message>
        <source>Texts of the strategic table written</source>
        <translation>Texte des strategischen Tisches geschrieben</translation>
    </message>
    <message>
        <source>Texts of the strategic table changed</source>
        <translation>Texte des strategischen Tisches geändert</translation>
    </message>
    <message>
        <source>Yearly report approved and frozen</source>
        <translation>Jahresbericht genehmigt und festgeschrieben</translation>
    </message>
    <message>
        <source>Yearly report exported (PDF)</source>
        <translation>Jahresbericht exportiert (PDF)</translation>
    </message>
    <message>
        <source>Draft of the house rules started</source>
        <translation>Entwurf der Geschäftsordnung begonnen</translation>
    </message>
    <message>
        <source>Draft of the house rules changed</source>
        <translation>Entwurf der Geschäftsordnung geändert</translation>
    </message>
    <message>
        <source>House rules adopted by the strategic table</source>
        <translation>Geschäftsordnung vom strategischen Tisch angenommen</translation>
    </message>
    <message>
        <source>House rules printed (PDF)</source>
        <translation>Geschäftsordnung gedruckt (PDF)</translation>
    </message>
    <message>
        <source>List of cases that reached their retention term opened</source>
        <translation>Liste der Fälle mit erreichter Aufbewahrungsfrist geöffnet</translation>
    </message>
    <message>
        <source>Erasure proposed to the operational table</source>
        <translation>Löschung dem operativen Tisch vorgeschlagen</translation>
    </message>
    <message>
        <source>Erasure confirmed by the data-protection officer</source>
        <translation>Löschung vom Datenschutzbeauftragten bestätigt</translation>
    </message>
    <message>
        <source>Case erased after its retention term</source>
        <translation>Fall nach seiner Aufbewahrungsfrist gelöscht</translation>
    </message>
    <message>
        <source>Erasure register opened</source>
        <translation>Löschungsregister geöffnet</translation>
    </message>
    <message>
        <source>Data-subject request registered</source>
        <translation>Antrag einer betroffenen Person erfasst</translation>
    </message>
    <message>
        <source>Case code of a data-subject request updated</source>
        <translation>Fallcode eines Antrags einer betroffenen Person aktualisiert</translation>
    </message>
    <message>
        <source>Decision on a data-subject request</source>
        <translation>Entscheidung über den Antrag einer betroffenen Person</translation>
    </message>
    <message>
        <source>Term of a data-subject request extended</source>
        <translation>Frist für den Antrag einer betroffenen Person verlängert</translation>
    </message>
    <message>
        <source>Person informed of a data-subject request&apos;s decision</source>
        <translation>Person über die Entscheidung zu einem Antrag informiert</translation>
    </message>
    <message>
        <source>Answer to a data-subject request sent</source>
        <translation>Antwort auf den Antrag einer betroffenen Person versandt</translation>
    </message>
    <message>
        <source>Register of data-subject requests opened</source>
        <translation>Register der Anträge betroffener Personen geöffnet</translation>
    </message>
    <message>
        <source>Person&apos;s data gathered for an access request</source>
        <translation>Daten einer Person für einen Auskunftsantrag zusammengestellt</translation>
    </message>
    <message>
        <source>Access-request export stopped by the secrecy guard</source>
        <translation>Export eines Auskunftsantrags von der Geheimnisprüfung gestoppt</translation>
    </message>
    <message>
        <source>Person&apos;s data exported for an access request (PDF)</source>
        <translation>Daten einer Person für einen Auskunftsantrag exportiert (PDF)</translation>
    </message>
    <message>
        <source>Record of processing (art. 30) printed (PDF)</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten (Art. 30) gedruckt (PDF)</translation>
    </message>
    <message>
        <source>DPIA facts sheet printed (PDF)</source>
        <translation>Faktenblatt für die DSFA gedruckt (PDF)</translation>
    </message>
    <message>
        <source>Guest at an item acknowledged the secrecy duty</source>
        <translation>Gast zu einem Tagesordnungspunkt hat die Schweigepflicht anerkannt</translation>
    </message>
    <message>
        <source>Partner refused to take part in an item</source>
        <translation>Partner hat die Teilnahme an einem Tagesordnungspunkt abgelehnt</translation>
    </message>
    <message>
        <source>Partner represented by a supervisor at an item</source>
        <translation>Partner bei einem Tagesordnungspunkt durch einen Vorgesetzten vertreten</translation>
    </message>
    <message>
        <source>LIVC-R&apos;s public hand-over key exported</source>
        <translation>Öffentlicher Übergabeschlüssel des BLIS-R exportiert</translation>
    </message>
    <message>
        <source>LIVC-R&apos;s secret hand-over key written for IT</source>
        <translation>Geheimer Übergabeschlüssel des BLIS-R für die IT geschrieben</translation>
    </message>
    <message>
        <source>LIVC-R&apos;s hand-over key changed</source>
        <translation>Übergabeschlüssel des BLIS-R geändert</translation>
    </message>
    <message>
        <source>Previous hand-over key of the LIVC-R retired</source>
        <translation>Früherer Übergabeschlüssel des BLIS-R außer Dienst gestellt</translation>
    </message>
    <message>
        <source>New key of a registered LIVC-R accepted</source>
        <translation>Neuer Schlüssel eines registrierten BLIS-R angenommen</translation>
    </message>
    <message>
        <source>Key change of another LIVC-R refused</source>
        <translation>Schlüsseländerung eines anderen BLIS-R abgelehnt</translation>
    </message>
    <message>
        <source>Another LIVC-R registered by its key</source>
        <translation>Anderes BLIS-R mit seinem Schlüssel registriert</translation>
    </message>
    <message>
        <source>Registered LIVC-R withdrawn</source>
        <translation>Registriertes BLIS-R zurückgezogen</translation>
    </message>
    <message>
        <source>Hand-over drafted</source>
        <translation>Übergabe entworfen</translation>
    </message>
    <message>
        <source>Hand-over changed</source>
        <translation>Übergabe geändert</translation>
    </message>
    <message>
        <source>Text of a hand-over kept</source>
        <translation>Text einer Übergabe gespeichert</translation>
    </message>
    <message>
        <source>Text removed from a hand-over</source>
        <translation>Text aus einer Übergabe entfernt</translation>
    </message>
    <message>
        <source>Secrecy guard stopped a text of a hand-over</source>
        <translation>Geheimnisprüfung hat einen Text einer Übergabe angehalten</translation>
    </message>
    <message>
        <source>Hand-over withdrawn</source>
        <translation>Übergabe zurückgezogen</translation>
    </message>
    <message>
        <source>Hand-over decided by the table</source>
        <translation>Übergabe vom Tisch beschlossen</translation>
    </message>
    <message>
        <source>Transfer note and sealed hand-over made</source>
        <translation>Übergabevermerk und versiegelte Übergabe erstellt</translation>
    </message>
    <message>
        <source>Hand-over exported for another LIVC-R</source>
        <translation>Übergabe für ein anderes BLIS-R exportiert</translation>
    </message>
    <message>
        <source>Hand-over from another LIVC-R imported</source>
        <translation>Übergabe eines anderen BLIS-R eingelesen</translation>
    </message>
    <message>
        <source>Hand-over from another LIVC-R refused</source>
        <translation>Übergabe eines anderen BLIS-R abgelehnt</translation>
    </message>
    <message>
        <source>Action on a hand-over refused</source>
        <translation>Aktion an einer Übergabe abgelehnt</translation>
    </message>
    <message>
        <source>Hand-over opened</source>
        <translation>Übergabe geöffnet</translation>
    </message>
    <message>
        <source>Received transfer note opened</source>
        <translation>Empfangener Übergabevermerk geöffnet</translation>
    </message>
    <message>
        <source>Hand-overs of the register opened</source>
        <translation>Übergaben des Registers geöffnet</translation>
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
        <source>Strategic figures</source>
        <translation>Strategische Zahlen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Position on a proposal</source>
        <translation>Standpunkt zu einem Vorschlag</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
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
    <message>
        <source>Feedback form</source>
        <translation>Rückmeldebogen</translation>
    </message>
    <message>
        <source>Item of a feedback form</source>
        <translation>Punkt eines Rückmeldebogens</translation>
    </message>
    <message>
        <source>Referral to the LTF</source>
        <translation>Weiterleitung an die LTF</translation>
    </message>
    <message>
        <source>Register of what flowed to the LTF</source>
        <translation>Register dessen, was an die LTF ging</translation>
    </message>
    <message>
        <source>Guidance trajectory</source>
        <translation>Begleitungsweg</translation>
    </message>
    <message>
        <source>Contributing partner</source>
        <translation>Mitwirkender Partner</translation>
    </message>
    <message>
        <source>Trajectory goal</source>
        <translation>Ziel eines Begleitungswegs</translation>
    </message>
    <message>
        <source>Trajectory action</source>
        <translation>Maßnahme eines Begleitungswegs</translation>
    </message>
    <message>
        <source>Trajectory update</source>
        <translation>Verlaufseintrag</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Lebensbereich</translation>
    </message>
    <message>
        <source>Yearly report of the strategic table</source>
        <translation>Jahresbericht des strategischen Tisches</translation>
    </message>
    <message>
        <source>House rules</source>
        <translation>Geschäftsordnung</translation>
    </message>
    <message>
        <source>Cases that reached their retention term</source>
        <translation>Fälle mit erreichter Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>Proposed erasure</source>
        <translation>Vorgeschlagene Löschung</translation>
    </message>
    <message>
        <source>Erasure register</source>
        <translation>Löschungsregister</translation>
    </message>
    <message>
        <source>Confirmation of an erasure</source>
        <translation>Bestätigung einer Löschung</translation>
    </message>
    <message>
        <source>Data-subject request</source>
        <translation>Antrag einer betroffenen Person</translation>
    </message>
    <message>
        <source>Register of data-subject requests</source>
        <translation>Register der Anträge betroffener Personen</translation>
    </message>
    <message>
        <source>Records of processing</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <source>Guest at an item</source>
        <translation>Gast zu einem Tagesordnungspunkt</translation>
    </message>
    <message>
        <source>Refusal or representation at an item</source>
        <translation>Ablehnung oder Vertretung bei einem Tagesordnungspunkt</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Other LIVC-R</source>
        <translation>Anderes BLIS-R</translation>
    </message>
    <message>
        <source>Hand-over received</source>
        <translation>Empfangene Übergabe</translation>
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
        <source>hand-overs to other LIVC-Rs</source>
        <translation>Übergaben an andere BLIS-R</translation>
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
        <source>A signature does not hold: {reason}.</source>
        <translation>Eine Signatur stimmt nicht: {reason}.</translation>
    </message>
    <message>
        <source>The data may have been changed outside LIVC-R Desktop. Change nothing on this computer, keep this message, and inform the coordinator, the data-protection officer and the IT service.</source>
        <translation>Die Daten wurden möglicherweise außerhalb von LIVC-R Desktop geändert. Ändern Sie nichts an diesem Computer, bewahren Sie diese Nachricht auf und informieren Sie den Koordinator, den Datenschutzbeauftragten und den IT-Dienst.</translation>
    </message>
</context>
<context>
    <name>BackgroundSync</name>
    <message>
        <source>Syncing… {count} changes received</source>
        <translation>Synchronisierung… {count} Änderungen empfangen</translation>
    </message>
    <message>
        <source>Hub not reachable since {time}</source>
        <translation>Hub nicht erreichbar seit {time}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Last synced {time}</source>
        <translation>Zuletzt synchronisiert {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go out</source>
        <translation>
            <numerusform>%n Änderung wartet auf den Versand</numerusform>
            <numerusform>%n Änderungen warten auf den Versand</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The file {file} already exists. Choose another name: an existing file is never overwritten by a backup.</source>
        <translation>Die Datei {file} existiert bereits. Wählen Sie einen anderen Namen: Eine Sicherung überschreibt nie eine vorhandene Datei.</translation>
    </message>
    <message>
        <source>The backup could not be written: there is not enough room on the disk ({reason}). Free some space or choose another drive. The LIVC-R&apos;s data was not changed and no incomplete backup file was left behind.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: Auf dem Datenträger ist nicht genug Platz ({reason}). Schaffen Sie Platz oder wählen Sie ein anderes Laufwerk. Die Daten des BLIS-R wurden nicht geändert, und es ist keine unvollständige Sicherungsdatei zurückgeblieben.</translation>
    </message>
    <message>
        <source>The backup could not be written: this place cannot be written to ({reason}). Choose another folder or drive. The LIVC-R&apos;s data was not changed.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: An diesem Ort kann nicht geschrieben werden ({reason}). Wählen Sie einen anderen Ordner oder ein anderes Laufwerk. Die Daten des BLIS-R wurden nicht geändert.</translation>
    </message>
    <message>
        <source>The backup could not be written ({reason}). The disk may be full or the drive may have been removed. Free some space or choose another place. The LIVC-R&apos;s data was not changed and no incomplete backup file was left behind.</source>
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
        <source>The database in this backup cannot be opened with this LIVC-R&apos;s key: the file is damaged. Use another backup. Nothing was changed.</source>
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
        <source>The key file of this data folder is missing or damaged, and its database cannot be opened with the backup&apos;s key, so it cannot be checked that the backup belongs here. Restore the backup into a new, empty data folder instead. Nothing was changed.</source>
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
        <source>{file} is not an ordinary file (it may be a folder, a device or a pipe), so it cannot be a backup. Choose the backup file itself. Nothing was changed.</source>
        <translation>{file} ist keine gewöhnliche Datei (vielleicht ein Ordner, ein Gerät oder eine Pipe) und kann daher keine Sicherung sein. Wählen Sie die Sicherungsdatei selbst. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This backup says it was made on {date}, later than today on this computer: its manifest is wrong, or this computer&apos;s clock is. Check the clock, or use another backup. Nothing was changed.</source>
        <translation>Diese Sicherung gibt an, am {date} erstellt worden zu sein, später als heute auf diesem Computer: Ihre Beschreibung ist falsch oder die Uhr dieses Computers. Prüfen Sie die Uhr oder verwenden Sie eine andere Sicherung. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This backup&apos;s description does not match the database inside it (it names another number of journal operations or another version of the data): the file was altered. Use another backup. Nothing was changed.</source>
        <translation>Die Beschreibung dieser Sicherung passt nicht zur Datenbank darin (sie nennt eine andere Zahl von Journalvorgängen oder eine andere Version der Daten): Die Datei wurde verändert. Verwenden Sie eine andere Sicherung. Es wurde nichts geändert.</translation>
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
    <name>BundleActions</name>
    <message>
        <source>Save the bundle of changes</source>
        <translation>Das Änderungspaket speichern</translation>
    </message>
    <message>
        <source>Choose a bundle of changes</source>
        <translation>Ein Änderungspaket wählen</translation>
    </message>
    <message>
        <source>&amp;Export changes for…</source>
        <translation>Änderungen &amp;exportieren für…</translation>
    </message>
    <message>
        <source>&amp;Import changes…</source>
        <translation>Änderungen &amp;importieren…</translation>
    </message>
    <message>
        <source>No other laptop of this LIVC-R is known here yet. A laptop is known once it is approved and this laptop synced with the hub.</source>
        <translation>Hier ist noch kein anderer Laptop dieses BLIS-R bekannt. Ein Laptop ist bekannt, sobald er freigegeben ist und dieser Laptop mit dem Hub synchronisiert hat.</translation>
    </message>
    <message>
        <source>Writing the bundle of changes…</source>
        <translation>Das Änderungspaket wird geschrieben…</translation>
    </message>
    <message>
        <source>The bundle for {member} is ready: {operations} changes. Only their laptop can open it. Carry it over and import it there.</source>
        <translation>Das Paket für {member} ist fertig: {operations} Änderungen. Nur der Laptop dieser Person kann es öffnen. Bringen Sie es hinüber und importieren Sie es dort.</translation>
    </message>
    <message>
        <source>Checking and importing the bundle of changes…</source>
        <translation>Das Änderungspaket wird geprüft und importiert…</translation>
    </message>
    <message numerus="yes">
        <source>Bundle from {sender}: %n change(s) applied.</source>
        <translation>
            <numerusform>Paket von {sender}: %n Änderung übernommen.</numerusform>
            <numerusform>Paket von {sender}: %n Änderungen übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept aside until the changes made before them arrive; they are applied then.</source>
        <translation>
            <numerusform>%n Änderung wird zurückgehalten, bis die vorherigen Änderungen eintreffen; sie wird dann übernommen.</numerusform>
            <numerusform>%n Änderungen werden zurückgehalten, bis die vorherigen Änderungen eintreffen; sie werden dann übernommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>This file is not a bundle of changes of an LIVC-R, or it is damaged.</source>
        <translation>Diese Datei ist kein Änderungspaket eines BLIS-R, oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>No member of this LIVC-R has the user name {name}.</source>
        <translation>Kein Mitglied dieses BLIS-R hat den Benutzernamen {name}.</translation>
    </message>
    <message>
        <source>{name} has no approved laptop that this laptop knows of. A laptop is known after it was approved and this laptop synced with the hub once.</source>
        <translation>{name} hat keinen freigegebenen Laptop, den dieser Laptop kennt. Ein Laptop ist bekannt, nachdem er freigegeben wurde und dieser Laptop einmal mit dem Hub synchronisiert hat.</translation>
    </message>
    <message>
        <source>This bundle is not signed by an approved laptop of this LIVC-R, or it was changed after it was signed. Nothing was imported.</source>
        <translation>Dieses Paket ist nicht von einem freigegebenen Laptop dieses BLIS-R signiert, oder es wurde nach der Signatur verändert. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This bundle was made for another laptop. Ask for a bundle for this laptop&apos;s owner. Nothing was imported.</source>
        <translation>Dieses Paket wurde für einen anderen Laptop erstellt. Fordern Sie ein Paket für den Besitzer dieses Laptops an. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This bundle was imported here before, on {day}. Nothing changed.</source>
        <translation>Dieses Paket wurde hier bereits am {day} importiert. Es hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Changes {first}–{last} made on {owner}&apos;s laptop have not arrived: ask {owner} for a new bundle.</source>
        <translation>Die Änderungen {first}–{last} vom Laptop von {owner} sind nicht angekommen: Bitten Sie {owner} um ein neues Paket.</translation>
    </message>
    <message>
        <source>This file is not a request to join this LIVC-R.</source>
        <translation>Diese Datei ist keine Beitrittsanfrage für dieses BLIS-R.</translation>
    </message>
    <message>
        <source>This member has no account to invite.</source>
        <translation>Dieses Mitglied hat kein Konto, das eingeladen werden kann.</translation>
    </message>
    <message>
        <source>Only the coordinator&apos;s laptop approves laptops and writes invitations.</source>
        <translation>Nur der Laptop des Koordinators gibt Laptops frei und erstellt Einladungen.</translation>
    </message>
    <message>
        <source>This laptop is already known with other keys. Ask the member for a new invitation.</source>
        <translation>Dieser Laptop ist bereits mit anderen Schlüsseln bekannt. Erstellen Sie eine neue Einladung für das Mitglied.</translation>
    </message>
    <message>
        <source>This bundle from a member&apos;s laptop tries to give a key to a case this laptop already knows, or a key only the coordinator&apos;s laptop may give. Nothing was imported.</source>
        <translation>Dieses Paket vom Laptop eines Mitglieds versucht, einen Schlüssel für einen Fall zu geben, den dieser Laptop bereits kennt, oder einen Schlüssel, den nur der Laptop des Koordinators geben darf. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ByFileLaptops</name>
    <message>
        <source>The laptop with fingerprint {fingerprint} is trusted as {owner}&apos;s: its bundles are accepted here, and bundles for {owner} are encrypted for it.</source>
        <translation>Der Laptop mit dem Fingerabdruck {fingerprint} gilt als der von {owner}: Seine Pakete werden hier angenommen, und Pakete für {owner} werden für ihn verschlüsselt.</translation>
    </message>
    <message>
        <source>It holds nothing yet: export the first bundle for {owner} and hand it over in person.</source>
        <translation>Er enthält noch nichts: Exportieren Sie das erste Paket für {owner} und übergeben Sie es persönlich.</translation>
    </message>
    <message>
        <source>Choose the join request</source>
        <translation>Beitrittsanfrage wählen</translation>
    </message>
    <message>
        <source>Join requests (*.json);;All files (*)</source>
        <translation>Beitrittsanfragen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The invitation for a laptop without a network was saved as {file}. Hand it over in person; the laptop&apos;s join request comes back as a file.</source>
        <translation>Die Einladung für einen Laptop ohne Netzwerk wurde als {file} gespeichert. Übergeben Sie sie persönlich; die Beitrittsanfrage des Laptops kommt als Datei zurück.</translation>
    </message>
    <message>
        <source>{owner}&apos;s laptop is approved. Give it its records with File › Export changes for… and hand the bundle over.</source>
        <translation>Der Laptop von {owner} ist freigegeben. Geben Sie ihm seine Daten mit Akte › Änderungen exportieren für… und übergeben Sie das Paket.</translation>
    </message>
    <message>
        <source>Approve {owner}&apos;s laptop</source>
        <translation>Laptop von {owner} freigeben</translation>
    </message>
    <message>
        <source>Approve the laptop</source>
        <translation>Laptop freigeben</translation>
    </message>
    <message>
        <source>Invite a laptop without a network…</source>
        <translation>Laptop ohne Netzwerk einladen…</translation>
    </message>
    <message>
        <source>Approve a join request…</source>
        <translation>Beitrittsanfrage freigeben…</translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <source>Cancel the meeting</source>
        <translation>Die Sitzung absagen</translation>
    </message>
    <message>
        <source>A cancelled meeting cannot be started again: it stays in the list as cancelled, with this reason. Its cases can be put on the agenda of another meeting.</source>
        <translation>Eine abgesagte Sitzung kann nicht mehr begonnen werden: Sie bleibt mit dieser Begründung als abgesagt in der Liste. Ihre Fälle können auf die Tagesordnung einer anderen Sitzung gesetzt werden.</translation>
    </message>
    <message>
        <source>Keep the meeting</source>
        <translation>Die Sitzung beibehalten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>CaseCodeField</name>
    <message>
        <source>e.g. {code}</source>
        <translation>z. B. {code}</translation>
    </message>
    <message>
        <source>Before the year</source>
        <translation>Vor dem Jahr</translation>
    </message>
    <message>
        <source>Digits of the number</source>
        <translation>Stellen der Nummer</translation>
    </message>
    <message>
        <source>Each new case gets the next number of its year. Codes already given do not change.</source>
        <translation>Jeder neue Fall erhält die nächste Nummer seines Jahres. Bereits vergebene Codes ändern sich nicht.</translation>
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
    <name>CaseStatusInText</name>
    <message>
        <source>signalled</source>
        <translation>gemeldet</translation>
    </message>
    <message>
        <source>in screening</source>
        <translation>in Vorprüfung</translation>
    </message>
    <message>
        <source>on the operational table</source>
        <translation>am operativen Tisch</translation>
    </message>
    <message>
        <source>in a guidance trajectory</source>
        <translation>im Begleitungsweg</translation>
    </message>
    <message>
        <source>referred to the LTF</source>
        <translation>an die LTF weitergeleitet</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>wiedereröffnet</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>(name hidden)</source>
        <translation>(Name ausgeblendet)</translation>
    </message>
    <message>
        <source>{date} – overdue</source>
        <translation>{date} – überfällig</translation>
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
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>“{wanted}” is decided by the operational table: put the case on a meeting&apos;s agenda, where the effective participants decide by consensus and the chair signs.</source>
        <translation>Über „{wanted}“ entscheidet der operative Tisch: Setzen Sie den Fall auf die Tagesordnung einer Sitzung, in der die tatsächlich teilnehmenden Mitglieder im Konsens beschließen und der Vorsitzende unterschreibt.</translation>
    </message>
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
        <source>The text before the year may hold letters, digits, spaces and . _ / - only, at most {maximum} characters.</source>
        <translation>Der Text vor dem Jahr darf nur Buchstaben, Ziffern, Leerzeichen und . _ / - enthalten, höchstens {maximum} Zeichen.</translation>
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
        <source>Only a closed case can be reopened.</source>
        <translation>Nur ein abgeschlossener Fall kann wiedereröffnet werden.</translation>
    </message>
    <message>
        <source>Say why the case is reopened: the table reads it when the case comes back.</source>
        <translation>Geben Sie an, warum der Fall wiedereröffnet wird: Der Tisch liest es, wenn der Fall zurückkommt.</translation>
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
    <name>ChooseReceiverDialog</name>
    <message>
        <source>Hand the case over to another LIVC-R</source>
        <translation>Den Fall an ein anderes BLIS-R übergeben</translation>
    </message>
    <message>
        <source>The person moved. Choose the LIVC-R of their new municipality; it must be registered here by its key (File › Other LIVC-Rs). The table decides the hand-over by consensus, and the chair signs it.</source>
        <translation>Die Person ist umgezogen. Wählen Sie das BLIS-R ihrer neuen Gemeinde; es muss hier mit seinem Schlüssel registriert sein (Datei › Andere BLIS-R). Der Tisch beschließt die Übergabe im Konsens, und der Vorsitz unterzeichnet sie.</translation>
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
        <source>write debug lines to the log file (never personal data)</source>
        <translation>Debug-Zeilen in die Protokolldatei schreiben (nie personenbezogene Daten)</translation>
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
        <source>write the strategic table&apos;s figures of a year as CSV</source>
        <translation>die Zahlen des strategischen Tisches eines Jahres als CSV schreiben</translation>
    </message>
    <message>
        <source>the calendar year</source>
        <translation>das Kalenderjahr</translation>
    </message>
    <message>
        <source>only this municipality of a joint LIVC-R (its name)</source>
        <translation>nur diese Gemeinde eines gemeinsamen BLIS-R (ihr Name)</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>die CSV-Datei</translation>
    </message>
    <message>
        <source>what has reached its retention term under the house rules</source>
        <translation>was nach der Geschäftsordnung seine Aufbewahrungsfrist erreicht hat</translation>
    </message>
    <message>
        <source>list the cases that reached their term (case codes, rule, due date; no names)</source>
        <translation>die Fälle auflisten, die ihre Frist erreicht haben (Fallcodes, Regel, Fälligkeitsdatum; keine Namen)</translation>
    </message>
    <message>
        <source>the day to check, as YYYY-MM-DD (default: today)</source>
        <translation>der zu prüfende Tag, als JJJJ-MM-TT (Standard: heute)</translation>
    </message>
    <message>
        <source>the LIVC-Rs (data folders) on this laptop</source>
        <translation>die BLIS-R (Datenordner) auf diesem Laptop</translation>
    </message>
    <message>
        <source>list this laptop&apos;s LIVC-Rs: name, place, last opened (no secrets)</source>
        <translation>die BLIS-R dieses Laptops auflisten: Name, Ort, zuletzt geöffnet (keine Geheimnisse)</translation>
    </message>
    <message>
        <source>write the strategic table&apos;s yearly report as a PDF</source>
        <translation>den Jahresbericht des strategischen Tisches als PDF schreiben</translation>
    </message>
    <message>
        <source>the calendar year, e.g. 2025</source>
        <translation>das Kalenderjahr, z. B. 2025</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>die zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <source>print the record of processing (art. 30) or the DPIA facts sheet</source>
        <translation>das Verzeichnis von Verarbeitungstätigkeiten (Art. 30) oder das Faktenblatt für die DSFA drucken</translation>
    </message>
    <message>
        <source>the record of processing activities (GDPR art. 30)</source>
        <translation>das Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)</translation>
    </message>
    <message>
        <source>the facts sheet for the data-protection impact assessment</source>
        <translation>das Faktenblatt für die Datenschutz-Folgenabschätzung</translation>
    </message>
    <message>
        <source>a fault-suite report (python -m benchmarks.faults --json FILE) to print instead of the recorded run</source>
        <translation>ein Bericht der Fehlertests (python -m benchmarks.faults --json FILE), der statt des erfassten Laufs gedruckt wird</translation>
    </message>
    <message>
        <source>not a date as YYYY-MM-DD: {text}</source>
        <translation>kein Datum als JJJJ-MM-TT (YYYY-MM-DD): {text}</translation>
    </message>
    <message>
        <source>read the hub password from this file instead of the keyring</source>
        <translation>das Passwort des Hubs aus dieser Datei statt aus dem Schlüsselbund lesen</translation>
    </message>
    <message>
        <source>set up the sync hub or connect to it</source>
        <translation>den Synchronisations-Hub einrichten oder sich mit ihm verbinden</translation>
    </message>
    <message>
        <source>create or upgrade the hub&apos;s schema in a PostgreSQL database</source>
        <translation>das Schema des Hubs in einer PostgreSQL-Datenbank anlegen oder aktualisieren</translation>
    </message>
    <message>
        <source>the hub database (libpq)</source>
        <translation>die Datenbank des Hubs (libpq)</translation>
    </message>
    <message>
        <source>also create the login the coordinator&apos;s laptop connects with</source>
        <translation>auch die Anmeldung anlegen, mit der sich der Laptop des Koordinators verbindet</translation>
    </message>
    <message>
        <source>the file holding that login&apos;s password</source>
        <translation>die Datei mit dem Passwort dieser Anmeldung</translation>
    </message>
    <message>
        <source>connect this LIVC-R to its hub (coordinator)</source>
        <translation>dieses BLIS-R mit seinem Hub verbinden (Koordinator)</translation>
    </message>
    <message>
        <source>the hub database, with the login</source>
        <translation>die Datenbank des Hubs, mit der Anmeldung</translation>
    </message>
    <message>
        <source>sync a laptop that lived on bundles through the hub too</source>
        <translation>einen Laptop, der mit Paketen arbeitete, künftig auch über den Hub synchronisieren</translation>
    </message>
    <message>
        <source>the hub access file</source>
        <translation>die Hub-Zugangsdatei</translation>
    </message>
    <message>
        <source>write an invitation for a member&apos;s own laptop</source>
        <translation>eine Einladung für den eigenen Laptop eines Mitglieds schreiben</translation>
    </message>
    <message>
        <source>the member&apos;s user name</source>
        <translation>der Benutzername des Mitglieds</translation>
    </message>
    <message>
        <source>the invitation file to write</source>
        <translation>die zu schreibende Einladungsdatei</translation>
    </message>
    <message>
        <source>for a laptop that never reaches the hub: it joins by files and bundles</source>
        <translation>für einen Laptop, der den Hub nie erreicht: er tritt über Dateien und Pakete bei</translation>
    </message>
    <message>
        <source>set up this laptop for an LIVC-R with an invitation</source>
        <translation>diesen Laptop mit einer Einladung für ein BLIS-R einrichten</translation>
    </message>
    <message>
        <source>the invitation</source>
        <translation>die Einladung</translation>
    </message>
    <message>
        <source>with an invitation for a laptop without a network: the join request to write</source>
        <translation>mit einer Einladung für einen Laptop ohne Netzwerk: die zu schreibende Beitrittsanfrage</translation>
    </message>
    <message>
        <source>list, approve or revoke the laptops of the LIVC-R</source>
        <translation>die Laptops des BLIS-R auflisten, freigeben oder sperren</translation>
    </message>
    <message>
        <source>list the laptops the hub knows</source>
        <translation>die Laptops auflisten, die der Hub kennt</translation>
    </message>
    <message>
        <source>print JSON for scripts (status codes, ISO moments) instead of a table</source>
        <translation>JSON für Skripte ausgeben (Statuscodes, ISO-Zeitpunkte) statt einer Tabelle</translation>
    </message>
    <message>
        <source>approve a laptop after comparing its fingerprint</source>
        <translation>einen Laptop nach dem Vergleich seines Fingerabdrucks freigeben</translation>
    </message>
    <message>
        <source>the fingerprint it shows</source>
        <translation>der Fingerabdruck, den er anzeigt</translation>
    </message>
    <message>
        <source>the join request file of a laptop without a network</source>
        <translation>die Beitrittsanfrage-Datei eines Laptops ohne Netzwerk</translation>
    </message>
    <message>
        <source>revoke a lost or retired laptop</source>
        <translation>einen verlorenen oder ausgemusterten Laptop sperren</translation>
    </message>
    <message>
        <source>the laptop&apos;s id</source>
        <translation>die Kennung des Laptops</translation>
    </message>
    <message>
        <source>write the hub access of a member&apos;s laptop approved by file</source>
        <translation>den Hub-Zugang für den per Datei freigegebenen Laptop eines Mitglieds schreiben</translation>
    </message>
    <message>
        <source>the access file to write</source>
        <translation>die zu schreibende Zugangsdatei</translation>
    </message>
    <message>
        <source>write it again for a laptop that already has its hub login (a lost access file or password): a new password, the old one stops working</source>
        <translation>erneut schreiben für einen Laptop, der bereits sein Hub-Login hat (Zugangsdatei oder Passwort verloren): ein neues Passwort, das alte funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>only this laptop of the member</source>
        <translation>nur dieser Laptop des Mitglieds</translation>
    </message>
    <message>
        <source>run one sync round with the hub</source>
        <translation>eine Synchronisationsrunde mit dem Hub ausführen</translation>
    </message>
    <message>
        <source>carry changes to a laptop without a network</source>
        <translation>Änderungen zu einem Laptop ohne Netzwerk bringen</translation>
    </message>
    <message>
        <source>write the changes a member&apos;s laptop lacks to a bundle file</source>
        <translation>die Änderungen, die dem Laptop eines Mitglieds fehlen, in eine Paketdatei schreiben</translation>
    </message>
    <message>
        <source>the bundle file to write</source>
        <translation>die zu schreibende Paketdatei</translation>
    </message>
    <message>
        <source>import a bundle of changes made for this laptop</source>
        <translation>ein für diesen Laptop erstelltes Änderungspaket importieren</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>das Paket</translation>
    </message>
    <message>
        <source>write this laptop&apos;s keys for checking bundles with age and minisign</source>
        <translation>die Schlüssel dieses Laptops schreiben, um Pakete mit age und minisign zu prüfen</translation>
    </message>
    <message>
        <source>the folder to write them to</source>
        <translation>der Ordner, in den sie geschrieben werden</translation>
    </message>
    <message>
        <source>also write this laptop&apos;s secret age key (to open bundles with age)</source>
        <translation>auch den geheimen age-Schlüssel dieses Laptops schreiben (um Pakete mit age zu öffnen)</translation>
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
        <source>  not checked here: {count} operations of other laptops that are not this laptop&apos;s to see (the hub and the coordinator&apos;s laptop hold them)</source>
        <translation>  hier nicht geprüft: {count} Vorgänge anderer Laptops, die dieser Laptop nicht sehen darf (der Hub und der Laptop der Koordination bewahren sie)</translation>
    </message>
    <message>
        <source>  first broken link on device {device}: {reason}</source>
        <translation>  erstes unterbrochenes Glied auf Gerät {device}: {reason}</translation>
    </message>
    <message>
        <source>Journal signatures: {state} ({signed} operations signed by their author, {checkpoint} under the checkpoint of the upgrade)</source>
        <translation>Signaturen des Journals: {state} ({signed} Vorgänge von ihrem Urheber signiert, {checkpoint} unter dem Kontrollpunkt des Upgrades)</translation>
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
        <source>Choose the document&apos;s language with --lang nl, fr or de.</source>
        <translation>Wählen Sie die Sprache des Dokuments mit --lang nl, fr oder de.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Die Datei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Written to {file}.</source>
        <translation>Geschrieben nach {file}.</translation>
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
        <translation>Sicherung in {file} geschrieben ({operations} Journalvorgänge).</translation>
    </message>
    <message>
        <source>The file {file} cannot be read.</source>
        <translation>Die Datei {file} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The backup of {date} was restored ({operations} journal operations).</source>
        <translation>Die Sicherung vom {date} wurde wiederhergestellt ({operations} Journalvorgänge).</translation>
    </message>
    <message>
        <source>The data it replaced is kept in {folder}.</source>
        <translation>Die ersetzten Daten werden in {folder} aufbewahrt.</translation>
    </message>
    <message>
        <source>To choose a new passphrase, start LIVC-R Desktop and sign in with the recovery key.</source>
        <translation>Um eine neue Passphrase zu wählen, starten Sie LIVC-R Desktop und melden Sie sich mit dem Wiederherstellungsschlüssel an.</translation>
    </message>
    <message>
        <source>Choose the report&apos;s language with --lang nl, fr or de.</source>
        <translation>Wählen Sie die Sprache des Berichts mit --lang nl, fr oder de.</translation>
    </message>
    <message>
        <source>The file {file} cannot be written.</source>
        <translation>Die Datei {file} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Yearly report {year} written to {file}.</source>
        <translation>Jahresbericht {year} in {file} geschrieben.</translation>
    </message>
    <message>
        <source>house rules version {number}</source>
        <translation>Geschäftsordnung Fassung {number}</translation>
    </message>
    <message>
        <source>default house rules (5 years after closure)</source>
        <translation>Standardregeln (5 Jahre nach dem Abschluss)</translation>
    </message>
    <message>
        <source>Reached their retention term on {day} under the {rules}: {count}</source>
        <translation>Aufbewahrungsfrist am {day} erreicht nach {rules}: {count}</translation>
    </message>
    <message>
        <source>proposed for the meeting of {day}</source>
        <translation>vorgeschlagen für die Sitzung vom {day}</translation>
    </message>
    <message>
        <source>The list was damaged; it was made again from the folders found.</source>
        <translation>Die Liste war beschädigt; sie wurde aus den gefundenen Ordnern neu erstellt.</translation>
    </message>
    <message>
        <source>No LIVC-R on this laptop yet.</source>
        <translation>Noch kein BLIS-R auf diesem Laptop.</translation>
    </message>
    <message>
        <source>{name} (folder not found)</source>
        <translation>{name} (Ordner nicht gefunden)</translation>
    </message>
    <message>
        <source>last opened: {opened}; last sync: {synced}</source>
        <translation>zuletzt geöffnet: {opened}; zuletzt synchronisiert: {synced}</translation>
    </message>
    <message>
        <source>The hub: {reason}</source>
        <translation>Der Hub: {reason}</translation>
    </message>
    <message>
        <source>The file or folder {file} does not exist.</source>
        <translation>Die Datei oder der Ordner {file} existiert nicht.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read or written ({reason}).</source>
        <translation>Die Datei {file} kann nicht gelesen oder geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose an existing folder for the file.</source>
        <translation>Der Ordner {folder} existiert nicht: Wählen Sie einen vorhandenen Ordner für die Datei.</translation>
    </message>
    <message>
        <source>Give the coordinator login&apos;s password with --coordinator-password-file.</source>
        <translation>Geben Sie das Passwort der Koordinator-Anmeldung mit --coordinator-password-file an.</translation>
    </message>
    <message>
        <source>Hub created in database {database} (schema version {version}).</source>
        <translation>Hub in der Datenbank {database} angelegt (Schemaversion {version}).</translation>
    </message>
    <message>
        <source>Hub in database {database} is up to date (schema version {version}).</source>
        <translation>Der Hub in der Datenbank {database} ist aktuell (Schemaversion {version}).</translation>
    </message>
    <message>
        <source>Coordinator login {login} is ready.</source>
        <translation>Die Koordinator-Anmeldung {login} ist bereit.</translation>
    </message>
    <message>
        <source>Hub password: </source>
        <translation>Passwort des Hubs: </translation>
    </message>
    <message>
        <source>Connected to the hub. Run `livcr sync` to send this LIVC-R&apos;s journal.</source>
        <translation>Mit dem Hub verbunden. Führen Sie `livcr sync` aus, um das Journal dieses BLIS-R zu senden.</translation>
    </message>
    <message>
        <source>Invitation for {member} written to {file}. Hand it over in person: it opens the hub for one laptop.</source>
        <translation>Einladung für {member} nach {file} geschrieben. Übergeben Sie sie persönlich: Sie öffnet den Hub für einen Laptop.</translation>
    </message>
    <message numerus="yes">
        <source>Bundle for {member} ({laptops}) written to {file}: %n operation(s).</source>
        <translation>
            <numerusform>Paket für {member} ({laptops}) nach {file} geschrieben: %n Vorgang.</numerusform>
            <numerusform>Paket für {member} ({laptops}) nach {file} geschrieben: %n Vorgänge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s)</source>
        <translation>
            <numerusform>%n Laptop</numerusform>
            <numerusform>%n Laptops</numerusform>
        </translation>
    </message>
    <message>
        <source>This invitation is for a laptop without a network: give the file to write the join request to with --request-out.</source>
        <translation>Diese Einladung ist für einen Laptop ohne Netzwerk: Geben Sie mit --request-out die Datei an, in die die Beitrittsanfrage geschrieben wird.</translation>
    </message>
    <message>
        <source>Invitation for {member} written to {file}, for a laptop without a network. Hand it over in person; the laptop&apos;s join request comes back as a file.</source>
        <translation>Einladung für {member} in {file} geschrieben, für einen Laptop ohne Netzwerk. Übergeben Sie sie persönlich; die Beitrittsanfrage des Laptops kommt als Datei zurück.</translation>
    </message>
    <message>
        <source>Give {file} to the coordinator and read the fingerprint aloud; then import the coordinator&apos;s bundle with `livcr bundle import`.</source>
        <translation>Geben Sie {file} dem Koordinator und lesen Sie den Fingerabdruck vor; importieren Sie dann das Paket des Koordinators mit `livcr bundle import`.</translation>
    </message>
    <message>
        <source>This laptop joined {livcr} for {member}.</source>
        <translation>Dieser Laptop ist {livcr} für {member} beigetreten.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Fingerabdruck: {fingerprint}</translation>
    </message>
    <message>
        <source>Laptop {device} of {member} approved. Export a bundle for {member} to give it its records.</source>
        <translation>Laptop {device} von {member} freigegeben. Exportieren Sie ein Paket für {member}, um ihm seine Daten zu geben.</translation>
    </message>
    <message>
        <source>Read it to the coordinator, who approves it; then run `livcr sync`.</source>
        <translation>Lesen Sie ihn dem Koordinator vor, der ihn freigibt; führen Sie dann `livcr sync` aus.</translation>
    </message>
    <message>
        <source>Laptop {device} approved.</source>
        <translation>Laptop {device} freigegeben.</translation>
    </message>
    <message>
        <source>Laptop {device} revoked: the hub serves it nothing from now on.</source>
        <translation>Laptop {device} gesperrt: Der Hub liefert ihm ab jetzt nichts mehr.</translation>
    </message>
    <message>
        <source>Received {done} of {total} changes…</source>
        <translation>{done} von {total} Änderungen empfangen…</translation>
    </message>
    <message>
        <source>Pushed {pushed}, pulled {pulled}, applied {applied}.</source>
        <translation>Gesendet {pushed}, abgerufen {pulled}, angewendet {applied}.</translation>
    </message>
    <message>
        <source>Waiting {waiting}, quarantined {quarantined}, conflicts {conflicts}.</source>
        <translation>Wartend {waiting}, in Quarantäne {quarantined}, Konflikte {conflicts}.</translation>
    </message>
    <message>
        <source>Bundle from {sender}: received {pulled}, applied {applied}.</source>
        <translation>Paket von {sender}: {pulled} empfangen, {applied} übernommen.</translation>
    </message>
    <message>
        <source>No keyring on this computer: pass the hub password with --hub-password-file when you sync.</source>
        <translation>Kein Schlüsselbund auf diesem Computer: Übergeben Sie das Passwort des Hubs beim Synchronisieren mit --hub-password-file.</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Figures written to {file} ({rows} rows).</source>
        <translation>Zahlen in {file} geschrieben ({rows} Zeilen).</translation>
    </message>
    <message>
        <source>hand a case over to another LIVC-R</source>
        <translation>einen Fall an ein anderes BLIS-R übergeben</translation>
    </message>
    <message>
        <source>write this LIVC-R&apos;s public hand-over key for another LIVC-R</source>
        <translation>den öffentlichen Übergabeschlüssel dieses BLIS-R für ein anderes BLIS-R schreiben</translation>
    </message>
    <message>
        <source>the key file</source>
        <translation>die Schlüsseldatei</translation>
    </message>
    <message>
        <source>also write the LIVC-R&apos;s secret age key to this file (to open hand-overs with age)</source>
        <translation>auch den geheimen age-Schlüssel des BLIS-R in diese Datei schreiben (um Übergaben mit age zu öffnen)</translation>
    </message>
    <message>
        <source>register another LIVC-R by the key its coordinator exported</source>
        <translation>ein anderes BLIS-R mit dem Schlüssel registrieren, den seine Koordination exportiert hat</translation>
    </message>
    <message>
        <source>the fingerprint the other coordinator read to you</source>
        <translation>der Fingerabdruck, den Ihnen die andere Koordination vorgelesen hat</translation>
    </message>
    <message>
        <source>the LIVC-Rs registered here</source>
        <translation>die hier registrierten BLIS-R</translation>
    </message>
    <message>
        <source>write the transfer note and sealed hand-over of a decided case</source>
        <translation>den Übergabevermerk und die versiegelte Übergabe eines beschlossenen Falls schreiben</translation>
    </message>
    <message>
        <source>the case code</source>
        <translation>der Fallcode</translation>
    </message>
    <message>
        <source>import a hand-over from another LIVC-R</source>
        <translation>eine Übergabe eines anderen BLIS-R einlesen</translation>
    </message>
    <message>
        <source>the member municipality where the person now lives</source>
        <translation>die Mitgliedsgemeinde, in der die Person jetzt wohnt</translation>
    </message>
    <message>
        <source>add the signal to this case of the person already known here</source>
        <translation>die Meldung diesem Fall der hier bereits bekannten Person hinzufügen</translation>
    </message>
    <message>
        <source>open a new case even when the person is already known here</source>
        <translation>einen neuen Fall eröffnen, auch wenn die Person hier bereits bekannt ist</translation>
    </message>
    <message>
        <source>Key written to {file}. Fingerprint: {fingerprint}</source>
        <translation>Schlüssel in {file} geschrieben. Fingerabdruck: {fingerprint}</translation>
    </message>
    <message>
        <source>{name} registered ({fingerprint}).</source>
        <translation>{name} registriert ({fingerprint}).</translation>
    </message>
    <message>
        <source>Case {code} has no decided hand-over.</source>
        <translation>Fall {code} hat keine beschlossene Übergabe.</translation>
    </message>
    <message>
        <source>No member municipality is called {name}.</source>
        <translation>Keine Mitgliedsgemeinde heißt {name}.</translation>
    </message>
    <message>
        <source>Hand-over from {livcr} (their case {sending}) imported as case {code}; decision signature {fingerprint} verified.</source>
        <translation>Übergabe von {livcr} (deren Fall {sending}) als Fall {code} eingelesen; Unterschrift des Beschlusses {fingerprint} geprüft.</translation>
    </message>
    <message>
        <source>The person is already known here (same names and birth date). Add --case CASE_CODE to add the signal to that case, or --new-case to open a new one.</source>
        <translation>Die Person ist hier bereits bekannt (gleiche Namen und gleiches Geburtsdatum). Geben Sie --case CASE_CODE an, um die Meldung diesem Fall hinzuzufügen, oder --new-case, um einen neuen zu eröffnen.</translation>
    </message>
    <message>
        <source>Hub access for laptop {device} written again to {file}: its old access file and password no longer work. Hand it over in person; the laptop takes it with `livcr hub take-access`.</source>
        <translation>Hub-Zugang für Laptop {device} erneut in {file} geschrieben: Die alte Zugangsdatei und das alte Passwort funktionieren nicht mehr. Übergeben Sie ihn persönlich; der Laptop übernimmt ihn mit `livcr hub take-access`.</translation>
    </message>
    <message>
        <source>Hub access for laptop {device} written to {file}. Hand it over in person; the laptop takes it with `livcr hub take-access`.</source>
        <translation>Hub-Zugang für Laptop {device} in {file} geschrieben. Übergeben Sie ihn persönlich; der Laptop übernimmt ihn mit `livcr hub take-access`.</translation>
    </message>
    <message>
        <source>This laptop&apos;s hub access is renewed. Run `livcr sync`.</source>
        <translation>Der Hub-Zugang dieses Laptops ist erneuert. Führen Sie `livcr sync` aus.</translation>
    </message>
    <message>
        <source>This laptop&apos;s hub access is renewed, but this computer has no keyring: pass the access file&apos;s password with --hub-password-file.</source>
        <translation>Der Hub-Zugang dieses Laptops ist erneuert, aber dieser Computer hat keinen Schlüsselbund: Übergeben Sie das Passwort aus der Zugangsdatei mit --hub-password-file.</translation>
    </message>
    <message>
        <source>This laptop now syncs through the hub. Run `livcr sync`.</source>
        <translation>Dieser Laptop synchronisiert jetzt über den Hub. Führen Sie `livcr sync` aus.</translation>
    </message>
    <message>
        <source>This laptop now syncs through the hub, but this computer has no keyring: pass the access file&apos;s password with --hub-password-file.</source>
        <translation>Dieser Laptop synchronisiert jetzt über den Hub, aber dieser Computer hat keinen Schlüsselbund: Übergeben Sie das Passwort aus der Zugangsdatei mit --hub-password-file.</translation>
    </message>
    <message>
        <source>change this LIVC-R&apos;s hand-over key</source>
        <translation>den Übergabeschlüssel dieses BLIS-R ändern</translation>
    </message>
    <message>
        <source>the key change, signed by the previous key, for the other LIVC-Rs</source>
        <translation>die mit dem bisherigen Schlüssel unterschriebene Schlüsseländerung für die anderen BLIS-R</translation>
    </message>
    <message>
        <source>retire the previous key at once (lost or compromised)</source>
        <translation>den bisherigen Schlüssel sofort außer Dienst stellen (verloren oder kompromittiert)</translation>
    </message>
    <message>
        <source>this LIVC-R&apos;s hand-over keys: current, previous, retired</source>
        <translation>die Übergabeschlüssel dieses BLIS-R: aktuell, früher, außer Dienst</translation>
    </message>
    <message>
        <source>retire a previous hand-over key of this LIVC-R</source>
        <translation>einen früheren Übergabeschlüssel dieses BLIS-R außer Dienst stellen</translation>
    </message>
    <message>
        <source>the key&apos;s fingerprint</source>
        <translation>der Fingerabdruck des Schlüssels</translation>
    </message>
    <message>
        <source>accept another LIVC-R&apos;s key change</source>
        <translation>die Schlüsseländerung eines anderen BLIS-R annehmen</translation>
    </message>
    <message>
        <source>the key change file</source>
        <translation>die Datei der Schlüsseländerung</translation>
    </message>
    <message>
        <source>New key; the key change is written to {file}. New fingerprint: {fingerprint}</source>
        <translation>Neuer Schlüssel; die Schlüsseländerung steht in {file}. Neuer Fingerabdruck: {fingerprint}</translation>
    </message>
    <message>
        <source>This LIVC-R has no hand-over key with this fingerprint.</source>
        <translation>Dieses BLIS-R hat keinen Übergabeschlüssel mit diesem Fingerabdruck.</translation>
    </message>
    <message>
        <source>Key {fingerprint} retired.</source>
        <translation>Schlüssel {fingerprint} außer Dienst gestellt.</translation>
    </message>
    <message>
        <source>{name}: key {previous} replaced by {fingerprint}.</source>
        <translation>{name}: Schlüssel {previous} ersetzt durch {fingerprint}.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) opened on members&apos; laptops keep their provisional number: run `livcr sync` with a coordinator&apos;s --account and --passphrase-file to give them their number of the year.</source>
        <translation>
            <numerusform>%n auf dem Laptop eines Mitglieds eröffneter Fall behält seine vorläufige Nummer: Führen Sie `livcr sync` mit --account und --passphrase-file eines Koordinators aus, um ihm seine Nummer des Jahres zu geben.</numerusform>
            <numerusform>%n auf Laptops von Mitgliedern eröffnete Fälle behalten ihre vorläufige Nummer: Führen Sie `livcr sync` mit --account und --passphrase-file eines Koordinators aus, um ihnen ihre Nummer des Jahres zu geben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave %n case(s) opened on members&apos; laptops their number: {codes}.</source>
        <translation>
            <numerusform>%n auf dem Laptop eines Mitglieds eröffneter Fall hat seine Nummer erhalten: {codes}.</numerusform>
            <numerusform>%n auf Laptops von Mitgliedern eröffnete Fälle haben ihre Nummer erhalten: {codes}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sealed the held minutes of %n meeting(s) anew for approval: their items changed on other laptops.</source>
        <translation>
            <numerusform>Protokoll von %n abgehaltenen Sitzung erneut zur Genehmigung versiegelt: seine Punkte wurden auf anderen Laptops geändert.</numerusform>
            <numerusform>Protokolle von %n abgehaltenen Sitzungen erneut zur Genehmigung versiegelt: ihre Punkte wurden auf anderen Laptops geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The held minutes of %n meeting(s) changed on other laptops and are not sealed anew, so a chair cannot approve them yet: run `livcr sync` with a coordinator&apos;s --account and --passphrase-file.</source>
        <translation>
            <numerusform>Das Protokoll von %n abgehaltenen Sitzung wurde auf anderen Laptops geändert und ist nicht erneut versiegelt, daher kann ein Vorsitzender es noch nicht genehmigen: Führen Sie `livcr sync` mit --account und --passphrase-file eines Koordinators aus.</numerusform>
            <numerusform>Die Protokolle von %n abgehaltenen Sitzungen wurden auf anderen Laptops geändert und sind nicht erneut versiegelt, daher kann ein Vorsitzender sie noch nicht genehmigen: Führen Sie `livcr sync` mit --account und --passphrase-file eines Koordinators aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the upgrade of the app, %n quarantined operation(s) checked again: {applied} applied, the others stay quarantined.</source>
        <translation>
            <numerusform>Nach dem Update der App %n Vorgang in Quarantäne erneut geprüft: {applied} angewendet, die anderen bleiben in Quarantäne.</numerusform>
            <numerusform>Nach dem Update der App %n Vorgänge in Quarantäne erneut geprüft: {applied} angewendet, die anderen bleiben in Quarantäne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushed {pushed}.</source>
        <translation>Gesendet {pushed}.</translation>
    </message>
    <message>
        <source>The hub could not be reached again: what followed the round goes out with the next sync.</source>
        <translation>Der Hub war nicht mehr erreichbar: Was auf die Synchronisierung folgte, geht mit der nächsten Synchronisierung hinaus.</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Fingerprint to compare</source>
        <translation>Zu vergleichender Fingerabdruck</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The hub knows no laptop of this LIVC-R yet.</source>
        <translation>Der Hub kennt noch keinen Laptop dieses BLIS-R.</translation>
    </message>
    <message>
        <source>coordinator&apos;s laptop</source>
        <translation>Laptop des Koordinators</translation>
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
        <source>Moved, handed over to another LIVC-R</source>
        <translation>Umgezogen, an ein anderes BLIS-R übergeben</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Field “{field}” of a {record} record</source>
        <translation>Feld „{field}“ eines Datensatzes {record}</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Diesen Wert behalten</translation>
    </message>
    <message>
        <source>(the record was deleted)</source>
        <translation>(der Datensatz wurde gelöscht)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation>eine unbekannte Person</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>von {author}</translation>
    </message>
    <message>
        <source>by {author}, {moment}</source>
        <translation>von {author}, {moment}</translation>
    </message>
    <message>
        <source>Your conflicts to resolve ({count})</source>
        <translation>Ihre zu lösenden Konflikte ({count})</translation>
    </message>
    <message>
        <source>Conflicts to resolve ({count})</source>
        <translation>Zu lösende Konflikte ({count})</translation>
    </message>
    <message>
        <source>Two people changed the same field without seeing each other&apos;s change. Both values are kept; choose the one that is right.</source>
        <translation>Zwei Personen haben dasselbe Feld geändert, ohne die Änderung der anderen zu sehen. Beide Werte sind erhalten; wählen Sie den richtigen.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
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
        <source>In place of the key file of this data folder (keyslots.json) there is a folder or another item that is not a file, and its backup copy (keyslots.json.bak) cannot be used either. Nothing was changed. Move that item out of the data folder and put the key file back from a backup, or restore the folder from a backup.</source>
        <translation>An der Stelle der Schlüsseldatei dieses Datenordners (keyslots.json) liegt ein Ordner oder ein anderes Element, das keine Datei ist, und auch ihre Sicherungskopie (keyslots.json.bak) ist unbrauchbar. Es wurde nichts geändert. Verschieben Sie dieses Element aus dem Datenordner und legen Sie die Schlüsseldatei aus einer Sicherung zurück, oder stellen Sie den Ordner aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) and its backup copy cannot be read: your user may not read them, or the disk reports an error. Nothing was changed. Ask IT to check the permissions of the data folder; if the disk is failing, restore from a backup.</source>
        <translation>Die Schlüsseldatei dieses Datenordners (keyslots.json) und ihre Sicherungskopie können nicht gelesen werden: Ihr Benutzer darf sie nicht lesen, oder der Datenträger meldet einen Fehler. Es wurde nichts geändert. Bitten Sie die IT, die Rechte des Datenordners zu prüfen; wenn der Datenträger ausfällt, stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) is far larger than a key file can be, and its backup copy cannot be used either, so neither was read. Nothing was changed. Restore the folder from a backup.</source>
        <translation>Die Schlüsseldatei dieses Datenordners (keyslots.json) ist weit größer, als eine Schlüsseldatei sein kann, und auch ihre Sicherungskopie ist unbrauchbar; deshalb wurde keine von beiden gelesen. Es wurde nichts geändert. Stellen Sie den Ordner aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) was written in a format this version of LIVC-R Desktop does not know. Nothing was changed. Install the newest version; if that does not help, restore the folder from a backup.</source>
        <translation>Die Schlüsseldatei dieses Datenordners (keyslots.json) wurde in einem Format geschrieben, das diese Version von LIVC-R Desktop nicht kennt. Es wurde nichts geändert. Installieren Sie die neueste Version; hilft das nicht, stellen Sie den Ordner aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) names, for this account, a way of deriving keys that this version does not know, and its backup copy too. Nothing was changed and no attempt was counted. Install the newest version; otherwise a coordinator signs in with the recovery key, or restore the folder from a backup.</source>
        <translation>Die Schlüsseldatei dieses Datenordners (keyslots.json) nennt für dieses Konto ein Verfahren der Schlüsselableitung, das diese Version nicht kennt, und ihre Sicherungskopie ebenso. Es wurde nichts geändert und kein Versuch gezählt. Installieren Sie die neueste Version; andernfalls meldet sich ein Koordinator mit dem Wiederherstellungsschlüssel an, oder stellen Sie den Ordner aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) holds impossible key derivation settings for this account (damaged or edited), and its backup copy too. Nothing was changed and no attempt was counted. A coordinator signs in with the recovery key to give the account a new passphrase, or restore the folder from a backup.</source>
        <translation>Die Schlüsseldatei dieses Datenordners (keyslots.json) enthält für dieses Konto unmögliche Einstellungen der Schlüsselableitung (beschädigt oder bearbeitet), und ihre Sicherungskopie ebenso. Es wurde nichts geändert und kein Versuch gezählt. Ein Koordinator meldet sich mit dem Wiederherstellungsschlüssel an, um dem Konto eine neue Passphrase zu geben, oder stellen Sie den Ordner aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>In the key file of this data folder (keyslots.json) the encoded key of this account is damaged (not valid base64, or of the wrong length), and in its backup copy too. Nothing was changed and no attempt was counted. A coordinator signs in with the recovery key to give the account a new passphrase, or restore the folder from a backup.</source>
        <translation>In der Schlüsseldatei dieses Datenordners (keyslots.json) ist der codierte Schlüssel dieses Kontos beschädigt (kein gültiges Base64 oder falsche Länge), und in ihrer Sicherungskopie ebenso. Es wurde nichts geändert und kein Versuch gezählt. Ein Koordinator meldet sich mit dem Wiederherstellungsschlüssel an, um dem Konto eine neue Passphrase zu geben, oder stellen Sie den Ordner aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) holds no key for this account, and its backup copy neither. Nothing was changed and no attempt was counted. A coordinator signs in with the recovery key to give the account a new passphrase, or restore the folder from a backup.</source>
        <translation>Die Schlüsseldatei dieses Datenordners (keyslots.json) enthält keinen Schlüssel für dieses Konto, und ihre Sicherungskopie ebenso wenig. Es wurde nichts geändert und kein Versuch gezählt. Ein Koordinator meldet sich mit dem Wiederherstellungsschlüssel an, um dem Konto eine neue Passphrase zu geben, oder stellen Sie den Ordner aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key of this account in the key file of this data folder (keyslots.json) is damaged (its checksum does not match), and in its backup copy too. Nothing was changed and no attempt was counted. A coordinator signs in with the recovery key to give the account a new passphrase, or restore the folder from a backup.</source>
        <translation>Der Schlüssel dieses Kontos in der Schlüsseldatei dieses Datenordners (keyslots.json) ist beschädigt (seine Prüfsumme stimmt nicht), und in ihrer Sicherungskopie ebenso. Es wurde nichts geändert und kein Versuch gezählt. Ein Koordinator meldet sich mit dem Wiederherstellungsschlüssel an, um dem Konto eine neue Passphrase zu geben, oder stellen Sie den Ordner aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) was changed outside LIVC-R Desktop (its checks do not match), and its backup copy too. Nothing was changed and no attempt was counted. Restore the folder from a backup, and tell the data protection officer.</source>
        <translation>Die Schlüsseldatei dieses Datenordners (keyslots.json) wurde außerhalb von LIVC-R Desktop geändert (ihre Prüfungen stimmen nicht), und ihre Sicherungskopie ebenso. Es wurde nichts geändert und kein Versuch gezählt. Stellen Sie den Ordner aus einer Sicherung wieder her und informieren Sie den Datenschutzbeauftragten.</translation>
    </message>
    <message>
        <source>The passphrase did not open the key file of this data folder (keyslots.json), and its backup copy is damaged or different, so it cannot be told whether the passphrase is wrong or the file damaged. No attempt was counted. Check the passphrase and try again; if it is right, a coordinator signs in with the recovery key, or restore the folder from a backup.</source>
        <translation>Die Passphrase hat die Schlüsseldatei dieses Datenordners (keyslots.json) nicht geöffnet, und ihre Sicherungskopie ist beschädigt oder abweichend; daher lässt sich nicht sagen, ob die Passphrase falsch oder die Datei beschädigt ist. Es wurde kein Versuch gezählt. Prüfen Sie die Passphrase und versuchen Sie es erneut; ist sie richtig, meldet sich ein Koordinator mit dem Wiederherstellungsschlüssel an, oder stellen Sie den Ordner aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The set-up of this data folder was interrupted before it was finished, so it holds no LIVC-R yet. Start it again: move keyslots.json and keyslots.json.bak out of the folder (or choose an empty folder) and set up the LIVC-R anew.</source>
        <translation>Die Einrichtung dieses Datenordners wurde unterbrochen, bevor sie abgeschlossen war; er enthält daher noch kein BLIS-R. Beginnen Sie erneut: Verschieben Sie keyslots.json und keyslots.json.bak aus dem Ordner (oder wählen Sie einen leeren Ordner) und richten Sie das BLIS-R neu ein.</translation>
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
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>TT/MM/JJJJ</translation>
    </message>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>Datum im Kalender auswählen</translation>
    </message>
</context>
<context>
    <name>DecisionCard</name>
    <message>
        <source>Withdraw the proposal</source>
        <translation>Den Vorschlag zurückziehen</translation>
    </message>
    <message>
        <source>Signed. Fingerprint of the signature: {fingerprint}</source>
        <translation>Unterschrieben. Fingerabdruck der Signatur: {fingerprint}</translation>
    </message>
    <message>
        <source>Final: signed</source>
        <translation>Endgültig: unterschrieben</translation>
    </message>
    <message>
        <source>Sign as chair…</source>
        <translation>Als Vorsitzender unterschreiben…</translation>
    </message>
    <message>
        <source>Reword…</source>
        <translation>Umformulieren…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Correct with a new decision…</source>
        <translation>Durch einen neuen Beschluss berichtigen…</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Einverstanden</translation>
    </message>
    <message>
        <source>Objects: {reason}</source>
        <translation>Einwand: {reason}</translation>
    </message>
    <message>
        <source>Left the meeting without a position: reword to go on without them</source>
        <translation>Hat die Sitzung ohne Standpunkt verlassen: Formulieren Sie den Vorschlag um, um ohne diese Person fortzufahren</translation>
    </message>
    <message>
        <source>No position yet</source>
        <translation>Noch kein Standpunkt</translation>
    </message>
    <message>
        <source>Objects…</source>
        <translation>Einwand…</translation>
    </message>
    <message>
        <source>Put to the effective participants in the room when it was put (listed below); consensus needs each of them.</source>
        <translation>Den tatsächlich teilnehmenden Mitgliedern vorgelegt, die beim Vorlegen anwesend waren (unten aufgeführt); der Konsens braucht die Zustimmung jedes Einzelnen.</translation>
    </message>
    <message>
        <source>Not put to those who had already left the meeting: {names}.</source>
        <translation>Nicht einbezogen, da sie die Sitzung bereits verlassen hatten: {names}.</translation>
    </message>
    <message>
        <source>Nobody is recorded as an effective participant of this item yet: tick who takes part in the discussion first.</source>
        <translation>Für diesen Tagesordnungspunkt ist noch kein tatsächlich teilnehmendes Mitglied erfasst: Kreuzen Sie zuerst an, wer an der Besprechung teilnimmt.</translation>
    </message>
    <message>
        <source>Proposed by {name} on {moment}.</source>
        <translation>Vorgeschlagen von {name} am {moment}.</translation>
    </message>
    <message>
        <source>Signed by {name} on {moment}.</source>
        <translation>Unterschrieben von {name} am {moment}.</translation>
    </message>
    <message>
        <source>Corrected by a later decision.</source>
        <translation>Durch einen späteren Beschluss berichtigt.</translation>
    </message>
    <message>
        <source>This decision corrects an earlier one.</source>
        <translation>Dieser Beschluss berichtigt einen früheren.</translation>
    </message>
    <message>
        <source>Signature verified ✓ · fingerprint {fingerprint}</source>
        <translation>Signatur geprüft ✓ · Fingerabdruck {fingerprint}</translation>
    </message>
    <message>
        <source>WARNING: this decision no longer verifies. {problems}</source>
        <translation>WARNUNG: Dieser Beschluss lässt sich nicht mehr verifizieren. {problems}</translation>
    </message>
</context>
<context>
    <name>DecisionCheck</name>
    <message>
        <source>The signed content cannot be read.</source>
        <translation>Der unterschriebene Inhalt kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The signature does not match the signed content.</source>
        <translation>Die Signatur passt nicht zum unterschriebenen Inhalt.</translation>
    </message>
    <message>
        <source>The signer&apos;s public key is not on this laptop, so the signature cannot be checked here.</source>
        <translation>Der öffentliche Schlüssel des Unterzeichners ist nicht auf diesem Laptop, daher kann die Signatur hier nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The signing key is not the signer&apos;s key as it was recorded.</source>
        <translation>Der Signaturschlüssel ist nicht der erfasste Schlüssel des Unterzeichners.</translation>
    </message>
    <message>
        <source>The decision in the database differs from what was signed ({what}).</source>
        <translation>Der Beschluss in der Datenbank weicht vom Unterschriebenen ab ({what}).</translation>
    </message>
    <message>
        <source>The signer did not hold the chair role for the municipality that day.</source>
        <translation>Der Unterzeichner hatte an diesem Tag nicht den Vorsitz für die Gemeinde.</translation>
    </message>
    <message>
        <source>The signature is not the one recorded in the journal when it was made.</source>
        <translation>Die Signatur ist nicht die beim Unterschreiben im Journal erfasste.</translation>
    </message>
    <message>
        <source>Decision on {code} of {day} is broken: {problem}</source>
        <translation>Beschluss zu {code} vom {day} ist beschädigt: {problem}</translation>
    </message>
    <message>
        <source>not checked here: the record of the chair&apos;s signing key, which goes only to the chair&apos;s own laptops (signed decisions: {count}); their signatures were checked with the key the chair&apos;s signed sync published</source>
        <translation>hier nicht geprüft: die Erfassung des Signaturschlüssels des Vorsitzenden, die nur auf die eigenen Laptops des Vorsitzenden gelangt (unterschriebene Beschlüsse: {count}); ihre Signaturen wurden mit dem Schlüssel geprüft, den die signierte Synchronisierung des Vorsitzenden veröffentlicht hat</translation>
    </message>
</context>
<context>
    <name>DecisionKind</name>
    <message>
        <source>Follow the case up in the LIVC-R</source>
        <translation>Den Fall im BLIS-R weiterverfolgen</translation>
    </message>
    <message>
        <source>Stop following the case up in the LIVC-R</source>
        <translation>Die Weiterverfolgung des Falls im BLIS-R beenden</translation>
    </message>
    <message>
        <source>Start a personalised guidance trajectory</source>
        <translation>Einen individuellen Begleitungsweg beginnen</translation>
    </message>
    <message>
        <source>Evaluation of the guidance trajectory</source>
        <translation>Evaluation des Begleitungswegs</translation>
    </message>
    <message>
        <source>Refer the case to the LTF</source>
        <translation>Den Fall an die LTF weiterleiten</translation>
    </message>
    <message>
        <source>Approve the feedback form to the LTF</source>
        <translation>Den Rückmeldebogen an die LTF genehmigen</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Den Fall abschließen</translation>
    </message>
    <message>
        <source>Hand the case over to another LIVC-R</source>
        <translation>Den Fall an ein anderes BLIS-R übergeben</translation>
    </message>
    <message>
        <source>Other decision</source>
        <translation>Anderer Beschluss</translation>
    </message>
    <message>
        <source>Decision of the strategic table</source>
        <translation>Beschluss des strategischen Tisches</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <source>Put a proposal…</source>
        <translation>Vorschlag vorlegen…</translation>
    </message>
    <message>
        <source>No proposal on this item yet. The table decides by consensus of the effective participants; the chair signs the outcome.</source>
        <translation>Noch kein Vorschlag zu diesem Punkt. Der Tisch beschließt im Konsens der tatsächlich teilnehmenden Mitglieder; der Vorsitzende unterschreibt das Ergebnis.</translation>
    </message>
</context>
<context>
    <name>DecisionSigning</name>
    <message>
        <source>“{wording}” is signed with the agreement of {names}; neither the wording nor the positions can change afterwards.</source>
        <translation>„{wording}“ wird mit der Zustimmung von {names} unterschrieben; danach können weder der Wortlaut noch die Standpunkte geändert werden.</translation>
    </message>
    <message>
        <source>The case moves to “{status}” at once.</source>
        <translation>Der Fall wechselt sofort zu „{status}“.</translation>
    </message>
    <message>
        <source>It corrects the earlier decision, which stays on record as corrected.</source>
        <translation>Er berichtigt den früheren Beschluss, der als berichtigt erhalten bleibt.</translation>
    </message>
    <message>
        <source>The guidance trajectory starts, led by {lead}.</source>
        <translation>Der Begleitungsweg beginnt unter der Leitung von {lead}.</translation>
    </message>
    <message>
        <source>A mistake can then only be corrected by a new decision of the table.</source>
        <translation>Ein Fehler kann danach nur noch durch einen neuen Beschluss des Tisches berichtigt werden.</translation>
    </message>
    <message>
        <source>“{wording}” is withdrawn: it stays on record as withdrawn, and the positions taken on it no longer count.</source>
        <translation>„{wording}“ wird zurückgezogen: Der Vorschlag bleibt als zurückgezogen erhalten, und die Standpunkte dazu zählen nicht mehr.</translation>
    </message>
    <message>
        <source>The table can still put a new proposal on this item.</source>
        <translation>Der Tisch kann zu diesem Punkt weiterhin einen neuen Vorschlag machen.</translation>
    </message>
    <message>
        <source>The evaluation is recorded on the guidance trajectory as decided.</source>
        <translation>Die Evaluation wird wie beschlossen beim Begleitungsweg festgehalten.</translation>
    </message>
    <message>
        <source>A running guidance trajectory of the case is closed.</source>
        <translation>Ein laufender Begleitungsweg des Falls wird abgeschlossen.</translation>
    </message>
    <message>
        <source>The referral is recorded and a draft feedback form to the LTF is opened.</source>
        <translation>Die Weiterleitung wird festgehalten, und ein Entwurf des Rückmeldebogens an die LTF wird angelegt.</translation>
    </message>
    <message>
        <source>The feedback form is approved as it stands: its content is frozen and the Information Officer may hand it to the LTF.</source>
        <translation>Der Rückmeldebogen wird so genehmigt, wie er ist: Sein Inhalt ist festgeschrieben, und der Information Officer darf ihn der LTF übergeben.</translation>
    </message>
</context>
<context>
    <name>DecisionState</name>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Umformuliert</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>Write the proposal as it is put to the table.</source>
        <translation>Schreiben Sie den Vorschlag so, wie er dem Tisch vorgelegt wird.</translation>
    </message>
    <message>
        <source>A proposal may be at most {maximum} characters.</source>
        <translation>Ein Vorschlag darf höchstens {maximum} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Choose the partner organisation that leads the trajectory.</source>
        <translation>Wählen Sie die Partnerorganisation, die den Begleitungsweg leitet.</translation>
    </message>
    <message>
        <source>Choose why the case is closed.</source>
        <translation>Wählen Sie, warum der Fall abgeschlossen wird.</translation>
    </message>
    <message>
        <source>An objection needs its reason: the table must know what blocks consensus.</source>
        <translation>Ein Einwand braucht eine Begründung: Der Tisch muss wissen, was den Konsens verhindert.</translation>
    </message>
    <message>
        <source>The strategic table takes strategic decisions only, never on a case.</source>
        <translation>Der strategische Tisch fasst nur strategische Beschlüsse, nie zu einem Fall.</translation>
    </message>
    <message>
        <source>This kind of decision is taken on a case item of the operational table.</source>
        <translation>Diese Art von Beschluss wird zu einem Fall am operativen Tisch gefasst.</translation>
    </message>
    <message>
        <source>On a topic of the operational table only an other (free-text) decision is taken.</source>
        <translation>Zu einem Thema am operativen Tisch wird nur ein anderer Beschluss (freier Text) gefasst.</translation>
    </message>
    <message>
        <source>Choose the feedback form to approve.</source>
        <translation>Wählen Sie den zu genehmigenden Rückmeldebogen.</translation>
    </message>
    <message>
        <source>Choose the hand-over the table decides on.</source>
        <translation>Wählen Sie die Übergabe, über die der Tisch beschließt.</translation>
    </message>
    <message>
        <source>This decision cannot take effect: case {code} is “{status}” and cannot become “{wanted}”.</source>
        <translation>Dieser Beschluss kann nicht wirksam werden: Fall {code} ist „{status}“ und kann nicht „{wanted}“ werden.</translation>
    </message>
    <message>
        <source>This decision does not exist.</source>
        <translation>Dieser Beschluss existiert nicht.</translation>
    </message>
    <message>
        <source>A proposal is put to the table during its meeting (or right after it).</source>
        <translation>Ein Vorschlag wird dem Tisch während seiner Sitzung (oder direkt danach) vorgelegt.</translation>
    </message>
    <message>
        <source>This item is postponed; nothing is decided on it at this meeting.</source>
        <translation>Dieser Punkt ist vertagt; in dieser Sitzung wird darüber nichts beschlossen.</translation>
    </message>
    <message>
        <source>This proposal is “{state}”: it can no longer change. A correction is a new decision.</source>
        <translation>Dieser Vorschlag ist „{state}“: Er kann sich nicht mehr ändern. Eine Berichtigung ist ein neuer Beschluss.</translation>
    </message>
    <message>
        <source>{name} is not an effective participant of this item, so their position does not count and cannot be recorded.</source>
        <translation>{name} ist kein tatsächlich teilnehmendes Mitglied dieses Punktes; der Standpunkt zählt daher nicht und kann nicht erfasst werden.</translation>
    </message>
    <message>
        <source>This proposal was put to the effective participants of the moment it was put, and {name} was not among them. Reword the proposal to put it to everyone taking part now.</source>
        <translation>Dieser Vorschlag wurde den tatsächlich teilnehmenden Mitgliedern zum Zeitpunkt des Vorlegens vorgelegt, und {name} gehörte nicht dazu. Formulieren Sie den Vorschlag um, damit er allen jetzt Teilnehmenden vorgelegt wird.</translation>
    </message>
    <message>
        <source>{name} has left the meeting, so their position can no longer be recorded. Withdraw the proposal or reword it: a new wording is put to those still taking part.</source>
        <translation>{name} hat die Sitzung verlassen; der Standpunkt kann daher nicht mehr erfasst werden. Ziehen Sie den Vorschlag zurück oder formulieren Sie ihn um: Eine neue Fassung wird denen vorgelegt, die noch teilnehmen.</translation>
    </message>
    <message>
        <source>Nobody in the room is ticked as an effective participant of this item. Tick who takes part in the discussion first: the proposal is put to exactly those people.</source>
        <translation>Niemand im Raum ist als tatsächlich teilnehmendes Mitglied dieses Punktes angekreuzt. Kreuzen Sie zuerst an, wer an der Besprechung teilnimmt: Der Vorschlag wird genau diesen Personen vorgelegt.</translation>
    </message>
    <message>
        <source>Only the participant, or whoever runs the meeting, records a position.</source>
        <translation>Nur der Teilnehmer selbst oder wer die Sitzung leitet, erfasst einen Standpunkt.</translation>
    </message>
    <message>
        <source>There is no consensus on this proposal ({outcome}); it cannot be signed.</source>
        <translation>Zu diesem Vorschlag besteht kein Konsens ({outcome}); er kann nicht unterschrieben werden.</translation>
    </message>
    <message>
        <source>Only the chair of {municipality} (the mayor or their representative) signs decisions on this case, and you do not hold that role today.</source>
        <translation>Nur der Vorsitzende von {municipality} (der Bürgermeister oder sein Vertreter) unterschreibt Beschlüsse zu diesem Fall, und diese Rolle haben Sie heute nicht.</translation>
    </message>
    <message>
        <source>Decisions of the strategic table are signed by the chair of the meeting.</source>
        <translation>Beschlüsse des strategischen Tisches unterschreibt der Vorsitzende der Sitzung.</translation>
    </message>
    <message>
        <source>The lead organisation is not in the register or no longer active.</source>
        <translation>Die federführende Organisation steht nicht im Register oder ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <source>Only a signed decision on the same case can be corrected by a new decision.</source>
        <translation>Nur ein unterschriebener Beschluss zum selben Fall kann durch einen neuen Beschluss berichtigt werden.</translation>
    </message>
    <message>
        <source>This decision has already been corrected by a later decision.</source>
        <translation>Dieser Beschluss wurde bereits durch einen späteren Beschluss berichtigt.</translation>
    </message>
    <message>
        <source>This passphrase is not right. Signing needs your own passphrase.</source>
        <translation>Diese Passphrase stimmt nicht. Zum Unterschreiben ist Ihre eigene Passphrase nötig.</translation>
    </message>
    <message>
        <source>The police cannot lead a guidance trajectory: choose a social or municipal partner. The police may still take part in the case consultation.</source>
        <translation>Die Polizei kann nicht federführender Partner eines Begleitungswegs sein: Wählen Sie einen sozialen oder kommunalen Partner. An der Fallbesprechung kann die Polizei weiterhin teilnehmen.</translation>
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
    <name>DetailsDialog</name>
    <message>
        <source>Trajectory details</source>
        <translation>Angaben zum Begleitungsweg</translation>
    </message>
    <message>
        <source>The lead partner is {lead}: the table chose it. The case manager is someone of the lead partner who is invited to the case.</source>
        <translation>Federführender Partner ist {lead}: Der Tisch hat ihn gewählt. Fallmanager ist eine Person des federführenden Partners, die zum Fall eingeladen ist.</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Fallmanager</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(noch nicht bestimmt)</translation>
    </message>
    <message>
        <source>The person&apos;s engagement</source>
        <translation>Mitwirkung der Person</translation>
    </message>
    <message>
        <source>Evaluate every</source>
        <translation>Evaluieren alle</translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>Monat</numerusform>
            <numerusform>Monate</numerusform>
        </translation>
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
    <name>DossierDecisions</name>
    <message>
        <source>No decisions on this case yet. Decisions are taken by consensus at the operational table and signed by the chair.</source>
        <translation>Noch keine Beschlüsse zu diesem Fall. Beschlüsse werden am operativen Tisch im Konsens gefasst und vom Vorsitzenden unterschrieben.</translation>
    </message>
    <message>
        <source>Final: signed</source>
        <translation>Endgültig: unterschrieben</translation>
    </message>
    <message>
        <source>Meeting of {day}</source>
        <translation>Sitzung vom {day}</translation>
    </message>
    <message>
        <source>Lead partner: {name}</source>
        <translation>Federführender Partner: {name}</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Einverstanden</translation>
    </message>
    <message>
        <source>Objects: {reason}</source>
        <translation>Einwand: {reason}</translation>
    </message>
    <message>
        <source>No position yet</source>
        <translation>Noch kein Standpunkt</translation>
    </message>
    <message>
        <source>Signed by {name} on {moment}.</source>
        <translation>Unterschrieben von {name} am {moment}.</translation>
    </message>
    <message>
        <source>Corrected by a later decision.</source>
        <translation>Durch einen späteren Beschluss berichtigt.</translation>
    </message>
    <message>
        <source>Signature verified ✓ · fingerprint {fingerprint}</source>
        <translation>Signatur geprüft ✓ · Fingerabdruck {fingerprint}</translation>
    </message>
    <message>
        <source>WARNING: this decision no longer verifies. {problems}</source>
        <translation>WARNUNG: Dieser Beschluss lässt sich nicht mehr verifizieren. {problems}</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message numerus="yes">
        <source>WARNING: %n signed decision(s) of this case failed verification. See the Decisions tab and run a verification of the database.</source>
        <translation>
            <numerusform>WARNUNG: %n unterschriebener Beschluss dieses Falls lässt sich nicht mehr verifizieren. Siehe die Registerkarte Beschlüsse und prüfen Sie die Datenbank.</numerusform>
            <numerusform>WARNUNG: %n unterschriebene Beschlüsse dieses Falls lassen sich nicht mehr verifizieren. Siehe die Registerkarte Beschlüsse und prüfen Sie die Datenbank.</numerusform>
        </translation>
    </message>
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
        <translation>Wählen Sie in der Liste die zu beendende Verknüpfung.</translation>
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
        <source>Reopen…</source>
        <translation>Wiedereröffnen…</translation>
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
        <translation>Gemeinde…</translation>
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
        <translation>Ausgewählte Verknüpfung beenden</translation>
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
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <source>Feedback to the LTF</source>
        <translation>Rückmeldung an die LTF</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Übergabe</translation>
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
    <name>Engagement</name>
    <message>
        <source>Not recorded yet</source>
        <translation>Noch nicht erfasst</translation>
    </message>
    <message>
        <source>Takes part voluntarily</source>
        <translation>Nimmt freiwillig teil</translation>
    </message>
    <message>
        <source>Hesitant</source>
        <translation>Zögert</translation>
    </message>
    <message>
        <source>Refuses</source>
        <translation>Lehnt ab</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message numerus="yes">
        <source>The person&apos;s identity, notes, signals, summaries, trajectory updates and evaluations, decision wordings and feedback forms of %n case(s) ({codes}) are erased on this laptop.</source>
        <translation>
            <numerusform>Die Identität der Person, die Notizen, Meldungen, Zusammenfassungen, Begleitungsvermerke und Bewertungen, die Wortlaute der Beschlüsse und die Rückmeldeformulare von %n Fall ({codes}) werden auf diesem Laptop gelöscht.</numerusform>
            <numerusform>Die Identität der Personen, die Notizen, Meldungen, Zusammenfassungen, Begleitungsvermerke und Bewertungen, die Wortlaute der Beschlüsse und die Rückmeldeformulare von %n Fällen ({codes}) werden auf diesem Laptop gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>{count} weitere</translation>
    </message>
    <message>
        <source>Every other laptop erases them at its next sync; the hub destroys the keys of these cases, so old copies and bundles can no longer be opened; a backup restored later erases them again.</source>
        <translation>Jeder andere Laptop löscht sie bei seiner nächsten Synchronisierung; der Hub vernichtet die Schlüssel dieser Fälle, sodass alte Kopien und Bündel nicht mehr geöffnet werden können; eine später wiederhergestellte Sicherung löscht sie erneut.</translation>
    </message>
    <message>
        <source>What stays: the case codes, municipalities, dates, statuses, reasons and kinds, so the figures still count these cases.</source>
        <translation>Was bleibt: die Fallnummern, Gemeinden, Daten, Status, Gründe und Arten, sodass die Zahlen diese Fälle weiterhin zählen.</translation>
    </message>
    <message>
        <source>The journal keeps each operation&apos;s place and signature (not its content), and the erasure register gets one entry per case, without a name.</source>
        <translation>Das Journal behält Platz und Signatur jedes Vorgangs (nicht seinen Inhalt), und das Löschungsregister erhält einen Eintrag je Fall, ohne Namen.</translation>
    </message>
    <message>
        <source>This case was not found.</source>
        <translation>Dieser Fall wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Choose at least one case to erase.</source>
        <translation>Wählen Sie mindestens einen Fall zum Löschen.</translation>
    </message>
    <message>
        <source>Case {code} was erased already, on {day}.</source>
        <translation>Fall {code} wurde bereits gelöscht, am {day}.</translation>
    </message>
    <message>
        <source>Case {code} has not reached its retention term and has no granted erasure request: it cannot be erased.</source>
        <translation>Fall {code} hat seine Aufbewahrungsfrist nicht erreicht und hat keinen stattgegebenen Löschungsantrag: Er kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The erasure of case {code} has not been decided: the house rules say the operational table decides, and no signed decision on its proposal exists yet.</source>
        <translation>Über die Löschung von Fall {code} wurde nicht beschlossen: Nach der Geschäftsordnung beschließt der operative Tisch, und es gibt noch keinen unterzeichneten Beschluss zum Vorschlag.</translation>
    </message>
    <message>
        <source>The erasure of case {code} has not been confirmed by the data-protection officer, as the house rules require.</source>
        <translation>Die Löschung von Fall {code} wurde nicht vom Datenschutzbeauftragten bestätigt, wie es die Geschäftsordnung verlangt.</translation>
    </message>
    <message>
        <source>The house rules say the operational table decides erasures: the data-protection officer&apos;s confirmation is not used.</source>
        <translation>Nach der Geschäftsordnung beschließt der operative Tisch über Löschungen: Die Bestätigung des Datenschutzbeauftragten wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The erasure of case {code} is confirmed already.</source>
        <translation>Die Löschung von Fall {code} ist bereits bestätigt.</translation>
    </message>
</context>
<context>
    <name>ErasureTab</name>
    <message>
        <source>Signed decision of the operational table</source>
        <translation>Unterzeichneter Beschluss des operativen Tisches</translation>
    </message>
    <message>
        <source>Coordinator, confirmed by the DPO</source>
        <translation>Koordinator, bestätigt durch den DSB</translation>
    </message>
    <message>
        <source>{how}; carried out by {name}</source>
        <translation>{how}; ausgeführt von {name}</translation>
    </message>
    <message>
        <source>Granted erasure request</source>
        <translation>Stattgegebener Löschungsantrag</translation>
    </message>
    <message>
        <source>Decided by the operational table</source>
        <translation>Vom operativen Tisch beschlossen</translation>
    </message>
    <message>
        <source>Waiting for the table&apos;s signed decision</source>
        <translation>Wartet auf den unterzeichneten Beschluss des Tisches</translation>
    </message>
    <message>
        <source>Confirmed by the DPO</source>
        <translation>Vom DSB bestätigt</translation>
    </message>
    <message>
        <source>Waiting for the DPO&apos;s confirmation</source>
        <translation>Wartet auf die Bestätigung des DSB</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n case(s)</source>
        <translation>
            <numerusform>%n Fall löschen</numerusform>
            <numerusform>%n Fälle löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Löschen läuft</translation>
    </message>
    <message numerus="yes">
        <source>Erasing %n case(s)…</source>
        <translation>
            <numerusform>%n Fall wird gelöscht…</numerusform>
            <numerusform>%n Fälle werden gelöscht…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) erased.</source>
        <translation>
            <numerusform>%n Fall gelöscht.</numerusform>
            <numerusform>%n Fälle gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed to the operational table: case {code}.</source>
        <translation>Dem operativen Tisch vorgeschlagen: Fall {code}.</translation>
    </message>
    <message>
        <source>Erasure of case {code} confirmed.</source>
        <translation>Löschung von Fall {code} bestätigt.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Fällig seit</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Gelöscht am</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beschlossen durch</translation>
    </message>
    <message>
        <source>the operational table decides each erasure by a signed decision</source>
        <translation>beschließt der operative Tisch jede Löschung durch einen unterzeichneten Beschluss</translation>
    </message>
    <message>
        <source>the coordinator decides each erasure with the DPO&apos;s confirmation</source>
        <translation>beschließt der Koordinator jede Löschung mit der Bestätigung des DSB</translation>
    </message>
    <message>
        <source>Cases that reached their retention term, or with a granted erasure request. Under the house rules in force {who}; once decided, the coordinator carries the erasure out here.</source>
        <translation>Fälle, die ihre Aufbewahrungsfrist erreicht haben oder für die einem Löschungsantrag stattgegeben wurde. Nach der geltenden Geschäftsordnung {who}; nach dem Beschluss führt der Koordinator die Löschung hier aus.</translation>
    </message>
    <message>
        <source>No case is waiting to be erased.</source>
        <translation>Kein Fall wartet auf die Löschung.</translation>
    </message>
    <message>
        <source>Erase the selected cases…</source>
        <translation>Ausgewählte Fälle löschen…</translation>
    </message>
    <message>
        <source>Confirm the erasure (DPO)</source>
        <translation>Löschung bestätigen (DSB)</translation>
    </message>
    <message>
        <source>Propose to the operational table</source>
        <translation>Dem operativen Tisch vorschlagen</translation>
    </message>
    <message>
        <source>For a case with a granted erasure request. A case that reached its retention term is proposed from the tab &quot;Reached their term&quot;.</source>
        <translation>Für einen Fall mit einem stattgegebenen Antrag auf Löschung. Ein Fall, der seine Aufbewahrungsfrist erreicht hat, wird im Reiter „Frist erreicht“ vorgeschlagen.</translation>
    </message>
    <message>
        <source>Erasure register</source>
        <translation>Löschungsregister</translation>
    </message>
</context>
<context>
    <name>ErasureTopic</name>
    <message>
        <source>Nothing is written on a proposed erasure: the table decides the erasure; what is said about the case belongs in the case.</source>
        <translation>Zu einer vorgeschlagenen Löschung wird nichts geschrieben: Der Tisch beschließt die Löschung; was über den Fall gesagt wird, gehört in den Fall.</translation>
    </message>
    <message>
        <source>The wording of an erasure decision is fixed: the table decides the erasure as proposed.</source>
        <translation>Der Wortlaut eines Löschungsbeschlusses ist festgelegt: Der Tisch beschließt die Löschung wie vorgeschlagen.</translation>
    </message>
    <message>
        <source>A proposed erasure is put on the agenda from the retention list, and its title is fixed.</source>
        <translation>Eine vorgeschlagene Löschung kommt aus der Aufbewahrungsliste auf die Tagesordnung, und ihr Titel ist festgelegt.</translation>
    </message>
    <message>
        <source>The operational table decides the erasure as proposed: {topic}.</source>
        <translation>Der operative Tisch beschließt die Löschung wie vorgeschlagen: {topic}.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluation of {code}</source>
        <translation>Evaluation von {code}</translation>
    </message>
    <message>
        <source>Rate every life domain as it stands now, also where things go well. Once recorded the evaluation is not changed; the table decides on your proposal at its next meeting.</source>
        <translation>Bewerten Sie jeden Lebensbereich, wie er jetzt steht, auch dort, wo es gut läuft. Einmal erfasst, wird die Evaluation nicht mehr geändert; der Tisch entscheidet in seiner nächsten Sitzung über Ihren Vorschlag.</translation>
    </message>
    <message>
        <source>It was due on {due}.</source>
        <translation>Sie war am {due} fällig.</translation>
    </message>
    <message>
        <source>It is due on {due}.</source>
        <translation>Sie ist am {due} fällig.</translation>
    </message>
    <message>
        <source>“Last time” is the evaluation of {day}.</source>
        <translation>„Letztes Mal“ ist die Evaluation vom {day}.</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Evaluiert am</translation>
    </message>
    <message>
        <source>Every life domain, as it stands now</source>
        <translation>Jeder Lebensbereich, wie er jetzt steht</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Schutzfaktoren</translation>
    </message>
    <message>
        <source>What supports the person: people, activities, strengths</source>
        <translation>Was die Person stützt: Menschen, Aktivitäten, Stärken</translation>
    </message>
    <message>
        <source>Proposal to the table</source>
        <translation>Vorschlag an den Tisch</translation>
    </message>
    <message>
        <source>Choose a proposal…</source>
        <translation>Vorschlag wählen…</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>EvaluationProposal</name>
    <message>
        <source>Continue the trajectory as it is</source>
        <translation>Den Begleitungsweg unverändert fortsetzen</translation>
    </message>
    <message>
        <source>Adjust the goals or actions</source>
        <translation>Ziele oder Maßnahmen anpassen</translation>
    </message>
    <message>
        <source>Close the trajectory</source>
        <translation>Den Begleitungsweg abschließen</translation>
    </message>
    <message>
        <source>Refer the case to the LTF</source>
        <translation>Den Fall an die LTF weiterleiten</translation>
    </message>
</context>
<context>
    <name>Evaluations</name>
    <message>
        <source>Rate every life domain before recording the evaluation. Still without a rating: {domains}.</source>
        <translation>Bewerten Sie jeden Lebensbereich, bevor Sie die Evaluation erfassen. Noch ohne Bewertung: {domains}.</translation>
    </message>
    <message>
        <source>The life domain “{domain}” is no longer in use; reopen the form.</source>
        <translation>Der Lebensbereich „{domain}“ ist nicht mehr in Gebrauch; öffnen Sie das Formular erneut.</translation>
    </message>
    <message>
        <source>Choose what the evaluation proposes to the table.</source>
        <translation>Wählen Sie, was die Evaluation dem Tisch vorschlägt.</translation>
    </message>
    <message>
        <source>Explain the proposal in a few sentences for the table.</source>
        <translation>Begründen Sie den Vorschlag in einigen Sätzen für den Tisch.</translation>
    </message>
    <message>
        <source>A note on a life domain may be at most {maximum} characters.</source>
        <translation>Eine Notiz zu einem Lebensbereich darf höchstens {maximum} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This text may be at most {maximum} characters.</source>
        <translation>Dieser Text darf höchstens {maximum} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The date of the evaluation cannot be in the future.</source>
        <translation>Das Datum der Evaluation darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The trajectory started on {start}; an evaluation cannot be dated before it.</source>
        <translation>Der Begleitungsweg begann am {start}; eine Evaluation kann nicht früher datiert sein.</translation>
    </message>
</context>
<context>
    <name>EvaluationsSection</name>
    <message>
        <source>decided on {day}</source>
        <translation>entschieden am {day}</translation>
    </message>
    <message>
        <source>waiting for the table</source>
        <translation>wartet auf den Tisch</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Evaluiert am</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Proposal to the table</source>
        <translation>Vorschlag an den Tisch</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Schutzfaktoren</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>The table&apos;s decision</source>
        <translation>Entscheidung des Tisches</translation>
    </message>
    <message>
        <source>Record an evaluation…</source>
        <translation>Evaluation erfassen…</translation>
    </message>
    <message numerus="yes">
        <source>The next evaluation is due on {day}; after that, one every %n month(s).</source>
        <translation>
            <numerusform>Die nächste Evaluation ist am {day} fällig; danach eine alle %n Monat.</numerusform>
            <numerusform>Die nächste Evaluation ist am {day} fällig; danach eine alle %n Monate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export changes for a laptop without a network</source>
        <translation>Änderungen für einen Laptop ohne Netzwerk exportieren</translation>
    </message>
    <message>
        <source>The bundle holds the changes that member&apos;s laptop does not have yet, and only what that member may see. It is encrypted for their laptop and signed by this one: carry it on a USB stick or leave it in a shared folder, and import it there with “Import changes…”.</source>
        <translation>Das Paket enthält die Änderungen, die dem Laptop dieses Mitglieds noch fehlen, und nur das, was dieses Mitglied sehen darf. Es ist für dessen Laptop verschlüsselt und von diesem signiert: Bringen Sie es auf einem USB-Stick hinüber oder legen Sie es in einen freigegebenen Ordner, und importieren Sie es dort mit „Änderungen importieren…“.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>FeedbackArea</name>
    <message>
        <source>Export the register</source>
        <translation>Register exportieren</translation>
    </message>
    <message>
        <source>signed: {name}</source>
        <translation>unterzeichnet: {name}</translation>
    </message>
    <message>
        <source>Select a form in the list first.</source>
        <translation>Wählen Sie zuerst einen Bogen in der Liste aus.</translation>
    </message>
    <message>
        <source>register-ltf-{date}.csv</source>
        <translation>register-ltf-{date}.csv</translation>
    </message>
    <message>
        <source>Feedback to the LTF</source>
        <translation>Rückmeldung an die LTF</translation>
    </message>
    <message>
        <source>The only channel from the LIVC-R to the police: a form goes to the LTF only after the consensus of every effective participant, signed by the chair, and never with what was shared under professional secrecy.</source>
        <translation>Der einzige Weg vom BLIS-R zur Polizei: Ein Bogen geht erst nach dem Konsens jedes tatsächlich teilnehmenden Mitglieds, vom Vorsitzenden unterzeichnet, an die LTF, und nie mit dem, was unter dem Berufsgeheimnis geteilt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) exported.</source>
        <translation>
            <numerusform>%n Bogen exportiert.</numerusform>
            <numerusform>%n Bögen exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>To hand over</source>
        <translation>Zu übergeben</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>For the LTF</source>
        <translation>Für die LTF</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Ansehen und drucken…</translation>
    </message>
    <message>
        <source>Handed to the LTF…</source>
        <translation>Der LTF übergeben…</translation>
    </message>
    <message>
        <source>Answer of the LTF…</source>
        <translation>Antwort der LTF…</translation>
    </message>
    <message>
        <source>Only you, as Information Officer, record the hand-over and the LTF&apos;s answer. Record only unclassified information.</source>
        <translation>Nur Sie als Information Officer erfassen die Übergabe und die Antwort der LTF. Erfassen Sie nur nicht eingestufte Informationen.</translation>
    </message>
    <message>
        <source>Register of what flowed</source>
        <translation>Register dessen, was weitergegeben wurde</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Ansehen…</translation>
    </message>
    <message>
        <source>Export (CSV)…</source>
        <translation>Exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Hand-overs to other LIVC-Rs</source>
        <translation>Übergaben an andere BLIS-R</translation>
    </message>
</context>
<context>
    <name>FeedbackComposer</name>
    <message>
        <source>Feedback form no. {number} to the LTF – {code}</source>
        <translation>Rückmeldebogen Nr. {number} an die LTF – {code}</translation>
    </message>
    <message>
        <source>Before the table can approve this form:</source>
        <translation>Bevor der Tisch diesen Bogen genehmigen kann:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The approval is put to the table. The form is approved once every effective participant agrees and the chair signs the decision in the meeting.</source>
        <translation>Die Genehmigung liegt dem Tisch vor. Der Bogen ist genehmigt, sobald jedes tatsächlich teilnehmende Mitglied zustimmt und der Vorsitzende den Beschluss in der Sitzung unterzeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>Confidential information is repeated in %n text(s) (marked ⚠).</source>
        <translation>
            <numerusform>%n Text überschneidet sich mit vertraulichen Informationen (mit ⚠ markiert).</numerusform>
            <numerusform>%n Texte überschneiden sich mit vertraulichen Informationen (mit ⚠ markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback form to the LTF</source>
        <translation>Rückmeldebogen an die LTF</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Sprache des Bogens</translation>
    </message>
    <message>
        <source>For the LTF</source>
        <translation>Für die LTF</translation>
    </message>
    <message>
        <source>Reference known to the LTF</source>
        <translation>Der LTF bekanntes Aktenzeichen</translation>
    </message>
    <message>
        <source>Consultations concerned</source>
        <translation>Betroffene Fallbesprechungen</translation>
    </message>
    <message>
        <source>Followed up in the LIVC-R</source>
        <translation>Im BLIS-R weiterverfolgt</translation>
    </message>
    <message>
        <source>Guidance trajectory started</source>
        <translation>Begleitungsweg begonnen</translation>
    </message>
    <message>
        <source>Kind of service carrying it</source>
        <translation>Art des tragenden Dienstes</translation>
    </message>
    <message>
        <source>Save the details</source>
        <translation>Angaben speichern</translation>
    </message>
    <message>
        <source>✓ What flows to the LTF</source>
        <translation>✓ Was an die LTF geht</translation>
    </message>
    <message>
        <source>✗ What does NOT flow to the LTF</source>
        <translation>✗ Was NICHT an die LTF geht</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Grund für die Weiterleitung</translation>
    </message>
    <message>
        <source>Information the table shares (one item each)</source>
        <translation>Informationen, die der Tisch weitergibt (ein Punkt je Information)</translation>
    </message>
    <message>
        <source>Always on the form: the table can add to this list, never remove from it.</source>
        <translation>Steht immer auf dem Bogen: Der Tisch kann diese Liste ergänzen, nie kürzen.</translation>
    </message>
    <message>
        <source>Also kept back</source>
        <translation>Ebenfalls nicht weitergegeben</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Ansehen…</translation>
    </message>
    <message>
        <source>Put to the table for approval</source>
        <translation>Dem Tisch zur Genehmigung vorlegen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <source>Referral of the case to the LTF</source>
        <translation>Weiterleitung des Falls an die LTF</translation>
    </message>
    <message>
        <source>Report back on a case the LTF passed to the LIVC-R</source>
        <translation>Rückmeldung zu einem Fall, den die LTF an das BLIS-R weitergegeben hat</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The content of the case consultation covered by shared professional secrecy (art. 458ter Criminal Code)</source>
        <translation>Der Inhalt der Fallbesprechung, der unter das geteilte Berufsgeheimnis fällt (Art. 458ter StGB)</translation>
    </message>
    <message>
        <source>The updates and evaluations of the guidance trajectory</source>
        <translation>Die Verlaufsberichte und Bewertungen des Begleitungswegs</translation>
    </message>
    <message>
        <source>The notes of the partners and of the LIVC-R</source>
        <translation>Die Notizen der Partner und des BLIS-R</translation>
    </message>
    <message>
        <source>The identity of the person or service that signalled the concern</source>
        <translation>Die Identität der Person oder des Dienstes, die die Sorge gemeldet hat</translation>
    </message>
    <message>
        <source>Write the text of the item.</source>
        <translation>Schreiben Sie den Text des Punktes.</translation>
    </message>
    <message>
        <source>An item may be at most {maximum} characters: split it into separate items.</source>
        <translation>Ein Punkt darf höchstens {maximum} Zeichen lang sein: Teilen Sie ihn in einzelne Punkte auf.</translation>
    </message>
    <message>
        <source>The name of the LTF is too long.</source>
        <translation>Der Name der LTF ist zu lang.</translation>
    </message>
    <message>
        <source>The reference may be at most {maximum} characters.</source>
        <translation>Das Aktenzeichen darf höchstens {maximum} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A consultation date cannot be in the future.</source>
        <translation>Ein Besprechungsdatum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>A form names at most {maximum} consultation dates.</source>
        <translation>Ein Bogen nennt höchstens {maximum} Besprechungsdaten.</translation>
    </message>
    <message>
        <source>A feedback form is written in Dutch, French or German.</source>
        <translation>Ein Rückmeldebogen wird auf Niederländisch, Französisch oder Deutsch verfasst.</translation>
    </message>
    <message>
        <source>The feedback form cannot be printed in {language}: {count} of its texts are not yet translated into that language. Choose another language for the form, or have the translation completed first.</source>
        <translation>Der Rückmeldebogen kann nicht in der Sprache {language} gedruckt werden: {count} seiner Texte sind noch nicht in diese Sprache übersetzt. Wählen Sie eine andere Sprache für den Bogen oder lassen Sie zuerst die Übersetzung vervollständigen.</translation>
    </message>
    <message>
        <source>Name the kind of service only when a guidance trajectory was started.</source>
        <translation>Nennen Sie die Art des Dienstes nur, wenn ein Begleitungsweg begonnen wurde.</translation>
    </message>
    <message>
        <source>Name the LTF the form is for.</source>
        <translation>Nennen Sie die LTF, für die der Bogen bestimmt ist.</translation>
    </message>
    <message>
        <source>Give the reference by which the LTF knows the person.</source>
        <translation>Geben Sie das Aktenzeichen an, unter dem die LTF die Person kennt.</translation>
    </message>
    <message>
        <source>Give the date of at least one consultation.</source>
        <translation>Geben Sie das Datum mindestens einer Besprechung an.</translation>
    </message>
    <message>
        <source>Give the reason for the referral.</source>
        <translation>Geben Sie den Grund für die Weiterleitung an.</translation>
    </message>
    <message>
        <source>State whether the case is followed up in the LIVC-R.</source>
        <translation>Geben Sie an, ob der Fall im BLIS-R weiterverfolgt wird.</translation>
    </message>
    <message>
        <source>State which kind of service carries the guidance trajectory.</source>
        <translation>Geben Sie an, welche Art von Dienst den Begleitungsweg trägt.</translation>
    </message>
    <message>
        <source>This feedback form does not exist.</source>
        <translation>Dieser Rückmeldebogen existiert nicht.</translation>
    </message>
    <message>
        <source>Your role does not allow you to see or change this feedback form.</source>
        <translation>Ihre Rolle erlaubt Ihnen nicht, diesen Rückmeldebogen einzusehen oder zu ändern.</translation>
    </message>
    <message>
        <source>Choose an existing feedback form of this case.</source>
        <translation>Wählen Sie einen vorhandenen Rückmeldebogen dieses Falls.</translation>
    </message>
    <message>
        <source>This feedback form belongs to another case; approve it on that case&apos;s item.</source>
        <translation>Dieser Rückmeldebogen gehört zu einem anderen Fall; genehmigen Sie ihn beim Tagesordnungspunkt dieses Falls.</translation>
    </message>
    <message>
        <source>This feedback form is “{status}”: only a draft can be approved. A change means a new version and a new consensus.</source>
        <translation>Dieser Rückmeldebogen ist „{status}“: Nur ein Entwurf kann genehmigt werden. Eine Änderung erfordert eine neue Fassung und einen neuen Konsens.</translation>
    </message>
    <message>
        <source>The feedback form is not ready for approval: {missing}</source>
        <translation>Der Rückmeldebogen ist noch nicht bereit zur Genehmigung: {missing}</translation>
    </message>
    <message numerus="yes">
        <source>Confidential information is repeated in %n text(s) of the feedback form. Remove the passages or confirm they are not covered by professional secrecy before the table approves the form.</source>
        <translation>
            <numerusform>%n Text des Rückmeldebogens überschneidet sich mit vertraulichen Informationen. Entfernen Sie die Passagen oder bestätigen Sie, dass sie nicht unter das Berufsgeheimnis fallen, bevor der Tisch den Bogen genehmigt.</numerusform>
            <numerusform>%n Texte des Rückmeldebogens überschneiden sich mit vertraulichen Informationen. Entfernen Sie die Passagen oder bestätigen Sie, dass sie nicht unter das Berufsgeheimnis fallen, bevor der Tisch den Bogen genehmigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A feedback form is approved only with the agreement of every effective participant.</source>
        <translation>Ein Rückmeldebogen wird nur mit der Zustimmung jedes tatsächlich teilnehmenden Mitglieds genehmigt.</translation>
    </message>
    <message>
        <source>Form no. {number} ({purpose})</source>
        <translation>Bogen Nr. {number} ({purpose})</translation>
    </message>
    <message>
        <source>This feedback form is “{status}” and can no longer change. A change means a new version, approved again by consensus.</source>
        <translation>Dieser Rückmeldebogen ist „{status}“ und kann nicht mehr geändert werden. Eine Änderung erfordert eine neue Fassung, die erneut im Konsens genehmigt wird.</translation>
    </message>
    <message>
        <source>This item is not on the form any more.</source>
        <translation>Dieser Punkt steht nicht mehr auf dem Bogen.</translation>
    </message>
    <message>
        <source>Only an approved form gets a new version; change the draft itself instead.</source>
        <translation>Nur ein genehmigter Bogen erhält eine neue Fassung; ändern Sie sonst den Entwurf selbst.</translation>
    </message>
    <message>
        <source>A new version of this form is already being drafted.</source>
        <translation>Eine neue Fassung dieses Bogens wird bereits entworfen.</translation>
    </message>
    <message>
        <source>The case is not on the agenda of a meeting that is running: the table approves a form during its meeting.</source>
        <translation>Der Fall steht nicht auf der Tagesordnung einer laufenden Sitzung: Der Tisch genehmigt einen Bogen während seiner Sitzung.</translation>
    </message>
    <message>
        <source>Approve feedback form no. {number} to the LTF ({purpose}).</source>
        <translation>Genehmigung des Rückmeldebogens Nr. {number} an die LTF ({purpose}).</translation>
    </message>
    <message>
        <source>Feedback form no. {number} of case {code} no longer matches what the table approved.</source>
        <translation>Rückmeldebogen Nr. {number} des Falls {code} stimmt nicht mehr mit dem überein, was der Tisch genehmigt hat.</translation>
    </message>
</context>
<context>
    <name>FeedbackHandOver</name>
    <message>
        <source>Form no. {number} of {code} is recorded as handed to {ltf} on {day}.</source>
        <translation>Bogen Nr. {number} von {code} wird als am {day} an {ltf} übergeben festgehalten.</translation>
    </message>
    <message>
        <source>The register of what flowed to the LTF keeps it for good; the form can no longer be withdrawn or replaced.</source>
        <translation>Das Register dessen, was an die LTF ging, bewahrt dies dauerhaft; der Bogen kann nicht mehr zurückgezogen oder ersetzt werden.</translation>
    </message>
    <message>
        <source>Form no. {number} of {code} is withdrawn: it stays on record, and can no longer be changed, approved or handed to the LTF.</source>
        <translation>Bogen Nr. {number} von {code} wird zurückgezogen: Er bleibt erhalten und kann nicht mehr geändert, genehmigt oder der LTF übergeben werden.</translation>
    </message>
    <message>
        <source>Enter to which LTF the form was handed.</source>
        <translation>Geben Sie an, welcher LTF der Bogen übergeben wurde.</translation>
    </message>
    <message>
        <source>The answer of the LTF can be recorded when it comes.</source>
        <translation>Die Antwort der LTF kann festgehalten werden, sobald sie eintrifft.</translation>
    </message>
</context>
<context>
    <name>FeedbackPdf</name>
    <message>
        <source>LIVC-R</source>
        <translation>BLIS-R</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>For the LTF</source>
        <translation>Für die LTF</translation>
    </message>
    <message>
        <source>Reference known to the LTF</source>
        <translation>Der LTF bekanntes Aktenzeichen</translation>
    </message>
    <message>
        <source>Case code of the LIVC-R</source>
        <translation>Fallnummer des BLIS-R</translation>
    </message>
    <message>
        <source>Category in the Common Database (as shared by the IO)</source>
        <translation>Kategorie in der Gemeinsamen Datenbank (wie vom IO mitgeteilt)</translation>
    </message>
    <message>
        <source>Consultations concerned</source>
        <translation>Betroffene Fallbesprechungen</translation>
    </message>
    <message>
        <source>no. {number}</source>
        <translation>Nr. {number}</translation>
    </message>
    <message>
        <source>replaces an earlier version of this form</source>
        <translation>ersetzt eine frühere Fassung dieses Bogens</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Bogen</translation>
    </message>
    <message>
        <source>The case is referred to the LTF</source>
        <translation>Der Fall wird an die LTF weitergeleitet</translation>
    </message>
    <message>
        <source>The case is followed up in the LIVC-R</source>
        <translation>Der Fall wird im BLIS-R weiterverfolgt</translation>
    </message>
    <message>
        <source>The follow-up in the LIVC-R is stopped</source>
        <translation>Die Weiterverfolgung im BLIS-R wird beendet</translation>
    </message>
    <message>
        <source>A personalised guidance trajectory is started</source>
        <translation>Ein individueller Begleitungsweg wird begonnen</translation>
    </message>
    <message>
        <source>The guidance trajectory is evaluated</source>
        <translation>Der Begleitungsweg wird bewertet</translation>
    </message>
    <message>
        <source>The case is closed in the LIVC-R</source>
        <translation>Der Fall wird im BLIS-R abgeschlossen</translation>
    </message>
    <message>
        <source>Another decision of the table</source>
        <translation>Ein anderer Beschluss des Tisches</translation>
    </message>
    <message>
        <source>Decisions of the table</source>
        <translation>Beschlüsse des Tisches</translation>
    </message>
    <message>
        <source>What the table decided</source>
        <translation>Was der Tisch beschlossen hat</translation>
    </message>
    <message>
        <source>The case is followed up in the LIVC-R: {answer}</source>
        <translation>Der Fall wird im BLIS-R weiterverfolgt: {answer}</translation>
    </message>
    <message>
        <source>yes, carried by: {service}</source>
        <translation>ja, getragen von: {service}</translation>
    </message>
    <message>
        <source>A personalised guidance trajectory was started: {answer}</source>
        <translation>Ein individueller Begleitungsweg wurde begonnen: {answer}</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Grund für die Weiterleitung</translation>
    </message>
    <message>
        <source>Information the table shares</source>
        <translation>Informationen, die der Tisch weitergibt</translation>
    </message>
    <message>
        <source>No further information is shared.</source>
        <translation>Es werden keine weiteren Informationen weitergegeben.</translation>
    </message>
    <message>
        <source>✓  What flows to the LTF</source>
        <translation>✓  Was an die LTF geht</translation>
    </message>
    <message>
        <source>This information stays within the LIVC-R under shared professional secrecy (art. 458ter Criminal Code).</source>
        <translation>Diese Informationen bleiben unter dem geteilten Berufsgeheimnis im BLIS-R (Art. 458ter StGB).</translation>
    </message>
    <message>
        <source>✗  What does NOT flow to the LTF</source>
        <translation>✗  Was NICHT an die LTF geht</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>by consensus of all {count} effectively participating members, on {date}</source>
        <translation>im Konsens aller {count} tatsächlich teilnehmenden Mitglieder, am {date}</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>Signature fingerprint</source>
        <translation>Fingerabdruck der Unterschrift</translation>
    </message>
    <message>
        <source>Content hash (SHA-256)</source>
        <translation>Hashwert des Inhalts (SHA-256)</translation>
    </message>
    <message>
        <source>The hash identifies the approved content: any change to the form gives another hash. A change after approval is a new form, approved again by consensus.</source>
        <translation>Der Hashwert kennzeichnet den genehmigten Inhalt: Jede Änderung am Bogen ergibt einen anderen Hashwert. Eine Änderung nach der Genehmigung ist ein neuer Bogen, der erneut im Konsens genehmigt wird.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>Feedback form to the LTF</source>
        <translation>Rückmeldebogen an die LTF</translation>
    </message>
    <message>
        <source>DRAFT – not approved by the table. This form may not be passed on to the LTF.</source>
        <translation>ENTWURF – nicht vom Tisch genehmigt. Dieser Bogen darf nicht an die LTF weitergegeben werden.</translation>
    </message>
    <message>
        <source>Under art. 458ter §2 of the Criminal Code and the law of 30 July 2018 on the LIVC-R, a feedback form goes to the LTF only after the consensus of all members who effectively took part in the consultation, and it contains no information covered by professional secrecy that was revealed during the consultation.</source>
        <translation>Gemäß Art. 458ter §2 StGB und dem Gesetz vom 30. Juli 2018 über die BLIS-R geht ein Rückmeldebogen erst nach dem Konsens aller Mitglieder, die tatsächlich an der Besprechung teilgenommen haben, an die LTF, und er enthält keine während der Besprechung offenbarten Informationen, die unter das Berufsgeheimnis fallen.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
</context>
<context>
    <name>FeedbackPreview</name>
    <message>
        <source>The form could not be shown.</source>
        <translation>Der Bogen konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>feedback-form-{code}-{number}-{language}.pdf</source>
        <translation>rueckmeldebogen-{code}-{number}-{language}.pdf</translation>
    </message>
    <message>
        <source>Feedback form – preview</source>
        <translation>Rückmeldebogen – Vorschau</translation>
    </message>
    <message>
        <source>Making the form…</source>
        <translation>Der Bogen wird erstellt…</translation>
    </message>
    <message numerus="yes">
        <source>Form no. {number} in {language}, %n page(s), as the LTF reads it.</source>
        <translation>
            <numerusform>Bogen Nr. {number}, Sprache: {language}, %n Seite, wie die LTF ihn liest.</numerusform>
            <numerusform>Bogen Nr. {number}, Sprache: {language}, %n Seiten, wie die LTF ihn liest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>FeedbackSection</name>
    <message>
        <source>Select a form in the list first.</source>
        <translation>Wählen Sie zuerst einen Bogen in der Liste aus.</translation>
    </message>
    <message>
        <source>Only a draft can be withdrawn.</source>
        <translation>Nur ein Entwurf kann zurückgezogen werden.</translation>
    </message>
    <message>
        <source>A signed decision of the table opens a form; the table approves it by consensus, and only the Information Officer hands it to the LTF.</source>
        <translation>Ein unterzeichneter Beschluss des Tisches eröffnet einen Bogen; der Tisch genehmigt ihn im Konsens, und nur der Information Officer übergibt ihn der LTF.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Ansehen…</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Neue Fassung…</translation>
    </message>
    <message>
        <source>Withdraw the draft</source>
        <translation>Den Entwurf zurückziehen</translation>
    </message>
</context>
<context>
    <name>FigureSection</name>
    <message>
        <source>Signals</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Guidance trajectories</source>
        <translation>Begleitungswege</translation>
    </message>
    <message>
        <source>Decisions and the LTF</source>
        <translation>Entscheidungen und die LTF</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sitzungen</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Hidden counts (“&lt; {threshold}” and “x”) are left out of the chart; the table shows where they are.</source>
        <translation>Verborgene Zahlen („&lt; {threshold}“ und „x“) fehlen im Diagramm; die Tabelle zeigt, wo sie stehen.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>In a table of days, x also stands for a duration worked out from fewer than {threshold} signals or cases.</source>
        <translation>In einer Tabelle in Tagen steht x auch für eine Dauer, die aus weniger als {threshold} Meldungen oder Fällen berechnet wird.</translation>
    </message>
    <message>
        <source>x: hidden so that a count below {threshold} cannot be worked out from the others.</source>
        <translation>x: verborgen, damit sich eine Zahl unter {threshold} nicht aus den anderen errechnen lässt.</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle Gemeinden</translation>
    </message>
    <message>
        <source>x: hidden so that a small count cannot be worked out, or a median of too few values.</source>
        <translation>x: ausgeblendet, damit eine kleine Zahl nicht erschlossen werden kann, oder ein Median aus zu wenigen Werten.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>The threshold for small counts must be a whole number from {low} to {high}.</source>
        <translation>Die Schwelle für kleine Zahlen muss eine ganze Zahl von {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>The meeting interval must be a whole number of months from 1 to {high}.</source>
        <translation>Der Sitzungsabstand muss eine ganze Zahl von Monaten von 1 bis {high} sein.</translation>
    </message>
    <message>
        <source>This municipality is not one of the LIVC-R&apos;s.</source>
        <translation>Diese Gemeinde gehört nicht zum BLIS-R.</translation>
    </message>
    <message>
        <source>The operational table has not met for more than {months} months (last meeting: {last}).</source>
        <translation>Der operative Tisch hat seit mehr als {months} Monaten nicht getagt (letzte Sitzung: {last}).</translation>
    </message>
    <message>
        <source>Some counts are hidden as well: with the figures of {start} – {end} shown before, the difference would reveal a count below the threshold.</source>
        <translation>Einige weitere Zahlen werden ebenfalls ausgeblendet: Zusammen mit den zuvor angezeigten Zahlen vom {start} bis {end} würde die Differenz eine Zahl unter dem Schwellenwert preisgeben.</translation>
    </message>
    <message>
        <source>Some counts are hidden as well: with the figures of {start} – {end} and of other periods shown before, the differences would reveal a count below the threshold.</source>
        <translation>Einige weitere Zahlen werden ebenfalls ausgeblendet: Zusammen mit den zuvor angezeigten Zahlen vom {start} bis {end} und anderer Zeiträume würden die Differenzen eine Zahl unter dem Schwellenwert preisgeben.</translation>
    </message>
    <message>
        <source>Some counts are hidden as well: the figures of this period were shown before with other counts, and the difference would reveal a count below the threshold.</source>
        <translation>Einige weitere Zahlen werden ebenfalls ausgeblendet: Die Zahlen dieses Zeitraums wurden zuvor mit anderen Werten angezeigt, und die Differenz würde eine Zahl unter dem Schwellenwert preisgeben.</translation>
    </message>
    <message>
        <source>The operational table has not met in the last {months} months.</source>
        <translation>Der operative Tisch hat in den letzten {months} Monaten nicht getagt.</translation>
    </message>
    <message>
        <source>Became a case of the table</source>
        <translation>Wurde ein Fall des Tisches</translation>
    </message>
    <message>
        <source>Not screened yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Signals received, by who signalled them</source>
        <translation>Eingegangene Meldungen, nach Meldenden</translation>
    </message>
    <message>
        <source>Signals received, and how many became cases</source>
        <translation>Eingegangene Meldungen, und wie viele zu Fällen wurden</translation>
    </message>
    <message>
        <source>What the screening made of them by the end of the period.</source>
        <translation>Was die Prüfung bis zum Ende des Zeitraums daraus machte.</translation>
    </message>
    <message>
        <source>Signals received per month</source>
        <translation>Eingegangene Meldungen pro Monat</translation>
    </message>
    <message>
        <source>Days from the signal to its first discussion at the table</source>
        <translation>Tage von der Meldung bis zur ersten Besprechung am Tisch</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>First quartile</source>
        <translation>Erstes Quartil</translation>
    </message>
    <message>
        <source>Third quartile</source>
        <translation>Drittes Quartil</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Half of the signals waited less than the median; half of them between the first and the third quartile. Not shown when fewer signals than the threshold were discussed.</source>
        <translation>Die Hälfte der Meldungen wartete kürzer als der Median; die Hälfte zwischen dem ersten und dem dritten Quartil. Nicht gezeigt, wenn weniger Meldungen als die Schwelle besprochen wurden.</translation>
    </message>
    <message>
        <source>Open then, closed since</source>
        <translation>Damals offen, seither abgeschlossen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder eröffnet</translation>
    </message>
    <message>
        <source>Open and not discussed for 12 months</source>
        <translation>Offen und seit 12 Monaten nicht besprochen</translation>
    </message>
    <message>
        <source>Cases in hand during the period, by status at its end</source>
        <translation>Während des Zeitraums bearbeitete Fälle, nach Stand an dessen Ende</translation>
    </message>
    <message>
        <source>Every case opened by the end of the period and not closed before it began; closed: closed during the period.</source>
        <translation>Jeder bis zum Ende des Zeitraums eröffnete und nicht vor dessen Beginn abgeschlossene Fall; abgeschlossen: während des Zeitraums abgeschlossen.</translation>
    </message>
    <message>
        <source>Cases opened, closed and reopened</source>
        <translation>Fälle eröffnet, abgeschlossen und wieder eröffnet</translation>
    </message>
    <message>
        <source>Every case should be discussed at least once a year: the last row counts open cases the operational table has not discussed for 12 months.</source>
        <translation>Jeder Fall sollte mindestens einmal im Jahr besprochen werden: Die letzte Zeile zählt offene Fälle, die der operative Tisch seit 12 Monaten nicht besprochen hat.</translation>
    </message>
    <message>
        <source>Cases opened per month</source>
        <translation>Eröffnete Fälle pro Monat</translation>
    </message>
    <message>
        <source>Signals received per quarter</source>
        <translation>Eingegangene Meldungen pro Quartal</translation>
    </message>
    <message>
        <source>Signals received per year</source>
        <translation>Eingegangene Meldungen pro Jahr</translation>
    </message>
    <message>
        <source>Cases opened per quarter</source>
        <translation>Eröffnete Fälle pro Quartal</translation>
    </message>
    <message>
        <source>Cases opened per year</source>
        <translation>Eröffnete Fälle pro Jahr</translation>
    </message>
    <message>
        <source>Cases closed, by reason</source>
        <translation>Abgeschlossene Fälle, nach Grund</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Running at the end of the period</source>
        <translation>Laufend am Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Evaluations held</source>
        <translation>Durchgeführte Evaluationen</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Verbessert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Verschlechtert</translation>
    </message>
    <message>
        <source>Guidance trajectories and evaluations</source>
        <translation>Begleitungswege und Evaluationen</translation>
    </message>
    <message>
        <source>Guidance trajectories ended, by outcome</source>
        <translation>Beendete Begleitungswege, nach Ergebnis</translation>
    </message>
    <message>
        <source>Guidance trajectories started, by kind of lead service</source>
        <translation>Begonnene Begleitungswege, nach Art des federführenden Dienstes</translation>
    </message>
    <message>
        <source>How the life domains moved between two evaluations</source>
        <translation>Wie sich die Lebensbereiche zwischen zwei Evaluationen entwickelten</translation>
    </message>
    <message>
        <source>Each life domain rated at an evaluation of the period, compared with the evaluation before it; never shown per person, nor for fewer people than the threshold.</source>
        <translation>Jeder bei einer Evaluation des Zeitraums bewertete Lebensbereich, verglichen mit der vorherigen Evaluation; nie pro Person gezeigt, auch nicht für weniger Personen als die Schwelle.</translation>
    </message>
    <message>
        <source>Consensus on the first proposal</source>
        <translation>Konsens beim ersten Vorschlag</translation>
    </message>
    <message>
        <source>Consensus after rewording</source>
        <translation>Konsens nach Umformulierung</translation>
    </message>
    <message>
        <source>Cases referred to the LTF</source>
        <translation>An die LTF verwiesene Fälle</translation>
    </message>
    <message>
        <source>Feedback forms approved</source>
        <translation>Genehmigte Rückmeldebögen</translation>
    </message>
    <message>
        <source>Feedback forms handed over</source>
        <translation>Übergebene Rückmeldebögen</translation>
    </message>
    <message>
        <source>Cases the LTF passed to the LIVC-R</source>
        <translation>Fälle, die die LTF an das BLIS-R weitergab</translation>
    </message>
    <message>
        <source>Decisions signed, by kind</source>
        <translation>Unterzeichnete Beschlüsse, nach Art</translation>
    </message>
    <message>
        <source>How consensus was reached</source>
        <translation>Wie Konsens erreicht wurde</translation>
    </message>
    <message>
        <source>Referrals and feedback to the LTF</source>
        <translation>Verweisungen und Rückmeldungen an die LTF</translation>
    </message>
    <message>
        <source>Operational table</source>
        <translation>Operativer Tisch</translation>
    </message>
    <message>
        <source>Strategic table</source>
        <translation>Strategischer Tisch</translation>
    </message>
    <message>
        <source>For the whole LIVC-R: the tables meet for every municipality together.</source>
        <translation>Für das ganze BLIS-R: Die Tische tagen für alle Gemeinden gemeinsam.</translation>
    </message>
    <message>
        <source>Meetings held and items discussed</source>
        <translation>Abgehaltene Sitzungen und besprochene Punkte</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Abgehaltene Sitzungen</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Tagesordnungspunkte</translation>
    </message>
    <message>
        <source>Agenda items per meeting of the operational table</source>
        <translation>Tagesordnungspunkte pro Sitzung des operativen Tisches</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>For the whole LIVC-R; not shown when the table met fewer times than the threshold.</source>
        <translation>Für das ganze BLIS-R; nicht gezeigt, wenn der Tisch seltener als die Schwelle getagt hat.</translation>
    </message>
    <message>
        <source>Attendance at the meetings held, per organisation</source>
        <translation>Anwesenheit bei den abgehaltenen Sitzungen, pro Organisation</translation>
    </message>
    <message>
        <source>How many times someone of the organisation was present, excused or absent; never who.</source>
        <translation>Wie oft jemand der Organisation anwesend, entschuldigt oder abwesend war; nie wer.</translation>
    </message>
    <message>
        <source>No municipality of this LIVC-R is called “{name}”. Choose one of: {names}.</source>
        <translation>Keine Gemeinde dieses BLIS-R heißt „{name}“. Wählen Sie eine aus: {names}.</translation>
    </message>
    <message>
        <source>The year must be between 2000 and 2999.</source>
        <translation>Das Jahr muss zwischen 2000 und 2999 liegen.</translation>
    </message>
    <message>
        <source>Counts below {threshold} are shown as “&lt; {threshold}”, and some other counts are hidden as well so that no hidden count can be worked out or narrowed down from totals, other figures or figures of other periods shown before.</source>
        <translation>Zahlen unter {threshold} werden als „&lt; {threshold}“ angezeigt, und einige weitere Zahlen werden ebenfalls ausgeblendet, damit sich keine ausgeblendete Zahl aus Summen, anderen Zahlen oder zuvor angezeigten Zahlen anderer Zeiträume errechnen oder eingrenzen lässt.</translation>
    </message>
</context>
<context>
    <name>FiguresArea</name>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Anonymised figures of the LIVC-R for the strategic table: counts only, never a person or a case. Small counts are hidden so that nobody can be recognised.</source>
        <translation>Anonymisierte Zahlen des BLIS-R für den strategischen Tisch: nur Anzahlen, nie eine Person oder ein Fall. Kleine Anzahlen werden verborgen, damit niemand erkannt werden kann.</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>Die Zahlen exportieren</translation>
    </message>
    <message>
        <source>Save the yearly report</source>
        <translation>Den Jahresbericht speichern</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Die Zahlen werden berechnet…</translation>
    </message>
    <message>
        <source>The strategic table approved the yearly report of {year}: the report prints the figures as they were at the approval, these are computed now.</source>
        <translation>Der strategische Tisch hat den Jahresbericht {year} genehmigt: Der Bericht druckt die Zahlen so, wie sie bei der Genehmigung waren; diese hier sind jetzt berechnet.</translation>
    </message>
    <message>
        <source>figures-{start}-{end}.csv</source>
        <translation>zahlen-{start}-{end}.csv</translation>
    </message>
    <message>
        <source>yearly-report-{year}-{language}.pdf</source>
        <translation>jahresbericht-{year}-{language}.pdf</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Die Datei wird geschrieben…</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Gespeichert als {file}.</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another folder and try again.</source>
        <translation>Die Datei konnte nicht geschrieben werden. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The yearly report of {year} was approved: its texts can no longer be changed.</source>
        <translation>Der Jahresbericht {year} wurde genehmigt: seine Texte können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The texts of {year} were saved.</source>
        <translation>Die Texte von {year} wurden gespeichert.</translation>
    </message>
    <message>
        <source>Texts of the year…</source>
        <translation>Texte des Jahres…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Yearly report…</source>
        <translation>Jahresbericht…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Type both days of the period.</source>
        <translation>Geben Sie beide Tage des Zeitraums ein.</translation>
    </message>
</context>
<context>
    <name>FiguresSettingsPage</name>
    <message>
        <source>Hide counts below:</source>
        <translation>Zahlen ausblenden unter:</translation>
    </message>
    <message>
        <source>Warn when the operational table has not met for:</source>
        <translation>Warnen, wenn der operative Tisch nicht getagt hat seit:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monaten</translation>
    </message>
    <message>
        <source>The strategic table&apos;s figures show no count below this threshold (at least 3), and hide other counts where they would let a small one be worked out.</source>
        <translation>Die Zahlen des strategischen Tisches zeigen keine Zahl unter dieser Schwelle (mindestens 3) und blenden weitere Zahlen aus, aus denen sich eine kleine Zahl erschließen ließe.</translation>
    </message>
    <message>
        <source>Set by the house rules (version %1) that are in force: a change goes through a new version adopted by the strategic table.</source>
        <translation>Durch die geltende Geschäftsordnung festgelegt (Fassung %1): Eine Änderung erfolgt über eine neue Fassung, die der strategische Tisch annimmt.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the settings of the figures.</source>
        <translation>Nur eine Koordinatorin oder ein Koordinator kann die Einstellungen der Zahlen ändern.</translation>
    </message>
</context>
<context>
    <name>FinalStepDialog</name>
    <message>
        <source>I understand that this becomes final with these parts missing.</source>
        <translation>Ich verstehe, dass dies endgültig wird, obwohl diese Teile fehlen.</translation>
    </message>
</context>
<context>
    <name>FinalStepPanel</name>
    <message>
        <source>Do this first</source>
        <translation>Zuerst erledigen</translation>
    </message>
    <message>
        <source>This becomes final and cannot be undone</source>
        <translation>Dies wird endgültig und kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Fehlt noch</translation>
    </message>
    <message>
        <source>Still possible afterwards</source>
        <translation>Danach noch möglich</translation>
    </message>
</context>
<context>
    <name>FingerprintPage</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung…</translation>
    </message>
    <message>
        <source>Syncing… {count} of {total} changes received</source>
        <translation>Synchronisierung… {count} von {total} Änderungen empfangen</translation>
    </message>
    <message>
        <source>This laptop is synced. Finish, and sign in with your passphrase.</source>
        <translation>Dieser Laptop ist synchronisiert. Schließen Sie ab und melden Sie sich mit Ihrer Passphrase an.</translation>
    </message>
    <message>
        <source>The sync failed: {reason}</source>
        <translation>Die Synchronisierung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint</source>
        <translation>Der Fingerabdruck dieses Laptops</translation>
    </message>
    <message>
        <source>The coordinator approves the laptop by this fingerprint.</source>
        <translation>Der Koordinator gibt den Laptop anhand dieses Fingerabdrucks frei.</translation>
    </message>
    <message>
        <source>Read this fingerprint to the coordinator, in person or by phone. The coordinator types it in the Sync area and approves this laptop.</source>
        <translation>Lesen Sie diesen Fingerabdruck dem Koordinator vor, persönlich oder telefonisch. Der Koordinator tippt ihn im Bereich Synchronisierung ein und gibt diesen Laptop frei.</translation>
    </message>
    <message>
        <source>This laptop does not use the hub. Save the join request and give it to the coordinator with the fingerprint; import the bundle the coordinator gives you back, before you finish: the laptop opens once its records have arrived.</source>
        <translation>Dieser Laptop nutzt den Hub nicht. Speichern Sie die Beitrittsanfrage und geben Sie sie mit dem Fingerabdruck dem Koordinator; importieren Sie das Paket, das Sie vom Koordinator zurückbekommen, bevor Sie abschließen: Der Laptop öffnet sich erst, wenn seine Daten angekommen sind.</translation>
    </message>
    <message>
        <source>Once it is approved, sync now to receive what you may see. You can also finish now: the first sign-in syncs when the hub can be reached.</source>
        <translation>Sobald er freigegeben ist, synchronisieren Sie jetzt, um zu erhalten, was Sie sehen dürfen. Sie können auch jetzt abschließen: Die erste Anmeldung synchronisiert, sobald der Hub erreichbar ist.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
</context>
<context>
    <name>FlowRegister</name>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Bogen</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Genehmigt am</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>What flowed</source>
        <translation>Was weitergegeben wurde</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Übergeben am</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Beantwortet am</translation>
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
    <name>FolderList</name>
    <message>
        <source>The list of this laptop&apos;s LIVC-Rs could not be read, so it was made again from the data folders found on this laptop. Nothing was lost; the times of the last sync come back once each LIVC-R is opened. A data folder kept elsewhere can be added with “Locate…”.</source>
        <translation>Die Liste der BLIS-R dieses Laptops konnte nicht gelesen werden und wurde deshalb aus den auf diesem Laptop gefundenen Datenordnern neu erstellt. Nichts ging verloren; der Zeitpunkt der letzten Synchronisierung erscheint wieder, sobald jedes BLIS-R geöffnet wurde. Einen anderswo aufbewahrten Datenordner fügen Sie mit „Suchen…“ hinzu.</translation>
    </message>
</context>
<context>
    <name>FolderListDialog</name>
    <message>
        <source>{name} (folder not found)</source>
        <translation>{name} (Ordner nicht gefunden)</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>nicht synchronisiert</translation>
    </message>
    <message>
        <source>Where is this LIVC-R&apos;s data folder now?</source>
        <translation>Wo ist der Datenordner dieses BLIS-R jetzt?</translation>
    </message>
    <message>
        <source>The folder {folder} holds no LIVC-R. Choose the folder that holds livcr.db and keyslots.json.</source>
        <translation>Der Ordner {folder} enthält kein BLIS-R. Wählen Sie den Ordner, der livcr.db und keyslots.json enthält.</translation>
    </message>
    <message>
        <source>Choose a data folder</source>
        <translation>Datenordner auswählen</translation>
    </message>
    <message>
        <source>LIVC-R Desktop</source>
        <translation>LIVC-R Desktop</translation>
    </message>
    <message>
        <source>Choose an LIVC-R</source>
        <translation>Wählen Sie ein BLIS-R</translation>
    </message>
    <message>
        <source>This laptop works for several LIVC-Rs. Each has its own data folder, passphrase and hub; choose the one to sign in to.</source>
        <translation>Dieser Laptop arbeitet für mehrere BLIS-R. Jedes hat seinen eigenen Datenordner, seine Passphrase und seinen Hub; wählen Sie das BLIS-R, bei dem Sie sich anmelden möchten.</translation>
    </message>
    <message>
        <source>LIVC-R</source>
        <translation>BLIS-R</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeinden</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Locate…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Join an LIVC-R…</source>
        <translation>Einem BLIS-R &amp;beitreten…</translation>
    </message>
    <message>
        <source>&amp;Set up a new LIVC-R…</source>
        <translation>Ein &amp;neues BLIS-R einrichten…</translation>
    </message>
    <message>
        <source>Open a data folder elsewhere…</source>
        <translation>Einen Datenordner an anderer Stelle öffnen…</translation>
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
    <name>FormStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Approved and signed</source>
        <translation>Genehmigt und unterzeichnet</translation>
    </message>
    <message>
        <source>Handed to the LTF</source>
        <translation>Der LTF übergeben</translation>
    </message>
    <message>
        <source>Answered by the LTF</source>
        <translation>Von der LTF beantwortet</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>Durch eine neuere Fassung ersetzt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
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
    <name>GoalDialog</name>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Life domains it aims at</source>
        <translation>Angestrebte Lebensbereiche</translation>
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
        <translation>Noch nicht begonnen</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Aufgegeben</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>“{dialog}”: {fields}</source>
        <translation>„{dialog}“: {fields}</translation>
    </message>
    <message>
        <source>“{dialog}”</source>
        <translation>„{dialog}“</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>A guest at this item</source>
        <translation>Ein Gast zu diesem Tagesordnungspunkt</translation>
    </message>
    <message>
        <source>Hand the laptop to the guest: the guest reads the text below and ticks it. Only then is the guest recorded at this item.</source>
        <translation>Geben Sie den Laptop dem Gast: Der Gast liest den Text unten und hakt ihn an. Erst dann wird der Gast zu diesem Tagesordnungspunkt erfasst.</translation>
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
        <source>I acknowledge this duty of secrecy</source>
        <translation>Ich erkenne diese Schweigepflicht an</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>This file is not a hand-over from another LIVC-R, or it is damaged.</source>
        <translation>Diese Datei ist keine Übergabe eines anderen BLIS-R, oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>Choose the LIVC-R that takes the case over.</source>
        <translation>Wählen Sie das BLIS-R, das den Fall übernimmt.</translation>
    </message>
    <message>
        <source>Name the contact person the other LIVC-R can call about the case.</source>
        <translation>Nennen Sie die Kontaktperson, die das andere BLIS-R zum Fall anrufen kann.</translation>
    </message>
    <message>
        <source>Write the text, or leave it out.</source>
        <translation>Schreiben Sie den Text, oder lassen Sie ihn weg.</translation>
    </message>
    <message>
        <source>A text may be at most {maximum} characters.</source>
        <translation>Ein Text darf höchstens {maximum} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A hand-over carries at most {maximum} texts.</source>
        <translation>Eine Übergabe enthält höchstens {maximum} Texte.</translation>
    </message>
    <message>
        <source>This field may be at most {maximum} characters.</source>
        <translation>Dieses Feld darf höchstens {maximum} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This hand-over is “{status}” and can no longer change.</source>
        <translation>Diese Übergabe ist „{status}“ und kann sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>Case {code} is closed: a closed case is not handed over.</source>
        <translation>Fall {code} ist abgeschlossen: Ein abgeschlossener Fall wird nicht übergeben.</translation>
    </message>
    <message>
        <source>A hand-over of this case is already being drafted: continue that one.</source>
        <translation>Eine Übergabe dieses Falls wird bereits entworfen: Arbeiten Sie an ihr weiter.</translation>
    </message>
    <message>
        <source>This text is not on the hand-over any more.</source>
        <translation>Dieser Text steht nicht mehr in der Übergabe.</translation>
    </message>
    <message>
        <source>The case is not on the agenda of a meeting that is running: the table decides a hand-over during its meeting.</source>
        <translation>Der Fall steht nicht auf der Tagesordnung einer laufenden Sitzung: Der Tisch beschließt eine Übergabe während seiner Sitzung.</translation>
    </message>
    <message>
        <source>Hand case {code} over to {livcr}, where the person now lives.</source>
        <translation>Fall {code} an {livcr} übergeben, wo die Person jetzt wohnt.</translation>
    </message>
    <message>
        <source>This hand-over does not exist.</source>
        <translation>Diese Übergabe existiert nicht.</translation>
    </message>
    <message>
        <source>Choose an existing hand-over of this case.</source>
        <translation>Wählen Sie eine bestehende Übergabe dieses Falls.</translation>
    </message>
    <message>
        <source>This hand-over belongs to another case; decide it on that case&apos;s item.</source>
        <translation>Diese Übergabe gehört zu einem anderen Fall; beschließen Sie sie beim Tagesordnungspunkt dieses Falls.</translation>
    </message>
    <message>
        <source>This hand-over is “{status}”: only a draft can be decided.</source>
        <translation>Diese Übergabe ist „{status}“: Nur über einen Entwurf kann beschlossen werden.</translation>
    </message>
    <message>
        <source>The hand-over is not ready for the table: {missing}</source>
        <translation>Die Übergabe ist noch nicht bereit für den Tisch: {missing}</translation>
    </message>
    <message numerus="yes">
        <source>Confidential information is repeated in %n text(s) of the hand-over. Remove the passages or confirm they are not covered by professional secrecy before the table decides.</source>
        <translation>
            <numerusform>%n Text der Übergabe überschneidet sich mit vertraulichen Informationen. Entfernen Sie die Passagen oder bestätigen Sie, dass sie nicht unter das Berufsgeheimnis fallen, bevor der Tisch beschließt.</numerusform>
            <numerusform>%n Texte der Übergabe überschneiden sich mit vertraulichen Informationen. Entfernen Sie die Passagen oder bestätigen Sie, dass sie nicht unter das Berufsgeheimnis fallen, bevor der Tisch beschließt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A case is handed over only with the agreement of every effective participant.</source>
        <translation>Ein Fall wird nur mit der Zustimmung jedes tatsächlich teilnehmenden Mitglieds übergeben.</translation>
    </message>
    <message>
        <source>Hand-over to {livcr}</source>
        <translation>Übergabe an {livcr}</translation>
    </message>
    <message>
        <source>This hand-over was not signed by an LIVC-R registered here (or it was forged). Register the sending LIVC-R&apos;s key first, after comparing its fingerprint with its coordinator.</source>
        <translation>Diese Übergabe wurde nicht von einem hier registrierten BLIS-R unterzeichnet (oder sie wurde gefälscht). Registrieren Sie zuerst den Schlüssel des sendenden BLIS-R, nachdem Sie seinen Fingerabdruck mit seiner Koordination verglichen haben.</translation>
    </message>
    <message>
        <source>This hand-over is meant for another LIVC-R: it cannot be opened here.</source>
        <translation>Diese Übergabe ist für ein anderes BLIS-R bestimmt: Sie kann hier nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This hand-over was sealed to a hand-over key of this LIVC-R that was retired on {day} (lost or compromised): it is not opened. Ask the sending LIVC-R to accept this LIVC-R&apos;s new key and to send the hand-over again.</source>
        <translation>Diese Übergabe wurde für einen Übergabeschlüssel dieses BLIS-R versiegelt, der am {day} außer Dienst gestellt wurde (verloren oder kompromittiert): Sie wird nicht geöffnet. Bitten Sie das sendende BLIS-R, den neuen Schlüssel dieses BLIS-R anzunehmen und die Übergabe erneut zu senden.</translation>
    </message>
    <message>
        <source>The table&apos;s decision in this hand-over does not hold (its signature or its consensus): it is not imported. Ask the sending LIVC-R.</source>
        <translation>Der Beschluss des Tisches in dieser Übergabe ist nicht gültig (seine Unterschrift oder der Konsens): Sie wird nicht eingelesen. Fragen Sie beim sendenden BLIS-R nach.</translation>
    </message>
    <message>
        <source>This hand-over was already imported: it is case {code}.</source>
        <translation>Diese Übergabe wurde bereits eingelesen: Es ist Fall {code}.</translation>
    </message>
    <message>
        <source>Choose the member municipality where the person now lives.</source>
        <translation>Wählen Sie die Mitgliedsgemeinde, in der die Person jetzt wohnt.</translation>
    </message>
    <message>
        <source>Hand-over from {livcr} (their case {code}), decided by their table on {day}.</source>
        <translation>Übergabe von {livcr} (deren Fall {code}), beschlossen von deren Tisch am {day}.</translation>
    </message>
    <message>
        <source>A personalised guidance trajectory ran there ({service}).</source>
        <translation>Dort lief ein individueller Begleitungsweg ({service}).</translation>
    </message>
    <message>
        <source>This hand-over is “{status}”: the transfer note and the bundle are made only once the table decided it and the chair signed.</source>
        <translation>Diese Übergabe ist „{status}“: Der Übergabevermerk und das Paket werden erst erstellt, wenn der Tisch beschlossen und der Vorsitz unterzeichnet hat.</translation>
    </message>
    <message>
        <source>No transfer note is kept for this case on this laptop. It is kept on the coordinator&apos;s laptop that imported the hand-over.</source>
        <translation>Für diese Akte ist auf diesem Laptop kein Übergabevermerk gespeichert. Er ist auf dem Laptop des Koordinators gespeichert, der die Übergabe importiert hat.</translation>
    </message>
    <message>
        <source>Choose whether to open a new case or to add the signal to a known case.</source>
        <translation>Wählen Sie, ob Sie einen neuen Fall eröffnen oder die Meldung einem bekannten Fall hinzufügen.</translation>
    </message>
    <message>
        <source>There is no case {code} that you may see. Check the case code.</source>
        <translation>Es gibt keinen Fall {code}, den Sie sehen dürfen. Prüfen Sie das Fallzeichen.</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <source>Choose a hand-over from another LIVC-R</source>
        <translation>Wählen Sie eine Übergabe eines anderen BLIS-R</translation>
    </message>
    <message>
        <source>Hand-overs (*{suffix})</source>
        <translation>Übergaben (*{suffix})</translation>
    </message>
    <message>
        <source>&amp;Other LIVC-Rs…</source>
        <translation>&amp;Andere BLIS-R…</translation>
    </message>
    <message>
        <source>Import a &amp;hand-over…</source>
        <translation>Eine &amp;Übergabe einlesen…</translation>
    </message>
    <message>
        <source>The hand-over from {livcr} (their case {sending}) is now a signal from another LIVC-R on case {code}, the person already known here. The decision of their table was checked: signature {fingerprint}.</source>
        <translation>Die Übergabe von {livcr} (deren Fall {sending}) ist jetzt eine Meldung eines anderen BLIS-R im Fall {code}, dem der hier bereits bekannten Person. Der Beschluss ihres Tisches wurde geprüft: Unterschrift {fingerprint}.</translation>
    </message>
    <message>
        <source>The hand-over from {livcr} (their case {sending}) is now case {code}, a signal from another LIVC-R to screen. The decision of their table was checked: signature {fingerprint}.</source>
        <translation>Die Übergabe von {livcr} (deren Fall {sending}) ist jetzt Fall {code}, eine Meldung eines anderen BLIS-R zur Prüfung. Der Beschluss ihres Tisches wurde geprüft: Unterschrift {fingerprint}.</translation>
    </message>
</context>
<context>
    <name>HandoverComposer</name>
    <message>
        <source>Folder for the transfer note and bundle</source>
        <translation>Ordner für den Übergabevermerk und das Paket</translation>
    </message>
    <message>
        <source>Hand-over of case {code} to {livcr}</source>
        <translation>Übergabe von Fall {code} an {livcr}</translation>
    </message>
    <message>
        <source>yes, led by: {service}</source>
        <translation>ja, geleitet von: {service}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>✓ The identity: {name} {birth}
✓ A guidance trajectory ran: {trajectory}
✓ The contact person named above
✓ The texts below, checked by the secrecy guard:</source>
        <translation>✓ Die Identität: {name} {birth}
✓ Ein Begleitungsweg lief: {trajectory}
✓ Die oben genannte Kontaktperson
✓ Die Texte unten, auf das Berufsgeheimnis geprüft:</translation>
    </message>
    <message>
        <source>The hand-over is put to the table. Every effective participant gives their position on the case&apos;s item; the chair signs once all agree.</source>
        <translation>Die Übergabe liegt dem Tisch vor. Jedes tatsächlich teilnehmende Mitglied gibt beim Tagesordnungspunkt des Falls seine Position ab; der Vorsitz unterzeichnet, sobald alle zustimmen.</translation>
    </message>
    <message>
        <source>Written: the transfer note {note} and the sealed hand-over {bundle}. Only {livcr} can open the hand-over: give it to their coordinator, who imports it with File › Import a hand-over.</source>
        <translation>Geschrieben: der Übergabevermerk {note} und die versiegelte Übergabe {bundle}. Nur {livcr} kann die Übergabe öffnen: Geben Sie sie seiner Koordination, die sie über Datei › Eine Übergabe einlesen einliest.</translation>
    </message>
    <message>
        <source>Hand the case over to another LIVC-R</source>
        <translation>Den Fall an ein anderes BLIS-R übergeben</translation>
    </message>
    <message>
        <source>To whom, and who to call</source>
        <translation>An wen, und wen anrufen</translation>
    </message>
    <message>
        <source>Receiving LIVC-R</source>
        <translation>Empfangendes BLIS-R</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Their organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>What goes to the other LIVC-R</source>
        <translation>Was an das andere BLIS-R geht</translation>
    </message>
    <message>
        <source>What never goes</source>
        <translation>Was nie mitgeht</translation>
    </message>
    <message>
        <source>✗ Notes of the consultation and of the partners
✗ Summaries and minutes of the meetings
✗ Positions of the participants
✗ Updates and evaluations of the guidance trajectory

They stay within this LIVC-R under shared professional secrecy (art. 458ter Criminal Code).</source>
        <translation>✗ Notizen der Fallbesprechung und der Partner
✗ Zusammenfassungen und Protokolle der Sitzungen
✗ Positionen der Teilnehmenden
✗ Fortschritte und Bewertungen des Begleitungswegs

Sie bleiben in diesem BLIS-R unter dem geteilten Berufsgeheimnis (Art. 458ter Strafgesetzbuch).</translation>
    </message>
    <message>
        <source>The highlighted passages are not covered by professional secrecy</source>
        <translation>Die markierten Passagen fallen nicht unter das Berufsgeheimnis</translation>
    </message>
    <message>
        <source>Add the text</source>
        <translation>Text hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected text</source>
        <translation>Gewählten Text entfernen</translation>
    </message>
    <message>
        <source>Put to the table</source>
        <translation>Dem Tisch vorlegen</translation>
    </message>
    <message>
        <source>Make the transfer note and the sealed hand-over…</source>
        <translation>Übergabevermerk und versiegelte Übergabe erstellen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>HandoverKeyChange</name>
    <message>
        <source>Save the key change</source>
        <translation>Die Schlüsseländerung speichern</translation>
    </message>
    <message>
        <source>Open the other LIVC-R&apos;s key change</source>
        <translation>Die Schlüsseländerung des anderen BLIS-R öffnen</translation>
    </message>
</context>
<context>
    <name>HandoverKeys</name>
    <message>
        <source>This is not the hand-over key of an LIVC-R (or it was changed on the way). Ask its coordinator for the file the app exports.</source>
        <translation>Dies ist kein Übergabeschlüssel eines BLIS-R (oder er wurde unterwegs verändert). Bitten Sie seine Koordination um die Datei, die die App exportiert.</translation>
    </message>
    <message>
        <source>The fingerprint you typed is not the fingerprint of this key. Do not register it: compare again with the other coordinator, aloud or on paper.</source>
        <translation>Der eingegebene Fingerabdruck ist nicht der Fingerabdruck dieses Schlüssels. Registrieren Sie ihn nicht: Vergleichen Sie erneut mit der anderen Koordination, laut oder auf Papier.</translation>
    </message>
    <message>
        <source>The key names no LIVC-R.</source>
        <translation>Der Schlüssel nennt kein BLIS-R.</translation>
    </message>
    <message>
        <source>{name} is already registered with this key.</source>
        <translation>{name} ist bereits mit diesem Schlüssel registriert.</translation>
    </message>
    <message>
        <source>This is this LIVC-R&apos;s own key: register the key of the other LIVC-R.</source>
        <translation>Das ist der eigene Schlüssel dieses BLIS-R: Registrieren Sie den Schlüssel des anderen BLIS-R.</translation>
    </message>
    <message>
        <source>This LIVC-R is not registered here (any more).</source>
        <translation>Dieses BLIS-R ist hier nicht (mehr) registriert.</translation>
    </message>
    <message>
        <source>{name} was withdrawn from the registered LIVC-Rs: nothing is handed over to it any more. Register its key again if it should receive hand-overs.</source>
        <translation>{name} wurde aus den registrierten BLIS-R zurückgezogen: Ihm wird nichts mehr übergeben. Registrieren Sie seinen Schlüssel erneut, wenn es Übergaben erhalten soll.</translation>
    </message>
    <message>
        <source>This laptop holds no hand-over key of the LIVC-R. Hand-overs are sealed and imported on the coordinator&apos;s laptop that exported the LIVC-R&apos;s key.</source>
        <translation>Dieser Laptop enthält keinen Übergabeschlüssel des BLIS-R. Übergaben werden auf dem Laptop der Koordination versiegelt und eingelesen, der den Schlüssel des BLIS-R exportiert hat.</translation>
    </message>
    <message>
        <source>This is not a key change of an LIVC-R (or it was changed on the way). Ask its coordinator for the file the app writes when the key is changed.</source>
        <translation>Dies ist keine Schlüsseländerung eines BLIS-R (oder sie wurde unterwegs verändert). Bitten Sie seine Koordination um die Datei, die die Anwendung beim Ändern des Schlüssels schreibt.</translation>
    </message>
    <message>
        <source>This LIVC-R gets a new hand-over key. From now on hand-overs are sealed and signed with the new key only; the current key ({fingerprint}) is kept read-only, so that a hand-over already sealed to it still opens.</source>
        <translation>Dieses BLIS-R erhält einen neuen Übergabeschlüssel. Ab jetzt werden Übergaben nur noch mit dem neuen Schlüssel versiegelt und unterschrieben; der aktuelle Schlüssel ({fingerprint}) wird schreibgeschützt aufbewahrt, damit sich eine bereits dafür versiegelte Übergabe noch öffnen lässt.</translation>
    </message>
    <message>
        <source>Save the key change and give it to the coordinator of every registered LIVC-R: their app accepts it because the current key signed it. If the current key was stolen, also retire it and phone them: they then register the new key by comparing its fingerprint.</source>
        <translation>Speichern Sie die Schlüsseländerung und geben Sie sie der Koordination jedes registrierten BLIS-R: Deren Anwendung nimmt sie an, weil der aktuelle Schlüssel sie unterschrieben hat. Wurde der aktuelle Schlüssel gestohlen, stellen Sie ihn auch außer Dienst und rufen Sie sie an: Sie registrieren den neuen Schlüssel dann, indem sie seinen Fingerabdruck vergleichen.</translation>
    </message>
    <message>
        <source>The previous key {fingerprint} is retired for good: a hand-over sealed to it is refused from now on, even one sent in good faith before the change.</source>
        <translation>Der frühere Schlüssel {fingerprint} wird endgültig außer Dienst gestellt: Eine dafür versiegelte Übergabe wird ab jetzt abgelehnt, auch eine, die vor der Änderung in gutem Glauben gesendet wurde.</translation>
    </message>
    <message>
        <source>Ask the LIVC-Rs that still have a hand-over on its way to accept the new key and send it again.</source>
        <translation>Bitten Sie die BLIS-R, die noch eine Übergabe unterwegs haben, den neuen Schlüssel anzunehmen und sie erneut zu senden.</translation>
    </message>
    <message>
        <source>No LIVC-R is registered here with the previous key this change names. Register the new key as a new LIVC-R instead, after comparing its fingerprint with its coordinator.</source>
        <translation>Hier ist kein BLIS-R mit dem früheren Schlüssel registriert, den diese Änderung nennt. Registrieren Sie den neuen Schlüssel stattdessen als neues BLIS-R, nachdem Sie seinen Fingerabdruck mit seiner Koordination verglichen haben.</translation>
    </message>
    <message>
        <source>This key change of {name} was not signed by the key registered here for {name}: it is refused. Compare the new fingerprint with its coordinator and register the key again.</source>
        <translation>Diese Schlüsseländerung von {name} wurde nicht mit dem hier für {name} registrierten Schlüssel unterschrieben: Sie wird abgelehnt. Vergleichen Sie den neuen Fingerabdruck mit seiner Koordination und registrieren Sie den Schlüssel erneut.</translation>
    </message>
    <message>
        <source>The new key of this change is already registered here ({name}).</source>
        <translation>Der neue Schlüssel dieser Änderung ist hier bereits registriert ({name}).</translation>
    </message>
    <message>
        <source>This LIVC-R&apos;s hand-over key was never changed: there is no key change to save.</source>
        <translation>Der Übergabeschlüssel dieses BLIS-R wurde nie geändert: Es gibt keine Schlüsseländerung zu speichern.</translation>
    </message>
    <message>
        <source>Only a previous key can be retired. Change the key first: the current one then becomes a previous key.</source>
        <translation>Nur ein früherer Schlüssel kann außer Dienst gestellt werden. Ändern Sie zuerst den Schlüssel: Der aktuelle wird dann zu einem früheren Schlüssel.</translation>
    </message>
</context>
<context>
    <name>HandoverKeysDialog</name>
    <message>
        <source>Open the other LIVC-R&apos;s key</source>
        <translation>Schlüssel des anderen BLIS-R öffnen</translation>
    </message>
    <message>
        <source>Save this LIVC-R&apos;s hand-over key</source>
        <translation>Übergabeschlüssel dieses BLIS-R speichern</translation>
    </message>
    <message>
        <source>Saved to {file}. Fingerprint to read to the other coordinator: {fp}</source>
        <translation>Gespeichert in {file}. Fingerabdruck zum Vorlesen für die andere Koordination: {fp}</translation>
    </message>
    <message>
        <source>Select the LIVC-R to withdraw first.</source>
        <translation>Wählen Sie zuerst das BLIS-R aus, das zurückgezogen werden soll.</translation>
    </message>
    <message>
        <source>Withdraw {name}? No case is handed over to it any more, and no hand-over from it is imported. Register its key again to undo this.</source>
        <translation>{name} zurückziehen? Ihm wird keine Akte mehr übergeben, und keine Übergabe von ihm wird importiert. Registrieren Sie seinen Schlüssel erneut, um dies rückgängig zu machen.</translation>
    </message>
    <message>
        <source>{name} was withdrawn.</source>
        <translation>{name} wurde zurückgezogen.</translation>
    </message>
    <message>
        <source>Other LIVC-Rs</source>
        <translation>Andere BLIS-R</translation>
    </message>
    <message>
        <source>A case is handed over only to an LIVC-R registered here by its key, so that nobody else can open the hand-over. Exchange keys once with its coordinator.</source>
        <translation>Ein Fall wird nur an ein hier mit seinem Schlüssel registriertes BLIS-R übergeben, damit niemand sonst die Übergabe öffnen kann. Tauschen Sie einmal Schlüssel mit seiner Koordination aus.</translation>
    </message>
    <message>
        <source>This LIVC-R&apos;s hand-over key</source>
        <translation>Übergabeschlüssel dieses BLIS-R</translation>
    </message>
    <message>
        <source>Save the key and give the file to the other coordinator.</source>
        <translation>Speichern Sie den Schlüssel und geben Sie die Datei der anderen Koordination.</translation>
    </message>
    <message>
        <source>Save this LIVC-R&apos;s key…</source>
        <translation>Schlüssel dieses BLIS-R speichern…</translation>
    </message>
    <message>
        <source>LIVC-Rs registered here</source>
        <translation>Hier registrierte BLIS-R</translation>
    </message>
    <message>
        <source>LIVC-R</source>
        <translation>BLIS-R</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Register another LIVC-R…</source>
        <translation>Ein anderes BLIS-R registrieren…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Zurückziehen…</translation>
    </message>
    <message>
        <source>Accept a key change…</source>
        <translation>Eine Schlüsseländerung annehmen…</translation>
    </message>
</context>
<context>
    <name>HandoverRegisterTab</name>
    <message>
        <source>Identity, trajectory, contact person</source>
        <translation>Identität, Begleitungsweg, Kontaktperson</translation>
    </message>
    <message>
        <source>Cases handed over to another LIVC-R after the person moved: each by a decision of the table, signed by the chair.</source>
        <translation>Fälle, die nach dem Umzug der Person an ein anderes BLIS-R übergeben wurden: jeder durch einen Beschluss des Tisches, vom Vorsitz unterzeichnet.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beschlossen am</translation>
    </message>
    <message>
        <source>What went</source>
        <translation>Was mitging</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Zugestimmt von</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Versandt am</translation>
    </message>
</context>
<context>
    <name>HandoverSection</name>
    <message>
        <source>No other LIVC-R is registered here yet. Register the receiving LIVC-R by its key first (File › Other LIVC-Rs).</source>
        <translation>Hier ist noch kein anderes BLIS-R registriert. Registrieren Sie zuerst das empfangende BLIS-R mit seinem Schlüssel (Datei › Andere BLIS-R).</translation>
    </message>
    <message>
        <source>When the person moves, the table can hand the case over to the LIVC-R of their new municipality: only the identity, that a trajectory ran, a contact person and texts the table approves go.</source>
        <translation>Wenn die Person umzieht, kann der Tisch den Fall an das BLIS-R ihrer neuen Gemeinde übergeben: Nur die Identität, dass ein Begleitungsweg lief, eine Kontaktperson und vom Tisch gebilligte Texte gehen mit.</translation>
    </message>
    <message>
        <source>Receiving LIVC-R</source>
        <translation>Empfangendes BLIS-R</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <source>Hand over to another LIVC-R…</source>
        <translation>An ein anderes BLIS-R übergeben…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Transfer note received…</source>
        <translation>Empfangener Übergabevermerk…</translation>
    </message>
</context>
<context>
    <name>HandoverStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Decided, not sent yet</source>
        <translation>Beschlossen, noch nicht versandt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
</context>
<context>
    <name>HomeCards</name>
    <message>
        <source>Sign: {case} – {decision}</source>
        <translation>Unterschreiben: {case} – {decision}</translation>
    </message>
    <message>
        <source>general item</source>
        <translation>allgemeiner Punkt</translation>
    </message>
    <message>
        <source>Approve: minutes of the meeting of {day}</source>
        <translation>Genehmigen: Protokoll der Sitzung vom {day}</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for your signature or approval (%n)</source>
        <translation>
            <numerusform>Wartet auf Ihre Unterschrift oder Genehmigung (%n)</numerusform>
            <numerusform>Warten auf Ihre Unterschrift oder Genehmigung (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for your signature or approval.</source>
        <translation>Nichts wartet auf Ihre Unterschrift oder Genehmigung.</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) to sign</source>
        <translation>
            <numerusform>%n Beschluss zu unterschreiben</numerusform>
            <numerusform>%n Beschlüsse zu unterschreiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft minutes to approve</source>
        <translation>
            <numerusform>%n Protokollentwurf zu genehmigen</numerusform>
            <numerusform>%n Protokollentwürfe zu genehmigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open “To sign”</source>
        <translation>„Zu unterschreiben“ öffnen</translation>
    </message>
    <message>
        <source>Open the meeting of {time} – {table}</source>
        <translation>Die Sitzung um {time} öffnen – {table}</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Heute, {day}</translation>
    </message>
    <message>
        <source>No meeting today.</source>
        <translation>Heute keine Sitzung.</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>{case} ({municipality}) – follow-up due {date}</source>
        <translation>{case} ({municipality}) – Wiedervorlage fällig am {date}</translation>
    </message>
    <message>
        <source>{case} – turned 18 on {date}: to the table</source>
        <translation>{case} – am {date} 18 geworden: an den Tisch</translation>
    </message>
    <message numerus="yes">
        <source>Overdue follow-ups (%n)</source>
        <translation>
            <numerusform>Überfällige Wiedervorlage (%n)</numerusform>
            <numerusform>Überfällige Wiedervorlagen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue follow-ups and subjects turned 18 (%n)</source>
        <translation>
            <numerusform>Überfällige Wiedervorlage und volljährig Gewordene (%n)</numerusform>
            <numerusform>Überfällige Wiedervorlagen und volljährig Gewordene (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every follow-up is on time.</source>
        <translation>Alle Wiedervorlagen sind rechtzeitig.</translation>
    </message>
    <message>
        <source>Open cases whose follow-up date has passed, longest overdue first.</source>
        <translation>Offene Fälle, deren Wiedervorlagedatum verstrichen ist, die am längsten überfälligen zuerst.</translation>
    </message>
    <message>
        <source>Open cases whose follow-up date has passed, longest overdue first, and cases whose subject turned 18.</source>
        <translation>Offene Fälle, deren Wiedervorlagedatum verstrichen ist, die am längsten überfälligen zuerst, und Fälle, deren betroffene Person 18 geworden ist.</translation>
    </message>
    <message>
        <source>Open the case list</source>
        <translation>Die Fallliste öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Signals to screen (%n)</source>
        <translation>
            <numerusform>Vorzuprüfende Meldung (%n)</numerusform>
            <numerusform>Vorzuprüfende Meldungen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) waiting to be screened.</source>
        <translation>
            <numerusform>%n Meldung wartet auf die Vorprüfung.</numerusform>
            <numerusform>%n Meldungen warten auf die Vorprüfung.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signal waits to be screened.</source>
        <translation>Keine Meldung wartet auf die Vorprüfung.</translation>
    </message>
    <message>
        <source>Open the signals</source>
        <translation>Die Meldungen öffnen</translation>
    </message>
    <message>
        <source>Overdue since {date}: {what}</source>
        <translation>Überfällig seit {date}: {what}</translation>
    </message>
    <message>
        <source>Due {date}: {what}</source>
        <translation>Fällig am {date}: {what}</translation>
    </message>
    <message numerus="yes">
        <source>Your tasks overdue or due this week (%n)</source>
        <translation>
            <numerusform>Ihre Aufgabe überfällig oder diese Woche fällig (%n)</numerusform>
            <numerusform>Ihre Aufgaben überfällig oder diese Woche fällig (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>None of your tasks is overdue or due this week.</source>
        <translation>Keine Ihrer Aufgaben ist überfällig oder diese Woche fällig.</translation>
    </message>
    <message>
        <source>Open my tasks</source>
        <translation>Meine Aufgaben öffnen</translation>
    </message>
    <message>
        <source>Prepare the evaluation</source>
        <translation>Die Evaluation vorbereiten</translation>
    </message>
    <message>
        <source>Due {date}: {what} ({case})</source>
        <translation>Fällig am {date}: {what} ({case})</translation>
    </message>
    <message>
        <source>{case} – {part}</source>
        <translation>{case} – {part}</translation>
    </message>
    <message numerus="yes">
        <source>Your cases (%n)</source>
        <translation>
            <numerusform>Ihr Fall (%n)</numerusform>
            <numerusform>Ihre Fälle (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) or action(s) due from you within a week.</source>
        <translation>
            <numerusform>%n Evaluation oder Maßnahme ist innerhalb einer Woche von Ihnen fällig.</numerusform>
            <numerusform>%n Evaluationen oder Maßnahmen sind innerhalb einer Woche von Ihnen fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due from you this week.</source>
        <translation>Diese Woche ist nichts von Ihnen fällig.</translation>
    </message>
    <message>
        <source>Open my cases</source>
        <translation>Meine Fälle öffnen</translation>
    </message>
</context>
<context>
    <name>HouseRules</name>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Zusammensetzung</translation>
    </message>
    <message>
        <source>Who may be invited</source>
        <translation>Wer eingeladen werden darf</translation>
    </message>
    <message>
        <source>Working method</source>
        <translation>Arbeitsweise</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>A retention term is between 1 and {maximum} years.</source>
        <translation>Eine Aufbewahrungsfrist liegt zwischen 1 und {maximum} Jahren.</translation>
    </message>
    <message>
        <source>The term for a signal that never reached the table cannot be longer than the shortest term after closure ({years} years).</source>
        <translation>Die Frist für eine Meldung, die nie an den Tisch kam, darf nicht länger sein als die kürzeste Frist nach dem Abschluss ({years} Jahre).</translation>
    </message>
    <message>
        <source>The threshold for small counts is between 3 and {maximum}.</source>
        <translation>Die Schwelle für kleine Zahlen liegt zwischen 3 und {maximum}.</translation>
    </message>
    <message>
        <source>The operational table meets every 1 to 12 months.</source>
        <translation>Der operative Tisch tagt alle 1 bis 12 Monate.</translation>
    </message>
    <message>
        <source>Choose at least one working language.</source>
        <translation>Wählen Sie mindestens eine Arbeitssprache.</translation>
    </message>
    <message>
        <source>A section of the house rules may hold at most {maximum} characters.</source>
        <translation>Ein Abschnitt der Geschäftsordnung darf höchstens {maximum} Zeichen enthalten.</translation>
    </message>
    <message>
        <source>These house rules were written by a newer version of the app.</source>
        <translation>Diese Geschäftsordnung wurde mit einer neueren Version der App geschrieben.</translation>
    </message>
    <message>
        <source>There is no draft of the house rules to adopt.</source>
        <translation>Es gibt keinen Entwurf der Geschäftsordnung, der angenommen werden könnte.</translation>
    </message>
    <message>
        <source>Only a signed decision of the strategic table on a “House rules” item adopts the house rules.</source>
        <translation>Nur ein unterschriebener Beschluss des strategischen Tisches zu einem Punkt „Geschäftsordnung“ nimmt die Geschäftsordnung an.</translation>
    </message>
    <message>
        <source>This decision already adopted version {number} of the house rules.</source>
        <translation>Dieser Beschluss hat bereits Fassung {number} der Geschäftsordnung angenommen.</translation>
    </message>
    <message>
        <source>The draft was changed after the decision was signed: the strategic table adopted another text. Put the draft as it is now to the strategic table.</source>
        <translation>Der Entwurf wurde geändert, nachdem der Beschluss unterschrieben war: Der strategische Tisch hat einen anderen Text angenommen. Legen Sie den Entwurf in seiner jetzigen Fassung dem strategischen Tisch vor.</translation>
    </message>
    <message>
        <source>This version of the house rules was not found.</source>
        <translation>Diese Fassung der Geschäftsordnung wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The draft of the house rules was changed after this proposal was put to the table: the table agreed on another text. Reword the proposal so the table agrees on the draft as it is now.</source>
        <translation>Der Entwurf der Geschäftsordnung wurde geändert, nachdem dieser Vorschlag dem Tisch vorgelegt wurde: Der Tisch hat einem anderen Text zugestimmt. Formulieren Sie den Vorschlag neu, damit der Tisch dem Entwurf in seiner jetzigen Fassung zustimmt.</translation>
    </message>
    <message>
        <source>House rules version {number}: the stored text or settings differ from what the strategic table&apos;s decision signed on {day} adopted.</source>
        <translation>Geschäftsordnung Version {number}: Der gespeicherte Text oder die Einstellungen weichen von dem ab, was der am {day} unterzeichnete Beschluss des strategischen Tisches angenommen hat.</translation>
    </message>
    <message>
        <source>House rules version {number}: the decision that adopted it does not carry the text it adopted.</source>
        <translation>Geschäftsordnung Version {number}: Der Beschluss, der sie angenommen hat, enthält den angenommenen Text nicht.</translation>
    </message>
</context>
<context>
    <name>HouseRulesDialog</name>
    <message>
        <source>Draft house rules</source>
        <translation>Entwurf der Geschäftsordnung</translation>
    </message>
    <message>
        <source>The draft is what the strategic table will discuss. Nothing changes in the app until the strategic table adopts it by a signed consensus decision; it then applies from the day of that decision.</source>
        <translation>Der Entwurf ist das, was der strategische Tisch beraten wird. In der App ändert sich nichts, bis der strategische Tisch ihn mit einem unterschriebenen Konsensbeschluss annimmt; er gilt dann ab dem Tag dieses Beschlusses.</translation>
    </message>
    <message>
        <source>Years kept after closure</source>
        <translation>Jahre der Aufbewahrung nach dem Abschluss</translation>
    </message>
    <message>
        <source>… closed as “{reason}”</source>
        <translation>… abgeschlossen als „{reason}“</translation>
    </message>
    <message>
        <source>Years kept when the case never reached the table</source>
        <translation>Jahre der Aufbewahrung, wenn der Fall nie an den Tisch kam</translation>
    </message>
    <message>
        <source>Review at 18</source>
        <translation>Überprüfung mit 18</translation>
    </message>
    <message>
        <source>Bring the case of a person who was a minor up at their 18th birthday</source>
        <translation>Den Fall einer Person, die minderjährig war, zu ihrem 18. Geburtstag wieder vorlegen</translation>
    </message>
    <message>
        <source>Erasure decided by</source>
        <translation>Löschung beschlossen durch</translation>
    </message>
    <message>
        <source>The operational table (unticked: the coordinator with the DPO&apos;s confirmation)</source>
        <translation>Der operative Tisch (nicht angekreuzt: der Koordinator mit Bestätigung des DSB)</translation>
    </message>
    <message>
        <source>Smallest count shown in the figures</source>
        <translation>Kleinste in den Zahlen gezeigte Anzahl</translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> Monat</numerusform>
            <numerusform> Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>The operational table meets every</source>
        <translation>Der operative Tisch tagt alle</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Arbeitssprachen</translation>
    </message>
</context>
<context>
    <name>HouseRulesExport</name>
    <message>
        <source>Save the house rules</source>
        <translation>Die Geschäftsordnung speichern</translation>
    </message>
</context>
<context>
    <name>HouseRulesExportDialog</name>
    <message>
        <source>draft</source>
        <translation>entwurf</translation>
    </message>
    <message>
        <source>house-rules</source>
        <translation>geschaeftsordnung</translation>
    </message>
    <message>
        <source>House rules, version {number}</source>
        <translation>Geschäftsordnung, Fassung {number}</translation>
    </message>
    <message>
        <source>Draft house rules</source>
        <translation>Entwurf der Geschäftsordnung</translation>
    </message>
    <message>
        <source>A PDF of the house rules with the settings the app applies. Printing it is recorded in the audit trail.</source>
        <translation>Ein PDF der Geschäftsordnung mit den Einstellungen, die die App anwendet. Das Drucken wird im Prüfpfad festgehalten.</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Sprache des Dokuments</translation>
    </message>
</context>
<context>
    <name>HouseRulesPdf</name>
    <message>
        <source>House rules of the LIVC-R</source>
        <translation>Geschäftsordnung des BLIS-R</translation>
    </message>
    <message>
        <source>Draft to be discussed by the strategic table: not in force. It applies once the strategic table adopts it by a signed consensus decision.</source>
        <translation>Entwurf zur Beratung durch den strategischen Tisch: nicht in Kraft. Er gilt, sobald der strategische Tisch ihn mit einem unterschriebenen Konsensbeschluss annimmt.</translation>
    </message>
    <message>
        <source>Version {number}, adopted by the strategic table at its meeting of {meeting} by a signed consensus decision; in force from {day}.</source>
        <translation>Fassung {number}, vom strategischen Tisch in seiner Sitzung vom {meeting} mit einem unterschriebenen Konsensbeschluss angenommen; in Kraft ab dem {day}.</translation>
    </message>
    <message>
        <source>Decision: “{wording}”</source>
        <translation>Beschluss: „{wording}“</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(noch nicht geschrieben)</translation>
    </message>
    <message>
        <source>Settings the app applies</source>
        <translation>Einstellungen, die die App anwendet</translation>
    </message>
    <message>
        <source>No Belgian text fixes a retention term for the data of an LIVC-R; these terms are the LIVC-R&apos;s own choice. When a case reaches its term, the app lists it for the coordinator and the data-protection officer and proposes its erasure to the operational table.</source>
        <translation>Kein belgischer Text legt eine Aufbewahrungsfrist für die Daten eines BLIS-R fest; diese Fristen wählt der BLIS-R selbst. Erreicht ein Fall seine Frist, zeigt die App ihn dem Koordinator und dem Datenschutzbeauftragten und schlägt dem operativen Tisch seine Löschung vor.</translation>
    </message>
    <message>
        <source>No Belgian text fixes a retention term for the data of an LIVC-R; these terms are the LIVC-R&apos;s own choice. When a case reaches its term, the app lists it for the coordinator and the data-protection officer; the coordinator erases it once the data-protection officer has confirmed the erasure.</source>
        <translation>Kein belgischer Text legt eine Aufbewahrungsfrist für die Daten eines BLIS-R fest; diese Fristen wählt der BLIS-R selbst. Erreicht ein Fall seine Frist, zeigt die App ihn dem Koordinator und dem Datenschutzbeauftragten; der Koordinator löscht ihn, sobald der Datenschutzbeauftragte die Löschung bestätigt hat.</translation>
    </message>
    <message>
        <source>INTERNAL – house rules of the LIVC-R</source>
        <translation>INTERN – Geschäftsordnung des BLIS-R</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} Jahre</translation>
    </message>
    <message>
        <source>Retention after closure</source>
        <translation>Aufbewahrung nach dem Abschluss</translation>
    </message>
    <message>
        <source>… closed as “{reason}”</source>
        <translation>… abgeschlossen als „{reason}“</translation>
    </message>
    <message>
        <source>Retention of a case closed without reaching the table</source>
        <translation>Aufbewahrung eines Falls, der abgeschlossen wurde, ohne an den Tisch zu kommen</translation>
    </message>
    <message>
        <source>Review when a person who was a minor turns 18</source>
        <translation>Überprüfung, wenn eine Person, die minderjährig war, 18 wird</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Who decides an erasure</source>
        <translation>Wer über eine Löschung beschließt</translation>
    </message>
    <message>
        <source>the operational table</source>
        <translation>der operative Tisch</translation>
    </message>
    <message>
        <source>the coordinator, with the DPO&apos;s confirmation</source>
        <translation>der Koordinator, mit Bestätigung des DSB</translation>
    </message>
    <message>
        <source>Smallest count shown in the figures</source>
        <translation>Kleinste in den Zahlen gezeigte Anzahl</translation>
    </message>
    <message>
        <source>The operational table meets</source>
        <translation>Der operative Tisch tagt</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>jeden Monat</translation>
    </message>
    <message>
        <source>every {count} months</source>
        <translation>alle {count} Monate</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Arbeitssprachen</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
</context>
<context>
    <name>Hub</name>
    <message>
        <source>The coordinator login {login} must be lower-case letters, digits and underscores.</source>
        <translation>Die Anmeldung des Koordinators {login} darf nur Kleinbuchstaben, Ziffern und Unterstriche enthalten.</translation>
    </message>
    <message>
        <source>Cannot connect to the hub database. Check the DSN (host, port, database, login) and that PostgreSQL runs there.
Details: {details}</source>
        <translation>Keine Verbindung zur Datenbank des Hubs. Prüfen Sie den DSN (Host, Port, Datenbank, Anmeldung) und ob PostgreSQL dort läuft.
Details: {details}</translation>
    </message>
    <message>
        <source>The DSN is not a PostgreSQL connection string (for instance: host=/run/postgresql dbname=livcr_x user=hubadmin).
Details: {details}</source>
        <translation>Der DSN ist keine PostgreSQL-Verbindungszeichenfolge (zum Beispiel: host=/run/postgresql dbname=livcr_x user=hubadmin).
Details: {details}</translation>
    </message>
    <message>
        <source>The hub&apos;s schema is version {previous}, newer than this app&apos;s {version}: upgrade the app first.</source>
        <translation>Das Schema des Hubs hat Version {previous}, neuer als Version {version} dieser App: Aktualisieren Sie zuerst die App.</translation>
    </message>
    <message>
        <source>This login may not create the hub&apos;s roles: run `livcr hub init` as the database owner with CREATEROLE, or as a superuser.</source>
        <translation>Diese Anmeldung darf die Rollen des Hubs nicht anlegen: Führen Sie `livcr hub init` als Eigentümer der Datenbank mit CREATEROLE oder als Superuser aus.</translation>
    </message>
    <message>
        <source>The coordinator login needs a password.</source>
        <translation>Die Anmeldung des Koordinators braucht ein Passwort.</translation>
    </message>
</context>
<context>
    <name>HubAccessAction</name>
    <message>
        <source>Choose the hub access file</source>
        <translation>Die Hub-Zugangsdatei wählen</translation>
    </message>
    <message>
        <source>Connect to the hub with an access file…</source>
        <translation>Mit einer Zugangsdatei mit dem Hub verbinden…</translation>
    </message>
    <message>
        <source>This laptop&apos;s hub access is renewed: it syncs through the hub again. You may delete the access file.</source>
        <translation>Der Hub-Zugang dieses Laptops ist erneuert: Er synchronisiert wieder über den Hub. Sie dürfen die Zugangsdatei löschen.</translation>
    </message>
    <message>
        <source>This laptop&apos;s hub access is renewed, but this computer has no keyring to keep its password: ask IT to sync it with the access file&apos;s password.</source>
        <translation>Der Hub-Zugang dieses Laptops ist erneuert, aber dieser Computer hat keinen Schlüsselbund für das Passwort: Bitten Sie die IT, ihn mit dem Passwort aus der Zugangsdatei zu synchronisieren.</translation>
    </message>
    <message>
        <source>This laptop now syncs through the hub too. Its changes that went by bundle are not sent twice. You may delete the access file.</source>
        <translation>Dieser Laptop synchronisiert jetzt auch über den Hub. Änderungen, die schon per Paket gingen, werden nicht erneut gesendet. Sie können die Zugangsdatei löschen.</translation>
    </message>
    <message>
        <source>This laptop now knows the hub, but this computer has no keyring to keep its password: ask IT to sync it with the access file&apos;s password.</source>
        <translation>Dieser Laptop kennt jetzt den Hub, aber dieser Computer hat keinen Schlüsselbund für das Passwort: Bitten Sie die IT, ihn mit dem Passwort aus der Zugangsdatei zu synchronisieren.</translation>
    </message>
</context>
<context>
    <name>ImportChoiceDialog</name>
    <message>
        <source>Import a hand-over</source>
        <translation>Eine Übergabe einlesen</translation>
    </message>
    <message>
        <source>The hand-over was checked: it comes from {livcr} (their case {code}) and their table&apos;s decision holds. Choose where its signal goes.</source>
        <translation>Die Übergabe wurde geprüft: Sie kommt von {livcr} (deren Fall {code}), und der Beschluss ihres Tisches ist gültig. Wählen Sie, wohin ihre Meldung geht.</translation>
    </message>
    <message>
        <source>{name}, born {born}</source>
        <translation>{name}, geboren am {born}</translation>
    </message>
    <message>
        <source>{name}, date of birth unknown</source>
        <translation>{name}, Geburtsdatum unbekannt</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>Einen neuen Fall eröffnen</translation>
    </message>
    <message>
        <source>Add the signal to case {code} ({name}, {status}): same names and birth date</source>
        <translation>Die Meldung dem Fall {code} hinzufügen ({name}, {status}): gleiche Namen und gleiches Geburtsdatum</translation>
    </message>
    <message>
        <source>Add the signal to another case, by its code:</source>
        <translation>Die Meldung einem anderen Fall hinzufügen, über sein Fallzeichen:</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Fallzeichen</translation>
    </message>
    <message>
        <source>Signal from another LIVC-R</source>
        <translation>Meldung eines anderen BLIS-R</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Einlesen</translation>
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
        <source>Join an LIVC-R with an invitation (your own laptop as a member)</source>
        <translation>Einem BLIS-R mit einer Einladung beitreten (Ihr eigener Laptop als Mitglied)</translation>
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
    <name>ItemDialog</name>
    <message>
        <source>The secrecy guard checks the text as you type.</source>
        <translation>Die Geheimnisprüfung prüft den Text während der Eingabe.</translation>
    </message>
    <message>
        <source>✓ No overlap with the confidential records of the case.</source>
        <translation>✓ Keine Überschneidung mit den vertraulichen Unterlagen des Falls.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ What is confidential in the case is repeated in %n highlighted passage(s) (from: {sources}). Remove what is highlighted, or confirm below that it is not covered by professional secrecy.</source>
        <translation>
            <numerusform>⚠ %n markierte Passage wiederholt, was im Fall vertraulich ist (aus: {sources}). Entfernen Sie sie oder bestätigen Sie unten, dass sie nicht unter das Berufsgeheimnis fällt.</numerusform>
            <numerusform>⚠ %n markierte Passagen wiederholen, was im Fall vertraulich ist (aus: {sources}). Entfernen Sie sie oder bestätigen Sie unten, dass sie nicht unter das Berufsgeheimnis fallen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Grund für die Weiterleitung</translation>
    </message>
    <message>
        <source>Information the table shares with the LTF</source>
        <translation>Informationen, die der Tisch mit der LTF teilt</translation>
    </message>
    <message>
        <source>Something that does not flow to the LTF</source>
        <translation>Etwas, das nicht an die LTF geht</translation>
    </message>
    <message>
        <source>Why the table refers the case to the LTF, in the table&apos;s own words. It flows to the LTF; what partners said in confidence does not.</source>
        <translation>Warum der Tisch den Fall an die LTF weiterleitet, in den eigenen Worten des Tisches. Dies geht an die LTF; was Partner vertraulich gesagt haben, nicht.</translation>
    </message>
    <message>
        <source>One piece of information per item. Only what the table chose to share flows to the LTF; what partners said in confidence does not.</source>
        <translation>Eine Information je Punkt. Nur was der Tisch zu teilen beschlossen hat, geht an die LTF; was Partner vertraulich gesagt haben, nicht.</translation>
    </message>
    <message>
        <source>This line is printed on the form the LTF receives, so it is checked too: name what is kept back without repeating it.</source>
        <translation>Diese Zeile steht auf dem Bogen, den die LTF erhält, und wird daher ebenfalls geprüft: Benennen Sie, was nicht weitergegeben wird, ohne es zu wiederholen.</translation>
    </message>
    <message>
        <source>Remove the highlighted passages</source>
        <translation>Die markierten Passagen entfernen</translation>
    </message>
    <message>
        <source>I confirm that the highlighted passages are not covered by professional secrecy (this is recorded with my name).</source>
        <translation>Ich bestätige, dass die markierten Passagen nicht unter das Berufsgeheimnis fallen (dies wird mit meinem Namen erfasst).</translation>
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
        <translation>Partner des BLIS-R</translation>
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
    <message>
        <source>Proposed erasure</source>
        <translation>Vorgeschlagene Löschung</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>Confirmed by {name} on {moment}</source>
        <translation>Bestätigt von {name} am {moment}</translation>
    </message>
    <message>
        <source>Select the item in the list first.</source>
        <translation>Wählen Sie zuerst den Punkt in der Liste aus.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>ItemPeople</name>
    <message>
        <source>Write the guest&apos;s full name.</source>
        <translation>Schreiben Sie den vollständigen Namen des Gastes.</translation>
    </message>
    <message>
        <source>Write the organisation the guest comes from.</source>
        <translation>Schreiben Sie die Organisation des Gastes.</translation>
    </message>
    <message>
        <source>The guest must first acknowledge the duty of professional secrecy (art. 458ter §2 Sw.).</source>
        <translation>Der Gast muss zuerst die Pflicht zum Berufsgeheimnis anerkennen (Art. 458ter §2 StGB).</translation>
    </message>
    <message>
        <source>A refusal to take part needs its motivation (decree of 21 May 2021).</source>
        <translation>Eine Ablehnung der Teilnahme muss begründet werden (Dekret vom 21. Mai 2021).</translation>
    </message>
    <message>
        <source>Write the name and the function of the supervisor who represents the partner.</source>
        <translation>Schreiben Sie Namen und Funktion des Vorgesetzten, der den Partner vertritt.</translation>
    </message>
    <message>
        <source>The text is too long (at most {limit} characters).</source>
        <translation>Der Text ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>I take part in the consultation of this item as a guest. What is shared here is covered by shared professional secrecy (art. 458ter Criminal Code): I keep it secret and use it only for the purpose of this consultation.</source>
        <translation>Ich nehme als Gast an der Besprechung dieses Tagesordnungspunkts teil. Was hier geteilt wird, unterliegt dem geteilten Berufsgeheimnis (Art. 458ter Strafgesetzbuch): Ich halte es geheim und verwende es nur für diese Besprechung.</translation>
    </message>
    <message>
        <source>Refuses to take part</source>
        <translation>Lehnt die Teilnahme ab</translation>
    </message>
    <message>
        <source>Represented by a supervisor</source>
        <translation>Durch einen Vorgesetzten vertreten</translation>
    </message>
    <message>
        <source>Guests, refusals and representations are recorded while the meeting runs.</source>
        <translation>Gäste, Ablehnungen und Vertretungen werden während der Sitzung erfasst.</translation>
    </message>
    <message>
        <source>{name} is not invited to this item.</source>
        <translation>{name} ist zu diesem Tagesordnungspunkt nicht eingeladen.</translation>
    </message>
    <message>
        <source>{name} takes part in this item; untick the participation before recording a refusal or a representation.</source>
        <translation>{name} nimmt an diesem Tagesordnungspunkt teil; wählen Sie die Teilnahme ab, bevor Sie eine Ablehnung oder Vertretung erfassen.</translation>
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
    <name>JoinByFile</name>
    <message>
        <source>Save the join request</source>
        <translation>Beitrittsanfrage speichern</translation>
    </message>
    <message>
        <source>Join requests (*.json)</source>
        <translation>Beitrittsanfragen (*.json)</translation>
    </message>
    <message>
        <source>Choose the coordinator&apos;s bundle</source>
        <translation>Paket des Koordinators wählen</translation>
    </message>
    <message>
        <source>LIVC-R bundles of changes (*.livcr-bundle);;All files (*)</source>
        <translation>BLIS-R-Änderungspakete (*.livcr-bundle);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>JoinByFileBox</name>
    <message>
        <source>Join request saved to {file}. Give it to the coordinator and read the fingerprint aloud; then import the bundle the coordinator gives you.</source>
        <translation>Beitrittsanfrage als {file} gespeichert. Geben Sie sie dem Koordinator und lesen Sie den Fingerabdruck vor; importieren Sie dann das Paket, das Sie vom Koordinator bekommen.</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Paket wird importiert…</translation>
    </message>
    <message>
        <source>Bundle from {sender} imported. Finish, and sign in with your passphrase; from now on, exchange bundles with the coordinator.</source>
        <translation>Paket von {sender} importiert. Schließen Sie ab und melden Sie sich mit Ihrer Passphrase an; tauschen Sie von nun an Pakete mit dem Koordinator aus.</translation>
    </message>
    <message>
        <source>The bundle could not be imported: {reason}</source>
        <translation>Das Paket konnte nicht importiert werden: {reason}</translation>
    </message>
    <message>
        <source>Save the join request…</source>
        <translation>Beitrittsanfrage speichern…</translation>
    </message>
    <message>
        <source>Import the coordinator&apos;s bundle…</source>
        <translation>Paket des Koordinators importieren…</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Choose the invitation</source>
        <translation>Einladung wählen</translation>
    </message>
    <message>
        <source>LIVC-R invitations (*.livcrinvite);;All files (*)</source>
        <translation>BLIS-R-Einladungen (*.livcrinvite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the invitation file first.</source>
        <translation>Wählen Sie zuerst die Einladungsdatei.</translation>
    </message>
    <message>
        <source>The laptop could not join: {reason}</source>
        <translation>Der Laptop konnte nicht beitreten: {reason}</translation>
    </message>
    <message>
        <source>Joining the LIVC-R…</source>
        <translation>Beitritt zum BLIS-R…</translation>
    </message>
    <message>
        <source>Join an LIVC-R</source>
        <translation>Einem BLIS-R beitreten</translation>
    </message>
    <message>
        <source>Your own laptop, with the invitation the coordinator gave you.</source>
        <translation>Ihr eigener Laptop, mit der Einladung, die Ihnen der Koordinator gegeben hat.</translation>
    </message>
    <message>
        <source>Choose the invitation file the coordinator handed you, and a passphrase for this laptop. The laptop gets its own data folder that holds only what you may see.</source>
        <translation>Wählen Sie die Einladungsdatei, die Ihnen der Koordinator übergeben hat, und eine Passphrase für diesen Laptop. Der Laptop erhält einen eigenen Datenordner, der nur enthält, was Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>Choose the invitation…</source>
        <translation>Einladung wählen…</translation>
    </message>
    <message>
        <source>Invitation to {livcr} for {member}.</source>
        <translation>Einladung zu {livcr} für {member}.</translation>
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
        <source>The passphrase protects this laptop&apos;s data. Use at least 12 characters; a short sentence that only you know is best.</source>
        <translation>Die Passphrase schützt die Daten dieses Laptops. Verwenden Sie mindestens 12 Zeichen; ein kurzer Satz, den nur Sie kennen, ist am besten.</translation>
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
    <message>
        <source>operations {expected} to {seq} are missing: the hub holds them, this laptop no longer does (removed after they were sent)</source>
        <translation>Vorgänge {expected} bis {seq} fehlen: der Hub bewahrt sie, dieser Laptop nicht mehr (nach dem Senden entfernt)</translation>
    </message>
    <message>
        <source>operation {first} of device {device} was changed after it was signed</source>
        <translation>Vorgang {first} von Gerät {device} wurde nach der Signatur geändert</translation>
    </message>
    <message>
        <source>operations {first} to {last} of device {device} were changed after they were signed</source>
        <translation>Vorgänge {first} bis {last} von Gerät {device} wurden nach der Signatur geändert</translation>
    </message>
    <message>
        <source>operation {first} of device {device} is covered by no signature</source>
        <translation>Vorgang {first} von Gerät {device} ist von keiner Signatur gedeckt</translation>
    </message>
    <message>
        <source>operations {first} to {last} of device {device} are covered by no signature</source>
        <translation>Vorgänge {first} bis {last} von Gerät {device} sind von keiner Signatur gedeckt</translation>
    </message>
    <message>
        <source>operation {first} of device {device} is signed with a key that is not its author&apos;s</source>
        <translation>Vorgang {first} von Gerät {device} ist mit einem Schlüssel signiert, der nicht seinem Urheber gehört</translation>
    </message>
    <message>
        <source>operations {first} to {last} of device {device} are signed with a key that is not their author&apos;s</source>
        <translation>Vorgänge {first} bis {last} von Gerät {device} sind mit einem Schlüssel signiert, der nicht ihrem Urheber gehört</translation>
    </message>
    <message>
        <source>operation {first} of device {device} is signed with a key that no signed operation added</source>
        <translation>Vorgang {first} von Gerät {device} ist mit einem Schlüssel signiert, den kein signierter Vorgang hinzugefügt hat</translation>
    </message>
    <message>
        <source>operations {first} to {last} of device {device} are signed with a key that no signed operation added</source>
        <translation>Vorgänge {first} bis {last} von Gerät {device} sind mit einem Schlüssel signiert, den kein signierter Vorgang hinzugefügt hat</translation>
    </message>
    <message>
        <source>a signature covers operations {first} to {last} of device {device}, but some of them are missing (removed after they were signed)</source>
        <translation>eine Signatur deckt die Vorgänge {first} bis {last} von Gerät {device}, aber einige davon fehlen (nach der Signatur entfernt)</translation>
    </message>
    <message>
        <source>device {device} has a checkpoint over operations {first} to {last} that does not start at its first operation or is not its only one</source>
        <translation>Gerät {device} hat einen Kontrollpunkt über die Vorgänge {first} bis {last}, der nicht bei seinem ersten Vorgang beginnt oder nicht sein einziger ist</translation>
    </message>
    <message>
        <source>operation {seq} of device {device} is covered by no signature this laptop holds</source>
        <translation>Vorgang {seq} von Gerät {device} ist von keiner Signatur gedeckt, die dieser Laptop bewahrt</translation>
    </message>
    <message>
        <source>operation {seq} of device {device} is not the one its signature lists (changed after it was signed)</source>
        <translation>Vorgang {seq} von Gerät {device} ist nicht der, den seine Signatur aufführt (nach dem Signieren geändert)</translation>
    </message>
    <message>
        <source>the signature over operations {first} to {last} of device {device} does not hold</source>
        <translation>die Signatur über die Vorgänge {first} bis {last} von Gerät {device} ist nicht gültig</translation>
    </message>
</context>
<context>
    <name>LaptopInvitationDialog</name>
    <message>
        <source>Invite a member&apos;s laptop</source>
        <translation>Den Laptop eines Mitglieds einladen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>The invitation opens the hub for one laptop. Hand the file over in person (on a USB stick, for example), never by e-mail, and delete it once the laptop has joined.</source>
        <translation>Die Einladung öffnet den Hub für einen Laptop. Übergeben Sie die Datei persönlich (zum Beispiel auf einem USB-Stick), nie per E-Mail, und löschen Sie sie, sobald der Laptop beigetreten ist.</translation>
    </message>
    <message>
        <source>Write the invitation…</source>
        <translation>Einladung schreiben…</translation>
    </message>
</context>
<context>
    <name>LeaveQuestion</name>
    <message>
        <source>What you typed is not saved yet.</source>
        <translation>Ihre Eingaben sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Speichern und fortfahren</translation>
    </message>
    <message>
        <source>Discard what I typed</source>
        <translation>Eingaben verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>LifeDomain</name>
    <message>
        <source>Family and home</source>
        <translation>Familie und Zuhause</translation>
    </message>
    <message>
        <source>Social network and peers</source>
        <translation>Soziales Netz und Gleichaltrige</translation>
    </message>
    <message>
        <source>Education and work</source>
        <translation>Bildung und Arbeit</translation>
    </message>
    <message>
        <source>Housing and income</source>
        <translation>Wohnen und Einkommen</translation>
    </message>
    <message>
        <source>Physical and mental health</source>
        <translation>Körperliche und psychische Gesundheit</translation>
    </message>
    <message>
        <source>Leisure and online life</source>
        <translation>Freizeit und Online-Leben</translation>
    </message>
    <message>
        <source>Attitudes, ideas and grievances</source>
        <translation>Haltungen, Ideen und Kränkungen</translation>
    </message>
    <message>
        <source>Behaviour and conflicts</source>
        <translation>Verhalten und Konflikte</translation>
    </message>
    <message>
        <source>Protective factors and strengths</source>
        <translation>Schutzfaktoren und Stärken</translation>
    </message>
</context>
<context>
    <name>LifeDomains</name>
    <message>
        <source>Give the life domain a name.</source>
        <translation>Geben Sie dem Lebensbereich einen Namen.</translation>
    </message>
    <message>
        <source>The name of a life domain may be at most {maximum} characters.</source>
        <translation>Der Name eines Lebensbereichs darf höchstens {maximum} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>There is already a life domain called “{name}” (perhaps retired).</source>
        <translation>Es gibt bereits einen Lebensbereich „{name}“ (vielleicht außer Gebrauch).</translation>
    </message>
    <message>
        <source>At least one life domain must stay in use: evaluations rate them.</source>
        <translation>Mindestens ein Lebensbereich muss in Gebrauch bleiben: Evaluationen bewerten sie.</translation>
    </message>
    <message>
        <source>This life domain does not exist.</source>
        <translation>Dieser Lebensbereich existiert nicht.</translation>
    </message>
</context>
<context>
    <name>LifeDomainsPage</name>
    <message>
        <source>{domain} (retired)</source>
        <translation>{domain} (außer Gebrauch)</translation>
    </message>
    <message>
        <source>Select a life domain in the list first.</source>
        <translation>Wählen Sie zuerst einen Lebensbereich in der Liste.</translation>
    </message>
    <message>
        <source>Every evaluation rates these life domains as problematic, concern, stable or positive. Rename them, add your own or retire one: earlier evaluations keep their ratings, and the chart keeps showing them. Changes are saved at once.</source>
        <translation>Jede Evaluation bewertet diese Lebensbereiche als problematisch, besorgniserregend, stabil oder positiv. Benennen Sie sie um, fügen Sie eigene hinzu oder setzen Sie einen außer Gebrauch: Frühere Evaluationen behalten ihre Bewertungen, und die Grafik zeigt sie weiter. Änderungen werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the life domains.</source>
        <translation>Nur ein Koordinator kann die Lebensbereiche ändern.</translation>
    </message>
    <message>
        <source>Name of a life domain</source>
        <translation>Name eines Lebensbereichs</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Rename the selected</source>
        <translation>Auswahl umbenennen</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Außer Gebrauch setzen</translation>
    </message>
    <message>
        <source>Take back into use</source>
        <translation>Wieder in Gebrauch nehmen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
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
    <name>Lists</name>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
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
        <source>left the meeting at {time}: later proposals are not put to them</source>
        <translation>hat die Sitzung um {time} verlassen: spätere Vorschläge werden dieser Person nicht vorgelegt</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>die Zusammenfassung</translation>
    </message>
    <message>
        <source>the confidential note</source>
        <translation>die vertrauliche Notiz</translation>
    </message>
    <message>
        <source>Item {number}: {parts}</source>
        <translation>Punkt {number}: {parts}</translation>
    </message>
    <message>
        <source>Guest: {name} ({organisation}), secrecy acknowledged</source>
        <translation>Gast: {name} ({organisation}), Schweigepflicht anerkannt</translation>
    </message>
    <message>
        <source>Back in the meeting</source>
        <translation>Wieder in der Sitzung</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation>Ist gegangen</translation>
    </message>
    <message>
        <source>Record that they came back into the room.</source>
        <translation>Erfassen, dass diese Person wieder im Raum ist.</translation>
    </message>
    <message>
        <source>Record that they left the room. They stay effective participants of the items they took part in; proposals put from now on are not put to them.</source>
        <translation>Erfassen, dass diese Person den Raum verlassen hat. Sie bleibt tatsächlich teilnehmendes Mitglied der Punkte, an denen sie teilgenommen hat; ab jetzt vorgelegte Vorschläge werden ihr nicht vorgelegt.</translation>
    </message>
    <message>
        <source>A guest at this item…</source>
        <translation>Ein Gast zu diesem Punkt…</translation>
    </message>
    <message>
        <source>Refusal or representation…</source>
        <translation>Ablehnung oder Vertretung…</translation>
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
        <source>No summary or action point on a proposed erasure: the table decides the erasure; what is said about the case belongs in the case.</source>
        <translation>Keine Zusammenfassung und keine Aufgabe bei einer vorgeschlagenen Löschung: Der Tisch beschließt die Löschung; was über den Fall gesagt wird, gehört in den Fall.</translation>
    </message>
    <message>
        <source>Confidential note</source>
        <translation>Vertrauliche Notiz</translation>
    </message>
    <message numerus="yes">
        <source>Goes into the case&apos;s dossier, readable by those invited to the case. Notes from this item so far: %n</source>
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
        <source>{name} took a position on the open proposal “{wording}”, so they stay an effective participant of this item while it is open. Withdraw the proposal or reword it first; a new wording is put to those taking part at that moment.</source>
        <translation>{name} hat zum offenen Vorschlag „{wording}“ Stellung genommen und bleibt daher tatsächlich teilnehmendes Mitglied dieses Punktes, solange er offen ist. Ziehen Sie den Vorschlag zuerst zurück oder formulieren Sie ihn um; eine neue Fassung wird denen vorgelegt, die in diesem Moment teilnehmen.</translation>
    </message>
    <message>
        <source>{name} took a position on the open proposal “{wording}”, so they were present. If they have gone, choose “Has left” beside their name on the item.</source>
        <translation>{name} hat zum offenen Vorschlag „{wording}“ Stellung genommen und war also anwesend. Ist die Person gegangen, wählen Sie „Ist gegangen“ neben ihrem Namen beim Punkt.</translation>
    </message>
    <message>
        <source>{name} has left the meeting. Choose “Back in the meeting” beside their name first.</source>
        <translation>{name} hat die Sitzung verlassen. Wählen Sie zuerst „Wieder in der Sitzung“ neben dem Namen.</translation>
    </message>
    <message>
        <source>{name} is not marked as having left the meeting.</source>
        <translation>{name} ist nicht als aus der Sitzung gegangen erfasst.</translation>
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
        <source>Check the record of the meeting before you close it.</source>
        <translation>Prüfen Sie das Protokoll der Sitzung, bevor Sie sie schließen.</translation>
    </message>
    <message>
        <source>I understand that the meeting is closed with these parts missing.</source>
        <translation>Ich verstehe, dass die Sitzung geschlossen wird, obwohl diese Teile fehlen.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>Record of the item</source>
        <translation>Protokoll des Punktes</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <source>← Previous item</source>
        <translation>← Voriger Punkt</translation>
    </message>
    <message>
        <source>Alt+←</source>
        <translation>Alt+←</translation>
    </message>
    <message>
        <source>Next item →</source>
        <translation>Nächster Punkt →</translation>
    </message>
    <message>
        <source>Alt+→</source>
        <translation>Alt+→</translation>
    </message>
    <message>
        <source>Present on this screen</source>
        <translation>Auf diesem Bildschirm präsentieren</translation>
    </message>
    <message>
        <source>For a projector that shows this laptop&apos;s screen: only the current item, full screen, with the controls at the bottom. F5 opens it, Esc leaves.</source>
        <translation>Für einen Beamer, der den Bildschirm dieses Laptops zeigt: nur der aktuelle Punkt, im Vollbild, mit den Bedienelementen unten. F5 öffnet, Esc beendet.</translation>
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
        <source>Only at the chair&apos;s request. Moving to another item hides it again.</source>
        <translation>Nur auf Wunsch des Vorsitzenden. Beim Wechsel zu einem anderen Punkt wird er wieder ausgeblendet.</translation>
    </message>
    <message>
        <source>Close the meeting…</source>
        <translation>Die Sitzung schließen…</translation>
    </message>
    <message>
        <source>When every item has been discussed: a closed meeting cannot be reopened.</source>
        <translation>Erst wenn alle Punkte besprochen sind: Eine geschlossene Sitzung kann nicht wieder geöffnet werden.</translation>
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
        <source>{area} ({count})</source>
        <translation>{area} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>{area}: %n waiting</source>
        <translation>
            <numerusform>{area}: %n wartet</numerusform>
            <numerusform>{area}: %n warten</numerusform>
        </translation>
    </message>
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
        <source>{livcr} – LIVC-R Desktop</source>
        <translation>{livcr} – LIVC-R Desktop</translation>
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
        <source>S&amp;witch LIVC-R…</source>
        <translation>BLIS-R we&amp;chseln…</translation>
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
    <name>MeetingDocuments</name>
    <message>
        <source>The agenda is in the PDF invitation that came with this calendar entry. To protect the people discussed, this entry holds no agenda, no names and no case codes.</source>
        <translation>Die Tagesordnung steht in der PDF-Einladung, die Sie mit diesem Kalendereintrag erhalten haben. Zum Schutz der besprochenen Personen enthält dieser Eintrag keine Tagesordnung, keine Namen und keine Fallcodes.</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>Shared professional secrecy</source>
        <translation>Geteiltes Berufsgeheimnis</translation>
    </message>
    <message>
        <source>The LIVC-R meets under shared professional secrecy (art. 458ter Criminal Code). You may share what you know, but you are never obliged to. What you hear in the meeting stays secret: do not pass it on, not even within your own organisation. At the start of the meeting every participant confirms this duty, and the minutes record it.</source>
        <translation>Das BLIS-R tagt unter geteiltem Berufsgeheimnis (Art. 458ter StGB). Sie dürfen mitteilen, was Sie wissen, sind dazu aber nie verpflichtet. Was Sie in der Sitzung hören, bleibt geheim: Geben Sie es nicht weiter, auch nicht innerhalb Ihrer eigenen Organisation. Zu Beginn der Sitzung bestätigt jede teilnehmende Person diese Pflicht, und das Protokoll hält dies fest.</translation>
    </message>
    <message>
        <source>There is no item for you on this agenda.</source>
        <translation>Auf dieser Tagesordnung steht kein Punkt für Sie.</translation>
    </message>
    <message>
        <source>Only the items to which you are invited are listed.</source>
        <translation>Aufgeführt sind nur die Punkte, zu denen Sie eingeladen sind.</translation>
    </message>
    <message>
        <source>A case appears by its case code only, never by a name.</source>
        <translation>Ein Fall erscheint nur mit seinem Fallcode, nie mit einem Namen.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>Extract of the minutes for {name}</source>
        <translation>Auszug aus dem Protokoll für {name}</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>This extract holds only the items to which {name} was invited, and the attendance of the people invited to them. It is not the full minutes.</source>
        <translation>Dieser Auszug enthält nur die Punkte, zu denen {name} eingeladen war, und die Anwesenheit der dazu eingeladenen Personen. Er ist nicht das vollständige Protokoll.</translation>
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
        <source>Draft – not approved yet</source>
        <translation>Entwurf – noch nicht genehmigt</translation>
    </message>
    <message>
        <source>The text may still change. Do not pass it on as the approved minutes.</source>
        <translation>Der Text kann sich noch ändern. Geben Sie ihn nicht als genehmigtes Protokoll weiter.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Fingerprint of the approved text (SHA-256):</source>
        <translation>Fingerabdruck des genehmigten Textes (SHA-256):</translation>
    </message>
    <message>
        <source>The approved text is frozen: any change to it would change this fingerprint. Corrections are listed as amendments at the end.</source>
        <translation>Der genehmigte Text ist eingefroren: Jede Änderung würde diesen Fingerabdruck verändern. Korrekturen stehen am Ende als Berichtigungen.</translation>
    </message>
    <message>
        <source>Approved by the meeting of {date} (recorded by {name} on {moment}).</source>
        <translation>Genehmigt durch die Sitzung vom {date} (erfasst von {name} am {moment}).</translation>
    </message>
    <message>
        <source>Approved on {date} by {name}.</source>
        <translation>Genehmigt am {date} von {name}.</translation>
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
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Secrecy duty confirmed</source>
        <translation>Schweigepflicht bestätigt</translation>
    </message>
    <message>
        <source>Secrecy duty confirmed: the time at which the participant confirmed the duty of shared professional secrecy (art. 458ter §2 Criminal Code) at this meeting.</source>
        <translation>Schweigepflicht bestätigt: die Uhrzeit, zu der die teilnehmende Person in dieser Sitzung die Pflicht zum geteilten Berufsgeheimnis (Art. 458ter § 2 StGB) bestätigt hat.</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Tagesordnungspunkte</translation>
    </message>
    <message>
        <source>There are no items in this document.</source>
        <translation>Dieses Dokument enthält keine Punkte.</translation>
    </message>
    <message>
        <source>No summary recorded.</source>
        <translation>Keine Zusammenfassung erfasst.</translation>
    </message>
    <message>
        <source>Postponed to a later meeting</source>
        <translation>Auf eine spätere Sitzung vertagt</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Effective participants:</source>
        <translation>Tatsächlich teilnehmende Mitglieder:</translation>
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
        <source>By</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Action points</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Amendment of {moment} by {name}, about item {number}: {heading}</source>
        <translation>Berichtigung vom {moment} von {name}, zu Punkt {number}: {heading}</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <source>Signed by {name} on {moment} · signature {fingerprint}</source>
        <translation>Unterschrieben von {name} am {moment} · Signatur {fingerprint}</translation>
    </message>
    <message>
        <source>final decision (consensus, signed)</source>
        <translation>endgültiger Beschluss (Konsens, unterschrieben)</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>einverstanden</translation>
    </message>
    <message>
        <source>objects: {reason}</source>
        <translation>Einwand: {reason}</translation>
    </message>
    <message>
        <source>no position recorded</source>
        <translation>kein Standpunkt erfasst</translation>
    </message>
    <message>
        <source>General remarks</source>
        <translation>Allgemeine Bemerkungen</translation>
    </message>
    <message>
        <source>Amendments after approval</source>
        <translation>Berichtigungen nach der Genehmigung</translation>
    </message>
    <message>
        <source>These corrections were recorded after the minutes were approved. They are not part of the approved text above, which stays as it was approved; read the two together.</source>
        <translation>Diese Korrekturen wurden nach der Genehmigung des Protokolls erfasst. Sie sind nicht Teil des oben stehenden genehmigten Textes, der unverändert bleibt; lesen Sie beides zusammen.</translation>
    </message>
    <message>
        <source>Amendment of {moment} by {name}</source>
        <translation>Berichtigung vom {moment} von {name}</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Organisation and function</source>
        <translation>Organisation und Funktion</translation>
    </message>
    <message>
        <source>Secrecy duty acknowledged</source>
        <translation>Schweigepflicht anerkannt</translation>
    </message>
    <message>
        <source>One-off guests at this item</source>
        <translation>Einmalige Gäste bei diesem Punkt</translation>
    </message>
    <message>
        <source>Each guest acknowledged the duty of shared professional secrecy (art. 458ter §2 Criminal Code) in the app before taking part in this item.</source>
        <translation>Jeder Gast hat in der App die Pflicht zum geteilten Berufsgeheimnis (Art. 458ter § 2 StGB) anerkannt, bevor er an diesem Punkt teilnahm.</translation>
    </message>
    <message>
        <source>Refusals and representations</source>
        <translation>Ablehnungen und Vertretungen</translation>
    </message>
    <message>
        <source>refused to take part in this item. Motivation: {motivation}</source>
        <translation>hat die Teilnahme an diesem Punkt abgelehnt. Begründung: {motivation}</translation>
    </message>
    <message>
        <source>was represented by {name}, {function}.</source>
        <translation>wurde vertreten durch {name}, {function}.</translation>
    </message>
    <message>
        <source>The content of this item was erased on {day} ({rule}).</source>
        <translation>Der Inhalt dieses Punktes wurde am {day} gelöscht ({rule}).</translation>
    </message>
    <message>
        <source>The content of this item is kept with its case, which is not on this laptop.</source>
        <translation>Der Inhalt dieses Punktes wird bei seinem Fall aufbewahrt, der sich nicht auf diesem Laptop befindet.</translation>
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
    <name>MeetingRecord</name>
    <message>
        <source>Item {items} has no summary.</source>
        <translation>Punkt {items} hat keine Zusammenfassung.</translation>
    </message>
    <message>
        <source>Items {items} have no summary.</source>
        <translation>Die Punkte {items} haben keine Zusammenfassung.</translation>
    </message>
    <message>
        <source>Item {items} has no effective participants.</source>
        <translation>Punkt {items} hat keine tatsächlich teilnehmenden Mitglieder.</translation>
    </message>
    <message>
        <source>Items {items} have no effective participants.</source>
        <translation>Die Punkte {items} haben keine tatsächlich teilnehmenden Mitglieder.</translation>
    </message>
    <message>
        <source>Item {items} has a proposal that is not signed or withdrawn.</source>
        <translation>Punkt {items} hat einen Vorschlag, der weder unterschrieben noch zurückgezogen ist.</translation>
    </message>
    <message>
        <source>Items {items} have proposals that are not signed or withdrawn.</source>
        <translation>Die Punkte {items} haben Vorschläge, die weder unterschrieben noch zurückgezogen sind.</translation>
    </message>
    <message>
        <source>Present without acknowledging the secrecy duty: {names}.</source>
        <translation>Anwesend, ohne die Schweigepflicht bestätigt zu haben: {names}.</translation>
    </message>
    <message>
        <source>Record first whether these people are present, excused or absent: {names}.</source>
        <translation>Halten Sie zuerst fest, ob diese Personen anwesend, entschuldigt oder abwesend sind: {names}.</translation>
    </message>
    <message>
        <source>The meeting is recorded as held and cannot be reopened.</source>
        <translation>Die Sitzung wird als abgehalten festgehalten und kann nicht wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>The draft minutes open next: summaries can still be completed there until the chair approves them.</source>
        <translation>Danach öffnet sich der Protokollentwurf: Dort können die Zusammenfassungen noch ergänzt werden, bis der Vorsitz das Protokoll genehmigt.</translation>
    </message>
    <message>
        <source>The minutes are frozen as they stand now: summaries, attendance, effective participants, decisions and remarks.</source>
        <translation>Das Protokoll wird so festgeschrieben, wie es jetzt ist: Zusammenfassungen, Anwesenheit, tatsächlich teilnehmende Mitglieder, Beschlüsse und Bemerkungen.</translation>
    </message>
    <message>
        <source>Afterwards a mistake can only be corrected by a recorded amendment beside the minutes.</source>
        <translation>Danach kann ein Fehler nur noch durch eine festgehaltene Berichtigung neben dem Protokoll korrigiert werden.</translation>
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
        <source>You are not invited to this agenda item, so you cannot see it.</source>
        <translation>Sie sind zu diesem Tagesordnungspunkt nicht eingeladen und können ihn daher nicht sehen.</translation>
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
        <source>Only the chair&apos;s role belongs to one municipality.</source>
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
    <name>MinorBadge</name>
    <message>
        <source>Minor</source>
        <translation>Minderjährig</translation>
    </message>
    <message>
        <source>Under 18 until {day}: the youth-protection rules apply.</source>
        <translation>Unter 18 bis {day}: Es gelten die Regeln des Jugendschutzes.</translation>
    </message>
    <message>
        <source>Under 18: the youth-protection rules apply.</source>
        <translation>Unter 18: Es gelten die Regeln des Jugendschutzes.</translation>
    </message>
</context>
<context>
    <name>Minors</name>
    <message>
        <source>Case {code} is about a minor. The youth-protection rules apply to what is shared: the Youth Protection Act of 8 April 1965 and the youth-aid decrees of the communities. Share only what the LTF needs, with the child&apos;s interest first; the parents&apos; position counts.</source>
        <translation>Fall {code} betrifft eine minderjährige Person. Für das, was weitergegeben wird, gelten die Regeln des Jugendschutzes: das Jugendschutzgesetz vom 8. April 1965 und die Dekrete der Gemeinschaften über die Jugendhilfe. Geben Sie nur weiter, was die LTF braucht, mit dem Wohl des Kindes an erster Stelle; die Haltung der Eltern zählt.</translation>
    </message>
    <message>
        <source>Case {code} is about a minor. The youth-protection rules apply to what is handed over: the Youth Protection Act of 8 April 1965 and the youth-aid decrees of the communities. Hand over only what the other LIVC-R needs to continue the case, with the child&apos;s interest first; the parents&apos; position counts.</source>
        <translation>Fall {code} betrifft eine minderjährige Person. Für das, was übergeben wird, gelten die Regeln des Jugendschutzes: das Jugendschutzgesetz vom 8. April 1965 und die Dekrete der Gemeinschaften über die Jugendhilfe. Übergeben Sie nur, was das andere BLIS-R braucht, um den Fall weiterzuverfolgen, mit dem Wohl des Kindes an erster Stelle; die Haltung der Eltern zählt.</translation>
    </message>
    <message>
        <source>The case handed over ({code}) is about a minor. The youth-protection rules apply here too: the Youth Protection Act of 8 April 1965 and the youth-aid decrees of the communities. Use what was handed over only to continue the guidance, with the child&apos;s interest first; the parents&apos; position counts.</source>
        <translation>Der übergebene Fall ({code}) betrifft eine minderjährige Person. Die Regeln des Jugendschutzes gelten auch hier: das Jugendschutzgesetz vom 8. April 1965 und die Dekrete der Gemeinschaften über die Jugendhilfe. Verwenden Sie das Übergebene nur, um die Begleitung fortzusetzen, mit dem Wohl des Kindes an erster Stelle; die Haltung der Eltern zählt.</translation>
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
        <source>The correction must be about an item on the agenda of this meeting, or about the minutes as a whole.</source>
        <translation>Die Korrektur muss einen Punkt der Tagesordnung dieser Sitzung oder das Protokoll als Ganzes betreffen.</translation>
    </message>
    <message>
        <source>The remarks may be at most {maximum} characters.</source>
        <translation>Die Bemerkungen dürfen höchstens {maximum} Zeichen haben.</translation>
    </message>
    <message>
        <source>The approved minutes of the meeting of {day} no longer match what was approved.</source>
        <translation>Das genehmigte Protokoll der Sitzung vom {day} stimmt nicht mehr mit dem Genehmigten überein.</translation>
    </message>
    <message>
        <source>{attendance}, left at {time}</source>
        <translation>{attendance}, gegangen um {time}</translation>
    </message>
    <message>
        <source>Not every item of these minutes is on this laptop, and the coordinator&apos;s laptop has not sealed them for approval yet. Sync this laptop, or ask the coordinator to open the minutes on their laptop and sync it.</source>
        <translation>Nicht alle Punkte dieses Protokolls befinden sich auf diesem Laptop, und der Laptop des Koordinators hat es noch nicht zur Genehmigung versiegelt. Synchronisieren Sie diesen Laptop oder bitten Sie den Koordinator, das Protokoll auf seinem Laptop zu öffnen und diesen zu synchronisieren.</translation>
    </message>
    <message>
        <source>The minutes changed after the coordinator&apos;s laptop sealed them for approval. Sync this laptop, or ask the coordinator to open the minutes on their laptop and sync it; then approve again.</source>
        <translation>Das Protokoll hat sich geändert, nachdem der Laptop des Koordinators es zur Genehmigung versiegelt hat. Synchronisieren Sie diesen Laptop oder bitten Sie den Koordinator, das Protokoll auf seinem Laptop zu öffnen und diesen zu synchronisieren; genehmigen Sie es danach erneut.</translation>
    </message>
    <message>
        <source>Not on this laptop: the items about {items}. You approve them as the coordinator&apos;s laptop sealed them; their text stays with their case.</source>
        <translation>Nicht auf diesem Laptop: die Punkte zu {items}. Sie genehmigen sie so, wie der Laptop des Koordinators sie versiegelt hat; ihr Text bleibt bei ihrem Fall.</translation>
    </message>
    <message>
        <source>{chair} approved the minutes of the meeting of {day} as they were sealed for approval, before a later change on this laptop. The approved minutes are that earlier text: the screen and the PDF show exactly what {chair} signed. Not in them: what was changed afterwards in {changes}. Add an amendment to these minutes for what must be corrected, or bring it to the next meeting.</source>
        <translation>{chair} hat das Protokoll der Sitzung vom {day} so genehmigt, wie es zur Genehmigung versiegelt war, vor einer späteren Änderung auf diesem Laptop. Das genehmigte Protokoll ist dieser frühere Text: Bildschirm und PDF zeigen genau, was {chair} unterzeichnet hat. Nicht darin enthalten: was danach geändert wurde in {changes}. Fügen Sie diesem Protokoll eine Berichtigung für das hinzu, was korrigiert werden muss, oder bringen Sie es in die nächste Sitzung ein.</translation>
    </message>
    <message>
        <source>item {number} ({heading})</source>
        <translation>Punkt {number} ({heading})</translation>
    </message>
    <message>
        <source>the general part (attendance, remarks)</source>
        <translation>dem allgemeinen Teil (Anwesenheit, Bemerkungen)</translation>
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
        <source>final, signed by {name}</source>
        <translation>endgültig, unterschrieben von {name}</translation>
    </message>
    <message>
        <source>Decision: {kind} ({outcome}): “{wording}”</source>
        <translation>Beschluss: {kind} ({outcome}): „{wording}“</translation>
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
        <source>the general remarks</source>
        <translation>die allgemeinen Bemerkungen</translation>
    </message>
    <message>
        <source>the summary of item {number}</source>
        <translation>die Zusammenfassung von Punkt {number}</translation>
    </message>
    <message>
        <source>The draft minutes of {day}: {parts}</source>
        <translation>Der Protokollentwurf vom {day}: {parts}</translation>
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
        <source>Approve the minutes</source>
        <translation>Das Protokoll genehmigen</translation>
    </message>
    <message>
        <source>Read the minutes once more: after approval they can no longer change.</source>
        <translation>Lesen Sie das Protokoll noch einmal: Nach der Genehmigung kann es sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>I understand that the minutes are approved with these parts missing.</source>
        <translation>Ich verstehe, dass das Protokoll genehmigt wird, obwohl diese Teile fehlen.</translation>
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
    <message>
        <source>{moment} – {author}, about the minutes as a whole: {text}</source>
        <translation>{moment} – {author}, zum Protokoll als Ganzes: {text}</translation>
    </message>
    <message>
        <source>{moment} – {author}, about item {number} ({heading}): {text}</source>
        <translation>{moment} – {author}, zu Punkt {number} ({heading}): {text}</translation>
    </message>
</context>
<context>
    <name>MunicipalityDialog</name>
    <message>
        <source>Responsible municipality of {code}</source>
        <translation>Zuständige Gemeinde von {code}</translation>
    </message>
    <message>
        <source>In a joint LIVC-R each case belongs to one member municipality; its mayor (or representative) signs the decisions about the case.</source>
        <translation>In einem gemeinsamen BLIS-R gehört jeder Fall zu einer Mitgliedsgemeinde; deren Bürgermeister (oder sein Vertreter) unterschreibt die Beschlüsse zum Fall.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
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
    <name>MyCasesArea</name>
    <message>
        <source>{day} (overdue)</source>
        <translation>{day} (überfällig)</translation>
    </message>
    <message>
        <source>Contributing partner (lead: {lead})</source>
        <translation>Mitwirkender Partner (federführend: {lead})</translation>
    </message>
    <message>
        <source>Select a case in the list first.</source>
        <translation>Wählen Sie zuerst einen Fall in der Liste.</translation>
    </message>
    <message>
        <source>Case {code} has no running guidance trajectory to log an update on.</source>
        <translation>Fall {code} hat keinen laufenden Begleitungsweg, zu dem ein Eintrag erfasst werden kann.</translation>
    </message>
    <message>
        <source>Update logged on {code}.</source>
        <translation>Eintrag zu {code} erfasst.</translation>
    </message>
    <message>
        <source>Evaluation of {code} recorded.</source>
        <translation>Evaluation von {code} erfasst.</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Meine Fälle</translation>
    </message>
    <message>
        <source>Show closed cases too</source>
        <translation>Auch abgeschlossene Fälle zeigen</translation>
    </message>
    <message>
        <source>The cases you are invited to, the actions of your organisation and the evaluations you prepare. Double-click a row to open the dossier.</source>
        <translation>Die Fälle, zu denen Sie eingeladen sind, die Maßnahmen Ihrer Organisation und die Evaluationen, die Sie vorbereiten. Doppelklicken Sie auf eine Zeile, um die Fallakte zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>Evaluations to prepare (%n)</source>
        <translation>
            <numerusform>Vorzubereitende Evaluation (%n)</numerusform>
            <numerusform>Vorzubereitende Evaluationen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open actions of my organisation (%n)</source>
        <translation>
            <numerusform>Offene Maßnahme meiner Organisation (%n)</numerusform>
            <numerusform>Offene Maßnahmen meiner Organisation (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My cases (%n)</source>
        <translation>
            <numerusform>Mein Fall (%n)</numerusform>
            <numerusform>Meine Fälle (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>My part</source>
        <translation>Meine Rolle</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Nächste Evaluation</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzter Eintrag</translation>
    </message>
    <message>
        <source>Record the selected evaluation…</source>
        <translation>Ausgewählte Evaluation erfassen…</translation>
    </message>
    <message>
        <source>Log an update on the selected case…</source>
        <translation>Eintrag zum ausgewählten Fall erfassen…</translation>
    </message>
    <message>
        <source>Open the dossier</source>
        <translation>Fallakte öffnen</translation>
    </message>
</context>
<context>
    <name>MyPart</name>
    <message>
        <source>Lead partner</source>
        <translation>Federführender Partner</translation>
    </message>
    <message>
        <source>Contributing partner</source>
        <translation>Mitwirkender Partner</translation>
    </message>
    <message>
        <source>Invited to the case</source>
        <translation>Zum Fall eingeladen</translation>
    </message>
</context>
<context>
    <name>NoHubLaptops</name>
    <message>
        <source>Save the bundle of changes</source>
        <translation>Das Änderungspaket speichern</translation>
    </message>
    <message>
        <source>The bundle for {member} is saved as {file}: {operations} changes. Only their laptop can open it; hand it over and import it there.</source>
        <translation>Das Paket für {member} wurde als {file} gespeichert: {operations} Änderungen. Nur der Laptop dieser Person kann es öffnen; übergeben Sie es und importieren Sie es dort.</translation>
    </message>
    <message>
        <source>Laptops without a hub</source>
        <translation>Laptops ohne Hub</translation>
    </message>
    <message>
        <source>Without a hub, laptops join and exchange their changes by file: invite the laptop, approve the join request its owner brings back, then export a bundle for it. Bundles are encrypted for that laptop alone; carry them on a USB stick.</source>
        <translation>Ohne Hub treten Laptops per Datei bei und tauschen ihre Änderungen per Datei aus: Laden Sie den Laptop ein, geben Sie die Beitrittsanfrage frei, die sein Besitzer zurückbringt, und exportieren Sie dann ein Paket für ihn. Pakete sind nur für diesen Laptop verschlüsselt; bringen Sie sie auf einem USB-Stick hinüber.</translation>
    </message>
    <message>
        <source>Export a bundle for this laptop…</source>
        <translation>Paket für diesen Laptop exportieren…</translation>
    </message>
    <message>
        <source>Laptops approved by file</source>
        <translation>Per Datei freigegebene Laptops</translation>
    </message>
    <message>
        <source>No laptop has been approved by file yet.</source>
        <translation>Noch kein Laptop wurde per Datei freigegeben.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Last bundle sent</source>
        <translation>Letztes Paket gesendet</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Letztes Paket empfangen</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
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
        <source>The case&apos;s effective participants</source>
        <translation>Die tatsächlich teilnehmenden Mitglieder des Falls</translation>
    </message>
    <message>
        <source>My organisation only</source>
        <translation>Nur meine Organisation</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>Objection</source>
        <translation>Einwand</translation>
    </message>
    <message>
        <source>{name} objects: there is no consensus. Write down what blocks it, so the table can reword the proposal or postpone the item.</source>
        <translation>{name} erhebt Einwand: Es besteht kein Konsens. Notieren Sie, was ihn verhindert, damit der Tisch den Vorschlag umformulieren oder den Punkt vertagen kann.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
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
    <name>Outcome</name>
    <message>
        <source>No effective participants recorded for this item</source>
        <translation>Für diesen Punkt sind keine tatsächlich teilnehmenden Mitglieder erfasst</translation>
    </message>
    <message>
        <source>Waiting for positions</source>
        <translation>Standpunkte ausstehend</translation>
    </message>
    <message>
        <source>No consensus (objection)</source>
        <translation>Kein Konsens (Einwand)</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
</context>
<context>
    <name>OverviewArea</name>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>✓ The database is healthy: {count} operations verified, no link broken.</source>
        <translation>✓ Die Datenbank ist in Ordnung: {count} Vorgänge geprüft, kein Glied unterbrochen.</translation>
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
    <name>OwnKeysPanel</name>
    <message>
        <source>Current key</source>
        <translation>Aktueller Schlüssel</translation>
    </message>
    <message>
        <source>Previous since {day}: read-only</source>
        <translation>Früher, seit {day}: nur lesen</translation>
    </message>
    <message>
        <source>Retired on {day}: opens nothing</source>
        <translation>Seit {day} außer Dienst: öffnet nichts</translation>
    </message>
    <message>
        <source>Change this LIVC-R&apos;s hand-over key</source>
        <translation>Den Übergabeschlüssel dieses BLIS-R ändern</translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>Den Schlüssel ändern</translation>
    </message>
    <message>
        <source>The key was changed. Save the key change for the other LIVC-Rs.</source>
        <translation>Der Schlüssel wurde geändert. Speichern Sie die Schlüsseländerung für die anderen BLIS-R.</translation>
    </message>
    <message>
        <source>The key was changed and the key change saved to {file}. Give it to the coordinator of every registered LIVC-R.</source>
        <translation>Der Schlüssel wurde geändert und die Schlüsseländerung in {file} gespeichert. Geben Sie sie der Koordination jedes registrierten BLIS-R.</translation>
    </message>
    <message>
        <source>Select a previous key to retire first.</source>
        <translation>Wählen Sie zuerst einen früheren Schlüssel aus, der außer Dienst gestellt werden soll.</translation>
    </message>
    <message>
        <source>Retire a previous hand-over key</source>
        <translation>Einen früheren Übergabeschlüssel außer Dienst stellen</translation>
    </message>
    <message>
        <source>Retire the key</source>
        <translation>Den Schlüssel außer Dienst stellen</translation>
    </message>
    <message>
        <source>Key {fingerprint} is retired.</source>
        <translation>Schlüssel {fingerprint} ist außer Dienst gestellt.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Change the key…</source>
        <translation>Den Schlüssel ändern…</translation>
    </message>
    <message>
        <source>Retire the previous key…</source>
        <translation>Den früheren Schlüssel außer Dienst stellen…</translation>
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
    <name>PartnersDialog</name>
    <message>
        <source>Select the partner in the list first.</source>
        <translation>Wählen Sie zuerst den Partner in der Liste.</translation>
    </message>
    <message>
        <source>Contributing partners</source>
        <translation>Mitwirkende Partner</translation>
    </message>
    <message>
        <source>Besides the lead partner ({lead}), these organisations carry the trajectory: they add goals and actions and take part in its evaluations. Changes are saved at once.</source>
        <translation>Neben dem federführenden Partner ({lead}) tragen diese Organisationen den Begleitungsweg: Sie fügen Ziele und Maßnahmen hinzu und wirken an den Evaluationen mit. Änderungen werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>End the selected partner&apos;s contribution</source>
        <translation>Mitwirkung des ausgewählten Partners beenden</translation>
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
    <name>PeriodBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Von – bis</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeinde:</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle Gemeinden</translation>
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
    <name>PlanSection</name>
    <message>
        <source>Late</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Select a row in the list first.</source>
        <translation>Wählen Sie zuerst eine Zeile in der Liste.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Lebensbereiche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
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
        <source>Add a goal…</source>
        <translation>Ziel hinzufügen…</translation>
    </message>
    <message>
        <source>Change the selected goal…</source>
        <translation>Ausgewähltes Ziel ändern…</translation>
    </message>
    <message>
        <source>Add an action…</source>
        <translation>Maßnahme hinzufügen…</translation>
    </message>
    <message>
        <source>Change the selected action…</source>
        <translation>Ausgewählte Maßnahme ändern…</translation>
    </message>
</context>
<context>
    <name>Position</name>
    <message>
        <source>Agrees</source>
        <translation>Einverstanden</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Einwand</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Item {number} of {total}</source>
        <translation>Punkt {number} von {total}</translation>
    </message>
    <message>
        <source>LIVC-R – presentation</source>
        <translation>BLIS-R – Präsentation</translation>
    </message>
    <message>
        <source>← Previous item</source>
        <translation>← Voriger Punkt</translation>
    </message>
    <message>
        <source>Page Up or ←</source>
        <translation>Bild ↑ oder ←</translation>
    </message>
    <message>
        <source>Next item →</source>
        <translation>Nächster Punkt →</translation>
    </message>
    <message>
        <source>Page Down or →</source>
        <translation>Bild ↓ oder →</translation>
    </message>
    <message>
        <source>Hold to show the name</source>
        <translation>Gedrückt halten, um den Namen zu zeigen</translation>
    </message>
    <message>
        <source>The name shows only while this button is held down (or Space is held on it), and only at the chair&apos;s request.</source>
        <translation>Der Name erscheint nur, solange diese Schaltfläche (oder die Leertaste auf ihr) gedrückt bleibt, und nur auf Wunsch des Vorsitzes.</translation>
    </message>
    <message>
        <source>Leave the presentation (Esc)</source>
        <translation>Präsentation beenden (Esc)</translation>
    </message>
</context>
<context>
    <name>PrivacyArea</name>
    <message>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>The register of requests people make about their data (access, rectification, erasure, restriction, objection) with their due dates, and the documents the data-protection officer accounts with.</source>
        <translation>Das Register der Anträge, die Personen zu ihren Daten stellen (Auskunft, Berichtigung, Löschung, Einschränkung, Widerspruch), mit ihren Fristen, und die Unterlagen, mit denen der Datenschutzbeauftragte Rechenschaft ablegt.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gestellt von</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Neuer Antrag…</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Entscheidung…</translation>
    </message>
    <message>
        <source>Extend the term…</source>
        <translation>Frist verlängern…</translation>
    </message>
    <message>
        <source>Person informed…</source>
        <translation>Person informiert…</translation>
    </message>
    <message>
        <source>Answer sent…</source>
        <translation>Antwort versandt…</translation>
    </message>
    <message>
        <source>Export the person&apos;s data…</source>
        <translation>Daten der Person exportieren…</translation>
    </message>
    <message>
        <source>Record of processing (art. 30)…</source>
        <translation>Verarbeitungsverzeichnis (Art. 30)…</translation>
    </message>
    <message>
        <source>DPIA facts sheet…</source>
        <translation>Faktenblatt DSFA…</translation>
    </message>
    <message>
        <source>{day} – overdue</source>
        <translation>{day} – überfällig</translation>
    </message>
    <message>
        <source>Save the record of processing</source>
        <translation>Verarbeitungsverzeichnis speichern</translation>
    </message>
    <message>
        <source>Save the DPIA facts sheet</source>
        <translation>Faktenblatt für die DSFA speichern</translation>
    </message>
    <message>
        <source>Explanation: {value}</source>
        <translation>Erläuterung: {value}</translation>
    </message>
    <message>
        <source>Term extended: {value}</source>
        <translation>Frist verlängert: {value}</translation>
    </message>
    <message>
        <source>Answer: {value}</source>
        <translation>Antwort: {value}</translation>
    </message>
    <message>
        <source>Remark: {value}</source>
        <translation>Bemerkung: {value}</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Saved in {file}.</source>
        <translation>Gespeichert in {file}.</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Anträge betroffener Personen</translation>
    </message>
    <message>
        <source>Records of processing</source>
        <translation>Verarbeitungsverzeichnis</translation>
    </message>
    <message>
        <source>Generated from the configuration of this LIVC-R and the measures the app takes: the record of processing activities (GDPR art. 30) and the facts a data-protection impact assessment starts from. Printing is journaled.</source>
        <translation>Erstellt aus der Konfiguration dieses BLIS-R und den Maßnahmen, die die App trifft: das Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) und die Fakten, von denen eine Datenschutz-Folgenabschätzung ausgeht. Das Drucken wird protokolliert.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>LIVC-R – projector</source>
        <translation>BLIS-R – Beamer</translation>
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
        <source>Screened onto the operational table</source>
        <translation>Nach Vorprüfung auf den operativen Tisch gebracht</translation>
    </message>
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
    <message>
        <source>Evaluation waiting for the table&apos;s decision</source>
        <translation>Evaluation wartet auf die Entscheidung des Tisches</translation>
    </message>
    <message>
        <source>Evaluation of the trajectory due</source>
        <translation>Evaluation des Begleitungswegs fällig</translation>
    </message>
    <message>
        <source>Closed case reopened</source>
        <translation>Abgeschlossener Fall wiedereröffnet</translation>
    </message>
    <message>
        <source>Turned 18: close the case or confirm the follow-up</source>
        <translation>18 geworden: den Fall abschließen oder die Nachverfolgung bestätigen</translation>
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
        <source>Nothing to propose: no case screened onto the table waits for an agenda, no signal waits for screening, no follow-up is due by the meeting day, the LTF passed nothing on and no item was postponed.</source>
        <translation>Nichts vorzuschlagen: Kein nach Vorprüfung auf den Tisch gebrachter Fall wartet auf eine Tagesordnung, keine Meldung wartet auf die Vorprüfung, keine Wiedervorlage ist bis zum Sitzungstag fällig, die LTF hat nichts weitergegeben und kein Punkt wurde vertagt.</translation>
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
    <name>ProposeDialog</name>
    <message>
        <source>Reword the proposal</source>
        <translation>Den Vorschlag umformulieren</translation>
    </message>
    <message>
        <source>The old wording stays on record with the positions given to it. Every effective participant gives their position again on the new wording.</source>
        <translation>Die alte Formulierung bleibt mit den dazu abgegebenen Standpunkten erhalten. Jedes tatsächlich teilnehmende Mitglied nimmt zur neuen Formulierung erneut Stellung.</translation>
    </message>
    <message>
        <source>Correct a final decision</source>
        <translation>Einen endgültigen Beschluss berichtigen</translation>
    </message>
    <message>
        <source>A signed decision never changes. This new decision corrects it once it is agreed by consensus and signed; the old one stays readable.</source>
        <translation>Ein unterschriebener Beschluss ändert sich nie. Dieser neue Beschluss berichtigt ihn, sobald er im Konsens angenommen und unterschrieben ist; der alte bleibt lesbar.</translation>
    </message>
    <message>
        <source>Put a proposal to the table</source>
        <translation>Dem Tisch einen Vorschlag vorlegen</translation>
    </message>
    <message>
        <source>The table decides by consensus: every effective participant of this item must agree, and one objection blocks the proposal.</source>
        <translation>Der Tisch beschließt im Konsens: Jedes tatsächlich teilnehmende Mitglied dieses Punktes muss einverstanden sein, und ein einziger Einwand blockiert den Vorschlag.</translation>
    </message>
    <message>
        <source>The table decides the erasure by consensus and the meeting&apos;s chair signs it. Its wording is fixed: what is said about the case belongs in the case.</source>
        <translation>Der Tisch beschließt die Löschung im Konsens, und der Vorsitzende der Sitzung unterschreibt sie. Der Wortlaut ist festgelegt: Was über den Fall gesagt wird, gehört in den Fall.</translation>
    </message>
    <message>
        <source>Choose the lead partner</source>
        <translation>Federführenden Partner wählen</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Grund wählen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>Jahresbericht</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Approves the yearly report of this year (it is then frozen):</source>
        <translation>Genehmigt den Jahresbericht dieses Jahres (er wird dann festgeschrieben):</translation>
    </message>
    <message>
        <source>Proposal as worded</source>
        <translation>Vorschlag im Wortlaut</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Federführender Partner</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Grund des Abschlusses</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Nachverfolgung</translation>
    </message>
    <message>
        <source>Put the case on the agenda again on</source>
        <translation>Den Fall wieder auf die Tagesordnung setzen am</translation>
    </message>
    <message>
        <source>Feedback form</source>
        <translation>Rückmeldebogen</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
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
        <translation>Besorgniserregend</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
</context>
<context>
    <name>RatingChart</name>
    <message>
        <source>{domain} (retired)</source>
        <translation>{domain} (außer Gebrauch)</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>the last {shown} of {total} evaluations</source>
        <translation>die letzten {shown} von {total} Evaluationen</translation>
    </message>
    <message>
        <source>{domain}, {day}: {rating}</source>
        <translation>{domain}, {day}: {rating}</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>RatingGrid</name>
    <message>
        <source>Life domain</source>
        <translation>Lebensbereich</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (freiwillig)</translation>
    </message>
</context>
<context>
    <name>ReceivedNoteView</name>
    <message>
        <source>The transfer note could not be shown.</source>
        <translation>Der Übergabevermerk konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Transfer note received</source>
        <translation>Empfangener Übergabevermerk</translation>
    </message>
    <message>
        <source>Opening the transfer note…</source>
        <translation>Übergabevermerk wird geöffnet…</translation>
    </message>
    <message numerus="yes">
        <source>The transfer note the other LIVC-R sent with this case, as it arrived (%n page(s)).</source>
        <translation>
            <numerusform>Der Übergabevermerk, den das andere BLIS-R mit dieser Akte geschickt hat, so wie er angekommen ist (%n Seite).</numerusform>
            <numerusform>Der Übergabevermerk, den das andere BLIS-R mit dieser Akte geschickt hat, so wie er angekommen ist (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RecordsOfProcessing</name>
    <message>
        <source>The file is not a report of the fault suite (python -m benchmarks.faults --json FILE).</source>
        <translation>Die Datei ist kein Bericht der Fehlertests (python -m benchmarks.faults --json FILE).</translation>
    </message>
    <message>
        <source>The database on every laptop is encrypted with SQLCipher {version} (AES-256); deleted records are overwritten (secure_delete).</source>
        <translation>Die Datenbank auf jedem Laptop ist mit SQLCipher {version} (AES-256) verschlüsselt; gelöschte Daten werden überschrieben (secure_delete).</translation>
    </message>
    <message>
        <source>Each person opens the data with their own passphrase, stretched with {kdf} ({iterations} passes, {memory} MiB of memory, {lanes} lanes); no passphrase is stored.</source>
        <translation>Jede Person öffnet die Daten mit ihrer eigenen Passphrase, gestärkt mit {kdf} ({iterations} Durchläufe, {memory} MiB Speicher, {lanes} Spuren); keine Passphrase wird gespeichert.</translation>
    </message>
    <message>
        <source>Every change and every access to a dossier is written to a hash-chained journal, signed by its author (Ed25519); the data-protection officer can verify it.</source>
        <translation>Jede Änderung und jeder Zugriff auf eine Akte wird in ein per Hash verkettetes Protokoll geschrieben, von seinem Urheber signiert (Ed25519); der Datenschutzbeauftragte kann es prüfen.</translation>
    </message>
    <message>
        <source>Need-to-know access per role and per case: partners see only the cases they are invited to; refused attempts are journaled.</source>
        <translation>Zugriff nach Kenntnisbedarf je Rolle und Fall: Partner sehen nur die Fälle, zu denen sie eingeladen sind; abgelehnte Versuche werden protokolliert.</translation>
    </message>
    <message>
        <source>The window locks after {minutes} minutes without input (the default setting).</source>
        <translation>Das Fenster sperrt sich nach {minutes} Minuten ohne Eingabe (die Standardeinstellung).</translation>
    </message>
    <message>
        <source>Backups are encrypted and checked; exports are written readable by their owner only; logs hold no personal data.</source>
        <translation>Sicherungen sind verschlüsselt und geprüft; Exporte sind nur für ihren Eigentümer lesbar; Logdateien enthalten keine personenbezogenen Daten.</translation>
    </message>
    <message>
        <source>Feedback forms reach the police only after a signed consensus, checked by the secrecy guard against what was shared under professional secrecy.</source>
        <translation>Rückmeldebögen erreichen die Polizei erst nach einem unterzeichneten Konsens, von der Geheimnisprüfung mit dem abgeglichen, was unter dem Berufsgeheimnis geteilt wurde.</translation>
    </message>
    <message>
        <source>Laptops synchronise through a hub that holds only end-to-end encrypted envelopes (XChaCha20-Poly1305, keys per case sealed for each laptop with X25519): the hub cannot read them.</source>
        <translation>Laptops synchronisieren über einen Hub, der nur Ende-zu-Ende-verschlüsselte Umschläge hält (XChaCha20-Poly1305, Schlüssel je Fall für jeden Laptop mit X25519 versiegelt): Der Hub kann sie nicht lesen.</translation>
    </message>
    <message>
        <source>No sync hub is connected: the data stays on this laptop. Once connected, the hub holds only end-to-end encrypted envelopes (XChaCha20-Poly1305).</source>
        <translation>Kein Synchronisations-Hub ist verbunden: Die Daten bleiben auf diesem Laptop. Nach der Verbindung hält der Hub nur Ende-zu-Ende-verschlüsselte Umschläge (XChaCha20-Poly1305).</translation>
    </message>
    <message>
        <source>{what}: 1 year</source>
        <translation>{what}: 1 Jahr</translation>
    </message>
    <message>
        <source>{what}: {years} years</source>
        <translation>{what}: {years} Jahre</translation>
    </message>
    <message>
        <source>For the data-protection officer – no personal data of cases</source>
        <translation>Für den Datenschutzbeauftragten – keine personenbezogenen Daten von Fällen</translation>
    </message>
    <message>
        <source>Record of processing activities (GDPR art. 30)</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)</translation>
    </message>
    <message>
        <source>Processing: case consultation in the {livcr}</source>
        <translation>Verarbeitung: Fallbesprechung im {livcr}</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>The municipality of {municipalities}, represented by its mayor, who sets up and directs the LIVC-R</source>
        <translation>Die Gemeinde {municipalities}, vertreten durch ihren Bürgermeister, der das BLIS-R einrichtet und leitet</translation>
    </message>
    <message>
        <source>The municipalities of {municipalities} (a joint LIVC-R), each represented by its mayor</source>
        <translation>Die Gemeinden {municipalities} (ein gemeinsames BLIS-R), jede vertreten durch ihren Bürgermeister</translation>
    </message>
    <message>
        <source>Data-protection officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Law of 30 July 2018 establishing the LIVC-Rs (art. 2 and 3); art. 458ter Criminal Code (shared professional secrecy); GDPR art. 6(1)(e) and 9(2)(g)</source>
        <translation>Gesetz vom 30. Juli 2018 zur Einrichtung der BLIS-R (Art. 2 und 3); Art. 458ter Strafgesetzbuch (geteiltes Berufsgeheimnis); Art. 6 Abs. 1 Buchst. e und Art. 9 Abs. 2 Buchst. g DSGVO</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <source>The prevention of terrorist offences through case consultation: detecting and assessing signals of radicalisation, and offering a person guidance and support (a personalised guidance trajectory); anonymised figures for the strategic table.</source>
        <translation>Die Verhütung terroristischer Straftaten durch Fallbesprechung: Meldungen von Radikalisierung erkennen und einschätzen und einer Person Begleitung und Unterstützung anbieten (ein maßgeschneiderter Begleitungsweg); anonymisierte Zahlen für den strategischen Tisch.</translation>
    </message>
    <message>
        <source>Categories of persons</source>
        <translation>Kategorien betroffener Personen</translation>
    </message>
    <message>
        <source>Persons (including minors) about whom a signal was received; the people who signalled; the members of the tables and their organisations.</source>
        <translation>Personen (auch Minderjährige), zu denen eine Meldung einging; die meldenden Personen; die Mitglieder der Tische und ihre Organisationen.</translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation>Kategorien von Daten</translation>
    </message>
    <message>
        <source>Identity and contact details; the signal and its source; notes and records of the consultations; decisions; the guidance trajectory, its updates and evaluations over life domains; feedback forms to the LTF. Special categories: beliefs and convictions, health; data on suspected offences as the LTF shares them.</source>
        <translation>Identitäts- und Kontaktdaten; die Meldung und ihre Quelle; Notizen und Protokolle der Fallbesprechungen; Entscheidungen; der Begleitungsweg, seine Verlaufseinträge und Bewertungen über die Lebensbereiche; Rückmeldebögen an die LTF. Besondere Kategorien: Überzeugungen, Gesundheit; Daten über mutmaßliche Straftaten, wie die LTF sie teilt.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>The members of the operational table invited to a case: {kinds}. The Local Task Force (LTF), only through the Information Officer and only an approved feedback form.</source>
        <translation>Die zu einem Fall eingeladenen Mitglieder des operativen Tisches: {kinds}. Die Lokale Taskforce (LTF), nur über den Information Officer und nur ein genehmigter Rückmeldebogen.</translation>
    </message>
    <message>
        <source>Transfers outside the EU</source>
        <translation>Übermittlungen außerhalb der EU</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Retention terms</source>
        <translation>Aufbewahrungsfristen</translation>
    </message>
    <message>
        <source>Security measures (art. 32)</source>
        <translation>Sicherheitsmaßnahmen (Art. 32)</translation>
    </message>
    <message>
        <source>The app killed while writing</source>
        <translation>Die App beim Schreiben abgebrochen</translation>
    </message>
    <message>
        <source>A backup killed at each of its steps</source>
        <translation>Eine Sicherung bei jedem ihrer Schritte abgebrochen</translation>
    </message>
    <message>
        <source>A restore killed at each of its steps</source>
        <translation>Eine Wiederherstellung bei jedem ihrer Schritte abgebrochen</translation>
    </message>
    <message>
        <source>Damaged backups offered for restore</source>
        <translation>Beschädigte Sicherungen zur Wiederherstellung angeboten</translation>
    </message>
    <message>
        <source>Damaged key files at sign-in</source>
        <translation>Beschädigte Schlüsseldateien bei der Anmeldung</translation>
    </message>
    <message>
        <source>Tampering with the journal and the tables</source>
        <translation>Manipulation des Protokolls und der Tabellen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>Data lost, damaged or accepted</source>
        <translation>Daten verloren, beschädigt oder angenommen</translation>
    </message>
    <message>
        <source>Tampering detected / missed</source>
        <translation>Manipulation erkannt / übersehen</translation>
    </message>
    <message>
        <source>DPIA facts sheet</source>
        <translation>Faktenblatt für die Datenschutz-Folgenabschätzung (DSFA)</translation>
    </message>
    <message>
        <source>Facts for the data-protection impact assessment of the case consultation in the {livcr}, generated by the app on the day it was printed.</source>
        <translation>Fakten für die Datenschutz-Folgenabschätzung der Fallbesprechung im {livcr}, von der App am Tag des Drucks erstellt.</translation>
    </message>
    <message>
        <source>What is processed</source>
        <translation>Was verarbeitet wird</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>Closed cases still kept</source>
        <translation>Abgeschlossene, noch aufbewahrte Fälle</translation>
    </message>
    <message>
        <source>Persons recorded</source>
        <translation>Erfasste Personen</translation>
    </message>
    <message>
        <source>Nature of the data</source>
        <translation>Art der Daten</translation>
    </message>
    <message>
        <source>Signals of radicalisation about persons (often minors), beliefs and convictions, health and family situation, shared under professional secrecy: a high risk for the persons concerned.</source>
        <translation>Meldungen von Radikalisierung über Personen (oft Minderjährige), Überzeugungen, Gesundheit und familiäre Lage, unter dem Berufsgeheimnis geteilt: ein hohes Risiko für die betroffenen Personen.</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Durch wen</translation>
    </message>
    <message>
        <source>The measures the app takes</source>
        <translation>Die Maßnahmen der App</translation>
    </message>
    <message>
        <source>Tests of faults and leaks</source>
        <translation>Tests auf Fehler und Lecks</translation>
    </message>
    <message>
        <source>After a working session no passphrase, key or personal data is found in the logs or temporary files (an automated test plants a marker and searches for it).</source>
        <translation>Nach einer Arbeitssitzung findet sich keine Passphrase, kein Schlüssel und keine personenbezogene Angabe in den Logdateien oder temporären Dateien (ein automatischer Test setzt eine Markierung und sucht danach).</translation>
    </message>
    <message>
        <source>A feedback form reaches the police only after a signed consensus; automated tests check that no other path approves one.</source>
        <translation>Ein Rückmeldebogen erreicht die Polizei erst nach einem unterzeichneten Konsens; automatische Tests prüfen, dass kein anderer Weg einen genehmigt.</translation>
    </message>
    <message>
        <source>No measured run of the fault suite is attached to this sheet.</source>
        <translation>Diesem Faktenblatt ist kein gemessener Lauf der Fehlertests beigefügt.</translation>
    </message>
    <message>
        <source>The fault suite, run on {day} ({parameters}): every run is a real process killed or a damaged file offered; the database must come out whole every time.</source>
        <translation>Die Fehlertests, ausgeführt am {day} ({parameters}): Jeder Lauf ist ein echter abgebrochener Prozess oder eine angebotene beschädigte Datei; die Datenbank muss jedes Mal unversehrt bleiben.</translation>
    </message>
    <message>
        <source>Case data after the case is closed</source>
        <translation>Falldaten nach dem Abschluss des Falls</translation>
    </message>
    <message>
        <source>Case data after a case is closed with the reason “{reason}”</source>
        <translation>Falldaten nach dem Abschluss eines Falls mit dem Grund „{reason}“</translation>
    </message>
    <message>
        <source>A signal or case that never passed screening onto the table</source>
        <translation>Eine Meldung oder ein Fall, die nie über die Vorprüfung an den Tisch gelangt sind</translation>
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
        <source>Create a new recovery key</source>
        <translation>Neuen Wiederherstellungsschlüssel erstellen</translation>
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
    <name>RegisterLivcrDialog</name>
    <message>
        <source>Paste the key or open its file.</source>
        <translation>Fügen Sie den Schlüssel ein oder öffnen Sie seine Datei.</translation>
    </message>
    <message>
        <source>{name} ({language}; {municipality})
Fingerprint of this key:
{fingerprint}</source>
        <translation>{name} ({language}; {municipality})
Fingerabdruck dieses Schlüssels:
{fingerprint}</translation>
    </message>
    <message>
        <source>Register another LIVC-R</source>
        <translation>Ein anderes BLIS-R registrieren</translation>
    </message>
    <message>
        <source>Ask the other LIVC-R&apos;s coordinator for the key their app exports. Then compare the fingerprint with them, by phone or on paper, and type it as they read it: the key is saved only when both match.</source>
        <translation>Bitten Sie die Koordination des anderen BLIS-R um den Schlüssel, den ihre App exportiert. Vergleichen Sie dann den Fingerabdruck mit ihr, am Telefon oder auf Papier, und geben Sie ihn so ein, wie er vorgelesen wird: Der Schlüssel wird nur gespeichert, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Open the key file…</source>
        <translation>Schlüsseldatei öffnen…</translation>
    </message>
    <message>
        <source>The key says</source>
        <translation>Der Schlüssel nennt</translation>
    </message>
    <message>
        <source>Fingerprint as read aloud</source>
        <translation>Vorgelesener Fingerabdruck</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrieren</translation>
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
    <name>ReopenDialog</name>
    <message>
        <source>Reopen {code}</source>
        <translation>{code} wiedereröffnen</translation>
    </message>
    <message>
        <source>The case comes back among the operational table&apos;s proposals, which decides what happens next. The reopening and its reason are recorded in the history.</source>
        <translation>Der Fall erscheint wieder unter den Vorschlägen für den operativen Tisch, der über das weitere Vorgehen entscheidet. Die Wiedereröffnung und ihr Grund werden im Verlauf festgehalten.</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>Warum er wiedereröffnet wird</translation>
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
    <name>RequestDialogs</name>
    <message>
        <source>New data-subject request</source>
        <translation>Neuer Antrag einer betroffenen Person</translation>
    </message>
    <message>
        <source>Register the request on the day it was received: the answer is due one month later (GDPR art. 12(3)).</source>
        <translation>Erfassen Sie den Antrag mit dem Tag des Eingangs: Die Antwort ist einen Monat später fällig (Art. 12 Abs. 3 DSGVO).</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Fallcode</translation>
    </message>
    <message>
        <source>Right exercised</source>
        <translation>Ausgeübtes Recht</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gestellt von</translation>
    </message>
    <message>
        <source>Name of the parent or lawyer</source>
        <translation>Name des Elternteils oder Anwalts</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Decision on the request about {code}</source>
        <translation>Entscheidung über den Antrag zu {code}</translation>
    </message>
    <message>
        <source>A request that is not granted in full needs a legal ground, such as a restriction under GDPR art. 23 and the law of 30 July 2018. Explain it in a few words: the person is told the ground.</source>
        <translation>Ein Antrag, dem nicht vollständig stattgegeben wird, braucht eine Rechtsgrundlage, etwa eine Einschränkung nach Art. 23 DSGVO und dem Gesetz vom 30. Juli 2018. Erläutern Sie sie kurz: Die Person erfährt die Grundlage.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Extend the term of the request about {code}</source>
        <translation>Frist des Antrags zu {code} verlängern</translation>
    </message>
    <message>
        <source>A complex request may take two more months. This is possible once, within the first month, and the person must be told why.</source>
        <translation>Ein komplexer Antrag darf zwei Monate länger dauern. Das ist einmal möglich, innerhalb des ersten Monats, und die Person muss den Grund erfahren.</translation>
    </message>
    <message>
        <source>Why more time is needed</source>
        <translation>Warum mehr Zeit nötig ist</translation>
    </message>
    <message>
        <source>Person informed about {code}</source>
        <translation>Person informiert zu {code}</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Answer sent about {code}</source>
        <translation>Antwort versandt zu {code}</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Versandt am</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Was versandt wurde</translation>
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
        <source>With the account&apos;s passphrase</source>
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
    <name>Retention</name>
    <message>
        <source>No operational-table meeting is planned: plan the next meeting, then propose the erasure for its agenda.</source>
        <translation>Es ist keine Sitzung des operativen Tisches geplant: Planen Sie die nächste Sitzung und schlagen Sie dann die Löschung für deren Tagesordnung vor.</translation>
    </message>
    <message>
        <source>Case {code} has not reached this term under the house rules in force.</source>
        <translation>Fall {code} hat diese Frist nach der geltenden Geschäftsordnung nicht erreicht.</translation>
    </message>
    <message>
        <source>The erasure of case {code} is already proposed for the meeting of {day}.</source>
        <translation>Die Löschung von Fall {code} ist bereits für die Sitzung vom {day} vorgeschlagen.</translation>
    </message>
    <message>
        <source>This case was not found.</source>
        <translation>Dieser Fall wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Proposed erasure of case {code} under the house rules: {rule} on {day}</source>
        <translation>Vorgeschlagene Löschung von Fall {code} nach der Geschäftsordnung: {rule} am {day}</translation>
    </message>
    <message>
        <source>Proposed erasure of case {code} on a granted erasure request (decided on {day})</source>
        <translation>Vorgeschlagene Löschung von Fall {code} auf einen stattgegebenen Antrag auf Löschung (entschieden am {day})</translation>
    </message>
    <message>
        <source>Case {code} has no granted erasure request in the register of data-subject requests (or was erased already).</source>
        <translation>Fall {code} hat keinen stattgegebenen Antrag auf Löschung im Register der Anträge betroffener Personen (oder wurde bereits gelöscht).</translation>
    </message>
    <message>
        <source>Case {code} is closed: there is no follow-up to review at 18. The erasure terms of the house rules apply to it.</source>
        <translation>Fall {code} ist abgeschlossen: Es gibt keine Nachverfolgung, die mit 18 zu überprüfen wäre. Für ihn gelten die Aufbewahrungsfristen der Geschäftsordnung.</translation>
    </message>
</context>
<context>
    <name>RetentionArea</name>
    <message>
        <source>Retention and house rules</source>
        <translation>Aufbewahrung und Geschäftsordnung</translation>
    </message>
    <message>
        <source>How long the LIVC-R keeps its data is set in its own house rules, adopted by the strategic table. When a case reaches its term it is listed here, by its code only.</source>
        <translation>Wie lange der BLIS-R seine Daten aufbewahrt, legt seine eigene Geschäftsordnung fest, die der strategische Tisch annimmt. Erreicht ein Fall seine Frist, erscheint er hier, nur mit seinem Code.</translation>
    </message>
    <message>
        <source>Proposed for the meeting of {day}</source>
        <translation>Vorgeschlagen für die Sitzung vom {day}</translation>
    </message>
    <message>
        <source>Not proposed yet</source>
        <translation>Noch nicht vorgeschlagen</translation>
    </message>
    <message>
        <source>Proposed to the operational table: case {code}.</source>
        <translation>Dem operativen Tisch vorgeschlagen: Fall {code}.</translation>
    </message>
    <message>
        <source>Draft house rules saved.</source>
        <translation>Entwurf der Geschäftsordnung gespeichert.</translation>
    </message>
    <message>
        <source>Version {number} of the house rules recorded.</source>
        <translation>Fassung {number} der Geschäftsordnung festgehalten.</translation>
    </message>
    <message>
        <source>Reached their term</source>
        <translation>Frist erreicht</translation>
    </message>
    <message>
        <source>House rules</source>
        <translation>Geschäftsordnung</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Fällig seit</translation>
    </message>
    <message>
        <source>Operational table</source>
        <translation>Operativer Tisch</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In Kraft ab</translation>
    </message>
    <message>
        <source>Strategic table of</source>
        <translation>Strategischer Tisch vom</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Cases that reached their retention term by {day} under the house rules in force. “Propose to the table” puts the erasure of the selected case (or, at 18, the case itself, for its review) on the agenda of the next operational-table meeting; the table decides.</source>
        <translation>Fälle, die bis zum {day} ihre Aufbewahrungsfrist nach der geltenden Geschäftsordnung erreicht haben. „Dem Tisch vorschlagen“ setzt die Löschung des gewählten Falls (oder, mit 18, den Fall selbst zu seiner Überprüfung) auf die Tagesordnung der nächsten Sitzung des operativen Tisches; der Tisch entscheidet.</translation>
    </message>
    <message>
        <source>No case has reached its retention term.</source>
        <translation>Kein Fall hat seine Aufbewahrungsfrist erreicht.</translation>
    </message>
    <message>
        <source>Propose to the table</source>
        <translation>Dem Tisch vorschlagen</translation>
    </message>
    <message>
        <source>Edit the draft…</source>
        <translation>Entwurf bearbeiten…</translation>
    </message>
    <message>
        <source>Start a draft…</source>
        <translation>Entwurf beginnen…</translation>
    </message>
    <message>
        <source>Record the adoption…</source>
        <translation>Annahme festhalten…</translation>
    </message>
    <message>
        <source>PDF of the draft…</source>
        <translation>PDF des Entwurfs…</translation>
    </message>
    <message>
        <source>PDF of the selected version…</source>
        <translation>PDF der gewählten Fassung…</translation>
    </message>
    <message>
        <source>No version adopted yet: the defaults above apply.</source>
        <translation>Noch keine Fassung angenommen: Es gelten die Standardregeln oben.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n year(s) after closure</source>
        <translation>
            <numerusform>%n Jahr nach dem Abschluss aufbewahrt</numerusform>
            <numerusform>%n Jahre nach dem Abschluss aufbewahrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n year(s) when the case never reached the table</source>
        <translation>
            <numerusform>%n Jahr aufbewahrt, wenn der Fall nie an den Tisch kam</numerusform>
            <numerusform>%n Jahre aufbewahrt, wenn der Fall nie an den Tisch kam</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts below {threshold} are not shown in the figures</source>
        <translation>Zahlen unter {threshold} werden in den Zahlen nicht gezeigt</translation>
    </message>
    <message numerus="yes">
        <source>The operational table meets every %n month(s)</source>
        <translation>
            <numerusform>Der operative Tisch tagt alle %n Monate</numerusform>
            <numerusform>Der operative Tisch tagt alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>The case of a minor comes up again at their 18th birthday</source>
        <translation>Der Fall einer minderjährigen Person kommt zum 18. Geburtstag wieder an den Tisch</translation>
    </message>
    <message>
        <source>The operational table decides each erasure</source>
        <translation>Der operative Tisch beschließt jede Löschung</translation>
    </message>
    <message>
        <source>The coordinator decides each erasure with the DPO&apos;s confirmation</source>
        <translation>Der Koordinator beschließt jede Löschung mit Bestätigung des DSB</translation>
    </message>
    <message>
        <source>The strategic table has not adopted house rules yet, so the app applies its defaults: five years after closure is the practice of the Dutch covenant of 2017 (now law); no Belgian text fixes a term.</source>
        <translation>Der strategische Tisch hat noch keine Geschäftsordnung angenommen; daher wendet die App ihre Standardregeln an: fünf Jahre nach dem Abschluss ist die Praxis der niederländischen Vereinbarung von 2017 (heute Gesetz); kein belgischer Text legt eine Frist fest.</translation>
    </message>
    <message>
        <source>In force: version {number}, since {day}.</source>
        <translation>In Kraft: Fassung {number}, seit dem {day}.</translation>
    </message>
</context>
<context>
    <name>RetentionRule</name>
    <message>
        <source>Term after closure reached</source>
        <translation>Frist nach dem Abschluss erreicht</translation>
    </message>
    <message>
        <source>Shorter term reached (never reached the table)</source>
        <translation>Kürzere Frist erreicht (nie am Tisch)</translation>
    </message>
    <message>
        <source>Review at the person&apos;s 18th birthday</source>
        <translation>Überprüfung zum 18. Geburtstag der Person</translation>
    </message>
    <message>
        <source>Granted erasure request</source>
        <translation>Stattgegebener Antrag auf Löschung</translation>
    </message>
</context>
<context>
    <name>RetentionRuleInText</name>
    <message>
        <source>term after closure reached</source>
        <translation>Frist nach dem Abschluss erreicht</translation>
    </message>
    <message>
        <source>shorter term reached (never reached the table)</source>
        <translation>kürzere Frist erreicht (nie am Tisch)</translation>
    </message>
    <message>
        <source>review at the person&apos;s 18th birthday</source>
        <translation>Überprüfung zum 18. Geburtstag der Person</translation>
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
    <name>SavePath</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>LIVC-R backups (*.livcrbackup)</source>
        <translation>BLIS-R-Sicherungen (*.livcrbackup)</translation>
    </message>
    <message>
        <source>LIVC-R invitations (*.livcrinvite)</source>
        <translation>BLIS-R-Einladungen (*.livcrinvite)</translation>
    </message>
    <message>
        <source>LIVC-R bundles of changes (*.livcr-bundle)</source>
        <translation>BLIS-R-Änderungspakete (*.livcr-bundle)</translation>
    </message>
    <message>
        <source>LIVC-R hub access files (*.livcrhub)</source>
        <translation>BLIS-R-Hub-Zugangsdateien (*.livcrhub)</translation>
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
    <name>SecrecyGuard</name>
    <message>
        <source>a confidential record</source>
        <translation>ein vertrauliches Dokument</translation>
    </message>
    <message>
        <source>a case note</source>
        <translation>eine Fallnotiz</translation>
    </message>
    <message>
        <source>the record of a consultation</source>
        <translation>das Protokoll einer Besprechung</translation>
    </message>
    <message>
        <source>an action point</source>
        <translation>ein Aktionspunkt</translation>
    </message>
    <message>
        <source>a participant&apos;s reason</source>
        <translation>die Begründung eines Teilnehmers</translation>
    </message>
    <message>
        <source>a signal</source>
        <translation>eine Meldung</translation>
    </message>
    <message>
        <source>the identity of who signalled</source>
        <translation>die Identität der meldenden Person</translation>
    </message>
    <message>
        <source>No overlap with confidential text</source>
        <translation>Keine Überschneidung mit vertraulichem Text</translation>
    </message>
    <message>
        <source>Overlap confirmed as not covered by professional secrecy</source>
        <translation>Überschneidung als nicht vom Berufsgeheimnis gedeckt bestätigt</translation>
    </message>
    <message>
        <source>Overlaps confidential text: remove the passage or confirm</source>
        <translation>Überschneidet sich mit vertraulichem Text: Passage entfernen oder bestätigen</translation>
    </message>
    <message>
        <source>a partner&apos;s trajectory update</source>
        <translation>ein Verlaufseintrag eines Partners</translation>
    </message>
    <message>
        <source>an evaluation of the trajectory</source>
        <translation>eine Evaluation des Begleitungswegs</translation>
    </message>
    <message numerus="yes">
        <source>This text repeats confidential information of the case (%n highlighted passage(s)). Remove what is highlighted, or confirm that it is not covered by professional secrecy.</source>
        <translation>
            <numerusform>Dieser Text wiederholt vertrauliche Informationen des Falls (%n markierte Passage). Entfernen Sie die Passage oder bestätigen Sie, dass sie nicht unter das Berufsgeheimnis fällt.</numerusform>
            <numerusform>Dieser Text wiederholt vertrauliche Informationen des Falls (%n markierte Passagen). Entfernen Sie die Passagen oder bestätigen Sie, dass sie nicht unter das Berufsgeheimnis fallen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Life domains</source>
        <translation>Lebensbereiche</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
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
        <translation>Fallcodes</translation>
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
    <name>SignDecisionDialog</name>
    <message>
        <source>Sign the decision</source>
        <translation>Den Beschluss unterschreiben</translation>
    </message>
    <message>
        <source>By signing, the chair confirms that this is what the effective participants agreed by consensus. A signed decision takes effect at once.</source>
        <translation>Mit der Unterschrift bestätigt der Vorsitz, dass die tatsächlich teilnehmenden Mitglieder dies im Konsens vereinbart haben. Ein unterschriebener Beschluss wird sofort wirksam.</translation>
    </message>
    <message>
        <source>Chair who signs</source>
        <translation>Unterschreibender Vorsitzender</translation>
    </message>
    <message>
        <source>Their passphrase</source>
        <translation>Seine Passphrase</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again. If nobody knows a passphrase any more, use the recovery key.</source>
        <translation>Die Passphrase ist nicht korrekt. Prüfen Sie die Tastaturbelegung und die Feststelltaste und versuchen Sie es erneut. Wenn niemand mehr eine Passphrase kennt, verwenden Sie den Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>This passphrase is wrong. Check the keyboard layout and Caps Lock, then try again (tries left before a waiting time: {tries}).</source>
        <translation>Diese Passphrase ist falsch. Prüfen Sie die Tastaturbelegung und die Feststelltaste und versuchen Sie es erneut (verbleibende Versuche vor einer Wartezeit: {tries}).</translation>
    </message>
    <message>
        <source>This passphrase is wrong. Check the keyboard layout and Caps Lock; each next try waits a little longer.</source>
        <translation>Diese Passphrase ist falsch. Prüfen Sie die Tastaturbelegung und die Feststelltaste; jeder weitere Versuch wartet etwas länger.</translation>
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
        <translation>Über dieser Sitzung ist bereits jemand angemeldet. Schließen Sie das zuerst ab.</translation>
    </message>
    <message>
        <source>You are already signed in. Choose the person who signs in on top of you.</source>
        <translation>Sie sind bereits angemeldet. Wählen Sie die Person, die sich zusätzlich zu Ihnen anmeldet.</translation>
    </message>
    <message>
        <source>This laptop holds cases your role does not open, so your passphrase no longer opens it. Ask the coordinator for an invitation for your own laptop.</source>
        <translation>Dieser Laptop enthält Fälle, die Ihre Rolle nicht öffnet, daher öffnet Ihre Passphrase ihn nicht mehr. Bitten Sie den Koordinator um eine Einladung für Ihren eigenen Laptop.</translation>
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
        <source>First sync of this laptop: {count} of {total} changes received…</source>
        <translation>Erste Synchronisierung dieses Laptops: {count} von {total} Änderungen empfangen…</translation>
    </message>
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
        <source>Add to {code}</source>
        <translation>Zu {code} hinzufügen</translation>
    </message>
    <message>
        <source>Register as a new case</source>
        <translation>Als neuen Fall erfassen</translation>
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
        <source>Date of birth (empty if not known)</source>
        <translation>Geburtsdatum (leer, wenn unbekannt)</translation>
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
    <name>SignaturesArea</name>
    <message>
        <source>Signed. Fingerprint of the signature: {fingerprint}</source>
        <translation>Unterschrieben. Fingerabdruck der Signatur: {fingerprint}</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>Zu unterschreiben</translation>
    </message>
    <message>
        <source>Outcomes the effective participants agreed by consensus, waiting for your signature as chair, and the draft minutes of the meetings you chaired, waiting for your approval. A signed decision is final and takes effect at once.</source>
        <translation>Ergebnisse, die die tatsächlich teilnehmenden Mitglieder im Konsens vereinbart haben und die auf Ihre Unterschrift als Vorsitzender warten, sowie die Protokollentwürfe der Sitzungen unter Ihrem Vorsitz, die auf Ihre Genehmigung warten. Ein unterschriebener Beschluss ist endgültig und wird sofort wirksam.</translation>
    </message>
    <message numerus="yes">
        <source>Decisions to sign (%n)</source>
        <translation>
            <numerusform>Zu unterschreibender Beschluss (%n)</numerusform>
            <numerusform>Zu unterschreibende Beschlüsse (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft minutes to approve (%n)</source>
        <translation>
            <numerusform>Zu genehmigender Protokollentwurf (%n)</numerusform>
            <numerusform>Zu genehmigende Protokollentwürfe (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Read and approve the minutes…</source>
        <translation>Das Protokoll lesen und genehmigen…</translation>
    </message>
    <message>
        <source>Nothing waiting for your signature or approval</source>
        <translation>Nichts wartet auf Ihre Unterschrift oder Genehmigung</translation>
    </message>
    <message>
        <source>Decisions with consensus on cases of your municipality appear here when they were not signed during the meeting, and so do the draft minutes of the meetings you chaired.</source>
        <translation>Im Konsens gefasste Beschlüsse zu Fällen Ihrer Gemeinde erscheinen hier, wenn sie nicht während der Sitzung unterschrieben wurden, ebenso die Protokollentwürfe der Sitzungen unter Ihrem Vorsitz.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Proposal as worded</source>
        <translation>Vorschlag im Wortlaut</translation>
    </message>
    <message>
        <source>Review and sign…</source>
        <translation>Prüfen und unterschreiben…</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Den Fall öffnen</translation>
    </message>
</context>
<context>
    <name>StanceDialog</name>
    <message>
        <source>Refusal or representation</source>
        <translation>Ablehnung oder Vertretung</translation>
    </message>
    <message>
        <source>A partner may refuse to take part in the consultation of a case, with a motivation (Flemish decree of 21 May 2021), or be represented by a supervisor.</source>
        <translation>Ein Partner kann die Teilnahme an der Fallbesprechung begründet ablehnen (flämisches Dekret vom 21. Mai 2021) oder sich durch einen Vorgesetzten vertreten lassen.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Vertreten durch</translation>
    </message>
    <message>
        <source>In the function of</source>
        <translation>In der Funktion als</translation>
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
    <name>StrategicTextsDialog</name>
    <message>
        <source>Texts of the strategic table – {year}</source>
        <translation>Texte des strategischen Tisches – {year}</translation>
    </message>
    <message>
        <source>These texts open the yearly report of {year}. Write about the LIVC-R&apos;s work, never about a person or a case: the report is read outside the cell.</source>
        <translation>Diese Texte eröffnen den Jahresbericht {year}. Schreiben Sie über die Arbeit des BLIS-R, nie über eine Person oder einen Fall: Der Bericht wird außerhalb des Büros gelesen.</translation>
    </message>
    <message>
        <source>&amp;Priorities:</source>
        <translation>&amp;Prioritäten:</translation>
    </message>
    <message>
        <source>&amp;Working agreements:</source>
        <translation>&amp;Arbeitsvereinbarungen:</translation>
    </message>
    <message>
        <source>&amp;Evaluation:</source>
        <translation>&amp;Evaluation:</translation>
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
        <source>Date of birth (empty if not known)</source>
        <translation>Geburtsdatum (leer, wenn unbekannt)</translation>
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
    <name>SubjectRequests</name>
    <message>
        <source>Access (GDPR art. 15)</source>
        <translation>Auskunft (Art. 15 DSGVO)</translation>
    </message>
    <message>
        <source>Rectification (GDPR art. 16)</source>
        <translation>Berichtigung (Art. 16 DSGVO)</translation>
    </message>
    <message>
        <source>Erasure (GDPR art. 17)</source>
        <translation>Löschung (Art. 17 DSGVO)</translation>
    </message>
    <message>
        <source>Restriction of processing (GDPR art. 18)</source>
        <translation>Einschränkung der Verarbeitung (Art. 18 DSGVO)</translation>
    </message>
    <message>
        <source>Objection (GDPR art. 21)</source>
        <translation>Widerspruch (Art. 21 DSGVO)</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Berichtigung</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>The person concerned</source>
        <translation>Die betroffene Person</translation>
    </message>
    <message>
        <source>A parent or guardian</source>
        <translation>Ein Elternteil oder Vormund</translation>
    </message>
    <message>
        <source>A lawyer</source>
        <translation>Ein Anwalt</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Stattgegeben</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Teilweise stattgegeben</translation>
    </message>
    <message>
        <source>Right restricted</source>
        <translation>Recht eingeschränkt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Restriction for the prevention of offences (GDPR art. 23, law of 30 July 2018)</source>
        <translation>Einschränkung zur Verhütung von Straftaten (Art. 23 DSGVO, Gesetz vom 30. Juli 2018)</translation>
    </message>
    <message>
        <source>Police information: indirect access through the Supervisory Body for Police Information (law of 30 July 2018)</source>
        <translation>Polizeiliche Informationen: indirekte Auskunft über das Kontrollorgan für polizeiliche Informationen (Gesetz vom 30. Juli 2018)</translation>
    </message>
    <message>
        <source>Rights and freedoms of others (GDPR art. 15(4))</source>
        <translation>Rechte und Freiheiten anderer (Art. 15 Abs. 4 DSGVO)</translation>
    </message>
    <message>
        <source>Shared professional secrecy (art. 458ter Criminal Code)</source>
        <translation>Geteiltes Berufsgeheimnis (Art. 458ter Strafgesetzbuch)</translation>
    </message>
    <message>
        <source>Manifestly unfounded or excessive (GDPR art. 12(5))</source>
        <translation>Offenkundig unbegründet oder exzessiv (Art. 12 Abs. 5 DSGVO)</translation>
    </message>
    <message>
        <source>Another ground (explained)</source>
        <translation>Ein anderer Grund (erläutert)</translation>
    </message>
    <message>
        <source>Art. 23: prevention</source>
        <translation>Art. 23: Verhütung</translation>
    </message>
    <message>
        <source>Police information</source>
        <translation>Polizeiliche Informationen</translation>
    </message>
    <message>
        <source>Rights of others</source>
        <translation>Rechte anderer</translation>
    </message>
    <message>
        <source>Professional secrecy</source>
        <translation>Berufsgeheimnis</translation>
    </message>
    <message>
        <source>Unfounded or excessive</source>
        <translation>Unbegründet oder exzessiv</translation>
    </message>
    <message>
        <source>Another ground</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Die Person</translation>
    </message>
    <message>
        <source>The parents or guardian</source>
        <translation>Die Eltern oder der Vormund</translation>
    </message>
    <message>
        <source>The person and the parents</source>
        <translation>Die Person und die Eltern</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Das Datum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The date cannot be before the request was received.</source>
        <translation>Das Datum darf nicht vor dem Eingang des Antrags liegen.</translation>
    </message>
    <message>
        <source>Name the legal ground: a request that is not granted in full needs one.</source>
        <translation>Nennen Sie die Rechtsgrundlage: Ein Antrag, dem nicht vollständig stattgegeben wird, braucht eine.</translation>
    </message>
    <message>
        <source>Explain the ground in a few words: “another ground” needs an explanation.</source>
        <translation>Erläutern Sie den Grund kurz: „ein anderer Grund“ braucht eine Erläuterung.</translation>
    </message>
    <message>
        <source>Write the name of the lawyer or parent who made the request.</source>
        <translation>Schreiben Sie den Namen des Anwalts oder Elternteils, der den Antrag gestellt hat.</translation>
    </message>
    <message>
        <source>The text is too long (at most {limit} characters).</source>
        <translation>Der Text ist zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>The term of this request was already extended once.</source>
        <translation>Die Frist dieses Antrags wurde bereits einmal verlängert.</translation>
    </message>
    <message>
        <source>The term can only be extended within the first month, and the person told why.</source>
        <translation>Die Frist kann nur innerhalb des ersten Monats verlängert werden, und die Person muss den Grund erfahren.</translation>
    </message>
    <message>
        <source>Say why the request needs more time (GDPR art. 12(3)).</source>
        <translation>Geben Sie an, warum der Antrag mehr Zeit braucht (Art. 12 Abs. 3 DSGVO).</translation>
    </message>
    <message>
        <source>Decide on the request before recording the answer.</source>
        <translation>Entscheiden Sie über den Antrag, bevor Sie die Antwort erfassen.</translation>
    </message>
    <message>
        <source>Summarise the answer that was sent.</source>
        <translation>Fassen Sie die versandte Antwort zusammen.</translation>
    </message>
    <message>
        <source>Only a request for access is answered with a copy of the data.</source>
        <translation>Nur ein Auskunftsantrag wird mit einer Kopie der Daten beantwortet.</translation>
    </message>
    <message>
        <source>Decide on the request before exporting the answer.</source>
        <translation>Entscheiden Sie über den Antrag, bevor Sie die Antwort exportieren.</translation>
    </message>
    <message>
        <source>The data changed since the review; open the review again.</source>
        <translation>Die Daten haben sich seit der Prüfung geändert; öffnen Sie die Prüfung erneut.</translation>
    </message>
    <message>
        <source>This request is not in the register.</source>
        <translation>Dieser Antrag steht nicht im Register.</translation>
    </message>
    <message>
        <source>There is no case with this code.</source>
        <translation>Es gibt keinen Fall mit diesem Code.</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <source>Save the trajectory summary</source>
        <translation>Zusammenfassung des Begleitungswegs speichern</translation>
    </message>
</context>
<context>
    <name>SummaryExportDialog</name>
    <message>
        <source>Trajectory summary of {code}</source>
        <translation>Zusammenfassung des Begleitungswegs von {code}</translation>
    </message>
    <message>
        <source>A PDF for the table: goals, actions, the life domains over time and what the evaluations proposed, without the partners&apos; updates. Printing it is recorded in the audit trail; the document is covered by shared professional secrecy.</source>
        <translation>Ein PDF für den Tisch: Ziele, Maßnahmen, die Lebensbereiche im Zeitverlauf und die Vorschläge der Evaluationen, ohne die Einträge der Partner. Der Ausdruck wird im Prüfpfad festgehalten; das Dokument unterliegt dem geteilten Berufsgeheimnis.</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Sprache des Dokuments</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This member has no account to invite.</source>
        <translation>Dieses Mitglied hat kein Konto, das eingeladen werden kann.</translation>
    </message>
    <message>
        <source>This file is not an invitation to an LIVC-R.</source>
        <translation>Diese Datei ist keine Einladung zu einem BLIS-R.</translation>
    </message>
    <message>
        <source>The folder for the new LIVC-R must be empty or not exist yet.</source>
        <translation>Der Ordner für das neue BLIS-R muss leer sein oder darf noch nicht existieren.</translation>
    </message>
    <message>
        <source>The hub knows no laptop with the id {device}: `livcr devices list` shows them.</source>
        <translation>Der Hub kennt keinen Laptop mit der ID {device}: `livcr devices list` zeigt sie.</translation>
    </message>
    <message>
        <source>No laptop waiting for approval has the fingerprint {fingerprint}.</source>
        <translation>Kein Laptop, der auf Freigabe wartet, hat den Fingerabdruck {fingerprint}.</translation>
    </message>
    <message>
        <source>This LIVC-R is already connected to a hub.</source>
        <translation>Dieses BLIS-R ist bereits mit einem Hub verbunden.</translation>
    </message>
    <message>
        <source>This LIVC-R is not connected to a hub yet.</source>
        <translation>Dieses BLIS-R ist noch nicht mit einem Hub verbunden.</translation>
    </message>
    <message>
        <source>The hub&apos;s password is not on this computer: connect again, or pass it with --hub-password-file.</source>
        <translation>Das Passwort des Hubs ist nicht auf diesem Computer: Verbinden Sie sich erneut oder übergeben Sie es mit --hub-password-file.</translation>
    </message>
    <message>
        <source>The hub&apos;s password is not on this computer (its keyring may have been emptied). On a member&apos;s laptop: ask the coordinator for a new hub access file and open it in the Sync area with “Connect to the hub with an access file…”. On the coordinator&apos;s laptop: connect to the hub again in the Sync area.</source>
        <translation>Das Passwort des Hubs ist nicht auf diesem Computer (sein Schlüsselbund wurde vielleicht geleert). Auf dem Laptop eines Mitglieds: Bitten Sie den Koordinator um eine neue Hub-Zugangsdatei und öffnen Sie sie im Bereich Synchronisierung mit „Mit einer Zugangsdatei mit dem Hub verbinden…“. Auf dem Laptop des Koordinators: Verbinden Sie sich im Bereich Synchronisierung erneut mit dem Hub.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>Dieser Konflikt wurde bereits gelöst.</translation>
    </message>
    <message>
        <source>This value is not one of the two sides of the conflict.</source>
        <translation>Dieser Wert ist keine der beiden Seiten des Konflikts.</translation>
    </message>
    <message>
        <source>The coordinator has not approved this laptop yet. Read its fingerprint to the coordinator, and try again once it is approved.</source>
        <translation>Der Koordinator hat diesen Laptop noch nicht freigegeben. Lesen Sie dem Koordinator den Fingerabdruck vor und versuchen Sie es nach der Freigabe erneut.</translation>
    </message>
    <message>
        <source>This laptop joined without a network and its records have not arrived yet. Import the coordinator&apos;s first bundle (`livcr bundle import FILE`), then sign in.</source>
        <translation>Dieser Laptop ist ohne Netzwerk beigetreten und seine Daten sind noch nicht angekommen. Importieren Sie das erste Paket des Koordinators (`livcr bundle import DATEI`) und melden Sie sich dann an.</translation>
    </message>
    <message>
        <source>The hub refused the sync: {reason}</source>
        <translation>Der Hub hat die Synchronisierung abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Waiting for the key of its case (shared at the coordinator&apos;s next sync).</source>
        <translation>Wartet auf den Schlüssel seines Falls (geteilt bei der nächsten Synchronisierung des Koordinators).</translation>
    </message>
    <message>
        <source>Waiting for its signature, which travels separately.</source>
        <translation>Wartet auf seine Signatur, die getrennt übertragen wird.</translation>
    </message>
    <message>
        <source>Waiting for the account of its author to arrive.</source>
        <translation>Wartet auf das Konto seines Urhebers.</translation>
    </message>
    <message>
        <source>Waiting for an earlier change of the same record.</source>
        <translation>Wartet auf eine frühere Änderung desselben Datensatzes.</translation>
    </message>
    <message>
        <source>Made with a newer version of the app: applied after this laptop is upgraded.</source>
        <translation>Mit einer neueren Version der App erstellt: wird nach dem Update dieses Laptops angewendet.</translation>
    </message>
    <message>
        <source>Its laptop&apos;s clock was too far ahead of the hub&apos;s: it would win every edit.</source>
        <translation>Die Uhr seines Laptops ging dem Hub zu weit vor: Sie würde jede Änderung gewinnen.</translation>
    </message>
    <message>
        <source>It does not open with its case&apos;s key: it was altered or sealed wrongly.</source>
        <translation>Sie lässt sich mit dem Schlüssel ihres Falls nicht öffnen: Sie wurde verändert oder falsch versiegelt.</translation>
    </message>
    <message>
        <source>It opens, but holds no change this app makes: an altered or faulty laptop made it.</source>
        <translation>Sie lässt sich öffnen, enthält aber keine Änderung, die diese Anwendung vornimmt: Ein manipulierter oder fehlerhafter Laptop hat sie erstellt.</translation>
    </message>
    <message>
        <source>It was sent in another case than the one it belongs to.</source>
        <translation>Sie wurde in einem anderen Fall gesendet als dem, zu dem sie gehört.</translation>
    </message>
    <message>
        <source>Its signature does not cover it: it was altered after signing.</source>
        <translation>Ihre Signatur deckt sie nicht ab: Sie wurde nach dem Signieren verändert.</translation>
    </message>
    <message>
        <source>Its signature is not valid.</source>
        <translation>Ihre Signatur ist ungültig.</translation>
    </message>
    <message>
        <source>It was signed with another person&apos;s key than its author&apos;s.</source>
        <translation>Sie wurde mit dem Schlüssel einer anderen Person als ihres Urhebers signiert.</translation>
    </message>
    <message>
        <source>A change signed only by a laptop, not by a person.</source>
        <translation>Eine Änderung, die nur von einem Laptop signiert wurde, nicht von einer Person.</translation>
    </message>
    <message>
        <source>Its author was not allowed to make this change on that day.</source>
        <translation>Ihr Urheber durfte diese Änderung an jenem Tag nicht vornehmen.</translation>
    </message>
    <message>
        <source>No record can hold what it contains.</source>
        <translation>Kein Datensatz kann aufnehmen, was sie enthält.</translation>
    </message>
    <message>
        <source>Held for a reason this version does not know.</source>
        <translation>Zurückgehalten aus einem Grund, den diese Version nicht kennt.</translation>
    </message>
    <message>
        <source>Approved by file, no hub login yet</source>
        <translation>Per Datei freigegeben, noch kein Hub-Login</translation>
    </message>
    <message>
        <source>This file is not a hub access for this laptop. Ask the coordinator for a new one.</source>
        <translation>Diese Datei ist kein Hub-Zugang für diesen Laptop. Bitten Sie den Koordinator um einen neuen.</translation>
    </message>
    <message>
        <source>{name} has no laptop approved by file. A laptop that joined through the hub already has its login.</source>
        <translation>{name} hat keinen per Datei freigegebenen Laptop. Ein Laptop, der über den Hub beigetreten ist, hat bereits ein Login.</translation>
    </message>
    <message>
        <source>Every laptop of {name} already has its hub login. If an access file or the password kept on a laptop was lost, write its hub access again: the old one then stops working.</source>
        <translation>Jeder Laptop von {name} hat bereits sein Hub-Login. Ist eine Zugangsdatei oder das auf einem Laptop gespeicherte Passwort verloren, schreiben Sie seinen Hub-Zugang erneut: Der alte funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>{name} has no approved laptop on this hub.</source>
        <translation>{name} hat keinen freigegebenen Laptop auf diesem Hub.</translation>
    </message>
    <message>
        <source>This hub access is for another hub login than the one this laptop uses. Ask the coordinator for a new one.</source>
        <translation>Dieser Hub-Zugang gilt für ein anderes Hub-Login als das dieses Laptops. Bitten Sie den Koordinator um einen neuen.</translation>
    </message>
    <message>
        <source>The hub cannot be reached now. Connect this laptop to the municipal network and try again.
{reason}</source>
        <translation>Der Hub ist gerade nicht erreichbar. Verbinden Sie diesen Laptop mit dem Gemeindenetz und versuchen Sie es erneut.
{reason}</translation>
    </message>
    <message>
        <source>The hub did not answer in time. Check the network connection and try again; if it keeps happening, tell IT.
{reason}</source>
        <translation>Der Hub hat nicht rechtzeitig geantwortet. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut; wenn es wieder passiert, informieren Sie den IT-Dienst.
{reason}</translation>
    </message>
    <message>
        <source>The hub did not accept this laptop&apos;s login or password. Ask the coordinator to check this laptop&apos;s access to the hub.
{reason}</source>
        <translation>Der Hub hat die Anmeldung oder das Passwort dieses Laptops nicht angenommen. Bitten Sie den Koordinator, den Zugang dieses Laptops zum Hub zu prüfen.
{reason}</translation>
    </message>
    <message>
        <source>The hub no longer accepts this laptop&apos;s password: the coordinator has probably renewed this laptop&apos;s hub access (a lost access file or password). Take the new hub access file with LIVC-R › Connect to the hub with an access file… (or `livcr hub take-access FILE`); if you have none, ask the coordinator for it.
{reason}</source>
        <translation>Der Hub akzeptiert das Passwort dieses Laptops nicht mehr: Der Koordinator hat den Hub-Zugang dieses Laptops wahrscheinlich erneuert (Zugangsdatei oder Passwort verloren). Übernehmen Sie die neue Zugangsdatei mit BLIS-R › Mit einer Zugangsdatei mit dem Hub verbinden… (oder `livcr hub take-access DATEI`); haben Sie keine, bitten Sie den Koordinator darum.
{reason}</translation>
    </message>
    <message>
        <source>The hub&apos;s database was not found at this address. Check the hub&apos;s address with IT.
{reason}</source>
        <translation>Die Datenbank des Hubs wurde unter dieser Adresse nicht gefunden. Prüfen Sie die Adresse des Hubs mit dem IT-Dienst.
{reason}</translation>
    </message>
    <message>
        <source>The secure connection to the hub could not be set up (certificate or encryption). Tell IT.
{reason}</source>
        <translation>Die sichere Verbindung zum Hub konnte nicht aufgebaut werden (Zertifikat oder Verschlüsselung). Informieren Sie den IT-Dienst.
{reason}</translation>
    </message>
    <message>
        <source>The hub no longer lets this laptop in: the coordinator revoked it (or its login is not a laptop&apos;s). Ask the coordinator: a revoked laptop joins again with a new invitation.
{reason}</source>
        <translation>Der Hub lässt diesen Laptop nicht mehr zu: Der Koordinator hat ihn gesperrt (oder seine Anmeldung ist nicht die eines Laptops). Wenden Sie sich an den Koordinator: Ein gesperrter Laptop tritt mit einer neuen Einladung wieder bei.
{reason}</translation>
    </message>
    <message>
        <source>The hub&apos;s address is not written correctly (expected for instance: host=hub.example.be dbname=livcr_x user=login). Check it with IT.
{reason}</source>
        <translation>Die Adresse des Hubs ist nicht korrekt geschrieben (erwartet zum Beispiel: host=hub.example.be dbname=livcr_x user=login). Prüfen Sie sie mit der IT.
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
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>The hub serves {owner}&apos;s laptop nothing more, from now on.</source>
        <translation>Der Hub liefert dem Laptop von {owner} ab sofort nichts mehr.</translation>
    </message>
    <message>
        <source>What is already on that laptop cannot be recalled. To work on a new laptop, {owner} needs a new invitation.</source>
        <translation>Was bereits auf diesem Laptop ist, kann nicht zurückgeholt werden. Um auf einem neuen Laptop zu arbeiten, braucht {owner} eine neue Einladung.</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Einladung speichern</translation>
    </message>
    <message>
        <source>Save the hub access</source>
        <translation>Den Hub-Zugang speichern</translation>
    </message>
    <message>
        <source>{owner} (this LIVC-R&apos;s coordinator laptop)</source>
        <translation>{owner} (Koordinatorlaptop dieses BLIS-R)</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Held on this laptop ({count})</source>
        <translation>Auf diesem Laptop zurückgehalten ({count})</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the hub&apos;s password: the app cannot sync in the background.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund für das Passwort des Hubs: Die App kann nicht im Hintergrund synchronisieren.</translation>
    </message>
    <message>
        <source>Connected to the hub.</source>
        <translation>Mit dem Hub verbunden.</translation>
    </message>
    <message>
        <source>{owner}&apos;s laptop gets a new hub password: its old access file, and the password kept on that laptop, stop working at once.</source>
        <translation>Der Laptop von {owner} erhält ein neues Hub-Passwort: Seine alte Zugangsdatei und das auf diesem Laptop gespeicherte Passwort funktionieren sofort nicht mehr.</translation>
    </message>
    <message>
        <source>Hand the new access file to {owner} in person; on that laptop, LIVC-R › Connect to the hub with an access file… takes it, and the laptop syncs again. Until then it does not sync.</source>
        <translation>Übergeben Sie die neue Zugangsdatei persönlich an {owner}; auf diesem Laptop übernimmt BLIS-R › Mit einer Zugangsdatei mit dem Hub verbinden… sie, und der Laptop synchronisiert wieder. Bis dahin synchronisiert er nicht.</translation>
    </message>
    <message>
        <source>Write the hub access of {owner}&apos;s laptop again</source>
        <translation>Hub-Zugang des Laptops von {owner} erneut schreiben</translation>
    </message>
    <message>
        <source>Write it again</source>
        <translation>Erneut schreiben</translation>
    </message>
    <message>
        <source>{owner}&apos;s laptop is approved. It receives what {owner} may see at its next sync.</source>
        <translation>Der Laptop von {owner} ist freigegeben. Er erhält bei der nächsten Synchronisierung, was {owner} sehen darf.</translation>
    </message>
    <message>
        <source>Revoke {owner}&apos;s laptop</source>
        <translation>Den Laptop von {owner} widerrufen</translation>
    </message>
    <message>
        <source>Revoke the laptop</source>
        <translation>Laptop widerrufen</translation>
    </message>
    <message>
        <source>{owner}&apos;s laptop is revoked.</source>
        <translation>Der Laptop von {owner} ist widerrufen.</translation>
    </message>
    <message>
        <source>The invitation was saved as {file}. Hand it over in person; it opens the hub for one laptop.</source>
        <translation>Die Einladung wurde als {file} gespeichert. Übergeben Sie sie persönlich; sie öffnet den Hub für einen Laptop.</translation>
    </message>
    <message>
        <source>The hub access for {owner}&apos;s laptop was written again as {file}; the old one no longer works. Hand it over in person; on that laptop, choose LIVC-R › Connect to the hub with an access file….</source>
        <translation>Der Hub-Zugang für den Laptop von {owner} wurde erneut als {file} geschrieben; der alte funktioniert nicht mehr. Übergeben Sie ihn persönlich; wählen Sie auf diesem Laptop BLIS-R › Mit einer Zugangsdatei mit dem Hub verbinden….</translation>
    </message>
    <message>
        <source>The hub access for {owner}&apos;s laptop was saved as {file}. Hand it over in person; on that laptop, choose LIVC-R › Connect to the hub with an access file….</source>
        <translation>Der Hub-Zugang für den Laptop von {owner} wurde als {file} gespeichert. Übergeben Sie ihn persönlich; wählen Sie auf diesem Laptop BLIS-R › Mit einer Zugangsdatei mit dem Hub verbinden….</translation>
    </message>
    <message>
        <source>Waiting for the hub…</source>
        <translation>Warten auf den Hub…</translation>
    </message>
    <message>
        <source>The laptops of this LIVC-R exchange their changes through the hub or in sealed bundles, end-to-end encrypted: neither the hub nor whoever carries a bundle can read them.</source>
        <translation>Die Laptops dieses BLIS-R tauschen ihre Änderungen über den Hub oder in versiegelten Paketen aus, Ende-zu-Ende-verschlüsselt: Weder der Hub noch wer ein Paket überbringt, kann sie lesen.</translation>
    </message>
    <message numerus="yes">
        <source>After the app was upgraded, %n quarantined change(s) passed its checks and were applied.</source>
        <translation>
            <numerusform>Nach dem Update der App hat %n Änderung in Quarantäne die Prüfungen bestanden und wurde übernommen.</numerusform>
            <numerusform>Nach dem Update der App haben %n Änderungen in Quarantäne die Prüfungen bestanden und wurden übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to a hub</source>
        <translation>Mit einem Hub verbinden</translation>
    </message>
    <message>
        <source>The municipality&apos;s IT gives you the hub&apos;s address and the coordinator login&apos;s password. The password is kept in this computer&apos;s keyring, never in the data folder.</source>
        <translation>Die IT der Gemeinde gibt Ihnen die Adresse des Hubs und das Passwort des Koordinator-Logins. Das Passwort wird im Schlüsselbund dieses Computers aufbewahrt, nie im Datenordner.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse des Hubs</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Invite a member…</source>
        <translation>Ein Mitglied einladen…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Hub access for this laptop…</source>
        <translation>Hub-Zugang für diesen Laptop…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Laptops</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>From the laptop of</source>
        <translation>Vom Laptop von</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
</context>
<context>
    <name>TableCheck</name>
    <message>
        <source>{record}: this row was added outside the app (no operation created it).</source>
        <translation>{record}: Diese Zeile wurde außerhalb der App hinzugefügt (kein Vorgang hat sie angelegt).</translation>
    </message>
    <message>
        <source>{record}: the role “{role}” was added outside the app (no operation granted it).</source>
        <translation>{record}: Die Rolle „{role}“ wurde außerhalb der App hinzugefügt (kein Vorgang hat sie vergeben).</translation>
    </message>
    <message>
        <source>{record}: this row was deleted outside the app.</source>
        <translation>{record}: Diese Zeile wurde außerhalb der App gelöscht.</translation>
    </message>
    <message>
        <source>{record}: {field} was changed outside the app.</source>
        <translation>{record}: {field} wurde außerhalb der App geändert.</translation>
    </message>
    <message>
        <source>{record}: {field} holds a value that is not {kind}.</source>
        <translation>{record}: {field} enthält einen ungültigen Wert (erwartet: {kind}).</translation>
    </message>
    <message>
        <source>{record}: an operation of the journal does not follow from the ones before it.</source>
        <translation>{record}: Ein Vorgang im Journal folgt nicht aus den vorherigen.</translation>
    </message>
    <message>
        <source>… and {count} more differences between the tables and the journal.</source>
        <translation>… und {count} weitere Unterschiede zwischen den Tabellen und dem Journal.</translation>
    </message>
    <message>
        <source>{type} {name}</source>
        <translation>{type} {name}</translation>
    </message>
    <message>
        <source>{type} {name} of case {code}</source>
        <translation>{type} {name} des Falls {code}</translation>
    </message>
    <message>
        <source>Role of member {name}</source>
        <translation>Rolle des Mitglieds {name}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>Ja oder Nein</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>one of the values the app knows</source>
        <translation>ein der App bekannter Wert</translation>
    </message>
    <message>
        <source>the field “{name}”</source>
        <translation>das Feld „{name}“</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>der Text</translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>die Gemeinde</translation>
    </message>
    <message>
        <source>the member</source>
        <translation>das Mitglied</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>das Anfangsdatum</translation>
    </message>
    <message>
        <source>the end date</source>
        <translation>das Enddatum</translation>
    </message>
    <message>
        <source>the visibility</source>
        <translation>die Sichtbarkeit</translation>
    </message>
    <message>
        <source>the case code</source>
        <translation>der Fallcode</translation>
    </message>
    <message>
        <source>the opening date</source>
        <translation>das Eröffnungsdatum</translation>
    </message>
    <message>
        <source>the closing date</source>
        <translation>das Abschlussdatum</translation>
    </message>
    <message>
        <source>the reason for closing</source>
        <translation>der Abschlussgrund</translation>
    </message>
    <message>
        <source>the next follow-up date</source>
        <translation>das Datum der nächsten Nachverfolgung</translation>
    </message>
    <message>
        <source>the person concerned</source>
        <translation>die betroffene Person</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>die Rolle</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>die E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>die Telefonnummer</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>die Organisation</translation>
    </message>
    <message>
        <source>the username</source>
        <translation>der Benutzername</translation>
    </message>
    <message>
        <source>the date of birth</source>
        <translation>das Geburtsdatum</translation>
    </message>
    <message>
        <source>the start time</source>
        <translation>die Anfangszeit</translation>
    </message>
    <message>
        <source>the wording</source>
        <translation>der Wortlaut</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>der Status</translation>
    </message>
    <message>
        <source>the active status</source>
        <translation>der Status aktiv oder nicht</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>die Beschreibung</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>das Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>the date it was done</source>
        <translation>das Erledigungsdatum</translation>
    </message>
    <message>
        <source>the time it was created</source>
        <translation>der Zeitpunkt der Erstellung</translation>
    </message>
    <message>
        <source>the time it was written</source>
        <translation>der Zeitpunkt der Abfassung</translation>
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
    <name>TaskKind</name>
    <message>
        <source>Action point</source>
        <translation>Aktionspunkt</translation>
    </message>
    <message>
        <source>Prepare the evaluation of the guidance trajectory</source>
        <translation>Die Evaluation des Begleitungswegs vorbereiten</translation>
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
        <source>Double-click a case&apos;s action point to open its dossier.</source>
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
<context>
    <name>Trajectories</name>
    <message>
        <source>Evaluate every 1 to {maximum} months (the table usually chooses 3).</source>
        <translation>Evaluieren Sie alle 1 bis {maximum} Monate (der Tisch wählt meist 3).</translation>
    </message>
    <message>
        <source>Describe the goal.</source>
        <translation>Beschreiben Sie das Ziel.</translation>
    </message>
    <message>
        <source>Choose at least one life domain the goal aims at.</source>
        <translation>Wählen Sie mindestens einen Lebensbereich, auf den das Ziel abzielt.</translation>
    </message>
    <message>
        <source>This text may be at most {maximum} characters.</source>
        <translation>Dieser Text darf höchstens {maximum} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Geben Sie an, was zu tun ist.</translation>
    </message>
    <message>
        <source>Choose the organisation that carries out the action.</source>
        <translation>Wählen Sie die Organisation, die die Maßnahme durchführt.</translation>
    </message>
    <message>
        <source>Give the date the action is due.</source>
        <translation>Geben Sie das Fälligkeitsdatum der Maßnahme an.</translation>
    </message>
    <message>
        <source>An action cannot be due before the trajectory started ({start}).</source>
        <translation>Eine Maßnahme kann nicht vor dem Beginn des Begleitungswegs ({start}) fällig sein.</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Schreiben Sie, was geschehen ist.</translation>
    </message>
    <message>
        <source>An update tells what happened: its date cannot be in the future.</source>
        <translation>Ein Eintrag berichtet, was geschehen ist: Sein Datum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The trajectory started on {start}; an update cannot be dated before that.</source>
        <translation>Der Begleitungsweg begann am {start}; ein Eintrag kann nicht früher datiert sein.</translation>
    </message>
    <message>
        <source>This goal does not exist.</source>
        <translation>Dieses Ziel existiert nicht.</translation>
    </message>
    <message>
        <source>This action does not exist.</source>
        <translation>Diese Maßnahme existiert nicht.</translation>
    </message>
    <message>
        <source>This contributing partner does not exist.</source>
        <translation>Dieser mitwirkende Partner existiert nicht.</translation>
    </message>
    <message>
        <source>This organisation is not in the register or no longer active.</source>
        <translation>Diese Organisation steht nicht im Register oder ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <source>{organisation} already carries this trajectory.</source>
        <translation>{organisation} trägt diesen Begleitungsweg bereits.</translation>
    </message>
    <message>
        <source>This member is not in the register or no longer active.</source>
        <translation>Dieses Mitglied steht nicht im Register oder ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <source>The case manager works for the lead partner, {organisation}.</source>
        <translation>Der Fallmanager arbeitet für den federführenden Partner, {organisation}.</translation>
    </message>
    <message>
        <source>{name} may not see this case yet: invite them to the case in its dossier first.</source>
        <translation>{name} darf diesen Fall noch nicht sehen: Laden Sie die Person zuerst in der Fallakte zum Fall ein.</translation>
    </message>
    <message>
        <source>Choose life domains that are in use in this LIVC-R.</source>
        <translation>Wählen Sie Lebensbereiche, die in diesem BLIS-R in Gebrauch sind.</translation>
    </message>
    <message>
        <source>The goal belongs to another trajectory.</source>
        <translation>Das Ziel gehört zu einem anderen Begleitungsweg.</translation>
    </message>
    <message>
        <source>This guidance trajectory does not exist.</source>
        <translation>Dieser Begleitungsweg existiert nicht.</translation>
    </message>
    <message>
        <source>Only the coordinator and the partners who carry this trajectory (the lead partner and the contributing partners) change it or record its evaluations.</source>
        <translation>Nur der Koordinator und die Partner, die diesen Begleitungsweg tragen (der federführende und die mitwirkenden Partner), ändern ihn oder erfassen seine Evaluationen.</translation>
    </message>
    <message>
        <source>This trajectory was closed on {day}. It stays readable, but nothing is added to it any more.</source>
        <translation>Dieser Begleitungsweg wurde am {day} abgeschlossen. Er bleibt lesbar, aber es wird nichts mehr hinzugefügt.</translation>
    </message>
    <message>
        <source>The evaluation this decision names does not belong to the case&apos;s running trajectory.</source>
        <translation>Die Evaluation, die diese Entscheidung nennt, gehört nicht zum laufenden Begleitungsweg des Falls.</translation>
    </message>
    <message>
        <source>The table already decided on this evaluation.</source>
        <translation>Der Tisch hat über diese Evaluation bereits entschieden.</translation>
    </message>
    <message>
        <source>Evaluation of {day}: {proposal}</source>
        <translation>Evaluation vom {day}: {proposal}</translation>
    </message>
    <message>
        <source>This case has no guidance trajectory.</source>
        <translation>Dieser Fall hat keinen Begleitungsweg.</translation>
    </message>
    <message>
        <source>This update does not exist.</source>
        <translation>Dieser Eintrag existiert nicht.</translation>
    </message>
    <message>
        <source>A logged update is never changed, so the table can always see what was known when. Write a correction instead: it is shown beside the original.</source>
        <translation>Ein erfasster Eintrag wird nie geändert, damit der Tisch immer sieht, was wann bekannt war. Schreiben Sie stattdessen eine Berichtigung: Sie wird neben dem Original angezeigt.</translation>
    </message>
    <message>
        <source>Only someone of the organisation that wrote an update corrects it.</source>
        <translation>Nur jemand der Organisation, die einen Eintrag geschrieben hat, kann ihn berichtigen.</translation>
    </message>
    <message>
        <source>This update was already corrected; correct the newest version instead.</source>
        <translation>Dieser Eintrag wurde bereits berichtigt; berichtigen Sie stattdessen die neueste Fassung.</translation>
    </message>
</context>
<context>
    <name>TrajectoryPanel</name>
    <message>
        <source>No guidance trajectory</source>
        <translation>Kein Begleitungsweg</translation>
    </message>
    <message>
        <source>Trajectory from {start}</source>
        <translation>Begleitungsweg ab {start}</translation>
    </message>
    <message>
        <source>Trajectory {start} – {end}</source>
        <translation>Begleitungsweg {start} – {end}</translation>
    </message>
    <message>
        <source>Guidance trajectory since {day}</source>
        <translation>Begleitungsweg seit {day}</translation>
    </message>
    <message>
        <source>Guidance trajectory, closed on {day}</source>
        <translation>Begleitungsweg, abgeschlossen am {day}</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Federführender Partner</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Fallmanager</translation>
    </message>
    <message>
        <source>not named yet</source>
        <translation>noch nicht bestimmt</translation>
    </message>
    <message>
        <source>Contributing partners</source>
        <translation>Mitwirkende Partner</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Decided by the table</source>
        <translation>Vom Tisch beschlossen</translation>
    </message>
    <message>
        <source>The person&apos;s engagement</source>
        <translation>Mitwirkung der Person</translation>
    </message>
    <message>
        <source>{day} (overdue)</source>
        <translation>{day} (überfällig)</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Nächste Evaluation</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Your role does not give access to evaluations.</source>
        <translation>Ihre Rolle gibt keinen Zugang zu Evaluationen.</translation>
    </message>
    <message>
        <source>The chart appears with the first evaluation: every life domain rated.</source>
        <translation>Die Grafik erscheint mit der ersten Evaluation: jeder Lebensbereich bewertet.</translation>
    </message>
    <message numerus="yes">
        <source>Each column is an evaluation (%n in all); the signs read without colour: −− problematic, − concern, = stable, + positive. The trend compares the last two ratings of each domain.</source>
        <translation>
            <numerusform>Jede Spalte ist eine Evaluation (insgesamt %n); die Zeichen sind auch ohne Farbe lesbar: −− problematisch, − besorgniserregend, = stabil, + positiv. Die Entwicklung vergleicht die letzten beiden Bewertungen jedes Bereichs.</numerusform>
            <numerusform>Jede Spalte ist eine Evaluation (insgesamt %n); die Zeichen sind auch ohne Farbe lesbar: −− problematisch, − besorgniserregend, = stabil, + positiv. Die Entwicklung vergleicht die letzten beiden Bewertungen jedes Bereichs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updates (%n)</source>
        <translation>
            <numerusform>Einträge (%n)</numerusform>
            <numerusform>Einträge (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluations (%n)</source>
        <translation>
            <numerusform>Evaluationen (%n)</numerusform>
            <numerusform>Evaluationen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary saved: {path}</source>
        <translation>Zusammenfassung gespeichert: {path}</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Begleitungsweg</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Angaben…</translation>
    </message>
    <message>
        <source>Partners…</source>
        <translation>Partner…</translation>
    </message>
    <message>
        <source>Summary PDF…</source>
        <translation>Zusammenfassung (PDF)…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Goals and actions</source>
        <translation>Ziele und Maßnahmen</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluationen</translation>
    </message>
    <message>
        <source>Life domains over time</source>
        <translation>Lebensbereiche im Zeitverlauf</translation>
    </message>
    <message>
        <source>This case has no guidance trajectory. A trajectory starts when the operational table decides, by consensus, to start one and the chair signs that decision; the lead partner then adds goals and actions here.</source>
        <translation>Dieser Fall hat keinen Begleitungsweg. Ein Begleitungsweg beginnt, wenn der operative Tisch im Konsens beschließt, einen zu beginnen, und der Vorsitzende diese Entscheidung unterzeichnet; der federführende Partner fügt dann hier Ziele und Maßnahmen hinzu.</translation>
    </message>
</context>
<context>
    <name>TrajectoryState</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>TrajectorySummary</name>
    <message>
        <source>Closed on {day}: {reason}</source>
        <translation>Abgeschlossen am {day}: {reason}</translation>
    </message>
    <message>
        <source>{day}, by decision of the table</source>
        <translation>{day}, auf Beschluss des Tisches</translation>
    </message>
    <message>
        <source>{day}, decided at the meeting of {meeting}</source>
        <translation>{day}, beschlossen in der Sitzung vom {meeting}</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Federführender Partner</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Fallmanager</translation>
    </message>
    <message>
        <source>not named yet</source>
        <translation>noch nicht bestimmt</translation>
    </message>
    <message>
        <source>Contributing partners</source>
        <translation>Mitwirkende Partner</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <source>Evaluation interval (months)</source>
        <translation>Evaluationsabstand (Monate)</translation>
    </message>
    <message>
        <source>The person&apos;s engagement</source>
        <translation>Mitwirkung der Person</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Nächste Evaluation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>No goals recorded yet.</source>
        <translation>Noch keine Ziele erfasst.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Lebensbereiche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No actions recorded yet.</source>
        <translation>Noch keine Maßnahmen erfasst.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
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
        <source>Life domains over time</source>
        <translation>Lebensbereiche im Zeitverlauf</translation>
    </message>
    <message>
        <source>Your role does not give access to evaluations.</source>
        <translation>Ihre Rolle gibt keinen Zugang zu Evaluationen.</translation>
    </message>
    <message>
        <source>No evaluation recorded yet.</source>
        <translation>Noch keine Evaluation erfasst.</translation>
    </message>
    <message>
        <source>The chart shows the last {shown} of {total} evaluations.</source>
        <translation>Die Grafik zeigt die letzten {shown} von {total} Evaluationen.</translation>
    </message>
    <message>
        <source>What the evaluations proposed</source>
        <translation>Was die Evaluationen vorschlugen</translation>
    </message>
    <message>
        <source>The table decided on it on {day}.</source>
        <translation>Der Tisch hat am {day} darüber entschieden.</translation>
    </message>
    <message>
        <source>Waiting for the table&apos;s decision.</source>
        <translation>Wartet auf die Entscheidung des Tisches.</translation>
    </message>
    <message>
        <source>Evaluation of {day} by {organisation}</source>
        <translation>Evaluation vom {day} durch {organisation}</translation>
    </message>
    <message>
        <source>Proposal: {proposal}</source>
        <translation>Vorschlag: {proposal}</translation>
    </message>
    <message>
        <source>Protective factors: {factors}</source>
        <translation>Schutzfaktoren: {factors}</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Lebensbereich</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Guidance trajectory: summary for the table</source>
        <translation>Begleitungsweg: Zusammenfassung für den Tisch</translation>
    </message>
    <message>
        <source>The partners&apos; updates are not part of this summary: they are read in the dossier, each with its own visibility.</source>
        <translation>Die Einträge der Partner sind nicht Teil dieser Zusammenfassung: Sie werden in der Fallakte gelesen, jeder mit seiner eigenen Sichtbarkeit.</translation>
    </message>
</context>
<context>
    <name>TransferNote</name>
    <message>
        <source>From the LIVC-R</source>
        <translation>Vom BLIS-R</translation>
    </message>
    <message>
        <source>Case code of the sending LIVC-R</source>
        <translation>Fallcode des sendenden BLIS-R</translation>
    </message>
    <message>
        <source>To the LIVC-R</source>
        <translation>An das BLIS-R</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>yes, led by: {service}</source>
        <translation>ja, geleitet von: {service}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>A personalised guidance trajectory ran: {answer}</source>
        <translation>Ein individueller Begleitungsweg lief: {answer}</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Information the table passes on</source>
        <translation>Informationen, die der Tisch weitergibt</translation>
    </message>
    <message>
        <source>No further information is passed on.</source>
        <translation>Es werden keine weiteren Informationen weitergegeben.</translation>
    </message>
    <message>
        <source>✓  What goes to the other LIVC-R</source>
        <translation>✓  Was an das andere BLIS-R geht</translation>
    </message>
    <message>
        <source>Notes of the consultation and of the partners</source>
        <translation>Notizen der Fallbesprechung und der Partner</translation>
    </message>
    <message>
        <source>Summaries and minutes of the meetings</source>
        <translation>Zusammenfassungen und Protokolle der Sitzungen</translation>
    </message>
    <message>
        <source>Positions of the participants</source>
        <translation>Positionen der Teilnehmenden</translation>
    </message>
    <message>
        <source>Updates and evaluations of the guidance trajectory</source>
        <translation>Fortschritte und Bewertungen des Begleitungswegs</translation>
    </message>
    <message>
        <source>This information stays within the sending LIVC-R under shared professional secrecy (art. 458ter Criminal Code).</source>
        <translation>Diese Informationen bleiben im sendenden BLIS-R unter dem geteilten Berufsgeheimnis (Art. 458ter Strafgesetzbuch).</translation>
    </message>
    <message>
        <source>✗  What does NOT go to the other LIVC-R</source>
        <translation>✗  Was NICHT an das andere BLIS-R geht</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beschlossen</translation>
    </message>
    <message>
        <source>by consensus of all {count} effectively participating members, on {date}</source>
        <translation>im Konsens aller {count} tatsächlich teilnehmenden Mitglieder, am {date}</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>Signature fingerprint</source>
        <translation>Fingerabdruck der Unterschrift</translation>
    </message>
    <message>
        <source>Content hash (SHA-256)</source>
        <translation>Prüfsumme des Inhalts (SHA-256)</translation>
    </message>
    <message>
        <source>Decision of the table</source>
        <translation>Beschluss des Tisches</translation>
    </message>
    <message>
        <source>Transfer note to another LIVC-R</source>
        <translation>Übergabevermerk an ein anderes BLIS-R</translation>
    </message>
    <message>
        <source>The person moved. Nothing crosses from one LIVC-R to another without the consensus of all members who effectively took part in the consultation; this note holds only what the table decided to pass on, and no information covered by professional secrecy that was revealed during the consultation.</source>
        <translation>Die Person ist umgezogen. Nichts geht von einem BLIS-R zu einem anderen ohne den Konsens aller Mitglieder, die tatsächlich an der Fallbesprechung teilgenommen haben; dieser Vermerk enthält nur, was der Tisch weiterzugeben beschlossen hat, und keine Informationen unter dem Berufsgeheimnis, die während der Fallbesprechung offenbart wurden.</translation>
    </message>
</context>
<context>
    <name>Transmission</name>
    <message>
        <source>Only the Information Officer hands a feedback form to the LTF and records its answer.</source>
        <translation>Nur der Information Officer übergibt einen Rückmeldebogen an die LTF und erfasst deren Antwort.</translation>
    </message>
    <message>
        <source>This form is “{status}”: only a form approved by the table and signed by the chair can be handed to the LTF.</source>
        <translation>Dieser Bogen ist „{status}“: Nur ein vom Tisch genehmigter und vom Vorsitzenden unterzeichneter Bogen kann der LTF übergeben werden.</translation>
    </message>
    <message>
        <source>This form was already handed to the LTF on {day}.</source>
        <translation>Dieser Bogen wurde der LTF bereits am {day} übergeben.</translation>
    </message>
    <message>
        <source>Record first that the form was handed to the LTF.</source>
        <translation>Erfassen Sie zuerst, dass der Bogen der LTF übergeben wurde.</translation>
    </message>
    <message>
        <source>The LTF&apos;s answer is already recorded.</source>
        <translation>Die Antwort der LTF ist bereits erfasst.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Das Datum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The date cannot be before {day}, when the previous step was recorded.</source>
        <translation>Das Datum kann nicht vor dem {day} liegen, an dem der vorige Schritt erfasst wurde.</translation>
    </message>
    <message>
        <source>Name the LTF the form was handed to.</source>
        <translation>Nennen Sie die LTF, der der Bogen übergeben wurde.</translation>
    </message>
    <message>
        <source>The name of the LTF is too long.</source>
        <translation>Der Name der LTF ist zu lang.</translation>
    </message>
    <message>
        <source>The answer may be at most {maximum} characters.</source>
        <translation>Die Antwort darf höchstens {maximum} Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>TransmitDialog</name>
    <message>
        <source>Form no. {number} of {code} handed to the LTF</source>
        <translation>Bogen Nr. {number} von {code} der LTF übergeben</translation>
    </message>
    <message>
        <source>Record when you handed the approved and signed form to the LTF, and to which LTF. Hand over the printed form exactly as approved.</source>
        <translation>Erfassen Sie, wann Sie den genehmigten und unterzeichneten Bogen der LTF übergeben haben, und welcher LTF. Übergeben Sie den gedruckten Bogen genau so, wie er genehmigt wurde.</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Übergeben am</translation>
    </message>
    <message>
        <source>To the LTF</source>
        <translation>An die LTF</translation>
    </message>
    <message>
        <source>Record the hand-over</source>
        <translation>Die Übergabe festhalten</translation>
    </message>
</context>
<context>
    <name>Trend</name>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>first rating</source>
        <translation>erste Bewertung</translation>
    </message>
</context>
<context>
    <name>TypedDates</name>
    <message>
        <source>“{typed}” is not a date. Write the day, the month and the year, for example {example}.</source>
        <translation>„{typed}“ ist kein Datum. Schreiben Sie Tag, Monat und Jahr, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a day of the calendar.</source>
        <translation>„{typed}“ gibt es im Kalender nicht.</translation>
    </message>
    <message>
        <source>Write the year of “{typed}” with four digits, for example {example}.</source>
        <translation>Schreiben Sie das Jahr von „{typed}“ mit vier Ziffern, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>Fill in the date, for example {example}.</source>
        <translation>Geben Sie das Datum ein, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>The date cannot be before {limit}.</source>
        <translation>Das Datum darf nicht vor dem {limit} liegen.</translation>
    </message>
    <message>
        <source>The date cannot be after {limit}.</source>
        <translation>Das Datum darf nicht nach dem {limit} liegen.</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Update on {code}</source>
        <translation>Eintrag zu {code}</translation>
    </message>
    <message>
        <source>Write what happened, briefly and factually. An update cannot be changed afterwards; a mistake is put right with a correction, shown beside it. It is covered by shared professional secrecy (art. 458ter Criminal Code).</source>
        <translation>Schreiben Sie kurz und sachlich, was geschehen ist. Ein Eintrag kann nachträglich nicht geändert werden; ein Fehler wird mit einer Berichtigung richtiggestellt, die daneben angezeigt wird. Er unterliegt dem geteilten Berufsgeheimnis (Art. 458ter StGB).</translation>
    </message>
    <message>
        <source>Correct the update of {day}</source>
        <translation>Eintrag vom {day} berichtigen</translation>
    </message>
    <message>
        <source>The original update stays as it is, marked as corrected; the table reads your correction beside it.</source>
        <translation>Der ursprüngliche Eintrag bleibt, wie er ist, als berichtigt markiert; der Tisch liest Ihre Berichtigung daneben.</translation>
    </message>
    <message>
        <source>What kind of update</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Wann es geschah</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation>Wer ihn lesen darf</translation>
    </message>
</context>
<context>
    <name>UpdateKind</name>
    <message>
        <source>Contact with the person</source>
        <translation>Kontakt mit der Person</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Referral to a service</source>
        <translation>Vermittlung an einen Dienst</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Sorge</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>UpdateModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation>Wer ihn lesen darf</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>(corrected) {text}</source>
        <translation>(berichtigt) {text}</translation>
    </message>
    <message>
        <source>(correction) {text}</source>
        <translation>(Berichtigung) {text}</translation>
    </message>
</context>
<context>
    <name>UpdatesSection</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschrieben von</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Geschrieben am</translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation>Wer ihn lesen darf</translation>
    </message>
    <message>
        <source>This update corrects the one of {day}.</source>
        <translation>Dieser Eintrag berichtigt den vom {day}.</translation>
    </message>
    <message>
        <source>Corrected by the update of {day}.</source>
        <translation>Berichtigt durch den Eintrag vom {day}.</translation>
    </message>
    <message>
        <source>Select the update to correct in the list.</source>
        <translation>Wählen Sie in der Liste den zu berichtigenden Eintrag.</translation>
    </message>
    <message>
        <source>Only someone of {organisation} can correct this update.</source>
        <translation>Nur jemand von {organisation} kann diesen Eintrag berichtigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) you may read</source>
        <translation>
            <numerusform>%n Eintrag, den Sie lesen dürfen</numerusform>
            <numerusform>%n Einträge, die Sie lesen dürfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Log an update…</source>
        <translation>Eintrag erfassen…</translation>
    </message>
    <message>
        <source>Correct the selected update…</source>
        <translation>Ausgewählten Eintrag berichtigen…</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>A check of the records could not be completed: a stored value cannot be read ({check}).</source>
        <translation>Eine Prüfung der Daten konnte nicht abgeschlossen werden: Ein gespeicherter Wert ist unlesbar ({check}).</translation>
    </message>
    <message>
        <source>Approved minutes of the meeting of {day}: the items about {items} are about cases that are not on this laptop, so their seals are checked on the laptops that hold those cases.</source>
        <translation>Genehmigtes Protokoll der Sitzung vom {day}: Die Punkte zu {items} betreffen Fälle, die sich nicht auf diesem Laptop befinden; ihre Siegel werden auf den Laptops geprüft, die diese Fälle enthalten.</translation>
    </message>
</context>
<context>
    <name>YearlyReport</name>
    <message>
        <source>Choose a year between 2000 and 2100.</source>
        <translation>Wählen Sie ein Jahr zwischen 2000 und 2100.</translation>
    </message>
    <message>
        <source>A text of the strategic table can be at most 20,000 characters long.</source>
        <translation>Ein Text des strategischen Tisches darf höchstens 20.000 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioritäten</translation>
    </message>
    <message>
        <source>Working agreements</source>
        <translation>Arbeitsvereinbarungen</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Yearly report {year}</source>
        <translation>Jahresbericht {year}</translation>
    </message>
    <message>
        <source>Strategic table – anonymised figures, small counts hidden</source>
        <translation>Strategischer Tisch – anonymisierte Zahlen, kleine Anzahlen verborgen</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>Draft: the strategic table has not approved this report yet. The figures are computed again each time it is printed.</source>
        <translation>Entwurf: Der strategische Tisch hat diesen Bericht noch nicht genehmigt. Die Zahlen werden bei jedem Druck neu berechnet.</translation>
    </message>
    <message>
        <source>Approved by consensus at the strategic table&apos;s meeting of {date}. Texts and figures are printed as they were at the approval.</source>
        <translation>Im Konsens genehmigt in der Sitzung des strategischen Tisches vom {date}. Texte und Zahlen werden so gedruckt, wie sie bei der Genehmigung waren.</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>Die Zahlen</translation>
    </message>
    <message>
        <source>The yearly report of {year} was already approved; an approved report is not approved again.</source>
        <translation>Der Jahresbericht {year} wurde bereits genehmigt; ein genehmigter Bericht wird nicht erneut genehmigt.</translation>
    </message>
    <message>
        <source>Someone else changed these texts while you were writing. Your text was not saved: copy it, close the editor and open it again to see theirs.</source>
        <translation>Jemand anderes hat diese Texte geändert, während Sie schrieben. Ihr Text wurde nicht gespeichert: Kopieren Sie ihn, schließen Sie das Fenster und öffnen Sie es erneut, um den anderen Text zu sehen.</translation>
    </message>
    <message>
        <source>The yearly report of {year} was approved by the strategic table: its texts can no longer be changed.</source>
        <translation>Der Jahresbericht {year} wurde vom strategischen Tisch genehmigt: seine Texte können nicht mehr geändert werden.</translation>
    </message>
</context>
<context>
    <name>YearlyReportDialog</name>
    <message>
        <source>Yearly report</source>
        <translation>Jahresbericht</translation>
    </message>
    <message>
        <source>The yearly report holds the strategic table&apos;s texts and the figures of the calendar year, with small counts hidden. Choose the language of the document; it does not have to be the language of the app.</source>
        <translation>Der Jahresbericht enthält die Texte des strategischen Tisches und die Zahlen des Kalenderjahres, kleine Anzahlen verborgen. Wählen Sie die Sprache des Dokuments; sie muss nicht die Sprache der App sein.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Sprache des Berichts:</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Speicherort wählen…</translation>
    </message>
</context>
</TS>
