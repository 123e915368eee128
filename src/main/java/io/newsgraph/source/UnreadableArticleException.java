package io.newsgraph.source;

/** An article could not be read or parsed: carries the input it came from and a reason a user can act on. */
public class UnreadableArticleException extends Exception {
    private final String location;

    public UnreadableArticleException(String location, String reason) {
        super(reason);
        this.location = location;
    }

    public UnreadableArticleException(String location, String reason, Throwable cause) {
        super(reason, cause);
        this.location = location;
    }

    /** The file, URL or "stdin" the article came from. */
    public String location() {
        return location;
    }

    /** One line for a user: the input and what is wrong with it. */
    public String oneLine() {
        return location + ": " + getMessage();
    }
}
