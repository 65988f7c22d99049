#!/usr/bin/env python3
"""Leerpad in a real browser: headless Chromium driven by Selenium.

A coordinator signs in and opens a measurement round for a team; three respondents (one on a
phone, 390 px) answer the quickscan through the round's link (one page per dimension; a missing
answer is explained next to it); the team page shows "3 van 5 ingevuld" and no result yet; the
coordinator closes the round and the team page shows the measurement on three respondents with
its spread. The team plans and accepts a learning path; the coordinator records a completed
module; the team sees its XP rise. At a phone's width the team page and both demo pages fit
without horizontal scrolling.

    python3 web-tests/browser_test.py --server "swift run leerpad serve --port 8089 --db /tmp/lp.sqlite" \
        --base-url http://127.0.0.1:8089 [--screenshots docs/screenshots]

Without --server it uses a server already running at --base-url (with the sample teams and
LEERPAD_COORDINATOR_PASSWORD as the coordinator's password). Needs Debian's chromium and
chromium-driver and Selenium from PyPI. Exit code 0 when every step passed.
"""
import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import Select, WebDriverWait


def browser(width=1280, height=900):
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", f"--window-size={width},{height}"):
        options.add_argument(flag)
    # Dutch, as a municipal employee's browser would ask; English comes from the switch.
    options.add_argument("--lang=nl")
    options.add_experimental_option("prefs", {"intl.accept_languages": "nl,nl-NL"})
    binary = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if os.path.exists(binary):
        options.binary_location = binary
    driver_path = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
    service = Service(driver_path) if os.path.exists(driver_path) else Service()
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(60)
    if width < 500:
        # Headless Chromium keeps windows at least 500 px wide; emulate a phone's screen instead.
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
    return driver


def wait_for_server(base, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(base + "/health", timeout=2) as response:
                if response.status == 200:
                    return
        except Exception:
            time.sleep(1)
    raise SystemExit(f"no server at {base} after {seconds} s")


class Check:
    def __init__(self):
        self.failures = 0
        self.passes = 0

    def __call__(self, condition, message):
        print(("ok   " if condition else "FAIL ") + message, flush=True)
        if condition:
            self.passes += 1
        else:
            self.failures += 1
        return condition


def shoot(driver, directory, name, full_page=True):
    if not directory:
        return
    os.makedirs(directory, exist_ok=True)
    if full_page:
        height = driver.execute_script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")
        width = driver.get_window_size()["width"]
        driver.set_window_size(width, min(max(height + 120, 600), 4000))
    driver.save_screenshot(os.path.join(directory, name + ".png"))
    print(f"     screenshot {name}.png", flush=True)


def click_and_load(driver, element):
    """Clicks a submit button or link and waits until the next page has replaced this one."""
    old = driver.find_element(By.TAG_NAME, "html")
    element.click()

    def replaced(_):
        try:
            old.is_enabled()
            return False
        except WebDriverException:  # stale, or Chrome's "does not belong to the document"
            return True

    WebDriverWait(driver, 30).until(replaced)
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")


def xp_of(driver):
    return int(driver.find_element(By.ID, "xp-total").get_attribute("data-xp"))


def run(base, password, shots, check):
    team = browser()
    coordinator = browser()
    try:
        wait = WebDriverWait(coordinator, 20)
        # The coordinator signs in and finds the team's access code on the dashboard.
        coordinator.get(base + "/coordinator")
        check("/signin" in coordinator.current_url, "the dashboard asks a stranger to sign in")
        coordinator.find_element(By.ID, "name").send_keys("coordinator")
        coordinator.find_element(By.ID, "password").send_keys("wrong password")
        click_and_load(coordinator, coordinator.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]"))
        check("Naam of wachtwoord klopt niet." in coordinator.page_source, "a wrong password is refused with a message")
        coordinator.find_element(By.ID, "password").send_keys(password)
        click_and_load(coordinator, coordinator.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]"))
        wait.until(lambda d: d.find_elements(By.ID, "heatmap"))
        check(len(coordinator.find_elements(By.CSS_SELECTOR, "#heatmap tbody tr")) >= 3, "the heat map shows the sample teams")
        shoot(coordinator, shots, "dashboard")
        link = coordinator.find_element(By.LINK_TEXT, "Informatievoorziening")
        code = link.get_attribute("href").rstrip("/").split("/")[-1]

        # The team enters its code on the home page.
        team.get(base + "/")
        shoot(team, shots, "home")
        team.find_element(By.ID, "code").send_keys(code.lower())
        click_and_load(team, team.find_element(By.CSS_SELECTOR, "form[action='/t'] button"))
        WebDriverWait(team, 20).until(lambda d: d.find_elements(By.ID, "xp-total"))
        xp_before = xp_of(team)
        check(team.find_element(By.TAG_NAME, "h1").text == "Informatievoorziening", "the access code opens the team's own page")

        # The coordinator opens a round for the team and finds its respondents' link.
        coordinator.get(base + "/coordinator")
        Select(coordinator.find_element(By.ID, "round-team")).select_by_value(code)
        Select(coordinator.find_element(By.ID, "round-instrument")).select_by_value("quickscan")
        click_and_load(coordinator, coordinator.find_element(By.ID, "open-round"))
        check("done=opened" in coordinator.current_url, "the coordinator opened a round")
        round_item = coordinator.find_element(By.CSS_SELECTOR, "li[data-round]")
        round_id = round_item.get_attribute("data-round")
        link = round_item.find_element(By.CSS_SELECTOR, "a[href*='/r/']").get_attribute("href")
        check(len(coordinator.find_elements(By.ID, f"close-round-{round_id}")) == 0,
              "a round below its minimum has no close button")

        # Three respondents answer through the link, each in their own browser; one on a phone.
        roles = ["beleid", "uitvoering", "informatie"]
        for person, role in enumerate(roles):
            respondent = browser(390, 844) if person == 2 else browser()
            try:
                loads = 0
                respondent.get(link)
                loads += 1
                Select(respondent.find_element(By.ID, "role")).select_by_value(role)
                click_and_load(respondent, respondent.find_element(By.ID, "begin"))
                loads += 1
                if person == 0:
                    click_and_load(respondent, respondent.find_element(By.ID, "next"))
                    loads += 1
                    check(len(respondent.find_elements(By.CSS_SELECTOR, "[id$='-error']")) > 0,
                          "a missing answer is explained next to its question")
                    shoot(respondent, shots, "questionnaire-error")
                page = 0
                while respondent.find_elements(By.ID, "scan-form"):
                    page += 1
                    fieldsets = respondent.find_elements(By.CSS_SELECTOR, "#scan-form fieldset")
                    for index, fieldset in enumerate(fieldsets):
                        radios = fieldset.find_elements(By.CSS_SELECTOR, "input[type=radio]")
                        value = "x" if (page + index + person) % 9 == 0 else str(1 + (page * 3 + index * (person + 1)) % 5)
                        target = next(r for r in radios if r.get_attribute("value") == value)
                        respondent.find_element(By.CSS_SELECTOR, f"label[for='{target.get_attribute('id')}']").click()
                    if page == 1 and person == 2:
                        overflow = respondent.execute_script(
                            "return document.documentElement.scrollWidth > window.innerWidth + 1")
                        check(not overflow, "a questionnaire page fits a phone's width")
                        shoot(respondent, shots, "questionnaire-phone")
                    click_and_load(respondent, respondent.find_element(By.ID, "next"))
                    loads += 1
                    if page > 10:
                        break
                check(page == 4, f"the quickscan has one page per dimension, 4 in all (saw {page})")
                click_and_load(respondent, respondent.find_element(By.ID, "submit-scan"))
                loads += 1
                check(len(respondent.find_elements(By.ID, "thanks")) == 1, f"respondent {person + 1} submitted")
                check(f"{person + 1} van 5 ingevuld" in respondent.page_source,
                      f"the respondent sees the round's progress ({person + 1} van 5)")
                check(len(respondent.find_elements(By.ID, "scores")) == 0, "a respondent sees no scores")
                if person == 2:
                    print(f"respondent on a phone: {loads} page loads")
            finally:
                respondent.quit()

        # The team page shows the progress, and no result before the round is closed.
        team.refresh()
        check("3 van 5 ingevuld" in team.find_element(By.ID, "round-progress").text,
              "the team page shows the round's progress")
        check(xp_of(team) == xp_before, "answers alone earn nothing before the round closes")

        # The coordinator closes the round; the team page shows the measurement and its spread.
        coordinator.get(base + "/coordinator")
        click_and_load(coordinator, coordinator.find_element(By.ID, f"close-round-{round_id}"))
        check("done=closed" in coordinator.current_url, "the coordinator closed the round")
        team.refresh()
        respondents = team.find_element(By.ID, "measurement-respondents").get_attribute("data-respondents")
        check(respondents == "3", f"the team's measurement stands on three respondents (saw {respondents})")
        spreads = [cell.text for cell in team.find_elements(By.CSS_SELECTOR, "#maturity td.spread")]
        check(len(spreads) == 17 and any(text not in ("–", "0,0") for text in spreads),
              "the team page shows how far the answers lie apart")
        shoot(team, shots, "team-round")

        # Plan and accept a path.
        team.get(base + f"/t/{code}/plan")
        team.find_element(By.ID, "budget").clear()
        team.find_element(By.ID, "budget").send_keys("12000")
        click_and_load(team, team.find_element(By.CSS_SELECTOR, f"form[action='/t/{code}/plan'] button"))
        check(len(team.find_elements(By.ID, "plan-result")) == 1, "the plan appears under the constraints")
        shoot(team, shots, "plan")
        click_and_load(team, team.find_element(By.ID, "accept-plan"))
        check("done=path" in team.current_url, "accepting the plan returns to the team page")
        steps = team.find_elements(By.CSS_SELECTOR, "li[data-module]")
        check(len(steps) > 0, f"the team page shows the path ({len(steps)} steps)")
        nxt = [s for s in steps if s.get_attribute("data-status") in ("next", "in-progress")]
        check(len(nxt) > 0, "one step is marked next")
        module = nxt[0].get_attribute("data-module")
        xp_mid = xp_of(team)
        check(xp_mid > xp_before, f"the assessment earned XP ({xp_before} -> {xp_mid})")
        shoot(team, shots, "team")

        # The coordinator records the completed module.
        coordinator.get(base + "/coordinator")
        Select(coordinator.find_element(By.ID, "record-team")).select_by_value(code)
        Select(coordinator.find_element(By.ID, "record-activity")).select_by_value("completed")
        Select(coordinator.find_element(By.ID, "record-item")).select_by_value("module:" + module)
        coordinator.find_element(By.ID, "record-score").send_keys("0,9")
        click_and_load(coordinator, coordinator.find_element(By.ID, "record-submit"))
        check("done=progress" in coordinator.current_url, "the coordinator's record is confirmed")

        # The team sees its XP rise and the step done.
        team.refresh()
        xp_after = xp_of(team)
        check(xp_after > xp_mid, f"the team's XP rose after the completed module ({xp_mid} -> {xp_after})")
        done = team.find_elements(By.CSS_SELECTOR, f"li[data-module='{module}'][data-status='done']")
        check(len(done) == 1, "the module is marked done on the path")

        # A facilitator runs both workshop demos.
        team.get(base + "/demos?lang=nl")
        team.find_element(By.ID, "must").clear()
        team.find_element(By.ID, "must").send_keys("75")
        click_and_load(team, team.find_element(By.CSS_SELECTOR, "form[action='/demos/route'] button"))
        check("Besparing" in team.page_source and len(team.find_elements(By.CSS_SELECTOR, "svg.route-map")) == 2,
              "the route demo shows the saving and both maps (fixed round and sensor-driven)")
        shoot(team, shots, "demo-route")
        team.get(base + "/demos")
        click_and_load(team, team.find_element(By.CSS_SELECTOR, "form[action='/demos/forecast'][method='get'] button"))
        check(len(team.find_elements(By.CSS_SELECTOR, "table.data tbody tr")) == 12,
              "the forecast demo shows twelve months with intervals")
        shoot(team, shots, "demo-forecast")

        # Remaining screenshots: catalogue, English team page, phone width.
        team.get(base + "/catalogue?format=workshop")
        shoot(team, shots, "catalogue")
        team.get(base + f"/t/{code}?lang=en")
        check("Learning path" in team.page_source, "the language switch shows English")
        shoot(team, shots, "team-en")
        phone = browser(390, 844)
        try:
            phone.get(base + f"/t/{code}")
            width = phone.execute_script("return window.innerWidth")
            check(width == 390, f"the phone window is 390 px wide (innerWidth {width})")
            overflow = phone.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1")
            check(not overflow, "the team page fits a phone's width")
            shoot(phone, shots, "team-phone")
            # The demo pages at a phone's width: charts, maps and tables stay inside the window.
            demos = [
                ("route", "/demos/route?scenario=afvalinzameling-hoeverveld&must=80&optional=60", "svg.route-map"),
                ("forecast", "/demos/forecast?scenario=vraagvoorspelling-huishoudelijke-hulp&method=theta", "svg.fan-chart"),
            ]
            for name, path, chart in demos:
                phone.get(base + path)
                WebDriverWait(phone, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, chart))
                scroll_width, inner_width = phone.execute_script(
                    "return [document.documentElement.scrollWidth, window.innerWidth]")
                check(scroll_width <= inner_width,
                      f"the {name} demo has no horizontal overflow at 390 px (scrollWidth {scroll_width}, innerWidth {inner_width})")
                widest = phone.execute_script(
                    "return Math.max(...Array.from(document.querySelectorAll(arguments[0]), e => e.getBoundingClientRect().right))",
                    chart)
                check(widest <= inner_width, f"the {name} demo's charts fit the window ({widest:.0f} <= {inner_width} px)")
                shoot(phone, shots, f"demo-{name}-phone")
        finally:
            phone.quit()
    finally:
        team.quit()
        coordinator.quit()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default="http://127.0.0.1:8089")
    parser.add_argument("--server", help="shell command that starts the server (it is stopped at the end)")
    parser.add_argument("--password", default=os.environ.get("LEERPAD_COORDINATOR_PASSWORD", "browser-test-password"))
    parser.add_argument("--screenshots", help="directory for PNG screenshots of the main pages")
    parser.add_argument("--startup-seconds", type=int, default=900, help="how long to wait for the server (includes a first build)")
    args = parser.parse_args()
    base = args.base_url.rstrip("/")
    server = None
    log = None
    if args.server:
        env = dict(os.environ, LEERPAD_COORDINATOR_PASSWORD=args.password)
        log = tempfile.NamedTemporaryFile(prefix="leerpad-serve-", suffix=".log", delete=False)
        server = subprocess.Popen(args.server, shell=True, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    check = Check()
    try:
        wait_for_server(base, args.startup_seconds)
        run(base, args.password, args.screenshots, check)
    except Exception as error:  # report, then fail
        import traceback
        traceback.print_exc(limit=4)
        check(False, f"browser test stopped: {type(error).__name__}: {str(error).splitlines()[0]}")
    finally:
        if server:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
            if check.failures and log:
                print(open(log.name, encoding="utf-8", errors="replace").read()[-4000:])
    print(f"browser: {check.passes} passed, {check.failures} failed")
    sys.exit(1 if check.failures else 0)


if __name__ == "__main__":
    main()
