"""Screenshots of the demo dossiers: the public results of an agency (no log-in) and the agency's
dossier desk (logged in as its official), at 360 and 1366 px, in Vietnamese and English, through
chromedriver's W3C WebDriver HTTP API (no Python packages needed).
Usage: shots.py DRIVER_URL BASE_URL USERNAME PASSWORD OUT_DIR MONTH"""
import base64, json, sys, time, urllib.request

DRIVER, BASE, USER, PASSWORD, OUT, MONTH = sys.argv[1:7]

def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(DRIVER + path, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())["value"]

def session(lang):
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--lang=" + lang,
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=/tmp/esb-shots/profile-%s-%d" % (lang, int(time.time()))]
    caps = {"browserName": "chrome", "goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": args,
            "prefs": {"intl.accept_languages": lang}}}
    return "/session/" + call("POST", "/session", {"capabilities": {"alwaysMatch": caps}})["sessionId"]

def shoot(s, name, url):
    for width in (1366, 360):
        call("POST", s + "/window/rect", {"width": width, "height": 900})
        call("POST", s + "/url", {"url": BASE + url})
        time.sleep(1)
        info = call("POST", s + "/execute/sync", {"script":
            "return [document.location.pathname, document.title, document.documentElement.scrollWidth];", "args": []})
        height = call("POST", s + "/execute/sync", {"script": "return document.documentElement.scrollHeight;", "args": []})
        call("POST", s + "/window/rect", {"width": width, "height": min(max(height, 900), 4000)})
        time.sleep(0.5)
        print(width, name, json.dumps(info, ensure_ascii=False))
        open("%s/%s-%d.png" % (OUT, name, width), "wb").write(base64.b64decode(call("GET", s + "/screenshot")))

for lang, prefix in (("vi", ""), ("en", "en/")):
    s = session(lang)
    try:
        shoot(s, "results-agency-" + lang, prefix + "thu-tuc-hanh-chinh/ket-qua/co-quan/so-tu-phap?thang=" + MONTH)
        call("POST", s + "/url", {"url": BASE + "login.xhtml"})
        el = lambda css: list(call("POST", s + "/element", {"using": "css selector", "value": css}).values())[0]
        call("POST", s + "/element/" + el("#login\\:username") + "/value", {"text": USER})
        call("POST", s + "/element/" + el("#login\\:password") + "/value", {"text": PASSWORD})
        call("POST", s + "/element/" + el("#login\\:submit") + "/click", {})
        time.sleep(2)
        if lang == "en":
            # The console keeps the official's own language choice: its "English" switch.
            call("POST", s + "/element/" + list(call("POST", s + "/element", {"using": "xpath", "value": "//*[normalize-space(text())='English' or @value='English']"}).values())[0] + "/click", {})
            time.sleep(2)
        shoot(s, "desk-" + lang, "admin/dich-vu-cong/dossiers.xhtml")
    finally:
        call("DELETE", s)
