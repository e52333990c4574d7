package io.github.casefile.benchmarks;

import io.github.casefile.model.Article;

/**
 * One page of a benchmark set, in every input form the benchmarks read.
 *
 * @param name where the page came from; Casefile gets it as the input's name
 * @param html the page's bytes as read from disk or rendered
 * @param text the article as plain text in the seed's layout (by {@code TextRenderer})
 * @param article what Casefile extracts from the page, for the JSON writer
 * @param json the article as Casefile's JSON, for the JSON reader
 * @param jsonBytes the UTF-8 length of {@code json}
 */
public record Page(String name, byte[] html, byte[] text, Article article, String json,
    int jsonBytes) {}
