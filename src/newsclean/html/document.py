"""Build the :class:`~newsclean.document.Document` for an HTML page: body blocks plus metadata."""

from __future__ import annotations

from newsclean.document import Document, InputFormat
from newsclean.html.chunks import (
    page_paragraphs,
    recover_accordion_panels,
    recover_chunks,
    recover_missed_group,
)
from newsclean.html.dom import parse_html
from newsclean.html.extract import (
    excerpt_repeats,
    extract_blocks,
    is_machine_value,
    is_page_address,
    page_addresses,
)
from newsclean.html.furniture import furniture_blocks, header_standfirst, trailing_link_lists
from newsclean.html.metadata import headline_with_extras, read_metadata
from newsclean.sources import registrable_domain


def html_to_document(text: str, *, url: str | None) -> Document:
    """Parse once, read the metadata, extract the body; the cleaners do the rest.

    Metadata is set on the Document before the pipeline runs; ``extract_metadata`` never
    overwrites a value already set, so the HTML evidence wins over what the text of the body
    suggests, and the body's own bylines and datelines are still taken out of it.
    """
    tree = parse_html(text)
    paragraphs = page_paragraphs(tree)
    extracted = extract_blocks(tree, sum(len(p_text) for p_text, _ in paragraphs))
    blocks = recover_missed_group(tree, extracted, paragraphs)
    blocks = recover_accordion_panels(tree, blocks, paragraphs)
    blocks = recover_chunks(tree, blocks, paragraphs)
    found = read_metadata(tree, url, body=frozenset(b.normal for b in blocks))
    if url and "source" not in found.values:
        found.set("source", registrable_domain(url), "url_domain")
    doc = Document(blocks=tuple(blocks), format=InputFormat.HTML, url=url)
    reasons = trailing_link_lists(blocks)
    reasons.update(furniture_blocks(tree, blocks))
    standfirst = header_standfirst(tree, blocks)
    reasons.update(standfirst)
    for i in sorted(standfirst)[:1]:  # taken out of the body, kept as the article's subtitle
        found.set("subtitle", blocks[i].text, "header_standfirst")
    reasons.update((i, "machine_value") for i, b in enumerate(blocks) if is_machine_value(b.text))
    addresses = page_addresses(tree, url)
    reasons.update(
        (i, "page_url") for i, b in enumerate(blocks) if is_page_address(b.text, addresses)
    )
    reasons.update((i, "excerpt_repeat") for i in excerpt_repeats(blocks))
    if isinstance(title := found.values.get("title"), str):
        reasons.update((i, "title") for i in headline_with_extras(blocks, title))
    doc = doc.drop(reasons, cleaner="html_extract")
    if "authors" in found.values:
        found.values["authors"] = tuple(found.values["authors"])
    return doc.with_metadata(evidence=found.evidence, **found.values)
