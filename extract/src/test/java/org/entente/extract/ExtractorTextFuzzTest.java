package org.entente.extract;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link Extractor#extract} on plain text: any text up to {@link Extractor#MAX_TEXT_LENGTH}
 * gives an extraction that holds {@link Fuzzing#check}'s invariants, without an exception, within
 * {@link Fuzzing}'s time bound. Seeds: the paragraphs of the seed articles, and the texts in
 * {@code ExtractorTextFuzzTestInputs/text/} (crashes found, kept as regression inputs).
 */
class ExtractorTextFuzzTest {

    static Stream<Arguments> seeds() {
        List<String> paragraphs = Fuzzing.seedParagraphs();
        return Stream.concat(
                paragraphs.stream().map(p -> Fuzzing.seed("seed paragraph " + paragraphs.indexOf(p), p)),
                Stream.of(Fuzzing.seed("two paragraphs", "Japan summoned China's ambassador on Monday.\n\n"
                        + "Beijing rejected the protest, the foreign ministry said.")));
    }

    @MethodSource("seeds")
    @DictionaryEntries({" said ", " on Monday", " last week", " will ", " not ", " and ", "'s ", " of the ", " Mr. ",
            "President ", "Minister ", " condemned ", " met ", " struck ", " with ", " that ", ", ", ". "})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest
    void text(byte[] data) {
        Fuzzing.extractAndCheck(Fuzzing.standard(), Fuzzing.text(data), TextFormat.TEXT);
    }
}
