package io.newsgraph.document;

import io.newsgraph.source.UnreadableArticleException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes article bytes: UTF-8 (or UTF-16 with a byte-order mark) strictly, then windows-1252 for
 * legacy files. Refuses binary content, which would otherwise turn into a graph of garbage.
 */
final class TextDecoder {
    private TextDecoder() {
    }

    /** Leading bytes of document and archive formats that are no article even when they hold text: name, magic. */
    private static final String[][] FORMATS = {
            {"a PDF document", "%PDF-"}, {"a PostScript document", "%!PS"}, {"a ZIP archive (or an Office document)", "PK\u0003\u0004"},
            {"a gzip archive", "\u001f\u008b"}, {"an RTF document", "{\\rtf"}, {"a PNG image", "\u0089PNG"}, {"a GIF image", "GIF8"},
            {"a JPEG image", "\u00ff\u00d8\u00ff"}};

    static String decode(byte[] bytes, String location) throws UnreadableArticleException {
        for (String[] f : FORMATS) {
            if (startsWith(bytes, f[1])) {
                throw new UnreadableArticleException(location, f[0] + ", not a text or HTML article");
            }
        }
        if (looksBinary(bytes)) {
            throw new UnreadableArticleException(location, "binary content, not a text or HTML article");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        try {
            String s = strict(StandardCharsets.UTF_8, bytes);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static String strict(Charset cs, byte[] bytes) throws CharacterCodingException {
        CharBuffer chars = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes));
        return chars.toString();
    }

    /** NUL bytes or many control characters in the first 8 KB: an image, archive or executable. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        boolean utf16Bom = n >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF);
        if (utf16Bom) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    /** True when the bytes begin with these characters, each one byte (ISO-8859-1). */
    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((bytes[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
