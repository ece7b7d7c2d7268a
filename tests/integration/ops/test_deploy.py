"""deploy/: the systemd unit and the container recipe refer to things that exist. No image is
built here (no Docker daemon on CI); the slow test installs the project from exactly the files
the Dockerfile copies into a fresh virtualenv and creates a database with it."""

from __future__ import annotations

import configparser
import os
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

from bot.cli import build_parser
from bot.settings import DEFAULT_DATABASE_URL, BackupSettings, Settings

ROOT = Path(__file__).resolve().parents[3]
DEPLOY = ROOT / "deploy"
UNIT = DEPLOY / "nhacviec.service"
DOCKERFILE = DEPLOY / "Dockerfile"


def unit() -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(UNIT.read_text(encoding="utf-8"))
    return parser


def cli_args(command: str) -> list[str]:
    """The arguments after the `nhacviec` console script in a unit or Dockerfile command."""
    words = shlex.split(command)
    assert Path(words[0]).name == "nhacviec", command
    return words[1:]


def test_the_unit_runs_the_console_script_the_package_installs() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["nhacviec"] == "bot.cli:main"
    service = unit()["Service"]
    parser = build_parser()
    for key in ("ExecStartPre", "ExecStart"):
        parsed = parser.parse_args(cli_args(service[key]))
        assert parsed.command in ("db", "run")
    assert cli_args(service["ExecStartPre"]) == ["db", "upgrade"]
    assert cli_args(service["ExecStart"]) == ["run"]
    assert service["Restart"] == "on-failure"
    assert service["NoNewPrivileges"] == "yes" and service["ProtectSystem"] == "strict"
    assert service["User"] == "nhacviec"


def test_the_unit_lets_the_service_write_where_it_writes() -> None:
    """The database and backups default to paths under the working directory: the only one
    ProtectSystem=strict leaves writable."""
    service = unit()["Service"]
    assert service["ReadWritePaths"] == service["WorkingDirectory"]
    # Settings come from .env in the working directory (the program's own parser).
    assert Settings.model_config.get("env_file") == ".env"
    assert "EnvironmentFile" not in service
    assert not DEFAULT_DATABASE_URL.split(":///", 1)[1].startswith("/")
    assert not BackupSettings().dir.startswith("/")


def test_systemd_accepts_the_unit(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    # The unit names /opt/nhacviec/venv; here the console script lives in this venv.
    here = Path(sys.executable).parent / "nhacviec"
    if not here.exists():
        pytest.skip("the nhacviec console script is not installed in this environment")
    text = UNIT.read_text(encoding="utf-8").replace("/opt/nhacviec/venv/bin/nhacviec", str(here))
    (tmp_path / "nhacviec.service").write_text(text, encoding="utf-8")
    done = subprocess.run(
        [analyze, "verify", str(tmp_path / "nhacviec.service")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    if "System has not been booted with systemd" in done.stderr:
        pytest.skip("systemd-analyze cannot run here")
    # verify exits 0 on an unknown key or a bad value: its warnings are the verdict.
    assert (done.returncode, done.stderr.strip()) == (0, "")


def dockerfile() -> str:
    return DOCKERFILE.read_text(encoding="utf-8")


def test_the_dockerfile_copies_every_package_and_files_that_exist() -> None:
    sources = []
    for line in dockerfile().splitlines():
        if line.startswith("COPY "):
            *srcs, _ = line.split()[1:]
            sources += srcs
    for source in sources:
        assert (ROOT / source).exists(), source
    packages = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    wanted = {p.rstrip("*") for p in packages["packages"]["find"]["include"]}
    assert wanted <= set(sources)
    assert "pyproject.toml" in sources and "README.md" in sources  # readme = "README.md"


def test_the_dockerignore_keeps_the_sources_and_leaves_out_secrets_and_data() -> None:
    ignore = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    assert ignore[ignore.index("**") :][0] == "**"  # everything is left out first
    allowed = {line[1:].rstrip("/") for line in ignore if line.startswith("!")}
    assert allowed == {"pyproject.toml", "README.md", "bot", "handlers", "notices", "scheduler",
                       "storage"}  # fmt: skip


def test_the_dockerfile_commands_are_the_cli() -> None:
    text = dockerfile()
    assert re.search(r"^FROM python:3\.11-slim-bookworm$", text, re.MULTILINE)
    health = re.search(r"^HEALTHCHECK .* CMD (\[.*\])$", text, re.MULTILINE)
    command = re.search(r"^CMD (\[.*\])$", text, re.MULTILINE)
    assert health is not None and command is not None
    import json

    assert json.loads(health.group(1)) == ["nhacviec", "status"]
    shell = json.loads(command.group(1))
    assert shell[:2] == ["sh", "-c"]
    steps = [s.strip().removeprefix("exec ") for s in shell[2].split("&&")]
    assert steps == ["nhacviec db upgrade", "nhacviec run"]
    parser = build_parser()
    for step in [*steps, "nhacviec status"]:
        parser.parse_args(cli_args(step))
    assert re.search(r"^USER nhacviec$", text, re.MULTILINE)  # not root


def test_the_optional_system_packages_are_the_ones_the_readme_names() -> None:
    named = set(re.findall(r'packages="\$packages ([a-z0-9 -]+)"', dockerfile()))
    packages = {p for group in named for p in group.split()}
    assert packages == {
        "tesseract-ocr",
        "tesseract-ocr-vie",
        "antiword",
        "libreoffice-writer-nogui",
    }
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(f"`{p}`" in readme for p in packages)


@pytest.mark.slow  # builds a wheel and a virtualenv, runs the installed command (~15 s)
def test_the_files_the_image_copies_install_and_create_a_database(tmp_path: Path) -> None:
    """What `pip install .` does in the image: the package is built from the Dockerfile's
    copied files alone; its dependencies come from this environment (not downloaded)."""
    context = tmp_path / "context"
    context.mkdir()
    for line in dockerfile().splitlines():
        if line.startswith("COPY "):
            *sources, _ = line.split()[1:]
            for source in sources:
                path = ROOT / source
                if path.is_dir():
                    shutil.copytree(
                        path, context / source, ignore=shutil.ignore_patterns("__pycache__")
                    )
                else:
                    shutil.copy2(path, context / source)
    fresh = tmp_path / "venv"
    made = subprocess.run(
        [sys.executable, "-m", "venv", str(fresh)], capture_output=True, text=True, timeout=300
    )
    if made.returncode != 0 and "ensurepip" in made.stdout + made.stderr:
        pytest.skip("this Python cannot make a virtualenv with pip (no ensurepip)")
    assert made.returncode == 0, made.stderr
    python = fresh / "bin" / "python"
    # As `pip install .` in the image: the build backend (setuptools, wheel) comes from the
    # package registry into an isolated build environment; the dependencies are not fetched.
    installed = subprocess.run(
        [python, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps", "."],
        cwd=context, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    if installed.returncode != 0 and re.search(
        r"NewConnectionError|Could not find a version|Temporary failure in name resolution",
        installed.stderr,
    ):
        pytest.skip("the package registry cannot be reached for the build backend")
    assert installed.returncode == 0, installed.stderr[-2000:]
    # Dependencies from this environment's site-packages (a plain path: the editable install
    # of this checkout registered there is not loaded, so `bot` comes from the wheel).
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    (Path(site) / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    work = tmp_path / "var-lib-nhacviec"
    work.mkdir()
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(work), "LANG": "C.UTF-8"}
    where = subprocess.run(
        [python, "-c", "import bot, storage; print(bot.__file__)"],
        cwd=work, env=env, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert where.startswith(str(fresh)), where
    nhacviec = fresh / "bin" / "nhacviec"
    subprocess.run([nhacviec, "db", "upgrade"], cwd=work, env=env, check=True, timeout=120)
    assert (work / "data" / "nhacviec.sqlite3").exists()  # the default, under the workdir
    status = subprocess.run(
        [nhacviec, "status", "--json"], cwd=work, env=env, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    import json

    report = json.loads(status.stdout)
    assert report["schema"]["up_to_date"] is True
    assert status.returncode == 1  # no channel configured yet: a problem, said so
    assert report["problems"] == ["Chưa cấu hình kênh chat nào (ZALO__TOKEN / TELEGRAM__TOKEN)."]
