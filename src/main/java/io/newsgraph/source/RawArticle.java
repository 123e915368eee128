package io.newsgraph.source;

/**
 * The bytes of one article as read from where it lives, before any parsing.
 *
 * @param location    absolute file path, URL, or "stdin"
 * @param bytes       the content as read
 * @param contentType the media type when the source said so (HTTP), else null
 */
public record RawArticle(String location, byte[] bytes, String contentType) {
}
