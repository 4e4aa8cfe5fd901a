#!/usr/bin/env python3
"""Drives the `petition serve` page in headless Chromium, as a person would.

Starts the server on a free port, opens the page, chooses the letter, the signatory list and the
logo in the file inputs, submits, waits for the result, and clicks the PDF's download link; the
downloaded file must open in `pdfinfo`. Also checks the warnings table, the previews, that every
control is reachable with the keyboard, and (with --screenshots DIR) saves the page at desktop
(1280x800) and phone (390x844) widths, before and after a render.

Usage: browser_test.py PETITION_BINARY [--screenshots DIR] [--language fr]
Exit status 0 on success, 1 on a failure; skipped (status 0 with a message) only when Chromium
itself cannot start.
"""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "Examples"


def start_server(binary):
    server = subprocess.Popen([binary, "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    if "listening on" not in line:
        server.kill()
        raise SystemExit(f"FAIL: the server did not start: {line!r} {server.stderr.read()}")
    return server, line.split("listening on", 1)[1].strip()


def make_driver(downloads, language, javascript=True):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--lang={language}",
                     "--window-size=1280,800"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads), "download.prompt_for_download": False,
        "intl.accept_languages": language,
        "profile.managed_default_content_settings.javascript": 1 if javascript else 2})
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


def wait_for_pdf(folder, seconds=60):
    """The first whole PDF downloaded into `folder`, or None when none came in time."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        files = list(folder.iterdir())
        pdfs = [p for p in files if p.suffix == ".pdf"]
        if pdfs and not any(p.suffix == ".crdownload" for p in files):
            return pdfs[0]
        time.sleep(0.2)
    return None


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
    assert info.returncode == 0, f"pdfinfo cannot open {path.name}: {info.stderr}"
    return next(line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:"))


def screenshot(driver, folder, name, width, height):
    driver.set_window_size(width, height)
    time.sleep(0.3)
    # The whole page, not just the first screen: measure it and grow the window to fit.
    full = driver.execute_script("return document.documentElement.scrollHeight")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": max(height, full), "deviceScaleFactor": 1, "mobile": width < 500})
    driver.save_screenshot(str(folder / f"{name}-{width}x{height}.png"))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--screenshots")
    parser.add_argument("--language", default="en")
    args = parser.parse_args()
    try:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait
        from selenium.webdriver.common.keys import Keys
        from selenium.webdriver.common.action_chains import ActionChains
    except ImportError:
        raise SystemExit("FAIL: Python's selenium is missing; scripts/install-dependencies installs it")

    downloads = pathlib.Path(tempfile.mkdtemp(prefix="petition-browser-"))
    server, url = start_server(args.binary)
    driver = None
    try:
        try:
            driver = make_driver(downloads, args.language)
        except Exception as error:  # Chromium cannot start here: say so and skip.
            print(f"SKIP: headless Chromium could not start ({str(error).splitlines()[0]})")
            return 0
        started = time.monotonic()
        driver.get(url)
        shots = pathlib.Path(args.screenshots) if args.screenshots else None
        if shots:
            shots.mkdir(parents=True, exist_ok=True)
            screenshot(driver, shots, f"form-{args.language}", 1280, 800)
            screenshot(driver, shots, f"form-{args.language}", 390, 844)
            driver.set_window_size(1280, 800)

        # Every control is reached with the Tab key, in order, and has a label.
        controls = driver.find_elements(By.CSS_SELECTOR, "input, select, textarea, button")
        for control in controls:
            identifier = control.get_attribute("id")
            labels = driver.find_elements(By.CSS_SELECTOR, f"label[for='{identifier}']")
            assert labels or control.tag_name == "button", f"#{identifier} has no label"
        # Key presses go to whatever has focus (a file input's send_keys would mean "upload").
        keyboard = ActionChains(driver)
        reached = []
        for _ in range(len(controls) + 2):
            keyboard.send_keys(Keys.TAB).perform()
            reached.append(driver.switch_to.active_element.get_attribute("id"))
        missing = [c.get_attribute("id") for c in controls if c.get_attribute("id") not in reached]
        assert not missing, f"not reachable with Tab: {missing}"

        with tempfile.TemporaryDirectory() as scratch:
            # A list with one row that cannot be printed, so the warnings table has a row.
            signatories = pathlib.Path(scratch) / "signatories.csv"
            signatories.write_text((EXAMPLES / "clean-water-signatories.csv").read_text(encoding="utf-8") + ",,Lyon,France\n",
                                   encoding="utf-8")
            driver.find_element(By.ID, "letter").send_keys(str(EXAMPLES / "clean-water-letter.txt"))
            driver.find_element(By.ID, "signatories").send_keys(str(signatories))
            driver.find_element(By.ID, "logo").send_keys(str(EXAMPLES / "clean-water-logo.png"))
            driver.find_element(By.ID, "submit").click()
            WebDriverWait(driver, 120).until(
                lambda d: d.find_element(By.ID, "result").is_displayed() or d.find_element(By.ID, "failure").is_displayed())
        failure = driver.find_element(By.ID, "failure")
        assert not failure.is_displayed(), f"the page shows a failure: {failure.text}"
        rows = driver.find_elements(By.CSS_SELECTOR, "#warnings tbody tr")
        assert any("signatories.csv:27:1" in row.text for row in rows), f"the rejected row is not in the table: {[r.text for r in rows]}"
        previews = driver.find_elements(By.CSS_SELECTOR, "#previews img")
        assert previews, "no previews"
        WebDriverWait(driver, 30).until(lambda d: all(d.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", image)
                                                      for image in previews))
        assert driver.find_element(By.ID, "download-rejects").is_displayed(), "no link to the rejected rows"
        if shots:
            screenshot(driver, shots, f"result-{args.language}", 1280, 800)
            screenshot(driver, shots, f"result-{args.language}", 390, 844)
            driver.set_window_size(1280, 800)

        driver.find_element(By.ID, "download-pdf").click()
        pdf = wait_for_pdf(downloads)
        assert pdf, f"nothing was downloaded into {downloads}: {list(downloads.iterdir())}"
        pages = pdf_pages(pdf)
        driver.quit()
        driver = None

        # Without JavaScript the form posts to /api/render and the browser saves the PDF.
        plain = downloads / "without-script"
        plain.mkdir()
        driver = make_driver(plain, args.language, javascript=False)
        driver.get(url)
        driver.find_element(By.ID, "letter").send_keys(str(EXAMPLES / "clean-water-letter.txt"))
        driver.find_element(By.ID, "signatories").send_keys(str(EXAMPLES / "clean-water-signatories.csv"))
        driver.find_element(By.ID, "logo").send_keys(str(EXAMPLES / "clean-water-logo.png"))
        driver.find_element(By.ID, "submit").click()
        plain_pdf = wait_for_pdf(plain)
        assert plain_pdf, f"without JavaScript nothing was downloaded: {list(plain.iterdir())}"
        plain_pages = pdf_pages(plain_pdf)
        print(f"ok: {pdf.name}, {pages} pages, opened by pdfinfo; {len(rows)} warning rows, {len(previews)} previews, "
              f"{len(controls)} controls reachable by keyboard; without JavaScript {plain_pdf.name}, {plain_pages} pages; "
              f"{time.monotonic() - started:.1f} s")
        return 0
    except AssertionError as error:
        print(f"FAIL: {error}")
        return 1
    finally:
        if driver:
            driver.quit()
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(downloads, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
