"""The Windows installer's script: per-user, `.esn` opens in the app, uninstalling keeps the data."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.packaging.conftest import load

windows = load("windows")


def sections(script: str) -> dict[str, list[str]]:
    """The script's lines by section, comments and blank lines left out."""
    found: dict[str, list[str]] = {}
    current = ""
    for raw in script.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            found.setdefault(current, [])
        else:
            found[current].append(line)
    return found


def directives(lines: list[str]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in lines)


@pytest.fixture
def script(tmp_path: Path) -> str:
    return windows.installer_script(tmp_path / "dist" / "esn-desktop", "1.4.2", tmp_path / "out")


def test_installs_for_the_user_alone_without_administrator_rights(script: str) -> None:
    setup = directives(sections(script)["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == r"{localappdata}\Programs\esn-desktop"
    registry = sections(script)["Registry"]
    assert registry and all(line.startswith("Root: HKCU;") for line in registry)


def test_version_bundle_and_output_are_filled_in(script: str, tmp_path: Path) -> None:
    setup = directives(sections(script)["Setup"])
    assert setup["AppVersion"] == "1.4.2"
    assert setup["VersionInfoVersion"] == "1.4.2.0"
    assert setup["OutputDir"] == str((tmp_path / "out").resolve())
    assert setup["OutputBaseFilename"] == "esn-desktop-1.4.2-windows-x64-setup"
    bundle = (tmp_path / "dist" / "esn-desktop").resolve()
    assert sections(script)["Files"] == [
        f'Source: "{bundle}\\*"; DestDir: "{{app}}"; Flags: ignoreversion recursesubdirs createallsubdirs'
    ]
    assert "$" not in script


def test_a_start_menu_shortcut_starts_the_app(script: str) -> None:
    (icon,) = sections(script)["Icons"]
    assert icon.startswith(r'Name: "{userprograms}\esn-desktop"; Filename: "{app}\esn-desktop.exe"')


def test_esn_files_open_in_the_app_with_its_icon(script: str) -> None:
    registry = "\n".join(sections(script)["Registry"])
    assert (
        r'Subkey: "Software\Classes\.esn"; ValueType: string; ValueName: ""; '
        r'ValueData: "EsnDesktop.Workspace"' in registry
    )
    assert r'Subkey: "Software\Classes\EsnDesktop.Workspace\DefaultIcon"' in registry
    assert r'ValueData: "{app}\esn-desktop.exe,0"' in registry
    # Inno Setup doubles the quotes inside a value: the key holds "...\esn-desktop.exe" gui "%1".
    assert (
        r'Subkey: "Software\Classes\EsnDesktop.Workspace\shell\open\command"; ValueType: string; '
        r'ValueName: ""; ValueData: """{app}\esn-desktop.exe"" gui ""%1"""' in registry
    )
    assert directives(sections(script)["Setup"])["ChangesAssociations"] == "yes"


def test_uninstalling_removes_the_association_but_never_the_workspaces(script: str) -> None:
    parts = sections(script)
    assert "UninstallDelete" not in parts
    assert "InstallDelete" not in parts
    assert "Code" not in parts  # no script that could delete anything either
    # Only the keys the installer made go with it.
    registry = parts["Registry"]
    assert [line for line in registry if "uninsdelete" in line] == [
        line
        for line in registry
        if r"Software\Classes\.esn" in line or line.endswith('"; Flags: uninsdeletekey')
    ]
    assert "workspaces" not in "\n".join(line for lines in parts.values() for line in lines).lower()


@pytest.mark.parametrize("version", ["", "v1.0", "1.0\nPrivilegesRequired=admin", '1.0"', "1.0 beta"])
def test_a_malformed_version_is_refused_in_one_line(tmp_path: Path, version: str) -> None:
    with pytest.raises(SystemExit) as refused:
        windows.installer_script(tmp_path, version, tmp_path)
    message = str(refused.value)
    assert message.startswith("windows: version ") and "is not like 1.2.3" in message
    assert "\n" not in message


def test_a_pre_release_keeps_its_name_and_gives_windows_numbers(tmp_path: Path) -> None:
    setup = directives(sections(windows.installer_script(tmp_path, "2.0.0rc1", tmp_path))["Setup"])
    assert setup["AppVersion"] == "2.0.0rc1"
    assert setup["VersionInfoVersion"] == "2.0.0.0"


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "dist" / "esn-desktop"
    folder.mkdir(parents=True)
    (folder / "esn-desktop.exe").write_bytes(b"MZ")
    return folder


@pytest.fixture
def no_program_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    for variable in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        monkeypatch.delenv(variable, raising=False)
    return empty


def test_without_inno_setup_packaging_is_refused_in_one_line(
    bundle: Path, tmp_path: Path, no_program_files: Path
) -> None:
    with pytest.raises(SystemExit) as refused:
        windows.package(bundle, "1.0.0", tmp_path / "out")
    assert str(refused.value) == (
        "windows: Inno Setup 6's ISCC.exe is neither on PATH nor in Program Files"
        " (install it: choco install innosetup -y)"
    )
    assert not (tmp_path / "out").exists()


def test_a_missing_bundle_is_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as refused:
        windows.package(tmp_path / "nowhere", "1.0.0", tmp_path / "out")
    assert (
        str(refused.value)
        == f"windows: {tmp_path / 'nowhere' / 'esn-desktop.exe'} not found; build the bundle first"
    )


def test_iscc_is_found_in_program_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_program_files: Path
) -> None:
    compiler = tmp_path / "Program Files (x86)" / "Inno Setup 6" / "ISCC.exe"
    compiler.parent.mkdir(parents=True)
    compiler.write_bytes(b"")
    monkeypatch.setenv("ProgramFiles(x86)", str(tmp_path / "Program Files (x86)"))
    assert windows.find_iscc() == compiler


@pytest.mark.skipif(os.name == "nt", reason="the stand-in compiler is a shell script")
def test_the_script_is_compiled_and_the_installer_returned(
    bundle: Path, tmp_path: Path, no_program_files: Path
) -> None:
    # A stand-in ISCC: keeps the script it was given and writes the installer it names.
    iscc = no_program_files / "iscc"
    iscc.write_text(
        "#!/bin/sh\n"
        "PATH=/usr/bin:/bin\n"
        'cp "$2" "$(dirname "$2")/given.iss"\n'
        "out=$(sed -n 's/^OutputDir=//p' \"$2\" | tr -d '\\r')\n"
        "base=$(sed -n 's/^OutputBaseFilename=//p' \"$2\" | tr -d '\\r')\n"
        'printf MZ > "$out/$base.exe"\n'
    )
    iscc.chmod(iscc.stat().st_mode | stat.S_IXUSR)
    installer = windows.package(bundle, "1.0.0", tmp_path / "out")
    assert installer == (tmp_path / "out" / "esn-desktop-1.0.0-windows-x64-setup.exe").resolve()
    given = (tmp_path / "out" / "given.iss").read_bytes()
    assert given.startswith(b"\xef\xbb\xbf")  # UTF-8 with its BOM, as ISCC wants it
    assert b"PrivilegesRequired=lowest" in given


@pytest.mark.skipif(os.name == "nt", reason="the stand-in compiler is a shell script")
def test_a_failing_compiler_is_reported_in_one_line(
    bundle: Path, tmp_path: Path, no_program_files: Path
) -> None:
    iscc = no_program_files / "iscc"
    iscc.write_text("#!/bin/sh\necho 'Compiling...'\necho 'Error on line 3: Unknown directive' >&2\nexit 2\n")
    iscc.chmod(iscc.stat().st_mode | stat.S_IXUSR)
    with pytest.raises(SystemExit) as refused:
        windows.package(bundle, "1.0.0", tmp_path / "out")
    assert str(refused.value) == "windows: ISCC failed: Error on line 3: Unknown directive"
