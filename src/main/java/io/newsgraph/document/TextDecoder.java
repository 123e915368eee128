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

    static String decode(byte[] bytes, String location) throws UnreadableArticleException {
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
}
