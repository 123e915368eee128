package io.newsgraph.extract;

/** One sentence of an article: its position in the sequence and its character span in the text. */
public record Sentence(int index, int begin, int end, String text) {
}
