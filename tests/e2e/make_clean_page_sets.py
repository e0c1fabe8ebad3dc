#!/usr/bin/env python3
"""Build the page-dump sets: the gold articles of clean-dev, -dev2, -dev3 and
-dev5 (our own hand-written text) set in a plain news page of HTML, with a menu,
links inside paragraphs, a "Most read" list and a footer, then turned into text
as scrapers do. clean-dev4 is held out and not used. The gold is the article
itself, so a set scores what the dump's layout does to clean, not the choice of
what is article.

  lynx       tests/data/clean-lynx.jsonl: `lynx -dump` (Debian's lynx), the
             text-browser dump clean's spec names: body indented and wrapped
             at 76 columns, "[12]" before each link, "*" bullets, and the
             numbered list of link addresses at the end.
  textnodes  tests/data/clean-textnodes.jsonl: every text node on its own line,
             stripped, no blank lines (BeautifulSoup's get_text("\n",
             strip=True)): a paragraph with links in it comes in pieces, the
             page title on the first line.
  markdown   tests/data/clean-markdown.jsonl: html2text's Markdown (Debian's
             python3-html2text, run by /usr/bin/python3): "[text](/url)" links,
             "# " headings, "  * " items, wrapped at 78 columns, the page title
             on the first line.

usage: make_clean_page_sets.py lynx|textnodes|markdown OUTPUT   (deterministic: seed 7)
"""
import html
import html.parser
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")
NAV = ["Home", "News", "World", "Business", "Sport", "Culture", "Opinion", "Weather", "Podcasts",
       "Newsletters", "Sign in", "Subscribe"]
SITES = ["The Riverside Echo", "Northgate Courier", "Harbour Post"]


def linkify(paragraph, rng):
    words = paragraph.split(" ")
    if len(words) > 12 and rng.random() < 0.6:
        start = rng.randrange(1, len(words) - 4)
        end = start + rng.randrange(1, 4)
        words[start] = '<a href="/x">' + words[start]
        words[end] = words[end] + "</a>"
    return " ".join(words)


def page_of(gold, rng):
    site = rng.choice(SITES)
    body = "".join(f"<p>{linkify(html.escape(p), rng)}</p>\n" for p in gold[1:])
    menu = "".join(f'<li><a href="/{item}">{item}</a></li>' for item in NAV)
    return f"""<html><head><title>{html.escape(gold[0])} | {site}</title></head><body>
<nav><ul>{menu}</ul></nav>
<article><h1>{html.escape(gold[0])}</h1>
{body}</article>
<aside><h3>Most read</h3><ol><li><a href="/a">Man rescued from river after six hours</a></li>
<li><a href="/b">Bus fares to rise in April, operator says</a></li>
<li><a href="/c">School closed after boiler fails</a></li></ol></aside>
<footer><p><a href="/about">About us</a> | <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a></p>
<p>&copy; 2026 {site}. All rights reserved.</p></footer></body></html>"""


class TextNodes(html.parser.HTMLParser):
    """The page's text nodes, stripped, as get_text("\n", strip=True) gives them."""

    def __init__(self):
        super().__init__()
        self.nodes, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in ("script", "style", "title")

    def handle_endtag(self, tag):
        self.hidden -= tag in ("script", "style", "title")

    def handle_data(self, data):
        if not self.hidden and data.strip():
            self.nodes.append(data.strip())


def text_nodes_of(page, title):
    parser = TextNodes()
    parser.feed(page)
    return "\n".join([title] + parser.nodes) + "\n"


def main():
    kind, output = sys.argv[1], sys.argv[2]
    rng = random.Random(7)
    with open(output, "w", encoding="utf-8") as out, tempfile.TemporaryDirectory() as tmp:
        page_path = os.path.join(tmp, "page.html")
        for name in ["clean-dev", "clean-dev2", "clean-dev3", "clean-dev5"]:
            for line in open(os.path.join(DATA, name + ".jsonl"), encoding="utf-8"):
                record = json.loads(line)
                gold = record["gold"] if isinstance(record["gold"], list) else record["gold"].split("\n\n")
                if len(gold) < 4:
                    continue
                page = page_of(gold, rng)
                if kind == "lynx":
                    with open(page_path, "w", encoding="utf-8") as f:
                        f.write(page)
                    dump = subprocess.run(
                        ["lynx", "-dump", "-display_charset=utf-8", "-assume_charset=utf-8", page_path],
                        capture_output=True, check=True).stdout.decode("utf-8", "replace")
                elif kind == "markdown":
                    title = html.unescape(page.split("<title>")[1].split("</title>")[0])
                    dump = title + "\n\n" + subprocess.run(
                        ["/usr/bin/python3", "-c", "import sys, html2text; print(html2text.html2text(sys.stdin.read()))"],
                        input=page.encode("utf-8"), capture_output=True, check=True).stdout.decode("utf-8")
                else:
                    dump = text_nodes_of(page, html.unescape(page.split("<title>")[1].split("</title>")[0]))
                out.write(json.dumps({"id": f"{kind}-{record['id']}", "input": dump, "gold": gold},
                                     ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
