from copydesk.extract import dom


def _blocks(html: str, hide: bool = True) -> dict[str, dom.Block]:
    tree = dom.parse(html)
    dom.strip_scripts(tree)
    return {b.text: b for b in dom.blocks(tree.body, hide=hide)}


def test_inline_chrome_text_is_counted():
    blocks = _blocks("""<body><div class="photo"><span class="caption">Boats in the harbour at dawn</span>
    <span class="credit">Photo: J. Smith</span></div>
    <p>The ferry left at six, <span class="highlight">as it does every day</span>,
    with forty people on board.</p>
    <p>Written by <a class="author-link" href="/a">Ana Ruiz</a> for the weekly.</p></body>""")
    caption = blocks["Boats in the harbour at dawn Photo: J. Smith"]
    assert caption.chrome_chars == len(caption.text) - 1, "both spans are chrome, the space between is not"
    story = blocks["The ferry left at six, as it does every day, with forty people on board."]
    assert story.chrome_chars == 0
    byline = blocks["Written by Ana Ruiz for the weekly."]
    assert byline.chrome_chars == 0, "a link around plain text counts as link text only"
    assert byline.link_chars == len("Ana Ruiz")


def test_nested_inline_chrome_counts_all_its_text():
    blocks = _blocks('<body><p>Story text here. <span class="share-bar"><b>Share</b> <i>this</i></span></p>')
    block = blocks["Story text here. Share this"]
    assert block.chrome_chars == len("Share") + len("this")


def test_hidden_inline_and_screen_reader_text_are_skipped():
    html = """<body><p>Visible words<span style="display:none"> secret</span> stay.</p>
    <h2 class="sr-only">Article body</h2>
    <p><span class="visually-hidden">Opens in a new window</span>Read on.</p>
    <p><span aria-hidden="true">*</span>Marked as decoration.</p></body>"""
    blocks = _blocks(html)
    assert list(blocks) == ["Visible words stay.", "Read on.", "*Marked as decoration."]
    assert blocks["*Marked as decoration."].chrome_chars == 1, "aria-hidden text is shown: chrome, not hidden"
    everything = list(_blocks(html, hide=False))
    assert "Article body" in everything, "a full walk still sees reader-only text (marked as chrome)"


def test_reader_only_names_are_hidden_not_chrome_words():
    tree = dom.parse('<div class="screen-reader-text">x</div><div class="story-text">y</div>')
    first, second = tree.body.iter()
    assert dom.element_kind("div", first.attributes) & dom.HIDDEN
    assert not dom.element_kind("div", second.attributes) & (dom.HIDDEN | dom.CHROME)


def test_tag_names_of_standard_and_custom_elements():
    html = "<body><x-card><p>One</p></x-card><my-widget>Two</my-widget><article><p>Three</p></article></body>"
    for _ in range(2):  # the second parse reads the standard tags' names from the cache
        tree = dom.parse(html)
        nodes = list(tree.body.traverse(include_text=True))
        assert [dom.tag_name(n) for n in nodes] == [n.tag for n in nodes]
    assert "x-card" in [dom.tag_name(n) for n in nodes]


def test_walk_reaches_text_after_skipped_and_nested_elements():
    html = """<body><div><p>First <em>part <b>deep</b></em> end.</p><script>x()</script>
    <custom-box><p>Inside a custom element.</p></custom-box><button>Click</button>
    <ul><li>One</li><li>Two<br>Three</li></ul></div>Tail text</body>"""
    texts = list(_blocks(html))
    assert texts == ["First part deep end.", "Inside a custom element.", "One", "Two", "Three", "Tail text"]
