; esn-desktop's Windows installer (Inno Setup 6).
; packaging/windows.py fills in the placeholders (version, bundle, output folder) and compiles
; the result with ISCC; edit this template, never the generated script.

[Setup]
; The id ties upgrades and the uninstaller to one product: never change it.
AppId={{5B0C9C1E-6E3A-4D59-9A47-3F1E2C7D8A10}
AppName=esn-desktop
AppVersion=${version}
AppVerName=esn-desktop ${version}
AppPublisher=esn-desktop
VersionInfoVersion=${numeric_version}
; Per user: no administrator rights are asked (a director's laptop is often locked down), the
; program goes in the user's own programs folder and every registry key under HKCU.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\esn-desktop
DisableDirPage=auto
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\esn-desktop.exe
UninstallDisplayName=esn-desktop
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
OutputDir=${output_dir}
OutputBaseFilename=${output_base}

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
; The whole PyInstaller onedir bundle, as built.
Source: "${bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\esn-desktop"; Filename: "{app}\esn-desktop.exe"; WorkingDir: "{userdocs}"

[Registry]
; A double click on a .esn workspace opens it in the app (the `gui` command takes the file).
Root: HKCU; Subkey: "Software\Classes\.esn"; ValueType: string; ValueName: ""; ValueData: "EsnDesktop.Workspace"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.esn\OpenWithProgids"; ValueType: string; ValueName: "EsnDesktop.Workspace"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\EsnDesktop.Workspace"; ValueType: string; ValueName: ""; ValueData: "esn-desktop workspace"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\EsnDesktop.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\esn-desktop.exe,0"
Root: HKCU; Subkey: "Software\Classes\EsnDesktop.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\esn-desktop.exe"" gui ""%1"""

[Run]
Filename: "{app}\esn-desktop.exe"; Description: "{cm:LaunchProgram,esn-desktop}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section, on purpose: uninstalling removes the program and the keys above,
; never the workspaces. They are not under {app}: by default they are in the user's application
; data folder (%LOCALAPPDATA%\esn-desktop\esn-desktop\workspaces), or wherever the user saved
; them (Documents, a share), and they hold the firm's data, which outlives any version of the app.
