<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LIVC-R Desktop</source>
        <translation>À propos de LIVC-R Desktop</translation>
    </message>
    <message>
        <source>LIVC-R Desktop {version}</source>
        <translation>LIVC-R Desktop {version}</translation>
    </message>
    <message>
        <source>For the operational and strategic tables of a local integrated security cell on radicalism, extremism and terrorism (LIVC-R / CSIL-R).</source>
        <translation>Pour les tables opérationnelle et stratégique d’une cellule de sécurité intégrale locale en matière de radicalisme, d’extrémisme et de terrorisme (CSIL-R).</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}</source>
        <translation>Python {python}, Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Dossier de données : {path}</translation>
    </message>
    <message>
        <source>Full licence texts: {path}</source>
        <translation>Textes complets des licences : {path}</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Source and licence text</source>
        <translation>Code source et texte de la licence</translation>
    </message>
</context>
<context>
    <name>AcceptKeyChangeDialog</name>
    <message>
        <source>Paste the key change or open its file.</source>
        <translation>Collez le changement de clé ou ouvrez son fichier.</translation>
    </message>
    <message>
        <source>{name} changed its hand-over key. The key registered here signed the change.
Previous fingerprint: {previous}
New fingerprint: {fingerprint}</source>
        <translation>{name} a changé sa clé de transfert. La clé enregistrée ici a signé le changement.
Empreinte précédente : {previous}
Nouvelle empreinte : {fingerprint}</translation>
    </message>
    <message>
        <source>Accept another LIVC-R&apos;s new key</source>
        <translation>Accepter la nouvelle clé d’une autre CSIL-R</translation>
    </message>
    <message>
        <source>When a registered LIVC-R changes its hand-over key, its coordinator gives you the key change. It is accepted only when the key registered here signed it. If they tell you their key was stolen, do not accept a change: withdraw the LIVC-R and register the new key by comparing its fingerprint.</source>
        <translation>Lorsqu’une CSIL-R enregistrée change sa clé de transfert, son coordinateur vous remet le changement de clé. Il n’est accepté que si la clé enregistrée ici l’a signé. Si l’on vous dit que leur clé a été volée, n’acceptez aucun changement : retirez la CSIL-R et enregistrez la nouvelle clé en comparant son empreinte.</translation>
    </message>
    <message>
        <source>Key change</source>
        <translation>Changement de clé</translation>
    </message>
    <message>
        <source>Open the key change file…</source>
        <translation>Ouvrir le fichier du changement de clé…</translation>
    </message>
    <message>
        <source>The change says</source>
        <translation>Le changement indique</translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation>Accepter la nouvelle clé</translation>
    </message>
</context>
<context>
    <name>AccessAnswer</name>
    <message>
        <source>Your personal data at the LIVC-R</source>
        <translation>Vos données personnelles à la CSIL-R</translation>
    </message>
    <message>
        <source>This is the answer of {livcr} to the request for access (GDPR art. 15) received on {day}, made by: {requester}.</source>
        <translation>Voici la réponse de {livcr} à la demande d’accès (art. 15 RGPD) reçue le {day}, introduite par : {requester}.</translation>
    </message>
    <message>
        <source>Decision: {outcome}</source>
        <translation>Décision : {outcome}</translation>
    </message>
    <message numerus="yes">
        <source>Some information is not included in this copy (%n part(s)).</source>
        <translation>
            <numerusform>Certaines informations ne figurent pas dans cette copie (%n partie).</numerusform>
            <numerusform>Certaines informations ne figurent pas dans cette copie (%n parties).</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal ground: {ground}</source>
        <translation>Base juridique : {ground}</translation>
    </message>
    <message>
        <source>You may lodge a complaint with the Data Protection Authority (www.dataprotectionauthority.be). Information the police hold about you can be reached through the Supervisory Body for Police Information.</source>
        <translation>Vous pouvez introduire une plainte auprès de l’Autorité de protection des données (www.autoriteprotectiondonnees.be). Les informations que la police détient sur vous sont accessibles par l’intermédiaire de l’Organe de contrôle de l’information policière.</translation>
    </message>
    <message>
        <source>The LIVC-R holds no data about you to show.</source>
        <translation>La CSIL-R ne détient aucune donnée vous concernant à montrer.</translation>
    </message>
    <message>
        <source>PERSONAL – answer to an access request, for the person concerned only</source>
        <translation>PERSONNEL – réponse à une demande d’accès, pour la seule personne concernée</translation>
    </message>
</context>
<context>
    <name>AccessExport</name>
    <message>
        <source>Your identity</source>
        <translation>Votre identité</translation>
    </message>
    <message>
        <source>Your file at the LIVC-R</source>
        <translation>Votre dossier à la CSIL-R</translation>
    </message>
    <message>
        <source>Signals about you</source>
        <translation>Signalements vous concernant</translation>
    </message>
    <message>
        <source>Notes and consultations</source>
        <translation>Notes et concertations de cas</translation>
    </message>
    <message>
        <source>Decisions of the table</source>
        <translation>Décisions de la table</translation>
    </message>
    <message>
        <source>Your guidance trajectory</source>
        <translation>Votre parcours d’accompagnement</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Feedback to the police (LTF)</source>
        <translation>Retour à la police (TFL)</translation>
    </message>
    <message>
        <source>police information</source>
        <translation>information policière</translation>
    </message>
    <message>
        <source>about a third party</source>
        <translation>concerne un tiers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturé le</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Facteurs de protection</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>À faire pour le</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Who signalled</source>
        <translation>Auteur du signalement</translation>
    </message>
    <message>
        <source>What the police shared</source>
        <translation>Ce que la police a partagé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Consultation at the table</source>
        <translation>Concertation de cas à la table</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Feedback form to the LTF</source>
        <translation>Fiche de retour à la TFL</translation>
    </message>
    <message>
        <source>Guest at a consultation</source>
        <translation>Invité à une concertation</translation>
    </message>
    <message>
        <source>A partner refused to take part</source>
        <translation>Un partenaire a refusé de participer</translation>
    </message>
    <message>
        <source>A partner was represented</source>
        <translation>Un partenaire a été représenté</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Secrecy duty acknowledged on</source>
        <translation>Devoir de secret reconnu le</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Représenté par</translation>
    </message>
</context>
<context>
    <name>AccessReview</name>
    <message>
        <source>Save the answer</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message numerus="yes">
        <source>What is marked repeats what you ticked out (%n passage(s)). Tick it out too, or tick the original back in.</source>
        <translation>
            <numerusform>Ce qui est marqué répète ce que vous avez décoché (%n passage). Décochez-le aussi, ou recochez l’original.</numerusform>
            <numerusform>Ce qui est marqué répète ce que vous avez décoché (%n passages). Décochez-le aussi, ou recochez l’original.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer was saved in {file} (%n part(s) left out).</source>
        <translation>
            <numerusform>La réponse a été enregistrée dans {file} (%n partie omise).</numerusform>
            <numerusform>La réponse a été enregistrée dans {file} (%n parties omises).</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer to the access request about {code}</source>
        <translation>Réponse à la demande d’accès concernant {code}</translation>
    </message>
    <message>
        <source>Everything the LIVC-R holds about the person. Tick out what the answer may not contain: information of the police (reachable only through the Supervisory Body for Police Information), about third parties, or covered by the restriction you decided. The secrecy guard checks what stays before the export.</source>
        <translation>Tout ce que la CSIL-R détient sur la personne. Décochez ce que la réponse ne peut pas contenir : les informations de la police (accessibles uniquement par l’Organe de contrôle de l’information policière), celles concernant des tiers, ou ce que couvre la limitation que vous avez décidée. Le contrôle du secret vérifie ce qui reste avant l’export.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Language of the answer</source>
        <translation>Langue de la réponse</translation>
    </message>
    <message>
        <source>Export the answer (PDF)…</source>
        <translation>Exporter la réponse (PDF)…</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Saisissez le nom complet de la personne.</translation>
    </message>
    <message>
        <source>Enter the organisation.</source>
        <translation>Saisissez l’organisation.</translation>
    </message>
    <message>
        <source>A user name has 3 to 40 characters: lower-case letters, digits, dots, dashes or underscores, starting and ending with a letter or digit.</source>
        <translation>Un nom d’utilisateur compte de 3 à 40 caractères : lettres minuscules, chiffres, points, tirets ou traits de soulignement. Il commence et se termine par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>This field may be at most {maximum} characters.</source>
        <translation>Ce champ peut contenir au maximum {maximum} caractères.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New initial passphrase for {name}</source>
        <translation>Nouvelle phrase secrète initiale pour {name}</translation>
    </message>
    <message>
        <source>Account for {name}</source>
        <translation>Compte pour {name}</translation>
    </message>
    <message>
        <source>Choose an initial passphrase and give it to the person yourself, never by e-mail. They must replace it with their own at their first sign-in.</source>
        <translation>Choisissez une phrase secrète initiale et remettez-la vous-même à la personne, jamais par e-mail. Elle devra la remplacer par la sienne lors de sa première connexion.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Initial passphrase</source>
        <translation>Phrase secrète initiale</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
</context>
<context>
    <name>AccountSteps</name>
    <message>
        <source>The account {user} ends now: its passphrase no longer opens the data, and it cannot be opened again.</source>
        <translation>Le compte {user} est clôturé maintenant : sa phrase secrète n’ouvre plus les données et il ne peut plus être rouvert.</translation>
    </message>
    <message>
        <source>{name} cannot be given a new account in this data folder afterwards.</source>
        <translation>{name} ne pourra plus recevoir de nouveau compte dans ce dossier de données.</translation>
    </message>
    <message>
        <source>What {name} recorded stays in the journal and the history under their name.</source>
        <translation>Ce que {name} a enregistré reste à son nom dans le journal et l’historique.</translation>
    </message>
    <message>
        <source>This is the last account of a coordinator: give another member the coordinator role and an account first.</source>
        <translation>C’est le dernier compte d’un coordinateur : donnez d’abord le rôle de coordinateur et un compte à un autre membre.</translation>
    </message>
    <message>
        <source>These roles of {name} end today: {roles}.</source>
        <translation>Ces rôles de {name} prennent fin aujourd’hui : {roles}.</translation>
    </message>
    <message>
        <source>{name} leaves the register: they can no longer be invited, given a role or chosen.</source>
        <translation>{name} quitte le registre : cette personne ne peut plus être invitée, recevoir un rôle ni être choisie.</translation>
    </message>
    <message>
        <source>The account {user} stays as it is: end it separately if it must stop.</source>
        <translation>Le compte {user} reste tel quel : clôturez-le séparément s’il doit cesser.</translation>
    </message>
    <message>
        <source>The current recovery key and its printed sheet stop working at once; destroy the old sheet.</source>
        <translation>La clé de récupération actuelle et sa feuille imprimée cessent immédiatement de fonctionner ; détruisez l’ancienne feuille.</translation>
    </message>
    <message>
        <source>The new key is shown once: print it or save it as PDF before you close the window.</source>
        <translation>La nouvelle clé n’est affichée qu’une fois : imprimez-la ou enregistrez-la en PDF avant de fermer la fenêtre.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>This user name is already taken.</source>
        <translation>Ce nom d’utilisateur est déjà pris.</translation>
    </message>
    <message>
        <source>This member already has an account.</source>
        <translation>Ce membre a déjà un compte.</translation>
    </message>
    <message>
        <source>This account does not exist.</source>
        <translation>Ce compte n’existe pas.</translation>
    </message>
    <message>
        <source>This account has already been ended.</source>
        <translation>Ce compte a déjà été clôturé.</translation>
    </message>
    <message>
        <source>This is the last account of a coordinator. Give another member the coordinator role and an account first, or nobody could manage the LIVC-R any more.</source>
        <translation>C’est le dernier compte d’un coordinateur. Attribuez d’abord le rôle de coordinateur et un compte à un autre membre, sinon plus personne ne pourrait gérer la CSIL-R.</translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation>La phrase secrète actuelle est incorrecte.</translation>
    </message>
    <message>
        <source>Choose a new passphrase that differs from the current one.</source>
        <translation>Choisissez une nouvelle phrase secrète différente de l’actuelle.</translation>
    </message>
    <message>
        <source>This member is no longer active.</source>
        <translation>Ce membre n’est plus actif.</translation>
    </message>
    <message>
        <source>This laptop holds every case, so only coordinators sign in on it. {name} acts on top of a coordinator&apos;s session with this passphrase, or gets an invitation for their own laptop.</source>
        <translation>Cet ordinateur portable contient tous les dossiers : seuls les coordinateurs s’y connectent. {name} se connecte avec cette phrase secrète par-dessus la session d’un coordinateur, ou reçoit une invitation pour son propre ordinateur portable.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who (organisation)</source>
        <translation>Qui (organisation)</translation>
    </message>
    <message>
        <source>Choose the organisation…</source>
        <translation>Choisissez l’organisation…</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>For the goal</source>
        <translation>Pour l’objectif</translation>
    </message>
    <message>
        <source>(no particular goal)</source>
        <translation>(pas d’objectif particulier)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ActionPointDialog</name>
    <message>
        <source>Add an action point</source>
        <translation>Ajouter un point d’action</translation>
    </message>
    <message>
        <source>The action point appears in the owner&apos;s task list and, for a case, on its dossier. Only people invited to this item can take one on.</source>
        <translation>Le point d’action apparaît dans la liste des tâches de la personne qui s’en charge et, pour un cas, dans son dossier. Seules les personnes invitées à ce point peuvent s’en charger.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>AddCaseDialog</name>
    <message>
        <source>Choose the case in the list.</source>
        <translation>Choisissez le cas dans la liste.</translation>
    </message>
    <message>
        <source>Add a case to the agenda</source>
        <translation>Inscrire un cas à l’ordre du jour</translation>
    </message>
    <message>
        <source>Any open case you may see can go on the agenda. Type the start of its code or a name; the case goes on with those invited to it.</source>
        <translation>Tout cas en cours que vous pouvez consulter peut être inscrit à l’ordre du jour. Tapez le début de son code ou un nom ; le cas est inscrit avec les personnes invitées à ce cas.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Case code or name</source>
        <translation>Code du cas ou nom</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>No open case matches.</source>
        <translation>Aucun cas en cours ne correspond.</translation>
    </message>
    <message>
        <source>The first {count} cases; type more to narrow down.</source>
        <translation>Les {count} premiers cas ; tapez davantage pour affiner.</translation>
    </message>
</context>
<context>
    <name>AdoptionDialog</name>
    <message>
        <source>Record the adoption of the house rules</source>
        <translation>Enregistrer l’adoption du règlement d’ordre intérieur</translation>
    </message>
    <message>
        <source>Record the adoption</source>
        <translation>Enregistrer l’adoption</translation>
    </message>
    <message>
        <source>Choose the signed consensus decision by which the strategic table adopted the draft as it stands. The new version applies from the day the decision was signed; earlier versions stay readable.</source>
        <translation>Choisissez la décision par consensus signée par laquelle la table stratégique a adopté le projet tel qu’il est. La nouvelle version s’applique à partir du jour où la décision a été signée ; les versions antérieures restent lisibles.</translation>
    </message>
    <message>
        <source>No signed decision can adopt the draft yet. Put a “House rules” item on a strategic-table meeting; there the effective participants agree by consensus and the chair signs. Then come back here.</source>
        <translation>Aucune décision signée ne peut encore adopter le projet. Inscrivez un point « Règlement d’ordre intérieur » à une réunion de la table stratégique ; les membres participant effectivement y décident par consensus et le président signe. Revenez ensuite ici.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Meeting of {day}: “{wording}”</source>
        <translation>Réunion du {day} : « {wording} »</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Case {code} is already on this agenda.</source>
        <translation>Le cas {code} figure déjà à cet ordre du jour.</translation>
    </message>
    <message>
        <source>Case {code} is closed. Reopen it in the dossier before putting it on an agenda.</source>
        <translation>Le cas {code} est clôturé. Rouvrez-le dans le dossier avant de l’inscrire à un ordre du jour.</translation>
    </message>
    <message>
        <source>{name} may not see case {code}: invite them to the case in its dossier first, then to this item.</source>
        <translation>{name} ne peut pas voir le cas {code} : invitez d’abord cette personne au cas dans son dossier, puis à ce point.</translation>
    </message>
    <message>
        <source>This member is not in the register or no longer active.</source>
        <translation>Ce membre ne figure pas dans le registre ou n’est plus actif.</translation>
    </message>
    <message>
        <source>This item already has notes or action points; mark it as postponed instead of removing it.</source>
        <translation>Ce point a déjà des notes ou des points d’action ; indiquez-le comme reporté au lieu de le retirer.</translation>
    </message>
    <message>
        <source>Items can be taken off the agenda only before the meeting starts.</source>
        <translation>Les points ne peuvent être retirés de l’ordre du jour qu’avant le début de la réunion.</translation>
    </message>
    <message>
        <source>The agenda changed in the meantime; it has been reloaded. Please try again.</source>
        <translation>L’ordre du jour a changé entre-temps ; il a été rechargé. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Only case items have their own invitees; topics are for all participants.</source>
        <translation>Seuls les points de cas ont leurs propres invités ; les sujets concernent tous les participants.</translation>
    </message>
</context>
<context>
    <name>AgendaBuilder</name>
    <message>
        <source>Select the item to take off in the list.</source>
        <translation>Sélectionnez dans la liste le point à retirer.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>The agenda is empty. Add proposed cases below, any other case, or a topic.</source>
        <translation>L’ordre du jour est vide. Ajoutez ci-dessous des cas proposés, un autre cas ou un sujet.</translation>
    </message>
    <message>
        <source>There are no items on this agenda for you.</source>
        <translation>Cet ordre du jour ne comporte aucun point pour vous.</translation>
    </message>
    <message>
        <source>Drag an item to change the order, or use Alt+Up and Alt+Down.</source>
        <translation>Faites glisser un point pour changer l’ordre, ou utilisez Alt+Haut et Alt+Bas.</translation>
    </message>
    <message>
        <source>You see the items you take part in.</source>
        <translation>Vous voyez les points auxquels vous participez.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Add a case…</source>
        <translation>Ajouter un cas…</translation>
    </message>
    <message>
        <source>Add a topic…</source>
        <translation>Ajouter un sujet…</translation>
    </message>
    <message>
        <source>Take off the agenda</source>
        <translation>Retirer de l’ordre du jour</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>(postponed)</source>
        <translation>(reporté)</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Choose the item the correction is about, or the minutes as a whole.</source>
        <translation>Choisissez le point que concerne la correction, ou le procès-verbal dans son ensemble.</translation>
    </message>
    <message>
        <source>Choose what the correction is about. A correction of the minutes as a whole is printed in every partner&apos;s extract; one about an item only in the extracts of the partners invited to that item.</source>
        <translation>Choisissez ce que concerne la correction. Une correction du procès-verbal dans son ensemble figure dans l’extrait de chaque partenaire ; une correction portant sur un point, uniquement dans les extraits des partenaires invités à ce point.</translation>
    </message>
    <message>
        <source>Every partner who receives the minutes or an extract of them will read this correction, whatever their items. If it is about one item, choose that item.</source>
        <translation>Chaque partenaire qui reçoit le procès-verbal ou un extrait de celui-ci lira cette correction, quels que soient ses points. Si elle porte sur un seul point, choisissez ce point.</translation>
    </message>
    <message>
        <source>Only the full minutes and the extracts of the partners invited to item {number} will show this correction.</source>
        <translation>Seuls le procès-verbal complet et les extraits des partenaires invités au point {number} montreront cette correction.</translation>
    </message>
    <message>
        <source>Add an amendment</source>
        <translation>Ajouter une rectification</translation>
    </message>
    <message>
        <source>Approved minutes are frozen. A correction is recorded beside them with your name and the time, and printed with them from now on.</source>
        <translation>Un procès-verbal approuvé est figé. Une correction est enregistrée à côté, avec votre nom et l’heure, et imprimée avec lui désormais.</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>The minutes as a whole – everyone receiving the minutes sees it</source>
        <translation>Le procès-verbal dans son ensemble – tous ceux qui reçoivent le procès-verbal voient la correction</translation>
    </message>
    <message>
        <source>Choose an item, or the minutes as a whole</source>
        <translation>Choisissez un point, ou le procès-verbal dans son ensemble</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer of the LTF to form no. {number} of {code}</source>
        <translation>Réponse de la TFL à la fiche n° {number} de {code}</translation>
    </message>
    <message>
        <source>Only unclassified information may be recorded here: nothing from police databases or investigations, only what the LTF may share with the LIVC-R.</source>
        <translation>N’enregistrez ici que des informations non classifiées : rien des banques de données policières ni des enquêtes, uniquement ce que la TFL peut partager avec la CSIL-R.</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Réponse le</translation>
    </message>
    <message>
        <source>Answer or input of the LTF</source>
        <translation>Réponse ou apport de la TFL</translation>
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
        <translation>Ouvrir un autre dossier de données…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Choose a data folder</source>
        <translation>Choisir un dossier de données</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve a laptop</source>
        <translation>Approuver un ordinateur portable</translation>
    </message>
    <message>
        <source>Ask {owner} to read out the fingerprint their laptop shows, in person or by phone, and type it here. Only a laptop with exactly this fingerprint is approved: this is what keeps a stranger&apos;s laptop out.</source>
        <translation>Demandez à {owner} de lire l’empreinte affichée par son ordinateur, en personne ou par téléphone, et saisissez-la ici. Seul un ordinateur ayant exactement cette empreinte est approuvé : c’est ce qui tient à l’écart l’ordinateur d’un inconnu.</translation>
    </message>
    <message>
        <source>Approve this laptop</source>
        <translation>Approuver cet ordinateur</translation>
    </message>
</context>
<context>
    <name>ApprovedByMeetingDialog</name>
    <message>
        <source>Approved by a later meeting</source>
        <translation>Approuvé par une réunion ultérieure</translation>
    </message>
    <message>
        <source>Choose the meeting of the same table that approved these minutes. It must have started or been held. The minutes are frozen afterwards.</source>
        <translation>Choisissez la réunion de la même table qui a approuvé ce procès-verbal. Elle doit avoir commencé ou être terminée. Le procès-verbal est ensuite figé.</translation>
    </message>
    <message>
        <source>No later meeting of this table has started yet. Minutes are approved by the chair, or by a later meeting once it is under way.</source>
        <translation>Aucune réunion ultérieure de cette table n’a encore commencé. Le procès-verbal est approuvé par le président, ou par une réunion ultérieure dès qu’elle a commencé.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mes tâches</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mes cas</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>À signer</translation>
    </message>
    <message>
        <source>Feedback to the LTF</source>
        <translation>Retour à la TFL</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Vie privée</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d’audit</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Acknowledged</source>
        <translation>Reconnu</translation>
    </message>
    <message>
        <source>Acknowledged at {time}</source>
        <translation>Reconnu à {time}</translation>
    </message>
    <message>
        <source>Mark the person as present first.</source>
        <translation>Indiquez d’abord la personne comme présente.</translation>
    </message>
    <message>
        <source>Tick once the person acknowledged the duty.</source>
        <translation>Cochez dès que la personne a reconnu l’obligation.</translation>
    </message>
    <message>
        <source>Attendance and secrecy</source>
        <translation>Présences et secret</translation>
    </message>
    <message>
        <source>&lt;b&gt;Secrecy duty (art. 458ter §2 Criminal Code).&lt;/b&gt; Everyone taking part in this consultation is bound to secrecy about what is shared in it; breaking it is punishable (art. 458). Sharing is allowed, never obliged. Tick each person present who acknowledges this duty.</source>
        <translation>&lt;b&gt;Obligation de secret (art. 458ter, §2, Code pénal).&lt;/b&gt; Toute personne qui participe à cette concertation est tenue au secret sur ce qui y est partagé ; sa violation est punissable (art. 458). Partager est permis, jamais obligatoire. Cochez chaque personne présente qui reconnaît cette obligation.</translation>
    </message>
    <message>
        <source>{name} (chair)</source>
        <translation>{name} (président)</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— non enregistré —</translation>
    </message>
    <message>
        <source>Attendance not recorded yet: {names}</source>
        <translation>Présence pas encore enregistrée : {names}</translation>
    </message>
    <message>
        <source>Everyone&apos;s attendance is recorded.</source>
        <translation>La présence de chacun est enregistrée.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>view</source>
        <translation>consulter</translation>
    </message>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exporter</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>signer</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approuver</translation>
    </message>
    <message>
        <source>transmit</source>
        <translation>transmettre</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>vérifier</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restaurer</translation>
    </message>
</context>
<context>
    <name>AuditArea</name>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter la piste d’audit</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Operations matching the filters: {count}</source>
        <translation>Opérations correspondant aux filtres : {count}</translation>
    </message>
    <message>
        <source>Operations in the journal: {count}</source>
        <translation>Opérations dans le journal : {count}</translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation>Vérification du journal…</translation>
    </message>
    <message>
        <source>audit-trail-{date}.csv</source>
        <translation>piste-audit-{date}.csv</translation>
    </message>
    <message>
        <source>Exported to {file} (rows: {count}).</source>
        <translation>Exporté vers {file} (lignes : {count}).</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another folder and try again.</source>
        <translation>Le fichier n’a pas pu être enregistré. Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d’audit</translation>
    </message>
    <message>
        <source>Every change, sign-in, refused action, export and verification, as recorded in the tamper-evident journal. What was changed is never shown here: no case content, only who, what, when, which record and which device.</source>
        <translation>Chaque modification, connexion, action refusée, exportation et vérification, telle qu’enregistrée dans le journal qui révèle toute manipulation. Le contenu des modifications n’est jamais affiché ici : aucun contenu de cas, seulement qui, quoi, quand, quel enregistrement et quel appareil.</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>No operation matches these filters</source>
        <translation>Aucune opération ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>Nothing in the journal fits every filter you chose. Widen the dates, or choose another person or category.</source>
        <translation>Rien dans le journal ne correspond à tous les filtres choisis. Élargissez la période, ou choisissez une autre personne ou catégorie.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>AuditCategory</name>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Refused action</source>
        <translation>Action refusée</translation>
    </message>
    <message>
        <source>Opened or read</source>
        <translation>Ouvert ou consulté</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>AuditCells</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type d’enregistrement</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>ID d’enregistrement</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>System (no person)</source>
        <translation>Système (aucune personne)</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>with a passphrase</source>
        <translation>avec une phrase secrète</translation>
    </message>
    <message>
        <source>remembered on this device</source>
        <translation>mémorisée sur cet appareil</translation>
    </message>
    <message>
        <source>with the recovery key</source>
        <translation>avec la clé de récupération</translation>
    </message>
    <message>
        <source>at set-up</source>
        <translation>lors de la création</translation>
    </message>
    <message>
        <source>{resource} – {action}</source>
        <translation>{resource} – {action}</translation>
    </message>
    <message>
        <source>intact, {operations} operations</source>
        <translation>intact, {operations} opérations</translation>
    </message>
    <message>
        <source>damage found, {operations} operations</source>
        <translation>anomalie détectée, {operations} opérations</translation>
    </message>
    <message>
        <source>{failures} wrong passphrases before signing in</source>
        <translation>{failures} phrases secrètes erronées avant la connexion</translation>
    </message>
    <message>
        <source>Rows: {rows}</source>
        <translation>Lignes : {rows}</translation>
    </message>
    <message>
        <source>{passages} overlapping passages</source>
        <translation>{passages} passages qui se recouvrent</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>Période : du {start} au {end}</translation>
    </message>
    <message>
        <source>Parts: {parts}, left out: {left_out}, language: {language}</source>
        <translation>Parties : {parts}, omises : {left_out}, langue : {language}</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>No person (system)</source>
        <translation>Aucune personne (système)</translation>
    </message>
    <message>
        <source>{person} – account ended</source>
        <translation>{person} – compte clôturé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>ID d’enregistrement</translation>
    </message>
    <message>
        <source>the id or its beginning</source>
        <translation>l’ID ou son début</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>AuditKind</name>
    <message>
        <source>LIVC-R set up</source>
        <translation>CSIL-R créée</translation>
    </message>
    <message>
        <source>LIVC-R profile changed</source>
        <translation>Profil de la CSIL-R modifié</translation>
    </message>
    <message>
        <source>Municipality added</source>
        <translation>Commune ajoutée</translation>
    </message>
    <message>
        <source>Municipality changed</source>
        <translation>Commune modifiée</translation>
    </message>
    <message>
        <source>Municipality retired</source>
        <translation>Commune désactivée</translation>
    </message>
    <message>
        <source>Organisation added</source>
        <translation>Organisation ajoutée</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Membre ajouté</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <source>Role granted</source>
        <translation>Rôle attribué</translation>
    </message>
    <message>
        <source>Passphrase reset with the recovery key</source>
        <translation>Phrase secrète réinitialisée avec la clé de récupération</translation>
    </message>
    <message>
        <source>Sign-in remembered on a device</source>
        <translation>Connexion mémorisée sur un appareil</translation>
    </message>
    <message>
        <source>Remembered sign-in removed from a device</source>
        <translation>Connexion mémorisée supprimée d’un appareil</translation>
    </message>
    <message>
        <source>Recovery key replaced</source>
        <translation>Clé de récupération remplacée</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Wrong passphrases</source>
        <translation>Phrases secrètes erronées</translation>
    </message>
    <message>
        <source>Action refused</source>
        <translation>Action refusée</translation>
    </message>
    <message>
        <source>Audit trail opened</source>
        <translation>Piste d’audit ouverte</translation>
    </message>
    <message>
        <source>Database and journal verified</source>
        <translation>Base de données et journal vérifiés</translation>
    </message>
    <message>
        <source>Recovery sheet printed</source>
        <translation>Feuille de récupération imprimée</translation>
    </message>
    <message>
        <source>Audit trail exported (CSV)</source>
        <translation>Piste d’audit exportée (CSV)</translation>
    </message>
    <message>
        <source>Organisation changed</source>
        <translation>Organisation modifiée</translation>
    </message>
    <message>
        <source>Member changed</source>
        <translation>Membre modifié</translation>
    </message>
    <message>
        <source>Member removed from the register</source>
        <translation>Membre retiré du registre</translation>
    </message>
    <message>
        <source>Role ended</source>
        <translation>Fin d’un rôle</translation>
    </message>
    <message>
        <source>Account ended</source>
        <translation>Compte clôturé</translation>
    </message>
    <message>
        <source>Own passphrase changed</source>
        <translation>Phrase secrète personnelle modifiée</translation>
    </message>
    <message>
        <source>New initial passphrase given</source>
        <translation>Nouvelle phrase secrète initiale attribuée</translation>
    </message>
    <message>
        <source>Signed in on top of another session</source>
        <translation>Connexion par-dessus une autre session</translation>
    </message>
    <message>
        <source>Returned to the session below</source>
        <translation>Retour à la session sous-jacente</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Interrupted restore completed at the next start</source>
        <translation>Restauration interrompue achevée au démarrage suivant</translation>
    </message>
    <message>
        <source>Interrupted restore undone at the next start</source>
        <translation>Restauration interrompue annulée au démarrage suivant</translation>
    </message>
    <message>
        <source>Backup made, recorded after an interruption</source>
        <translation>Sauvegarde effectuée, enregistrée après une interruption</translation>
    </message>
    <message>
        <source>Backup interrupted</source>
        <translation>Sauvegarde interrompue</translation>
    </message>
    <message>
        <source>Signal registered</source>
        <translation>Signalement enregistré</translation>
    </message>
    <message>
        <source>Signal screened</source>
        <translation>Signalement examiné</translation>
    </message>
    <message>
        <source>Person concerned recorded</source>
        <translation>Personne concernée enregistrée</translation>
    </message>
    <message>
        <source>Person concerned changed</source>
        <translation>Personne concernée modifiée</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Cas ouvert</translation>
    </message>
    <message>
        <source>Case number of the year given</source>
        <translation>Numéro de l’année attribué au cas</translation>
    </message>
    <message>
        <source>Case status changed</source>
        <translation>Statut du cas modifié</translation>
    </message>
    <message>
        <source>Name on the case changed</source>
        <translation>Nom lié au cas modifié</translation>
    </message>
    <message>
        <source>Follow-up date set</source>
        <translation>Date de suivi fixée</translation>
    </message>
    <message>
        <source>Responsible municipality changed</source>
        <translation>Commune responsable modifiée</translation>
    </message>
    <message>
        <source>LTF status recorded</source>
        <translation>Statut TFL enregistré</translation>
    </message>
    <message>
        <source>Member invited to a case</source>
        <translation>Membre invité à un cas</translation>
    </message>
    <message>
        <source>Invitation to a case ended</source>
        <translation>Fin d’une invitation à un cas</translation>
    </message>
    <message>
        <source>Link to another LIVC-R added</source>
        <translation>Lien avec une autre CSIL-R ajouté</translation>
    </message>
    <message>
        <source>Link to another LIVC-R ended</source>
        <translation>Fin d’un lien avec une autre CSIL-R</translation>
    </message>
    <message>
        <source>Note written</source>
        <translation>Note rédigée</translation>
    </message>
    <message>
        <source>Dossier opened</source>
        <translation>Dossier consulté</translation>
    </message>
    <message>
        <source>Strategic figures computed</source>
        <translation>Chiffres stratégiques calculés</translation>
    </message>
    <message>
        <source>Strategic figures exported (CSV)</source>
        <translation>Chiffres stratégiques exportés (CSV)</translation>
    </message>
    <message>
        <source>Proposal put</source>
        <translation>Proposition soumise</translation>
    </message>
    <message>
        <source>Proposal reworded</source>
        <translation>Proposition reformulée</translation>
    </message>
    <message>
        <source>New wording linked to the old</source>
        <translation>Nouvelle formulation liée à l’ancienne</translation>
    </message>
    <message>
        <source>Proposal withdrawn</source>
        <translation>Proposition retirée</translation>
    </message>
    <message>
        <source>Position recorded</source>
        <translation>Position enregistrée</translation>
    </message>
    <message>
        <source>Position changed</source>
        <translation>Position modifiée</translation>
    </message>
    <message>
        <source>Decision signed</source>
        <translation>Décision signée</translation>
    </message>
    <message>
        <source>Action on a decision refused</source>
        <translation>Action sur une décision refusée</translation>
    </message>
    <message>
        <source>Wrong passphrase when signing</source>
        <translation>Phrase secrète erronée lors de la signature</translation>
    </message>
    <message>
        <source>Signing key made</source>
        <translation>Clé de signature créée</translation>
    </message>
    <message>
        <source>Signing key moved to the new passphrase</source>
        <translation>Clé de signature transférée sur la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Signing key retired</source>
        <translation>Clé de signature mise hors service</translation>
    </message>
    <message>
        <source>Meeting planned</source>
        <translation>Réunion planifiée</translation>
    </message>
    <message>
        <source>Meeting moved</source>
        <translation>Réunion déplacée</translation>
    </message>
    <message>
        <source>Meeting cancelled</source>
        <translation>Réunion annulée</translation>
    </message>
    <message>
        <source>Participant invited to a meeting</source>
        <translation>Participant invité à une réunion</translation>
    </message>
    <message>
        <source>Invitation to a meeting withdrawn</source>
        <translation>Invitation à une réunion retirée</translation>
    </message>
    <message>
        <source>Agenda item added</source>
        <translation>Point de l’ordre du jour ajouté</translation>
    </message>
    <message>
        <source>Agenda item renamed</source>
        <translation>Point de l’ordre du jour renommé</translation>
    </message>
    <message>
        <source>Agenda item taken off</source>
        <translation>Point de l’ordre du jour retiré</translation>
    </message>
    <message>
        <source>Agenda reordered</source>
        <translation>Ordre du jour réorganisé</translation>
    </message>
    <message>
        <source>Invited to an agenda item</source>
        <translation>Invité à un point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Invitation to an agenda item withdrawn</source>
        <translation>Invitation à un point de l’ordre du jour retirée</translation>
    </message>
    <message>
        <source>Meeting started</source>
        <translation>Réunion commencée</translation>
    </message>
    <message>
        <source>Meeting closed</source>
        <translation>Réunion clôturée</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Présence enregistrée</translation>
    </message>
    <message>
        <source>Secrecy duty acknowledged</source>
        <translation>Obligation de secret reconnue</translation>
    </message>
    <message>
        <source>Participant left the meeting</source>
        <translation>Participant parti en cours de réunion</translation>
    </message>
    <message>
        <source>Participant back in the meeting</source>
        <translation>Participant de retour en réunion</translation>
    </message>
    <message>
        <source>Effective participation recorded</source>
        <translation>Participation effective enregistrée</translation>
    </message>
    <message>
        <source>Item summary written</source>
        <translation>Résumé d’un point rédigé</translation>
    </message>
    <message>
        <source>Item postponed</source>
        <translation>Point reporté</translation>
    </message>
    <message>
        <source>Postponement undone</source>
        <translation>Report annulé</translation>
    </message>
    <message>
        <source>Action point agreed</source>
        <translation>Point d’action convenu</translation>
    </message>
    <message>
        <source>Action point done</source>
        <translation>Point d’action terminé</translation>
    </message>
    <message>
        <source>Action point reopened</source>
        <translation>Point d’action rouvert</translation>
    </message>
    <message>
        <source>Minutes remarks written</source>
        <translation>Remarques du procès-verbal rédigées</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Procès-verbal approuvé</translation>
    </message>
    <message>
        <source>Case item frozen in approved minutes</source>
        <translation>Point de cas figé dans le procès-verbal approuvé</translation>
    </message>
    <message>
        <source>Minutes sealed for approval</source>
        <translation>Procès-verbal scellé pour approbation</translation>
    </message>
    <message>
        <source>Case item sealed for approval of the minutes</source>
        <translation>Point de cas scellé pour l’approbation du procès-verbal</translation>
    </message>
    <message>
        <source>Minutes amended</source>
        <translation>Procès-verbal rectifié</translation>
    </message>
    <message>
        <source>Meeting opened</source>
        <translation>Réunion consultée</translation>
    </message>
    <message>
        <source>Minutes opened</source>
        <translation>Procès-verbal consulté</translation>
    </message>
    <message>
        <source>Name shown on the projector</source>
        <translation>Nom affiché au projecteur</translation>
    </message>
    <message>
        <source>Invitation made (PDF and calendar)</source>
        <translation>Invitation établie (PDF et agenda)</translation>
    </message>
    <message>
        <source>Minutes exported (PDF)</source>
        <translation>Procès-verbal exporté (PDF)</translation>
    </message>
    <message>
        <source>Minutes extract exported (PDF)</source>
        <translation>Extrait du procès-verbal exporté (PDF)</translation>
    </message>
    <message>
        <source>Feedback form drafted</source>
        <translation>Fiche de retour rédigée</translation>
    </message>
    <message>
        <source>Feedback form changed</source>
        <translation>Fiche de retour modifiée</translation>
    </message>
    <message>
        <source>Decision added to a feedback form</source>
        <translation>Décision ajoutée à une fiche de retour</translation>
    </message>
    <message>
        <source>Corrected decision taken out of a feedback form</source>
        <translation>Décision corrigée retirée d’une fiche de retour</translation>
    </message>
    <message>
        <source>Item added to a feedback form</source>
        <translation>Point ajouté à une fiche de retour</translation>
    </message>
    <message>
        <source>Item of a feedback form changed</source>
        <translation>Point d’une fiche de retour modifié</translation>
    </message>
    <message>
        <source>Item removed from a feedback form</source>
        <translation>Point retiré d’une fiche de retour</translation>
    </message>
    <message>
        <source>Overlap confirmed as not covered by professional secrecy</source>
        <translation>Recoupement confirmé comme non couvert par le secret professionnel</translation>
    </message>
    <message>
        <source>Secrecy guard stopped an item</source>
        <translation>Le contrôle du secret a arrêté un point</translation>
    </message>
    <message>
        <source>Feedback form approved and frozen</source>
        <translation>Fiche de retour approuvée et figée</translation>
    </message>
    <message>
        <source>Feedback form replaced by a newer version</source>
        <translation>Fiche de retour remplacée par une version plus récente</translation>
    </message>
    <message>
        <source>Feedback form withdrawn</source>
        <translation>Fiche de retour retirée</translation>
    </message>
    <message>
        <source>Feedback form handed to the LTF</source>
        <translation>Fiche de retour remise à la TFL</translation>
    </message>
    <message>
        <source>Answer of the LTF recorded</source>
        <translation>Réponse de la TFL enregistrée</translation>
    </message>
    <message>
        <source>Action on a feedback form refused</source>
        <translation>Action sur une fiche de retour refusée</translation>
    </message>
    <message>
        <source>Case referred to the LTF</source>
        <translation>Cas renvoyé vers la TFL</translation>
    </message>
    <message>
        <source>Feedback form opened</source>
        <translation>Fiche de retour ouverte</translation>
    </message>
    <message>
        <source>Register of what flowed to the LTF opened</source>
        <translation>Registre de ce qui a été transmis à la TFL ouvert</translation>
    </message>
    <message>
        <source>Feedback form printed (PDF)</source>
        <translation>Fiche de retour imprimée (PDF)</translation>
    </message>
    <message>
        <source>Register of what flowed exported (CSV)</source>
        <translation>Registre de ce qui a été transmis exporté (CSV)</translation>
    </message>
    <message>
        <source>Guidance trajectory started</source>
        <translation>Parcours d’accompagnement démarré</translation>
    </message>
    <message>
        <source>Lead partner of a trajectory changed</source>
        <translation>Partenaire pilote d’un parcours modifié</translation>
    </message>
    <message>
        <source>Case manager of a trajectory set</source>
        <translation>Gestionnaire de cas d’un parcours désigné</translation>
    </message>
    <message>
        <source>Engagement in a trajectory recorded</source>
        <translation>Engagement dans un parcours consigné</translation>
    </message>
    <message>
        <source>Evaluation interval set</source>
        <translation>Intervalle d’évaluation fixé</translation>
    </message>
    <message>
        <source>Next evaluation date set</source>
        <translation>Date de la prochaine évaluation fixée</translation>
    </message>
    <message>
        <source>Contributing partner added</source>
        <translation>Partenaire contributeur ajouté</translation>
    </message>
    <message>
        <source>Contributing partner ended</source>
        <translation>Partenaire contributeur arrêté</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Objectif ajouté</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Objectif modifié</translation>
    </message>
    <message>
        <source>Trajectory action added</source>
        <translation>Action d’un parcours ajoutée</translation>
    </message>
    <message>
        <source>Trajectory action changed</source>
        <translation>Action d’un parcours modifiée</translation>
    </message>
    <message>
        <source>Trajectory update logged</source>
        <translation>Compte rendu de suivi rédigé</translation>
    </message>
    <message>
        <source>Trajectory update corrected by a new one</source>
        <translation>Compte rendu corrigé par un nouveau</translation>
    </message>
    <message>
        <source>Evaluation recorded</source>
        <translation>Évaluation enregistrée</translation>
    </message>
    <message>
        <source>Table decided on an evaluation</source>
        <translation>La table a décidé sur une évaluation</translation>
    </message>
    <message>
        <source>Guidance trajectory closed</source>
        <translation>Parcours d’accompagnement clôturé</translation>
    </message>
    <message>
        <source>Action on a trajectory refused</source>
        <translation>Action sur un parcours refusée</translation>
    </message>
    <message>
        <source>Guidance trajectory opened</source>
        <translation>Parcours d’accompagnement consulté</translation>
    </message>
    <message>
        <source>Trajectory summary exported (PDF)</source>
        <translation>Synthèse d’un parcours exportée (PDF)</translation>
    </message>
    <message>
        <source>Life domain added</source>
        <translation>Domaine de vie ajouté</translation>
    </message>
    <message>
        <source>Life domain renamed</source>
        <translation>Domaine de vie renommé</translation>
    </message>
    <message>
        <source>Life domain retired</source>
        <translation>Domaine de vie retiré</translation>
    </message>
    <message>
        <source>Life domain taken back into use</source>
        <translation>Domaine de vie remis en service</translation>
    </message>
    <message>
        <source>Life domains reordered</source>
        <translation>Ordre des domaines de vie modifié</translation>
    </message>
    <message>
        <source>LIVC-R connected to a sync hub</source>
        <translation>CSIL-R connectée à un hub de synchronisation</translation>
    </message>
    <message>
        <source>LIVC-R set up for bundles without a hub</source>
        <translation>CSIL-R configurée pour les paquets sans hub</translation>
    </message>
    <message>
        <source>Invitation made for a member&apos;s laptop</source>
        <translation>Invitation créée pour l’ordinateur portable d’un membre</translation>
    </message>
    <message>
        <source>Member&apos;s laptop approved</source>
        <translation>Ordinateur portable d’un membre approuvé</translation>
    </message>
    <message>
        <source>Laptop revoked</source>
        <translation>Ordinateur portable révoqué</translation>
    </message>
    <message>
        <source>Bundle of changes exported for a member&apos;s laptop</source>
        <translation>Paquet de modifications exporté pour l’ordinateur portable d’un membre</translation>
    </message>
    <message>
        <source>Bundle of changes imported from a laptop</source>
        <translation>Paquet de modifications importé depuis un ordinateur portable</translation>
    </message>
    <message>
        <source>Laptop&apos;s bundle keys written for IT</source>
        <translation>Clés de paquets de l’ordinateur portable écrites pour l’informatique</translation>
    </message>
    <message>
        <source>Hub login given to a laptop approved by file</source>
        <translation>Identifiant du hub donné à un ordinateur portable approuvé par fichier</translation>
    </message>
    <message>
        <source>Laptop that lived on bundles connected to the hub</source>
        <translation>Ordinateur portable fonctionnant par paquets connecté au hub</translation>
    </message>
    <message>
        <source>Hub access of a laptop written again (new password, old one ended)</source>
        <translation>Accès au hub d’un ordinateur portable réécrit (nouveau mot de passe, l’ancien est révoqué)</translation>
    </message>
    <message>
        <source>Renewed hub access taken by this laptop</source>
        <translation>Accès au hub renouvelé repris par cet ordinateur portable</translation>
    </message>
    <message>
        <source>Sync conflict resolved by keeping one value</source>
        <translation>Conflit de synchronisation résolu en gardant une valeur</translation>
    </message>
    <message>
        <source>Case withdrawn from a member&apos;s laptop</source>
        <translation>Dossier retiré de l’ordinateur portable d’un membre</translation>
    </message>
    <message>
        <source>Key slot retired (the laptop holds more than the role opens)</source>
        <translation>Emplacement de clé retiré (l’ordinateur portable contient plus que ce que le rôle ouvre)</translation>
    </message>
    <message>
        <source>Texts of the strategic table written</source>
        <translation>Textes de la table stratégique rédigés</translation>
    </message>
    <message>
        <source>Texts of the strategic table changed</source>
        <translation>Textes de la table stratégique modifiés</translation>
    </message>
    <message>
        <source>Yearly report approved and frozen</source>
        <translation>Rapport annuel approuvé et figé</translation>
    </message>
    <message>
        <source>Yearly report exported (PDF)</source>
        <translation>Rapport annuel exporté (PDF)</translation>
    </message>
    <message>
        <source>Draft of the house rules started</source>
        <translation>Projet de règlement d’ordre intérieur commencé</translation>
    </message>
    <message>
        <source>Draft of the house rules changed</source>
        <translation>Projet de règlement d’ordre intérieur modifié</translation>
    </message>
    <message>
        <source>House rules adopted by the strategic table</source>
        <translation>Règlement d’ordre intérieur adopté par la table stratégique</translation>
    </message>
    <message>
        <source>House rules printed (PDF)</source>
        <translation>Règlement d’ordre intérieur imprimé (PDF)</translation>
    </message>
    <message>
        <source>List of cases that reached their retention term opened</source>
        <translation>Liste des cas dont le délai de conservation est atteint ouverte</translation>
    </message>
    <message>
        <source>Erasure proposed to the operational table</source>
        <translation>Effacement proposé à la table opérationnelle</translation>
    </message>
    <message>
        <source>Erasure confirmed by the data-protection officer</source>
        <translation>Effacement confirmé par le délégué à la protection des données</translation>
    </message>
    <message>
        <source>Case erased after its retention term</source>
        <translation>Cas effacé après son délai de conservation</translation>
    </message>
    <message>
        <source>Erasure register opened</source>
        <translation>Registre des effacements ouvert</translation>
    </message>
    <message>
        <source>Data-subject request registered</source>
        <translation>Demande d’une personne concernée enregistrée</translation>
    </message>
    <message>
        <source>Case code of a data-subject request updated</source>
        <translation>Code du cas d’une demande d’une personne concernée mis à jour</translation>
    </message>
    <message>
        <source>Decision on a data-subject request</source>
        <translation>Décision sur une demande d’une personne concernée</translation>
    </message>
    <message>
        <source>Term of a data-subject request extended</source>
        <translation>Délai d’une demande d’une personne concernée prolongé</translation>
    </message>
    <message>
        <source>Person informed of a data-subject request&apos;s decision</source>
        <translation>Personne informée de la décision sur une demande</translation>
    </message>
    <message>
        <source>Answer to a data-subject request sent</source>
        <translation>Réponse à une demande d’une personne concernée envoyée</translation>
    </message>
    <message>
        <source>Register of data-subject requests opened</source>
        <translation>Registre des demandes des personnes concernées ouvert</translation>
    </message>
    <message>
        <source>Person&apos;s data gathered for an access request</source>
        <translation>Données d’une personne rassemblées pour une demande d’accès</translation>
    </message>
    <message>
        <source>Access-request export stopped by the secrecy guard</source>
        <translation>Export d’une demande d’accès arrêté par le contrôle du secret</translation>
    </message>
    <message>
        <source>Person&apos;s data exported for an access request (PDF)</source>
        <translation>Données d’une personne exportées pour une demande d’accès (PDF)</translation>
    </message>
    <message>
        <source>Record of processing (art. 30) printed (PDF)</source>
        <translation>Registre des activités de traitement (art. 30) imprimé (PDF)</translation>
    </message>
    <message>
        <source>DPIA facts sheet printed (PDF)</source>
        <translation>Fiche des faits pour l’AIPD imprimée (PDF)</translation>
    </message>
    <message>
        <source>Guest at an item acknowledged the secrecy duty</source>
        <translation>Invité à un point a reconnu le devoir de secret</translation>
    </message>
    <message>
        <source>Partner refused to take part in an item</source>
        <translation>Partenaire a refusé de participer à un point</translation>
    </message>
    <message>
        <source>Partner represented by a supervisor at an item</source>
        <translation>Partenaire représenté par un supérieur à un point</translation>
    </message>
    <message>
        <source>LIVC-R&apos;s public hand-over key exported</source>
        <translation>Clé publique de transfert de la CSIL-R exportée</translation>
    </message>
    <message>
        <source>LIVC-R&apos;s secret hand-over key written for IT</source>
        <translation>Clé secrète de transfert de la CSIL-R écrite pour l’informatique</translation>
    </message>
    <message>
        <source>LIVC-R&apos;s hand-over key changed</source>
        <translation>Clé de transfert de la CSIL-R changée</translation>
    </message>
    <message>
        <source>Previous hand-over key of the LIVC-R retired</source>
        <translation>Clé de transfert précédente de la CSIL-R mise hors service</translation>
    </message>
    <message>
        <source>New key of a registered LIVC-R accepted</source>
        <translation>Nouvelle clé d’une CSIL-R enregistrée acceptée</translation>
    </message>
    <message>
        <source>Key change of another LIVC-R refused</source>
        <translation>Changement de clé d’une autre CSIL-R refusé</translation>
    </message>
    <message>
        <source>Another LIVC-R registered by its key</source>
        <translation>Autre CSIL-R enregistrée avec sa clé</translation>
    </message>
    <message>
        <source>Registered LIVC-R withdrawn</source>
        <translation>CSIL-R enregistrée retirée</translation>
    </message>
    <message>
        <source>Hand-over drafted</source>
        <translation>Transfert rédigé</translation>
    </message>
    <message>
        <source>Hand-over changed</source>
        <translation>Transfert modifié</translation>
    </message>
    <message>
        <source>Text of a hand-over kept</source>
        <translation>Texte d’un transfert enregistré</translation>
    </message>
    <message>
        <source>Text removed from a hand-over</source>
        <translation>Texte retiré d’un transfert</translation>
    </message>
    <message>
        <source>Secrecy guard stopped a text of a hand-over</source>
        <translation>Le contrôle du secret a arrêté un texte d’un transfert</translation>
    </message>
    <message>
        <source>Hand-over withdrawn</source>
        <translation>Transfert retiré</translation>
    </message>
    <message>
        <source>Hand-over decided by the table</source>
        <translation>Transfert décidé par la table</translation>
    </message>
    <message>
        <source>Transfer note and sealed hand-over made</source>
        <translation>Note de transfert et transfert scellé créés</translation>
    </message>
    <message>
        <source>Hand-over exported for another LIVC-R</source>
        <translation>Transfert exporté pour une autre CSIL-R</translation>
    </message>
    <message>
        <source>Hand-over from another LIVC-R imported</source>
        <translation>Transfert d’une autre CSIL-R importé</translation>
    </message>
    <message>
        <source>Hand-over from another LIVC-R refused</source>
        <translation>Transfert d’une autre CSIL-R refusé</translation>
    </message>
    <message>
        <source>Action on a hand-over refused</source>
        <translation>Action sur un transfert refusée</translation>
    </message>
    <message>
        <source>Hand-over opened</source>
        <translation>Transfert ouvert</translation>
    </message>
    <message>
        <source>Received transfer note opened</source>
        <translation>Note de transfert reçue ouverte</translation>
    </message>
    <message>
        <source>Hand-overs of the register opened</source>
        <translation>Transferts du registre ouverts</translation>
    </message>
</context>
<context>
    <name>AuditRecord</name>
    <message>
        <source>LIVC-R profile</source>
        <translation>Profil de la CSIL-R</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Keys of the data folder</source>
        <translation>Clés du dossier de données</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d’audit</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Invitation to a case</source>
        <translation>Invitation à un cas</translation>
    </message>
    <message>
        <source>Link to another LIVC-R</source>
        <translation>Lien avec une autre CSIL-R</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Strategic figures</source>
        <translation>Chiffres stratégiques</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Position on a proposal</source>
        <translation>Position sur une proposition</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Meeting participant</source>
        <translation>Participant à une réunion</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Invitation to an agenda item</source>
        <translation>Invitation à un point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Action point</source>
        <translation>Point d’action</translation>
    </message>
    <message>
        <source>Minutes amendment</source>
        <translation>Rectification du procès-verbal</translation>
    </message>
    <message>
        <source>Feedback form</source>
        <translation>Fiche de retour</translation>
    </message>
    <message>
        <source>Item of a feedback form</source>
        <translation>Point d’une fiche de retour</translation>
    </message>
    <message>
        <source>Referral to the LTF</source>
        <translation>Renvoi vers la TFL</translation>
    </message>
    <message>
        <source>Register of what flowed to the LTF</source>
        <translation>Registre de ce qui a été transmis à la TFL</translation>
    </message>
    <message>
        <source>Guidance trajectory</source>
        <translation>Parcours d’accompagnement</translation>
    </message>
    <message>
        <source>Contributing partner</source>
        <translation>Partenaire contributeur</translation>
    </message>
    <message>
        <source>Trajectory goal</source>
        <translation>Objectif d’un parcours</translation>
    </message>
    <message>
        <source>Trajectory action</source>
        <translation>Action d’un parcours</translation>
    </message>
    <message>
        <source>Trajectory update</source>
        <translation>Compte rendu de suivi</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Domaine de vie</translation>
    </message>
    <message>
        <source>Yearly report of the strategic table</source>
        <translation>Rapport annuel de la table stratégique</translation>
    </message>
    <message>
        <source>House rules</source>
        <translation>Règlement d’ordre intérieur</translation>
    </message>
    <message>
        <source>Cases that reached their retention term</source>
        <translation>Cas dont le délai de conservation est atteint</translation>
    </message>
    <message>
        <source>Proposed erasure</source>
        <translation>Effacement proposé</translation>
    </message>
    <message>
        <source>Erasure register</source>
        <translation>Registre des effacements</translation>
    </message>
    <message>
        <source>Confirmation of an erasure</source>
        <translation>Confirmation d’un effacement</translation>
    </message>
    <message>
        <source>Data-subject request</source>
        <translation>Demande d’une personne concernée</translation>
    </message>
    <message>
        <source>Register of data-subject requests</source>
        <translation>Registre des demandes des personnes concernées</translation>
    </message>
    <message>
        <source>Records of processing</source>
        <translation>Registre des activités de traitement</translation>
    </message>
    <message>
        <source>Guest at an item</source>
        <translation>Invité à un point</translation>
    </message>
    <message>
        <source>Refusal or representation at an item</source>
        <translation>Refus ou représentation à un point</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Other LIVC-R</source>
        <translation>Autre CSIL-R</translation>
    </message>
    <message>
        <source>Hand-over received</source>
        <translation>Transfert reçu</translation>
    </message>
</context>
<context>
    <name>AuditResource</name>
    <message>
        <source>LIVC-R profile</source>
        <translation>profil de la CSIL-R</translation>
    </message>
    <message>
        <source>member register</source>
        <translation>registre des membres</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>comptes</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>piste d’audit</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>sauvegardes</translation>
    </message>
    <message>
        <source>signals</source>
        <translation>signalements</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>cas</translation>
    </message>
    <message>
        <source>case notes</source>
        <translation>notes des cas</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>réunions</translation>
    </message>
    <message>
        <source>strategic meetings</source>
        <translation>réunions stratégiques</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>procès-verbaux</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>décisions</translation>
    </message>
    <message>
        <source>guidance trajectories</source>
        <translation>parcours d’accompagnement</translation>
    </message>
    <message>
        <source>trajectory updates</source>
        <translation>mises à jour des parcours</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>évaluations</translation>
    </message>
    <message>
        <source>feedback forms</source>
        <translation>fiches de retour</translation>
    </message>
    <message>
        <source>register of what flowed to the LTF</source>
        <translation>registre de ce qui a été transmis à la TFL</translation>
    </message>
    <message>
        <source>retention of data</source>
        <translation>conservation des données</translation>
    </message>
    <message>
        <source>hand-overs to other LIVC-Rs</source>
        <translation>transferts vers d’autres CSIL-R</translation>
    </message>
    <message>
        <source>strategic figures</source>
        <translation>chiffres stratégiques</translation>
    </message>
</context>
<context>
    <name>AuditVerdict</name>
    <message>
        <source>The journal is intact: every link of the chain holds and the database file is undamaged (operations checked: {count}).</source>
        <translation>Le journal est intact : chaque maillon de la chaîne tient et le fichier de base de données n’est pas endommagé (opérations vérifiées : {count}).</translation>
    </message>
    <message>
        <source>The database file is damaged: its integrity check failed.</source>
        <translation>Le fichier de base de données est endommagé : le contrôle d’intégrité a échoué.</translation>
    </message>
    <message>
        <source>The chain is broken. First broken link: {reason}.</source>
        <translation>La chaîne est rompue. Premier maillon rompu : {reason}.</translation>
    </message>
    <message>
        <source>That operation is “{what}”, written on {when} by {who}.</source>
        <translation>Cette opération est « {what} », écrite le {when} par {who}.</translation>
    </message>
    <message>
        <source>Its record: {type} {record}.</source>
        <translation>Enregistrement concerné : {type} {record}.</translation>
    </message>
    <message>
        <source>It was written on another computer: {device}.</source>
        <translation>Elle a été écrite sur un autre ordinateur : {device}.</translation>
    </message>
    <message>
        <source>This link comes from device {device}.</source>
        <translation>Ce maillon provient de l’appareil {device}.</translation>
    </message>
    <message>
        <source>A signature does not hold: {reason}.</source>
        <translation>Une signature ne tient pas : {reason}.</translation>
    </message>
    <message>
        <source>The data may have been changed outside LIVC-R Desktop. Change nothing on this computer, keep this message, and inform the coordinator, the data-protection officer and the IT service.</source>
        <translation>Les données ont peut-être été modifiées en dehors de LIVC-R Desktop. Ne modifiez rien sur cet ordinateur, conservez ce message et informez le coordinateur, le délégué à la protection des données et le service informatique.</translation>
    </message>
</context>
<context>
    <name>BackgroundSync</name>
    <message>
        <source>Syncing… {count} changes received</source>
        <translation>Synchronisation… {count} modifications reçues</translation>
    </message>
    <message>
        <source>Hub not reachable since {time}</source>
        <translation>Hub injoignable depuis {time}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Last synced {time}</source>
        <translation>Dernière synchronisation {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go out</source>
        <translation>
            <numerusform>%n modification en attente d’envoi</numerusform>
            <numerusform>%n modifications en attente d’envoi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The file {file} already exists. Choose another name: an existing file is never overwritten by a backup.</source>
        <translation>Le fichier {file} existe déjà. Choisissez un autre nom : une sauvegarde n’écrase jamais un fichier existant.</translation>
    </message>
    <message>
        <source>The backup could not be written: there is not enough room on the disk ({reason}). Free some space or choose another drive. The LIVC-R&apos;s data was not changed and no incomplete backup file was left behind.</source>
        <translation>La sauvegarde n’a pas pu être écrite : l’espace disque est insuffisant ({reason}). Libérez de l’espace ou choisissez un autre lecteur. Les données de la CSIL-R n’ont pas été modifiées et aucun fichier de sauvegarde incomplet n’a été laissé.</translation>
    </message>
    <message>
        <source>The backup could not be written: this place cannot be written to ({reason}). Choose another folder or drive. The LIVC-R&apos;s data was not changed.</source>
        <translation>La sauvegarde n’a pas pu être écrite : impossible d’écrire à cet emplacement ({reason}). Choisissez un autre dossier ou un autre lecteur. Les données de la CSIL-R n’ont pas été modifiées.</translation>
    </message>
    <message>
        <source>The backup could not be written ({reason}). The disk may be full or the drive may have been removed. Free some space or choose another place. The LIVC-R&apos;s data was not changed and no incomplete backup file was left behind.</source>
        <translation>La sauvegarde n’a pas pu être écrite ({reason}). Le disque est peut-être plein ou le lecteur a peut-être été retiré. Libérez de l’espace ou choisissez un autre emplacement. Les données de la CSIL-R n’ont pas été modifiées et aucun fichier de sauvegarde incomplet n’a été laissé.</translation>
    </message>
    <message>
        <source>The backup was interrupted because the data was locked or closed meanwhile. Make it again once you are signed in; nothing was changed.</source>
        <translation>La sauvegarde a été interrompue, car les données ont été verrouillées ou fermées entre-temps. Refaites-la une fois connecté ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is no file {file}. Check the name and the folder, then try again.</source>
        <translation>Le fichier {file} n’existe pas. Vérifiez le nom et le dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>This file is not a backup of LIVC-R Desktop. Choose a file whose name ends in .livcrbackup. Nothing was changed.</source>
        <translation>Ce fichier n’est pas une sauvegarde de LIVC-R Desktop. Choisissez un fichier dont le nom se termine par .livcrbackup. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup was written in a format this version of LIVC-R Desktop does not know. Install the newest version and try again. Nothing was changed.</source>
        <translation>Cette sauvegarde a été écrite dans un format que cette version de LIVC-R Desktop ne connaît pas. Installez la version la plus récente et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup is damaged or incomplete (for example cut off while it was copied): its contents do not match its checksums. Use another backup, or copy this one again from where it is kept. Nothing was changed.</source>
        <translation>Cette sauvegarde est endommagée ou incomplète (par exemple interrompue pendant la copie) : son contenu ne correspond pas à ses sommes de contrôle. Utilisez une autre sauvegarde, ou copiez à nouveau celle-ci depuis l’endroit où elle est conservée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup belongs to another LIVC-R ({name}), not to the one in this data folder. Choose a backup of this LIVC-R, or restore it into a new, empty data folder. Nothing was changed.</source>
        <translation>Cette sauvegarde appartient à une autre CSIL-R ({name}), pas à celle de ce dossier de données. Choisissez une sauvegarde de cette CSIL-R, ou restaurez-la dans un nouveau dossier de données vide. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database in this backup cannot be opened with this LIVC-R&apos;s key: the file is damaged. Use another backup. Nothing was changed.</source>
        <translation>La base de données de cette sauvegarde ne peut pas être ouverte avec la clé de cette CSIL-R : le fichier est endommagé. Utilisez une autre sauvegarde. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup fails its checks: its database or its journal is damaged or was changed afterwards. It is not restored; use another backup. Nothing was changed.</source>
        <translation>Cette sauvegarde ne passe pas les contrôles : sa base de données ou son journal est endommagé ou a été modifié par la suite. Elle n’est pas restaurée ; utilisez une autre sauvegarde. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of LIVC-R Desktop. Install that version or a later one to restore it. Nothing was changed.</source>
        <translation>Cette sauvegarde a été créée par une version plus récente de LIVC-R Desktop. Installez cette version ou une version ultérieure pour la restaurer. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>In this backup, the account has no right to restore (only a coordinator or an IT administrator has), or it did not exist yet. Sign in with another account. Nothing was changed.</source>
        <translation>Dans cette sauvegarde, le compte n’a pas le droit de restaurer (seuls un coordinateur ou un administrateur informatique l’ont), ou il n’existait pas encore. Connectez-vous avec un autre compte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to restore this backup (about {megabytes} MB is needed). Free some space and try again. Nothing was changed.</source>
        <translation>L’espace disque libre est insuffisant pour restaurer cette sauvegarde (environ {megabytes} Mo nécessaires). Libérez de l’espace et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The key file of this data folder is missing or damaged, and its database cannot be opened with the backup&apos;s key, so it cannot be checked that the backup belongs here. Restore the backup into a new, empty data folder instead. Nothing was changed.</source>
        <translation>Le fichier de clés de ce dossier de données est manquant ou endommagé, et sa base de données ne peut pas être ouverte avec la clé de la sauvegarde : il est donc impossible de vérifier que la sauvegarde appartient à ce dossier. Restaurez plutôt la sauvegarde dans un nouveau dossier de données vide. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup could not be put in place ({reason}). The data as it was before has been put back; nothing was changed. Check the free disk space and try again.</source>
        <translation>La sauvegarde n’a pas pu être mise en place ({reason}). Les données ont été remises dans leur état antérieur ; rien n’a été modifié. Vérifiez l’espace disque libre et réessayez.</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}). Nothing was changed. Check that the data folder can be written to and has free space, then try again.</source>
        <translation>La sauvegarde n’a pas pu être restaurée ({reason}). Rien n’a été modifié. Vérifiez que le dossier de données est accessible en écriture et dispose d’espace libre, puis réessayez.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (it may be a folder, a device or a pipe), so it cannot be a backup. Choose the backup file itself. Nothing was changed.</source>
        <translation>{file} n’est pas un fichier ordinaire (ce peut être un dossier, un périphérique ou un tube) et ne peut donc pas être une sauvegarde. Choisissez le fichier de sauvegarde lui-même. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup says it was made on {date}, later than today on this computer: its manifest is wrong, or this computer&apos;s clock is. Check the clock, or use another backup. Nothing was changed.</source>
        <translation>Cette sauvegarde indique avoir été faite le {date}, plus tard qu’aujourd’hui sur cet ordinateur : sa description est fausse, ou l’horloge de cet ordinateur l’est. Vérifiez l’horloge ou utilisez une autre sauvegarde. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup&apos;s description does not match the database inside it (it names another number of journal operations or another version of the data): the file was altered. Use another backup. Nothing was changed.</source>
        <translation>La description de cette sauvegarde ne correspond pas à la base de données qu’elle contient (elle indique un autre nombre d’opérations du journal ou une autre version des données) : le fichier a été modifié. Utilisez une autre sauvegarde. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>before an update of the app</source>
        <translation>avant une mise à jour de l’application</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Save the backup</source>
        <translation>Enregistrer la sauvegarde</translation>
    </message>
    <message>
        <source>LIVC-R backups (*.livcrbackup)</source>
        <translation>Sauvegardes CSIL-R (*.livcrbackup)</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>The backup was saved as {file} ({operations} journal operations). It is encrypted; keep it in a locked place, away from the laptop.</source>
        <translation>La sauvegarde a été enregistrée sous {file} ({operations} opérations du journal). Elle est chiffrée ; conservez-la sous clé, à l’écart de l’ordinateur portable.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>Échec de la sauvegarde automatique</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <source>Save the bundle of changes</source>
        <translation>Enregistrer le paquet de modifications</translation>
    </message>
    <message>
        <source>Choose a bundle of changes</source>
        <translation>Choisir un paquet de modifications</translation>
    </message>
    <message>
        <source>&amp;Export changes for…</source>
        <translation>&amp;Exporter les modifications pour…</translation>
    </message>
    <message>
        <source>&amp;Import changes…</source>
        <translation>&amp;Importer des modifications…</translation>
    </message>
    <message>
        <source>No other laptop of this LIVC-R is known here yet. A laptop is known once it is approved and this laptop synced with the hub.</source>
        <translation>Aucun autre ordinateur portable de cette CSIL-R n’est encore connu ici. Un ordinateur portable est connu dès qu’il est approuvé et que celui-ci s’est synchronisé avec le hub.</translation>
    </message>
    <message>
        <source>Writing the bundle of changes…</source>
        <translation>Écriture du paquet de modifications…</translation>
    </message>
    <message>
        <source>The bundle for {member} is ready: {operations} changes. Only their laptop can open it. Carry it over and import it there.</source>
        <translation>Le paquet pour {member} est prêt : {operations} modifications. Seul son ordinateur portable peut l’ouvrir. Apportez-le et importez-le sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Checking and importing the bundle of changes…</source>
        <translation>Vérification et importation du paquet de modifications…</translation>
    </message>
    <message numerus="yes">
        <source>Bundle from {sender}: %n change(s) applied.</source>
        <translation>
            <numerusform>Paquet de {sender} : %n modification appliquée.</numerusform>
            <numerusform>Paquet de {sender} : %n modifications appliquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept aside until the changes made before them arrive; they are applied then.</source>
        <translation>
            <numerusform>%n modification est mise de côté jusqu’à l’arrivée des modifications qui la précèdent ; elle sera appliquée alors.</numerusform>
            <numerusform>%n modifications sont mises de côté jusqu’à l’arrivée des modifications qui les précèdent ; elles seront appliquées alors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>This file is not a bundle of changes of an LIVC-R, or it is damaged.</source>
        <translation>Ce fichier n’est pas un paquet de modifications d’une CSIL-R, ou il est endommagé.</translation>
    </message>
    <message>
        <source>No member of this LIVC-R has the user name {name}.</source>
        <translation>Aucun membre de cette CSIL-R n’a le nom d’utilisateur {name}.</translation>
    </message>
    <message>
        <source>{name} has no approved laptop that this laptop knows of. A laptop is known after it was approved and this laptop synced with the hub once.</source>
        <translation>{name} n’a aucun ordinateur portable approuvé que celui-ci connaisse. Un ordinateur portable est connu après son approbation, une fois que celui-ci s’est synchronisé avec le hub.</translation>
    </message>
    <message>
        <source>This bundle is not signed by an approved laptop of this LIVC-R, or it was changed after it was signed. Nothing was imported.</source>
        <translation>Ce paquet n’est pas signé par un ordinateur portable approuvé de cette CSIL-R, ou il a été modifié après sa signature. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This bundle was made for another laptop. Ask for a bundle for this laptop&apos;s owner. Nothing was imported.</source>
        <translation>Ce paquet a été fait pour un autre ordinateur portable. Demandez un paquet pour le propriétaire de cet ordinateur. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This bundle was imported here before, on {day}. Nothing changed.</source>
        <translation>Ce paquet a déjà été importé ici, le {day}. Rien n’a changé.</translation>
    </message>
    <message>
        <source>Changes {first}–{last} made on {owner}&apos;s laptop have not arrived: ask {owner} for a new bundle.</source>
        <translation>Les modifications {first} à {last} faites sur l’ordinateur portable de {owner} ne sont pas arrivées : demandez un nouveau paquet à {owner}.</translation>
    </message>
    <message>
        <source>This file is not a request to join this LIVC-R.</source>
        <translation>Ce fichier n’est pas une demande d’adhésion à cette CSIL-R.</translation>
    </message>
    <message>
        <source>This member has no account to invite.</source>
        <translation>Ce membre n’a pas de compte à inviter.</translation>
    </message>
    <message>
        <source>Only the coordinator&apos;s laptop approves laptops and writes invitations.</source>
        <translation>Seul l’ordinateur portable du coordinateur approuve des ordinateurs portables et rédige des invitations.</translation>
    </message>
    <message>
        <source>This laptop is already known with other keys. Ask the member for a new invitation.</source>
        <translation>Cet ordinateur portable est déjà connu avec d’autres clés. Faites une nouvelle invitation pour le membre.</translation>
    </message>
    <message>
        <source>This bundle from a member&apos;s laptop tries to give a key to a case this laptop already knows, or a key only the coordinator&apos;s laptop may give. Nothing was imported.</source>
        <translation>Ce paquet venant de l’ordinateur portable d’un membre tente de donner une clé pour un cas que cet ordinateur connaît déjà, ou une clé que seul l’ordinateur du coordinateur peut donner. Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>ByFileLaptops</name>
    <message>
        <source>The laptop with fingerprint {fingerprint} is trusted as {owner}&apos;s: its bundles are accepted here, and bundles for {owner} are encrypted for it.</source>
        <translation>L’ordinateur portable dont l’empreinte est {fingerprint} est reconnu comme celui de {owner} : ses paquets sont acceptés ici, et les paquets destinés à {owner} sont chiffrés pour lui.</translation>
    </message>
    <message>
        <source>It holds nothing yet: export the first bundle for {owner} and hand it over in person.</source>
        <translation>Il ne contient encore rien : exportez le premier paquet pour {owner} et remettez-le en main propre.</translation>
    </message>
    <message>
        <source>Choose the join request</source>
        <translation>Choisir la demande d’adhésion</translation>
    </message>
    <message>
        <source>Join requests (*.json);;All files (*)</source>
        <translation>Demandes d’adhésion (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The invitation for a laptop without a network was saved as {file}. Hand it over in person; the laptop&apos;s join request comes back as a file.</source>
        <translation>L’invitation pour un ordinateur portable sans réseau a été enregistrée sous {file}. Remettez-la en main propre ; la demande d’adhésion de l’ordinateur revient sous forme de fichier.</translation>
    </message>
    <message>
        <source>{owner}&apos;s laptop is approved. Give it its records with File › Export changes for… and hand the bundle over.</source>
        <translation>L’ordinateur portable de {owner} est approuvé. Donnez-lui ses données avec Fichier › Exporter les modifications pour… et remettez le paquet.</translation>
    </message>
    <message>
        <source>Approve {owner}&apos;s laptop</source>
        <translation>Approuver l’ordinateur portable de {owner}</translation>
    </message>
    <message>
        <source>Approve the laptop</source>
        <translation>Approuver l’ordinateur portable</translation>
    </message>
    <message>
        <source>Invite a laptop without a network…</source>
        <translation>Inviter un ordinateur portable sans réseau…</translation>
    </message>
    <message>
        <source>Approve a join request…</source>
        <translation>Approuver une demande d’adhésion…</translation>
    </message>
</context>
<context>
    <name>CancelMeetingDialog</name>
    <message>
        <source>Cancel the meeting</source>
        <translation>Annuler la réunion</translation>
    </message>
    <message>
        <source>A cancelled meeting cannot be started again: it stays in the list as cancelled, with this reason. Its cases can be put on the agenda of another meeting.</source>
        <translation>Une réunion annulée ne peut plus être commencée : elle reste dans la liste comme annulée, avec ce motif. Ses cas peuvent être inscrits à l’ordre du jour d’une autre réunion.</translation>
    </message>
    <message>
        <source>Keep the meeting</source>
        <translation>Garder la réunion</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>CaseCodeField</name>
    <message>
        <source>e.g. {code}</source>
        <translation>p. ex. {code}</translation>
    </message>
    <message>
        <source>Before the year</source>
        <translation>Avant l’année</translation>
    </message>
    <message>
        <source>Digits of the number</source>
        <translation>Chiffres du numéro</translation>
    </message>
    <message>
        <source>Each new case gets the next number of its year. Codes already given do not change.</source>
        <translation>Chaque nouveau cas reçoit le numéro suivant de son année. Les codes déjà attribués ne changent pas.</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Signalled</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>En examen préalable</translation>
    </message>
    <message>
        <source>On the operational table</source>
        <translation>À la table opérationnelle</translation>
    </message>
    <message>
        <source>In a guidance trajectory</source>
        <translation>En parcours d’accompagnement</translation>
    </message>
    <message>
        <source>Referred to the LTF</source>
        <translation>Renvoyé vers la TFL</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
</context>
<context>
    <name>CaseStatusInText</name>
    <message>
        <source>signalled</source>
        <translation>signalé</translation>
    </message>
    <message>
        <source>in screening</source>
        <translation>en examen préalable</translation>
    </message>
    <message>
        <source>on the operational table</source>
        <translation>à la table opérationnelle</translation>
    </message>
    <message>
        <source>in a guidance trajectory</source>
        <translation>en parcours d’accompagnement</translation>
    </message>
    <message>
        <source>referred to the LTF</source>
        <translation>renvoyé vers la TFL</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>rouvert</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>(name hidden)</source>
        <translation>(nom masqué)</translation>
    </message>
    <message>
        <source>{date} – overdue</source>
        <translation>{date} – en retard</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Code du cas</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochain suivi</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié le</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>“{wanted}” is decided by the operational table: put the case on a meeting&apos;s agenda, where the effective participants decide by consensus and the chair signs.</source>
        <translation>« {wanted} » est décidé par la table opérationnelle : inscrivez le cas à l’ordre du jour d’une réunion, où les membres participant effectivement décident par consensus et le président signe.</translation>
    </message>
    <message>
        <source>A case that is “{current}” cannot become “{wanted}”. Possible next steps: {allowed}.</source>
        <translation>Un cas au statut « {current} » ne peut pas passer à « {wanted} ». Étapes suivantes possibles : {allowed}.</translation>
    </message>
    <message>
        <source>The case is already “{current}”.</source>
        <translation>Le cas a déjà le statut « {current} ».</translation>
    </message>
    <message>
        <source>Give the reason for this change.</source>
        <translation>Indiquez le motif de ce changement.</translation>
    </message>
    <message>
        <source>Choose why the case is closed.</source>
        <translation>Choisissez pourquoi le cas est clôturé.</translation>
    </message>
    <message>
        <source>A case-code scheme must contain {year} and a number such as {number:03d}, for example TER-{year}-{number:03d}.</source>
        <translation>Un modèle de code de cas doit contenir {year} et un numéro tel que {number:03d}, par exemple TER-{year}-{number:03d}.</translation>
    </message>
    <message>
        <source>The text before the year may hold letters, digits, spaces and . _ / - only, at most {maximum} characters.</source>
        <translation>Le texte avant l’année ne peut contenir que des lettres, des chiffres, des espaces et . _ / -, au maximum {maximum} caractères.</translation>
    </message>
    <message>
        <source>This case does not exist.</source>
        <translation>Ce cas n’existe pas.</translation>
    </message>
    <message>
        <source>You are not invited to this case, so you cannot see or change it.</source>
        <translation>Vous n’êtes pas invité à ce cas ; vous ne pouvez donc ni le consulter ni le modifier.</translation>
    </message>
    <message>
        <source>This member is already invited to the case.</source>
        <translation>Ce membre est déjà invité au cas.</translation>
    </message>
    <message>
        <source>This member is not in the register or no longer active.</source>
        <translation>Ce membre ne figure pas au registre ou n’est plus actif.</translation>
    </message>
    <message>
        <source>This invitation does not exist.</source>
        <translation>Cette invitation n’existe pas.</translation>
    </message>
    <message>
        <source>Enter the name of the other LIVC-R.</source>
        <translation>Saisissez le nom de l’autre CSIL-R.</translation>
    </message>
    <message>
        <source>This link does not exist.</source>
        <translation>Ce lien n’existe pas.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <source>A note may be at most {maximum} characters.</source>
        <translation>Une note peut contenir au maximum {maximum} caractères.</translation>
    </message>
    <message>
        <source>This municipality is not a member of the LIVC-R.</source>
        <translation>Cette commune n’est pas membre de la CSIL-R.</translation>
    </message>
    <message>
        <source>This organisation is not in the register.</source>
        <translation>Cette organisation ne figure pas au registre.</translation>
    </message>
    <message>
        <source>This signal does not exist.</source>
        <translation>Ce signalement n’existe pas.</translation>
    </message>
    <message>
        <source>Only a case that is signalled or being screened can be screened.</source>
        <translation>Seul un cas signalé ou en examen préalable peut faire l’objet d’un examen préalable.</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Seul un cas clôturé peut être rouvert.</translation>
    </message>
    <message>
        <source>Say why the case is reopened: the table reads it when the case comes back.</source>
        <translation>Indiquez pourquoi le cas est rouvert : la table le lira quand le cas reviendra.</translation>
    </message>
    <message>
        <source>Say who the signal is about: a new person, a group, or an existing case.</source>
        <translation>Indiquez qui le signalement concerne : une nouvelle personne, un groupe ou un cas existant.</translation>
    </message>
</context>
<context>
    <name>CasesArea</name>
    <message numerus="yes">
        <source>Cases: %n</source>
        <translation>
            <numerusform>Cas : %n</numerusform>
            <numerusform>Cas : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches</source>
        <translation>Aucun cas ne correspond</translation>
    </message>
    <message>
        <source>Change the search or the filters.</source>
        <translation>Modifiez la recherche ou les filtres.</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Aucun cas pour l’instant</translation>
    </message>
    <message>
        <source>A case starts with a signal: a concern a partner brings to the LIVC-R.</source>
        <translation>Un cas commence par un signalement : une préoccupation qu’un partenaire soumet à la CSIL-R.</translation>
    </message>
    <message>
        <source>Register a signal…</source>
        <translation>Enregistrer un signalement…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Search case code, name or note text</source>
        <translation>Rechercher un code de cas, un nom ou le texte d’une note</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>Tous les cas ouverts</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Suivi à faire</translation>
    </message>
    <message>
        <source>Hide names (projector)</source>
        <translation>Masquer les noms (projecteur)</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Modifier ma phrase secrète</translation>
    </message>
    <message>
        <source>You signed in with an initial passphrase that someone else chose. Replace it now with your own; cancelling signs you out.</source>
        <translation>Vous vous êtes connecté avec une phrase secrète initiale choisie par quelqu’un d’autre. Remplacez-la maintenant par la vôtre ; si vous annulez, vous serez déconnecté.</translation>
    </message>
    <message>
        <source>Your passphrase protects the key to all data of the LIVC-R. Use at least 12 characters; a short sentence that only you know is best.</source>
        <translation>Votre phrase secrète protège la clé de toutes les données de la CSIL-R. Utilisez au moins 12 caractères ; le mieux est une courte phrase que vous êtes seul à connaître.</translation>
    </message>
    <message>
        <source>Initial passphrase</source>
        <translation>Phrase secrète initiale</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
</context>
<context>
    <name>ChooseReceiverDialog</name>
    <message>
        <source>Hand the case over to another LIVC-R</source>
        <translation>Transférer le cas à une autre CSIL-R</translation>
    </message>
    <message>
        <source>The person moved. Choose the LIVC-R of their new municipality; it must be registered here by its key (File › Other LIVC-Rs). The table decides the hand-over by consensus, and the chair signs it.</source>
        <translation>La personne a déménagé. Choisissez la CSIL-R de sa nouvelle commune ; elle doit être enregistrée ici avec sa clé (Fichier › Autres CSIL-R). La table décide le transfert par consensus et le président le signe.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the data folder (default: the user&apos;s application data folder)</source>
        <translation>le dossier de données (par défaut : le dossier des données d’application de l’utilisateur)</translation>
    </message>
    <message>
        <source>language of messages and the interface: nl, fr, de or en</source>
        <translation>langue des messages et de l’interface : nl, fr, de ou en</translation>
    </message>
    <message>
        <source>write debug lines to the log file (never personal data)</source>
        <translation>écrire des lignes de débogage dans le fichier journal (jamais de données personnelles)</translation>
    </message>
    <message>
        <source>user name of the account to sign in with</source>
        <translation>nom d’utilisateur du compte avec lequel vous vous connectez</translation>
    </message>
    <message>
        <source>read the passphrase from this file instead of a prompt</source>
        <translation>lire la phrase secrète dans ce fichier au lieu de la demander</translation>
    </message>
    <message>
        <source>LIVC-R Desktop: the operational and strategic tables of an LIVC-R.</source>
        <translation>LIVC-R Desktop : les tables opérationnelle et stratégique d’une CSIL-R.</translation>
    </message>
    <message>
        <source>open the demo data folder (fictional data), creating it if needed</source>
        <translation>ouvrir le dossier de démonstration (données fictives) et le créer si nécessaire</translation>
    </message>
    <message>
        <source>start, paint the main window once, and quit (for tests and builds)</source>
        <translation>démarrer, afficher une fois la fenêtre principale, puis quitter (pour les tests et les compilations)</translation>
    </message>
    <message>
        <source>set up a new LIVC-R in an empty data folder</source>
        <translation>créer une nouvelle CSIL-R dans un dossier de données vide</translation>
    </message>
    <message>
        <source>name of the LIVC-R</source>
        <translation>nom de la CSIL-R</translation>
    </message>
    <message>
        <source>a member municipality (repeat for a joint LIVC-R)</source>
        <translation>une commune membre (à répéter pour une CSIL-R intercommunale)</translation>
    </message>
    <message>
        <source>working language of the LIVC-R: nl, fr, de or en</source>
        <translation>langue de travail de la CSIL-R : nl, fr, de ou en</translation>
    </message>
    <message>
        <source>full name of the coordinator</source>
        <translation>nom complet du coordinateur</translation>
    </message>
    <message>
        <source>the coordinator&apos;s organisation</source>
        <translation>l’organisation du coordinateur</translation>
    </message>
    <message>
        <source>the coordinator&apos;s user name</source>
        <translation>le nom d’utilisateur du coordinateur</translation>
    </message>
    <message>
        <source>write the recovery key to this file instead of the screen</source>
        <translation>écrire la clé de récupération dans ce fichier au lieu de l’afficher à l’écran</translation>
    </message>
    <message>
        <source>also write the recovery-key sheet as a PDF to print</source>
        <translation>enregistrer aussi la feuille de récupération en PDF, pour l’imprimer</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity and the journal&apos;s hash chain</source>
        <translation>vérifier l’intégrité de la base de données et la chaîne de hachage du journal</translation>
    </message>
    <message>
        <source>write an encrypted backup of the data folder to a file</source>
        <translation>écrire une sauvegarde chiffrée du dossier de données dans un fichier</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>le fichier de sauvegarde à écrire</translation>
    </message>
    <message>
        <source>check a backup and put it in place; the current data is kept aside</source>
        <translation>vérifier une sauvegarde et la mettre en place ; les données actuelles sont conservées à part</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>le fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>read the recovery key from this file instead of using a passphrase</source>
        <translation>lire la clé de récupération dans ce fichier au lieu d’utiliser une phrase secrète</translation>
    </message>
    <message>
        <source>create a demo data folder with fictional data</source>
        <translation>créer un dossier de démonstration avec des données fictives</translation>
    </message>
    <message>
        <source>number of fictional cases to generate (default 60)</source>
        <translation>nombre de cas fictifs à générer (60 par défaut)</translation>
    </message>
    <message>
        <source>write the strategic table&apos;s figures of a year as CSV</source>
        <translation>écrire les chiffres de la table stratégique d’une année en CSV</translation>
    </message>
    <message>
        <source>the calendar year</source>
        <translation>l’année civile</translation>
    </message>
    <message>
        <source>only this municipality of a joint LIVC-R (its name)</source>
        <translation>uniquement cette commune d’une CSIL-R intercommunale (son nom)</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>le fichier CSV</translation>
    </message>
    <message>
        <source>what has reached its retention term under the house rules</source>
        <translation>ce qui a atteint son délai de conservation selon le règlement d’ordre intérieur</translation>
    </message>
    <message>
        <source>list the cases that reached their term (case codes, rule, due date; no names)</source>
        <translation>lister les cas qui ont atteint leur délai (codes des cas, règle, échéance ; aucun nom)</translation>
    </message>
    <message>
        <source>the day to check, as YYYY-MM-DD (default: today)</source>
        <translation>le jour à vérifier, au format AAAA-MM-JJ (par défaut : aujourd’hui)</translation>
    </message>
    <message>
        <source>the LIVC-Rs (data folders) on this laptop</source>
        <translation>les CSIL-R (dossiers de données) sur cet ordinateur portable</translation>
    </message>
    <message>
        <source>list this laptop&apos;s LIVC-Rs: name, place, last opened (no secrets)</source>
        <translation>lister les CSIL-R de cet ordinateur : nom, emplacement, dernière ouverture (aucun secret)</translation>
    </message>
    <message>
        <source>write the strategic table&apos;s yearly report as a PDF</source>
        <translation>écrire le rapport annuel de la table stratégique en PDF</translation>
    </message>
    <message>
        <source>the calendar year, e.g. 2025</source>
        <translation>l’année civile, p. ex. 2025</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>le fichier PDF à écrire</translation>
    </message>
    <message>
        <source>print the record of processing (art. 30) or the DPIA facts sheet</source>
        <translation>imprimer le registre des activités de traitement (art. 30) ou la fiche des faits pour l’AIPD</translation>
    </message>
    <message>
        <source>the record of processing activities (GDPR art. 30)</source>
        <translation>le registre des activités de traitement (art. 30 RGPD)</translation>
    </message>
    <message>
        <source>the facts sheet for the data-protection impact assessment</source>
        <translation>la fiche des faits pour l’analyse d’impact relative à la protection des données</translation>
    </message>
    <message>
        <source>a fault-suite report (python -m benchmarks.faults --json FILE) to print instead of the recorded run</source>
        <translation>un rapport des tests de pannes (python -m benchmarks.faults --json FILE) à imprimer au lieu de l’exécution enregistrée</translation>
    </message>
    <message>
        <source>not a date as YYYY-MM-DD: {text}</source>
        <translation>pas une date au format AAAA-MM-JJ (YYYY-MM-DD) : {text}</translation>
    </message>
    <message>
        <source>read the hub password from this file instead of the keyring</source>
        <translation>lire le mot de passe du hub dans ce fichier au lieu du trousseau</translation>
    </message>
    <message>
        <source>set up the sync hub or connect to it</source>
        <translation>installer le hub de synchronisation ou s’y connecter</translation>
    </message>
    <message>
        <source>create or upgrade the hub&apos;s schema in a PostgreSQL database</source>
        <translation>créer ou mettre à jour le schéma du hub dans une base de données PostgreSQL</translation>
    </message>
    <message>
        <source>the hub database (libpq)</source>
        <translation>la base de données du hub (libpq)</translation>
    </message>
    <message>
        <source>also create the login the coordinator&apos;s laptop connects with</source>
        <translation>créer aussi l’identifiant avec lequel l’ordinateur du coordinateur se connecte</translation>
    </message>
    <message>
        <source>the file holding that login&apos;s password</source>
        <translation>le fichier contenant le mot de passe de cet identifiant</translation>
    </message>
    <message>
        <source>connect this LIVC-R to its hub (coordinator)</source>
        <translation>connecter cette CSIL-R à son hub (coordinateur)</translation>
    </message>
    <message>
        <source>the hub database, with the login</source>
        <translation>la base de données du hub, avec l’identifiant</translation>
    </message>
    <message>
        <source>sync a laptop that lived on bundles through the hub too</source>
        <translation>synchroniser aussi via le hub un ordinateur portable qui fonctionnait par paquets</translation>
    </message>
    <message>
        <source>the hub access file</source>
        <translation>le fichier d’accès au hub</translation>
    </message>
    <message>
        <source>write an invitation for a member&apos;s own laptop</source>
        <translation>écrire une invitation pour l’ordinateur portable d’un membre</translation>
    </message>
    <message>
        <source>the member&apos;s user name</source>
        <translation>le nom d’utilisateur du membre</translation>
    </message>
    <message>
        <source>the invitation file to write</source>
        <translation>le fichier d’invitation à écrire</translation>
    </message>
    <message>
        <source>for a laptop that never reaches the hub: it joins by files and bundles</source>
        <translation>pour un ordinateur portable qui n’atteint jamais le hub : il adhère par fichiers et paquets</translation>
    </message>
    <message>
        <source>set up this laptop for an LIVC-R with an invitation</source>
        <translation>configurer cet ordinateur portable pour une CSIL-R avec une invitation</translation>
    </message>
    <message>
        <source>the invitation</source>
        <translation>l’invitation</translation>
    </message>
    <message>
        <source>with an invitation for a laptop without a network: the join request to write</source>
        <translation>avec une invitation pour un ordinateur portable sans réseau : la demande d’adhésion à écrire</translation>
    </message>
    <message>
        <source>list, approve or revoke the laptops of the LIVC-R</source>
        <translation>lister, approuver ou révoquer les ordinateurs portables de la CSIL-R</translation>
    </message>
    <message>
        <source>list the laptops the hub knows</source>
        <translation>lister les ordinateurs portables que le hub connaît</translation>
    </message>
    <message>
        <source>print JSON for scripts (status codes, ISO moments) instead of a table</source>
        <translation>afficher du JSON pour les scripts (codes de statut, moments ISO) au lieu d’un tableau</translation>
    </message>
    <message>
        <source>approve a laptop after comparing its fingerprint</source>
        <translation>approuver un ordinateur portable après avoir comparé son empreinte</translation>
    </message>
    <message>
        <source>the fingerprint it shows</source>
        <translation>l’empreinte qu’il affiche</translation>
    </message>
    <message>
        <source>the join request file of a laptop without a network</source>
        <translation>le fichier de demande d’adhésion d’un ordinateur portable sans réseau</translation>
    </message>
    <message>
        <source>revoke a lost or retired laptop</source>
        <translation>révoquer un ordinateur portable perdu ou retiré</translation>
    </message>
    <message>
        <source>the laptop&apos;s id</source>
        <translation>l’identifiant de l’ordinateur portable</translation>
    </message>
    <message>
        <source>write the hub access of a member&apos;s laptop approved by file</source>
        <translation>écrire l’accès au hub de l’ordinateur portable d’un membre approuvé par fichier</translation>
    </message>
    <message>
        <source>the access file to write</source>
        <translation>le fichier d’accès à écrire</translation>
    </message>
    <message>
        <source>write it again for a laptop that already has its hub login (a lost access file or password): a new password, the old one stops working</source>
        <translation>le réécrire pour un ordinateur portable qui a déjà son identifiant du hub (fichier d’accès ou mot de passe perdu) : un nouveau mot de passe, l’ancien ne fonctionne plus</translation>
    </message>
    <message>
        <source>only this laptop of the member</source>
        <translation>uniquement cet ordinateur portable du membre</translation>
    </message>
    <message>
        <source>run one sync round with the hub</source>
        <translation>effectuer un cycle de synchronisation avec le hub</translation>
    </message>
    <message>
        <source>carry changes to a laptop without a network</source>
        <translation>transporter des modifications vers un ordinateur portable sans réseau</translation>
    </message>
    <message>
        <source>write the changes a member&apos;s laptop lacks to a bundle file</source>
        <translation>écrire dans un fichier paquet les modifications qui manquent à l’ordinateur portable d’un membre</translation>
    </message>
    <message>
        <source>the bundle file to write</source>
        <translation>le fichier paquet à écrire</translation>
    </message>
    <message>
        <source>import a bundle of changes made for this laptop</source>
        <translation>importer un paquet de modifications fait pour cet ordinateur portable</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>le paquet</translation>
    </message>
    <message>
        <source>write this laptop&apos;s keys for checking bundles with age and minisign</source>
        <translation>écrire les clés de cet ordinateur portable pour vérifier les paquets avec age et minisign</translation>
    </message>
    <message>
        <source>the folder to write them to</source>
        <translation>le dossier où les écrire</translation>
    </message>
    <message>
        <source>also write this laptop&apos;s secret age key (to open bundles with age)</source>
        <translation>écrire aussi la clé age secrète de cet ordinateur portable (pour ouvrir les paquets avec age)</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase secrète : </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Répétez la phrase secrète : </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Unknown language; use nl, fr, de or en.</source>
        <translation>Langue inconnue ; utilisez nl, fr, de ou en.</translation>
    </message>
    <message>
        <source>The LIVC-R was set up in {folder}.</source>
        <translation>La CSIL-R a été créée dans {folder}.</translation>
    </message>
    <message>
        <source>The recovery key was written to {file}. Print it, lock it away and delete the file.</source>
        <translation>La clé de récupération a été écrite dans {file}. Imprimez-la, conservez-la sous clé et supprimez le fichier.</translation>
    </message>
    <message>
        <source>Recovery key (shown only now; write it down and lock it away):</source>
        <translation>Clé de récupération (affichée uniquement maintenant ; notez-la et conservez-la sous clé) :</translation>
    </message>
    <message>
        <source>Name the account with --account (one of: {names}).</source>
        <translation>Indiquez le compte avec --account (parmi : {names}).</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>ENDOMMAGÉ</translation>
    </message>
    <message>
        <source>Database integrity (SQLite): {state}</source>
        <translation>Intégrité de la base de données (SQLite) : {state}</translation>
    </message>
    <message>
        <source>Encryption check (SQLCipher): {state}</source>
        <translation>Contrôle du chiffrement (SQLCipher) : {state}</translation>
    </message>
    <message>
        <source>Journal hash chain: {state} ({count} operations, {devices} devices)</source>
        <translation>Chaîne de hachage du journal : {state} ({count} opérations, {devices} appareils)</translation>
    </message>
    <message>
        <source>  not checked here: {count} operations of other laptops that are not this laptop&apos;s to see (the hub and the coordinator&apos;s laptop hold them)</source>
        <translation>  non vérifiées ici : {count} opérations d’autres ordinateurs portables que cet ordinateur n’a pas à voir (le hub et l’ordinateur du coordinateur les conservent)</translation>
    </message>
    <message>
        <source>  first broken link on device {device}: {reason}</source>
        <translation>  premier maillon rompu sur l’appareil {device} : {reason}</translation>
    </message>
    <message>
        <source>Journal signatures: {state} ({signed} operations signed by their author, {checkpoint} under the checkpoint of the upgrade)</source>
        <translation>Signatures du journal : {state} ({signed} opérations signées par leur auteur, {checkpoint} sous le point de contrôle de la mise à niveau)</translation>
    </message>
    <message>
        <source>The database is healthy.</source>
        <translation>La base de données est en bon état.</translation>
    </message>
    <message>
        <source>The database is damaged or was tampered with.</source>
        <translation>La base de données est endommagée ou a été manipulée.</translation>
    </message>
    <message>
        <source>Choose the document&apos;s language with --lang nl, fr or de.</source>
        <translation>Choisissez la langue du document avec --lang nl, fr ou de.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Le fichier ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>Written to {file}.</source>
        <translation>Écrit dans {file}.</translation>
    </message>
    <message>
        <source>The number of cases cannot be negative.</source>
        <translation>Le nombre de cas ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>{done} of {total} cases generated</source>
        <translation>{done} cas générés sur {total}</translation>
    </message>
    <message>
        <source>Demo data folder created in {folder}.</source>
        <translation>Dossier de démonstration créé dans {folder}.</translation>
    </message>
    <message>
        <source>Every demo account uses the passphrase: {passphrase}</source>
        <translation>Tous les comptes de démonstration utilisent la phrase secrète : {passphrase}</translation>
    </message>
    <message>
        <source>Backup written to {file} ({operations} journal operations).</source>
        <translation>Sauvegarde écrite dans {file} ({operations} opérations du journal).</translation>
    </message>
    <message>
        <source>The file {file} cannot be read.</source>
        <translation>Le fichier {file} ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The backup of {date} was restored ({operations} journal operations).</source>
        <translation>La sauvegarde du {date} a été restaurée ({operations} opérations du journal).</translation>
    </message>
    <message>
        <source>The data it replaced is kept in {folder}.</source>
        <translation>Les données qu’elle a remplacées sont conservées dans {folder}.</translation>
    </message>
    <message>
        <source>To choose a new passphrase, start LIVC-R Desktop and sign in with the recovery key.</source>
        <translation>Pour choisir une nouvelle phrase secrète, démarrez LIVC-R Desktop et connectez-vous avec la clé de récupération.</translation>
    </message>
    <message>
        <source>Choose the report&apos;s language with --lang nl, fr or de.</source>
        <translation>Choisissez la langue du rapport avec --lang nl, fr ou de.</translation>
    </message>
    <message>
        <source>The file {file} cannot be written.</source>
        <translation>Le fichier {file} ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>Yearly report {year} written to {file}.</source>
        <translation>Rapport annuel {year} écrit dans {file}.</translation>
    </message>
    <message>
        <source>house rules version {number}</source>
        <translation>règlement d’ordre intérieur version {number}</translation>
    </message>
    <message>
        <source>default house rules (5 years after closure)</source>
        <translation>règles par défaut (5 ans après la clôture)</translation>
    </message>
    <message>
        <source>Reached their retention term on {day} under the {rules}: {count}</source>
        <translation>Délai de conservation atteint le {day} selon {rules} : {count}</translation>
    </message>
    <message>
        <source>proposed for the meeting of {day}</source>
        <translation>proposé pour la réunion du {day}</translation>
    </message>
    <message>
        <source>The list was damaged; it was made again from the folders found.</source>
        <translation>La liste était endommagée ; elle a été refaite à partir des dossiers trouvés.</translation>
    </message>
    <message>
        <source>No LIVC-R on this laptop yet.</source>
        <translation>Encore aucune CSIL-R sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{name} (folder not found)</source>
        <translation>{name} (dossier introuvable)</translation>
    </message>
    <message>
        <source>last opened: {opened}; last sync: {synced}</source>
        <translation>dernière ouverture : {opened} ; dernière synchronisation : {synced}</translation>
    </message>
    <message>
        <source>The hub: {reason}</source>
        <translation>Le hub : {reason}</translation>
    </message>
    <message>
        <source>The file or folder {file} does not exist.</source>
        <translation>Le fichier ou le dossier {file} n’existe pas.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read or written ({reason}).</source>
        <translation>Le fichier {file} ne peut pas être lu ou écrit ({reason}).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose an existing folder for the file.</source>
        <translation>Le dossier {folder} n’existe pas : choisissez un dossier existant pour le fichier.</translation>
    </message>
    <message>
        <source>Give the coordinator login&apos;s password with --coordinator-password-file.</source>
        <translation>Indiquez le mot de passe de l’identifiant du coordinateur avec --coordinator-password-file.</translation>
    </message>
    <message>
        <source>Hub created in database {database} (schema version {version}).</source>
        <translation>Hub créé dans la base de données {database} (version du schéma {version}).</translation>
    </message>
    <message>
        <source>Hub in database {database} is up to date (schema version {version}).</source>
        <translation>Le hub de la base de données {database} est à jour (version du schéma {version}).</translation>
    </message>
    <message>
        <source>Coordinator login {login} is ready.</source>
        <translation>L’identifiant du coordinateur {login} est prêt.</translation>
    </message>
    <message>
        <source>Hub password: </source>
        <translation>Mot de passe du hub : </translation>
    </message>
    <message>
        <source>Connected to the hub. Run `livcr sync` to send this LIVC-R&apos;s journal.</source>
        <translation>Connecté au hub. Lancez `livcr sync` pour envoyer le journal de cette CSIL-R.</translation>
    </message>
    <message>
        <source>Invitation for {member} written to {file}. Hand it over in person: it opens the hub for one laptop.</source>
        <translation>Invitation pour {member} écrite dans {file}. Remettez-la en mains propres : elle ouvre le hub à un ordinateur portable.</translation>
    </message>
    <message numerus="yes">
        <source>Bundle for {member} ({laptops}) written to {file}: %n operation(s).</source>
        <translation>
            <numerusform>Paquet pour {member} ({laptops}) écrit dans {file} : %n opération.</numerusform>
            <numerusform>Paquet pour {member} ({laptops}) écrit dans {file} : %n opérations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s)</source>
        <translation>
            <numerusform>%n ordinateur portable</numerusform>
            <numerusform>%n ordinateurs portables</numerusform>
        </translation>
    </message>
    <message>
        <source>This invitation is for a laptop without a network: give the file to write the join request to with --request-out.</source>
        <translation>Cette invitation est pour un ordinateur portable sans réseau : indiquez avec --request-out le fichier où écrire la demande d’adhésion.</translation>
    </message>
    <message>
        <source>Invitation for {member} written to {file}, for a laptop without a network. Hand it over in person; the laptop&apos;s join request comes back as a file.</source>
        <translation>Invitation pour {member} écrite dans {file}, pour un ordinateur portable sans réseau. Remettez-la en main propre ; la demande d’adhésion de l’ordinateur revient sous forme de fichier.</translation>
    </message>
    <message>
        <source>Give {file} to the coordinator and read the fingerprint aloud; then import the coordinator&apos;s bundle with `livcr bundle import`.</source>
        <translation>Donnez {file} au coordinateur et lisez l’empreinte à voix haute ; importez ensuite le paquet du coordinateur avec `livcr bundle import`.</translation>
    </message>
    <message>
        <source>This laptop joined {livcr} for {member}.</source>
        <translation>Cet ordinateur portable a rejoint {livcr} pour {member}.</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Empreinte : {fingerprint}</translation>
    </message>
    <message>
        <source>Laptop {device} of {member} approved. Export a bundle for {member} to give it its records.</source>
        <translation>Ordinateur portable {device} de {member} approuvé. Exportez un paquet pour {member} afin de lui donner ses données.</translation>
    </message>
    <message>
        <source>Read it to the coordinator, who approves it; then run `livcr sync`.</source>
        <translation>Lisez-la au coordinateur, qui l’approuve ; lancez ensuite `livcr sync`.</translation>
    </message>
    <message>
        <source>Laptop {device} approved.</source>
        <translation>Ordinateur portable {device} approuvé.</translation>
    </message>
    <message>
        <source>Laptop {device} revoked: the hub serves it nothing from now on.</source>
        <translation>Ordinateur portable {device} révoqué : le hub ne lui sert plus rien désormais.</translation>
    </message>
    <message>
        <source>Received {done} of {total} changes…</source>
        <translation>{done} modifications reçues sur {total}…</translation>
    </message>
    <message>
        <source>Pushed {pushed}, pulled {pulled}, applied {applied}.</source>
        <translation>Envoyées {pushed}, reçues {pulled}, appliquées {applied}.</translation>
    </message>
    <message>
        <source>Waiting {waiting}, quarantined {quarantined}, conflicts {conflicts}.</source>
        <translation>En attente {waiting}, en quarantaine {quarantined}, conflits {conflicts}.</translation>
    </message>
    <message>
        <source>Bundle from {sender}: received {pulled}, applied {applied}.</source>
        <translation>Paquet de {sender} : {pulled} reçues, {applied} appliquées.</translation>
    </message>
    <message>
        <source>No keyring on this computer: pass the hub password with --hub-password-file when you sync.</source>
        <translation>Pas de trousseau sur cet ordinateur : indiquez le mot de passe du hub avec --hub-password-file lors de la synchronisation.</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>Le fichier n’a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <source>Figures written to {file} ({rows} rows).</source>
        <translation>Chiffres écrits dans {file} ({rows} lignes).</translation>
    </message>
    <message>
        <source>hand a case over to another LIVC-R</source>
        <translation>transférer un cas à une autre CSIL-R</translation>
    </message>
    <message>
        <source>write this LIVC-R&apos;s public hand-over key for another LIVC-R</source>
        <translation>écrire la clé publique de transfert de cette CSIL-R pour une autre CSIL-R</translation>
    </message>
    <message>
        <source>the key file</source>
        <translation>le fichier de clé</translation>
    </message>
    <message>
        <source>also write the LIVC-R&apos;s secret age key to this file (to open hand-overs with age)</source>
        <translation>écrire aussi la clé age secrète de la CSIL-R dans ce fichier (pour ouvrir les transferts avec age)</translation>
    </message>
    <message>
        <source>register another LIVC-R by the key its coordinator exported</source>
        <translation>enregistrer une autre CSIL-R avec la clé exportée par son coordinateur</translation>
    </message>
    <message>
        <source>the fingerprint the other coordinator read to you</source>
        <translation>l’empreinte que l’autre coordinateur vous a lue</translation>
    </message>
    <message>
        <source>the LIVC-Rs registered here</source>
        <translation>les CSIL-R enregistrées ici</translation>
    </message>
    <message>
        <source>write the transfer note and sealed hand-over of a decided case</source>
        <translation>écrire la note de transfert et le transfert scellé d’un cas décidé</translation>
    </message>
    <message>
        <source>the case code</source>
        <translation>le code du cas</translation>
    </message>
    <message>
        <source>import a hand-over from another LIVC-R</source>
        <translation>importer un transfert d’une autre CSIL-R</translation>
    </message>
    <message>
        <source>the member municipality where the person now lives</source>
        <translation>la commune membre où la personne habite désormais</translation>
    </message>
    <message>
        <source>add the signal to this case of the person already known here</source>
        <translation>ajouter le signalement à ce cas de la personne déjà connue ici</translation>
    </message>
    <message>
        <source>open a new case even when the person is already known here</source>
        <translation>ouvrir un nouveau cas même si la personne est déjà connue ici</translation>
    </message>
    <message>
        <source>Key written to {file}. Fingerprint: {fingerprint}</source>
        <translation>Clé écrite dans {file}. Empreinte : {fingerprint}</translation>
    </message>
    <message>
        <source>{name} registered ({fingerprint}).</source>
        <translation>{name} enregistrée ({fingerprint}).</translation>
    </message>
    <message>
        <source>Case {code} has no decided hand-over.</source>
        <translation>Le cas {code} n’a pas de transfert décidé.</translation>
    </message>
    <message>
        <source>No member municipality is called {name}.</source>
        <translation>Aucune commune membre ne s’appelle {name}.</translation>
    </message>
    <message>
        <source>Hand-over from {livcr} (their case {sending}) imported as case {code}; decision signature {fingerprint} verified.</source>
        <translation>Transfert de {livcr} (leur cas {sending}) importé comme cas {code} ; signature de la décision {fingerprint} vérifiée.</translation>
    </message>
    <message>
        <source>The person is already known here (same names and birth date). Add --case CASE_CODE to add the signal to that case, or --new-case to open a new one.</source>
        <translation>La personne est déjà connue ici (mêmes noms et date de naissance). Ajoutez --case CASE_CODE pour ajouter le signalement à ce cas, ou --new-case pour en ouvrir un nouveau.</translation>
    </message>
    <message>
        <source>Hub access for laptop {device} written again to {file}: its old access file and password no longer work. Hand it over in person; the laptop takes it with `livcr hub take-access`.</source>
        <translation>Accès au hub de l’ordinateur portable {device} réécrit dans {file} : son ancien fichier d’accès et son ancien mot de passe ne fonctionnent plus. Remettez-le en main propre ; l’ordinateur le reprend avec `livcr hub take-access`.</translation>
    </message>
    <message>
        <source>Hub access for laptop {device} written to {file}. Hand it over in person; the laptop takes it with `livcr hub take-access`.</source>
        <translation>Accès au hub pour l’ordinateur portable {device} écrit dans {file}. Remettez-le en main propre ; l’ordinateur le reprend avec `livcr hub take-access`.</translation>
    </message>
    <message>
        <source>This laptop&apos;s hub access is renewed. Run `livcr sync`.</source>
        <translation>L’accès au hub de cet ordinateur portable est renouvelé. Lancez `livcr sync`.</translation>
    </message>
    <message>
        <source>This laptop&apos;s hub access is renewed, but this computer has no keyring: pass the access file&apos;s password with --hub-password-file.</source>
        <translation>L’accès au hub de cet ordinateur portable est renouvelé, mais cet ordinateur n’a pas de trousseau : passez le mot de passe du fichier d’accès avec --hub-password-file.</translation>
    </message>
    <message>
        <source>This laptop now syncs through the hub. Run `livcr sync`.</source>
        <translation>Cet ordinateur portable se synchronise désormais via le hub. Lancez `livcr sync`.</translation>
    </message>
    <message>
        <source>This laptop now syncs through the hub, but this computer has no keyring: pass the access file&apos;s password with --hub-password-file.</source>
        <translation>Cet ordinateur portable se synchronise désormais via le hub, mais cet ordinateur n’a pas de trousseau : passez le mot de passe du fichier d’accès avec --hub-password-file.</translation>
    </message>
    <message>
        <source>change this LIVC-R&apos;s hand-over key</source>
        <translation>changer la clé de transfert de cette CSIL-R</translation>
    </message>
    <message>
        <source>the key change, signed by the previous key, for the other LIVC-Rs</source>
        <translation>le changement de clé, signé par la clé précédente, pour les autres CSIL-R</translation>
    </message>
    <message>
        <source>retire the previous key at once (lost or compromised)</source>
        <translation>mettre la clé précédente hors service immédiatement (perdue ou compromise)</translation>
    </message>
    <message>
        <source>this LIVC-R&apos;s hand-over keys: current, previous, retired</source>
        <translation>les clés de transfert de cette CSIL-R : actuelle, précédentes, hors service</translation>
    </message>
    <message>
        <source>retire a previous hand-over key of this LIVC-R</source>
        <translation>mettre hors service une clé de transfert précédente de cette CSIL-R</translation>
    </message>
    <message>
        <source>the key&apos;s fingerprint</source>
        <translation>l’empreinte de la clé</translation>
    </message>
    <message>
        <source>accept another LIVC-R&apos;s key change</source>
        <translation>accepter le changement de clé d’une autre CSIL-R</translation>
    </message>
    <message>
        <source>the key change file</source>
        <translation>le fichier du changement de clé</translation>
    </message>
    <message>
        <source>New key; the key change is written to {file}. New fingerprint: {fingerprint}</source>
        <translation>Nouvelle clé ; le changement de clé est écrit dans {file}. Nouvelle empreinte : {fingerprint}</translation>
    </message>
    <message>
        <source>This LIVC-R has no hand-over key with this fingerprint.</source>
        <translation>Cette CSIL-R n’a pas de clé de transfert avec cette empreinte.</translation>
    </message>
    <message>
        <source>Key {fingerprint} retired.</source>
        <translation>Clé {fingerprint} mise hors service.</translation>
    </message>
    <message>
        <source>{name}: key {previous} replaced by {fingerprint}.</source>
        <translation>{name} : clé {previous} remplacée par {fingerprint}.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) opened on members&apos; laptops keep their provisional number: run `livcr sync` with a coordinator&apos;s --account and --passphrase-file to give them their number of the year.</source>
        <translation>
            <numerusform>%n cas ouvert sur l’ordinateur portable d’un membre garde son numéro provisoire : lancez `livcr sync` avec --account et --passphrase-file d’un coordinateur pour lui donner son numéro de l’année.</numerusform>
            <numerusform>%n cas ouverts sur les ordinateurs portables de membres gardent leur numéro provisoire : lancez `livcr sync` avec --account et --passphrase-file d’un coordinateur pour leur donner leur numéro de l’année.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave %n case(s) opened on members&apos; laptops their number: {codes}.</source>
        <translation>
            <numerusform>%n cas ouvert sur l’ordinateur portable d’un membre a reçu son numéro : {codes}.</numerusform>
            <numerusform>%n cas ouverts sur les ordinateurs portables de membres ont reçu leur numéro : {codes}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sealed the held minutes of %n meeting(s) anew for approval: their items changed on other laptops.</source>
        <translation>
            <numerusform>Procès-verbal de %n réunion tenue scellé à nouveau pour approbation : ses points ont été modifiés sur d’autres ordinateurs portables.</numerusform>
            <numerusform>Procès-verbaux de %n réunions tenues scellés à nouveau pour approbation : leurs points ont été modifiés sur d’autres ordinateurs portables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The held minutes of %n meeting(s) changed on other laptops and are not sealed anew, so a chair cannot approve them yet: run `livcr sync` with a coordinator&apos;s --account and --passphrase-file.</source>
        <translation>
            <numerusform>Le procès-verbal de %n réunion tenue a été modifié sur d’autres ordinateurs portables et n’est pas scellé à nouveau : un président ne peut pas encore l’approuver. Lancez `livcr sync` avec --account et --passphrase-file d’un coordinateur.</numerusform>
            <numerusform>Les procès-verbaux de %n réunions tenues ont été modifiés sur d’autres ordinateurs portables et ne sont pas scellés à nouveau : un président ne peut pas encore les approuver. Lancez `livcr sync` avec --account et --passphrase-file d’un coordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the upgrade of the app, %n quarantined operation(s) checked again: {applied} applied, the others stay quarantined.</source>
        <translation>
            <numerusform>Après la mise à jour de l’application, %n opération en quarantaine vérifiée à nouveau : {applied} appliquée, les autres restent en quarantaine.</numerusform>
            <numerusform>Après la mise à jour de l’application, %n opérations en quarantaine vérifiées à nouveau : {applied} appliquées, les autres restent en quarantaine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushed {pushed}.</source>
        <translation>Envoyées {pushed}.</translation>
    </message>
    <message>
        <source>The hub could not be reached again: what followed the round goes out with the next sync.</source>
        <translation>Le hub n’était plus joignable : ce qui a suivi la synchronisation partira avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur portable</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Fingerprint to compare</source>
        <translation>Empreinte à comparer</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>The hub knows no laptop of this LIVC-R yet.</source>
        <translation>Le hub ne connaît encore aucun ordinateur portable de cette CSIL-R.</translation>
    </message>
    <message>
        <source>coordinator&apos;s laptop</source>
        <translation>ordinateur portable du coordinateur</translation>
    </message>
</context>
<context>
    <name>CloseReason</name>
    <message>
        <source>Goals reached</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <source>No (longer a) concern of radicalisation</source>
        <translation>Pas (ou plus) de préoccupation de radicalisation</translation>
    </message>
    <message>
        <source>Passed to regular services</source>
        <translation>Confié aux services réguliers</translation>
    </message>
    <message>
        <source>Person moved (handed over)</source>
        <translation>Personne déménagée (cas transmis)</translation>
    </message>
    <message>
        <source>Person refuses further guidance</source>
        <translation>La personne refuse la suite de l’accompagnement</translation>
    </message>
    <message>
        <source>Followed up by the LTF only</source>
        <translation>Suivi uniquement par la TFL</translation>
    </message>
    <message>
        <source>Moved, handed over to another LIVC-R</source>
        <translation>Déménagement, transféré à une autre CSIL-R</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Field “{field}” of a {record} record</source>
        <translation>Champ « {field} » d’un enregistrement {record}</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Garder cette valeur</translation>
    </message>
    <message>
        <source>(the record was deleted)</source>
        <translation>(l’enregistrement a été supprimé)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation>une personne inconnue</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>par {author}</translation>
    </message>
    <message>
        <source>by {author}, {moment}</source>
        <translation>par {author}, {moment}</translation>
    </message>
    <message>
        <source>Your conflicts to resolve ({count})</source>
        <translation>Vos conflits à résoudre ({count})</translation>
    </message>
    <message>
        <source>Conflicts to resolve ({count})</source>
        <translation>Conflits à résoudre ({count})</translation>
    </message>
    <message>
        <source>Two people changed the same field without seeing each other&apos;s change. Both values are kept; choose the one that is right.</source>
        <translation>Deux personnes ont modifié le même champ sans voir la modification de l’autre. Les deux valeurs sont conservées ; choisissez la bonne.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>The first coordinator</source>
        <translation>Le premier coordinateur</translation>
    </message>
    <message>
        <source>The prevention official who runs the LIVC-R in this application. Other members get their own accounts later.</source>
        <translation>Le fonctionnaire de prévention qui gère la CSIL-R dans cette application. Les autres membres recevront plus tard leur propre compte.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>e.g. Prevention service of the municipality</source>
        <translation>p. ex. Service de prévention de la commune</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase protects the key to all data of the LIVC-R. Use at least 12 characters; a short sentence that only you know is best. Nobody can reset it for you without the recovery key.</source>
        <translation>La phrase secrète protège la clé de toutes les données de la CSIL-R. Utilisez au moins 12 caractères ; le mieux est une courte phrase que vous êtes seul à connaître. Sans la clé de récupération, personne ne peut la réinitialiser pour vous.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>LIVC-R Desktop – unexpected error</source>
        <translation>LIVC-R Desktop – erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong that LIVC-R Desktop did not expect. Everything that was saved before is safe: the database only keeps complete changes. If this happens again, tell your IT service what you were doing (without personal data).</source>
        <translation>LIVC-R Desktop a rencontré un problème inattendu. Tout ce qui a été enregistré auparavant est en sécurité : la base de données ne conserve que des modifications complètes. Si cela se reproduit, expliquez à votre service informatique ce que vous faisiez (sans données personnelles).</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>This data folder already holds an LIVC-R database. It is never overwritten: sign in to it, or choose an empty folder for a new LIVC-R.</source>
        <translation>Ce dossier de données contient déjà une base de données de CSIL-R. Elle n’est jamais écrasée : connectez-vous-y, ou choisissez un dossier vide pour une nouvelle CSIL-R.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) is damaged and its backup copy too. Restore the folder from a backup, or open another data folder.</source>
        <translation>Le fichier de clés de ce dossier de données (keyslots.json) est endommagé, tout comme sa copie de secours. Restaurez le dossier à partir d’une sauvegarde, ou ouvrez un autre dossier de données.</translation>
    </message>
    <message>
        <source>In place of the key file of this data folder (keyslots.json) there is a folder or another item that is not a file, and its backup copy (keyslots.json.bak) cannot be used either. Nothing was changed. Move that item out of the data folder and put the key file back from a backup, or restore the folder from a backup.</source>
        <translation>À la place du fichier de clés de ce dossier de données (keyslots.json) se trouve un dossier ou un autre élément qui n’est pas un fichier, et sa copie de secours (keyslots.json.bak) est inutilisable elle aussi. Rien n’a été modifié. Déplacez cet élément hors du dossier de données et remettez le fichier de clés à partir d’une sauvegarde, ou restaurez le dossier à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) and its backup copy cannot be read: your user may not read them, or the disk reports an error. Nothing was changed. Ask IT to check the permissions of the data folder; if the disk is failing, restore from a backup.</source>
        <translation>Le fichier de clés de ce dossier de données (keyslots.json) et sa copie de secours ne peuvent pas être lus : votre utilisateur n’a pas le droit de les lire, ou le disque signale une erreur. Rien n’a été modifié. Demandez à l’informatique de vérifier les droits du dossier de données ; si le disque est défaillant, restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) is far larger than a key file can be, and its backup copy cannot be used either, so neither was read. Nothing was changed. Restore the folder from a backup.</source>
        <translation>Le fichier de clés de ce dossier de données (keyslots.json) est bien plus grand qu’un fichier de clés ne peut l’être, et sa copie de secours est inutilisable elle aussi ; aucun des deux n’a donc été lu. Rien n’a été modifié. Restaurez le dossier à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) was written in a format this version of LIVC-R Desktop does not know. Nothing was changed. Install the newest version; if that does not help, restore the folder from a backup.</source>
        <translation>Le fichier de clés de ce dossier de données (keyslots.json) a été écrit dans un format que cette version de LIVC-R Desktop ne connaît pas. Rien n’a été modifié. Installez la version la plus récente ; si cela ne suffit pas, restaurez le dossier à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) names, for this account, a way of deriving keys that this version does not know, and its backup copy too. Nothing was changed and no attempt was counted. Install the newest version; otherwise a coordinator signs in with the recovery key, or restore the folder from a backup.</source>
        <translation>Le fichier de clés de ce dossier de données (keyslots.json) indique, pour ce compte, une méthode de dérivation de clés que cette version ne connaît pas, et sa copie de secours aussi. Rien n’a été modifié et aucune tentative n’a été comptée. Installez la version la plus récente ; sinon, un coordinateur se connecte avec la clé de récupération, ou restaurez le dossier à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) holds impossible key derivation settings for this account (damaged or edited), and its backup copy too. Nothing was changed and no attempt was counted. A coordinator signs in with the recovery key to give the account a new passphrase, or restore the folder from a backup.</source>
        <translation>Le fichier de clés de ce dossier de données (keyslots.json) contient pour ce compte des paramètres de dérivation de clé impossibles (endommagés ou modifiés), et sa copie de secours aussi. Rien n’a été modifié et aucune tentative n’a été comptée. Un coordinateur se connecte avec la clé de récupération pour donner au compte une nouvelle phrase secrète, ou restaurez le dossier à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>In the key file of this data folder (keyslots.json) the encoded key of this account is damaged (not valid base64, or of the wrong length), and in its backup copy too. Nothing was changed and no attempt was counted. A coordinator signs in with the recovery key to give the account a new passphrase, or restore the folder from a backup.</source>
        <translation>Dans le fichier de clés de ce dossier de données (keyslots.json), la clé encodée de ce compte est endommagée (base64 non valide, ou longueur incorrecte), et dans sa copie de secours aussi. Rien n’a été modifié et aucune tentative n’a été comptée. Un coordinateur se connecte avec la clé de récupération pour donner au compte une nouvelle phrase secrète, ou restaurez le dossier à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) holds no key for this account, and its backup copy neither. Nothing was changed and no attempt was counted. A coordinator signs in with the recovery key to give the account a new passphrase, or restore the folder from a backup.</source>
        <translation>Le fichier de clés de ce dossier de données (keyslots.json) ne contient aucune clé pour ce compte, et sa copie de secours non plus. Rien n’a été modifié et aucune tentative n’a été comptée. Un coordinateur se connecte avec la clé de récupération pour donner au compte une nouvelle phrase secrète, ou restaurez le dossier à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The key of this account in the key file of this data folder (keyslots.json) is damaged (its checksum does not match), and in its backup copy too. Nothing was changed and no attempt was counted. A coordinator signs in with the recovery key to give the account a new passphrase, or restore the folder from a backup.</source>
        <translation>La clé de ce compte dans le fichier de clés de ce dossier de données (keyslots.json) est endommagée (sa somme de contrôle ne correspond pas), et dans sa copie de secours aussi. Rien n’a été modifié et aucune tentative n’a été comptée. Un coordinateur se connecte avec la clé de récupération pour donner au compte une nouvelle phrase secrète, ou restaurez le dossier à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) was changed outside LIVC-R Desktop (its checks do not match), and its backup copy too. Nothing was changed and no attempt was counted. Restore the folder from a backup, and tell the data protection officer.</source>
        <translation>Le fichier de clés de ce dossier de données (keyslots.json) a été modifié en dehors de LIVC-R Desktop (ses contrôles ne correspondent pas), et sa copie de secours aussi. Rien n’a été modifié et aucune tentative n’a été comptée. Restaurez le dossier à partir d’une sauvegarde et prévenez le délégué à la protection des données.</translation>
    </message>
    <message>
        <source>The passphrase did not open the key file of this data folder (keyslots.json), and its backup copy is damaged or different, so it cannot be told whether the passphrase is wrong or the file damaged. No attempt was counted. Check the passphrase and try again; if it is right, a coordinator signs in with the recovery key, or restore the folder from a backup.</source>
        <translation>La phrase secrète n’a pas ouvert le fichier de clés de ce dossier de données (keyslots.json), et sa copie de secours est endommagée ou différente : on ne peut donc pas savoir si la phrase secrète est fausse ou si le fichier est endommagé. Aucune tentative n’a été comptée. Vérifiez la phrase secrète et réessayez ; si elle est correcte, un coordinateur se connecte avec la clé de récupération, ou restaurez le dossier à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The set-up of this data folder was interrupted before it was finished, so it holds no LIVC-R yet. Start it again: move keyslots.json and keyslots.json.bak out of the folder (or choose an empty folder) and set up the LIVC-R anew.</source>
        <translation>La configuration de ce dossier de données a été interrompue avant d’être terminée ; il ne contient donc pas encore de LIVC-R. Recommencez : déplacez keyslots.json et keyslots.json.bak hors du dossier (ou choisissez un dossier vide) et configurez à nouveau la LIVC-R.</translation>
    </message>
    <message>
        <source>This data folder holds a database but not its key file (keyslots.json). Without it the database cannot be opened. Put the key file back from a backup, or open another data folder.</source>
        <translation>Ce dossier de données contient une base de données, mais pas son fichier de clés (keyslots.json). Sans ce fichier, la base de données ne peut pas être ouverte. Remettez le fichier de clés en place à partir d’une sauvegarde, ou ouvrez un autre dossier de données.</translation>
    </message>
    <message>
        <source>This data folder holds a key file but no database (livcr.db). Restore the database from a backup, or open another data folder.</source>
        <translation>Ce dossier de données contient un fichier de clés, mais pas de base de données (livcr.db). Restaurez la base de données à partir d’une sauvegarde, ou ouvrez un autre dossier de données.</translation>
    </message>
    <message>
        <source>The key was accepted, but the database cannot be read with it: the file is damaged or belongs to another LIVC-R. Nothing was changed. Restore a backup, or open another data folder.</source>
        <translation>La clé a été acceptée, mais elle ne permet pas de lire la base de données : le fichier est endommagé ou appartient à une autre CSIL-R. Rien n’a été modifié. Restaurez une sauvegarde, ou ouvrez un autre dossier de données.</translation>
    </message>
    <message>
        <source>This data folder was used by a newer version of LIVC-R Desktop. Install that version or a later one to open it; nothing was changed.</source>
        <translation>Ce dossier de données a été utilisé par une version plus récente de LIVC-R Desktop. Installez cette version ou une version ultérieure pour l’ouvrir ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>LIVC-R Desktop is already running with this data folder. Switch to that window, or close it first.</source>
        <translation>LIVC-R Desktop est déjà ouvert avec ce dossier de données. Passez à cette fenêtre, ou fermez-la d’abord.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
</context>
<context>
    <name>DecisionCard</name>
    <message>
        <source>Withdraw the proposal</source>
        <translation>Retirer la proposition</translation>
    </message>
    <message>
        <source>Signed. Fingerprint of the signature: {fingerprint}</source>
        <translation>Signé. Empreinte de la signature : {fingerprint}</translation>
    </message>
    <message>
        <source>Final: signed</source>
        <translation>Définitive : signée</translation>
    </message>
    <message>
        <source>Sign as chair…</source>
        <translation>Signer en tant que président…</translation>
    </message>
    <message>
        <source>Reword…</source>
        <translation>Reformuler…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Correct with a new decision…</source>
        <translation>Corriger par une nouvelle décision…</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>D’accord</translation>
    </message>
    <message>
        <source>Objects: {reason}</source>
        <translation>Objection : {reason}</translation>
    </message>
    <message>
        <source>Left the meeting without a position: reword to go on without them</source>
        <translation>A quitté la réunion sans prendre position : reformulez la proposition pour continuer sans cette personne</translation>
    </message>
    <message>
        <source>No position yet</source>
        <translation>Pas encore de position</translation>
    </message>
    <message>
        <source>Objects…</source>
        <translation>Objection…</translation>
    </message>
    <message>
        <source>Put to the effective participants in the room when it was put (listed below); consensus needs each of them.</source>
        <translation>Soumise aux membres participant effectivement présents au moment où elle a été soumise (ci-dessous) ; le consensus requiert l’accord de chacun d’eux.</translation>
    </message>
    <message>
        <source>Not put to those who had already left the meeting: {names}.</source>
        <translation>Non soumise aux personnes qui avaient déjà quitté la réunion : {names}.</translation>
    </message>
    <message>
        <source>Nobody is recorded as an effective participant of this item yet: tick who takes part in the discussion first.</source>
        <translation>Personne n’est encore enregistré comme membre participant effectivement à ce point : cochez d’abord qui prend part à la discussion.</translation>
    </message>
    <message>
        <source>Proposed by {name} on {moment}.</source>
        <translation>Proposé par {name} le {moment}.</translation>
    </message>
    <message>
        <source>Signed by {name} on {moment}.</source>
        <translation>Signé par {name} le {moment}.</translation>
    </message>
    <message>
        <source>Corrected by a later decision.</source>
        <translation>Corrigée par une décision ultérieure.</translation>
    </message>
    <message>
        <source>This decision corrects an earlier one.</source>
        <translation>Cette décision corrige une décision antérieure.</translation>
    </message>
    <message>
        <source>Signature verified ✓ · fingerprint {fingerprint}</source>
        <translation>Signature vérifiée ✓ · empreinte {fingerprint}</translation>
    </message>
    <message>
        <source>WARNING: this decision no longer verifies. {problems}</source>
        <translation>ATTENTION : cette décision ne se vérifie plus. {problems}</translation>
    </message>
</context>
<context>
    <name>DecisionCheck</name>
    <message>
        <source>The signed content cannot be read.</source>
        <translation>Le contenu signé est illisible.</translation>
    </message>
    <message>
        <source>The signature does not match the signed content.</source>
        <translation>La signature ne correspond pas au contenu signé.</translation>
    </message>
    <message>
        <source>The signer&apos;s public key is not on this laptop, so the signature cannot be checked here.</source>
        <translation>La clé publique du signataire n’est pas sur cet ordinateur portable : la signature ne peut donc pas être vérifiée ici.</translation>
    </message>
    <message>
        <source>The signing key is not the signer&apos;s key as it was recorded.</source>
        <translation>La clé de signature n’est pas celle du signataire telle qu’elle a été enregistrée.</translation>
    </message>
    <message>
        <source>The decision in the database differs from what was signed ({what}).</source>
        <translation>La décision dans la base de données diffère de ce qui a été signé ({what}).</translation>
    </message>
    <message>
        <source>The signer did not hold the chair role for the municipality that day.</source>
        <translation>Le signataire n’était pas président pour la commune ce jour-là.</translation>
    </message>
    <message>
        <source>The signature is not the one recorded in the journal when it was made.</source>
        <translation>La signature n’est pas celle enregistrée dans le journal au moment de la signature.</translation>
    </message>
    <message>
        <source>Decision on {code} of {day} is broken: {problem}</source>
        <translation>La décision sur {code} du {day} est altérée : {problem}</translation>
    </message>
    <message>
        <source>not checked here: the record of the chair&apos;s signing key, which goes only to the chair&apos;s own laptops (signed decisions: {count}); their signatures were checked with the key the chair&apos;s signed sync published</source>
        <translation>non vérifié ici : l’enregistrement de la clé de signature du président, qui ne va qu’aux ordinateurs portables du président (décisions signées : {count}) ; leurs signatures ont été vérifiées avec la clé publiée par la synchronisation signée du président</translation>
    </message>
</context>
<context>
    <name>DecisionKind</name>
    <message>
        <source>Follow the case up in the LIVC-R</source>
        <translation>Suivre le cas au sein de la CSIL-R</translation>
    </message>
    <message>
        <source>Stop following the case up in the LIVC-R</source>
        <translation>Arrêter le suivi du cas au sein de la CSIL-R</translation>
    </message>
    <message>
        <source>Start a personalised guidance trajectory</source>
        <translation>Démarrer un parcours d’accompagnement personnalisé</translation>
    </message>
    <message>
        <source>Evaluation of the guidance trajectory</source>
        <translation>Évaluation du parcours d’accompagnement</translation>
    </message>
    <message>
        <source>Refer the case to the LTF</source>
        <translation>Renvoyer le cas vers la TFL</translation>
    </message>
    <message>
        <source>Approve the feedback form to the LTF</source>
        <translation>Approuver la fiche de retour à la TFL</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Clôturer le cas</translation>
    </message>
    <message>
        <source>Hand the case over to another LIVC-R</source>
        <translation>Transférer le cas à une autre CSIL-R</translation>
    </message>
    <message>
        <source>Other decision</source>
        <translation>Autre décision</translation>
    </message>
    <message>
        <source>Decision of the strategic table</source>
        <translation>Décision de la table stratégique</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Put a proposal…</source>
        <translation>Soumettre une proposition…</translation>
    </message>
    <message>
        <source>No proposal on this item yet. The table decides by consensus of the effective participants; the chair signs the outcome.</source>
        <translation>Pas encore de proposition sur ce point. La table décide par consensus des membres participant effectivement ; le président signe le résultat.</translation>
    </message>
</context>
<context>
    <name>DecisionSigning</name>
    <message>
        <source>“{wording}” is signed with the agreement of {names}; neither the wording nor the positions can change afterwards.</source>
        <translation>« {wording} » est signé avec l’accord de {names} ; ensuite, ni la formulation ni les positions ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>The case moves to “{status}” at once.</source>
        <translation>Le cas passe immédiatement à « {status} ».</translation>
    </message>
    <message>
        <source>It corrects the earlier decision, which stays on record as corrected.</source>
        <translation>Elle rectifie la décision antérieure, qui reste enregistrée comme rectifiée.</translation>
    </message>
    <message>
        <source>The guidance trajectory starts, led by {lead}.</source>
        <translation>Le parcours d’accompagnement commence, mené par {lead}.</translation>
    </message>
    <message>
        <source>A mistake can then only be corrected by a new decision of the table.</source>
        <translation>Une erreur ne peut ensuite être rectifiée que par une nouvelle décision de la table.</translation>
    </message>
    <message>
        <source>“{wording}” is withdrawn: it stays on record as withdrawn, and the positions taken on it no longer count.</source>
        <translation>« {wording} » est retirée : elle reste enregistrée comme retirée, et les positions prises à son sujet ne comptent plus.</translation>
    </message>
    <message>
        <source>The table can still put a new proposal on this item.</source>
        <translation>La table peut encore formuler une nouvelle proposition sur ce point.</translation>
    </message>
    <message>
        <source>The evaluation is recorded on the guidance trajectory as decided.</source>
        <translation>L’évaluation est enregistrée sur le parcours d’accompagnement telle que décidée.</translation>
    </message>
    <message>
        <source>A running guidance trajectory of the case is closed.</source>
        <translation>Un parcours d’accompagnement en cours pour ce cas est clôturé.</translation>
    </message>
    <message>
        <source>The referral is recorded and a draft feedback form to the LTF is opened.</source>
        <translation>Le renvoi est enregistré et un projet de fiche de retour à la TFL est ouvert.</translation>
    </message>
    <message>
        <source>The feedback form is approved as it stands: its content is frozen and the Information Officer may hand it to the LTF.</source>
        <translation>La fiche de retour est approuvée telle quelle : son contenu est figé et l’Information Officer peut la remettre à la TFL.</translation>
    </message>
</context>
<context>
    <name>DecisionState</name>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Reformulée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>Write the proposal as it is put to the table.</source>
        <translation>Rédigez la proposition telle qu’elle est soumise à la table.</translation>
    </message>
    <message>
        <source>A proposal may be at most {maximum} characters.</source>
        <translation>Une proposition peut compter au maximum {maximum} caractères.</translation>
    </message>
    <message>
        <source>Choose the partner organisation that leads the trajectory.</source>
        <translation>Choisissez l’organisation partenaire qui pilote le parcours.</translation>
    </message>
    <message>
        <source>Choose why the case is closed.</source>
        <translation>Choisissez pourquoi le cas est clôturé.</translation>
    </message>
    <message>
        <source>An objection needs its reason: the table must know what blocks consensus.</source>
        <translation>Une objection doit être motivée : la table doit savoir ce qui bloque le consensus.</translation>
    </message>
    <message>
        <source>The strategic table takes strategic decisions only, never on a case.</source>
        <translation>La table stratégique ne prend que des décisions stratégiques, jamais sur un cas.</translation>
    </message>
    <message>
        <source>This kind of decision is taken on a case item of the operational table.</source>
        <translation>Ce type de décision se prend sur un point « cas » de la table opérationnelle.</translation>
    </message>
    <message>
        <source>On a topic of the operational table only an other (free-text) decision is taken.</source>
        <translation>Sur un thème de la table opérationnelle, seule une autre décision (texte libre) est possible.</translation>
    </message>
    <message>
        <source>Choose the feedback form to approve.</source>
        <translation>Choisissez la fiche de retour à approuver.</translation>
    </message>
    <message>
        <source>Choose the hand-over the table decides on.</source>
        <translation>Choisissez le transfert sur lequel la table décide.</translation>
    </message>
    <message>
        <source>This decision cannot take effect: case {code} is “{status}” and cannot become “{wanted}”.</source>
        <translation>Cette décision ne peut pas produire d’effet : le cas {code} est « {status} » et ne peut pas devenir « {wanted} ».</translation>
    </message>
    <message>
        <source>This decision does not exist.</source>
        <translation>Cette décision n’existe pas.</translation>
    </message>
    <message>
        <source>A proposal is put to the table during its meeting (or right after it).</source>
        <translation>Une proposition est soumise à la table pendant sa réunion (ou juste après).</translation>
    </message>
    <message>
        <source>This item is postponed; nothing is decided on it at this meeting.</source>
        <translation>Ce point est reporté ; rien n’est décidé à son sujet lors de cette réunion.</translation>
    </message>
    <message>
        <source>This proposal is “{state}”: it can no longer change. A correction is a new decision.</source>
        <translation>Cette proposition est « {state} » : elle ne peut plus changer. Une correction est une nouvelle décision.</translation>
    </message>
    <message>
        <source>{name} is not an effective participant of this item, so their position does not count and cannot be recorded.</source>
        <translation>{name} n’est pas membre participant effectivement à ce point ; sa position ne compte donc pas et ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>This proposal was put to the effective participants of the moment it was put, and {name} was not among them. Reword the proposal to put it to everyone taking part now.</source>
        <translation>Cette proposition a été soumise aux membres participant effectivement au moment où elle a été soumise, et {name} n’en faisait pas partie. Reformulez la proposition pour la soumettre à toutes les personnes qui participent maintenant.</translation>
    </message>
    <message>
        <source>{name} has left the meeting, so their position can no longer be recorded. Withdraw the proposal or reword it: a new wording is put to those still taking part.</source>
        <translation>{name} a quitté la réunion : sa position ne peut plus être enregistrée. Retirez la proposition ou reformulez-la : une nouvelle formulation est soumise aux personnes qui participent encore.</translation>
    </message>
    <message>
        <source>Nobody in the room is ticked as an effective participant of this item. Tick who takes part in the discussion first: the proposal is put to exactly those people.</source>
        <translation>Aucune personne présente n’est cochée comme membre participant effectivement à ce point. Cochez d’abord qui participe à la discussion : la proposition est soumise à précisément ces personnes.</translation>
    </message>
    <message>
        <source>Only the participant, or whoever runs the meeting, records a position.</source>
        <translation>Seul le participant lui-même, ou la personne qui mène la réunion, enregistre une position.</translation>
    </message>
    <message>
        <source>There is no consensus on this proposal ({outcome}); it cannot be signed.</source>
        <translation>Il n’y a pas de consensus sur cette proposition ({outcome}) ; elle ne peut pas être signée.</translation>
    </message>
    <message>
        <source>Only the chair of {municipality} (the mayor or their representative) signs decisions on this case, and you do not hold that role today.</source>
        <translation>Seul le président de {municipality} (le bourgmestre ou son représentant) signe les décisions sur ce cas, et vous n’avez pas ce rôle aujourd’hui.</translation>
    </message>
    <message>
        <source>Decisions of the strategic table are signed by the chair of the meeting.</source>
        <translation>Les décisions de la table stratégique sont signées par le président de la réunion.</translation>
    </message>
    <message>
        <source>The lead organisation is not in the register or no longer active.</source>
        <translation>L’organisation pilote ne figure pas au registre ou n’est plus active.</translation>
    </message>
    <message>
        <source>Only a signed decision on the same case can be corrected by a new decision.</source>
        <translation>Seule une décision signée sur le même cas peut être corrigée par une nouvelle décision.</translation>
    </message>
    <message>
        <source>This decision has already been corrected by a later decision.</source>
        <translation>Cette décision a déjà été corrigée par une décision ultérieure.</translation>
    </message>
    <message>
        <source>This passphrase is not right. Signing needs your own passphrase.</source>
        <translation>Cette phrase secrète n’est pas correcte. La signature exige votre propre phrase secrète.</translation>
    </message>
    <message>
        <source>The police cannot lead a guidance trajectory: choose a social or municipal partner. The police may still take part in the case consultation.</source>
        <translation>La police ne peut pas être partenaire pilote d’un parcours d’accompagnement : choisissez un partenaire social ou communal. La police peut toujours participer à la concertation de cas.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>A data folder already exists there. The demo is only created in an empty folder; remove the old demo folder first or choose another one.</source>
        <translation>Un dossier de données existe déjà à cet emplacement. La démo n’est créée que dans un dossier vide ; supprimez d’abord l’ancien dossier de démonstration ou choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Trajectory details</source>
        <translation>Données du parcours</translation>
    </message>
    <message>
        <source>The lead partner is {lead}: the table chose it. The case manager is someone of the lead partner who is invited to the case.</source>
        <translation>Le partenaire pilote est {lead} : la table l’a choisi. Le gestionnaire de cas est une personne du partenaire pilote invitée au cas.</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(pas encore désigné)</translation>
    </message>
    <message>
        <source>The person&apos;s engagement</source>
        <translation>Engagement de la personne</translation>
    </message>
    <message>
        <source>Evaluate every</source>
        <translation>Évaluer tous les</translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>mois</numerusform>
            <numerusform>mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>CONFIDENTIAL – shared professional secrecy (art. 458ter Criminal Code) – do not copy or pass on</source>
        <translation>CONFIDENTIEL – secret professionnel partagé (art. 458ter C. pén.) – ne pas copier ni transmettre</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>page {page} sur {pages}</translation>
    </message>
    <message>
        <source>printed {moment}</source>
        <translation>imprimé le {moment}</translation>
    </message>
</context>
<context>
    <name>DossierDecisions</name>
    <message>
        <source>No decisions on this case yet. Decisions are taken by consensus at the operational table and signed by the chair.</source>
        <translation>Pas encore de décision sur ce cas. Les décisions sont prises par consensus à la table opérationnelle et signées par le président.</translation>
    </message>
    <message>
        <source>Final: signed</source>
        <translation>Définitive : signée</translation>
    </message>
    <message>
        <source>Meeting of {day}</source>
        <translation>Réunion du {day}</translation>
    </message>
    <message>
        <source>Lead partner: {name}</source>
        <translation>Partenaire pilote : {name}</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>D’accord</translation>
    </message>
    <message>
        <source>Objects: {reason}</source>
        <translation>Objection : {reason}</translation>
    </message>
    <message>
        <source>No position yet</source>
        <translation>Pas encore de position</translation>
    </message>
    <message>
        <source>Signed by {name} on {moment}.</source>
        <translation>Signé par {name} le {moment}.</translation>
    </message>
    <message>
        <source>Corrected by a later decision.</source>
        <translation>Corrigée par une décision ultérieure.</translation>
    </message>
    <message>
        <source>Signature verified ✓ · fingerprint {fingerprint}</source>
        <translation>Signature vérifiée ✓ · empreinte {fingerprint}</translation>
    </message>
    <message>
        <source>WARNING: this decision no longer verifies. {problems}</source>
        <translation>ATTENTION : cette décision ne se vérifie plus. {problems}</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message numerus="yes">
        <source>WARNING: %n signed decision(s) of this case failed verification. See the Decisions tab and run a verification of the database.</source>
        <translation>
            <numerusform>ATTENTION : %n décision signée de ce cas ne se vérifie plus. Voyez l’onglet Décisions et lancez une vérification de la base de données.</numerusform>
            <numerusform>ATTENTION : %n décisions signées de ce cas ne se vérifient plus. Voyez l’onglet Décisions et lancez une vérification de la base de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>not screened yet</source>
        <translation>pas encore examiné</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invité</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>jusqu’au {date}</translation>
    </message>
    <message>
        <source>Action points ({open})</source>
        <translation>Points d’action ({open})</translation>
    </message>
    <message>
        <source>Action points</source>
        <translation>Points d’action</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation>Enregistré comme</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Responsible municipality</source>
        <translation>Commune responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochain suivi</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>non fixé</translation>
    </message>
    <message>
        <source>LTF</source>
        <translation>TFL</translation>
    </message>
    <message>
        <source>asks the LIVC-R for the primary follow-up</source>
        <translation>demande à la CSIL-R d’assurer le suivi principal</translation>
    </message>
    <message>
        <source>Common Database</source>
        <translation>BDC</translation>
    </message>
    <message>
        <source>No notes you may read.</source>
        <translation>Aucune note que vous pouvez lire.</translation>
    </message>
    <message>
        <source>Select the link to end in the list.</source>
        <translation>Sélectionnez dans la liste le lien à clôturer.</translation>
    </message>
    <message>
        <source>Select the invitation to end in the list.</source>
        <translation>Sélectionnez dans la liste l’invitation à laquelle mettre fin.</translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation>← Tous les cas</translation>
    </message>
    <message>
        <source>Screen…</source>
        <translation>Examen préalable…</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Modifier le statut…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <source>Person concerned…</source>
        <translation>Personne concernée…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Suivi…</translation>
    </message>
    <message>
        <source>Municipality…</source>
        <translation>Commune…</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Rédiger une note…</translation>
    </message>
    <message>
        <source>Invite a member…</source>
        <translation>Inviter un membre…</translation>
    </message>
    <message>
        <source>End the selected invitation</source>
        <translation>Mettre fin à l’invitation sélectionnée</translation>
    </message>
    <message>
        <source>Another LIVC-R…</source>
        <translation>Autre CSIL-R…</translation>
    </message>
    <message>
        <source>End the selected link</source>
        <translation>Clôturer le lien sélectionné</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Involved</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Feedback to the LTF</source>
        <translation>Retour à la TFL</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Invited to discuss this case</source>
        <translation>Invités à discuter de ce cas</translation>
    </message>
    <message>
        <source>Other LIVC-Rs discussing the person</source>
        <translation>Autres CSIL-R qui discutent de la personne</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Examen préalable</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>LIVC-R</source>
        <translation>CSIL-R</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>EndRoleDialog</name>
    <message>
        <source>End a role</source>
        <translation>Mettre fin à un rôle</translation>
    </message>
    <message>
        <source>“{role}” is held until the end of the chosen day. It stays in the history.</source>
        <translation>Le rôle « {role} » reste attribué jusqu’à la fin du jour choisi. Il reste visible dans l’historique.</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
</context>
<context>
    <name>Engagement</name>
    <message>
        <source>Not recorded yet</source>
        <translation>Pas encore consigné</translation>
    </message>
    <message>
        <source>Takes part voluntarily</source>
        <translation>Participe volontairement</translation>
    </message>
    <message>
        <source>Hesitant</source>
        <translation>Hésite</translation>
    </message>
    <message>
        <source>Refuses</source>
        <translation>Refuse</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message numerus="yes">
        <source>The person&apos;s identity, notes, signals, summaries, trajectory updates and evaluations, decision wordings and feedback forms of %n case(s) ({codes}) are erased on this laptop.</source>
        <translation>
            <numerusform>L’identité de la personne, les notes, signalements, résumés, mises à jour et évaluations de trajet, les libellés des décisions et les formulaires de retour de %n cas ({codes}) sont effacés sur cet ordinateur.</numerusform>
            <numerusform>L’identité des personnes, les notes, signalements, résumés, mises à jour et évaluations de trajet, les libellés des décisions et les formulaires de retour de %n cas ({codes}) sont effacés sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>{count} de plus</translation>
    </message>
    <message>
        <source>Every other laptop erases them at its next sync; the hub destroys the keys of these cases, so old copies and bundles can no longer be opened; a backup restored later erases them again.</source>
        <translation>Chaque autre ordinateur les efface à sa prochaine synchronisation ; le hub détruit les clés de ces cas, de sorte que les anciennes copies et les lots ne peuvent plus être ouverts ; une sauvegarde restaurée plus tard les efface à nouveau.</translation>
    </message>
    <message>
        <source>What stays: the case codes, municipalities, dates, statuses, reasons and kinds, so the figures still count these cases.</source>
        <translation>Ce qui reste : les codes des cas, les communes, les dates, les statuts, les motifs et les types, de sorte que les chiffres comptent toujours ces cas.</translation>
    </message>
    <message>
        <source>The journal keeps each operation&apos;s place and signature (not its content), and the erasure register gets one entry per case, without a name.</source>
        <translation>Le journal conserve la place et la signature de chaque opération (pas son contenu), et le registre des effacements reçoit une entrée par cas, sans nom.</translation>
    </message>
    <message>
        <source>This case was not found.</source>
        <translation>Ce cas est introuvable.</translation>
    </message>
    <message>
        <source>Choose at least one case to erase.</source>
        <translation>Choisissez au moins un cas à effacer.</translation>
    </message>
    <message>
        <source>Case {code} was erased already, on {day}.</source>
        <translation>Le cas {code} a déjà été effacé, le {day}.</translation>
    </message>
    <message>
        <source>Case {code} has not reached its retention term and has no granted erasure request: it cannot be erased.</source>
        <translation>Le cas {code} n’a pas atteint son délai de conservation et n’a pas de demande d’effacement accordée : il ne peut pas être effacé.</translation>
    </message>
    <message>
        <source>The erasure of case {code} has not been decided: the house rules say the operational table decides, and no signed decision on its proposal exists yet.</source>
        <translation>L’effacement du cas {code} n’a pas été décidé : selon le règlement d’ordre intérieur, la table opérationnelle décide, et aucune décision signée sur la proposition n’existe encore.</translation>
    </message>
    <message>
        <source>The erasure of case {code} has not been confirmed by the data-protection officer, as the house rules require.</source>
        <translation>L’effacement du cas {code} n’a pas été confirmé par le délégué à la protection des données, comme l’exige le règlement d’ordre intérieur.</translation>
    </message>
    <message>
        <source>The house rules say the operational table decides erasures: the data-protection officer&apos;s confirmation is not used.</source>
        <translation>Selon le règlement d’ordre intérieur, la table opérationnelle décide des effacements : la confirmation du délégué à la protection des données n’est pas utilisée.</translation>
    </message>
    <message>
        <source>The erasure of case {code} is confirmed already.</source>
        <translation>L’effacement du cas {code} est déjà confirmé.</translation>
    </message>
</context>
<context>
    <name>ErasureTab</name>
    <message>
        <source>Signed decision of the operational table</source>
        <translation>Décision signée de la table opérationnelle</translation>
    </message>
    <message>
        <source>Coordinator, confirmed by the DPO</source>
        <translation>Coordinateur, confirmé par le DPO</translation>
    </message>
    <message>
        <source>{how}; carried out by {name}</source>
        <translation>{how} ; exécuté par {name}</translation>
    </message>
    <message>
        <source>Granted erasure request</source>
        <translation>Demande d’effacement accordée</translation>
    </message>
    <message>
        <source>Decided by the operational table</source>
        <translation>Décidé par la table opérationnelle</translation>
    </message>
    <message>
        <source>Waiting for the table&apos;s signed decision</source>
        <translation>En attente de la décision signée de la table</translation>
    </message>
    <message>
        <source>Confirmed by the DPO</source>
        <translation>Confirmé par le DPO</translation>
    </message>
    <message>
        <source>Waiting for the DPO&apos;s confirmation</source>
        <translation>En attente de la confirmation du DPO</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n case(s)</source>
        <translation>
            <numerusform>Effacer %n cas</numerusform>
            <numerusform>Effacer %n cas</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Effacement en cours</translation>
    </message>
    <message numerus="yes">
        <source>Erasing %n case(s)…</source>
        <translation>
            <numerusform>Effacement de %n cas…</numerusform>
            <numerusform>Effacement de %n cas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) erased.</source>
        <translation>
            <numerusform>%n cas effacé.</numerusform>
            <numerusform>%n cas effacés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed to the operational table: case {code}.</source>
        <translation>Proposé à la table opérationnelle : cas {code}.</translation>
    </message>
    <message>
        <source>Erasure of case {code} confirmed.</source>
        <translation>Effacement du cas {code} confirmé.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Échu depuis le</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Effacé le</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>the operational table decides each erasure by a signed decision</source>
        <translation>la table opérationnelle décide de chaque effacement par une décision signée</translation>
    </message>
    <message>
        <source>the coordinator decides each erasure with the DPO&apos;s confirmation</source>
        <translation>le coordinateur décide de chaque effacement avec la confirmation du DPO</translation>
    </message>
    <message>
        <source>Cases that reached their retention term, or with a granted erasure request. Under the house rules in force {who}; once decided, the coordinator carries the erasure out here.</source>
        <translation>Cas ayant atteint leur délai de conservation, ou faisant l’objet d’une demande d’effacement accordée. Selon le règlement d’ordre intérieur en vigueur, {who} ; une fois la décision prise, le coordinateur exécute l’effacement ici.</translation>
    </message>
    <message>
        <source>No case is waiting to be erased.</source>
        <translation>Aucun cas n’attend d’être effacé.</translation>
    </message>
    <message>
        <source>Erase the selected cases…</source>
        <translation>Effacer les cas sélectionnés…</translation>
    </message>
    <message>
        <source>Confirm the erasure (DPO)</source>
        <translation>Confirmer l’effacement (DPO)</translation>
    </message>
    <message>
        <source>Propose to the operational table</source>
        <translation>Proposer à la table opérationnelle</translation>
    </message>
    <message>
        <source>For a case with a granted erasure request. A case that reached its retention term is proposed from the tab &quot;Reached their term&quot;.</source>
        <translation>Pour un cas avec une demande d’effacement accordée. Un cas qui a atteint son délai de conservation est proposé depuis l’onglet « Délai atteint ».</translation>
    </message>
    <message>
        <source>Erasure register</source>
        <translation>Registre des effacements</translation>
    </message>
</context>
<context>
    <name>ErasureTopic</name>
    <message>
        <source>Nothing is written on a proposed erasure: the table decides the erasure; what is said about the case belongs in the case.</source>
        <translation>Rien ne s’écrit sur un effacement proposé : la table décide de l’effacement ; ce qui se dit sur le cas a sa place dans le cas.</translation>
    </message>
    <message>
        <source>The wording of an erasure decision is fixed: the table decides the erasure as proposed.</source>
        <translation>Le libellé d’une décision d’effacement est fixe : la table décide de l’effacement tel que proposé.</translation>
    </message>
    <message>
        <source>A proposed erasure is put on the agenda from the retention list, and its title is fixed.</source>
        <translation>Un effacement proposé est mis à l’ordre du jour depuis la liste de conservation, et son titre est fixe.</translation>
    </message>
    <message>
        <source>The operational table decides the erasure as proposed: {topic}.</source>
        <translation>La table opérationnelle décide l’effacement tel que proposé : {topic}.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluation of {code}</source>
        <translation>Évaluation de {code}</translation>
    </message>
    <message>
        <source>Rate every life domain as it stands now, also where things go well. Once recorded the evaluation is not changed; the table decides on your proposal at its next meeting.</source>
        <translation>Évaluez chaque domaine de vie tel qu’il se présente maintenant, y compris là où cela va bien. Une fois enregistrée, l’évaluation n’est plus modifiée ; la table décide de votre proposition lors de sa prochaine réunion.</translation>
    </message>
    <message>
        <source>It was due on {due}.</source>
        <translation>Elle était prévue le {due}.</translation>
    </message>
    <message>
        <source>It is due on {due}.</source>
        <translation>Elle est prévue le {due}.</translation>
    </message>
    <message>
        <source>“Last time” is the evaluation of {day}.</source>
        <translation>« La dernière fois » est l’évaluation du {day}.</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>Every life domain, as it stands now</source>
        <translation>Chaque domaine de vie, tel qu’il se présente maintenant</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Facteurs de protection</translation>
    </message>
    <message>
        <source>What supports the person: people, activities, strengths</source>
        <translation>Ce qui soutient la personne : personnes, activités, forces</translation>
    </message>
    <message>
        <source>Proposal to the table</source>
        <translation>Proposition à la table</translation>
    </message>
    <message>
        <source>Choose a proposal…</source>
        <translation>Choisissez une proposition…</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>EvaluationProposal</name>
    <message>
        <source>Continue the trajectory as it is</source>
        <translation>Poursuivre le parcours tel quel</translation>
    </message>
    <message>
        <source>Adjust the goals or actions</source>
        <translation>Adapter les objectifs ou les actions</translation>
    </message>
    <message>
        <source>Close the trajectory</source>
        <translation>Clôturer le parcours</translation>
    </message>
    <message>
        <source>Refer the case to the LTF</source>
        <translation>Renvoyer le cas vers la TFL</translation>
    </message>
</context>
<context>
    <name>Evaluations</name>
    <message>
        <source>Rate every life domain before recording the evaluation. Still without a rating: {domains}.</source>
        <translation>Évaluez chaque domaine de vie avant d’enregistrer l’évaluation. Encore sans appréciation : {domains}.</translation>
    </message>
    <message>
        <source>The life domain “{domain}” is no longer in use; reopen the form.</source>
        <translation>Le domaine de vie « {domain} » n’est plus utilisé ; rouvrez le formulaire.</translation>
    </message>
    <message>
        <source>Choose what the evaluation proposes to the table.</source>
        <translation>Choisissez ce que l’évaluation propose à la table.</translation>
    </message>
    <message>
        <source>Explain the proposal in a few sentences for the table.</source>
        <translation>Expliquez la proposition en quelques phrases pour la table.</translation>
    </message>
    <message>
        <source>A note on a life domain may be at most {maximum} characters.</source>
        <translation>Une note sur un domaine de vie peut compter au maximum {maximum} caractères.</translation>
    </message>
    <message>
        <source>This text may be at most {maximum} characters.</source>
        <translation>Ce texte peut compter au maximum {maximum} caractères.</translation>
    </message>
    <message>
        <source>The date of the evaluation cannot be in the future.</source>
        <translation>La date de l’évaluation ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The trajectory started on {start}; an evaluation cannot be dated before it.</source>
        <translation>Le parcours a commencé le {start} ; une évaluation ne peut pas être datée d’avant.</translation>
    </message>
</context>
<context>
    <name>EvaluationsSection</name>
    <message>
        <source>decided on {day}</source>
        <translation>décidé le {day}</translation>
    </message>
    <message>
        <source>waiting for the table</source>
        <translation>en attente de la table</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Proposal to the table</source>
        <translation>Proposition à la table</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Facteurs de protection</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>The table&apos;s decision</source>
        <translation>Décision de la table</translation>
    </message>
    <message>
        <source>Record an evaluation…</source>
        <translation>Enregistrer une évaluation…</translation>
    </message>
    <message numerus="yes">
        <source>The next evaluation is due on {day}; after that, one every %n month(s).</source>
        <translation>
            <numerusform>La prochaine évaluation est prévue le {day} ; ensuite, une tous les %n mois.</numerusform>
            <numerusform>La prochaine évaluation est prévue le {day} ; ensuite, une tous les %n mois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export changes for a laptop without a network</source>
        <translation>Exporter les modifications pour un ordinateur portable sans réseau</translation>
    </message>
    <message>
        <source>The bundle holds the changes that member&apos;s laptop does not have yet, and only what that member may see. It is encrypted for their laptop and signed by this one: carry it on a USB stick or leave it in a shared folder, and import it there with “Import changes…”.</source>
        <translation>Le paquet contient les modifications que l’ordinateur portable de ce membre n’a pas encore, et uniquement ce que ce membre peut voir. Il est chiffré pour son ordinateur portable et signé par celui-ci : transportez-le sur une clé USB ou déposez-le dans un dossier partagé, puis importez-le là-bas avec « Importer des modifications… ».</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>FeedbackArea</name>
    <message>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <source>signed: {name}</source>
        <translation>signée : {name}</translation>
    </message>
    <message>
        <source>Select a form in the list first.</source>
        <translation>Sélectionnez d’abord une fiche dans la liste.</translation>
    </message>
    <message>
        <source>register-ltf-{date}.csv</source>
        <translation>registre-tfl-{date}.csv</translation>
    </message>
    <message>
        <source>Feedback to the LTF</source>
        <translation>Retour à la TFL</translation>
    </message>
    <message>
        <source>The only channel from the LIVC-R to the police: a form goes to the LTF only after the consensus of every effective participant, signed by the chair, and never with what was shared under professional secrecy.</source>
        <translation>Le seul canal de la CSIL-R vers la police : une fiche n’est transmise à la TFL qu’après le consensus de chaque membre participant effectivement, signée par le président, et jamais avec ce qui a été partagé sous le secret professionnel.</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) exported.</source>
        <translation>
            <numerusform>%n fiche exportée.</numerusform>
            <numerusform>%n fiches exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>To hand over</source>
        <translation>À remettre</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>For the LTF</source>
        <translation>Pour la TFL</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Aperçu et impression…</translation>
    </message>
    <message>
        <source>Handed to the LTF…</source>
        <translation>Remise à la TFL…</translation>
    </message>
    <message>
        <source>Answer of the LTF…</source>
        <translation>Réponse de la TFL…</translation>
    </message>
    <message>
        <source>Only you, as Information Officer, record the hand-over and the LTF&apos;s answer. Record only unclassified information.</source>
        <translation>Vous seul, en tant qu’Information Officer, enregistrez la remise et la réponse de la TFL. N’enregistrez que des informations non classifiées.</translation>
    </message>
    <message>
        <source>Register of what flowed</source>
        <translation>Registre de ce qui a été transmis</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Export (CSV)…</source>
        <translation>Exporter (CSV)…</translation>
    </message>
    <message>
        <source>Hand-overs to other LIVC-Rs</source>
        <translation>Transferts vers d’autres CSIL-R</translation>
    </message>
</context>
<context>
    <name>FeedbackComposer</name>
    <message>
        <source>Feedback form no. {number} to the LTF – {code}</source>
        <translation>Fiche de retour n° {number} à la TFL – {code}</translation>
    </message>
    <message>
        <source>Before the table can approve this form:</source>
        <translation>Avant que la table puisse approuver cette fiche :</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The approval is put to the table. The form is approved once every effective participant agrees and the chair signs the decision in the meeting.</source>
        <translation>L’approbation est soumise à la table. La fiche est approuvée dès que chaque membre participant effectivement marque son accord et que le président signe la décision en réunion.</translation>
    </message>
    <message numerus="yes">
        <source>Confidential information is repeated in %n text(s) (marked ⚠).</source>
        <translation>
            <numerusform>%n texte recoupe des informations confidentielles (marqué ⚠).</numerusform>
            <numerusform>%n textes recoupent des informations confidentielles (marqués ⚠).</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback form to the LTF</source>
        <translation>Fiche de retour à la TFL</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Langue de la fiche</translation>
    </message>
    <message>
        <source>For the LTF</source>
        <translation>Pour la TFL</translation>
    </message>
    <message>
        <source>Reference known to the LTF</source>
        <translation>Référence connue de la TFL</translation>
    </message>
    <message>
        <source>Consultations concerned</source>
        <translation>Concertations concernées</translation>
    </message>
    <message>
        <source>Followed up in the LIVC-R</source>
        <translation>Suivi au sein de la CSIL-R</translation>
    </message>
    <message>
        <source>Guidance trajectory started</source>
        <translation>Parcours d’accompagnement lancé</translation>
    </message>
    <message>
        <source>Kind of service carrying it</source>
        <translation>Type de service qui le porte</translation>
    </message>
    <message>
        <source>Save the details</source>
        <translation>Enregistrer les données</translation>
    </message>
    <message>
        <source>✓ What flows to the LTF</source>
        <translation>✓ Ce qui est transmis à la TFL</translation>
    </message>
    <message>
        <source>✗ What does NOT flow to the LTF</source>
        <translation>✗ Ce qui n’est PAS transmis à la TFL</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Raison du renvoi</translation>
    </message>
    <message>
        <source>Information the table shares (one item each)</source>
        <translation>Informations que la table partage (un point par information)</translation>
    </message>
    <message>
        <source>Always on the form: the table can add to this list, never remove from it.</source>
        <translation>Toujours sur la fiche : la table peut compléter cette liste, jamais la réduire.</translation>
    </message>
    <message>
        <source>Also kept back</source>
        <translation>Également non transmis</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Put to the table for approval</source>
        <translation>Soumettre à la table pour approbation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <source>Referral of the case to the LTF</source>
        <translation>Renvoi du cas vers la TFL</translation>
    </message>
    <message>
        <source>Report back on a case the LTF passed to the LIVC-R</source>
        <translation>Retour sur un cas que la TFL a transmis à la CSIL-R</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The content of the case consultation covered by shared professional secrecy (art. 458ter Criminal Code)</source>
        <translation>Le contenu de la concertation de cas couvert par le secret professionnel partagé (art. 458ter C. pén.)</translation>
    </message>
    <message>
        <source>The updates and evaluations of the guidance trajectory</source>
        <translation>Les comptes rendus de suivi et les évaluations du parcours d’accompagnement</translation>
    </message>
    <message>
        <source>The notes of the partners and of the LIVC-R</source>
        <translation>Les notes des partenaires et de la CSIL-R</translation>
    </message>
    <message>
        <source>The identity of the person or service that signalled the concern</source>
        <translation>L’identité de la personne ou du service qui a signalé la préoccupation</translation>
    </message>
    <message>
        <source>Write the text of the item.</source>
        <translation>Rédigez le texte du point.</translation>
    </message>
    <message>
        <source>An item may be at most {maximum} characters: split it into separate items.</source>
        <translation>Un point compte au maximum {maximum} caractères : scindez-le en points distincts.</translation>
    </message>
    <message>
        <source>The name of the LTF is too long.</source>
        <translation>Le nom de la TFL est trop long.</translation>
    </message>
    <message>
        <source>The reference may be at most {maximum} characters.</source>
        <translation>La référence compte au maximum {maximum} caractères.</translation>
    </message>
    <message>
        <source>A consultation date cannot be in the future.</source>
        <translation>Une date de concertation ne peut pas se situer dans le futur.</translation>
    </message>
    <message>
        <source>A form names at most {maximum} consultation dates.</source>
        <translation>Une fiche mentionne au maximum {maximum} dates de concertation.</translation>
    </message>
    <message>
        <source>A feedback form is written in Dutch, French or German.</source>
        <translation>Une fiche de retour est rédigée en néerlandais, en français ou en allemand.</translation>
    </message>
    <message>
        <source>The feedback form cannot be printed in {language}: {count} of its texts are not yet translated into that language. Choose another language for the form, or have the translation completed first.</source>
        <translation>La fiche de retour ne peut pas être imprimée dans la langue {language} : {count} de ses textes ne sont pas encore traduits dans cette langue. Choisissez une autre langue pour la fiche ou faites d’abord compléter la traduction.</translation>
    </message>
    <message>
        <source>Name the kind of service only when a guidance trajectory was started.</source>
        <translation>N’indiquez le type de service que si un parcours d’accompagnement a été lancé.</translation>
    </message>
    <message>
        <source>Name the LTF the form is for.</source>
        <translation>Indiquez à quelle TFL la fiche est destinée.</translation>
    </message>
    <message>
        <source>Give the reference by which the LTF knows the person.</source>
        <translation>Indiquez la référence sous laquelle la TFL connaît la personne.</translation>
    </message>
    <message>
        <source>Give the date of at least one consultation.</source>
        <translation>Indiquez la date d’au moins une concertation.</translation>
    </message>
    <message>
        <source>Give the reason for the referral.</source>
        <translation>Indiquez la raison du renvoi.</translation>
    </message>
    <message>
        <source>State whether the case is followed up in the LIVC-R.</source>
        <translation>Indiquez si le cas est suivi au sein de la CSIL-R.</translation>
    </message>
    <message>
        <source>State which kind of service carries the guidance trajectory.</source>
        <translation>Indiquez quel type de service porte le parcours d’accompagnement.</translation>
    </message>
    <message>
        <source>This feedback form does not exist.</source>
        <translation>Cette fiche de retour n’existe pas.</translation>
    </message>
    <message>
        <source>Your role does not allow you to see or change this feedback form.</source>
        <translation>Votre rôle ne vous permet pas de consulter ou de modifier cette fiche de retour.</translation>
    </message>
    <message>
        <source>Choose an existing feedback form of this case.</source>
        <translation>Choisissez une fiche de retour existante de ce cas.</translation>
    </message>
    <message>
        <source>This feedback form belongs to another case; approve it on that case&apos;s item.</source>
        <translation>Cette fiche de retour appartient à un autre cas ; approuvez-la au point de l’ordre du jour de ce cas.</translation>
    </message>
    <message>
        <source>This feedback form is “{status}”: only a draft can be approved. A change means a new version and a new consensus.</source>
        <translation>Cette fiche de retour est « {status} » : seul un projet peut être approuvé. Une modification exige une nouvelle version et un nouveau consensus.</translation>
    </message>
    <message>
        <source>The feedback form is not ready for approval: {missing}</source>
        <translation>La fiche de retour n’est pas prête pour l’approbation : {missing}</translation>
    </message>
    <message numerus="yes">
        <source>Confidential information is repeated in %n text(s) of the feedback form. Remove the passages or confirm they are not covered by professional secrecy before the table approves the form.</source>
        <translation>
            <numerusform>%n texte de la fiche de retour recoupe des informations confidentielles. Supprimez les passages ou confirmez qu’ils ne sont pas couverts par le secret professionnel avant que la table n’approuve la fiche.</numerusform>
            <numerusform>%n textes de la fiche de retour recoupent des informations confidentielles. Supprimez les passages ou confirmez qu’ils ne sont pas couverts par le secret professionnel avant que la table n’approuve la fiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>A feedback form is approved only with the agreement of every effective participant.</source>
        <translation>Une fiche de retour n’est approuvée qu’avec l’accord de chaque membre participant effectivement.</translation>
    </message>
    <message>
        <source>Form no. {number} ({purpose})</source>
        <translation>Fiche n° {number} ({purpose})</translation>
    </message>
    <message>
        <source>This feedback form is “{status}” and can no longer change. A change means a new version, approved again by consensus.</source>
        <translation>Cette fiche de retour est « {status} » et ne peut plus changer. Une modification exige une nouvelle version, à nouveau approuvée par consensus.</translation>
    </message>
    <message>
        <source>This item is not on the form any more.</source>
        <translation>Ce point ne figure plus sur la fiche.</translation>
    </message>
    <message>
        <source>Only an approved form gets a new version; change the draft itself instead.</source>
        <translation>Seule une fiche approuvée reçoit une nouvelle version ; sinon, modifiez le projet lui-même.</translation>
    </message>
    <message>
        <source>A new version of this form is already being drafted.</source>
        <translation>Une nouvelle version de cette fiche est déjà en cours de rédaction.</translation>
    </message>
    <message>
        <source>The case is not on the agenda of a meeting that is running: the table approves a form during its meeting.</source>
        <translation>Le cas n’est pas à l’ordre du jour d’une réunion en cours : la table approuve une fiche pendant sa réunion.</translation>
    </message>
    <message>
        <source>Approve feedback form no. {number} to the LTF ({purpose}).</source>
        <translation>Approbation de la fiche de retour n° {number} à la TFL ({purpose}).</translation>
    </message>
    <message>
        <source>Feedback form no. {number} of case {code} no longer matches what the table approved.</source>
        <translation>La fiche de retour n° {number} du cas {code} ne correspond plus à ce que la table a approuvé.</translation>
    </message>
</context>
<context>
    <name>FeedbackHandOver</name>
    <message>
        <source>Form no. {number} of {code} is recorded as handed to {ltf} on {day}.</source>
        <translation>La fiche n° {number} de {code} est enregistrée comme remise à {ltf} le {day}.</translation>
    </message>
    <message>
        <source>The register of what flowed to the LTF keeps it for good; the form can no longer be withdrawn or replaced.</source>
        <translation>Le registre de ce qui a été transmis à la TFL le conserve définitivement ; la fiche ne peut plus être retirée ni remplacée.</translation>
    </message>
    <message>
        <source>Form no. {number} of {code} is withdrawn: it stays on record, and can no longer be changed, approved or handed to the LTF.</source>
        <translation>La fiche n° {number} de {code} est retirée : elle reste enregistrée et ne peut plus être modifiée, approuvée ni remise à la TFL.</translation>
    </message>
    <message>
        <source>Enter to which LTF the form was handed.</source>
        <translation>Indiquez à quelle TFL la fiche a été remise.</translation>
    </message>
    <message>
        <source>The answer of the LTF can be recorded when it comes.</source>
        <translation>La réponse de la TFL pourra être enregistrée dès qu’elle arrive.</translation>
    </message>
</context>
<context>
    <name>FeedbackPdf</name>
    <message>
        <source>LIVC-R</source>
        <translation>CSIL-R</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>For the LTF</source>
        <translation>Pour la TFL</translation>
    </message>
    <message>
        <source>Reference known to the LTF</source>
        <translation>Référence connue de la TFL</translation>
    </message>
    <message>
        <source>Case code of the LIVC-R</source>
        <translation>Code du cas à la CSIL-R</translation>
    </message>
    <message>
        <source>Category in the Common Database (as shared by the IO)</source>
        <translation>Catégorie dans la BDC (telle que partagée par l’IO)</translation>
    </message>
    <message>
        <source>Consultations concerned</source>
        <translation>Concertations concernées</translation>
    </message>
    <message>
        <source>no. {number}</source>
        <translation>n° {number}</translation>
    </message>
    <message>
        <source>replaces an earlier version of this form</source>
        <translation>remplace une version antérieure de cette fiche</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>The case is referred to the LTF</source>
        <translation>Le cas est renvoyé vers la TFL</translation>
    </message>
    <message>
        <source>The case is followed up in the LIVC-R</source>
        <translation>Le cas est suivi au sein de la CSIL-R</translation>
    </message>
    <message>
        <source>The follow-up in the LIVC-R is stopped</source>
        <translation>Le suivi au sein de la CSIL-R est arrêté</translation>
    </message>
    <message>
        <source>A personalised guidance trajectory is started</source>
        <translation>Un parcours d’accompagnement personnalisé est lancé</translation>
    </message>
    <message>
        <source>The guidance trajectory is evaluated</source>
        <translation>Le parcours d’accompagnement est évalué</translation>
    </message>
    <message>
        <source>The case is closed in the LIVC-R</source>
        <translation>Le cas est clôturé au sein de la CSIL-R</translation>
    </message>
    <message>
        <source>Another decision of the table</source>
        <translation>Une autre décision de la table</translation>
    </message>
    <message>
        <source>Decisions of the table</source>
        <translation>Décisions de la table</translation>
    </message>
    <message>
        <source>What the table decided</source>
        <translation>Ce que la table a décidé</translation>
    </message>
    <message>
        <source>The case is followed up in the LIVC-R: {answer}</source>
        <translation>Le cas est suivi au sein de la CSIL-R : {answer}</translation>
    </message>
    <message>
        <source>yes, carried by: {service}</source>
        <translation>oui, porté par : {service}</translation>
    </message>
    <message>
        <source>A personalised guidance trajectory was started: {answer}</source>
        <translation>Un parcours d’accompagnement personnalisé a été lancé : {answer}</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Raison du renvoi</translation>
    </message>
    <message>
        <source>Information the table shares</source>
        <translation>Informations que la table partage</translation>
    </message>
    <message>
        <source>No further information is shared.</source>
        <translation>Aucune autre information n’est partagée.</translation>
    </message>
    <message>
        <source>✓  What flows to the LTF</source>
        <translation>✓  Ce qui est transmis à la TFL</translation>
    </message>
    <message>
        <source>This information stays within the LIVC-R under shared professional secrecy (art. 458ter Criminal Code).</source>
        <translation>Ces informations restent au sein de la CSIL-R sous le secret professionnel partagé (art. 458ter C. pén.).</translation>
    </message>
    <message>
        <source>✗  What does NOT flow to the LTF</source>
        <translation>✗  Ce qui n’est PAS transmis à la TFL</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>by consensus of all {count} effectively participating members, on {date}</source>
        <translation>par consensus de tous les {count} membres participant effectivement, le {date}</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signée par</translation>
    </message>
    <message>
        <source>Signature fingerprint</source>
        <translation>Empreinte de la signature</translation>
    </message>
    <message>
        <source>Content hash (SHA-256)</source>
        <translation>Empreinte du contenu (SHA-256)</translation>
    </message>
    <message>
        <source>The hash identifies the approved content: any change to the form gives another hash. A change after approval is a new form, approved again by consensus.</source>
        <translation>L’empreinte identifie le contenu approuvé : toute modification de la fiche donne une autre empreinte. Une modification après approbation est une nouvelle fiche, à nouveau approuvée par consensus.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Feedback form to the LTF</source>
        <translation>Fiche de retour à la TFL</translation>
    </message>
    <message>
        <source>DRAFT – not approved by the table. This form may not be passed on to the LTF.</source>
        <translation>PROJET – non approuvé par la table. Cette fiche ne peut pas être transmise à la TFL.</translation>
    </message>
    <message>
        <source>Under art. 458ter §2 of the Criminal Code and the law of 30 July 2018 on the LIVC-R, a feedback form goes to the LTF only after the consensus of all members who effectively took part in the consultation, and it contains no information covered by professional secrecy that was revealed during the consultation.</source>
        <translation>Conformément à l’art. 458ter §2 C. pén. et à la loi du 30 juillet 2018 relative aux CSIL-R, une fiche de retour n’est transmise à la TFL qu’après le consensus de tous les membres ayant effectivement participé à la concertation, et elle ne contient aucune information couverte par le secret professionnel révélée pendant la concertation.</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>PROJET</translation>
    </message>
</context>
<context>
    <name>FeedbackPreview</name>
    <message>
        <source>The form could not be shown.</source>
        <translation>La fiche n’a pas pu être affichée.</translation>
    </message>
    <message>
        <source>feedback-form-{code}-{number}-{language}.pdf</source>
        <translation>fiche-de-retour-{code}-{number}-{language}.pdf</translation>
    </message>
    <message>
        <source>Feedback form – preview</source>
        <translation>Fiche de retour – aperçu</translation>
    </message>
    <message>
        <source>Making the form…</source>
        <translation>Préparation de la fiche…</translation>
    </message>
    <message numerus="yes">
        <source>Form no. {number} in {language}, %n page(s), as the LTF reads it.</source>
        <translation>
            <numerusform>Fiche n° {number}, langue : {language}, %n page, telle que la TFL la lit.</numerusform>
            <numerusform>Fiche n° {number}, langue : {language}, %n pages, telle que la TFL la lit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Plus petit</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FeedbackSection</name>
    <message>
        <source>Select a form in the list first.</source>
        <translation>Sélectionnez d’abord une fiche dans la liste.</translation>
    </message>
    <message>
        <source>Only a draft can be withdrawn.</source>
        <translation>Seul un projet peut être retiré.</translation>
    </message>
    <message>
        <source>A signed decision of the table opens a form; the table approves it by consensus, and only the Information Officer hands it to the LTF.</source>
        <translation>Une décision signée de la table ouvre une fiche ; la table l’approuve par consensus, et seul l’Information Officer la remet à la TFL.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Nouvelle version…</translation>
    </message>
    <message>
        <source>Withdraw the draft</source>
        <translation>Retirer le projet</translation>
    </message>
</context>
<context>
    <name>FigureSection</name>
    <message>
        <source>Signals</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Guidance trajectories</source>
        <translation>Parcours d’accompagnement</translation>
    </message>
    <message>
        <source>Decisions and the LTF</source>
        <translation>Décisions et la TFL</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Hidden counts (“&lt; {threshold}” and “x”) are left out of the chart; the table shows where they are.</source>
        <translation>Les nombres masqués (« &lt; {threshold} » et « x ») ne figurent pas dans le graphique ; le tableau montre où ils se trouvent.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>In a table of days, x also stands for a duration worked out from fewer than {threshold} signals or cases.</source>
        <translation>Dans un tableau en jours, x désigne aussi une durée calculée sur moins de {threshold} signalements ou cas.</translation>
    </message>
    <message>
        <source>x: hidden so that a count below {threshold} cannot be worked out from the others.</source>
        <translation>x : masqué afin qu’un nombre inférieur à {threshold} ne puisse pas être déduit des autres.</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <source>x: hidden so that a small count cannot be worked out, or a median of too few values.</source>
        <translation>x : masqué pour qu’un petit nombre ne puisse pas être déduit, ou médiane de trop peu de valeurs.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The threshold for small counts must be a whole number from {low} to {high}.</source>
        <translation>Le seuil des petits nombres doit être un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>The meeting interval must be a whole number of months from 1 to {high}.</source>
        <translation>L’intervalle entre les réunions doit être un nombre entier de mois de 1 à {high}.</translation>
    </message>
    <message>
        <source>This municipality is not one of the LIVC-R&apos;s.</source>
        <translation>Cette commune ne fait pas partie de la CSIL-R.</translation>
    </message>
    <message>
        <source>The operational table has not met for more than {months} months (last meeting: {last}).</source>
        <translation>La table opérationnelle ne s’est plus réunie depuis plus de {months} mois (dernière réunion : {last}).</translation>
    </message>
    <message>
        <source>Some counts are hidden as well: with the figures of {start} – {end} shown before, the difference would reveal a count below the threshold.</source>
        <translation>D’autres nombres sont également masqués : avec les chiffres du {start} au {end} affichés auparavant, la différence révélerait un nombre inférieur au seuil.</translation>
    </message>
    <message>
        <source>Some counts are hidden as well: with the figures of {start} – {end} and of other periods shown before, the differences would reveal a count below the threshold.</source>
        <translation>D’autres nombres sont également masqués : avec les chiffres du {start} au {end} et d’autres périodes affichés auparavant, les différences révéleraient un nombre inférieur au seuil.</translation>
    </message>
    <message>
        <source>Some counts are hidden as well: the figures of this period were shown before with other counts, and the difference would reveal a count below the threshold.</source>
        <translation>D’autres nombres sont également masqués : les chiffres de cette période ont déjà été affichés avec d’autres nombres, et la différence révélerait un nombre inférieur au seuil.</translation>
    </message>
    <message>
        <source>The operational table has not met in the last {months} months.</source>
        <translation>La table opérationnelle ne s’est pas réunie au cours des {months} derniers mois.</translation>
    </message>
    <message>
        <source>Became a case of the table</source>
        <translation>Devenu un cas de la table</translation>
    </message>
    <message>
        <source>Not screened yet</source>
        <translation>Pas encore examiné</translation>
    </message>
    <message>
        <source>Signals received, by who signalled them</source>
        <translation>Signalements reçus, selon qui les a signalés</translation>
    </message>
    <message>
        <source>Signals received, and how many became cases</source>
        <translation>Signalements reçus, et combien sont devenus des cas</translation>
    </message>
    <message>
        <source>What the screening made of them by the end of the period.</source>
        <translation>Ce que l’examen en a fait à la fin de la période.</translation>
    </message>
    <message>
        <source>Signals received per month</source>
        <translation>Signalements reçus par mois</translation>
    </message>
    <message>
        <source>Days from the signal to its first discussion at the table</source>
        <translation>Jours entre le signalement et sa première discussion à la table</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>First quartile</source>
        <translation>Premier quartile</translation>
    </message>
    <message>
        <source>Third quartile</source>
        <translation>Troisième quartile</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Half of the signals waited less than the median; half of them between the first and the third quartile. Not shown when fewer signals than the threshold were discussed.</source>
        <translation>La moitié des signalements a attendu moins que la médiane ; la moitié entre le premier et le troisième quartile. Non affiché si moins de signalements que le seuil ont été discutés.</translation>
    </message>
    <message>
        <source>Open then, closed since</source>
        <translation>Ouvert alors, clôturé depuis</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturés</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouverts</translation>
    </message>
    <message>
        <source>Open and not discussed for 12 months</source>
        <translation>Ouverts et non discutés depuis 12 mois</translation>
    </message>
    <message>
        <source>Cases in hand during the period, by status at its end</source>
        <translation>Cas traités pendant la période, selon leur statut à la fin de celle-ci</translation>
    </message>
    <message>
        <source>Every case opened by the end of the period and not closed before it began; closed: closed during the period.</source>
        <translation>Chaque cas ouvert avant la fin de la période et non clôturé avant son début ; clôturés : clôturés pendant la période.</translation>
    </message>
    <message>
        <source>Cases opened, closed and reopened</source>
        <translation>Cas ouverts, clôturés et rouverts</translation>
    </message>
    <message>
        <source>Every case should be discussed at least once a year: the last row counts open cases the operational table has not discussed for 12 months.</source>
        <translation>Chaque cas devrait être discuté au moins une fois par an : la dernière ligne compte les cas ouverts que la table opérationnelle n’a pas discutés depuis 12 mois.</translation>
    </message>
    <message>
        <source>Cases opened per month</source>
        <translation>Cas ouverts par mois</translation>
    </message>
    <message>
        <source>Signals received per quarter</source>
        <translation>Signalements reçus par trimestre</translation>
    </message>
    <message>
        <source>Signals received per year</source>
        <translation>Signalements reçus par an</translation>
    </message>
    <message>
        <source>Cases opened per quarter</source>
        <translation>Cas ouverts par trimestre</translation>
    </message>
    <message>
        <source>Cases opened per year</source>
        <translation>Cas ouverts par an</translation>
    </message>
    <message>
        <source>Cases closed, by reason</source>
        <translation>Cas clôturés, selon le motif</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencés</translation>
    </message>
    <message>
        <source>Running at the end of the period</source>
        <translation>En cours à la fin de la période</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Evaluations held</source>
        <translation>Évaluations réalisées</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Amélioré</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Détérioré</translation>
    </message>
    <message>
        <source>Guidance trajectories and evaluations</source>
        <translation>Parcours d’accompagnement et évaluations</translation>
    </message>
    <message>
        <source>Guidance trajectories ended, by outcome</source>
        <translation>Parcours d’accompagnement terminés, selon l’issue</translation>
    </message>
    <message>
        <source>Guidance trajectories started, by kind of lead service</source>
        <translation>Parcours d’accompagnement commencés, selon le type de service pilote</translation>
    </message>
    <message>
        <source>How the life domains moved between two evaluations</source>
        <translation>Évolution des domaines de vie entre deux évaluations</translation>
    </message>
    <message>
        <source>Each life domain rated at an evaluation of the period, compared with the evaluation before it; never shown per person, nor for fewer people than the threshold.</source>
        <translation>Chaque domaine de vie évalué lors d’une évaluation de la période, comparé à l’évaluation précédente ; jamais affiché par personne, ni pour moins de personnes que le seuil.</translation>
    </message>
    <message>
        <source>Consensus on the first proposal</source>
        <translation>Consensus sur la première proposition</translation>
    </message>
    <message>
        <source>Consensus after rewording</source>
        <translation>Consensus après reformulation</translation>
    </message>
    <message>
        <source>Cases referred to the LTF</source>
        <translation>Cas renvoyés à la TFL</translation>
    </message>
    <message>
        <source>Feedback forms approved</source>
        <translation>Fiches de retour approuvées</translation>
    </message>
    <message>
        <source>Feedback forms handed over</source>
        <translation>Fiches de retour remises</translation>
    </message>
    <message>
        <source>Cases the LTF passed to the LIVC-R</source>
        <translation>Cas transmis par la TFL à la CSIL-R</translation>
    </message>
    <message>
        <source>Decisions signed, by kind</source>
        <translation>Décisions signées, par type</translation>
    </message>
    <message>
        <source>How consensus was reached</source>
        <translation>Comment le consensus a été atteint</translation>
    </message>
    <message>
        <source>Referrals and feedback to the LTF</source>
        <translation>Renvois et retours vers la TFL</translation>
    </message>
    <message>
        <source>Operational table</source>
        <translation>Table opérationnelle</translation>
    </message>
    <message>
        <source>Strategic table</source>
        <translation>Table stratégique</translation>
    </message>
    <message>
        <source>For the whole LIVC-R: the tables meet for every municipality together.</source>
        <translation>Pour toute la CSIL-R : les tables se réunissent pour toutes les communes ensemble.</translation>
    </message>
    <message>
        <source>Meetings held and items discussed</source>
        <translation>Réunions tenues et points discutés</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Réunions tenues</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l’ordre du jour</translation>
    </message>
    <message>
        <source>Agenda items per meeting of the operational table</source>
        <translation>Points de l’ordre du jour par réunion de la table opérationnelle</translation>
    </message>
    <message>
        <source>items</source>
        <translation>points</translation>
    </message>
    <message>
        <source>For the whole LIVC-R; not shown when the table met fewer times than the threshold.</source>
        <translation>Pour toute la CSIL-R ; non affiché si la table s’est réunie moins de fois que le seuil.</translation>
    </message>
    <message>
        <source>Attendance at the meetings held, per organisation</source>
        <translation>Présence aux réunions tenues, par organisation</translation>
    </message>
    <message>
        <source>How many times someone of the organisation was present, excused or absent; never who.</source>
        <translation>Combien de fois quelqu’un de l’organisation était présent, excusé ou absent ; jamais qui.</translation>
    </message>
    <message>
        <source>No municipality of this LIVC-R is called “{name}”. Choose one of: {names}.</source>
        <translation>Aucune commune de cette CSIL-R ne s’appelle « {name} ». Choisissez parmi : {names}.</translation>
    </message>
    <message>
        <source>The year must be between 2000 and 2999.</source>
        <translation>L’année doit être comprise entre 2000 et 2999.</translation>
    </message>
    <message>
        <source>Counts below {threshold} are shown as “&lt; {threshold}”, and some other counts are hidden as well so that no hidden count can be worked out or narrowed down from totals, other figures or figures of other periods shown before.</source>
        <translation>Les nombres inférieurs à {threshold} sont affichés « &lt; {threshold} », et d’autres nombres sont également masqués afin qu’aucun nombre masqué ne puisse être déduit ni cerné à partir des totaux, d’autres chiffres ou des chiffres d’autres périodes affichés auparavant.</translation>
    </message>
</context>
<context>
    <name>FiguresArea</name>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Anonymised figures of the LIVC-R for the strategic table: counts only, never a person or a case. Small counts are hidden so that nobody can be recognised.</source>
        <translation>Chiffres anonymisés de la CSIL-R pour la table stratégique : uniquement des nombres, jamais une personne ni un cas. Les petits nombres sont masqués afin que personne ne puisse être reconnu.</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>Exporter les chiffres</translation>
    </message>
    <message>
        <source>Save the yearly report</source>
        <translation>Enregistrer le rapport annuel</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <source>The strategic table approved the yearly report of {year}: the report prints the figures as they were at the approval, these are computed now.</source>
        <translation>La table stratégique a approuvé le rapport annuel {year} : le rapport imprime les chiffres tels qu’ils étaient lors de l’approbation, ceux-ci sont calculés maintenant.</translation>
    </message>
    <message>
        <source>figures-{start}-{end}.csv</source>
        <translation>chiffres-{start}-{end}.csv</translation>
    </message>
    <message>
        <source>yearly-report-{year}-{language}.pdf</source>
        <translation>rapport-annuel-{year}-{language}.pdf</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Enregistré sous {file}.</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another folder and try again.</source>
        <translation>Le fichier n’a pas pu être écrit. Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>The yearly report of {year} was approved: its texts can no longer be changed.</source>
        <translation>Le rapport annuel {year} a été approuvé : ses textes ne peuvent plus être modifiés.</translation>
    </message>
    <message>
        <source>The texts of {year} were saved.</source>
        <translation>Les textes de {year} ont été enregistrés.</translation>
    </message>
    <message>
        <source>Texts of the year…</source>
        <translation>Textes de l’année…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Yearly report…</source>
        <translation>Rapport annuel…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Type both days of the period.</source>
        <translation>Saisissez les deux jours de la période.</translation>
    </message>
</context>
<context>
    <name>FiguresSettingsPage</name>
    <message>
        <source>Hide counts below:</source>
        <translation>Masquer les nombres inférieurs à :</translation>
    </message>
    <message>
        <source>Warn when the operational table has not met for:</source>
        <translation>Avertir si la table opérationnelle ne s’est pas réunie depuis :</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>The strategic table&apos;s figures show no count below this threshold (at least 3), and hide other counts where they would let a small one be worked out.</source>
        <translation>Les chiffres de la table stratégique n’affichent aucun nombre inférieur à ce seuil (au moins 3) et masquent d’autres nombres lorsqu’ils permettraient de déduire un petit nombre.</translation>
    </message>
    <message>
        <source>Set by the house rules (version %1) that are in force: a change goes through a new version adopted by the strategic table.</source>
        <translation>Fixé par le règlement d’ordre intérieur en vigueur (version %1) : une modification passe par une nouvelle version adoptée par la table stratégique.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the settings of the figures.</source>
        <translation>Seul un coordinateur peut modifier les paramètres des chiffres.</translation>
    </message>
</context>
<context>
    <name>FinalStepDialog</name>
    <message>
        <source>I understand that this becomes final with these parts missing.</source>
        <translation>Je comprends que cela devient définitif alors que ces éléments manquent.</translation>
    </message>
</context>
<context>
    <name>FinalStepPanel</name>
    <message>
        <source>Do this first</source>
        <translation>À faire d’abord</translation>
    </message>
    <message>
        <source>This becomes final and cannot be undone</source>
        <translation>Ceci devient définitif et ne peut pas être annulé</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Manque encore</translation>
    </message>
    <message>
        <source>Still possible afterwards</source>
        <translation>Encore possible ensuite</translation>
    </message>
</context>
<context>
    <name>FingerprintPage</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Syncing… {count} of {total} changes received</source>
        <translation>Synchronisation… {count} modifications reçues sur {total}</translation>
    </message>
    <message>
        <source>This laptop is synced. Finish, and sign in with your passphrase.</source>
        <translation>Cet ordinateur est synchronisé. Terminez, puis connectez-vous avec votre phrase secrète.</translation>
    </message>
    <message>
        <source>The sync failed: {reason}</source>
        <translation>La synchronisation a échoué : {reason}</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint</source>
        <translation>L’empreinte de cet ordinateur</translation>
    </message>
    <message>
        <source>The coordinator approves the laptop by this fingerprint.</source>
        <translation>Le coordinateur approuve l’ordinateur grâce à cette empreinte.</translation>
    </message>
    <message>
        <source>Read this fingerprint to the coordinator, in person or by phone. The coordinator types it in the Sync area and approves this laptop.</source>
        <translation>Lisez cette empreinte au coordinateur, en personne ou par téléphone. Le coordinateur la saisit dans la partie Synchronisation et approuve cet ordinateur.</translation>
    </message>
    <message>
        <source>This laptop does not use the hub. Save the join request and give it to the coordinator with the fingerprint; import the bundle the coordinator gives you back, before you finish: the laptop opens once its records have arrived.</source>
        <translation>Cet ordinateur portable n’utilise pas le hub. Enregistrez la demande d’adhésion et remettez-la au coordinateur avec l’empreinte ; importez le paquet que le coordinateur vous rend avant de terminer : l’ordinateur ne s’ouvre qu’une fois ses données arrivées.</translation>
    </message>
    <message>
        <source>Once it is approved, sync now to receive what you may see. You can also finish now: the first sign-in syncs when the hub can be reached.</source>
        <translation>Une fois l’ordinateur approuvé, synchronisez maintenant pour recevoir ce que vous pouvez voir. Vous pouvez aussi terminer maintenant : la première connexion synchronise dès que le hub est joignable.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
</context>
<context>
    <name>FlowRegister</name>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvée le</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>What flowed</source>
        <translation>Ce qui a été transmis</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvée par</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signée par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Remise le</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Réponse le</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>FolderList</name>
    <message>
        <source>The list of this laptop&apos;s LIVC-Rs could not be read, so it was made again from the data folders found on this laptop. Nothing was lost; the times of the last sync come back once each LIVC-R is opened. A data folder kept elsewhere can be added with “Locate…”.</source>
        <translation>La liste des CSIL-R de cet ordinateur n’a pas pu être lue ; elle a donc été refaite à partir des dossiers de données trouvés sur cet ordinateur. Rien n’a été perdu ; l’heure de la dernière synchronisation réapparaît dès que chaque CSIL-R a été ouverte. Un dossier de données conservé ailleurs peut être ajouté avec « Localiser… ».</translation>
    </message>
</context>
<context>
    <name>FolderListDialog</name>
    <message>
        <source>{name} (folder not found)</source>
        <translation>{name} (dossier introuvable)</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>non synchronisée</translation>
    </message>
    <message>
        <source>Where is this LIVC-R&apos;s data folder now?</source>
        <translation>Où se trouve maintenant le dossier de données de cette CSIL-R ?</translation>
    </message>
    <message>
        <source>The folder {folder} holds no LIVC-R. Choose the folder that holds livcr.db and keyslots.json.</source>
        <translation>Le dossier {folder} ne contient aucune CSIL-R. Choisissez le dossier qui contient livcr.db et keyslots.json.</translation>
    </message>
    <message>
        <source>Choose a data folder</source>
        <translation>Choisir un dossier de données</translation>
    </message>
    <message>
        <source>LIVC-R Desktop</source>
        <translation>LIVC-R Desktop</translation>
    </message>
    <message>
        <source>Choose an LIVC-R</source>
        <translation>Choisissez une CSIL-R</translation>
    </message>
    <message>
        <source>This laptop works for several LIVC-Rs. Each has its own data folder, passphrase and hub; choose the one to sign in to.</source>
        <translation>Cet ordinateur travaille pour plusieurs CSIL-R. Chacune a son propre dossier de données, sa phrase secrète et son hub ; choisissez celle à laquelle vous voulez vous connecter.</translation>
    </message>
    <message>
        <source>LIVC-R</source>
        <translation>CSIL-R</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Locate…</source>
        <translation>&amp;Localiser…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>&amp;Join an LIVC-R…</source>
        <translation>Re&amp;joindre une CSIL-R…</translation>
    </message>
    <message>
        <source>&amp;Set up a new LIVC-R…</source>
        <translation>&amp;Créer une nouvelle CSIL-R…</translation>
    </message>
    <message>
        <source>Open a data folder elsewhere…</source>
        <translation>Ouvrir un dossier de données situé ailleurs…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up of {code}</source>
        <translation>Suivi de {code}</translation>
    </message>
    <message>
        <source>Look at it again on</source>
        <translation>Réexaminer le</translation>
    </message>
    <message>
        <source>No follow-up date</source>
        <translation>Pas de date de suivi</translation>
    </message>
</context>
<context>
    <name>FormStatus</name>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Approved and signed</source>
        <translation>Approuvée et signée</translation>
    </message>
    <message>
        <source>Handed to the LTF</source>
        <translation>Remise à la TFL</translation>
    </message>
    <message>
        <source>Answered by the LTF</source>
        <translation>Réponse de la TFL reçue</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>Remplacée par une version plus récente</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
</context>
<context>
    <name>GgbCategory</name>
    <message>
        <source>Not known or not shared</source>
        <translation>Inconnu ou non partagé</translation>
    </message>
    <message>
        <source>Not in the Common Database</source>
        <translation>Pas dans la BDC</translation>
    </message>
    <message>
        <source>FTF – foreign terrorist fighter</source>
        <translation>FTF – combattant terroriste étranger</translation>
    </message>
    <message>
        <source>HTF – homegrown terrorist fighter</source>
        <translation>HTF – combattant terroriste local</translation>
    </message>
    <message>
        <source>HP – hate propagandist</source>
        <translation>PH – propagandiste de haine</translation>
    </message>
    <message>
        <source>PVE – potentially violent extremist</source>
        <translation>EPV – extrémiste potentiellement violent</translation>
    </message>
    <message>
        <source>PCT – convicted of terrorism</source>
        <translation>CT – condamné pour terrorisme</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>Life domains it aims at</source>
        <translation>Domaines de vie visés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>“{dialog}”: {fields}</source>
        <translation>« {dialog} » : {fields}</translation>
    </message>
    <message>
        <source>“{dialog}”</source>
        <translation>« {dialog} »</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>A guest at this item</source>
        <translation>Un invité à ce point</translation>
    </message>
    <message>
        <source>Hand the laptop to the guest: the guest reads the text below and ticks it. Only then is the guest recorded at this item.</source>
        <translation>Passez l’ordinateur portable à l’invité : l’invité lit le texte ci-dessous et le coche. Ce n’est qu’alors que l’invité est enregistré à ce point.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>I acknowledge this duty of secrecy</source>
        <translation>Je reconnais ce devoir de secret</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>This file is not a hand-over from another LIVC-R, or it is damaged.</source>
        <translation>Ce fichier n’est pas un transfert d’une autre CSIL-R, ou il est endommagé.</translation>
    </message>
    <message>
        <source>Choose the LIVC-R that takes the case over.</source>
        <translation>Choisissez la CSIL-R qui reprend le cas.</translation>
    </message>
    <message>
        <source>Name the contact person the other LIVC-R can call about the case.</source>
        <translation>Indiquez la personne de contact que l’autre CSIL-R peut appeler au sujet du cas.</translation>
    </message>
    <message>
        <source>Write the text, or leave it out.</source>
        <translation>Écrivez le texte, ou laissez-le de côté.</translation>
    </message>
    <message>
        <source>A text may be at most {maximum} characters.</source>
        <translation>Un texte compte au maximum {maximum} caractères.</translation>
    </message>
    <message>
        <source>A hand-over carries at most {maximum} texts.</source>
        <translation>Un transfert contient au maximum {maximum} textes.</translation>
    </message>
    <message>
        <source>This field may be at most {maximum} characters.</source>
        <translation>Ce champ compte au maximum {maximum} caractères.</translation>
    </message>
    <message>
        <source>This hand-over is “{status}” and can no longer change.</source>
        <translation>Ce transfert est « {status} » et ne peut plus changer.</translation>
    </message>
    <message>
        <source>Case {code} is closed: a closed case is not handed over.</source>
        <translation>Le cas {code} est clôturé : un cas clôturé n’est pas transféré.</translation>
    </message>
    <message>
        <source>A hand-over of this case is already being drafted: continue that one.</source>
        <translation>Un transfert de ce cas est déjà en cours de rédaction : poursuivez celui-là.</translation>
    </message>
    <message>
        <source>This text is not on the hand-over any more.</source>
        <translation>Ce texte ne figure plus dans le transfert.</translation>
    </message>
    <message>
        <source>The case is not on the agenda of a meeting that is running: the table decides a hand-over during its meeting.</source>
        <translation>Le cas n’est pas à l’ordre du jour d’une réunion en cours : la table décide un transfert pendant sa réunion.</translation>
    </message>
    <message>
        <source>Hand case {code} over to {livcr}, where the person now lives.</source>
        <translation>Transférer le cas {code} à {livcr}, où la personne habite désormais.</translation>
    </message>
    <message>
        <source>This hand-over does not exist.</source>
        <translation>Ce transfert n’existe pas.</translation>
    </message>
    <message>
        <source>Choose an existing hand-over of this case.</source>
        <translation>Choisissez un transfert existant de ce cas.</translation>
    </message>
    <message>
        <source>This hand-over belongs to another case; decide it on that case&apos;s item.</source>
        <translation>Ce transfert appartient à un autre cas ; décidez-le au point de ce cas.</translation>
    </message>
    <message>
        <source>This hand-over is “{status}”: only a draft can be decided.</source>
        <translation>Ce transfert est « {status} » : seul un projet peut être décidé.</translation>
    </message>
    <message>
        <source>The hand-over is not ready for the table: {missing}</source>
        <translation>Le transfert n’est pas prêt pour la table : {missing}</translation>
    </message>
    <message numerus="yes">
        <source>Confidential information is repeated in %n text(s) of the hand-over. Remove the passages or confirm they are not covered by professional secrecy before the table decides.</source>
        <translation>
            <numerusform>%n texte du transfert recoupe des informations confidentielles. Retirez les passages ou confirmez qu’ils ne sont pas couverts par le secret professionnel avant que la table décide.</numerusform>
            <numerusform>%n textes du transfert recoupent des informations confidentielles. Retirez les passages ou confirmez qu’ils ne sont pas couverts par le secret professionnel avant que la table décide.</numerusform>
        </translation>
    </message>
    <message>
        <source>A case is handed over only with the agreement of every effective participant.</source>
        <translation>Un cas n’est transféré qu’avec l’accord de chaque membre participant effectivement.</translation>
    </message>
    <message>
        <source>Hand-over to {livcr}</source>
        <translation>Transfert à {livcr}</translation>
    </message>
    <message>
        <source>This hand-over was not signed by an LIVC-R registered here (or it was forged). Register the sending LIVC-R&apos;s key first, after comparing its fingerprint with its coordinator.</source>
        <translation>Ce transfert n’a pas été signé par une CSIL-R enregistrée ici (ou il a été falsifié). Enregistrez d’abord la clé de la CSIL-R expéditrice, après avoir comparé son empreinte avec son coordinateur.</translation>
    </message>
    <message>
        <source>This hand-over is meant for another LIVC-R: it cannot be opened here.</source>
        <translation>Ce transfert est destiné à une autre CSIL-R : il ne peut pas être ouvert ici.</translation>
    </message>
    <message>
        <source>This hand-over was sealed to a hand-over key of this LIVC-R that was retired on {day} (lost or compromised): it is not opened. Ask the sending LIVC-R to accept this LIVC-R&apos;s new key and to send the hand-over again.</source>
        <translation>Ce transfert a été scellé pour une clé de transfert de cette CSIL-R mise hors service le {day} (perdue ou compromise) : il n’est pas ouvert. Demandez à la CSIL-R expéditrice d’accepter la nouvelle clé de cette CSIL-R et de renvoyer le transfert.</translation>
    </message>
    <message>
        <source>The table&apos;s decision in this hand-over does not hold (its signature or its consensus): it is not imported. Ask the sending LIVC-R.</source>
        <translation>La décision de la table dans ce transfert n’est pas valable (sa signature ou le consensus) : il n’est pas importé. Renseignez-vous auprès de la CSIL-R expéditrice.</translation>
    </message>
    <message>
        <source>This hand-over was already imported: it is case {code}.</source>
        <translation>Ce transfert a déjà été importé : c’est le cas {code}.</translation>
    </message>
    <message>
        <source>Choose the member municipality where the person now lives.</source>
        <translation>Choisissez la commune membre où la personne habite désormais.</translation>
    </message>
    <message>
        <source>Hand-over from {livcr} (their case {code}), decided by their table on {day}.</source>
        <translation>Transfert de {livcr} (leur cas {code}), décidé par leur table le {day}.</translation>
    </message>
    <message>
        <source>A personalised guidance trajectory ran there ({service}).</source>
        <translation>Un parcours d’accompagnement y a été mené ({service}).</translation>
    </message>
    <message>
        <source>This hand-over is “{status}”: the transfer note and the bundle are made only once the table decided it and the chair signed.</source>
        <translation>Ce transfert est « {status} » : la note de transfert et le paquet ne sont créés qu’une fois que la table a décidé et que le président a signé.</translation>
    </message>
    <message>
        <source>No transfer note is kept for this case on this laptop. It is kept on the coordinator&apos;s laptop that imported the hand-over.</source>
        <translation>Aucune note de transfert n’est conservée pour ce dossier sur cet ordinateur portable. Elle est conservée sur l’ordinateur du coordinateur qui a importé le transfert.</translation>
    </message>
    <message>
        <source>Choose whether to open a new case or to add the signal to a known case.</source>
        <translation>Choisissez d’ouvrir un nouveau cas ou d’ajouter le signalement à un cas connu.</translation>
    </message>
    <message>
        <source>There is no case {code} that you may see. Check the case code.</source>
        <translation>Il n’y a pas de cas {code} que vous pouvez voir. Vérifiez le code du cas.</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <source>Choose a hand-over from another LIVC-R</source>
        <translation>Choisissez un transfert d’une autre CSIL-R</translation>
    </message>
    <message>
        <source>Hand-overs (*{suffix})</source>
        <translation>Transferts (*{suffix})</translation>
    </message>
    <message>
        <source>&amp;Other LIVC-Rs…</source>
        <translation>&amp;Autres CSIL-R…</translation>
    </message>
    <message>
        <source>Import a &amp;hand-over…</source>
        <translation>Importer un &amp;transfert…</translation>
    </message>
    <message>
        <source>The hand-over from {livcr} (their case {sending}) is now a signal from another LIVC-R on case {code}, the person already known here. The decision of their table was checked: signature {fingerprint}.</source>
        <translation>Le transfert de {livcr} (leur cas {sending}) est désormais un signalement d’une autre CSIL-R dans le cas {code}, celui de la personne déjà connue ici. La décision de leur table a été vérifiée : signature {fingerprint}.</translation>
    </message>
    <message>
        <source>The hand-over from {livcr} (their case {sending}) is now case {code}, a signal from another LIVC-R to screen. The decision of their table was checked: signature {fingerprint}.</source>
        <translation>Le transfert de {livcr} (leur cas {sending}) est désormais le cas {code}, un signalement d’une autre CSIL-R à examiner. La décision de leur table a été vérifiée : signature {fingerprint}.</translation>
    </message>
</context>
<context>
    <name>HandoverComposer</name>
    <message>
        <source>Folder for the transfer note and bundle</source>
        <translation>Dossier pour la note de transfert et le paquet</translation>
    </message>
    <message>
        <source>Hand-over of case {code} to {livcr}</source>
        <translation>Transfert du cas {code} à {livcr}</translation>
    </message>
    <message>
        <source>yes, led by: {service}</source>
        <translation>oui, mené par : {service}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>✓ The identity: {name} {birth}
✓ A guidance trajectory ran: {trajectory}
✓ The contact person named above
✓ The texts below, checked by the secrecy guard:</source>
        <translation>✓ L’identité : {name} {birth}
✓ Un parcours d’accompagnement a été mené : {trajectory}
✓ La personne de contact ci-dessus
✓ Les textes ci-dessous, contrôlés quant au secret professionnel :</translation>
    </message>
    <message>
        <source>The hand-over is put to the table. Every effective participant gives their position on the case&apos;s item; the chair signs once all agree.</source>
        <translation>Le transfert est soumis à la table. Chaque membre participant effectivement donne sa position au point du cas ; le président signe dès que tous sont d’accord.</translation>
    </message>
    <message>
        <source>Written: the transfer note {note} and the sealed hand-over {bundle}. Only {livcr} can open the hand-over: give it to their coordinator, who imports it with File › Import a hand-over.</source>
        <translation>Écrits : la note de transfert {note} et le transfert scellé {bundle}. Seule {livcr} peut ouvrir le transfert : remettez-le à son coordinateur, qui l’importe via Fichier › Importer un transfert.</translation>
    </message>
    <message>
        <source>Hand the case over to another LIVC-R</source>
        <translation>Transférer le cas à une autre CSIL-R</translation>
    </message>
    <message>
        <source>To whom, and who to call</source>
        <translation>À qui, et qui appeler</translation>
    </message>
    <message>
        <source>Receiving LIVC-R</source>
        <translation>CSIL-R destinataire</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Their organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>What goes to the other LIVC-R</source>
        <translation>Ce qui va à l’autre CSIL-R</translation>
    </message>
    <message>
        <source>What never goes</source>
        <translation>Ce qui ne part jamais</translation>
    </message>
    <message>
        <source>✗ Notes of the consultation and of the partners
✗ Summaries and minutes of the meetings
✗ Positions of the participants
✗ Updates and evaluations of the guidance trajectory

They stay within this LIVC-R under shared professional secrecy (art. 458ter Criminal Code).</source>
        <translation>✗ Notes de la concertation de cas et des partenaires
✗ Résumés et procès-verbaux des réunions
✗ Positions des participants
✗ Suivis et évaluations du parcours d’accompagnement

Ils restent au sein de cette CSIL-R sous le secret professionnel partagé (art. 458ter Code pénal).</translation>
    </message>
    <message>
        <source>The highlighted passages are not covered by professional secrecy</source>
        <translation>Les passages signalés ne sont pas couverts par le secret professionnel</translation>
    </message>
    <message>
        <source>Add the text</source>
        <translation>Ajouter le texte</translation>
    </message>
    <message>
        <source>Remove the selected text</source>
        <translation>Retirer le texte choisi</translation>
    </message>
    <message>
        <source>Put to the table</source>
        <translation>Soumettre à la table</translation>
    </message>
    <message>
        <source>Make the transfer note and the sealed hand-over…</source>
        <translation>Créer la note de transfert et le transfert scellé…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>HandoverKeyChange</name>
    <message>
        <source>Save the key change</source>
        <translation>Enregistrer le changement de clé</translation>
    </message>
    <message>
        <source>Open the other LIVC-R&apos;s key change</source>
        <translation>Ouvrir le changement de clé de l’autre CSIL-R</translation>
    </message>
</context>
<context>
    <name>HandoverKeys</name>
    <message>
        <source>This is not the hand-over key of an LIVC-R (or it was changed on the way). Ask its coordinator for the file the app exports.</source>
        <translation>Ceci n’est pas la clé de transfert d’une CSIL-R (ou elle a été modifiée en chemin). Demandez à son coordinateur le fichier que l’application exporte.</translation>
    </message>
    <message>
        <source>The fingerprint you typed is not the fingerprint of this key. Do not register it: compare again with the other coordinator, aloud or on paper.</source>
        <translation>L’empreinte saisie n’est pas l’empreinte de cette clé. Ne l’enregistrez pas : comparez à nouveau avec l’autre coordinateur, à voix haute ou sur papier.</translation>
    </message>
    <message>
        <source>The key names no LIVC-R.</source>
        <translation>La clé ne nomme aucune CSIL-R.</translation>
    </message>
    <message>
        <source>{name} is already registered with this key.</source>
        <translation>{name} est déjà enregistrée avec cette clé.</translation>
    </message>
    <message>
        <source>This is this LIVC-R&apos;s own key: register the key of the other LIVC-R.</source>
        <translation>C’est la propre clé de cette CSIL-R : enregistrez la clé de l’autre CSIL-R.</translation>
    </message>
    <message>
        <source>This LIVC-R is not registered here (any more).</source>
        <translation>Cette CSIL-R n’est pas (plus) enregistrée ici.</translation>
    </message>
    <message>
        <source>{name} was withdrawn from the registered LIVC-Rs: nothing is handed over to it any more. Register its key again if it should receive hand-overs.</source>
        <translation>{name} a été retirée des CSIL-R enregistrées : plus rien ne lui est transféré. Enregistrez à nouveau sa clé si elle doit recevoir des transferts.</translation>
    </message>
    <message>
        <source>This laptop holds no hand-over key of the LIVC-R. Hand-overs are sealed and imported on the coordinator&apos;s laptop that exported the LIVC-R&apos;s key.</source>
        <translation>Cet ordinateur ne contient pas de clé de transfert de la CSIL-R. Les transferts sont scellés et importés sur l’ordinateur du coordinateur qui a exporté la clé de la CSIL-R.</translation>
    </message>
    <message>
        <source>This is not a key change of an LIVC-R (or it was changed on the way). Ask its coordinator for the file the app writes when the key is changed.</source>
        <translation>Ce n’est pas un changement de clé d’une CSIL-R (ou il a été modifié en chemin). Demandez à son coordinateur le fichier que l’application écrit quand la clé est changée.</translation>
    </message>
    <message>
        <source>This LIVC-R gets a new hand-over key. From now on hand-overs are sealed and signed with the new key only; the current key ({fingerprint}) is kept read-only, so that a hand-over already sealed to it still opens.</source>
        <translation>Cette CSIL-R reçoit une nouvelle clé de transfert. Désormais, les transferts sont scellés et signés avec la nouvelle clé uniquement ; la clé actuelle ({fingerprint}) est conservée en lecture seule, afin qu’un transfert déjà scellé pour elle s’ouvre encore.</translation>
    </message>
    <message>
        <source>Save the key change and give it to the coordinator of every registered LIVC-R: their app accepts it because the current key signed it. If the current key was stolen, also retire it and phone them: they then register the new key by comparing its fingerprint.</source>
        <translation>Enregistrez le changement de clé et remettez-le au coordinateur de chaque CSIL-R enregistrée : leur application l’accepte parce que la clé actuelle l’a signé. Si la clé actuelle a été volée, mettez-la aussi hors service et téléphonez-leur : ils enregistrent alors la nouvelle clé en comparant son empreinte.</translation>
    </message>
    <message>
        <source>The previous key {fingerprint} is retired for good: a hand-over sealed to it is refused from now on, even one sent in good faith before the change.</source>
        <translation>La clé précédente {fingerprint} est mise hors service définitivement : un transfert scellé pour elle est désormais refusé, même s’il a été envoyé de bonne foi avant le changement.</translation>
    </message>
    <message>
        <source>Ask the LIVC-Rs that still have a hand-over on its way to accept the new key and send it again.</source>
        <translation>Demandez aux CSIL-R qui ont encore un transfert en route d’accepter la nouvelle clé et de le renvoyer.</translation>
    </message>
    <message>
        <source>No LIVC-R is registered here with the previous key this change names. Register the new key as a new LIVC-R instead, after comparing its fingerprint with its coordinator.</source>
        <translation>Aucune CSIL-R n’est enregistrée ici avec la clé précédente que nomme ce changement. Enregistrez plutôt la nouvelle clé comme une nouvelle CSIL-R, après avoir comparé son empreinte avec son coordinateur.</translation>
    </message>
    <message>
        <source>This key change of {name} was not signed by the key registered here for {name}: it is refused. Compare the new fingerprint with its coordinator and register the key again.</source>
        <translation>Ce changement de clé de {name} n’a pas été signé par la clé enregistrée ici pour {name} : il est refusé. Comparez la nouvelle empreinte avec son coordinateur et enregistrez la clé à nouveau.</translation>
    </message>
    <message>
        <source>The new key of this change is already registered here ({name}).</source>
        <translation>La nouvelle clé de ce changement est déjà enregistrée ici ({name}).</translation>
    </message>
    <message>
        <source>This LIVC-R&apos;s hand-over key was never changed: there is no key change to save.</source>
        <translation>La clé de transfert de cette CSIL-R n’a jamais été changée : il n’y a pas de changement de clé à enregistrer.</translation>
    </message>
    <message>
        <source>Only a previous key can be retired. Change the key first: the current one then becomes a previous key.</source>
        <translation>Seule une clé précédente peut être mise hors service. Changez d’abord la clé : l’actuelle devient alors une clé précédente.</translation>
    </message>
</context>
<context>
    <name>HandoverKeysDialog</name>
    <message>
        <source>Open the other LIVC-R&apos;s key</source>
        <translation>Ouvrir la clé de l’autre CSIL-R</translation>
    </message>
    <message>
        <source>Save this LIVC-R&apos;s hand-over key</source>
        <translation>Enregistrer la clé de transfert de cette CSIL-R</translation>
    </message>
    <message>
        <source>Saved to {file}. Fingerprint to read to the other coordinator: {fp}</source>
        <translation>Enregistrée dans {file}. Empreinte à lire à l’autre coordinateur : {fp}</translation>
    </message>
    <message>
        <source>Select the LIVC-R to withdraw first.</source>
        <translation>Sélectionnez d’abord la CSIL-R à retirer.</translation>
    </message>
    <message>
        <source>Withdraw {name}? No case is handed over to it any more, and no hand-over from it is imported. Register its key again to undo this.</source>
        <translation>Retirer {name} ? Plus aucun dossier ne lui est transféré, et aucun transfert venant d’elle n’est importé. Enregistrez à nouveau sa clé pour annuler.</translation>
    </message>
    <message>
        <source>{name} was withdrawn.</source>
        <translation>{name} a été retirée.</translation>
    </message>
    <message>
        <source>Other LIVC-Rs</source>
        <translation>Autres CSIL-R</translation>
    </message>
    <message>
        <source>A case is handed over only to an LIVC-R registered here by its key, so that nobody else can open the hand-over. Exchange keys once with its coordinator.</source>
        <translation>Un cas n’est transféré qu’à une CSIL-R enregistrée ici avec sa clé, afin que personne d’autre ne puisse ouvrir le transfert. Échangez une fois les clés avec son coordinateur.</translation>
    </message>
    <message>
        <source>This LIVC-R&apos;s hand-over key</source>
        <translation>Clé de transfert de cette CSIL-R</translation>
    </message>
    <message>
        <source>Save the key and give the file to the other coordinator.</source>
        <translation>Enregistrez la clé et remettez le fichier à l’autre coordinateur.</translation>
    </message>
    <message>
        <source>Save this LIVC-R&apos;s key…</source>
        <translation>Enregistrer la clé de cette CSIL-R…</translation>
    </message>
    <message>
        <source>LIVC-Rs registered here</source>
        <translation>CSIL-R enregistrées ici</translation>
    </message>
    <message>
        <source>LIVC-R</source>
        <translation>CSIL-R</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Register another LIVC-R…</source>
        <translation>Enregistrer une autre CSIL-R…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Accept a key change…</source>
        <translation>Accepter un changement de clé…</translation>
    </message>
</context>
<context>
    <name>HandoverRegisterTab</name>
    <message>
        <source>Identity, trajectory, contact person</source>
        <translation>Identité, parcours, personne de contact</translation>
    </message>
    <message>
        <source>Cases handed over to another LIVC-R after the person moved: each by a decision of the table, signed by the chair.</source>
        <translation>Cas transférés à une autre CSIL-R après le déménagement de la personne : chacun par une décision de la table, signée par le président.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>What went</source>
        <translation>Ce qui a été transmis</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Accord de</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
</context>
<context>
    <name>HandoverSection</name>
    <message>
        <source>No other LIVC-R is registered here yet. Register the receiving LIVC-R by its key first (File › Other LIVC-Rs).</source>
        <translation>Aucune autre CSIL-R n’est encore enregistrée ici. Enregistrez d’abord la CSIL-R destinataire avec sa clé (Fichier › Autres CSIL-R).</translation>
    </message>
    <message>
        <source>When the person moves, the table can hand the case over to the LIVC-R of their new municipality: only the identity, that a trajectory ran, a contact person and texts the table approves go.</source>
        <translation>Quand la personne déménage, la table peut transférer le cas à la CSIL-R de sa nouvelle commune : seuls l’identité, le fait qu’un parcours a été mené, une personne de contact et les textes approuvés par la table sont transmis.</translation>
    </message>
    <message>
        <source>Receiving LIVC-R</source>
        <translation>CSIL-R destinataire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <source>Hand over to another LIVC-R…</source>
        <translation>Transférer à une autre CSIL-R…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Transfer note received…</source>
        <translation>Note de transfert reçue…</translation>
    </message>
</context>
<context>
    <name>HandoverStatus</name>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Decided, not sent yet</source>
        <translation>Décidé, pas encore envoyé</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>HomeCards</name>
    <message>
        <source>Sign: {case} – {decision}</source>
        <translation>Signer : {case} – {decision}</translation>
    </message>
    <message>
        <source>general item</source>
        <translation>point général</translation>
    </message>
    <message>
        <source>Approve: minutes of the meeting of {day}</source>
        <translation>Approuver : procès-verbal de la réunion du {day}</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for your signature or approval (%n)</source>
        <translation>
            <numerusform>En attente de votre signature ou approbation (%n)</numerusform>
            <numerusform>En attente de votre signature ou approbation (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for your signature or approval.</source>
        <translation>Rien n’attend votre signature ou votre approbation.</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) to sign</source>
        <translation>
            <numerusform>%n décision à signer</numerusform>
            <numerusform>%n décisions à signer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft minutes to approve</source>
        <translation>
            <numerusform>%n projet de procès-verbal à approuver</numerusform>
            <numerusform>%n projets de procès-verbal à approuver</numerusform>
        </translation>
    </message>
    <message>
        <source>Open “To sign”</source>
        <translation>Ouvrir « À signer »</translation>
    </message>
    <message>
        <source>Open the meeting of {time} – {table}</source>
        <translation>Ouvrir la réunion de {time} – {table}</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Aujourd’hui, {day}</translation>
    </message>
    <message>
        <source>No meeting today.</source>
        <translation>Pas de réunion aujourd’hui.</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Toutes les réunions</translation>
    </message>
    <message>
        <source>{case} ({municipality}) – follow-up due {date}</source>
        <translation>{case} ({municipality}) – suivi prévu le {date}</translation>
    </message>
    <message>
        <source>{case} – turned 18 on {date}: to the table</source>
        <translation>{case} – a eu 18 ans le {date} : à la table</translation>
    </message>
    <message numerus="yes">
        <source>Overdue follow-ups (%n)</source>
        <translation>
            <numerusform>Suivi en retard (%n)</numerusform>
            <numerusform>Suivis en retard (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue follow-ups and subjects turned 18 (%n)</source>
        <translation>
            <numerusform>Suivi en retard et personnes devenues majeures (%n)</numerusform>
            <numerusform>Suivis en retard et personnes devenues majeures (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every follow-up is on time.</source>
        <translation>Tous les suivis sont à jour.</translation>
    </message>
    <message>
        <source>Open cases whose follow-up date has passed, longest overdue first.</source>
        <translation>Cas en cours dont la date de suivi est dépassée, les plus en retard d’abord.</translation>
    </message>
    <message>
        <source>Open cases whose follow-up date has passed, longest overdue first, and cases whose subject turned 18.</source>
        <translation>Cas en cours dont la date de suivi est dépassée, les plus en retard d’abord, et cas dont la personne concernée a eu 18 ans.</translation>
    </message>
    <message>
        <source>Open the case list</source>
        <translation>Ouvrir la liste des cas</translation>
    </message>
    <message numerus="yes">
        <source>Signals to screen (%n)</source>
        <translation>
            <numerusform>Signalement à examiner (%n)</numerusform>
            <numerusform>Signalements à examiner (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) waiting to be screened.</source>
        <translation>
            <numerusform>%n signalement attend son examen préalable.</numerusform>
            <numerusform>%n signalements attendent leur examen préalable.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signal waits to be screened.</source>
        <translation>Aucun signalement n’attend d’examen préalable.</translation>
    </message>
    <message>
        <source>Open the signals</source>
        <translation>Ouvrir les signalements</translation>
    </message>
    <message>
        <source>Overdue since {date}: {what}</source>
        <translation>En retard depuis le {date} : {what}</translation>
    </message>
    <message>
        <source>Due {date}: {what}</source>
        <translation>Pour le {date} : {what}</translation>
    </message>
    <message numerus="yes">
        <source>Your tasks overdue or due this week (%n)</source>
        <translation>
            <numerusform>Votre tâche en retard ou à faire cette semaine (%n)</numerusform>
            <numerusform>Vos tâches en retard ou à faire cette semaine (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>None of your tasks is overdue or due this week.</source>
        <translation>Aucune de vos tâches n’est en retard ni à faire cette semaine.</translation>
    </message>
    <message>
        <source>Open my tasks</source>
        <translation>Ouvrir mes tâches</translation>
    </message>
    <message>
        <source>Prepare the evaluation</source>
        <translation>Préparer l’évaluation</translation>
    </message>
    <message>
        <source>Due {date}: {what} ({case})</source>
        <translation>Pour le {date} : {what} ({case})</translation>
    </message>
    <message>
        <source>{case} – {part}</source>
        <translation>{case} – {part}</translation>
    </message>
    <message numerus="yes">
        <source>Your cases (%n)</source>
        <translation>
            <numerusform>Votre cas (%n)</numerusform>
            <numerusform>Vos cas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) or action(s) due from you within a week.</source>
        <translation>
            <numerusform>%n évaluation ou action à rendre par vous dans la semaine.</numerusform>
            <numerusform>%n évaluations ou actions à rendre par vous dans la semaine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due from you this week.</source>
        <translation>Rien n’est attendu de vous cette semaine.</translation>
    </message>
    <message>
        <source>Open my cases</source>
        <translation>Ouvrir mes cas</translation>
    </message>
</context>
<context>
    <name>HouseRules</name>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Who may be invited</source>
        <translation>Qui peut être invité</translation>
    </message>
    <message>
        <source>Working method</source>
        <translation>Méthode de travail</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>A retention term is between 1 and {maximum} years.</source>
        <translation>Un délai de conservation est compris entre 1 et {maximum} ans.</translation>
    </message>
    <message>
        <source>The term for a signal that never reached the table cannot be longer than the shortest term after closure ({years} years).</source>
        <translation>Le délai pour un signalement qui n’a jamais atteint la table ne peut pas dépasser le délai le plus court après la clôture ({years} ans).</translation>
    </message>
    <message>
        <source>The threshold for small counts is between 3 and {maximum}.</source>
        <translation>Le seuil des petits nombres se situe entre 3 et {maximum}.</translation>
    </message>
    <message>
        <source>The operational table meets every 1 to 12 months.</source>
        <translation>La table opérationnelle se réunit tous les 1 à 12 mois.</translation>
    </message>
    <message>
        <source>Choose at least one working language.</source>
        <translation>Choisissez au moins une langue de travail.</translation>
    </message>
    <message>
        <source>A section of the house rules may hold at most {maximum} characters.</source>
        <translation>Une section du règlement d’ordre intérieur compte au maximum {maximum} caractères.</translation>
    </message>
    <message>
        <source>These house rules were written by a newer version of the app.</source>
        <translation>Ce règlement d’ordre intérieur a été écrit par une version plus récente de l’application.</translation>
    </message>
    <message>
        <source>There is no draft of the house rules to adopt.</source>
        <translation>Il n’y a pas de projet de règlement d’ordre intérieur à adopter.</translation>
    </message>
    <message>
        <source>Only a signed decision of the strategic table on a “House rules” item adopts the house rules.</source>
        <translation>Seule une décision signée de la table stratégique sur un point « Règlement d’ordre intérieur » adopte le règlement d’ordre intérieur.</translation>
    </message>
    <message>
        <source>This decision already adopted version {number} of the house rules.</source>
        <translation>Cette décision a déjà adopté la version {number} du règlement d’ordre intérieur.</translation>
    </message>
    <message>
        <source>The draft was changed after the decision was signed: the strategic table adopted another text. Put the draft as it is now to the strategic table.</source>
        <translation>Le projet a été modifié après la signature de la décision : la table stratégique a adopté un autre texte. Soumettez le projet tel qu’il est maintenant à la table stratégique.</translation>
    </message>
    <message>
        <source>This version of the house rules was not found.</source>
        <translation>Cette version du règlement d’ordre intérieur est introuvable.</translation>
    </message>
    <message>
        <source>The draft of the house rules was changed after this proposal was put to the table: the table agreed on another text. Reword the proposal so the table agrees on the draft as it is now.</source>
        <translation>Le projet de règlement d’ordre intérieur a été modifié après que cette proposition a été soumise à la table : la table a marqué son accord sur un autre texte. Reformulez la proposition pour que la table marque son accord sur le projet tel qu’il est maintenant.</translation>
    </message>
    <message>
        <source>House rules version {number}: the stored text or settings differ from what the strategic table&apos;s decision signed on {day} adopted.</source>
        <translation>Règlement d’ordre intérieur, version {number} : le texte ou les paramètres enregistrés diffèrent de ce qu’a adopté la décision de la table stratégique signée le {day}.</translation>
    </message>
    <message>
        <source>House rules version {number}: the decision that adopted it does not carry the text it adopted.</source>
        <translation>Règlement d’ordre intérieur, version {number} : la décision qui l’a adopté ne contient pas le texte adopté.</translation>
    </message>
</context>
<context>
    <name>HouseRulesDialog</name>
    <message>
        <source>Draft house rules</source>
        <translation>Projet de règlement d’ordre intérieur</translation>
    </message>
    <message>
        <source>The draft is what the strategic table will discuss. Nothing changes in the app until the strategic table adopts it by a signed consensus decision; it then applies from the day of that decision.</source>
        <translation>Le projet est ce que la table stratégique examinera. Rien ne change dans l’application tant que la table stratégique ne l’a pas adopté par une décision par consensus signée ; il s’applique alors à partir du jour de cette décision.</translation>
    </message>
    <message>
        <source>Years kept after closure</source>
        <translation>Années de conservation après la clôture</translation>
    </message>
    <message>
        <source>… closed as “{reason}”</source>
        <translation>… clôturé comme « {reason} »</translation>
    </message>
    <message>
        <source>Years kept when the case never reached the table</source>
        <translation>Années de conservation si le cas n’a jamais atteint la table</translation>
    </message>
    <message>
        <source>Review at 18</source>
        <translation>Réexamen à 18 ans</translation>
    </message>
    <message>
        <source>Bring the case of a person who was a minor up at their 18th birthday</source>
        <translation>Remettre le cas d’une personne qui était mineure à l’ordre du jour à ses 18 ans</translation>
    </message>
    <message>
        <source>Erasure decided by</source>
        <translation>Effacement décidé par</translation>
    </message>
    <message>
        <source>The operational table (unticked: the coordinator with the DPO&apos;s confirmation)</source>
        <translation>La table opérationnelle (non coché : le coordinateur avec la confirmation du DPO)</translation>
    </message>
    <message>
        <source>Smallest count shown in the figures</source>
        <translation>Plus petit nombre affiché dans les chiffres</translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> mois</numerusform>
            <numerusform> mois</numerusform>
        </translation>
    </message>
    <message>
        <source>The operational table meets every</source>
        <translation>La table opérationnelle se réunit tous les</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Langues de travail</translation>
    </message>
</context>
<context>
    <name>HouseRulesExport</name>
    <message>
        <source>Save the house rules</source>
        <translation>Enregistrer le règlement d’ordre intérieur</translation>
    </message>
</context>
<context>
    <name>HouseRulesExportDialog</name>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>house-rules</source>
        <translation>reglement-ordre-interieur</translation>
    </message>
    <message>
        <source>House rules, version {number}</source>
        <translation>Règlement d’ordre intérieur, version {number}</translation>
    </message>
    <message>
        <source>Draft house rules</source>
        <translation>Projet de règlement d’ordre intérieur</translation>
    </message>
    <message>
        <source>A PDF of the house rules with the settings the app applies. Printing it is recorded in the audit trail.</source>
        <translation>Un PDF du règlement d’ordre intérieur avec les paramètres que l’application applique. L’impression est enregistrée dans la piste d’audit.</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
</context>
<context>
    <name>HouseRulesPdf</name>
    <message>
        <source>House rules of the LIVC-R</source>
        <translation>Règlement d’ordre intérieur de la CSIL-R</translation>
    </message>
    <message>
        <source>Draft to be discussed by the strategic table: not in force. It applies once the strategic table adopts it by a signed consensus decision.</source>
        <translation>Projet à examiner par la table stratégique : pas en vigueur. Il s’applique dès que la table stratégique l’adopte par une décision par consensus signée.</translation>
    </message>
    <message>
        <source>Version {number}, adopted by the strategic table at its meeting of {meeting} by a signed consensus decision; in force from {day}.</source>
        <translation>Version {number}, adoptée par la table stratégique lors de sa réunion du {meeting} par une décision par consensus signée ; en vigueur à partir du {day}.</translation>
    </message>
    <message>
        <source>Decision: “{wording}”</source>
        <translation>Décision : « {wording} »</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(pas encore rédigé)</translation>
    </message>
    <message>
        <source>Settings the app applies</source>
        <translation>Paramètres appliqués par l’application</translation>
    </message>
    <message>
        <source>No Belgian text fixes a retention term for the data of an LIVC-R; these terms are the LIVC-R&apos;s own choice. When a case reaches its term, the app lists it for the coordinator and the data-protection officer and proposes its erasure to the operational table.</source>
        <translation>Aucun texte belge ne fixe de délai de conservation pour les données d’une CSIL-R ; ces délais sont le choix propre de la CSIL-R. Lorsqu’un cas atteint son délai, l’application le présente au coordinateur et au délégué à la protection des données et propose son effacement à la table opérationnelle.</translation>
    </message>
    <message>
        <source>No Belgian text fixes a retention term for the data of an LIVC-R; these terms are the LIVC-R&apos;s own choice. When a case reaches its term, the app lists it for the coordinator and the data-protection officer; the coordinator erases it once the data-protection officer has confirmed the erasure.</source>
        <translation>Aucun texte belge ne fixe de délai de conservation pour les données d’une CSIL-R ; ces délais sont le choix propre de la CSIL-R. Lorsqu’un cas atteint son délai, l’application le présente au coordinateur et au délégué à la protection des données ; le coordinateur l’efface dès que le délégué à la protection des données a confirmé l’effacement.</translation>
    </message>
    <message>
        <source>INTERNAL – house rules of the LIVC-R</source>
        <translation>INTERNE – règlement d’ordre intérieur de la CSIL-R</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} ans</translation>
    </message>
    <message>
        <source>Retention after closure</source>
        <translation>Conservation après la clôture</translation>
    </message>
    <message>
        <source>… closed as “{reason}”</source>
        <translation>… clôturé comme « {reason} »</translation>
    </message>
    <message>
        <source>Retention of a case closed without reaching the table</source>
        <translation>Conservation d’un cas clôturé sans avoir atteint la table</translation>
    </message>
    <message>
        <source>Review when a person who was a minor turns 18</source>
        <translation>Réexamen lorsqu’une personne qui était mineure atteint 18 ans</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Who decides an erasure</source>
        <translation>Qui décide d’un effacement</translation>
    </message>
    <message>
        <source>the operational table</source>
        <translation>la table opérationnelle</translation>
    </message>
    <message>
        <source>the coordinator, with the DPO&apos;s confirmation</source>
        <translation>le coordinateur, avec la confirmation du DPO</translation>
    </message>
    <message>
        <source>Smallest count shown in the figures</source>
        <translation>Plus petit nombre affiché dans les chiffres</translation>
    </message>
    <message>
        <source>The operational table meets</source>
        <translation>La table opérationnelle se réunit</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>chaque mois</translation>
    </message>
    <message>
        <source>every {count} months</source>
        <translation>tous les {count} mois</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Langues de travail</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
</context>
<context>
    <name>Hub</name>
    <message>
        <source>The coordinator login {login} must be lower-case letters, digits and underscores.</source>
        <translation>L’identifiant du coordinateur {login} ne peut contenir que des minuscules, des chiffres et des traits de soulignement.</translation>
    </message>
    <message>
        <source>Cannot connect to the hub database. Check the DSN (host, port, database, login) and that PostgreSQL runs there.
Details: {details}</source>
        <translation>Impossible de se connecter à la base de données du hub. Vérifiez le DSN (hôte, port, base de données, identifiant) et que PostgreSQL y fonctionne.
Détails : {details}</translation>
    </message>
    <message>
        <source>The DSN is not a PostgreSQL connection string (for instance: host=/run/postgresql dbname=livcr_x user=hubadmin).
Details: {details}</source>
        <translation>Le DSN n’est pas une chaîne de connexion PostgreSQL (par exemple : host=/run/postgresql dbname=livcr_x user=hubadmin).
Détails : {details}</translation>
    </message>
    <message>
        <source>The hub&apos;s schema is version {previous}, newer than this app&apos;s {version}: upgrade the app first.</source>
        <translation>Le schéma du hub est en version {previous}, plus récente que la version {version} de cette application : mettez d’abord l’application à jour.</translation>
    </message>
    <message>
        <source>This login may not create the hub&apos;s roles: run `livcr hub init` as the database owner with CREATEROLE, or as a superuser.</source>
        <translation>Cet identifiant ne peut pas créer les rôles du hub : exécutez `livcr hub init` en tant que propriétaire de la base de données avec CREATEROLE, ou en tant que superutilisateur.</translation>
    </message>
    <message>
        <source>The coordinator login needs a password.</source>
        <translation>L’identifiant du coordinateur nécessite un mot de passe.</translation>
    </message>
</context>
<context>
    <name>HubAccessAction</name>
    <message>
        <source>Choose the hub access file</source>
        <translation>Choisir le fichier d’accès au hub</translation>
    </message>
    <message>
        <source>Connect to the hub with an access file…</source>
        <translation>Se connecter au hub avec un fichier d’accès…</translation>
    </message>
    <message>
        <source>This laptop&apos;s hub access is renewed: it syncs through the hub again. You may delete the access file.</source>
        <translation>L’accès au hub de cet ordinateur portable est renouvelé : il se synchronise à nouveau via le hub. Vous pouvez supprimer le fichier d’accès.</translation>
    </message>
    <message>
        <source>This laptop&apos;s hub access is renewed, but this computer has no keyring to keep its password: ask IT to sync it with the access file&apos;s password.</source>
        <translation>L’accès au hub de cet ordinateur portable est renouvelé, mais cet ordinateur n’a pas de trousseau pour conserver son mot de passe : demandez au service informatique de le synchroniser avec le mot de passe du fichier d’accès.</translation>
    </message>
    <message>
        <source>This laptop now syncs through the hub too. Its changes that went by bundle are not sent twice. You may delete the access file.</source>
        <translation>Cet ordinateur portable se synchronise désormais aussi via le hub. Les modifications déjà passées par paquet ne sont pas renvoyées. Vous pouvez supprimer le fichier d’accès.</translation>
    </message>
    <message>
        <source>This laptop now knows the hub, but this computer has no keyring to keep its password: ask IT to sync it with the access file&apos;s password.</source>
        <translation>Cet ordinateur portable connaît désormais le hub, mais cet ordinateur n’a pas de trousseau pour conserver son mot de passe : demandez au service informatique de le synchroniser avec le mot de passe du fichier d’accès.</translation>
    </message>
</context>
<context>
    <name>ImportChoiceDialog</name>
    <message>
        <source>Import a hand-over</source>
        <translation>Importer un transfert</translation>
    </message>
    <message>
        <source>The hand-over was checked: it comes from {livcr} (their case {code}) and their table&apos;s decision holds. Choose where its signal goes.</source>
        <translation>Le transfert a été vérifié : il vient de {livcr} (leur cas {code}) et la décision de leur table est valable. Choisissez où va son signalement.</translation>
    </message>
    <message>
        <source>{name}, born {born}</source>
        <translation>{name}, date de naissance : {born}</translation>
    </message>
    <message>
        <source>{name}, date of birth unknown</source>
        <translation>{name}, date de naissance inconnue</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>Ouvrir un nouveau cas</translation>
    </message>
    <message>
        <source>Add the signal to case {code} ({name}, {status}): same names and birth date</source>
        <translation>Ajouter le signalement au cas {code} ({name}, {status}) : mêmes noms et date de naissance</translation>
    </message>
    <message>
        <source>Add the signal to another case, by its code:</source>
        <translation>Ajouter le signalement à un autre cas, par son code :</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Code du cas</translation>
    </message>
    <message>
        <source>Signal from another LIVC-R</source>
        <translation>Signalement d’une autre CSIL-R</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Welcome to LIVC-R Desktop</source>
        <translation>Bienvenue dans LIVC-R Desktop</translation>
    </message>
    <message>
        <source>Encrypted, on this computer, without a server.</source>
        <translation>Chiffré, sur cet ordinateur, sans serveur.</translation>
    </message>
    <message>
        <source>This computer has no LIVC-R yet. Set up your own LIVC-R, or first look around in a demo filled with fictional people and cases.</source>
        <translation>Cet ordinateur n’a pas encore de CSIL-R. Configurez votre propre CSIL-R, ou découvrez d’abord une démo remplie de personnes et de cas fictifs.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Set up a new LIVC-R</source>
        <translation>Créer une nouvelle CSIL-R</translation>
    </message>
    <message>
        <source>Join an LIVC-R with an invitation (your own laptop as a member)</source>
        <translation>Rejoindre une CSIL-R avec une invitation (votre propre ordinateur en tant que membre)</translation>
    </message>
    <message>
        <source>Explore the demo (fictional data, in a separate folder)</source>
        <translation>Découvrir la démo (données fictives, dans un dossier séparé)</translation>
    </message>
    <message>
        <source>Restore a backup (for example on a new laptop)</source>
        <translation>Restaurer une sauvegarde (par exemple sur un nouvel ordinateur portable)</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Dossier de données : {path}</translation>
    </message>
</context>
<context>
    <name>Invitations</name>
    <message>
        <source>{name} is not a participant of this meeting.</source>
        <translation>{name} ne participe pas à cette réunion.</translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <source>Tick at least one person.</source>
        <translation>Cochez au moins une personne.</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose an existing folder.</source>
        <translation>Le dossier n’existe pas. Choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Each person gets an agenda (PDF) that lists only the items they are invited to, by case code and never by name, and a calendar invitation (.ics) without any personal data.</source>
        <translation>Chaque personne reçoit un ordre du jour (PDF) qui ne reprend que les points auxquels elle est invitée, par code de cas et jamais par nom, et une invitation d’agenda (.ics) sans aucune donnée personnelle.</translation>
    </message>
    <message numerus="yes">
        <source>{name} – {organisation} (items: %n)</source>
        <translation>
            <numerusform>{name} – {organisation} (%n point)</numerusform>
            <numerusform>{name} – {organisation} (%n points)</numerusform>
        </translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite to {code}</source>
        <translation>Inviter à {code}</translation>
    </message>
    <message>
        <source>The invited member sees this case from now on, and no other. Removing the invitation later takes that sight away again.</source>
        <translation>Le membre invité voit ce cas dès maintenant, et aucun autre. Si l’invitation prend fin plus tard, cet accès lui est retiré.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>The secrecy guard checks the text as you type.</source>
        <translation>Le contrôle du secret vérifie le texte pendant la saisie.</translation>
    </message>
    <message>
        <source>✓ No overlap with the confidential records of the case.</source>
        <translation>✓ Aucun recoupement avec les documents confidentiels du cas.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ What is confidential in the case is repeated in %n highlighted passage(s) (from: {sources}). Remove what is highlighted, or confirm below that it is not covered by professional secrecy.</source>
        <translation>
            <numerusform>⚠ %n passage surligné reprend ce qui est confidentiel dans le cas (source : {sources}). Supprimez-le ou confirmez ci-dessous qu’il n’est pas couvert par le secret professionnel.</numerusform>
            <numerusform>⚠ %n passages surlignés reprennent ce qui est confidentiel dans le cas (source : {sources}). Supprimez-les ou confirmez ci-dessous qu’ils ne sont pas couverts par le secret professionnel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Raison du renvoi</translation>
    </message>
    <message>
        <source>Information the table shares with the LTF</source>
        <translation>Informations que la table partage avec la TFL</translation>
    </message>
    <message>
        <source>Something that does not flow to the LTF</source>
        <translation>Ce qui n’est pas transmis à la TFL</translation>
    </message>
    <message>
        <source>Why the table refers the case to the LTF, in the table&apos;s own words. It flows to the LTF; what partners said in confidence does not.</source>
        <translation>Pourquoi la table renvoie le cas vers la TFL, avec les propres mots de la table. Ceci est transmis à la TFL ; ce que les partenaires ont dit en confiance ne l’est pas.</translation>
    </message>
    <message>
        <source>One piece of information per item. Only what the table chose to share flows to the LTF; what partners said in confidence does not.</source>
        <translation>Une information par point. Seul ce que la table a choisi de partager est transmis à la TFL ; ce que les partenaires ont dit en confiance ne l’est pas.</translation>
    </message>
    <message>
        <source>This line is printed on the form the LTF receives, so it is checked too: name what is kept back without repeating it.</source>
        <translation>Cette ligne figure sur la fiche que reçoit la TFL, elle est donc aussi vérifiée : nommez ce qui n’est pas transmis sans le répéter.</translation>
    </message>
    <message>
        <source>Remove the highlighted passages</source>
        <translation>Supprimer les passages surlignés</translation>
    </message>
    <message>
        <source>I confirm that the highlighted passages are not covered by professional secrecy (this is recorded with my name).</source>
        <translation>Je confirme que les passages surlignés ne sont pas couverts par le secret professionnel (ceci est enregistré à mon nom).</translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>General item</source>
        <translation>Point général</translation>
    </message>
    <message>
        <source>House rules</source>
        <translation>Règlement d’ordre intérieur</translation>
    </message>
    <message>
        <source>Partners of the LIVC-R</source>
        <translation>Partenaires de la CSIL-R</translation>
    </message>
    <message>
        <source>Working agreements</source>
        <translation>Accords de travail</translation>
    </message>
    <message>
        <source>Yearly evaluation</source>
        <translation>Évaluation annuelle</translation>
    </message>
    <message>
        <source>Anonymised figures</source>
        <translation>Chiffres anonymisés</translation>
    </message>
    <message>
        <source>Other topic</source>
        <translation>Autre sujet</translation>
    </message>
    <message>
        <source>Proposed erasure</source>
        <translation>Effacement proposé</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>Confirmed by {name} on {moment}</source>
        <translation>Confirmé par {name} le {moment}</translation>
    </message>
    <message>
        <source>Select the item in the list first.</source>
        <translation>Sélectionnez d’abord le point dans la liste.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>ItemPeople</name>
    <message>
        <source>Write the guest&apos;s full name.</source>
        <translation>Écrivez le nom complet de l’invité.</translation>
    </message>
    <message>
        <source>Write the organisation the guest comes from.</source>
        <translation>Écrivez l’organisation de l’invité.</translation>
    </message>
    <message>
        <source>The guest must first acknowledge the duty of professional secrecy (art. 458ter §2 Sw.).</source>
        <translation>L’invité doit d’abord reconnaître le devoir de secret professionnel (art. 458ter §2 C. pén.).</translation>
    </message>
    <message>
        <source>A refusal to take part needs its motivation (decree of 21 May 2021).</source>
        <translation>Un refus de participer doit être motivé (décret du 21 mai 2021).</translation>
    </message>
    <message>
        <source>Write the name and the function of the supervisor who represents the partner.</source>
        <translation>Écrivez le nom et la fonction du supérieur qui représente le partenaire.</translation>
    </message>
    <message>
        <source>The text is too long (at most {limit} characters).</source>
        <translation>Le texte est trop long (au maximum {limit} caractères).</translation>
    </message>
    <message>
        <source>I take part in the consultation of this item as a guest. What is shared here is covered by shared professional secrecy (art. 458ter Criminal Code): I keep it secret and use it only for the purpose of this consultation.</source>
        <translation>Je participe en tant qu’invité à la concertation sur ce point. Ce qui est partagé ici est couvert par le secret professionnel partagé (art. 458ter Code pénal) : je le garde secret et ne l’utilise que pour cette concertation.</translation>
    </message>
    <message>
        <source>Refuses to take part</source>
        <translation>Refuse de participer</translation>
    </message>
    <message>
        <source>Represented by a supervisor</source>
        <translation>Représenté par un supérieur</translation>
    </message>
    <message>
        <source>Guests, refusals and representations are recorded while the meeting runs.</source>
        <translation>Les invités, refus et représentations sont enregistrés pendant la réunion.</translation>
    </message>
    <message>
        <source>{name} is not invited to this item.</source>
        <translation>{name} n’est pas invité(e) à ce point.</translation>
    </message>
    <message>
        <source>{name} takes part in this item; untick the participation before recording a refusal or a representation.</source>
        <translation>{name} participe à ce point ; décochez la participation avant d’enregistrer un refus ou une représentation.</translation>
    </message>
</context>
<context>
    <name>ItemPeoplePanel</name>
    <message>
        <source>Select the participant in the list first.</source>
        <translation>Sélectionnez d’abord le participant dans la liste.</translation>
    </message>
    <message>
        <source>Who is invited</source>
        <translation>Qui est invité</translation>
    </message>
    <message>
        <source>Select an item of the agenda to see who is invited.</source>
        <translation>Sélectionnez un point de l’ordre du jour pour voir qui est invité.</translation>
    </message>
    <message>
        <source>Invited to item {line}</source>
        <translation>Invités au point {line}</translation>
    </message>
    <message>
        <source>Only those ticked see this item, in the agenda, the invitation and the minutes. Everyone ticked must be allowed to see the case.</source>
        <translation>Seules les personnes cochées voient ce point : dans l’ordre du jour, l’invitation et le procès-verbal. Chaque personne cochée doit être autorisée à voir le cas.</translation>
    </message>
    <message>
        <source>Participants of the meeting</source>
        <translation>Participants à la réunion</translation>
    </message>
    <message>
        <source>A topic is for everyone taking part in the meeting.</source>
        <translation>Un sujet concerne tous les participants à la réunion.</translation>
    </message>
    <message>
        <source>Open the dossier</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Add a participant…</source>
        <translation>Ajouter un participant…</translation>
    </message>
    <message>
        <source>Take off the meeting</source>
        <translation>Retirer de la réunion</translation>
    </message>
</context>
<context>
    <name>JoinByFile</name>
    <message>
        <source>Save the join request</source>
        <translation>Enregistrer la demande d’adhésion</translation>
    </message>
    <message>
        <source>Join requests (*.json)</source>
        <translation>Demandes d’adhésion (*.json)</translation>
    </message>
    <message>
        <source>Choose the coordinator&apos;s bundle</source>
        <translation>Choisir le paquet du coordinateur</translation>
    </message>
    <message>
        <source>LIVC-R bundles of changes (*.livcr-bundle);;All files (*)</source>
        <translation>Paquets de modifications CSIL-R (*.livcr-bundle);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>JoinByFileBox</name>
    <message>
        <source>Join request saved to {file}. Give it to the coordinator and read the fingerprint aloud; then import the bundle the coordinator gives you.</source>
        <translation>Demande d’adhésion enregistrée sous {file}. Remettez-la au coordinateur et lisez l’empreinte à voix haute ; importez ensuite le paquet que le coordinateur vous donne.</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Importation du paquet…</translation>
    </message>
    <message>
        <source>Bundle from {sender} imported. Finish, and sign in with your passphrase; from now on, exchange bundles with the coordinator.</source>
        <translation>Paquet de {sender} importé. Terminez, puis connectez-vous avec votre phrase secrète ; échangez désormais des paquets avec le coordinateur.</translation>
    </message>
    <message>
        <source>The bundle could not be imported: {reason}</source>
        <translation>Le paquet n’a pas pu être importé : {reason}</translation>
    </message>
    <message>
        <source>Save the join request…</source>
        <translation>Enregistrer la demande d’adhésion…</translation>
    </message>
    <message>
        <source>Import the coordinator&apos;s bundle…</source>
        <translation>Importer le paquet du coordinateur…</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Choose the invitation</source>
        <translation>Choisir l’invitation</translation>
    </message>
    <message>
        <source>LIVC-R invitations (*.livcrinvite);;All files (*)</source>
        <translation>Invitations CSIL-R (*.livcrinvite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the invitation file first.</source>
        <translation>Choisissez d’abord le fichier d’invitation.</translation>
    </message>
    <message>
        <source>The laptop could not join: {reason}</source>
        <translation>L’ordinateur n’a pas pu rejoindre : {reason}</translation>
    </message>
    <message>
        <source>Joining the LIVC-R…</source>
        <translation>Adhésion à la CSIL-R…</translation>
    </message>
    <message>
        <source>Join an LIVC-R</source>
        <translation>Rejoindre une CSIL-R</translation>
    </message>
    <message>
        <source>Your own laptop, with the invitation the coordinator gave you.</source>
        <translation>Votre propre ordinateur, avec l’invitation que le coordinateur vous a remise.</translation>
    </message>
    <message>
        <source>Choose the invitation file the coordinator handed you, and a passphrase for this laptop. The laptop gets its own data folder that holds only what you may see.</source>
        <translation>Choisissez le fichier d’invitation que le coordinateur vous a remis, et une phrase secrète pour cet ordinateur. L’ordinateur reçoit son propre dossier de données, qui ne contient que ce que vous pouvez voir.</translation>
    </message>
    <message>
        <source>Choose the invitation…</source>
        <translation>Choisir l’invitation…</translation>
    </message>
    <message>
        <source>Invitation to {livcr} for {member}.</source>
        <translation>Invitation à {livcr} pour {member}.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase protects this laptop&apos;s data. Use at least 12 characters; a short sentence that only you know is best.</source>
        <translation>La phrase secrète protège les données de cet ordinateur. Utilisez au moins 12 caractères ; une courte phrase que vous seul connaissez est idéale.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>operation {seq} was changed after it was written (its hash does not match)</source>
        <translation>l’opération {seq} a été modifiée après son écriture (son hachage ne correspond pas)</translation>
    </message>
    <message>
        <source>operation {seq} does not link to operation {previous} (an operation was removed or changed)</source>
        <translation>l’opération {seq} n’est pas reliée à l’opération {previous} (une opération a été supprimée ou modifiée)</translation>
    </message>
    <message>
        <source>operation {expected} is missing (the next one found is {seq})</source>
        <translation>l’opération {expected} est manquante (la suivante trouvée est {seq})</translation>
    </message>
    <message>
        <source>operations {expected} to {seq} are missing: the hub holds them, this laptop no longer does (removed after they were sent)</source>
        <translation>les opérations {expected} à {seq} sont manquantes : le hub les conserve, cet ordinateur ne les a plus (supprimées après leur envoi)</translation>
    </message>
    <message>
        <source>operation {first} of device {device} was changed after it was signed</source>
        <translation>l’opération {first} de l’appareil {device} a été modifiée après avoir été signée</translation>
    </message>
    <message>
        <source>operations {first} to {last} of device {device} were changed after they were signed</source>
        <translation>les opérations {first} à {last} de l’appareil {device} ont été modifiées après avoir été signées</translation>
    </message>
    <message>
        <source>operation {first} of device {device} is covered by no signature</source>
        <translation>l’opération {first} de l’appareil {device} n’est couverte par aucune signature</translation>
    </message>
    <message>
        <source>operations {first} to {last} of device {device} are covered by no signature</source>
        <translation>les opérations {first} à {last} de l’appareil {device} ne sont couvertes par aucune signature</translation>
    </message>
    <message>
        <source>operation {first} of device {device} is signed with a key that is not its author&apos;s</source>
        <translation>l’opération {first} de l’appareil {device} est signée avec une clé qui n’est pas celle de son auteur</translation>
    </message>
    <message>
        <source>operations {first} to {last} of device {device} are signed with a key that is not their author&apos;s</source>
        <translation>les opérations {first} à {last} de l’appareil {device} sont signées avec une clé qui n’est pas celle de leur auteur</translation>
    </message>
    <message>
        <source>operation {first} of device {device} is signed with a key that no signed operation added</source>
        <translation>l’opération {first} de l’appareil {device} est signée avec une clé qu’aucune opération signée n’a ajoutée</translation>
    </message>
    <message>
        <source>operations {first} to {last} of device {device} are signed with a key that no signed operation added</source>
        <translation>les opérations {first} à {last} de l’appareil {device} sont signées avec une clé qu’aucune opération signée n’a ajoutée</translation>
    </message>
    <message>
        <source>a signature covers operations {first} to {last} of device {device}, but some of them are missing (removed after they were signed)</source>
        <translation>une signature couvre les opérations {first} à {last} de l’appareil {device}, mais certaines manquent (supprimées après avoir été signées)</translation>
    </message>
    <message>
        <source>device {device} has a checkpoint over operations {first} to {last} that does not start at its first operation or is not its only one</source>
        <translation>l’appareil {device} a un point de contrôle sur les opérations {first} à {last} qui ne commence pas à sa première opération ou n’est pas le seul</translation>
    </message>
    <message>
        <source>operation {seq} of device {device} is covered by no signature this laptop holds</source>
        <translation>l’opération {seq} de l’appareil {device} n’est couverte par aucune signature que cet ordinateur conserve</translation>
    </message>
    <message>
        <source>operation {seq} of device {device} is not the one its signature lists (changed after it was signed)</source>
        <translation>l’opération {seq} de l’appareil {device} n’est pas celle que sa signature mentionne (modifiée après la signature)</translation>
    </message>
    <message>
        <source>the signature over operations {first} to {last} of device {device} does not hold</source>
        <translation>la signature des opérations {first} à {last} de l’appareil {device} n’est pas valable</translation>
    </message>
</context>
<context>
    <name>LaptopInvitationDialog</name>
    <message>
        <source>Invite a member&apos;s laptop</source>
        <translation>Inviter l’ordinateur d’un membre</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>The invitation opens the hub for one laptop. Hand the file over in person (on a USB stick, for example), never by e-mail, and delete it once the laptop has joined.</source>
        <translation>L’invitation ouvre le hub pour un seul ordinateur. Remettez le fichier en main propre (sur une clé USB, par exemple), jamais par e-mail, et supprimez-le dès que l’ordinateur a rejoint.</translation>
    </message>
    <message>
        <source>Write the invitation…</source>
        <translation>Écrire l’invitation…</translation>
    </message>
</context>
<context>
    <name>LeaveQuestion</name>
    <message>
        <source>What you typed is not saved yet.</source>
        <translation>Ce que vous avez saisi n’est pas encore enregistré.</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Enregistrer et continuer</translation>
    </message>
    <message>
        <source>Discard what I typed</source>
        <translation>Abandonner ma saisie</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>LifeDomain</name>
    <message>
        <source>Family and home</source>
        <translation>Famille et foyer</translation>
    </message>
    <message>
        <source>Social network and peers</source>
        <translation>Réseau social et pairs</translation>
    </message>
    <message>
        <source>Education and work</source>
        <translation>Enseignement et travail</translation>
    </message>
    <message>
        <source>Housing and income</source>
        <translation>Logement et revenus</translation>
    </message>
    <message>
        <source>Physical and mental health</source>
        <translation>Santé physique et mentale</translation>
    </message>
    <message>
        <source>Leisure and online life</source>
        <translation>Loisirs et vie en ligne</translation>
    </message>
    <message>
        <source>Attitudes, ideas and grievances</source>
        <translation>Attitudes, idées et griefs</translation>
    </message>
    <message>
        <source>Behaviour and conflicts</source>
        <translation>Comportement et conflits</translation>
    </message>
    <message>
        <source>Protective factors and strengths</source>
        <translation>Facteurs de protection et forces</translation>
    </message>
</context>
<context>
    <name>LifeDomains</name>
    <message>
        <source>Give the life domain a name.</source>
        <translation>Donnez un nom au domaine de vie.</translation>
    </message>
    <message>
        <source>The name of a life domain may be at most {maximum} characters.</source>
        <translation>Le nom d’un domaine de vie peut compter au maximum {maximum} caractères.</translation>
    </message>
    <message>
        <source>There is already a life domain called “{name}” (perhaps retired).</source>
        <translation>Il existe déjà un domaine de vie « {name} » (peut-être retiré).</translation>
    </message>
    <message>
        <source>At least one life domain must stay in use: evaluations rate them.</source>
        <translation>Au moins un domaine de vie doit rester utilisé : les évaluations les apprécient.</translation>
    </message>
    <message>
        <source>This life domain does not exist.</source>
        <translation>Ce domaine de vie n’existe pas.</translation>
    </message>
</context>
<context>
    <name>LifeDomainsPage</name>
    <message>
        <source>{domain} (retired)</source>
        <translation>{domain} (retiré)</translation>
    </message>
    <message>
        <source>Select a life domain in the list first.</source>
        <translation>Sélectionnez d’abord un domaine de vie dans la liste.</translation>
    </message>
    <message>
        <source>Every evaluation rates these life domains as problematic, concern, stable or positive. Rename them, add your own or retire one: earlier evaluations keep their ratings, and the chart keeps showing them. Changes are saved at once.</source>
        <translation>Chaque évaluation apprécie ces domaines de vie comme problématiques, préoccupants, stables ou positifs. Renommez-les, ajoutez les vôtres ou retirez-en un : les évaluations antérieures gardent leurs appréciations et le graphique continue de les montrer. Les modifications sont enregistrées immédiatement.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the life domains.</source>
        <translation>Seul un coordinateur peut modifier les domaines de vie.</translation>
    </message>
    <message>
        <source>Name of a life domain</source>
        <translation>Nom d’un domaine de vie</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Rename the selected</source>
        <translation>Renommer la sélection</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take back into use</source>
        <translation>Remettre en service</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Another LIVC-R</source>
        <translation>Une autre CSIL-R</translation>
    </message>
    <message>
        <source>Name of the LIVC-R</source>
        <translation>Nom de la CSIL-R</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} et {last}</translation>
    </message>
</context>
<context>
    <name>LivcrPage</name>
    <message>
        <source>Your LIVC-R</source>
        <translation>Votre CSIL-R</translation>
    </message>
    <message>
        <source>The name, the member municipalities and the language the LIVC-R works in.</source>
        <translation>Le nom, les communes membres et la langue de travail de la CSIL-R.</translation>
    </message>
    <message>
        <source>Name of the LIVC-R</source>
        <translation>Nom de la CSIL-R</translation>
    </message>
    <message>
        <source>e.g. LIVC-R Scheldevallei</source>
        <translation>p. ex. CSIL-R Haute-Meuse</translation>
    </message>
    <message>
        <source>Member municipalities</source>
        <translation>Communes membres</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation>Langue de travail</translation>
    </message>
    <message>
        <source>A joint LIVC-R of several municipalities is normal: add every member municipality. Each case will belong to one of them, and the mayor of that municipality signs its decisions.</source>
        <translation>Une CSIL-R intercommunale regroupant plusieurs communes est courante : ajoutez chaque commune membre. Chaque cas relève de l’une d’elles, et le bourgmestre de cette commune signe les décisions qui le concernent.</translation>
    </message>
</context>
<context>
    <name>LivcrProfile</name>
    <message>
        <source>Enter the name of the LIVC-R.</source>
        <translation>Saisissez le nom de la CSIL-R.</translation>
    </message>
    <message>
        <source>The name may be at most {maximum} characters.</source>
        <translation>Le nom peut contenir au maximum {maximum} caractères.</translation>
    </message>
    <message>
        <source>Add at least one member municipality.</source>
        <translation>Ajoutez au moins une commune membre.</translation>
    </message>
    <message>
        <source>The municipality “{name}” is listed twice.</source>
        <translation>La commune « {name} » figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>A municipality needs a name.</source>
        <translation>Une commune doit avoir un nom.</translation>
    </message>
    <message>
        <source>This database holds no LIVC-R profile.</source>
        <translation>Cette base de données ne contient aucun profil de CSIL-R.</translation>
    </message>
</context>
<context>
    <name>LiveItemPanel</name>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>No item on the agenda</source>
        <translation>Aucun point à l’ordre du jour</translation>
    </message>
    <message>
        <source>Postponed (proposed again for the next agenda)</source>
        <translation>Reporté (proposé à nouveau pour le prochain ordre du jour)</translation>
    </message>
    <message>
        <source>Effective participants</source>
        <translation>Membres participant effectivement</translation>
    </message>
    <message>
        <source>Tick who effectively takes part in the discussion of this case. Decisions on the case need the consensus of exactly these people.</source>
        <translation>Cochez qui participe effectivement à la discussion de ce cas. Les décisions sur le cas requièrent le consensus de précisément ces personnes.</translation>
    </message>
    <message>
        <source>not present: record the attendance first</source>
        <translation>absent : enregistrez d’abord la présence</translation>
    </message>
    <message>
        <source>has not acknowledged the secrecy duty yet</source>
        <translation>n’a pas encore reconnu l’obligation de secret</translation>
    </message>
    <message>
        <source>left the meeting at {time}: later proposals are not put to them</source>
        <translation>a quitté la réunion à {time} : les propositions ultérieures ne lui sont pas soumises</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>le résumé</translation>
    </message>
    <message>
        <source>the confidential note</source>
        <translation>la note confidentielle</translation>
    </message>
    <message>
        <source>Item {number}: {parts}</source>
        <translation>Point {number} : {parts}</translation>
    </message>
    <message>
        <source>Guest: {name} ({organisation}), secrecy acknowledged</source>
        <translation>Invité : {name} ({organisation}), secret reconnu</translation>
    </message>
    <message>
        <source>Back in the meeting</source>
        <translation>De retour en réunion</translation>
    </message>
    <message>
        <source>Has left</source>
        <translation>Est parti(e)</translation>
    </message>
    <message>
        <source>Record that they came back into the room.</source>
        <translation>Enregistrer que cette personne est revenue dans la salle.</translation>
    </message>
    <message>
        <source>Record that they left the room. They stay effective participants of the items they took part in; proposals put from now on are not put to them.</source>
        <translation>Enregistrer que cette personne a quitté la salle. Elle reste membre participant effectivement aux points auxquels elle a pris part ; les propositions soumises à partir de maintenant ne lui sont pas soumises.</translation>
    </message>
    <message>
        <source>A guest at this item…</source>
        <translation>Un invité à ce point…</translation>
    </message>
    <message>
        <source>Refusal or representation…</source>
        <translation>Refus ou représentation…</translation>
    </message>
    <message>
        <source>Summary for the minutes</source>
        <translation>Résumé pour le procès-verbal</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Enregistrer le résumé</translation>
    </message>
    <message>
        <source>No summary or action point on a proposed erasure: the table decides the erasure; what is said about the case belongs in the case.</source>
        <translation>Pas de résumé ni de point d’action pour un effacement proposé : la table décide de l’effacement ; ce qui se dit sur le cas a sa place dans le cas.</translation>
    </message>
    <message>
        <source>Confidential note</source>
        <translation>Note confidentielle</translation>
    </message>
    <message numerus="yes">
        <source>Goes into the case&apos;s dossier, readable by those invited to the case. Notes from this item so far: %n</source>
        <translation>
            <numerusform>Va dans le dossier du cas, lisible par les personnes invitées au cas. Notes sur ce point jusqu’ici : %n</numerusform>
            <numerusform>Va dans le dossier du cas, lisible par les personnes invitées au cas. Notes sur ce point jusqu’ici : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the note to the dossier</source>
        <translation>Ajouter la note au dossier</translation>
    </message>
    <message>
        <source>Action points</source>
        <translation>Points d’action</translation>
    </message>
    <message>
        <source>Add an action point…</source>
        <translation>Ajouter un point d’action…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>LiveMeeting</name>
    <message>
        <source>This meeting is planned for {day}; it can be started from that day on.</source>
        <translation>Cette réunion est prévue le {day} ; elle peut commencer à partir de ce jour.</translation>
    </message>
    <message>
        <source>Only a planned meeting can be started.</source>
        <translation>Seule une réunion planifiée peut commencer.</translation>
    </message>
    <message>
        <source>The meeting is not in progress.</source>
        <translation>La réunion n’est pas en cours.</translation>
    </message>
    <message>
        <source>{name} is not a participant of this meeting.</source>
        <translation>{name} ne participe pas à cette réunion.</translation>
    </message>
    <message>
        <source>Mark {name} as present first: only those present acknowledge the secrecy duty.</source>
        <translation>Indiquez d’abord {name} comme présent : seules les personnes présentes reconnaissent l’obligation de secret.</translation>
    </message>
    <message>
        <source>{name} has not acknowledged the secrecy duty (art. 458ter §2 Sw.) at this meeting yet, so they cannot take part in the discussion of a case.</source>
        <translation>{name} n’a pas encore reconnu l’obligation de secret (art. 458ter, §2, C. pén.) à cette réunion et ne peut donc pas participer à la discussion d’un cas.</translation>
    </message>
    <message>
        <source>{name} is not invited to this item. Add them to its invitees first.</source>
        <translation>{name} n’est pas invité à ce point. Ajoutez d’abord cette personne aux invités.</translation>
    </message>
    <message>
        <source>Record the attendance of every participant before closing the meeting: {names}.</source>
        <translation>Enregistrez la présence de chaque participant avant de clôturer la réunion : {names}.</translation>
    </message>
    <message>
        <source>Notes belong to case items. Write what was said about a topic in its summary.</source>
        <translation>Les notes appartiennent aux points de cas. Écrivez ce qui a été dit sur un sujet dans son résumé.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <source>A summary may be at most {maximum} characters.</source>
        <translation>Un résumé peut compter au plus {maximum} caractères.</translation>
    </message>
    <message>
        <source>{name} took a position on the open proposal “{wording}”, so they stay an effective participant of this item while it is open. Withdraw the proposal or reword it first; a new wording is put to those taking part at that moment.</source>
        <translation>{name} a pris position sur la proposition en cours « {wording} » et reste donc membre participant effectivement à ce point tant qu’elle est en cours. Retirez d’abord la proposition ou reformulez-la ; une nouvelle formulation est soumise aux personnes qui participent à ce moment-là.</translation>
    </message>
    <message>
        <source>{name} took a position on the open proposal “{wording}”, so they were present. If they have gone, choose “Has left” beside their name on the item.</source>
        <translation>{name} a pris position sur la proposition en cours « {wording} » et était donc présent(e). Si cette personne est partie, choisissez « Est parti(e) » à côté de son nom sur le point.</translation>
    </message>
    <message>
        <source>{name} has left the meeting. Choose “Back in the meeting” beside their name first.</source>
        <translation>{name} a quitté la réunion. Choisissez d’abord « De retour en réunion » à côté de son nom.</translation>
    </message>
    <message>
        <source>{name} is not marked as having left the meeting.</source>
        <translation>{name} n’est pas enregistré(e) comme ayant quitté la réunion.</translation>
    </message>
    <message>
        <source>Describe what has to be done.</source>
        <translation>Décrivez ce qui doit être fait.</translation>
    </message>
    <message>
        <source>The person who takes on an action point must be invited to this item.</source>
        <translation>La personne qui se charge d’un point d’action doit être invitée à ce point.</translation>
    </message>
    <message>
        <source>An action point cannot be due before the meeting day ({day}).</source>
        <translation>Un point d’action ne peut pas échoir avant le jour de la réunion ({day}).</translation>
    </message>
    <message>
        <source>This action point does not exist.</source>
        <translation>Ce point d’action n’existe pas.</translation>
    </message>
    <message>
        <source>Only the person who owns an action point, or the coordinator, can tick it off.</source>
        <translation>Seule la personne qui s’est chargée du point d’action, ou le coordinateur, peut le cocher.</translation>
    </message>
</context>
<context>
    <name>LiveMeetingView</name>
    <message>
        <source>Item {number} of {total}</source>
        <translation>Point {number} sur {total}</translation>
    </message>
    <message>
        <source>Check the record of the meeting before you close it.</source>
        <translation>Vérifiez le compte rendu de la réunion avant de la clôturer.</translation>
    </message>
    <message>
        <source>I understand that the meeting is closed with these parts missing.</source>
        <translation>Je comprends que la réunion est clôturée alors que ces éléments manquent.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Record of the item</source>
        <translation>Compte rendu du point</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>← Previous item</source>
        <translation>← Point précédent</translation>
    </message>
    <message>
        <source>Alt+←</source>
        <translation>Alt+←</translation>
    </message>
    <message>
        <source>Next item →</source>
        <translation>Point suivant →</translation>
    </message>
    <message>
        <source>Alt+→</source>
        <translation>Alt+→</translation>
    </message>
    <message>
        <source>Present on this screen</source>
        <translation>Présenter sur cet écran</translation>
    </message>
    <message>
        <source>For a projector that shows this laptop&apos;s screen: only the current item, full screen, with the controls at the bottom. F5 opens it, Esc leaves.</source>
        <translation>Pour un projecteur qui reproduit l’écran de ce portable : uniquement le point en cours, en plein écran, avec les commandes en bas. F5 l’ouvre, Échap le quitte.</translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation>Vue projecteur</translation>
    </message>
    <message>
        <source>Opens on the second screen, showing only the current item.</source>
        <translation>S’ouvre sur le second écran et n’affiche que le point en cours.</translation>
    </message>
    <message>
        <source>Show the name on the projector</source>
        <translation>Afficher le nom au projecteur</translation>
    </message>
    <message>
        <source>Only at the chair&apos;s request. Moving to another item hides it again.</source>
        <translation>Uniquement à la demande du président. Passer à un autre point le masque à nouveau.</translation>
    </message>
    <message>
        <source>Close the meeting…</source>
        <translation>Clôturer la réunion…</translation>
    </message>
    <message>
        <source>When every item has been discussed: a closed meeting cannot be reopened.</source>
        <translation>Une fois tous les points examinés : une réunion clôturée ne peut pas être rouverte.</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Clôturer la réunion</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>LIVC-R Desktop is locked</source>
        <translation>LIVC-R Desktop est verrouillé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>{name}, enter your passphrase to continue where you left off. Someone else can sign out instead (what was not saved is then lost).</source>
        <translation>{name}, saisissez votre phrase secrète pour reprendre là où vous vous étiez arrêté. Une autre personne peut aussi fermer la session (ce qui n’a pas été enregistré est alors perdu).</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
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
            <numerusform>{area} : %n en attente</numerusform>
            <numerusform>{area} : %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>no current role</source>
        <translation>aucun rôle actuel</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Votre phrase secrète a été modifiée.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>{livcr} – LIVC-R Desktop</source>
        <translation>{livcr} – LIVC-R Desktop</translation>
    </message>
    <message>
        <source>&amp;LIVC-R</source>
        <translation>&amp;CSIL-R</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>&amp;Modifier ma phrase secrète…</translation>
    </message>
    <message>
        <source>Create a new recovery &amp;key…</source>
        <translation>&amp;Créer une nouvelle clé de récupération…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>S&amp;witch LIVC-R…</source>
        <translation>Chan&amp;ger de CSIL-R…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About LIVC-R Desktop</source>
        <translation>À &amp;propos de LIVC-R Desktop</translation>
    </message>
    <message>
        <source>DEMO – fictional data</source>
        <translation>DÉMO – données fictives</translation>
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
        <translation>{kind} : {title}</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Plan a meeting</source>
        <translation>Planifier une réunion</translation>
    </message>
    <message>
        <source>Dates and hours are Belgian time. A series is planned in one go; each of its meetings can be moved or cancelled on its own later.</source>
        <translation>Les dates et heures sont à l’heure belge. Une série est planifiée en une fois ; chacune de ses réunions peut ensuite être déplacée ou annulée séparément.</translation>
    </message>
    <message>
        <source>Move the meeting</source>
        <translation>Déplacer la réunion</translation>
    </message>
    <message>
        <source>Everyone invited stays invited. Send the invitations again afterwards, so that their calendars show the new time.</source>
        <translation>Les personnes invitées le restent. Renvoyez ensuite les invitations, pour que leurs agendas affichent la nouvelle heure.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>until</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Nobody holds the role of chair (the mayor or their representative) on this day. Give that role to someone under Members first.</source>
        <translation>Personne n’a le rôle de président (le bourgmestre ou son représentant) à cette date. Attribuez d’abord ce rôle à quelqu’un sous Membres.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>meetings in all</source>
        <translation>réunions au total</translation>
    </message>
</context>
<context>
    <name>MeetingDocuments</name>
    <message>
        <source>The agenda is in the PDF invitation that came with this calendar entry. To protect the people discussed, this entry holds no agenda, no names and no case codes.</source>
        <translation>L’ordre du jour figure dans l’invitation PDF reçue avec ce rendez-vous. Pour protéger les personnes dont il est question, ce rendez-vous ne contient ni ordre du jour, ni noms, ni codes de cas.</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Shared professional secrecy</source>
        <translation>Secret professionnel partagé</translation>
    </message>
    <message>
        <source>The LIVC-R meets under shared professional secrecy (art. 458ter Criminal Code). You may share what you know, but you are never obliged to. What you hear in the meeting stays secret: do not pass it on, not even within your own organisation. At the start of the meeting every participant confirms this duty, and the minutes record it.</source>
        <translation>La CSIL-R se réunit sous le secret professionnel partagé (art. 458ter C. pén.). Vous pouvez partager ce que vous savez, mais vous n’y êtes jamais obligé. Ce que vous entendez pendant la réunion reste secret : ne le transmettez pas, pas même au sein de votre propre organisation. Au début de la réunion, chaque participant confirme ce devoir, et le procès-verbal l’enregistre.</translation>
    </message>
    <message>
        <source>There is no item for you on this agenda.</source>
        <translation>Aucun point de cet ordre du jour ne vous concerne.</translation>
    </message>
    <message>
        <source>Only the items to which you are invited are listed.</source>
        <translation>Seuls les points auxquels vous êtes invité figurent ici.</translation>
    </message>
    <message>
        <source>A case appears by its case code only, never by a name.</source>
        <translation>Un cas n’apparaît que par son code de cas, jamais par un nom.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <source>Extract of the minutes for {name}</source>
        <translation>Extrait du procès-verbal pour {name}</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>This extract holds only the items to which {name} was invited, and the attendance of the people invited to them. It is not the full minutes.</source>
        <translation>Cet extrait ne contient que les points auxquels {name} était invité(e), et la présence des personnes invitées à ces points. Ce n’est pas le procès-verbal complet.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Draft – not approved yet</source>
        <translation>Projet – pas encore approuvé</translation>
    </message>
    <message>
        <source>The text may still change. Do not pass it on as the approved minutes.</source>
        <translation>Le texte peut encore changer. Ne le transmettez pas comme procès-verbal approuvé.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Fingerprint of the approved text (SHA-256):</source>
        <translation>Empreinte du texte approuvé (SHA-256) :</translation>
    </message>
    <message>
        <source>The approved text is frozen: any change to it would change this fingerprint. Corrections are listed as amendments at the end.</source>
        <translation>Le texte approuvé est figé : toute modification changerait cette empreinte. Les corrections figurent à la fin comme rectificatifs.</translation>
    </message>
    <message>
        <source>Approved by the meeting of {date} (recorded by {name} on {moment}).</source>
        <translation>Approuvé par la réunion du {date} (enregistré par {name} le {moment}).</translation>
    </message>
    <message>
        <source>Approved on {date} by {name}.</source>
        <translation>Approuvé le {date} par {name}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Secrecy duty confirmed</source>
        <translation>Devoir de secret confirmé</translation>
    </message>
    <message>
        <source>Secrecy duty confirmed: the time at which the participant confirmed the duty of shared professional secrecy (art. 458ter §2 Criminal Code) at this meeting.</source>
        <translation>Devoir de secret confirmé : l’heure à laquelle le participant a confirmé, lors de cette réunion, le devoir de secret professionnel partagé (art. 458ter, § 2, C. pén.).</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l’ordre du jour</translation>
    </message>
    <message>
        <source>There are no items in this document.</source>
        <translation>Ce document ne contient aucun point.</translation>
    </message>
    <message>
        <source>No summary recorded.</source>
        <translation>Aucun résumé consigné.</translation>
    </message>
    <message>
        <source>Postponed to a later meeting</source>
        <translation>Reporté à une réunion ultérieure</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun consigné</translation>
    </message>
    <message>
        <source>Effective participants:</source>
        <translation>Membres participant effectivement :</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action points</source>
        <translation>Points d’action</translation>
    </message>
    <message>
        <source>Amendment of {moment} by {name}, about item {number}: {heading}</source>
        <translation>Rectificatif du {moment} par {name}, concernant le point {number} : {heading}</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Signed by {name} on {moment} · signature {fingerprint}</source>
        <translation>Signé par {name} le {moment} · signature {fingerprint}</translation>
    </message>
    <message>
        <source>final decision (consensus, signed)</source>
        <translation>décision définitive (consensus, signée)</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>d’accord</translation>
    </message>
    <message>
        <source>objects: {reason}</source>
        <translation>objection : {reason}</translation>
    </message>
    <message>
        <source>no position recorded</source>
        <translation>aucune position enregistrée</translation>
    </message>
    <message>
        <source>General remarks</source>
        <translation>Remarques générales</translation>
    </message>
    <message>
        <source>Amendments after approval</source>
        <translation>Rectificatifs après approbation</translation>
    </message>
    <message>
        <source>These corrections were recorded after the minutes were approved. They are not part of the approved text above, which stays as it was approved; read the two together.</source>
        <translation>Ces corrections ont été enregistrées après l’approbation du procès-verbal. Elles ne font pas partie du texte approuvé ci-dessus, qui reste tel qu’il a été approuvé ; lisez les deux ensemble.</translation>
    </message>
    <message>
        <source>Amendment of {moment} by {name}</source>
        <translation>Rectificatif du {moment} par {name}</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Organisation and function</source>
        <translation>Organisation et fonction</translation>
    </message>
    <message>
        <source>Secrecy duty acknowledged</source>
        <translation>Devoir de secret reconnu</translation>
    </message>
    <message>
        <source>One-off guests at this item</source>
        <translation>Invités ponctuels à ce point</translation>
    </message>
    <message>
        <source>Each guest acknowledged the duty of shared professional secrecy (art. 458ter §2 Criminal Code) in the app before taking part in this item.</source>
        <translation>Chaque invité a reconnu dans l’application le devoir de secret professionnel partagé (art. 458ter, § 2, C. pén.) avant de participer à ce point.</translation>
    </message>
    <message>
        <source>Refusals and representations</source>
        <translation>Refus et représentations</translation>
    </message>
    <message>
        <source>refused to take part in this item. Motivation: {motivation}</source>
        <translation>a refusé de participer à ce point. Motivation : {motivation}</translation>
    </message>
    <message>
        <source>was represented by {name}, {function}.</source>
        <translation>a été représenté(e) par {name}, {function}.</translation>
    </message>
    <message>
        <source>The content of this item was erased on {day} ({rule}).</source>
        <translation>Le contenu de ce point a été effacé le {day} ({rule}).</translation>
    </message>
    <message>
        <source>The content of this item is kept with its case, which is not on this laptop.</source>
        <translation>Le contenu de ce point est conservé avec son cas, qui ne se trouve pas sur cet ordinateur portable.</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Writing the invitations…</source>
        <translation>Rédaction des invitations…</translation>
    </message>
    <message numerus="yes">
        <source>Invitations written into {folder}, for people: %n. Each gets an agenda (PDF) and a calendar invitation (.ics): {files}</source>
        <translation>
            <numerusform>Invitations écrites dans {folder}, pour %n personne. Chacune reçoit un ordre du jour (PDF) et une invitation d’agenda (.ics) : {files}</numerusform>
            <numerusform>Invitations écrites dans {folder}, pour %n personnes. Chacune reçoit un ordre du jour (PDF) et une invitation d’agenda (.ics) : {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitations could not be written: {reason}</source>
        <translation>Les invitations n’ont pas pu être écrites : {reason}</translation>
    </message>
    <message>
        <source>← All meetings</source>
        <translation>← Toutes les réunions</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>Commencer la réunion</translation>
    </message>
    <message>
        <source>Invitations…</source>
        <translation>Invitations…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <source>Cancel the meeting…</source>
        <translation>Annuler la réunion…</translation>
    </message>
    <message>
        <source>{table} – {day}</source>
        <translation>{table} – {day}</translation>
    </message>
    <message>
        <source>{hours}   ·   Place: {place}   ·   Chair: {chair}   ·   Items: {items}</source>
        <translation>{hours}   ·   Lieu : {place}   ·   Président : {chair}   ·   Points : {items}</translation>
    </message>
    <message>
        <source>This meeting was cancelled. Reason: {reason}</source>
        <translation>Cette réunion a été annulée. Motif : {reason}</translation>
    </message>
</context>
<context>
    <name>MeetingRecord</name>
    <message>
        <source>Item {items} has no summary.</source>
        <translation>Le point {items} n’a pas de résumé.</translation>
    </message>
    <message>
        <source>Items {items} have no summary.</source>
        <translation>Les points {items} n’ont pas de résumé.</translation>
    </message>
    <message>
        <source>Item {items} has no effective participants.</source>
        <translation>Le point {items} n’a aucun membre participant effectivement.</translation>
    </message>
    <message>
        <source>Items {items} have no effective participants.</source>
        <translation>Les points {items} n’ont aucun membre participant effectivement.</translation>
    </message>
    <message>
        <source>Item {items} has a proposal that is not signed or withdrawn.</source>
        <translation>Le point {items} a une proposition qui n’est ni signée ni retirée.</translation>
    </message>
    <message>
        <source>Items {items} have proposals that are not signed or withdrawn.</source>
        <translation>Les points {items} ont des propositions qui ne sont ni signées ni retirées.</translation>
    </message>
    <message>
        <source>Present without acknowledging the secrecy duty: {names}.</source>
        <translation>Présents sans avoir reconnu l’obligation de secret : {names}.</translation>
    </message>
    <message>
        <source>Record first whether these people are present, excused or absent: {names}.</source>
        <translation>Indiquez d’abord si ces personnes sont présentes, excusées ou absentes : {names}.</translation>
    </message>
    <message>
        <source>The meeting is recorded as held and cannot be reopened.</source>
        <translation>La réunion est enregistrée comme tenue et ne peut pas être rouverte.</translation>
    </message>
    <message>
        <source>The draft minutes open next: summaries can still be completed there until the chair approves them.</source>
        <translation>Le projet de procès-verbal s’ouvre ensuite : les résumés peuvent encore y être complétés jusqu’à ce que le président l’approuve.</translation>
    </message>
    <message>
        <source>The minutes are frozen as they stand now: summaries, attendance, effective participants, decisions and remarks.</source>
        <translation>Le procès-verbal est figé tel qu’il est maintenant : résumés, présences, membres participant effectivement, décisions et remarques.</translation>
    </message>
    <message>
        <source>Afterwards a mistake can only be corrected by a recorded amendment beside the minutes.</source>
        <translation>Ensuite, une erreur ne peut plus être corrigée que par une rectification enregistrée à côté du procès-verbal.</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>A meeting cannot be prepared for a moment that has already passed.</source>
        <translation>Une réunion ne peut pas être préparée pour un moment déjà passé.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation>La réunion doit se terminer après son début.</translation>
    </message>
    <message>
        <source>A meeting may last at most 12 hours.</source>
        <translation>Une réunion peut durer au plus 12 heures.</translation>
    </message>
    <message>
        <source>Enter where the meeting takes place.</source>
        <translation>Indiquez où la réunion a lieu.</translation>
    </message>
    <message>
        <source>Choose who chairs the meeting.</source>
        <translation>Choisissez qui préside la réunion.</translation>
    </message>
    <message>
        <source>A series has 2 to 24 meetings (one is not a series).</source>
        <translation>Une série compte de 2 à 24 réunions (une seule n’est pas une série).</translation>
    </message>
    <message>
        <source>The strategic table never discusses named persons: add a topic, not a case.</source>
        <translation>La table stratégique ne discute jamais de personnes nommément : ajoutez un sujet, pas un cas.</translation>
    </message>
    <message>
        <source>This topic belongs on the strategic table; the operational table discusses cases.</source>
        <translation>Ce sujet relève de la table stratégique ; la table opérationnelle discute de cas.</translation>
    </message>
    <message>
        <source>Give the agenda item a title.</source>
        <translation>Donnez un titre au point de l’ordre du jour.</translation>
    </message>
    <message>
        <source>This meeting does not exist.</source>
        <translation>Cette réunion n’existe pas.</translation>
    </message>
    <message>
        <source>This agenda item does not exist.</source>
        <translation>Ce point de l’ordre du jour n’existe pas.</translation>
    </message>
    <message>
        <source>You are not invited to this meeting, so you cannot see it.</source>
        <translation>Vous n’êtes pas invité à cette réunion et ne pouvez donc pas la voir.</translation>
    </message>
    <message>
        <source>You are not invited to this agenda item, so you cannot see it.</source>
        <translation>Vous n’êtes pas invité à ce point de l’ordre du jour et ne pouvez donc pas le voir.</translation>
    </message>
    <message>
        <source>This meeting has been held or cancelled; its record can no longer change.</source>
        <translation>Cette réunion a eu lieu ou a été annulée ; son compte rendu ne peut plus changer.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved and frozen. Record a correction as an amendment.</source>
        <translation>Le procès-verbal de cette réunion est approuvé et figé. Enregistrez une correction comme rectification.</translation>
    </message>
    <message>
        <source>{chair} already chairs a meeting from {start} to {end}. Choose another time or chair.</source>
        <translation>{chair} préside déjà une réunion de {start} à {end}. Choisissez une autre heure ou un autre président.</translation>
    </message>
    <message>
        <source>{name} does not hold the role of chair (mayor or representative) on {day}.</source>
        <translation>{name} n’a pas le rôle de président (bourgmestre ou représentant) le {day}.</translation>
    </message>
    <message>
        <source>This member is not in the register or no longer active.</source>
        <translation>Ce membre ne figure pas dans le registre ou n’est plus actif.</translation>
    </message>
    <message>
        <source>Only a meeting that has not started yet can be moved or cancelled.</source>
        <translation>Seule une réunion qui n’a pas encore commencé peut être déplacée ou annulée.</translation>
    </message>
    <message>
        <source>Say why the meeting is cancelled.</source>
        <translation>Indiquez pourquoi la réunion est annulée.</translation>
    </message>
    <message>
        <source>{name} is invited to one of the items or chairs the meeting; take them off those first.</source>
        <translation>{name} est invité à l’un des points ou préside la réunion ; retirez-le d’abord de ceux-ci.</translation>
    </message>
</context>
<context>
    <name>MeetingsArea</name>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>draft, to approve</source>
        <translation>projet, à approuver</translation>
    </message>
    <message>
        <source>Select a meeting in the list first.</source>
        <translation>Sélectionnez d’abord une réunion dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>Meetings planned: %n.</source>
        <translation>
            <numerusform>Réunions planifiées : %n.</numerusform>
            <numerusform>Réunions planifiées : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Plan a meeting…</source>
        <translation>Planifier une réunion…</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>Ouvrir la réunion</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passées</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Pas encore de réunion</translation>
    </message>
    <message>
        <source>Plan the first meeting of this table, or a whole series (for instance the second Tuesday of every month).</source>
        <translation>Planifiez la première réunion de cette table, ou toute une série (par exemple le deuxième mardi de chaque mois).</translation>
    </message>
    <message>
        <source>No meetings for you</source>
        <translation>Aucune réunion pour vous</translation>
    </message>
    <message>
        <source>You see a meeting here once you are invited to it, or to one of its items.</source>
        <translation>Vous voyez ici une réunion dès que vous y êtes invité, ou à l’un de ses points.</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Upcoming: nothing planned</source>
        <translation>À venir : rien de planifié</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <source>Only professionals are recorded here, never the persons a case is about.</source>
        <translation>Seuls des professionnels sont enregistrés ici, jamais les personnes concernées par un cas.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>{name} (former)</source>
        <translation>{name} (ancien)</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>pas de compte</translation>
    </message>
    <message>
        <source>{user} (ended)</source>
        <translation>{user} (clôturé)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Current roles</source>
        <translation>Rôles actuels</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Cette adresse e-mail n’est pas valide.</translation>
    </message>
    <message>
        <source>A phone number has 6 to 30 digits, spaces and the signs + ( ) . / -.</source>
        <translation>Un numéro de téléphone compte de 6 à 30 chiffres, espaces et signes + ( ) . / -.</translation>
    </message>
    <message>
        <source>A chair is the mayor (or representative) of one member municipality: choose it.</source>
        <translation>Un président est le bourgmestre (ou son représentant) d’une commune membre : choisissez-la.</translation>
    </message>
    <message>
        <source>Only the chair&apos;s role belongs to one municipality.</source>
        <translation>Seul le rôle de président est lié à une commune.</translation>
    </message>
    <message>
        <source>A role cannot end before it starts. (To withdraw a role that has not started or starts today, end it on the day before its start.)</source>
        <translation>Un rôle ne peut pas se terminer avant de commencer. (Pour retirer un rôle qui n’a pas encore commencé ou qui commence aujourd’hui, mettez-y fin la veille de son début.)</translation>
    </message>
    <message>
        <source>This person already holds this role in that period.</source>
        <translation>Cette personne occupe déjà ce rôle durant cette période.</translation>
    </message>
    <message>
        <source>This field may be at most {maximum} characters.</source>
        <translation>Ce champ peut contenir au maximum {maximum} caractères.</translation>
    </message>
    <message>
        <source>This member does not exist.</source>
        <translation>Ce membre n’existe pas.</translation>
    </message>
    <message>
        <source>This organisation does not exist.</source>
        <translation>Cette organisation n’existe pas.</translation>
    </message>
    <message>
        <source>This role assignment does not exist.</source>
        <translation>Cette attribution de rôle n’existe pas.</translation>
    </message>
    <message>
        <source>This municipality is not a member of the LIVC-R.</source>
        <translation>Cette commune n’est pas membre de la CSIL-R.</translation>
    </message>
    <message>
        <source>This member is no longer active.</source>
        <translation>Ce membre n’est plus actif.</translation>
    </message>
    <message>
        <source>This role has already ended.</source>
        <translation>Ce rôle a déjà pris fin.</translation>
    </message>
</context>
<context>
    <name>MembersArea</name>
    <message>
        <source>No longer in the register.</source>
        <translation>Ne figure plus au registre.</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>No account: this person cannot sign in.</source>
        <translation>Pas de compte : cette personne ne peut pas se connecter.</translation>
    </message>
    <message>
        <source>The account {user} has been ended.</source>
        <translation>Le compte {user} a été clôturé.</translation>
    </message>
    <message>
        <source>Account {user}: the initial passphrase must be changed at the first sign-in.</source>
        <translation>Compte {user} : la phrase secrète initiale doit être modifiée à la première connexion.</translation>
    </message>
    <message>
        <source>Account {user}: active.</source>
        <translation>Compte {user} : actif.</translation>
    </message>
    <message>
        <source>Create an account…</source>
        <translation>Créer un compte…</translation>
    </message>
    <message>
        <source>New initial passphrase…</source>
        <translation>Nouvelle phrase secrète initiale…</translation>
    </message>
    <message>
        <source>Organisation added.</source>
        <translation>Organisation ajoutée.</translation>
    </message>
    <message>
        <source>Remove from the register</source>
        <translation>Retirer du registre</translation>
    </message>
    <message>
        <source>Select the role to end in the list of roles.</source>
        <translation>Sélectionnez dans la liste des rôles celui auquel mettre fin.</translation>
    </message>
    <message>
        <source>The account is ready; the person changes the passphrase at the first sign-in.</source>
        <translation>Le compte est prêt ; la personne modifiera la phrase secrète à sa première connexion.</translation>
    </message>
    <message>
        <source>End the account</source>
        <translation>Clôturer le compte</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Search name, organisation, role</source>
        <translation>Rechercher un nom, une organisation, un rôle</translation>
    </message>
    <message>
        <source>Show former members</source>
        <translation>Afficher les anciens membres</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>Ajouter un membre…</translation>
    </message>
    <message>
        <source>Add an organisation…</source>
        <translation>Ajouter une organisation…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove from the register…</source>
        <translation>Retirer du registre…</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Grant a role…</source>
        <translation>Attribuer un rôle…</translation>
    </message>
    <message>
        <source>End the selected role…</source>
        <translation>Mettre fin au rôle sélectionné…</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>End the account…</source>
        <translation>Clôturer le compte…</translation>
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
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Under 18 until {day}: the youth-protection rules apply.</source>
        <translation>Moins de 18 ans jusqu’au {day} : les règles de la protection de la jeunesse s’appliquent.</translation>
    </message>
    <message>
        <source>Under 18: the youth-protection rules apply.</source>
        <translation>Moins de 18 ans : les règles de la protection de la jeunesse s’appliquent.</translation>
    </message>
</context>
<context>
    <name>Minors</name>
    <message>
        <source>Case {code} is about a minor. The youth-protection rules apply to what is shared: the Youth Protection Act of 8 April 1965 and the youth-aid decrees of the communities. Share only what the LTF needs, with the child&apos;s interest first; the parents&apos; position counts.</source>
        <translation>Le cas {code} concerne un mineur. Les règles de la protection de la jeunesse s’appliquent à ce qui est partagé : la loi du 8 avril 1965 relative à la protection de la jeunesse et les décrets des communautés relatifs à l’aide à la jeunesse. Ne partagez que ce dont la TFL a besoin, l’intérêt de l’enfant d’abord ; la position des parents compte.</translation>
    </message>
    <message>
        <source>Case {code} is about a minor. The youth-protection rules apply to what is handed over: the Youth Protection Act of 8 April 1965 and the youth-aid decrees of the communities. Hand over only what the other LIVC-R needs to continue the case, with the child&apos;s interest first; the parents&apos; position counts.</source>
        <translation>Le cas {code} concerne un mineur. Les règles de la protection de la jeunesse s’appliquent à ce qui est transféré : la loi du 8 avril 1965 relative à la protection de la jeunesse et les décrets des communautés relatifs à l’aide à la jeunesse. Ne transférez que ce dont l’autre CSIL-R a besoin pour poursuivre le suivi du cas, l’intérêt de l’enfant d’abord ; la position des parents compte.</translation>
    </message>
    <message>
        <source>The case handed over ({code}) is about a minor. The youth-protection rules apply here too: the Youth Protection Act of 8 April 1965 and the youth-aid decrees of the communities. Use what was handed over only to continue the guidance, with the child&apos;s interest first; the parents&apos; position counts.</source>
        <translation>Le cas transmis ({code}) concerne un mineur. Les règles de la protection de la jeunesse s’appliquent ici aussi : la loi du 8 avril 1965 relative à la protection de la jeunesse et les décrets des communautés relatifs à l’aide à la jeunesse. N’utilisez ce qui a été transmis que pour poursuivre l’accompagnement, l’intérêt de l’enfant d’abord ; la position des parents compte.</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Minutes can be approved only after the meeting has been held and closed.</source>
        <translation>Le procès-verbal ne peut être approuvé qu’après la tenue et la clôture de la réunion.</translation>
    </message>
    <message>
        <source>Only {chair}, who chaired this meeting, can approve its minutes (or a later meeting).</source>
        <translation>Seul {chair}, qui a présidé cette réunion, peut en approuver le procès-verbal (ou une réunion ultérieure).</translation>
    </message>
    <message>
        <source>These minutes are already approved.</source>
        <translation>Ce procès-verbal est déjà approuvé.</translation>
    </message>
    <message>
        <source>The minutes are not approved yet: change the draft itself instead.</source>
        <translation>Le procès-verbal n’est pas encore approuvé : modifiez plutôt le projet lui-même.</translation>
    </message>
    <message>
        <source>Minutes are approved by a later meeting of the same table that has started or been held.</source>
        <translation>Le procès-verbal est approuvé par une réunion ultérieure de la même table, commencée ou tenue.</translation>
    </message>
    <message>
        <source>Write the correction.</source>
        <translation>Rédigez la correction.</translation>
    </message>
    <message>
        <source>The correction must be about an item on the agenda of this meeting, or about the minutes as a whole.</source>
        <translation>La correction doit porter sur un point de l’ordre du jour de cette réunion, ou sur le procès-verbal dans son ensemble.</translation>
    </message>
    <message>
        <source>The remarks may be at most {maximum} characters.</source>
        <translation>Les remarques peuvent compter au plus {maximum} caractères.</translation>
    </message>
    <message>
        <source>The approved minutes of the meeting of {day} no longer match what was approved.</source>
        <translation>Le procès-verbal approuvé de la réunion du {day} ne correspond plus à ce qui a été approuvé.</translation>
    </message>
    <message>
        <source>{attendance}, left at {time}</source>
        <translation>{attendance}, départ à {time}</translation>
    </message>
    <message>
        <source>Not every item of these minutes is on this laptop, and the coordinator&apos;s laptop has not sealed them for approval yet. Sync this laptop, or ask the coordinator to open the minutes on their laptop and sync it.</source>
        <translation>Tous les points de ce procès-verbal ne se trouvent pas sur cet ordinateur portable, et l’ordinateur portable du coordinateur ne l’a pas encore scellé pour approbation. Synchronisez cet ordinateur portable, ou demandez au coordinateur d’ouvrir le procès-verbal sur son ordinateur portable et de le synchroniser.</translation>
    </message>
    <message>
        <source>The minutes changed after the coordinator&apos;s laptop sealed them for approval. Sync this laptop, or ask the coordinator to open the minutes on their laptop and sync it; then approve again.</source>
        <translation>Le procès-verbal a changé après que l’ordinateur portable du coordinateur l’a scellé pour approbation. Synchronisez cet ordinateur portable, ou demandez au coordinateur d’ouvrir le procès-verbal sur son ordinateur portable et de le synchroniser ; approuvez-le ensuite à nouveau.</translation>
    </message>
    <message>
        <source>Not on this laptop: the items about {items}. You approve them as the coordinator&apos;s laptop sealed them; their text stays with their case.</source>
        <translation>Pas sur cet ordinateur portable : les points concernant {items}. Vous les approuvez tels que l’ordinateur portable du coordinateur les a scellés ; leur texte reste avec leur cas.</translation>
    </message>
    <message>
        <source>{chair} approved the minutes of the meeting of {day} as they were sealed for approval, before a later change on this laptop. The approved minutes are that earlier text: the screen and the PDF show exactly what {chair} signed. Not in them: what was changed afterwards in {changes}. Add an amendment to these minutes for what must be corrected, or bring it to the next meeting.</source>
        <translation>{chair} a approuvé le procès-verbal de la réunion du {day} tel qu’il avait été scellé pour approbation, avant une modification ultérieure sur cet ordinateur portable. Le procès-verbal approuvé est ce texte antérieur : l’écran et le PDF montrent exactement ce que {chair} a signé. N’y figure pas : ce qui a été modifié ensuite dans {changes}. Ajoutez une rectification à ce procès-verbal pour ce qui doit être corrigé, ou portez-le à la prochaine réunion.</translation>
    </message>
    <message>
        <source>item {number} ({heading})</source>
        <translation>le point {number} ({heading})</translation>
    </message>
    <message>
        <source>the general part (attendance, remarks)</source>
        <translation>la partie générale (présences, remarques)</translation>
    </message>
</context>
<context>
    <name>MinutesExportDialog</name>
    <message>
        <source>Tick the full minutes, or at least one partner for an extract.</source>
        <translation>Cochez le procès-verbal complet, ou au moins un partenaire pour un extrait.</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>Exporter le procès-verbal</translation>
    </message>
    <message>
        <source>An extract holds only the items a partner was invited to, and the attendance of those items. Every page carries the confidentiality marking.</source>
        <translation>Un extrait ne contient que les points auxquels un partenaire était invité, et les présences à ces points. Chaque page porte la mention de confidentialité.</translation>
    </message>
    <message>
        <source>The full minutes</source>
        <translation>Le procès-verbal complet</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Extracts for</source>
        <translation>Extraits pour</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>MinutesItems</name>
    <message>
        <source>acknowledged at {time}</source>
        <translation>reconnu à {time}</translation>
    </message>
    <message>
        <source>(postponed)</source>
        <translation>(reporté)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Effective participants: {people}</source>
        <translation>Membres participant effectivement : {people}</translation>
    </message>
    <message>
        <source>Action point for {owner}, by {day}: {what}</source>
        <translation>Point d’action pour {owner}, pour le {day} : {what}</translation>
    </message>
    <message>
        <source>final, signed by {name}</source>
        <translation>définitive, signée par {name}</translation>
    </message>
    <message>
        <source>Decision: {kind} ({outcome}): “{wording}”</source>
        <translation>Décision : {kind} ({outcome}) : « {wording} »</translation>
    </message>
    <message>
        <source>What the table said and agreed on this item</source>
        <translation>Ce que la table a dit et convenu sur ce point</translation>
    </message>
</context>
<context>
    <name>MinutesView</name>
    <message>
        <source>The draft is saved.</source>
        <translation>Le projet est enregistré.</translation>
    </message>
    <message>
        <source>the general remarks</source>
        <translation>les remarques générales</translation>
    </message>
    <message>
        <source>the summary of item {number}</source>
        <translation>le résumé du point {number}</translation>
    </message>
    <message>
        <source>The draft minutes of {day}: {parts}</source>
        <translation>Le projet de procès-verbal du {day} : {parts}</translation>
    </message>
    <message>
        <source>{chair} chaired this meeting but has no account on this laptop. Record the approval by a later meeting instead.</source>
        <translation>{chair} a présidé cette réunion mais n’a pas de compte sur cet ordinateur. Enregistrez plutôt l’approbation par une réunion ultérieure.</translation>
    </message>
    <message>
        <source>{chair} approves the minutes of the meeting of {day}.</source>
        <translation>{chair} approuve le procès-verbal de la réunion du {day}.</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Approuver le procès-verbal</translation>
    </message>
    <message>
        <source>Read the minutes once more: after approval they can no longer change.</source>
        <translation>Relisez le procès-verbal une dernière fois : après l’approbation, il ne peut plus changer.</translation>
    </message>
    <message>
        <source>I understand that the minutes are approved with these parts missing.</source>
        <translation>Je comprends que le procès-verbal est approuvé alors que ces éléments manquent.</translation>
    </message>
    <message>
        <source>Writing the PDF files…</source>
        <translation>Rédaction des fichiers PDF…</translation>
    </message>
    <message>
        <source>Written into {folder}: {files}</source>
        <translation>Écrit dans {folder} : {files}</translation>
    </message>
    <message>
        <source>The files could not be written: {reason}</source>
        <translation>Les fichiers n’ont pas pu être écrits : {reason}</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Approve as chair…</source>
        <translation>Approuver comme président…</translation>
    </message>
    <message>
        <source>Approved by a later meeting…</source>
        <translation>Approuvé par une réunion ultérieure…</translation>
    </message>
    <message>
        <source>Add an amendment…</source>
        <translation>Ajouter une rectification…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Secrecy duty</source>
        <translation>Obligation de secret</translation>
    </message>
    <message>
        <source>General remarks</source>
        <translation>Remarques générales</translation>
    </message>
    <message>
        <source>Opening, announcements, the date of the next meeting …</source>
        <translation>Ouverture, communications, la date de la prochaine réunion …</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Draft minutes – not approved yet. Edit the summaries and remarks, then let the chair approve them.</source>
        <translation>Projet de procès-verbal – pas encore approuvé. Complétez les résumés et les remarques, puis faites-le approuver par le président.</translation>
    </message>
    <message>
        <source>Draft minutes – not approved yet.</source>
        <translation>Projet de procès-verbal – pas encore approuvé.</translation>
    </message>
    <message>
        <source>Approved by the meeting of {day}.</source>
        <translation>Approuvé par la réunion du {day}.</translation>
    </message>
    <message>
        <source>Approved by {chair} on {moment}.</source>
        <translation>Approuvé par {chair} le {moment}.</translation>
    </message>
    <message>
        <source>The minutes are frozen: a correction is an amendment.</source>
        <translation>Le procès-verbal est figé : une correction est une rectification.</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Rectifications</translation>
    </message>
    <message>
        <source>{moment} – {author}, about the minutes as a whole: {text}</source>
        <translation>{moment} – {author}, sur le procès-verbal dans son ensemble : {text}</translation>
    </message>
    <message>
        <source>{moment} – {author}, about item {number} ({heading}): {text}</source>
        <translation>{moment} – {author}, sur le point {number} ({heading}) : {text}</translation>
    </message>
</context>
<context>
    <name>MunicipalityDialog</name>
    <message>
        <source>Responsible municipality of {code}</source>
        <translation>Commune responsable de {code}</translation>
    </message>
    <message>
        <source>In a joint LIVC-R each case belongs to one member municipality; its mayor (or representative) signs the decisions about the case.</source>
        <translation>Dans une CSIL-R commune, chaque cas appartient à une seule commune membre ; son bourgmestre (ou son représentant) signe les décisions relatives au cas.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
</context>
<context>
    <name>MunicipalityListEditor</name>
    <message>
        <source>Name of a member municipality</source>
        <translation>Nom d’une commune membre</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Drag to change the order</source>
        <translation>Faites glisser pour changer l’ordre</translation>
    </message>
</context>
<context>
    <name>MyCasesArea</name>
    <message>
        <source>{day} (overdue)</source>
        <translation>{day} (en retard)</translation>
    </message>
    <message>
        <source>Contributing partner (lead: {lead})</source>
        <translation>Partenaire contributeur (pilote : {lead})</translation>
    </message>
    <message>
        <source>Select a case in the list first.</source>
        <translation>Sélectionnez d’abord un cas dans la liste.</translation>
    </message>
    <message>
        <source>Case {code} has no running guidance trajectory to log an update on.</source>
        <translation>Le cas {code} n’a pas de parcours d’accompagnement en cours pour y rédiger un compte rendu.</translation>
    </message>
    <message>
        <source>Update logged on {code}.</source>
        <translation>Compte rendu rédigé pour {code}.</translation>
    </message>
    <message>
        <source>Evaluation of {code} recorded.</source>
        <translation>Évaluation de {code} enregistrée.</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mes cas</translation>
    </message>
    <message>
        <source>Show closed cases too</source>
        <translation>Afficher aussi les cas clôturés</translation>
    </message>
    <message>
        <source>The cases you are invited to, the actions of your organisation and the evaluations you prepare. Double-click a row to open the dossier.</source>
        <translation>Les cas auxquels vous êtes invité, les actions de votre organisation et les évaluations que vous préparez. Double-cliquez sur une ligne pour ouvrir le dossier.</translation>
    </message>
    <message numerus="yes">
        <source>Evaluations to prepare (%n)</source>
        <translation>
            <numerusform>Évaluation à préparer (%n)</numerusform>
            <numerusform>Évaluations à préparer (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open actions of my organisation (%n)</source>
        <translation>
            <numerusform>Action ouverte de mon organisation (%n)</numerusform>
            <numerusform>Actions ouvertes de mon organisation (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My cases (%n)</source>
        <translation>
            <numerusform>Mon cas (%n)</numerusform>
            <numerusform>Mes cas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>My part</source>
        <translation>Mon rôle</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Prochaine évaluation</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernier compte rendu</translation>
    </message>
    <message>
        <source>Record the selected evaluation…</source>
        <translation>Enregistrer l’évaluation sélectionnée…</translation>
    </message>
    <message>
        <source>Log an update on the selected case…</source>
        <translation>Rédiger un compte rendu pour le cas sélectionné…</translation>
    </message>
    <message>
        <source>Open the dossier</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>MyPart</name>
    <message>
        <source>Lead partner</source>
        <translation>Partenaire pilote</translation>
    </message>
    <message>
        <source>Contributing partner</source>
        <translation>Partenaire contributeur</translation>
    </message>
    <message>
        <source>Invited to the case</source>
        <translation>Invité au cas</translation>
    </message>
</context>
<context>
    <name>NoHubLaptops</name>
    <message>
        <source>Save the bundle of changes</source>
        <translation>Enregistrer le paquet de modifications</translation>
    </message>
    <message>
        <source>The bundle for {member} is saved as {file}: {operations} changes. Only their laptop can open it; hand it over and import it there.</source>
        <translation>Le paquet pour {member} est enregistré sous {file} : {operations} modifications. Seul son ordinateur portable peut l’ouvrir ; remettez-le et importez-le sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Laptops without a hub</source>
        <translation>Ordinateurs portables sans hub</translation>
    </message>
    <message>
        <source>Without a hub, laptops join and exchange their changes by file: invite the laptop, approve the join request its owner brings back, then export a bundle for it. Bundles are encrypted for that laptop alone; carry them on a USB stick.</source>
        <translation>Sans hub, les ordinateurs portables adhèrent et échangent leurs modifications par fichier : invitez l’ordinateur, approuvez la demande d’adhésion que son propriétaire vous rapporte, puis exportez un paquet pour lui. Les paquets sont chiffrés pour ce seul ordinateur ; transportez-les sur une clé USB.</translation>
    </message>
    <message>
        <source>Export a bundle for this laptop…</source>
        <translation>Exporter un paquet pour cet ordinateur…</translation>
    </message>
    <message>
        <source>Laptops approved by file</source>
        <translation>Ordinateurs portables approuvés par fichier</translation>
    </message>
    <message>
        <source>No laptop has been approved by file yet.</source>
        <translation>Aucun ordinateur portable n’a encore été approuvé par fichier.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Last bundle sent</source>
        <translation>Dernier paquet envoyé</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Dernier paquet reçu</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on {code}</source>
        <translation>Note sur {code}</translation>
    </message>
    <message>
        <source>A note cannot be changed afterwards; a correction is a new note. It is covered by shared professional secrecy (art. 458ter Criminal Code).</source>
        <translation>Une note ne peut plus être modifiée par la suite ; une correction est une nouvelle note. Elle relève du secret professionnel partagé (art. 458ter C. pén.).</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation>Qui peut la lire</translation>
    </message>
</context>
<context>
    <name>NoteVisibility</name>
    <message>
        <source>The case&apos;s effective participants</source>
        <translation>Les membres participant effectivement au cas</translation>
    </message>
    <message>
        <source>My organisation only</source>
        <translation>Mon organisation uniquement</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>{name} objects: there is no consensus. Write down what blocks it, so the table can reword the proposal or postpone the item.</source>
        <translation>{name} émet une objection : il n’y a pas de consensus. Notez ce qui bloque, pour que la table puisse reformuler la proposition ou reporter le point.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>OnTopSignInDialog</name>
    <message>
        <source>Sign in on top</source>
        <translation>Connexion d’une deuxième personne</translation>
    </message>
    <message>
        <source>{purpose} {name} stays signed in underneath; after this one action the application returns to them.</source>
        <translation>{purpose} {name} reste connecté en arrière-plan ; après cette seule action, l’application revient à cette personne.</translation>
    </message>
    <message>
        <source>Who signs in</source>
        <translation>Qui se connecte</translation>
    </message>
    <message>
        <source>Their passphrase</source>
        <translation>Sa phrase secrète</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Add an organisation</source>
        <translation>Ajouter une organisation</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Modifier l’organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Municipality (optional)</source>
        <translation>Commune (facultatif)</translation>
    </message>
    <message>
        <source>Takes part in the LIVC-R</source>
        <translation>Participe à la CSIL-R</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <source>Municipal service</source>
        <translation>Service communal</translation>
    </message>
    <message>
        <source>Local police</source>
        <translation>Police locale</translation>
    </message>
    <message>
        <source>Public social welfare centre</source>
        <translation>CPAS</translation>
    </message>
    <message>
        <source>General welfare centre</source>
        <translation>Centre d’action sociale</translation>
    </message>
    <message>
        <source>School or pupil guidance centre</source>
        <translation>École ou centre PMS</translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation>Service de l’emploi</translation>
    </message>
    <message>
        <source>Youth services</source>
        <translation>Services de la jeunesse</translation>
    </message>
    <message>
        <source>Mental-health care</source>
        <translation>Soins de santé mentale</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>No effective participants recorded for this item</source>
        <translation>Aucun membre participant effectivement enregistré pour ce point</translation>
    </message>
    <message>
        <source>Waiting for positions</source>
        <translation>En attente des positions</translation>
    </message>
    <message>
        <source>No consensus (objection)</source>
        <translation>Pas de consensus (objection)</translation>
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
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>✓ The database is healthy: {count} operations verified, no link broken.</source>
        <translation>✓ La base de données est en bon état : {count} opérations vérifiées, aucun maillon rompu.</translation>
    </message>
    <message>
        <source>The database is damaged or was tampered with. Run a full check with “livcr verify” and contact your IT service.</source>
        <translation>La base de données est endommagée ou a été manipulée. Lancez une vérification complète avec « livcr verify » et contactez votre service informatique.</translation>
    </message>
    <message>
        <source>Welcome, {name}</source>
        <translation>Bienvenue, {name}</translation>
    </message>
    <message numerus="yes">
        <source>Joint LIVC-R of %n municipalities</source>
        <translation>
            <numerusform>CSIL-R intercommunale de %n commune</numerusform>
            <numerusform>CSIL-R intercommunale de %n communes</numerusform>
        </translation>
    </message>
    <message>
        <source>LIVC-R of one municipality</source>
        <translation>CSIL-R d’une seule commune</translation>
    </message>
    <message>
        <source>Working language: {language}</source>
        <translation>Langue de travail : {language}</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <source>No current role.</source>
        <translation>Aucun rôle actuel.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message numerus="yes">
        <source>Every change and every access is recorded in a hash-chained journal: %n operations so far.</source>
        <translation>
            <numerusform>Chaque modification et chaque consultation sont enregistrées dans un journal chaîné par hachage : %n opération jusqu’à présent.</numerusform>
            <numerusform>Chaque modification et chaque consultation sont enregistrées dans un journal chaîné par hachage : %n opérations jusqu’à présent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the database and the journal</source>
        <translation>Vérifier la base de données et le journal</translation>
    </message>
</context>
<context>
    <name>OwnKeysPanel</name>
    <message>
        <source>Current key</source>
        <translation>Clé actuelle</translation>
    </message>
    <message>
        <source>Previous since {day}: read-only</source>
        <translation>Précédente depuis le {day} : lecture seule</translation>
    </message>
    <message>
        <source>Retired on {day}: opens nothing</source>
        <translation>Hors service depuis le {day} : n’ouvre plus rien</translation>
    </message>
    <message>
        <source>Change this LIVC-R&apos;s hand-over key</source>
        <translation>Changer la clé de transfert de cette CSIL-R</translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>Changer la clé</translation>
    </message>
    <message>
        <source>The key was changed. Save the key change for the other LIVC-Rs.</source>
        <translation>La clé a été changée. Enregistrez le changement de clé pour les autres CSIL-R.</translation>
    </message>
    <message>
        <source>The key was changed and the key change saved to {file}. Give it to the coordinator of every registered LIVC-R.</source>
        <translation>La clé a été changée et le changement de clé enregistré dans {file}. Remettez-le au coordinateur de chaque CSIL-R enregistrée.</translation>
    </message>
    <message>
        <source>Select a previous key to retire first.</source>
        <translation>Sélectionnez d’abord une clé précédente à mettre hors service.</translation>
    </message>
    <message>
        <source>Retire a previous hand-over key</source>
        <translation>Mettre hors service une clé de transfert précédente</translation>
    </message>
    <message>
        <source>Retire the key</source>
        <translation>Mettre la clé hors service</translation>
    </message>
    <message>
        <source>Key {fingerprint} is retired.</source>
        <translation>La clé {fingerprint} est mise hors service.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Change the key…</source>
        <translation>Changer la clé…</translation>
    </message>
    <message>
        <source>Retire the previous key…</source>
        <translation>Mettre la clé précédente hors service…</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>A participant sees the topics of the meeting, and only those case items they are invited to.</source>
        <translation>Un participant voit les sujets de la réunion, et uniquement les points de cas auxquels il est invité.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Select the partner in the list first.</source>
        <translation>Sélectionnez d’abord le partenaire dans la liste.</translation>
    </message>
    <message>
        <source>Contributing partners</source>
        <translation>Partenaires contributeurs</translation>
    </message>
    <message>
        <source>Besides the lead partner ({lead}), these organisations carry the trajectory: they add goals and actions and take part in its evaluations. Changes are saved at once.</source>
        <translation>Outre le partenaire pilote ({lead}), ces organisations portent le parcours : elles ajoutent des objectifs et des actions et participent à ses évaluations. Les modifications sont enregistrées immédiatement.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>End the selected partner&apos;s contribution</source>
        <translation>Mettre fin à la contribution du partenaire sélectionné</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>The passphrase must be at least {minimum} characters long.</source>
        <translation>La phrase secrète doit compter au moins {minimum} caractères.</translation>
    </message>
    <message>
        <source>Use at least three kinds of characters (lower case, upper case, digits, symbols), or a longer sentence of at least {long} characters.</source>
        <translation>Utilisez au moins trois types de caractères (minuscules, majuscules, chiffres, symboles), ou une phrase plus longue d’au moins {long} caractères.</translation>
    </message>
    <message>
        <source>The passphrase may not contain your name or user name.</source>
        <translation>La phrase secrète ne peut contenir ni votre nom ni votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>The passphrase is built on a well-known word; choose something personal.</source>
        <translation>La phrase secrète repose sur un mot très connu ; choisissez quelque chose de personnel.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Du – au</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Toutes les communes</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
</context>
<context>
    <name>Persons</name>
    <message>
        <source>Enter the first name(s).</source>
        <translation>Saisissez le ou les prénoms.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Saisissez le nom de famille.</translation>
    </message>
    <message>
        <source>Enter the name of the group.</source>
        <translation>Saisissez le nom du groupe.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The date of birth is more than 120 years ago; check it.</source>
        <translation>La date de naissance remonte à plus de 120 ans ; vérifiez-la.</translation>
    </message>
    <message>
        <source>Describe the person without naming them (e.g. “young man, about 17, pupil”).</source>
        <translation>Décrivez la personne sans la nommer (p. ex. « jeune homme, environ 17 ans, élève »).</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Select a row in the list first.</source>
        <translation>Sélectionnez d’abord une ligne dans la liste.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Domaines de vie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Add a goal…</source>
        <translation>Ajouter un objectif…</translation>
    </message>
    <message>
        <source>Change the selected goal…</source>
        <translation>Modifier l’objectif sélectionné…</translation>
    </message>
    <message>
        <source>Add an action…</source>
        <translation>Ajouter une action…</translation>
    </message>
    <message>
        <source>Change the selected action…</source>
        <translation>Modifier l’action sélectionnée…</translation>
    </message>
</context>
<context>
    <name>Position</name>
    <message>
        <source>Agrees</source>
        <translation>D’accord</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objection</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Item {number} of {total}</source>
        <translation>Point {number} sur {total}</translation>
    </message>
    <message>
        <source>LIVC-R – presentation</source>
        <translation>CSIL-R – présentation</translation>
    </message>
    <message>
        <source>← Previous item</source>
        <translation>← Point précédent</translation>
    </message>
    <message>
        <source>Page Up or ←</source>
        <translation>Page préc. ou ←</translation>
    </message>
    <message>
        <source>Next item →</source>
        <translation>Point suivant →</translation>
    </message>
    <message>
        <source>Page Down or →</source>
        <translation>Page suiv. ou →</translation>
    </message>
    <message>
        <source>Hold to show the name</source>
        <translation>Maintenir pour afficher le nom</translation>
    </message>
    <message>
        <source>The name shows only while this button is held down (or Space is held on it), and only at the chair&apos;s request.</source>
        <translation>Le nom ne s’affiche que tant que ce bouton est maintenu enfoncé (ou la barre d’espace sur ce bouton), et uniquement à la demande du président.</translation>
    </message>
    <message>
        <source>Leave the presentation (Esc)</source>
        <translation>Quitter la présentation (Échap)</translation>
    </message>
</context>
<context>
    <name>PrivacyArea</name>
    <message>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>The register of requests people make about their data (access, rectification, erasure, restriction, objection) with their due dates, and the documents the data-protection officer accounts with.</source>
        <translation>Le registre des demandes que les personnes introduisent au sujet de leurs données (accès, rectification, effacement, limitation, opposition) avec leurs délais, et les documents dont le délégué à la protection des données rend compte.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informé(e)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Décision…</translation>
    </message>
    <message>
        <source>Extend the term…</source>
        <translation>Prolonger le délai…</translation>
    </message>
    <message>
        <source>Person informed…</source>
        <translation>Personne informée…</translation>
    </message>
    <message>
        <source>Answer sent…</source>
        <translation>Réponse envoyée…</translation>
    </message>
    <message>
        <source>Export the person&apos;s data…</source>
        <translation>Exporter les données de la personne…</translation>
    </message>
    <message>
        <source>Record of processing (art. 30)…</source>
        <translation>Registre des traitements (art. 30)…</translation>
    </message>
    <message>
        <source>DPIA facts sheet…</source>
        <translation>Fiche des faits AIPD…</translation>
    </message>
    <message>
        <source>{day} – overdue</source>
        <translation>{day} – en retard</translation>
    </message>
    <message>
        <source>Save the record of processing</source>
        <translation>Enregistrer le registre des traitements</translation>
    </message>
    <message>
        <source>Save the DPIA facts sheet</source>
        <translation>Enregistrer la fiche des faits AIPD</translation>
    </message>
    <message>
        <source>Explanation: {value}</source>
        <translation>Explication : {value}</translation>
    </message>
    <message>
        <source>Term extended: {value}</source>
        <translation>Délai prolongé : {value}</translation>
    </message>
    <message>
        <source>Answer: {value}</source>
        <translation>Réponse : {value}</translation>
    </message>
    <message>
        <source>Remark: {value}</source>
        <translation>Remarque : {value}</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Le fichier n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Saved in {file}.</source>
        <translation>Enregistré dans {file}.</translation>
    </message>
    <message>
        <source>Data-subject requests</source>
        <translation>Demandes des personnes concernées</translation>
    </message>
    <message>
        <source>Records of processing</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <source>Generated from the configuration of this LIVC-R and the measures the app takes: the record of processing activities (GDPR art. 30) and the facts a data-protection impact assessment starts from. Printing is journaled.</source>
        <translation>Établis à partir de la configuration de cette CSIL-R et des mesures que l’application prend : le registre des activités de traitement (art. 30 RGPD) et les faits dont part une analyse d’impact relative à la protection des données. L’impression est journalisée.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>LIVC-R – projector</source>
        <translation>CSIL-R – projecteur</translation>
    </message>
    <message>
        <source>No item on the agenda</source>
        <translation>Aucun point à l’ordre du jour</translation>
    </message>
    <message>
        <source>Item {number}</source>
        <translation>Point {number}</translation>
    </message>
    <message>
        <source>Confidential – shared professional secrecy (art. 458ter Criminal Code)</source>
        <translation>Confidentiel – secret professionnel partagé (art. 458ter Code pénal)</translation>
    </message>
</context>
<context>
    <name>ProposalReason</name>
    <message>
        <source>Screened onto the operational table</source>
        <translation>Inscrit à la table opérationnelle après examen</translation>
    </message>
    <message>
        <source>Passed on by the LTF</source>
        <translation>Transmis par la TFL</translation>
    </message>
    <message>
        <source>New signal to screen</source>
        <translation>Nouveau signalement à examiner</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Suivi à faire</translation>
    </message>
    <message>
        <source>Postponed at an earlier meeting</source>
        <translation>Reporté lors d’une réunion précédente</translation>
    </message>
    <message>
        <source>Evaluation waiting for the table&apos;s decision</source>
        <translation>Évaluation en attente de la décision de la table</translation>
    </message>
    <message>
        <source>Evaluation of the trajectory due</source>
        <translation>Évaluation du parcours à faire</translation>
    </message>
    <message>
        <source>Closed case reopened</source>
        <translation>Cas clôturé rouvert</translation>
    </message>
    <message>
        <source>Turned 18: close the case or confirm the follow-up</source>
        <translation>A eu 18 ans : clôturer le cas ou confirmer le suivi</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>Proposed for this agenda</source>
        <translation>Proposé pour cet ordre du jour</translation>
    </message>
    <message>
        <source>Cases the table should look at and that are not on this agenda yet.</source>
        <translation>Cas que la table devrait examiner et qui ne figurent pas encore à cet ordre du jour.</translation>
    </message>
    <message>
        <source>Nothing to propose: no case screened onto the table waits for an agenda, no signal waits for screening, no follow-up is due by the meeting day, the LTF passed nothing on and no item was postponed.</source>
        <translation>Rien à proposer : aucun cas inscrit à la table après examen n’attend un ordre du jour, aucun signalement n’attend d’être examiné, aucun suivi n’est à faire d’ici le jour de la réunion, la TFL n’a rien transmis et aucun point n’a été reporté.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <source>Reword the proposal</source>
        <translation>Reformuler la proposition</translation>
    </message>
    <message>
        <source>The old wording stays on record with the positions given to it. Every effective participant gives their position again on the new wording.</source>
        <translation>L’ancienne formulation reste conservée avec les positions exprimées. Chaque membre participant effectivement se prononce à nouveau sur la nouvelle formulation.</translation>
    </message>
    <message>
        <source>Correct a final decision</source>
        <translation>Corriger une décision définitive</translation>
    </message>
    <message>
        <source>A signed decision never changes. This new decision corrects it once it is agreed by consensus and signed; the old one stays readable.</source>
        <translation>Une décision signée ne change jamais. Cette nouvelle décision la corrige dès qu’elle est adoptée par consensus et signée ; l’ancienne reste lisible.</translation>
    </message>
    <message>
        <source>Put a proposal to the table</source>
        <translation>Soumettre une proposition à la table</translation>
    </message>
    <message>
        <source>The table decides by consensus: every effective participant of this item must agree, and one objection blocks the proposal.</source>
        <translation>La table décide par consensus : chaque membre participant effectivement à ce point doit être d’accord, et une seule objection bloque la proposition.</translation>
    </message>
    <message>
        <source>The table decides the erasure by consensus and the meeting&apos;s chair signs it. Its wording is fixed: what is said about the case belongs in the case.</source>
        <translation>La table décide de l’effacement par consensus et le président de la réunion le signe. Son libellé est fixe : ce qui se dit sur le cas a sa place dans le cas.</translation>
    </message>
    <message>
        <source>Choose the lead partner</source>
        <translation>Choisissez le partenaire pilote</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Choisissez un motif</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>Rapport annuel</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Approves the yearly report of this year (it is then frozen):</source>
        <translation>Approuve le rapport annuel de cette année (il est alors figé) :</translation>
    </message>
    <message>
        <source>Proposal as worded</source>
        <translation>Proposition telle que formulée</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Partenaire pilote</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochain suivi</translation>
    </message>
    <message>
        <source>Put the case on the agenda again on</source>
        <translation>Remettre le cas à l’ordre du jour le</translation>
    </message>
    <message>
        <source>Feedback form</source>
        <translation>Fiche de retour</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
</context>
<context>
    <name>Punctuation</name>
    <message>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Problematic</source>
        <translation>Problématique</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupant</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
</context>
<context>
    <name>RatingChart</name>
    <message>
        <source>{domain} (retired)</source>
        <translation>{domain} (retiré)</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>the last {shown} of {total} evaluations</source>
        <translation>les {shown} dernières des {total} évaluations</translation>
    </message>
    <message>
        <source>{domain}, {day}: {rating}</source>
        <translation>{domain}, {day} : {rating}</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non apprécié</translation>
    </message>
</context>
<context>
    <name>RatingGrid</name>
    <message>
        <source>Life domain</source>
        <translation>Domaine de vie</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>La dernière fois</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
</context>
<context>
    <name>ReceivedNoteView</name>
    <message>
        <source>The transfer note could not be shown.</source>
        <translation>La note de transfert n’a pas pu être affichée.</translation>
    </message>
    <message>
        <source>Transfer note received</source>
        <translation>Note de transfert reçue</translation>
    </message>
    <message>
        <source>Opening the transfer note…</source>
        <translation>Ouverture de la note de transfert…</translation>
    </message>
    <message numerus="yes">
        <source>The transfer note the other LIVC-R sent with this case, as it arrived (%n page(s)).</source>
        <translation>
            <numerusform>La note de transfert que l’autre CSIL-R a envoyée avec ce dossier, telle qu’elle est arrivée (%n page).</numerusform>
            <numerusform>La note de transfert que l’autre CSIL-R a envoyée avec ce dossier, telle qu’elle est arrivée (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>RecordsOfProcessing</name>
    <message>
        <source>The file is not a report of the fault suite (python -m benchmarks.faults --json FILE).</source>
        <translation>Le fichier n’est pas un rapport des tests de pannes (python -m benchmarks.faults --json FILE).</translation>
    </message>
    <message>
        <source>The database on every laptop is encrypted with SQLCipher {version} (AES-256); deleted records are overwritten (secure_delete).</source>
        <translation>La base de données de chaque ordinateur portable est chiffrée avec SQLCipher {version} (AES-256) ; les données supprimées sont écrasées (secure_delete).</translation>
    </message>
    <message>
        <source>Each person opens the data with their own passphrase, stretched with {kdf} ({iterations} passes, {memory} MiB of memory, {lanes} lanes); no passphrase is stored.</source>
        <translation>Chaque personne ouvre les données avec sa propre phrase secrète, renforcée par {kdf} ({iterations} passes, {memory} Mio de mémoire, {lanes} voies) ; aucune phrase secrète n’est conservée.</translation>
    </message>
    <message>
        <source>Every change and every access to a dossier is written to a hash-chained journal, signed by its author (Ed25519); the data-protection officer can verify it.</source>
        <translation>Chaque modification et chaque consultation d’un dossier est inscrite dans un journal chaîné par hachage, signé par son auteur (Ed25519) ; le délégué à la protection des données peut le vérifier.</translation>
    </message>
    <message>
        <source>Need-to-know access per role and per case: partners see only the cases they are invited to; refused attempts are journaled.</source>
        <translation>Accès selon le besoin d’en connaître, par rôle et par cas : les partenaires ne voient que les cas auxquels ils sont invités ; les tentatives refusées sont journalisées.</translation>
    </message>
    <message>
        <source>The window locks after {minutes} minutes without input (the default setting).</source>
        <translation>La fenêtre se verrouille après {minutes} minutes sans saisie (le réglage par défaut).</translation>
    </message>
    <message>
        <source>Backups are encrypted and checked; exports are written readable by their owner only; logs hold no personal data.</source>
        <translation>Les sauvegardes sont chiffrées et vérifiées ; les exports ne sont lisibles que par leur propriétaire ; les journaux techniques ne contiennent aucune donnée personnelle.</translation>
    </message>
    <message>
        <source>Feedback forms reach the police only after a signed consensus, checked by the secrecy guard against what was shared under professional secrecy.</source>
        <translation>Les fiches de retour ne parviennent à la police qu’après un consensus signé, vérifiées par le contrôle du secret par rapport à ce qui a été partagé sous le secret professionnel.</translation>
    </message>
    <message>
        <source>Laptops synchronise through a hub that holds only end-to-end encrypted envelopes (XChaCha20-Poly1305, keys per case sealed for each laptop with X25519): the hub cannot read them.</source>
        <translation>Les ordinateurs portables se synchronisent par un hub qui ne détient que des enveloppes chiffrées de bout en bout (XChaCha20-Poly1305, clés par cas scellées pour chaque ordinateur avec X25519) : le hub ne peut pas les lire.</translation>
    </message>
    <message>
        <source>No sync hub is connected: the data stays on this laptop. Once connected, the hub holds only end-to-end encrypted envelopes (XChaCha20-Poly1305).</source>
        <translation>Aucun hub de synchronisation n’est connecté : les données restent sur cet ordinateur portable. Une fois connecté, le hub ne détient que des enveloppes chiffrées de bout en bout (XChaCha20-Poly1305).</translation>
    </message>
    <message>
        <source>{what}: 1 year</source>
        <translation>{what} : 1 an</translation>
    </message>
    <message>
        <source>{what}: {years} years</source>
        <translation>{what} : {years} ans</translation>
    </message>
    <message>
        <source>For the data-protection officer – no personal data of cases</source>
        <translation>Pour le délégué à la protection des données – aucune donnée personnelle des cas</translation>
    </message>
    <message>
        <source>Record of processing activities (GDPR art. 30)</source>
        <translation>Registre des activités de traitement (art. 30 RGPD)</translation>
    </message>
    <message>
        <source>Processing: case consultation in the {livcr}</source>
        <translation>Traitement : concertation de cas au sein de la {livcr}</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <source>The municipality of {municipalities}, represented by its mayor, who sets up and directs the LIVC-R</source>
        <translation>La commune de {municipalities}, représentée par son bourgmestre, qui crée et dirige la CSIL-R</translation>
    </message>
    <message>
        <source>The municipalities of {municipalities} (a joint LIVC-R), each represented by its mayor</source>
        <translation>Les communes de {municipalities} (une CSIL-R intercommunale), chacune représentée par son bourgmestre</translation>
    </message>
    <message>
        <source>Data-protection officer</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Law of 30 July 2018 establishing the LIVC-Rs (art. 2 and 3); art. 458ter Criminal Code (shared professional secrecy); GDPR art. 6(1)(e) and 9(2)(g)</source>
        <translation>Loi du 30 juillet 2018 portant création des CSIL-R (art. 2 et 3) ; art. 458ter Code pénal (secret professionnel partagé) ; art. 6, §1, e), et 9, §2, g), RGPD</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>The prevention of terrorist offences through case consultation: detecting and assessing signals of radicalisation, and offering a person guidance and support (a personalised guidance trajectory); anonymised figures for the strategic table.</source>
        <translation>La prévention des infractions terroristes par la concertation de cas : détecter et évaluer les signalements de radicalisation, et offrir à une personne accompagnement et soutien (un parcours d’accompagnement sur mesure) ; des chiffres anonymisés pour la table stratégique.</translation>
    </message>
    <message>
        <source>Categories of persons</source>
        <translation>Catégories de personnes concernées</translation>
    </message>
    <message>
        <source>Persons (including minors) about whom a signal was received; the people who signalled; the members of the tables and their organisations.</source>
        <translation>Les personnes (y compris mineures) ayant fait l’objet d’un signalement ; les personnes qui ont signalé ; les membres des tables et leurs organisations.</translation>
    </message>
    <message>
        <source>Categories of data</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Identity and contact details; the signal and its source; notes and records of the consultations; decisions; the guidance trajectory, its updates and evaluations over life domains; feedback forms to the LTF. Special categories: beliefs and convictions, health; data on suspected offences as the LTF shares them.</source>
        <translation>Données d’identité et de contact ; le signalement et sa source ; notes et comptes rendus des concertations ; décisions ; le parcours d’accompagnement, ses suivis et évaluations par domaine de vie ; fiches de retour à la TFL. Catégories particulières : convictions, santé ; données relatives à des infractions présumées telles que la TFL les partage.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>The members of the operational table invited to a case: {kinds}. The Local Task Force (LTF), only through the Information Officer and only an approved feedback form.</source>
        <translation>Les membres de la table opérationnelle invités à un cas : {kinds}. La Task Force locale (TFL), uniquement par l’Information Officer et uniquement une fiche de retour approuvée.</translation>
    </message>
    <message>
        <source>Transfers outside the EU</source>
        <translation>Transferts hors de l’UE</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Retention terms</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <source>Security measures (art. 32)</source>
        <translation>Mesures de sécurité (art. 32)</translation>
    </message>
    <message>
        <source>The app killed while writing</source>
        <translation>L’application tuée pendant l’écriture</translation>
    </message>
    <message>
        <source>A backup killed at each of its steps</source>
        <translation>Une sauvegarde tuée à chacune de ses étapes</translation>
    </message>
    <message>
        <source>A restore killed at each of its steps</source>
        <translation>Une restauration tuée à chacune de ses étapes</translation>
    </message>
    <message>
        <source>Damaged backups offered for restore</source>
        <translation>Sauvegardes endommagées proposées à la restauration</translation>
    </message>
    <message>
        <source>Damaged key files at sign-in</source>
        <translation>Fichiers de clés endommagés à la connexion</translation>
    </message>
    <message>
        <source>Tampering with the journal and the tables</source>
        <translation>Falsification du journal et des tables</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Data lost, damaged or accepted</source>
        <translation>Données perdues, endommagées ou acceptées</translation>
    </message>
    <message>
        <source>Tampering detected / missed</source>
        <translation>Falsifications détectées / manquées</translation>
    </message>
    <message>
        <source>DPIA facts sheet</source>
        <translation>Fiche des faits pour l’analyse d’impact (AIPD)</translation>
    </message>
    <message>
        <source>Facts for the data-protection impact assessment of the case consultation in the {livcr}, generated by the app on the day it was printed.</source>
        <translation>Faits pour l’analyse d’impact relative à la protection des données de la concertation de cas au sein de la {livcr}, établis par l’application le jour de l’impression.</translation>
    </message>
    <message>
        <source>What is processed</source>
        <translation>Ce qui est traité</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Cas ouverts</translation>
    </message>
    <message>
        <source>Closed cases still kept</source>
        <translation>Cas clôturés encore conservés</translation>
    </message>
    <message>
        <source>Persons recorded</source>
        <translation>Personnes enregistrées</translation>
    </message>
    <message>
        <source>Nature of the data</source>
        <translation>Nature des données</translation>
    </message>
    <message>
        <source>Signals of radicalisation about persons (often minors), beliefs and convictions, health and family situation, shared under professional secrecy: a high risk for the persons concerned.</source>
        <translation>Signalements de radicalisation concernant des personnes (souvent mineures), convictions, santé et situation familiale, partagés sous le secret professionnel : un risque élevé pour les personnes concernées.</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Par qui</translation>
    </message>
    <message>
        <source>The measures the app takes</source>
        <translation>Les mesures que prend l’application</translation>
    </message>
    <message>
        <source>Tests of faults and leaks</source>
        <translation>Tests de pannes et de fuites</translation>
    </message>
    <message>
        <source>After a working session no passphrase, key or personal data is found in the logs or temporary files (an automated test plants a marker and searches for it).</source>
        <translation>Après une session de travail, aucune phrase secrète, clé ou donnée personnelle ne se trouve dans les journaux techniques ou les fichiers temporaires (un test automatique place un marqueur et le recherche).</translation>
    </message>
    <message>
        <source>A feedback form reaches the police only after a signed consensus; automated tests check that no other path approves one.</source>
        <translation>Une fiche de retour ne parvient à la police qu’après un consensus signé ; des tests automatiques vérifient qu’aucune autre voie n’en approuve une.</translation>
    </message>
    <message>
        <source>No measured run of the fault suite is attached to this sheet.</source>
        <translation>Aucune exécution mesurée des tests de pannes n’est jointe à cette fiche.</translation>
    </message>
    <message>
        <source>The fault suite, run on {day} ({parameters}): every run is a real process killed or a damaged file offered; the database must come out whole every time.</source>
        <translation>Les tests de pannes, exécutés le {day} ({parameters}) : chaque exécution est un vrai processus tué ou un fichier endommagé proposé ; la base de données doit en sortir intacte à chaque fois.</translation>
    </message>
    <message>
        <source>Case data after the case is closed</source>
        <translation>Données du cas après la clôture du cas</translation>
    </message>
    <message>
        <source>Case data after a case is closed with the reason “{reason}”</source>
        <translation>Données du cas après une clôture pour le motif « {reason} »</translation>
    </message>
    <message>
        <source>A signal or case that never passed screening onto the table</source>
        <translation>Un signalement ou un cas qui n’a jamais été porté à la table après l’examen préalable</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Use the recovery key</source>
        <translation>Utiliser la clé de récupération</translation>
    </message>
    <message>
        <source>Type the recovery key from the printed sheet. A coordinator then chooses a new passphrase; the old one stops working. This is recorded in the audit trail.</source>
        <translation>Saisissez la clé de récupération figurant sur la feuille imprimée. Un coordinateur choisit ensuite une nouvelle phrase secrète ; l’ancienne cesse de fonctionner. Cette opération est consignée dans la piste d’audit.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Coordinator account</source>
        <translation>Compte du coordinateur</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>This is not a valid recovery key. It has nine groups of four letters and digits; check each group against the printed sheet.</source>
        <translation>Ce n’est pas une clé de récupération valide. Elle se compose de neuf groupes de quatre lettres et chiffres ; comparez chaque groupe avec la feuille imprimée.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>Le PDF n’a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <source>The recovery sheet was saved as {file}. Print it, lock it away, and then delete the file.</source>
        <translation>La feuille de récupération a été enregistrée sous {file}. Imprimez-la, conservez-la sous clé, puis supprimez le fichier.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>Shown only once. Keep it locked away, never with the laptop.</source>
        <translation>Affichée une seule fois. Conservez-la sous clé, jamais avec l’ordinateur portable.</translation>
    </message>
    <message>
        <source>The LIVC-R has been created. This recovery key opens its data when no passphrase is known any more. It is shown only now: print the sheet or write the key down, and keep it locked away, never with the laptop.</source>
        <translation>La CSIL-R a été créée. Cette clé de récupération ouvre ses données lorsque plus personne ne connaît de phrase secrète. Elle n’est affichée que maintenant : imprimez la feuille ou notez la clé, et conservez-la sous clé, jamais avec l’ordinateur portable.</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF…</source>
        <translation>Enregistrer la feuille de récupération en PDF…</translation>
    </message>
    <message>
        <source>The recovery key is printed or written down</source>
        <translation>La clé de récupération est imprimée ou notée</translation>
    </message>
</context>
<context>
    <name>RecoveryRenewal</name>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la feuille de récupération</translation>
    </message>
    <message>
        <source>Create a new recovery key</source>
        <translation>Créer une nouvelle clé de récupération</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>STRICTLY CONFIDENTIAL – keep this sheet locked away, never with the laptop</source>
        <translation>STRICTEMENT CONFIDENTIEL – conservez cette feuille sous clé, jamais avec l’ordinateur portable</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>LIVC-R: {name}</source>
        <translation>CSIL-R : {name}</translation>
    </message>
    <message>
        <source>Data folder identifier: {id}</source>
        <translation>Identifiant du dossier de données : {id}</translation>
    </message>
    <message>
        <source>Created: {moment}</source>
        <translation>Date de création : {moment}</translation>
    </message>
    <message>
        <source>What this key does</source>
        <translation>À quoi sert cette clé</translation>
    </message>
    <message>
        <source>This key opens the encrypted data of the LIVC-R when no passphrase is known any more, for example on a new laptop or after a coordinator left. With it, a coordinator chooses a new passphrase on the sign-in screen (“Use the recovery key”).</source>
        <translation>Cette clé ouvre les données chiffrées de la CSIL-R lorsque plus personne ne connaît de phrase secrète, par exemple sur un nouvel ordinateur portable ou après le départ d’un coordinateur. Grâce à elle, un coordinateur choisit une nouvelle phrase secrète sur l’écran de connexion (« Utiliser la clé de récupération »).</translation>
    </message>
    <message>
        <source>How to keep it</source>
        <translation>Comment la conserver</translation>
    </message>
    <message>
        <source>Whoever holds this key can read every case of the LIVC-R. Keep the sheet in a safe or a sealed envelope with the mayor or the municipal general director, never with the laptop and never as a photo or a file. If it may have been seen by someone else, have the coordinator create a new recovery key.</source>
        <translation>Quiconque détient cette clé peut lire tous les cas de la CSIL-R. Conservez la feuille dans un coffre-fort ou dans une enveloppe scellée chez le bourgmestre ou le directeur général de la commune, jamais avec l’ordinateur portable, ni sous forme de photo ou de fichier. Si quelqu’un d’autre a pu la voir, demandez au coordinateur de créer une nouvelle clé de récupération.</translation>
    </message>
</context>
<context>
    <name>RegisterLivcrDialog</name>
    <message>
        <source>Paste the key or open its file.</source>
        <translation>Collez la clé ou ouvrez son fichier.</translation>
    </message>
    <message>
        <source>{name} ({language}; {municipality})
Fingerprint of this key:
{fingerprint}</source>
        <translation>{name} ({language} ; {municipality})
Empreinte de cette clé :
{fingerprint}</translation>
    </message>
    <message>
        <source>Register another LIVC-R</source>
        <translation>Enregistrer une autre CSIL-R</translation>
    </message>
    <message>
        <source>Ask the other LIVC-R&apos;s coordinator for the key their app exports. Then compare the fingerprint with them, by phone or on paper, and type it as they read it: the key is saved only when both match.</source>
        <translation>Demandez au coordinateur de l’autre CSIL-R la clé exportée par son application. Comparez ensuite l’empreinte avec lui, par téléphone ou sur papier, et saisissez-la telle qu’il la lit : la clé n’est enregistrée que si les deux correspondent.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Open the key file…</source>
        <translation>Ouvrir le fichier de clé…</translation>
    </message>
    <message>
        <source>The key says</source>
        <translation>La clé indique</translation>
    </message>
    <message>
        <source>Fingerprint as read aloud</source>
        <translation>Empreinte lue à voix haute</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>RenewedKeyDialog</name>
    <message>
        <source>Saved as {file}. Print it, lock it away, and delete the file.</source>
        <translation>Enregistrée sous {file}. Imprimez-la, conservez-la sous clé et supprimez le fichier.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>This is the new recovery key; the old sheet no longer works. It is shown only now: print the sheet or write the key down and lock it away.</source>
        <translation>Voici la nouvelle clé de récupération ; l’ancienne feuille ne fonctionne plus. Elle n’est affichée que maintenant : imprimez la feuille ou notez la clé, et conservez-la sous clé.</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF…</source>
        <translation>Enregistrer la feuille de récupération en PDF…</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen {code}</source>
        <translation>Rouvrir {code}</translation>
    </message>
    <message>
        <source>The case comes back among the operational table&apos;s proposals, which decides what happens next. The reopening and its reason are recorded in the history.</source>
        <translation>Le cas revient parmi les propositions pour la table opérationnelle, qui décide de la suite. La réouverture et son motif sont consignés dans l’historique.</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>Pourquoi il est rouvert</translation>
    </message>
</context>
<context>
    <name>Repeat</name>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Chaque mois</translation>
    </message>
</context>
<context>
    <name>RequestDialogs</name>
    <message>
        <source>New data-subject request</source>
        <translation>Nouvelle demande d’une personne concernée</translation>
    </message>
    <message>
        <source>Register the request on the day it was received: the answer is due one month later (GDPR art. 12(3)).</source>
        <translation>Enregistrez la demande avec le jour de sa réception : la réponse est due un mois plus tard (art. 12, §3, RGPD).</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Code du cas</translation>
    </message>
    <message>
        <source>Right exercised</source>
        <translation>Droit exercé</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Name of the parent or lawyer</source>
        <translation>Nom du parent ou de l’avocat</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Decision on the request about {code}</source>
        <translation>Décision sur la demande concernant {code}</translation>
    </message>
    <message>
        <source>A request that is not granted in full needs a legal ground, such as a restriction under GDPR art. 23 and the law of 30 July 2018. Explain it in a few words: the person is told the ground.</source>
        <translation>Une demande qui n’est pas entièrement accordée doit avoir une base juridique, par exemple une limitation sur la base de l’art. 23 RGPD et de la loi du 30 juillet 2018. Expliquez-la en quelques mots : la personne est informée de la base.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Extend the term of the request about {code}</source>
        <translation>Prolonger le délai de la demande concernant {code}</translation>
    </message>
    <message>
        <source>A complex request may take two more months. This is possible once, within the first month, and the person must be told why.</source>
        <translation>Une demande complexe peut prendre deux mois de plus. C’est possible une seule fois, dans le premier mois, et la personne doit être informée du motif.</translation>
    </message>
    <message>
        <source>Why more time is needed</source>
        <translation>Pourquoi plus de temps est nécessaire</translation>
    </message>
    <message>
        <source>Person informed about {code}</source>
        <translation>Personne informée au sujet de {code}</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informé(e)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Answer sent about {code}</source>
        <translation>Réponse envoyée au sujet de {code}</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Ce qui a été envoyé</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The data of this LIVC-R will be replaced by this backup:</source>
        <translation>Les données de cette CSIL-R seront remplacées par cette sauvegarde :</translation>
    </message>
    <message>
        <source>LIVC-R</source>
        <translation>CSIL-R</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Journal operations</source>
        <translation>Opérations du journal</translation>
    </message>
    <message>
        <source>Everything recorded after that moment is no longer shown. The current data is not deleted: it is kept in the data folder under backups/replaced-…. The backup is checked completely before anything is replaced.</source>
        <translation>Tout ce qui a été enregistré après ce moment n’est plus affiché. Les données actuelles ne sont pas supprimées : elles sont conservées dans le dossier de données sous backups/replaced-…. La sauvegarde est entièrement vérifiée avant tout remplacement.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>The backup of {date} was restored ({operations} journal operations). You continue on the restored data.</source>
        <translation>La sauvegarde du {date} a été restaurée ({operations} opérations du journal). Vous continuez avec les données restaurées.</translation>
    </message>
    <message>
        <source>The data it replaced is kept in {folder}.</source>
        <translation>Les données qu’elle a remplacées sont conservées dans {folder}.</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>{livcr}: backup of {date} ({reason}), {operations} journal operations</source>
        <translation>{livcr} : sauvegarde du {date} ({reason}), {operations} opérations du journal</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>For example on a new laptop, or after a lost one.</source>
        <translation>Par exemple sur un nouvel ordinateur portable, ou après la perte de l’ancien.</translation>
    </message>
    <message>
        <source>Choose a backup file of your LIVC-R (it ends in .livcrbackup). It is checked completely before it is put in this data folder. Then sign in with your account as it was in the backup, or with the recovery key from the setup.</source>
        <translation>Choisissez un fichier de sauvegarde de votre CSIL-R (il se termine par .livcrbackup). Il est entièrement vérifié avant d’être placé dans ce dossier de données. Connectez-vous ensuite avec votre compte tel qu’il existait dans la sauvegarde, ou avec la clé de récupération reçue lors de la création.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>With the account&apos;s passphrase</source>
        <translation>Avec la phrase secrète du compte</translation>
    </message>
    <message>
        <source>With the recovery key (coordinator)</source>
        <translation>Avec la clé de récupération (coordinateur)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>No operational-table meeting is planned: plan the next meeting, then propose the erasure for its agenda.</source>
        <translation>Aucune réunion de la table opérationnelle n’est planifiée : planifiez la prochaine réunion, puis proposez l’effacement à son ordre du jour.</translation>
    </message>
    <message>
        <source>Case {code} has not reached this term under the house rules in force.</source>
        <translation>Le cas {code} n’a pas atteint ce délai selon le règlement d’ordre intérieur en vigueur.</translation>
    </message>
    <message>
        <source>The erasure of case {code} is already proposed for the meeting of {day}.</source>
        <translation>L’effacement du cas {code} est déjà proposé pour la réunion du {day}.</translation>
    </message>
    <message>
        <source>This case was not found.</source>
        <translation>Ce cas est introuvable.</translation>
    </message>
    <message>
        <source>Proposed erasure of case {code} under the house rules: {rule} on {day}</source>
        <translation>Effacement proposé du cas {code} selon le règlement d’ordre intérieur : {rule} le {day}</translation>
    </message>
    <message>
        <source>Proposed erasure of case {code} on a granted erasure request (decided on {day})</source>
        <translation>Effacement proposé du cas {code} sur une demande d’effacement accordée (décidée le {day})</translation>
    </message>
    <message>
        <source>Case {code} has no granted erasure request in the register of data-subject requests (or was erased already).</source>
        <translation>Le cas {code} n’a pas de demande d’effacement accordée dans le registre des demandes des personnes concernées (ou a déjà été effacé).</translation>
    </message>
    <message>
        <source>Case {code} is closed: there is no follow-up to review at 18. The erasure terms of the house rules apply to it.</source>
        <translation>Le cas {code} est clôturé : il n’y a pas de suivi à réexaminer à 18 ans. Les délais de conservation du règlement d’ordre intérieur s’y appliquent.</translation>
    </message>
</context>
<context>
    <name>RetentionArea</name>
    <message>
        <source>Retention and house rules</source>
        <translation>Conservation et règlement d’ordre intérieur</translation>
    </message>
    <message>
        <source>How long the LIVC-R keeps its data is set in its own house rules, adopted by the strategic table. When a case reaches its term it is listed here, by its code only.</source>
        <translation>La durée de conservation des données de la CSIL-R est fixée dans son propre règlement d’ordre intérieur, adopté par la table stratégique. Lorsqu’un cas atteint son délai, il apparaît ici, par son seul code.</translation>
    </message>
    <message>
        <source>Proposed for the meeting of {day}</source>
        <translation>Proposé pour la réunion du {day}</translation>
    </message>
    <message>
        <source>Not proposed yet</source>
        <translation>Pas encore proposé</translation>
    </message>
    <message>
        <source>Proposed to the operational table: case {code}.</source>
        <translation>Proposé à la table opérationnelle : cas {code}.</translation>
    </message>
    <message>
        <source>Draft house rules saved.</source>
        <translation>Projet de règlement d’ordre intérieur enregistré.</translation>
    </message>
    <message>
        <source>Version {number} of the house rules recorded.</source>
        <translation>Version {number} du règlement d’ordre intérieur enregistrée.</translation>
    </message>
    <message>
        <source>Reached their term</source>
        <translation>Délai atteint</translation>
    </message>
    <message>
        <source>House rules</source>
        <translation>Règlement d’ordre intérieur</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Échu depuis le</translation>
    </message>
    <message>
        <source>Operational table</source>
        <translation>Table opérationnelle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>En vigueur depuis le</translation>
    </message>
    <message>
        <source>Strategic table of</source>
        <translation>Table stratégique du</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Cases that reached their retention term by {day} under the house rules in force. “Propose to the table” puts the erasure of the selected case (or, at 18, the case itself, for its review) on the agenda of the next operational-table meeting; the table decides.</source>
        <translation>Cas qui ont atteint leur délai de conservation au {day} selon le règlement d’ordre intérieur en vigueur. « Proposer à la table » inscrit l’effacement du cas choisi (ou, à 18 ans, le cas lui-même, pour son réexamen) à l’ordre du jour de la prochaine réunion de la table opérationnelle ; la table décide.</translation>
    </message>
    <message>
        <source>No case has reached its retention term.</source>
        <translation>Aucun cas n’a atteint son délai de conservation.</translation>
    </message>
    <message>
        <source>Propose to the table</source>
        <translation>Proposer à la table</translation>
    </message>
    <message>
        <source>Edit the draft…</source>
        <translation>Modifier le projet…</translation>
    </message>
    <message>
        <source>Start a draft…</source>
        <translation>Commencer un projet…</translation>
    </message>
    <message>
        <source>Record the adoption…</source>
        <translation>Enregistrer l’adoption…</translation>
    </message>
    <message>
        <source>PDF of the draft…</source>
        <translation>PDF du projet…</translation>
    </message>
    <message>
        <source>PDF of the selected version…</source>
        <translation>PDF de la version choisie…</translation>
    </message>
    <message>
        <source>No version adopted yet: the defaults above apply.</source>
        <translation>Aucune version adoptée pour l’instant : les règles par défaut ci-dessus s’appliquent.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n year(s) after closure</source>
        <translation>
            <numerusform>Conservé %n an après la clôture</numerusform>
            <numerusform>Conservé %n ans après la clôture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n year(s) when the case never reached the table</source>
        <translation>
            <numerusform>Conservé %n an si le cas n’a jamais atteint la table</numerusform>
            <numerusform>Conservé %n ans si le cas n’a jamais atteint la table</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts below {threshold} are not shown in the figures</source>
        <translation>Les nombres inférieurs à {threshold} ne sont pas affichés dans les chiffres</translation>
    </message>
    <message numerus="yes">
        <source>The operational table meets every %n month(s)</source>
        <translation>
            <numerusform>La table opérationnelle se réunit tous les %n mois</numerusform>
            <numerusform>La table opérationnelle se réunit tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>The case of a minor comes up again at their 18th birthday</source>
        <translation>Le cas d’un mineur revient à la table à ses 18 ans</translation>
    </message>
    <message>
        <source>The operational table decides each erasure</source>
        <translation>La table opérationnelle décide de chaque effacement</translation>
    </message>
    <message>
        <source>The coordinator decides each erasure with the DPO&apos;s confirmation</source>
        <translation>Le coordinateur décide de chaque effacement avec la confirmation du DPO</translation>
    </message>
    <message>
        <source>The strategic table has not adopted house rules yet, so the app applies its defaults: five years after closure is the practice of the Dutch covenant of 2017 (now law); no Belgian text fixes a term.</source>
        <translation>La table stratégique n’a pas encore adopté de règlement d’ordre intérieur ; l’application applique donc ses règles par défaut : cinq ans après la clôture est la pratique de la convention néerlandaise de 2017 (devenue loi) ; aucun texte belge ne fixe de délai.</translation>
    </message>
    <message>
        <source>In force: version {number}, since {day}.</source>
        <translation>En vigueur : version {number}, depuis le {day}.</translation>
    </message>
</context>
<context>
    <name>RetentionRule</name>
    <message>
        <source>Term after closure reached</source>
        <translation>Délai après la clôture atteint</translation>
    </message>
    <message>
        <source>Shorter term reached (never reached the table)</source>
        <translation>Délai plus court atteint (jamais arrivé à la table)</translation>
    </message>
    <message>
        <source>Review at the person&apos;s 18th birthday</source>
        <translation>Réexamen aux 18 ans de la personne</translation>
    </message>
    <message>
        <source>Granted erasure request</source>
        <translation>Demande d’effacement accordée</translation>
    </message>
</context>
<context>
    <name>RetentionRuleInText</name>
    <message>
        <source>term after closure reached</source>
        <translation>délai après la clôture atteint</translation>
    </message>
    <message>
        <source>shorter term reached (never reached the table)</source>
        <translation>délai plus court atteint (jamais arrivé à la table)</translation>
    </message>
    <message>
        <source>review at the person&apos;s 18th birthday</source>
        <translation>réexamen aux 18 ans de la personne</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Coordinator (prevention official)</source>
        <translation>Coordinateur (fonctionnaire de prévention)</translation>
    </message>
    <message>
        <source>Chair (mayor or representative)</source>
        <translation>Président (bourgmestre ou représentant)</translation>
    </message>
    <message>
        <source>Information Officer (IO)</source>
        <translation>Information Officer (IO)</translation>
    </message>
    <message>
        <source>Partner (invited per case)</source>
        <translation>Partenaire (invité par cas)</translation>
    </message>
    <message>
        <source>Strategic table member</source>
        <translation>Membre de la table stratégique</translation>
    </message>
    <message>
        <source>Data-protection officer</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <source>IT administrator</source>
        <translation>Administrateur informatique</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Grant a role to {name}</source>
        <translation>Attribuer un rôle à {name}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Municipality (chair only)</source>
        <translation>Commune (président uniquement)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>The mandate has an end date</source>
        <translation>Le mandat a une date de fin</translation>
    </message>
    <message>
        <source>Until (last day)</source>
        <translation>Jusqu’au (dernier jour)</translation>
    </message>
    <message>
        <source>Note (e.g. decision of the mayor)</source>
        <translation>Remarque (p. ex. décision du bourgmestre)</translation>
    </message>
</context>
<context>
    <name>RoleShort</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Information Officer</source>
        <translation>Information Officer</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Strategic table</source>
        <translation>Table stratégique</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>IT administration</source>
        <translation>Informatique</translation>
    </message>
</context>
<context>
    <name>SavePath</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>LIVC-R backups (*.livcrbackup)</source>
        <translation>Sauvegardes CSIL-R (*.livcrbackup)</translation>
    </message>
    <message>
        <source>LIVC-R invitations (*.livcrinvite)</source>
        <translation>Invitations CSIL-R (*.livcrinvite)</translation>
    </message>
    <message>
        <source>LIVC-R bundles of changes (*.livcr-bundle)</source>
        <translation>Paquets de modifications CSIL-R (*.livcr-bundle)</translation>
    </message>
    <message>
        <source>LIVC-R hub access files (*.livcrhub)</source>
        <translation>Fichiers d’accès au hub CSIL-R (*.livcrhub)</translation>
    </message>
</context>
<context>
    <name>ScreenDialog</name>
    <message>
        <source>Screen {code}</source>
        <translation>Examen préalable de {code}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ScreeningOutcome</name>
    <message>
        <source>Put it on the operational table</source>
        <translation>Inscrire à la table opérationnelle</translation>
    </message>
    <message>
        <source>Pass it to regular services (no LIVC-R follow-up)</source>
        <translation>Confier aux services réguliers (pas de suivi par la CSIL-R)</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Aucune action</translation>
    </message>
</context>
<context>
    <name>SecrecyGuard</name>
    <message>
        <source>a confidential record</source>
        <translation>un document confidentiel</translation>
    </message>
    <message>
        <source>a case note</source>
        <translation>une note du cas</translation>
    </message>
    <message>
        <source>the record of a consultation</source>
        <translation>le compte rendu d’une concertation</translation>
    </message>
    <message>
        <source>an action point</source>
        <translation>un point d’action</translation>
    </message>
    <message>
        <source>a participant&apos;s reason</source>
        <translation>la motivation d’un participant</translation>
    </message>
    <message>
        <source>a signal</source>
        <translation>un signalement</translation>
    </message>
    <message>
        <source>the identity of who signalled</source>
        <translation>l’identité de l’auteur du signalement</translation>
    </message>
    <message>
        <source>No overlap with confidential text</source>
        <translation>Aucun recoupement avec un texte confidentiel</translation>
    </message>
    <message>
        <source>Overlap confirmed as not covered by professional secrecy</source>
        <translation>Recoupement confirmé comme non couvert par le secret professionnel</translation>
    </message>
    <message>
        <source>Overlaps confidential text: remove the passage or confirm</source>
        <translation>Recoupe un texte confidentiel : supprimez le passage ou confirmez</translation>
    </message>
    <message>
        <source>a partner&apos;s trajectory update</source>
        <translation>un compte rendu de suivi d’un partenaire</translation>
    </message>
    <message>
        <source>an evaluation of the trajectory</source>
        <translation>une évaluation du parcours d’accompagnement</translation>
    </message>
    <message numerus="yes">
        <source>This text repeats confidential information of the case (%n highlighted passage(s)). Remove what is highlighted, or confirm that it is not covered by professional secrecy.</source>
        <translation>
            <numerusform>Ce texte reprend des informations confidentielles du cas (%n passage surligné). Supprimez le passage ou confirmez qu’il n’est pas couvert par le secret professionnel.</numerusform>
            <numerusform>Ce texte reprend des informations confidentielles du cas (%n passages surlignés). Supprimez les passages ou confirmez qu’ils ne sont pas couverts par le secret professionnel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Life domains</source>
        <translation>Domaines de vie</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Removing a municipality retires it: its cases and role assignments stay readable.</source>
        <translation>Retirer une commune la désactive : ses cas et ses attributions de rôles restent consultables.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the LIVC-R&apos;s details.</source>
        <translation>Seul un coordinateur peut modifier les informations de la CSIL-R.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <source> min without input</source>
        <translation> min sans activité</translation>
    </message>
    <message>
        <source>never (not recommended)</source>
        <translation>jamais (déconseillé)</translation>
    </message>
    <message>
        <source>The language of documents such as minutes and feedback forms is chosen each time one is made.</source>
        <translation>La langue des documents tels que les procès-verbaux et les fiches de retour est choisie à chaque création.</translation>
    </message>
    <message>
        <source>LIVC-R</source>
        <translation>CSIL-R</translation>
    </message>
    <message>
        <source>Name of the LIVC-R</source>
        <translation>Nom de la CSIL-R</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation>Langue de travail</translation>
    </message>
    <message>
        <source>Case codes</source>
        <translation>Codes des cas</translation>
    </message>
    <message>
        <source>Member municipalities</source>
        <translation>Communes membres</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up LIVC-R Desktop</source>
        <translation>Configurer LIVC-R Desktop</translation>
    </message>
</context>
<context>
    <name>SignDecisionDialog</name>
    <message>
        <source>Sign the decision</source>
        <translation>Signer la décision</translation>
    </message>
    <message>
        <source>By signing, the chair confirms that this is what the effective participants agreed by consensus. A signed decision takes effect at once.</source>
        <translation>Par sa signature, le président confirme que c’est ce que les membres participant effectivement ont convenu par consensus. Une décision signée prend effet immédiatement.</translation>
    </message>
    <message>
        <source>Chair who signs</source>
        <translation>Président qui signe</translation>
    </message>
    <message>
        <source>Their passphrase</source>
        <translation>Sa phrase secrète</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again. If nobody knows a passphrase any more, use the recovery key.</source>
        <translation>La phrase secrète est incorrecte. Vérifiez la disposition du clavier et la touche Verr. Maj, puis réessayez. Si plus personne ne connaît de phrase secrète, utilisez la clé de récupération.</translation>
    </message>
    <message>
        <source>This passphrase is wrong. Check the keyboard layout and Caps Lock, then try again (tries left before a waiting time: {tries}).</source>
        <translation>Cette phrase secrète est erronée. Vérifiez la disposition du clavier et la touche Verr. Maj, puis réessayez (essais restants avant un temps d’attente : {tries}).</translation>
    </message>
    <message>
        <source>This passphrase is wrong. Check the keyboard layout and Caps Lock; each next try waits a little longer.</source>
        <translation>Cette phrase secrète est erronée. Vérifiez la disposition du clavier et la touche Verr. Maj ; chaque nouvel essai attend un peu plus longtemps.</translation>
    </message>
    <message>
        <source>This recovery key does not open this data folder. Check it against the printed sheet.</source>
        <translation>Cette clé de récupération n’ouvre pas ce dossier de données. Comparez-la avec la feuille imprimée.</translation>
    </message>
    <message>
        <source>There is no account with this user name here.</source>
        <translation>Il n’existe ici aucun compte avec ce nom d’utilisateur.</translation>
    </message>
    <message>
        <source>This account has been ended. Ask the coordinator if you still need access.</source>
        <translation>Ce compte a été clôturé. Adressez-vous au coordinateur si vous avez encore besoin d’un accès.</translation>
    </message>
    <message>
        <source>This device was set to remember your sign-in, but the system keyring no longer holds it. Sign in with your passphrase; you can switch remembering on again afterwards.</source>
        <translation>Cet appareil était configuré pour mémoriser votre connexion, mais le trousseau du système ne la contient plus. Connectez-vous avec votre phrase secrète ; vous pourrez ensuite réactiver la mémorisation.</translation>
    </message>
    <message>
        <source>This computer has no usable system keyring, so it cannot remember your sign-in. Your passphrase keeps working as before.</source>
        <translation>Cet ordinateur n’a pas de trousseau système utilisable ; il ne peut donc pas mémoriser votre connexion. Votre phrase secrète fonctionne comme avant.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Wait a moment before the next try ({seconds} s).</source>
        <translation>Trop de phrases secrètes erronées. Patientez un instant avant le prochain essai ({seconds} s).</translation>
    </message>
    <message>
        <source>This data folder has no recovery key. Restore a backup to regain access.</source>
        <translation>Ce dossier de données n’a pas de clé de récupération. Restaurez une sauvegarde pour retrouver l’accès.</translation>
    </message>
    <message>
        <source>The recovery key reopens the data for a coordinator only. Choose a coordinator&apos;s account.</source>
        <translation>La clé de récupération ne rouvre les données que pour un coordinateur. Choisissez le compte d’un coordinateur.</translation>
    </message>
    <message>
        <source>Someone is already signed in on top of this session. Finish that first.</source>
        <translation>Quelqu’un est déjà connecté par-dessus cette session. Terminez d’abord cette action.</translation>
    </message>
    <message>
        <source>You are already signed in. Choose the person who signs in on top of you.</source>
        <translation>Vous êtes déjà connecté. Choisissez la personne qui se connecte par-dessus votre session.</translation>
    </message>
    <message>
        <source>This laptop holds cases your role does not open, so your passphrase no longer opens it. Ask the coordinator for an invitation for your own laptop.</source>
        <translation>Cet ordinateur portable contient des dossiers que votre rôle n’ouvre pas : votre phrase secrète ne l’ouvre donc plus. Demandez au coordinateur une invitation pour votre propre ordinateur portable.</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>Qui se connecte ?</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Remember me on this device (no passphrase needed here)</source>
        <translation>Se souvenir de moi sur cet appareil (pas de phrase secrète nécessaire ici)</translation>
    </message>
    <message>
        <source>Use the recovery key…</source>
        <translation>Utiliser la clé de récupération…</translation>
    </message>
    <message>
        <source>Open another data folder…</source>
        <translation>Ouvrir un autre dossier de données…</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>First sync of this laptop: {count} of {total} changes received…</source>
        <translation>Première synchronisation de cet ordinateur : {count} modifications reçues sur {total}…</translation>
    </message>
    <message>
        <source>Sign in – LIVC-R Desktop</source>
        <translation>Connexion – LIVC-R Desktop</translation>
    </message>
    <message>
        <source>Demo data folder: every person and case here is fictional. Every demo account has the passphrase {passphrase}</source>
        <translation>Dossier de démonstration : toutes les personnes et tous les cas sont fictifs. Tous les comptes de démonstration ont la phrase secrète {passphrase}</translation>
    </message>
    <message>
        <source>Demo data folder: every person and case here is fictional.</source>
        <translation>Dossier de démonstration : toutes les personnes et tous les cas sont fictifs.</translation>
    </message>
    <message>
        <source>Remembered on this device: leave empty and sign in</source>
        <translation>Mémorisé sur cet appareil : laissez vide et connectez-vous</translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <source>A case about a person with these names and this date of birth already exists: {code} ({status}). Add the signal to that case rather than creating a duplicate, unless it is really someone else.</source>
        <translation>Un cas concernant une personne portant ces noms et née à cette date existe déjà : {code} ({status}). Ajoutez le signalement à ce cas plutôt que de créer un doublon, sauf s’il s’agit vraiment d’une autre personne.</translation>
    </message>
    <message>
        <source>Add to {code}</source>
        <translation>Ajouter à {code}</translation>
    </message>
    <message>
        <source>Register as a new case</source>
        <translation>Enregistrer comme nouveau cas</translation>
    </message>
    <message>
        <source>Register a signal</source>
        <translation>Enregistrer un signalement</translation>
    </message>
    <message>
        <source>The signal</source>
        <translation>Le signalement</translation>
    </message>
    <message>
        <source>Who it is about</source>
        <translation>Qui est concerné</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Signalling organisation</source>
        <translation>Organisation qui signale</translation>
    </message>
    <message>
        <source>Signalling person</source>
        <translation>Personne qui signale</translation>
    </message>
    <message>
        <source>The concern</source>
        <translation>La préoccupation</translation>
    </message>
    <message>
        <source>What the IO may share</source>
        <translation>Ce que l’IO peut partager</translation>
    </message>
    <message>
        <source>LTF</source>
        <translation>TFL</translation>
    </message>
    <message>
        <source>Common Database</source>
        <translation>BDC</translation>
    </message>
    <message>
        <source>LTF priority</source>
        <translation>Priorité TFL</translation>
    </message>
    <message>
        <source>Other LIVC-R</source>
        <translation>Autre CSIL-R</translation>
    </message>
    <message>
        <source>Contact there</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>The LTF asks the LIVC-R to take the primary follow-up</source>
        <translation>La TFL demande à la CSIL-R d’assurer le suivi principal</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>First name(s)</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Date of birth (empty if not known)</source>
        <translation>Date de naissance (vide si inconnue)</translation>
    </message>
    <message>
        <source>Description (no name)</source>
        <translation>Description (sans nom)</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Find the case</source>
        <translation>Rechercher le cas</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Case code or name</source>
        <translation>Code du cas ou nom</translation>
    </message>
    <message>
        <source>A case that already exists</source>
        <translation>Un cas existant</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>SignalSource</name>
    <message>
        <source>A partner</source>
        <translation>Un partenaire</translation>
    </message>
    <message>
        <source>The LTF, through the Information Officer</source>
        <translation>La TFL, par l’intermédiaire de l’Information Officer</translation>
    </message>
    <message>
        <source>Another LIVC-R</source>
        <translation>Une autre CSIL-R</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <source>The date of the signal cannot be in the future.</source>
        <translation>La date du signalement ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Describe the concern in a few sentences.</source>
        <translation>Décrivez la préoccupation en quelques phrases.</translation>
    </message>
    <message>
        <source>Choose the member municipality the signal is about.</source>
        <translation>Choisissez la commune membre concernée par le signalement.</translation>
    </message>
    <message>
        <source>Choose the organisation that signals the concern.</source>
        <translation>Choisissez l’organisation qui signale la préoccupation.</translation>
    </message>
    <message>
        <source>Record what the Information Officer was allowed to share.</source>
        <translation>Indiquez ce que l’Information Officer a été autorisé à partager.</translation>
    </message>
    <message>
        <source>Enter the name of the other LIVC-R.</source>
        <translation>Saisissez le nom de l’autre CSIL-R.</translation>
    </message>
    <message>
        <source>Give the reason for the screening decision.</source>
        <translation>Indiquez le motif de la décision d’examen préalable.</translation>
    </message>
    <message>
        <source>This text may be at most {maximum} characters.</source>
        <translation>Ce texte peut contenir au maximum {maximum} caractères.</translation>
    </message>
</context>
<context>
    <name>SignalsArea</name>
    <message>
        <source>The signal was registered.</source>
        <translation>Le signalement a été enregistré.</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Register a signal…</source>
        <translation>Enregistrer un signalement…</translation>
    </message>
    <message>
        <source>New concerns wait here until they are screened: put on the operational table, passed to regular services, or closed without action, always with a reason.</source>
        <translation>Les nouvelles préoccupations attendent ici leur examen préalable : inscription à la table opérationnelle, transmission aux services réguliers ou clôture sans suite, toujours avec un motif.</translation>
    </message>
    <message>
        <source>No signals to screen</source>
        <translation>Aucun signalement à examiner</translation>
    </message>
    <message>
        <source>When a partner, the LTF or another LIVC-R brings a concern, register it here.</source>
        <translation>Lorsqu’un partenaire, la TFL ou une autre CSIL-R fait part d’une préoccupation, enregistrez-la ici.</translation>
    </message>
</context>
<context>
    <name>SignaturesArea</name>
    <message>
        <source>Signed. Fingerprint of the signature: {fingerprint}</source>
        <translation>Signé. Empreinte de la signature : {fingerprint}</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>À signer</translation>
    </message>
    <message>
        <source>Outcomes the effective participants agreed by consensus, waiting for your signature as chair, and the draft minutes of the meetings you chaired, waiting for your approval. A signed decision is final and takes effect at once.</source>
        <translation>Résultats convenus par consensus des membres participant effectivement, en attente de votre signature en tant que président, et projets de procès-verbal des réunions que vous avez présidées, en attente de votre approbation. Une décision signée est définitive et prend effet immédiatement.</translation>
    </message>
    <message numerus="yes">
        <source>Decisions to sign (%n)</source>
        <translation>
            <numerusform>Décision à signer (%n)</numerusform>
            <numerusform>Décisions à signer (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft minutes to approve (%n)</source>
        <translation>
            <numerusform>Projet de procès-verbal à approuver (%n)</numerusform>
            <numerusform>Projets de procès-verbal à approuver (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Read and approve the minutes…</source>
        <translation>Lire et approuver le procès-verbal…</translation>
    </message>
    <message>
        <source>Nothing waiting for your signature or approval</source>
        <translation>Rien n’attend votre signature ou votre approbation</translation>
    </message>
    <message>
        <source>Decisions with consensus on cases of your municipality appear here when they were not signed during the meeting, and so do the draft minutes of the meetings you chaired.</source>
        <translation>Les décisions adoptées par consensus sur des cas de votre commune apparaissent ici lorsqu’elles n’ont pas été signées pendant la réunion, tout comme les projets de procès-verbal des réunions que vous avez présidées.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Proposal as worded</source>
        <translation>Proposition telle que formulée</translation>
    </message>
    <message>
        <source>Review and sign…</source>
        <translation>Relire et signer…</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Ouvrir le cas</translation>
    </message>
</context>
<context>
    <name>StanceDialog</name>
    <message>
        <source>Refusal or representation</source>
        <translation>Refus ou représentation</translation>
    </message>
    <message>
        <source>A partner may refuse to take part in the consultation of a case, with a motivation (Flemish decree of 21 May 2021), or be represented by a supervisor.</source>
        <translation>Un partenaire peut refuser, de manière motivée, de participer à la concertation de cas (décret flamand du 21 mai 2021), ou se faire représenter par un supérieur.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Représenté par</translation>
    </message>
    <message>
        <source>In the function of</source>
        <translation>En qualité de</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change the status of {code}</source>
        <translation>Modifier le statut de {code}</translation>
    </message>
    <message>
        <source>Now: {status}. Every change is recorded with its reason.</source>
        <translation>Actuellement : {status}. Chaque changement est enregistré avec son motif.</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>Why it is closed</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>StrategicTextsDialog</name>
    <message>
        <source>Texts of the strategic table – {year}</source>
        <translation>Textes de la table stratégique – {year}</translation>
    </message>
    <message>
        <source>These texts open the yearly report of {year}. Write about the LIVC-R&apos;s work, never about a person or a case: the report is read outside the cell.</source>
        <translation>Ces textes ouvrent le rapport annuel {year}. Écrivez sur le travail de la CSIL-R, jamais sur une personne ou un cas : le rapport est lu en dehors de la cellule.</translation>
    </message>
    <message>
        <source>&amp;Priorities:</source>
        <translation>&amp;Priorités :</translation>
    </message>
    <message>
        <source>&amp;Working agreements:</source>
        <translation>&amp;Accords de travail :</translation>
    </message>
    <message>
        <source>&amp;Evaluation:</source>
        <translation>É&amp;valuation :</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Person concerned in {code}</source>
        <translation>Personne concernée – cas {code}</translation>
    </message>
    <message>
        <source>Keep only what the table needs: names, date of birth, and contact details only where they are needed.</source>
        <translation>N’enregistrez que ce dont la table a besoin : noms, date de naissance, et coordonnées uniquement si elles sont nécessaires.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>First name(s)</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Date of birth (empty if not known)</source>
        <translation>Date de naissance (vide si inconnue)</translation>
    </message>
    <message>
        <source>Description (no name)</source>
        <translation>Description (sans nom)</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Address (only if needed)</source>
        <translation>Adresse (seulement si nécessaire)</translation>
    </message>
    <message>
        <source>Phone (only if needed)</source>
        <translation>Téléphone (seulement si nécessaire)</translation>
    </message>
</context>
<context>
    <name>SubjectKind</name>
    <message>
        <source>A named person</source>
        <translation>Une personne, avec son nom</translation>
    </message>
    <message>
        <source>A group or organisation</source>
        <translation>Un groupe ou une organisation</translation>
    </message>
    <message>
        <source>A person, anonymised for now</source>
        <translation>Une personne, anonymisée pour l’instant</translation>
    </message>
</context>
<context>
    <name>SubjectRequests</name>
    <message>
        <source>Access (GDPR art. 15)</source>
        <translation>Accès (art. 15 RGPD)</translation>
    </message>
    <message>
        <source>Rectification (GDPR art. 16)</source>
        <translation>Rectification (art. 16 RGPD)</translation>
    </message>
    <message>
        <source>Erasure (GDPR art. 17)</source>
        <translation>Effacement (art. 17 RGPD)</translation>
    </message>
    <message>
        <source>Restriction of processing (GDPR art. 18)</source>
        <translation>Limitation du traitement (art. 18 RGPD)</translation>
    </message>
    <message>
        <source>Objection (GDPR art. 21)</source>
        <translation>Opposition (art. 21 RGPD)</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>The person concerned</source>
        <translation>La personne concernée</translation>
    </message>
    <message>
        <source>A parent or guardian</source>
        <translation>Un parent ou tuteur</translation>
    </message>
    <message>
        <source>A lawyer</source>
        <translation>Un avocat</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Partiellement accordée</translation>
    </message>
    <message>
        <source>Right restricted</source>
        <translation>Droit limité</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Restriction for the prevention of offences (GDPR art. 23, law of 30 July 2018)</source>
        <translation>Limitation pour la prévention des infractions (art. 23 RGPD, loi du 30 juillet 2018)</translation>
    </message>
    <message>
        <source>Police information: indirect access through the Supervisory Body for Police Information (law of 30 July 2018)</source>
        <translation>Information policière : accès indirect par l’Organe de contrôle de l’information policière (loi du 30 juillet 2018)</translation>
    </message>
    <message>
        <source>Rights and freedoms of others (GDPR art. 15(4))</source>
        <translation>Droits et libertés d’autrui (art. 15, §4, RGPD)</translation>
    </message>
    <message>
        <source>Shared professional secrecy (art. 458ter Criminal Code)</source>
        <translation>Secret professionnel partagé (art. 458ter Code pénal)</translation>
    </message>
    <message>
        <source>Manifestly unfounded or excessive (GDPR art. 12(5))</source>
        <translation>Manifestement infondée ou excessive (art. 12, §5, RGPD)</translation>
    </message>
    <message>
        <source>Another ground (explained)</source>
        <translation>Un autre motif (expliqué)</translation>
    </message>
    <message>
        <source>Art. 23: prevention</source>
        <translation>Art. 23 : prévention</translation>
    </message>
    <message>
        <source>Police information</source>
        <translation>Information policière</translation>
    </message>
    <message>
        <source>Rights of others</source>
        <translation>Droits d’autrui</translation>
    </message>
    <message>
        <source>Professional secrecy</source>
        <translation>Secret professionnel</translation>
    </message>
    <message>
        <source>Unfounded or excessive</source>
        <translation>Infondée ou excessive</translation>
    </message>
    <message>
        <source>Another ground</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>The parents or guardian</source>
        <translation>Les parents ou le tuteur</translation>
    </message>
    <message>
        <source>The person and the parents</source>
        <translation>La personne et les parents</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La date ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The date cannot be before the request was received.</source>
        <translation>La date ne peut pas précéder la réception de la demande.</translation>
    </message>
    <message>
        <source>Name the legal ground: a request that is not granted in full needs one.</source>
        <translation>Indiquez la base juridique : une demande qui n’est pas entièrement accordée en nécessite une.</translation>
    </message>
    <message>
        <source>Explain the ground in a few words: “another ground” needs an explanation.</source>
        <translation>Expliquez le motif en quelques mots : « un autre motif » demande une explication.</translation>
    </message>
    <message>
        <source>Write the name of the lawyer or parent who made the request.</source>
        <translation>Écrivez le nom de l’avocat ou du parent qui a introduit la demande.</translation>
    </message>
    <message>
        <source>The text is too long (at most {limit} characters).</source>
        <translation>Le texte est trop long (au maximum {limit} caractères).</translation>
    </message>
    <message>
        <source>The term of this request was already extended once.</source>
        <translation>Le délai de cette demande a déjà été prolongé une fois.</translation>
    </message>
    <message>
        <source>The term can only be extended within the first month, and the person told why.</source>
        <translation>Le délai ne peut être prolongé que dans le premier mois, et la personne doit en connaître le motif.</translation>
    </message>
    <message>
        <source>Say why the request needs more time (GDPR art. 12(3)).</source>
        <translation>Indiquez pourquoi la demande nécessite plus de temps (art. 12, §3, RGPD).</translation>
    </message>
    <message>
        <source>Decide on the request before recording the answer.</source>
        <translation>Décidez de la demande avant d’enregistrer la réponse.</translation>
    </message>
    <message>
        <source>Summarise the answer that was sent.</source>
        <translation>Résumez la réponse envoyée.</translation>
    </message>
    <message>
        <source>Only a request for access is answered with a copy of the data.</source>
        <translation>Seule une demande d’accès reçoit une copie des données en réponse.</translation>
    </message>
    <message>
        <source>Decide on the request before exporting the answer.</source>
        <translation>Décidez de la demande avant d’exporter la réponse.</translation>
    </message>
    <message>
        <source>The data changed since the review; open the review again.</source>
        <translation>Les données ont changé depuis la vérification ; rouvrez la vérification.</translation>
    </message>
    <message>
        <source>This request is not in the register.</source>
        <translation>Cette demande ne figure pas dans le registre.</translation>
    </message>
    <message>
        <source>There is no case with this code.</source>
        <translation>Il n’y a pas de cas avec ce code.</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <source>Save the trajectory summary</source>
        <translation>Enregistrer la synthèse du parcours</translation>
    </message>
</context>
<context>
    <name>SummaryExportDialog</name>
    <message>
        <source>Trajectory summary of {code}</source>
        <translation>Synthèse du parcours de {code}</translation>
    </message>
    <message>
        <source>A PDF for the table: goals, actions, the life domains over time and what the evaluations proposed, without the partners&apos; updates. Printing it is recorded in the audit trail; the document is covered by shared professional secrecy.</source>
        <translation>Un PDF pour la table : objectifs, actions, les domaines de vie dans le temps et ce que les évaluations ont proposé, sans les comptes rendus des partenaires. L’impression est consignée dans la piste d’audit ; le document relève du secret professionnel partagé.</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This member has no account to invite.</source>
        <translation>Ce membre n’a pas de compte à inviter.</translation>
    </message>
    <message>
        <source>This file is not an invitation to an LIVC-R.</source>
        <translation>Ce fichier n’est pas une invitation à une CSIL-R.</translation>
    </message>
    <message>
        <source>The folder for the new LIVC-R must be empty or not exist yet.</source>
        <translation>Le dossier de la nouvelle CSIL-R doit être vide ou ne pas encore exister.</translation>
    </message>
    <message>
        <source>The hub knows no laptop with the id {device}: `livcr devices list` shows them.</source>
        <translation>Le hub ne connaît aucun ordinateur portable portant l’identifiant {device} : `livcr devices list` les affiche.</translation>
    </message>
    <message>
        <source>No laptop waiting for approval has the fingerprint {fingerprint}.</source>
        <translation>Aucun ordinateur portable en attente d’approbation n’a l’empreinte {fingerprint}.</translation>
    </message>
    <message>
        <source>This LIVC-R is already connected to a hub.</source>
        <translation>Cette CSIL-R est déjà connectée à un hub.</translation>
    </message>
    <message>
        <source>This LIVC-R is not connected to a hub yet.</source>
        <translation>Cette CSIL-R n’est pas encore connectée à un hub.</translation>
    </message>
    <message>
        <source>The hub&apos;s password is not on this computer: connect again, or pass it with --hub-password-file.</source>
        <translation>Le mot de passe du hub n’est pas sur cet ordinateur : reconnectez-vous, ou indiquez-le avec --hub-password-file.</translation>
    </message>
    <message>
        <source>The hub&apos;s password is not on this computer (its keyring may have been emptied). On a member&apos;s laptop: ask the coordinator for a new hub access file and open it in the Sync area with “Connect to the hub with an access file…”. On the coordinator&apos;s laptop: connect to the hub again in the Sync area.</source>
        <translation>Le mot de passe du hub ne se trouve pas sur cet ordinateur (son trousseau a peut-être été vidé). Sur l’ordinateur portable d’un membre : demandez au coordinateur un nouveau fichier d’accès au hub et ouvrez-le dans l’espace Synchronisation avec « Se connecter au hub avec un fichier d’accès… ». Sur l’ordinateur portable du coordinateur : reconnectez-vous au hub dans l’espace Synchronisation.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>Ce conflit a déjà été résolu.</translation>
    </message>
    <message>
        <source>This value is not one of the two sides of the conflict.</source>
        <translation>Cette valeur n’est aucun des deux côtés du conflit.</translation>
    </message>
    <message>
        <source>The coordinator has not approved this laptop yet. Read its fingerprint to the coordinator, and try again once it is approved.</source>
        <translation>Le coordinateur n’a pas encore approuvé cet ordinateur. Lisez son empreinte au coordinateur, et réessayez une fois qu’il est approuvé.</translation>
    </message>
    <message>
        <source>This laptop joined without a network and its records have not arrived yet. Import the coordinator&apos;s first bundle (`livcr bundle import FILE`), then sign in.</source>
        <translation>Cet ordinateur portable a adhéré sans réseau et ses données ne sont pas encore arrivées. Importez le premier paquet du coordinateur (`livcr bundle import FICHIER`), puis connectez-vous.</translation>
    </message>
    <message>
        <source>The hub refused the sync: {reason}</source>
        <translation>Le hub a refusé la synchronisation : {reason}</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Waiting for the key of its case (shared at the coordinator&apos;s next sync).</source>
        <translation>En attente de la clé de son dossier (partagée à la prochaine synchronisation du coordinateur).</translation>
    </message>
    <message>
        <source>Waiting for its signature, which travels separately.</source>
        <translation>En attente de sa signature, qui voyage séparément.</translation>
    </message>
    <message>
        <source>Waiting for the account of its author to arrive.</source>
        <translation>En attente de l’arrivée du compte de son auteur.</translation>
    </message>
    <message>
        <source>Waiting for an earlier change of the same record.</source>
        <translation>En attente d’une modification antérieure du même enregistrement.</translation>
    </message>
    <message>
        <source>Made with a newer version of the app: applied after this laptop is upgraded.</source>
        <translation>Créée avec une version plus récente de l’application : appliquée après la mise à jour de cet ordinateur.</translation>
    </message>
    <message>
        <source>Its laptop&apos;s clock was too far ahead of the hub&apos;s: it would win every edit.</source>
        <translation>L’horloge de son ordinateur avançait trop par rapport à celle du hub : elle l’emporterait sur chaque modification.</translation>
    </message>
    <message>
        <source>It does not open with its case&apos;s key: it was altered or sealed wrongly.</source>
        <translation>Elle ne s’ouvre pas avec la clé de son dossier : elle a été altérée ou mal scellée.</translation>
    </message>
    <message>
        <source>It opens, but holds no change this app makes: an altered or faulty laptop made it.</source>
        <translation>Elle s’ouvre, mais ne contient aucune modification que cette application produit : elle provient d’un ordinateur portable altéré ou défectueux.</translation>
    </message>
    <message>
        <source>It was sent in another case than the one it belongs to.</source>
        <translation>Elle a été envoyée dans un autre dossier que le sien.</translation>
    </message>
    <message>
        <source>Its signature does not cover it: it was altered after signing.</source>
        <translation>Sa signature ne la couvre pas : elle a été modifiée après la signature.</translation>
    </message>
    <message>
        <source>Its signature is not valid.</source>
        <translation>Sa signature n’est pas valide.</translation>
    </message>
    <message>
        <source>It was signed with another person&apos;s key than its author&apos;s.</source>
        <translation>Elle a été signée avec la clé d’une autre personne que son auteur.</translation>
    </message>
    <message>
        <source>A change signed only by a laptop, not by a person.</source>
        <translation>Une modification signée uniquement par un ordinateur, pas par une personne.</translation>
    </message>
    <message>
        <source>Its author was not allowed to make this change on that day.</source>
        <translation>Son auteur n’était pas autorisé à faire cette modification ce jour-là.</translation>
    </message>
    <message>
        <source>No record can hold what it contains.</source>
        <translation>Aucun enregistrement ne peut contenir ce qu’elle contient.</translation>
    </message>
    <message>
        <source>Held for a reason this version does not know.</source>
        <translation>Retenue pour une raison que cette version ne connaît pas.</translation>
    </message>
    <message>
        <source>Approved by file, no hub login yet</source>
        <translation>Approuvé par fichier, pas encore d’identifiant du hub</translation>
    </message>
    <message>
        <source>This file is not a hub access for this laptop. Ask the coordinator for a new one.</source>
        <translation>Ce fichier n’est pas un accès au hub pour cet ordinateur portable. Demandez-en un nouveau au coordinateur.</translation>
    </message>
    <message>
        <source>{name} has no laptop approved by file. A laptop that joined through the hub already has its login.</source>
        <translation>{name} n’a pas d’ordinateur portable approuvé par fichier. Un ordinateur qui a adhéré via le hub a déjà son identifiant.</translation>
    </message>
    <message>
        <source>Every laptop of {name} already has its hub login. If an access file or the password kept on a laptop was lost, write its hub access again: the old one then stops working.</source>
        <translation>Chaque ordinateur portable de {name} a déjà son identifiant du hub. Si un fichier d’accès ou le mot de passe conservé sur un ordinateur est perdu, réécrivez son accès au hub : l’ancien ne fonctionne alors plus.</translation>
    </message>
    <message>
        <source>{name} has no approved laptop on this hub.</source>
        <translation>{name} n’a pas d’ordinateur portable approuvé sur ce hub.</translation>
    </message>
    <message>
        <source>This hub access is for another hub login than the one this laptop uses. Ask the coordinator for a new one.</source>
        <translation>Cet accès au hub est destiné à un autre identifiant du hub que celui de cet ordinateur portable. Demandez-en un nouveau au coordinateur.</translation>
    </message>
    <message>
        <source>The hub cannot be reached now. Connect this laptop to the municipal network and try again.
{reason}</source>
        <translation>Le hub est injoignable pour le moment. Connectez cet ordinateur au réseau communal et réessayez.
{reason}</translation>
    </message>
    <message>
        <source>The hub did not answer in time. Check the network connection and try again; if it keeps happening, tell IT.
{reason}</source>
        <translation>Le hub n’a pas répondu à temps. Vérifiez la connexion au réseau et réessayez ; si cela se reproduit, prévenez le service informatique.
{reason}</translation>
    </message>
    <message>
        <source>The hub did not accept this laptop&apos;s login or password. Ask the coordinator to check this laptop&apos;s access to the hub.
{reason}</source>
        <translation>Le hub n’a pas accepté l’identifiant ou le mot de passe de cet ordinateur. Demandez au coordinateur de vérifier l’accès de cet ordinateur au hub.
{reason}</translation>
    </message>
    <message>
        <source>The hub no longer accepts this laptop&apos;s password: the coordinator has probably renewed this laptop&apos;s hub access (a lost access file or password). Take the new hub access file with LIVC-R › Connect to the hub with an access file… (or `livcr hub take-access FILE`); if you have none, ask the coordinator for it.
{reason}</source>
        <translation>Le hub n’accepte plus le mot de passe de cet ordinateur portable : le coordinateur a probablement renouvelé son accès au hub (fichier d’accès ou mot de passe perdu). Reprenez le nouveau fichier d’accès avec CSIL-R › Se connecter au hub avec un fichier d’accès… (ou `livcr hub take-access FICHIER`) ; si vous n’en avez pas, demandez-le au coordinateur.
{reason}</translation>
    </message>
    <message>
        <source>The hub&apos;s database was not found at this address. Check the hub&apos;s address with IT.
{reason}</source>
        <translation>La base de données du hub est introuvable à cette adresse. Vérifiez l’adresse du hub avec le service informatique.
{reason}</translation>
    </message>
    <message>
        <source>The secure connection to the hub could not be set up (certificate or encryption). Tell IT.
{reason}</source>
        <translation>La connexion sécurisée au hub n’a pas pu être établie (certificat ou chiffrement). Prévenez le service informatique.
{reason}</translation>
    </message>
    <message>
        <source>The hub no longer lets this laptop in: the coordinator revoked it (or its login is not a laptop&apos;s). Ask the coordinator: a revoked laptop joins again with a new invitation.
{reason}</source>
        <translation>Le hub n’accepte plus cet ordinateur portable : le coordinateur l’a révoqué (ou son identifiant n’est pas celui d’un ordinateur portable). Adressez-vous au coordinateur : un ordinateur portable révoqué rejoint à nouveau avec une nouvelle invitation.
{reason}</translation>
    </message>
    <message>
        <source>The hub&apos;s address is not written correctly (expected for instance: host=hub.example.be dbname=livcr_x user=login). Check it with IT.
{reason}</source>
        <translation>L’adresse du hub n’est pas écrite correctement (attendu par exemple : host=hub.example.be dbname=livcr_x user=login). Vérifiez-la avec le service informatique.
{reason}</translation>
    </message>
    <message>
        <source>Details: {details}</source>
        <translation>Détails : {details}</translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>The hub serves {owner}&apos;s laptop nothing more, from now on.</source>
        <translation>Le hub ne sert plus rien à l’ordinateur de {owner}, dès maintenant.</translation>
    </message>
    <message>
        <source>What is already on that laptop cannot be recalled. To work on a new laptop, {owner} needs a new invitation.</source>
        <translation>Ce qui se trouve déjà sur cet ordinateur ne peut pas être rappelé. Pour travailler sur un nouvel ordinateur, {owner} a besoin d’une nouvelle invitation.</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Enregistrer l’invitation</translation>
    </message>
    <message>
        <source>Save the hub access</source>
        <translation>Enregistrer l’accès au hub</translation>
    </message>
    <message>
        <source>{owner} (this LIVC-R&apos;s coordinator laptop)</source>
        <translation>{owner} (ordinateur du coordinateur de cette CSIL-R)</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Held on this laptop ({count})</source>
        <translation>Retenues sur cet ordinateur ({count})</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the hub&apos;s password: the app cannot sync in the background.</source>
        <translation>Cet ordinateur n’a pas de trousseau pour conserver le mot de passe du hub : l’application ne peut pas synchroniser en arrière-plan.</translation>
    </message>
    <message>
        <source>Connected to the hub.</source>
        <translation>Connecté au hub.</translation>
    </message>
    <message>
        <source>{owner}&apos;s laptop gets a new hub password: its old access file, and the password kept on that laptop, stop working at once.</source>
        <translation>L’ordinateur portable de {owner} reçoit un nouveau mot de passe du hub : son ancien fichier d’accès, et le mot de passe conservé sur cet ordinateur, cessent immédiatement de fonctionner.</translation>
    </message>
    <message>
        <source>Hand the new access file to {owner} in person; on that laptop, LIVC-R › Connect to the hub with an access file… takes it, and the laptop syncs again. Until then it does not sync.</source>
        <translation>Remettez le nouveau fichier d’accès à {owner} en main propre ; sur cet ordinateur, CSIL-R › Se connecter au hub avec un fichier d’accès… le reprend, et l’ordinateur se synchronise à nouveau. D’ici là, il ne se synchronise pas.</translation>
    </message>
    <message>
        <source>Write the hub access of {owner}&apos;s laptop again</source>
        <translation>Réécrire l’accès au hub de l’ordinateur portable de {owner}</translation>
    </message>
    <message>
        <source>Write it again</source>
        <translation>Le réécrire</translation>
    </message>
    <message>
        <source>{owner}&apos;s laptop is approved. It receives what {owner} may see at its next sync.</source>
        <translation>L’ordinateur de {owner} est approuvé. Il reçoit ce que {owner} peut voir à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Revoke {owner}&apos;s laptop</source>
        <translation>Révoquer l’ordinateur de {owner}</translation>
    </message>
    <message>
        <source>Revoke the laptop</source>
        <translation>Révoquer l’ordinateur</translation>
    </message>
    <message>
        <source>{owner}&apos;s laptop is revoked.</source>
        <translation>L’ordinateur de {owner} est révoqué.</translation>
    </message>
    <message>
        <source>The invitation was saved as {file}. Hand it over in person; it opens the hub for one laptop.</source>
        <translation>L’invitation a été enregistrée sous {file}. Remettez-la en main propre ; elle ouvre le hub pour un seul ordinateur.</translation>
    </message>
    <message>
        <source>The hub access for {owner}&apos;s laptop was written again as {file}; the old one no longer works. Hand it over in person; on that laptop, choose LIVC-R › Connect to the hub with an access file….</source>
        <translation>L’accès au hub pour l’ordinateur portable de {owner} a été réécrit sous {file} ; l’ancien ne fonctionne plus. Remettez-le en main propre ; sur cet ordinateur, choisissez CSIL-R › Se connecter au hub avec un fichier d’accès….</translation>
    </message>
    <message>
        <source>The hub access for {owner}&apos;s laptop was saved as {file}. Hand it over in person; on that laptop, choose LIVC-R › Connect to the hub with an access file….</source>
        <translation>L’accès au hub pour l’ordinateur portable de {owner} est enregistré sous {file}. Remettez-le en main propre ; sur cet ordinateur, choisissez CSIL-R › Se connecter au hub avec un fichier d’accès….</translation>
    </message>
    <message>
        <source>Waiting for the hub…</source>
        <translation>En attente du hub…</translation>
    </message>
    <message>
        <source>The laptops of this LIVC-R exchange their changes through the hub or in sealed bundles, end-to-end encrypted: neither the hub nor whoever carries a bundle can read them.</source>
        <translation>Les ordinateurs de cette CSIL-R échangent leurs modifications via le hub ou dans des paquets scellés, chiffrées de bout en bout : ni le hub ni la personne qui transporte un paquet ne peut les lire.</translation>
    </message>
    <message numerus="yes">
        <source>After the app was upgraded, %n quarantined change(s) passed its checks and were applied.</source>
        <translation>
            <numerusform>Après la mise à jour de l’application, %n modification en quarantaine a passé ses contrôles et a été appliquée.</numerusform>
            <numerusform>Après la mise à jour de l’application, %n modifications en quarantaine ont passé ses contrôles et ont été appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to a hub</source>
        <translation>Se connecter à un hub</translation>
    </message>
    <message>
        <source>The municipality&apos;s IT gives you the hub&apos;s address and the coordinator login&apos;s password. The password is kept in this computer&apos;s keyring, never in the data folder.</source>
        <translation>Le service informatique de la commune vous donne l’adresse du hub et le mot de passe de l’identifiant du coordinateur. Le mot de passe est conservé dans le trousseau de cet ordinateur, jamais dans le dossier de données.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Invite a member…</source>
        <translation>Inviter un membre…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Hub access for this laptop…</source>
        <translation>Accès au hub pour cet ordinateur…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Ordinateurs portables</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>From the laptop of</source>
        <translation>De l’ordinateur de</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
</context>
<context>
    <name>TableCheck</name>
    <message>
        <source>{record}: this row was added outside the app (no operation created it).</source>
        <translation>{record} : cette ligne a été ajoutée en dehors de l’application (aucune opération ne l’a créée).</translation>
    </message>
    <message>
        <source>{record}: the role “{role}” was added outside the app (no operation granted it).</source>
        <translation>{record} : le rôle « {role} » a été ajouté en dehors de l’application (aucune opération ne l’a attribué).</translation>
    </message>
    <message>
        <source>{record}: this row was deleted outside the app.</source>
        <translation>{record} : cette ligne a été supprimée en dehors de l’application.</translation>
    </message>
    <message>
        <source>{record}: {field} was changed outside the app.</source>
        <translation>{record} : {field} a été modifié(e) en dehors de l’application.</translation>
    </message>
    <message>
        <source>{record}: {field} holds a value that is not {kind}.</source>
        <translation>{record} : {field} contient une valeur qui n’est pas {kind}.</translation>
    </message>
    <message>
        <source>{record}: an operation of the journal does not follow from the ones before it.</source>
        <translation>{record} : une opération du journal ne découle pas des opérations précédentes.</translation>
    </message>
    <message>
        <source>… and {count} more differences between the tables and the journal.</source>
        <translation>… et encore {count} différences entre les tables et le journal.</translation>
    </message>
    <message>
        <source>{type} {name}</source>
        <translation>{type} {name}</translation>
    </message>
    <message>
        <source>{type} {name} of case {code}</source>
        <translation>{type} {name} du cas {code}</translation>
    </message>
    <message>
        <source>Role of member {name}</source>
        <translation>Rôle du membre {name}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>une date avec heure</translation>
    </message>
    <message>
        <source>one of the values the app knows</source>
        <translation>une des valeurs connues de l’application</translation>
    </message>
    <message>
        <source>the field “{name}”</source>
        <translation>le champ « {name} »</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>le texte</translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>la commune</translation>
    </message>
    <message>
        <source>the member</source>
        <translation>le membre</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>la date de début</translation>
    </message>
    <message>
        <source>the end date</source>
        <translation>la date de fin</translation>
    </message>
    <message>
        <source>the visibility</source>
        <translation>la visibilité</translation>
    </message>
    <message>
        <source>the case code</source>
        <translation>le code du cas</translation>
    </message>
    <message>
        <source>the opening date</source>
        <translation>la date d’ouverture</translation>
    </message>
    <message>
        <source>the closing date</source>
        <translation>la date de clôture</translation>
    </message>
    <message>
        <source>the reason for closing</source>
        <translation>le motif de clôture</translation>
    </message>
    <message>
        <source>the next follow-up date</source>
        <translation>la date du prochain suivi</translation>
    </message>
    <message>
        <source>the person concerned</source>
        <translation>la personne concernée</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>le rôle</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>l’adresse e-mail</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>le numéro de téléphone</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>l’organisation</translation>
    </message>
    <message>
        <source>the username</source>
        <translation>le nom d’utilisateur</translation>
    </message>
    <message>
        <source>the date of birth</source>
        <translation>la date de naissance</translation>
    </message>
    <message>
        <source>the start time</source>
        <translation>l’heure de début</translation>
    </message>
    <message>
        <source>the wording</source>
        <translation>la formulation</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>le statut</translation>
    </message>
    <message>
        <source>the active status</source>
        <translation>l’état actif ou non</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>l’échéance</translation>
    </message>
    <message>
        <source>the date it was done</source>
        <translation>la date de réalisation</translation>
    </message>
    <message>
        <source>the time it was created</source>
        <translation>le moment de la création</translation>
    </message>
    <message>
        <source>the time it was written</source>
        <translation>le moment de la rédaction</translation>
    </message>
</context>
<context>
    <name>TableKind</name>
    <message>
        <source>Operational table</source>
        <translation>Table opérationnelle</translation>
    </message>
    <message>
        <source>Strategic table</source>
        <translation>Table stratégique</translation>
    </message>
</context>
<context>
    <name>TaskKind</name>
    <message>
        <source>Action point</source>
        <translation>Point d’action</translation>
    </message>
    <message>
        <source>Prepare the evaluation of the guidance trajectory</source>
        <translation>Préparer l’évaluation du parcours d’accompagnement</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bientôt à échéance</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Action point</source>
        <translation>Point d’action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Case or topic</source>
        <translation>Cas ou sujet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>TasksArea</name>
    <message>
        <source>Action point ticked off.</source>
        <translation>Point d’action coché.</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mes tâches</translation>
    </message>
    <message>
        <source>Show done ones too</source>
        <translation>Afficher aussi les terminées</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n ouverte</numerusform>
            <numerusform>%n ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>Action points you take on in a meeting appear here, with their due date, until you tick them off.</source>
        <translation>Les points d’action dont vous vous chargez en réunion apparaissent ici, avec leur échéance, jusqu’à ce que vous les cochiez.</translation>
    </message>
    <message>
        <source>Double-click a case&apos;s action point to open its dossier.</source>
        <translation>Double-cliquez sur le point d’action d’un cas pour ouvrir son dossier.</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <source>Add a topic</source>
        <translation>Ajouter un sujet</translation>
    </message>
    <message>
        <source>The strategic table never discusses named persons: keep names out of the title.</source>
        <translation>La table stratégique ne discute jamais de personnes nommément : n’indiquez aucun nom dans le titre.</translation>
    </message>
    <message>
        <source>A topic is for everyone taking part in the meeting; keep names out of it.</source>
        <translation>Un sujet concerne tous les participants à la réunion ; n’y indiquez aucun nom.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>Trajectories</name>
    <message>
        <source>Evaluate every 1 to {maximum} months (the table usually chooses 3).</source>
        <translation>Évaluez tous les 1 à {maximum} mois (la table choisit en général 3).</translation>
    </message>
    <message>
        <source>Describe the goal.</source>
        <translation>Décrivez l’objectif.</translation>
    </message>
    <message>
        <source>Choose at least one life domain the goal aims at.</source>
        <translation>Choisissez au moins un domaine de vie visé par l’objectif.</translation>
    </message>
    <message>
        <source>This text may be at most {maximum} characters.</source>
        <translation>Ce texte peut compter au maximum {maximum} caractères.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Indiquez ce qui doit être fait.</translation>
    </message>
    <message>
        <source>Choose the organisation that carries out the action.</source>
        <translation>Choisissez l’organisation qui mène l’action.</translation>
    </message>
    <message>
        <source>Give the date the action is due.</source>
        <translation>Indiquez la date d’échéance de l’action.</translation>
    </message>
    <message>
        <source>An action cannot be due before the trajectory started ({start}).</source>
        <translation>Une action ne peut pas arriver à échéance avant le début du parcours ({start}).</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Écrivez ce qui s’est passé.</translation>
    </message>
    <message>
        <source>An update tells what happened: its date cannot be in the future.</source>
        <translation>Un compte rendu raconte ce qui s’est passé : sa date ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The trajectory started on {start}; an update cannot be dated before that.</source>
        <translation>Le parcours a commencé le {start} ; un compte rendu ne peut pas être daté d’avant.</translation>
    </message>
    <message>
        <source>This goal does not exist.</source>
        <translation>Cet objectif n’existe pas.</translation>
    </message>
    <message>
        <source>This action does not exist.</source>
        <translation>Cette action n’existe pas.</translation>
    </message>
    <message>
        <source>This contributing partner does not exist.</source>
        <translation>Ce partenaire contributeur n’existe pas.</translation>
    </message>
    <message>
        <source>This organisation is not in the register or no longer active.</source>
        <translation>Cette organisation ne figure pas au registre ou n’est plus active.</translation>
    </message>
    <message>
        <source>{organisation} already carries this trajectory.</source>
        <translation>{organisation} porte déjà ce parcours.</translation>
    </message>
    <message>
        <source>This member is not in the register or no longer active.</source>
        <translation>Ce membre ne figure pas au registre ou n’est plus actif.</translation>
    </message>
    <message>
        <source>The case manager works for the lead partner, {organisation}.</source>
        <translation>Le gestionnaire de cas travaille pour le partenaire pilote, {organisation}.</translation>
    </message>
    <message>
        <source>{name} may not see this case yet: invite them to the case in its dossier first.</source>
        <translation>{name} ne peut pas encore voir ce cas : invitez d’abord cette personne au cas dans son dossier.</translation>
    </message>
    <message>
        <source>Choose life domains that are in use in this LIVC-R.</source>
        <translation>Choisissez des domaines de vie utilisés dans cette CSIL-R.</translation>
    </message>
    <message>
        <source>The goal belongs to another trajectory.</source>
        <translation>L’objectif appartient à un autre parcours.</translation>
    </message>
    <message>
        <source>This guidance trajectory does not exist.</source>
        <translation>Ce parcours d’accompagnement n’existe pas.</translation>
    </message>
    <message>
        <source>Only the coordinator and the partners who carry this trajectory (the lead partner and the contributing partners) change it or record its evaluations.</source>
        <translation>Seuls le coordinateur et les partenaires qui portent ce parcours (le partenaire pilote et les partenaires contributeurs) le modifient ou enregistrent ses évaluations.</translation>
    </message>
    <message>
        <source>This trajectory was closed on {day}. It stays readable, but nothing is added to it any more.</source>
        <translation>Ce parcours a été clôturé le {day}. Il reste lisible, mais on n’y ajoute plus rien.</translation>
    </message>
    <message>
        <source>The evaluation this decision names does not belong to the case&apos;s running trajectory.</source>
        <translation>L’évaluation que cite cette décision n’appartient pas au parcours en cours du cas.</translation>
    </message>
    <message>
        <source>The table already decided on this evaluation.</source>
        <translation>La table a déjà décidé sur cette évaluation.</translation>
    </message>
    <message>
        <source>Evaluation of {day}: {proposal}</source>
        <translation>Évaluation du {day} : {proposal}</translation>
    </message>
    <message>
        <source>This case has no guidance trajectory.</source>
        <translation>Ce cas n’a pas de parcours d’accompagnement.</translation>
    </message>
    <message>
        <source>This update does not exist.</source>
        <translation>Ce compte rendu n’existe pas.</translation>
    </message>
    <message>
        <source>A logged update is never changed, so the table can always see what was known when. Write a correction instead: it is shown beside the original.</source>
        <translation>Un compte rendu rédigé n’est jamais modifié, pour que la table voie toujours ce qui était connu et quand. Rédigez plutôt une correction : elle est affichée à côté de l’original.</translation>
    </message>
    <message>
        <source>Only someone of the organisation that wrote an update corrects it.</source>
        <translation>Seule une personne de l’organisation qui a rédigé un compte rendu peut le corriger.</translation>
    </message>
    <message>
        <source>This update was already corrected; correct the newest version instead.</source>
        <translation>Ce compte rendu a déjà été corrigé ; corrigez plutôt la version la plus récente.</translation>
    </message>
</context>
<context>
    <name>TrajectoryPanel</name>
    <message>
        <source>No guidance trajectory</source>
        <translation>Pas de parcours d’accompagnement</translation>
    </message>
    <message>
        <source>Trajectory from {start}</source>
        <translation>Parcours depuis le {start}</translation>
    </message>
    <message>
        <source>Trajectory {start} – {end}</source>
        <translation>Parcours {start} – {end}</translation>
    </message>
    <message>
        <source>Guidance trajectory since {day}</source>
        <translation>Parcours d’accompagnement depuis le {day}</translation>
    </message>
    <message>
        <source>Guidance trajectory, closed on {day}</source>
        <translation>Parcours d’accompagnement, clôturé le {day}</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Partenaire pilote</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <source>not named yet</source>
        <translation>pas encore désigné</translation>
    </message>
    <message>
        <source>Contributing partners</source>
        <translation>Partenaires contributeurs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Decided by the table</source>
        <translation>Décidé par la table</translation>
    </message>
    <message>
        <source>The person&apos;s engagement</source>
        <translation>Engagement de la personne</translation>
    </message>
    <message>
        <source>{day} (overdue)</source>
        <translation>{day} (en retard)</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Prochaine évaluation</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Your role does not give access to evaluations.</source>
        <translation>Votre rôle ne donne pas accès aux évaluations.</translation>
    </message>
    <message>
        <source>The chart appears with the first evaluation: every life domain rated.</source>
        <translation>Le graphique apparaît avec la première évaluation : chaque domaine de vie apprécié.</translation>
    </message>
    <message numerus="yes">
        <source>Each column is an evaluation (%n in all); the signs read without colour: −− problematic, − concern, = stable, + positive. The trend compares the last two ratings of each domain.</source>
        <translation>
            <numerusform>Chaque colonne est une évaluation (%n au total) ; les signes se lisent sans couleur : −− problématique, − préoccupant, = stable, + positif. L’évolution compare les deux dernières appréciations de chaque domaine.</numerusform>
            <numerusform>Chaque colonne est une évaluation (%n au total) ; les signes se lisent sans couleur : −− problématique, − préoccupant, = stable, + positif. L’évolution compare les deux dernières appréciations de chaque domaine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updates (%n)</source>
        <translation>
            <numerusform>Comptes rendus (%n)</numerusform>
            <numerusform>Comptes rendus (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluations (%n)</source>
        <translation>
            <numerusform>Évaluations (%n)</numerusform>
            <numerusform>Évaluations (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary saved: {path}</source>
        <translation>Synthèse enregistrée : {path}</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Données…</translation>
    </message>
    <message>
        <source>Partners…</source>
        <translation>Partenaires…</translation>
    </message>
    <message>
        <source>Summary PDF…</source>
        <translation>Synthèse (PDF)…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Goals and actions</source>
        <translation>Objectifs et actions</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Comptes rendus</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Life domains over time</source>
        <translation>Domaines de vie dans le temps</translation>
    </message>
    <message>
        <source>This case has no guidance trajectory. A trajectory starts when the operational table decides, by consensus, to start one and the chair signs that decision; the lead partner then adds goals and actions here.</source>
        <translation>Ce cas n’a pas de parcours d’accompagnement. Un parcours commence quand la table opérationnelle décide par consensus d’en démarrer un et que le président signe cette décision ; le partenaire pilote ajoute alors ici des objectifs et des actions.</translation>
    </message>
</context>
<context>
    <name>TrajectoryState</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
</context>
<context>
    <name>TrajectorySummary</name>
    <message>
        <source>Closed on {day}: {reason}</source>
        <translation>Clôturé le {day} : {reason}</translation>
    </message>
    <message>
        <source>{day}, by decision of the table</source>
        <translation>{day}, sur décision de la table</translation>
    </message>
    <message>
        <source>{day}, decided at the meeting of {meeting}</source>
        <translation>{day}, décidé lors de la réunion du {meeting}</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Partenaire pilote</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <source>not named yet</source>
        <translation>pas encore désigné</translation>
    </message>
    <message>
        <source>Contributing partners</source>
        <translation>Partenaires contributeurs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Démarré le</translation>
    </message>
    <message>
        <source>Evaluation interval (months)</source>
        <translation>Intervalle d’évaluation (mois)</translation>
    </message>
    <message>
        <source>The person&apos;s engagement</source>
        <translation>Engagement de la personne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Prochaine évaluation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>No goals recorded yet.</source>
        <translation>Aucun objectif consigné pour l’instant.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Domaines de vie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No actions recorded yet.</source>
        <translation>Aucune action consignée pour l’instant.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Life domains over time</source>
        <translation>Domaines de vie dans le temps</translation>
    </message>
    <message>
        <source>Your role does not give access to evaluations.</source>
        <translation>Votre rôle ne donne pas accès aux évaluations.</translation>
    </message>
    <message>
        <source>No evaluation recorded yet.</source>
        <translation>Aucune évaluation enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>The chart shows the last {shown} of {total} evaluations.</source>
        <translation>Le graphique montre les {shown} dernières des {total} évaluations.</translation>
    </message>
    <message>
        <source>What the evaluations proposed</source>
        <translation>Ce que les évaluations ont proposé</translation>
    </message>
    <message>
        <source>The table decided on it on {day}.</source>
        <translation>La table a statué le {day}.</translation>
    </message>
    <message>
        <source>Waiting for the table&apos;s decision.</source>
        <translation>En attente de la décision de la table.</translation>
    </message>
    <message>
        <source>Evaluation of {day} by {organisation}</source>
        <translation>Évaluation du {day} par {organisation}</translation>
    </message>
    <message>
        <source>Proposal: {proposal}</source>
        <translation>Proposition : {proposal}</translation>
    </message>
    <message>
        <source>Protective factors: {factors}</source>
        <translation>Facteurs de protection : {factors}</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Domaine de vie</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Guidance trajectory: summary for the table</source>
        <translation>Parcours d’accompagnement : synthèse pour la table</translation>
    </message>
    <message>
        <source>The partners&apos; updates are not part of this summary: they are read in the dossier, each with its own visibility.</source>
        <translation>Les comptes rendus des partenaires ne font pas partie de cette synthèse : ils se lisent dans le dossier, chacun avec sa propre visibilité.</translation>
    </message>
</context>
<context>
    <name>TransferNote</name>
    <message>
        <source>From the LIVC-R</source>
        <translation>De la CSIL-R</translation>
    </message>
    <message>
        <source>Case code of the sending LIVC-R</source>
        <translation>Code du cas de la CSIL-R expéditrice</translation>
    </message>
    <message>
        <source>To the LIVC-R</source>
        <translation>À la CSIL-R</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>yes, led by: {service}</source>
        <translation>oui, mené par : {service}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>A personalised guidance trajectory ran: {answer}</source>
        <translation>Un parcours d’accompagnement a été mené : {answer}</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Information the table passes on</source>
        <translation>Informations transmises par la table</translation>
    </message>
    <message>
        <source>No further information is passed on.</source>
        <translation>Aucune autre information n’est transmise.</translation>
    </message>
    <message>
        <source>✓  What goes to the other LIVC-R</source>
        <translation>✓  Ce qui va à l’autre CSIL-R</translation>
    </message>
    <message>
        <source>Notes of the consultation and of the partners</source>
        <translation>Notes de la concertation de cas et des partenaires</translation>
    </message>
    <message>
        <source>Summaries and minutes of the meetings</source>
        <translation>Résumés et procès-verbaux des réunions</translation>
    </message>
    <message>
        <source>Positions of the participants</source>
        <translation>Positions des participants</translation>
    </message>
    <message>
        <source>Updates and evaluations of the guidance trajectory</source>
        <translation>Suivis et évaluations du parcours d’accompagnement</translation>
    </message>
    <message>
        <source>This information stays within the sending LIVC-R under shared professional secrecy (art. 458ter Criminal Code).</source>
        <translation>Ces informations restent au sein de la CSIL-R expéditrice sous le secret professionnel partagé (art. 458ter Code pénal).</translation>
    </message>
    <message>
        <source>✗  What does NOT go to the other LIVC-R</source>
        <translation>✗  Ce qui ne va PAS à l’autre CSIL-R</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <source>by consensus of all {count} effectively participating members, on {date}</source>
        <translation>par consensus des {count} membres participant effectivement, le {date}</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Signature fingerprint</source>
        <translation>Empreinte de la signature</translation>
    </message>
    <message>
        <source>Content hash (SHA-256)</source>
        <translation>Empreinte du contenu (SHA-256)</translation>
    </message>
    <message>
        <source>Decision of the table</source>
        <translation>Décision de la table</translation>
    </message>
    <message>
        <source>Transfer note to another LIVC-R</source>
        <translation>Note de transfert à une autre CSIL-R</translation>
    </message>
    <message>
        <source>The person moved. Nothing crosses from one LIVC-R to another without the consensus of all members who effectively took part in the consultation; this note holds only what the table decided to pass on, and no information covered by professional secrecy that was revealed during the consultation.</source>
        <translation>La personne a déménagé. Rien ne passe d’une CSIL-R à une autre sans le consensus de tous les membres qui ont participé effectivement à la concertation ; cette note ne contient que ce que la table a décidé de transmettre, et aucune information couverte par le secret professionnel révélée pendant la concertation.</translation>
    </message>
</context>
<context>
    <name>Transmission</name>
    <message>
        <source>Only the Information Officer hands a feedback form to the LTF and records its answer.</source>
        <translation>Seul l’Information Officer remet une fiche de retour à la TFL et enregistre sa réponse.</translation>
    </message>
    <message>
        <source>This form is “{status}”: only a form approved by the table and signed by the chair can be handed to the LTF.</source>
        <translation>Cette fiche est « {status} » : seule une fiche approuvée par la table et signée par le président peut être remise à la TFL.</translation>
    </message>
    <message>
        <source>This form was already handed to the LTF on {day}.</source>
        <translation>Cette fiche a déjà été remise à la TFL le {day}.</translation>
    </message>
    <message>
        <source>Record first that the form was handed to the LTF.</source>
        <translation>Enregistrez d’abord que la fiche a été remise à la TFL.</translation>
    </message>
    <message>
        <source>The LTF&apos;s answer is already recorded.</source>
        <translation>La réponse de la TFL est déjà enregistrée.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La date ne peut pas se situer dans le futur.</translation>
    </message>
    <message>
        <source>The date cannot be before {day}, when the previous step was recorded.</source>
        <translation>La date ne peut pas être antérieure au {day}, date de l’étape précédente.</translation>
    </message>
    <message>
        <source>Name the LTF the form was handed to.</source>
        <translation>Indiquez à quelle TFL la fiche a été remise.</translation>
    </message>
    <message>
        <source>The name of the LTF is too long.</source>
        <translation>Le nom de la TFL est trop long.</translation>
    </message>
    <message>
        <source>The answer may be at most {maximum} characters.</source>
        <translation>La réponse compte au maximum {maximum} caractères.</translation>
    </message>
</context>
<context>
    <name>TransmitDialog</name>
    <message>
        <source>Form no. {number} of {code} handed to the LTF</source>
        <translation>Fiche n° {number} de {code} remise à la TFL</translation>
    </message>
    <message>
        <source>Record when you handed the approved and signed form to the LTF, and to which LTF. Hand over the printed form exactly as approved.</source>
        <translation>Enregistrez quand vous avez remis la fiche approuvée et signée à la TFL, et à quelle TFL. Remettez la fiche imprimée exactement telle qu’elle a été approuvée.</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Remise le</translation>
    </message>
    <message>
        <source>To the LTF</source>
        <translation>À la TFL</translation>
    </message>
    <message>
        <source>Record the hand-over</source>
        <translation>Enregistrer la remise</translation>
    </message>
</context>
<context>
    <name>Trend</name>
    <message>
        <source>better</source>
        <translation>mieux</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>moins bien</translation>
    </message>
    <message>
        <source>first rating</source>
        <translation>première appréciation</translation>
    </message>
</context>
<context>
    <name>TypedDates</name>
    <message>
        <source>“{typed}” is not a date. Write the day, the month and the year, for example {example}.</source>
        <translation>« {typed} » n’est pas une date. Indiquez le jour, le mois et l’année, par exemple {example}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a day of the calendar.</source>
        <translation>« {typed} » n’existe pas dans le calendrier.</translation>
    </message>
    <message>
        <source>Write the year of “{typed}” with four digits, for example {example}.</source>
        <translation>Écrivez l’année de « {typed} » en quatre chiffres, par exemple {example}.</translation>
    </message>
    <message>
        <source>Fill in the date, for example {example}.</source>
        <translation>Indiquez la date, par exemple {example}.</translation>
    </message>
    <message>
        <source>The date cannot be before {limit}.</source>
        <translation>La date ne peut pas être antérieure au {limit}.</translation>
    </message>
    <message>
        <source>The date cannot be after {limit}.</source>
        <translation>La date ne peut pas être postérieure au {limit}.</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Update on {code}</source>
        <translation>Compte rendu pour {code}</translation>
    </message>
    <message>
        <source>Write what happened, briefly and factually. An update cannot be changed afterwards; a mistake is put right with a correction, shown beside it. It is covered by shared professional secrecy (art. 458ter Criminal Code).</source>
        <translation>Écrivez brièvement et factuellement ce qui s’est passé. Un compte rendu ne peut plus être modifié par la suite ; une erreur se rectifie par une correction, affichée à côté. Il relève du secret professionnel partagé (art. 458ter C. pén.).</translation>
    </message>
    <message>
        <source>Correct the update of {day}</source>
        <translation>Corriger le compte rendu du {day}</translation>
    </message>
    <message>
        <source>The original update stays as it is, marked as corrected; the table reads your correction beside it.</source>
        <translation>Le compte rendu original reste tel quel, marqué comme corrigé ; la table lit votre correction à côté.</translation>
    </message>
    <message>
        <source>What kind of update</source>
        <translation>Type de compte rendu</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Quand cela s’est passé</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation>Qui peut le lire</translation>
    </message>
</context>
<context>
    <name>UpdateKind</name>
    <message>
        <source>Contact with the person</source>
        <translation>Contact avec la personne</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Concertation</translation>
    </message>
    <message>
        <source>Referral to a service</source>
        <translation>Orientation vers un service</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
</context>
<context>
    <name>UpdateModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation>Qui peut le lire</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>(corrected) {text}</source>
        <translation>(corrigé) {text}</translation>
    </message>
    <message>
        <source>(correction) {text}</source>
        <translation>(correction) {text}</translation>
    </message>
</context>
<context>
    <name>UpdatesSection</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Rédigé par</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Rédigé le</translation>
    </message>
    <message>
        <source>Who may read it</source>
        <translation>Qui peut le lire</translation>
    </message>
    <message>
        <source>This update corrects the one of {day}.</source>
        <translation>Ce compte rendu corrige celui du {day}.</translation>
    </message>
    <message>
        <source>Corrected by the update of {day}.</source>
        <translation>Corrigé par le compte rendu du {day}.</translation>
    </message>
    <message>
        <source>Select the update to correct in the list.</source>
        <translation>Sélectionnez dans la liste le compte rendu à corriger.</translation>
    </message>
    <message>
        <source>Only someone of {organisation} can correct this update.</source>
        <translation>Seule une personne de {organisation} peut corriger ce compte rendu.</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) you may read</source>
        <translation>
            <numerusform>%n compte rendu que vous pouvez lire</numerusform>
            <numerusform>%n comptes rendus que vous pouvez lire</numerusform>
        </translation>
    </message>
    <message>
        <source>Log an update…</source>
        <translation>Rédiger un compte rendu…</translation>
    </message>
    <message>
        <source>Correct the selected update…</source>
        <translation>Corriger le compte rendu sélectionné…</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>A check of the records could not be completed: a stored value cannot be read ({check}).</source>
        <translation>Un contrôle des données n’a pas pu être achevé : une valeur enregistrée est illisible ({check}).</translation>
    </message>
    <message>
        <source>Approved minutes of the meeting of {day}: the items about {items} are about cases that are not on this laptop, so their seals are checked on the laptops that hold those cases.</source>
        <translation>Procès-verbal approuvé de la réunion du {day} : les points concernant {items} portent sur des cas qui ne se trouvent pas sur cet ordinateur portable ; leurs sceaux sont vérifiés sur les ordinateurs portables qui détiennent ces cas.</translation>
    </message>
</context>
<context>
    <name>YearlyReport</name>
    <message>
        <source>Choose a year between 2000 and 2100.</source>
        <translation>Choisissez une année entre 2000 et 2100.</translation>
    </message>
    <message>
        <source>A text of the strategic table can be at most 20,000 characters long.</source>
        <translation>Un texte de la table stratégique peut compter au maximum 20 000 caractères.</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Working agreements</source>
        <translation>Accords de travail</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Yearly report {year}</source>
        <translation>Rapport annuel {year}</translation>
    </message>
    <message>
        <source>Strategic table – anonymised figures, small counts hidden</source>
        <translation>Table stratégique – chiffres anonymisés, petits nombres masqués</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>PROJET</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Draft: the strategic table has not approved this report yet. The figures are computed again each time it is printed.</source>
        <translation>Projet : la table stratégique n’a pas encore approuvé ce rapport. Les chiffres sont recalculés à chaque impression.</translation>
    </message>
    <message>
        <source>Approved by consensus at the strategic table&apos;s meeting of {date}. Texts and figures are printed as they were at the approval.</source>
        <translation>Approuvé par consensus lors de la réunion de la table stratégique du {date}. Les textes et les chiffres sont imprimés tels qu’ils étaient lors de l’approbation.</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Rien n’a encore été rédigé.</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>Les chiffres</translation>
    </message>
    <message>
        <source>The yearly report of {year} was already approved; an approved report is not approved again.</source>
        <translation>Le rapport annuel {year} a déjà été approuvé ; un rapport approuvé ne l’est pas une seconde fois.</translation>
    </message>
    <message>
        <source>Someone else changed these texts while you were writing. Your text was not saved: copy it, close the editor and open it again to see theirs.</source>
        <translation>Quelqu’un d’autre a modifié ces textes pendant que vous écriviez. Votre texte n’a pas été enregistré : copiez-le, fermez la fenêtre et rouvrez-la pour voir le leur.</translation>
    </message>
    <message>
        <source>The yearly report of {year} was approved by the strategic table: its texts can no longer be changed.</source>
        <translation>Le rapport annuel {year} a été approuvé par la table stratégique : ses textes ne peuvent plus être modifiés.</translation>
    </message>
</context>
<context>
    <name>YearlyReportDialog</name>
    <message>
        <source>Yearly report</source>
        <translation>Rapport annuel</translation>
    </message>
    <message>
        <source>The yearly report holds the strategic table&apos;s texts and the figures of the calendar year, with small counts hidden. Choose the language of the document; it does not have to be the language of the app.</source>
        <translation>Le rapport annuel contient les textes de la table stratégique et les chiffres de l’année civile, les petits nombres étant masqués. Choisissez la langue du document ; ce n’est pas forcément celle de l’application.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Langue du rapport :</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Choisir où enregistrer…</translation>
    </message>
</context>
</TS>
