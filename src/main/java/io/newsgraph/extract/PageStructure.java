package io.newsgraph.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a line of an article is on the page, read from its shape and words: prose, a byline or
 * credit, a teaser for another story, or page furniture (sign-up boxes, share bars, cookie
 * notices, section labels). Text pasted from a web page keeps all of them; only prose and
 * headlines state the article's facts about its own subject.
 */
final class PageStructure {

    /** The role of one line. */
    enum Role {
        /** Sentences of the story (headlines, decks and "Key Takeaways" bullets included). */
        PROSE,
        /** "By Jane Doe", "Reporting by ...", "Photo: Reuters", an author's name alone on its line: names, no facts. */
        BYLINE,
        /** "Read more: ...", "Related: ...": another story's headline; its facts are about its own subject only. */
        TEASER,
        /** Sign-up, subscription, cookie and share text, section and widget labels: read nothing. */
        FURNITURE
    }

    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|written by|reporting by|reported by|edited by|additional reporting by|compiled by|words by|story by|"
                    + "photos? by|images? by|video by|graphics? by|with reporting from)\\b.*"
                    + "|^(?:photo|image|picture|illustration|credit|source|photograph)s?\\s*:.*"
                    + "|^[\\p{Lu}][\\p{L}'.-]+(?:\\s+[\\p{Lu}][\\p{L}'.-]+){0,3}\\s*/\\s*[\\p{Lu}][\\p{L}&. ]{1,30}$" // "Hannah McKay/Reuters"
                    + "|.*\\((?:photo|image|picture)s?(?: by|:)[^)]*\\)\\s*$"
                    + "|^(?:getty images|reuters|ap photo|afp|bloomberg)(?:\\s*/.*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TEASER = Pattern.compile(
            "^(?:read more|read also|also read|read here|read next|related|related stories|related articles|related coverage|"
                    + "recommended|recommended reading|see also|more from|more on|more stories|more news|you may also like|"
                    + "you might also like|don't miss|trending|popular stories|most read|editor's picks|top stories|watch|listen)"
                    + "\\b\\s*[:|\\-\u2013\u2014]?.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FURNITURE = Pattern.compile(
            "^(?:sign up|signup|subscribe|log ?in|login|register|join |become a member|unlock|already a subscriber|"
                    + "advertisement|sponsored|share this|share on|share via|share:|follow us|copy link|"
                    + "we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|cookie|privacy policy|"
                    + "terms of (?:use|service)|all rights reserved|\u00a9|copyright|skip to|back to|jump to|menu|"
                    + "download (?:the|our) app|get the app|newsletter|click here|tap here|loading|open to all readers|"
                    + "only for|members only)\\b.*"
                    + "|.*\\b(?:down arrow|button icon|all rights reserved|cookie settings|newsletter sign-?up)\\b.*",
            Pattern.CASE_INSENSITIVE);
    /** Words that are page furniture when they make up a short line on their own ("Share", "Print", "Comments"). */
    private static final Pattern SHORT_FURNITURE = Pattern.compile(
            "^(?:share|tweet|print|email|e-mail|comments?|save|listen|watch|menu|search|home|next|previous|close|more|"
                    + "facebook|twitter|linkedin|whatsapp|reddit|x)(?:\\W+(?:share|tweet|print|email|comments?|save|facebook|twitter|"
                    + "linkedin|whatsapp|reddit|x|copy link))*\\W*$",
            Pattern.CASE_INSENSITIVE);
    /** A line that is only a person's name or a job title, as author boxes print them. */
    private static final Pattern NAME_ONLY = Pattern.compile("^[\\p{Lu}][\\p{Ll}'\u2019-]+(?:\\s+[\\p{Lu}]\\.?)?(?:\\s+[\\p{Lu}][\\p{Ll}'\u2019-]+){1,2}$");

    private static final Pattern NAME_CASE = Pattern.compile("^(?:[\\p{Lu}][\\p{L}-]*\\s*)+$");

    private final Lexicon lexicon;

    PageStructure(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The role of a line (stripped of surrounding white space and bullets). */
    Role roleOf(String rawLine) {
        String line = rawLine.strip().replaceFirst("^[\u2022\u25CF\u25AA*\u2013\u2014-]+\\s*", "");
        if (line.isEmpty()) {
            return Role.FURNITURE;
        }
        if (FURNITURE.matcher(line).matches() && line.length() < 200 || SHORT_FURNITURE.matcher(line).matches()) {
            return Role.FURNITURE;
        }
        if (TEASER.matcher(line).matches() && line.length() < 220) {
            return Role.TEASER;
        }
        if (BYLINE.matcher(line).matches() && line.length() < 160) {
            return Role.BYLINE;
        }
        if (NAME_ONLY.matcher(line).matches() && lexicon.isGivenName(line.split("\\s+")[0])) {
            return Role.BYLINE; // "Luisa Beltran" alone on its line: the author box
        }
        String[] words = line.toLowerCase(Locale.ROOT).split("\\s+");
        if (line.length() < 40 && words.length <= 4 && NAME_CASE.matcher(line).matches() && lexicon.titles().containsKey(words[words.length - 1])) {
            return Role.BYLINE; // "Finance Reporter" under the author's name
        }
        return Role.PROSE;
    }
}
