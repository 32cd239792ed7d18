; Inno Setup 6 (6.3 or newer) script of LIVC-R Desktop: a per-machine installer for municipal IT.
;
; installer\build.py compiles it on Windows after building and smoke-testing the bundle, passing
; the version from pyproject.toml (this file never states one):
;
;   ISCC /DAppVersion=<x.y.z> /DAppNumericVersion=<x.y.z.0> /DSourceDir=dist\livcr /DOutputDir=dist
;        /DOutputName=livcr-desktop-<x.y.z>-windows-x64-setup /DIconFile=build\icons\livcr.ico
;        /DLicenceFile=LICENSE installer\windows\livcr.iss
;   signed: add  /DSignToolName=livcrsign "/Slivcrsign=signtool sign /fd sha256 /tr <url> /td sha256 ... $f"
;
; Silent install (IT, software distribution):
;   livcr-desktop-<version>-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP-
;       optional: /DIR="D:\Programs\LIVC-R Desktop"  /TASKS="desktopicon"  /LOG="C:\Windows\Temp\livcr-setup.log"
;   exit code 0 on success (see Inno Setup's "Setup Exit Codes").
; Silent uninstall:
;   "C:\Program Files\LIVC-R Desktop\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; The uninstaller removes the program folder and the shortcuts, nothing else. The users' data -
; %APPDATA%\LIVC-R\LIVC-R Desktop with the encrypted databases, key headers and backups - is not
; named anywhere in this script, so neither an upgrade nor an uninstall can touch it.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (installer\build.py does, from pyproject.toml)
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\livcr"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OutputName
  #define OutputName "livcr-desktop-" + AppVersion + "-windows-x64-setup"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\livcr.ico"
#endif
#ifndef LicenceFile
  #define LicenceFile "..\..\LICENSE"
#endif

#define AppName "LIVC-R Desktop"
#define AppPublisher "LIVC-R Desktop developers"
#define AppExe "livcr.exe"

[Setup]
; The AppId identifies the installation for upgrades and uninstalling: never change it.
AppId={{AC7308E4-4DA4-4558-A040-232183B369B1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup
; Per machine, for every user of the laptop: Program Files, administrator rights, no
; "install for me only" choice.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 supports Windows 10 and 11.
MinVersion=10.0
LicenseFile={#LicenceFile}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running LIVC-R Desktop holds files of {app}: ask it to close (Restart Manager), do not
; restart it as administrator afterwards.
CloseApplications=yes
RestartApplications=no
SetupLogging=yes
ShowLanguageDialog=auto
#ifdef SignToolName
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle whole: libraries of an older version must not mix with the new.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; Offered after an interactive install only; started as the person who ran Setup, not as the
; administrator (the data folder belongs to that person).
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[UninstallDelete]
; The program folder, if anything is left in it. Nothing outside {app}: the data stays.
Type: dirifempty; Name: "{app}"
