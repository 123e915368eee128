package io.newsgraph.extract;

import java.util.List;
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
                    + "only for|members only)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WIDGET = Pattern.compile(
            "\\b(?:down arrow|button icon|all rights reserved|cookie settings|newsletter sign-?up)\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_NON_PROSE = 240;
    /** Words that are page furniture when they make up a short line on their own ("Share", "Print", "Comments"). */
    private static final Pattern SHORT_FURNITURE = Pattern.compile(
            "^(?:share|tweet|print|email|e-mail|comments?|save|listen|watch|menu|search|home|next|previous|close|more|"
                    + "facebook|twitter|linkedin|whatsapp|reddit|x)(?:\\W+(?:share|tweet|print|email|comments?|save|facebook|twitter|"
                    + "linkedin|whatsapp|reddit|x|copy link))*\\W*$",
            Pattern.CASE_INSENSITIVE);
    /** A line that is only a person's name or a job title, as author boxes print them. */
    private static final Pattern NAME_ONLY = Pattern.compile("^[\\p{Lu}][\\p{Ll}'\u2019-]+(?:\\s+[\\p{Lu}]\\.?)?(?:\\s+[\\p{Lu}][\\p{Ll}'\u2019-]+){1,2}$");

    private static final Pattern NAME_CASE = Pattern.compile("^(?:[\\p{Lu}][\\p{L}-]*\\s*)+$");

    /** First words of the lines the patterns above can match. */
    private static final java.util.Set<String> STARTERS = java.util.Set.of("by", "written", "reporting", "reported", "edited",
            "additional", "compiled", "words", "story", "photo", "photos", "image", "images", "video", "graphic", "graphics", "with",
            "picture", "pictures", "illustration", "credit", "credits", "source", "sources", "photograph", "getty", "reuters", "ap",
            "afp", "bloomberg", "read", "also", "related", "recommended", "see", "more", "you", "don't", "trending", "popular",
            "most", "editor's", "top", "watch", "listen", "sign", "signup", "subscribe", "log", "login", "register", "join",
            "become", "unlock", "already", "advertisement", "sponsored", "share", "follow", "copy", "we", "this", "accept",
            "cookie", "cookies", "privacy", "terms", "all", "copyright", "skip", "back", "jump", "menu", "download", "get",
            "newsletter", "click", "tap", "loading", "open", "only", "members");

    private static String stripBullet(String line) {
        int i = 0;
        while (i < line.length() && "\u2022\u25CF\u25AA*\u2013\u2014-".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i == 0 ? line : line.substring(i).strip();
    }

    private static String firstWord(String line) {
        int end = 0;
        while (end < line.length() && (Character.isLetter(line.charAt(end)) || line.charAt(end) == '\'')) {
            end++;
        }
        return line.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static boolean mayBeWidget(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        return l.contains("arrow") || l.contains("icon") || l.contains("reserved") || l.contains("cookie") || l.contains("newsletter")
                || l.startsWith("\u00a9");
    }

    private final Lexicon lexicon;

    PageStructure(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    private static final Pattern MENU_ITEM = Pattern.compile("^\\s*[\u2022\u25CF\u25AA*\u2013-]\\s*\\S+(?:\\s+\\S+){0,3}\\s*$");

    /**
     * Start offsets of the lines that belong to a navigation menu: four or more bullet lines in a row
     * (blank lines between allowed), each of at most four words and no full stop, most of one or two
     * ("• Oncology", "• 2024 Pharma 50"). "Key Takeaways" bullets are sentences, so they stay prose.
     */
    static java.util.Set<Integer> menuLines(String text) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        List<Integer> run = new java.util.ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int to = text.indexOf('\n', from);
            String line = text.substring(from, to < 0 ? text.length() : to);
            if (line.isBlank()) {
                // a blank line neither breaks nor joins a run
            } else if (MENU_ITEM.matcher(line).matches() && !line.strip().endsWith(".")) {
                run.add(from);
            } else {
                addIfMenu(text, run, out);
                run.clear();
            }
            if (to < 0) {
                break;
            }
            from = to + 1;
        }
        addIfMenu(text, run, out);
        return out;
    }

    /** A run is a menu when it has four lines or more and most are one or two words ("• Oncology", "• Podcast"). */
    private static void addIfMenu(String text, List<Integer> run, java.util.Set<Integer> out) {
        if (run.size() < 4) {
            return;
        }
        int shortOnes = 0;
        for (int from : run) {
            int to = text.indexOf('\n', from);
            String item = stripBullet(text.substring(from, to < 0 ? text.length() : to).strip());
            if (Rx.split(item, "\\s+").length <= 2) {
                shortOnes++;
            }
        }
        if (shortOnes * 2 >= run.size()) {
            out.addAll(run);
        }
    }

    /** The role of a line (stripped of surrounding white space and bullets). */
    Role roleOf(String rawLine) {
        if (rawLine.length() > MAX_NON_PROSE) {
            return Role.PROSE; // a paragraph: every other role is a short line
        }
        String line = stripBullet(rawLine.strip());
        if (line.isEmpty()) {
            return Role.FURNITURE;
        }
        if (line.length() > 60 && !STARTERS.contains(firstWord(line)) && line.indexOf('/') < 0 && line.indexOf('(') < 0
                && !mayBeWidget(line)) {
            return Role.PROSE; // the common case, decided without the patterns below
        }
        if (WIDGET.matcher(line).find()) {
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
        if (NAME_ONLY.matcher(line).matches() && lexicon.isGivenName(Rx.split(line, "\\s+")[0])) {
            return Role.BYLINE; // "Luisa Beltran" alone on its line: the author box
        }
        String[] words = Rx.split(line.toLowerCase(Locale.ROOT), "\\s+");
        if (line.length() < 40 && words.length <= 4 && NAME_CASE.matcher(line).matches() && lexicon.titles().containsKey(words[words.length - 1])) {
            return Role.BYLINE; // "Finance Reporter" under the author's name
        }
        return Role.PROSE;
    }
}
