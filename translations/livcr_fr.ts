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
        <translation>Pour les tables opérationnelle et stratégique d&apos;une cellule de sécurité intégrale locale en matière de radicalisme, d&apos;extrémisme et de terrorisme (CSIL-R).</translation>
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
    <name>Account</name>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Saisissez le nom complet de la personne.</translation>
    </message>
    <message>
        <source>Enter the organisation.</source>
        <translation>Saisissez l&apos;organisation.</translation>
    </message>
    <message>
        <source>A user name has 3 to 40 characters: lower-case letters, digits, dots, dashes or underscores, starting and ending with a letter or digit.</source>
        <translation>Un nom d&apos;utilisateur compte de 3 à 40 caractères : lettres minuscules, chiffres, points, tirets ou traits de soulignement. Il commence et se termine par une lettre ou un chiffre.</translation>
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
        <translation type="unfinished">Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Initial passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">Répétez la phrase secrète</translation>
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
    <name>Areas</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
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
        <translation type="unfinished">Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished">Répétez la nouvelle phrase secrète</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the data folder (default: the user&apos;s application data folder)</source>
        <translation>le dossier de données (par défaut : le dossier des données d&apos;application de l&apos;utilisateur)</translation>
    </message>
    <message>
        <source>language of messages and the interface: nl, fr, de or en</source>
        <translation>langue des messages et de l&apos;interface : nl, fr, de ou en</translation>
    </message>
    <message>
        <source>user name of the account to sign in with</source>
        <translation>nom d&apos;utilisateur du compte avec lequel vous vous connectez</translation>
    </message>
    <message>
        <source>read the passphrase from this file instead of a prompt</source>
        <translation>lire la phrase secrète dans ce fichier au lieu de la demander</translation>
    </message>
    <message>
        <source>LIVC-R Desktop: the operational and strategic tables of an LIVC-R.</source>
        <translation>LIVC-R Desktop : les tables opérationnelle et stratégique d&apos;une CSIL-R.</translation>
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
        <translation>l&apos;organisation du coordinateur</translation>
    </message>
    <message>
        <source>the coordinator&apos;s user name</source>
        <translation>le nom d&apos;utilisateur du coordinateur</translation>
    </message>
    <message>
        <source>write the recovery key to this file instead of the screen</source>
        <translation>écrire la clé de récupération dans ce fichier au lieu de l&apos;afficher à l&apos;écran</translation>
    </message>
    <message>
        <source>also write the recovery-key sheet as a PDF to print</source>
        <translation>enregistrer aussi la feuille de récupération en PDF, pour l&apos;imprimer</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity and the journal&apos;s hash chain</source>
        <translation>vérifier l&apos;intégrité de la base de données et la chaîne de hachage du journal</translation>
    </message>
    <message>
        <source>create a demo data folder with fictional data</source>
        <translation>créer un dossier de démonstration avec des données fictives</translation>
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
        <source>  first broken link on device {device}: {reason}</source>
        <translation>  premier maillon rompu sur l&apos;appareil {device} : {reason}</translation>
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
        <source>Demo data folder created in {folder}.</source>
        <translation>Dossier de démonstration créé dans {folder}.</translation>
    </message>
    <message>
        <source>Every demo account uses the passphrase: {passphrase}</source>
        <translation>Tous les comptes de démonstration utilisent la phrase secrète : {passphrase}</translation>
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
        <translation>Nom d&apos;utilisateur</translation>
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
        <translation>Ce dossier de données contient déjà une base de données de CSIL-R. Elle n&apos;est jamais écrasée : connectez-vous-y, ou choisissez un dossier vide pour une nouvelle CSIL-R.</translation>
    </message>
    <message>
        <source>The key file of this data folder (keyslots.json) is damaged and its backup copy too. Restore the folder from a backup, or open another data folder.</source>
        <translation>Le fichier de clés de ce dossier de données (keyslots.json) est endommagé, tout comme sa copie de secours. Restaurez le dossier à partir d&apos;une sauvegarde, ou ouvrez un autre dossier de données.</translation>
    </message>
    <message>
        <source>This data folder holds a database but not its key file (keyslots.json). Without it the database cannot be opened. Put the key file back from a backup, or open another data folder.</source>
        <translation>Ce dossier de données contient une base de données, mais pas son fichier de clés (keyslots.json). Sans ce fichier, la base de données ne peut pas être ouverte. Remettez le fichier de clés en place à partir d&apos;une sauvegarde, ou ouvrez un autre dossier de données.</translation>
    </message>
    <message>
        <source>This data folder holds a key file but no database (livcr.db). Restore the database from a backup, or open another data folder.</source>
        <translation>Ce dossier de données contient un fichier de clés, mais pas de base de données (livcr.db). Restaurez la base de données à partir d&apos;une sauvegarde, ou ouvrez un autre dossier de données.</translation>
    </message>
    <message>
        <source>The key was accepted, but the database cannot be read with it: the file is damaged or belongs to another LIVC-R. Nothing was changed. Restore a backup, or open another data folder.</source>
        <translation>La clé a été acceptée, mais elle ne permet pas de lire la base de données : le fichier est endommagé ou appartient à une autre CSIL-R. Rien n&apos;a été modifié. Restaurez une sauvegarde, ou ouvrez un autre dossier de données.</translation>
    </message>
    <message>
        <source>This data folder was used by a newer version of LIVC-R Desktop. Install that version or a later one to open it; nothing was changed.</source>
        <translation>Ce dossier de données a été utilisé par une version plus récente de LIVC-R Desktop. Installez cette version ou une version ultérieure pour l&apos;ouvrir ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>LIVC-R Desktop is already running with this data folder. Switch to that window, or close it first.</source>
        <translation>LIVC-R Desktop est déjà ouvert avec ce dossier de données. Passez à cette fenêtre, ou fermez-la d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>A data folder already exists there. The demo is only created in an empty folder; remove the old demo folder first or choose another one.</source>
        <translation>Un dossier de données existe déjà à cet emplacement. La démo n&apos;est créée que dans un dossier vide ; supprimez d&apos;abord l&apos;ancien dossier de démonstration ou choisissez-en un autre.</translation>
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
        <translation>Bienvenue dans LIVC-R Desktop</translation>
    </message>
    <message>
        <source>Encrypted, on this computer, without a server.</source>
        <translation>Chiffré, sur cet ordinateur, sans serveur.</translation>
    </message>
    <message>
        <source>This computer has no LIVC-R yet. Set up your own LIVC-R, or first look around in a demo filled with fictional people and cases.</source>
        <translation>Cet ordinateur n&apos;a pas encore de CSIL-R. Configurez votre propre CSIL-R, ou découvrez d&apos;abord une démo remplie de personnes et de cas fictifs.</translation>
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
        <source>Explore the demo (fictional data, in a separate folder)</source>
        <translation>Découvrir la démo (données fictives, dans un dossier séparé)</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Dossier de données : {path}</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>operation {seq} was changed after it was written (its hash does not match)</source>
        <translation>l&apos;opération {seq} a été modifiée après son écriture (son hachage ne correspond pas)</translation>
    </message>
    <message>
        <source>operation {seq} does not link to operation {previous} (an operation was removed or changed)</source>
        <translation>l&apos;opération {seq} n&apos;est pas reliée à l&apos;opération {previous} (une opération a été supprimée ou modifiée)</translation>
    </message>
    <message>
        <source>operation {expected} is missing (the next one found is {seq})</source>
        <translation>l&apos;opération {expected} est manquante (la suivante trouvée est {seq})</translation>
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
        <translation>Une CSIL-R intercommunale regroupant plusieurs communes est courante : ajoutez chaque commune membre. Chaque cas relève de l&apos;une d&apos;elles, et le bourgmestre de cette commune signe les décisions qui le concernent.</translation>
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
        <translation>aucun rôle actuel</translation>
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
        <translation>&amp;CSIL-R</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
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
        <translation>Se &amp;déconnecter</translation>
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
        <translation type="unfinished">Nom complet</translation>
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
        <translation type="unfinished">Ce champ peut contenir au maximum {maximum} caractères.</translation>
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
        <translation>Nom d&apos;une commune membre</translation>
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
        <translation>Faites glisser pour changer l&apos;ordre</translation>
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
        <translation>Centre d&apos;action sociale</translation>
    </message>
    <message>
        <source>School or pupil guidance centre</source>
        <translation>École ou centre PMS</translation>
    </message>
    <message>
        <source>Employment service</source>
        <translation>Service de l&apos;emploi</translation>
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
    <name>OverviewArea</name>
    <message>
        <source>Verifying…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>The database is healthy: {count} operations verified, no link broken.</source>
        <translation>La base de données est en bon état : {count} opérations vérifiées, aucun maillon rompu.</translation>
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
        <translation>CSIL-R d&apos;une seule commune</translation>
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
            <numerusform>Chaque modification et chaque consultation sont enregistrées dans un journal chaîné par hachage : %n opération jusqu&apos;à présent.</numerusform>
            <numerusform>Chaque modification et chaque consultation sont enregistrées dans un journal chaîné par hachage : %n opérations jusqu&apos;à présent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the database and the journal</source>
        <translation>Vérifier la base de données et le journal</translation>
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
        <translation>Utilisez au moins trois types de caractères (minuscules, majuscules, chiffres, symboles), ou une phrase plus longue d&apos;au moins {long} caractères.</translation>
    </message>
    <message>
        <source>The passphrase may not contain your name or user name.</source>
        <translation>La phrase secrète ne peut contenir ni votre nom ni votre nom d&apos;utilisateur.</translation>
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
    <name>Permissions</name>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
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
        <translation>Saisissez la clé de récupération figurant sur la feuille imprimée. Un coordinateur choisit ensuite une nouvelle phrase secrète ; l&apos;ancienne cesse de fonctionner. Cette opération est consignée dans la piste d&apos;audit.</translation>
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
        <translation>Ce n&apos;est pas une clé de récupération valide. Elle se compose de neuf groupes de quatre lettres et chiffres ; comparez chaque groupe avec la feuille imprimée.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>Le PDF n&apos;a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <source>The recovery sheet was saved as {file}. Print it, lock it away, and then delete the file.</source>
        <translation>La feuille de récupération a été enregistrée sous {file}. Imprimez-la, conservez-la sous clé, puis supprimez le fichier.</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la feuille de récupération</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>Shown only once. Keep it locked away, never with the laptop.</source>
        <translation>Affichée une seule fois. Conservez-la sous clé, jamais avec l&apos;ordinateur portable.</translation>
    </message>
    <message>
        <source>The LIVC-R has been created. This recovery key opens its data when no passphrase is known any more. It is shown only now: print the sheet or write the key down, and keep it locked away, never with the laptop.</source>
        <translation>La CSIL-R a été créée. Cette clé de récupération ouvre ses données lorsque plus personne ne connaît de phrase secrète. Elle n&apos;est affichée que maintenant : imprimez la feuille ou notez la clé, et conservez-la sous clé, jamais avec l&apos;ordinateur portable.</translation>
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
    <name>RecoverySheet</name>
    <message>
        <source>STRICTLY CONFIDENTIAL – keep this sheet locked away, never with the laptop</source>
        <translation>STRICTEMENT CONFIDENTIEL – conservez cette feuille sous clé, jamais avec l&apos;ordinateur portable</translation>
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
        <translation>Cette clé ouvre les données chiffrées de la CSIL-R lorsque plus personne ne connaît de phrase secrète, par exemple sur un nouvel ordinateur portable ou après le départ d&apos;un coordinateur. Grâce à elle, un coordinateur choisit une nouvelle phrase secrète sur l&apos;écran de connexion (« Utiliser la clé de récupération »).</translation>
    </message>
    <message>
        <source>How to keep it</source>
        <translation>Comment la conserver</translation>
    </message>
    <message>
        <source>Whoever holds this key can read every case of the LIVC-R. Keep the sheet in a safe or a sealed envelope with the mayor or the municipal general director, never with the laptop and never as a photo or a file. If it may have been seen by someone else, have the coordinator create a new recovery key.</source>
        <translation>Quiconque détient cette clé peut lire tous les cas de la CSIL-R. Conservez la feuille dans un coffre-fort ou dans une enveloppe scellée chez le bourgmestre ou le directeur général de la commune, jamais avec l&apos;ordinateur portable, ni sous forme de photo ou de fichier. Si quelqu&apos;un d&apos;autre a pu la voir, demandez au coordinateur de créer une nouvelle clé de récupération.</translation>
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
        <translation type="unfinished">Enregistrer la feuille de récupération en PDF…</translation>
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
        <translation>Langue de l&apos;interface</translation>
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
    <name>SignIn</name>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again. If nobody knows a passphrase any more, use the recovery key.</source>
        <translation>La phrase secrète est incorrecte. Vérifiez la disposition du clavier et la touche Verr. Maj, puis réessayez. Si plus personne ne connaît de phrase secrète, utilisez la clé de récupération.</translation>
    </message>
    <message>
        <source>This recovery key does not open this data folder. Check it against the printed sheet.</source>
        <translation>Cette clé de récupération n&apos;ouvre pas ce dossier de données. Comparez-la avec la feuille imprimée.</translation>
    </message>
    <message>
        <source>There is no account with this user name here.</source>
        <translation>Il n&apos;existe ici aucun compte avec ce nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>This account has been ended. Ask the coordinator if you still need access.</source>
        <translation>Ce compte a été clôturé. Adressez-vous au coordinateur si vous avez encore besoin d&apos;un accès.</translation>
    </message>
    <message>
        <source>This device was set to remember your sign-in, but the system keyring no longer holds it. Sign in with your passphrase; you can switch remembering on again afterwards.</source>
        <translation>Cet appareil était configuré pour mémoriser votre connexion, mais le trousseau du système ne la contient plus. Connectez-vous avec votre phrase secrète ; vous pourrez ensuite réactiver la mémorisation.</translation>
    </message>
    <message>
        <source>This computer has no usable system keyring, so it cannot remember your sign-in. Your passphrase keeps working as before.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau système utilisable ; il ne peut donc pas mémoriser votre connexion. Votre phrase secrète fonctionne comme avant.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Wait a moment before the next try ({seconds} s).</source>
        <translation>Trop de phrases secrètes erronées. Patientez un instant avant le prochain essai ({seconds} s).</translation>
    </message>
    <message>
        <source>This data folder has no recovery key. Restore a backup to regain access.</source>
        <translation>Ce dossier de données n&apos;a pas de clé de récupération. Restaurez une sauvegarde pour retrouver l&apos;accès.</translation>
    </message>
    <message>
        <source>The recovery key reopens the data for a coordinator only. Choose a coordinator&apos;s account.</source>
        <translation>La clé de récupération ne rouvre les données que pour un coordinateur. Choisissez le compte d&apos;un coordinateur.</translation>
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
    <name>parent</name>
    <message>
        <source>Save the recovery sheet</source>
        <translation type="unfinished">Enregistrer la feuille de récupération</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">Documents PDF (*.pdf)</translation>
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
