# Web-ish utilities: urllib.parse (split, join, quote, query strings), html escaping and a
# small html.parser link extractor, http.HTTPStatus, deterministic uuid3/uuid5, ipaddress
# networks, shlex command lines, fnmatch patterns, and mimetypes guesses.
import fnmatch
import html
import ipaddress
import mimetypes
import shlex
import uuid
from html.parser import HTMLParser
from http import HTTPStatus
from urllib.parse import (parse_qs, parse_qsl, quote, quote_plus, unquote, unquote_plus, urldefrag, urlencode,
                          urljoin, urlparse, urlsplit, urlunparse)

url = "https://user:pw@Example.COM:8443/a/b%20c/index.html;params?q=weft+jvm&tag=a&tag=b&empty=#section-2"
p = urlparse(url)
print(p.scheme, p.netloc, p.hostname, p.port, p.username, p.password, p.path, p.params, p.fragment)
print(parse_qs(p.query), parse_qs(p.query, keep_blank_values=True)["empty"], parse_qsl(p.query)[:2])
print(urlunparse(p._replace(query="", fragment="")), urlsplit("//host/path").netloc, urldefrag(url).fragment)
for base, ref in [("http://a/b/c/d;p?q", "g"), ("http://a/b/c/d;p?q", "../g"), ("http://a/b/c/d;p?q", "//g"),
                  ("http://a/b/c/d;p?q", "?y"), ("http://a/b/c/d;p?q", "#s"), ("http://a/b/c/", "../../../g")]:
    print(f"  urljoin({ref!r}) = {urljoin(base, ref)}")
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b&c=d"), unquote("caf%C3%A9%20x"),
      unquote_plus("a+b%2B"))
print(urlencode({"q": "weft jvm", "n": 10, "tags": ["x", "y"]}, doseq=True), urlencode([("a", "1&2")]))

print("-- html")
snippet = '<p class="note">Tom & "Jerry" <3 \'cheese\'</p>'
escaped = html.escape(snippet)
print(escaped)
print(html.unescape(escaped) == snippet, html.unescape("&lt;b&gt; &amp;amp; &eacute; &#233; &#x41; &nbsp;|"))


class LinkExtractor(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.text, self.stack = [], [], []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        if tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data):
        if data.strip():
            self.text.append((self.stack[-1] if self.stack else None, data.strip()))


page = """<html><head><title>Weft &amp; friends</title></head>
<body><h1>Links</h1><a href="/docs?x=1&amp;y=2">Docs</a> and <a href='https://example.org'>Ex</a>
<img src="x.png" alt="pic"/><br><p>Last <b>bold</b> words</p><!-- hidden --></body></html>"""
parser = LinkExtractor()
parser.feed(page)
parser.close()
print(parser.links)
print(parser.text)

print("-- http status")
for code in (200, 201, 301, 404, 418, 503):
    s = HTTPStatus(code)
    print(f"  {s.value} {s.phrase!r} {s.name} client_error={s.is_client_error} success={s.is_success}")
print(HTTPStatus.NOT_FOUND == 404, HTTPStatus["OK"].description)

print("-- uuid (name-based, deterministic)")
print(uuid.uuid5(uuid.NAMESPACE_DNS, "weft.dev"), uuid.uuid3(uuid.NAMESPACE_URL, "https://weft.dev/"))
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u.hex, u.int, u.version, u.variant, u.urn, u.bytes[:4], uuid.UUID(bytes=u.bytes) == u, str(uuid.NAMESPACE_OID))

print("-- ipaddress")
net = ipaddress.ip_network("192.168.10.0/26")
print(net, net.num_addresses, net.netmask, net.broadcast_address, list(net.subnets(new_prefix=28))[1:3])
addr = ipaddress.ip_address("192.168.10.37")
print(addr in net, addr.is_private, int(addr), addr + 5, ipaddress.ip_address("10.0.0.1") < addr)
v6 = ipaddress.ip_address("2001:db8::1")
print(v6, v6.exploded, v6.version, ipaddress.ip_interface("10.1.2.3/24").network, v6.reverse_pointer[:20])
print(list(ipaddress.summarize_address_range(ipaddress.ip_address("10.0.0.0"), ipaddress.ip_address("10.0.0.10"))))
for bad in ("300.1.1.1", "10.0.0.0/33", "192.168.1.1/24"):
    try:
        ipaddress.ip_network(bad)
    except ValueError as e:
        print("ValueError:", e)

print("-- shlex and fnmatch")
cmd = """grep -rn --include='*.py' "def main" src/ | sort -k2 > out\\ file.txt"""
print(shlex.split(cmd))
print(shlex.join(["echo", "it's", "a b", "$HOME"]), shlex.quote("safe-name_1.txt"), shlex.quote(""))
lex = shlex.shlex("a=1 b='two words' # comment", posix=True)
lex.whitespace_split = True
print(list(lex))
names = ["main.py", "test_main.py", "README.md", "data.CSV", "setup.cfg", ".hidden.py"]
print(fnmatch.filter(names, "*.py"), fnmatch.filter(names, "test_*"), fnmatch.fnmatch("data.CSV", "*.csv"),
      fnmatch.fnmatchcase("data.CSV", "*.csv"), fnmatch.filter(names, "[!.]*.[pc]*"), fnmatch.translate("a?b*"))

print("-- mimetypes (built-in table only, no system files)")
mt = mimetypes.MimeTypes()
for name in ["index.html", "photo.JPG", "data.json", "archive.tar.gz", "script.py", "noext"]:
    print(f"  {name:<15} {mt.guess_type(name)}")
print(mt.guess_extension("text/csv"), mt.guess_extension("application/json"), mt.guess_all_extensions("image/jpeg"))
