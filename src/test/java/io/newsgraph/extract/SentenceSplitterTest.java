package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String s) {
        return splitter.split(s).stream().map(Sentence::text).toList();
    }

    @Test
    void doesNotSplitAtAbbreviationsOrDecimals() {
        assertEquals(List.of("Amazon.com Inc. is investing $4.5 billion in Anthropic.", "Dr. Swami Sivasubramanian said so."),
                split("Amazon.com Inc. is investing $4.5 billion in Anthropic. Dr. Swami Sivasubramanian said so."));
        assertEquals(1, split("The U.S. Department of Defense signed the deal.").size());
    }

    @Test
    void linesWithoutFullStopsAreSentences() {
        assertEquals(List.of("Market Forces and Industry Disruption", "Google poached the CEO."),
                split("Market Forces and Industry Disruption\nGoogle poached the CEO."));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "First one. Second one!\n\nThird?";
        for (Sentence s : splitter.split(text)) {
            assertEquals(s.text(), text.substring(s.begin(), s.end()));
        }
        assertEquals(3, splitter.split(text).size());
    }
}
