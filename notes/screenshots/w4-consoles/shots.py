"""Log in as admin through chromedriver's W3C WebDriver HTTP API and screenshot console pages."""
import base64, json, sys, time, urllib.request

DRIVER = sys.argv[1]; BASE = sys.argv[2]; PASSWORD = sys.argv[3]; OUT = sys.argv[4]
PAGES = sys.argv[5].split(",")

def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(DRIVER + path, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())["value"]

args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=/tmp/w4c/profile-%d" % int(time.time())]
sid = call("POST", "/session", {"capabilities": {"alwaysMatch": {"browserName": "chrome",
      "goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": args}}}})["sessionId"]
s = "/session/" + sid
def el(css):
    return list(call("POST", s + "/element", {"using": "css selector", "value": css}).values())[0]
try:
    call("POST", s + "/url", {"url": BASE + "login.xhtml"})
    call("POST", s + "/element/" + el("#login\\:username") + "/value", {"text": sys.argv[6]})
    call("POST", s + "/element/" + el("#login\\:password") + "/value", {"text": PASSWORD})
    call("POST", s + "/element/" + el("#login\\:submit") + "/click", {})
    time.sleep(2)
    # the menu's links, as the admin sees them
    links = call("POST", s + "/execute/sync", {"script":
        "return Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href')).filter(h => h && h.includes('/admin/'));", "args": []})
    print("MENU", json.dumps(sorted(set(links))))
    for width in (1366, 360):
        call("POST", s + "/window/rect", {"width": width, "height": 900})
        for page in PAGES:
            call("POST", s + "/url", {"url": BASE + page})
            time.sleep(1)
            info = call("POST", s + "/execute/sync", {"script":
                "return [document.location.pathname + document.location.search, document.title, document.documentElement.scrollWidth, (document.querySelector('h1')||{}).textContent];", "args": []})
            print(width, page, "->", json.dumps(info, ensure_ascii=False))
            png = base64.b64decode(call("GET", s + "/screenshot"))
            name = "%s/%d-%s.png" % (OUT, width, page.replace("/", "_").replace("?", "_"))
            open(name, "wb").write(png)
finally:
    call("DELETE", s)
