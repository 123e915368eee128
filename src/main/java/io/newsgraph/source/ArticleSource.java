package io.newsgraph.source;

/** One article to read: a file, a URL or standard input. Reading may fail per article. */
public interface ArticleSource {

    /** Where the article lives, as reported to users and stored as its source. */
    String location();

    /** Reads the bytes, enforcing the size limit. */
    RawArticle read() throws UnreadableArticleException;
}
