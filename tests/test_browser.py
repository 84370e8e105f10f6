"""The report in a real browser: headless Chromium, driven over the DevTools protocol."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from claimx.cli import app

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "raw"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-port=0",
    "--window-size=1400,2000",
]


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("Chromium is not installed (Debian: apt-get install chromium; .ci/run tries)")


class DevTools:
    """A minimal Chrome DevTools Protocol client over one page's websocket."""

    def __init__(self, url: str) -> None:
        import websocket  # websocket-client, in the test extra

        self.ws = websocket.create_connection(url, timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []

    def call(self, method: str, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message["result"]
            self.events.append(message)

    def wait_for(self, method: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not any(e.get("method") == method for e in self.events):
            if time.monotonic() > deadline:
                raise TimeoutError(method)
            self.events.append(json.loads(self.ws.recv()))

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in result, result
        return result["result"]["value"]


def _connect(profile: Path, process: subprocess.Popen) -> DevTools:
    import urllib.request

    port_file = profile / "DevToolsActivePort"
    deadline = time.monotonic() + 60
    while not port_file.exists() or not port_file.read_text().strip():
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"Chromium did not start (exit status {process.poll()})")
        time.sleep(0.1)
    port = port_file.read_text().split()[0]
    request = urllib.request.Request(f"http://127.0.0.1:{port}/json/new?about:blank", method="PUT")
    with urllib.request.urlopen(request, timeout=30) as response:
        target = json.load(response)
    return DevTools(target["webSocketDebuggerUrl"])


def test_report_in_headless_chromium(tmp_path: Path):
    chromium = _chromium()
    pytest.importorskip("websocket", reason="websocket-client is in the test extra")
    runner = CliRunner()
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(SAMPLE), "--out", str(out)]).exit_code == 0
    result = runner.invoke(app, ["report", str(out), "--input", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    page_url = (out / "report.html").resolve().as_uri()

    profile = Path(tempfile.mkdtemp(prefix="claimx-chromium-"))
    process = subprocess.Popen(
        [chromium, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        tools = _connect(profile, process)
        for domain in ("Page", "Runtime", "Log", "Network"):
            tools.call(f"{domain}.enable")
        tools.call("Page.navigate", url=page_url)
        tools.wait_for("Page.loadEventFired")
        rows = tools.evaluate("document.querySelectorAll('#claims tbody tr').length")
        # filtering by speaker leaves Kholod's six claims; sorting by score puts the lowest first
        shown = tools.evaluate(
            "(function(){var s=document.getElementById('filter-speaker');s.value='Kholod';"
            "s.dispatchEvent(new Event('change'));"
            "return [document.querySelectorAll('#claims tbody tr:not([hidden])').length,"
            "document.getElementById('shown').textContent];})()"
        )
        first_score = tools.evaluate(
            "(function(){var s=document.getElementById('filter-speaker');s.value='';"
            "s.dispatchEvent(new Event('change'));"
            "document.querySelectorAll('#claims th')[7].click();"
            "return document.querySelector('#claims tbody tr').cells[7].textContent;})()"
        )
        charts = tools.evaluate("document.querySelectorAll('figure svg').length")
        links = tools.evaluate("document.querySelectorAll('#doc-0 a[href^=\"#claim-0-\"]').length")
        shot = tools.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        screenshot = tmp_path / "report.png"
        screenshot.write_bytes(base64.b64decode(shot["data"]))
        if os.environ.get("CLAIMX_SCREENSHOT"):
            shutil.copy(screenshot, os.environ["CLAIMX_SCREENSHOT"])
        events = list(tools.events)
        tools.ws.close()
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(profile, ignore_errors=True)

    errors = [
        e["params"]
        for e in events
        if e.get("method") == "Runtime.exceptionThrown"
        or (e.get("method") == "Runtime.consoleAPICalled" and e["params"]["type"] == "error")
        or (e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error")
    ]
    assert errors == []
    requests = [
        e["params"]["request"]["url"]
        for e in events
        if e.get("method") == "Network.requestWillBeSent"
    ]
    assert requests and all(url.startswith(("file:", "data:")) for url in requests), requests
    assert rows == 9
    assert shown == [6, "6 of 9 claims"]
    lowest = pd.read_parquet(out / "claims.parquet")["stance_score"].min()
    assert first_score == f"{lowest:.2f}"
    assert charts == 3
    assert links >= 9
    assert screenshot.stat().st_size > 10_000
