package io.newsgraph.document;

/**
 * One article's clean text and metadata.
 *
 * @param id          stable identity: a hash of the source location (of the content for stdin)
 * @param source      absolute file path, URL, or "stdin"
 * @param title       headline, or null
 * @param published   publication date as ISO yyyy-MM-dd, or null
 * @param publisher   publishing outlet's name, or null
 * @param author      author's name, or null
 * @param text        the main text, noise removed; what extraction reads and offsets count in
 * @param contentHash SHA-256 of the raw bytes, to skip unchanged articles on re-ingest
 * @param format      "html" or "text"
 */
public record Article(String id, String source, String title, String published, String publisher,
                      String author, String text, String contentHash, String format) {
}
