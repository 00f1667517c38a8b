"""Headless Chromium driven through the DevTools protocol, for the browser test.

Chromium is started with --remote-debugging-pipe: protocol messages are JSON
terminated by a NUL byte, read from its file descriptor 3 and written to its
file descriptor 4, so the standard library is enough (no websocket client, no
port). One page is opened; the test navigates it, types into it, presses keys,
clicks at the position of an element and reads the page with JavaScript.

The flags keep Chromium from reaching out to the network by itself (component
updates, sync, safe browsing lists) and let it run as root in a container
(--no-sandbox); each browser gets a new, empty profile folder.
"""
from __future__ import annotations

import fcntl
import json
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

NAMES = ("chromium", "chromium-browser")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--mute-audio", "--window-size=1280,1024"]


def find_chromium() -> str | None:
    """The Chromium program on PATH (Debian's package installs /usr/bin/chromium), or None."""
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


# JavaScript functions of a CSS selector, run in the page.
FOCUS = """selector => {
    const element = document.querySelector(selector);
    if (!element) return false;
    element.focus();
    if (element.select) element.select();
    return document.activeElement === element;
}"""
MIDDLE = """selector => {
    const element = document.querySelector(selector);
    if (!element) return null;
    element.scrollIntoView({block: "center"});
    const box = element.getBoundingClientRect();
    if (!box.width || !box.height) return null;
    return {x: box.left + box.width / 2, y: box.top + box.height / 2};
}"""


class BrowserError(Exception):
    pass


class Chromium:
    """A headless Chromium with one page; use as a context manager."""

    def __init__(self, program: str, timeout: float = 60):
        self.timeout = timeout
        self.profile = Path(tempfile.mkdtemp(prefix="factstore-chromium-"))
        self.log = self.profile.parent / (self.profile.name + ".log")
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()
        # Chromium's ends of the pipes go to descriptors 10 and up, then bash puts them on 3 and 4 (a pipe made
        # here may itself be 3 or 4) and becomes Chromium.
        child_in, child_out = (fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
                               for fd in (to_browser_read, from_browser_write))
        for fd in (to_browser_read, from_browser_write):
            os.close(fd)
        launcher = f'exec 3<&{child_in} 4>&{child_out} {child_in}<&- {child_out}>&- && exec "$@"'
        try:
            with open(self.log, "wb") as log:
                self.process = subprocess.Popen(
                    ["bash", "-c", launcher, "bash", program, *FLAGS, f"--user-data-dir={self.profile}",
                     "--remote-debugging-pipe", "about:blank"],
                    stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                    pass_fds=(child_in, child_out), start_new_session=True)
        except BaseException:
            for fd in (child_in, child_out, self._to_browser, self._from_browser):
                os.close(fd)
            shutil.rmtree(self.profile, ignore_errors=True)
            raise
        os.close(child_in)
        os.close(child_out)
        self._buffer = b""
        self._next_id = 0
        try:
            target = self.call("Target.createTarget", url="about:blank")["targetId"]
            self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the protocol

    def call(self, method: str, session: str | None = None, timeout: float | None = None, **params) -> dict:
        """Sends one command and returns its result (events that arrive meanwhile are dropped)."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            answer = self._receive(deadline, method)
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise BrowserError(f"{method}: {answer['error']}")
                return answer.get("result", {})

    def page(self, method: str, **params) -> dict:
        return self.call(method, session=self.session, **params)

    def _receive(self, deadline: float, waiting_for: str) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError(f"no answer to {waiting_for} in time{self.log_tail()}")
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if ready:
                chunk = os.read(self._from_browser, 1 << 20)
                if not chunk:
                    raise BrowserError(f"Chromium closed the pipe (exit status {self.process.poll()}) "
                                       f"while waiting for {waiting_for}{self.log_tail()}")
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def log_tail(self, lines: int = 15) -> str:
        try:
            text = self.log.read_text(errors="replace").splitlines()[-lines:]
        except OSError:
            return ""
        return "\nChromium's output ends with:\n" + "\n".join(text) if text else ""

    # -- what a person does

    def evaluate(self, expression: str):
        """The value of a JavaScript expression in the page (JSON-like values; promises awaited)."""
        result = self.page("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            raise BrowserError(f"{expression!r} threw: {details.get('exception', {}).get('description', details)}")
        return result["result"].get("value")

    def wait_for(self, expression: str, what: str):
        """Polls a JavaScript expression until it is truthy; returns its value."""
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                value = self.evaluate(expression)
            except BrowserError:
                value = None    # the page was being replaced
            if value:
                return value
            if time.monotonic() > deadline:
                url = self.evaluate("location.href")
                raise BrowserError(f"{what}: not within {self.timeout} s (page at {url})")
            time.sleep(0.1)

    def loaded(self, url_contains: str) -> str:
        """Waits for a page whose address contains the text to have loaded; returns its address."""
        return self.wait_for(f"document.readyState === 'complete' && location.href.includes({json.dumps(url_contains)})"
                             " && location.href", f"a page at an address containing {url_contains!r}")

    def open(self, url: str) -> None:
        answer = self.page("Page.navigate", url=url)
        if answer.get("errorText"):
            raise BrowserError(f"opening {url}: {answer['errorText']}")
        self.loaded(url)

    def type_into(self, selector: str, text: str) -> None:
        """Focuses the element, selects what it holds and types the text over it."""
        if not self.evaluate(f"({FOCUS})({json.dumps(selector)})"):
            raise BrowserError(f"no element {selector} to type into")
        self.page("Input.insertText", text=text)

    def press_enter(self) -> None:
        for kind in ("keyDown", "keyUp"):
            self.page("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter",
                      windowsVirtualKeyCode=13, nativeVirtualKeyCode=13,
                      **({"text": "\r"} if kind == "keyDown" else {}))

    def click(self, selector: str) -> None:
        """A left click with the mouse at the middle of the element (scrolled into view first)."""
        box = self.evaluate(f"({MIDDLE})({json.dumps(selector)})")
        if not box:
            raise BrowserError(f"no visible element {selector} to click")
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.page("Input.dispatchMouseEvent", type=kind, x=box["x"], y=box["y"], button="left",
                      clickCount=0 if kind == "mouseMoved" else 1)

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.call("Browser.close", timeout=5)
            except (BrowserError, OSError):
                pass
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(self.process.pid, signal.SIGKILL)    # what is left of the session Chromium was started in
        except ProcessLookupError:
            pass
        self.process.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)
        self.log.unlink(missing_ok=True)
