#!/usr/bin/env python3
"""Browser tests of the search page (theme/static/search.js) in headless Chromium.

    search_test.py --site URL [--screenshots DIR]

URL is a local server over a site built by drover from Tests/Browser/fixture (the script
.ci/browser-tests does all of it). Prints one line per test and closes with 'N passed, N failed';
exits 1 when a test failed.
"""

import argparse
import os
import sys
import time
import traceback
import urllib.parse

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


class Page:
    def __init__(self, driver, site):
        self.driver = driver
        self.site = site.rstrip("/") + "/"

    def open(self, query=""):
        self.driver.get(self.site + "search/" + query)
        WebDriverWait(self.driver, 10).until(
            lambda d: d.execute_script("return document.documentElement.classList.contains('search-ready')"))
        return self

    def titles(self):
        return [a.text for a in self.driver.find_elements(By.CSS_SELECTOR, "#search-results a")]

    def status(self):
        return self.driver.find_element(By.ID, "search-status").text

    def params(self):
        return urllib.parse.parse_qs(urllib.parse.urlparse(self.driver.current_url).query)

    def wait(self, condition, what, timeout=15):
        try:
            WebDriverWait(self.driver, timeout).until(lambda d: condition())
        except TimeoutException:
            raise AssertionError("timed out waiting for %s; results %r, status %r, url %s"
                                 % (what, self.titles(), self.status(), self.driver.current_url))

    def wait_titles(self, predicate, what):
        self.wait(lambda: predicate(self.titles()), what)
        return self.titles()

    def type(self, text):
        field = self.driver.find_element(By.ID, "search-query")
        field.clear()
        field.send_keys(text)
        return field

    def core(self, script, *args):
        return self.driver.execute_script("var S = window.DroverSearch; " + script, *args)


# ---- Query rules (the JavaScript core, as shipped) ---------------------------------------

@test
def normalisation_folds_case_and_yo(page):
    page.open()
    assert page.core("return S.words('Ёлка, GPT-4o и «Промпты»')") == ["елка", "gpt", "4o", "промпты"]


@test
def layout_conversion_both_ways(page):
    page.open()
    assert page.core("return S.swapLayout('ghjvgn')") == "промпт"
    assert page.core("return S.swapLayout('дфтпсрфшт')") == "langchain"
    assert page.core("return S.swapLayout('k.,jq')") == "любой"


@test
def transliteration_both_ways(page):
    page.open()
    assert page.core("return S.latin('телеграм')") == "telegram"
    assert page.core("return S.cyrillic('sioloshnaya')") == "сиолошная"
    assert page.core("return S.cyrillic('telegram')") == "телеграм"
    assert page.core("return S.shardKey('модели')") == page.core("return S.shardKey('modeli')") == "mo"


@test
def one_edit_is_a_typo(page):
    page.open()
    for a, b, expected in [("дифузия", "диффузия", True), ("диффузия", "диффузия", True),
                           ("дифсузия", "диффузия", True), ("дфифузия", "диффузия", True),
                           ("диффуизя", "диффузия", True), ("дфзуия", "диффузия", False)]:
        assert page.core("return S.withinOneEdit(arguments[0], arguments[1])", a, b) == expected, (a, b)


@test
def written_outranks_corrected_then_field_then_kind(page):
    page.open()
    ranks = page.core("""
        return [S.score(3, S.MATCH.exact) > S.score(0, S.MATCH.typo),
                S.score(0, S.MATCH.exact) > S.score(0, S.MATCH.stem),
                S.score(0, S.MATCH.stem) > S.score(0, S.MATCH.synonym),
                S.score(0, S.MATCH.synonym) > S.score(0, S.MATCH.prefix),
                S.score(0, S.MATCH.prefix) > S.score(1, S.MATCH.exact),
                S.score(0, S.MATCH.typo) > S.score(1, S.MATCH.typo)]""")
    assert ranks == [True] * 6, ranks


# ---- The page ------------------------------------------------------------------------------

@test
def typing_shows_results_by_prefix(page):
    page.open()
    page.type("моде")
    titles = page.wait_titles(lambda t: len(t) >= 2, "results for «моде»")
    # Both titles start a word with «моде» («Модели», «моделям»): they come first.
    assert set(titles[:2]) == {"Модели машинного обучения для начинающих", "Курс по диффузионным моделям"}, titles
    assert page.params().get("q") == ["моде"], page.params()
    assert "Найдено" in page.status()


@test
def stems_match_other_forms(page):
    page.open("?q=" + urllib.parse.quote("моделями"))
    titles = page.wait_titles(lambda t: t, "results for «моделями»")
    assert "Модели машинного обучения для начинающих" in titles, titles
    assert "Курс по диффузионным моделям" in titles, titles


@test
def title_ranks_above_body(page):
    page.open("?q=" + urllib.parse.quote("модели"))
    titles = page.wait_titles(lambda t: len(t) >= 2, "several results")
    assert titles[0] == "Модели машинного обучения для начинающих", titles
    assert not page.driver.find_element(By.ID, "search-more").is_displayed(), "no «more» for five results"


@test
def wrong_layout_finds_the_right_words(page):
    page.open("?q=ghjvgn")
    titles = page.wait_titles(lambda t: t, "results for ghjvgn")
    assert titles[0] == "Промпт-инжиниринг: руководство", titles


@test
def latin_finds_cyrillic(page):
    page.open("?q=sioloshnaya")
    titles = page.wait_titles(lambda t: t, "results for sioloshnaya")
    assert titles[0] == "Сиолошная", titles


@test
def cyrillic_finds_latin(page):
    page.open("?q=" + urllib.parse.quote("телеграм"))
    titles = page.wait_titles(lambda t: len(t) >= 2, "results for телеграм")
    # «Телеграме» in one body, "Telegram" as a tag and in another body.
    assert {"Сиолошная", "Дайджест новостей ИИ"} <= set(titles), titles


@test
def one_typo_still_matches(page):
    page.open("?q=" + urllib.parse.quote("дифузия"))
    titles = page.wait_titles(lambda t: t, "results for дифузия")
    assert titles == ["Курс по диффузионным моделям"], titles


@test
def stop_words_need_not_match(page):
    page.open("?q=" + urllib.parse.quote("курс по диффузии для начинающих"))
    titles = page.wait_titles(lambda t: t, "results for a phrase with stop words")
    # «по», «для» are nobody's words; no entry has «диффузии» and «начинающих» both: the two
    # entries with two of the three words (a course's type counts as «курс») come first.
    assert set(titles[:2]) == {"Курс по диффузионным моделям", "Модели машинного обучения для начинающих"}, titles
    assert page.driver.find_elements(By.CSS_SELECTOR, "#search-results .search-partial")


@test
def partial_matches_are_labelled_not_nothing(page):
    page.open("?q=" + urllib.parse.quote("телеграм квантовая гравитация"))
    titles = page.wait_titles(lambda t: t, "partial results")
    assert {"Сиолошная", "Дайджест новостей ИИ"} <= set(titles), titles
    note = page.driver.find_elements(By.CSS_SELECTOR, "#search-results .search-partial")
    assert note and "частично" in note[0].text, [n.text for n in note]
    assert "Ничего не найдено" not in page.status(), page.status()
    assert "частично" in page.status(), page.status()


@test
def host_and_synonym_words_find_entries(page):
    # «тг» is in the theme's group of t.me: the channel on t.me has it as a word of its host.
    page.open("?q=" + urllib.parse.quote("тг"))
    titles = page.wait_titles(lambda t: t, "results for тг")
    assert titles[0] == "Сиолошная", titles
    # «канал» is the type's label: both channels, though one says so nowhere in its text.
    page.open("?q=" + urllib.parse.quote("телеграм канал"))
    titles = page.wait_titles(lambda t: len(t) >= 2, "results for телеграм канал")
    assert set(titles[:2]) == {"Сиолошная", "Дайджест новостей ИИ"}, titles


@test
def excerpt_marks_the_matched_words(page):
    page.open("?q=" + urllib.parse.quote("изображению"))
    page.wait_titles(lambda t: t, "results for изображению")
    hit = page.driver.find_elements(By.CSS_SELECTOR, "#search-results .search-hit")[0]
    excerpt = hit.find_element(By.CSS_SELECTOR, ".search-hit__excerpt")
    assert excerpt.text.startswith("Диффузия шаг за шагом"), excerpt.text
    marks = [m.text for m in excerpt.find_elements(By.TAG_NAME, "mark")]
    assert marks == ["изображению"], marks
    meta = hit.find_element(By.CSS_SELECTOR, ".search-hit__meta").text
    for part in ["Учиться", "Курс", "#"]:
        assert part in meta, meta


@test
def hostile_content_reaches_the_page_as_text(page):
    page.open("?q=" + urllib.parse.quote("экранирование <b>x</b>"))
    page.wait_titles(lambda t: t, "the entry with markup in its text")
    results = page.driver.find_element(By.ID, "search-results")
    assert results.find_elements(By.CSS_SELECTOR, "script, b, img") == []
    excerpt = results.find_element(By.CSS_SELECTOR, ".search-hit__excerpt")
    assert [m.text for m in excerpt.find_elements(By.TAG_NAME, "mark")] == ["экранирование"], excerpt.text
    assert page.driver.execute_script("return window.pwned") is None


@test
def arrow_keys_move_through_results(page):
    page.open("?q=" + urllib.parse.quote("модели"))
    titles = page.wait_titles(lambda t: len(t) >= 3, "several results")
    field = page.driver.find_element(By.ID, "search-query")
    field.click()
    active = lambda: page.driver.switch_to.active_element
    field.send_keys(Keys.ARROW_DOWN)
    assert active().text == titles[0], active().text
    active().send_keys(Keys.ARROW_DOWN)
    active().send_keys(Keys.ARROW_DOWN)
    assert active().text == titles[2], active().text
    active().send_keys(Keys.ARROW_UP)
    assert active().text == titles[1], active().text
    active().send_keys(Keys.ARROW_UP)
    active().send_keys(Keys.ARROW_UP)
    assert active().get_attribute("id") == "search-query", "up from the first result returns to the field"
    active().send_keys(Keys.ARROW_DOWN)
    target = active().get_attribute("href")
    active().send_keys(Keys.ENTER)
    page.wait(lambda: page.driver.current_url == target, "the result opened")


@test
def filters_narrow_and_count(page):
    page.open("?q=" + urllib.parse.quote("модели"))
    page.wait_titles(lambda t: len(t) >= 2, "results")
    block = Select(page.driver.find_element(By.ID, "search-filter-block"))
    labels = [o.text for o in block.options]
    assert any(label.startswith("Учиться (") for label in labels), labels
    block.select_by_value("learn")
    page.wait(lambda: page.params().get("block") == ["learn"], "block in the URL")
    level = Select(page.driver.find_element(By.ID, "search-filter-level"))
    level.select_by_value("beginner")
    titles = page.wait_titles(lambda t: len(t) == 2, "learn + beginner")
    assert titles[0] == "Модели машинного обучения для начинающих", titles
    assert "Промпт-инжиниринг: руководство" in titles, titles
    assert page.params().get("level") == ["beginner"], page.params()
    # The tag filter loads its counts when reached.
    tag = page.driver.find_element(By.ID, "search-filter-tag")
    tag.click()
    page.wait(lambda: any("(" in o.text for o in Select(tag).options[1:]), "tag counts")
    labels = [o.text for o in Select(tag).options]
    assert "Промпты (1)" in labels and "LLM (2)" in labels, labels
    Select(tag).select_by_value("prompty")
    page.wait(lambda: page.params().get("tag") == ["prompty"], "tag in the URL")
    page.wait_titles(lambda t: t == ["Промпт-инжиниринг: руководство"], "one result")


@test
def filters_alone_browse_the_collection(page):
    page.open("?type=channel")
    titles = page.wait_titles(lambda t: len(t) == 2, "both channels")
    assert set(titles) == {"Сиолошная", "Дайджест новостей ИИ"}, titles


@test
def url_state_and_the_back_button(page):
    page.open("?q=" + urllib.parse.quote("модели"))
    page.wait_titles(lambda t: len(t) >= 2, "results")
    Select(page.driver.find_element(By.ID, "search-filter-level")).select_by_value("advanced")
    page.wait_titles(lambda t: t == ["Курс по диффузионным моделям"], "advanced only")
    page.driver.back()
    page.wait(lambda: "level" not in page.params(), "level gone from the URL")
    page.wait_titles(lambda t: len(t) >= 2, "all results again")
    assert Select(page.driver.find_element(By.ID, "search-filter-level")).first_selected_option.get_attribute("value") == ""
    page.driver.forward()
    page.wait_titles(lambda t: t == ["Курс по диффузионным моделям"], "advanced only again")
    # A shared link opens the same state.
    page.open("?q=" + urllib.parse.quote("модели") + "&level=advanced")
    page.wait_titles(lambda t: t == ["Курс по диффузионным моделям"], "the shared search")
    assert page.driver.find_element(By.ID, "search-query").get_attribute("value") == "модели"


@test
def no_results_says_so(page):
    page.open("?q=" + urllib.parse.quote("квантовая гравитация"))
    page.wait(lambda: page.driver.find_elements(By.CSS_SELECTOR, "#search-results .search-empty"), "the empty message")
    assert page.titles() == []
    assert "ничего не нашлось" in page.driver.find_element(By.ID, "search-results").text
    assert "Ничего не найдено" in page.status()


@test
def hostile_query_stays_text(page):
    hostile = "<img src=x onerror=alert(1)>"
    page.open("?q=" + urllib.parse.quote(hostile))
    page.wait(lambda: page.status(), "a status")
    assert page.driver.find_elements(By.CSS_SELECTOR, "#search-results img, #search-app img") == []
    assert hostile in page.driver.find_element(By.ID, "search-results").text
    page.type(hostile + " <script>window.pwned=1</script>")
    time.sleep(0.5)
    assert page.driver.execute_script("return window.pwned") is None
    assert page.driver.find_elements(By.CSS_SELECTOR, "#search-results img, #search-results script") == []
    # A title with markup in the index is shown as text too.
    page.open("?q=" + urllib.parse.quote("экранирование"))
    titles = page.wait_titles(lambda t: t, "the entry with markup in its title")
    assert titles == ["Заголовок с <b>разметкой</b> & «кавычками»"], titles
    assert page.driver.find_elements(By.CSS_SELECTOR, "#search-results b") == []


@test
def keyboard_only(page):
    page.driver.get(page.site)
    body = page.driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)  # skip link
    active = lambda: page.driver.switch_to.active_element
    for _ in range(30):
        if active().get_attribute("id") == "site-search-q":
            break
        active().send_keys(Keys.TAB)
    assert active().get_attribute("id") == "site-search-q", "the header search field is reachable by Tab"
    active().send_keys("модели", Keys.ENTER)
    page.wait(lambda: "/search/" in page.driver.current_url, "the search page")
    page.wait_titles(lambda t: len(t) >= 2, "results")
    # From the query field, Tab reaches the filters and then the results.
    page.driver.find_element(By.ID, "search-query").click()
    for _ in range(12):
        active().send_keys(Keys.TAB)
        if active().tag_name == "a" and active().get_attribute("class") == "search-hit__title":
            break
    assert active().get_attribute("class") == "search-hit__title", "a result is reachable by Tab"
    target = active().get_attribute("href")
    active().send_keys(Keys.ENTER)
    page.wait(lambda: page.driver.current_url == target, "the result opened")


@test
def results_are_announced(page):
    page.open()
    status = page.driver.find_element(By.ID, "search-status")
    assert status.get_attribute("aria-live") == "polite"
    assert page.driver.find_element(By.ID, "search-results").get_attribute("aria-live") is None


@test
def without_javascript_the_page_leads_to_browse_pages(page):
    options = webdriver.ChromeOptions()
    for argument in chrome_arguments(1280):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = new_driver(options)
    try:
        driver.get(page.site + "search/?q=test")
        links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, ".search-noscript a")]
        assert page.site + "news/" in links and page.site + "tags/" in links, links
        assert not driver.find_element(By.ID, "search-app").is_displayed()
    finally:
        driver.quit()


# ---- Runner -------------------------------------------------------------------------------

def chrome_arguments(width, dark=False):
    arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=%d,900" % width, "--lang=ru"]
    if dark:
        arguments.append("--force-dark-mode")
        arguments.append("--blink-settings=preferredColorScheme=0")
    return arguments


def new_driver(options):
    # Debian's chromium and chromium-driver: Selenium must not try to download a browser.
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    service = webdriver.ChromeService(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(options=options, service=service)


def driver_for(width, dark=False):
    options = webdriver.ChromeOptions()
    for argument in chrome_arguments(width, dark):
        options.add_argument(argument)
    return new_driver(options)


def screenshots(site, folder):
    os.makedirs(folder, exist_ok=True)  # save_screenshot returns False, silently, into a missing folder
    for width in (390, 1280):
        for scheme in ("light", "dark"):
            driver = driver_for(width, dark=scheme == "dark")
            try:
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                       {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
                page = Page(driver, site).open("?q=" + urllib.parse.quote("модели"))
                page.wait_titles(lambda t: t, "results")
                height = driver.execute_script("return document.documentElement.scrollHeight")
                driver.set_window_size(width, min(height + 120, 2200))
                path = "%s/search-%d-%s.png" % (folder, width, scheme)
                if not driver.save_screenshot(path):
                    raise OSError("could not write " + path)
                print("screenshot", path)
            finally:
                driver.quit()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", required=True)
    parser.add_argument("--screenshots")
    args = parser.parse_args()
    passed = failed = 0
    driver = driver_for(1280)
    try:
        page = Page(driver, args.site)
        for fn in TESTS:
            try:
                fn(page)
                passed += 1
                print("ok     %s" % fn.__name__)
            except Exception:
                failed += 1
                print("FAILED %s" % fn.__name__)
                traceback.print_exc(file=sys.stdout)
    finally:
        driver.quit()
    if args.screenshots:
        screenshots(args.site, args.screenshots)
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
