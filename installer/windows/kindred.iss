; Kindred for Windows: an installer made with Inno Setup 6 from the PyInstaller bundle.
;
;   1. On Windows, build the bundle:  pip install -e .[dist]  then
;      pyinstaller --noconfirm --distpath dist --workpath build installer\kindred.spec
;   2. Compile this script:  iscc /DAppVersion=0.1.0 installer\windows\kindred.iss
;      -> dist\Kindred-0.1.0-setup.exe
;
; It installs for the current person only (no administrator password needed), adds
; Kindred to the Start menu, and its uninstaller keeps the family's diary unless they
; say, when asked, that they want it deleted. The diary lives apart from the program,
; in %LOCALAPPDATA%\Kindred (caregiver_app/paths.py), so updates never touch it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Kindred"
#define AppExe "kindred.exe"

[Setup]
; Never change AppId: it is how Windows knows a new version replaces the old one.
AppId={{6F1C2A7E-8B3D-4C59-9E21-4B7A0D3E5F18}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Kindred contributors
AppCopyright=GPL-3.0-or-later
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=kindred.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A running Kindred is asked to close (it backs up the diary on close) before files change.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\kindred\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "org.kindred.Kindred"; Comment: "A private care diary for your family"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon; AppUserModelID: "org.kindred.Kindred"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[CustomMessages]
en.KeepDiaryQuestion=Kindred will be removed from this computer.%n%nYour diary, its backups and your settings are kept in:%n%1%n%nso you can install Kindred again and carry on, or copy them to another computer.%n%nDo you also want to DELETE your diary and all its backups? This cannot be undone.%n%nChoose No to keep them (recommended).
en.KeepDiaryConfirm=Are you sure? Your diary and all its backups will be deleted for good.
en.DiaryKept=Kindred has been removed. Your diary is still in:%n%1
es.KeepDiaryQuestion=Kindred se quitará de este ordenador.%n%nSu diario, sus copias de seguridad y sus ajustes se guardan en:%n%1%n%nasí puede instalar Kindred de nuevo y seguir, o copiarlos a otro ordenador.%n%n¿Quiere también BORRAR su diario y todas sus copias? No se puede deshacer.%n%nElija No para conservarlos (recomendado).
es.KeepDiaryConfirm=¿Está seguro? Su diario y todas sus copias se borrarán para siempre.
es.DiaryKept=Kindred se ha quitado. Su diario sigue en:%n%1

[Code]
var
  DeleteDiary: Boolean;

// Where Kindred keeps the diary: platformdirs' user data folder for "Kindred".
function DiaryFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\Kindred');
end;

// Asked once, before anything is removed. No is the default button, and a silent
// uninstall (for example by IT staff) always keeps the diary.
function InitializeUninstall(): Boolean;
begin
  DeleteDiary := False;
  Result := True;
  if UninstallSilent or not DirExists(DiaryFolder()) then
    Exit;
  if MsgBox(FmtMessage(CustomMessage('KeepDiaryQuestion'), [DiaryFolder()]),
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    DeleteDiary := MsgBox(CustomMessage('KeepDiaryConfirm'),
                          mbError, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  if DeleteDiary then
    DelTree(DiaryFolder(), True, True, True)
  else if not UninstallSilent and DirExists(DiaryFolder()) then
    MsgBox(FmtMessage(CustomMessage('DiaryKept'), [DiaryFolder()]), mbInformation, MB_OK);
end;
