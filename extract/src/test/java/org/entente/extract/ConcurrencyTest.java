package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.model.Article;
import org.entente.model.Extraction;
import org.junit.jupiter.api.Test;

/** One extractor serves many threads and gives each the same answer it gives alone. */
class ConcurrencyTest {

    @Test
    void concurrentExtractionsMatchSequentialOnes() throws Exception {
        Extractor extractor = Extractor.standard();
        List<Article> articles = new ArrayList<>();
        for (String seed : List.of(Seeds.S000, Seeds.S001, Seeds.S002, Seeds.S003, Seeds.S004)) {
            articles.add(Seeds.article(seed, LocalDate.of(2025, 11, 2)));
        }
        List<Extraction> expected = articles.stream().map(extractor::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Extraction>> futures = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (Article article : articles) {
                    futures.add(pool.submit(() -> extractor.extract(article)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % articles.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
