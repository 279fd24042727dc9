"""The release path end to end against a real package index on 127.0.0.1 (`nox -s release-roundtrip`).

    python -m scripts.release_roundtrip build/dist [--extra-index-url URL]

Starts pypiserver (from PyPI) on a free port with upload authentication (a fresh htpasswd user),
uploads the built artefacts with `scripts.release upload` (the release session's upload step),
then, in a brand-new virtual environment outside the source tree, installs
`voucherify-activities[conformance]` from that index (its dependencies from the usual index) and
runs the installed package: the version, `voucherify-activities mock` answering a GET, and
`voucherify-activities conformance`. Finally it uploads the same version again, and with a wrong
password, and expects both refused with a clear message. No secret may appear in any output.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import venv
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx
from passlib.apache import HtpasswdFile  # type: ignore[import-untyped]

from scripts.project_version import project_version
from scripts.release import NAME, ROOT

DEFAULT_INDEX = "https://pypi.org/simple"
STARTUP_TIMEOUT = 30.0


class RoundTripError(Exception):
    """A step of the round trip did not behave as a user of the index needs."""


STARTED = time.monotonic()


def step(text: str) -> None:
    print(f"\n[roundtrip +{time.monotonic() - STARTED:.0f}s] {text}", flush=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def normal_index() -> str:
    """Where dependencies come from: pip's configured index, else PyPI."""
    configured = os.environ.get("PIP_INDEX_URL")
    if configured:
        return configured
    done = subprocess.run(
        [sys.executable, "-m", "pip", "config", "get", "global.index-url"], capture_output=True, text=True, check=False
    )
    return done.stdout.strip() if done.returncode == 0 and done.stdout.strip() else DEFAULT_INDEX


@contextlib.contextmanager
def package_index(root: Path, user: str, password: str) -> Iterator[str]:
    """pypiserver on 127.0.0.1 with authenticated uploads; yields its base URL."""
    htpasswd = HtpasswdFile(str(root / "htpasswd"), new=True)
    htpasswd.set_password(user, password)
    htpasswd.save()
    (root / "packages").mkdir()
    port = free_port()
    command = ["pypi-server", "run", "--host", "127.0.0.1", "--port", str(port), "--disable-fallback"]
    command += ["--authenticate", "update", "--passwords", str(root / "htpasswd"), str(root / "packages")]
    log = (root / "pypiserver.log").open("w")
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while True:
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{url}/health", timeout=1.0).status_code == 200:
                    break
            if server.poll() is not None or time.monotonic() > deadline:
                raise RoundTripError(f"pypiserver did not start:\n{(root / 'pypiserver.log').read_text()}")
            time.sleep(0.2)
        print(f"pypiserver on {url} (uploads need a password; no fallback to PyPI)")
        yield url
    finally:
        stop(server, signal.SIGTERM)
        log.close()


def stop(process: subprocess.Popen[Any], how: signal.Signals) -> None:
    """Ask a process we started to stop; kill it if it does not within ten seconds."""
    process.send_signal(how)
    try:
        process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()


def release_upload(dist: Path, index: str, env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    """The release session's upload step, output captured so it can be searched for secrets."""
    command = [sys.executable, "-m", "scripts.release", "upload", str(dist), "--repository-url", f"{index}/"]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    print(done.stdout + done.stderr, end="")
    return done


def run(command: Sequence[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(part) for part in command], cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        shown = " ".join(map(str, command[:4]))
        raise RoundTripError(f"{shown} ... exited {done.returncode}:\n{done.stdout}{done.stderr}")
    return done


def install(scratch: Path, index: str, version: str, extra_index: str) -> Path:
    """A fresh venv with the package from the local index; returns its bin folder."""
    env_dir = scratch / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    report = scratch / "pip-report.json"
    requirement = f"{NAME}[conformance]=={version}"
    run(
        [bin_dir / "python", "-m", "pip", "install", "--quiet", "--report", report, requirement,
         "--index-url", f"{index}/simple/", "--extra-index-url", extra_index],
        cwd=scratch,
    )  # fmt: skip
    installed = {item["metadata"]["name"]: item for item in json.loads(report.read_text())["install"]}
    source = installed[NAME]["download_info"]["url"]
    if not source.startswith(index):
        raise RoundTripError(f"{NAME} came from {source}, not from the local index {index}")
    print(f"installed {requirement} from {source} and {len(installed) - 1} dependencies from {extra_index}")
    return bin_dir


def check_version(bin_dir: Path, version: str, cwd: Path) -> None:
    # TODO: `voucherify-activities --version` once the CLI has it (issue 13, wt-dx).
    code = "import importlib.metadata as m; print(m.version('voucherify-activities'))"
    shown = run([bin_dir / "python", "-c", code], cwd=cwd).stdout.strip()
    if shown != version:
        raise RoundTripError(f"the installed package says {shown}, the release is {version}")
    print(f"installed version: {shown}")


def check_mock(bin_dir: Path, cwd: Path) -> None:
    """`voucherify-activities mock` starts, answers one GET with a page, stops on Ctrl-C."""
    mock = subprocess.Popen(
        [bin_dir / "voucherify-activities", "mock", "--port", "0", "--size", "200"],
        cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    assert mock.stdout is not None
    try:
        banner = [mock.stdout.readline(), mock.stdout.readline()]
        base = re.search(r"on (http://127\.0\.0\.1:\d+)", banner[0])
        program = re.search(r"program: \d+, e\.g\. (\S+)", banner[1])
        if base is None or program is None:
            raise RoundTripError(f"the mock did not start as expected: {''.join(banner)!r}")
        url = f"{base.group(1)}/v2/loyalties/programs/{program.group(1)}/activities?limit=2"
        response = httpx.get(url, headers={"X-App-Id": "roundtrip", "X-App-Token": "roundtrip"}, timeout=10.0)
        items = response.json().get("data") if response.status_code == 200 else None
        if not items:
            raise RoundTripError(f"GET {url} -> {response.status_code} {response.text[:200]}")
        print(f"mock: GET {url} -> 200, {len(items)} activities")
    finally:
        stop(mock, signal.SIGINT)
    if mock.returncode != 0:
        raise RoundTripError(f"the mock exited {mock.returncode} on Ctrl-C")
    print("mock: stopped cleanly")


def check_conformance(bin_dir: Path, cwd: Path) -> None:
    done = run([bin_dir / "voucherify-activities", "conformance", "--junit-xml", cwd / "conformance.xml"], cwd=cwd)
    verdict = [line for line in done.stdout.splitlines() if line.startswith("VERDICT")]
    print(f"conformance (installed package, bundled mock): {verdict[-1] if verdict else done.stdout[-300:]}")


def expect_refused(done: subprocess.CompletedProcess[str], reason: str, what: str) -> None:
    if done.returncode == 0 or reason not in done.stderr:
        raise RoundTripError(f"{what}: expected a refusal saying {reason!r}, got exit {done.returncode}")
    print(f"{what}: refused, exit {done.returncode}")


def roundtrip(dist: Path, extra_index: str) -> None:
    version = project_version()
    user, password = "release-bot", secrets.token_urlsafe(24)
    outputs: list[str] = []
    with tempfile.TemporaryDirectory(prefix="release-roundtrip-") as scratch_name:
        scratch = Path(scratch_name)
        (scratch / "index").mkdir()
        step("start a package index on 127.0.0.1")
        with package_index(scratch / "index", user, password) as index:
            env = {**os.environ, "TWINE_USERNAME": user, "TWINE_PASSWORD": password}
            step(f"upload {NAME} {version} with the release session's upload step")
            done = release_upload(dist, index, env)
            outputs.append(done.stdout + done.stderr)
            if done.returncode != 0:
                raise RoundTripError("the upload failed")
            step("install from the index into a fresh venv, outside the source tree")
            (scratch / "user").mkdir()
            bin_dir = install(scratch / "user", index, version, extra_index)
            step("run the installed package")
            check_version(bin_dir, version, scratch / "user")
            check_mock(bin_dir, scratch / "user")
            check_conformance(bin_dir, scratch / "user")
            step("upload the same version again")
            done = release_upload(dist, index, env)
            outputs.append(done.stdout + done.stderr)
            expect_refused(done, "a published version never changes", "second upload")
            step("upload with a wrong password")
            done = release_upload(dist, index, {**env, "TWINE_PASSWORD": password[::-1]})
            outputs.append(done.stdout + done.stderr)
            expect_refused(done, "refused the credentials", "wrong password")
    leaks = [secret for secret in (password, password[::-1]) if any(secret in text for text in outputs)]
    if leaks:
        raise RoundTripError("a password appeared in the release output")
    step(f"PASS: {NAME} {version} uploaded, installed and run from a local index; no secret in any output")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dist", type=Path, help="folder with the built wheel and sdist")
    parser.add_argument("--extra-index-url", default=None, help="where dependencies come from (default: pip's index)")
    args = parser.parse_args(argv)
    try:
        roundtrip(args.dist.resolve(), args.extra_index_url or normal_index())
    except RoundTripError as error:
        print(f"\n[roundtrip] FAIL: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
